"""BLIND_675 (46 products; Myntra kids' ethnic and party wear, VQA adapter): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 115/134 failures found (85.8%) and 7/185 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of girls' and boys' ethnic and party wear: lehenga cholis, pattu pavadai and chaniya
cholis, kurta sets (kurta with pyjama, churidar, dhoti, palazzos, sharara), sherwanis, Nehru-jacket sets, party
frocks, tutus and gowns, a few boys' party sets (blazer, waistcoat, suspenders). Studio photos of a child model,
mostly on a white backdrop, some on pink, grey, beige or gold-curtain backdrops, some with props (balloons, a diya,
a flute, dandiya sticks, a Christmas tree, a soft toy, a red chair); one flat lay, one back view. Catalog columns
as the feed has them: title, category (Myntra article type), color (base colour), gender; a few rows lack one.

Who wrote what: every caption and every open answer is free generation by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers). Trained
without an end token and with the prompt in the loss, it runs on: loops on a phrase or a color, stops at the token
limit mid-phrase, or writes the next "Question: ... Answer:" pair itself. Its garment words come from In-shop
classes (dress, skirt, blouse, shirt, jacket, vest, pants), so it calls kurtas shirts or dresses and sherwanis
jackets; its colors drift to the most salient other piece (dupatta, choli, pyjama, turban) or to a prop. Its
captions are short, since VQA-only training broke captioning; some leak the question format. Closed answers
(garment type, color, pattern, sleeve length, yes/no "Is this a ...?", and the closed per-garment color questions)
come from enrich's --engine reference ranking candidate values with the same adapter: one value each, never a
loop or a cut, wrong only in the value picked.

Labeling conventions and judgement calls:
- The photo wins over the seller: a "Brown" kurta that is rust in the photo is correctly called rust or orange.
- Shades in the same family are correct: cream or ivory = white or off-white, peach = pink, lavender = purple,
  maroon or wine = red, teal or navy = blue, mustard = yellow, mint = light green, golden = gold, magenta = pink.
- A lehenga or chaniya called a skirt, a choli a blouse, a Nehru jacket or waistcoat a vest, a veshti a dhoti,
  pyjama or churidar called pants: correct. A kurta called a shirt or a dress, a kurta-and-palazzo set called a
  dress, or "yes" to "Is this a dress?" for a kurta: contradiction (the seller's category says otherwise).
- A color that belongs to another worn piece (dupatta, choli, pyjama, churidar, jacket, shirt, turban, tights)
  given to the asked garment or to the product: other_garment_color. A color that belongs to a print, border,
  sash, prop or backdrop and not to another garment: contradiction. A wrong sleeve length, pattern or yes/no:
  contradiction.
- Materials are correct only where the title names them or the photo plainly shows them (velvet, net, sequins,
  brocade); any other fabric, hidden feature (back zip, pockets, lining, can-can), occasion or setting that the
  photo does not show: unsupported.
- One label per text. Priority: leak > loop > cut > pronoun > the rest. A loop that ran to the token limit is a
  loop (hit_limit=True); an answer stopped mid-phrase at the limit without repeating is a cut. Any text that
  writes "Question:" or "Answer:" is a leak even when the part before it is right.
- restated = the answer gives the question's own words back as a sentence ("the lehenga is a lehenga");
  non_answer = a yes/no or a lone word to an open question that says nothing about what was asked.
- pronoun = he for a girl or she for a boy; "she" for a girl is not a failure. The row without gender has no
  pronoun failures.
- A short answer that is right ("a white kurta pajama") is correct, not a non-answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_675 = [
    # photo: girl in a pink lehenga with gold gota border and sequin buttis, pink choli, pink-and-gold net dupatta
    # over one shoulder; white backdrop, front view. All free texts by the VQA adapter, closed by the reference engine.
    case(
        "X675-001",
        caption("a little girl in a pink lehenga choli with a gold dupatta"),
        wearing("a pink lehenga with a gold border and a matching blouse", who="the girl"),
        color_of("lehenga", "pink"),
        color_of(
            "dupatta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("lehenga", "the lehenga has a gold gota border at the hem and small sequin motifs on the flare"),
        Q.garment_type("lehenga choli"),
        Q.material("pure banarasi silk with hand embroidery", "unsupported"),
        title="Biba Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a cream sherwani with maroon embroidery at the collar and cuffs, cream churidar, maroon stole
    # draped over the shoulder; white backdrop, front view. VQA adapter; closed by the reference engine.
    case(
        "X675-002",
        caption("a young boy wearing a white sherwani and a red scarf"),
        wearing("she is wearing a cream sherwani with a maroon stole", "pronoun", who="the boy"),
        color_of("sherwani", "maroon", "other_garment_color"),
        describe("sherwani", "a cream sherwani with a mandarin collar and maroon embroidery on the collar and cuffs"),
        is_a("sherwani", "yes"),
        Q.material("silk blend", "unsupported"),
        details("sherwani", "the details of the sherwani are on the sherwani", "restated"),
        title="Manyavar Boys Cream-Coloured Self Design Sherwani Set with Stole",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a sleeveless red net party frock, gold sequin bodice, red satin bow at the waist, layered tulle
    # skirt to the knee, white tights; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-003",
        caption("a little girl in a red dress with a gold sequin top"),
        wearing(
            "a red dress with a tulle skirt and a bow on the waist and a bow on the waist and a bow on the waist and a",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        details("dress", "the dress has a sequin bodice, a bow at the waist and a layered net skirt"),
        describe("dress", "a red party dress with a zip at the back and a soft cotton lining inside", "unsupported"),
        title="Hopscotch Girls Red Sequinned Fit & Flare Net Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow cotton kurta with a Nehru collar and a white pyjama; white backdrop, front view.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-004",
        caption("a young boy in a yellow kurta and white pants"),
        wearing("a mustard kurta and white pyjamas", who="the boy"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("pyjama", "white"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta",
            "the kurta has a mandarin collar, wooden buttons and side pockets, with a soft lining for comfort",
            "unsupported",
        ),
        describe(
            "kurta",
            "a yellow kurta with a mandarin collar and a button placket Question: what is the color of the pyjama? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        title="Vastramay Boys Mustard Yellow Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a teal blue anarkali kurta with gold foil ethnic-motif print, teal churidar, gold net dupatta;
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-005",
        caption("a girl in a blue anarkali dress with gold print"),
        wearing("a teal kurta with a gold print, a churidar and a gold dupatta", who="the girl"),
        color_of("kurta", "the kurta is teal blue with a gold print", kind="open"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has gold foil ethnic motifs all over and a flared hem, the dupatta has a gold border and the "
            "churidar has a",
            "cut",
            hit_limit=True,
        ),
        title="Aks Kids Girls Teal Blue Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Girls",
    ),
    # photo: girl in a full-length lavender satin party gown with puff sleeves and fabric flower appliques on the
    # bodice, holding a silver star wand; white backdrop, front view. VQA adapter; closed by the reference engine.
    case(
        "X675-006",
        caption("a little girl in a purple gown holding a magic wand"),
        wearing("he is wearing a purple gown with flowers", "pronoun", who="the girl"),
        color_of("dress", "purple"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has a sweetheart neckline, a zipper at the back and pockets on the sides",
            "unsupported",
        ),
        Q.material("satin"),
        title="Toy Balloon Kids Girls Lavender Embellished Satin Maxi Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a navy blue jacquard sherwani with gold buttons, white churidar, gold mojaris, seated on a red
    # velvet chair; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-007",
        caption("a boy in a blue sherwani sitting on a red chair"),
        wearing("a navy blue sherwani with gold buttons and white churidar pants", who="the boy"),
        color_of("sherwani", "red", "contradiction"),
        color_of(
            "churidar",
            "white white white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("sherwani", "sherwani", "non_answer"),
        is_a("sherwani", "yes"),
        title="Jashvi Boys Navy Blue Woven Design Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard lehenga with mirror work, green choli, pink dupatta with a gota edge; white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-008",
        caption("a little girl in a yellow skirt and a green top with a pink scarf"),
        wearing("a yellow lehenga with mirror work, a green blouse and a pink dupatta", who="the girl"),
        color_of("lehenga", "green", "other_garment_color"),
        color_of("choli", "green"),
        color_of("dupatta", "pink", kind="open"),
        details(
            "lehenga",
            "the lehenga has mirror work and a mirror work and a mirror work and a mirror work and a mirror work and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        title="Kisah Girls Mustard & Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in an off-white kurta and churidar under a maroon paisley-printed Nehru jacket; white backdrop.
    # VQA adapter (caption leaked the question format); closed by the reference engine.
    case(
        "X675-009",
        caption("Question: what is the boy wearing? Answer: a white kurta and a red vest", "leak"),
        wearing("an off white kurta with a maroon nehru jacket and white churidar", who="the boy"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("jacket", "maroon"),
        describe("jacket", "a maroon nehru jacket with a paisley print and a mandarin collar"),
        Q.material("the kurta is made of cotton and the jacket is made of raw silk", "unsupported"),
        title="Sangria Boys Off White Kurta with Churidar & Maroon Printed Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless peach fit-and-flare party frock with 3D fabric flowers on the bodice, layered net
    # skirt, peach headband; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-010",
        caption("a little girl wearing a pink dress with flowers on it"),
        wearing("a peach dress with flowers on it and a headband", who="the girl"),
        color_of("dress", "peach"),
        details("dress", "the dress details are the details of the dress", "restated"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a peach fit and flare dress with 3d flowers on the bodice and a layered net skirt"),
        title="Pspeaches Girls Peach-Coloured Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a maroon velvet bandhgala jacket with gold buttons over black trousers; grey backdrop, front view.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-011",
        caption(
            "a boy in a red velvet jacket with gold buttons and black pants standing on a grey background, the "
            "jacket has a mandarin collar and gold buttons down the front and the pants are black with a crease "
            "down the",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon velvet bandhgala and black trousers", who="the boy"),
        color_of("trousers", "maroon", "other_garment_color"),
        color_of("jacket", "wine"),
        describe(
            "jacket",
            "a maroon jacket with gold buttons and a mandarin collar, the jacket has a pocket on the chest and a "
            "pocket on the chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet"),
        title="Hopscotch Boys Maroon Velvet Bandhgala Jacket with Trousers",
        category="Clothing Set",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a pink pure cotton kurta with a white floral print, three-quarter sleeves, white palazzos;
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-012",
        caption("a girl wearing a pink floral kurta and white pants"),
        wearing("pink", "non_answer", who="the girl"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.garment_type("dress", "contradiction"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves and a floral print all over, it has a straight hem with",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls Pink & White Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a green silk pattu pavadai (long skirt) with a wide gold zari border and a gold brocade blouse,
    # jasmine in her hair; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-013",
        caption("a little girl in a green and gold silk skirt and blouse"),
        wearing("a green pattu pavadai with a gold border and a gold blouse"),
        color_of("skirt", "gold", "other_garment_color"),
        color_of("blouse", "golden", kind="open"),
        Q.material("silk"),
        describe(
            "skirt",
            "a long green skirt with a wide gold border at the bottom and a gold border at the bottom and a gold "
            "border at the",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "it is a traditional outfit for onam and weddings, handwoven in kanchipuram", "unsupported"),
        title="Jashvi Girls Green & Gold-Toned Woven Design Silk Blend Pattu Pavadai",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a short blue kurta with a white block print and white dhoti pants; white backdrop, front view.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-014",
        caption("a boy in a blue shirt and white pants", "contradiction"),
        wearing("a blue printed kurta and white dhoti pants", who="the boy"),
        color_of("kurta", "blue"),
        color_of("dhoti", "blue", "other_garment_color"),
        Q.pattern("printed"),
        details("dhoti", "the dhoti has pleats at the front and a draped cowl at the sides"),
        title="YK Boys Blue & White Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved black velvet A-line party dress with a silver sequin star print, holding three
    # silver balloons; grey backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-015",
        caption("a girl in a black dress holding balloons"),
        wearing("a black velvet dress with silver stars and long sleeves", who="the girl"),
        color_of("dress", "silver", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("embellished"),
        describe(
            "dress",
            "a black dress with silver stars on it and a black dress with silver stars on it and a black dress with "
            "silver",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        details("dress", "the dress has a satin lining, a concealed zip and a bow tie-up at the back", "unsupported"),
        title="Cutiekins Girls Black Embellished Velvet A-Line Party Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy dressed as a groom: beige-and-gold brocade sherwani, white churidar, red safa (turban) with a
    # brooch; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-016",
        caption("a little boy dressed as a groom in a gold sherwani and a red turban"),
        wearing("a gold sherwani, a red turban and white pants", who="the boy"),
        color_of("sherwani", "red", "other_garment_color"),
        color_of(
            "turban",
            "red red red red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("sherwani", "she is wearing a gold brocade sherwani", "pronoun"),
        Q.material("brocade"),
        title="Manyavar Boys Beige & Gold-Toned Brocade Sherwani Set with Safa",
        category="Sherwani",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in an off-white lehenga with a multicolour floral print, peach choli, peach net dupatta; white
    # backdrop, front view. VQA adapter; closed by the reference engine.
    case(
        "X675-017",
        caption("a girl in a white floral skirt and a peach top"),
        wearing("a white lehenga with flowers and a peach blouse", who="the girl"),
        color_of("lehenga", "peach", "other_garment_color"),
        color_of("blouse", "peach"),
        Q.pattern("floral"),
        details(
            "blouse",
            "the blouse has a sweetheart neck and tassels at the back, it is made of pure silk with hand embroidery",
            "unsupported",
        ),
        Q.color("pink", "other_garment_color"),
        title="Bitiya by Bhama Girls Off-White & Peach Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a black silk blend kurta with gold embroidery on the yoke and a cream churidar; white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-018",
        caption("a boy in a black kurta with gold embroidery on the neck"),
        wearing("she is wearing a black kurta with gold embroidery and a cream churidar", "pronoun", who="the boy"),
        color_of("kurta", "black"),
        color_of("churidar", "black", "other_garment_color"),
        Q.material("silk"),
        details(
            "kurta",
            "Question: what are the kurta details? Answer: the kurta has gold embroidery on the yoke Question: what "
            "is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Aj Dezines Boys Black Embroidered Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a yellow cotton A-line ethnic dress with a mirror-work yoke, tassels on the three-quarter
    # sleeves; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-019",
        caption("a little girl in a yellow dress"),
        wearing("a yellow dress", who="the girl"),
        color_of("dress", "yellow"),
        details("dress", "yes", "non_answer"),
        describe(
            "dress",
            "a yellow a-line dress with mirror work on the yoke and tassels on the sleeves, the dress has a round "
            "neck and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Global Desi Girls Yellow Ethnic A-Line Cotton Dress with Mirror Work",
        category="Ethnic Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in an orange cotton kurta and a white dhoti, holding a wooden flute, peacock feather in his hair
    # band (Janmashtami look); white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-020",
        caption("a young boy in an orange kurta and a white dhoti holding a flute"),
        wearing("an orange kurta with a white dhoti", who="the boy"),
        color_of("kurta", "orange"),
        color_of("dhoti", "orange", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        Q.material("handloom khadi", "unsupported"),
        details(
            "kurta",
            "the kurta has a round neck, a side slit and a button placket, and the dhoti has a pleated front that is "
            "tucked in at the",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Boys Orange Solid Cotton Kurta with Dhoti",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a navy blue velvet lehenga with gold embroidery, pink choli, pink net dupatta; pink backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-021",
        caption("a little girl in a blue lehenga with gold embroidery on a pink background"),
        wearing("a navy blue lehenga with a pink blouse and a pink dupatta", who="the girl"),
        color_of("lehenga", "pink", "other_garment_color"),
        color_of("dupatta", "the dupatta is pink", kind="open"),
        Q.garment_type("lehenga choli"),
        Q.material("velvet"),
        details("lehenga", "none", "non_answer"),
        describe("lehenga", "a blue lehenga with gold embroidery, perfect for weddings and sangeet", "unsupported"),
        title="Aks Kids Girls Navy Blue & Pink Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a grey checked two-button party blazer over a white shirt with a red bow tie, navy trousers;
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-022",
        caption("a young boy wearing a grey blazer and a red bow tie"),
        wearing("a grey checked blazer over a white shirt with a red bow tie and navy blue trousers", who="the boy"),
        color_of("blazer", "white", "other_garment_color"),
        Q.pattern("checked"),
        describe("blazer", "a grey blazer with checks, notch lapels and two buttons"),
        is_a("jacket", "yes"),
        Q.material("wool", "unsupported"),
        details(
            "blazer",
            "the blazer has notch lapels, two buttons, flap pockets at the waist and a welt pocket on the chest, the "
            "sleeves have",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Junior Boys Grey Checked Party Blazer",
        category="Blazers",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a magenta kurti with gota patti work and three-quarter sleeves, magenta sharara with a gota hem,
    # magenta dupatta; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-023",
        caption("a little girl wearing a pink kurta and pink flared pants"),
        wearing(
            "a pink kurta and sharara Question: what is the color of the dupatta? Answer: pink",
            "leak",
            who="the girl",
        ),
        color_of("kurta", "magenta"),
        details("sharara", "the sharara has a gota border at the hem and wide flared legs"),
        describe(
            "kurta",
            "a magenta kurta with gota patti work on the yoke and sleeves and gota patti work on the yoke and sleeves "
            "and gota patti",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Utsa Kids Girls Magenta Gotta Patti Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Girls",
    ),
    # photo: flat lay, no model: green cotton kurta with a small white leaf print and a white pyjama with a
    # drawstring, laid side by side on white. VQA adapter; closed by the reference engine.
    case(
        "X675-024",
        caption("a green kurta and white pajamas laid out on a white background"),
        wearing("a green kurta with a white pajama"),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        describe("pyjama", "the pyjama", "restated"),
        details(
            "kurta",
            "the kurta has a mandarin collar, side pockets and a khadi lining for summer",
            "unsupported",
        ),
        title="Mini Klub Boys Green Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless white net tutu party dress with a pink satin sash and silver sequins on the bodice,
    # silver tiara, pink balloons behind her. VQA adapter; closed by the reference engine.
    case(
        "X675-025",
        caption("a little girl in a white dress and a crown with pink balloons behind her"),
        wearing("a white tutu dress with a pink sash and a tiara", who="the girl"),
        color_of("dress", "pink", "contradiction"),
        describe(
            "dress",
            "a white dress with a pink sash and a pink bow and a pink bow and a pink bow and a pink bow and a pink "
            "bow and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="Nauti Nati Girls White Embellished Net Tutu Party Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a peach sherwani with tonal thread embroidery, white churidar, pink printed stole; white
    # backdrop, front view. VQA adapter; closed by the reference engine.
    case(
        "X675-026",
        caption("a boy in a pink sherwani standing in a wedding hall", "unsupported"),
        wearing("a peach sherwani with embroidery and white churidar", who="the boy"),
        color_of("sherwani", "peach"),
        color_of("churidar", "peach", "other_garment_color"),
        details("sherwani", "the sherwani details", "restated"),
        describe("sherwani", "yes", "non_answer"),
        Q.material("it is made of cotton silk with real zari and pearl buttons", "unsupported"),
        title="Manyavar Boys Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with dense gold zari embroidery, red choli, red net dupatta with a gold border,
    # maang tikka and bangles; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-027",
        caption("a little girl dressed as a bride in a red lehenga and jewellery"),
        wearing("she is wearing a red lehenga with gold embroidery, a red blouse and a red dupatta", who="the girl"),
        color_of("lehenga", "red"),
        color_of("dupatta", "gold", "contradiction"),
        details(
            "lehenga",
            "the lehenga has gold zari embroidery in a floral pattern all over and a wide border at the hem, the "
            "lehenga has a can",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("lehenga choli"),
        Q.color("red"),
        describe(
            "dupatta",
            "a red net dupatta with a gold border and tassels, hand embroidered by artisans in jaipur",
            "unsupported",
        ),
        title="Kisah Girls Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a white chikankari pure cotton kurta and white pyjama holding a lit diya; beige backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-028",
        caption("a young boy in a white kurta holding a lamp"),
        wearing("a white kurta pajama", who="the boy"),
        color_of("kurta", "white"),
        details("kurta", "the kurta has chikan embroidery on the front and on the sleeves"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe(
            "kurta",
            "a white kurta with a white pyjama and a white pyjama and a white pyjama and a white pyjama and a white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a lime green straight kurta with a gota yoke, pink leggings, pink leheriya dupatta with a gold
    # border; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-029",
        caption("a little girl in a green kurta with pink pants and a pink scarf"),
        wearing("a green kurta, pink leggings and a pink dupatta", who="the girl"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("leggings", "pink", kind="open"),
        describe("dupatta", "a pink dupatta with a leheriya print and a gold border"),
        is_a("dress", "yes", "contradiction"),
        details(
            "kurta",
            "the kurta has a gota yoke with a keyhole neck, a straight hem and side slits, it comes with pink leggings "
            "and a pink leheriya",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Girls Lime Green Yoke Design Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: boy in a navy blue five-button waistcoat over a white full-sleeved shirt, beige trousers; white
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-030",
        caption("a young boy in a blue vest and white shirt"),
        wearing("a navy blue waistcoat over a white shirt with beige trousers", who="the boy"),
        color_of("waistcoat", "blue"),
        color_of("trousers", "navy blue", "other_garment_color"),
        describe("waistcoat", "a navy waistcoat with five buttons and two welt pockets"),
        details("shirt", "Question: what is the color of the shirt? Answer: white", "leak"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Hopscotch Boys Navy Blue Waistcoat with Shirt & Trousers Set",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved gold sequinned sheath party dress, holding a small black handbag; white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-031",
        caption("a girl in a gold sequin dress holding a black bag"),
        wearing("a gold sparkly dress with long sleeves", who="the girl"),
        color_of("dress", "black", "contradiction"),
        details("dress", "the dress has sequins all over, a round neck and long sleeves"),
        Q.material(
            "the dress is made of gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Peppermint Girls Gold-Toned Sequinned Sheath Party Dress",
        category="Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: boy in a white kurta and white pyjama under a mustard floral-printed Nehru jacket; white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-032",
        caption("a boy in a white kurta and a yellow vest"),
        wearing("he is wearing a white kurta, white pyjama and a mustard nehru jacket", who="the boy"),
        color_of("jacket", "white", "other_garment_color"),
        color_of("kurta", "white"),
        describe("jacket", "a mustard nehru jacket with a floral print, a mandarin collar and buttons down the front"),
        details("jacket", "no", "non_answer"),
        title="Jashvi Boys White Kurta Pyjama with Mustard Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl twirling, side view, in a sky blue lehenga with silver sequins and a scalloped hem, sky blue choli,
    # white net dupatta; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-033",
        caption("a little girl twirling in a blue lehenga in a garden", "unsupported"),
        wearing("he is wearing a light blue lehenga and a white dupatta", "pronoun", who="the girl"),
        color_of("lehenga", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        details("lehenga", "the lehenga has silver sequins all over and a scalloped hem"),
        describe("lehenga", "the lehenga is a lehenga", "restated"),
        title="Biba Girls Blue Sequinned Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a grey full-sleeved pathani kurta with a collar and chest pocket, grey salwar, brown kolhapuris;
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-034",
        caption("a boy in a grey kurta and grey salwar"),
        wearing("a grey pathani suit with brown sandals", who="the boy"),
        color_of("kurta", "grey"),
        color_of("salwar", "grey"),
        details(
            "kurta",
            "the kurta has a collar, a chest pocket and a curved hem with side slits, the kurta has a collar, a chest "
            "pocket and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Vastramay Boys Grey Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a multicoloured floral maxi ethnic dress (pink, blue and green flowers on a cream base), puff
    # sleeves, gathered waist; white backdrop. Row has no category. VQA adapter; closed by the reference engine.
    case(
        "X675-035",
        caption(
            "Question: what is the girl wearing? Answer: a long floral dress Question: what is the color of the dress? "
            "Answer: pink and blue",
            "leak",
        ),
        wearing("a long floral dress with a pink and blue print", who="the girl"),
        color_of("dress", "pink and blue flowers on a cream base", kind="open"),
        Q.pattern("floral"),
        details(
            "dress",
            "the dress has a gathered waist, puff sleeves and a round neck with a keyhole, the hem has a frill and the "
            "sleeves have",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.material("the dress is made of soft muslin with a cotton lining", "unsupported"),
        title="Biba Girls Multicoloured Floral Printed Maxi Ethnic Dress",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a black sherwani with silver embroidery on the collar and placket, white churidar; gold curtain
    # backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-036",
        caption("a boy in a black sherwani and white pants standing in front of a gold curtain"),
        wearing("a black sherwani", who="the boy"),
        color_of("sherwani", "gold", "contradiction"),
        color_of("churidar", "white", kind="open"),
        describe(
            "sherwani",
            "a black sherwani with silver embroidery on the collar and down the front, it has a slim fit and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.garment_type("jacket", "contradiction"),
        title="Aj Dezines Boys Black Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Boys",
    ),
    # photo: child in a cream kurta with mint green thread embroidery on the yoke and mint green palazzos; white
    # backdrop. Row has no gender column. VQA adapter; closed by the reference engine.
    case(
        "X675-037",
        caption("a girl in a white kurta and green pants"),
        wearing("a cream kurta with green embroidery and green palazzo pants"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("palazzos", "mint green"),
        details("kurta", "Question: what are the kurta details? Answer: embroidery", "leak"),
        Q.material("georgette", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="Vastramay Girls Cream-Coloured & Green Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Cream",
    ),
    # photo: boy in a white long-sleeved shirt, black suspenders, black bow tie and black trousers; white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-038",
        caption("a little boy in a white shirt with black suspenders and a bow tie"),
        wearing("a white shirt, black pants and black suspenders", who="the boy"),
        color_of("shirt", "black", "other_garment_color"),
        color_of("trousers", "black"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "she is wearing a white shirt with a black bow tie", "pronoun"),
        details(
            "shirt",
            "the shirt has a classic collar and buttons Question: what is the color of the bow tie? Answer: black",
            "leak",
        ),
        title="Toy Balloon Kids Boys White Shirt with Black Trousers, Suspenders & Bow Tie",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: girl in an orange bandhani-printed lehenga with a gota border, rani pink choli, orange bandhani dupatta;
    # white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-039",
        caption("a little girl in an orange and pink lehenga choli"),
        wearing(
            "he is wearing an orange lehenga with a pink blouse and an orange dupatta with white dots",
            "pronoun",
            who="the girl",
        ),
        color_of("lehenga", "orange"),
        color_of("choli", "orange", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "lehenga",
            "the lehenga has a bandhani print, a gota border and a can-can lining for extra flare",
            "unsupported",
        ),
        describe("choli", "a pink blouse"),
        title="Jashvi Girls Orange & Pink Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
        gender="Girls",
    ),
    # photo: boy in a rust-orange cotton kurta (seller says Brown) worn over blue jeans; white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-040",
        caption("a boy in an orange kurta and blue jeans"),
        wearing("a rust kurta with blue jeans", who="the boy"),
        color_of("kurta", "blue", "other_garment_color"),
        Q.color("brown"),
        Q.material("cotton"),
        describe("kurta", "the kurta is a kurta that the boy is wearing", "restated"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a half button placket with four buttons, long sleeves with buttoned "
            "cuffs and side slits at the",
            "cut",
            hit_limit=True,
        ),
        title="Sojanya Boys Rust Brown Solid Cotton Kurta",
        category="Kurtas",
        color="Brown",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved maroon velvet A-line dress with gold lace at the neckline, white tights, standing
    # next to a Christmas tree. VQA adapter; closed by the reference engine.
    case(
        "X675-041",
        caption("a little girl in a red dress standing next to a christmas tree"),
        wearing("a maroon velvet dress with gold lace and white tights", who="the girl"),
        color_of("dress", "green", "contradiction"),
        color_of("tights", "white"),
        details(
            "dress",
            "the dress has gold lace on the collar and on the collar and on the collar and on the collar and on the "
            "collar and on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet"),
        title="Hopscotch Girls Maroon Lace Detail Velvet A-Line Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a cream silk blend half-sleeved shirt and a cream veshti with a wide gold zari border, angavastram
    # over one shoulder; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-042",
        caption("a boy in a white shirt and a white dhoti with a gold border"),
        wearing("a cream shirt and veshti with a gold border", who="the boy"),
        color_of("veshti", "gold", "contradiction"),
        color_of("shirt", "cream"),
        describe("veshti", "a cream veshti with a wide gold zari border, wrapped around the waist"),
        Q.material("silk"),
        is_a("dhoti", "yes"),
        details("shirt", "the shirt has a mandarin collar and a hidden pocket on the inside", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Jashvi Boys Cream-Coloured Solid Silk Blend Shirt & Veshti Set",
        category="Clothing Set",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a multicoloured patchwork chaniya choli with mirror work (red, green, blue, yellow panels), red
    # choli, red dupatta, holding dandiya sticks; white backdrop. VQA adapter; closed by the reference engine.
    case(
        "X675-043",
        caption("a girl in a colorful skirt holding sticks"),
        wearing("a multicolored chaniya choli with mirror work and a red dupatta", who="the girl"),
        color_of(
            "skirt",
            "red green blue yellow red green blue yellow red green blue yellow red green blue yellow red green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "red"),
        details("skirt", "the skirt has mirror work and patchwork panels"),
        describe(
            "blouse",
            "she is wearing a red blouse with mirror work Question: what is the color of the skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Kisah Girls Multicoloured Mirror Work Chaniya Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a mint green kurta with silver thread embroidery on the placket and cuffs, white churidar; white
    # backdrop. Row has no color column. VQA adapter; closed by the reference engine.
    case(
        "X675-044",
        caption("a little boy in a light green kurta with silver embroidery"),
        wearing("a mint green kurta and white churidar", who="the boy"),
        color_of("kurta", "blue", "contradiction"),
        details("kurta", "the kurta has silver thread embroidery on the placket and the cuffs"),
        describe("kurta", "mint", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Manyavar Boys Mint Green Embroidered Kurta with Churidar",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl in a pink tutu party dress with a unicorn applique and silver glitter on the net skirt, flutter
    # sleeves, pink headband, holding a white unicorn soft toy; white backdrop. VQA adapter; closed by reference.
    case(
        "X675-045",
        caption("a little girl in a pink tutu dress holding a white unicorn toy"),
        wearing("a pink tutu dress with a unicorn on the front and a pink headband", who="the girl"),
        color_of("dress", "white", "contradiction"),
        describe("dress", "a pink dress with a unicorn applique and silver glitter on the skirt"),
        Q.sleeve_length("short sleeves"),
        Q.material("the dress is made of organic cotton with a tulle skirt", "unsupported"),
        is_a("skirt", "yes", "contradiction"),
        title="Toy Balloon Kids Girls Pink Unicorn Applique Tutu Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: back view of a boy in a sea green floral-printed kurta and cream pyjama; white backdrop.
    # VQA adapter; closed by the reference engine.
    case(
        "X675-046",
        caption("the back of a boy wearing a green kurta and white pants"),
        wearing("a green kurta with a floral print and cream pyjamas", who="the boy"),
        color_of("kurta", "sea green"),
        details("kurta", "the kurta has a mandarin collar and buttons down the front", "unsupported"),
        color_of("pyjama", "green", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "kurta",
            "a green floral kurta Question: describe the pyjama. Answer: cream pyjama Question: describe the",
            "leak",
            hit_limit=True,
        ),
        title="Sangria Boys Sea Green Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Boys",
    ),
]
