"""BLIND_1272 (45 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot): written blind in the sixty-
second session. Measured blind at c5d464a (the session's eighth rules): 48/69 failures found (69.6%) and 14/239
correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos are Tshirts on Myntra), the catalog's
usual shots: a model on a plain grey or white backdrop wearing the product with jeans, chinos, shorts or trousers,
sometimes layered (an open shirt over a tee, a denim jacket, a blazer), now and then a flat lay, a back view or a prop
(sunglasses, a tennis racket, a cap, a water bottle). Catalog columns as the feed has them: title, category (Myntra
article type), color (Myntra base colour), gender; a few rows lack one of them.
Who wrote what: every text is the base Salesforce/blip2-opt-2.7b, no adapter, zero-shot. The caption is the
unprompted caption (50 new tokens at most); the answers are enrich's default questionnaire asked one prompt at a time
as "Question: ... Answer:", greedy free generation, 30 new tokens at most (no candidate ranking, so the closed
questions hold whatever the model generated). Each product carries the caption and 4 to 8 of the questions.
The base model mostly stops cleanly at the newline, so its answers are short and right more often than the adapters';
its failures are colors (navy called black, olive called grey, a print's or the jeans' color given for the garment),
garment kinds taken from a layer or an accessory, patterns missed on fine stripes and micro prints, the odd "she",
invented pockets and collars, thin non-answers for details, and rarely a loop, a cut or a run-on into the next
"Question:".
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. Near shades the seller would accept are right (maroon as red, rust as orange, peach as pink, teal as green,
off-white as white, sky blue as blue, charcoal as grey); a different hue is a contradiction (navy as black, olive as
grey, charcoal as black is given the trousers' color). A color that belongs to another worn garment is
other_garment_color; a color of the product's own print given as the garment color is contradiction (the seller's base
colour disagrees). A garment kind or a wearing answer that names a layer, the prop or an accessory instead of the
product is contradiction. A material answer that the title contradicts is contradiction; one the title does not state
and the photo cannot show, and that is unlikely, is unsupported; "cotton" for a plain tee or shirt with no material in
the title is taken as right. Details or descriptions that only name the garment or its color back are non_answer or
restated (restated when it repeats what another answer or the question already said in more words). Rolled-up full
sleeves answered "short" are a contradiction only the photo shows. "nothing" for the wearing question on a flat lay is
a non_answer (it says nothing of the product), while "a grey t-shirt" there is taken as right. hit_limit is set on the
texts that ran to 30 tokens (loops, one cut description, one run-on leak). "unknown" and "fabric" for the material,
"casual" for the type, a color for the pattern and an empty details answer are non_answer; the details prompt echoed
back is restated. "a green shirt and green pants" for grey chinos (the product's color spread to another garment) is
contradiction, not other_garment_color, since the product's own color is right there.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

T, S = "Tshirts", "Shirts"

BLIND_1272 = [
    # Model in a navy crew-neck tee, light-blue jeans, grey backdrop, front view. All texts: base BLIP-2, zero-shot;
    # the description only names the garment.
    case(
        "X1272-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.garment_type("t-shirt"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.description("t-shirt", "non_answer"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category=T,
        color="Navy Blue",
    ),
    # Model in a black running tee with a white "HRX" chest print, black joggers. Base BLIP-2, zero-shot.
    case(
        "X1272-002",
        caption("a man in a black t-shirt with the word hrx on it"),
        Q.wearing("a black t-shirt and black pants"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("it is a black t-shirt with a white logo"),
        Q.details("the logo is on the front of the shirt"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Brand Logo Printed Rapid-Dry Running T-shirt",
        category=T,
        color="Black",
    ),
    # Model in a red pique polo (red collar) with the small USPA logo, white chinos. Base BLIP-2: a white collar
    # invented.
    case(
        "X1272-003",
        caption("a man in a red polo shirt and white pants"),
        Q.wearing("a red polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.description("a red polo shirt with a white collar", "unsupported"),
        Q.details("the logo on the chest"),
        Q.material("cotton"),
        gender="Men",
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category=T,
        color="Red",
    ),
    # Model in a white full-sleeve button-down shirt, sleeves rolled to the elbow, untucked over blue jeans.
    # Base BLIP-2: the color answer takes the jeans, the sleeves read as short from the rolled cuffs.
    case(
        "X1272-004",
        caption("a man wearing a white shirt and blue jeans"),
        Q.wearing("a white shirt and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a white shirt with a button down collar"),
        gender="Men",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
        category=S,
        color="White",
    ),
    # Model in a blue-and-white checked formal shirt (spread collar, no pocket) tucked into grey trousers, belt.
    # Base BLIP-2: a pocket and a button-down collar invented.
    case(
        "X1272-005",
        caption("a man in a blue checkered shirt and grey pants"),
        Q.garment_type("dress shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a blue and white checkered dress shirt"),
        Q.details("the shirt has a pocket on the chest and a button down collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Checked Formal Shirt",
        category=S,
        color="Blue",
    ),
    # Model in an olive shirt worn open over a white crew tee, black jeans. Base BLIP-2: the open shirt is taken for a
    # jacket, and the color answer takes the tee underneath.
    case(
        "X1272-006",
        caption("a man wearing an olive green shirt over a white t-shirt"),
        Q.wearing("a green jacket and black jeans", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green jacket with a white t-shirt", "contradiction"),
        gender="Men",
        title="WROGN Men Olive Green Regular Fit Solid Casual Shirt",
        category=S,
        color="Olive",
    ),
    # Flat lay: a grey melange crew tee laid out on white, no person. Base BLIP-2: a v-neck for a round neck.
    case(
        "X1272-007",
        caption("a grey t-shirt on a white background"),
        Q.wearing("a grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("plain"),
        Q.description("a grey t-shirt with a v-neck", "contradiction"),
        Q.details("it has a round neck and short sleeves"),
        Q.material("cotton"),
        gender="Men",
        title="Mast & Harbour Men Grey Melange Solid Round Neck T-shirt",
        category=T,
        color="Grey Melange",
    ),
    # Back view: model's back in a blue tee with a large white PUMA print across the shoulders, black shorts.
    # Base BLIP-2: misses the print in the pattern answer, guesses polyester for a pure-cotton tee, and the details
    # answer only says where the camera is.
    case(
        "X1272-008",
        caption("the back of a man wearing a blue t-shirt"),
        Q.wearing("a blue t-shirt"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.details("the back of the shirt", "non_answer"),
        Q.description("a blue t-shirt with the word puma on the back"),
        Q.material("polyester", "contradiction"),
        gender="Men",
        title="Puma Men Blue Brand Logo Printed Pure Cotton T-shirt",
        category=T,
        color="Blue",
    ),
    # Model in a maroon polo, beige chinos, a pair of sunglasses held in one hand (prop). Base BLIP-2, zero-shot.
    case(
        "X1272-009",
        caption("a man in a maroon polo shirt holding a pair of sunglasses"),
        Q.wearing("a red polo shirt and khaki pants"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.details("two buttons on the collar"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Maroon Solid Polo Collar T-shirt",
        category=T,
        color="Maroon",
    ),
    # Model in a black tee with a big yellow-and-black Batman emblem, blue jeans. Base BLIP-2: the color answer gives
    # the print's yellow; "unknown" for the material.
    case(
        "X1272-010",
        caption("a man wearing a black batman t-shirt"),
        Q.wearing("batman t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("batman"),
        Q.description("a black t-shirt with a batman logo on it"),
        Q.details("the batman logo is yellow and black"),
        Q.material("unknown", "non_answer"),
        gender="Men",
        title="The Souled Store Men Black Batman Printed Cotton T-shirt",
        category=T,
        color="Black",
    ),
    # Model in a white formal shirt with a navy tie, navy trousers. Base BLIP-2: the garment type and the details are
    # the tie.
    case(
        "X1272-011",
        caption("a man in a white shirt and blue tie"),
        Q.wearing("a white shirt and a tie"),
        Q.garment_type("tie", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.details("the tie", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category=S,
        color="White",
    ),
    # Model in a mustard crew tee, black jeans. Base BLIP-2: the details answer only says its color again.
    case(
        "X1272-012",
        caption("a man wearing a yellow t-shirt and black jeans"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt"),
        Q.details("the t-shirt is yellow", "restated"),
        gender="Men",
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
        category=T,
        color="Mustard",
    ),
    # Model in a navy formal shirt with fine white pinstripes (reads solid at catalog size), navy collar, grey
    # trousers. Base BLIP-2: misses the stripes, invents a white collar.
    case(
        "X1272-013",
        caption("a man in a blue shirt and grey pants"),
        Q.wearing("a blue shirt and grey pants"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue dress shirt with a white collar", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men Navy Blue Slim Fit Striped Formal Shirt",
        category=S,
        color="Navy Blue",
    ),
    # Model in a black full-sleeve henley with a three-button placket, grey jeans. Base BLIP-2, zero-shot.
    case(
        "X1272-014",
        caption("a man wearing a black henley shirt"),
        Q.wearing("a black shirt and grey jeans"),
        Q.garment_type("henley"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.details("buttons on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Black Solid Henley Neck Full Sleeves T-shirt",
        category=T,
        color="Black",
    ),
    # Model in a lavender oversized drop-shoulder tee without a pocket, white shorts. Base BLIP-2: the color answer
    # takes the shorts; a pocket invented.
    case(
        "X1272-015",
        caption("a man wearing a purple t-shirt and white shorts"),
        Q.wearing("a purple shirt and white shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.description("purple t-shirt with a pocket", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Lavender Solid Oversized Pure Cotton T-shirt",
        category=T,
        color="Lavender",
    ),
    # Model in a navy polo with the small red-white-blue flag logo, white trousers. Base BLIP-2: navy called black.
    case(
        "X1272-016",
        caption("a man in a navy polo shirt and white pants"),
        Q.wearing("he is wearing a navy blue polo shirt"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.description("a navy blue polo shirt with a red, white and blue logo"),
        Q.details("the tommy hilfiger logo on the chest"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar Slim Fit T-shirt",
        category=T,
        color="Navy Blue",
    ),
    # Model in a white tee with blue horizontal stripes, blue jeans. Base BLIP-2, zero-shot; all right.
    case(
        "X1272-017",
        caption("a man wearing a white and blue striped t-shirt"),
        Q.wearing("a striped shirt and blue jeans"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.details("the stripes are blue and white"),
        Q.material("cotton"),
        gender="Men",
        title="HERE&NOW Men White & Blue Striped Round Neck T-shirt",
        category=T,
        color="White",
    ),
    # Model in a mid-blue denim shirt with two flap chest pockets, sleeves down, black jeans. Base BLIP-2: calls it a
    # denim jacket twice.
    case(
        "X1272-018",
        caption("a man wearing a denim shirt and black pants"),
        Q.wearing("a denim jacket and black jeans", "contradiction"),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.details("it has two pockets on the chest"),
        Q.material("denim"),
        gender="Men",
        title="Levis Men Blue Regular Fit Solid Denim Casual Shirt",
        category=S,
        color="Blue",
    ),
    # Model (a man, short beard) in a pink formal shirt, charcoal trousers. Base BLIP-2: "a woman" / "she".
    case(
        "X1272-019",
        caption("a woman in a pink shirt and black pants", "pronoun"),
        Q.wearing("she is wearing a pink shirt", "pronoun"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Arrow Men Pink Slim Fit Solid Formal Shirt",
        category=S,
        color="Pink",
    ),
    # Model in a grey Dri-FIT training tee with a small black swoosh, black shorts, a water bottle in hand (prop).
    # Base BLIP-2, zero-shot; all right.
    case(
        "X1272-020",
        caption("a man in a grey nike t-shirt and black shorts"),
        Q.wearing("a grey shirt and black shorts"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.description("a gray t-shirt with a nike logo on the chest"),
        Q.details("nike logo"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Solid Training T-shirt",
        category=T,
        color="Grey",
    ),
    # Model in a teal casual shirt without pockets, beige chinos. Base BLIP-2: invents a pocket, describes nothing.
    case(
        "X1272-021",
        caption("a man wearing a green shirt and khaki pants"),
        Q.garment_type("button down shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("it is a shirt", "non_answer"),
        Q.details("the shirt has a pocket on the left side", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category=S,
        color="Teal",
    ),
    # Model in a colour-blocked tee (white chest, black body and sleeves), black jeans. Base BLIP-2, zero-shot.
    case(
        "X1272-022",
        caption("a man wearing a black and white t-shirt"),
        Q.wearing("a black and white shirt and black jeans"),
        Q.color("black and white"),
        Q.pattern("color block"),
        Q.description("black and white t-shirt with black sleeves"),
        Q.details(
            "the black part of the shirt is black and the white part of the shirt is white",
            "restated",
        ),
        gender="Men",
        title="Campus Sutra Men Black & White Colourblocked Round Neck T-shirt",
        category=T,
        color="Black",
    ),
    # Model in an olive tee under warm, dim studio light, khaki cargo pants. Base BLIP-2: olive read as grey in the
    # caption, the wearing answer and the details, green in the color answer.
    case(
        "X1272-023",
        caption("a man wearing a grey t-shirt and khaki pants", "contradiction"),
        Q.wearing("a grey shirt and khaki pants", "contradiction"),
        Q.color("green"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.details("the shirt is grey", "contradiction"),
        gender="Men",
        title="Locomotive Men Olive Solid Round Neck T-shirt",
        category=T,
        color="Olive",
    ),
    # Model in a beige linen mandarin-collar shirt, white trousers. Base BLIP-2: cotton for a linen shirt; the wearing
    # answer gives the shirt the trousers' white.
    case(
        "X1272-024",
        caption("a man in a beige shirt and white pants"),
        Q.wearing("a white shirt and white pants", "other_garment_color"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("it's a linen shirt with a mandarin collar"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Raymond Men Beige Slim Fit Solid Mandarin Collar Linen Casual Shirt",
        category=S,
        color="Beige",
    ),
    # Model in a white tee with a red-and-gold Iron Man print, blue jeans. Base BLIP-2: the print's red as the color,
    # and the description loops to the token limit.
    case(
        "X1272-025",
        caption("a man wearing a white t-shirt with an iron man print"),
        Q.wearing("iron man t-shirt"),
        Q.color("red", "contradiction"),
        Q.pattern("graphic"),
        Q.description(
            "a white t-shirt with iron man on it and the words iron man on it and the words iron man on it and the "
            "words iron",
            "loop",
            hit_limit=True,
        ),
        Q.details("iron man"),
        gender="Men",
        title="Kook N Keech Marvel Men White Iron Man Printed Round Neck T-shirt",
        category=T,
        color="White",
    ),
    # Model in a charcoal formal shirt tucked into black trousers. Base BLIP-2: the caption and the wearing answer
    # give the shirt the trousers' black.
    case(
        "X1272-026",
        caption("a man in a black shirt and black pants", "other_garment_color"),
        Q.wearing("a black shirt and black pants", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        gender="Men",
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category=S,
        color="Charcoal",
    ),
    # Model in a rust polo, navy shorts, plain white studio backdrop. Base BLIP-2: a beach invented in the caption, and
    # the sleeve answer invents a measurement.
    case(
        "X1272-027",
        caption("a man in an orange polo shirt standing on a beach", "unsupported"),
        Q.wearing("orange polo shirt and blue shorts"),
        Q.garment_type("polo"),
        Q.color("orange"),
        Q.sleeve_length("about 3 inches", "unsupported"),
        Q.details("the collar and the buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Harvard Men Rust Solid Polo Collar T-shirt",
        category=T,
        color="Rust",
    ),
    # Model in a green polo with white horizontal stripes and a white collar, grey chinos. Base BLIP-2: the chinos
    # called green too, and the details answer loops.
    case(
        "X1272-028",
        caption("a man wearing a green and white striped polo shirt"),
        Q.wearing("a green shirt and green pants", "contradiction"),
        Q.color("green"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a green and white striped polo shirt with a white collar"),
        Q.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the "
            "sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="United Colors of Benetton Men Green & White Striped Polo Collar T-shirt",
        category=T,
        color="Green",
    ),
    # Model in a short-sleeve black shirt with a white floral print and a Cuban collar (viscose), beige shorts.
    # Base BLIP-2: silk invented.
    case(
        "X1272-029",
        caption("a man wearing a black and white floral shirt"),
        Q.garment_type("hawaiian shirt"),
        Q.color("black and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("a black hawaiian shirt with white flowers"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Flying Machine Men Black & White Slim Fit Floral Printed Casual Shirt",
        category=S,
        color="Black",
    ),
    # Model in a grey-and-black checked shirt with one chest pocket, blue jeans. Base BLIP-2: details only restate
    # the pattern.
    case(
        "X1272-030",
        caption("a man wearing a plaid shirt and jeans"),
        Q.wearing("plaid shirt and jeans"),
        Q.color("grey"),
        Q.pattern("plaid"),
        Q.description("a grey and black plaid shirt with a chest pocket"),
        Q.details("the shirt is plaid", "restated"),
        gender="Men",
        title="Urbano Fashion Men Grey & Black Slim Fit Checked Casual Shirt",
        category=S,
        color="Grey",
    ),
    # Flat lay: a white tee with a black Calvin Klein logo, on white. Base BLIP-2, zero-shot; all right.
    case(
        "X1272-031",
        caption("a white t-shirt with the calvin klein logo on it"),
        Q.wearing("a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("logo"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="Calvin Klein Jeans Men White Brand Logo Printed Organic Cotton T-shirt",
        category=T,
        color="White",
    ),
    # Model in a sky-blue casual shirt under an open navy blazer, beige chinos. Base BLIP-2: the blazer wins the
    # wearing, type and description answers. (Feed row without gender.)
    case(
        "X1272-032",
        caption("a man in a blue blazer and a light blue shirt"),
        Q.wearing("a blue suit", "contradiction"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue blazer with a white shirt", "contradiction"),
        title="Nautica Men Sky Blue Regular Fit Solid Casual Shirt",
        category=S,
        color="Blue",
    ),
    # Model in a red crew tee under an open mid-blue denim jacket, black jeans. Base BLIP-2: the jacket's color and
    # material, and the jacket as what he wears.
    case(
        "X1272-033",
        caption("a man wearing a denim jacket and a red t-shirt"),
        Q.wearing("a denim jacket", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("denim", "contradiction"),
        gender="Men",
        title="Red Tape Men Red Solid Pure Cotton Round Neck T-shirt",
        category=T,
        color="Red",
    ),
    # Model in a peach crew tee, white jeans. Base BLIP-2: "she", and details that only name it.
    case(
        "X1272-034",
        caption("a man wearing a pink t-shirt and white jeans"),
        Q.wearing("she is wearing a pink t-shirt and white jeans", "pronoun"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("peach t-shirt"),
        Q.details("a peach t-shirt", "non_answer"),
        gender="Men",
        title="Moda Rapido Men Peach Solid Round Neck T-shirt",
        category=T,
        color="Peach",
    ),
    # Model in a black short-sleeve hooded tee, hood down, black joggers. Base BLIP-2: reads it as a long-sleeve
    # hoodie in the sleeve answer; a color for the pattern.
    case(
        "X1272-035",
        caption("a man wearing a black hoodie"),
        Q.wearing("a black hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Black Solid Hooded Short Sleeves T-shirt",
        category=T,
        color="Black",
    ),
    # Back view: model's back in a blue-and-white checked shirt with a box pleat at the yoke, jeans. Base BLIP-2:
    # a front pocket that cannot be seen from the back (and has none).
    case(
        "X1272-036",
        caption("the back of a man in a blue plaid shirt"),
        Q.wearing("a plaid shirt"),
        Q.color("blue"),
        Q.pattern("checkered"),
        Q.description("a blue and white plaid shirt with a pocket on the front", "unsupported"),
        Q.details("there is a pleat on the back"),
        gender="Men",
        title="Allen Solly Men Blue & White Slim Fit Checked Casual Shirt",
        category=S,
        color="Blue",
    ),
    # Model in a white polo, navy chinos, holding a tennis racket (prop). Base BLIP-2: the racket as a detail.
    case(
        "X1272-037",
        caption("a man in a white polo shirt holding a tennis racket"),
        Q.wearing("a white shirt and blue pants"),
        Q.garment_type("tennis shirt"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.details("a tennis racket", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="Peter England Men White Solid Polo Collar T-shirt",
        category=T,
        color="White",
    ),
    # Model in a black oversized tee with "DOPE" in white across the chest, a black cap, olive cargo pants.
    # Base BLIP-2: the cap answers the wearing question.
    case(
        "X1272-038",
        caption("a man wearing a black t-shirt and a cap"),
        Q.wearing("a hat", "contradiction"),
        Q.color("black"),
        Q.pattern("letters"),
        Q.sleeve_length("half"),
        Q.description("a black t-shirt with the word dope on it"),
        Q.details("the word dope on the front"),
        gender="Men",
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category=T,
        color="Black",
    ),
    # Model in a yellow casual shirt, white chinos. Base BLIP-2: the pattern answer runs on into the next prompt.
    case(
        "X1272-039",
        caption("a man in a yellow shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("yellow"),
        Q.pattern(
            "solid Question: What is the sleeve length of the shirt? Answer: long Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a yellow shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Indian Terrain Men Yellow Slim Fit Solid Casual Shirt",
        category=S,
        color="Yellow",
    ),
    # Model in a colour-blocked polo (navy body, white chest panel), grey shorts. Base BLIP-2: the panel read as
    # stripes.
    case(
        "X1272-040",
        caption("a man wearing a blue and white polo shirt"),
        Q.wearing("he is wearing a polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.pattern("stripes", "contradiction"),
        Q.sleeve_length("short"),
        Q.details("puma logo"),
        gender="Men",
        title="Puma Men Navy Blue & White Colourblocked Polo Collar T-shirt",
        category=T,
        color="Navy Blue",
    ),
    # Model in an off-white cotton mandarin-collar shirt, sleeves rolled but cuffs visible, blue jeans. Base BLIP-2:
    # linen invented, "casual" for the garment type. (Feed row without base colour.)
    case(
        "X1272-041",
        caption("a man wearing a white shirt and jeans"),
        Q.garment_type("casual", "non_answer"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.description("white shirt with a mandarin collar"),
        Q.details("it has a collar"),
        Q.material("linen", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Off-White Solid Mandarin Collar Casual Shirt",
        category=S,
    ),
    # Model in a black shirt with a tiny white ditsy print (hard to see at catalog size), black jeans. Base BLIP-2:
    # "solid" against the title and its own details answer.
    case(
        "X1272-042",
        caption("a man in a black shirt and black jeans"),
        Q.wearing("black shirt and black pants"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.details("the shirt has a small white print"),
        gender="Men",
        title="HIGHLANDER Men Black Slim Fit Printed Casual Shirt",
        category=S,
        color="Black",
    ),
    # Model in a navy tee with a white typographic quote on the chest, grey joggers. Base BLIP-2: the description
    # reads the quote and is cut at the token limit; "fabric" for the material.
    case(
        "X1272-043",
        caption("a man wearing a blue t-shirt with a quote on it"),
        Q.wearing("a blue shirt and grey pants"),
        Q.color("blue"),
        Q.pattern("words"),
        Q.sleeve_length("short"),
        Q.description(
            "a navy blue t-shirt with a white print on the front that says i'm not lazy i'm just on energy saving "
            "mode and a small",
            "cut",
            hit_limit=True,
        ),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Bewakoof Men Navy Blue Typography Printed Round Neck T-shirt",
        category=T,
        color="Navy Blue",
    ),
    # Model in a white crew tee, black jeans, black belt. Base BLIP-2: "black" for both garments in the wearing
    # answer; the details prompt returned nothing (newline first).
    case(
        "X1272-044",
        caption("a man wearing a white t-shirt and black jeans"),
        Q.wearing("a black t-shirt and black jeans", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men White Solid Round Neck Pure Cotton T-shirt",
        category=T,
        color="White",
    ),
    # Flat lay: a grey melange polo folded on white, no person. Base BLIP-2: "nothing" for the wearing question, and
    # the details prompt echoed back.
    # (Feed row without category.)
    case(
        "X1272-045",
        caption("a grey polo shirt folded on a white surface"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("polo"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Melange Solid Polo Collar Pure Cotton T-shirt",
        color="Grey Melange",
    ),
]
