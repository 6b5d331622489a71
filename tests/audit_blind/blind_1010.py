"""BLIND_1010 (46 products; Myntra men's activewear, caption LoRA epoch 2): written blind in the fifty-eighth session.
Measured blind at 37344f5 (the session's sixth rules): 112/126 failures found (88.9%) and 9/167 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's activewear and sportswear (Puma, Nike, Adidas, Reebok, HRX, Proline, Jockey,
Fila, Wildcraft, ASICS, Under Armour, Slazenger): track pants, joggers, training and running t-shirts, polos, a tank,
shorts, tights, sweatshirts, track jackets, windcheaters and two tracksuits. Catalog photos on a white backdrop, the
product worn by a male model who also wears other garments (a t-shirt with track pants, shorts with a t-shirt, a tee
under an open jacket), sneakers often in frame, front view unless the comment says otherwise. Seller columns as a
Myntra feed has them: title, category (article_type), color (base_colour), gender; one row lacks its color, one its
category.

Who wrote what: the caption and every open answer come from the caption LoRA (q_proj/k_proj, r=16) at its epoch-2
checkpoint on blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for answers. Its habits: the
DeepFashion-MultiModal template ("The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with
cotton fabric and its neckline is round."), "cotton fabric" for almost everything, invented accessories ("There is an
accessory on his wrist"), "The lady"/"her" carried over from the mostly-female training photos, answers that drift
back into the caption template, no trained end token so many texts loop or run to the limit, and the
`Question: ... Answer:` prompt echoed because the loss covered the prompt. It still stops on a newline now and then,
as the base OPT model does, so short complete answers exist. Closed answers (garment_type, color, pattern, sleeve
length, color of a named garment stored closed, "Is this a ...?") come from enrich's --engine reference, which ranks
the candidate values with the same model: one clean value each, never looped or cut, but often the wrong candidate
(the other garment's color, a "yes" to a wrong garment, "solid" for a print).

Labeling conventions and judgement calls:
- One failure label per text, the one a reviewer would name first: a loop that also ran to the limit is "loop"
  (hit_limit=True); a template answer with no color to a color question is "non_answer" even if it ran to the limit.
- hit_limit=True marks every text that ran to its 30/50-token limit; all of them carry a failure.
- "other_garment_color": the product (the seller's garment) is given the color of another garment visible in the
  photo (the tee's white for the track pants). A color that no garment in the photo has, or the product's color
  given to the other garment (one color for two garments), is "contradiction".
- "contradiction" also covers a wrong garment type, pattern, sleeve length or neckline that the photo, the seller's
  title/category or another text of the product contradicts (a "yes" to "Is this a pair of jeans?" for track pants,
  "solid" for a printed tee, "sleeveless" for a short-sleeve tee).
- Fabric: the template's "cotton fabric" is accepted as correct when the title names no material and cotton is
  plausible for the garment (sweat shorts, joggers, plain tees). It is "unsupported" where the title names a
  synthetic finish (Dri-FIT) or the claim is implausible for what is shown (denim joggers, leather or denim shorts).
  "polyester" for a running or training tee is accepted.
- "unsupported": a detail that is not in the photo (a watch, a cap, glasses, a backpack, zip pockets, mesh lining,
  reflective strips, a hood hidden in a collar, details on the back of a front-view shot). An accessory sentence is
  correct where the photo really shows one (X1010-023's watch).
- A single contrast stripe or piping down the side of track pants or shorts does not make them "striped"; a
  garment whose title says "Striped" or "3-Stripes" is striped, and "solid" for it is a contradiction.
- Charcoal, grey melange and dark grey count as the seller's Grey; maroon and dark red as Burgundy/Maroon; army
  green as Olive; dark blue and navy as Navy Blue or Blue; a hoodie called a sweatshirt is right.
- "non_answer": a one-word or yes/no reply to an open question, a bare echo of the prompt's garment ("they are
  short"), or a template sentence with no color given to a color question. "restated": the question turned into a
  statement ("the shorts details are the details of the shorts", "the person is wearing").
- "leak": any text that contains the "Question:"/"Answer:" format, even when the answer inside it is right.
- "pronoun": she/her/the lady for the male models; the rest of such a text may be right.
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

BLIND_1010 = [
    # photo: black track pants with a white side stripe, white drawstring and zip pockets; white crew-neck tee,
    # white sneakers; white backdrop, front view. Caption and open answers: caption LoRA epoch 2; closed: reference.
    case(
        "X1010-001",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and their",
            "cut",
            hit_limit=True,
        ),
        color_of("track pants", "black"),
        wearing("a white t-shirt, black track pants and white sneakers", who="the man"),
        details("track pants", "a white stripe down the side of each leg, an elastic waist with a white drawstring"),
        Q.pattern("solid"),
        is_a("pair of jeans", "no"),
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: heather grey cuffed joggers with a drawstring; navy blue pullover hoodie, black sneakers; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-002",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("navy blue", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        details(
            "pants",
            "the pants have ribbed cuffs at the ankles and a drawstring waist, the pants have ribbed cuffs at the "
            "ankles and a drawstring waist, the pants have",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        wearing("a navy blue hoodie, grey jogger pants, black sneakers and a backpack", "unsupported"),
        title="Nike Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy blue crew-neck tee with a small white HRX logo on the chest; black shorts; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-003",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The man wears a three-point shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        B.sleeve_length("short"),
        describe("t-shirt", "a navy blue crew neck t-shirt with a small white logo on the chest and short sleeves"),
        B.material("polyester"),
        wearing("she is wearing a blue t-shirt and black shorts", "pronoun"),
        is_a("tank top", "yes", "contradiction"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip track jacket with three white stripes on each sleeve, half zipped over a grey tee; black track
    # pants; no watch or jewellery; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference.
    case(
        "X1010-004",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The pants are of long length. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("jacket", "grey", "other_garment_color"),
        details("jacket", "three white stripes on the sleeves, a full zip and a high collar"),
        Q.garment_type("jacket"),
        wearing("a black track jacket over a grey t-shirt and black track pants"),
        is_a("hoodie", "no"),
        title="ADIDAS Men Black Solid Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: red crew-neck tee with a black Reebok delta logo on the left chest; black track pants; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-005",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants are of long length."
        ),
        Q.color("black", "other_garment_color"),
        color_of("t-shirt", "red", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has a black logo on the chest and the t-shirt has a black logo on the chest and the t-shirt "
            "has a black logo on the",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        Q.description(
            "a red t-shirt with a black reebok logo on the left chest Question: What is the color of the t-shirt? "
            "Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Reebok Men Red Solid Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: royal blue sports shorts with white piping; plain white tee; no watch; model cropped at the chest;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-006",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The shorts are of three-point length. The "
            "shorts are with cotton fabric and solid color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shorts", "blue"),
        color_of("shirt", "white", kind="open"),
        details("shorts", "The shorts details are the details of the shorts.", "restated"),
        Q.garment_type("shorts"),
        wearing("a white t-shirt and blue shorts with white piping", who="the man"),
        B.color("black", "contradiction"),
        title="Proline Men Blue Sports Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black tee with a white Nike swoosh; mid-grey training shorts; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-007",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The man wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.color("black"),
        B.sleeve_length("short"),
        describe("t-shirt", "a black t-shirt with a white nike swoosh on the chest, short sleeves and a round neck"),
        color_of("shorts", "black", "contradiction"),
        title="Nike Men Black Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue straight track pants with side pockets and a drawstring; grey melange tee, white sneakers;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-008",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "the pants are grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details(
            "pants",
            "the pants have a drawstring waist and two side pockets, two side pockets, two side pockets, two side "
            "pockets, two side pockets, two",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and dark blue track pants"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Jockey Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey pullover hoodie with a white Puma cat logo and kangaroo pocket; black joggers; white
    # backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-009",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with knitted fabric. The pants "
            "are of long length. The pants are with cotton fabric and pure color patterns. The pants are of long "
            "length. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("charcoal"),
        describe(
            "hoodie", "a dark grey hooded sweatshirt with a white puma logo, a kangaroo pocket and a drawstring hood"
        ),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        title="Puma Men Grey Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy track pants with three white side stripes; white Adidas tee, black slides; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. Her pants are of long length. The pants are with cotton fabric and striped patterns.",
            "pronoun",
        ),
        Q.pattern("striped"),
        color_of("pants", "navy blue"),
        details("pants", "three white stripes down the side of each leg"),
        wearing("white", "non_answer"),
        B.material("leather", "unsupported"),
        is_a("pair of shorts", "no"),
        title="ADIDAS Men Navy Blue Striped Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive windcheater with a drawcord hood, zipped, two zip hand pockets, no visible lining; black track
    # pants; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-011",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a hooded neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "army green", kind="open"),
        Q.color("olive"),
        details(
            "jacket",
            "a hood with a drawstring, a full front zip, two zip pockets and a mesh lining inside",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        B.pattern("striped", "contradiction"),
        describe(
            "jacket",
            "the jacket is olive green with a hood and a zip at the front, it has two pockets on the sides and the "
            "sleeves are",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a green jacket and black pants"),
        title="Wildcraft Men Olive Green Solid Windcheater",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: bright yellow tee with a large black geometric print across the chest; black running shorts; white
    # backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-012",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a three-point shorts."
        ),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.description("a yellow t-shirt with a black print on the front"),
        Q.details(
            "the print the print the print the print the print the print the print the print the print the print the "
            "print the print the print the print the",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "yellow Question: What is the color of the shorts? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("a yellow and black t-shirt, black shorts"),
        title="Puma Men Yellow Printed Running T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: white training shorts with navy side panels and elastic waist; navy tee; white backdrop, cropped at the
    # chest. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-013",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The shorts are of three-point length. The "
            "shorts are with cotton fabric and color block patterns."
        ),
        color_of("shorts", "navy blue", "other_garment_color"),
        details("shorts", "navy blue panels on the sides and an elastic waistband"),
        color_of("shirt", "navy", kind="open"),
        Q.garment_type("shorts"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: The shorts are white with navy side panels. Question: Describe the "
            "shorts. Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        title="Fila Men White Colourblocked Training Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: black tracksuit, zip jacket open over a plain white tee, matching black track pants, small white swoosh
    # on the jacket chest; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-014",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("white", "other_garment_color"),
        wearing("a black jacket with a white t-shirt under it and black track pants", who="the man"),
        details("jacket", "a white nike swoosh on the chest, a full zip and zip pockets"),
        color_of("pants", "grey", "contradiction", kind="open"),
        B.sleeve_length("long"),
        title="Nike Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: teal running shorts; grey tee, black sneakers; no cap; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-015",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts are of three-point length. The shorts are with cotton fabric and pure color patterns."
        ),
        Q.color("teal"),
        color_of("shorts", "the shorts are grey", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        wearing("a grey t-shirt, teal shorts and a black cap", "unsupported"),
        title="HRX by Hrithik Roshan Men Teal Blue Solid Running Shorts",
        category="Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: charcoal joggers with a white Puma logo on the left thigh and ribbed cuffs; white tee, white sneakers;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-016",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.color("grey"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "a white logo on the left thigh and ribbed cuffs at the ankles"),
        Q.material("cotton"),
        Q.garment_type("jeans", "contradiction"),
        wearing(
            "a white t-shirt, grey pants, white sneakers, white sneakers, white sneakers, white sneakers, white "
            "sneakers, white sneakers, white",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: blue tee with thin white horizontal stripes, round neck, no pocket; black track pants; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-017",
        caption(
            "The man is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        color_of("t-shirt", "blue and white", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has white stripes, a round neck and short sleeves, and a zip pocket on the chest",
            "unsupported",
        ),
        B.sleeve_length("short"),
        wearing(
            "Question: What is the person wearing? Answer: a blue and white striped t-shirt and black pants", "leak"
        ),
        title="ADIDAS Men Blue & White Striped T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange zip training jacket without a hood, worn open over a black tee; black shorts; white
    # backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-018",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The shorts are of three-point length."
        ),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "grey", kind="open"),
        wearing("a grey jacket, a black t-shirt and black shorts"),
        describe("jacket", "the jacket is a jacket", "restated"),
        is_a("hoodie", "yes", "contradiction"),
        title="Reebok Men Grey Melange Training Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white golf polo with a two-button placket and ribbed collar; beige shorts; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-019",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The man wears a three-point shorts.",
            "unsupported",
        ),
        Q.color("white"),
        color_of("shirt", "the shirt is beige", "other_garment_color", kind="open"),
        details("shirt", "the shirt has a collar and two buttons on the front"),
        Q.garment_type("polo shirt"),
        B.sleeve_length("short"),
        wearing("Answer: a white polo shirt and beige shorts", "leak"),
        title="Nike Men White Dri-FIT Golf Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black track pants with red piping down the sides; red tee; no glasses; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are of long length. The man wears a pair of glasses.",
            "unsupported",
        ),
        Q.color("red", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        details("pants", "red piping down the sides and an elastic waistband"),
        wearing("a red t-shirt and black pants with red stripes", who="the man"),
        is_a("pair of jeans", "no"),
        title="Proline Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: green sleeveless training tank with a black Puma logo print; black shorts; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-021",
        caption(
            "The man wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is round. The man wears a three-point shorts."
        ),
        B.sleeve_length("short", "contradiction"),
        Q.color("green"),
        Q.details("a black puma logo print on the chest and it is sleeveless"),
        Q.garment_type("tank top"),
        wearing("She wears a green tank top and black shorts", "pronoun"),
        describe("tank top", "the tank top is a tank top", "restated"),
        title="Puma Men Green Printed Training Tank Top",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: plain maroon shorts with a white drawcord and side pockets; white tee with a maroon chest print; white
    # backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-022",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts are of three-point length. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        Q.color("maroon"),
        color_of("shorts", "dark red", kind="open"),
        details(
            "shorts",
            "a white drawstring and two side pockets, the shorts are of three-point length, the shorts are of "
            "three-point length, the shorts are of three",
            "loop",
            hit_limit=True,
        ),
        B.pattern("printed", "contradiction"),
        B.material("denim", "unsupported"),
        title="Slazenger Men Maroon Solid Shorts",
        category="Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: bright blue hooded running jacket, zipped, front view only; black running tights; a black sports watch on
    # the left wrist; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-023",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a hooded neckline. The man wears a long leggings. There is an accessory on his wrist."
        ),
        Q.color("blue"),
        color_of("jacket", "black", "other_garment_color"),
        details(
            "jacket",
            "a hood, a zip at the front, reflective details on the back and thumbholes in the cuffs",
            "unsupported",
        ),
        wearing("a blue jacket, black tights and a watch", who="the man"),
        title="Nike Men Blue Shield Running Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey tapered track pants; black tee with a white HRX print; white backdrop, cropped at the neck.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-024",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants are of long length. The pants are of long length. The pants are of "
            "long length. The pants are of long",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("pants", "the pants are black", "other_garment_color", kind="open"),
        details("pants", "pants", "non_answer"),
        Q.garment_type("track pants"),
        wearing("a black t-shirt with a white print and light grey track pants"),
        title="HRX by Hrithik Roshan Men Grey Solid Tapered Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: neon orange running tee with a small ASICS logo; black shorts, black sneakers; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-025",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The man wears a three-point shorts."
        ),
        Q.color("orange"),
        color_of("shirt", "the shirt is orange and the shorts are orange", "contradiction", kind="open"),
        describe("shirt", "a bright orange running t-shirt with a small asics logo"),
        B.material("polyester"),
        is_a("t-shirt", "yes"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="ASICS Men Orange Solid Running T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: black sports shorts with a drawstring and a small white Jockey logo on the left leg; white tee;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts are of three-point length.",
            "pronoun",
        ),
        color_of("shorts", "black"),
        details("shorts", "an elastic waistband with a drawstring and a small jockey logo on the left leg"),
        wearing("a white t-shirt and black shorts"),
        Q.material("cotton"),
        describe("shorts", "shorts", "non_answer"),
        title="Jockey Men Black Sports Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: olive cargo joggers with side cargo pockets and elastic cuffs; black hoodie; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-027",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("pants", "olive green", kind="open"),
        details("pants", "cargo pockets on the sides of the legs and elastic cuffs"),
        Q.garment_type("track pants"),
        is_a("pair of jeans", "no"),
        wearing(
            "Question: What is the man wearing? Answer: He is wearing a black hoodie and green pants. Question: What "
            "is the man wearing? Answer: He",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="ADIDAS Men Olive Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: coral-red training shorts with a white swoosh on the left leg; grey melange tee; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-028",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts are of three-point length. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("shorts", "grey", "other_garment_color"),
        describe("shorts", "red shorts with a white nike swoosh on the left leg"),
        details("shorts", "the details of the shorts are the shorts details", "restated"),
        title="Nike Men Red Flex Training Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: black hooded windcheater with an all-over grey camouflage print and a half zip; grey joggers; nothing
    # at the neck; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-029",
        caption(
            "The man wears a long-sleeve jacket with graphic patterns. The jacket is with cotton fabric and it has a "
            "hooded neckline. The pants are of long length. There is an accessory on his neck.",
            "unsupported",
        ),
        Q.pattern("printed"),
        Q.color("black"),
        color_of("jacket", "the jacket is blue", "contradiction", kind="open"),
        details("jacket", "a camouflage print all over, a hood and a half zip at the front"),
        wearing("a black camouflage jacket and grey jogger pants", who="the man"),
        describe("jacket", "describe the jacket", "restated"),
        Q.sleeve_length("long"),
        title="Puma Men Black Printed Windcheater",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: blue track pants with black side panels, no pockets visible; white tee; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-030",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and color block "
            "patterns."
        ),
        color_of("pants", "blue"),
        B.pattern("colour block"),
        details("pants", "black side panels and a zip pocket on the right thigh", "unsupported"),
        wearing("Question: What is the person wearing? Answer:", "leak"),
        is_a("pair of track pants", "yes"),
        title="HRX by Hrithik Roshan Men Blue Colourblocked Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: white crew-neck tee with a large red and navy FILA logo print across the chest; navy track pants;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-031",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("t-shirt", "white with a red and blue logo", kind="open"),
        B.pattern("printed"),
        describe("t-shirt", "a white t-shirt with a fila logo in red and blue across the chest"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        Q.garment_type("polo shirt", "contradiction"),
        title="Fila Men White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange crewneck sweatshirt with "JUST DO IT" printed in black on the chest, ribbed cuffs; black
    # track pants; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-032",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with knitted fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        color_of(
            "sweatshirt",
            "the sweatshirt is grey and it has a black print on the front and the sweatshirt is grey and it has a "
            "black print on the front and the",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("sweatshirt", "the words just do it printed in black on the chest and ribbed cuffs"),
        wearing("She is wearing a grey sweatshirt and black pants", "pronoun"),
        B.pattern("striped", "contradiction"),
        title="Nike Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black shorts with three white stripes down the sides; black tee; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-033",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts are of three-point length. The shorts are with cotton fabric and striped "
            "patterns."
        ),
        Q.color("black"),
        color_of("shirt", "black", kind="open"),
        details("shorts", "three white stripes on the sides"),
        is_a("pair of shorts", "yes"),
        B.pattern("solid", "contradiction"),
        describe("shorts", "Question: What are the shorts details? Answer: three stripes", "leak"),
        title="ADIDAS Men Black 3-Stripes Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange sweat shorts with a drawstring and side pockets, front view only; navy tee, white sneakers;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-034",
        caption(
            "She wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. Her shorts are of three-point length. The shorts are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        Q.color("grey melange"),
        color_of("shorts", "navy", "other_garment_color", kind="open"),
        details(
            "shorts",
            "a drawstring waist, side pockets and a zip pocket at the back, a zip pocket at the back, a zip pocket at "
            "the back, a zip",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Proline Men Grey Melange Solid Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black zip jacket with a white chevron panel across the chest, hood, unlined shell; grey track pants;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-035",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it "
            "has a hooded neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("black"),
        Q.pattern("colour block"),
        describe(
            "jacket",
            "a black and white zip jacket with a hood and a nike logo, and it has a fleece lining",
            "unsupported",
        ),
        color_of("pants", "black", "contradiction"),
        wearing("jacket", "non_answer"),
        title="Nike Men Black Colourblocked Windrunner Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue tee with a white CrossFit print on the front; grey shorts; no watch; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-036",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The man wears a three-point shorts. The shorts are with cotton fabric. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe("t-shirt", "a dark blue t-shirt with a white crossfit print on the front"),
        details(
            "t-shirt",
            "the print on the front of the t-shirt, the print on the front of the t-shirt, the print on the front of "
            "the",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "no"),
        wearing("yes", "non_answer"),
        title="Reebok Men Blue Printed CrossFit T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with zip pockets and a drawstring waist; orange tee; white backdrop. The feed row has
    # no color. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-037",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("orange", "other_garment_color"),
        color_of("pants", "the pants are black", kind="open"),
        details("pants", "zip pockets and an elastic waist with a drawstring"),
        wearing("an orange t-shirt and black track pants", who="the man"),
        Q.pattern("solid"),
        describe(
            "pants",
            "black track pants with zip pockets, black track pants with zip pockets, black track pants with zip "
            "pockets, black",
            "loop",
            hit_limit=True,
        ),
        title="Wildcraft Men Solid Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: red track jacket with black shoulder panels and a Puma logo, zipped to mid-chest over a white tee, no
    # hood; black track pants; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference.
    case(
        "X1010-038",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("jacket", "red and black", kind="open"),
        details(
            "jacket",
            "black panels on the shoulders, a puma logo on the chest, a zip and a hood hidden in the collar",
            "unsupported",
        ),
        Q.garment_type("t-shirt", "contradiction"),
        B.sleeve_length("long"),
        title="Puma Men Red Colourblocked Track Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: lime green running tee with black side panels; black shorts; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The man wears a three-point shorts.",
            "contradiction",
        ),
        Q.color("lime green"),
        color_of("shirt", "the shirt is lime green and black", kind="open"),
        details("shirt", "the shirt details", "restated"),
        B.material("polyester"),
        wearing("her t-shirt is green and her shorts are black", "pronoun"),
        title="HRX by Hrithik Roshan Men Lime Green Colourblocked Running T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: charcoal training shorts with an Under Armour logo on the left leg, plain sides; white tee, grey
    # sneakers; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-040",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts are of three-point length. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        Q.color("charcoal"),
        color_of("shorts", "dark grey", kind="open"),
        details("shorts", "the under armour logo on the left leg and a mesh panel on the sides", "unsupported"),
        is_a("pair of shorts", "yes"),
        wearing("the person is wearing", "restated"),
        title="Under Armour Men Charcoal Grey Training Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black track pants with a large white swoosh print on the left thigh, elastic cuffs; grey hoodie, white
    # sneakers, bare head; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-041",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The pants are of long length. The pants are with cotton fabric and graphic patterns."
        ),
        Q.color("black"),
        details(
            "pants",
            "a large white nike logo on the left leg, elastic cuffs at the ankles, a drawstring waist and two side "
            "pockets with a zip on the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        wearing(
            "he is wearing a grey hoodie and black pants with a white logo, white sneakers and a black cap",
            "unsupported",
        ),
        title="Nike Men Black Printed Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: purple round-neck tee with a small Proline logo on the chest; black track pants; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-042",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is V-shape. The pants are of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        Q.color("purple"),
        color_of("t-shirt", "black", "other_garment_color"),
        details("t-shirt", "a round neck, short sleeves and a small proline logo on the chest"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        wearing(
            "a purple t-shirt and black pants and black pants and black pants and black pants and black pants and "
            "black pants and",
            "loop",
            hit_limit=True,
        ),
        title="Proline Men Purple Solid Training T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Men",
    ),
    # photo: grey melange joggers with a small black Adidas logo on the thigh, no side stripes, ribbed cuffs; white
    # tee, white sneakers; white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-043",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        Q.color("white", "other_garment_color"),
        describe("pants", "grey", "non_answer"),
        details("pants", "three white stripes on the side and ribbed cuffs at the ankles", "unsupported"),
        Q.garment_type("track pants"),
        title="ADIDAS Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: burgundy polo with white tipping on the collar and sleeve cuffs, two-button placket; navy track pants;
    # white backdrop. Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-044",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The man wears a long pants."
        ),
        Q.color("maroon"),
        color_of("shirt", "the shirt is purple", "contradiction", kind="open"),
        details("shirt", "white tipping on the collar and sleeves, two buttons"),
        wearing(
            "Question: What is the person wearing? Answer: a maroon polo shirt and navy blue pants Question: What is "
            "the color of the pants? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="Puma Men Burgundy Solid Polo T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black full-length running tights worn under black shorts; grey tee; no watch; white backdrop.
    # Caption and open answers: caption LoRA epoch 2; closed: reference engine.
    case(
        "X1010-045",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The man wears a long leggings. The "
            "leggings are with cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        details("leggings", "the leggings are long", "non_answer"),
        wearing("a grey t-shirt, black shorts over black tights"),
        title="HRX by Hrithik Roshan Men Black Running Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: navy zip jacket with teal sleeves and a white Puma logo on the chest, open over a white tee; black track
    # pants; white backdrop. The feed row has no category. Caption and open answers: caption LoRA epoch 2; closed:
    # reference engine.
    case(
        "X1010-046",
        caption(
            "The man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("navy blue"),
        color_of("jacket", "white", "other_garment_color"),
        describe("jacket", "a navy jacket with teal sleeves and a white puma logo on the chest"),
        details(
            "jacket",
            "a zip at the front, teal sleeves, teal sleeves, teal sleeves, teal sleeves, teal sleeves, teal sleeves, "
            "teal sleeves, teal",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Puma Men Navy Blue & Teal Colourblocked Jacket",
        color="Navy Blue",
        gender="Men",
    ),
]
