"""BLIND_706 (46 products; men's kurtas with jeans or pyjamas, VQA adapter): written blind in the fifty-fourth session.
Measured blind at 240db6d (the session's eighth rules): 116/135 failures found (85.9%) and 7/186 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's kurtas sold alone (article type Kurtas): short and long, solid, printed,
striped, checked and embroidered, cotton, linen, khadi and silk blends. Catalog photos on white, grey or beige
backdrops; the model wears the kurta with jeans (blue, black, grey, white) or pyjamas/churidars (white, cream,
beige, black, grey), sometimes under a Nehru jacket or a denim jacket, or with a stole, sunglasses, a cup, a
garland or a chair as props; mostly front views, a few side, seated and back views.

Who wrote what: every answer comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b). Captions
of products 1-29 come from the untuned base model (enrich's per-question adapter choice); captions of products
30-46 come from the VQA adapter itself, which writes terse, answer-like captions and once slips into its own
"Question: ... Answer:" training format. Closed answers (garment type, color, pattern, sleeve length, "Is this a
...?") come from `--engine reference`, which ranks candidate values with the VQA adapter: they never loop or stop
short, but they do pick the jeans', pyjamas' or jacket's color, "shirt", "jacket" or "dress" for the kurta, or the
wrong sleeves. Open answers are greedy free generation (30 new tokens): the adapter had no end-of-answer token,
so enrich's stop rules end most answers but some run to the limit, looping or cut mid-phrase; the adapter's
In-shop vocabulary makes it call the kurta a "shirt" now and then, answer "denim" or one color word to open
questions, repeat a color for both garments, invent pockets, zippers, belts and fabrics, and say "she".

Labeling conventions and judgement calls:
- Colors are judged by the seller's color groups: maroon counts as red, cream and off white as white, mustard as
  yellow, peach and magenta as pink, turquoise and teal as blue, khaki as beige. A color from another group is a
  contradiction (magenta called purple, lime green called yellow, charcoal called black, khaki called green).
- The photo beats the seller: a kurta the seller lists as "Brown" that is plainly rust is correctly "orange".
- A striped or printed kurta's base color is its color; the print's color alone (brown for a beige kurta with
  brown checks) is a contradiction, both colors together ("blue and white") are correct.
- Calling the kurta a "shirt", "jacket" or "dress" (open or closed), or "yes" to "Is this a dress?", is a
  contradiction; "tunic", "kurta pajama" and "kurta set" for the outfit are accepted. Churidars and pyjamas may be
  "pants", "pajamas" or "pyjamas".
- The product (the kurta) given another garment's color (jeans, pyjamas, jacket, stole) is other_garment_color,
  open or closed; another garment given the kurta's color (white pyjamas called navy blue) is a contradiction.
- Answering an accessory or prop for the kurta's details ("a red stole", "sunglasses") is a contradiction.
- Invented parts (zipper, hood, chest pockets, belt, brooch, embroidery on a plain kurta, a leather patch) and a
  fabric that the title or the photo contradicts are unsupported; a detail that cannot be seen (the neckline of a
  back view) is unsupported too.
- One label per text. A loop, a cut or a leak is labelled as such even when its words are also wrong; a pronoun
  label is used only where the rest of the answer is right. Every loop and cut has hit_limit=True, and so has a
  leak that ran on into a second "Question:" to the limit.
- A one-word or bare-noun answer to an open question ("purple", "denim", "kurta", "buttons") is a non_answer even
  when the word is true; an answer that only gives back the question's words ("the details of the kurta") is
  restated. A short but true sentence ("the kurta is black", "a blue kurta") is correct.
- A leak that answers its own question correctly before the format resumes is still a leak.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_706 = [
    # photo: navy blue solid short cotton kurta, mandarin collar, full sleeves, buttoned placket, worn with light blue
    # faded jeans, hands in pockets, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-001",
        caption("a man wearing a navy blue kurta and blue jeans"),
        wearing("a blue kurta and jeans", who="the man"),
        color_of("kurta", "navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta",
            "the kurta has a mandarin collar and buttons on the front, and the jeans are light blue with a faded "
            "wash on the thighs and the knees, and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("kurta", "the kurta is navy blue with white embroidery on the collar and cuffs", "unsupported"),
        title="Fabindia Men Navy Blue Solid Cotton Short Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon long kurta with gold thread embroidery on the yoke, worn with white churidar pyjamas, beige
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-002",
        caption("a man in a maroon kurta and white pants standing in front of a beige wall"),
        wearing("a red kurta and white pajamas"),
        color_of("kurta", "white", "other_garment_color"),
        describe("kurta", "the kurta is long and has gold embroidery around the neck"),
        details(
            "kurta",
            "embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery "
            "embroidery embroidery embroidery embroidery embroidery embroidery",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        is_a("kurta", "yes"),
        Q.material("velvet", "unsupported"),
        title="Manyavar Men Maroon Embroidered Cotton Silk Long Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard yellow short kurta with small white block-printed motifs all over, roll-up sleeves, worn with
    # dark blue jeans, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-003",
        caption("a man wearing a yellow shirt and jeans", "contradiction"),
        wearing("he is wearing a yellow kurta with white print and dark jeans", who="he"),
        color_of("kurta", "yellow"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "the kurta is yellow with a white print, it has a collar, two pockets on the chest and a zipper",
            "unsupported",
        ),
        color_of("jeans", "blue"),
        details(
            "kurta", "white motifs printed all over Question: What is the color of the jeans? Answer: blue", "leak"
        ),
        title="Indigo Nation Men Mustard Printed Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: white long cotton kurta with white chikankari embroidery on the front, worn with white pyjamas, grey
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-004",
        caption("a man in a white kurta pajama standing in front of a grey wall"),
        wearing("white kurta and white pajamas"),
        color_of("kurta", "white"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: white Question: What are the kurta details? Answer: "
            "white Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        describe(
            "kurta",
            "he is wearing a white kurta with white embroidery on the chest and around the neck, the kurta is long "
            "and has full sleeves and the pajamas are white and",
            "cut",
            hit_limit=True,
        ),
        title="Ada Men White Chikankari Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: black solid short kurta with contrast white piping on the placket, worn with light grey slim jeans,
    # white backdrop, front view. Caption: base model; answers: VQA adapter (color question asked open).
    case(
        "X706-005",
        caption("a man wearing a black kurta with white piping and grey jeans, with his hands in his pockets"),
        wearing("a black kurta and grey jeans", who="the man"),
        color_of(
            "kurta",
            "black and white and black and white and black and white and black and white and black and white and "
            "black and white and black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "grey"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "the kurta is black"),
        details(
            "kurta",
            "the kurta has white piping along the placket and the collar and the cuffs, and it is paired with grey "
            "jeans that are slim fit and have a faded wash on the",
            "cut",
            hit_limit=True,
        ),
        title="Jashn Men Black Solid Short Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: olive green solid linen long kurta, band collar, worn with beige pyjamas, white backdrop, side-angle
    # view. Caption: base model; answers: VQA adapter.
    case(
        "X706-006",
        caption("a man in a green kurta and beige pants"),
        wearing("she is wearing a green kurta and beige pants", "pronoun", who="he"),
        color_of("kurta", "green"),
        Q.material("linen"),
        details("kurta", "the kurta has a band collar and a buttoned placket"),
        color_of("pyjamas", "green", "contradiction"),
        describe(
            "kurta",
            "the kurta is olive green, it is made of linen and it has a band collar and long sleeves with buttoned "
            "cuffs and a straight hem with side slits and the",
            "cut",
            hit_limit=True,
        ),
        title="See Designs Men Olive Green Solid Linen Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: blue short kurta with an orange and white paisley print, mandarin collar, full sleeves, worn with white
    # jeans, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-007",
        caption("a man wearing a blue paisley print kurta and white jeans standing on a white background"),
        wearing("a blue shirt and white pants", "contradiction"),
        color_of("kurta", "blue"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is blue with an orange and white paisley print all over it"),
        details(
            "kurta",
            "paisley print, mandarin collar, full sleeves, curved hem, side slits, paisley print, mandarin collar, "
            "full sleeves, curved hem, side slits, paisley",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Sojanya Men Blue Paisley Printed Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: peach long kurta with thin self-woven stripes, worn with white pyjamas, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X706-008",
        caption("a man in a pink kurta and white pajamas"),
        wearing("pink kurta"),
        color_of("kurta", "orange", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a peach kurta with thin stripes and a white pajama"),
        Q.material("cotton"),
        details("kurta", "she has a pink kurta with thin stripes", "pronoun"),
        title="Manu Men Peach Self Striped Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: teal short kurta with a white geometric (small triangles) print, worn with black jeans, white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-009",
        caption("a man wearing a teal printed kurta and black jeans"),
        wearing(
            "a blue kurta and black jeans, the kurta has a white print and the jeans are black, the kurta has a "
            "white print and the jeans are black",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        color_of("kurta", "black", "other_garment_color"),
        color_of("jeans", "black"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is teal with white triangles"),
        Q.material("wool", "unsupported"),
        title="Hangup Men Teal Printed Cotton Short Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: cream solid long kurta under a maroon Nehru jacket with gold buttons, white pyjamas, white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-010",
        caption("a man in a maroon vest and a cream kurta with white pants"),
        wearing("a red jacket, a white kurta and white pajamas", who="he"),
        color_of("kurta", "maroon", "other_garment_color"),
        describe("kurta", "the kurta is maroon with gold buttons", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        details("kurta", "buttons", "non_answer"),
        title="Manyavar Men Cream Solid Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: grey melange solid short kurta, henley-style neckline, sleeves rolled up, worn with mid-blue jeans,
    # white backdrop, front view. Caption: base model; answers: VQA adapter (color questions asked open).
    case(
        "X706-011",
        caption("a man wearing a grey kurta and blue jeans"),
        wearing("a grey kurta and blue jeans"),
        color_of("kurta", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.material("cotton"),
        describe("kurta", "the kurta is blue", "other_garment_color"),
        title="Roadster Men Grey Melange Solid Short Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: rust orange long cotton kurta with a black block print, worn with black pyjamas, white backdrop, front
    # view; the seller lists it as Brown. Caption: base model; answers: VQA adapter.
    case(
        "X706-012",
        caption("a man in an orange kurta and black pants standing in front of a white wall"),
        wearing("orange kurta and black pajamas"),
        color_of("kurta", "orange"),
        Q.pattern("printed"),
        Q.material("cotton"),
        describe(
            "kurta",
            "the kurta is orange with a black print and a black collar Question: Describe the pants. Answer: black",
            "leak",
        ),
        details("kurta", "the print", "non_answer"),
        title="Fabindia Men Brown Printed Cotton Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: lavender solid short kurta, full sleeves, worn with white jeans, left hand in pocket, white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-013",
        caption(
            "a man wearing a lavender kurta with long sleeves and white jeans, standing with his left hand in his "
            "pocket and his right hand at his side, looking at the camera, in front of a white background with a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a purple kurta and white jeans", who="he"),
        color_of("kurta", "white", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "purple", "non_answer"),
        title="Mast & Harbour Men Lavender Solid Short Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: black long kurta with silver thread embroidery along the placket and collar, worn with white churidar,
    # grey backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-014",
        caption("a man in a black kurta with silver embroidery and white pants"),
        wearing("black kurta white pajama"),
        color_of("kurta", "black"),
        color_of("pyjamas", "white"),
        details(
            "kurta",
            "the kurta has silver embroidery on the front placket and around the collar, and the pajamas are white "
            "with a drawstring waist and are gathered at the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a black kurta with silver embroidery, a silver belt and a silver chain on the pocket",
            "unsupported",
        ),
        is_a("kurta", "no", "contradiction"),
        title="Jompers Men Black Embroidered Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: off-white short kurta with thin navy blue vertical stripes, worn with dark blue jeans, model wears
    # sunglasses, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-015",
        caption("a man wearing sunglasses, a white and blue striped kurta and jeans"),
        wearing("she is wearing a striped kurta and jeans", "pronoun"),
        color_of("kurta", "white"),
        Q.pattern("striped"),
        describe(
            "kurta",
            "the kurta has blue and white stripes, blue and white stripes, blue and white stripes, blue and white "
            "stripes, blue and white stripes",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the details are a pair of black sunglasses", "contradiction"),
        title="Highlander Men Off White Striped Short Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: red long cotton kurta with a white floral print, worn with white pyjamas, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X706-016",
        caption("a man in a red kurta with a white floral print and white pants"),
        wearing("red kurta", who="the man"),
        color_of("kurta", "red"),
        Q.pattern("floral"),
        describe("kurta", "the kurta is red with white flowers"),
        details("kurta", "What are the kurta details? The kurta details are red", "restated"),
        Q.material("silk", "unsupported"),
        color_of("pyjamas", "red", "contradiction"),
        title="Anouk Men Red Floral Printed Kurta",
        category="Kurtas",
        color="Red",
    ),
    # photo: sea green solid long cotton kurta, mandarin collar, concealed placket, white drawstring pyjamas, white
    # backdrop, front view; the feed has no gender column for it. Caption: base model; answers: VQA adapter.
    case(
        "X706-017",
        caption(
            "a man in a green kurta and white pajamas standing in front of a white background with a green kurta "
            "and white pajamas standing in front of a white background with a green kurta and",
            "loop",
            hit_limit=True,
        ),
        wearing("green kurta and white pajamas"),
        color_of("kurta", "blue", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta", "the kurta has a mandarin collar and a concealed button placket and the pajamas have a drawstring"
        ),
        describe("kurta", "a plain green kurta"),
        Q.material("silk", "unsupported"),
        title="Vastramay Men Sea Green Solid Cotton Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # photo: beige short kurta with brown checks, band collar, buttoned cuffs, worn with blue jeans, white backdrop,
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-018",
        caption("a man wearing a beige checkered shirt and blue jeans", "contradiction"),
        wearing("he is wearing a beige checked kurta and jeans", who="he"),
        color_of("kurta", "brown", "contradiction"),
        Q.pattern("checked"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "the kurta is beige with brown checks, it has a band collar, full sleeves with buttoned cuffs, a curved "
            "hem and two side slits and a patch pocket on the",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Men Beige Checked Short Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: pink solid short cotton kurta with pink buttons, worn with white jeans, model seated on a wooden stool,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X706-019",
        caption("a man sitting on a stool wearing a pink kurta and white jeans"),
        wearing("she is wearing a pink kurta and white jeans", "pronoun"),
        color_of("kurta", "pink"),
        color_of("jeans", "white"),
        Q.material("cotton"),
        details("kurta", "pink", "non_answer"),
        describe(
            "kurta",
            "the kurta is pink with white buttons and white embroidery around the neck and the sleeves",
            "unsupported",
        ),
        title="Wrogn Men Pink Solid Cotton Short Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard yellow long kurta with white thread embroidery on the collar and placket, white pyjamas, white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-020",
        caption("a man in a yellow kurta and white pajamas"),
        wearing(
            "a yellow kurta with white embroidery on the collar and the yellow kurta with white embroidery on the "
            "collar and the yellow kurta with white",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "the kurta is white with yellow embroidery", "other_garment_color"),
        is_a("kurta", "yes"),
        details("kurta", "the details of the kurta", "restated"),
        title="Sanwara Men Mustard Embroidered Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: bottle green silk-blend long kurta with a tone-on-tone jacquard (self design), worn with cream churidar,
    # white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-021",
        caption("a man in a dark green kurta and cream pants"),
        wearing("a green kurta and white pants", who="the man"),
        color_of("kurta", "green"),
        Q.material("silk"),
        Q.pattern("printed", "contradiction"),
        details(
            "kurta",
            "the kurta has a green and gold pattern on the front and the sleeves and a gold zipper on the back",
            "unsupported",
        ),
        describe("kurta", "the kurta is cream", "other_garment_color"),
        title="Manyavar Men Green Self Design Silk Blend Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: white short kurta with a small black arrow-motif print, mandarin collar, sleeves rolled to the elbow,
    # worn with black skinny jeans, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-022",
        caption("a man wearing a white kurta with a black print and black jeans"),
        wearing("black jeans and a white kurta"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("jeans", "black"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: white kurta with black print Question: Describe the jeans. "
            "Answer: black jeans Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has black arrows printed on a white background, a mandarin collar and full sleeves rolled up "
            "to the elbow, the jeans are black and skinny and the",
            "cut",
            hit_limit=True,
        ),
        title="Bewakoof Men White Printed Short Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: navy blue solid long cotton kurta, mandarin collar, white pyjamas, brown mojari shoes visible, white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-023",
        caption("a man in a blue kurta and white pajamas with brown shoes"),
        wearing("a white kurta and white pajamas", "other_garment_color"),
        color_of("kurta", "navy blue"),
        color_of("pyjamas", "navy blue", "contradiction"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has a mandarin collar, the kurta has a mandarin collar, the kurta has a mandarin collar, the "
            "kurta has a mandarin collar, the",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Men Navy Blue Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon short kurta with a tiny white polka-dot print, plain fabric buttons, worn with blue jeans, model
    # holds a coffee cup, white backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-024",
        caption("a man holding a coffee cup wearing a maroon kurta and jeans"),
        wearing("a blue kurta and blue jeans", "other_garment_color", who="he"),
        color_of("kurta", "red"),
        Q.pattern("printed"),
        describe(
            "kurta", "the kurta is maroon with white dots and a pocket with a coffee cup logo on it", "unsupported"
        ),
        details("kurta", "the kurta details", "restated"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Tistabene Men Maroon Printed Short Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal grey solid long kurta with an asymmetric hem, worn with black pyjamas, white backdrop, front
    # view. Caption: base model; answers: VQA adapter.
    case(
        "X706-025",
        caption("a man in a black kurta and black pants", "contradiction"),
        wearing("a grey kurta and black pajamas"),
        color_of("kurta", "grey"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "the kurta is grey and long with an uneven hem that is longer on one side"),
        details(
            "kurta",
            "asymmetric hem asymmetric hem asymmetric hem asymmetric hem asymmetric hem asymmetric hem asymmetric "
            "hem asymmetric hem asymmetric hem",
            "loop",
            hit_limit=True,
        ),
        color_of("pyjamas", "grey", "contradiction"),
        title="The Kurta Company Men Charcoal Solid Asymmetric Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: light blue chambray short kurta, mandarin collar, worn with white jeans, white backdrop, front view.
    # Caption: base model; answers: VQA adapter.
    case(
        "X706-026",
        caption("a man wearing a light blue denim kurta and white jeans"),
        wearing("denim", "non_answer"),
        color_of("kurta", "blue"),
        color_of("jeans", "blue", "contradiction"),
        Q.material("denim"),
        Q.garment_type("shirt", "contradiction"),
        title="Roadster Men Blue Chambray Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: orange (saffron) solid long kurta, white pyjamas, model holds a marigold garland in both hands, white
    # backdrop, front view. Caption: base model; answers: VQA adapter.
    case(
        "X706-027",
        caption("a man in an orange kurta and white pants holding a garland of flowers"),
        wearing("orange", "non_answer"),
        color_of("kurta", "orange"),
        describe("kurta", "the kurta is orange with yellow flowers printed on it", "unsupported"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("kurta", "the kurta details are orange", "restated"),
        title="Jompers Men Orange Solid Kurta",
        category="Kurtas",
        color="Orange",
        gender="Men",
    ),
    # photo: blue and white ikat long cotton kurta, round neck with a three-button placket, white pyjamas, white
    # backdrop, front view. Caption: base model; answers: VQA adapter (color question asked open).
    case(
        "X706-028",
        caption("a man in a blue and white patterned kurta and white pajamas"),
        wearing("a blue and white kurta and white pajamas"),
        color_of("kurta", "blue and white", kind="open"),
        Q.pattern("striped", "contradiction"),
        details(
            "kurta",
            "the kurta has a blue and white ikat print all over, a round neck with a short placket of three buttons, "
            "full sleeves and side slits at the hem, and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        title="Fabindia Men Blue Ikat Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: white solid short cotton kurta under an open blue denim jacket with silver buttons, blue jeans, white
    # backdrop, front view; the kurta's hem shows below the jacket. Caption: base model; answers: VQA adapter.
    case(
        "X706-029",
        caption("a man wearing a denim jacket over a white kurta and blue jeans"),
        wearing("a blue jacket, a white kurta and blue jeans", who="the man"),
        color_of("kurta", "blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        describe("kurta", "the kurta is white and it is longer than the jacket"),
        is_a("kurta", "yes"),
        Q.material("denim", "unsupported"),
        title="Highlander Men White Solid Cotton Short Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: purple solid silk long kurta, plain, worn with white churidar, grey backdrop, front view. Caption and
    # answers: VQA adapter.
    case(
        "X706-030",
        caption("Question: What cloth is the person wearing? Answer: kurta", "leak"),
        wearing("purple kurta and white pants"),
        color_of("kurta", "purple"),
        Q.material("silk"),
        details(
            "kurta",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "the kurta is purple with gold embroidery on the collar and a gold brooch", "unsupported"),
        title="Manyavar Men Purple Solid Silk Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: green and white vertically striped short kurta, mandarin collar, full sleeves, light blue jeans, white
    # backdrop, front view. Caption and answers: VQA adapter.
    case(
        "X706-031",
        caption("a man in a green and white striped kurta and blue jeans"),
        wearing("he wears a green striped kurta and jeans", who="he"),
        color_of("kurta", "blue", "other_garment_color"),
        Q.pattern("striped"),
        describe("kurta", "the kurta is green with white vertical stripes and a mandarin collar"),
        details(
            "kurta",
            "the kurta has green and white stripes, a mandarin collar, full sleeves, and the jeans are blue with a "
            "slim fit, and the kurta has green and white stripes",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "green", "contradiction"),
        title="Dennis Lingo Men Green Striped Short Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: cream solid long kurta, white pyjamas, a red stole with a gold border draped around the neck, white
    # backdrop, front view. Caption and answers: VQA adapter.
    case(
        "X706-032",
        caption("a man wearing a cream kurta and white pajamas with a red scarf around his neck"),
        wearing("a red kurta and white pajamas", "other_garment_color"),
        color_of("kurta", "cream"),
        Q.pattern("solid"),
        describe("kurta", "the kurta is cream and plain, and it has a red scarf with a golden border around the neck"),
        details("kurta", "the details are a red stole with a gold border", "contradiction"),
        title="Manyavar Men Cream Solid Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: navy blue short kurta with a white floral print and short sleeves, round neck with button placket,
    # white jeans, white backdrop, front view. Caption and answers: VQA adapter.
    case(
        "X706-033",
        caption("a man wearing a navy blue kurta with white flowers and white jeans"),
        wearing("a blue floral shirt and white pants", "contradiction", who="the man"),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe(
            "kurta",
            "the kurta is navy blue with a white floral print and short sleeves, it has a round neck with a button "
            "placket and a curved hem, and the white jeans are",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Sojanya Men Navy Floral Print Short Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: coffee brown solid long khadi kurta with a woven texture, round neck and one chest pocket, off-white
    # pyjamas, white backdrop, front view. Caption and answers: VQA adapter.
    case(
        "X706-034",
        caption("a man in a brown kurta and white pants"),
        wearing("white kurta and white pants", "other_garment_color"),
        color_of("kurta", "brown"),
        Q.material("cotton"),
        details("kurta", "brown", "non_answer"),
        describe("kurta", "the kurta is brown and has a woven texture, a round neck and a chest pocket"),
        is_a("kurta", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Khadi Gram Men Coffee Brown Khadi Cotton Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: black solid short kurta, black jeans (all-black outfit), a steel watch on the left wrist, white
    # backdrop, front view. Caption and answers: VQA adapter.
    case(
        "X706-035",
        caption("a man wearing a black kurta and black jeans"),
        wearing("black kurta and black jeans"),
        color_of("kurta", "black"),
        color_of("jeans", "black"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "the kurta has a hood and a kangaroo pocket", "unsupported"),
        describe(
            "kurta",
            "the kurta is black and the jeans are black and the kurta is black and the jeans are black and the "
            "kurta is black and the jeans are",
            "loop",
            hit_limit=True,
        ),
        title="Bene Kleed Men Black Solid Short Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: turquoise blue solid long kurta, mandarin collar, white pyjamas, hands folded in a namaste, white
    # backdrop, side-angle view. Caption and answers: VQA adapter.
    case(
        "X706-036",
        caption("a man wearing a turquoise kurta and white pajamas with his hands folded"),
        wearing("her kurta is blue and her pajamas are white", "pronoun", who="he"),
        color_of("kurta", "green", "contradiction"),
        Q.garment_type("kurta"),
        describe("kurta", "a blue kurta"),
        details("kurta", "Question: What are the kurta details? Answer: mandarin collar", "leak"),
        title="Vastramay Men Turquoise Blue Solid Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: lime green solid short cotton kurta, mandarin collar, white jeans, white backdrop, front view. Caption
    # and answers: VQA adapter.
    case(
        "X706-037",
        caption("a man in a lime green kurta and white jeans"),
        wearing("a yellow kurta and white jeans", "contradiction"),
        color_of("kurta", "green"),
        Q.pattern("solid"),
        Q.material("cotton"),
        details("kurta", "the kurta has a mandarin collar and the jeans have a mandarin collar", "unsupported"),
        describe("kurta", "she is wearing a lime green kurta", "pronoun"),
        title="Hangup Men Lime Green Solid Short Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Men",
    ),
    # photo: off-white long cotton kurta with gold thread embroidery on the chest yoke only, beige pyjamas, white
    # backdrop, front view; the feed has no gender column for it. Caption and answers: VQA adapter.
    case(
        "X706-038",
        caption("a man in an off white kurta with gold embroidery on the chest and beige pants"),
        wearing("white kurta and beige pajamas"),
        color_of("kurta", "beige", "other_garment_color"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "the kurta is white with gold embroidery on the front and gold embroidery on the sleeves and gold "
            "embroidery on the back and gold embroidery on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Manyavar Men Off White Embroidered Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # photo: indigo blue long cotton kurta with a white dabu (mud-resist) print, fabric-covered buttons, white
    # pyjamas, model stands beside a wooden chair, white backdrop. Caption and answers: VQA adapter.
    case(
        "X706-039",
        caption("a man wearing a blue printed kurta and white pajamas standing next to a wooden chair"),
        wearing("the man is wearing a blue kurta with white print and white pajamas"),
        color_of("kurta", "blue"),
        color_of("pyjamas", "white"),
        describe("kurta", "the kurta is blue with a white print and has wooden buttons", "unsupported"),
        details("kurta", "the kurta has details", "restated"),
        Q.garment_type("shirt", "contradiction"),
        title="Fabindia Men Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: magenta solid long silk-blend kurta, mandarin collar, small self buttons, white churidar, white
    # backdrop, front view. Caption and answers: VQA adapter.
    case(
        "X706-040",
        caption("a man in a pink kurta and white pants"),
        wearing("purple kurta and white pants", "contradiction", who="the man"),
        color_of("kurta", "pink"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta is pink with a mandarin collar and a row of small pink buttons down the front, the sleeves "
            "are long with buttoned cuffs and the",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "the man is wearing a pink kurta Question: Describe the pants. Answer: white pants", "leak"),
        title="Manu Men Magenta Solid Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Men",
    ),
    # photo: khaki solid short kurta, mandarin collar, dark blue jeans, white backdrop, front view; the feed has no
    # color for this row. Caption and answers: VQA adapter.
    case(
        "X706-041",
        caption("a man wearing a khaki kurta and blue jeans"),
        wearing("a green kurta and blue jeans", "contradiction"),
        color_of("kurta", "beige"),
        color_of("jeans", "blue"),
        Q.garment_type("kurta"),
        describe("kurta", "kurta", "non_answer"),
        details(
            "kurta",
            "the kurta has a khaki color with a mandarin collar Question: What is the color of the jeans? Answer:",
            "leak",
        ),
        title="Roadster Men Khaki Solid Short Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: white solid long linen kurta, round neck with a short slit and two buttons, grey pyjamas, white
    # backdrop, front view. Caption and answers: VQA adapter.
    case(
        "X706-042",
        caption("a man wearing a white kurta and grey pants"),
        wearing("he is wearing a grey kurta and grey pants", "other_garment_color"),
        color_of("kurta", "grey", "other_garment_color"),
        Q.material("linen"),
        Q.pattern("solid"),
        details("kurta", "the kurta has a round neck with a small slit and buttons"),
        describe(
            "kurta",
            "the white kurta has a round neck, a small slit at the front with two buttons, long sleeves and a "
            "straight hem that falls below the knee, and the grey pyjamas",
            "cut",
            hit_limit=True,
        ),
        title="Wills Lifestyle Men White Solid Linen Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: rust solid long cotton kurta, mandarin collar, full sleeves, white pyjamas, white backdrop, front view.
    # Caption and answers: VQA adapter.
    case(
        "X706-043",
        caption("a man in a rust kurta and white pajamas standing in front of a white wall"),
        wearing("she wears an orange kurta and white pajamas", "pronoun", who="he"),
        color_of("kurta", "orange"),
        describe(
            "kurta",
            "the kurta is rust colored, it has a mandarin collar, a mandarin collar, a mandarin collar, a mandarin "
            "collar, a mandarin collar, a mandarin",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.material("cotton"),
        title="Sanwara Men Rust Solid Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: grey short kurta with black checks, band collar, one plain patch pocket, black jeans, white backdrop,
    # front view. Caption and answers: VQA adapter.
    case(
        "X706-044",
        caption("a man wearing a grey checked kurta and black jeans"),
        wearing("grey kurta with black checks and black jeans"),
        color_of("kurta", "grey"),
        Q.pattern("checked"),
        describe(
            "kurta",
            "the kurta is grey with black checks Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        details("kurta", "the kurta has a leather patch on the pocket", "unsupported"),
        color_of("jeans", "grey", "contradiction"),
        title="Sassafras Men Grey Checked Short Kurta",
        category="Kurtas",
        color="Grey",
        gender="Men",
    ),
    # photo: peach short cotton kurta with a white leaf print, white pyjamas, white backdrop, front view. Caption
    # and answers: VQA adapter.
    case(
        "X706-045",
        caption("a man in a peach kurta with a white leaf print and white pants"),
        wearing("a peach tunic with white leaves and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "kurta",
            "leaves leaves leaves leaves leaves leaves leaves leaves leaves leaves leaves leaves leaves leaves leaves "
            "leaves leaves leaves leaves",
            "loop",
            hit_limit=True,
        ),
        color_of("pyjamas", "white"),
        Q.material("satin", "unsupported"),
        title="Anouk Men Peach Printed Cotton Short Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: maroon solid long kurta seen from the back (neckline not visible), straight hem, white pyjamas, white
    # backdrop. Caption and answers: VQA adapter.
    case(
        "X706-046",
        caption("a man in a maroon kurta and white pants, seen from the back"),
        wearing("a maroon kurta and white pyjamas"),
        color_of("kurta", "maroon"),
        describe("kurta", "the kurta is maroon and plain, seen from the back, with a straight hem"),
        details("kurta", "the kurta has a v neck with gold buttons", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("printed", "contradiction"),
        title="See Designs Men Maroon Solid Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
]
