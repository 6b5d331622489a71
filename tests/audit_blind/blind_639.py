"""BLIND_639 (46 products; Myntra men's gym wear, epoch-3 captions): written blind in the fifty-third session. Measured
blind at c4a3a37 (the session's eleventh rules): 119/131 failures found (90.8%) and 12/184 correct texts flagged (6.5%).
The writer's notes, verbatim:

Scenario: a Myntra men's sportswear and gym wear feed: t-shirts, tank tops, polos, track pants, joggers, shorts,
tights, track jackets, windcheaters, hoodies, sweatshirts, a tracksuit, and running shoes. Clothes are shot on a
male model against the usual white studio backdrop, front view unless the note says otherwise, always with a second
garment (shorts or track pants under a tee, a tee under an open jacket); shoes are shot alone, side view, except one
shot from the knees down on a model. Props now and then: a dumbbell, a kettlebell, headphones round the neck.

Who wrote what: captions come from the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption,
50 new tokens). It writes only the DeepFashion-MultiModal template: sleeves, fabric, "pure color"/"graphic"/
"striped"/"color block" patterns, neckline, the lower garment, "an accessory on his wrist", never a hue. It says
"cotton fabric" for almost everything, calls every lower garment "long pants"/"three-point shorts", and describes a
person's outfit even for a shoe shot alone. It sometimes stops after the template's last sentence (LoRA on q/k only
left the base model's newline alive and enrich stops there); otherwise it runs to the limit and is cut, or starts
the template over and loops. The "details" answers come from the same adapter (30 tokens) except where the note says
base; all other open answers (wearing, describe, material, open color questions) come from untuned BLIP-2 OPT-2.7b
(greedy, 30 tokens, stopped at newline): short, lower-case, often right, but it gives a garment the color of the
other garment, says "she", invents logos, pockets and hoods, and sometimes runs on into "Question: ... Answer:".
Closed answers (garment_type, color, pattern, sleeve length, neckline, closure, "Is this a ...?") come from enrich's
--engine reference: always one clean candidate value, wrong when it ranks another garment's or a print's color first.

Labeling conventions and judgement calls:
- One label per text, the most salient: a caption that is cut AND says "cotton" of a polyester tee is "cut"; a
  caption cut at the limit that describes a shirt and trousers for a shoe shot is "contradiction" (hit_limit set).
- other_garment_color: the product is given the color of the other garment worn (the shorts' black for the tee).
  A wrong color given to the non-product garment (the shorts called green like the tee), a print's, trim's, stripe's
  or sole's color given to the product, or a plainly wrong hue, is "contradiction".
- A closed garment_type naming the inner layer or the lower garment (t-shirt for an open hoodie, track pants for a
  shoe shot on a model), a wrong pattern or sleeve length, a wrong closure: "contradiction".
- A coarser hue in the seller's color group is correct (red for Maroon, yellow for Mustard, grey for Charcoal,
  green for Lime Green, blue for Teal); green for Teal is a contradiction.
- Material: "cotton fabric" in a caption is correct when the title names no material (sports tees are often cotton);
  a material the title contradicts (cotton for a polyester or mesh garment, leather for mesh shoes, wool for cotton
  fleece, denim for polyester shorts) is "unsupported", as are invented details (a hood, a zip back pocket, a number
  on an unseen back, sunglasses, a wrist accessory nobody wears, the wrong brand's logo).
- A caption that names the shoes right but invents trousers is "unsupported"; one that describes only clothes for a
  shoe shot is "contradiction". "The person wears socks in shoes" repeated is a "loop".
- non_answer: a one-word or yes/no answer to an open question, "they are short"-style echoes of the question's own
  adjective. restated: a sentence that turns the question back into a statement with no content ("the details of
  the pants are the pants", "the person is wearing").
- leak: any "Question:" or "Answer:" of the prompt format in the text, even after a right answer.
- pronoun: "she"/"the lady" for the male model, in a caption or an answer, whatever the rest says.
- Wearing answers that skip the shoes or name both garments' colors loosely ("a blue shirt and blue shorts" for light
  blue and navy) are correct; "a grey shirt and grey shorts" is correct where both really are grey.
- hit_limit is set on every text that ran to its token limit: cuts, loops, and the leaks and contradictions that ran on.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")
closure = question("closure", "How does the garment fasten?", "closed")

BLIND_639 = [
    # photo: black crew-neck short-sleeve tee, small white swoosh on the left chest, worn with grey melange track
    # pants and white sneakers; white backdrop, front view. Caption and details: caption adapter; wearing, describe:
    # base; closed: reference.
    case(
        "X639-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black t-shirt and grey sweatpants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        is_a("tank top", "yes", "contradiction"),
        describe("t-shirt", "a black nike t-shirt with a v-neck and a pocket on the chest", "unsupported"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is crew. "
            "The gentleman wears a long pants, with",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Black Solid Crew Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange knee-length running shorts, black elastic waistband, small black Puma cat on the left leg,
    # no side pockets visible; worn with a black round-neck tee, white sneakers; white backdrop, front view.
    # Caption: caption adapter; open answers: base; closed: reference.
    case(
        "X639-002",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with cotton fabric."
        ),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "grey", kind="open"),
        wearing("he is wearing a black shirt and grey shorts", who="he"),
        describe("shorts", "grey shorts with a black waistband and zip pockets on both sides", "unsupported"),
        title="Puma Men Grey Melange Running Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy track pants with two white side stripes and cuffed ankles, worn with a white half-sleeve tee;
    # white backdrop, front view. Caption: caption adapter (looped); details, wearing, open color: base; closed:
    # reference.
    case(
        "X639-003",
        caption(
            "The person wears a long pants. The pants are with cotton fabric and striped patterns. The person wears "
            "a long pants. The pants are with cotton fabric and striped patterns. The person wears a long pants.",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.pattern("striped"),
        wearing("a white t-shirt and blue track pants Answer: a white t-shirt and blue track pants", "leak"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "the pants are long", "non_answer"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: muscular model in a black sleeveless tank, white Adidas logo on the chest, black shorts, a dumbbell in
    # his right hand, no watch or band; white backdrop, front view. Caption: caption adapter; open: base; closed:
    # reference.
    case(
        "X639-004",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is crew. The "
            "gentleman wears a three-point shorts. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        wearing("a black tank top and black shorts, holding a dumbbell", who="the man"),
        describe("tank top", "a black tank top with a white logo on the chest"),
        Q.material("polyester"),
        title="Adidas Men Black Polyester Training Tank Top",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red full-zip Reebok track jacket with white piping down the sleeves, worn open over a black tee, black
    # track pants; white backdrop, front view. Caption: caption adapter (cut); open: base; closed: reference.
    case(
        "X639-005",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman also wears an outer clothing, with cotton fabric and pure color "
            "patterns. The pants are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        color_of("jacket", "red", kind="open"),
        wearing("a red jacket and a black shirt"),
        closure("zipper"),
        describe(
            "jacket",
            "a red track jacket with white stripes on the sleeves and the adidas logo on the chest",
            "unsupported",
        ),
        title="Reebok Men Red Training Track Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: a single right running shoe, side view, no model: white mesh upper, black Puma formstrip, grey rubber
    # sole; white backdrop. Caption: caption adapter (cut at the limit); open: base; closed: reference.
    case(
        "X639-006",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shoes"),
        Q.color("white"),
        color_of("shoe", "grey", "contradiction", kind="open"),
        wearing("she is wearing white shoes", "pronoun"),
        describe("shoe", "white running shoe with a black stripe"),
        is_a("shoe", "yes"),
        title="Puma Men White Running Shoes",
        category="Sports Shoes",
        color="White",
        gender="Men",
    ),
    # photo: olive green crew-neck tee with "JUST DO IT" printed in black across the chest, black joggers; white
    # backdrop, front view. Caption, details: caption adapter; wearing, material, open color: base; closed: reference.
    case(
        "X639-007",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a long pants."
        ),
        Q.color("black", "other_garment_color"),
        color_of("t-shirt", "green", kind="open"),
        Q.pattern("graphic"),
        wearing("a green shirt that says just do it"),
        Q.material("polyester", "unsupported"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The T-shirt has short sleeves, cotton fabric and graphic "
            "patterns",
            "leak",
            hit_limit=True,
        ),
        title="Nike Men Olive Cotton Printed T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: neon lime green short-sleeve tee with a small black logo on the chest, black shorts; white backdrop,
    # front view. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-008",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric."
        ),
        Q.color("green"),
        wearing("she is wearing a green shirt and black shorts", "pronoun", who="he"),
        color_of("shorts", "green", "contradiction", kind="open"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "a neon green t-shirt with a small black logo"),
        title="Performax Men Lime Green Solid Training T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: navy track pants with three white stripes down each side and zip pockets, worn with a grey pullover
    # hoodie and white sneakers; white backdrop, three-quarter view. Caption, details: caption adapter; wearing, open
    # color: base; closed: reference.
    case(
        "X639-009",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "person wears a long trousers. The trousers are with cotton fabric and striped patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("grey", "other_garment_color"),
        color_of("pants", "navy blue with white stripes", kind="open"),
        wearing("a grey hoodie and blue adidas pants"),
        is_a("pair of jeans", "no"),
        details(
            "pants",
            "The pants are with cotton fabric and striped patterns. The pants are with cotton fabric and striped "
            "patterns. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Men Navy Blue 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal pullover hoodie with kangaroo pocket and white drawstrings, black track pants, hands in the
    # pocket; white backdrop, front view. Caption: caption adapter (cut); open: base; closed: reference.
    case(
        "X639-010",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        wearing("a hoodie"),
        describe("hoodie", "dark grey hoodie with a front pocket and white drawstrings"),
        color_of("hoodie", "grey Question: What is the color of the pants? Answer: black", "leak", kind="open"),
        Q.material("wool", "unsupported"),
        title="Proline Men Charcoal Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white pique polo with navy tipping on the collar and sleeve hems, two-button placket, navy shorts; white
    # backdrop, front view. Caption: caption adapter; details, wearing, open color: base; closed: reference.
    case(
        "X639-011",
        caption(
            "The upper clothing has short sleeves, cotton fabric and solid color patterns. The neckline of it is "
            "lapel. The lower clothing is of short length. The fabric is cotton and it has solid color patterns."
        ),
        Q.garment_type("polo shirt"),
        Q.color("navy blue", "other_garment_color"),
        color_of("shirt", "white", kind="open"),
        wearing("white shirt and blue shorts"),
        neckline("polo collar"),
        details("polo shirt", "the polo shirt details are the details of the polo shirt", "restated"),
        title="Nike Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: pair of black mesh running shoes, left shoe side view with the right one behind it, red accents on the
    # sole, no model; white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-012",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person "
            "wears socks in shoes.",
            "unsupported",
        ),
        Q.garment_type("shoes"),
        Q.color("black"),
        describe("shoes", "black running shoes with a red sole"),
        wearing("a pair of black and red shoes"),
        is_a("sandal", "no"),
        Q.material("leather", "unsupported"),
        title="Puma Unisex Black Mesh Running Shoes",
        category="Sports Shoes",
        color="Black",
        gender="Unisex",
    ),
    # photo: bright yellow crew tee with a black geometric print across the chest, black track pants; white
    # backdrop, body slightly turned. Caption, details: caption adapter; wearing, describe, open color: base;
    # closed: reference.
    case(
        "X639-013",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants."
        ),
        wearing("a yellow and black shirt and black pants", who="the man"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a yellow shirt with a black design"),
        details("t-shirt", "There is an accessory on his wrist. There is a ring on his finger.", "unsupported"),
        title="HRX by Hrithik Roshan Men Yellow Printed Training T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: black training shorts with a white swoosh on the left leg, worn with a white tank top; white backdrop,
    # front view. Caption: caption adapter (looped); details, wearing, open color: base; closed: reference.
    case(
        "X639-014",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is crew. The "
            "gentleman wears a three-point shorts, with cotton fabric and pure color patterns. His tank top has no "
            "sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "black", kind="open"),
        wearing("he is wearing a white tank top and black shorts"),
        details("shorts", "they are short", "non_answer"),
        title="Nike Men Black Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: black polyester tracksuit, jacket zipped halfway over a white tee, white stripes down the sleeves and
    # legs; white backdrop, front view. Caption: caption adapter (cut); open: base; closed: reference.
    case(
        "X639-015",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        wearing("a white jacket and black pants", "other_garment_color"),
        color_of("jacket", "black and white", kind="open"),
        describe("tracksuit", "a black tracksuit with white stripes on the sleeves and legs"),
        details("tracksuit", "the tracksuit details are the tracksuit", "restated"),
        title="Puma Men Black Polyester Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue crew-neck running tee, small white swoosh, black running shorts; white backdrop, front view.
    # Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-016",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.material("polyester"),
        wearing("he is wearing a blue shirt and black shorts", who="he"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        describe("t-shirt", "Question: Describe the t-shirt. Answer: a blue nike shirt", "leak"),
        title="Nike Men Blue Dri-FIT Polyester Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive jogger track pants, elastic cuffs, drawstring, no cargo pockets, worn with a white tee and
    # white sneakers; white backdrop, front view. Caption, details: caption adapter; wearing, describe, open color:
    # base; closed: reference.
    case(
        "X639-017",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric."
        ),
        Q.color("white", "other_garment_color"),
        color_of("pants", "green", kind="open"),
        wearing("white t-shirt and green joggers"),
        Q.garment_type("track pants"),
        describe("pants", "green cargo pants with side pockets", "unsupported"),
        details(
            "pants",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        title="Proline Active Men Olive Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: fitted red short-sleeve compression tee, black shorts, the model holds a kettlebell at his side; white
    # backdrop, front view. Caption: caption adapter (cut); open: base; closed: reference.
    case(
        "X639-018",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a red shirt and black shorts, and he is holding a kettlebell", who="the man"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        describe("t-shirt", "a tight red shirt"),
        Q.material("polyester"),
        title="Under Armour Men Red HeatGear Polyester Compression T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange muscle tank with a black Puma cat print on the chest, black track pants, bare arms; white
    # backdrop, front view. Caption, details (looped): caption adapter; other open: base; closed: reference.
    case(
        "X639-019",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric. It has a crew "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.color("grey"),
        wearing("a gray tank top and black pants", who="he"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        details(
            "tank top",
            "His tank top has no sleeves, cotton fabric and graphic patterns. His tank top has no sleeves, cotton "
            "fabric and graphic patterns. His",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men Grey Melange Printed Tank Top",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black nylon windcheater with a hood, zipped up to the chin, long sleeves, black shorts; white backdrop,
    # front view. The feed row has no color column. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-020",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "other fabric. The gentleman wears a three-point shorts."
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("nylon"),
        wearing("a black jacket and black shorts"),
        describe("jacket", "a black hooded jacket with a fur trim on the hood", "unsupported"),
        details("jacket", "the details of the jacket are the jacket's details", "restated"),
        is_a("coat", "no"),
        title="Nike Men Black Nylon Hooded Windcheater Jacket",
        category="Jackets",
        gender="Men",
    ),
    # photo: blue camouflage shorts (navy, slate and sky blue patches), worn with a plain white crew tee; white
    # backdrop, front view. Caption: caption adapter; details, wearing, open color: base; closed: reference.
    case(
        "X639-021",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with complicated patterns."
        ),
        Q.pattern("camouflage"),
        Q.color("blue"),
        wearing("she is wearing a white shirt and camouflage shorts", "pronoun"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "The shorts are camouflage. Question: What is the color of the shorts? Answer: blue", "leak"),
        title="Reebok Men Blue Printed Camo Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: orange crew tee with a silver reflective HRX print on the chest, grey shorts, a black sweatband on the
    # left wrist; white backdrop, front view. Caption, details: caption adapter; others open: base; closed: reference.
    case(
        "X639-022",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. There is an accessory on his wrist."
        ),
        Q.color("orange"),
        wearing("he's wearing an orange shirt and grey shorts", who="the man"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "orange", "non_answer"),
        color_of("shorts", "orange", "contradiction", kind="open"),
        details(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is crew. The "
            "gentleman wears a three-point shorts, with",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Orange Printed Training T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: maroon crew-neck sweatshirt with a small white logo, ribbed cuffs, black track pants; white backdrop,
    # front view. Caption, details: caption adapter; wearing, open color: base; closed: reference.
    case(
        "X639-023",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a crew neckline. The person wears a long trousers."
        ),
        Q.color("red"),
        color_of("sweatshirt", "pink", "contradiction", kind="open"),
        wearing(
            "a maroon sweatshirt and black pants Question: What is the color of the sweatshirt? Answer: maroon", "leak"
        ),
        Q.garment_type("sweatshirt"),
        details(
            "sweatshirt",
            "The sweater is with cotton fabric. It has a crew neckline. The sweater is with cotton fabric. It has a "
            "crew neckline. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: a single navy mesh running shoe, side view, no model, neon yellow midsole and side stripes; white
    # backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-024",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The person wears a long trousers. The trousers are with denim fabric.",
            "contradiction",
        ),
        Q.garment_type("shoes"),
        Q.color("yellow", "contradiction"),
        describe("shoe", "a blue and yellow running shoe"),
        wearing("a pair of nike running shoes", "unsupported"),
        is_a("shoe", "yes"),
        title="ASICS Men Navy Blue GEL-Contend Running Shoes",
        category="Sports Shoes",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with grey melange side panels, worn with a red crew tee; white backdrop, front view.
    # Caption: caption adapter; details, wearing, open color: base; closed: reference.
    case(
        "X639-025",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with color block patterns."
        ),
        Q.color("black"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        wearing("she is wearing a red shirt and black pants", "pronoun", who="he"),
        Q.pattern("color block"),
        details("pants", "the details of the pants are the pants", "restated"),
        title="HRX by Hrithik Roshan Men Black Colourblocked Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: white crew tee with a large black and red Puma print on the chest, navy track pants; white backdrop,
    # front view. Caption: caption adapter; details, wearing, describe, open color: base; closed: reference.
    case(
        "X639-026",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric."
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        wearing(
            "a white puma shirt and blue pants. Question: What is the person wearing? Answer: a white puma shirt and",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt with a big puma logo in black and red"),
        details("t-shirt", "the puma logo is on the back and there is a zipper on the side", "unsupported"),
        is_a("tank top", "no"),
        title="Puma Men White Graphic Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange training shorts worn with a grey melange tee of the same shade, white socks and trainers,
    # no sunglasses or other accessories; white backdrop, front view. Caption, details: caption adapter; wearing,
    # open color: base; closed: reference.
    case(
        "X639-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric. He wears socks in shoes."
        ),
        Q.color("grey"),
        color_of("shorts", "gray", kind="open"),
        wearing("a grey shirt and grey shorts and a pair of sunglasses", "unsupported"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="Nike Men Grey Melange Training Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: teal lightweight running jacket with a neon green zip, zipped up over a grey tee whose collar shows,
    # black track pants; white backdrop, front view. Caption, details: caption adapter; wearing, describe, open color:
    # base; closed: reference.
    case(
        "X639-028",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "other fabric. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        Q.color("green", "contradiction"),
        color_of("jacket", "blue", kind="open"),
        wearing("a blue jacket and black pants"),
        Q.garment_type("jacket"),
        describe("jacket", "a teal jacket with a green zipper"),
        closure("zipper"),
        details(
            "jacket",
            "The outer clothing has long sleeves, other fabric and pure color patterns. The gentleman wears a long "
            "trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Teal Running Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: black crew tee with "CROSSFIT" printed in white across the chest, grey shorts; white backdrop, front
    # view. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-029",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is crew. "
            "The lower clothing is of short length. The fabric is cotton."
        ),
        Q.color("grey", "other_garment_color"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        wearing("Question: What is the person wearing? Answer: a black t-shirt", "leak"),
        Q.pattern("printed"),
        describe("t-shirt", "a black t-shirt with crossfit written in white"),
        title="Reebok Men Black CrossFit Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy polyester shorts with white piping down the sides and an elastic waistband, worn with a light blue
    # tee; white backdrop, front view. Caption: caption adapter (cut); details (base), other open: base; closed:
    # reference.
    case(
        "X639-030",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        color_of("shorts", "light blue", "other_garment_color", kind="open"),
        wearing("a blue shirt and blue shorts", who="the man"),
        Q.garment_type("shorts"),
        details("shorts", "white piping on the sides and an elastic waistband"),
        Q.material("denim", "unsupported"),
        title="Proline Men Navy Blue Polyester Sports Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: a single black running shoe, side view, no model: black mesh upper, white swoosh, white sole; white
    # backdrop. The feed row has no gender. Caption: caption adapter (looped); open: base; closed: reference.
    case(
        "X639-031",
        caption(
            "The person wears socks in shoes. The person wears socks in shoes. The person wears socks in shoes. The "
            "person wears socks in shoes. The person wears socks in shoes.",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("shoes"),
        color_of("shoe", "white", "contradiction", kind="open"),
        describe("shoe", "a black nike shoe with a white swoosh and a white sole"),
        Q.material("mesh"),
        wearing("no", "non_answer"),
        is_a("sneaker", "yes"),
        title="Nike Men Black Revolution 5 Running Shoes",
        category="Sports Shoes",
        color="Black",
    ),
    # photo: grey melange jogger track pants with a drawstring and ankle cuffs, worn with a black pullover hoodie;
    # white backdrop, front view. Caption: caption adapter; details (looped), describe, wearing, open color: base;
    # closed: reference.
    case(
        "X639-032",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The person wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        wearing("a black hoodie and grey sweatpants", who="he"),
        details(
            "pants",
            "gray sweatpants with a drawstring waist and cuffs at the ankles, gray sweatpants with a drawstring waist "
            "and cuffs at the ankles, gray",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "pants", "non_answer"),
        title="Puma Men Grey Solid Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: black full-length training tights worn under black shorts, grey tank top on top; white backdrop, front
    # view. Caption: caption adapter (cut); open: base; closed: reference.
    case(
        "X639-033",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is crew. The "
            "gentleman wears a long leggings, with cotton fabric and pure color patterns. The gentleman also wears a "
            "three-point shorts, with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("grey", "other_garment_color"),
        wearing("a gray tank top, black shorts and black leggings"),
        is_a("pair of jeans", "no"),
        describe("tights", "they are tight", "non_answer"),
        title="HRX by Hrithik Roshan Men Black Training Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue football jersey with a white V-neck trim and white stripes on the sleeves, white shorts,
    # white socks; front view only, the back is not shown. Caption: caption adapter (cut); open: base; closed:
    # reference.
    case(
        "X639-034",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a V-shape neckline. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        neckline("v-neck"),
        Q.color("white", "other_garment_color"),
        color_of("jersey", "blue and white", kind="open"),
        wearing("a blue and white soccer uniform"),
        describe(
            "jersey",
            "a blue puma football jersey with white stripes on the sleeves and a v neck, the number 10 on the back",
            "unsupported",
        ),
        title="Puma Men Blue Football Jersey",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy full-zip hoodie worn open over a white crew tee, grey joggers; white backdrop, front view.
    # Caption: caption adapter (cut); details, wearing, material, open color: base; closed: reference.
    case(
        "X639-035",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "This gentleman also wears an outer clothing, with cotton fabric and pure color patterns. The gentleman "
            "wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("navy blue"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        wearing("a blue hoodie over a white t-shirt, and gray pants"),
        details("hoodie", "a full zip, two side pockets and a drawstring hood"),
        Q.material("cotton"),
        title="HRX by Hrithik Roshan Men Navy Blue Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with "PUMA" printed in white down the left leg, worn with a yellow crew tee; white
    # backdrop, front view. Caption: caption adapter (cut); open: base; closed: reference.
    case(
        "X639-036",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("printed"),
        color_of("pants", "black", kind="open"),
        wearing("the person is wearing", "restated"),
        describe("pants", "black pants with white puma written on the leg"),
        is_a("pair of shorts", "no"),
        Q.material("cotton"),
        title="Puma Men Black Printed Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: red mesh gym vest with black contrast binding at the armholes and neck, black shorts, headphones
    # around the neck; white backdrop, front view. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-037",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is crew. The "
            "gentleman wears a three-point shorts. This gentleman has neckwear.",
            "unsupported",
        ),
        Q.garment_type("tank top"),
        Q.color("red"),
        wearing("she is wearing a red tank top and black shorts with headphones", "pronoun", who="he"),
        describe("tank top", "red with black trim around the arms and neck"),
        color_of("tank top", "the tank top is the color of the tank top", "restated", kind="open"),
        Q.sleeve_length("sleeveless"),
        title="Proline Men Red Mesh Gym Vest",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: shot from the knees down on a model: grey knit running shoes with white soles, black track pant cuffs
    # above them; white backdrop, side view. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-038",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person "
            "wears socks in shoes."
        ),
        Q.garment_type("track pants", "contradiction"),
        Q.color("grey"),
        color_of("shoes", "black", "other_garment_color", kind="open"),
        describe("shoes", "gray running shoes with a white sole"),
        wearing("black pants and gray sneakers"),
        title="Puma Men Grey Knit Running Shoes",
        category="Sports Shoes",
        color="Grey",
        gender="Men",
    ),
    # photo: back view: charcoal crew tee with a large white "HRX" print across the back, navy track pants; white
    # backdrop. Caption, details: caption adapter; wearing, describe, open color: base; closed: reference.
    case(
        "X639-039",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is crew. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        Q.color("grey"),
        Q.pattern("graphic"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("a gray shirt with hrx on the back and blue pants"),
        describe("t-shirt", "yes", "non_answer"),
        details(
            "t-shirt",
            "Answer: The upper clothing has short sleeves, cotton fabric and graphic patterns. The neckline of it is "
            "crew. The lower clothing is of long",
            "leak",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Charcoal Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes, two-button placket, khaki shorts; white backdrop, front
    # view. Caption: caption adapter (looped); open: base; closed: reference.
    case(
        "X639-040",
        caption(
            "The upper clothing has short sleeves, cotton fabric and striped patterns. The neckline of it is lapel. "
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has short",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("navy blue"),
        color_of("shirt", "white", "contradiction", kind="open"),
        wearing("a blue striped polo shirt and khaki shorts", who="the man"),
        Q.garment_type("polo shirt"),
        describe("polo shirt", "navy blue and white stripes, with a collar and two buttons"),
        title="Nike Men Navy Blue Striped Golf Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: royal blue track jacket with a white and red colourblock panel across the chest, zipped, no hood, black
    # joggers; white backdrop, front view. Caption: caption adapter; open: base; closed: reference.
    case(
        "X639-041",
        caption(
            "The gentleman wears a long-sleeve outer clothing with color block patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        Q.color("red", "contradiction"),
        Q.pattern("color block"),
        color_of("jacket", "blue, white and red", kind="open"),
        wearing("a jacket and pants"),
        describe(
            "jacket",
            "a blue jacket with a white and red stripe across the chest and a zipper in the front, the jacket has a "
            "hood",
            "unsupported",
        ),
        closure("buttons", "contradiction"),
        title="Kappa Men Blue Colourblocked Track Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow crew tee with a small black logo, olive jogger pants; white backdrop, front view.
    # Caption, details: caption adapter; wearing, describe, open color: base; closed: reference.
    case(
        "X639-042",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long pants."
        ),
        Q.color("yellow"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        wearing("he is wearing a mustard yellow t shirt and olive green jogger pants"),
        describe("t-shirt", "the t-shirt is a t-shirt that is a t-shirt", "restated"),
        Q.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a crew neckline. The gentleman wears a long pants. The pants "
            "are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Mustard Solid Training T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white running shorts with black side stripes and a drawstring, worn with a black tee; white backdrop,
    # front view; the inside of the shorts is not shown. Caption, details: caption adapter; others open: base;
    # closed: reference.
    case(
        "X639-043",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with striped patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "white", kind="open"),
        wearing("a black t-shirt and white shorts", who="he"),
        details(
            "shorts",
            "The shorts are with cotton fabric and striped patterns. The shorts are with cotton fabric and striped "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        describe(
            "shorts",
            "white shorts with black stripes and a drawstring, the shorts have a mesh lining and a key pocket",
            "unsupported",
        ),
        title="Adidas Men White Running Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: grey long-sleeve running tee with thumbholes and a small reflective logo on the chest, black shorts over
    # black tights; white backdrop, front view, the back not shown. Caption: caption adapter; open: base; closed:
    # reference.
    case(
        "X639-044",
        caption(
            "The lady is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The lady wears a three-point shorts.",
            "pronoun",
        ),
        Q.sleeve_length("long sleeves"),
        Q.color("grey"),
        color_of("t-shirt", "grey", kind="open"),
        wearing("a grey long sleeve shirt, black shorts, black leggings", who="the man"),
        describe(
            "t-shirt",
            "it has long sleeves with thumb holes, a reflective logo on the chest and a zip pocket on the back",
            "unsupported",
        ),
        Q.material("Question: What material is the garment made of? Answer: polyester", "leak"),
        title="Nike Men Grey Long Sleeve Running T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: a single navy knit slip-on walking shoe, side view, no model, white sole; white backdrop. The feed row
    # has no category. Caption: caption adapter (cut at the limit); open: base; closed: reference.
    case(
        "X639-045",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The person wears a long trousers. The trousers are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shoes"),
        Q.color("navy blue"),
        describe("shoes", "blue", "non_answer"),
        Q.material("knit fabric"),
        is_a("sandal", "no"),
        title="Skechers Men Navy Blue Knit Walking Shoes",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt with a red Reebok delta logo on the chest, ribbed cuffs and hem, navy track
    # pants, hands in pockets; white backdrop, front view. Caption: caption adapter; details (base), other open: base;
    # closed: reference.
    case(
        "X639-046",
        caption(
            "The person is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The person wears a long trousers."
        ),
        Q.color("red", "contradiction"),
        color_of("sweatshirt", "grey", kind="open"),
        wearing("she is wearing a gray sweatshirt with a red logo and blue pants", "pronoun", who="he"),
        Q.garment_type("hoodie", "contradiction"),
        details("sweatshirt", "ribbed cuffs and hem and a red reebok logo on the chest"),
        title="Reebok Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
]
