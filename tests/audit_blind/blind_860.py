"""BLIND_860 (46 products; Men's sweats, jackets, trackpants; base zero-shot): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 120/130 failures found (92.3%) and 14/187 correct texts flagged
(7.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's winter and sportswear: Sweatshirts (crew necks, half-zips and hoodies, which
Myntra files under Sweatshirts), Jackets (track tops, bombers, puffers, a down vest, a blazer) and Track Pants. Real
catalog shots: a white studio backdrop, a male model (one boy, as the real feed has a kids' row filed under Men)
wearing the product with other clothes (a tee under an open jacket, jeans or track pants under a sweatshirt, a hoodie
over track pants), a few with props (a tennis racket, a stool) or a lower-body crop. Catalog columns: title, category
(the seller's article type), color (the seller's base colour) and gender; two rows lack a column.

Who wrote what: every free text is the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new tokens for the
caption and 30 for answers, prompt "Question: ... Answer:". Its habits: short lowercase answers, often one word even
for "Describe ..." or "What are the details ...", the color of whatever is largest or brightest in the frame (the
jeans, the tee under an open jacket, a logo), "she" for a man now and then, invented hoods, zippers, hats and
materials, and now and then it keeps going past its answer (runs on until the token limit, repeats a phrase, or
writes the next "Question: ... Answer:" itself). Closed answers (garment type, color, pattern, sleeve length, the
yes/no "Is this a ...?") come from enrich's --engine reference, which ranks candidate values with the same base
model: they are always one clean candidate, never cut or looped, but can pick the wrong candidate.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment that is in the photo (jeans, the tee under
  an open jacket, the hoodie worn over the track pants), closed or open. A wrong color that matches no other
  garment (a logo's, a trim's, a panel's own color) is a contradiction instead.
- contradiction: a wrong closed value (garment type, pattern, sleeve length, yes to "Is this a ...?") that the
  photo, the title or the seller's category contradicts; a garment type naming the other garment worn is also a
  contradiction, since only colors have their own kind.
- unsupported: something that is not in the photo (a hood on a crew neck, fur trim, a hat, a tie, a dog in a print,
  stripes on a plain leg), or a material the garment plainly is not (leather, denim, silk, wool for fleece).
- non_answer: one word or a bare yes to an open question ("black", "zipper", "a hoodie", "yes"), or the question's
  own words back ("they are pants"). restated: the answer is the question turned into a sentence ("the jacket is a
  jacket", "the details of the garment are the details").
- pronoun: "she" or "woman" for a man's product, in an answer or the caption.
- loop and cut always ran to the token limit (hit_limit=True). An answer that is cut and also invents something
  is labelled cut; a leak that carries a correct answer is still a leak.
- Seller color versus photo: "red" for Maroon, "beige" for Khaki, "blue" for Navy Blue, "grey" for Grey Melange are
  correct. The Turtle jacket whose title says Black and whose color column says Grey looks near-black in the photo:
  "black" is labelled correct there. A down vest filed under Jackets answered "vest" is correct.
- Short but true answers ("grey pants", "the jacket is blue", "black pants") are correct, not non_answers, when they
  are at least two words and describe the product.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
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


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_860 = [
    # photo: black crew-neck sweatshirt, plain, worn with mid-blue jeans, white backdrop, front view; all texts base
    # model zero-shot, closed ones by the reference engine
    case(
        "X860-001",
        caption("a man wearing a black sweatshirt and blue jeans"),
        D.wearing("a black hoodie and blue jeans", "contradiction"),
        Q.color("black"),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid"),
        D.description("black", "non_answer"),
        Q.material("cotton"),
        title="Nike Men Casual Black Sweatshirts",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt with a large black adidas trefoil print on the chest, black track pants,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-002",
        caption("a man wearing a grey adidas sweatshirt"),
        he("she is wearing a grey sweatshirt with a black logo", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        details("sweatshirt", "the adidas logo on the chest"),
        Q.sleeve_length("long sleeve"),
        title="ADIDAS Men Printed Grey Sweatshirts",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy full-zip fleece hoodie with a white nike swoosh, worn open over a white t-shirt, grey track pants,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-003",
        caption("a man in a blue hoodie and grey pants"),
        D.wearing("a navy blue hoodie over a white t-shirt"),
        color_of("hoodie", "white", "other_garment_color"),
        Q.garment_type("hoodie"),
        is_a("hoodie", "yes"),
        describe("hoodie", "a navy blue hoodie with a zipper and a white nike logo"),
        Q.material("fleece"),
        D.details("the hoodie has a fur lined hood and two buttons on the front", "unsupported"),
        title="Nike Men AS Squad Fleece FZ Hoody Navy Blue Sweatshirts",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive crew sweatshirt with a small puma cat logo, khaki chinos, white backdrop, three-quarter side view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X860-004",
        caption("a man wearing a green sweatshirt and khaki pants"),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        describe("sweatshirt", "a green sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        D.details("the sleeves", "non_answer"),
        Q.sleeve_length("long sleeve"),
        title="Puma Men Solid Olive Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon crew sweatshirt with ribbed cuffs and hem, blue jeans, white backdrop, front view; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X860-005",
        caption("a man wearing a maroon sweatshirt"),
        Q.color("red"),
        Q.pattern("solid"),
        wearing("a red sweatshirt and blue jeans", who="the man"),
        D.details("the sweatshirt has ribbed cuffs and a ribbed hem"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Status Quo Men Solid Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light grey pullover hoodie, plain, worn by a man with black joggers, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X860-006",
        caption("a man in a grey hoodie standing in front of a white wall"),
        he("a grey hoodie"),
        Q.color("grey"),
        is_a("hoodie", "yes"),
        describe(
            "hoodie",
            "grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Urban Yoga Unisex Solid Grey Sweatshirts",
        category="Sweatshirts",
        color="Grey",
        gender="Unisex",
    ),
    # photo: navy crew sweatshirt with a yellow-and-black bat symbol printed on the chest, grey jeans, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-007",
        caption("a man wearing a batman sweatshirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("graphic"),
        describe("sweatshirt", "a blue sweatshirt with a batman logo on the front"),
        D.details(
            "batman logo, batman logo, batman logo, batman logo, batman logo, batman logo, batman logo, batman",
            "loop",
            hit_limit=True,
        ),
        he("he is wearing a batman sweatshirt"),
        title="Batman Men Batman Navy Blue Sweatshirts",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew sweatshirt with a white levi's batwing print and a small red tab, blue jeans, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-008",
        caption("a man wearing a black sweatshirt with the levi's logo"),
        color_of("sweatshirt", "blue", "other_garment_color"),
        D.wearing("a black sweatshirt"),
        D.description(
            "a black sweatshirt with a white logo printed on the front. the logo is a red and white logo that says",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Levis Men Printed Black Sweatshirts",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: purple crew sweatshirt, beige chinos, white sneakers, white backdrop, full-length front view; base model
    # zero-shot, closed answers by the reference engine
    case(
        "X860-009",
        caption("a man wearing a purple sweatshirt and beige pants"),
        Q.color("purple"),
        he("a purple sweatshirt, beige pants and white sneakers"),
        describe("sweatshirt", "it is a sweatshirt", "restated"),
        Q.material("cotton"),
        Q.garment_type("sweatshirt"),
        Q.pattern("floral", "contradiction"),
        D.details("the details of the garment", "restated"),
        title="United Colors of Benetton Men Solid Purple Sweatshirt",
        category="Sweatshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: red crew sweatshirt with a small navy embroidered polo-player logo, dark blue jeans, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-010",
        caption("a man in a red sweatshirt with a blue logo"),
        Q.color("navy blue", "other_garment_color"),
        D.details("the logo is embroidered on the chest"),
        he("she is wearing a red sweatshirt and jeans", "pronoun"),
        Q.pattern("solid"),
        is_a("hoodie", "no"),
        D.description("a red sweatshirt with a hood and a zipper on the front", "unsupported"),
        title="U.S. Polo Assn. Men Solid Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: white crew sweatshirt with SEATTLE embroidered in navy letters, black jeans, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X860-011",
        caption("a man wearing a white sweatshirt with the word seattle on it"),
        color_of("sweatshirt", "black", "other_garment_color"),
        D.description("white", "non_answer"),
        D.details("embroidered lettering on the front"),
        Q.material("denim", "unsupported"),
        Q.sleeve_length("long sleeve"),
        he("she is wearing a white sweatshirt and black jeans", "pronoun"),
        title="Wrangler Men Seattle Embro White Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: bottle-green crew sweatshirt with a white "FM 1980" print on the chest, blue jeans, white backdrop,
    # front view only; base model zero-shot, closed answers by the reference engine
    case(
        "X860-012",
        caption("a man wearing a green sweatshirt with a white print"),
        he("she is wearing a green sweatshirt and jeans", "pronoun"),
        Q.color("green"),
        Q.pattern("striped", "contradiction"),
        details("sweatshirt", "the print says flying machine 1980 and there is a skull on the back", "unsupported"),
        is_a("sweatshirt", "yes"),
        title="Flying Machine Men Printed Green Sweatshirts",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: grey melange half-zip sweatshirt with a black nike swoosh, black track pants, white backdrop, front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X860-013",
        caption("a man in a grey sweatshirt and black pants"),
        Q.color("grey"),
        D.wearing("a grey sweatshirt Question: What is the color of the pants? Answer: black", "leak"),
        describe("sweatshirt", "a grey sweatshirt with a zipper at the neck and a black nike swoosh"),
        Q.garment_type("track pants", "contradiction"),
        D.material("fleece"),
        is_a("hoodie", "yes", "contradiction"),
        title="Nike Men Zip Grey Sweatshirts",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon pullover hoodie with white drawstrings and a kangaroo pocket, hands in the pocket, blue jeans,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-014",
        caption("a man wearing a maroon hoodie with his hands in his pockets"),
        is_a("hoodie", "yes"),
        Q.color("maroon"),
        describe("hoodie", "a hoodie", "non_answer"),
        details("hoodie", "white drawstrings and a kangaroo pocket"),
        he(
            "a hoodie and jeans he is wearing a hoodie and jeans he is wearing a hoodie and jeans he is wearing a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Myntra Men Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy hooded rain jacket, zipped, white three stripes on the sleeves, black track pants, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-015",
        caption("a man wearing a blue adidas jacket"),
        Q.color("navy blue"),
        D.wearing("a blue jacket and black pants"),
        describe("jacket", "a blue jacket with white stripes on the sleeves and a hood"),
        Q.material("leather", "unsupported"),
        Q.garment_type("jacket"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.details(
            "white stripes on the sleeves and a white adidas logo on the chest and a white zipper and white pockets",
            "cut",
            hit_limit=True,
        ),
        title="ADIDAS Men Ess 3s Rainjkt Navy Blue Jackets",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey quilted puffer jacket zipped to the chin, no hood, blue jeans, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X860-016",
        caption("a man in a grey puffer jacket"),
        Q.color("grey"),
        D.description("a grey jacket with a hood and fur trim", "unsupported"),
        D.details("the jacket is a jacket", "restated"),
        Q.pattern("solid"),
        he("a grey jacket and jeans"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        title="Status Quo Men Solid Grey Jackets",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: royal blue nylon bomber jacket, open, black-and-white striped ribbing at collar and cuffs, small white
    # printed patch on the chest, white t-shirt under it, black jeans, white backdrop; base model zero-shot, closed
    # answers by the reference engine
    case(
        "X860-017",
        caption("a man wearing a blue jacket and a white t - shirt"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jacket"),
        describe("jacket", "a blue bomber jacket with striped ribbing on the collar and cuffs"),
        he("a blue jacket"),
        Q.material("nylon"),
        D.details("the jacket", "non_answer"),
        title="Status Quo Men Printed Blue Jackets",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: red windcheater with black shoulder panels and a black hood, worn over a grey tee, black pants, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-018",
        caption("a man in a red and black jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("color block"),
        D.wearing("a red jacket with a black hood and black pants and a black backpack", "unsupported"),
        details("jacket", "Question: What are the jacket details? Answer: the jacket is red and black", "leak"),
        is_a("jacket", "yes"),
        title="Status Quo Men Printed Red Jackets",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: grey track jacket, full zip, stand collar, white three stripes on the sleeves, open over a white tee,
    # blue jeans, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-019",
        caption("a man wearing a grey jacket and blue jeans"),
        color_of("jacket", "blue", "other_garment_color"),
        Q.garment_type("jacket"),
        D.description("grey", "non_answer"),
        Q.sleeve_length("long sleeve"),
        Q.material("polyester"),
        he("she is wearing a grey jacket and blue jeans", "pronoun"),
        title="ADIDAS Men Solid Grey Jackets",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: white track jacket with black three stripes and a black trefoil, open over a black tee, black track
    # pants, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-020",
        caption("a man in a white adidas jacket and black pants"),
        Q.color("black", "other_garment_color"),
        he("a white jacket with black stripes, a black t-shirt and black pants"),
        describe(
            "jacket",
            "a white jacket with black stripes on the sleeves and a black adidas logo on the chest and a black zipper",
            "cut",
            hit_limit=True,
        ),
        is_a("hoodie", "no"),
        Q.garment_type("jacket"),
        D.details("stripes", "non_answer"),
        title="ADIDAS Men White Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: maroon track jacket zipped up, white stripes on the sleeves, grey track pants, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-021",
        caption("a woman wearing a maroon jacket and grey pants", "pronoun"),
        Q.color("maroon"),
        D.wearing("a maroon jacket and grey pants"),
        D.details("the jacket has a zipper and white stripes on the sleeves"),
        Q.material("polyester"),
        Q.garment_type("sweatshirt", "contradiction"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        title="ADIDAS Men Solid Maroon Jackets",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: green quilted down vest (sleeveless), no hood, over a grey long-sleeve tee, black pants, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-022",
        caption("a man wearing a green vest and black pants"),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.garment_type("vest"),
        Q.color("green"),
        D.description("a green vest with a grey shirt underneath"),
        D.material("down"),
        he("he is wearing a green vest with a hood and a fur collar", "unsupported"),
        title="Puma Men Rime Down Vest Green Jackets",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: navy track jacket with light-blue piping and a white swoosh, white shorts, hands on hips, white
    # backdrop; base model zero-shot, closed answers by the reference engine
    case(
        "X860-023",
        caption("a man in a blue nike jacket and white shorts"),
        color_of("jacket", "white", "other_garment_color"),
        he("a jacket and shorts"),
        describe("jacket", "the jacket is blue"),
        D.details("yes", "non_answer"),
        is_a("jacket", "yes"),
        Q.material("wool", "unsupported"),
        title="Nike Men Football Soccer Navy Blue Jackets",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track jacket with neon-green swoosh, neon-green zip trim, black pants, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-024",
        caption("a man wearing a black jacket with green trim"),
        Q.color("green", "contradiction"),
        D.wearing("a black jacket and black pants"),
        D.description(
            "black jacket with green zipper black jacket with green zipper black jacket with green zipper black jacket",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("nylon"),
        is_a("hoodie", "yes", "contradiction"),
        title="Nike Men Football Soccer Black Jackets",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey hooded thermal jacket, full zip, over a black tee, matching grey track pants, white backdrop, front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-025",
        caption("a man in a grey hoodie and grey sweatpants"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        he("she is wearing a grey jacket and grey pants", "pronoun"),
        D.details("the details of the garment are the details", "restated"),
        D.material("thermal fabric"),
        D.description("a grey jacket with a black hood and black sleeves", "unsupported"),
        title="Nike Men AS Thermal Grey Jackets",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: khaki cotton field jacket with four flap pockets and buttons, no hood, open over a white shirt, dark
    # jeans, white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-026",
        caption("a man wearing a khaki jacket and jeans"),
        Q.color("beige"),
        describe("jacket", "a khaki jacket with four pockets and buttons"),
        D.wearing(
            "a white shirt and jeans and a khaki jacket Question: What is the color of the jacket? Answer: khaki",
            "leak",
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.material("cotton"),
        D.details("the jacket has a fur hood", "unsupported"),
        title="Turtle Solid Men Khaki Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal, near-black harrington jacket with a zip and collar, over a grey tee, black jeans, white
    # backdrop, front view (the seller's color column says Grey, the title Black); base model zero-shot, closed
    # answers by the reference engine
    case(
        "X860-027",
        caption("a man wearing a black jacket and black jeans"),
        Q.color("black"),
        he("a black jacket, a grey t-shirt and black jeans"),
        describe("jacket", "a black jacket with a collar and a zipper"),
        D.details("zipper", "non_answer"),
        Q.pattern("solid"),
        Q.material("suede", "unsupported"),
        title="Turtle Solid Men Black Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: red quilted padded jacket with a navy collar lining, blue jeans, white sneakers, white backdrop,
    # full-length front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-028",
        caption("a man in a red jacket and blue jeans"),
        Q.color("red"),
        D.description("a red jacket with a blue collar"),
        Q.material("denim", "unsupported"),
        he("Question: What is he wearing? Answer: a red jacket", "leak"),
        is_a("jacket", "yes"),
        Q.pattern("plaid", "contradiction"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        title="U.S. Polo Assn. Men Solid Red Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: olive hooded parka-style jacket, open over a black tee, black joggers, white backdrop, front view; base
    # model zero-shot, closed answers by the reference engine
    case(
        "X860-029",
        caption("a man wearing an olive green jacket and black pants"),
        Q.color("black", "other_garment_color"),
        D.wearing("a green jacket and a black t - shirt"),
        describe("jacket", "a green jacket with a hood"),
        D.details(
            "the jacket has a hood with drawstrings, two pockets on the chest, two pockets on the side, a zipper, a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        is_a("sweatshirt", "yes", "contradiction"),
        title="Nike Men Casual Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: white track top with red three stripes on the sleeves and a red trefoil, zipped, blue jeans, white
    # backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-030",
        caption("a man wearing a white adidas jacket with red stripes"),
        Q.color("white"),
        Q.garment_type("jacket"),
        D.description("the garment is a garment", "restated"),
        he("she is wearing a white jacket", "pronoun"),
        is_a("t-shirt", "yes", "contradiction"),
        D.details(
            "the jacket has a zipper on the front and red stripes on the sleeves and a red logo on the chest and red",
            "cut",
            hit_limit=True,
        ),
        title="ADIDAS Originals Men ST FB Track Top White Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: black knit jacket with thin white horizontal stripes, over a white tee, grey trousers, white backdrop,
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-031",
        caption("a man wearing a black and white striped jacket"),
        Q.pattern("striped"),
        Q.color("black"),
        he("a striped jacket and grey pants"),
        D.details(
            "black and white black and white black and white black and white black and white black and white black",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        D.wearing("Question: What is the person wearing? Answer: a striped jacket", "leak"),
        title="United Colors of Benetton Men Stripes Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive bomber jacket, open over a white tee, beige chinos, white backdrop, front view (the feed's row has
    # no color column); base model zero-shot, closed answers by the reference engine
    case(
        "X860-032",
        caption("a man in a green jacket and beige pants"),
        color_of("jacket", "beige", "other_garment_color"),
        describe("jacket", "a green bomber jacket with a zipper"),
        D.wearing("a green jacket, a white t-shirt and beige pants"),
        Q.material("leather", "unsupported"),
        Q.pattern("camouflage", "contradiction"),
        title="U.S. Polo Assn. Men Solid Olive Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: beige cotton blazer with two buttons and notch lapels, over a light blue shirt, no tie, navy trousers,
    # white backdrop, front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-033",
        caption("a man wearing a beige blazer and blue pants"),
        Q.color("blue", "other_garment_color"),
        he("he is wearing a beige blazer, a blue shirt and a tie", "unsupported"),
        D.description("a beige blazer with two buttons and a notch lapel"),
        is_a("blazer", "yes"),
        Q.garment_type("jacket"),
        D.details("the blazer has gold buttons and a pocket square", "unsupported"),
        title="Basics Men Beige Blazer Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: blue track pants with a white stripe down the side, white cricket t-shirt, white shoes, white
    # backdrop, full-length front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-034",
        caption("a man in a white shirt and blue pants"),
        color_of("track pants", "white", "other_garment_color"),
        Q.garment_type("track pants"),
        describe("track pants", "blue track pants with a white stripe"),
        he("white", "non_answer"),
        Q.material("polyester"),
        Q.color("white", "other_garment_color"),
        title="Nike Men Crickt Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with white three stripes down the sides, black tee, white sneakers, no hat, white
    # backdrop, full-length front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-035",
        caption("a man wearing black pants and a black t - shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        details("track pants", "three white stripes down the side and an adidas logo on the thigh"),
        D.wearing("a black shirt and black pants and white shoes and a black hat", "unsupported"),
        is_a("pair of jeans", "no"),
        Q.garment_type("jeans", "contradiction"),
        title="ADIDAS Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: lower-body crop of grey melange track pants, plain, the hem of a white tee at the top, white backdrop;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X860-036",
        caption("a pair of grey sweatpants"),
        Q.color("grey"),
        describe("track pants", "grey pants"),
        details("track pants", "they are pants", "non_answer"),
        Q.material("silk", "unsupported"),
        he("he is wearing grey sweatpants and a white t - shirt"),
        Q.pattern("striped", "contradiction"),
        title="ADIDAS Men Solid Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: dark grey thermal track pants with cuffed ankles, red pullover hoodie, white backdrop, full-length front
    # view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-037",
        caption("a man in a red hoodie and grey sweatpants"),
        Q.color("red", "other_garment_color"),
        D.wearing("a red hoodie and grey sweatpants"),
        Q.garment_type("hoodie", "contradiction"),
        describe("pants", "grey sweatpants with cuffs at the ankles"),
        D.material("fleece"),
        D.description("a red hoodie", "other_garment_color"),
        title="Nike Men AS Thermal Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: black woven tennis pants, white polo t-shirt, white shoes, holding a tennis racket, white backdrop,
    # full-length view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-038",
        caption("a man holding a tennis racket"),
        he("a white shirt and black pants"),
        color_of("pants", "white", "other_garment_color"),
        describe(
            "pants",
            "the pants are black and have a white stripe and a pocket on the back and a zipper on the side and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("nylon"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Nike Men Tennis Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with a white puma cat logo on the thigh, grey t-shirt, white backdrop, full-length
    # front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-039",
        caption("a man wearing a grey t - shirt and blue pants"),
        Q.color("navy blue"),
        D.description("the garment is navy blue"),
        D.details("puma logo on the thigh Question: What is the color of the logo? Answer: white", "leak"),
        he("she is wearing a grey shirt and blue pants", "pronoun"),
        Q.garment_type("track pants"),
        title="Puma Men Heroes Navy Blue Track Pant",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey track pants, black zip hoodie zipped up, black shoes, white backdrop, full-length front view;
    # base model zero-shot, closed answers by the reference engine
    case(
        "X860-040",
        caption("a man in a black hoodie and grey pants"),
        color_of("track pants", "black", "other_garment_color"),
        Q.garment_type("track pants"),
        describe("track pants", "the track pants are track pants", "restated"),
        D.material("cotton"),
        Q.pattern("solid"),
        he("a black hoodie", "other_garment_color"),
        title="Puma Men Lifestyle  Grey Track Pant",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: royal blue track pants with a large white "No.1" puma logo printed on the left thigh, plain leg
    # otherwise, white tee, white backdrop, full-length front view; base model zero-shot, closed answers by the
    # reference engine
    case(
        "X860-041",
        caption("a man wearing blue sweatpants with a white logo"),
        Q.pattern("printed"),
        Q.color("blue"),
        he("blue", "non_answer"),
        details("track pants", "the number 1 and the puma logo printed on the leg"),
        describe("track pants", "blue pants with white stripes on the sides and a red waistband", "unsupported"),
        title="Puma Men No. 1 logo Blue Track Pant",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: black shiny wind pants with zipped ankles, orange t-shirt, white backdrop, full-length front view (the
    # feed's row has no category column); base model zero-shot, closed answers by the reference engine
    case(
        "X860-042",
        caption("a man in an orange shirt and black pants"),
        Q.color("orange", "other_garment_color"),
        D.wearing("an orange t-shirt and black pants"),
        D.description("black pants"),
        Q.material("nylon"),
        D.details("Question: What are the details of the garment? Answer: zippers at the ankles", "leak"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Puma Men Wind Black Track Pant",
        color="Black",
        gender="Men",
    ),
    # photo: black track pants with a small red club crest on the thigh, red manchester united jersey, black shoes,
    # no cap, white backdrop, full-length front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-043",
        caption("a man wearing a manchester united shirt and black pants"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        details("track pants", "the manchester united logo on the leg"),
        he(
            "he is wearing a red manchester united jersey and black track pants and black shoes with red stripes and a",
            "cut",
            hit_limit=True,
        ),
        is_a("track pants", "yes", article="a pair of"),
        title="Manchester United Men Solid Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange joggers with elastic cuffs, plain legs, white tee, white sneakers, sitting on a wooden
    # stool, white backdrop, side view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-044",
        caption("a man sitting on a stool wearing grey sweatpants"),
        Q.color("grey"),
        describe("sweat pants", "grey joggers with elastic cuffs"),
        D.material("cotton"),
        he("a white t - shirt, grey sweatpants and white sneakers"),
        Q.garment_type("track pants"),
        D.details("the pants have a stripe on the side", "unsupported"),
        D.description(
            "grey sweatpants grey sweatpants grey sweatpants grey sweatpants grey sweatpants grey sweatpants grey",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Solid Grey Core Sweat Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: navy track pants with a small white crest on the left leg, grey crew sweatshirt, white backdrop,
    # full-length front view; base model zero-shot, closed answers by the reference engine
    case(
        "X860-045",
        caption("a man wearing a grey sweatshirt and navy blue pants"),
        Q.color("grey", "other_garment_color"),
        he("a grey sweatshirt and dark blue pants"),
        describe("track pants", "navy blue track pants"),
        D.details("the details of the track pants are the pants", "restated"),
        Q.material("cotton and polyester"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Manchester United Men Solid Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a boy in a black crew sweatshirt printed with a red cartoon car and yellow stars, blue jeans, white
    # backdrop, front view (a kids' row filed under Men, as the real feed has it); base model zero-shot, closed
    # answers by the reference engine
    case(
        "X860-046",
        caption("a young boy wearing a black sweatshirt with a car on it"),
        Q.color("black"),
        Q.pattern("graphic"),
        he("she is wearing a black sweatshirt with a car on it", "pronoun"),
        D.description(
            "black sweatshirt with a picture of a car and a dog and a cat and a tree and a house", "unsupported"
        ),
        Q.material("cotton"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        title="Gini and Jony Kids Boys Printed Black Sweatshirts",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
]
