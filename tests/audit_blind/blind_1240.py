"""BLIND_1240 (45 products; Myntra men's bottoms worn with tops, base BLIP-2 zero-shot): written blind in the sixty-
second session. Measured blind at 8f3ced2 (the session's third rules): 38/50 failures found (76.0%) and 15/207
correct texts flagged (7.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (chinos, formal trousers), track pants/joggers and shorts. The photos
are the catalog's usual shots: a male model on a plain grey or white backdrop wearing the product with a t-shirt, shirt,
polo, hoodie or jacket; now and then a waist-down crop, a back view, a flat lay, or a prop (stool, cube, basketball,
skateboard). Catalog columns as the feed has them: title, category (Myntra article type: Jeans, Trousers, Track Pants,
Shorts), color (base colour), gender; a few rows lack gender or color, as feeds do.
Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is generated
with no prompt (max 50 new tokens); the answers come from the experiments' questionnaire with the "Question: ...
Answer:" prompt (max 30 new tokens): "What is he wearing?", "What is the color of the jeans/pants/shorts?" (track pants
and trousers asked as "pants"), "What are the jeans/pants/shorts details?", "What is the color of the shirt?", sometimes
"What is the shirt color?" and "Describe the shirt.". No adapters, so answers are mostly short and stop on their own,
and fewer texts are wrong than with the fine-tuned adapters (about one in five here: the base model answers these short
questions best); the failures are the base model's: the top's color given for the bottom (and the other way round), one
color for the whole outfit, color-only or garment-only "details", invented details (rips, pleats, frayed hems, a shirt
on a flat lay), "a woman" or "she" for a cropped or long-haired model, track pants called jeans, and rarely a loop,
a cut-off ramble or the prompt format running on.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A "details" answer that only gives the color and/or the garment's name ("black jeans", "they are khaki", "they
are shorts", "khaki", "none") and a shirt described as "it is a shirt" are non_answer; "the details of the pants" is
restated. A color answer for one garment that is the color of another garment in the photo is other_garment_color; a
wrong color that no garment in the photo has, or a wrong garment kind against the title (track pants as "jeans"), is
contradiction. A shirt color answered for a flat lay with no shirt is unsupported (the backdrop's color), as are
invented rips, pleats, frayed hems and a leather material. Near colors are right: khaki/beige for beige or khaki chinos,
green/olive for olive, grey for charcoal, red for maroon, blue for navy, black for a very dark charcoal in the "wearing"
answer. "What is he wearing?" answered with only the top (the product left out) is incomplete but true, so unmarked;
"black" alone is non_answer. A ramble that ran to 30 tokens is cut (hit_limit) even when it also invents; a repeated
phrase to the limit is loop.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1240 = [
    # Photo: model on grey backdrop, plain white crew-neck tee, mid-blue slim jeans, white sneakers.
    # All texts: base BLIP-2 OPT-2.7b zero-shot (caption unprompted, answers with the questionnaire).
    case(
        "X1240-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("a white t-shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "slim fit"),
        col("shirt", "white"),
        describe("shirt", "it is a white t-shirt"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black solid joggers, grey melange tee, black sports shoes, white backdrop. Base model zero-shot.
    case(
        "X1240-002",
        caption("a man in a grey t-shirt and black sweatpants"),
        he("a grey shirt and black pants"),
        col("pants", "black"),
        details("pants", "they are black", "non_answer"),
        col("shirt", "grey"),
        describe("shirt", "grey"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: black leather jacket open over a white tee, dark indigo 511 jeans, boots. Base model zero-shot.
    # The jeans' color answer takes the jacket's black.
    case(
        "X1240-003",
        caption("a man in a black jacket and jeans"),
        he("a black leather jacket"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "dark wash"),
        col("shirt", "white"),
        gender="Men",
        title="Levis Men 511 Slim Fit Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: white oxford shirt untucked, grey tapered jeans, grey backdrop. Base model zero-shot: grey for everything.
    case(
        "X1240-004",
        caption("a man in a white shirt and grey jeans"),
        he("a white shirt and grey jeans"),
        col("jeans", "grey"),
        details("jeans", "they are grey", "non_answer"),
        col("shirt", "grey", "other_garment_color"),
        shirt_color("grey", "other_garment_color"),
        gender="Men",
        title="Flying Machine Men Grey Tapered Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: navy pique polo, beige slim chinos, brown loafers. Base model zero-shot.
    case(
        "X1240-005",
        caption("a man in a blue polo shirt and khaki pants"),
        he("a blue polo shirt and khaki pants"),
        col("pants", "khaki"),
        details("pants", "chinos"),
        col("shirt", "blue"),
        describe("shirt", "a blue polo shirt with a collar"),
        gender="Men",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: waist-down crop (no face), black jeans with light abrasion on the thighs, no rips; black Chelsea boots;
    # the hem of a white tee shows at the waist. Base model zero-shot: "a woman" for the faceless crop, rips invented.
    case(
        "X1240-006",
        caption("a woman in black jeans and black boots", "pronoun"),
        he("black jeans"),
        col("jeans", "black"),
        details("jeans", "ripped knees", "unsupported"),
        col("shirt", "white"),
        gender="Men",
        title="Jack & Jones Men Black Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: white graphic-print tee, olive cargo shorts with flap side pockets, white sneakers. Base model zero-shot:
    # the shirt given the shorts' green.
    case(
        "X1240-007",
        caption("a man in a white t-shirt and green shorts"),
        he("shorts"),
        col("shorts", "green"),
        details("shorts", "they have pockets"),
        col("shirt", "green", "other_garment_color"),
        describe("shirt", "a white t-shirt with a graphic print"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: navy track pants with drawstring, white tee, model holding a basketball on his hip. Base model zero-shot.
    case(
        "X1240-008",
        caption("a man holding a basketball"),
        he("a white t-shirt and blue sweatpants"),
        col("pants", "blue"),
        details("pants", "none", "non_answer"),
        col("shirt", "white"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: red-and-black buffalo check shirt, mid-blue tapered jeans, tan boots. Base model zero-shot: the shirt's
    # color and pattern given for the jeans.
    case(
        "X1240-009",
        caption("a man in a red plaid shirt and jeans"),
        he("a red plaid shirt and jeans"),
        col("jeans", "red", "other_garment_color"),
        details("jeans", "plaid", "contradiction"),
        col("shirt", "red"),
        describe("shirt", "a red and black plaid shirt"),
        gender="Men",
        title="Highlander Men Blue Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: light blue formal shirt tucked in, grey flat-front formal trousers, brown belt. Base model zero-shot:
    # pleats invented.
    case(
        "X1240-010",
        caption("a man in a blue shirt and grey pants"),
        he("a blue shirt and grey pants"),
        col("pants", "grey"),
        details("pants", "pleated", "unsupported"),
        col("shirt", "blue"),
        shirt_color("light blue"),
        gender="Men",
        title="Peter England Casuals Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: flat lay of heavily ripped skinny jeans on white; no shirt anywhere. Base model zero-shot: the shirt
    # color is the backdrop.
    case(
        "X1240-011",
        caption("a pair of ripped jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "ripped"),
        col("shirt", "white", "unsupported"),
        gender="Men",
        title="WROGN Men Blue Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: all-black: black tee, black track pants with a small white PUMA print on the left thigh. Base model.
    case(
        "X1240-012",
        caption("a man in a black t-shirt and black pants"),
        he("black", "non_answer"),
        col("pants", "black"),
        details("pants", "puma logo"),
        col("shirt", "black"),
        gender="Men",
        title="Puma Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: navy pullover hoodie, light blue clean-look slim jeans (no rips), white sneakers. Base model zero-shot:
    # rips invented.
    case(
        "X1240-013",
        caption("a man in a blue hoodie and jeans"),
        he("a hoodie and jeans"),
        col("jeans", "blue"),
        details("jeans", "ripped", "unsupported"),
        col("shirt", "blue"),
        describe("shirt", "it is a hoodie"),
        gender="Men",
        title="Urbano Fashion Men Light Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model seated on a dark wooden stool, white shirt untucked, sand khaki chinos (light tan under the
    # lights). Base model zero-shot: "brown" (the stool's color, no garment's), details only the color.
    case(
        "X1240-014",
        caption("a man sitting on a stool"),
        he("a white shirt and khaki pants"),
        col("pants", "brown", "contradiction"),
        details("pants", "they are khaki", "non_answer"),
        col("shirt", "white"),
        describe("shirt", "white shirt with buttons"),
        gender="Men",
        title="Dennis Lingo Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: black tank top, grey Dri-FIT training shorts with a white swoosh, running shoes. Base model zero-shot.
    case(
        "X1240-015",
        caption("a man in a black tank top and grey shorts"),
        he("a tank top and shorts"),
        col("shorts", "black", "other_garment_color"),
        details("shorts", "nike logo"),
        col("shirt", "black"),
        describe("shirt", "black tank top"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Training Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: back view, plain white tee (nothing printed on the back), faded blue super skinny jeans, contrast
    # stitching on the back pockets. Base model zero-shot: a back print invented.
    case(
        "X1240-016",
        caption("the back of a man in jeans"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "back pockets"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt with a black logo on the back", "unsupported"),
        gender="Men",
        title="Spykar Men Blue Super Skinny Fit Low-Rise Heavy Fade Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: mustard crew-neck sweater, black skinny jeans, grey backdrop. Row has no gender column. Base model.
    case(
        "X1240-017",
        caption("a man in a yellow sweater and black jeans"),
        he("a yellow sweater"),
        col("jeans", "black"),
        details("jeans", "black jeans", "non_answer"),
        col("shirt", "yellow"),
        describe("shirt", "a yellow sweater"),
        title="Killer Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: white button-down shirt tucked in, navy regular trousers with slant pockets. Base model zero-shot: the
    # shirt given the trousers' blue.
    case(
        "X1240-018",
        caption("a man in a white shirt and blue pants"),
        he("a white shirt and blue pants"),
        col("pants", "blue"),
        details("pants", "pockets"),
        col("shirt", "blue", "other_garment_color"),
        describe("shirt", "a white button down shirt"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Regular Fit Solid Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: black track pants with a red side panel down each leg, white tee. Base model zero-shot.
    case(
        "X1240-019",
        caption("a man in a white t-shirt and black pants"),
        he("a white shirt and black pants"),
        col("pants", "black and red"),
        details("pants", "red stripe on the side"),
        col("shirt", "white"),
        gender="Men",
        title="Proline Active Men Black Colourblocked Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: double denim: mid-blue denim shirt, blue regular jeans. Base model zero-shot; the details answer
    # repeats to the limit.
    case(
        "X1240-020",
        caption("a man in a denim shirt and jeans"),
        he("a denim shirt and jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "blue"),
        describe("shirt", "a blue denim shirt"),
        gender="Men",
        title="Roadster Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black tee, olive cargo trousers, black boots. Base model zero-shot: the second shirt question takes the
    # trousers' green.
    case(
        "X1240-021",
        caption("a man in a black t-shirt and green cargo pants"),
        he("a black t-shirt and cargo pants"),
        col("pants", "green"),
        details("pants", "cargo pockets"),
        col("shirt", "black"),
        shirt_color("green", "other_garment_color"),
        gender="Men",
        title="Allen Solly Men Olive Slim Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: white short-sleeve shirt with a blue floral print, washed blue denim shorts with a plain folded hem.
    # Base model zero-shot: fraying invented; the shirt described as "a shirt".
    case(
        "X1240-022",
        caption("a man in a floral shirt and denim shorts"),
        he("a floral shirt and shorts"),
        col("shorts", "blue"),
        details("shorts", "frayed hem", "unsupported"),
        col("shirt", "white"),
        describe("shirt", "it is a shirt", "non_answer"),
        gender="Men",
        title="Ketch Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: long-haired male model, pink linen shirt, white linen trousers, white backdrop. Base model zero-shot:
    # "a woman" in the caption.
    case(
        "X1240-023",
        caption("a woman in a pink shirt and white pants", "pronoun"),
        he("a pink shirt and white pants"),
        col("pants", "white"),
        details("pants", "linen"),
        col("shirt", "pink"),
        describe("shirt", "pink"),
        gender="Men",
        title="Mango Man Men White Linen Regular Fit Trousers",
        category="Trousers",
        color="White",
    ),
    # Photo: matching grey melange hoodie and grey melange joggers with ribbed cuffs. Base model zero-shot; the same
    # grey for both garments is right here.
    case(
        "X1240-024",
        caption("a man in a grey hoodie and grey sweatpants"),
        he("a grey hoodie and sweatpants"),
        col("pants", "grey"),
        details("pants", "ribbed cuffs"),
        col("shirt", "grey"),
        describe("shirt", "a grey hoodie with a hood"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: olive overshirt, black relaxed cargo jeans with side cargo pockets. Row has no color column. Base model
    # zero-shot; the details answer rambles to the limit and stops mid-phrase.
    case(
        "X1240-025",
        caption("a man in a green jacket and black pants"),
        he("a green jacket and black jeans"),
        col("jeans", "black"),
        details(
            "jeans",
            "the jeans have a relaxed fit and a lot of pockets on the sides and the back of the legs and they are made"
            " of a thick black denim that is",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "green"),
        gender="Men",
        title="Bene Kleed Men Black Relaxed Fit Cargo Jeans",
        category="Jeans",
    ),
    # Photo: white tee, navy lounge shorts with drawstring. Base model zero-shot: the shirt description loops.
    case(
        "X1240-026",
        caption("a man in a white t-shirt and blue shorts"),
        he("a white t-shirt and blue shorts"),
        col("shorts", "blue"),
        details("shorts", "they are shorts", "non_answer"),
        col("shirt", "white"),
        describe(
            "shirt",
            "a white t-shirt with a white t-shirt with a white t-shirt with a white t-shirt with a white t-shirt"
            " with a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Navy Blue Solid Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: black track pants with three white side stripes, black tee with a small white adidas logo. Base model.
    case(
        "X1240-027",
        caption("a man in a black adidas t-shirt and black pants"),
        he("a black t-shirt and black pants"),
        col("pants", "black"),
        details("pants", "white stripes"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt with a white adidas logo"),
        gender="Men",
        title="ADIDAS Men Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: black tee, grey slim jeans, bearded model. Base model zero-shot: the jeans given the tee's black.
    case(
        "X1240-028",
        caption("a man in a black t-shirt and grey jeans"),
        he("a black t-shirt and jeans"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "slim"),
        col("shirt", "black"),
        gender="Men",
        title="Roadster Men Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: navy polyester track pants (slight sheen, drawstring waist), white polo. Base model zero-shot: the
    # track pants called jeans in the caption and the wearing answer.
    case(
        "X1240-029",
        caption("a man in a white shirt and blue jeans", "contradiction"),
        he("a white shirt and jeans", "contradiction"),
        col("pants", "blue"),
        details("pants", "drawstring waist"),
        col("shirt", "white"),
        gender="Men",
        title="Campus Sutra Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: pink formal shirt (one chest pocket) tucked into very dark charcoal flat-front trousers, black belt.
    # Base model zero-shot; the shirt description runs to the limit and invents a second pocket on the way.
    case(
        "X1240-030",
        caption("a man in a pink shirt and grey pants"),
        he("a pink shirt and black pants"),
        col("pants", "grey"),
        details("pants", "flat front"),
        col("shirt", "pink"),
        shirt_color("pink"),
        describe(
            "shirt",
            "the shirt is a pink shirt with a collar and buttons down the front and a pocket on the left side of the"
            " chest and a pocket on the right",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: olive long-sleeve henley, blue straight jeans. Base model zero-shot: the color answer runs on into the
    # prompt format.
    case(
        "X1240-031",
        caption("a man in a green shirt and blue jeans"),
        he("a green shirt and jeans"),
        col("jeans", "blue Question: what is the color of the shirt? Answer: green", "leak"),
        details("jeans", "straight leg"),
        col("shirt", "green"),
        describe("shirt", "a green long sleeve shirt with buttons"),
        gender="Men",
        title="Pepe Jeans Men Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy polo with a small logo, beige chino shorts, bright studio light. Base model zero-shot: "white" for
    # the beige shorts (no garment in the photo is white).
    case(
        "X1240-032",
        caption("a man in a blue polo shirt and beige shorts"),
        he("a polo shirt and shorts"),
        col("shorts", "white", "contradiction"),
        details("shorts", "chino shorts"),
        col("shirt", "blue"),
        describe("shirt", "a blue polo shirt with a logo"),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Solid Regular Fit Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: model sitting on a white cube, grey sweatshirt, black tapered jeans, white sneakers. Base model
    # zero-shot: the jeans given the sweatshirt's grey; the details answer is only a color.
    case(
        "X1240-033",
        caption("a man sitting on a white box"),
        he("a grey sweatshirt and black jeans"),
        col("jeans", "grey", "other_garment_color"),
        details("jeans", "black", "non_answer"),
        col("shirt", "grey"),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: waist-down crop, blue running shorts, bare legs, running shoes; the hem of a white tee at the top of the
    # frame. Base model zero-shot: "she" for the faceless crop.
    case(
        "X1240-034",
        caption("a person in blue shorts and running shoes"),
        he("she is wearing blue shorts", "pronoun"),
        col("shorts", "blue"),
        details("shorts", "they are blue shorts", "non_answer"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt"),
        gender="Men",
        title="Puma Men Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: white tee, olive skinny chinos, white sneakers. Base model zero-shot; all right.
    case(
        "X1240-035",
        caption("a man in a white t-shirt and olive pants"),
        he("a white t-shirt and green pants"),
        col("pants", "olive green"),
        details("pants", "skinny fit"),
        col("shirt", "white"),
        shirt_color("white"),
        gender="Men",
        title="Blackberrys Men Olive Skinny Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Photo: black leather biker jacket over a grey tee, blue jeans with light distressing. Base model zero-shot: the
    # jacket's leather and black carried over to the jeans and the shirt.
    case(
        "X1240-036",
        caption("a man in a leather jacket and jeans"),
        he("a leather jacket"),
        col("jeans", "blue"),
        details("jeans", "the jeans are made of leather", "unsupported"),
        col("shirt", "black", "other_garment_color"),
        gender="Men",
        title="Mufti Men Blue Slim Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white formal shirt, grey slim formal trousers, black shoes. Base model zero-shot.
    case(
        "X1240-037",
        caption("a man in a white shirt and grey pants"),
        he("a white shirt and grey pants"),
        col("pants", "grey"),
        details("pants", "the details of the pants", "restated"),
        col("shirt", "white"),
        gender="Men",
        title="Van Heusen Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: white tee with a small chest logo, maroon shorts with drawstring. Base model zero-shot: the shirt given
    # the shorts' red.
    case(
        "X1240-038",
        caption("a man in a white t-shirt and red shorts"),
        he("a white t-shirt and red shorts"),
        col("shorts", "red"),
        details("shorts", "drawstring"),
        col("shirt", "red", "other_garment_color"),
        describe("shirt", "a white t-shirt with a logo"),
        gender="Men",
        title="Nautica Men Maroon Solid Regular Fit Shorts",
        category="Shorts",
        color="Maroon",
    ),
    # Photo: white hoodie with a large front graphic, black joggers with elastic cuffs and plain slip pockets (no
    # zips). Base model zero-shot: zips invented.
    case(
        "X1240-039",
        caption("a man in a white hoodie and black pants"),
        he("a white hoodie and black joggers"),
        col("pants", "black"),
        details("pants", "zipper pockets", "unsupported"),
        col("shirt", "white"),
        describe("shirt", "a white hoodie with a picture on it"),
        gender="Men",
        title="Roadster Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: flat lay of charcoal track pants with zip side pockets on white; no shirt. Row has no gender column.
    # Base model zero-shot: the shirt color is the backdrop.
    case(
        "X1240-040",
        caption("a pair of grey sweatpants on a white background"),
        he("sweatpants"),
        col("pants", "grey"),
        details("pants", "zipper pockets"),
        col("shirt", "white", "unsupported"),
        title="Alcis Men Charcoal Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: white tee tucked in, brown belt, indigo 501 jeans with button fly visible. Base model zero-shot.
    case(
        "X1240-041",
        caption("a man wearing a white t-shirt and jeans"),
        he("he is wearing a white t-shirt and jeans"),
        col("jeans", "dark blue"),
        details("jeans", "button fly"),
        col("shirt", "white"),
        shirt_color("white"),
        gender="Men",
        title="Levis Men Indigo Blue 501 Original Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black tee, blue denim shorts with rolled hems, skateboard held at his side. Base model zero-shot.
    case(
        "X1240-042",
        caption("a man holding a skateboard"),
        he("a black shirt and shorts"),
        col("shorts", "blue"),
        details("shorts", "rolled up"),
        col("shirt", "black"),
        describe("shirt", "black t-shirt"),
        gender="Men",
        title="Jack & Jones Men Blue Slim Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: crop from the chin down, slim model, fitted black tee, beige chinos with the hem turned up once.
    # Base model zero-shot: "a woman" in the caption, details only a color.
    case(
        "X1240-043",
        caption("a woman in a black top and beige pants", "pronoun"),
        he("a black shirt and khaki pants"),
        col("pants", "beige"),
        details("pants", "khaki", "non_answer"),
        col("shirt", "black"),
        gender="Men",
        title="Highlander Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: plain white tee, black regular jeans, grey backdrop. Base model zero-shot: "grey" for the black jeans
    # and for the white tee (no garment is grey); the second shirt question gets it right.
    case(
        "X1240-044",
        caption("a man in a white t-shirt and black jeans"),
        he("a white shirt and black jeans"),
        col("jeans", "grey", "contradiction"),
        details("jeans", "regular fit"),
        col("shirt", "grey", "contradiction"),
        shirt_color("white"),
        gender="Men",
        title="Wrangler Men Black Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: yellow tee, black shorts with a small yellow Batman logo on the left leg. Base model zero-shot: the
    # shorts given the tee's yellow.
    case(
        "X1240-045",
        caption("a man in a yellow t-shirt and black shorts"),
        he("a yellow t-shirt and black shorts"),
        col("shorts", "yellow", "other_garment_color"),
        details("shorts", "batman logo"),
        col("shirt", "yellow"),
        describe("shirt", "yellow"),
        gender="Men",
        title="Bewakoof Men Black Batman Printed Shorts",
        category="Shorts",
        color="Black",
    ),
]
