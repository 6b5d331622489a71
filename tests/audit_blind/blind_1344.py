"""BLIND_1344 (45 products; Myntra men's tees, polos and shirts, base BLIP-2 zero-shot, default questionnaire): written
blind in the sixty-third session. Measured blind at a6e2e4e (the session's eighth and final rules): 44/64 failures
found (68.8%) and 24/258 correct texts flagged (9.3%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (article types Tshirts and Shirts; polos are filed under Tshirts as Myntra does),
with the feed's own columns: title, category (article type), color (base colour), gender. Photos are the usual
catalog shots: a model on a plain grey or white backdrop wearing the product with jeans, chinos, joggers or shorts,
sometimes a blazer or a tee under an open shirt; a few flat lays (one with props), a back view, a guitar prop.
Who wrote what: every text is the base Salesforce/blip2-opt-2.7b, no adapter, greedy decoding. The caption is the
unprompted zero-shot caption (max 50 new tokens); the answers are enrich's default questionnaire asked as
`Question: ... Answer:` with free generation (max 30 new tokens), the closed questions included, so their raw text is
what was stored. Not every product got every question (5 to 8 per product).
Labeling conventions and judgement calls: the truth is the photo described in the comment above each case, and the
title. Near hues are accepted (maroon called red, lavender called purple, khaki called tan, rust called orange, teal
called green, peach called pink); a hue that is plainly another one is not. A color that belongs to another garment in
the photo (the jeans, the blazer, the tee under the shirt) is other_garment_color; a color that belongs to nothing
in the photo, or one color given to every garment, is contradiction. A garment type, pattern or sleeve length the
photo or title contradicts is contradiction (an open overshirt called a jacket, rolled-up long sleeves called short,
tipping on a solid polo called striped). A material the title names otherwise is contradiction; a material the title
does not name and the product page contradicts, or a feature not in the photo (a white collar on a self collar, a
front logo on a back print, a size), is unsupported. Props named as the garment's details: an accessory is
contradiction, anything else that says nothing of the garment is non_answer, like an empty answer. An answer that
only gives the question's words back is restated. An answer that stopped mid-phrase is cut even when it did not hit
the limit. For a flat lay, "the person is wearing" answered with the product itself is accepted. "she" for the male
models (long hair) is pronoun. About one text in five is wrong: the base model answers the short closed questions
well (type, color, pattern, sleeves), and most of its failures sit in the open answers (description, details,
material), which invent features, loop or run on, plus the colors it takes from the jeans, the blazer or the backdrop.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1344 = [
    # Photo: model in a navy polo (self collar, two buttons), light-wash jeans, grey backdrop.
    # All texts: base BLIP-2 zero-shot; the white collar in the description is invented.
    case(
        "X1344-001",
        caption("a man wearing a navy blue polo shirt and jeans"),
        Q.wearing("a polo shirt and jeans"),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a navy blue polo shirt with a white collar", "unsupported"),
        Q.details("it has a collar and buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: black polyester training tee with a white HRX chest print, grey joggers. Product page: 100% polyester.
    # All texts: base BLIP-2 zero-shot; "cotton" is a guess the page contradicts.
    case(
        "X1344-002",
        caption("a man in a black t-shirt with the word hrx on it"),
        Q.wearing("black t-shirt and grey pants"),
        Q.color("black"),
        Q.pattern("logo"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        Q.description("a black t-shirt with a white logo on the front"),
        Q.details("the t-shirt is made of 100% cotton and is machine washable", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: blue and white checked shirt, buttoned, regular spread collar, beige chinos.
    # All texts: base BLIP-2 zero-shot; the "button down collar" is invented (the collar has no buttons).
    case(
        "X1344-003",
        caption("a man wearing a blue and white checkered shirt"),
        Q.wearing("a plaid shirt"),
        Q.garment_type("shirt"),
        Q.color("blue and white"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("it is a blue and white checkered shirt"),
        Q.details("blue and white checkered shirt with a button down collar", "unsupported"),
        gender="Men",
        title="HIGHLANDER Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: flat lay of a white polo on a white background, small navy embroidered logo on the chest. No person.
    # All texts: base BLIP-2 zero-shot; all correct.
    case(
        "X1344-004",
        caption("a white polo shirt on a white background"),
        Q.wearing("a white polo shirt"),
        Q.garment_type("polo"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.material("cotton"),
        Q.details("a white polo shirt with a blue logo on the chest"),
        gender="Men",
        title="U.S. Polo Assn. Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: maroon cotton pique polo, black trousers, hands in pockets. Product page: 100% cotton pique.
    # All texts: base BLIP-2 zero-shot; "red" accepted for maroon, "polyester" is a guess the page contradicts.
    case(
        "X1344-005",
        caption("a man in a red polo shirt standing with his hands in his pockets"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the shirt is red and has a collar"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Louis Philippe Sport Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: long-haired male model in a yellow tee with a cartoon cat graphic and "CHILL" text, blue jeans.
    # All texts: base BLIP-2 zero-shot; the caption and the description take him for a woman.
    case(
        "X1344-006",
        caption("a woman wearing a yellow t-shirt with a cartoon on it", "pronoun"),
        Q.wearing("yellow t-shirt and jeans"),
        Q.color("yellow"),
        Q.pattern("cartoon"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a yellow t-shirt with a cartoon character on it", "pronoun"),
        gender="Men",
        title="Bewakoof Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: white shirt tucked into navy trousers, brown belt.
    # All texts: base BLIP-2 zero-shot; the color answer is the trousers' color.
    case(
        "X1344-007",
        caption("a man in a white shirt and blue pants"),
        Q.wearing("white shirt and blue pants"),
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("white shirt with blue pants"),
        Q.details("white shirt, blue pants, brown belt"),
        gender="Men",
        title="Mast & Harbour Men White Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: grey melange crew-neck tee, black jeans. Product page: cotton.
    # All texts: base BLIP-2 zero-shot; the details answer loops to the limit.
    case(
        "X1344-008",
        caption("a man wearing a grey t-shirt and black jeans"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details(
            "grey t-shirt, grey t-shirt, grey t-shirt, grey t-shirt, grey t-shirt, grey t-shirt, grey",
            "loop",
            hit_limit=True,
        ),
        Q.description("grey t-shirt with a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: back view; black tee with a large white PUMA wordmark and cat logo across the back. The front is plain
    # except a small logo, not visible here.
    # All texts: base BLIP-2 zero-shot; the description moves the back print to the front.
    case(
        "X1344-009",
        caption("the back of a man's black t-shirt with a white puma logo"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("logo"),
        Q.description("a black t-shirt with a puma logo on the front", "unsupported"),
        Q.details("the puma logo is on the back of the shirt"),
        title="Puma Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: navy and white horizontal stripes, solid navy collar, white chinos.
    # All texts: base BLIP-2 zero-shot; all correct.
    case(
        "X1344-010",
        caption("a man wearing a navy and white striped polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a striped polo shirt with a navy blue collar"),
        Q.material("cotton"),
        Q.details("stripes"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue & White Striped Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: olive utility shirt with two flap chest pockets, worn open over a white tee, dark jeans.
    # All texts: base BLIP-2 zero-shot; the open overshirt is called a jacket three times.
    case(
        "X1344-011",
        caption("a man in an olive green jacket and white t-shirt", "contradiction"),
        Q.wearing("a green jacket, white t-shirt and jeans", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("two pockets on the chest"),
        gender="Men",
        title="Roadster Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: plain mustard crew-neck tee, no print or logo, black jeans.
    # All texts: base BLIP-2 zero-shot; the color answer runs on into the next question of the prompt format, the
    # description invents a logo.
    case(
        "X1344-012",
        caption("a man in a mustard t-shirt and black jeans"),
        Q.wearing("a yellow t-shirt"),
        Q.color("yellow Question: What is the pattern of the garment? Answer: solid", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with a black logo on the chest", "unsupported"),
        gender="Men",
        title="WROGN Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: beige long-sleeve henley, three-button placket, off-white trousers.
    # All texts: base BLIP-2 zero-shot; "linen" against the title's pure cotton.
    case(
        "X1344-013",
        caption("a man wearing a beige long sleeve shirt with buttons"),
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige henley shirt"),
        Q.material("linen", "contradiction"),
        gender="Men",
        title="Rare Rabbit Men Beige Henley Neck Pure Cotton Full Sleeves T-shirt",
        category="Tshirts",
        color="Beige",
    ),
    # Photo: light blue formal shirt with a left chest pocket, tucked into grey trousers.
    # All texts: base BLIP-2 zero-shot; the description is right as far as it goes but stops at the token
    # limit, the details loop.
    case(
        "X1344-014",
        caption("a man wearing a light blue shirt and grey pants"),
        Q.wearing("blue shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("light blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "the shirt is a light blue button down shirt with long sleeves and a pocket on the left side of the chest."
            " it has a collar and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "collar, buttons, pocket, collar, buttons, pocket, collar, buttons, pocket, collar, buttons, pocket,"
            " collar, buttons",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Arrow Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: oversized tie-dye tee in purple, blue and pink swirls, black shorts.
    # All texts: base BLIP-2 zero-shot; the details answer only names the garment.
    case(
        "X1344-015",
        caption("a man wearing a tie dye t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("purple and blue"),
        Q.pattern("tie dye"),
        Q.sleeve_length("short"),
        Q.description("a tie dye t-shirt"),
        Q.details("it's a t-shirt", "non_answer"),
        gender="Men",
        title="Bewakoof Men Multicoloured Tie-Dye Oversized T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: teal polo with a self collar and tonal buttons, khaki chinos.
    # All texts: base BLIP-2 zero-shot; "green" accepted for teal; the white collar and buttons are invented, the
    # details answer is the question's words back.
    case(
        "X1344-016",
        caption("a man in a teal polo shirt and khaki pants"),
        Q.wearing("polo shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.description("it is a green polo shirt with a white collar and white buttons", "unsupported"),
        Q.details("the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men Teal Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: short-sleeve black shirt with a white floral print, camp collar, beige shorts.
    # All texts: base BLIP-2 zero-shot; the sleeve answer is wrong (the description has it right), the
    # details answer says nothing.
    case(
        "X1344-017",
        caption("a man wearing a black shirt with white flowers"),
        Q.garment_type("hawaiian shirt"),
        Q.color("black and white"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a black and white floral print shirt with short sleeves"),
        Q.details("it's a shirt", "non_answer"),
        gender="Men",
        title="The Indian Garage Co Men Black & White Floral Printed Short Sleeves Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # Photo: plain white crew-neck tee without any logo, black jeans, white sneakers.
    # All texts: base BLIP-2 zero-shot; the wearing answer gives one grey to both garments, the logo is invented.
    case(
        "X1344-018",
        caption("a man in a white t-shirt and black jeans"),
        Q.wearing("a grey t-shirt and grey jeans", "contradiction"),
        Q.color("white"),
        Q.pattern("plain"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        Q.description("a white t-shirt with a black logo", "unsupported"),
        gender="Men",
        title="Levis Men White Solid Crew Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: flat lay, folded pink shirt on a wooden table with sunglasses and a wristwatch beside it. No person.
    # All texts: base BLIP-2 zero-shot; the details answer names the props.
    case(
        "X1344-019",
        caption("a pink shirt, sunglasses and a watch on a wooden table"),
        Q.wearing("a pink shirt"),
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.description("a pink shirt folded on a table"),
        Q.details("a watch and sunglasses", "contradiction"),
        gender="Men",
        title="Dennis Lingo Men Pink Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: royal blue Dri-FIT training tee, small white swoosh on the chest, black shorts, gym backdrop.
    # All texts: base BLIP-2 zero-shot; the wearing answer gives the black shorts the tee's blue.
    case(
        "X1344-020",
        caption("a man in a blue nike shirt and black shorts"),
        Q.wearing("a blue shirt and blue shorts", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue nike t-shirt with a swoosh on the chest"),
        Q.details("it has a nike logo"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Solid Training T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: white shirt with thin blue pinstripes under a navy blazer, grey trousers, open collar, no tie.
    # All texts: base BLIP-2 zero-shot; the type and the color are the blazer's, the description invents a tie.
    case(
        "X1344-021",
        caption("a man in a blue suit and white shirt"),
        Q.wearing("a suit"),
        Q.garment_type("suit", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("the suit is navy blue with a white shirt and a blue tie", "unsupported"),
        gender="Men",
        title="Peter England Men White & Blue Slim Fit Striped Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: plain black tee, olive cargo pants, white sneakers.
    # All texts: base BLIP-2 zero-shot; the type answer is a yes, the details answer came back empty.
    case(
        "X1344-022",
        caption("a man wearing a black t-shirt and green cargo pants"),
        Q.garment_type("yes", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("black t-shirt"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Black Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: lavender crew-neck tee, blue jeans.
    # All texts: base BLIP-2 zero-shot; "purple" accepted for lavender; the v-neck is invented (crew neck).
    case(
        "X1344-023",
        caption("a man in a purple t-shirt and blue jeans"),
        Q.wearing("a purple shirt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("it is a light purple t-shirt with a v-neck", "unsupported"),
        title="Ether Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: washed blue denim shirt worn open over a white tee, two chest pockets with snap buttons, black jeans.
    # All texts: base BLIP-2 zero-shot; the type is a jacket and the color is the tee's.
    case(
        "X1344-024",
        caption("a man wearing a denim shirt and a white t-shirt"),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("denim"),
        Q.details("two chest pockets with snap buttons"),
        gender="Men",
        title="Flying Machine Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white tee with a large bicycle graphic and "RIDE" in black, blue jeans.
    # All texts: base BLIP-2 zero-shot; the details answer loops to the limit.
    case(
        "X1344-025",
        caption("a man wearing a white t-shirt with a bicycle on it"),
        Q.wearing("a white t-shirt with a bicycle on it"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a picture of a bicycle and the word ride on it"),
        Q.details(
            "the bike, the bike, the bike, the bike, the bike, the bike, the bike, the bike, the bike, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Being Human Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: long-haired male model, charcoal grey shirt with a button-down collar, black trousers.
    # All texts: base BLIP-2 zero-shot; the caption has him right, the wearing answer calls him she, the description
    # runs to the limit.
    case(
        "X1344-026",
        caption("a man in a dark grey shirt and black pants"),
        Q.wearing("she is wearing a grey shirt and black pants", "pronoun"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        Q.description(
            "a dark grey slim fit shirt with long sleeves and a button down collar, perfect for office wear or a night"
            " out with friends. it can be paired with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Urbano Fashion Men Charcoal Grey Slim Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Charcoal",
    ),
    # Photo: white polo with navy tipping on the collar and sleeve hems, blue jeans.
    # All texts: base BLIP-2 zero-shot; the pattern answer turns the tipping into stripes.
    case(
        "X1344-027",
        caption("a man wearing a white polo shirt with blue trim"),
        Q.garment_type("polo"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("white polo shirt with blue stripes on the collar and sleeves"),
        Q.details("the collar has blue stripes"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Sport Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: rust short-sleeve Cuban-collar shirt, white trousers.
    # All texts: base BLIP-2 zero-shot; all correct ("orange" accepted for rust).
    case(
        "X1344-028",
        caption("a man wearing an orange shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a short sleeve button up shirt in orange"),
        Q.details("buttons"),
        gender="Men",
        title="Snitch Men Rust Oversized Cuban Collar Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # Photo: black and white horizontal stripes, crew neck, black jeans.
    # All texts: base BLIP-2 zero-shot; the caption loops to the limit.
    case(
        "X1344-029",
        caption(
            "a man in a black and white striped shirt and a black and white striped shirt and a black and white"
            " striped shirt and a black and white striped shirt and a black and white striped shirt and a black and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("striped shirt"),
        Q.garment_type("shirt"),
        Q.color("black and white"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description("a black and white striped t-shirt"),
        gender="Men",
        title="Roadster Men White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: front of a bottle-green oversized tee, small "DIFFERENCE OF OPINION" text on the chest; the back print
    # (a dragon) is only in another shot.
    # All texts: base BLIP-2 zero-shot; the description invents a skull on the back.
    case(
        "X1344-030",
        caption("a man wearing a green t-shirt with the words 'difference of opinion' on it"),
        Q.wearing("a green shirt with the word difference on it"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        Q.description("green t-shirt with a skull on the back", "unsupported"),
        gender="Men",
        title="Difference of Opinion Men Green Typography Printed Oversized T-shirt",
        category="Tshirts",
    ),
    # Photo: navy long-sleeve shirt with the sleeves rolled to the elbow, khaki chinos.
    # All texts: base BLIP-2 zero-shot; "short" takes the rolled-up long sleeves for short ones.
    case(
        "X1344-031",
        caption("a man in a navy shirt with his sleeves rolled up"),
        Q.wearing("a navy blue shirt and khaki pants"),
        Q.color("navy"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the sleeves are rolled up"),
        gender="Men",
        title="HERE&NOW Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: grey melange crew-neck tee, black track pants.
    # All texts: base BLIP-2 zero-shot; the pattern is the question back, the material stopped mid-phrase.
    case(
        "X1344-032",
        caption("a man wearing a grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("gray"),
        Q.pattern("the pattern of the garment is a pattern", "restated"),
        Q.sleeve_length("short"),
        Q.material("the garment is made of", "cut"),
        Q.description("grey t-shirt"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: white running tee with three black stripes on the shoulders, black shorts. Product page: recycled
    # polyester.
    # All texts: base BLIP-2 zero-shot; the shoulder stripes make a striped pattern, "cotton" is a guess the page
    # contradicts.
    case(
        "X1344-033",
        caption("a man wearing a white adidas t-shirt with black stripes on the shoulders"),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("cotton", "unsupported"),
        Q.description("a white adidas shirt with three black stripes on the shoulders"),
        gender="Men",
        title="ADIDAS Men White Solid Own The Run Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: red and navy checked shirt, chest pocket without a logo (the flag logo is at the hem), jeans, a
    # backpack on one shoulder.
    # All texts: base BLIP-2 zero-shot; the logo on the pocket is invented.
    case(
        "X1344-034",
        caption("a man in a red plaid shirt holding a bag"),
        Q.wearing("a red plaid shirt, jeans and a backpack"),
        Q.garment_type("flannel"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.details("it has a pocket on the chest and a logo on the pocket", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Red & Navy Blue Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: blue tee with "PEPE JEANS LONDON" printed across the chest, grey jeans.
    # All texts: base BLIP-2 zero-shot; the wearing answer gives the grey jeans the tee's blue, the
    # description runs on into another question and stops at the limit.
    case(
        "X1344-035",
        caption("a man wearing a blue t-shirt with pepe jeans written on it"),
        Q.wearing("a blue t-shirt and blue jeans", "contradiction"),
        Q.color("blue"),
        Q.pattern("text"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue t-shirt with pepe jeans london printed on the front. Question: What are the details of the"
            " garment? Answer: the t-shirt",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Pepe Jeans Men Blue Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: khaki pique polo with a two-button placket, dark jeans.
    # All texts: base BLIP-2 zero-shot; "tan" accepted for khaki; the third button is invented.
    case(
        "X1344-036",
        caption("a man in a tan polo shirt and jeans"),
        Q.garment_type("polo shirt"),
        Q.color("tan"),
        Q.sleeve_length("short"),
        Q.description("a tan polo shirt with three buttons", "unsupported"),
        Q.details("it has a collar"),
        Q.material("cotton"),
        gender="Men",
        title="Marks & Spencer Men Khaki Solid Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Khaki",
    ),
    # Photo: black tee with a white guitar-and-soundwave graphic; the model holds an acoustic guitar.
    # All texts: base BLIP-2 zero-shot; the details answer is about the prop.
    case(
        "X1344-037",
        caption("a man holding a guitar wearing a black t-shirt"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.details("he is holding a guitar", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Bewakoof Men Black Music Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: pale peach formal shirt, grey trousers, white backdrop.
    # All texts: base BLIP-2 zero-shot; "pink" in the caption accepted, "white" (color, wearing) is the backdrop's.
    case(
        "X1344-038",
        caption("a man in a pink shirt and grey pants"),
        Q.wearing("a white shirt and grey pants", "contradiction"),
        Q.garment_type("dress shirt"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        Q.description("a light pink shirt"),
        gender="Men",
        title="Raymond Men Peach Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
    ),
    # Photo: white tee with a large astronaut graphic, black joggers.
    # All texts: base BLIP-2 zero-shot; the description loops to the limit.
    case(
        "X1344-039",
        caption("a man in a white t-shirt with an astronaut on it"),
        Q.wearing("a white t-shirt and black pants"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "white t-shirt with an astronaut on it, astronaut on it, astronaut on it, astronaut on it, astronaut on"
            " it, astronaut",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Huetrap Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: white linen shirt with a mandarin collar, beige trousers.
    # All texts: base BLIP-2 zero-shot; "cotton" against the title's linen.
    case(
        "X1344-040",
        caption("a man in a white linen shirt"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("cotton", "contradiction"),
        Q.description("a white shirt with a chinese collar"),
        Q.details("mandarin collar"),
        gender="Men",
        title="Hancock Men White Mandarin Collar Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: sea green slim polo with a self collar and three buttons, white chinos.
    # All texts: base BLIP-2 zero-shot; the white collar is invented.
    case(
        "X1344-041",
        caption("a man wearing a green polo shirt"),
        Q.wearing("green polo shirt and white pants"),
        Q.garment_type("polo"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("the polo shirt is green with a white collar", "unsupported"),
        Q.details("three buttons"),
        title="Basics Men Sea Green Slim Fit Solid Polo Collar T-shirt",
        color="Sea Green",
    ),
    # Photo: orange crew-neck tee, white shorts.
    # All texts: base BLIP-2 zero-shot; the caption gives the tee the shorts' white, the sleeve answer invents a
    # measure, the description adds the shorts' white to the tee.
    case(
        "X1344-042",
        caption("a man in a white t-shirt and white shorts", "other_garment_color"),
        Q.wearing("orange t shirt and white shorts"),
        Q.color("orange"),
        Q.sleeve_length("about 6 inches", "unsupported"),
        Q.material("cotton"),
        Q.description("the t-shirt is orange and white", "other_garment_color"),
        gender="Men",
        title="United Colors of Benetton Men Orange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: flat lay, green pique polo, green crocodile logo on the chest. No person.
    # All texts: base BLIP-2 zero-shot, in the web alt-text style it learnt; the size in the description is invented.
    case(
        "X1344-043",
        caption("lacoste men's classic fit polo shirt - green"),
        Q.wearing("a green polo shirt"),
        Q.garment_type("polo"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.material("pique"),
        Q.description("lacoste men's classic fit polo shirt - green - size xl", "unsupported"),
        Q.details("a crocodile logo on the chest"),
        gender="Men",
        title="Lacoste Men Green Classic Fit Cotton Pique Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: small grey and white gingham check shirt, chest pocket, blue jeans.
    # All texts: base BLIP-2 zero-shot; the checks are called stripes twice.
    case(
        "X1344-044",
        caption("a man in a grey shirt and blue jeans"),
        Q.wearing("grey shirt and jeans"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a grey striped shirt", "contradiction"),
        Q.details("it has buttons on the front and a pocket"),
        Q.material("cotton"),
        gender="Men",
        title="Indian Terrain Men Grey & White Slim Fit Gingham Checked Casual Shirt",
        category="Shirts",
        color="Grey",
    ),
    # Photo: black shirt with a tiny white dot print, black jeans. Product page: 100% cotton.
    # All texts: base BLIP-2 zero-shot; "rayon" is a guess the page contradicts.
    case(
        "X1344-045",
        caption("a man in a black shirt and black jeans"),
        Q.wearing("a black shirt and black pants"),
        Q.color("black"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long"),
        Q.description("a black shirt with white dots"),
        Q.material("rayon", "unsupported"),
        gender="Men",
        title="Mufti Men Black Slim Fit Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Black",
    ),
]
