"""BLIND_552 (46 products; Myntra sportswear on gym and studio models): written blind in the fifty-first session.
Measured blind at 8b31c59 (the session's third rules): 116/126 failures found (92.1%) and 4/182 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: a Myntra men's and women's sportswear night. Sports t-shirts, polos, tank tops, track jackets, hoodies,
joggers, track pants, shorts, tights, sports bras and tracksuits from Nike, Puma, Adidas, HRX, Kappa, Decathlon and
Jockey, worn by models in gyms (dumbbell racks, rowing machines, treadmills, boxes, kettlebells) and in plain
studios, some standing, some in motion (running, lunging, stretching, boxing). Most models wear a second garment
(a tee under a jacket, shorts under a tee, a bra with tights). Catalog columns are Myntra-like: title,
category (the seller's article type), color (the seller's base colour); a few rows lack a column.

Who wrote what: the base model blip2-opt-2.7b wrote every caption and, unless the photo comment says otherwise, the
open answers (What is the person wearing? / Describe the garment. / What are the details of the garment? / What
material is it made of? / What is the color of the shorts|joggers?). The base model is short and plain, mixes up
the colors of the two garments, invents features (reflective strips, zip pockets at the back, thumb holes, fabric
technologies, fiber percentages), sometimes says he/she wrongly and sometimes echoes the question or the prompt
format. The fine-tuned VQA adapter (Data3_V3_BLIP2_VQA, 30 new tokens, never learned to stop) wrote the texts the
photo comment assigns to it: it loops ("blue blue blue ...", a sentence restarted) or runs to the limit mid-phrase,
and sometimes gives a one-word answer. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?")
come from enrich's reference engine, which picks one candidate: never loops or stops short, but can pick wrong.

Labeling conventions and judgement calls:
- A color is correct when it is the shade or its coarse group (maroon -> red, teal/navy -> blue, lavender -> purple,
  peach -> pink, olive/sea green -> green, charcoal/melange -> grey, khaki -> beige).
- An open answer that gives the product (or the garment the question names) the color of the other garment worn is
  other_garment_color. A closed answer that picks a wrong color, even the other garment's, is contradiction (it
  contradicts the seller's color). Wrong garment type, sleeve length or pattern (closed or open) is contradiction.
- Asking the color of the shorts/joggers when the product is the top: the right answer is the bottom's color.
- Material: a plain fiber that matches the title, or that the garment visibly is (fleece, stretch knit, pique),
  is correct; a fiber that contradicts the title's, or fiber percentages, linings and fabric technologies that
  neither the title nor the photo supports, are unsupported. A feature that is not in the photo (hood, thumb holes,
  reflective strips, back pockets on a front view) is unsupported.
- A text that loops is loop even when it also restates or invents; a text that runs to the limit mid-phrase without
  repeating is cut. Both have hit_limit=True. A prompt leak that ran on to the limit keeps hit_limit=True.
- One word, yes/no, or only the garment's name for an open details/description/material question is non_answer.
  Echoing the question ("the color of the shorts", "What material is it made of?") is restated.
- he/she that does not match the gender column is pronoun; "she" for a women's product is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

wearing = D.wearing
describe = D.description
details = D.details
material = question("material", "What material is it made of?", "open")


def shorts(text, failure=None, hit_limit=False):
    return color_of("shorts", text, failure, kind="open", hit_limit=hit_limit)


def joggers(text, failure=None, hit_limit=False):
    return color_of("joggers", text, failure, kind="open", hit_limit=hit_limit)


BLIND_552 = [
    # photo: man in a black Nike training tee with a small white swoosh on the chest, grey shorts, gym with racks
    # behind, front view. All open texts by the base model.
    case(
        "X552-001",
        caption("a man in a black nike t-shirt and grey shorts standing in a gym"),
        wearing("a black t-shirt and grey shorts"),
        describe("a black t-shirt with a white nike logo on the chest"),
        details("the t-shirt has a crew neck and short sleeves"),
        material("polyester"),
        shorts("grey"),
        B.color("black"),
        title="Nike Men Black Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink Puma sports bra with a black cat logo, black full-length tights, plain grey studio,
    # front view. Base model wrote caption/wearing/description/material; VQA adapter wrote the details.
    case(
        "X552-002",
        caption("a woman in a pink sports bra and black leggings posing in a studio"),
        wearing("a pink sports bra and black leggings"),
        describe("he is wearing a pink sports bra", "pronoun"),
        details(
            "the sports bra is pink with a black puma logo on the front the sports bra is pink with a black puma "
            "logo on the front the sports",
            "loop",
            hit_limit=True,
        ),
        material("spandex"),
        B.color("pink"),
        B.sleeve_length("long sleeve", "contradiction"),
        title="Puma Women Pink Solid Medium Impact Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a navy Adidas full-zip track jacket with three white stripes on the sleeves, zipped half way over
    # a white tee, black track pants, white backdrop. VQA adapter wrote the details, base model the rest.
    case(
        "X552-003",
        caption("a man wearing a navy blue adidas jacket with white stripes on the sleeves"),
        wearing("a blue jacket, a white t-shirt and black pants"),
        describe("a white jacket with a zipper", "other_garment_color"),
        details(
            "the jacket has a full zip front, two side pockets and a stand-up collar with white stripes running "
            "down the sleeves and a small logo on the",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        material("cotton", "unsupported"),
        title="Adidas Men Navy Blue Tiro Polyester Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in olive green HRX joggers with ribbed ankle cuffs and a white crop top, running on a treadmill,
    # side view. All base model.
    case(
        "X552-004",
        caption("a woman running on a treadmill in a gym"),
        wearing("a white top and green pants"),
        joggers("white", "other_garment_color"),
        describe("the joggers are olive green with elastic cuffs at the ankles"),
        details("drawstring waist, two side pockets and ribbed ankle cuffs"),
        material("the joggers are made of 100% organic cotton with a brushed fleece lining", "unsupported"),
        B.garment_type("joggers"),
        title="HRX by Hrithik Roshan Women Olive Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a white Kappa pique polo with red tipping on the collar and a small Kappa logo, navy shorts,
    # white studio backdrop. VQA adapter wrote wearing and the shorts' color; base model the rest.
    case(
        "X552-005",
        caption("a man in a white polo shirt and blue shorts"),
        wearing("polo shirt"),
        shorts(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        describe("a white polo shirt with red trim on the collar"),
        details("the polo has a three-button placket, a ribbed collar with red tipping and a kappa logo on the chest"),
        B.sleeve_length("long sleeve", "contradiction"),
        material("cotton pique"),
        title="Kappa Men White Cotton Pique Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in black Decathlon tights with a grey mesh panel down the side of each leg and a lilac sports bra,
    # on a yoga mat in a bright studio, side view. VQA adapter wrote the details; base model the rest.
    case(
        "X552-006",
        caption("a woman doing yoga on a mat in a studio"),
        wearing("a purple sports bra and black leggings"),
        B.color("purple", "contradiction"),
        describe("black leggings with a grey panel on the side"),
        details(
            "the leggings have a high waist and a grey mesh panel on the side of the leg the leggings have a high "
            "waist and a grey mesh panel on the",
            "loop",
            hit_limit=True,
        ),
        material("yes", "non_answer"),
        title="Decathlon Domyos Women Black Mesh Panel Yoga Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange Puma pullover hoodie, hands in the kangaroo pocket, black joggers, white backdrop.
    # All base model.
    case(
        "X552-007",
        caption("a man wearing a grey puma hoodie and black pants"),
        wearing("a grey hoodie"),
        describe(
            "Question: Describe the garment. Answer: a grey hoodie with a kangaroo pocket Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        details("the hoodie has a drawstring hood, a kangaroo pocket and ribbed cuffs"),
        joggers("grey", "other_garment_color"),
        material("cotton"),
        title="Puma Men Grey Melange Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman mid-stride in black Nike running shorts with a white swoosh on the left leg and a neon yellow
    # tank top, plain grey studio. VQA adapter wrote wearing; base model the rest.
    case(
        "X552-008",
        caption("a woman in a yellow tank top and black shorts running"),
        shorts("black"),
        wearing(
            "a yellow tank top and black shorts with a white nike logo on the left leg and a yellow tank top and "
            "black shorts with a white",
            "loop",
            hit_limit=True,
        ),
        describe("yellow shorts with a white logo", "other_garment_color"),
        details("she is wearing shorts", "non_answer"),
        B.garment_type("shorts"),
        material("polyester with a built-in brief and a hidden key pocket", "unsupported"),
        title="Nike Women Black Tempo Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an HRX tracksuit, red full-zip jacket with black shoulder panels and long sleeves, black pants,
    # standing in a gym. VQA adapter wrote the details; base model the rest.
    case(
        "X552-009",
        caption("a man in a red and black tracksuit standing in a gym"),
        wearing("a red jacket and black pants"),
        describe("a red and black track suit with short sleeves", "contradiction"),
        details("red", "non_answer"),
        material("polyester"),
        B.color("red"),
        is_a("tracksuit", "yes"),
        title="HRX by Hrithik Roshan Men Red & Black Polyester Tracksuit",
        category="Tracksuits",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black Jockey sports bra with a wide logo band, grey joggers, white backdrop, front view.
    # All base model.
    case(
        "X552-010",
        caption("a woman in a black sports bra and grey sweatpants"),
        wearing("a black bra and grey sweatpants"),
        joggers("black", "other_garment_color"),
        describe("a black sports bra with a wide elastic band printed with the jockey logo"),
        details("the bra has removable padding and a hidden key pocket in the band", "unsupported"),
        material("Question: What material is it made of? Answer: cotton", "leak"),
        B.sleeve_length("sleeveless"),
        title="Jockey Women Black Cotton Elastane Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man mid-lunge in a gym in black Adidas joggers with three white side stripes and zip side pockets,
    # white tee; ankles are ribbed, no zips. VQA adapter wrote the joggers' color; base model the rest.
    case(
        "X552-011",
        caption("a man doing lunges in a gym wearing black pants and a white shirt"),
        joggers("black with white stripes on the side"),
        wearing("a white shirt and white pants", "other_garment_color"),
        describe("a pair of black track pants with three white stripes down the side"),
        details(
            "the pants have an elastic waistband with drawstring, zip pockets, tapered legs and zippered ankles, "
            "and are made with recycled polyester",
            "unsupported",
        ),
        material("what material is it made of", "restated"),
        B.garment_type("track pants"),
        title="Adidas Men Black 3-Stripes Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white Puma tee with a large black cat logo on the front, black shorts, studio, front view.
    # VQA adapter wrote the description; base model the rest.
    case(
        "X552-012",
        caption("a woman wearing a white t-shirt with a black puma logo"),
        wearing("she is wearing a white t-shirt and black shorts"),
        describe(
            "a white t-shirt with a black puma logo on the front and a black puma logo on the back and a black "
            "puma logo on the sleeve and a",
            "loop",
            hit_limit=True,
        ),
        B.pattern("printed"),
        B.sleeve_length("sleeveless", "contradiction"),
        shorts("black"),
        material("cotton"),
        title="Puma Women White Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man running on a treadmill in a royal blue crew-neck Decathlon running tee with a small chest logo, black
    # shorts, front-side view; no reflective details visible. All base model.
    case(
        "X552-013",
        caption("a man running on a treadmill"),
        wearing("a blue shirt and black shorts"),
        describe("a blue t-shirt with reflective strips on the back", "unsupported"),
        details("short sleeves, a round neck and a small logo on the chest"),
        shorts("blue", "other_garment_color"),
        B.color("blue"),
        B.garment_type("polo shirt", "contradiction"),
        material("polyester"),
        title="Decathlon Kalenji Men Blue Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender cropped Nike pullover hoodie with a white swoosh, white joggers, studio.
    # VQA adapter wrote wearing; base model the rest.
    case(
        "X552-014",
        caption("a woman in a purple hoodie and white pants"),
        wearing(
            "a purple hoodie and white pants with a nike logo on the front and a purple hoodie and white pants "
            "with a nike logo on the",
            "loop",
            hit_limit=True,
        ),
        joggers("white"),
        describe("a lavender cropped hoodie with a white nike swoosh"),
        details(
            "Question: What are the details of the garment? Answer: the hoodie has a hood and a front pocket "
            "Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        B.color("purple"),
        material("fleece"),
        title="Nike Women Lavender Cropped Fleece Hoodie",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man sitting on a gym bench in navy Jockey shorts with a small logo on the left leg, grey tee.
    # All base model.
    case(
        "X552-015",
        caption("a man in a grey t-shirt and blue shorts sitting on a bench"),
        shorts("grey", "other_garment_color"),
        wearing("the person is wearing", "restated"),
        describe("the shorts are navy blue with an elastic waistband and a small jockey logo on the left leg"),
        details("they are shorts", "non_answer"),
        material("cotton"),
        B.garment_type("shorts"),
        title="Jockey Men Navy Solid Cotton Sports Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black Adidas track pants with three white side stripes and ribbed cuffs, pink tee, studio.
    # VQA adapter wrote the details; base model the rest.
    case(
        "X552-016",
        caption("a woman in a pink shirt and black pants with white stripes"),
        wearing("she is wearing a pink t-shirt and black track pants"),
        B.color("black"),
        describe("pink track pants", "other_garment_color"),
        details(
            "the track pants have three white stripes down the side, an elastic waistband with a drawstring, and "
            "side pockets. the cuffs are ribbed and the",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        title="Adidas Women Black Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon HRX polo with a two-button placket, black track pants, holding a dumbbell in front of
    # a rack. All base model.
    case(
        "X552-017",
        caption("a man in a red polo shirt holding a dumbbell"),
        wearing("a maroon polo shirt and black pants"),
        describe("a black polo shirt with a collar", "other_garment_color"),
        details("the polo has a two-button placket and ribbed collar and cuffs"),
        B.sleeve_length("short sleeve"),
        material("it is made of the material of the garment", "restated"),
        title="HRX by Hrithik Roshan Men Maroon Rapid-Dry Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman stretching sideways in black Kappa tights with a pink abstract all-over print, black sports bra,
    # white studio. VQA adapter wrote wearing; base model the rest.
    case(
        "X552-018",
        caption("a woman stretching in black and pink leggings"),
        wearing(
            "black leggings with pink print black leggings with pink print black leggings with pink print black "
            "leggings with pink print black leggings",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid", "contradiction"),
        describe("black leggings with a pink abstract print"),
        details("high waist with a wide waistband, full length, and a print all over"),
        material("the leggings are made of 88% polyester and 12% spandex", "unsupported"),
        title="Kappa Women Black & Pink Printed Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man on a rowing machine in a red Nike tee, black shorts, gym, side view. VQA adapter wrote the shorts'
    # color and the details; base model the rest.
    case(
        "X552-019",
        caption("a man on a rowing machine in a blue shirt", "contradiction"),
        shorts("red", "other_garment_color"),
        B.color("red"),
        wearing("he is wearing a red shirt and black shorts"),
        describe("a red t-shirt"),
        details(
            "the details of the garment are the details of the garment are the details of the garment are the "
            "details of the garment are the",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Red Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a teal Decathlon full-zip training jacket worn open over a black tank, black tights, cuffs
    # pushed up (no thumb holes), white backdrop. All base model.
    case(
        "X552-020",
        caption("a woman in a blue jacket and black leggings"),
        wearing("a teal jacket over a black top and black leggings"),
        describe("a black jacket with a zipper", "other_garment_color"),
        details("full zip with a stand collar, thumb holes in the cuffs and a zip pocket on the chest", "unsupported"),
        B.garment_type("jacket"),
        is_a("jacket", "no", "contradiction"),
        material("polyester"),
        title="Decathlon Domyos Women Teal Polyester Training Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: man walking in charcoal Puma joggers with cuffed ankles and a cat logo on the left thigh, black
    # hoodie, studio, side view. VQA adapter wrote wearing; base model the rest.
    case(
        "X552-021",
        caption("a man walking in a black hoodie and grey sweatpants"),
        joggers("black", "other_garment_color"),
        wearing(
            "joggers joggers joggers joggers joggers joggers joggers joggers joggers joggers joggers joggers "
            "joggers joggers joggers joggers joggers joggers joggers",
            "loop",
            hit_limit=True,
        ),
        describe("grey joggers with cuffed ankles and a puma logo on the left thigh"),
        details("she is wearing a pair of grey joggers with a drawstring waist", "pronoun"),
        material("cotton fleece"),
        B.color("black", "contradiction"),
        title="Puma Men Charcoal Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a white Nike sports bra with a scoop neck and a logo on the band, grey shorts, in front of a
    # gym mirror. VQA adapter wrote the details; base model the rest.
    case(
        "X552-022",
        caption("a woman taking a picture of herself in a gym mirror"),
        wearing("a white sports bra and grey shorts"),
        shorts("white", "other_garment_color"),
        describe("he is wearing a white sports bra", "pronoun"),
        details(
            "the sports bra has a scoop neck, a wide elastic band with a nike logo in the middle and adjustable "
            "straps that cross at the back for",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        material("no", "non_answer"),
        title="Nike Women White Swoosh Medium Support Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # photo: man in a black Adidas tracksuit (full-zip jacket and pants, white stripes on sleeves and legs),
    # standing in a gym. VQA adapter wrote wearing; base model the rest (the description echoes the question).
    case(
        "X552-023",
        caption("a man in a black adidas tracksuit standing in a gym"),
        wearing(
            "black tracksuit black tracksuit black tracksuit black tracksuit black tracksuit black tracksuit black "
            "tracksuit black tracksuit black tracksuit black",
            "loop",
            hit_limit=True,
        ),
        describe("describe the garment", "restated"),
        details("the jacket has a full zip and the pants have an elastic waist"),
        B.garment_type("jacket", "contradiction"),
        material("polyester"),
        title="Adidas Men Black Essentials 3-Stripes Polyester Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach HRX tee with "HRX" printed in white on the front, black joggers, studio.
    # VQA adapter wrote the details; base model the rest.
    case(
        "X552-024",
        caption("a woman in a peach t-shirt with hrx written on it"),
        wearing("a black t-shirt and black pants", "other_garment_color"),
        joggers("black"),
        describe("a peach t-shirt with hrx printed in white on the front"),
        details(
            "the t-shirt has a round neck, short sleeves and hrx printed on the front in white letters. the "
            "t-shirt has a round neck, short sleeves and",
            "loop",
            hit_limit=True,
        ),
        B.color("blue", "contradiction"),
        material("cotton"),
        title="HRX by Hrithik Roshan Women Peach Printed Cotton T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in navy Kappa track pants with white piping down the sides, white tee, white studio backdrop.
    # VQA adapter wrote the description; base model the rest.
    case(
        "X552-025",
        caption("a man in a white shirt and blue pants"),
        wearing("Question: What is the person wearing? Answer: a white shirt and blue pants", "leak"),
        describe(
            "navy blue track pants with white piping down the sides, an elastic waistband with a drawstring and "
            "two side pockets with zips and a",
            "cut",
            hit_limit=True,
        ),
        details("they are track pants", "non_answer"),
        B.color("navy blue"),
        joggers("white", "other_garment_color"),
        material("denim", "unsupported"),
        title="Kappa Men Navy Polyester Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman sitting on a plyo box in a gym in grey melange Puma shorts with side slits and a cat logo on the
    # left leg, black tank top. All base model.
    case(
        "X552-026",
        caption("a woman sitting on a box in a gym"),
        shorts("grey"),
        wearing("a black tank top and grey shorts"),
        describe("the shorts are black", "other_garment_color"),
        details("elastic waistband with a drawstring, side slits and a puma cat logo on the left leg"),
        material("cotton with an inner brief lining", "unsupported"),
        B.garment_type("skirt", "contradiction"),
        title="Puma Women Grey Melange Cotton Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a black Nike pullover hoodie with a large white logo on the chest, grey joggers, studio.
    # VQA adapter wrote wearing, the joggers' color and the details; base model the rest.
    case(
        "X552-027",
        caption("a man wearing a black nike hoodie"),
        wearing("a black hoodie and grey sweatpants"),
        joggers("black", "other_garment_color"),
        describe("a black hoodie with a white nike logo on the chest"),
        details(
            "the hoodie has a hood with drawstrings, a kangaroo pocket on the front, ribbed cuffs and hem, and a "
            "large white nike logo on the",
            "cut",
            hit_limit=True,
        ),
        material("fleece"),
        B.sleeve_length("long sleeve"),
        title="Nike Men Black Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman holding a yoga pose in a loose sea green Decathlon tee with short sleeves and a curved hem, black
    # tights, studio. All base model.
    case(
        "X552-028",
        caption("a woman doing a yoga pose in a green shirt and black leggings"),
        wearing("a green t-shirt and black leggings"),
        describe("a loose fit green t-shirt with long sleeves", "contradiction"),
        details("short sleeves, a round neck and a curved hem"),
        B.color("green"),
        material("it is made of recycled polyester with odour control technology", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Decathlon Domyos Women Sea Green Yoga T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man doing squats in black HRX shorts with a neon green stripe down each side, white tank top, gym.
    # VQA adapter wrote the details; base model the rest.
    case(
        "X552-029",
        caption("a man in a white tank top and blue shorts doing squats", "contradiction"),
        shorts("black with a green stripe on the side"),
        wearing("a white tank top and black shorts"),
        describe("a pair of black shorts with a green stripe"),
        details(
            "the shorts have an elastic waistband with a drawstring, two side pockets and a zip pocket at the "
            "back with a reflective logo on the left leg and",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        B.color("white", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman jumping in navy Nike tights with a small white swoosh on the left hip, white tee, studio.
    # VQA adapter wrote the details; base model the rest.
    case(
        "X552-030",
        caption("a woman jumping in a white shirt and blue leggings"),
        wearing("a white shirt and blue leggings"),
        describe("white leggings", "other_garment_color"),
        details(
            "the leggings are navy blue and have a high waist and a small white swoosh logo on the left hip. the "
            "leggings are navy blue and have a high",
            "loop",
            hit_limit=True,
        ),
        B.color("navy blue"),
        material("What material is it made of? nylon", "restated"),
        title="Nike Women Navy Blue One Mid-Rise Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a black Puma track jacket zipped up to a stand collar (no hood), white logo, black track pants,
    # white backdrop. All base model.
    case(
        "X552-031",
        caption("a man wearing a black puma jacket and black pants"),
        wearing("a blue jacket and black pants", "contradiction"),
        describe("a black track jacket with a white puma logo and a stand-up collar"),
        details("the jacket has a hood", "unsupported"),
        B.garment_type("jacket"),
        material("polyester"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Men Black Polyester Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black short-sleeved Adidas training tee with a silver logo print, grey joggers, studio.
    # VQA adapter wrote the details; base model the rest.
    case(
        "X552-032",
        caption("a woman in a black shirt and grey pants"),
        wearing("he is wearing a black shirt and grey pants", "pronoun"),
        joggers("grey"),
        describe("a black t-shirt with a silver adidas logo"),
        details("black", "non_answer"),
        B.pattern("printed"),
        B.sleeve_length("long sleeve", "contradiction"),
        material("cotton"),
        title="Adidas Women Black Printed Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in beige Decathlon joggers with a drawstring and side pockets, navy hoodie, studio, front view.
    # VQA adapter wrote the joggers' color; base model the rest.
    case(
        "X552-033",
        caption("a man wearing a blue hoodie and beige pants"),
        joggers("beige"),
        wearing("a blue hoodie and khaki pants"),
        describe("blue joggers", "other_garment_color"),
        details(
            "the joggers have an elastic waist, drawstring, side pockets and a zippered back pocket", "unsupported"
        ),
        B.color("brown", "contradiction"),
        material("Answer: cotton", "leak"),
        title="Decathlon Domyos Men Beige Regular Fit Joggers",
        category="Track Pants",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in black Jockey shorts with an elastic waistband, grey tee, gym. All base model.
    case(
        "X552-034",
        caption("a woman in a grey t-shirt and black shorts"),
        shorts("the color of the shorts", "restated"),
        wearing("a grey t-shirt and black shorts"),
        describe("black shorts with an elastic waistband"),
        details("Question: What are the details of the garment? Answer: the shorts have a waistband", "leak"),
        material("cotton"),
        title="Jockey Women Black Cotton Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: man lifting a kettlebell in a white sleeveless Kappa training tank with a black logo, black shorts,
    # gym, front view. VQA adapter wrote the details; base model the rest.
    case(
        "X552-035",
        caption("a man lifting a kettlebell in a white tank top"),
        wearing("a white tank top and black shorts"),
        B.sleeve_length("short sleeve", "contradiction"),
        describe("a white sleeveless shirt with a black kappa logo"),
        details(
            "the tank top has a round neck, deep armholes and a black kappa logo printed on the chest. the back is "
            "a racerback with a mesh panel at the",
            "cut",
            hit_limit=True,
        ),
        shorts("white", "other_garment_color"),
        title="Kappa Men White Sleeveless Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black Puma full-zip hoodie, open over a white tee, black tights, studio. All base model.
    case(
        "X552-036",
        caption("a woman in a black hoodie and black leggings"),
        wearing("a black hoodie, a white t-shirt and black leggings"),
        describe("a white hoodie", "other_garment_color"),
        details("full zip front, hood with drawstrings, two side pockets and ribbed cuffs"),
        B.color("black"),
        material("cotton"),
        is_a("hoodie", "no", "contradiction"),
        title="Puma Women Black Solid Zip-Through Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy Nike Dri-FIT polo with a white swoosh on the chest, grey shorts, studio.
    # All base model.
    case(
        "X552-037",
        caption("a man in a white polo shirt and grey shorts", "contradiction"),
        wearing("a blue polo and shorts"),
        shorts(
            "Question: What is the color of the shorts? Answer: grey Question: What is the color of the shirt? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        describe("a navy polo shirt with a white nike swoosh on the chest"),
        details(
            "the polo has a three-button placket, side vents and is made from sweat-wicking dri-fit fabric with uv "
            "protection",
            "unsupported",
        ),
        B.garment_type("polo shirt"),
        title="Nike Men Navy Blue Dri-FIT Victory Polo",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman walking in a grey melange HRX tracksuit (hooded full-zip jacket, joggers) over a white tee,
    # studio. VQA adapter wrote the details; base model the rest.
    case(
        "X552-038",
        caption("a woman in a grey tracksuit walking in a studio"),
        wearing("a grey jacket, a white top and grey pants"),
        describe("a grey track suit with a hood"),
        details(
            "the jacket has a hood with drawstrings, a full zip, two pockets and ribbed cuffs and hem the pants "
            "have a drawstring waist and ribbed cuffs the",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "contradiction"),
        material("she is wearing a cotton tracksuit"),
        title="HRX by Hrithik Roshan Women Grey Melange Cotton Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man shadow boxing in a gym in a yellow Puma tee with a black cat logo, black joggers. All base model.
    case(
        "X552-039",
        caption("a man in a yellow shirt boxing in a gym"),
        wearing("a yellow t-shirt and black joggers"),
        joggers("yellow", "other_garment_color"),
        describe("a yellow t-shirt with a black puma logo and mesh panels under the arms", "unsupported"),
        details("she has short sleeves and a crew neck", "pronoun"),
        material("polyester"),
        B.color("yellow"),
        title="Puma Men Yellow Active Training T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a green camouflage-print Nike sports bra with thin straps, olive tights, studio.
    # VQA adapter wrote wearing; base model the rest.
    case(
        "X552-040",
        caption("a woman in a camouflage sports bra and green leggings"),
        wearing(
            "sports bra sports bra sports bra sports bra sports bra sports bra sports bra sports bra sports bra "
            "sports bra sports bra sports bra sports",
            "loop",
            hit_limit=True,
        ),
        B.pattern("printed"),
        describe("a green camouflage sports bra with thin straps"),
        details("a sports bra", "non_answer"),
        B.color("green"),
        material("it is made of a sweat-wicking fabric with removable pads", "unsupported"),
        title="Nike Women Green Camo Print Indy Sports Bra",
        category="Sports Bra",
        color="Green",
        gender="Women",
    ),
    # photo: man in navy Adidas shorts with three white side stripes, orange tee, gym. VQA adapter wrote the
    # shorts' color; base model the rest.
    case(
        "X552-041",
        caption("a man in an orange shirt and blue shorts"),
        shorts(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange t-shirt and navy shorts"),
        describe("a pair of orange shorts", "other_garment_color"),
        details("the shorts have three white stripes on the side and an elastic waistband"),
        material("recycled polyester with aeroready moisture control", "unsupported"),
        title="Adidas Men Navy Blue 3-Stripes Training Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white Kappa track jacket, zipped, with black logo tape down the sleeves, black joggers,
    # studio; stand collar, no hood. All base model.
    case(
        "X552-042",
        caption("a woman in a white jacket and black pants"),
        wearing("a white jacket and black pants"),
        describe("a white track jacket with black kappa tape down the sleeves"),
        details(
            "the jacket is made of water-resistant windproof fabric with a packable hood in the collar", "unsupported"
        ),
        joggers("white", "other_garment_color"),
        B.garment_type("jacket"),
        material("What material is it made of?", "restated"),
        title="Kappa Women White Banda Track Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in grey melange Jockey track pants with a drawstring and straight hems, white tee, studio.
    # All base model. The feed row has no category column.
    case(
        "X552-043",
        caption("a man in a white t-shirt and grey pants"),
        wearing("a white t-shirt and grey track pants"),
        describe("grey track pants with a drawstring"),
        details("an elastic waistband with a drawstring, two side pockets and straight hems"),
        B.color("grey"),
        material("cotton"),
        title="Jockey Men Grey Melange Cotton Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in maroon Adidas joggers with three white side stripes and ribbed cuffs, black tank top, studio.
    # VQA adapter wrote the details; base model the rest.
    case(
        "X552-044",
        caption("a woman in a black tank top and red pants"),
        joggers("black", "other_garment_color"),
        wearing("a black tank top and maroon joggers"),
        describe("maroon joggers with white stripes"),
        details(
            "the joggers have an elastic waistband with a drawstring and ribbed cuffs at the ankles, two side "
            "pockets and a small adidas logo on the",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        B.garment_type("shorts", "contradiction"),
        title="Adidas Women Maroon 3-Stripes Joggers",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: man doing pull-ups in an olive HRX pullover hoodie with "HRX" printed on the chest, black shorts, gym.
    # All base model.
    case(
        "X552-045",
        caption("a man in a green hoodie doing pull ups"),
        wearing("a green hoodie and green shorts", "other_garment_color"),
        shorts("green", "other_garment_color"),
        describe("she is wearing an olive green hoodie with hrx printed on the chest", "pronoun"),
        details(
            "Question: What are the details of the garment? Answer: hood, kangaroo pocket Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.color("green"),
        material("polyester", "unsupported"),
        title="HRX by Hrithik Roshan Men Olive Cotton Hoodie",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman running in black Decathlon 2-in-1 shorts with built-in tights underneath, pink tee, studio;
    # no reflective details. All base model. The feed row has no color column.
    case(
        "X552-046",
        caption("a woman running in a pink shirt and black shorts"),
        shorts("black"),
        wearing("a pink t-shirt and black shorts"),
        describe("black running shorts with built-in tights underneath"),
        details("she is wearing shorts with a pocket for a phone and reflective details", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Decathlon Kalenji Women Black 2-in-1 Running Shorts",
        category="Shorts",
        gender="Women",
    ),
]
