"""BLIND_1391 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
fourth session. Measured blind at bfeca02 (the session's second rules): 69/78 failures found (88.5%) and 21/236
correct texts flagged (8.9%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, football and cricket jerseys, running shorts, hoodies, a few
track pants, jackets and tights). The photos are the catalog's usual shots: a model on a plain grey or white backdrop
wearing the product with other clothes (a tee under a jacket, a tee over shorts, joggers under a hoodie), now and then
a flat lay, a back view or a prop (a football, a dumbbell, a bat, a racquet). Catalog columns as the feed has them:
title, category (Myntra's article type: Tracksuits, Tshirts, Shorts, Sweatshirts, Track Pants, Jackets, Tights), color
(Myntra's base colour) and gender; a column is missing now and then, as in the real feed.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), asked
enrich's default questionnaire with the `Question: ... Answer:` prompt, greedy, 30 new tokens. The system does not
caption, so there is no caption text. Closed questions (garment type, color, pattern, sleeve length) go through the
reference engine: an answer that maps onto a candidate is stored as the candidate's word, an unmapped one is kept raw
(the In-shop style "sweatshirt/hoodie", "jacket/coat", "heather grey", "black-white", and also raw loops and leaks).
Because the adapter was trained without an end-of-answer token, the open answers often run on to the limit: loops,
cuts mid-phrase, the prompt format generated again.
Labeling conventions and judgement calls: judged by the photo described in the comment above each case and by the
title. A near color is accepted (olive/green, charcoal/grey, teal/blue, navy/blue) but black for a navy product is
not. A tracksuit typed "jacket" is accepted (it names the visible piece of the set). For bottoms (shorts, pants,
tights) a sleeve answer of "no sleeves"/"sleeveless" is correct and a length ("short") is marked contradiction: the
article has no sleeves and the answer describes the tee worn with it. A pattern answer that contradicts the title's
pattern word ("solid" for a Printed or Colourblocked title whose print shows in the photo) is contradiction. An answer
that describes another garment or a prop instead of the product, or answers a color to a material/details/sleeve
question, or says "yes" to an open question, is non_answer. An answer that only restates the question's words is
restated, even when it ends with a word that answers. Invented features (a zipper on a pullover, pockets not in the
photo, anything on a back the photo does not show, cotton for a shiny polyester tricot) are unsupported. A loop that
is cut at the limit is labeled loop, not cut; cut is for a text that runs on without repeating and stops mid-phrase.
For a pack of two shown as a flat lay, naming one of the two colors is accepted, but "a pair" is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1391 = [
    # Photo: model front on grey backdrop, navy zip track jacket with thin white piping down the sleeves, matching
    # navy pants, white sneakers. All texts: VQA adapter; closed answers mapped.
    case(
        "X1391-001",
        Q.wearing("a navy blue track suit"),
        Q.garment_type("tracksuit"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "white piping on the sleeves, white piping on the sleeves, white piping on the sleeves, white piping on "
            "the sleeves, white piping",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Solid Track Suit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model side-on in a running pose, black shorts with a small reflective logo on the left leg, white
    # running tee, grey shoes. VQA adapter; the color answer is the tee's; the sleeve answer is the tee's too.
    case(
        "X1391-002",
        Q.wearing("a white t-shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black running shorts with a reflective logo on the left leg"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model front, grey melange pullover hoodie, hood down, kangaroo pocket, small swoosh on the chest, BLACK
    # joggers. VQA adapter; wearing gives the hoodie's grey to the joggers too; type and color kept raw.
    case(
        "X1391-003",
        Q.wearing("a grey hoodie and grey pants", "contradiction"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("heather grey"),
        Q.sleeve_length("long"),
        Q.details("kangaroo pocket, drawstring hood, ribbed cuffs"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Club Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model front holding a football under his arm, red jersey with white three stripes on the shoulders and
    # a tonal chevron print clearly visible across the body, black shorts. VQA adapter; "she" for a man; the pattern
    # answer misses the print the title and photo show.
    case(
        "X1391-004",
        Q.wearing("she is wearing a red soccer jersey and black shorts", "pronoun"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a red soccer jersey with white stripes on the shoulders and a white logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Red Printed Football Jersey",
        category="Tshirts",
        color="Red",
    ),
    # Photo: model full length, shiny black tricot track pants with a small white cat logo on the left thigh and
    # elastic cuffs, grey tee worn out. VQA adapter; color is the tee's; cotton does not fit the shiny tricot.
    case(
        "X1391-005",
        Q.wearing("a grey t-shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "black track pants with a white logo on the left leg and a drawstring waist and a drawstring waist and a "
            "drawstring waist and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model front, teal track jacket with black shoulder panels and a white zip, black pants with a teal side
    # panel. VQA adapter; closed answers mapped; the material answer only restates the question.
    case(
        "X1391-006",
        Q.wearing("a teal and black track suit"),
        Q.garment_type("track suit"),
        Q.color("teal"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "a teal and black track jacket with a white zipper and black track pants with a teal stripe on the side"
        ),
        Q.details(
            "the zipper, the pockets, the collar, the sleeves, the zipper, the pockets, the collar, the sleeves, the "
            "zipper, the pockets,",
            "loop",
            hit_limit=True,
        ),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="Alcis Men Teal Blue Colourblocked Track Suit",
        category="Tracksuits",
        color="Teal",
    ),
    # Photo: flat lay on white, royal blue running shorts with split hems and a small reflective logo, inner brief
    # visible at the waistband, one small zip pocket on the back of the waistband, no side pockets. VQA adapter;
    # details invents zipped side pockets. Gender column empty in the feed.
    case(
        "X1391-007",
        Q.wearing("blue shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a pair of blue shorts with a white logo on the left leg"),
        Q.details(
            "elastic waistband with a drawstring, two side pockets with zippers and a back pocket with a zipper",
            "unsupported",
        ),
        Q.material("polyester"),
        title="ASICS Men Blue Solid Running Shorts with Inner Brief",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model front, olive pullover hoodie with a white delta logo on the chest, hood down, blue jeans. VQA
    # adapter; the color answer is the jeans'; the description loops on the logo (nothing on the sleeve or back is
    # visible).
    case(
        "X1391-008",
        Q.wearing("a green hoodie and blue jeans"),
        Q.garment_type("hoodie"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a green hooded sweatshirt with a white logo on the chest and a white logo on the sleeve and a white logo "
            "on the back and a white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: back view, white jersey with navy vertical stripes, navy number 10 on the back, navy collar, black
    # shorts; visible mesh fabric. VQA adapter; details generates the prompt format again; cotton for a mesh jersey.
    case(
        "X1391-009",
        Q.wearing("a white and blue striped shirt with the number 10 on the back"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.details(
            "the number 10 on the back Question: What is the color of the shirt? Answer: white Question: What is the "
            "color",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Kappa Men White & Navy Blue Striped Football Jersey",
        category="Tshirts",
        color="White",
    ),
    # Photo: model front holding a dumbbell, charcoal crew-neck training tee with a small logo on the left chest,
    # raglan sleeves, black shorts. VQA adapter; description talks about the prop; details cut at the limit.
    case(
        "X1391-010",
        Q.wearing("a grey t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("he is holding a dumbbell", "non_answer"),
        Q.details(
            "a small under armour logo on the left chest, a crew neck, raglan sleeves and a curved hem with side vents "
            "and a heat transfer label inside the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Under Armour Men Charcoal Tech 2.0 Training T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: model side view, navy shorts with white piping on the hem, white tee. The navy reads dark but is plainly
    # blue next to the black shoes. VQA adapter; color says black; details only says they are short.
    case(
        "X1391-011",
        Q.wearing("white t-shirt and navy blue shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("no sleeves"),
        Q.description("navy blue shorts with white piping"),
        Q.details("they are short", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model front, shiny black tricot jacket and pants with white three stripes down sleeves and legs, white
    # sneakers. VQA adapter; color kept raw (In-shop style); description loops; cotton for tricot.
    case(
        "X1391-012",
        Q.wearing("a black adidas track suit with white stripes"),
        Q.garment_type("track suit"),
        Q.color("black-white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a black track suit with white stripes on the sleeves and white stripes on the pants and white stripes on "
            "the sleeves and white stripes on the pants and",
            "loop",
            hit_limit=True,
        ),
        Q.details("three stripes"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men Black Essentials 3-Stripes Track Suit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model front, maroon zip-up track jacket worn open over a white tee, black track pants. VQA adapter;
    # the color answer is the tee's; type kept raw.
    case(
        "X1391-013",
        Q.wearing("a maroon jacket, a white t-shirt and black pants"),
        Q.garment_type("jacket/coat"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a maroon jacket with a white t-shirt underneath"),
        Q.details(
            "a zipper and two pockets and a zipper and two pockets and a zipper and two pockets and a zipper and two "
            "pockets and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Maroon Dri-FIT Academy Track Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # Photo: model front, mustard yellow hoodie with a large black "HRX" typography print on the chest, black track
    # pants. VQA adapter; wearing leaks the prompt format; pattern misses the print; details loops.
    case(
        "X1391-014",
        Q.wearing(
            "he is wearing a yellow hoodie and black pants Question: What is the color of the hoodie? Answer: yellow "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.description("a yellow hoodie with the word hrx on it"),
        Q.details(
            "the hood, the sleeves, the pocket, the hood, the sleeves, the pocket, the hood, the sleeves, the pocket, "
            "the hood",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Yellow Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
    ),
    # Photo: model full length, grey melange joggers with cuffed hems and side pockets, black tee, white sneakers.
    # VQA adapter; wearing loops to the limit.
    case(
        "X1391-015",
        Q.wearing(
            "he is wearing grey sweatpants and a black shirt and white shoes and he is wearing grey sweatpants and a "
            "black shirt and white shoes and he",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.details("elastic waistband with drawstring, two side pockets and ribbed cuffs"),
        Q.material("cotton"),
        gender="Men",
        title="Proline Active Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model mid-stride, fluorescent green running tee with a small reflective logo on the chest, mesh panels
    # at the sides, curved hem, black shorts; the green is plainly green, not yellow. VQA adapter; the closed color
    # answer says yellow; the description runs on and is cut.
    case(
        "X1391-016",
        Q.wearing("a neon green shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a bright green running shirt with a small reflective logo on the chest and mesh panels on the sides and "
            "a curved hem that",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Fluorescent Green Solid Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: flat lay on white of two pairs of shorts side by side, one black and one grey, both with elastic
    # waistbands. VQA adapter; "a pair" is wrong for the pack; naming one of the two colors is accepted. No gender
    # column.
    case(
        "X1391-017",
        Q.wearing("black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("a pair of black shorts", "contradiction"),
        Q.details("elastic waistband"),
        Q.material("polyester"),
        title="Sports52 wear Men Pack of 2 Running Shorts",
        category="Shorts",
        color="Multi",
    ),
    # Photo: model front, track jacket red on the upper half and navy on the lower half with a white logo on the
    # chest, navy pants with a white logo on the left thigh. VQA adapter; details cut mid-phrase.
    case(
        "X1391-018",
        Q.wearing("a red and blue track suit"),
        Q.garment_type("tracksuit"),
        Q.color("red"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.details(
            "the jacket has a red top and a blue bottom with a white fila logo on the chest and the pants are blue "
            "with a white fila logo on the left",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="FILA Men Red & Navy Blue Colourblocked Track Suit",
        category="Tracksuits",
        color="Red",
    ),
    # Photo: model front holding a badminton racquet, royal blue tee with a white geometric print on the shoulders
    # and sides, white shorts. VQA adapter; the color answer loops and is kept raw; description loops too.
    case(
        "X1391-019",
        Q.wearing("a blue shirt and white shorts"),
        Q.garment_type("t-shirt"),
        Q.color(
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue and "
            "white and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue shirt with a white and white and white and white and white and white and white and white and white "
            "and white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="YONEX Men Blue Printed Badminton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: model front, black pullover hoodie (no zip) with a large white swoosh print across the chest, grey
    # joggers. VQA adapter; details invents a front zipper.
    case(
        "X1391-020",
        Q.wearing("a black hoodie and grey sweatpants"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.details("a large white nike logo on the front and a zipper on the front", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Black Printed Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model front, white club home jersey with the crest on the left chest, brand logo on the right, sponsor
    # text across the front, plain white sleeves, white shorts. VQA adapter; description invents sleeve stripes;
    # details starts cycling through the logos. No color column.
    case(
        "X1391-021",
        Q.wearing("a white soccer jersey and white shorts"),
        Q.garment_type("jersey"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description(
            "a white real madrid jersey with purple stripes on the sleeves and the fly emirates logo on the front",
            "unsupported",
        ),
        Q.details(
            "the real madrid logo on the left chest, the adidas logo on the right chest, the fly emirates logo on the "
            "front, the real madrid logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Real Madrid Home Football Jersey",
        category="Tshirts",
    ),
    # Photo: model front, charcoal joggers with zip side pockets and ribbed ankle cuffs, white tee, white sneakers.
    # VQA adapter; color is the tee's; description cut; material restates the question.
    case(
        "X1391-022",
        Q.wearing("a white t-shirt and grey pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "dark grey joggers with an elastic waistband, drawstring, zip pockets on both sides and ribbed cuffs at "
            "the ankles and a small logo on the left",
            "cut",
            hit_limit=True,
        ),
        Q.details("zip pockets on the sides and an elastic waistband"),
        Q.material("the material of the garment is cotton", "restated"),
        gender="Men",
        title="Rigo Men Charcoal Solid Slim Fit Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: model front, grey melange full-zip hoodie half open over a black tee, black track pants. VQA adapter;
    # color is the tee's and pants'; material answered with a color.
    case(
        "X1391-023",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a grey zip up hoodie with a black shirt underneath"),
        Q.details("full zip, two pockets, drawstring hood"),
        Q.material("grey", "non_answer"),
        gender="Men",
        title="Puma Men Grey Melange Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model front, orange running shorts with side slits, black tee. VQA adapter; "she" for a man; sleeve
    # answer is the tee's.
    case(
        "X1391-024",
        Q.wearing("she is wearing a black shirt and orange shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("orange running shorts with side slits"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Orange Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Orange",
    ),
    # Photo: back view, navy track jacket with a white brand print across the upper back, navy pants. VQA adapter;
    # pattern kept raw as a restatement; details leaks the prompt format.
    case(
        "X1391-025",
        Q.wearing("a navy blue track suit"),
        Q.garment_type("track suit"),
        Q.color("navy"),
        Q.pattern("the pattern of the garment is solid", "restated"),
        Q.description("a navy blue track jacket with the reebok logo on the back"),
        Q.details(
            "the back of the jacket has the word reebok on it Question: What is the color of the jacket? Answer: navy "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model front, hoodie with a black body and white and red colour-block panels across the chest, blue
    # jeans. VQA adapter; pattern misses the blocks; description just says "yes".
    case(
        "X1391-026",
        Q.wearing("a black and white hoodie and blue jeans"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("yes", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Black Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model front holding a cricket bat, blue polo-collar cricket jersey with an orange brush-stroke print on
    # the shoulders, two-button placket, white trousers. VQA adapter; color kept raw; details loops.
    case(
        "X1391-027",
        Q.wearing("a blue cricket jersey and white pants"),
        Q.garment_type("polo shirt"),
        Q.color("blue-orange"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.details(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, "
            "collar, buttons, collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Alcis Men Blue Printed Cricket Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: back view, black running shorts with a zip pocket on the back, grey tee. VQA adapter; wearing leaks the
    # prompt format; description says nothing.
    case(
        "X1391-028",
        Q.wearing(
            "he is wearing black shorts Question: What is the color of the shorts? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("the back of the shorts", "non_answer"),
        Q.details("a zipper pocket on the back"),
        Q.material("polyester"),
        gender="Men",
        title="ASICS Men Black Solid 7-Inch Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model front, black fleece hoodie with the hood up, small white logo on the chest, black joggers. VQA
    # adapter; the description repeats itself.
    case(
        "X1391-029",
        Q.wearing("a black hoodie and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black hoodie with a white under armour logo on the chest and a black hoodie with a white under armour "
            "logo on the chest and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Men",
        title="Under Armour Men Black Rival Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model front, grey tracksuit with black-and-white logo tape running down the sleeves and the legs, a
    # logo on the chest. VQA adapter; all correct (the tape really repeats the logo). No gender column.
    case(
        "X1391-030",
        Q.wearing("a grey track suit with black and white stripes down the sleeves"),
        Q.garment_type("track suit"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.details("the kappa logo on the chest and the kappa logo on the sleeves and the kappa logo on the pants"),
        Q.material("polyester"),
        title="Kappa Men Grey Track Suit",
        category="Tracksuits",
        color="Grey",
    ),
    # Photo: model front, white polo with navy collar tipping and a small navy cat logo on the chest, beige chinos.
    # Title names dryCELL (polyester). VQA adapter; material invented; details cut.
    case(
        "X1391-031",
        Q.wearing("a white polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a blue collar and a blue logo"),
        Q.details(
            "three button placket, ribbed collar with blue tipping, a small puma cat logo on the left chest and side "
            "vents at the hem and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("100% cotton", "unsupported"),
        gender="Men",
        title="Puma Men White dryCELL Polo Collar Sports T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model full length, maroon track pants, black tee, black shoes. VQA adapter; details loops on one word.
    case(
        "X1391-032",
        Q.wearing("a black shirt and maroon pants"),
        Q.garment_type("pants"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.description("the pants are maroon"),
        Q.details(
            "the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, the pants, the "
            "pants,",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="DIDA Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: model mid-stride, navy running shorts with a white swoosh, heather grey tee. VQA adapter; "she" for a
    # man; color is the tee's; details loops.
    case(
        "X1391-033",
        Q.wearing("she is wearing a gray shirt and blue shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("navy blue running shorts with a white nike logo"),
        Q.details(
            "a drawstring, a drawstring, a drawstring, a drawstring, a drawstring, a drawstring, a drawstring, a "
            "drawstring, a",
            "loop",
            hit_limit=True,
        ),
        Q.material("dri fit"),
        gender="Men",
        title="Nike Men Navy Blue Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model front, royal blue hoodie with a large white trefoil print on the chest, kangaroo pocket, black
    # track pants. VQA adapter; wearing loops; details cut; wool is invented for a cotton-fleece hoodie.
    case(
        "X1391-034",
        Q.wearing(
            "a blue hoodie with a white logo and black pants and white shoes and a blue hoodie with a white logo and "
            "black pants and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.details(
            "hood with drawstrings, kangaroo pocket, ribbed cuffs and waistband, and a large white adidas trefoil logo "
            "printed on the front of the chest, and",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="ADIDAS Originals Men Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Photo: model front, black sleeveless training tee with dropped armholes, grey shorts. VQA adapter; type kept
    # raw; sleeve answer contradicts the sleeveless tee; description is a "she" sentence.
    case(
        "X1391-035",
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("tee/tank"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("she is wearing a black tank top", "pronoun"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model front, plain navy track jacket with thin white piping, two zip pockets, high neck, navy pants.
    # VQA adapter; "jacket" for the set accepted; details loops; material is the prompt generated again.
    case(
        "X1391-036",
        Q.wearing("a blue jacket and blue pants"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "two zip pockets and a high neck collar and a zip pockets and a high neck collar and a zip pockets and a "
            "high neck collar",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: polyester Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Masch Sports Men Navy Blue Solid Track Suit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model front, red zip jacket with a hood and two side pockets, black pants, white tee under; the back is
    # not shown. VQA adapter; details invents a sleeve pocket and a strip on the back.
    case(
        "X1391-037",
        Q.wearing("a red jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.sleeve_length("long"),
        Q.description("a red jacket with a hood and a zipper"),
        Q.details(
            "a hood, a zipper, two pockets, a zipper pocket on the left sleeve and a reflective strip across the back",
            "unsupported",
        ),
        Q.material("nylon"),
        gender="Men",
        title="Puma Men Red Solid Hooded Sporty Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: model front, club stadium jersey with wide vertical blue and red stripes, crest left, swoosh right,
    # sponsor on the front, navy shorts; the back is not shown. VQA adapter; color kept raw; details claims a logo
    # on the back. No category column.
    case(
        "X1391-038",
        Q.wearing("a red and blue striped soccer jersey and blue shorts"),
        Q.garment_type("jersey"),
        Q.color("red-blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a barcelona jersey"),
        Q.details(
            "barcelona crest on the left chest, nike logo on the right and the unicef logo on the back", "unsupported"
        ),
        gender="Men",
        title="Nike Men Navy Blue & Red Striped FC Barcelona Stadium Jersey",
        color="Navy Blue",
    ),
    # Photo: model front, black cotton shorts with white contrast piping down the side, white tee. VQA adapter;
    # details only restates the garment.
    case(
        "X1391-039",
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("they are shorts", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Proline Active Men Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model front, grey melange hoodie with "REEBOK" printed across the chest in red letters, navy joggers.
    # VQA adapter; details loops.
    case(
        "X1391-040",
        Q.wearing("a grey hoodie and blue pants"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.description("a gray hoodie with the word reebok on it in red letters"),
        Q.details(
            "red letters, red letters, red letters, red letters, red letters, red letters, red letters, red letters, "
            "red letters, red",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model full length, black full-length running tights with a reflective print at the calves, black
    # shorts worn over them, grey tee. VQA adapter; the description describes the shorts over the product; details cut.
    case(
        "X1391-041",
        Q.wearing("a grey shirt, black shorts and black leggings"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("black shorts", "contradiction"),
        Q.details(
            "reflective print on the calves, a flat waistband with an inner drawcord and a small zip pocket at the "
            "back of the waistband for keys and",
            "cut",
            hit_limit=True,
        ),
        Q.material("spandex"),
        gender="Men",
        title="Alcis Men Black Solid Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: model front, slim black track pants with white three stripes down the legs and zips at the ankles,
    # black tee. VQA adapter; details leaks the prompt format.
    case(
        "X1391-042",
        Q.wearing("a black shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("black track pants with white stripes on the side and zippers at the ankles"),
        Q.details(
            "zippers at the ankles Question: What are the details of the pants? Answer: zippers at the ankles "
            "Question: What are",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Tiro Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model front, teal running tee with a small reflective logo on the chest, black shorts. VQA adapter;
    # teal answered blue (accepted); details restates the question.
    case(
        "X1391-043",
        Q.wearing("a blue shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeve"),
        Q.description("a blue t-shirt with a small logo on the chest"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Solid Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model front, white shorts with a small red-and-navy logo on the left leg, navy tee. VQA adapter; color
    # is the tee's; sleeve length answered with a color.
    case(
        "X1391-044",
        Q.wearing("a navy blue shirt and white shorts"),
        Q.garment_type("shorts"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("white", "non_answer"),
        Q.description("white shorts with a small fila logo on the left leg"),
        Q.material("cotton"),
        gender="Men",
        title="FILA Men White Solid Sports Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: model front, olive jacket and pants with a black swoosh and a black zip. VQA adapter; "she" for a man;
    # details loops on one word.
    case(
        "X1391-045",
        Q.wearing("she is wearing a green jacket and green pants", "pronoun"),
        Q.garment_type("tracksuit"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, "
            "zipper, zipper",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Olive Green Solid Tracksuit",
        category="Tracksuits",
        color="Olive",
    ),
]
