"""BLIND_868 (46 products; old Myntra feed: men's bottoms, tees; base BLIP-2): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 104/122 failures found (85.2%) and 4/180 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed, short product names ("Roadster Men Blue Jeans"), men's Jeans, Trousers,
Shorts, Track Pants and Tshirts. Photos of the shared kind: white backdrop, a male model who also wears other clothes
(a t-shirt over the jeans, a shirt tucked into the trousers, shorts under the tee), mostly front views, a few cropped
from the chest down, one back view and one side view. Three rows lack a column (a color, a gender, a title).

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy. Closed answers
(garment type, color, pattern, sleeves, "Is this a ...?") were ranked by enrich's --engine reference, so they are one
candidate value each. Captions and open answers are free generation: short, lowercase, usually stopping by themselves,
sometimes running on to the token limit (a few loops, a few cuts), sometimes echoing the prompt format. Its habits:
one color for both garments, the color of the print or of the other garment, invented pockets, zips, rips and logos,
"she"/"a woman" for cropped shots of men, one-word answers to "Describe ..." questions.

Labeling conventions and judgement calls:
- A wrong color for the product that is the color of another visible garment (or the shoes) is other_garment_color;
  the product's color given to the other garment ("green shirt and green pants") is a contradiction.
- The color of a print or of the stripes given as the garment's color (red for a blue Superman tee) is a
  contradiction, not other_garment_color.
- Shades of the seller's color count as right: navy as blue, charcoal and melange as grey, khaki as beige, olive as
  green, maroon as maroon or red. For the seller's "Multi" boardshorts the dominant visible color (blue) is right.
- A closed garment type naming another garment in the photo (jacket, blazer) or the wrong bottom is a contradiction.
- A material of another garment (leather from the jacket) is a contradiction; a material the visible fabric cannot
  be (denim for knit track pants, leather for dress trousers) or not inferable at all is unsupported; a plausible
  guess (cotton tee, polyester sports shorts, denim jeans) is right.
- Details that the view cannot show (back pockets in a front view, a back print) or that are not there (rips, a
  hood, a collar, a chest pocket) are unsupported.
- A one-word color or garment name, "yes", or an empty string as the answer to Describe/details is a non_answer, as
  is "they are short"; the question's own words as a sentence ("the details of the pants") is restated. A garment
  list answering "What is the person wearing?" is right even when short ("a t-shirt").
- A leak is labelled leak even when the answer before "Question:" or after "Answer:" is right.
- A loop that ran to the token limit is labelled loop (hit_limit set); a text ended mid-phrase at the limit without
  repeating is cut.
- "she"/"a woman" for a Men row is pronoun, in a caption or an answer.
- A small chest logo leaves the pattern "solid"; a wordmark or graphic across the chest is "printed".
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_868 = [
    # photo: mid-blue faded slim jeans, worn with a plain white crew t-shirt left out and white sneakers, white
    # backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts (closed ones by the reference engine)
    case(
        "X868-001",
        caption("a man wearing a white t-shirt and blue jeans"),
        Q.garment_type("jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "they are blue jeans with a faded wash"),
        details("jeans", "the jeans have a zipper on the side", "unsupported"),
        Q.material("denim"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Roadster Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: red crew-neck t-shirt with a small white swoosh on the left chest, worn with dark navy jeans, white
    # backdrop, front view from the knees up; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-002",
        caption("a man in a red nike t-shirt and jeans"),
        wearing("a red shirt and blue jeans"),
        color_of("t-shirt", "red"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves"),
        describe(
            "t-shirt",
            "a red t-shirt with a white nike logo on the front and a white nike logo on the back",
            "unsupported",
        ),
        Q.material("denim", "contradiction"),
        title="Nike Men Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange track pants with a black stripe down each side and a drawstring waist, worn with a black
    # t-shirt and black sports shoes, white backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-003",
        caption("a man in a black t-shirt and black track pants", "other_garment_color"),
        color_of("track pants", "black", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.description("grey sweatpants with a black stripe down the side"),
        details("track pants", "the pants are grey with a black stripe"),
        Q.material("denim", "unsupported"),
        is_a("pair of jeans", "no"),
        title="Proline Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy knit sports shorts with white piping and a small white puma cat on the left leg, worn with a light
    # grey t-shirt, front view cropped from the chest down, white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-004",
        caption("a man wearing a pair of blue shorts and a grey t-shirt"),
        wearing("she is wearing blue shorts and a grey t-shirt", "pronoun"),
        Q.garment_type("track pants", "contradiction"),
        color_of("shorts", "navy blue"),
        details("shorts", "white piping and a puma logo on the leg and a pocket on the back", "unsupported"),
        Q.material("polyester"),
        title="Puma Men Navy Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white t-shirt with a large red batwing logo and black lettering across the chest, short sleeves, worn
    # with blue jeans, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-005",
        caption("a man wearing a white t-shirt with a red logo on it"),
        Q.color("white"),
        B.pattern("printed"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing("a t-shirt and jeans"),
        describe("t-shirt", "the t-shirt is white with a red and black print of a skull", "unsupported"),
        details("t-shirt", "t-shirt details", "restated"),
        Q.material("cotton"),
        title="Levis Men Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: khaki flat-front chinos with plain hems, worn with a light blue formal shirt tucked in, a brown belt and
    # brown shoes, white backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-006",
        caption("a man in a blue shirt and khaki pants"),
        Q.garment_type("trousers"),
        color_of("pants", "blue", "other_garment_color"),
        Q.description("a pair of khaki chinos with a brown belt"),
        details("pants", "the pants have a pleated front and cuffed hem", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Arrow Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with three white stripes over each shoulder and a small white logo, worn with
    # grey track pants, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-007",
        caption("a man wearing a black adidas t-shirt with white stripes on the shoulders"),
        color_of("t-shirt", "black"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves"),
        wearing("a black shirt and black pants", "contradiction"),
        details("t-shirt", "three stripes on the shoulders and a zip pocket on the chest", "unsupported"),
        Q.material("polyester"),
        title="Adidas Men Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: black skinny jeans, worn with a grey marl henley t-shirt and black boots, cropped from the chest down,
    # white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-008",
        caption("a man in a grey shirt and black jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        Q.garment_type("jeans"),
        describe("jeans", "black", "non_answer"),
        details(
            "jeans",
            "the jeans have a black and white black and white black and white black and white black and white",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: yellow short-sleeved t-shirt with a black PUMA wordmark across the chest, worn with black shorts, white
    # backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-009",
        caption("a man in a yellow t-shirt and black shorts"),
        Q.color("yellow"),
        Q.wearing("a yellow puma shirt and black shorts"),
        Q.description("yellow t-shirt with black puma logo"),
        Q.details("Question: What are the details of the garment? Answer: puma logo", "leak"),
        Q.pattern("printed"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Puma Men Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: khaki cargo shorts with flap pockets on both sides, a white t-shirt tucked in, a brown belt with a
    # silver buckle, cropped from the chest to the knees, white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-010",
        caption(
            "a pair of khaki cargo shorts with pockets on the sides and a brown belt with a silver buckle on the "
            "front of the shorts and a white t-shirt tucked into the shorts and the man is standing in front of "
            "a white background with his hands in his",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts are shorts", "restated"),
        describe("shorts", "khaki cargo shorts with two side pockets and a brown belt"),
        Q.material("cotton"),
        title="Locomotive Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: black track pants with a white swoosh on the left thigh and elastic cuffs, worn with a red t-shirt and
    # white sneakers, white backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-011",
        caption("a man in a red shirt and red pants", "other_garment_color"),
        wearing("he is wearing a red shirt and black pants", who="he"),
        color_of("track pants", "red", "other_garment_color"),
        describe("track pants", "black track pants with a white nike logo and cuffed ankles"),
        details("track pants", "the track pants have a white stripe down the side of the leg", "unsupported"),
        is_a("pair of shorts", "no"),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: sky blue t-shirt with a large orange Mr. Tickle cartoon (long arms, small blue hat) on the front, worn
    # with beige shorts, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-012",
        caption("a man wearing a blue t-shirt with a cartoon character on it"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        wearing("a blue t-shirt with an orange cartoon"),
        describe("t-shirt", "it is a blue t-shirt with an orange cartoon character of a monkey", "unsupported"),
        details("t-shirt", "the cartoon character has long arms and a hat"),
        title="Mr.Men Men Blue Tshirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark indigo bootcut jeans, worn with a black t-shirt with a small white print and a brown belt, white
    # backdrop, full-length front view, no rips; the feed row has no color; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-013",
        caption("a man in a black t-shirt and dark blue jeans"),
        color_of("jeans", "black", "other_garment_color"),
        Q.garment_type("jeans"),
        wearing("black t-shirt and jeans"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        Q.material("denim"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers with a pressed crease, worn with a white formal shirt tucked in, a black
    # belt and black shoes, white backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-014",
        caption("a man in a white shirt and grey pants"),
        Q.garment_type("trousers"),
        Q.color("white", "other_garment_color"),
        Q.description("grey formal trousers"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.pattern("solid"),
        Q.material("denim", "unsupported"),
        title="Peter England Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy crew-neck t-shirt with thin white horizontal stripes, no collar, worn with light blue jeans, white
    # backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-015",
        caption("a man in a navy blue and white striped t-shirt"),
        color_of("t-shirt", "white", "contradiction"),
        B.pattern("striped"),
        wearing("a striped shirt and jeans"),
        describe("t-shirt", "a blue and white striped t-shirt with a collar", "unsupported"),
        details(
            "t-shirt",
            "the stripes are white and the stripes are white and the stripes are white and the stripes "
            "are white and the",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Roadster Men Navy Striped Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black running shorts with an elastic waistband, worn with a white t-shirt with a black print, cropped
    # from the chest down, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-016",
        caption("a man wearing black shorts and a white t-shirt"),
        color_of("shorts", "black"),
        describe("shorts", "shorts", "non_answer"),
        details("shorts", "they have an elastic waist and two zip pockets on the back", "unsupported"),
        wearing("a white t-shirt and black shorts Question: what is the color of the shorts? Answer: black", "leak"),
        is_a("pair of shorts", "yes"),
        Q.material("polyester"),
        title="Nike Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green short-sleeved henley t-shirt with a three-button placket, worn with khaki chinos, white
    # backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-017",
        caption("a man wearing an olive green henley shirt and khaki pants"),
        Q.color("green"),
        Q.garment_type("t-shirt"),
        Q.description("an olive green shirt with buttons on the front"),
        Q.details("three buttons on the placket"),
        Q.wearing("khaki pants and a khaki shirt", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Basics Men Olive Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light-wash blue slim jeans with whiskering at the hips, no rips, worn with a navy polo t-shirt and tan
    # loafers, white backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-018",
        caption("a man in a blue polo shirt and blue jeans"),
        color_of("jeans", "blue"),
        Q.description("a pair of light blue jeans with a faded look and rips on the knees", "unsupported"),
        Q.details("the jeans are jeans", "restated"),
        Q.material("denim"),
        Q.wearing("a navy polo shirt and light blue jeans"),
        title="Flying Machine Men Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy track pants with two white side stripes and zips at the ankles, worn with a white t-shirt and white
    # shoes, white backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-019",
        caption("a man in white t-shirt and white sweatpants", "other_garment_color"),
        Q.garment_type("track pants"),
        color_of("track pants", "white", "other_garment_color"),
        describe("track pants", "blue track pants with white stripes on the side and zippers at the ankles"),
        details(
            "track pants",
            "the track pants have a stripe on the side and a stripe on the side and a stripe on "
            "the side and a stripe on the side and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        title="Reebok Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid charcoal t-shirt, clearly grey beside the black jeans, with a white distressed "BROOKLYN 1987" print
    # (text only), white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-020",
        caption("a man in a black t-shirt and black jeans", "other_garment_color"),
        Q.color("grey"),
        Q.pattern("printed"),
        wearing("a grey t-shirt that says brooklyn 1987"),
        Q.details("the text brooklyn 1987 and a picture of a bridge", "unsupported"),
        Q.material("cotton"),
        title="Status Quo Men Charcoal Tshirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy slim chinos, worn with a pink shirt left out with rolled sleeves and white sneakers, white
    # backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-021",
        caption("a man wearing a pink shirt and blue pants"),
        color_of("trousers", "pink", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("trousers", "the trousers are navy blue"),
        details("trousers", "trousers", "non_answer"),
        wearing("she is wearing a pink shirt and navy pants", "pronoun", who="she"),
        title="Allen Solly Men Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black t-shirt with a psychedelic elephant print in orange, pink and green and a small "TANTRA" wordmark
    # under it, worn with blue jeans, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-022",
        caption("a man wearing a black t-shirt with an elephant on it"),
        Q.color("black"),
        Q.description("a black t-shirt with a colorful elephant print"),
        Q.details(
            "an elephant with orange, pink and green patterns on its ears and trunk and the word tantra written "
            "below it in a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a black t-shirt and black jeans", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Tantra Men Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey washed jeans seen from the back: two back pockets with light arc stitching, a brown leather patch
    # reading "Lee" on the waistband, a white shirt with rolled sleeves, white backdrop; base BLIP-2 zero-shot
    case(
        "X868-023",
        caption("the back of a man in grey jeans and a white shirt"),
        color_of("jeans", "grey"),
        describe("jeans", "grey jeans with a white stitching on the back pockets"),
        details("jeans", "a leather patch on the back that says levi's", "unsupported"),
        Q.material("denim"),
        wearing("grey jeans and a grey shirt", "contradiction"),
        title="Lee Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: grey melange sweat shorts with a white drawstring, worn with a navy t-shirt, cropped from the chest
    # down, white backdrop; the feed row has no title; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-024",
        caption("a man in a navy t-shirt and navy shorts", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.description("grey", "non_answer"),
        Q.details("Answer: drawstring", "leak"),
        Q.material("cotton"),
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon short-sleeved v-neck t-shirt without pockets, worn with grey jeans, white backdrop, front view;
    # base BLIP-2 zero-shot wrote all texts
    case(
        "X868-025",
        caption("a man wearing a maroon v-neck t-shirt and grey jeans"),
        color_of("t-shirt", "purple", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe("t-shirt", "a maroon t-shirt with a v-neck and a chest pocket", "unsupported"),
        details("t-shirt", "a v-neck and short sleeves"),
        wearing("he is wearing a maroon t-shirt and grey jeans", who="he"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Wrangler Men Maroon Tshirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black track pants with three white stripes down each side, worn with a black t-shirt with a white logo,
    # white backdrop, full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-026",
        caption("a man in a black adidas outfit"),
        color_of("track pants", "black"),
        Q.garment_type("track pants"),
        describe("track pants", "black pants with three white stripes down the side"),
        details("track pants", "they are track pants", "restated"),
        wearing("a black shirt and black pants with white stripes"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: kelly green polo t-shirt with white tipping on the collar and a small embroidered logo, no pockets, worn
    # with white trousers, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-027",
        caption("a man in a green polo shirt and white pants"),
        Q.garment_type("t-shirt"),
        Q.color("white", "other_garment_color"),
        Q.description("a green polo shirt with white trim on the collar"),
        Q.details("the shirt has two pockets on the chest", "unsupported"),
        Q.sleeve_length("short sleeves"),
        Q.wearing("a green shirt and green pants", "contradiction"),
        title="United Colors of Benetton Men Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: dark navy straight-leg jeans, worn with a mustard yellow t-shirt, white backdrop, full-length front
    # view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-028",
        caption("a man in a yellow t-shirt and blue jeans"),
        color_of("jeans", "yellow", "other_garment_color"),
        Q.garment_type("shorts", "contradiction"),
        wearing("a yellow shirt and jeans"),
        describe("jeans", "dark blue jeans with a straight leg"),
        details("jeans", "the jeans have a red tab on the back pocket", "unsupported"),
        title="Pepe Jeans Men Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain white crew-neck t-shirt, no pocket, a small red and navy fila logo on the left chest, worn with
    # black track pants, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-029",
        caption("a woman wearing a white t-shirt and black pants", "pronoun"),
        Q.color("white"),
        Q.pattern("solid"),
        wearing("a white t-shirt and black track pants"),
        describe("t-shirt", "a black t-shirt", "other_garment_color"),
        details("t-shirt", "a fila logo on the left chest and a pocket below it", "unsupported"),
        Q.material("cotton"),
        title="Fila Men White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black formal trousers with a front crease, worn with a light grey shirt tucked in and a black belt,
    # cropped from the waist down, white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-030",
        caption("a pair of black dress pants with a black leather belt"),
        Q.garment_type("trousers"),
        color_of("trousers", "black"),
        describe("trousers", "black dress pants with a crease down the front"),
        details(
            "trousers",
            "the trousers have a belt loop and a belt loop and a belt loop and a belt loop and a belt "
            "loop and a belt loop and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        Q.material("leather", "unsupported"),
        title="Louis Philippe Men Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim shorts with rolled hems, worn with a red and white checked shirt open over a white
    # t-shirt, white backdrop, front view from the chest down; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-031",
        caption("a man wearing a red and white checkered shirt and denim shorts"),
        color_of("shorts", "red", "other_garment_color"),
        Q.garment_type("shorts"),
        describe("shorts", "blue denim shorts with a rolled hem"),
        details("shorts", "they are short", "non_answer"),
        Q.material("denim"),
        wearing("Question: What is the person wearing? Answer: a checkered shirt and shorts", "leak"),
        title="Wrangler Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: royal blue t-shirt with a large red and yellow Superman shield on the front, worn with black jeans,
    # white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-032",
        caption("a man wearing a superman t-shirt"),
        Q.color("red", "contradiction"),
        Q.pattern("printed"),
        wearing("a superman shirt and black pants"),
        describe("t-shirt", "a blue t-shirt with a superman logo on the front"),
        details("t-shirt", "the superman logo on the front and a cape on the back", "unsupported"),
        title="Superman Men Blue Tshirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey track pants with a red stripe down the side, worn with a red t-shirt, side view, full length,
    # white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-033",
        caption("a woman in a red shirt and grey sweatpants", "pronoun"),
        color_of("track pants", "grey"),
        Q.garment_type("track pants"),
        wearing("a red t-shirt and gray sweatpants"),
        describe("track pants", "grey track pants with a red stripe on the side"),
        details("track pants", "a red stripe on the side Question: What is the", "leak"),
        title="Puma Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: plain grey marl crew-neck t-shirt, worn with navy shorts, white backdrop, front view; base BLIP-2
    # zero-shot wrote all texts
    case(
        "X868-034",
        caption("a man in a grey t-shirt and blue shorts"),
        color_of("t-shirt", "blue", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        B.pattern("solid"),
        describe("t-shirt", "grey", "non_answer"),
        Q.material("cotton"),
        wearing("a grey shirt and blue shorts Question: What is the color of the shorts? Answer: blue", "leak"),
        title="Jockey Men Grey Melange Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue straight jeans, no belt showing, worn with a black leather jacket open over a white t-shirt,
    # white backdrop, full-length front view; the feed row has no gender; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-035",
        caption("a man in a black leather jacket and blue jeans"),
        color_of("jeans", "blue"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a black jacket, a white t-shirt and blue jeans"),
        describe("jeans", "blue jeans with a button fly and a black leather belt", "unsupported"),
        Q.material("leather", "contradiction"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: beige formal trousers with a waistband button tab, worn with a navy blazer over a white shirt, cropped
    # from the chest down, white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-036",
        caption("a man in a blue blazer and blue pants", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("beige"),
        Q.description("a pair of beige pants"),
        Q.details("the pants have a button and a zipper"),
        Q.wearing(
            "a navy blazer with white shirt and beige trousers Question: What is the color of the blazer? Answer: navy",
            "leak",
        ),
        title="Van Heusen Men Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: orange t-shirt with a black and white motorcycle graphic and a LOCOMOTIVE wordmark above it, worn with
    # blue jeans, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-037",
        caption("a man in an orange t-shirt with a motorcycle on it"),
        Q.color("orange"),
        Q.pattern("printed"),
        describe(
            "t-shirt",
            "an orange t-shirt with a black and white graphic of a motorcycle and the word locomotive "
            "written above it in big black letters with a white outline and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "a motorcycle, a motorcycle, a motorcycle, a motorcycle, a motorcycle, a motorcycle, a motorcycle",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange t-shirt and orange jeans", "contradiction"),
        title="Locomotive Men Printed Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: boardshorts with a blue, green and white tropical leaf print and a white drawstring, model shirtless,
    # cropped from the chest down, front view, white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-038",
        caption("a man in a pair of swim trunks with a floral print"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.wearing("he is wearing shorts and a white t-shirt", "unsupported"),
        describe("shorts", "blue and green shorts with white leaves and a white drawstring"),
        details("shorts", "the shorts have a zipper on the back pocket", "unsupported"),
        Q.material("polyester"),
        title="Quiksilver Men Printed Multi Shorts",
        category="Shorts",
        color="Multi",
        gender="Men",
    ),
    # photo: navy sports t-shirt with a white swoosh and "JUST DO IT" in white on the chest, worn with black shorts,
    # white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-039",
        caption("a man wearing a blue nike t-shirt that says just do it"),
        color_of("t-shirt", "black", "other_garment_color"),
        wearing("a t-shirt"),
        describe("t-shirt", "a t-shirt", "non_answer"),
        details("t-shirt", "the t-shirt details", "restated"),
        B.sleeve_length("short sleeves"),
        Q.material("polyester"),
        title="Nike Men Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: washed black jeans faded towards charcoal, worn with a white shirt and a black belt, white backdrop,
    # full-length front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-040",
        caption(
            "a man in a white shirt and black jeans standing in front of a white wall with a white wall and a "
            "white wall with a white wall and a white wall with a white",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        Q.description("faded black jeans"),
        Q.details("yes", "non_answer"),
        Q.material("denim"),
        Q.garment_type("jeans"),
        title="Numero Uno Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: t-shirt with broad red and white horizontal stripes, a red ribbed collar and a small puma logo, worn
    # with white shorts, white backdrop, front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-041",
        caption("a man in a red and white striped shirt and white shorts"),
        Q.color("red"),
        Q.pattern("checked", "contradiction"),
        describe("t-shirt", "a red and white striped t-shirt with a puma logo"),
        details("t-shirt", "", "non_answer"),
        wearing("a red and white shirt and white pants", "contradiction"),
        title="Puma Men Red Striped Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy track pants with white side tape repeating the kappa logo (a man and a woman back to back), worn
    # with a white polo t-shirt, side view, full length, white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-042",
        caption("a man in a white polo shirt and blue track pants"),
        Q.garment_type("jeans", "contradiction"),
        color_of("track pants", "blue"),
        describe("track pants", "blue track pants with white tape down the side that has the kappa logo on it"),
        details(
            "track pants",
            "the logo on the side of the pants is a man and a woman sitting back to back and the "
            "logo on the side of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and white pants", "other_garment_color"),
        Q.material("polyester"),
        title="Kappa Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive chinos with slant pockets, worn with a white t-shirt and brown shoes, white backdrop, full-length
    # front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-043",
        caption("a man in a white t-shirt and green pants"),
        color_of("pants", "brown", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("pants", "olive green chinos with slant pockets"),
        details("pants", "the details of the pants", "restated"),
        Q.material("cotton"),
        wearing("a man in white t-shirt and white pants", "other_garment_color"),
        title="Dockers Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: turquoise t-shirt with white short raglan sleeves, no hood, worn with grey track pants, white backdrop,
    # front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-044",
        caption("a man in a blue and white t-shirt and grey pants"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.wearing("a blue and white shirt and gray sweat pants"),
        describe("t-shirt", "a turquoise t-shirt with white sleeves"),
        details("t-shirt", "the t-shirt has a hood", "unsupported"),
        Q.material("wool", "unsupported"),
        title="Proline Men Blue Tshirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: beige chino shorts with belt loops (no belt) and side pockets, worn with a light pink polo t-shirt,
    # cropped from the chest down, white backdrop; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-045",
        caption("a man in a pink shirt and beige shorts"),
        color_of("shorts", "pink", "other_garment_color"),
        Q.garment_type("shorts"),
        wearing("pink shirt and khaki shorts"),
        describe("shorts", "beige shorts with a belt and pockets", "unsupported"),
        details("shorts", "she is wearing beige shorts with pockets", "pronoun"),
        title="Scullers Men Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: black t-shirt with a white JACK & JONES wordmark across the chest, worn with blue jeans, white backdrop,
    # front view; base BLIP-2 zero-shot wrote all texts
    case(
        "X868-046",
        caption("a man in a black t-shirt with a white logo"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.wearing("she is wearing a black t-shirt and jeans", "pronoun"),
        Q.description("a black t-shirt with the words jack and jones on the front"),
        Q.details(
            "the logo is white and the t-shirt is black and the logo is white and the t-shirt is black and the logo is",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jack & Jones Men Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
]
