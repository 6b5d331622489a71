"""BLIND_1488 (45 products; Myntra men's topwear, base BLIP-2 zero-shot): written blind in the sixty-fifth session.
Measured blind at eb96f22 (the session's fourth rules): 39/48 failures found (81.2%) and 17/254 correct texts flagged
(6.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's t-shirts, polos and shirts (article types Tshirts and Shirts, polos filed under
Tshirts as Myntra does), titles in Myntra's "Brand Men Colour Detail Type" form, base colours from Myntra's list
(Navy Blue, Grey Melange, Fluorescent Green...). Photos are the usual catalog shots: a male model on a plain grey or
white backdrop wearing the product with chinos, jeans or shorts, sometimes styled open over a tee or under a jacket;
a few flat lays, a folded shirt, a hanger shot, two back views, a seated pose on a stool and a blazer held as a prop.
Who wrote what: every text is from the base Salesforce/blip2-opt-2.7b, no adapter, zero-shot, greedy decoding: the
caption from the image alone (50 new tokens at most), the answers from enrich's default questionnaire with the
`Question: ... Answer:` prompt and free generation (30 new tokens at most), the closed questions generated freely too
and stored as generated. Batches ran trimmed versions of the questionnaire, so a product carries four to seven
answers. The base model mostly stops after a short answer; the long ones are the describe/details answers and the
odd caption of a t-shirt with printed words, which it reads and repeats. On clean catalog shots its short answers
are mostly right: about one text in six is wrong here, most of them colors, types and patterns taken from the wrong
thing in the photo (the layer, the trousers, the knit texture, the corduroy wales).
Labeling conventions and judgement calls: one failure kind per wrong text, the most salient one. The color asked of "the
garment" answered with the color of the chinos, the shorts, the jacket over it or the tee under it is
other_garment_color; a garment type that names the layer over the product or another garment (jacket, suit, sweater,
blouse for a men's shirt) is contradiction, as is a pattern or sleeve answer the title contradicts (solid for a
"Checked" shirt, striped for a "Colourblocked" tee) and a material the title rules out (cotton for Dri-FIT). "Yellow"
for a Fluorescent Green tee I marked contradiction: the seller's colour is right and the photo reads lime. Navy answered
"blue", teal "turquoise" or "blue", lavender "purple", maroon "red" in a description are left correct. Material answers
the photo cannot prove but that are the usual fabric (cotton for a jersey tee, denim for a denim shirt, corduroy for a
cord shirt) are left correct; a material that the photo or the kind of garment makes unlikely (wool for a jersey henley)
or that belongs to a prop (wood for the hanger) is unsupported. Pockets, logos, a tie and collar colors that the photo
does not show are unsupported. "Short" for full sleeves rolled to the elbow or folded out of sight, "polka dots" for a
solid pique knit and "striped" for solid corduroy are contradiction (the garment and its title say otherwise). "What is
the person wearing?" on a flat lay or hanger shot answered with the garment is left correct. A description that only
names the category ("it is a garment") or a material answer that names no material ("fabric", or the color) is
non_answer; an answer that only turns the question back ("the details of the garment are the details of the garment",
"the shirt is a shirt") is restated. A wrong color of the trousers in the wearing answer, against a caption that has it
right, is contradiction. An answer that runs on into a new "Question: ... Answer:" is leak even when the first part is
right. hit_limit marks the texts that ran to 30 (answers) or 50 (caption) new tokens; those are loop when they repeat
and cut when they stop mid-phrase.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1488 = [
    # photo: model in a navy solid full-sleeve shirt, beige chinos, grey backdrop. All texts base BLIP-2 zero-shot.
    case(
        "X1488-001",
        caption("a man in a navy blue shirt and khaki pants"),
        Q.wearing("a blue shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a navy blue shirt with a collar and buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # photo: black pique polo, small white cat logo on the chest, model in grey jeans, white backdrop. Base BLIP-2
    # read the pique knit as dots.
    case(
        "X1488-002",
        caption("a man wearing a black polo shirt and jeans"),
        Q.wearing("a black polo shirt and gray jeans"),
        Q.garment_type("polo shirt"),
        Q.color("black"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a black polo shirt with a white logo"),
        Q.details("a white logo on the chest"),
        gender="Men",
        title="Puma Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: grey melange crew tee with a large black "HRX" chest print, black joggers. Base BLIP-2.
    case(
        "X1488-003",
        caption("a man wearing a grey t-shirt with the word hrx on it"),
        Q.wearing("a grey t-shirt and black pants"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("the sleeves are short"),
        Q.description("a grey t-shirt with a black logo on the front"),
        Q.details("the logo is printed on the front of the shirt"),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: white polyester running tee, small black swoosh, model in black shorts. Base BLIP-2; the material answer
    # is the usual guess, which the Dri-FIT title rules out.
    case(
        "X1488-004",
        caption("a man in a white nike shirt and black shorts"),
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a black nike logo"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Nike Men White Dri-FIT Solid Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: red and navy checked full-sleeve shirt worn open over a white crew tee, dark blue jeans. Base BLIP-2; the
    # color answer is the tee underneath.
    case(
        "X1488-005",
        caption("a man wearing a red and blue plaid shirt and jeans"),
        Q.wearing("a plaid shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and blue plaid shirt"),
        Q.details("button down collar and a pocket on the chest"),
        gender="Men",
        title="Flying Machine Men Red & Navy Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # photo: bottle green polo with white tipping on collar and cuffs, model in white trousers. Base BLIP-2.
    case(
        "X1488-006",
        caption("a man in a green polo shirt and white pants"),
        Q.garment_type("polo"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a green polo shirt"),
        Q.details("white stripes on the collar and sleeves"),
        gender="Men",
        title="U.S. Polo Assn. Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # photo: olive utility shirt with two flap chest pockets, buttoned, black jeans. Base BLIP-2 called it a jacket.
    case(
        "X1488-007",
        caption("a man in a green shirt and black jeans"),
        Q.wearing("a green jacket and black jeans"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("green"),
        Q.pattern("camouflage", "contradiction"),
        Q.sleeve_length("long"),
        Q.details("two pockets on the front"),
        Q.material("cotton"),
        gender="Men",
        title="Roadster Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # photo: plain white full-sleeve shirt without a pocket, sleeves rolled to the elbow, blue jeans, mid-grey
    # backdrop. Base BLIP-2 invented a pocket and took the rolled sleeves for short ones.
    case(
        "X1488-008",
        caption("a man in a white shirt and blue jeans"),
        Q.wearing("a white shirt and jeans"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a white shirt with a collar"),
        Q.details("the shirt has a button down collar and a pocket", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Highlander Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: navy polo with thin white horizontal stripes, beige shorts. Base BLIP-2; the sleeve answer ran on into
    # a question of its own.
    case(
        "X1488-009",
        caption("a man wearing a blue and white striped polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("blue"),
        Q.pattern("stripes"),
        Q.sleeve_length("short Question: What is the color of the shorts? Answer: beige", "leak"),
        Q.description("a striped polo shirt with a logo on the chest"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: maroon full-sleeve henley, three buttons, grey chinos. Base BLIP-2 took it for a sweater and gave wool.
    case(
        "X1488-010",
        caption("a man wearing a maroon henley shirt and grey pants"),
        Q.wearing("a red sweater and grey pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.description("a red long sleeve shirt with buttons"),
        Q.details("three buttons on the front"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # photo: flat lay, black crew tee with a red and white batwing logo, white background. Base BLIP-2.
    case(
        "X1488-011",
        caption("a black t-shirt with a red and white logo"),
        Q.wearing("a black t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.description("a black t-shirt with a red and white levi's logo"),
        Q.material("cotton"),
        gender="Men",
        title="Levis Men Black Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: mustard crew tee styled under an open light-blue denim jacket, black jeans. Base BLIP-2 answered the
    # jacket for type and color.
    case(
        "X1488-012",
        caption("a man wearing a yellow t-shirt and a denim jacket"),
        Q.wearing("a denim jacket and a yellow shirt"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.description("a yellow t-shirt with a denim jacket"),
        gender="Men",
        title="Wrogn Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # photo: grey melange pique polo, navy chinos. Base BLIP-2; details looped over the same three parts, material
    # answered with the color.
    case(
        "X1488-013",
        caption("a man in a grey polo shirt and blue pants"),
        Q.garment_type("polo shirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details(
            "the collar is grey, the sleeves are grey, the buttons are grey, the collar is grey, the sleeves are grey,"
            " the buttons are",
            "loop",
            hit_limit=True,
        ),
        Q.material("grey", "non_answer"),
        gender="Men",
        title="Jack & Jones Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: male model with long hair tied in a bun, lavender full-sleeve shirt, white trousers. Base BLIP-2 read
    # the model as a woman in the caption and called the shirt a blouse.
    case(
        "X1488-014",
        caption("a woman in a purple shirt and white pants", "pronoun"),
        Q.wearing("a purple shirt and white pants"),
        Q.garment_type("blouse", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Campus Sutra Men Lavender Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # photo: red pique polo, white shorts, model seated on a wooden stool. Base BLIP-2.
    case(
        "X1488-015",
        caption("a man sitting on a stool wearing a red polo shirt"),
        Q.wearing("a red shirt and white shorts"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red polo shirt with a logo on the chest"),
        Q.details("the polo shirt has a collar and two buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Nautica Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # photo: teal solid full-sleeve shirt, light grey trousers. Base BLIP-2; the material answer names no material.
    case(
        "X1488-016",
        caption("a man in a blue shirt and grey pants"),
        Q.garment_type("shirt"),
        Q.color("turquoise"),
        Q.sleeve_length("long"),
        Q.description("a teal shirt with buttons"),
        Q.details("button down collar"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Dennis Lingo Men Teal Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Teal",
    ),
    # photo: white shirt with vertical blue stripes, open collar, no tie, tucked into navy trousers with a brown
    # belt. Base BLIP-2 added a tie.
    case(
        "X1488-017",
        caption("a man in a blue and white striped shirt and blue pants"),
        Q.wearing("a striped shirt and tie", "unsupported"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a blue and white striped shirt with a collar"),
        Q.details("the shirt is tucked in"),
        Q.material("cotton"),
        gender="Men",
        title="Allen Solly Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: black tee with a large colourful anime print (orange-haired character), blue jeans. Base BLIP-2.
    case(
        "X1488-018",
        caption("a man wearing a black t-shirt with an anime character on it"),
        Q.wearing("a black t-shirt with a picture of a cartoon character"),
        Q.color("black"),
        Q.pattern("cartoon"),
        Q.description("a black t-shirt with a cartoon of a boy with orange hair"),
        Q.details("the t-shirt has a picture of naruto on it"),
        gender="Men",
        title="Bewakoof Men Black Naruto Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: beige half-sleeve linen blend shirt, white chinos, white backdrop. Base BLIP-2; the color answer is the
    # chinos.
    case(
        "X1488-019",
        caption("a man wearing a beige shirt and white pants"),
        Q.wearing("a beige shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.material("linen"),
        gender="Men",
        title="Peter England Men Beige Linen Blend Half Sleeves Casual Shirt",
        category="Shirts",
        color="Beige",
    ),
    # photo: colourblocked tee, royal blue top half, white lower half with a navy band, black track pants. Base BLIP-2
    # read the blocks as stripes.
    case(
        "X1488-020",
        caption("a man wearing a blue and white t-shirt"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue and white t-shirt with a puma logo"),
        gender="Men",
        title="Puma Men Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: light blue formal shirt folded in its packaging, collar up, chest pocket visible, white background.
    # Base BLIP-2; no person in the shot, the full sleeves folded out of sight behind it.
    case(
        "X1488-021",
        caption("a blue shirt folded on a white background"),
        Q.wearing("a blue shirt"),
        Q.garment_type("dress shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the garment", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Raymond Men Light Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: back view of a model in a plain charcoal crew tee, black jeans. Base BLIP-2 invented a back print.
    case(
        "X1488-022",
        caption("the back of a man wearing a grey t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        Q.description("a grey t-shirt with a white logo on the back", "unsupported"),
        gender="Men",
        title="Roadster Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: navy self-design polo with a small white logo on the chest, white buttons, beige chinos. Base BLIP-2; the
    # description kept adding white logos until the limit.
    case(
        "X1488-023",
        caption("a man in a navy blue polo shirt and beige pants"),
        Q.wearing("a blue polo shirt and khaki pants"),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.description(
            "a navy blue polo shirt with white buttons and a white logo on the chest and a white logo on the sleeve"
            " and a white logo on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Navy Blue Self Design Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: khaki full-sleeve shirt worn open over a black crew tee, black jeans. Base BLIP-2; color is the tee.
    case(
        "X1488-024",
        caption("a man wearing a khaki shirt over a black t-shirt"),
        Q.wearing("a shirt and a black t-shirt"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a khaki shirt with a black t-shirt underneath"),
        Q.material("i don't know", "non_answer"),
        gender="Men",
        title="Locomotive Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
    ),
    # photo: black tee with three white stripes along the shoulders, black and grey shorts. Base BLIP-2; the
    # description ran on into a question about the shorts.
    case(
        "X1488-025",
        caption("a man in a black adidas shirt with white stripes"),
        Q.color("black"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        Q.description(
            "a black t-shirt with three white stripes on the shoulders Question: Describe the shorts. Answer: black"
            " shorts",
            "leak",
        ),
        Q.details("three white stripes on the shoulders"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: rust half-sleeve shirt with a tropical leaf print and no pocket, beige shorts. Base BLIP-2.
    case(
        "X1488-026",
        caption("a man in an orange shirt with leaves on it"),
        Q.wearing("an orange shirt and shorts"),
        Q.color("orange"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description("an orange shirt with palm leaves"),
        Q.details("the shirt has a collar and buttons and a pocket on the left chest", "unsupported"),
        gender="Men",
        title="Moda Rapido Men Rust Orange Tropical Printed Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # photo: white pique polo, navy shorts, white backdrop. Base BLIP-2; color is the shorts, description empty.
    case(
        "X1488-027",
        caption("a man in a white shirt and blue shorts"),
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("it is a garment", "non_answer"),
        gender="Men",
        title="Harvard Men White Solid Polo Collar T-shirt",
        category="Tshirts",
    ),
    # photo: indigo denim shirt with two flap pockets, black jeans. Base BLIP-2 called it a denim jacket.
    case(
        "X1488-028",
        caption("a man wearing a denim shirt and black jeans"),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt with two pockets on the front"),
        Q.material("denim"),
        gender="Men",
        title="Spykar Men Indigo Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: grey melange tee with "JUST DO IT" printed across the chest, black shorts. Base BLIP-2.
    case(
        "X1488-029",
        caption("a man wearing a grey nike t-shirt with the words just do it"),
        Q.wearing("a grey t-shirt and black shorts"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.description("a grey t-shirt with the words just do it printed on the front"),
        Q.details("just do it"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Melange Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: pink solid formal shirt, grey trousers, a grey blazer held over the shoulder as a prop. Base BLIP-2; the
    # type is the suit and the white collar is invented.
    case(
        "X1488-030",
        caption("a man in a pink shirt holding a jacket over his shoulder"),
        Q.wearing("a pink shirt and grey pants"),
        Q.garment_type("suit", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.details("a pink shirt with a white collar", "unsupported"),
        gender="Men",
        title="Arrow Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # photo: red and black buffalo-check flannel shirt, two flap chest pockets, blue jeans. Base BLIP-2; the details
    # answer ran to the limit mid-phrase.
    case(
        "X1488-031",
        caption("a man in a red and black plaid shirt and jeans"),
        Q.wearing("a plaid shirt and jeans"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        Q.description("a red and black plaid flannel shirt with two chest pockets"),
        Q.details(
            "the shirt has two chest pockets with flaps and buttons, a button down collar, long sleeves with buttoned"
            " cuffs and a curved hem with a small",
            "cut",
            hit_limit=True,
        ),
        Q.material("flannel"),
        gender="Men",
        title="Levis Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # photo: navy crew tee, grey lounge shorts. Base BLIP-2; color is the shorts, details turned the question back.
    case(
        "X1488-032",
        caption("a man wearing a navy blue t-shirt"),
        Q.wearing("a blue shirt and gray shorts"),
        Q.garment_type("t-shirt"),
        Q.color("gray", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: flat lay, white crew tee with a black trefoil logo on the chest. Base BLIP-2.
    case(
        "X1488-033",
        caption("a white t-shirt with the adidas logo on it"),
        Q.wearing("t-shirt"),
        Q.color("white"),
        Q.pattern("logo"),
        Q.description("a white t-shirt with a black adidas logo on the front"),
        Q.details("the adidas logo is on the front"),
        gender="Men",
        title="ADIDAS Originals Men White Trefoil Logo Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: black mandarin-collar full-sleeve shirt, black jeans. Base BLIP-2; black for both is the truth.
    case(
        "X1488-034",
        caption("a man in a black shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("a black shirt with a mandarin collar and buttons"),
        Q.details("the shirt has a mandarin collar"),
        Q.material("cotton"),
        gender="Men",
        title="Powerlook Men Black Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: front view, blue crew tee with a white bicycle print on the chest, plain elsewhere, blue jeans. Base
    # BLIP-2; the description went on to a back print it cannot see and stopped at the limit.
    case(
        "X1488-035",
        caption("a man wearing a blue t-shirt with a bicycle on it"),
        Q.wearing("a blue t-shirt and jeans"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.description(
            "a blue t-shirt with a white print of a bicycle on the front and the words being human on the back of the"
            " t-shirt and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Being Human Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: sea green pique polo, white chinos. Base BLIP-2; details ran on into a material question.
    case(
        "X1488-036",
        caption("a man in a green polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.details(
            "the shirt has a collar and buttons Question: What is the material of the shirt? Answer: cotton", "leak"
        ),
        gender="Men",
        title="Indian Terrain Men Sea Green Solid Polo Collar T-shirt",
        color="Sea Green",
    ),
    # photo: white oxford button-down shirt, navy chinos, hands in pockets. Base BLIP-2; the wearing answer gives the
    # chinos the wrong color, against the caption.
    case(
        "X1488-037",
        caption("a man in a white shirt and blue pants standing with his hands in his pockets"),
        Q.wearing("a white shirt and khaki pants", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description("a white button down shirt"),
        Q.details("the shirt is a button down shirt"),
        Q.material("cotton"),
        gender="Men",
        title="Tommy Hilfiger Men White Solid Oxford Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: back view, oversized black tee with a large white skull print on the back, black cargo pants. Base
    # BLIP-2.
    case(
        "X1488-038",
        caption("the back of a man wearing a black t-shirt with a skull on it"),
        Q.wearing("a black t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a skull on the back"),
        Q.material("cotton"),
        gender="Men",
        title="Dillinger Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: grey micro-check formal shirt (reads solid at a distance), black trousers. Base BLIP-2; pattern missed
    # the check, details turned the question back.
    case(
        "X1488-039",
        caption("a man in a gray shirt and black pants"),
        Q.garment_type("shirt"),
        Q.color("gray"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a gray dress shirt"),
        Q.details("the shirt is a shirt", "restated"),
        gender="Men",
        title="Hancock Men Grey Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Grey",
    ),
    # photo: fluorescent green running tee with a small reflective print, black shorts, running pose. Base BLIP-2
    # calls the lime yellow in the caption and the color answer.
    case(
        "X1488-040",
        caption("a man running in a yellow shirt and black shorts", "contradiction"),
        Q.color("yellow", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with a logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # photo: male model with shoulder-length hair, black slim shirt, blue jeans. Base BLIP-2; the wearing answer says
    # a woman although the caption says a man.
    case(
        "X1488-041",
        caption("a man with long hair wearing a black shirt"),
        Q.wearing("a woman wearing a black shirt and jeans", "pronoun"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: yellow crew tee with a grey rhino logo, on a wooden hanger against a white wall, no person. Base BLIP-2;
    # the material answer is the hanger's.
    case(
        "X1488-042",
        caption("a yellow t-shirt hanging on a wooden hanger"),
        Q.wearing("a yellow t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.description("a yellow t-shirt with a rhino logo on it"),
        Q.material("wood", "unsupported"),
        gender="Men",
        title="Ecko Unltd Men Yellow Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # photo: navy polo with white horizontal stripes, white shorts. Base BLIP-2; the color answer looped.
    case(
        "X1488-043",
        caption("a man wearing a blue and white striped polo shirt and white shorts"),
        Q.garment_type("polo shirt"),
        Q.color(
            "navy blue and white and navy blue and white and navy blue and white and navy blue and white and navy blue"
            " and white and navy",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: brown corduroy shirt with two chest pockets, cream trousers. Base BLIP-2 read the wales as stripes.
    case(
        "X1488-044",
        caption("a man in a brown shirt and white pants"),
        Q.garment_type("shirt"),
        Q.color("brown"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a brown corduroy shirt with two pockets"),
        Q.details("buttons on the front"),
        Q.material("corduroy"),
        gender="Men",
        title="Mufti Men Brown Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
    ),
    # photo: navy crew tee with "NOT TODAY" in large white letters, black jeans. Base BLIP-2 read the print and repeated
    # it to the caption limit.
    case(
        "X1488-045",
        caption(
            "a man wearing a navy t-shirt that says not today not today not today not today not today not today not"
            " today not today not today not today not today not today not today not today not today not today not"
            " today not today not today not today not",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue t-shirt and black jeans"),
        Q.color("blue"),
        Q.pattern("letters"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        gender="Men",
        title="WROGN Men Navy Blue Typography Printed Round Neck T-shirt",
        color="Navy Blue",
    ),
]
