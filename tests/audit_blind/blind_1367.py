"""BLIND_1367 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
fourth session. Measured blind at d381b30 (the session's first rules): 96/107 failures found (89.7%) and 36/242
correct texts flagged (14.9%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (tracksuits, jerseys, running shorts, track pants, hoodies, sweatshirts,
track jackets, training tees), catalog columns as Myntra exports them: `title`, `category` (the article type:
Tracksuits, Jerseys, Tshirts, Shorts, Track Pants, Sweatshirts, Jackets), `color` (the base colour: Navy Blue,
Charcoal, Grey Melange, Fluorescent Green, Teal, Multi...), `gender` (Men); a column is missing now and then. Photos
are the usual catalog shots: a model on a white or light grey backdrop wearing the product with other clothes, some
shots cropped at the chest or the waist, three flat lays, two back views, three props (a gym bag, a water bottle, a
football).
Who wrote what: every text, caption included, comes from BLIP-2 OPT-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) run by enrich with its default questionnaire; greedy, 50 new tokens for the caption, 30
for answers, stopping on newline. The adapter was trained with unmasked labels and no end token, so it often does not
stop: it loops, or it writes its training format back ("black Question: What is the color of the pants? Answer: black
..."), above all on the caption pass, whose empty prompt it seems to read as the start of a training example. When it
does stop, short answers are mostly right and use the In-shop vocabulary it was trained on ("tee", "sweatshirt hoodie",
"denim"); the pattern and sleeve questions, which it never saw in training, often get a color back. Closed questions
(garment type, color, pattern, sleeve length) are mapped to the option set; when the mapping finds no option the raw
generation is stored as it came. The questionnaire skips the sleeve question for bottoms, and the material question is
not answered for every product. About three texts in ten are wrong: most closed answers map cleanly and are right, while
roughly four open answers and captions in ten fail.
Labeling conventions and judgement calls: one failure kind per wrong text, the one a reader would name first (a leak
that is also cut at the limit is a leak; a loop is a loop even when cut). hit_limit is set only on texts that ran to the
50/30 token limit; closed answers that mapped to an option are stored as the option and carry no hit_limit. A color
answer that gives the color of the other clothes in the photo (the tee under the jacket, the shorts under the jersey) is
other_garment_color; a wrong hue for the product itself (black for navy, yellow for fluorescent green, black for
charcoal) is contradiction. Hue families I accepted as right: navy -> blue, maroon -> maroon or red, teal -> blue or
green, olive -> green. "jacket" as the garment type of a tracksuit (the top is a zip jacket) and of a full-zip
sweatshirt is counted right; "tee" for a jersey is right. Pattern "striped" for three stripes on the sleeves or side
stripes on track pants is counted right. A color given to the details, pattern or sleeve question, or "nothing" to the
wearing question on a flat lay, is non_answer; a text that only turns the question's words back ("the material of the
garment is the material") is restated. A gym bag, water bottle or football given as the garment is contradiction, and so
is "denim" as the type of camouflage track pants. Material "cotton" for a product whose title says Dri-FIT / Dry-Fit /
Rapid-Dry, or that is a football jersey, is unsupported; details that cannot be seen (a front logo in a back view, a
back pocket in a front view, a collar color that is not there) are unsupported. "a woman" / "she" for a male model
(waist-down or long-haired shots) is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1367 = [
    # 001. Front, light grey backdrop: black pullover hoodie (kangaroo pocket, small white HRX logo on the chest),
    # black joggers, white sneakers. Cotton fleece. All texts: VQA adapter through enrich.
    case(
        "X1367-001",
        caption(
            "Question: What cloth is the person wearing? Answer: sweatshirt hoodie Question: What is the color of the"
            " sweatshirt hoodie? Answer: black Question: What is the color of the pants? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("sweatshirt hoodie"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the hood and the pocket"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 002. Front, white backdrop: navy zip track jacket (white Puma cat on the chest, white piping down the sleeves),
    # matching navy track pants, black sneakers. Tricot polyester. All texts: VQA adapter.
    case(
        "X1367-002",
        caption("a man in a blue track suit standing in front of a white wall"),
        Q.wearing("track suit"),
        Q.garment_type("jacket"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "the jacket has a zipper on the front and the pants have a zipper on the front and the pants have a zipper"
            " on the front and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 003. Front, white backdrop: royal blue short-sleeve football jersey, white swoosh, white shoulder panels,
    # black shorts. Dri-FIT polyester. All texts: VQA adapter.
    case(
        "X1367-003",
        caption("a man wearing a blue and white soccer jersey"),
        Q.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee"
            " tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("blue", "non_answer"),
        Q.description("a blue shirt with a white nike logo"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Blue Dri-FIT Academy Football Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 004. Cropped at the chest, waist-down shot, white backdrop: black running shorts with white three stripes on
    # the sides, the hem of a grey tee showing. All texts: VQA adapter.
    case(
        "X1367-004",
        caption("a woman in black shorts and a grey shirt", "pronoun"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a pair of black shorts with white stripes on the side"),
        Q.details("the shorts are short", "non_answer"),
        gender="Men",
        title="ADIDAS Men Black Own The Run Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 005. Front, cropped at the chest: grey melange track pants with drawstring, black tee, black sneakers, white
    # backdrop. Cotton-poly knit. All texts: VQA adapter.
    case(
        "X1367-005",
        caption(
            "Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt? Answer:"
            " black Question: What is the color of the shoes? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("grey"),
        Q.pattern("grey", "non_answer"),
        Q.description("grey pants with a black shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Proline Active Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 006. Front, grey backdrop: red crew-neck training tee (white Reebok delta on the chest), black track pants.
    # Polyester. All texts: VQA adapter.
    case(
        "X1367-006",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What is the color of the tee? Answer:"
            " red Question: What is the color of the pants? Answer: black Question: Is this a tee? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("red", "non_answer"),
        Q.sleeve_length("short"),
        Q.description("the red t-shirt is a red t-shirt", "restated"),
        Q.details("the logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Red Training Speedwick T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # 007. Front, long-haired male model: olive hooded sweatshirt with white drawstrings, black shorts, white
    # backdrop. All texts: VQA adapter.
    case(
        "X1367-007",
        caption("a woman wearing a green hoodie and black shorts", "pronoun"),
        Q.wearing("sweatshirt hoodie"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "she is wearing a green hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a"
            " hood and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # 008. Flat lay on white: charcoal running shorts, small reflective ASICS logo on the left leg. Polyester.
    # All texts: VQA adapter.
    case(
        "X1367-008",
        caption("a pair of grey shorts on a white background"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.details(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ASICS Men Charcoal Grey Solid Running Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # 009. Front, white backdrop: teal round-neck tee, plain, black track pants. Rapid-Dry polyester.
    # All texts: VQA adapter.
    case(
        "X1367-009",
        caption(
            "Question: What is the color of the tee? Answer: blue Question: What is the color of the pants? Answer:"
            " black Question: Is this a tee? Answer: yes Question: Is this a tee? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a blue t-shirt with a black collar", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Technosport Men Teal Rapid-Dry Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # 010. Front, white backdrop: maroon tracksuit, zip jacket with black side panels, maroon pants with a black
    # stripe down each leg, white sneakers. All texts: VQA adapter.
    case(
        "X1367-010",
        caption(
            "a man in a maroon track suit with black stripes on the sleeves and black stripes on the pants standing in"
            " front of a white wall with his hands in his pockets and looking at the camera with a serious expression"
            " on his",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("jacket and pants"),
        Q.garment_type("jacket"),
        Q.color("maroon"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon"
            " maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        Q.details("the jacket has a zipper and the pants have a black stripe on the side"),
        Q.material("polyester"),
        gender="Men",
        title="Alcis Men Maroon Solid Tracksuit",
        category="Tracksuits",
        color="Maroon",
    ),
    # 011. Flat lay on white: two pairs of shorts side by side, one black, one grey, both with drawstrings.
    # Dry-fit polyester. All texts: VQA adapter.
    case(
        "X1367-011",
        caption("two pairs of shorts on a white background"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("a pair of black shorts", "contradiction"),
        Q.details(
            "the shorts have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist"
            " and a drawstring waist and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Masch Sports Men Pack of 2 Dry-Fit Sports Shorts",
        category="Shorts",
        color="Multi",
    ),
    # 012. Front, white backdrop: royal blue India cricket replica jersey, orange shoulder panels, "INDIA" in orange
    # across the chest, navy track pants. Polyester. All texts: VQA adapter.
    case(
        "X1367-012",
        caption(
            "a man wearing a blue india cricket jersey with orange letters on the front and orange letters on the"
            " back and orange letters on the front and orange letters on the back and orange letters on the front and"
            " orange letters on the",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue shirt with orange letters"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("the pattern of the shirt", "restated"),
        Q.sleeve_length("short"),
        Q.details("the word india on the front of the shirt"),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Blue India Cricket ODI Replica Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 013. Front, white backdrop: white football jersey, grey geometric print on the front, black sleeve cuffs,
    # black shorts. dryCELL polyester. All texts: VQA adapter.
    case(
        "X1367-013",
        caption("a man in a white soccer jersey with a black and white pattern"),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a white shirt with a black and white pattern on the front and a black and white pattern on the back and"
            " a black and white pattern on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men White Printed teamLIGA Football Jersey",
        category="Jerseys",
        color="White",
    ),
    # 014. Front, white backdrop: grey heather fleece joggers, cuffed ankles, white swoosh on the left thigh, white
    # tee, white sneakers. Cotton-poly fleece. All texts: VQA adapter.
    case(
        "X1367-014",
        caption(
            "Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt? Answer:"
            " white Question: What is the color of the shoes? Answer: white Question: Is this a pants? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("grey", "non_answer"),
        Q.details("the pants have a drawstring waist and a pocket on the side"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Grey Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # 015. Back view, white backdrop: black hoodie, plain back, hood down, grey joggers. (The UA logo is on the
    # front chest and cannot be seen; pullover, no zip.) All texts: VQA adapter.
    case(
        "X1367-015",
        caption("a man in a black hoodie is standing with his back to the camera"),
        Q.wearing("sweatshirt hoodie"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black hoodie with a hood and long sleeves and ribbed cuffs and a ribbed hem and a drawstring on the"
            " hood and a black",
            "cut",
            hit_limit=True,
        ),
        Q.details("the hoodie has a large under armour logo on the front and a zipper on the side", "unsupported"),
        gender="Men",
        title="UNDER ARMOUR Men Black Rival Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # 016. Front, light grey backdrop: neon yellow running tee, small reflective HRX print on the chest, black
    # running shorts, white shoes. Polyester. All texts: VQA adapter.
    case(
        "X1367-016",
        caption(
            "Question: What is the color of the tee? Answer: yellow Question: What is the color of the shorts?"
            " Answer: black Question: What is the color of the shoes? Answer: white Question: Is",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("green", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Yellow Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # 017. Front, grey backdrop: navy track pants with two white stripes down each side, white tee, white sneakers.
    # All texts: VQA adapter. (No gender column in this row.)
    case(
        "X1367-017",
        caption(
            "Question: What cloth is the person wearing? Answer: pants Question: What is the color of the pants?"
            " Answer: blue Question: What is the color of the shirt? Answer: white Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("navy"),
        Q.pattern("striped"),
        Q.description("blue pants with white stripes"),
        Q.details("the pants have white stripes on the side"),
        Q.material("pants", "non_answer"),
        title="DIDA Men Navy Blue Striped Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 018. Front, white backdrop: black zip track jacket worn open (white three stripes over the shoulders and down
    # the sleeves), white tee under it, black track pants, black sneakers, white socks. Polyester. All: VQA adapter.
    case(
        "X1367-018",
        caption("a man in a black jacket and a white shirt"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a black jacket with white stripes on the sleeves and a white shirt under the jacket and black pants and"
            " black shoes and white socks and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ADIDAS Men Black Tiro 21 Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # 019. Waist-down shot, white backdrop: grey melange knit shorts with side pockets, navy tee. Cotton.
    # All texts: VQA adapter.
    case(
        "X1367-019",
        caption("a person in grey shorts and a blue t-shirt"),
        Q.wearing("she is wearing grey shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Knit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # 020. Front, white backdrop: colourblocked tracksuit, royal blue zip jacket with black chest panel and black
    # sleeves, black pants with blue piping. All texts: VQA adapter.
    case(
        "X1367-020",
        caption(
            "Question: What cloth is the person wearing? Answer: jacket Question: What is the color of the jacket?"
            " Answer: blue Question: What is the color of the pants? Answer: black Question: Is this a jacket?",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("track suit"),
        Q.garment_type("tracksuit"),
        Q.color("blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "blue and black blue and black blue and black blue and black blue and black blue and black blue and black"
            " blue and black blue and black blue and",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "the jacket has a zipper Question: What is the color of the jacket? Answer: blue Question: What is the"
            " color of the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Chkokko Men Blue & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Blue",
    ),
    # 021. Front, white backdrop: black full-zip hoodie zipped half up, white Puma logo on the chest, white tee at
    # the neck, grey joggers. Cotton. All texts: VQA adapter.
    case(
        "X1367-021",
        caption(
            "Question: Is this a sweatshirt hoodie? Answer: yes Question: Is this a sweatshirt hoodie? Answer: yes"
            " Question: Is this a sweatshirt hoodie? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.wearing(
            "sweatshirt hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt"
            " hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("black"),
        Q.pattern("black", "non_answer"),
        Q.sleeve_length("long"),
        Q.details("the zipper"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 022. Front, white backdrop: white pique polo with navy tipping on the collar and cuffs, small Kappa logo, navy
    # shorts. Cotton. All texts: VQA adapter.
    case(
        "X1367-022",
        caption("a man in a white polo shirt and blue shorts"),
        Q.wearing(
            "white polo shirt and blue shorts and white polo shirt and blue shorts and white polo shirt and blue"
            " shorts and white polo shirt and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("white", "non_answer"),
        Q.description("a white polo shirt with a blue collar"),
        Q.details(
            "the collar is blue and the sleeves are blue and the buttons are white and the logo is on the left side"
            " of the chest and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Kappa Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 023. Front, white backdrop: FC Barcelona home jersey, vertical blue and garnet stripes, yellow swoosh, black
    # shorts. Polyester. All texts: VQA adapter. ("red and blue" did not map to one option and was kept raw.)
    case(
        "X1367-023",
        caption("a man wearing a red and blue striped soccer jersey"),
        Q.wearing(
            "tee red and blue tee red and blue tee red and blue tee red and blue tee red and blue tee red and blue tee"
            " red and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jersey"),
        Q.color("red and blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men FC Barcelona Stadium Home Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 024. Flat lay on white: navy running shorts with neon green trim at the hems, inner brief lining visible at
    # the waist. No person. All texts: VQA adapter.
    case(
        "X1367-024",
        caption("a pair of blue shorts with green trim"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description(
            "a pair of blue shorts with a green stripe on the bottom and a green stripe on the bottom and a green"
            " stripe on the bottom and a green",
            "loop",
            hit_limit=True,
        ),
        Q.details("the shorts have a green stripe on the bottom"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Running Shorts with Inner Lining",
        category="Shorts",
        color="Navy Blue",
    ),
    # 025. Front, white backdrop: black sleeveless training tee (white delta logo), grey shorts. Polyester.
    # All texts: VQA adapter.
    case(
        "X1367-025",
        caption("a man in a black tank top and grey shorts"),
        Q.wearing("tank"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("black", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Black Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 026. Front, white backdrop: grey melange crew-neck sweatshirt with black three stripes down the sleeves, black
    # track pants. All texts: VQA adapter.
    case(
        "X1367-026",
        caption(
            "Question: What cloth is the person wearing? Answer: sweatshirt Question: What is the color of the"
            " sweatshirt? Answer: grey Question: What is the color of the pants? Answer: black Question: Is this",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("sweatshirt"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a grey sweatshirt with black stripes on the sleeves"),
        Q.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline,"
            " the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="ADIDAS Men Grey Melange Essentials 3-Stripes Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 027. Front, white backdrop: black full-sleeve compression tee with grey flatlock seams, black shorts.
    # Poly-spandex. All texts: VQA adapter.
    case(
        "X1367-027",
        caption("a man in a black long sleeve shirt and black shorts"),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.material("spandex"),
        gender="Men",
        title="Sports52 wear Men Black Full Sleeves Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 028. Front, mid-stride pose, white backdrop: orange running shorts with a black swoosh, black tee. No pocket or
    # logo at the back can be seen. All texts: VQA adapter.
    case(
        "X1367-028",
        caption("a man in an orange shorts and a black t-shirt running"),
        Q.wearing("shorts and tee"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("orange shorts"),
        Q.details(
            "the shorts have a pocket on the back and a zipper on the back pocket and a reflective logo on the back"
            " and a",
            "unsupported",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Orange Flex Stride Running Shorts",
        category="Shorts",
        color="Orange",
    ),
    # 029. Front, white backdrop: charcoal tracksuit, jacket zipped, matching pants; he holds a black Puma duffel
    # bag in his right hand. Polyester. All texts: VQA adapter.
    case(
        "X1367-029",
        caption("a man in a grey track suit holding a black bag"),
        Q.wearing("track suit"),
        Q.garment_type("bag", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a grey jacket and grey pants and a black bag and black shoes and a black bag and black shoes and a black"
            " bag and black shoes",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Charcoal Grey Solid Tracksuit",
        category="Tracksuits",
        color="Charcoal",
    ),
    # 030. Front, white backdrop: blue running tee with an all-over darker blue geometric print, black shorts.
    # All texts: VQA adapter.
    case(
        "X1367-030",
        caption(
            "Question: What cloth is the person wearing? Answer: tee Question: What is the color of the tee? Answer:"
            " blue Question: What is the color of the shorts? Answer: black Question: Is this a tee? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("tee"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue t-shirt with a pattern on it"),
        Q.details("blue", "non_answer"),
        gender="Men",
        title="ASICS Men Blue Printed Running T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 031. Front, plain beige backdrop: olive hooded windcheater, zipped, black track pants. Polyester.
    # All texts: VQA adapter.
    case(
        "X1367-031",
        caption("a man in a green jacket with a hood"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("green"),
        Q.pattern("green", "non_answer"),
        Q.sleeve_length("long"),
        Q.details(
            "the jacket has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a"
            " zipper and a hood",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "a green jacket with a hood and a zipper on the front and two pockets on the sides and an elastic band on"
            " the sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Wildcraft Men Olive Green Solid Windcheater Jacket",
        category="Jackets",
        color="Olive",
    ),
    # 032. Front, white backdrop: black and charcoal camouflage track pants, white tee. All texts: VQA adapter.
    case(
        "X1367-032",
        caption("a man in camouflage pants and a white t-shirt"),
        Q.wearing("pants"),
        Q.garment_type("denim", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("camouflage"),
        Q.description(
            "camouflage pants Question: What is the color of the pants? Answer: black Question: What is the color of"
            " the shirt? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details("the pants have a camouflage pattern"),
        gender="Men",
        title="Alcis Men Black Camouflage Print Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 033. Front, white backdrop: red Manchester United home jersey, white collar trim, white sponsor text on the
    # chest, white shorts. Polyester. All texts: VQA adapter.
    case(
        "X1367-033",
        caption(
            "a man wearing a red manchester united jersey and white shorts and white socks and white shoes and white"
            " socks and white shoes and white socks and white shoes and white socks and white shoes and white socks"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("tee"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("red", "non_answer"),
        Q.description("a red shirt with a white collar and white letters on the front"),
        Q.material("the garment is made of fabric", "restated"),
        gender="Men",
        title="ADIDAS Men Red Manchester United Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # 034. Front, white backdrop: black dry-fit shorts, grey melange tee, white sneakers. Polyester.
    # All texts: VQA adapter.
    case(
        "X1367-034",
        caption(
            "Question: What is the color of the shorts? Answer: black Question: What is the color of the shirt?"
            " Answer: grey Question: What is the color of the shoes? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a grey shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.details(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Technosport Men Black Dry-Fit Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # 035. Front, white backdrop: fluorescent green hooded sweatshirt, black joggers. All texts: VQA adapter.
    case(
        "X1367-035",
        caption("a man in a bright green hoodie"),
        Q.wearing(
            "sweatshirt hoodie Question: What is the color of the sweatshirt hoodie? Answer: green Question: What is"
            " the color of the pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("yellow", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green hoodie with a zipper and two pockets", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Hooded Sweatshirt",
        category="Sweatshirts",
        color="Fluorescent Green",
    ),
    # 036. Front, white backdrop: white training tee with a small black swoosh, black shorts. Dri-FIT polyester.
    # All texts: VQA adapter.
    case(
        "X1367-036",
        caption(
            "Question: What is the color of the tee? Answer: white Question: What is the color of the shorts? Answer:"
            " black Question: What is the color of the tee? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("white tee and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a black nike logo"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men White Dri-FIT Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 037. Front, white backdrop: navy full-zip sweatshirt with a stand collar, white tee visible at the neck, grey
    # track pants. All texts: VQA adapter. (No category column in this row.)
    case(
        "X1367-037",
        caption("a man in a blue jacket and grey pants"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details(
            "the zipper is on the front of the jacket and the zipper is on the front of the jacket and the zipper is"
            " on the front of the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Full-Zip Sweatshirt",
        color="Navy Blue",
    ),
    # 038. Front, white backdrop: black sleeveless basketball jersey, white "23" on the front, white trim, grey
    # shorts. Polyester mesh. All texts: VQA adapter.
    case(
        "X1367-038",
        caption("a man wearing a black basketball jersey with the number 23 on it"),
        Q.wearing("tank"),
        Q.garment_type("jersey"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a black jersey with the number 23 on the front and the number 23 on the back and the number 23 on the"
            " front and the number",
            "loop",
            hit_limit=True,
        ),
        Q.details("the number 23"),
        gender="Men",
        title="Puma Men Black Printed Basketball Jersey",
        category="Jerseys",
        color="Black",
    ),
    # 039. Back view, white backdrop: navy tracksuit, white three stripes down the sleeves and the pant legs, plain
    # back with no logo. All texts: VQA adapter.
    case(
        "X1367-039",
        caption("the back of a man in a blue track suit with white stripes"),
        Q.wearing(
            "track suit track suit track suit track suit track suit track suit track suit track suit track suit track"
            " suit track suit track suit track suit track suit track suit",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue track suit with white stripes on the sleeves and white stripes on the pants and white stripes on"
            " the sleeves and white stripes on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("the adidas logo on the chest", "unsupported"),
        gender="Men",
        title="ADIDAS Men Navy Blue 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 040. Front, white backdrop: grey pullover hoodie, blue jeans. Cotton fleece. All texts: VQA adapter.
    case(
        "X1367-040",
        caption("a man wearing a grey hoodie and blue jeans"),
        Q.wearing("sweatshirt hoodie and denim"),
        Q.garment_type("hoodie"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey hoodie grey"
            " hoodie grey hoodie",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
    ),
    # 041. Front, white backdrop: maroon running shorts, white tee; he holds a clear water bottle. All texts: VQA
    # adapter.
    case(
        "X1367-041",
        caption("a man holding a water bottle"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("a pair of white shorts", "other_garment_color"),
        Q.details("a water bottle", "contradiction"),
        gender="Men",
        title="Kappa Men Maroon Solid Running Shorts",
        category="Shorts",
        color="Maroon",
    ),
    # 042. Front, white backdrop: blue tech tee, grey UA logo on the chest, black shorts. Polyester.
    # All texts: VQA adapter.
    case(
        "X1367-042",
        caption("a man in a blue shirt"),
        Q.wearing("he is wearing a blue shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("short"),
        Q.description(
            "blue Question: What is the color of the shorts? Answer: black Question: What is the color of the shorts?"
            " Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="UNDER ARMOUR Men Blue Tech 2.0 T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 043. Front, white backdrop: white track pants with black side panels, black tee. All texts: VQA adapter.
    case(
        "X1367-043",
        caption("a man in a black t-shirt and white pants"),
        Q.wearing("pants"),
        Q.garment_type("track pants"),
        Q.color("white"),
        Q.pattern("color block"),
        Q.description(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.details("the pants have black stripes on the side"),
        Q.material("the material of the garment is the material", "restated"),
        gender="Men",
        title="Alcis Men White & Black Colourblocked Track Pants",
        category="Track Pants",
        color="White",
    ),
    # 044. Front, white backdrop: black Windrunner jacket with a white chevron panel across the chest, hood, zip,
    # two zip pockets, drawcord hem, black track pants. All texts: VQA adapter.
    case(
        "X1367-044",
        caption("a man in a black and white jacket"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with a white stripe across the chest and a hood"),
        Q.details(
            "the jacket has a hood and a zipper on the front and two pockets on the front and a drawstring at the"
            " bottom and a logo on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Black Sportswear Windrunner Jacket",
        category="Jackets",
        color="Black",
    ),
    # 045. Front, white backdrop: teal football jersey with a white Puma logo, black shorts; a white football under
    # his left arm. Polyester. All texts: VQA adapter. (No gender column in this row.)
    case(
        "X1367-045",
        caption("a man holding a soccer ball and wearing a green shirt"),
        Q.wearing("a soccer ball", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Puma Men Teal teamGOAL Football Jersey",
        category="Jerseys",
        color="Teal",
    ),
]
