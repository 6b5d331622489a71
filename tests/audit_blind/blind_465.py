"""BLIND_465 (46 products; Myntra men's and women's sportswear night: track pants, joggers, tees, bras, leggings):
written blind in the forty-eighth session. Measured blind at 38c1dba (the session's rules as they stood): 106/122
failures found (86.9%) and 2/152 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of sportswear for men and women: track pants and joggers (solid, with
side stripes or side panels), sports t-shirts (solid, striped, colour-blocked, camouflage, typographic and floral
prints, a polo, a long-sleeve compression tee, a sleeveless tee), sweatshirts and hoodies, running and training
shorts (one 2-in-1 with inner tights, bike shorts), sports bras and leggings/tights. Every photo shows a model in a
full outfit, so another garment of another colour is always in the frame; most are shot on white or grey studio
backdrops, a few against a pink, cream or brick wall, in a gym, on a bench or with a prop (a dumbbell, a tennis
racket, a yoga mat). Each product has the seller's title, category, color and gender; a few rows miss the gender or
the color, as real feeds do. Seller colours are Myntra's (Navy Blue, Charcoal, Grey Melange, Olive, Teal, Maroon,
Coral, Fuchsia, Mustard, Lime Green, Peach, Lavender).

Who wrote what: the questions are the experiments' own (What is he / she wearing? What is the color of the shirt /
pants / shorts? Describe the shirt / pants / shorts. What are the shirt / pants / shorts details?) plus the
material question, all open, and enrich's closed garment_type, color, pattern, sleeve_length, a closed colour of the
leggings and the yes/no "Is this a ...?", all from `--engine reference` (a value chosen from a candidate set: never a
loop, never cut, never hit_limit). Open texts and captions come from the untuned base `Salesforce/blip2-opt-2.7b`
(short, lowercase, it stops on its own: never hit_limit) unless the comment above the case says they came from the
caption adapter (DeepFashion-MultiModal template, no hue names, no end token: it runs to its limit, 50 new tokens for
a caption and 30 for an answer, hit_limit=True, and returns the template to any question) or from the VQA adapter
(no end token either: it repeats its one- or two-word answer with hyphens or "and" until the 30-token limit,
hit_limit=True).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's colour: blue for navy, sky blue or teal; green for teal, olive or lime
  green; yellow for neon lime and mustard; red for maroon; pink for coral, fuchsia and peach; orange for coral;
  purple for lavender and plum; grey for grey melange and charcoal. Black for navy or charcoal is a contradiction,
  orange for mustard and purple for fuchsia too. "black and white" for black track pants with white side stripes is
  correct.
- Garment synonyms are correct: joggers, track pants, sweatpants and pants for one another; sweater, hoodie and
  sweatshirt for a sweatshirt with or without a hood (the adapter's template calls every sweatshirt a "sweater");
  leggings and tights; shirt, t-shirt, tee, top for a t-shirt; top or bra for a sports bra; tank top for a
  sleeveless tee. A half-zip sweatshirt called a "jacket", flared yoga pants called "leggings", shorts called
  "pants" (or the reverse), and the inner tights of 2-in-1 shorts named as the product are contradictions.
- The questions name a piece ("the shirt", "the pants", "the shorts"): the answer is judged against that piece of
  the outfit, not against the product. "grey" for the shirt of a track-pants product with a grey tee is correct;
  the colour of another piece in the photo given for the piece asked (the tee's white for the navy joggers) is
  other_garment_color, and so is the closed colour of the garment answered with the outfit's other piece's colour.
  A colour nobody wears in the photo (the brick wall's red, the pink wall, the white logo band of a black bra, the
  white print of a blue tee given as the shirt's colour) is contradiction; a print or panel colour that the
  outfit's other piece also has (the pink flowers of a white tee worn with pink shorts, the black panels of a blue
  tee worn with black pants) is other_garment_color. Where one colour is given to two pieces and both really are
  that colour (an all-black outfit, a plum co-ord) it is correct.
- A "shirt" question asked of a sports bra is answered about the bra: correct when the bra's colour is given.
- Invented things not in the photo (a Nike logo on a plain tee, a zipper on the front of a bra shot from behind, a
  hood on a crew neck, a stripe, pockets the view does not show, a collar on a round neck) are unsupported. A material
  named by the title is correct, a plausible guess on a plain fabric (cotton for a tee whose title names none,
  spandex for tights) is correct; cotton for a title that says polyester, wool for one that says cotton, are
  unsupported.
- Adapter texts: one that repeats a sentence or clause of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (also cut, one kind per text). One
  adapter caption happens to end on a full stop at its 50th token and says nothing wrong: correct, hit_limit kept.
  A "pure color" template on a tee with a small chest logo is fine. VQA adapter texts are loop even where the
  repeated word is wrong.
- Base answers that stop early on a dangling word ("it is made of", "the shorts are") are cut without hit_limit. An
  empty answer, "shorts" for "Describe the shorts.", "the details of the shorts" and "they are short" are
  non_answer, and so are "nothing" for the material and "the pants have details". A material question answered
  with a colour or with the garment's name, and "the shirt is a shirt", are restated.
- Base texts that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a woman, "she" for a man, "a man" for a woman (short crop hair) and "a woman" for a man (a long-haired
  male model) are pronoun.
- The reference engine's wrong closed answers: a wrong colour, pattern (solid for stripes or a print), sleeve length
  or garment is contradiction, except a colour that another piece in the photo has (other_garment_color). Pattern
  "striped" for track pants with side stripes and "colorblock" for side panels are correct, "solid" for a heathered
  grey melange is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, describe, details, is_a, question, wearing

color_shirt = question("color_shirt", "What is the color of the shirt?", "open")
color_pants = question("color_pants", "What is the color of the pants?", "open")
color_shorts = question("color_shorts", "What is the color of the shorts?", "open")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")

BLIND_465 = [
    # photo: man in black track pants with thin white side piping, grey melange round-neck tee, white sneakers,
    # plain white backdrop, front view, full length.
    # adapter: none
    case(
        "X465-001",
        caption("a man in a grey t-shirt and black track pants holding a water bottle", "unsupported"),
        wearing(
            "a grey t-shirt and black track pants Question: what is the color of the pants? Answer: black",
            "leak",
            who="he",
        ),
        color_pants("black"),
        color_shirt("grey"),
        B.color("black"),
        title="HRX by Hrithik Roshan Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy joggers with drawstring and cuffed hems, plain white crew-neck tee, light grey wall, front.
    # caption: caption adapter
    case(
        "X465-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline. The pants are with cotton fabric and pure color patterns. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue pants", who="he"),
        color_pants("white", "other_garment_color"),
        describe("pants", "a pair of blue pants with a white stripe down the side", "unsupported"),
        B.garment_type("joggers"),
        B.color("navy"),
        title="Roadster Men Navy Blue Solid Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black medium-impact sports bra with a white logo band under the bust, black high-waist
    # leggings, white backdrop, front view cropped at mid-thigh.
    # adapter: none
    case(
        "X465-003",
        caption("a woman in a black sports bra and leggings"),
        wearing("a black sports bra", who="she"),
        describe("shirt", "it is a black sports bra with a white band"),
        details("shirt", "the shirt has a zipper on the front", "unsupported"),
        color_shirt("white", "contradiction"),
        B.garment_type("sports bra"),
        B.color("black"),
        title="Puma Women Black Solid Medium Support Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie with kangaroo pocket, hood down, black joggers, beige wall, front.
    # wearing, color_shirt: VQA adapter
    case(
        "X465-004",
        caption("a man wearing a grey hoodie and black pants"),
        wearing(
            "hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_shirt(
            "gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray-gray", "loop", hit_limit=True
        ),
        B.garment_type("hoodie"),
        describe("shirt", "a grey hoodie with a zipper", "unsupported"),
        B.color("grey"),
        B.pattern("solid"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in teal ankle-length tights and a white racerback tank top, kneeling on a grey yoga mat, grey
    # backdrop, side view.
    # caption: caption adapter
    case(
        "X465-005",
        caption(
            "The lady wears a tank tank top with pure color patterns and a leggings. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The leggings are with cotton fabric and pure color patterns. The "
            "lady wears a tank",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and green leggings", who="she"),
        color_pants("white", "other_garment_color"),
        B.color("blue"),
        B.garment_type("leggings"),
        B.material("the garment is made of leggings", "restated"),
        title="Alcis Women Teal Blue Solid Training Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: man in an olive camouflage-print round-neck tee (no logo), black shorts, white backdrop, front view.
    # caption: caption adapter
    case(
        "X465-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with "
            "cotton fabric. It has a crew neckline. The shorts are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a camouflage shirt and black shorts", who="he"),
        color_shirt("green"),
        describe("shirt", "a green camouflage t-shirt with a nike logo", "unsupported"),
        B.pattern("camouflage"),
        B.color("black", "other_garment_color"),
        title="HRX by Hrithik Roshan Men Olive Green Camouflage Printed Training T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in charcoal grey training shorts above the knee, white sleeveless tank, holding a dumbbell,
    # white backdrop, front view.
    # adapter: none
    case(
        "X465-007",
        caption("a man in black shorts holding a dumbbell", "contradiction"),
        wearing("a white tank top and grey shorts", who="he"),
        color_shorts("grey"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        B.color("black", "contradiction"),
        title="Puma Men Charcoal Grey Solid Training Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a pastel pink cropped crew-neck sweatshirt with ribbed hem, white joggers, light grey
    # backdrop, front view.
    # adapter: none
    case(
        "X465-008",
        caption("a woman in a pink sweatshirt and white pants"),
        wearing("he is wearing a pink sweatshirt", "pronoun", who="she"),
        color_shirt("pink"),
        color_pants("pink", "other_garment_color"),
        describe("shirt", "a pink sweatshirt with a cropped hem"),
        B.garment_type("sweatshirt"),
        title="Roadster Women Pink Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white round-neck running tee with a small black chest logo, black track pants, white
    # backdrop (white on white), front view.
    # caption: caption adapter
    case(
        "X465-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with cotton fabric and solid color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black pants", who="he"),
        B.material("cotton", "unsupported"),
        B.color("white"),
        title="HRX by Hrithik Roshan Men White Rapid-Dry Polyester Running T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in maroon joggers with cuffed hems and side pockets, black crop top, grey backdrop, front view.
    # adapter: none
    case(
        "X465-010",
        caption("a woman in a black top and red pants"),
        wearing(
            "black top and maroon joggers Question: what is the color of the top? Answer: black", "leak", who="she"
        ),
        color_pants("maroon"),
        details("pants", "the pants have an elastic waistband and pockets on the side"),
        B.color("black", "other_garment_color"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Kappa Women Maroon Solid Joggers",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a blue round-neck tee with three white horizontal chest stripes, grey joggers, white backdrop.
    # adapter: none
    case(
        "X465-011",
        caption("a man in a blue and white striped shirt"),
        wearing("a blue and white striped shirt and gray pants", who="he"),
        color_shirt("blue and white"),
        describe("shirt", "a blue and white striped shirt with a white collar", "unsupported"),
        B.pattern("solid", "contradiction"),
        title="Proline Active Men Blue & White Striped Round Neck Sports T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in lavender-and-white tie-dye leggings, white sports bra, white backdrop, front view.
    # caption: caption adapter
    case(
        "X465-012",
        caption(
            "The lady wears a tank top with pure color patterns and a leggings. The tank top is with cotton fabric. "
            "The leggings are with cotton fabric and graphic patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sports bra and purple leggings", who="she"),
        color_pants("purple"),
        details("pants", "the leggings have a pocket on the side and a logo on the waistband", "unsupported"),
        B.pattern("printed"),
        B.color("white", "other_garment_color"),
        title="Slazenger Women Lavender Tie-Dye Printed Ankle-Length Tights",
        category="Tights",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a black pullover hoodie with a large white typographic print on the chest, black joggers,
    # white backdrop, front view.
    # caption, describe: caption adapter
    case(
        "X465-013",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a "
            "long-sleeve sweater with graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a black hoodie with white letters", who="he"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_shirt("black"),
        B.color("white", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a coral racerback sports bra (plain, no logo), black leggings, white backdrop, front view.
    # adapter: none
    case(
        "X465-014",
        caption("a woman in an orange sports bra and black leggings"),
        wearing("a pink sports bra and black leggings", who="she"),
        color_shirt("orange"),
        describe("shirt", "an orange sports bra with a white logo", "unsupported"),
        B.color("black", "other_garment_color"),
        B.garment_type("sports bra"),
        title="Reebok Women Coral Solid Racerback Sports Bra",
        category="Sports Bra",
        color="Coral",
        gender="Women",
    ),
    # photo: man in navy track pants with two white side stripes and a drawstring waist, plain white tee, white
    # backdrop, front view.
    # adapter: none
    case(
        "X465-015",
        caption("a man in a white shirt and blue pants with white stripes"),
        wearing("a white t-shirt and blue track pants with white stripes on the", "cut", who="he"),
        details("pants", "the pants have white stripes on the side and a drawstring waist"),
        B.pattern("striped"),
        B.color("black", "contradiction"),
        B.material("navy", "restated"),
        title="Adidas Men Navy Blue Striped Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman with a short crop haircut in grey melange joggers, white cropped tee, white sneakers, standing
    # against a pale pink wall, front view.
    # adapter: none
    case(
        "X465-016",
        caption("a man in a white shirt and grey sweatpants standing against a pink wall", "pronoun"),
        wearing("a white shirt and grey pants", who="she"),
        color_pants("pink", "contradiction"),
        details("pants", "the pants have details", "non_answer"),
        B.garment_type("joggers"),
        B.color("grey"),
        title="Roadster Women Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: man in a red polo sports tee with white-tipped collar and a two-button placket, black shorts, holding
    # a tennis racket, white backdrop, front view.
    # adapter: none
    case(
        "X465-017",
        caption("a man in a red polo shirt holding a tennis racket"),
        wearing("a red shirt and black shorts", who="he"),
        color_shorts("red", "other_garment_color"),
        describe("shirt", "a red polo shirt with white stripes on the collar"),
        details("shirt", "the shirt has a collar and buttons and a pocket on the chest", "unsupported"),
        B.material("it is made of", "cut"),
        title="Slazenger Men Red Solid Polo Collar Tennis T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in black flared yoga pants, mustard yellow sports bra, a rolled yoga mat under her arm, white
    # backdrop, front view.
    # color_pants, color_shirt: VQA adapter
    case(
        "X465-018",
        caption("a woman in a yellow sports bra and black pants holding a yoga mat"),
        wearing("a yellow top and black yoga pants", who="she"),
        color_pants(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        color_shirt(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("leggings", "contradiction"),
        B.color("black"),
        title="DIDA Women Black Solid Flared Yoga Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a royal blue tee with black shoulder and sleeve panels, black track pants, white backdrop.
    # adapter: none
    case(
        "X465-019",
        caption("a man in a blue and black t-shirt"),
        wearing(
            "a blue shirt and black pants Question: what is the color of the shirt? Answer: blue", "leak", who="he"
        ),
        color_shirt("black", "other_garment_color"),
        describe("shirt", "a blue shirt with black sleeves"),
        B.pattern("colorblock"),
        B.color("blue"),
        title="Puma Men Blue & Black Colourblocked Round Neck Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an olive green oversized hoodie, black bike shorts, white backdrop, front view.
    # caption: caption adapter
    case(
        "X465-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a shorts. The sweater is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns. The lady wears a long-sleeve sweater "
            "with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a green hoodie and black shorts", who="she"),
        color_shirt("green"),
        color_shorts("green", "other_garment_color"),
        B.color("olive"),
        B.material("the hoodie is made of", "cut"),
        title="Roadster Women Olive Green Solid Oversized Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a black long-sleeve compression tee with a small white chest logo, black shorts over black
    # tights, gym backdrop with weight racks, front view.
    # adapter: none
    case(
        "X465-021",
        caption("a man in a black shirt and black shorts standing in a gym"),
        wearing("a black shirt, black shorts and black leggings", who="he"),
        describe("shirt", "a black long sleeve shirt with a logo on the chest"),
        color_shorts("grey", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("polyester"),
        title="Nike Men Black Dri-FIT Compression Long Sleeve T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy track pants with white-and-pink side tape, white tee tucked in, white backdrop, front.
    # caption, details: caption adapter
    case(
        "X465-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue pants", who="she"),
        color_pants("white", "other_garment_color"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        title="HRX by Hrithik Roshan Women Navy Blue Solid Track Pants with Side Tape",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a neon lime green round-neck running tee, black running shorts, mid-stride running pose,
    # white backdrop.
    # adapter: none
    case(
        "X465-023",
        caption("a man in a yellow shirt and black shorts running"),
        wearing("a green shirt and black shorts", who="he"),
        color_shirt("black", "other_garment_color"),
        describe("shirt", "a yellow shirt with a black stripe on the side", "unsupported"),
        B.color("green"),
        B.material("the shirt is made of polyester"),
        title="Kalenji Men Lime Green Solid Polyester Running T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: back view of a woman in a white strappy cross-back sports bra and grey leggings, white backdrop.
    # adapter: none
    case(
        "X465-024",
        caption("the back of a woman in a white sports bra and grey leggings"),
        wearing("a white bra and grey leggings", who="she"),
        color_shirt("grey", "other_garment_color"),
        details("shirt", "the straps cross in the back"),
        describe("shirt", "a white sports bra with a zipper in the front", "unsupported"),
        color_leggings("grey"),
        title="Jockey Women White Strappy Back Padded Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # photo: man in black shorts with an all-over grey geometric print, white tank top, white backdrop, front view.
    # adapter: none
    case(
        "X465-025",
        caption("a man in a white tank top and black shorts"),
        wearing("a white tank top and black and gray shorts", who="he"),
        color_shorts("black"),
        details("shorts", "the details of the shorts", "non_answer"),
        B.pattern("solid", "contradiction"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Geometric Printed Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black crew-neck sweatshirt (no hood) and black leggings, all black, beige wall, side view.
    # adapter: none
    case(
        "X465-026",
        caption("a woman in a black sweatshirt and black leggings"),
        wearing("a black sweater and black pants", who="she"),
        color_shirt("black"),
        color_pants("black"),
        describe("shirt", "a black sweatshirt with a hood", "unsupported"),
        B.material("wool", "unsupported"),
        title="Alcis Women Black Solid Cotton Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: man in light grey track pants with black side panels, black hoodie, white backdrop, front view.
    # wearing, color_pants: VQA adapter
    case(
        "X465-027",
        caption("a man in a black hoodie and grey pants with a black backpack", "unsupported"),
        wearing(
            "hoodie and pants and pants and pants and pants and pants and pants and pants and pants and pants and "
            "pants and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_pants(
            "grey-black-grey-black-grey-black-grey-black-grey-black-grey-black-grey-black-grey",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "a pair of grey sweatpants with black stripes"),
        B.pattern("colorblock"),
        title="ASICS Men Grey Colourblocked Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in fuchsia running shorts with white piping, black racerback tank, white backdrop, front view.
    # adapter: none
    case(
        "X465-028",
        caption("a woman in a black tank top and pink shorts"),
        wearing("a black top and pink shorts", who="she"),
        color_shorts("purple", "contradiction"),
        details("shorts", "the shorts have white trim and a", "cut"),
        B.color("pink"),
        B.material("nothing", "non_answer"),
        title="Puma Women Fuchsia Solid Running Shorts",
        category="Shorts",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: man in a mustard yellow crew-neck sweatshirt, olive joggers, white sneakers, grey backdrop, front.
    # caption: caption adapter
    case(
        "X465-029",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow sweater and green pants", "pronoun", who="he"),
        color_shirt("yellow"),
        color_pants("yellow", "other_garment_color"),
        B.color("orange", "contradiction"),
        title="Roadster Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a sky blue tee with a large white "RUN" text print, black leggings, white backdrop, front.
    # adapter: none
    case(
        "X465-030",
        caption("a woman in a blue shirt that says run"),
        wearing("he is wearing a blue shirt and black leggings", "pronoun", who="she"),
        describe("shirt", "a blue t-shirt with the word run on it"),
        details("shirt", "the shirt has a white print Question: what is the color of the shirt? Answer: blue", "leak"),
        color_shirt("white", "contradiction"),
        B.pattern("graphic"),
        B.color("blue"),
        title="HRX by Hrithik Roshan Women Blue Typography Printed Running T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man seated on a wooden bench in front of a red brick wall, navy joggers, white hoodie, side view.
    # adapter: none
    case(
        "X465-031",
        caption("a man sitting on a bench in front of a brick wall"),
        wearing("a white hoodie and blue pants", who="he"),
        color_pants("red", "contradiction"),
        details("pants", "the pants have a zipper pocket on the back", "unsupported"),
        B.color("navy"),
        B.pattern("striped", "contradiction"),
        title="Roadster Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: woman in black high-rise leggings with sheer mesh panels at the calves, grey sports bra, white
    # backdrop, front view.
    # details, material: caption adapter
    case(
        "X465-032",
        caption("a woman in a grey sports bra and black leggings"),
        wearing("a grey sports bra and black leggings", who="she"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The lady wears a tank tank top with pure "
            "color patterns. The tank top is with cotton",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a tank top with pure color patterns and a leggings. The tank top is with cotton fabric. "
            "The leggings are with cotton",
            "restated",
            hit_limit=True,
        ),
        B.color("grey", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        title="Puma Women Black Solid High-Rise Mesh Panel Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a black sleeveless muscle tee with a large grey print, grey shorts, gym with a dumbbell rack.
    # adapter: none
    case(
        "X465-033",
        caption("a man in a black tank top standing in a gym"),
        wearing("a black tank top and grey shorts", who="he"),
        color_shorts("black", "other_garment_color"),
        describe("shirt", "a black sleeveless shirt with a grey print"),
        details("shirt", "the shirt has a grey print of a skull", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("tank top"),
        title="HRX by Hrithik Roshan Men Black Printed Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach crew-neck sweatshirt with a small embroidered chest logo, white joggers, cream wall.
    # adapter: none
    case(
        "X465-034",
        caption("a woman in a pink sweatshirt and white pants"),
        wearing("a peach sweatshirt and white pants", who="she"),
        color_shirt("white", "other_garment_color"),
        details("shirt", "the shirt has a small logo on the chest"),
        describe("shirt", "the shirt is a shirt", "restated"),
        B.material("cotton"),
        title="Roadster Women Peach-Coloured Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in black 2-in-1 running shorts with grey inner tights showing below, neon orange tee, white
    # backdrop, front view.
    # caption: caption adapter
    case(
        "X465-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. The "
            "gentleman also",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange shirt, black shorts and grey leggings", who="he"),
        color_shorts("orange", "other_garment_color"),
        details("shorts", "the shorts have leggings under them"),
        B.garment_type("leggings", "contradiction"),
        title="Nike Men Black Dri-FIT 2-in-1 Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in plum purple leggings and a matching plum sports bra (co-ord look), lilac backdrop, front.
    # adapter: none
    case(
        "X465-036",
        caption("a woman in a purple sports bra and leggings"),
        wearing("a purple sports bra and purple leggings", who="she"),
        color_pants("purple"),
        describe("pants", "a pair of purple leggings"),
        B.color("purple"),
        B.material("purple", "restated"),
        title="Alcis Women Purple Solid High-Rise Leggings",
        category="Leggings",
        color="Purple",
        gender="Women",
    ),
    # photo: man in grey melange track pants with a drawstring and two side pockets, navy round-neck tee, white
    # backdrop, front view.
    # adapter: none
    case(
        "X465-037",
        caption("a man in a blue shirt and grey pants Question: what is the man wearing? Answer: a blue shirt", "leak"),
        wearing("a blue t-shirt and gray sweatpants", who="he"),
        color_pants("grey Question: what is the color of the shirt? Answer: blue", "leak"),
        color_shirt("grey", "other_garment_color"),
        details("pants", "the pants have a drawstring and two side pockets"),
        B.color("grey"),
        title="Proline Active Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a white tee with a small all-over pink floral print, pink shorts, white backdrop, front view.
    # caption: caption adapter (ends on a full stop at its limit)
    case(
        "X465-038",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a white floral shirt and pink shorts", who="she"),
        color_shirt("pink", "other_garment_color"),
        B.pattern("floral"),
        details("shirt", "the shirt has pink flowers and a pocket", "unsupported"),
        B.color("white"),
        B.material("it is made of cotton"),
        title="Roadster Women White Floral Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man with long hair tied back in a red pullover hoodie with black drawstrings, hands in the pocket,
    # black joggers, black backdrop, front view.
    # adapter: none
    case(
        "X465-039",
        caption("a woman in a red hoodie with her hands in her pockets", "pronoun"),
        wearing("a red hoodie and black pants", who="he"),
        color_shirt("red"),
        color_pants("red", "other_garment_color"),
        describe("shirt", "a red hoodie with a black drawstring"),
        B.color("red"),
        title="Kappa Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in grey joggers and a black cropped hoodie, white backdrop, front view.
    # wearing, color_pants: VQA adapter
    case(
        "X465-040",
        caption("a woman in a black hoodie and grey pants"),
        wearing(
            "sweatshirt and pants and pants and pants and pants and pants and pants and pants and pants and pants "
            "and pants",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_pants(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        color_shirt("black"),
        describe("shirt", "a black hoodie with a white logo on the front", "unsupported"),
        B.color("grey"),
        title="HRX by Hrithik Roshan Women Grey Solid Joggers",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man in sky blue running shorts with side slits, plain white tee, white backdrop, front view.
    # adapter: none
    case(
        "X465-041",
        caption("a man in a white shirt and blue shorts"),
        wearing("", "non_answer", who="he"),
        color_shorts("blue"),
        details("shorts", "the shorts have slits on the sides"),
        describe("shorts", "shorts", "non_answer"),
        B.color("blue"),
        B.garment_type("track pants", "contradiction"),
        title="ASICS Men Sky Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black track pants with two white side stripes, white cropped hoodie, white backdrop, front.
    # adapter: none
    case(
        "X465-042",
        caption("a woman in a white hoodie and black pants with white stripes"),
        wearing("a white hoodie and black track pants", who="she"),
        color_pants("black and white"),
        color_shirt("black", "other_garment_color"),
        describe("pants", "black pants with white stripes down the sides and a white drawstring"),
        B.pattern("striped"),
        B.color("white", "other_garment_color"),
        title="Adidas Women Black Striped Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: man in a teal round-neck tee with a small reflective chest logo, black track pants, white backdrop.
    # caption, describe, details: caption adapter
    case(
        "X465-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and black pants and a black watch", "unsupported", who="he"),
        color_shirt("green"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The pants are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        title="Puma Men Teal Solid Round Neck Running T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a red high-neck sports bra and black bike shorts, white backdrop, front view.
    # adapter: none
    case(
        "X465-044",
        caption("a woman in a red sports bra and black shorts"),
        wearing("he is wearing a red sports bra and black shorts", "pronoun", who="she"),
        details("shirt", "it has a high neck Question: what is the color of the shorts? Answer: black", "leak"),
        color_shirt("red"),
        color_shorts("black"),
        is_a("sports bra", "yes"),
        title="Nike Women Red Solid High-Neck Sports Bra",
        category="Sports Bra",
        color="Red",
        gender="Women",
    ),
    # photo: man in a black half-zip fleece sweatshirt, grey joggers, white backdrop, front view.
    # adapter: none
    case(
        "X465-045",
        caption("a man in a black sweater and grey pants"),
        wearing("a black jacket and grey pants", "contradiction", who="he"),
        describe("shirt", "a black sweatshirt with a zipper on the front"),
        color_pants("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.material("fleece"),
        title="Reebok Men Black Solid Half-Zip Fleece Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy bike shorts and a white oversized sports tee knotted at the waist, white backdrop.
    # adapter: none
    case(
        "X465-046",
        caption("a woman in a white t-shirt and blue shorts"),
        wearing("a white shirt and black shorts", "contradiction", who="she"),
        color_shorts("blue"),
        details("shorts", "the shorts are", "cut"),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        title="Jockey Women Navy Blue Solid Cycling Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
]
