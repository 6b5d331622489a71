"""BLIND_683 (46 products; Myntra men's tees, polos, sweats; base BLIP-2): written blind in the fifty-fourth session.
Measured blind at 816d542 (the session's fourth rules): 109/128 failures found (85.2%) and 7/187 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra-like men's topwear feed (article types Tshirts, which holds the polos too, and Sweatshirts, which
holds the hoodies), one catalog photo per product: the model wears the labelled top with jeans, joggers or shorts,
mostly on a white studio backdrop, some on grey, a few with props (stool, skateboard, water bottle, a white cube),
one shot from the back. Catalog columns as the feed has them: title, category, color, gender; two rows lack gender,
one lacks color, one lacks category. One seller color is wrong for the photo (X683-031: "Brown" on a maroon polo).

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy, no adapter.
Captions and open answers are free generation (50 / 30 new tokens) with the experiments' questions: What is he
wearing?, What is the color of the shirt / jeans / pants / shorts / sweatshirt / hoodie?, What is the shirt color?,
Describe the shirt., What are the shirt / jeans details?, What material is the garment made of?. Closed answers
(garment type, color, pattern, sleeve length, "Is this a polo shirt?") come from enrich's --engine reference,
which ranks a candidate list and picks one value, so they never loop or stop short. The base model is terse and
mostly stops on its own; its habits here: one color for both garments (the bottom's color given to the top or the
reverse), invented details (zippers, hoods, back prints, logos, fabrics), a woman/she for men with long hair or a
pastel top, now and then the prompt format continued ("Question: ... Answer:"), a phrase repeated until the token
limit, a long caption-like answer cut at 30 tokens, the question's own words given back.

Labeling conventions and judgement calls:
- other_garment_color only on open answers: the asked garment is given the color of another visible garment (the
  bottoms, the inner tee of a layered look, a beanie). A closed color or type that picks another garment's value
  is labelled contradiction (the seller's column and the other texts contradict it), and so is a caption or a
  "What is he wearing?" answer that gives the bottoms the top's color ("a red hoodie and red sweatpants").
- Coarse-group synonyms count as right: navy/dark blue for Navy Blue, red for Maroon, pink for Peach, grey for Grey
  Melange, white for Off White/cream, khaki for Beige bottoms. A neighbouring-group color (black for Charcoal,
  white for Beige, brown for Rust, purple for Burgundy) is labelled contradiction.
- Where the seller's color is wrong for the photo (X683-031) the text that matches the photo is correct.
- A multicolour answer ("blue and white" for a striped tee, "red and black" for a raglan) is correct when every
  color named is on the asked garment.
- unsupported: a detail not visible or not true in the photo (a zipper on a pullover, a back print on a front view,
  a white collar on an all-red polo), and fabric claims beyond plain "cotton" for a jersey/fleece top ("100% cotton,
  machine washable", "dri-fit polyester", "linen", "wool", "denim", "leather"). Plain "cotton" is correct.
- non_answer: a one-word or yes/no answer to an open question, a bare noun, or a tautology that says nothing ("the
  shorts are short", "the hoodie has a hood"). restated: the question's own words turned back into a sentence
  ("the shirt is a shirt", "the shirt color is the color of the shirt", "it's a sweatshirt" to Describe).
- loop: a phrase repeating to the token limit (hit_limit=True); a loop that also invents a detail is labelled loop.
- cut: stops mid-phrase at the limit (hit_limit=True), even where the words before the cut are right.
- leak: any "Question:" / "Answer:" continuation, whether or not the first words were right.
- pronoun: "she"/"woman" for a Men row; only one failure label per text, the pronoun wins over a right garment.
- A short but true answer ("a hoodie", "stripes") is correct, not non_answer, when it answers the question asked.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

Q = BLIND_QUESTIONS
shirt_color = question("shirt_color", "What is the shirt color?", "open")


def worn(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_683 = [
    # photo: navy blue solid crew-neck tee, light-wash blue jeans, white sneakers, white backdrop, front view, hands
    # in pockets; all texts base BLIP-2 (closed via reference engine)
    case(
        "X683-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        worn("a blue t-shirt and jeans"),
        col("shirt", "blue"),
        col("jeans", "blue"),
        details("shirt", "the shirt is a crew neck t-shirt with short sleeves"),
        details("jeans", "the jeans have a pocket on the back", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.pattern("striped", "contradiction"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white pique polo with thin navy tipping on the collar, small embroidered logo on the chest, navy chino
    # shorts, white backdrop, front view; base BLIP-2
    case(
        "X683-002",
        caption("a man in a white polo shirt and blue shorts"),
        worn("a white polo shirt and blue shorts"),
        col("shirt", "blue", "other_garment_color"),
        col("shorts", "blue"),
        is_a("polo shirt", "yes"),
        Q.pattern("solid"),
        details("shirt", "the shirt has a collar and a button placket with a logo on the chest"),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt, black joggers, white sneakers, white backdrop, front view; base
    case(
        "X683-003",
        caption("a man wearing a grey sweatshirt and black pants"),
        worn("a sweatshirt and joggers"),
        col("sweatshirt", "grey"),
        col("pants", "grey", "other_garment_color"),
        describe("sweatshirt", "grey Question: What is the color of the pants? Answer: black", "leak"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("hoodie", "contradiction"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black crew-neck tee with white "NEVER SETTLE" text across the chest, blue ripped jeans, white backdrop,
    # front view; base BLIP-2
    case(
        "X683-004",
        caption("a man wearing a black t-shirt with the words never settle on it"),
        worn("a black t-shirt and black jeans", "contradiction"),
        col("shirt", "black and white"),
        details("jeans", "ripped jeans"),
        describe(
            "shirt",
            "the shirt is black with white letters that say never settle never settle never settle never settle "
            "never settle never settle never settle",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        is_a("polo shirt", "no"),
        title="WROGN Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive green polo with a black collar, khaki cotton shorts, white backdrop, front view; base BLIP-2
    case(
        "X683-005",
        caption("a man in a green polo shirt and khaki shorts"),
        worn("she is wearing a green polo shirt and shorts", "pronoun"),
        col("shirt", "green"),
        col("shorts", "green", "other_garment_color"),
        Q.garment_type("polo shirt"),
        Q.color("olive"),
        details("shirt", "the shirt has a black collar"),
        Q.material("the shirt is made of 100% organic cotton", "unsupported"),
        title="Highlander Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon pullover hoodie, white drawstrings, kangaroo pocket, no zipper; grey joggers; white backdrop,
    # three-quarter view; base BLIP-2
    case(
        "X683-006",
        caption("a man in a red hoodie and red sweatpants", "contradiction"),
        worn("a hoodie"),
        col("hoodie", "maroon"),
        col("pants", "maroon", "other_garment_color"),
        describe("hoodie", "the hoodie has a zipper on the front", "unsupported"),
        is_a("sweatshirt", "yes"),
        Q.sleeve_length("long sleeve"),
        title="Jack & Jones Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: white tee with even horizontal navy stripes (breton), dark indigo jeans rolled at the hem, white
    # backdrop, front view; base BLIP-2
    case(
        "X683-007",
        caption("a man wearing a striped shirt and jeans"),
        worn("a striped shirt and jeans Question: what is the color of the shirt? Answer: blue", "leak"),
        col("shirt", "blue and white"),
        col("jeans", "blue"),
        Q.pattern("solid", "contradiction"),
        details("shirt", "stripes"),
        describe(
            "shirt",
            "the shirt is a white t-shirt with navy blue horizontal stripes and a round neck and short sleeves "
            "and it is worn with a pair of dark blue jeans that are",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans are rolled up at the bottom"),
        title="Flying Machine Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard yellow tee with a small black chest print, black track joggers with white side stripes, white
    # backdrop, front view; base BLIP-2
    case(
        "X683-008",
        caption("a man wearing a yellow t-shirt and black pants"),
        worn("yellow shirt and black pants"),
        shirt_color("black", "other_garment_color"),
        col("pants", "black with white stripes"),
        Q.garment_type("t-shirt"),
        Q.color("black", "contradiction"),
        Q.material("the shirt is made of 100% cotton and is machine washable", "unsupported"),
        title="HRX by Hrithik Roshan Men Mustard Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal grey long-sleeve henley tee, three-button placket, no collar; mid-blue jeans; white backdrop,
    # front view; base BLIP-2
    case(
        "X683-009",
        caption("a man wearing a grey long sleeve shirt and jeans"),
        worn("she is wearing a long sleeve shirt", "pronoun"),
        col("shirt", "black", "contradiction"),
        Q.sleeve_length("long sleeve"),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        details("shirt", "the shirt has buttons on the front"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Roadster Men Charcoal Grey Solid Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black crew sweatshirt with a large white trefoil logo on the chest, light grey joggers, white backdrop,
    # front view; base BLIP-2
    case(
        "X683-010",
        caption("a man wearing a black sweatshirt with a white logo"),
        worn("a black sweater and grey pants"),
        col("sweatshirt", "black"),
        col("pants", "black", "other_garment_color"),
        Q.pattern("graphic"),
        details(
            "sweatshirt",
            "the adidas logo is on the front of the sweatshirt and the adidas logo is on the front of the "
            "sweatshirt and the adidas logo is on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.color("grey", "contradiction"),
        title="Adidas Originals Men Black Trefoil Crew Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: all-red polo (red collar too, tiny white logo), dark blue jeans, man sitting on a wooden stool, grey
    # backdrop; base BLIP-2
    case(
        "X683-011",
        caption("a man in a red polo shirt sitting on a stool"),
        worn("red polo shirt and jeans"),
        col("shirt", "red"),
        col("jeans", "red", "other_garment_color"),
        describe("shirt", "it is a red polo shirt with a white collar", "unsupported"),
        is_a("polo shirt", "yes"),
        details("shirt", "the shirt has a collar Answer: the shirt has a collar", "leak"),
        title="United Colors of Benetton Men Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: light sky-blue crew-neck tee, white cotton shorts, white backdrop, front view; row has no gender; base
    case(
        "X683-012",
        caption("a man in a light blue t-shirt and white shorts"),
        col("shirt", "white", "other_garment_color"),
        col("shorts", "white"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Basics Men Blue Solid Slim Fit T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: pink pique polo with a small flag logo on the chest, visible pique texture, navy jeans, white backdrop;
    # base BLIP-2
    case(
        "X683-013",
        caption("a man wearing a pink shirt and blue jeans"),
        worn("she is wearing a pink shirt and jeans", "pronoun"),
        col("shirt", "pink"),
        details("shirt", "the shirt has a small logo on the chest"),
        details("jeans", "the jeans have a button fly and a red tab on the back pocket", "unsupported"),
        Q.material("cotton pique"),
        shirt_color("white", "contradiction"),
        title="Tommy Hilfiger Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: grey zip-up hoodie worn open over a plain white crew tee, blue jeans, white backdrop, front view; base
    case(
        "X683-014",
        caption("a man wearing a grey hoodie over a white t-shirt"),
        worn("a hoodie, a t-shirt and jeans"),
        col("hoodie", "white", "other_garment_color"),
        col("shirt", "white"),
        Q.garment_type("t-shirt", "contradiction"),
        details("hoodie", "the hoodie has a zipper and a hood"),
        describe("hoodie", "the hoodie is a hoodie", "restated"),
        title="Nike Men Grey Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy polo with two white horizontal chest stripes, beige chino shorts, white backdrop; base BLIP-2
    case(
        "X683-015",
        caption("a man in a blue and white striped polo shirt and khaki shorts"),
        worn("a man", "non_answer"),
        col("shirt", "navy blue"),
        col("shorts", "beige"),
        Q.pattern("striped"),
        details(
            "shirt",
            "the shirt has a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is a shirt", "restated"),
        title="Flying Machine Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white crew sweatshirt with a large multicolour floral print on the front, black jeans, white backdrop,
    # front view only; base BLIP-2
    case(
        "X683-016",
        caption("a man wearing a white sweatshirt with flowers on it"),
        worn("she is wearing a sweatshirt with a floral print", "pronoun"),
        col("sweatshirt", "white"),
        col("jeans", "black"),
        Q.pattern("floral"),
        Q.garment_type("hoodie", "contradiction"),
        details("sweatshirt", "the sweatshirt has a floral print on the front and the back", "unsupported"),
        Q.material("wool", "unsupported"),
        title="Difference of Opinion Men White Floral Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: rust orange crew sweatshirt, black jeans, white backdrop, front view; base BLIP-2
    case(
        "X683-017",
        caption("a man wearing an orange sweatshirt and black jeans"),
        col("shirt", "brown", "contradiction"),
        Q.color("orange"),
        col("jeans", "orange", "other_garment_color"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.garment_type("sweatshirt"),
        is_a("sweatshirt", "yes"),
        title="Roadster Men Rust Orange Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black polo worn untucked over black jeans (waist hidden), black shoes, white backdrop; base BLIP-2
    case(
        "X683-018",
        caption("a man wearing a black polo shirt and black jeans"),
        col("shirt", "black"),
        col("jeans", "black"),
        worn("a polo shirt and black pants"),
        details("jeans", "the jeans are slim fit with a zipper fly and five pockets", "unsupported"),
        describe("shirt", "black", "non_answer"),
        title="Louis Philippe Sport Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: yellow tee with black "NYC" letters on the chest, mid-blue denim shorts, white backdrop; base BLIP-2
    case(
        "X683-019",
        caption("a man in a yellow t-shirt with the letters nyc on it"),
        worn("a yellow t-shirt and denim shorts"),
        col("shirt", "yellow"),
        col("shorts", "yellow", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        Q.pattern("printed"),
        describe(
            "shirt",
            "the shirt is a yellow t-shirt with the letters nyc printed in black on the front and it is paired "
            "with a pair of blue denim",
            "cut",
            hit_limit=True,
        ),
        title="Kook N Keech Men Yellow NYC Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: teal (blue-green) polo, white jeans, white backdrop, front view; base BLIP-2
    case(
        "X683-020",
        caption("a man in a teal polo shirt and white jeans"),
        col("shirt", "blue"),
        col("jeans", "white"),
        worn("she is wearing a blue shirt and white pants", "pronoun"),
        is_a("polo shirt", "yes"),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Peter England Men Teal Solid Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: colour-block crew sweatshirt (navy upper body, white chest band, red lower panel), grey joggers, white
    # backdrop; base BLIP-2
    case(
        "X683-021",
        caption("a man wearing a blue white and red sweatshirt"),
        col("sweatshirt", "blue white and red"),
        Q.pattern("colour block"),
        col("pants", "blue", "other_garment_color"),
        describe("sweatshirt", "it's a sweatshirt", "restated"),
        details(
            "sweatshirt",
            "the sweatshirt is blue white and red and blue white and red and blue white and red and blue white "
            "and red and blue white",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige crew-neck tee, olive cargo joggers with side pockets, light grey backdrop; base BLIP-2
    case(
        "X683-022",
        caption("a man in a beige t-shirt and green cargo pants"),
        col("shirt", "white", "contradiction"),
        col("pants", "green"),
        details("pants", "the pants have pockets on the sides"),
        worn("t-shirt and cargo pants"),
        describe("shirt", "Question: Describe the shirt. Answer: a beige t-shirt", "leak"),
        Q.color("beige"),
        title="Roadster Men Beige Solid Round Neck T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: purple tee with a patch pocket on the left chest, blue jeans, white backdrop; base BLIP-2
    case(
        "X683-023",
        caption("a man wearing a purple t-shirt and jeans"),
        details("shirt", "the shirt has a pocket on the chest"),
        col("shirt", "purple"),
        col("jeans", "purple", "other_garment_color"),
        Q.garment_type("t-shirt"),
        worn(
            "a purple shirt and jeans Question: What is the color of the shirt? Answer: purple Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Highlander Men Purple Solid Pocket T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: grey melange polo, three-button placket, small cat logo on the chest, black sports shorts with a white
    # cat logo on the left leg, white backdrop; feed row has no color; base BLIP-2
    case(
        "X683-024",
        caption("a man in a grey polo shirt and black shorts"),
        col("shirt", "grey"),
        col("shorts", "grey", "other_garment_color"),
        worn(
            "a grey polo shirt with a puma logo on the left side of the chest and a pair of black shorts with a "
            "white puma logo on the left leg and",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "no", "contradiction"),
        details("shirt", "the shirt has three buttons and a puma logo on the chest"),
        title="Puma Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: black pullover hoodie with white "BROOKLYN" print on the front, no zipper, blue jeans, man holding a
    # skateboard, white backdrop; base BLIP-2
    case(
        "X683-025",
        caption("a man holding a skateboard wearing a black hoodie"),
        worn("a black hoodie and jeans"),
        details("jeans", "the jeans are jeans", "restated"),
        col("hoodie", "black"),
        details("hoodie", "the hoodie has the word brooklyn on the front"),
        col("jeans", "black", "other_garment_color"),
        describe(
            "hoodie",
            "the hoodie is black and has a hood and a pocket on the front and a zipper and a drawstring and a "
            "hood and a pocket and a zipper and",
            "loop",
            hit_limit=True,
        ),
        title="Bewakoof Men Black Brooklyn Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green crew-neck tee, grey joggers, white sneakers, white backdrop; base BLIP-2
    case(
        "X683-026",
        caption("a man in a green t-shirt and grey sweatpants"),
        col("shirt", "green"),
        col("pants", "grey"),
        Q.sleeve_length("short sleeve"),
        Q.color("grey", "contradiction"),
        Q.material("it is made of a breathable dri-fit polyester fabric", "unsupported"),
        worn("he is wearing a green shirt"),
        title="HRX by Hrithik Roshan Men Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: light grey crew sweatshirt with navy varsity "CALIFORNIA" print, no hood, navy joggers, white backdrop
    case(
        "X683-027",
        caption("a man wearing a grey sweatshirt that says california on it"),
        col("sweatshirt", "blue", "other_garment_color"),
        col("pants", "blue"),
        Q.pattern("graphic"),
        details("sweatshirt", "the sweatshirt has a california print on the front and a hood", "unsupported"),
        worn(
            "a grey sweatshirt with the word california printed in blue on the front and a pair of navy blue "
            "jogger pants with a drawstring at the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white tee with a black line drawing of a bicycle on the front, khaki chino shorts, white backdrop,
    # front view only; base BLIP-2
    case(
        "X683-028",
        caption("a man wearing a white t-shirt with a picture of a bicycle on it"),
        worn("a white t-shirt and khaki shorts"),
        col("shirt", "white"),
        col("shorts", "white", "other_garment_color"),
        details("shirt", "the shirt has a bicycle on it"),
        describe("shirt", "the shirt is white with a black bicycle and the words ride more on the back", "unsupported"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Tantra Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy quarter-zip sweatshirt with a white tee collar showing at the neck, khaki joggers, white backdrop
    case(
        "X683-029",
        caption("a man wearing a black sweater and khaki pants", "contradiction"),
        col("sweatshirt", "blue"),
        col("pants", "khaki"),
        details("sweatshirt", "the sweatshirt has a zipper at the neck"),
        describe("sweatshirt", "yes", "non_answer"),
        Q.sleeve_length("long sleeve"),
        worn("he is wearing a sweater and pants Question: what is he wearing? Answer: he is wearing a sweater", "leak"),
        title="Jack & Jones Men Navy Blue Solid Quarter-Zip Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red crew-neck tee with black short raglan sleeves, small black logo on the chest, black joggers,
    # white backdrop; base BLIP-2
    case(
        "X683-030",
        caption("a man in a red and black t-shirt and black pants"),
        col("shirt", "red and black"),
        col("pants", "black"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("colour block"),
        describe("shirt", "the shirt has a v-neck and a puma logo on the sleeve", "unsupported"),
        worn(
            "he is wearing a red t-shirt and black pants. he is wearing a red t-shirt and black pants. he is "
            "wearing a red t-shirt and black",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Red & Black Raglan Sleeve T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: maroon polo (the seller says Brown; the photo is clearly maroon), two-button placket, no visible logo,
    # mid-blue jeans, white backdrop; base BLIP-2
    case(
        "X683-031",
        caption("a man wearing a maroon polo shirt and jeans"),
        col("shirt", "maroon"),
        Q.color("maroon"),
        col("jeans", "blue"),
        details("shirt", "the shirt has two buttons"),
        is_a("polo shirt", "yes"),
        describe("shirt", "the shirt is made by lacoste", "unsupported"),
        title="Basics Men Brown Slim Fit Polo T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: peach crew sweatshirt with a white tee hem showing below it, light-wash jeans, white backdrop; base
    case(
        "X683-032",
        caption("a man in a pink sweatshirt and blue jeans"),
        col("sweatshirt", "white", "other_garment_color"),
        Q.color("pink"),
        worn("she is wearing a pink sweater and jeans", "pronoun"),
        details("jeans", "light wash"),
        Q.material("cotton"),
        title="United Colors of Benetton Men Peach Solid Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: black running tee with a small silver logo, plain black running shorts (no stripes), man holding a
    # water bottle, white backdrop; base BLIP-2
    case(
        "X683-033",
        caption("a man in black shorts and a black shirt holding a water bottle"),
        col("shirt", "black"),
        col("shorts", "black"),
        details("shorts", "the shorts have a white stripe on the side", "unsupported"),
        is_a("t-shirt", "yes"),
        Q.garment_type("shorts", "contradiction"),
        describe("shirt", "no", "non_answer"),
        title="Adidas Men Black Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive pullover hoodie, black jeans, black knit beanie, white backdrop; base BLIP-2
    case(
        "X683-034",
        caption("a man wearing a green hoodie and a black hat"),
        col("hoodie", "black", "other_garment_color"),
        Q.color("olive"),
        Q.garment_type("hoodie"),
        col("jeans", "black Question: What is the color of the hoodie? Answer: green", "leak"),
        details("hoodie", "the hoodie has a hood", "non_answer"),
        title="Roadster Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: royal blue polo with white horizontal stripes, short sleeves, navy track pants with a visible
    # drawstring, hands at his sides, smiling at the camera, white backdrop; base BLIP-2
    case(
        "X683-035",
        caption(
            "a man in a blue and white striped polo shirt and navy blue track pants standing in front of a white "
            "background with his hands at his sides and looking at the camera with a smile on his face and his",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeve", "contradiction"),
        col("shirt", "blue and white"),
        col("pants", "blue"),
        details("pants", "the pants have a drawstring"),
        shirt_color("the shirt color is the color of the shirt", "restated"),
        title="Classic Polo Men Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark green crew sweatshirt with two thin white chest stripes, cream joggers, white sneakers, no hat,
    # man sitting cross-legged on the floor, white backdrop; base BLIP-2
    case(
        "X683-036",
        caption("a man sitting on the floor wearing a green sweatshirt and white pants"),
        col("sweatshirt", "green"),
        col("pants", "green", "other_garment_color"),
        worn("a green sweatshirt and white pants and white shoes and a white hat", "unsupported"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("sweatshirt"),
        title="HRX by Hrithik Roshan Men Green Chest Striped Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: sky-blue crew-neck tee with an all-over palm tree print, white shorts, sunglasses pushed up on the head,
    # white backdrop; base BLIP-2
    case(
        "X683-037",
        caption("a man wearing a blue shirt with palm trees on it and sunglasses"),
        col("shirt", "blue"),
        col("shorts", "white"),
        describe("shirt", "the shirt is a hawaiian shirt with buttons and a collar", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        details("shorts", "the details of the shorts are the shorts details", "restated"),
        Q.material("linen", "unsupported"),
        title="Mast & Harbour Men Blue Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey melange tee with navy neck ribbing, blue jeans, cropped at the knee, white backdrop; row has
    # no gender; base BLIP-2
    case(
        "X683-038",
        caption("a man in a grey t-shirt and jeans"),
        col("shirt", "grey"),
        col("jeans", "grey", "other_garment_color"),
        details("shirt", "the shirt has a blue collar"),
        worn("a grey t-shirt Question: what is the man wearing? Answer: a grey t-shirt and jeans", "leak"),
        details(
            "jeans",
            "the jeans have a zipper and a button and a belt loop and a zipper and a button and a belt loop and a "
            "zipper and a button",
            "loop",
            hit_limit=True,
        ),
        title="Proline Men Grey Melange Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: off-white crew sweatshirt with a small embroidered chest logo, olive joggers, white backdrop; base
    case(
        "X683-039",
        caption("a man wearing a white sweatshirt and green pants"),
        col("sweatshirt", "white"),
        details("pants", "nothing", "non_answer"),
        Q.color("green", "contradiction"),
        describe("sweatshirt", "the sweatshirt is white with a small logo on the chest"),
        Q.material(
            "the sweatshirt is made of a soft cotton blend with a brushed fleece inside for warmth", "unsupported"
        ),
        worn(
            "a white sweatshirt with a small logo on the chest and a pair of green jogger pants with elastic cuffs "
            "at the bottom and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Jack & Jones Men Off White Solid Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: burgundy polo with a navy collar, khaki shorts, hands in pockets, white backdrop; base BLIP-2
    case(
        "X683-040",
        caption("a man wearing a burgundy polo shirt and khaki shorts"),
        col("shirt", "purple", "contradiction"),
        col("shorts", "khaki"),
        details("shirt", "the shirt has a blue collar"),
        worn(
            "a man wearing a burgundy polo shirt and khaki shorts standing in front of a white background with his "
            "hands in his pockets and a",
            "cut",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        shirt_color("khaki", "other_garment_color"),
        title="Louis Philippe Men Burgundy Solid Polo T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: back view: white oversized tee with a large black graphic on the back, black joggers, white backdrop;
    # the front is not visible; base BLIP-2
    case(
        "X683-041",
        caption("the back of a man wearing a white t-shirt with a black design"),
        col("shirt", "white"),
        col("pants", "black"),
        details("shirt", "the shirt has a logo on the front", "unsupported"),
        Q.sleeve_length("short sleeve"),
        Q.color("black", "contradiction"),
        worn("a white t-shirt and black pants"),
        title="Bewakoof Men White Back Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man with long hair in a bun, lavender polo, white jeans, white backdrop; base BLIP-2
    case(
        "X683-042",
        caption("a woman in a purple shirt and white pants", "pronoun"),
        worn("a purple polo shirt and white jeans"),
        col("shirt", "purple"),
        col("jeans", "purple", "other_garment_color"),
        Q.color("lavender"),
        describe("shirt", "she is wearing a purple polo shirt", "pronoun"),
        title="Nike Men Lavender Solid Polo T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: coffee brown crew-neck tee tucked into blue jeans, brown leather belt, white backdrop; base BLIP-2
    case(
        "X683-043",
        caption("a man wearing a brown t-shirt tucked into jeans"),
        col("shirt", "brown"),
        col("jeans", "brown", "other_garment_color"),
        details("jeans", "the jeans have a brown leather belt"),
        shirt_color("what is the shirt color", "restated"),
        Q.material("leather", "unsupported"),
        Q.garment_type("jeans", "contradiction"),
        title="Roadster Men Coffee Brown Solid Round Neck T-shirt",
        category="Tshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: red pullover hoodie, black gym shorts, white sneakers, white backdrop; base BLIP-2
    case(
        "X683-044",
        caption("a man in a red hoodie and black shorts"),
        col("hoodie", "red"),
        col("shorts", "red", "other_garment_color"),
        describe("hoodie", "the hoodie has a zipper and two pockets on the sides", "unsupported"),
        details("shorts", "shorts", "non_answer"),
        worn("a red hoodie and shorts"),
        title="Puma Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey polo with navy bands at the sleeve hems, dark blue jeans, white backdrop; feed row has no category
    case(
        "X683-045",
        caption("a man wearing a grey polo shirt and jeans"),
        col("shirt", "grey"),
        col("jeans", "grey", "other_garment_color"),
        details("shirt", "the shirt has blue stripes on the sleeves"),
        describe(
            "shirt", "the shirt is grey and has a collar and buttons. Question: What is the color of the jeans?", "leak"
        ),
        is_a("polo shirt", "yes"),
        worn("clothes", "non_answer"),
        title="U.S. Polo Assn. Men Grey Solid Polo T-shirt",
        color="Grey",
        gender="Men",
    ),
    # photo: white ringer tee with red trim at the neck and sleeve hems, navy shorts, man seated on a white cube,
    # white backdrop; base BLIP-2
    case(
        "X683-046",
        caption("a man in a white shirt sitting on a white box"),
        col("shirt", "white and red"),
        col("shorts", "blue"),
        Q.pattern("striped", "contradiction"),
        details("shirt", "red trim on the collar and sleeves"),
        Q.material("denim", "unsupported"),
        worn(
            "a white shirt and blue shorts and a white shirt and blue shorts and a white shirt and blue shorts and a "
            "white shirt",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men White Ringer T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
]
