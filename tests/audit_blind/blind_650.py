"""BLIND_650 (46 products; women's co-ords, night suits, lounge sets): written blind in the fifty-third session.
Measured blind at 2436baf (the session's seventeenth rules): 104/133 failures found (78.2%) and 10/188 correct texts
flagged (5.3%). The writer's notes, verbatim:

Scenario: a Myntra-like women's sleep- and lounge-wear feed. Night suits (button-front shirt and pyjamas, tee and
shorts, satin and velvet sets), lounge and co-ord sets (shirt and trousers, crop top and shorts, sweatshirt and
joggers) and kurta sets (kurta with palazzos, trousers or sharara, some with a dupatta). Model shots: mostly a white
or light studio backdrop, some lifestyle frames (a bed, a sofa, a wooden door, fairy lights, a potted plant), props
now and then (a mug, a pillow, a sleep mask, a plush toy, a bag). Often two colors in one set (printed top with
solid bottoms, a white camisole under an open shirt, a blazer or hoodie over the set). The seller's columns are
title, category (Myntra's article type), color (base colour) and gender; a few rows lack one of them.

Who wrote what: every caption is the untuned base model (Salesforce/blip2-opt-2.7b), short, lowercase, "a woman
in ... standing in front of ...", with its usual slips: a kurta called a dress or a saree, a color taken from the
backdrop or the print, once "a man", now and then a prop or a room it made up. Every open answer is the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA, trained without an end token on In-shop attribute questions): short and right when
it stops on a newline, otherwise it repeats a word or a phrase to the 30-token limit, runs a long description until
the limit cuts it, or goes on with the next "Question: ... Answer:" of its training format; it likes "he", it puts
the color of the other piece or of a layer on the piece asked about, and it adds pockets, lace, hoods and buttons.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?", and some garment colors) are
enrich's --engine reference picking one candidate with the same adapter: never looped or cut, but often the
print's, the backdrop's or the other garment's color, or the wrong sleeve.

Labeling conventions and judgement calls:
- The product is the whole set. The seller's color is the set's main (ground) color; a closed "color" that names a
  color worn on another item (a blazer, a camisole, the other piece when the pieces differ, boots, a hat) is
  other_garment_color; one that names only the print's, the embroidery's or the backdrop's color is contradiction.
- A piece-specific color question ("the shorts", "the palazzo") answered with the other piece's color is
  other_garment_color; answered with a color no garment has (the cushions, the print dots) it is contradiction.
- Shades within one color family are correct: lavender or mauve as purple, teal as blue or green, fuchsia as
  magenta or pink, peach as pink, maroon or burgundy or wine as red, off white or cream as white, rust as orange,
  lime as green. Lime green called "yellow" is a contradiction (the seller's group is green).
- A kurta called "kurta", "tunic", "top" or "outfit" is correct; called "dress", "saree" or "nightgown" it is a
  contradiction of the seller's category. Palazzos called "pants" or "trousers", a pyjama top called "shirt", a
  round-neck knit top called "t shirt" or "tee", satin called satin (not silk) are correct.
- "a man" in a caption of a women's product is labeled pronoun (the same slip as "he" and "his").
- Precedence when one text has two faults: loop over cut (a loop that runs to the limit is a loop), leak over the
  content it carries, and cut over an invented detail in the cut-off tail only when the invented part is not there.
- A one-word answer that is only a color or yes/no to an open question is non_answer; one that only gives the
  question's garment back ("they are joggers", "kurta") is non_answer too; a sentence that restates the question's
  words ("the pants details are the pants") is restated.
- A detail (pocket, lace, hood, buttons, belt, drawstring bow) that the photo does not show, or a material the
  title contradicts, is unsupported; a material answer is correct only where the title names it or it is plainly
  visible (velvet, satin sheen, flannel check).
- Every loop and every cut text ran to the token limit (hit_limit=True); so did the leaks that go on for more
  than one question. Correct answers never hit it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the neckline question some of these runs also asked (closed, reference engine)
neckline = question("neckline", "What is the neckline of the top?", "closed")
# the bottoms question the VQA run asked of sets (open, free generation)
bottoms = question("bottoms", "What is she wearing on the bottom?", "open")

BLIND_650 = [
    # photo: front view on a white backdrop, hands in pockets; navy blue long-sleeve button-front notch-collar pyjama
    # shirt with a small white star print, white piping on collar, cuffs and chest pocket; matching navy star-print
    # pyjama pants; barefoot. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-001",
        caption("a woman in blue pajamas with stars on them sitting on a bed", "unsupported"),
        wearing("blue pajamas with white stars", who="she"),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front with white piping on the collar and cuffs and a pocket"
            " on the",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Navy Blue & White Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white backdrop, front view, barefoot; pink round-neck short-sleeve tee with a white sleeping-cat graphic
    # and the word "SLEEPY"; pink-and-white gingham checked shorts with an elastic waist. Caption: base model; open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X650-002",
        caption("a woman in a pink t - shirt and checkered shorts"),
        wearing("a pink t-shirt and plaid shorts with a matching robe", "unsupported"),
        details("shorts", "the shorts details are shorts", "restated"),
        color_of("shorts", " ".join(["pink"] * 30), "loop", kind="open", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        describe("top", "a pink tee with a cat on it and the word sleepy"),
        title="Clovia Women Pink Cat Print Pure Cotton T-shirt & Checked Shorts Set",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: light grey studio backdrop, three-quarter view; mustard straight calf-length kurta with a white floral
    # block print, round neck with a keyhole, three-quarter sleeves; white palazzos with a mustard print band at the
    # hem; no dupatta, no props. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-003",
        caption("a woman in a yellow dress and white pants", "contradiction"),
        wearing("a yellow kurta and white palazzo pants"),
        Q.garment_type("kurta set"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "the kurta has a round neck with a keyhole and a floral print all over it"),
        Q.material("silk", "unsupported"),
        title="Anouk Women Mustard Yellow & White Floral Block Print Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: white backdrop, angled side view; lavender oversized crew-neck sweatshirt (no hood, no pocket) with ribbed
    # cuffs and hem; matching lavender joggers; white sneakers. Caption: base model; open answers: VQA adapter; closed:
    # reference engine.
    case(
        "X650-004",
        caption("a woman in a purple sweatsuit posing for a picture"),
        wearing("a lavender sweatshirt and jogger pants"),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("co-ord set"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        Q.material(
            "fleece Question: What is the color of the pants? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Zivame Women Lavender Solid Fleece Sweatshirt & Joggers Lounge Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: model sitting on a bed with white sheets, mid shot; maroon satin long-sleeve notch-collar shirt with black
    # piping on collar, cuffs and chest pocket; maroon satin pyjama pants, plain elastic waist, no pockets. Caption:
    # base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-005",
        caption("a woman sitting on a bed wearing red satin pajamas"),
        wearing("he is wearing a red satin pajama set", "pronoun"),
        Q.color("maroon"),
        Q.pattern("solid"),
        describe("shirt", "a maroon satin shirt with black piping on the collar and pockets"),
        Q.material("satin"),
        neckline("collared"),
        details("pants", "the pants have a satin drawstring and two side pockets with black piping", "unsupported"),
        title="Dreamz by Pantaloons Women Maroon Solid Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: white backdrop, front view; black-and-white vertical striped short-sleeve camp-collar shirt worn untucked,
    # matching striped wide-leg trousers; white sneakers; a small black sling bag on the shoulder. Caption: base model;
    # open answers: VQA adapter; closed: reference engine.
    case(
        "X650-006",
        caption("a woman in a black and white striped shirt and pants holding a purse"),
        wearing("a striped shirt and striped pants"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        color_of("pants", "black and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "trousers",
            "wide leg trousers with black and white vertical stripes that match the shirt and fall straight down to"
            " the ankles and the shirt has a camp",
            "cut",
            hit_limit=True,
        ),
        title="Bannos Swagger Women Black & White Striped Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: beige wall with a potted plant beside the model, front view; bottle green sleeveless A-line kurta with a
    # small pink-and-white floral print; matching green floral palazzos; no dupatta. Caption: base model; open answers:
    # VQA adapter; closed: reference engine.
    case(
        "X650-007",
        caption("a woman in a green floral print outfit standing next to a potted plant"),
        wearing("a green kurta with flowers and matching pants"),
        Q.sleeve_length("sleeveless"),
        Q.color("pink", "contradiction"),
        describe("kurta", "kurta", "non_answer"),
        Q.material("rayon"),
        bottoms(
            "green palazzo pants with flowers and a wide leg and an elastic waist and they are long and flowy and"
            " reach the floor and the kurta is",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Green Floral Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white backdrop, model holding a white mug in both hands; peach round-neck short-sleeve top with a small
    # brown teddy-bear print on the chest; peach pyjamas with white polka dots, cuffed at the ankle, no bows. Caption:
    # base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-008",
        caption("a woman in pink pajamas holding a white mug"),
        wearing("pink pajamas with polka dots and a bear on the shirt"),
        color_of("pants", "peach"),
        Q.pattern("printed"),
        details(
            "top",
            "the top has a teddy bear print on the chest and short sleeves with a round neckline and the pants have"
            " white polka dots and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("night suit", "yes"),
        bottoms("pink pants with white dots and a bow on the side", "unsupported"),
        title="Secret Wish Women Peach Teddy Print Cotton Top & Polka Dot Pyjama Set",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: white backdrop, front view, barefoot; teal round-neck short-sleeve cotton jersey tee; teal knit shorts with
    # a white drawstring and white side stripes. Caption: base model; open answers: VQA adapter; closed: reference
    # engine.
    case(
        "X650-009",
        caption("a woman in a green t - shirt and shorts"),
        wearing("a blue tee and blue shorts"),
        color_of("shorts", " ".join(["teal"] * 30), "loop", kind="open", hit_limit=True),
        details("shorts", "they are short", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.material("denim", "unsupported"),
        title="Kryptic Women Teal Blue Solid Cotton Lounge T-shirt & Shorts Set",
        category="Lounge Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: beige backdrop, front view; off-white oversized long-sleeve shirt with black gingham check, sleeves rolled
    # to the elbow, worn untucked over matching checked straight trousers (the shirt hangs over the waistband); black
    # strappy heels. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-010",
        caption("a woman in a black and white checkered shirt and pants"),
        wearing("a checkered shirt and pants"),
        Q.color("white"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "the shirt is a black and white checkered shirt with a collar and buttons and the sleeves are rolled up"
            " to the elbows and",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        Q.material("cotton Question: What is the pattern of the shirt? Answer: checked", "leak"),
        details("trousers", "the trousers have a belt with a gold buckle", "unsupported"),
        title="Tokyo Talkies Women Off White & Black Checked Cotton Shirt with Trousers",
        category="Co-Ords",
        color="Off White",
        gender="Women",
    ),
    # photo: white backdrop, model hugging a red heart-shaped cushion; red short-sleeve button-front shirt with a small
    # white heart print, notch collar; matching red heart-print shorts. Caption: base model; open answers: VQA adapter;
    # closed: reference engine.
    case(
        "X650-011",
        caption("a woman in red pajamas holding a heart shaped pillow"),
        wearing("she is wearing a red and white heart print pajama set", who="she"),
        color_of("shorts", "red"),
        Q.pattern("striped", "contradiction"),
        details("shirt", "Answer: buttons and a collar", "leak"),
        describe("shorts", "red", "non_answer"),
        Q.sleeve_length("short sleeves"),
        title="Sztori Women Red & White Heart Print Shirt with Shorts Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: white backdrop, front view; indigo blue straight kurta with a white dabu floral print, mandarin collar,
    # three-quarter sleeves; plain white straight trousers; silver jhumkas. The feed row has no color. Caption: base
    # model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-012",
        caption("a woman in a white kurta and white pants", "other_garment_color"),
        wearing("blue kurta white pants"),
        color_of("trousers", "blue", "other_garment_color"),
        Q.garment_type("kurta set"),
        details("kurta", "the kurta has a mandarin collar and three quarter sleeves with a white print"),
        Q.material("cotton"),
        describe("trousers", "the trousers are trousers", "restated"),
        title="GoSriKi Women Indigo Blue Dabu Print Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: white backdrop, model holding a small pink cushion; grey melange long-sleeve round-neck top with the word
    # "DREAM" in pink letters; solid pink jogger pants with grey ribbed cuffs. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-013",
        caption("a woman in a pink sweater and pink pants holding a pillow", "other_garment_color"),
        wearing("grey top and pink pants"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        color_of("pants", "pink", kind="open"),
        Q.color("grey"),
        describe("top", "a grey top with the word dream on it in pink letters"),
        Q.material("wool", "unsupported"),
        title="Clovia Women Grey Melange & Pink Printed Cotton Top with Joggers Lounge Set",
        category="Night suits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: bedroom corner, model standing beside a white dresser with a vase of flowers; black satin long-sleeve
    # notch-collar shirt with a pink rose print; matching black rose-print pyjama pants. Caption: base model; open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X650-014",
        caption("a woman in black floral pajamas standing next to a vase of flowers"),
        wearing("black pajamas with pink roses"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.material(" ".join(["silk"] * 30), "loop", hit_limit=True),
        describe("shirt", "a black shirt with pink flowers and a collar and long sleeves with buttons"),
        Q.sleeve_length("long sleeves"),
        details("pants", "no", "non_answer"),
        title="Nite Flite Women Black & Pink Floral Print Satin Shirt & Pyjama Set",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: cream backdrop, front view; fuchsia pink straight kurta with gold gota embroidery at the yoke (no mirror
    # work), three-quarter sleeves; fuchsia palazzos; fuchsia dupatta with a gold border draped over one shoulder; gold
    # juttis. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-015",
        caption("a woman in a pink saree", "contradiction"),
        wearing("pink kurta with palazzo and dupatta"),
        Q.color("magenta"),
        details("kurta", "gold embroidery around the neck and mirror work on the sleeves", "unsupported"),
        Q.garment_type("kurta set"),
        Q.material("silk"),
        is_a("dress", "no"),
        title="Varanga Women Fuchsia Gotta Patti Chanderi Silk Blend Kurta with Palazzos & Dupatta (3 pc)",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: pale pink studio wall, front view; olive green sleeveless square-neck crop top (plain front, no buttons)
    # with matching olive high-waist wide-leg trousers; white sneakers. Caption: base model; open answers: VQA adapter;
    # closed: reference engine.
    case(
        "X650-016",
        caption("a woman in a green crop top and green pants standing in front of a pink wall"),
        wearing(
            "Question: What is she wearing? Answer: a green top and green pants Question: What is the color of the"
            " top? Answer: green Question",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("pink", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("top", "square neck crop top with buttons on the front", "unsupported"),
        describe("trousers", "high waisted wide leg pants"),
        title="Berrylush Women Olive Green Solid Crop Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: white backdrop, blue satin sleep mask pushed up on the head; white short-sleeve notch-collar shirt with
    # thin blue vertical stripes, navy piping and a chest pocket; solid navy blue pyjama pants. Caption: base model;
    # open answers: VQA adapter; closed: reference engine.
    case(
        "X650-017",
        caption("a woman in a striped shirt and blue pants with a sleep mask on her head"),
        wearing("a striped shirt and navy pants"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        color_of("pants", "navy blue", kind="open"),
        Q.pattern("striped"),
        Q.color("navy blue", "other_garment_color"),
        is_a("night suit", "yes"),
        details(
            "shirt",
            "the shirt has a notched collar and a chest pocket with navy piping and short sleeves and the pants are"
            " navy blue with a",
            "cut",
            hit_limit=True,
        ),
        title="Zeyo Women White & Blue Striped Shirt with Solid Pyjamas Night Suit",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: beige backdrop, front view, gold hoops; rust orange linen-blend long-sleeve shirt worn open over a white
    # camisole; matching rust straight trousers with a pleated front and side pockets. Caption: base model; open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X650-018",
        caption("a woman in a white shirt and orange pants", "other_garment_color"),
        wearing("an orange shirt over a white tank top and orange pants"),
        color_of("shirt", "white", "other_garment_color"),
        describe("shirt", "the shirt is open with long sleeves and a collar"),
        Q.material("linen"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("trousers", "straight fit trousers with pleats at the front and side pockets"),
        title="Athena Women Rust Solid Linen Blend Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: white backdrop, model seated on a white stool; pastel tie-dye (pink, yellow and sky blue swirls) round-neck
    # short-sleeve tee with matching tie-dye shorts. Caption: base model; open answers: VQA adapter; closed: reference
    # engine.
    case(
        "X650-019",
        caption("a woman sitting on a stool wearing a tie dye shirt and shorts"),
        wearing("a tie dye t shirt and shorts Question: Is this a t-shirt? Answer: yes", "leak"),
        Q.color("multi"),
        Q.pattern("printed"),
        color_of(
            "shorts",
            " and ".join(["pink and yellow and blue"] * 3) + " and pink and yellow and blue and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "yes", "non_answer"),
        Q.material("cotton"),
        title="July Nightwear Women Multicoloured Tie-Dye Cotton T-shirt & Shorts Lounge Set",
        category="Lounge Tshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: white backdrop, front view; black ribbed sleeveless tank and black ribbed flared pants (the co-ord); a
    # camel blazer worn open over the shoulders; brown leather handbag in hand. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-020",
        caption("a woman in a brown blazer and black pants holding a brown purse"),
        wearing("a tan blazer over a black top and black flared pants"),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        details("pants", "ribbed flared pants"),
        bottoms("brown flared pants", "other_garment_color"),
        describe("top", "he is wearing a black ribbed tank top", "pronoun"),
        title="SASSAFRAS Women Black Ribbed Tank Top with Flared Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: white backdrop, front view, hair in a bun; sky blue short-sleeve round-neck top with a white moon and
    # clouds graphic; sky blue capri pyjamas with a small white cloud print. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-021",
        caption("a woman in blue pajamas with clouds on them"),
        wearing("his pajamas are blue with a moon and clouds", "pronoun"),
        color_of("top", "blue"),
        Q.pattern("graphic"),
        details("pants", "the pants details are the pants", "restated"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        Q.sleeve_length("short sleeves"),
        title="Sweet Dreams Women Blue Cloud Print Cotton Top with Capris Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: wooden floor and a plain off-white wall, model holding a straw tote; beige calf-length straight linen kurta
    # with white thread embroidery on the yoke and sleeves, V neck, side slits, three-quarter sleeves; white straight
    # pants with plain hems. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-022",
        caption("a woman in a white dress holding a straw bag", "contradiction"),
        wearing("a beige kurta with white pants and a straw bag"),
        Q.color("beige"),
        color_of("pants", "white"),
        describe("pants", "white pants with lace at the hem", "unsupported"),
        Q.material("linen"),
        details(
            "kurta",
            "white embroidery on the yoke and sleeves and side slits and a v neck and a v neck and a v neck and a v"
            " neck and a v neck",
            "loop",
            hit_limit=True,
        ),
        title="AASK Women Beige Thread Work Pure Linen Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: lifestyle frame, model reclining on a grey sofa; navy long-sleeve round-neck pyjama top with an all-over
    # pink flamingo print; matching navy flamingo pyjama pants with plain hems. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-023",
        caption("a woman laying on a couch in blue pajamas"),
        wearing("blue pajamas with pink flamingos" + " flamingos" * 24, "loop", hit_limit=True),
        Q.color("grey", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        describe("top", "a navy top with a pink flamingo print"),
        details(
            "pants", "the pants have a drawstring waist and side pockets and cuffed hems with lace trim", "unsupported"
        ),
        title="Slumber Jill Women Navy Blue Flamingo Print Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white backdrop, model holding sunglasses; neon lime green button-front crop shirt with short puff sleeves;
    # matching lime shorts; white sneakers. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-024",
        caption("a woman in a yellow top and shorts holding sunglasses", "contradiction"),
        wearing("a green crop top and green shorts"),
        color_of("shorts", " ".join(["green"] * 30), "loop", kind="open", hit_limit=True),
        Q.sleeve_length("short sleeves"),
        details("top", "puff sleeves and buttons at the front"),
        is_a("dress", "yes", "contradiction"),
        title="StyleStone Women Lime Green Solid Crop Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in front of a carved wooden door, bangles on both wrists; maroon short straight kurta with gold foil
    # print, round neck, three-quarter sleeves; maroon flared sharara; gold tissue dupatta with a zari border. Caption:
    # base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-025",
        caption("a woman in a maroon outfit standing in front of a wooden door"),
        wearing("she is wearing a maroon kurta and a sharara with a gold dupatta", who="she"),
        Q.color("maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        describe(
            "kurta",
            "a maroon kurta with gold print and a round neck and three quarter sleeves and a maroon sharara with gold"
            " print and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        details("dupatta", "Answer: gold border", "leak"),
        title="Jaipur Kurti Women Maroon Foil Print Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white backdrop, front view; lavender satin spaghetti-strap camisole with a straight-cut neckline trimmed
    # with lace, lavender satin shorts with a lace hem. Caption: base model; open answers: VQA adapter; closed:
    # reference engine.
    case(
        "X650-026",
        caption("a woman in a purple satin nightgown", "contradiction"),
        wearing("a lavender satin cami top and shorts with lace", who="the woman"),
        Q.sleeve_length("sleeveless"),
        Q.color("lavender"),
        details("shorts", "lace at the hem"),
        describe(
            "camisole",
            "a lavender satin camisole with thin spaghetti straps and lace trim at the neckline and the shorts are"
            " also lavender satin with lace at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        neckline("v neck", "contradiction"),
        title="Mystere Paris Women Lavender Satin Lace Trim Camisole & Shorts Set",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: white backdrop, front view; charcoal grey long-sleeve round-neck tee with a white coffee-cup graphic and
    # "COFFEE FIRST" in white; grey-and-white checked pyjama pants, the tee hangs over a plain waistband, no pockets.
    # Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-027",
        caption("a woman in a grey shirt and plaid pajama pants"),
        wearing("a grey t shirt with coffee first on it and checkered pants"),
        color_of("t-shirt", "white", "contradiction"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        describe(
            "t-shirt",
            "a grey t shirt with a coffee cup on the front and the words coffee first written in white letters above"
            " the cup and long",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("pants", "the pants have a drawstring bow and two zip pockets", "unsupported"),
        title="Dreamz by Pantaloons Women Charcoal Graphic Cotton T-shirt & Checked Pyjamas",
        category="Night suits",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white backdrop, front view; lemon yellow A-line cotton kurta with a blue floral print, round neck,
    # three-quarter sleeves; blue palazzos with a small yellow floral print. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-028",
        caption("a woman in a yellow top and blue pants"),
        wearing("a yellow kurta and blue palazzos"),
        Q.color("blue", "other_garment_color"),
        color_of("palazzo", "blue with yellow flowers", kind="open"),
        details("kurta", "yes", "non_answer"),
        Q.material(
            "cotton Question: What is the pattern of the kurta? Answer: floral Question: What is the sleeve length"
            " of the kurta? Answer: three",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Yellow & Blue Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: white backdrop, white slides; white short-sleeve notch-collar shirt with black dalmatian spots, black
    # piping and a chest pocket; matching spotted shorts with an elastic waist. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-029",
        caption("a woman in a white and black polka dot shirt and shorts"),
        wearing("white shirt and shorts with black spots"),
        Q.pattern("printed"),
        color_of("shorts", "black", "contradiction", kind="open"),
        details("shirt", "the shirt has a notch collar and black piping and a pocket"),
        describe("shorts", "his shorts are white with black spots and an elastic waist", "pronoun"),
        title="Shararat Women White & Black Dalmatian Print Shirt with Shorts",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: white backdrop, side view mid-stride, white sneakers; navy round-neck short-sleeve tee with a red "BROOKLYN
    # 1998" print; solid red joggers. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-030",
        caption("a woman in a blue shirt and red pants walking"),
        wearing("a navy t shirt and red joggers"),
        color_of("joggers", "navy blue", "other_garment_color"),
        Q.color("red", "other_garment_color"),
        describe("t-shirt", "the t shirt is a t shirt", "restated"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        bottoms(" ".join(["red joggers"] * 12) + " red", "loop", hit_limit=True),
        title="Kryptic Women Navy Blue Printed Cotton T-shirt with Red Joggers",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model sitting on a bed with white sheets, reading a book, a white mug on the side table; mint green
    # long-sleeve collared shirt with a white daisy print; matching mint pyjamas with a plain elastic waist, no pockets.
    # Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-031",
        caption("a woman sitting on a bed reading a book"),
        wearing("a light green pajama set with white flowers"),
        Q.color("white", "contradiction"),
        Q.pattern("floral"),
        describe("shirt", "a mint green shirt with white daisies and long sleeves with a collar"),
        details("pyjamas", "zip pockets on both sides", "unsupported"),
        Q.material("he is wearing cotton pajamas", "pronoun"),
        title="Clovia Women Sea Green Daisy Print Cotton Shirt & Pyjama Set",
        category="Night suits",
        color="Sea Green",
        gender="Women",
    ),
    # photo: grey backdrop, black ankle boots; brown-and-cream plaid short-sleeve camp-collar shirt; matching plaid
    # high-waist shorts with cuffed hems (no belt). Caption: base model; open answers: VQA adapter; closed: reference
    # engine.
    case(
        "X650-032",
        caption("a woman in a plaid shirt and shorts wearing boots"),
        wearing("he is wearing a brown plaid shirt and matching shorts with black boots", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves"),
        details(
            "shorts",
            "brown plaid shorts with a high waist and cuffed hem and a belt and a belt and a belt and a belt and a"
            " belt and a belt",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Brown Checked Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Brown",
        gender="Women",
    ),
    # photo: white backdrop, barefoot; dusty pink round-neck three-quarter-sleeve knit top with a front knot; dusty pink
    # wide palazzo with a plain elastic waist, no pockets. The feed row has no gender. Caption: base model; open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X650-033",
        caption("a woman in a pink top and wide leg pants"),
        wearing("a pink top and pink palazzo pants"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("top", "knot at the front"),
        color_of("palazzo", " ".join(["dusty pink"] * 15), "loop", kind="open", hit_limit=True),
        Q.material("rayon"),
        bottoms("pink palazzo pants with a drawstring and pockets", "unsupported"),
        title="Zivame Women Dusty Pink Viscose Rayon Knot Front Top & Palazzo Lounge Set",
        category="Co-Ords",
        color="Pink",
    ),
    # photo: sand-coloured backdrop, model in a straw hat with sunglasses pushed up; white cotton schiffli
    # (eyelet-embroidered) short-sleeve collared shirt and matching white shorts. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-034",
        caption("a woman in a white shirt and shorts wearing a straw hat on the beach", "unsupported"),
        wearing("white top and white shorts and a hat"),
        Q.color("beige", "other_garment_color"),
        details("shirt", "the shirt has eyelet embroidery all over and a collar and short sleeves"),
        describe("shorts", " ".join(["white shorts"] * 15), "loop", hit_limit=True),
        Q.material("cotton"),
        title="Athena Women White Schiffli Embroidered Cotton Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: festive set, fairy lights and a small decorated christmas tree behind; wine velvet long-sleeve notch-collar
    # shirt with gold piping and self-covered wine buttons; matching wine velvet pants, elastic waist. Caption: base
    # model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-035",
        caption("a woman in red velvet pajamas standing in front of a christmas tree"),
        wearing("she is wearing a burgundy velvet pajama set with gold trim", who="she"),
        Q.color("green", "contradiction"),
        Q.material("velvet"),
        describe("shirt", "a red shirt with gold buttons", "unsupported"),
        is_a("night suit", "yes"),
        details(
            "pants",
            "the pants are burgundy velvet with an elastic waist and they are long and loose and reach down to the"
            " ankles and the shirt has",
            "cut",
            hit_limit=True,
        ),
        title="Nite Flite Women Burgundy Velvet Night Suit",
        category="Night suits",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white backdrop, front view; teal rayon straight kurta with a white-and-orange ethnic motif print, V neck,
    # three-quarter sleeves; solid teal straight trousers. Caption: base model; open answers: VQA adapter; closed:
    # reference engine.
    case(
        "X650-036",
        caption("a woman in a blue kurta with an orange print"),
        wearing("a teal kurta and pants"),
        color_of("trousers", "orange", "contradiction", kind="open"),
        Q.garment_type("dress", "contradiction"),
        details("kurta", "v neck and three quarter sleeves"),
        Q.material(
            "rayon Question: What is the color of the kurta? Answer: teal Question: What is the color of the pants?"
            " Answer: teal",
            "leak",
            hit_limit=True,
        ),
        title="Libas Women Teal Ethnic Motifs Printed Rayon Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white backdrop, nude heels; sage green satin long-sleeve shirt tucked into sage green high-waist wide-leg
    # trousers, thin gold belt. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-037",
        caption("a woman in a green satin shirt and pants"),
        wearing("a light green shirt and matching pants with a gold belt"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the shirt details are the shirt", "restated"),
        Q.material("satin"),
        describe("trousers", "his trousers are wide leg and high waisted", "pronoun"),
        title="Bannos Swagger Women Sage Green Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: white backdrop, model holding a black sleep mask; white racerback tank with "DO NOT DISTURB" in black
    # letters; black shorts with white polka dots, drawstring waist, plain hem. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-038",
        caption("a woman in a white tank top and black shorts holding a sleep mask"),
        wearing("a black tank top and black polka dot shorts", "other_garment_color"),
        color_of("top", "black", "other_garment_color"),
        color_of("shorts", "black"),
        describe("top", "a white tank top that says do not disturb"),
        Q.sleeve_length("sleeveless"),
        details(
            "shorts", "white polka dots and a black lace trim at the hem and a zip pocket on the side", "unsupported"
        ),
        title="Secret Wish Women Black & White Typography Tank Top with Polka Dot Shorts",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: white backdrop, oxidised silver earrings; orange bandhani-print straight cotton kurta (white dots), round
    # neck, three-quarter sleeves, side slits; plain white palazzos. Caption: base model; open answers: VQA adapter;
    # closed: reference engine.
    case(
        "X650-039",
        caption("a woman in an orange and white outfit"),
        wearing("orange kurta and white pants"),
        Q.color("orange"),
        color_of("palazzo", "orange", "other_garment_color"),
        bottoms("orange palazzo pants", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "an orange kurta with white dots all over and a round neck with three quarter sleeves and a straight hem"
            " with side slits and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        title="Varanga Women Orange Bandhani Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: white backdrop, model hugging a white unicorn plush; purple half-sleeve round-neck top with a unicorn
    # graphic; purple-and-white striped pyjamas with a plain elastic waist. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-040",
        caption("a woman in a purple shirt holding a stuffed unicorn"),
        wearing("purple unicorn top and striped pants"),
        color_of("pants", "purple and white striped", kind="open"),
        Q.pattern("graphic"),
        describe("top", "a purple top with a unicorn on it" + " unicorn on it" * 7, "loop", hit_limit=True),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("pants", "purple and white stripes with a satin bow at the waist", "unsupported"),
        title="Sztori Women Purple Unicorn Print Top with Striped Pyjamas",
        category="Night suits",
        color="Purple",
        gender="Women",
    ),
    # photo: beige wall, model sitting on the floor among white cushions; plain peach round-neck short-sleeve cotton top
    # (no trim) and peach shorts. Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-041",
        caption("a woman sitting on the floor with pillows in pink pajamas"),
        wearing("pink", "non_answer", who="she"),
        Q.color("peach"),
        Q.material("cotton"),
        details("top", "the top has a round neck and short sleeves with lace trim at the hem", "unsupported"),
        color_of("shorts", "white", "contradiction", kind="open"),
        title="Sweet Dreams Women Peach Solid Cotton Top & Shorts Set",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: white backdrop, brown kolhapuri flats; navy blue and white ikat-print short-sleeve camp-collar shirt with
    # buttons down the front; matching ikat palazzos with an elastic waist. Caption: base model; open answers: VQA
    # adapter; closed: reference engine.
    case(
        "X650-042",
        caption("a woman in a blue and white shirt and pants"),
        wearing("a navy blue printed shirt and palazzo pants"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        describe(
            "shirt",
            "a blue shirt with a white ikat print and a camp collar and short sleeves and buttons down the front and"
            " a straight hem and the pants",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("palazzo", "he is wearing wide palazzo pants with an elastic waist", "pronoun"),
        title="Anouk Women Navy Blue & White Ikat Print Cotton Shirt with Palazzos Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white backdrop, red fuzzy slippers, model holding a red mug; red-and-black buffalo check flannel
    # long-sleeve notch-collar shirt with a left chest pocket and matching check pyjama pants. Caption: base model; open
    # answers: VQA adapter; closed: reference engine.
    case(
        "X650-043",
        caption("a man in a red and black plaid shirt and pants holding a cup", "pronoun"),
        wearing("red and black plaid pajamas"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.material("flannel"),
        describe("shirt", "Question: Describe the shirt. Answer: a red plaid shirt", "leak"),
        details(
            "shirt",
            "a red and black buffalo check shirt with a notch collar and long sleeves and buttons down the front and"
            " a chest pocket on the left side and",
            "cut",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Red & Black Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: white backdrop, front view; powder blue georgette-look straight kurta with white chikankari embroidery on
    # the front and sleeves, three-quarter sleeves; matching powder blue palazzos. The feed row has no category.
    # Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-044",
        caption("a woman in a light blue dress with white embroidery", "contradiction"),
        wearing("a light blue kurta and palazzo"),
        Q.color("white", "contradiction"),
        details("kurta", "white chikankari embroidery on the front and sleeves"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("palazzo", "the palazzo is a palazzo", "restated"),
        title="Libas Women Powder Blue Chikankari Embroidered Kurta with Palazzos",
        color="Blue",
        gender="Women",
    ),
    # photo: white backdrop, white sneakers; grey melange fleece zip-up hoodie (drawstring hood, two front pockets) worn
    # open over a plain white tee; grey melange joggers. Caption: base model; open answers: VQA adapter; closed:
    # reference engine.
    case(
        "X650-045",
        caption("a woman in a white hoodie and grey sweatpants", "other_garment_color"),
        wearing("a grey hoodie with a white t shirt underneath and grey joggers"),
        color_of("hoodie", "white", "other_garment_color"),
        details("hoodie", "a zip and a hood with drawstrings and front pockets"),
        Q.material("fleece"),
        describe("joggers", "they are joggers", "non_answer"),
        title="Zeyo Women Grey Melange Fleece Zip Hoodie with Joggers Lounge Set",
        category="Co-Ords",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white backdrop, a potted monstera beside the model, green slides; white short-sleeve notch-collar shirt
    # with a pink hibiscus and green leaf tropical print, plain chest (no pocket, no lettering); matching shorts.
    # Caption: base model; open answers: VQA adapter; closed: reference engine.
    case(
        "X650-046",
        caption("a woman in a floral shirt and shorts standing next to a plant"),
        wearing("a white shirt with pink flowers and green leaves and matching shorts"),
        Q.color("white"),
        Q.pattern("floral"),
        details(
            "shirt",
            "the shirt has a notch collar and buttons and a chest pocket with the word aloha embroidered on it",
            "unsupported",
        ),
        describe("shorts", "the shorts are shorts with a pattern", "restated"),
        title="Clovia Women Multi Tropical Print Shirt & Shorts Set",
        category="Night suits",
        color="Multi",
        gender="Women",
    ),
]
