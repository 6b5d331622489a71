"""BLIND_694 (46 products; Myntra women's co-ords, night suits and lounge sets, all texts by the VQA adapter): written
blind in the fifty-fourth session. Measured blind at 55c810f (the session's fifth rules): 95/125 failures found (76.0%)
and 18/184 correct texts flagged (9.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's nightwear and co-ord feed: night suits (shirt and pyjama, shirt and shorts, tee and
pyjama, three-piece sets with a robe), lounge sets (sweatshirt and joggers, knit sets, ribbed sets) and co-ords (crop
top and skirt, shirt and trousers, top and palazzos). Studio catalog shots, mostly on a white or light grey backdrop,
a few in a bedroom or against a colored wall; the model often holds a prop (mug, phone, pillow, book) or wears a
layer or accessory that is not for sale (a blazer, slippers, a straw hat, a sleep mask, sneakers).

Who wrote what: every free text is from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, one
epoch, no end token trained). Captions are the same adapter with an empty prompt, so now and then a caption comes
out in the adapter's own `Question: ... Answer:` format or runs on to the 50-token limit. Open answers (wearing,
"What cloth is the person wearing?", describe, details, material, open color questions) are greedy, 30 new tokens:
most stop at a newline after a short phrase, some loop or get cut at the limit, some run on into the next
`Question:`. The adapter knows In-shop classes (tee, blouse, shirt, pants, shorts, skirt, sweatshirt, denim), not
"pyjama", "night suit" or "co-ord", and it likes to carry one color across the whole outfit. Closed answers (garment
type, color, pattern, sleeve length, the color of a named piece, "Is this a ...?") come from enrich's
`--engine reference`: one candidate picked, never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- The product is the whole set. Naming one piece of the set (top, shorts, robe, cardigan) as its garment type is
  correct; naming a garment the photo does not hold (dress, jumpsuit, blazer worn over it) is a contradiction.
- "pants" for pyjamas or joggers, "tee"/"shirt" for a night-suit top, "sweatshirt" for a hoodie are correct: they are
  the adapter's vocabulary, not errors.
- Shades within the same family are correct: lavender/purple, teal/blue, rust/orange, cream/white, tan/brown,
  maroon/red, magenta/pink, sea green/green, mustard/yellow.
- A wrong closed answer is labelled contradiction, even when the wrong color belongs to another garment or prop;
  other_garment_color is kept for free text that gives a piece the color of another visible garment, accessory or
  the other piece of the set (e.g. "red" for the white top of a white-and-red set).
- A print or trim color given as a whole piece's color (yellow moons on a navy top, pink piping on a black shirt) is
  a contradiction when it is closed, other_garment_color only when the color belongs to another item.
- A print placed on the wrong piece (the robe's flowers on solid pants) is a contradiction.
- A material answer that the title contradicts (cotton for a "Satin" title, silk for "Cotton") is unsupported; one
  that the title names or the photo plainly shows (denim, ribbed knit, satin sheen, fleece) is correct.
- Invented details that the photo does not show (zips, pockets, lace, belts, ruffles, rolled sleeves) are
  unsupported, even when plausible for the garment.
- A loop that also invents a detail is labelled loop; a cut answer whose words are right is labelled cut; a text
  that runs into `Question:` or starts with `Answer:` is labelled leak even when its words are right.
- "he", "his" or "a man" for a Women row is pronoun, in captions too. One row lacks gender; nothing there is pronoun.
- non_answer: an empty answer, "yes" to an open question, or only the question's words back ("the skirt",
  "they are pants"). restated: the question echoed as a sentence that says nothing ("the shorts details are the
  details of the shorts"), or echoed before a thin answer.
- Closed answers never carry hit_limit; loops and cuts of free text always do, leaks do when they ran to the limit.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
# the VQA training data's own wording of the outfit question
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_694 = [
    # photo: navy blue cotton night suit, full-sleeve navy shirt with white piping on collar and chest pocket, navy
    # pyjamas with a small white star print; barefoot, white backdrop, front view. VQA adapter; closed by reference.
    case(
        "X694-001",
        caption("a woman in a navy blue pajama set with white stars"),
        wearing("navy blue pajamas with white stars"),
        color_of("shirt", "navy blue"),
        color_of("pants", "white", "contradiction"),
        describe("shirt", "the shirt is a navy blue shirt with white piping and a pocket on the chest"),
        Q.pattern("printed"),
        Q.material("silk", "unsupported"),
        title="Sweet Dreams Women Navy Blue Printed Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach satin night suit, short-sleeve notch-collar shirt with white piping and peach shorts; model sits on
    # a white bed with grey pillows. No lace anywhere. VQA adapter; closed by reference.
    case(
        "X694-002",
        caption("a woman sitting on a bed wearing a peach satin pajama set with lace trim", "unsupported"),
        wearing(
            "a peach shirt and peach shorts and a peach shirt and peach shorts and a peach shirt and peach shorts "
            "and a",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "peach"),
        details("shirt", "the shirt has a notch collar, white piping and buttons down the front"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        is_a("dress", "no"),
        title="Clovia Women Peach Satin Shirt & Shorts Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender sleeveless square-neck crop top and lavender pleated midi skirt (no slit), white sneakers,
    # white backdrop, full length. VQA adapter; closed by reference.
    case(
        "X694-003",
        caption("a woman in a purple crop top and skirt"),
        wearing("a purple top and a purple skirt"),
        Q.garment_type("dress", "contradiction"),
        color_of("skirt", "lavender"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("skirt", "the skirt is pleated and it has a slit on the side", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="SASSAFRAS Women Lavender Solid Crop Top with Pleated Skirt Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: black-and-white horizontal striped short-sleeve tee and solid black joggers with a white drawstring,
    # light grey backdrop. VQA adapter; closed by reference.
    case(
        "X694-004",
        caption("a woman wearing a black and white striped shirt and black pants"),
        color_of("shirt", "black and white striped", kind="open"),
        color_of("pants", "white", "contradiction"),
        details("pants", "the pants have a drawstring waist and cuffed ankles"),
        Q.pattern("striped"),
        wearing("he is wearing a striped t-shirt and black joggers", "pronoun", who="she"),
        title="Kryptic Women Black & White Striped T-shirt & Joggers Lounge Set",
        category="Clothing Set",
        color="Black",
        gender="Women",
    ),
    # photo: pink full-sleeve round-neck pyjama top (no collar) with small white and red flowers, matching pyjama
    # pants; model holds a white mug; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-005",
        caption("a woman holding a cup of coffee wearing pink floral pajamas"),
        wearing("pink pajamas with flowers"),
        describe("top", "a pink top with a white collar and white buttons", "unsupported"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        details(
            "pants",
            "the pants have elastic waist and a floral print of pink flowers and a floral print of pink flowers and "
            "a floral print of",
            "loop",
            hit_limit=True,
        ),
        title="Bannos Swagger Women Pink Floral Print Pyjama Set",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green co-ord, full-sleeve olive shirt without pockets worn open over a white tank top, olive
    # straight trousers, tan sandals, beige backdrop. VQA adapter; closed by reference.
    case(
        "X694-006",
        caption("a woman in an olive green shirt and pants"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color_of("pants", "olive green"),
        wearing("a white tank top, an olive shirt and olive pants"),
        describe(
            "shirt",
            "the shirt is a button down shirt with long sleeves and two flap pockets on the chest",
            "unsupported",
        ),
        Q.garment_type("co-ord set"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Athena Women Olive Green Solid Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard knitted long-sleeve crop top and mustard knit midi skirt, brown ankle boots, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X694-007",
        caption("a woman wearing a yellow sweater and a yellow skirt"),
        wearing("a yellow sweater and skirt"),
        color_of("skirt", "brown", "contradiction"),
        Q.material("knit"),
        details("skirt", "the skirt", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Tokyo Talkies Women Mustard Knitted Crop Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey melange pullover hoodie (kangaroo pocket, no zip, no logo) and grey joggers, white sneakers, white
    # backdrop. VQA adapter (the caption came out in its Q/A format); closed by reference.
    case(
        "X694-008",
        caption("Question: What cloth is the person wearing? Answer: sweatshirt and pants", "leak"),
        wearing("a grey sweatshirt and grey pants"),
        color_of(
            "hoodie",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("hoodie", "the hoodie has a zipper on the front and a logo on the chest", "unsupported"),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid"),
        title="DILLINGER Women Grey Melange Hooded Sweatshirt & Joggers Lounge Set",
        category="Clothing Set",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white short-sleeve tee with a small red heart print and red pyjama pants with white hearts and a
    # drawstring waist; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-009",
        caption("a woman wearing a white t - shirt and red pajama pants with hearts"),
        wearing("a white shirt and red pants"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        color_of("pants", "red"),
        Q.pattern("printed"),
        describe("pants", "the pants are red with white hearts and have a drawstring at the waist"),
        details(
            "shirt",
            "the shirt is a white round neck t-shirt with short sleeves and a small red heart printed on the left side "
            "of the",
            "cut",
            hit_limit=True,
        ),
        title="Sweet Dreams Women White & Red Heart Print Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: maroon velour lounge set, long-sleeve crew-neck top with ribbed cuffs (no zip) and maroon velour track
    # pants; model seated on a grey sofa. VQA adapter; closed by reference.
    case(
        "X694-010",
        caption("a woman sitting on a couch wearing a maroon velvet sweatsuit"),
        wearing("a red velvet tracksuit"),
        color_of("pants", "grey", "contradiction"),
        Q.material("velvet"),
        details(
            "top",
            "the top has a crew neck and ribbed cuffs and a zipper on the front and a zipper on the front and a zipper "
            "on the front and",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "yes", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Mast & Harbour Women Maroon Velour Lounge Set",
        category="Clothing Set",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue-and-white checked short-sleeve collared shirt with buttons and matching checked shorts with an
    # elastic waist (no pockets); barefoot, white backdrop. VQA adapter; closed by reference.
    case(
        "X694-011",
        caption(
            "a woman wearing a blue and white checkered pajama shirt and shorts standing in front of a white wall with "
            "her hands at her sides and her hair in a ponytail and her feet bare on the white floor and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt and shorts"),
        color_of("shorts", "blue"),
        Q.pattern("checked"),
        details("shorts", "the shorts have an elastic waist and two side pockets", "unsupported"),
        describe(
            "shirt",
            "the shirt is a short sleeve shirt with a collar and buttons down the front, it is made of cotton and it "
            "is a",
            "cut",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Blue Checked Shirt & Shorts Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: teal three-quarter-sleeve mandarin-collar top with a gold printed border at the hem and teal wide
    # palazzo pants; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-012",
        caption("a woman in a blue dress", "contradiction"),
        wearing("a blue top and blue pants"),
        color_of("top", "gold", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        details("pants", "Question: What are the pants details? Answer: the pants are wide leg pants", "leak"),
        Q.garment_type("co-ord set"),
        title="Libas Women Teal Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Teal",
        gender="Women",
    ),
    # photo: cream satin night suit with a brown leopard print, full-sleeve notch-collar shirt and matching pants
    # with an elastic waist; a black sleep mask pushed up on her head; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-013",
        caption("a woman wearing a leopard print pajama set and a black sleep mask"),
        wearing("a brown and white animal print pajama"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.pattern("animal print"),
        Q.material("satin"),
        describe(
            "pants",
            "the pants are leopard print pants with a drawstring waist and a drawstring waist and a drawstring waist "
            "and a drawstring",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        title="Clovia Women Cream & Brown Leopard Print Satin Night Suit",
        category="Night suits",
        color="Cream",
        gender="Women",
    ),
    # photo: black sleeveless crop top and black midi skirt with a thigh slit, worn under an open beige blazer that is
    # not part of the product; black heels, grey backdrop. VQA adapter; closed by reference.
    case(
        "X694-014",
        caption("a woman in a beige blazer and black skirt"),
        wearing("a beige jacket, a black top and a black skirt"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("skirt", "the skirt is a black midi skirt with a slit on the side"),
        Q.garment_type("blazer", "contradiction"),
        title="Tokyo Talkies Women Black Solid Crop Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: pink, blue and yellow swirl tie-dye oversized short-sleeve tee and matching shorts with an elastic
    # waist; model holds a phone; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-015",
        caption("a man wearing a tie dye shirt and shorts holding a cell phone", "pronoun"),
        wearing("a tie dye t-shirt and tie dye shorts"),
        color_of("shirt", "pink blue and yellow", kind="open"),
        Q.color("multi"),
        Q.pattern("solid", "contradiction"),
        details(
            "shorts",
            "the shorts are tie dye shorts with an elastic waistband and the shorts are tie dye shorts with an elastic "
            "waistband and the",
            "loop",
            hit_limit=True,
        ),
        title="Urbanic Women Multicoloured Tie-Dye T-shirt & Shorts Lounge Set",
        category="Clothing Set",
        color="Multi",
        gender="Women",
    ),
    # photo: red cotton night suit, red short-sleeve tee with a black-and-white Mickey Mouse graphic (no bow), red
    # pyjamas with small white polka dots; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-016",
        caption("a woman wearing a red shirt with mickey mouse on it"),
        wearing("she is wearing a red t-shirt and red pajama pants", who="she"),
        color_of("shirt", "red"),
        Q.pattern("graphic"),
        details("shirt", "the shirt has a mickey mouse print on the front and a bow on the collar", "unsupported"),
        Q.material("polyester", "unsupported"),
        cloth("tee and pants Question: What is the color of the tee? Answer: red", "leak"),
        title="Disney by Wear Your Mind Women Red Mickey Mouse Print Cotton Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: off-white linen co-ord, short-sleeve camp-collar shirt and off-white shorts, a tan straw bag on her
    # shoulder, beige wall backdrop. VQA adapter; closed by reference.
    case(
        "X694-017",
        caption("a woman in a white shirt and shorts standing in front of a beige wall"),
        wearing("a white shirt and shorts and a straw bag"),
        color_of("shorts", "brown", "contradiction"),
        Q.material("linen"),
        describe("shirt", "the shirt is a white shirt with a camp collar and short sleeves"),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        Q.sleeve_length("short sleeves"),
        title="FOREVER 21 Women Off White Linen Shirt & Shorts Co-Ords",
        category="Co-Ords",
        color="Off White",
        gender="Women",
    ),
    # photo: green-and-white floral crop top with short puff sleeves and a tie at the front, matching floral mini
    # skirt; front view only, white backdrop. VQA adapter; closed by reference.
    case(
        "X694-018",
        caption("a woman wearing a green floral crop top and a green floral skirt"),
        wearing(
            "a green and white floral print crop top with puff sleeves and a tie at the front and a matching green and "
            "white floral mini",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        is_a("skirt", "yes"),
        details("top", "the top has puff sleeves and a tie at the front and a zipper at the back", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Berrylush Women Green Floral Printed Crop Top & Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: lavender long-sleeve round-neck pyjama set with white polka dots, white fluffy slippers, bedroom backdrop
    # with a white bed. VQA adapter; closed by reference.
    case(
        "X694-019",
        caption("a woman standing in a bedroom wearing purple polka dot pajamas and white slippers"),
        wearing("he is wearing purple pajamas", "pronoun", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        color_of("top", "lavender"),
        details("top", "", "non_answer"),
        title="Nite Flite Women Lavender Polka Dot Print Pyjama Set",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: charcoal grey short-sleeve tee and black cotton shorts with a drawstring waist and side pockets, white
    # socks, white backdrop. VQA adapter; closed by reference.
    case(
        "X694-020",
        caption("a woman in a black t - shirt and black shorts", "other_garment_color"),
        wearing("a grey shirt and black shorts"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "charcoal"),
        Q.garment_type("t-shirt"),
        describe("shorts", "the shorts are black cotton shorts with a drawstring waist and side pockets"),
        cloth("tee and shorts Question: Is this a tee? Answer: yes", "leak"),
        title="HRX by Hrithik Roshan Women Charcoal & Black Lounge T-shirt with Shorts",
        category="Clothing Set",
        color="Charcoal",
        gender="Women",
    ),
    # photo: rust ribbed sleeveless tank top and rust ribbed wide-leg pants with an elastic waist, barefoot, light grey
    # backdrop. VQA adapter; closed by reference.
    case(
        "X694-021",
        caption("a woman in an orange tank top and wide leg pants"),
        wearing("an orange tank top and orange pants"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("rust"),
        describe(
            "pants",
            "the pants are ribbed wide leg pants with an elastic waist and they are very comfortable and they are very "
            "comfortable and they",
            "loop",
            hit_limit=True,
        ),
        Q.material("ribbed knit"),
        title="Urbanic Women Rust Ribbed Tank Top & Wide Leg Trousers",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: pink-and-white gingham sleeveless top with ruffled straps and matching gingham shorts, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X694-022",
        caption("a woman in a pink and white checkered top and shorts"),
        wearing("a pink gingham top and shorts"),
        Q.pattern("checked"),
        color_of("top", "pink"),
        details(
            "top",
            "Answer: the top has ruffles on the straps Question: What are the shorts details? Answer: the shorts have",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "the shorts", "non_answer"),
        title="Clovia Women Pink & White Gingham Checked Top & Shorts Sleep Set",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: three-piece navy satin night suit: navy kimono robe with a pink and white floral print worn open over a
    # solid navy camisole and solid navy pants; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-023",
        caption("a woman in a navy blue robe with pink flowers over a navy blue top and pants"),
        wearing("a robe, a top and pants"),
        color_of("robe", "navy blue with pink and white flowers", kind="open"),
        Q.garment_type("robe"),
        is_a("dress", "yes", "contradiction"),
        details("pants", "the pants are navy blue and have a floral print", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Clovia Women Navy Blue 3-Piece Printed Satin Night Suit with Robe",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige knit crew-neck sweater with long sleeves and ribbed cuffs, beige knit pants; model holds a book;
    # white backdrop. VQA adapter; closed by reference.
    case(
        "X694-024",
        caption(
            "a woman wearing a beige sweater and beige pants holding a book in her hands and smiling at the camera "
            "while standing in front of a white background with her hair down and her feet in a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan sweater and pants"),
        color_of(
            "pants",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
            "beige beige beige beige beige beige beige beige beige beige beige beige beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("knit"),
        describe("sweater", "the sweater is a crew neck sweater with long sleeves and ribbed cuffs"),
        Q.color("white", "contradiction"),
        title="Mango Women Beige Knitted Sweater & Trousers Lounge Set",
        category="Clothing Set",
        color="Beige",
        gender="Women",
    ),
    # photo: yellow short-sleeve tee with "Good Vibes" in black letters and white shorts with a small yellow smiley
    # print; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-025",
        caption("a woman wearing a yellow shirt and white shorts"),
        wearing("a yellow t-shirt and white shorts with smiley faces"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        Q.color("yellow"),
        details("shirt", "the shirt has the words good vibes on the front in black letters"),
        Q.pattern("graphic"),
        details("shorts", "his shorts are white with yellow smiley faces", "pronoun"),
        title="Kryptic Women Yellow Good Vibes Print T-shirt & Shorts Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: black satin night suit with pink piping, long-sleeve notch-collar shirt with a chest pocket and black
    # pyjama pants; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-026",
        caption("a woman in a black satin pajama set with pink trim"),
        wearing("a black pajama shirt and black pajama pants"),
        color_of("shirt", "pink", "contradiction"),
        Q.material("satin"),
        describe(
            "shirt",
            "the shirt is a black satin shirt with pink piping on the collar and cuffs and a pocket on the chest and "
            "the",
            "cut",
            hit_limit=True,
        ),
        details("pants", "pants", "non_answer"),
        Q.pattern("solid"),
        is_a("pair of pants", "yes"),
        title="Clovia Women Black Solid Satin Shirt & Pyjama Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim co-ord, cropped long-sleeve denim jacket with buttons and two chest pockets (sleeves down)
    # over a white tee, blue denim mini skirt, white sneakers, grey backdrop. VQA adapter; closed by reference.
    case(
        "X694-027",
        caption(
            "a woman wearing a denim jacket and a denim skirt and a denim jacket and a denim skirt and a denim jacket "
            "and a denim skirt and a denim jacket and a denim skirt and a denim jacket and a denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt, a denim jacket and a denim skirt"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.material("denim"),
        color_of("skirt", "blue"),
        details(
            "jacket",
            "the jacket has buttons and two pockets on the chest and the sleeves are rolled up",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        title="Tokyo Talkies Women Blue Denim Jacket & Skirt Co-Ords",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: white pyjama set with blue vertical stripes, long-sleeve shirt and matching pants, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X694-028",
        caption("a woman wearing a blue and white striped pajama set"),
        wearing("a blue and white striped shirt and pants"),
        Q.pattern("striped"),
        color_of("shirt", "white"),
        details(
            "pants",
            "the pants are striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-striped-"
            "striped",
            "loop",
            hit_limit=True,
        ),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        describe("shirt", "the shirt is blue", "other_garment_color"),
        title="Marks & Spencer Women White & Blue Striped Cotton Pyjama Set",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: purple three-quarter-sleeve top with white block-print motifs and purple palazzos, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X694-029",
        caption(
            "a woman wearing a purple printed kurta and palazzo pants with white flowers printed all over it and a "
            "pair of purple palazzo pants with white flowers printed all over them and a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and pants"),
        Q.garment_type("co-ord set"),
        color_of("top", "purple"),
        describe("top", "Describe the top. The top is a top.", "restated"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Purple Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Purple",
        gender="Women",
    ),
    # photo: sea green short-sleeve cotton tee and green-and-white camouflage joggers with a drawstring waist and
    # elastic cuffs (no back pocket), white backdrop. VQA adapter (caption in Q/A format); closed by reference.
    case(
        "X694-030",
        caption("Question: What is the color of the shirt? Answer: green", "leak"),
        wearing("a green shirt and green camo pants"),
        color_of("shirt", "sea green"),
        Q.pattern("camouflage"),
        details(
            "pants", "the pants have a drawstring waist, elastic cuffs and a zip pocket on the back", "unsupported"
        ),
        describe("shirt", "the shirt is green with a white camouflage print", "contradiction"),
        Q.material("cotton"),
        title="Kryptic Women Sea Green Cotton T-shirt with Camouflage Joggers",
        category="Clothing Set",
        color="Sea Green",
        gender="Women",
    ),
    # photo: magenta sleeveless halter crop top and a high-waisted flared magenta-and-white floral midi skirt with a
    # plain hem; pink wall backdrop. VQA adapter; closed by reference.
    case(
        "X694-031",
        caption("a woman standing in front of a pink wall wearing a pink crop top and a floral skirt"),
        cloth("a pink halter top and a pink and white floral skirt"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.garment_type("dress", "contradiction"),
        describe("skirt", "a floral skirt with a high waist and ruffled hem", "unsupported"),
        Q.color("magenta"),
        wearing("she is wearing a crop top and skirt", who="she"),
        title="Berrylush Women Magenta Halter Crop Top & Floral Skirt Co-Ords",
        category="Co-Ords",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey satin camisole with thin straps and black lace at the neckline, grey satin shorts with a black lace
    # hem, white backdrop. VQA adapter; closed by reference.
    case(
        "X694-032",
        caption("a woman in a grey satin camisole and shorts with black lace"),
        wearing("a grey cami and shorts"),
        color_of("shorts", "black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("top", "the top has black lace on the neckline and thin straps"),
        Q.material("satin"),
        describe("top", "a black lace top", "other_garment_color"),
        title="Clovia Women Grey Satin Lace Trim Cami & Shorts Sleep Set",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: tan-and-brown checked oversized long-sleeve shirt with one chest pocket and matching checked trousers, no
    # belt, white sneakers, white backdrop. VQA adapter; closed by reference.
    case(
        "X694-033",
        caption("a woman wearing a brown plaid shirt and pants and a brown leather belt", "unsupported"),
        wearing(
            "she is wearing a brown checkered shirt and pants and a brown checkered shirt and pants and a brown "
            "checkered shirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("pants", "brown"),
        describe("shirt", "the shirt is oversized with a collar and buttons and one chest pocket"),
        Q.color("white", "contradiction"),
        title="Tokyo Talkies Women Tan Checked Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Tan",
        gender="Women",
    ),
    # photo: maternity night suit, pink short-sleeve top with a front button placket for feeding (no pocket) and pink
    # pyjamas with a small white floral print; pregnant model, white backdrop. VQA adapter; closed by reference.
    case(
        "X694-034",
        caption("a pregnant woman wearing pink pajamas"),
        wearing("a pink top and pink pants"),
        color_of("pants", "pink"),
        details("top", "the top has buttons on the front for breastfeeding and a pocket", "unsupported"),
        Q.pattern("printed"),
        describe("top", "he is wearing a pink top with buttons", "pronoun"),
        Q.sleeve_length("short sleeves"),
        title="Momsoon Women Pink Maternity Feeding Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: peach short-sleeve tee and grey joggers; model holds a white pillow in a bedroom with a white bed.
    # VQA adapter; closed by reference.
    case(
        "X694-035",
        caption("a woman holding a pillow in a bedroom"),
        wearing("a peach t-shirt and grey sweatpants"),
        color_of("pants", "peach", "other_garment_color", kind="open"),
        color_of("shirt", "peach"),
        details("pants", "they are pants", "non_answer"),
        Q.garment_type("night suit"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Sweet Dreams Women Peach & Grey Lounge T-shirt & Joggers Set",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: black-and-white polka dot cotton night suit, short-sleeve notch-collar shirt with white piping on the
    # collar and white buttons, matching shorts; white backdrop. VQA adapter; closed by reference.
    case(
        "X694-036",
        caption("a woman wearing a black and white polka dot shirt and shorts"),
        wearing("a black and white polka dot pajama"),
        Q.pattern("striped", "contradiction"),
        color_of("shorts", "black"),
        details(
            "shirt",
            "the shirt has a notch collar, white buttons, piping on the pocket and the sleeves and the hem and the "
            "collar and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("rayon", "unsupported"),
        title="Sweet Dreams Women Black & White Polka Dot Cotton Shirt & Shorts Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue fleece pullover hoodie with a kangaroo pocket and drawstring hood, sky blue joggers, white
    # socks, white backdrop, side view. VQA adapter; closed by reference.
    case(
        "X694-037",
        caption("a woman in a light blue hoodie and sweatpants"),
        wearing("a blue hoodie and blue pants"),
        color_of("hoodie", "sky blue"),
        Q.material("fleece"),
        details(
            "hoodie",
            "Question: What are the hoodie details? Answer: the hoodie has a kangaroo pocket and a drawstring hood "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        title="HRX by Hrithik Roshan Women Sky Blue Fleece Hoodie & Joggers Lounge Set",
        category="Clothing Set",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin night suit, long-sleeve notch-collar shirt with piping and green pyjama pants,
    # white backdrop. VQA adapter; closed by reference.
    case(
        "X694-038",
        caption("a man in a green satin pajama set", "pronoun"),
        wearing("green pajamas"),
        color_of(
            "pants",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("green"),
        describe("shirt", "the shirt is a long sleeve satin shirt with a notch collar and piping"),
        Q.garment_type("shirt"),
        Q.material("silk", "unsupported"),
        title="Clovia Women Emerald Green Satin Shirt & Pyjama Night Suit",
        category="Night suits",
        color="Green",
        gender="Women",
    ),
    # photo: white short-sleeve crop top and a blue floral midi skirt with a slit (no zip or buttons visible), white
    # backdrop. VQA adapter; closed by reference.
    case(
        "X694-039",
        caption("a woman in a white crop top and a blue floral skirt"),
        wearing("a white top and blue skirt"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.color("blue"),
        details(
            "skirt", "the skirt has a floral print and a slit and a side zip and buttons down the front", "unsupported"
        ),
        Q.pattern("floral"),
        is_a("dress", "no"),
        title="SASSAFRAS Women White & Blue Floral Crop Top & Midi Skirt Co-Ords",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: black long-sleeve tee and red-and-black buffalo check flannel pyjama pants; model holds a mug; white
    # backdrop. VQA adapter; closed by reference.
    case(
        "X694-040",
        caption("a woman holding a mug wearing a red plaid shirt and red plaid pajama pants", "other_garment_color"),
        wearing("a black shirt and red and black plaid pants"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        color_of("pants", "red"),
        Q.pattern("checked"),
        Q.material("denim", "unsupported"),
        details("pants", "the pants details are pants", "restated"),
        title="Marks & Spencer Women Black Top & Red Checked Flannel Pyjama Set",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: lavender tie-dye cropped long-sleeve hoodie with a drawstring hood and lavender tie-dye shorts, white
    # backdrop. VQA adapter; closed by reference. The feed row has no category.
    case(
        "X694-041",
        caption("a woman wearing a purple tie dye hoodie and shorts"),
        wearing("a purple sweatshirt and shorts"),
        Q.pattern("tie-dye"),
        color_of("shorts", "purple"),
        describe(
            "hoodie",
            "the hoodie is cropped and has a hood with drawstrings and long sleeves and a hood with drawstrings and "
            "long sleeves and a",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("shorts", "shorts", "non_answer"),
        title="Bewakoof Women Lavender Tie-Dye Crop Hoodie & Shorts Lounge Set",
        color="Lavender",
        gender="Women",
    ),
    # photo: cream ribbed three-piece lounge set, long open-front cardigan (no buttons) with patch pockets over a cream
    # tank top and cream wide ribbed pants, white backdrop. VQA adapter; closed by reference.
    case(
        "X694-042",
        caption(
            "a woman in a white cardigan and pants standing in front of a white wall with her hands in the pockets of "
            "her cardigan and looking at the camera with a smile on her face and her hair down over her",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream cardigan, a cream tank top and cream pants"),
        Q.garment_type("cardigan"),
        details("cardigan", "the cardigan has buttons down the front and two pockets", "unsupported"),
        Q.color("cream"),
        describe(
            "pants",
            "the pants are wide leg and ribbed. Question: Describe the pants. Answer: the pants are wide leg and",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Cream Ribbed 3-Piece Lounge Set",
        category="Clothing Set",
        color="Cream",
        gender="Women",
    ),
    # photo: navy short-sleeve round-neck top with a yellow crescent moon print and solid navy pyjama pants, white
    # backdrop. VQA adapter; closed by reference. The feed row has no color.
    case(
        "X694-043",
        caption("a woman in a navy blue pajama set with yellow moons"),
        wearing("a navy top with moons and navy pants"),
        color_of("top", "yellow", "contradiction"),
        details("top", "the top has a round neck and short sleeves and a yellow moon print"),
        color_of("pants", "navy blue and yellow", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        describe("pants", "Describe the pants. the pants are the pants", "restated"),
        title="Sweet Dreams Women Navy Blue Moon Print Night Suit",
        category="Night suits",
        gender="Women",
    ),
    # photo: mustard floral viscose kaftan-style top with wide short sleeves and matching floral shorts, a beige
    # straw sun hat, beige backdrop. VQA adapter; closed by reference.
    case(
        "X694-044",
        caption("a woman wearing a beige top and shorts and a straw hat", "other_garment_color"),
        wearing("a yellow floral top and shorts"),
        color_of("top", "mustard"),
        Q.pattern("floral"),
        describe("top", "the top is a loose kaftan with wide sleeves"),
        details("shorts", "yes", "non_answer"),
        Q.material("silk", "unsupported"),
        cloth(
            "blouse and shorts and a hat and a blouse and shorts and a hat and a blouse and shorts and a hat and a "
            "blouse and",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Mustard Floral Printed Viscose Rayon Kaftan Top & Shorts",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink short-sleeve tee with "Sleepy Head" in white letters and grey-and-white checked pyjama pants, white
    # backdrop. VQA adapter; closed by reference.
    case(
        "X694-045",
        caption("a woman wearing a pink t - shirt that says sleepy head and plaid pajama pants"),
        wearing("a pink shirt and grey pants"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        details("shirt", "the shirt says sleepy head"),
        Q.pattern("printed"),
        describe("pants", "Describe the pants. the pants are checkered", "restated"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="Sweet Dreams Women Pink & Grey Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: black square-neck crop top with short puff sleeves and black shorts, gold hoop earrings, grey backdrop.
    # VQA adapter; closed by reference. The feed row has no gender.
    case(
        "X694-046",
        caption(
            "a woman in a black top and black shorts black shorts black shorts black shorts black shorts black shorts "
            "black shorts black shorts black shorts black shorts black shorts black shorts black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black top and black shorts"),
        Q.garment_type("co-ord set"),
        describe(
            "top",
            "the top is a black crop top with puff sleeves, a square neckline, smocking on the back and a ruffle at "
            "the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a gold button and a zip on the side", "unsupported"),
        title="Berrylush Women Black Puff Sleeve Top & Shorts Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
]
