"""BLIND_622 (46 products; Myntra men's winterwear, model shots, base BLIP-2): written blind in the fifty-third session.
Measured blind at 97c0ae7 (the session's third rules): 113/134 failures found (84.3%) and 8/187 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's winterwear (puffer and padded jackets, a parka, a sherpa trucker, a biker
jacket, sweaters and cardigans, sweater vests, hoodies, sweatshirts, thermal tops and sets, overcoats and a trench),
every photo a model shot on the white studio backdrop, mostly front views with one back view and a few side angles.
Most models wear the product over or with other clothes: a t-shirt or shirt under an open jacket, a turtleneck
under a coat, a hoodie under a leather jacket, jeans, chinos or joggers below; a few hold a prop (gloves, a bag, a
cup) or wear a cap, beanie or scarf. Catalog columns are the seller's: title, category (article_type), color
(base_colour), gender; one row has no color, one no gender, one no category, as real feeds have them.

Who wrote what: every caption and every open answer is the untuned base Salesforce/blip2-opt-2.7b, zero-shot,
greedy, 50 new tokens for captions and 30 for answers, prompt "Question: ... Answer:". Its habits here: short
lowercase answers, "t - shirt" spacing, one dark shade read as its neighbour (navy as black, mustard as orange,
olive as brown, charcoal as black), the inner t-shirt's, the turtleneck's or the trousers' color given to the
product, hoods, belts, fur and zippers invented, "she"/"woman" for male models now and then. It usually stops on
the newline, but on "Describe"/"details" prompts greedy decoding sometimes repeats a phrase to the 30-token limit or
runs a list on until the limit cuts it, and a few times it writes the next "Question: ... Answer:" turn itself.
Every closed answer (garment_type, color, pattern, sleeve_length, color_of, is_a) is enrich's --engine reference,
which picks one candidate value: never a loop or a cut, only a right or a wrong pick.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment or item visible in the same photo (inner
  t-shirt, turtleneck, jeans, joggers, a scarf, a carried bag), also when it is given to a part of the product ("a
  yellow jacket with a black hood" when the hood is yellow and the joggers black).
- contradiction: a wrong color that is no other visible item's (a neighbouring shade: navy as black, mustard as
  orange, light pink as red, off-white as beige; or the color of the product's own print), a wrong garment type (a
  sweater or a hoodie for a fleece or padded jacket, pajamas for a thermal set), a wrong pattern or sleeve length,
  including one taken from another garment (the shirt's checks under a sweater, long sleeves under a sweater vest).
- sweater and sweatshirt/hoodie are different types (In-shop classes); a hoodie called a sweatshirt is right (the
  seller files hoodies as Sweatshirts); a cardigan called a sweater is right; "coat" for a pea coat or trench is
  right whatever the seller's category (the In-shop class is jacket/coat).
- thermal tops: the closed garment_type "t-shirt" counts as right (nearest candidate for a long-sleeve thermal
  top); "long underwear", "long johns" and "thermal" in open answers are right.
- unsupported: an invented part or property not in the photo (hood, belt, fur lining, side zipper, elbow patches, a
  tie or a watch not worn, "100% organic cotton", down fill) and a material the photo contradicts (leather for a
  wool coat because the model holds leather gloves, fur for a parka with only a faux-fur trim).
- material answers: a one-word fabric that is visible or plausible for the garment class and not contradicted by the
  title (wool for a knit, cotton or fleece for a sweatshirt, polyester or nylon for a puffer, denim, suede for a
  suede-look bomber) counts as right.
- non_answer: "yes", "no", "nothing", or a single word (a color or the type alone) to an open question that asks
  for a description, details or the outfit. A single-word material answer is a complete answer, not a non_answer.
- restated: the answer only echoes the question's words ("the details of the garment are shown in the picture").
- cut and loop texts that ran to the token limit carry hit_limit=True; a leak that ran on to the limit too.
- when one text has two faults, the label is the dominant one (a loop that also invents a detail is a loop).
- answers are judged against the photo described in the comment; the seller's color is right in every row here.
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

BLIND_622 = [
    # photo: black quilted hooded puffer jacket, zipped, over a grey crew t-shirt (collar shows), blue jeans, white
    # backdrop, front view; base blip2-opt-2.7b wrote the caption and open answers, the reference engine the closed
    case(
        "X622-001",
        caption("a man wearing a black puffer jacket and blue jeans"),
        Q.wearing("a black jacket and a grey t - shirt and blue jeans"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.description("a black puffer jacket with a hood and a fur lining", "unsupported"),
        Q.details(
            "the jacket has a zipper on the front and a hood on the back of the jacket and a zipper on the back of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Roadster Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck cable-knit pullover, white shirt collar showing at the neck, beige chinos, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-002",
        caption("a man wearing a blue sweater and khaki pants"),
        B.color("navy blue"),
        B.pattern("striped", "contradiction"),
        color_of("sweater", "white", "other_garment_color"),
        describe("sweater", "a navy blue sweater with a cable knit pattern"),
        details("sweater", "the sweater has a v-neck", "unsupported"),
        B.material("wool"),
        title="Mast & Harbour Men Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with kangaroo pocket and a black "BROOKLYN" print on the chest, black
    # joggers, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-003",
        caption("a man in a grey hoodie with the word brooklyn on it"),
        Q.wearing("a grey hoodie and black pants Question: what is the color of the hoodie? Answer: grey", "leak"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.description("a grey hoodie with a black print on the front"),
        Q.details(
            "it has a hood and a pocket on the front and a drawstring on the hood and a drawstring on the hood and a"
            " drawstring on the hood",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="HRX by Hrithik Roshan Men Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white long-sleeve crew-neck thermal top worn with the matching white thermal bottoms, barefoot, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-004",
        caption("a man in white long underwear standing in front of a white background"),
        Q.wearing("long johns"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a white thermal top and bottom", "pronoun"),
        Q.details("the details of the garment", "restated"),
        Q.material("it is made of cotton"),
        title="Jockey Men White Solid Thermal Top",
        category="Thermal Tops",
        color="White",
        gender="Men",
    ),
    # photo: tan wool-blend single-breasted overcoat with notch lapels and flap pockets, open over a black turtleneck,
    # black trousers, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-005",
        caption("a man in a tan coat and black turtleneck"),
        B.garment_type("coat"),
        B.color("black", "other_garment_color"),
        color_of("coat", "brown"),
        describe(
            "coat",
            "a long tan coat with a notched lapel, two flap pockets and three buttons on the front and it is worn over"
            " a black turtleneck with",
            "cut",
            hit_limit=True,
        ),
        details("coat", "the coat has a belt and a hood", "unsupported"),
        B.material("wool"),
        title="Louis Philippe Men Tan Wool Blend Overcoat",
        category="Coats",
        color="Tan",
        gender="Men",
    ),
    # photo: plain maroon crew-neck sweatshirt with ribbed cuffs, light blue jeans, white backdrop, slight side
    # angle; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-006",
        caption("a man wearing a brown sweatshirt and jeans", "contradiction"),
        Q.wearing("a red sweatshirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a maroon sweatshirt"),
        Q.details(
            "it has a crew neck and ribbed cuffs and a ribbed hem and ribbed cuffs and a ribbed hem and ribbed cuffs"
            " and a ribbed hem and",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece"),
        title="Roadster Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive sleeveless puffer vest, zipped, over a white full-sleeve henley, black jeans, white backdrop, no
    # hood; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-007",
        caption("a man wearing a green vest and a white shirt"),
        B.garment_type("vest"),
        B.sleeve_length("long", "contradiction"),
        B.color("olive"),
        Q.wearing("a green vest and white shirt"),
        describe("vest", "a green puffer vest with a hood", "unsupported"),
        details("vest", "nothing", "non_answer"),
        title="WROGN Men Olive Green Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard V-neck sweater over a blue-and-white checked shirt (collar and cuffs out), navy trousers, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-008",
        caption("a man wearing a yellow sweater and a blue plaid shirt"),
        Q.wearing("a yellow sweater over a blue shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.description("a yellow v-neck sweater"),
        Q.details(
            "v-neck, long sleeves, ribbed hem, ribbed cuffs, ribbed collar, ribbed cuffs, ribbed collar, ribbed cuffs,"
            " ribbed collar, ribbed cuffs",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool"),
        title="Peter England Men Mustard Solid V-Neck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: black zip-up hoodie worn open over a white t-shirt with a tiger graphic, grey joggers, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-009",
        caption("a man in a black hoodie and a white t - shirt with a picture of a tiger on it"),
        Q.wearing("a black hoodie"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic", "contradiction"),
        Q.description("a black zip up hoodie with a white t - shirt underneath"),
        Q.details("the garment has details", "restated"),
        Q.material("cotton"),
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy quilted padded jacket, zipped to a high stand collar, no hood, no fur, two zip pockets, grey
    # trousers, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-010",
        caption("a man in a blue puffer jacket and grey pants"),
        color_of("jacket", "black", "contradiction"),
        is_a("jacket", "yes"),
        describe("jacket", "the jacket is a navy blue puffer jacket with a hood and a fur collar", "unsupported"),
        details("jacket", "the jacket details are a zipper and two pockets"),
        wearing("he is wearing a blue jacket", who="he"),
        title="Duke Men Navy Blue Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey shawl-collar cardigan with wooden buttons, open over a white t-shirt, dark indigo jeans, no watch or
    # jewellery, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-011",
        caption("a man wearing a grey cardigan and a white shirt"),
        B.garment_type("cardigan"),
        B.color("blue", "other_garment_color"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        B.material("wool"),
        Q.wearing("a grey cardigan, white t - shirt, jeans and a watch", "unsupported"),
        describe(
            "cardigan",
            "a grey cardigan with buttons Question: what is the man wearing? Answer: a grey cardigan",
            "leak",
        ),
        title="Marks & Spencer Men Grey Solid Shawl Collar Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: red pullover hoodie with white drawstrings and a kangaroo pocket, no zip, black jeans, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-012",
        caption("a man wearing a red hoodie with a hood"),
        Q.wearing("she is wearing a red hoodie", "pronoun"),
        Q.color("red"),
        Q.description(
            "a red hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood and"
            " a hood",
            "loop",
            hit_limit=True,
        ),
        Q.details("the hoodie has a drawstring, a kangaroo pocket and a zipper on the side", "unsupported"),
        Q.material("cotton"),
        title="Jack & Jones Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal grey ribbed turtleneck sweater, no zip, black trousers, white backdrop, front view; base model
    # wrote caption and open answers, reference engine the closed ones
    case(
        "X622-013",
        caption("a man in a black turtle neck sweater", "contradiction"),
        B.color("charcoal"),
        B.garment_type("sweater"),
        is_a("turtleneck", "yes"),
        B.material("wool"),
        details("sweater", "the sweater has a zipper on the neck", "unsupported"),
        title="Van Heusen Men Charcoal Grey Turtle Neck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard yellow hooded puffer jacket (hood the same yellow), zip chest pocket, black joggers, white
    # sneakers, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-014",
        caption("a man wearing a yellow jacket and black pants"),
        Q.wearing("an orange jacket and black pants", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("yellow"),
        Q.description("a yellow puffer jacket with a black hood", "other_garment_color"),
        Q.details("the details of the garment are shown in the picture", "restated"),
        Q.material("nylon"),
        title="HRX Men Mustard Yellow Hooded Puffer Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal long-sleeve round-neck thermal top with the matching charcoal thermal bottoms, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-015",
        caption("a man in a grey long sleeve shirt and grey pants"),
        Q.wearing("pajamas", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.description("a grey long sleeve shirt"),
        Q.details(
            "it is a long sleeve shirt with a round neck and a long sleeve shirt with a round neck and a long sleeve"
            " shirt with a round",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Dollar Ultra Men Charcoal Grey Solid Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy crew-neck sweatshirt with a white "CALIFORNIA 1985" varsity print, olive chinos, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-016",
        caption("a man wearing a blue sweatshirt with the words california 1985"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        B.garment_type("hoodie", "contradiction"),
        Q.wearing("a sweatshirt and pants"),
        describe(
            "sweatshirt",
            "the sweatshirt is a navy blue crew neck sweatshirt with the words california 1985 printed in white on the"
            " front and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        B.material("it is made of 100% organic cotton", "unsupported"),
        title="Roadster Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black double-breasted wool pea coat over a grey crew-neck sweater, black trousers, brown leather gloves
    # held in one hand, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-017",
        caption("a man in a black coat holding a pair of gloves"),
        Q.wearing("a black coat and a grey sweater"),
        Q.garment_type("coat"),
        Q.color("grey", "other_garment_color"),
        Q.description("a grey coat with buttons", "other_garment_color"),
        Q.details(
            "the coat has two rows of buttons on the front and two pockets on the front and a collar that can be"
            " turned up to cover the",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="Black coffee Men Black Solid Pea Coat",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: colour-blocked pullover hoodie, white body with navy sleeves and navy hood, grey track pants, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-018",
        caption("a man in a white and blue hoodie"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("color block"),
        Q.wearing("a white hoodie with blue sleeves"),
        Q.description("white", "non_answer"),
        Q.details("Answer: the hoodie has a white body and blue sleeves", "leak"),
        title="Sports52 Wear Men White & Navy Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: off-white crew-neck sweater with a navy and red Fair Isle yoke around chest and shoulders, dark blue
    # jeans, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-019",
        caption("a man wearing a white sweater with a red and blue pattern"),
        B.color("red", "contradiction"),
        B.garment_type("sweater"),
        Q.wearing("sweater", "non_answer"),
        describe("sweater", "the sweater is white with a red and blue fair isle pattern on the chest and shoulders"),
        B.material("wool"),
        details(
            "sweater",
            "the sweater is a white sweater with a red and blue pattern on the front and a red and blue pattern on"
            " the back and a red and blue pattern",
            "loop",
            hit_limit=True,
        ),
        title="Celio Men Off White Self Design Pullover",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: grey padded jacket with an orange inner lining showing at the open collar, black t-shirt under, dark
    # jeans, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-020",
        caption("a man in a blue jacket and black shirt", "contradiction"),
        Q.wearing("a grey jacket, black shirt and jeans"),
        Q.color("grey"),
        Q.description("a grey puffer jacket with an orange lining"),
        Q.details("it has a zipper and a high collar Question: what is the jacket made of? Answer: polyester", "leak"),
        Q.material("the jacket is made of leather", "unsupported"),
        title="Fort Collins Men Grey Padded Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: grey melange half-zip sweatshirt with a stand collar, navy joggers, white backdrop; base model wrote
    # caption and open answers, reference engine the closed ones
    case(
        "X622-021",
        caption("a man in a grey sweatshirt and blue pants"),
        Q.wearing("a grey sweatshirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.description(
            "it is a grey sweatshirt with a zipper on the front and a zipper on the front and a zipper on the front"
            " and a zipper on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("a zipper on the neck"),
        Q.material("cotton"),
        title="Nike Men Grey Melange Half Zip Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: blue denim trucker jacket with a cream sherpa collar, open over a black hoodie (hood down), black jeans,
    # white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-022",
        caption("a man wearing a denim jacket and a black hoodie"),
        B.garment_type("jacket"),
        B.color("black", "other_garment_color"),
        B.material("denim"),
        describe("jacket", "a blue denim jacket with a white fur collar"),
        is_a("hoodie", "yes", "contradiction"),
        wearing("a blue denim jacket over a black hoodie", who="he"),
        title="Levis Men Blue Sherpa Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy long-sleeve thermal top, round neck, grey jeans, white backdrop; the feed row has no color; base
    # model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-023",
        caption("a man in a dark blue long sleeved shirt"),
        Q.wearing("a blue shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.description("a long sleeve shirt"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("wool"),
        title="Jockey Men Navy Thermal Top 2401",
        category="Thermal Tops",
        gender="Men",
    ),
    # photo: beige hooded parka with a faux-fur trim on the hood, open over a black turtleneck, dark jeans, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-024",
        caption("a man in a beige parka with a fur hood"),
        Q.wearing("a jacket"),
        Q.color("khaki"),
        Q.pattern("solid"),
        Q.description("a beige jacket with a black collar", "other_garment_color"),
        Q.details(
            "the jacket has a fur hood and a zipper Question: what is the color of the jacket? Answer: beige", "leak"
        ),
        Q.material("fur", "unsupported"),
        title="Woodland Men Beige Solid Parka Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: olive green crew-neck sweater with horizontal cream stripes, black jeans, hands in pockets, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-025",
        caption("a man in a green and white striped sweater"),
        B.color("green"),
        B.pattern("striped"),
        B.sleeve_length("long"),
        Q.wearing("a brown and white striped sweater and black jeans", "contradiction"),
        describe(
            "sweater",
            "the sweater is green and white striped Question: what is the man wearing? Answer: a green and white"
            " striped sweater",
            "leak",
        ),
        B.material("cotton"),
        title="Roadster Men Olive Green Striped Pullover",
        category="Sweaters",
        color="Olive",
        gender="Men",
    ),
    # photo: back view of a black pullover hoodie with a large white skull graphic on the back, black jeans, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-026",
        caption("the back of a man wearing a black hoodie with a skull on it"),
        Q.wearing("she is wearing a black hoodie", "pronoun"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.description("the hoodie is black with a white skull on the back"),
        Q.details("a white skull on the back and a zipper on the front", "unsupported"),
        Q.material("the material of the garment is the material", "restated"),
        title="Bewakoof Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey Prince-of-Wales checked overcoat, no belt, over a white shirt, navy trousers, a brown leather bag in
    # hand, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-027",
        caption("a man in a grey coat holding a brown bag"),
        B.garment_type("coat"),
        B.color("brown", "other_garment_color"),
        B.pattern("checked"),
        color_of("coat", "grey"),
        describe(
            "coat",
            "a grey plaid coat with notch lapels and flap pockets worn over a white shirt and navy pants and a brown"
            " leather bag in the right hand and the",
            "cut",
            hit_limit=True,
        ),
        B.material("wool"),
        details("coat", "the coat has a belt", "unsupported"),
        title="Arrow Men Grey Checked Overcoat",
        category="Coats",
        color="Grey",
        gender="Men",
    ),
    # photo: light pink plain crew-neck sweatshirt, white jeans, white backdrop; base model wrote caption and open
    # answers, reference engine the closed ones
    case(
        "X622-028",
        caption("a woman wearing a pink sweatshirt and white pants", "pronoun"),
        Q.wearing("a pink sweatshirt and white pants"),
        Q.color("red", "contradiction"),
        Q.description("a pink sweatshirt"),
        Q.details("no", "non_answer"),
        Q.material("cotton"),
        title="United Colors of Benetton Men Pink Solid Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black leather-look biker jacket with silver zips, open over a grey pullover hoodie with the hood out,
    # black jeans, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-029",
        caption("a man in a black leather jacket and grey hoodie"),
        Q.wearing("leather jacket"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.material("leather"),
        Q.description("a black leather jacket with a grey hood", "other_garment_color"),
        Q.details("silver zippers"),
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy quarter-zip sweater (zip at the front of the neck), light blue shirt collar under, khaki
    # chinos, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-030",
        caption("a man wearing a maroon sweater and khaki pants"),
        B.color("burgundy"),
        B.garment_type("sweater"),
        wearing(
            "a red sweater and a pair of khaki pants and a red sweater and a pair of khaki pants and a red sweater and"
            " a pair of",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe("sweater", "a burgundy sweater with a zipper collar"),
        B.material("cotton"),
        details("sweater", "the zipper is on the side", "unsupported"),
        title="Allen Solly Men Burgundy Solid Zip Neck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: red puffer jacket with a stand collar and no hood, black beanie, grey knitted scarf, blue jeans, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-031",
        caption("a man wearing a red jacket, black hat and grey scarf"),
        Q.wearing("a red jacket and a hat"),
        Q.color("red"),
        Q.garment_type("jacket"),
        Q.description("a red puffer jacket with a black hood", "unsupported"),
        Q.details("the jacket has a grey collar", "other_garment_color"),
        Q.material("the garment is made of material", "restated"),
        title="Campus Sutra Men Red Solid Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: pullover hoodie in an olive, brown and black woodland camouflage print, black joggers, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-032",
        caption("a man in a camouflage hoodie and black pants"),
        B.color("olive"),
        B.pattern("floral", "contradiction"),
        B.garment_type("hoodie"),
        Q.wearing("Answer: a camouflage hoodie", "leak"),
        describe(
            "hoodie",
            "the hoodie is a camouflage hoodie with a camouflage hood and camouflage sleeves and a camouflage pocket"
            " and camouflage",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Alcis Men Olive Camouflage Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black polar-fleece full-zip jacket, open over a red t-shirt, grey trousers, white backdrop; base model
    # wrote caption and open answers, reference engine the closed ones
    case(
        "X622-033",
        caption("a man in a black jacket with a red shirt"),
        Q.wearing("a red jacket and grey pants", "other_garment_color"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("red", "other_garment_color"),
        Q.description("it is a garment", "restated"),
        Q.details("it has a zipper"),
        Q.material("fleece"),
        Q.sleeve_length("long"),
        title="Decathlon Quechua Men Black Fleece Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew-neck sweater with a white reindeer and snowflake jacquard and red trim bands, blue jeans,
    # white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-034",
        caption("a man wearing a christmas sweater with reindeer on it"),
        B.color("black", "contradiction"),
        B.pattern("graphic"),
        Q.wearing("she is wearing a blue sweater with reindeer on it", "pronoun"),
        describe("sweater", "a navy sweater with white reindeer and snowflakes and red hearts", "unsupported"),
        B.material("wool"),
        details("sweater", "reindeer, snowflakes, and a santa claus hat", "unsupported"),
        title="Mast & Harbour Men Navy Blue Self Design Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain mustard yellow pullover hoodie (no logo or print), black baseball cap, blue jeans, the model
    # sitting on a wooden stool, white backdrop; base model wrote caption and open answers, reference engine the
    # closed ones
    case(
        "X622-035",
        caption("a man sitting on a stool wearing an orange hoodie and a black hat", "contradiction"),
        Q.wearing("yellow hoodie"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.description("yellow", "non_answer"),
        Q.details("the hoodie has a pocket on the front, a hood and a logo on the chest", "unsupported"),
        Q.material("fleece"),
        title="HRX Men Mustard Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive quilted utility jacket with four flap pockets, snap buttons and a brown corduroy collar, open over
    # a white t-shirt, beige chinos, white backdrop; base model wrote caption and open answers, reference engine the
    # closed ones
    case(
        "X622-036",
        caption("a man wearing an olive jacket and a white shirt"),
        Q.wearing("a brown jacket and beige pants", "contradiction"),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.description("it is a green jacket with pockets"),
        Q.details(
            "the jacket has four pockets on the front, two on the chest and two on the waist, and a corduroy collar"
            " that is brown and a zipper that",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Roadster Men Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey argyle sleeveless V-neck sweater over a white full-sleeve shirt, no tie, navy trousers, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-037",
        caption("a man wearing a grey sweater vest and a white shirt"),
        B.sleeve_length("long", "contradiction"),
        B.pattern("lattice"),
        B.color("white", "other_garment_color"),
        B.garment_type("vest"),
        Q.wearing("a sweater vest and a white shirt and a tie", "unsupported"),
        describe(
            "vest",
            "the vest is grey with a pattern of diamonds in darker grey and white and it has a v-neck and it is worn"
            " over a white shirt with the sleeves",
            "cut",
            hit_limit=True,
        ),
        B.material("wool"),
        title="Peter England Men Grey Argyle Sleeveless Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: black crew-neck sweatshirt with a white trefoil logo on the chest, plain sleeves, black track pants with
    # three white side stripes, white backdrop; base model wrote caption and open answers, reference engine the closed
    case(
        "X622-038",
        caption("a man in a black adidas sweatshirt and black pants"),
        Q.wearing("an adidas sweatshirt"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.description(
            "it is a black sweatshirt with the adidas logo on the front and three white stripes on the sleeves",
            "unsupported",
        ),
        Q.details("adidas logo"),
        Q.material("the material of the garment is made of the material", "restated"),
        title="Adidas Originals Men Black Trefoil Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white puffer jacket with a high collar, no hood, open over a black hoodie, black jeans, white backdrop;
    # base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-039",
        caption("a man in a white puffer jacket"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.wearing("a white jacket and a black hoodie"),
        Q.description("a white puffer jacket with a zipper"),
        Q.details(
            "the jacket has a high collar and elastic cuffs and a zipper that goes all the way up to the collar and"
            " the hem has a drawstring that",
            "cut",
            hit_limit=True,
        ),
        Q.material("down", "unsupported"),
        title="Kook N Keech Men White Solid Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: coffee brown chunky-knit cardigan with toggle buttons, open over a white henley, blue jeans, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-040",
        caption("a man wearing a brown cardigan and jeans"),
        Q.garment_type("cardigan"),
        Q.color("beige", "contradiction"),
        Q.wearing("a brown sweater and blue jeans"),
        Q.description("a white cardigan", "other_garment_color"),
        Q.details("What are the details of the garment?", "restated"),
        Q.material("wool"),
        title="Wrogn Men Coffee Brown Solid Cardigan",
        category="Sweaters",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: navy zip-up hoodie with a white contrast zipper, white t-shirt under, grey jeans, white backdrop; the
    # feed row has no gender; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-041",
        caption("a man wearing a blue hoodie and grey pants"),
        B.color("grey", "other_garment_color"),
        B.garment_type("hoodie"),
        Q.wearing("a blue sweater and grey pants", "contradiction"),
        describe("hoodie", "a navy blue hoodie with a white zipper"),
        details(
            "hoodie",
            "the hoodie has a white zipper and a white zipper and a white zipper and a white zipper and a white"
            " zipper and a white",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # photo: beige belted double-breasted trench coat over a navy crew-neck sweater, grey trousers, white backdrop;
    # the feed row has no category; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-042",
        caption("a man in a trench coat"),
        Q.wearing("a trench coat"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("coat"),
        Q.description("beige", "non_answer"),
        Q.details(
            "the coat has a belt and buttons Question: what is the color of the coat? Answer: the coat is beige"
            " Question: what is",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Celio Men Beige Solid Trench Coat",
        color="Beige",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with a navy-and-white horizontal chest stripe and a small embroidered
    # logo on the chest, navy chinos, side angle, white backdrop; base model wrote caption and open answers,
    # reference engine the closed ones
    case(
        "X622-043",
        caption("a man in a grey sweatshirt with a blue and white stripe"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.wearing("she is wearing a grey sweatshirt", "pronoun"),
        Q.description("sweatshirt", "non_answer"),
        Q.details(
            "the sweatshirt has a logo on the chest and a stripe across the chest and the stripe is blue and white and"
            " the logo is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Grey Melange Striped Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black thermal set, long-sleeve round-neck top and full-length bottoms, side view, hands on hips, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-044",
        caption(
            "a man in a black long sleeved shirt and black leggings standing in front of a white wall with his hands on"
            " his hips and his feet apart and his head turned to the right and his",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("black long underwear"),
        Q.color("black"),
        Q.description("black", "non_answer"),
        Q.details("long sleeves and a zipper on the chest", "unsupported"),
        Q.material("wool"),
        title="Lux Inferno Men Black Thermal Set",
        category="Thermal Set",
        color="Black",
        gender="Men",
    ),
    # photo: tan suede-look bomber jacket with black ribbed collar, cuffs and hem, open over a white t-shirt, black
    # jeans, white backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-045",
        caption("a man wearing a brown jacket and a white t - shirt"),
        B.color("brown"),
        B.garment_type("jacket"),
        color_of("jacket", "the jacket is white", "other_garment_color", kind="open"),
        describe("jacket", "a brown bomber jacket with black cuffs"),
        details("jacket", "yes", "non_answer"),
        B.material("suede Question: what is the jacket made of? Answer: suede", "leak"),
        title="Roadster Men Tan Solid Bomber Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: white cable-knit turtleneck sweater, dark grey trousers, the model holding a white coffee cup, white
    # backdrop; base model wrote caption and open answers, reference engine the closed ones
    case(
        "X622-046",
        caption("a man in a white sweater holding a cup of coffee"),
        Q.wearing("he is wearing a white turtleneck sweater"),
        Q.color("beige", "contradiction"),
        Q.pattern("solid"),
        Q.description("a white cable knit turtleneck"),
        Q.details("the sweater has a turtleneck and leather patches on the elbows", "unsupported"),
        Q.material("cotton"),
        title="H&M Men White Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="White",
        gender="Men",
    ),
]
