"""BLIND_1271 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-second session. Measured
blind at 75d2b57 (the session's seventh rules): 84/101 failures found (83.2%) and 24/212 correct texts flagged
(11.3%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track suits, track pants, football and cricket jerseys, running tees and
shorts, hoodies, track jackets, one pair of tights) run through enrich with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b) and enrich's default questionnaire. The job does not
caption: with the VQA adapter the caption step was left off, so every text is an answer. Sleeve length is asked of
tops, track suits and sweatshirts only, so bottoms have six or seven questions and tops seven or eight (a few fewer
where the job was trimmed). Catalog columns as the feed has them: title, category (Myntra article type), color
(Myntra base colour), gender; a few rows lack one of them, as the feed does. Photos are the usual Myntra shots: a
male model on a light grey or white backdrop wearing the product with other clothes, two flat lays, three back views,
props now and then (tennis racket, water bottle, cap).
Who wrote what: every text is the VQA adapter's greedy output (Question: ... Answer: prompt, 30 new tokens at most).
Closed answers (garment_type, color, pattern, sleeve_length) are stored as the mapped option when the answer mapped,
and as the raw generation when it did not (the loops, leaks and odd words in closed fields are those raw texts).
The adapter was trained without an end-of-answer token, so some answers run on into loops, into a new
"Question: ... Answer:" turn, or to the token limit; most short ones stopped on a newline.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. The adapter is good
at the two things it was trained on (the color of a garment, the class of garment worn) and poor at everything else:
it often answers the material, pattern, details or sleeve question with a color, a class or "yes", which I label
non_answer. On bottoms it usually gives the color of the top the model wears: other_garment_color. A wearing answer
that names only the other garment (the tee, for a pair of shorts) I count as contradiction, since it types the
product wrong; one naming both garments correctly is right. "tee" for a football or cricket jersey is right (the
In-shop class for it). Maroon answered "red" and teal answered "blue" I let pass; navy answered "black" and
fluorescent green answered "yellow" I mark contradiction. Material: right when the title says it or the fabric
evidently shows it (fleece, tricot sheen, melange knit read as cotton); "cotton" on a Dri-FIT or shiny tricot
garment, "denim" from the jeans worn with it, are unsupported. A detail that is a prop (racket, water bottle) or a
garment type that is an accessory is contradiction. Run-ons that repeat a phrase are loop; run-ons that keep adding
new invented items and stop mid-phrase are cut; run-ons that start a new "Question:" turn are leak; all three ran to
the limit (hit_limit). "she" for the male model is pronoun. A one-word but true description ("black") is right.
Failures come to about a third of the texts: few on the garment type and wearing questions, many on
the color of bottoms and on material, details, description and pattern, which the adapter never trained on.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1271 = [
    # Photo: model in a zipped navy track jacket with thin white piping over the shoulders and matching navy track
    # pants, white sneakers, light grey backdrop. All answers: VQA adapter.
    case(
        "X1271-001",
        Q.wearing("jacket and pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("blue", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Solid Track Suit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: black running shorts with a small reflective swoosh, worn with an untucked grey heather tee and white
    # running shoes; white backdrop. All answers: VQA adapter.
    case(
        "X1271-002",
        Q.wearing("a grey tee", "contradiction"),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black shorts"),
        Q.material(
            "polyester Question: What is the color of the shorts? Answer: black Question: What is the color of the"
            " shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Black Dri-FIT Challenger 7 Inch Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: white football jersey with grey and purple trim, club crest, big "Fly Emirates" sponsor across the chest,
    # three stripes on the shoulders; worn with dark jeans. All answers: VQA adapter (pattern kept raw).
    case(
        "X1271-003",
        Q.wearing("a white tee"),
        Q.garment_type("tee"),
        Q.color("white"),
        Q.pattern("white", "non_answer"),
        Q.sleeve_length("short"),
        Q.details("fly emirates"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men White Real Madrid Home Jersey 2019-20",
        category="Jerseys",
        color="White",
    ),
    # Photo: grey melange pullover hoodie, kangaroo pocket, black drawcords, small HRX logo on the chest; black
    # joggers. Male model. All answers: VQA adapter.
    case(
        "X1271-004",
        Q.wearing("a grey hoodie"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a grey hoodie with a hood", "pronoun"),
        Q.details(
            "hood, pocket, drawstring, hood, pocket, drawstring, hood, pocket, drawstring, hood, pocket, drawstring,"
            " hood",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: black tapered track pants, white vector logo on the left thigh, zip pockets; white tee on top, shot
    # cropped at the chest. All answers: VQA adapter.
    case(
        "X1271-005",
        Q.wearing("tee and pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "logo on the left leg and a logo on the right leg and a zipper pocket on the back and a drawstring at the"
            " waist and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of a material", "restated"),
        gender="Men",
        title="Reebok Men Black Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: plain red crew-neck tee, small white logo on the chest, black track pants. All answers: VQA adapter
    # (color kept raw: the loop did not map).
    case(
        "X1271-006",
        Q.wearing("red tee"),
        Q.garment_type("tee"),
        Q.color("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("logo"),
        Q.material("red", "non_answer"),
        gender="Men",
        title="Proline Active Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: side view, olive fleece joggers with ribbed cuffs, worn with a black pullover hoodie. All answers: VQA
    # adapter.
    case(
        "X1271-007",
        Q.wearing("a black hoodie and green pants"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "green pants with a black hoodie and black shoes and white socks and a black hat and a black backpack and"
            " a",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Olive Green Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: royal blue running tee with a faded tonal geometric print across the chest, reflective logo; black
    # shorts. All answers: VQA adapter (sleeve_length kept raw).
    case(
        "X1271-008",
        Q.wearing("a blue tee"),
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length(
            "short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short sleeves short"
            " sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.details("blue", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="ASICS Men Blue Printed Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: black full-zip track jacket with three white stripes down the sleeves, worn open over a white tee, black
    # track pants. All answers: VQA adapter.
    case(
        "X1271-009",
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("black jacket with white stripes"),
        Q.details(
            "three white stripes on the sleeves, a zipper on the front, a white stripe on the sleeves, a white stripe"
            " on the sleeves, a white stripe on",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "polyester Question: What is the color of the jacket? Answer: black Question: What is the color of the"
            " jacket? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy hooded windcheater, zipped, lime green zip tape, grey track pants; the navy reads dark but is
    # clearly blue next to the grey. All answers: VQA adapter (pattern and sleeve_length kept raw).
    case(
        "X1271-010",
        Q.wearing("a jacket with a hood"),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves"
            " long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Men",
        title="Wildcraft Men Navy Blue Solid Hooded Windcheater",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: yellow football jersey with a black V collar and black cuffs on yellow sleeves, club crest and sponsor on
    # the front, black shorts; front view only. All answers: VQA adapter (pattern kept raw).
    case(
        "X1271-011",
        Q.wearing("a yellow tee and black shorts"),
        Q.garment_type("tee"),
        Q.color("yellow"),
        Q.pattern("yellow", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow and black soccer jersey with a black collar and black sleeves and a black logo on the front and"
            " a black logo on the back and",
            "cut",
            hit_limit=True,
        ),
        Q.details("black collar"),
        Q.material("yellow", "non_answer"),
        gender="Men",
        title="Puma Men Yellow Borussia Dortmund Home Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Photo: black running shorts with a neon green side panel and HRX logo; matching neon green tee; front view, no
    # pockets to be seen. All answers: VQA adapter (pattern kept raw).
    case(
        "X1271-012",
        Q.wearing("green tee and black shorts"),
        Q.garment_type("shorts"),
        Q.color("green", "other_garment_color"),
        Q.pattern("green", "non_answer"),
        Q.details("zipper pocket on the back", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: charcoal zip hoodie, half zipped over a black tee, grey joggers. All answers: VQA adapter
    # (sleeve_length kept raw).
    case(
        "X1271-013",
        Q.wearing("hoodie"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description(
            "a hoodie with a zipper and a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.details("zipper"),
        Q.material("black", "non_answer"),
        gender="Men",
        title="Reebok Men Charcoal Grey Solid Hooded Zip Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: black sleeveless training tank with a big white swoosh, grey shorts, muscular model. All answers: VQA
    # adapter.
    case(
        "X1271-014",
        Q.wearing("tank"),
        Q.garment_type("tank"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("logo"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Training Tank Top",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay on white: royal blue running shorts with a white split hem, drawcord out, white Puma cat logo.
    # No person. The feed row has no color. All answers: VQA adapter.
    case(
        "X1271-015",
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("blue shorts"),
        Q.details("drawstring"),
        Q.material(
            "the garment is made of polyester and the garment is made of polyester and the garment is made of"
            " polyester and the garment",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Blue Solid Running Shorts",
        category="Shorts",
    ),
    # Photo: maroon track suit: zip jacket with navy and white panels across the chest (plain maroon sleeves), maroon
    # pants with a side stripe. All answers: VQA adapter (garment_type kept raw).
    case(
        "X1271-016",
        Q.wearing("a red jacket and pants"),
        Q.garment_type("track suit"),
        Q.color("maroon"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.details("white stripes on the sleeves", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Shiv Naresh Men Maroon Colourblocked Tracksuit",
        category="Tracksuits",
        color="Maroon",
    ),
    # Photo: navy slim track pants with three white stripes down the sides and zip ankles; white tee on top. All
    # answers: VQA adapter.
    case(
        "X1271-017",
        Q.wearing("white tee and blue pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.details("three stripes"),
        Q.material(
            "polyester Question: What is the color of the pants? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Navy Blue Tiro 19 Training Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: plain black textured training tee, small UA logo, grey joggers. All answers: VQA adapter.
    case(
        "X1271-018",
        Q.wearing("black tee"),
        Q.garment_type("tee"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("black"),
        Q.details(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="UNDER ARMOUR Men Black Tech 2.0 Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: grey melange cotton track pants with a drawcord waist; navy tee on top. All answers: VQA adapter
    # (pattern kept raw).
    case(
        "X1271-019",
        Q.wearing("a blue tee and grey pants"),
        Q.garment_type("pants"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("blue", "non_answer"),
        Q.description("grey pants with a drawstring waist"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: back view: red football jersey with "SALAH 11" printed in white across the back. All answers: VQA
    # adapter.
    case(
        "X1271-020",
        Q.wearing("a red tee"),
        Q.garment_type("tee"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a red soccer jersey with the number 11 on the back and the name of the player on the back and the number"
            " 11 on the back and the name",
            "loop",
            hit_limit=True,
        ),
        Q.details("the number 11 on the back"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Red Liverpool FC 2020-21 Stadium Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: black pullover hoodie with a big white PUMA wordmark across the chest; blue jeans; male model. All
    # answers: VQA adapter.
    case(
        "X1271-021",
        Q.wearing("a black hoodie and blue jeans"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a black hoodie with a white logo", "pronoun"),
        Q.details("puma"),
        Q.material("denim", "unsupported"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: white polo with navy tipping on the collar and cuffs, navy shorts. All answers: VQA adapter.
    case(
        "X1271-022",
        Q.wearing("polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons,"
            " collar",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Slazenger Men White Polo Collar Sports T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: black full-length compression tights with a small reflective logo at the calf; orange tee, no shorts
    # over them. All answers: VQA adapter.
    case(
        "X1271-023",
        Q.wearing("an orange tee and black leggings"),
        Q.garment_type("leggings"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("logo on the leg"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Alcis Men Black Solid Compression Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: heather grey running tee, black running shorts; model holds a clear water bottle at his side. The feed
    # row has no gender. All answers: VQA adapter.
    case(
        "X1271-024",
        Q.wearing("grey tee and black shorts"),
        Q.garment_type("tee"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("water bottle", "contradiction"),
        Q.material("yes", "non_answer"),
        title="ADIDAS Grey Own The Run Running T-shirt",
        category="Tshirts",
        color="Grey",
    ),
    # Photo: all black: black full-zip tech fleece hoodie, fully zipped, vertical zip chest pocket, black joggers.
    # All answers: VQA adapter.
    case(
        "X1271-025",
        Q.wearing("black hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("zipper"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Black Sportswear Tech Fleece Full-Zip Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: white track jacket with a small navy chest panel and a thin red stripe, shiny tricot; navy track pants.
    # All answers: VQA adapter.
    case(
        "X1271-026",
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a white jacket with a blue and red stripe on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="FILA Men White Colourblocked Heritage Track Jacket",
        category="Jackets",
        color="White",
    ),
    # Photo: navy track pants with two white side stripes; grey tee on top. All answers: VQA adapter.
    case(
        "X1271-027",
        Q.wearing("grey tee and blue pants"),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped"),
        Q.description("a pair of blue track pants with white stripes"),
        Q.details("the details of the garment are on the side of the garment", "restated"),
        gender="Men",
        title="Masch Sports Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: black track pants with the white and red logo tape down each side and snap buttons along the tape; white
    # tee, white sneakers. All answers: VQA adapter.
    case(
        "X1271-028",
        Q.wearing("white tee and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.details("buttons on the side"),
        Q.material("polyester"),
        gender="Men",
        title="Kappa Men Black Banda Logo Tape Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: fluorescent green running tee with a black Puma logo, black shorts. All answers: VQA adapter.
    case(
        "X1271-029",
        Q.wearing("a yellow tee and black shorts", "contradiction"),
        Q.garment_type("tee"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("logo"),
        Q.material("the garment is made of the material of the garment", "restated"),
        gender="Men",
        title="Puma Men Fluorescent Green Solid Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: side view, teal training jacket with a black zip and thumbholes, over a black tee, black shorts. All
    # answers: VQA adapter (pattern kept raw).
    case(
        "X1271-030",
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue jacket with a black zipper and black zipper pulls and black zipper pulls and black zipper pulls"
            " and black zipper pulls and",
            "loop",
            hit_limit=True,
        ),
        Q.details("zipper"),
        Q.material("black", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Solid Training Jacket",
        category="Jackets",
        color="Teal",
    ),
    # Photo: back view: black knit training shorts with a zip back pocket; white tee. The feed row has no category.
    # All answers: VQA adapter.
    case(
        "X1271-031",
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("back pocket"),
        Q.material("white", "non_answer"),
        gender="Men",
        title="Performax Men Black Solid Training Shorts",
        color="Black",
    ),
    # Photo: navy pullover hoodie, white swoosh on the chest, kangaroo pocket with the model's hands in it, grey
    # joggers; front view. All answers: VQA adapter (sleeve_length kept raw).
    case(
        "X1271-032",
        Q.wearing("a blue hoodie"),
        Q.garment_type("sweatshirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long-sleeved long-sleeved long-sleeved long-sleeved long-sleeved long-sleeved long-sleeved",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a blue hoodie with a white nike logo on the front and a white nike logo on the back and a white nike"
            " logo on the sleeve and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("hood"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Navy Blue Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: sky blue and white vertically striped football jersey with a white collar, black crest; black shorts.
    # All answers: VQA adapter (sleeve_length kept raw).
    case(
        "X1271-033",
        Q.wearing("a blue and white striped tee"),
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("no", "non_answer"),
        Q.details("black collar", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Blue Argentina Home Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: white tennis polo with a navy swoosh, white shorts; the model holds a tennis racket across his chest.
    # All answers: VQA adapter.
    case(
        "X1271-034",
        Q.wearing("white polo shirt and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a man holding a tennis racket", "non_answer"),
        Q.details("tennis racket", "contradiction"),
        Q.material(
            "Question: What is the color of the shorts? Answer: white Question: What is the color of the shorts?"
            " Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men White Court Dri-FIT Tennis Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: black track jacket, zipped, small red, white and blue vector logo on the chest; blue jeans. The feed row
    # has no gender. All answers: VQA adapter.
    case(
        "X1271-035",
        Q.wearing("a black jacket and blue jeans"),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "the jacket has a zipper on the front and a zipper on the front and a zipper on the front and a zipper on"
            " the front and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Reebok Classics Black Vector Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: grey melange sweat shorts with a black cat logo and drawcord; black tee. All answers: VQA adapter.
    case(
        "X1271-036",
        Q.wearing("he is wearing a black shirt and grey shorts"),
        Q.garment_type("tee", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a black tee and grey shorts"),
        Q.material("black", "non_answer"),
        gender="Men",
        title="Puma Men Grey Melange Essentials Logo Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: black track suit, jacket zipped, three white stripes on the sleeves and down the legs, shiny tricot;
    # white sneakers. All answers: VQA adapter (garment_type and color kept raw).
    case(
        "X1271-037",
        Q.wearing("black jacket and black pants with white stripes"),
        Q.garment_type("jacket and pants"),
        Q.color(
            "black and white and black and white and black and white and black and white and black and white and black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.details("white stripes on the sleeves and on the legs"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ADIDAS Men Black Solid Tiro Track Suit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: flat lay on white: olive pullover hoodie, hood spread out, drawcords, kangaroo pocket. No person. All
    # answers: VQA adapter (sleeve_length kept raw; details came back empty).
    case(
        "X1271-038",
        Q.wearing("a green sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("yes", "non_answer"),
        Q.description("a green hoodie with a hood and a pocket on the front"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Wildcraft Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: navy running tee with an allover tonal grey geometric print, black shorts, black shoes, running pose; no
    # watch, no headband. All answers: VQA adapter.
    case(
        "X1271-039",
        Q.wearing("a black tee and black shorts", "contradiction"),
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "a man running in a blue shirt and black shorts and black shoes and black socks and a black watch and a"
            " black headband and",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Printed Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: bright blue cricket jersey with saffron accents on the shoulders and INDIA across the chest; navy
    # trousers. The feed row has no gender. All answers: VQA adapter (pattern kept raw).
    case(
        "X1271-040",
        Q.wearing("a blue shirt with india written on it"),
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("india", "non_answer"),
        Q.sleeve_length("short"),
        Q.details(
            "india india india india india india india india india india india india india india india india india"
            " india india india india india india india india india india india india india",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="ADIDAS Blue India Cricket ODI Replica Jersey",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: side profile, black fleece joggers with a UA logo on the thigh, cuffed ankles; grey melange hoodie on
    # top, sneakers. All answers: VQA adapter.
    case(
        "X1271-041",
        Q.wearing("grey hoodie", "contradiction"),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("fleece"),
        gender="Men",
        title="UNDER ARMOUR Men Black Rival Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: back view: bright blue running tee with a mesh panel down the back, black shorts over black tights; male
    # model. All answers: VQA adapter.
    case(
        "X1271-042",
        Q.wearing("she is wearing a blue shirt and black pants", "pronoun"),
        Q.garment_type("tee"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a blue shirt"),
        Q.details("the back of the shirt", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: white cotton tee with a large black Puma No.1 logo print, black shorts, black cap on the model's head.
    # All answers: VQA adapter (garment_type kept raw).
    case(
        "X1271-043",
        Q.wearing("a white tee and a black hat"),
        Q.garment_type("hat", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a black puma logo on it"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men White Printed Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: grey woven 2-in-1 running shorts with the black inner tights showing below; red tee. All answers: VQA
    # adapter (pattern kept raw).
    case(
        "X1271-044",
        Q.wearing("red tee and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("red", "other_garment_color"),
        Q.pattern("red", "non_answer"),
        Q.description("grey shorts with black leggings underneath"),
        Q.details("black leggings"),
        Q.material(
            "polyester Question: What is the color of the shorts? Answer: grey Question: What is the color of the"
            " shorts? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Grey Own The Run 2-in-1 Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: maroon crew-neck sweatshirt (no hood), small white Reebok logo on the chest, ribbed cuffs and hem; black
    # track pants. The feed row has no color. All answers: VQA adapter.
    case(
        "X1271-045",
        Q.wearing("a red sweatshirt and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a maroon sweatshirt with a hood", "unsupported"),
        Q.details(
            "white logo on the chest and a white logo on the sleeve and a white logo on the back and a white logo on"
            " the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Maroon Solid Training Sweatshirt",
        category="Sweatshirts",
    ),
]
