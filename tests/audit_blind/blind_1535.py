"""BLIND_1535 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-sixth session. Measured
blind at 71dbb3c (the session's first rules): 99/110 failures found (90.0%) and 7/239 correct texts flagged (2.9%).
The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, football jerseys, running shorts, hoodies, track pants, track
jackets, a few tanks and tights), with the marketplace's columns as the feed has them: title, category (Myntra's article
type, so jerseys sit under "Tshirts" and hoodies under "Sweatshirts"), color (the base colour, "Navy Blue", "Grey
Melange", "Fluorescent Green"...) and gender, one of them missing now and then. Photos are the usual catalog shots: a
model on a plain light-grey backdrop wearing the product with other clothes (a white tee under a track jacket, shorts
under a jersey), some flat lays on white, some back views, and props (a football, earphones, a dumbbell, goalkeeper
gloves, a backpack).

Who wrote what: every text is from Salesforce/blip2-opt-2.7b (8-bit) with the leoreigoto/Data3_V3_BLIP2_VQA adapter,
prompt "Question: <q> Answer:", greedy, 30 new tokens, asked enrich's default questionnaire (wearing, garment_type,
color, pattern, sleeve_length, description, details, material). The job did not caption with this adapter (VQA-only
training broke captions), so there is no caption. sleeve_length is skipped for most bottoms but was asked of a few;
material or details is missing for a few items. The closed questions (garment_type, color, pattern, sleeve_length) went
through the reference engine: a generation that matched a candidate is stored as the candidate label ("t-shirt", "navy",
"solid", "long"), one that did not is stored raw ("sweatshirt/hoodie", "black and white", "camouflage", "yes", and loops
such as "grey grey grey ..."). Because the adapter was trained with unmasked labels and no end token, open answers often
loop or run on to the 30-token limit, and sometimes carry on into the next "Question: ... Answer:" of the training
format; the closed answers, mapped to short labels, are mostly right.

Labeling conventions and judgement calls: judged against the photo I imagined and the title. hit_limit=True only on
texts that ran to the 30-token limit (loops, cut answers, leaks that kept going). A loop that also ends mid-phrase is
labelled loop, not cut; a leak that loops is labelled leak; an answer that runs on without repeating itself and stops
mid-phrase is cut, even when part of what it says is invented. The product's color given as the color of another garment
in the photo (the tee under the jacket, the shorts under the jersey) is other_garment_color; a wrong color that comes
from nowhere else in the photo, one color given to every garment of the outfit, or a wrong garment type against the
seller's category, is contradiction. For a tracksuit, answering only "jacket" or "pants" to the garment type is a
contradiction (the product is the set). A sleeve length answered for shorts or track pants (it describes the tee or tank
worn with them) is a contradiction. A color given to the pattern or material question, "yes" to an open question, an
empty answer and a details answer that only names a prop are non_answer; "made of fabric", "made of a material" and "the
details of the garment are black" are restated. Invented pockets, logos, collars, cuffs, a prop counted as part of the
garment, "100% cotton" on a polyester jersey and "leather" for a jersey are unsupported. "she" for a men's product is
pronoun, also when the gender column is missing but the title says Men; "he is wearing" in a loop is labelled loop.
Maroon answered "red", teal answered "green" and "blue" for Navy Blue are accepted; a multicolour garment's color
answered with the colour the seller gave is right, with a secondary colour (red panels, camouflage read as green) is a
contradiction. Materials that the photo cannot settle but that fit the product (polyester for a jersey, cotton for a
fleece hoodie, nylon for a windcheater) are accepted as right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1535 = [
    # Photo: model, front, white crew tee and black running shorts with a white swoosh on the left leg; grey backdrop.
    # All texts: VQA adapter; closed answers mapped to candidates.
    case(
        "X1535-001",
        Q.wearing("a white t-shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "black shorts with a white logo on the left leg and a white logo on the left leg and a white logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("black shorts with a white logo on the left leg"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model, front, full navy tracksuit (zipped jacket, pants) with white piping, white sneakers.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-002",
        Q.wearing("a blue jacket and blue pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue jacket with white stripes on the sleeves and white stripes on the pants and white shoes and a blue"
            " jacket with white",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the jacket has a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and"
            " a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model, front, grey melange hoodie (hood down, kangaroo pocket, black trefoil print on the chest) over black
    # track pants. All texts: VQA adapter; garment_type kept raw (the In-shop class name did not map).
    case(
        "X1535-003",
        Q.wearing("she is wearing a grey hoodie and black pants", "pronoun"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("a grey hoodie with a black logo on the front"),
        Q.details(
            "a grey hoodie with a black logo on the front and a black logo on the front and a black logo on the front"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "cotton Question: What is the color of the hoodie? Answer: grey Question: What is the color of the pants?"
            " Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Originals Men Grey Melange Trefoil Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model, front, red home jersey (black V collar, white sponsor print, no stripes) with white shorts,
    # holding a football. All texts: VQA adapter; closed answers mapped. The jersey is polyester.
    case(
        "X1535-004",
        Q.wearing(
            "a red shirt and white shorts and a soccer ball and a red shirt and white shorts and a soccer ball and a"
            " red",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red jersey with a white logo on the front"),
        Q.details("the shirt has a white collar and white stripes on the sleeves", "unsupported"),
        Q.material("100% cotton", "unsupported"),
        gender="Men",
        title="Manchester United Men Red Home Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, front, black sleeveless training tee with a white CrossFit print, grey shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-005",
        Q.wearing("a black tank top"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black tank top with a white logo"),
        Q.details(
            "a black tank top with a white logo on the front and a white logo on the back and a white logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("black", "non_answer"),
        gender="Men",
        title="Reebok Men Black CrossFit Sleeveless T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay on white, grey cotton fleece joggers, cuffed ankles, drawstring, small swoosh on the left thigh.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-006",
        Q.wearing("a pair of grey pants"),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("grey sweatpants with a drawstring waist"),
        Q.details(
            "the pants have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "cotton and polyester and spandex and cotton and polyester and spandex and cotton and polyester and"
            " spandex and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Grey Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model, front, navy running shorts with orange side panels, neon green tee, running shoes. The feed left
    # the color column empty. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-007",
        Q.wearing("a green shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("green", "other_garment_color"),
        Q.pattern("color block"),
        Q.description(
            "a pair of blue shorts with orange stripes on the side and a green shirt with a black logo on the front"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Proline Men Navy Blue Running Shorts",
        category="Shorts",
    ),
    # Photo: back view, model in a black hooded windbreaker with PUMA printed in white across the back, black pants.
    # All texts: VQA adapter; closed answers mapped. details ran on into the training format.
    case(
        "X1535-008",
        Q.wearing(
            "he is wearing a black jacket with a hood and black pants and black shoes and he is wearing a black jacket"
            " with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with the word puma on the back"),
        Q.details(
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Men",
        title="Puma Men Black Hooded Windcheater",
        category="Jackets",
        color="Black",
    ),
    # Photo: model, front, white tracksuit (zipped jacket, pants) with black three stripes on sleeves and legs, black
    # sneakers. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-009",
        Q.wearing("she is wearing a white jacket and white pants", "pronoun"),
        Q.garment_type("pants", "contradiction"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a white track suit with black stripes"),
        Q.details(
            "three black stripes on the sleeves and three black stripes on the legs and three black stripes on the"
            " sleeves"
            " and three black",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men White Tiro Tracksuit",
        category="Tracksuits",
        color="White",
    ),
    # Photo: model, front, red hoodie (hood down, small white-and-navy Fila logo on the chest), blue jeans.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-010",
        Q.wearing("she is wearing a red hoodie and blue jeans", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a red hoodie"),
        Q.details("a red hoodie with a white logo on the chest"),
        Q.material(
            "the hoodie is made of cotton and the jeans are made of denim and the hoodie is made of cotton and the"
            " jeans are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Fila Men Red Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: model, front, neon (fluorescent) green running tee with a black swoosh, black shorts, white earphones.
    # All texts: VQA adapter; closed answers mapped. The model reads the neon green as yellow twice.
    case(
        "X1535-011",
        Q.wearing("a yellow shirt and black shorts", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a bright green t-shirt with a black logo on the chest"),
        Q.details("the shirt has a black logo on the chest and black earphones", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Fluorescent Green Dri-FIT Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: model, front, olive track jacket worn open over a white tee, black track pants, logo tape on the sleeves.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-012",
        Q.wearing("a green jacket and a green shirt and green pants", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green jacket with a white shirt underneath and green pants", "contradiction"),
        Q.details("the jacket has a zipper on the front and a logo on the sleeve"),
        Q.material(
            "the jacket is made of nylon and the shirt is made of cotton and the pants are made of nylon and the"
            " jacket is made",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Olive Track Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: model, front, blue pique polo with a white tipped collar, grey track pants.
    # All texts: VQA adapter; sleeve_length kept raw (a loop that did not map), the other closed answers mapped.
    case(
        "X1535-013",
        Q.wearing("she is wearing a blue polo shirt and grey pants", "pronoun"),
        Q.garment_type("polo"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve"
            " short",
            "loop",
            hit_limit=True,
        ),
        Q.description("a black polo shirt with a white collar", "contradiction"),
        Q.details(
            "a blue polo shirt with a white collar and a white collar and a white collar and a white collar and a"
            " white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Lotto Men Blue Sports Polo T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, side view, black track pants with a white side stripe, grey short-sleeved tee.
    # All texts: VQA adapter; closed answers mapped; sleeve_length was asked of the pants.
    case(
        "X1535-014",
        Q.wearing("a grey shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black pants with a white stripe on the side"),
        Q.details(
            "the pants have a white stripe on the side and a white stripe on the side and a white stripe on the side"
            " and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: back view, model in a blue jersey with white name and number "TERRY 26" on the back, blue shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-015",
        Q.wearing(
            "a blue shirt with the number 26 on the back and the name terry on the back and the number 26 on the back"
            " and the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a blue soccer jersey with the number 26 and the name terry"),
        Q.details(
            "the name terry and the number 26 on the back and the name terry and the number 26 on the back and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Chelsea Men Blue Home Jersey with Terry 26 Print",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, front, charcoal crew-neck sweatshirt (no hood, grey ribbed cuffs) over a white tee whose collar
    # shows, blue jeans. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-016",
        Q.wearing("a grey sweater and jeans"),
        Q.garment_type("hoodie", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a grey sweatshirt"),
        Q.details("the sweatshirt has a white collar and white cuffs", "unsupported"),
        Q.material(
            "the sweatshirt is made of cotton and the jeans are made of denim and the sweatshirt is made of cotton and"
            " the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Charcoal Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: model, side view, black compression tights (white swoosh on the left calf only) under black running
    # shorts, grey tee. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-017",
        Q.wearing(
            "a grey shirt and black shorts and black leggings and black shoes and a grey shirt and black shorts and"
            " black leggings",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black leggings"),
        Q.details("black leggings with a white logo on the left leg and a white logo on the right leg", "unsupported"),
        Q.material("spandex"),
        gender="Men",
        title="Nike Men Black Pro Compression Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: flat lay on white, navy hooded track jacket with white three stripes on the sleeves, full zip.
    # All texts: VQA adapter; closed answers mapped. Everything right on this clean flat lay.
    case(
        "X1535-018",
        Q.wearing("a blue jacket"),
        Q.garment_type("jacket"),
        Q.color("navy"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a blue hooded jacket with white stripes on the sleeves"),
        Q.details("the jacket has a hood and a zipper"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Hooded Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: model, front, yellow running tee with a black Puma cat logo on the chest, black shorts, black cap.
    # All texts: VQA adapter; closed answers mapped. No material asked.
    case(
        "X1535-019",
        Q.wearing("a yellow shirt and black shorts and a black hat"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("yes", "non_answer"),
        Q.details(
            "a yellow t-shirt with a black puma logo on the chest and a black puma logo on the chest and a black puma"
            " logo",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Yellow Running T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: model, front, black-and-white vertically striped football jersey, black shorts.
    # All texts: VQA adapter; color kept raw ("black and white" did not map), other closed answers mapped.
    case(
        "X1535-020",
        Q.wearing("a black and white striped shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black and white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description(
            "a black and white striped soccer jersey with a black collar and black shorts and black socks and black"
            " shoes and a black",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "black black black black black black black black black black black black black black black black black"
            " black"
            " black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Umbro Men Black & White Striped Football Jersey",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, side view mid-stride, blue running shorts with a small white logo on the side, white tee. The feed
    # left the gender column empty. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-021",
        Q.wearing("a white shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("she is wearing a white shirt and blue shorts", "pronoun"),
        Q.details("blue shorts with a white logo on the side"),
        Q.material(
            "polyester Question: What is the color of the shorts? Answer: blue Question: What is the color of the"
            " shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="ASICS Men Blue Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model, front, black fleece hoodie, hood up, white swoosh on the chest, grey joggers.
    # All texts: VQA adapter; garment_type kept raw (a loop of the In-shop class name), the rest mapped.
    case(
        "X1535-022",
        Q.wearing(
            "he is wearing a black hoodie and grey pants and he is wearing a black hoodie and grey pants and he is"
            " wearing a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type(
            "sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie sweatshirt/hoodie"
            " sweatshirt/hoodie",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black hoodie with a white nike logo"),
        Q.details("a hood and a white nike logo on the chest and a zipper pocket on the sleeve", "unsupported"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Black Club Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model, front, maroon track pants with thin white side piping, white tee; the pants have an elastic waist
    # with drawstring and two side pockets, no back pocket. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-023",
        Q.wearing(
            "a white shirt and red pants and white shoes and a white shirt and red pants and white shoes and a white"
            " shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("a pair of red pants with white stripes on the side"),
        Q.details(
            "the pants have a drawstring waist and two pockets on the front and a pocket on the back and a pocket on"
            " the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Proline Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: model, front, sky-blue home jersey with a small crest and sponsor logo, white shorts, a football at his
    # feet.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-024",
        Q.wearing("a blue shirt and white shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a light blue soccer jersey with a logo on the chest"),
        Q.details("a soccer ball", "non_answer"),
        Q.material(
            "polyester Question: Is this a tee/tank? Answer: yes Question: Is this a tee/tank? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Sky Blue Manchester City Home Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: flat lay on white, grey tracksuit, jacket and pants laid side by side, plain, full zip.
    # All texts: VQA adapter; garment_type kept raw ("track suit" did not map), the rest mapped.
    case(
        "X1535-025",
        Q.wearing("a grey jacket and grey pants"),
        Q.garment_type("track suit"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a grey track suit with a zipper"),
        Q.details(
            "the jacket has a zipper and the pants have a drawstring and the jacket has a zipper and the pants have a"
            " drawstring and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Slazenger Men Grey Tracksuit",
        category="Tracksuits",
        color="Grey",
    ),
    # Photo: model, front, white training tee with a large red Reebok delta print on the chest, black track pants,
    # holding a dumbbell. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-026",
        Q.wearing("she is wearing a white shirt and black pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a red logo on the front"),
        Q.details("the shirt has a round neck and short sleeves"),
        Q.material("white", "non_answer"),
        gender="Men",
        title="Reebok Men White Delta Graphic Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: flat lay on white, black football shorts with white logo tape down both sides. The feed left the category
    # column empty. All texts: VQA adapter; garment_type kept raw ("yes" did not map), the rest mapped.
    case(
        "X1535-027",
        Q.wearing("a pair of black shorts"),
        Q.garment_type("yes", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black shorts"),
        Q.details(
            "black shorts with a white stripe on the side and a white stripe on the side and a white stripe on the"
            " side and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Kappa Men Black Football Shorts",
        color="Black",
    ),
    # Photo: model, front, navy windrunner with a white chevron across the chest edged in red, hood, zip, side pockets
    # only; khaki pants. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-028",
        Q.wearing("a blue and white jacket and khaki pants"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue and white jacket with a red stripe on the chest and a red stripe on the chest and a red stripe on",
            "loop",
            hit_limit=True,
        ),
        Q.details("the jacket has a hood and a zipper and a pocket on the chest", "unsupported"),
        Q.material("nylon"),
        gender="Men",
        title="Nike Men Navy Blue Windrunner Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: back view, model in a plain black hoodie (the trefoil is on the front, not visible), black joggers.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-029",
        Q.wearing(
            "a black hoodie and black pants and black shoes and a black hoodie and black pants and black shoes and a"
            " black hoodie",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black hoodie with a white logo on the back", "unsupported"),
        Q.details("the details of the garment are black", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Adidas Originals Men Black Trefoil Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model, front, grey running shorts with a black waistband and black drawcord, black tank top.
    # All texts: VQA adapter; closed answers mapped; sleeve_length was asked of the shorts.
    case(
        "X1535-030",
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("grey shorts with a black waistband"),
        Q.details(
            "a pair of grey shorts with a black waistband and a black drawstring and a black drawstring and a black"
            " drawstring and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Grey Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: model, front, white track jacket with red and navy panels on shoulders and sleeves, half zipped, navy track
    # pants. All texts: VQA adapter; closed answers mapped; details ran on into the training format.
    case(
        "X1535-031",
        Q.wearing("a white jacket and a white shirt and white pants", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("red", "contradiction"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a white jacket with red and blue stripes"),
        Q.details(
            "white Question: What is the color of the pants? Answer: blue Question: What is the color of the jacket?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Fila Men White Colourblocked Track Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: model, front, red-bodied home jersey with white sleeves, "Fly Emirates" sponsor print, crest on the left,
    # Puma logo on the right, white shorts. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-032",
        Q.wearing(
            "a red and white shirt and white shorts and white socks and red shoes and a red and white shirt and white"
            " shorts and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description("a red and white soccer jersey with the emirates logo on the front"),
        Q.details(
            "a red and white soccer jersey with the emirates logo on the front and the arsenal logo on the left and the"
            " puma logo on",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Arsenal Men Red & White Home Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model, front, black tracksuit (white swoosh on the jacket's chest and on the left leg), white sneakers.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-033",
        Q.wearing(
            "a black jacket with a white nike logo on the chest and black pants with a white nike logo on the left leg"
            " and"
            " white sneakers with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black track suit with a white nike logo on the chest"),
        Q.details(
            "the jacket has a zipper and the pants have a zipper and the jacket has a zipper and the pants have a"
            " zipper"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Knit Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: flat lay on white, orange hoodie with "WILDCRAFT" printed in white across the chest.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-034",
        Q.wearing("an orange hoodie"),
        Q.garment_type("hoodie"),
        Q.color("orange"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description(
            "an orange hoodie with the word wildcraft on the front and the word wildcraft on the back and the word"
            " wildcraft on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Wildcraft Men Orange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Orange",
    ),
    # Photo: model, side view, teal running tee with a small black Puma logo, black shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-035",
        Q.wearing("she is wearing a green shirt and black shorts", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green t-shirt"),
        Q.details("a green t-shirt with a black puma logo"),
        Q.material("the garment is made of fabric", "restated"),
        gender="Men",
        title="Puma Men Teal Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model, front, navy sleeveless training tank with white three stripes down the sides, grey shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-036",
        Q.wearing("a blue tank top and grey shorts"),
        Q.garment_type("tank top"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a navy blue tank top with white stripes on the side and a grey pair of shorts with a black waistband and"
            " a black",
            "cut",
            hit_limit=True,
        ),
        Q.details("she is wearing a blue tank top", "pronoun"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Sleeveless Training Tank",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: model, front, green long-sleeved goalkeeper jersey, black shorts, black goalkeeper gloves.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-037",
        Q.wearing("a green shirt and black shorts and gloves"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a green goalkeeper jersey with black gloves"),
        Q.details(
            "the gloves are black and the gloves are black and the gloves are black and the gloves are black and the"
            " gloves",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Umbro Men Green Long Sleeve Goalkeeper Jersey",
        category="Tshirts",
        color="Green",
    ),
    # Photo: model, front, grey-and-black camouflage print hoodie, black joggers.
    # All texts: VQA adapter; pattern kept raw ("camouflage" did not map), the rest mapped.
    case(
        "X1535-038",
        Q.wearing(
            "a camouflage hoodie and black pants and black shoes and a camouflage hoodie and black pants and black"
            " shoes and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("green", "contradiction"),
        Q.pattern("camouflage"),
        Q.sleeve_length("long"),
        Q.description("a grey and black camouflage hoodie"),
        Q.details(
            "a camouflage print on the front and the back and the sleeves and the hood and the pocket and the front and"
            " the back and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Camouflage Print Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # Photo: back view, model in white running shorts (swoosh on the front left leg, not visible; zip pocket at the
    # back), bare legs, grey tee. All texts: VQA adapter; pattern kept raw ("white" did not map), the rest mapped.
    case(
        "X1535-039",
        Q.wearing("white shorts"),
        Q.garment_type("shorts"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.description("a pair of white shorts with a black nike logo on the back", "unsupported"),
        Q.details("the shorts have a zipper pocket on the back"),
        Q.material("the shorts are made of a material", "restated"),
        gender="Men",
        title="Nike Men White Flex Stride Running Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: model, front, navy full-zip hoodie worn open over a grey tee, blue jeans; two front pockets, none at the
    # back. The feed left the category column empty. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-040",
        Q.wearing("a blue hoodie and a grey shirt"),
        Q.garment_type("hoodie"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a navy blue zip up hoodie"),
        Q.details(
            "the hoodie has a zipper and a hood and a pocket on the front and a pocket on the back and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and"
            " cotton and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Proline Men Navy Blue Zip Front Hooded Sweatshirt",
        color="Navy Blue",
    ),
    # Photo: model, front, black track pants with white three stripes and ankle zips, white tee.
    # All texts: VQA adapter; closed answers mapped. All right.
    case(
        "X1535-041",
        Q.wearing("a white shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("black pants with three white stripes on the side"),
        Q.details("three white stripes on the side and a zipper on the bottom"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model, three-quarter view, light blue windcheater with the hood up, black pants, a grey backpack on one
    # shoulder. All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-042",
        Q.wearing("a blue jacket and a backpack"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue rain jacket with a hood"),
        Q.details("the jacket has a hood and a backpack", "unsupported"),
        Q.material("nylon"),
        gender="Men",
        title="Columbia Men Blue Windcheater Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model, front, grey melange tee with "JUST DO IT" printed in black on the chest, black shorts.
    # All texts: VQA adapter; color kept raw (a loop that did not map), the other closed answers mapped.
    case(
        "X1535-043",
        Q.wearing("a grey shirt that says just do it"),
        Q.garment_type("t-shirt"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt with the words just do it on the front"),
        Q.details(
            "just do it just do it just do it just do it just do it just do it just do it just do it just do it just",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Just Do It Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: model, front, blue-and-maroon vertically striped home jersey, blue shorts.
    # All texts: VQA adapter; closed answers mapped.
    case(
        "X1535-044",
        Q.wearing("a blue and red striped shirt and blue shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a blue and red striped soccer jersey", "pronoun"),
        Q.details(
            "the shirt has a blue collar and a red collar and a blue collar and a red collar and a blue collar and a"
            " red",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="FC Barcelona Men Blue & Maroon Striped Home Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model, front, green training shorts with a small white Puma logo on the left leg, white tee.
    # All texts: VQA adapter; closed answers mapped; material ran on into the training format.
    case(
        "X1535-045",
        Q.wearing("a white shirt and green shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "green shorts and a white shirt and white shoes and green shorts and a white shirt and white shoes and"
            " green shorts",
            "loop",
            hit_limit=True,
        ),
        Q.details("green shorts with a white puma logo on the left leg"),
        Q.material(
            "Question: What material is the garment made of? Answer: polyester Question: What material is the garment"
            " made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Green Training Shorts",
        category="Shorts",
        color="Green",
    ),
]
