"""BLIND_1345 (45 products; Myntra men's innerwear & lounge, base zero-shot): written blind in the sixty-third session.
Measured blind at a6e2e4e (the session's eighth and final rules): 45/58 failures found (77.6%) and 26/220 correct
texts flagged (11.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's innerwear, nightwear and loungewear (innerwear vests, boxers, trunks, briefs, pyjamas,
night suits, lounge pants/shorts/t-shirts, track pants, thermals), run through the untuned Salesforce/blip2-opt-2.7b,
zero-shot. Photos are the catalog's usual: a model on a plain backdrop wearing the product with other clothes (vests
with jeans, chinos or a lungi; boxers and pyjamas with a t-shirt or vest on top; track pants with a tee or hoodie),
some flat lays of multi-packs, a few back or side views, a stool, a bed and a coffee mug as props. Catalog columns
are Myntra's: title, category (the article type), color (the base colour), gender ("Men"); one or two are missing now
and then, as in a real export.
Who wrote what: every text is the base model's, no adapter. Captions come from the image alone (no prompt, greedy,
50 new tokens); answers from `Question: <q> Answer:` (greedy, 30 new tokens). The questions are a mix of the old
experiments' wording (what is he/the person wearing, color of the shirt/pants/shorts, describe, details, "Is this a
...?") and the closed questions and material question of the questionnaire. Most answers are short and stop on their
own, as the base model's do; a few ran on (loops, an answer cut at the limit, an answer that went on to write the
next `Question:` itself, one rambling caption cut at 50 tokens).
Labeling conventions and judgement calls: judged against the imagined photo and the title. The color question answered
with the color of the top or bottom that is not the product is `other_garment_color` (also the shirt color question
answered with the product pants' color); a color question about a garment that is not in the photo (a shirt on a bare-
chested model) answered anyway is `unsupported`. A "wearing" answer or caption that gives the other garment the
product's color (grey tee for a black one) is `contradiction`. A pattern taken from the other garment (the lungi's
checks for a solid vest), a ribbed or side-striped solid called "striped", a sleeve length given to a sleeveless vest, a
wrong yes/no on the product's own kind, a garment type naming the other garment or the wrong kind (swim trunks for
printed trunks, t-shirt for a tee-and-shorts set), navy read as black, or a count that disagrees with the pack size are
`contradiction`. A single color given for a mixed-colour multi-pack is `contradiction` (seller says Multi); where the
answer names all the pack's colours it is correct. Near colours I accepted: maroon as red, charcoal as grey, teal as
turquoise or blue, olive as green. Generic kinds I accepted: vest as tank top, trunks as underwear or boxer briefs (and
"yes" to "a pair of boxers"), track/lounge pants as sweatpants or pants, a lungi as a sarong, a half-sleeve undershirt
as t-shirt; "no sleeves" for a vest is correct. A "woman"/"she" for a male model (long hair), or "women's underwear" for
a men's flat lay, is `pronoun`. Invented logos, necklines, pockets, a fly, buttons, a racerback, and a material the
title contradicts (or wool for a jersey knit) are `unsupported`; a plausible material the title does not state (cotton,
polyester for a shiny track pant) is left correct. "What is the person wearing?" on a flat lay answered with the product
is correct; answered "nothing" it is `non_answer`. A details or describe answer that only names the garment is
`restated`; a bare "no" is `non_answer`.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1345 = [
    # Photo: model in a white round-neck sleeveless cotton vest with blue jeans, grey backdrop. All texts: base BLIP-2.
    case(
        "X1345-001",
        caption("a man wearing a white tank top and blue jeans"),
        wearing("a white tank top and jeans"),
        Q.garment_type("tank top"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("tank top", "it has a v-neck", "unsupported"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in navy woven boxers with a small white anchor print, white crew-neck t-shirt on top, white
    # backdrop. All texts: base BLIP-2.
    case(
        "X1345-002",
        caption("a man in a white t-shirt and blue shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dots", "contradiction"),
        Q.garment_type("shorts"),
        is_a("pair of boxers", "yes"),
        details("shorts", "they have an elastic waistband"),
        gender="Men",
        title="XYXX Men Navy Blue Printed Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in grey melange lounge pants with cuffed hems and side pockets, black t-shirt.
    # All texts: base BLIP-2.
    case(
        "X1345-003",
        caption("a man in a black t-shirt and grey sweatpants"),
        wearing("grey t-shirt and grey sweatpants", "contradiction"),
        color_of("pants", "grey"),
        Q.color("black", "other_garment_color"),
        Q.material("cotton"),
        details("pants", "they have pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Van Heusen Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: flat lay of three folded sleeveless vests, white, grey and black, no person. All texts: base BLIP-2.
    case(
        "X1345-004",
        caption("three white, grey and black tank tops on a white background"),
        Q.garment_type("tank top"),
        Q.color("white", "contradiction"),
        is_a("vest", "yes"),
        wearing("nothing", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men Pack of 3 Assorted Solid Cotton Vests",
        category="Innerwear Vests",
        color="Multi",
    ),
    # Photo: bare-chested model in black trunks with a white Tommy Hilfiger waistband, front view, white wall.
    # All texts: base BLIP-2.
    case(
        "X1345-005",
        caption("a man in black underwear standing in front of a white wall"),
        wearing("underwear"),
        Q.garment_type("underwear"),
        Q.color("black"),
        color_of("shirt", "black", "unsupported"),
        details(
            "underwear",
            "the waistband says tommy hilfiger tommy hilfiger tommy hilfiger tommy hilfiger tommy hilfiger tommy"
            " hilfiger tommy hilfiger tommy",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tommy Hilfiger Men Black Solid Trunks",
        category="Trunk",
        color="Black",
    ),
    # Photo: model in a navy solid half-sleeve tee and blue-and-white checked pyjama pants (the set), white backdrop.
    # All texts: base BLIP-2.
    case(
        "X1345-006",
        caption("a man wearing a blue t-shirt and plaid pajama pants"),
        wearing("pajamas"),
        Q.pattern("solid", "contradiction"),
        color_of("pants", "blue"),
        color_of("shirt", "blue"),
        Q.sleeve_length("short"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue & White Checked Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in black woven boxers with a white sleeveless vest on top, grey backdrop. All texts: base BLIP-2;
    # the details answer ran to the limit.
    case(
        "X1345-007",
        caption("a man wearing a white tank top and black boxer shorts"),
        Q.garment_type("boxer shorts"),
        Q.color("black"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "the shorts are black and the shirt is white and the shorts are black and the shirt is white and the"
            " shorts are black and the shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Pack of 2 Black Solid Boxers",
        category="Boxers",
        color="Black",
    ),
    # Photo: model in a white racerback gym vest and grey track pants, studio. All texts: base BLIP-2.
    case(
        "X1345-008",
        caption("a man in a white tank top and grey sweatpants"),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("tank top"),
        wearing("he is wearing a white tank top and grey sweatpants", who="he"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Lux Cozi Men White Solid Cotton Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay of one pair of trunks, green with a black tropical leaf print. All texts: base BLIP-2.
    case(
        "X1345-009",
        caption("a pair of green and black boxer briefs with palm leaves"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.material("cotton", "unsupported"),
        wearing("a pair of underwear"),
        Q.garment_type("swim trunks", "contradiction"),
        gender="Men",
        title="Bummer Men Green & Black Printed Micro Modal Trunks",
        category="Trunk",
        color="Green",
    ),
    # Photo: back view of a model in charcoal track pants with a back pocket, black t-shirt, white sneakers.
    # All texts: base BLIP-2.
    case(
        "X1345-010",
        caption("the back of a man wearing grey sweatpants and white sneakers"),
        color_of("pants", "grey"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweatpants"),
        details("pants", "there is a pocket on the back"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Hanes Men Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: model in navy knit lounge shorts with a white t-shirt, white backdrop. All texts: base BLIP-2.
    case(
        "X1345-011",
        caption("a man in a white t-shirt and navy shorts"),
        wearing("shorts and a t-shirt"),
        color_of("shorts", "navy blue"),
        Q.color("white", "other_garment_color"),
        details("shorts", "shorts", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Damensch Men Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: five folded briefs fanned out (red, navy, black, grey, olive), no person. All texts: base BLIP-2.
    case(
        "X1345-012",
        caption("a bunch of different colored women's underwear on a white background", "pronoun"),
        Q.garment_type("underwear"),
        Q.color("multicolored"),
        is_a("pair of briefs", "yes"),
        wearing("underwear"),
        details("underwear", "there are four pairs of underwear", "contradiction"),
        gender="Men",
        title="Rupa Jon Men Pack of 5 Assorted Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in a grey melange crew-neck tee with a small black CK logo on the chest, black lounge shorts.
    # All texts: base BLIP-2.
    case(
        "X1345-013",
        caption("a man in a grey t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        details("shirt", "it has a calvin klein logo on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Calvin Klein Underwear Men Grey Melange Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
    ),
    # Photo: model in a maroon half-sleeve tee with white "CHILL" lettering and maroon-and-grey checked pyjama pants.
    # All texts: base BLIP-2.
    case(
        "X1345-014",
        caption("a man in a red shirt and plaid pants"),
        wearing("a red shirt and plaid pajama pants"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.sleeve_length("short"),
        describe("shirt", "it's a red shirt with a white logo on it"),
        is_a("pajama set", "no", "contradiction"),
        gender="Men",
        title="Sweet Dreams Men Maroon Printed Pyjama Set",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: model in a white round-neck sleeveless vest with khaki chinos, beige backdrop. All texts: base BLIP-2.
    case(
        "X1345-015",
        caption("a man in a white tank top and khaki pants"),
        wearing("a white tank top and khaki pants", who="the man"),
        color_of("pants", "khaki"),
        Q.color("khaki", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Dixcy Scott Men Pack of 2 White Round Neck Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in olive joggers with zip side pockets, black hoodie, white sneakers. All texts: base BLIP-2; the
    # details answer ran to the limit.
    case(
        "X1345-016",
        caption("a man in a black hoodie and green pants"),
        color_of("pants", "green"),
        Q.color("green"),
        Q.garment_type("pants"),
        details(
            "pants",
            "the pants have a drawstring waist and a zipper pocket on the side and a zipper pocket on the side and a"
            " zipper pocket on the side and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="XYXX Men Olive Green Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: model in navy cotton pyjama pants with a drawstring, white sleeveless vest on top. All texts: base BLIP-2.
    case(
        "X1345-017",
        caption("a man in a white tank top and blue pants"),
        wearing("a white tank top and blue pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("pajamas"),
        is_a("pair of pants", "yes"),
        describe("pants", "the pants are blue and have a drawstring waist"),
        color_of("shirt", "blue", "other_garment_color"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: model in a long-sleeve button-down pyjama shirt with a chest pocket and matching pants, blue-and-white
    # stripes. All texts: base BLIP-2.
    case(
        "X1345-018",
        caption("a man in blue and white striped pajamas"),
        wearing("pajamas"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.color("blue and white"),
        Q.material("silk", "unsupported"),
        details("shirt", "it has a pocket on the left side"),
        gender="Men",
        title="Marks & Spencer Men Blue Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay of two trunks, one navy and one grey, no person. No color column in the feed. All texts: base
    # BLIP-2.
    case(
        "X1345-019",
        caption("two pairs of men's boxer briefs, one blue and one grey"),
        Q.garment_type("boxer briefs"),
        Q.color("blue and grey"),
        is_a("pair of boxers", "yes"),
        wearing("boxer briefs"),
        Q.material("cotton"),
        gender="Men",
        title="Van Heusen Men Pack of 2 Assorted Trunks",
        category="Trunk",
    ),
    # Photo: model in black cuffed joggers (no fly), grey melange sweatshirt, white shoes. All texts: base BLIP-2.
    case(
        "X1345-020",
        caption("a man in a grey sweatshirt and black pants"),
        wearing("black pants and a grey sweatshirt"),
        Q.color("grey", "other_garment_color"),
        color_of("pants", "black"),
        Q.garment_type("sweatpants"),
        Q.pattern("solid"),
        details("pants", "they have a zipper on the front", "unsupported"),
        gender="Men",
        title="Roadster Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: male model with shoulder-length hair in pink pyjama pants with a small cartoon print, white t-shirt.
    # All texts: base BLIP-2.
    case(
        "X1345-021",
        caption("a woman in a white t-shirt and pink pajama pants", "pronoun"),
        wearing("she is wearing pink pajamas", "pronoun"),
        color_of("pants", "pink"),
        Q.pattern("cartoon"),
        Q.garment_type("pajamas"),
        is_a("pair of shorts", "no"),
        gender="Men",
        title="Bewakoof Men Pink Graphic Printed Pyjamas",
        category="Pyjamas",
        color="Pink",
    ),
    # Photo: model in a plain black muscle vest with deep armholes (no logo), grey track pants. All texts: base BLIP-2.
    case(
        "X1345-022",
        caption("a man in a black tank top and grey pants"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("tank top", "it has a jockey logo on the chest", "unsupported"),
        gender="Men",
        title="Jockey Men Black Solid Muscle Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: model in a charcoal crew-neck long-sleeve thermal top, black jeans. All texts: base BLIP-2.
    case(
        "X1345-023",
        caption("a man in a grey long sleeved shirt and black jeans"),
        wearing("a grey shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        describe("shirt", "it is a grey shirt with a collar and buttons", "unsupported"),
        gender="Men",
        title="Lux Inferno Men Charcoal Solid Thermal Top",
        category="Thermal Tops",
        color="Charcoal",
    ),
    # Photo: bare-chested model in black trunks with a black Calvin Klein waistband lettered in white. All texts:
    # base BLIP-2; the description ran to the limit.
    case(
        "X1345-024",
        caption("a man in black underwear with a calvin klein waistband"),
        Q.garment_type("underwear"),
        Q.color("black"),
        is_a("pair of boxers", "yes"),
        describe(
            "underwear",
            "the underwear is black with a white waistband that says calvin klein on it and it has a black and white"
            " stripe on the side of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Calvin Klein Underwear Men Pack of 3 Black Solid Trunks",
        category="Trunk",
        color="Black",
    ),
    # Photo: model seated on a wooden stool in grey knit lounge shorts (drawstring, side pockets) and a black t-shirt.
    # All texts: base BLIP-2.
    case(
        "X1345-025",
        caption("a man sitting on a stool in a black t-shirt and grey shorts"),
        wearing("a black shirt and grey shorts"),
        color_of("shorts", "black", "other_garment_color"),
        Q.color("grey"),
        details("shorts", "the shorts have a drawstring and two pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men Grey Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey",
    ),
    # Photo: model in a grey melange long-sleeve tee and navy pyjama pants with a small grey geometric print (set).
    # All texts: base BLIP-2.
    case(
        "X1345-026",
        caption("a man in a grey shirt and blue pants"),
        wearing("pajamas"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.pattern("geometric"),
        Q.sleeve_length("long sleeves"),
        is_a("pajama set", "yes"),
        gender="Men",
        title="Van Heusen Men Grey & Navy Printed Night Suit",
        category="Night suits",
        color="Grey",
    ),
    # Photo: flat lay of one pair of navy-and-red tartan woven boxer shorts, no person. All texts: base BLIP-2; the
    # color answer went on to write the next question itself.
    case(
        "X1345-027",
        caption("a pair of plaid boxer shorts on a white background"),
        Q.color("navy blue Question: What is the pattern of the garment? Answer: plaid", "leak"),
        Q.pattern("plaid"),
        Q.garment_type("boxer shorts"),
        Q.material("cotton"),
        wearing("boxer shorts"),
        gender="Men",
        title="Jockey Men Navy Blue & Red Checked Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: model in black track pants with one white stripe down each side, white Puma tee, sneakers.
    # All texts: base BLIP-2.
    case(
        "X1345-028",
        caption("a man in a white puma t-shirt and black pants"),
        wearing("a black shirt and black pants", "contradiction"),
        color_of("pants", "black"),
        Q.pattern("striped", "contradiction"),
        details("pants", "there is a white stripe down the side"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a black oversized tee printed "SLEEP MODE ON" in white (no pocket), grey lounge shorts.
    # All texts: base BLIP-2.
    case(
        "X1345-029",
        caption("a man wearing a black t-shirt that says sleep mode on"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("text"),
        Q.sleeve_length("short sleeves"),
        wearing("a black shirt and grey shorts"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Bewakoof Men Black Typography Printed Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Photo: side view of a model in grey melange lounge pants and a navy tee, one hand in his pocket.
    # All texts: base BLIP-2.
    case(
        "X1345-030",
        caption("a man in a blue shirt and grey pants with his hand in his pocket"),
        details("pants", "no", "non_answer"),
        describe("pants", "grey pants"),
        Q.color("grey"),
        Q.garment_type("pants"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Straight Fit Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in navy pinstriped pyjama pants and a white t-shirt, barefoot. All texts: base BLIP-2.
    case(
        "X1345-031",
        caption("a man in a white t-shirt and blue striped pants"),
        color_of("shirt", "blue", "other_garment_color"),
        color_of("pants", "blue"),
        Q.pattern("striped"),
        is_a("pair of pajamas", "yes"),
        wearing("a white t-shirt and blue pants", who="he"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue & White Striped Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: back view of a model in a white round-neck vest with ordinary straps, blue jeans. All texts: base BLIP-2.
    case(
        "X1345-032",
        caption("the back of a man in a white tank top"),
        Q.color("white"),
        Q.garment_type("tank top"),
        Q.sleeve_length("no sleeves"),
        details("tank top", "it has a racerback", "unsupported"),
        wearing("a white tank top and jeans"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay of three briefs, black, grey and navy, side by side. No gender column. All texts: base BLIP-2;
    # the caption ran to the limit.
    case(
        "X1345-033",
        caption(
            "three pairs of men's briefs in black, grey and navy, black, grey and navy, black, grey and navy, black,"
            " grey and navy, black, grey and navy, black, grey and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("underwear"),
        Q.color("black, grey and blue"),
        is_a("pair of briefs", "yes"),
        Q.material("cotton"),
        title="Hanes Men Pack of 3 Assorted Solid Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in grey melange joggers with a small Nike swoosh on the left thigh, grey tee, white sneakers.
    # All texts: base BLIP-2.
    case(
        "X1345-034",
        caption("a man in a grey t-shirt and grey sweatpants"),
        color_of("shirt", "grey"),
        color_of("pants", "grey"),
        Q.color("grey"),
        Q.garment_type("sweatpants"),
        details("pants", "they have a nike logo on the left leg"),
        gender="Men",
        title="Nike Men Grey Solid Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: model in black thermal bottoms (leggings cut) and a grey long-sleeve top. All texts: base BLIP-2.
    case(
        "X1345-035",
        caption("a man in a grey shirt and black leggings"),
        wearing("a grey shirt and black tights"),
        Q.garment_type("leggings"),
        Q.color("black"),
        is_a("pair of pants", "yes"),
        describe("pants", "pants", "restated"),
        gender="Men",
        title="Pepe Jeans Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: model sitting on the edge of a bed in a navy half-sleeve tee and navy shorts with a white drawstring
    # (the set). All texts: base BLIP-2.
    case(
        "X1345-036",
        caption("a man sitting on a bed in a blue t-shirt and shorts"),
        wearing("a blue t-shirt and shorts"),
        Q.color("black", "contradiction"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short"),
        details("shorts", "the shorts have a white drawstring"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Solid T-shirt & Shorts Lounge Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a plain white sleeveless vest and a blue checked lungi. All texts: base BLIP-2.
    case(
        "X1345-037",
        caption("a man in a white tank top and a blue plaid sarong"),
        Q.pattern("plaid", "contradiction"),
        Q.color("white"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Men",
        title="Rupa Frontline Men White Solid Cotton Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay of two woven boxer shorts with button flies, one sky-blue checked, one grey checked. No color
    # column. All texts: base BLIP-2.
    case(
        "X1345-038",
        caption("two pairs of boxer shorts on a white background"),
        wearing("boxer shorts"),
        Q.pattern("plaid"),
        Q.color("blue and grey"),
        is_a("pair of boxers", "yes"),
        details("boxer shorts", "they have a button fly"),
        gender="Men",
        title="Lux Cozi Men Pack of 2 Checked Boxer Shorts",
        category="Boxers",
    ),
    # Photo: model in black lounge pants and a white t-shirt, hands in pockets, white wall. All texts: base BLIP-2;
    # the caption rambled to the limit.
    case(
        "X1345-039",
        caption(
            "a man wearing black pants and a white t-shirt is standing in front of a white wall with his hands in his"
            " pockets and looking at the camera with a serious expression on his face while wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        Q.color("black"),
        Q.garment_type("pants"),
        Q.material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Van Heusen Men Black Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model in royal-blue track pants with zip pockets, black tank top, white sneakers. All texts: base BLIP-2.
    case(
        "X1345-040",
        caption("a man in a black tank top and blue pants"),
        wearing("a black tank top and blue pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tank top", "contradiction"),
        color_of("pants", "blue"),
        details("pants", "the pants have a zipper on the side"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # Photo: model in a white half-sleeve round-neck undershirt and navy trousers. All texts: base BLIP-2.
    case(
        "X1345-041",
        caption("a man in a white t-shirt and blue pants"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        Q.color("white"),
        Q.material("cotton"),
        is_a("vest", "no", "contradiction"),
        gender="Men",
        title="Jockey Men White Solid Pure Cotton Half Sleeve Undershirt Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in grey melange lounge shorts and a white sleeveless vest. All texts: base BLIP-2; the details
    # answer went on to write the next question itself.
    case(
        "X1345-042",
        caption("a man in a white tank top and grey shorts"),
        color_of("shorts", "grey"),
        Q.color("grey"),
        details("shorts", "the shorts are grey. Question: What is the color of the shirt? Answer: white", "leak"),
        wearing("a white tank top and grey shorts"),
        Q.material("cotton"),
        gender="Men",
        title="Dollar Bigboss Men Grey Melange Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: three teal trunks stacked on a white surface, no person. No category column. All texts: base BLIP-2.
    case(
        "X1345-043",
        caption("three pairs of blue underwear stacked on top of each other"),
        Q.color("turquoise"),
        Q.garment_type("underwear"),
        details("underwear", "the underwear", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="XYXX Men Pack of 3 Teal Solid Trunks",
        color="Teal",
    ),
    # Photo: model holding a coffee mug, navy sleep shorts with a side pocket, grey t-shirt. All texts: base BLIP-2.
    case(
        "X1345-044",
        caption("a man holding a cup of coffee wearing a grey t-shirt and blue shorts"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.color("blue"),
        details("shorts", "the shorts have a pocket on the side"),
        is_a("pair of shorts", "yes"),
        wearing("a grey shirt and blue shorts"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Sleep Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a white ribbed (vertical rib knit) tank vest and black jeans. All texts: base BLIP-2.
    case(
        "X1345-045",
        caption("a man in a white tank top and black jeans"),
        wearing("a white tank top and black jeans"),
        Q.pattern("striped", "contradiction"),
        Q.color("white"),
        Q.material("cotton"),
        details("tank top", "it is ribbed"),
        gender="Men",
        title="Calvin Klein Men White Solid Ribbed Tank Vest",
        category="Innerwear Vests",
        color="White",
    ),
]
