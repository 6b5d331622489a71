"""BLIND_1470 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 46/66 failures found (69.7%) and 21/236 correct texts flagged
(8.9%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (article types Kurtas, Kurta Sets, Sherwani, Nehru Jackets), the catalog's
usual shots: a model on a plain backdrop wearing the product with styling pieces (a kurta under a Nehru jacket, jeans
under a short kurta, a safa or a stole with a sherwani), now and then a flat lay, a ghost mannequin, a back view, a
cropped torso or a stool as a prop. Columns as the feed has them: title, category (Myntra article type), color (base
colour), gender ("Men"); one column is left out now and then.
Who wrote what: the caption is base Salesforce/blip2-opt-2.7b zero-shot (no prompt, greedy, 50 new tokens); the open
answers (wearing, describe, details, material) are the same base model generating freely from `Question: ...
Answer:` (greedy, 30 new tokens, stopped at the newline); the closed answers (garment type, color, color of a named
garment, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine over its candidate lists, raw
text kept when unmapped. No adapter anywhere, so loops and cuts are rare (the base model stops on its newline) and
the usual failures are colors, garment kinds and invented details.
Labeling conventions and judgement calls: judged by the photo described above each case and the title. Neighbouring
shades count as right (mustard -> yellow, maroon -> red, peach -> pink, cream -> white, lavender -> purple, rust ->
orange, teal -> blue); another garment's color (the pyjama, the kurta under a jacket, the styling jacket, the safa) is
other_garment_color. A kurta called a "shirt", a sherwani called a "suit", a long kurta called a "dress" is
contradiction ("a long shirt with a collar" as a kurta's description is right: that is what a kurta is); a sherwani
called a "coat" and a Nehru jacket called a "vest" or a "jacket" are right. Tone-on-tone self design or woven jacquard
answered "solid" is right (the photo reads solid); visible checks answered "solid" are not. Styling pieces named in a
caption or a wearing answer are right when they are in the photo. A material the title gives is right; a guess the title
does not give is right when the fabric's look supports it (matte cotton, silk sheen), unsupported when it does not; a
material against the title is contradiction. "Nothing" for a flat lay's wearing question and "white" alone for it are
non_answer; a flat lay answered with the garment's name is right. Invented buttons, embroidery, pockets, pocket squares,
a turban, prints and fabrics are unsupported. The question's words given back ("the kurta has details on the kurta") is
restated; an empty answer, a bare garment name for "Describe", or a sentence about the scene instead of the garment is
non_answer. Loops and cuts ran to the 30-token limit and carry hit_limit. About one text in five is wrong, fewer than
the usual four in ten: the base model stops on its newline and the closed answers are ranked over candidates, so most
color, pattern and sleeve answers on these clean catalog shots come out right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1470 = [
    # Photo: model, front, plain grey backdrop; navy blue straight kurta, solid, mandarin collar, full sleeves; white
    # churidar for styling. Caption: base zero-shot; wearing, description: base free generation; closed: engine.
    # The wearing answer calls the kurta a shirt; "a long shirt with a collar" as a description is counted right.
    case(
        "X1470-001",
        caption("a man in a blue kurta and white pants standing in front of a grey wall"),
        wearing("a blue shirt and white pants", "contradiction"),
        describe("kurta", "it is a long blue shirt with a collar"),
        B.color("navy blue"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        B.garment_type("kurta"),
        gender="Men",
        title="Anouk Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model, front; mustard yellow cotton kurta with mandarin collar and button placket, white pyjama (both
    # sold), no embroidery anywhere. Caption: base; wearing, details, material: base free generation; closed:
    # engine. The engine gave the pyjama the kurta's yellow; the collar embroidery is invented.
    case(
        "X1470-002",
        caption("a man in a yellow kurta and white pajamas"),
        wearing("a yellow kurta and white pants"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        B.garment_type("kurta set"),
        details("kurta", "the kurta has a mandarin collar and embroidery on the collar", "unsupported"),
        B.material("cotton"),
        gender="Men",
        title="VASTRAMAY Men Mustard Yellow & White Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model, three-quarter pose; off-white chikankari kurta, matte cotton look, white thread embroidery on the
    # front and cuffs; white pyjama for styling. Caption: base; description, details, material: base; closed: engine.
    # The details answer loops to the limit; "silk" has nothing in the matte fabric or the title to stand on.
    case(
        "X1470-003",
        caption("a man wearing a white kurta with embroidery"),
        describe("kurta", "the kurta is white with white embroidery on the front"),
        details(
            "kurta",
            "the kurta has embroidery on the front and the sleeves and the collar and the sleeves and the collar and "
            "the sleeves and the collar and the",
            "loop",
            hit_limit=True,
        ),
        B.pattern("embroidered"),
        B.color("white"),
        B.material("silk", "unsupported"),
        gender="Men",
        title="See Designs Men Off-White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: model, plain beige backdrop; maroon sherwani with gold embroidery down the front, cream churidar, a cream
    # stole over one shoulder. No pocket square. Caption: base; wearing, description, details: base; closed: engine.
    case(
        "X1470-004",
        caption("a man in a red sherwani and a white scarf"),
        wearing("a red and gold sherwani", who="the man"),
        B.garment_type("sherwani"),
        B.color("maroon"),
        describe("sherwani", "it is a long coat with gold embroidery on the front and a high collar"),
        details("sherwani", "the sherwani has gold buttons and a pocket square", "unsupported"),
        B.sleeve_length("long sleeves"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Maroon & Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: model; navy Nehru jacket (the product, navy self buttons) over a white kurta whose collar shows above
    # it, white pyjama (styling). Caption: base; wearing, details: base; closed: engine. The engine answered color
    # and sleeves from the kurta underneath; the details answer gives the jacket the kurta's white.
    case(
        "X1470-005",
        caption("a man wearing a blue vest and white pants"),
        wearing("a blue jacket and a white kurta"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.garment_type("nehru jacket"),
        is_a("jacket", "yes"),
        B.material("cotton"),
        details("jacket", "the jacket has a white collar and white buttons", "other_garment_color"),
        gender="Men",
        title="Fabindia Men Navy Blue Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, no person; peach straight kurta with a small floral print, full sleeves laid out.
    # Caption: base; wearing, description: base; closed: engine.
    case(
        "X1470-006",
        caption("a pink floral print kurta on a white background"),
        wearing("nothing", "non_answer"),
        B.pattern("floral"),
        B.color("pink"),
        B.sleeve_length("long sleeves"),
        describe("kurta", "it is a kurta", "non_answer"),
        gender="Men",
        title="KISAH Men Peach-Coloured Floral Printed Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: model; black kurta with black self-thread embroidery on the yoke (reads solid), black churidar. Caption:
    # base; wearing, details: base (made the embroidery gold); closed: engine.
    case(
        "X1470-007",
        caption("a man in a black kurta and black pants"),
        wearing("a black kurta pajama", who="he"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        details("kurta", "it has a mandarin collar and gold embroidery on the yoke", "unsupported"),
        B.pattern("solid"),
        gender="Men",
        title="Sojanya Men Black Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model; white kurta and white pyjama under a teal printed Nehru jacket, all three sold as one set.
    # Caption: base; wearing: base; closed: engine. The kurta got the jacket's color.
    case(
        "X1470-008",
        caption("a man in a white kurta and a blue vest"),
        wearing("a white kurta and a blue jacket"),
        B.color("teal"),
        B.pattern("printed"),
        color_of("jacket", "blue"),
        color_of("kurta", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Men",
        title="VASTRAMAY Men White & Teal Printed Nehru Jacket with Kurta Pyjama Set",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: model, clean-shaven, shoulder-length hair; knee-length pink kurta, white pyjama, white wall. Caption:
    # base (took him for a woman in a dress); wearing, description: base; closed: engine.
    case(
        "X1470-009",
        caption("a woman in a pink dress standing in front of a white wall", "pronoun"),
        wearing("a pink kurta and white pants"),
        B.garment_type("dress", "contradiction"),
        B.color("pink"),
        B.sleeve_length("long sleeves"),
        describe("kurta", "she is wearing a pink kurta with white pants", "pronoun"),
        gender="Men",
        title="Jompers Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: model, groom look; cream sherwani with gold thread embroidery on collar and front, cream churidar, a red
    # safa (turban) and mojaris as props, silk sheen. Caption: base; wearing, details, material: base; closed: engine.
    # The engine's color is the safa's.
    case(
        "X1470-010",
        caption("a man in a white sherwani and a red turban"),
        wearing("a white sherwani and a red turban", who="the man"),
        B.color("red", "other_garment_color"),
        B.garment_type("sherwani"),
        details("sherwani", "the sherwani has gold embroidery on the collar and the front"),
        B.pattern("embroidered"),
        B.material("silk"),
        gender="Men",
        title="House of Pataudi Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: model; olive green short kurta (hip length, mandarin collar, side slits, sleeves rolled to the elbow)
    # over blue jeans. Caption: base; wearing: base; closed: engine (read the rolled-up full sleeves as short).
    case(
        "X1470-011",
        caption("a man in a green kurta and blue jeans"),
        wearing("a green kurta and blue jeans", who="he"),
        B.color("green"),
        color_of("jeans", "blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("kurta"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Short Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: back view, model facing away; maroon kurta, white pyjama; no buttons at the back. Feed row without
    # gender. Caption: base; wearing (one red for both), details: base; closed: engine (said no to "kurta" from
    # the back).
    case(
        "X1470-012",
        caption("the back of a man in a red kurta"),
        wearing("a red kurta and red pants", "other_garment_color"),
        details("kurta", "there is a button on the back", "unsupported"),
        B.color("maroon"),
        is_a("kurta", "no", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Manyavar Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: model; teal blue art silk kurta with gold zari buttons, cream pyjama. Caption: base; description,
    # material: base; closed: engine. Material against the title; the pyjama given the kurta's blue.
    case(
        "X1470-013",
        caption("a man in a blue kurta with gold buttons"),
        describe("kurta", "a blue kurta with gold buttons and a mandarin collar"),
        B.material("cotton", "contradiction"),
        color_of("pyjama", "blue", "other_garment_color"),
        B.garment_type("kurta set"),
        B.pattern("solid"),
        gender="Men",
        title="Tasva Men Teal Blue Solid Art Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: model; black woven tone-on-tone Nehru jacket with a welt pocket on the left chest, over a white kurta.
    # Caption: base; wearing, details: base; closed: engine. All right.
    case(
        "X1470-014",
        caption("a man in a black vest and a white kurta"),
        wearing("a black jacket and white kurta"),
        B.color("black"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless"),
        details("jacket", "the jacket has a pocket on the left side and buttons on the front"),
        is_a("nehru jacket", "yes"),
        gender="Men",
        title="Manthan Men Black Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: model; yellow kurta with small red paisley block print all over, matte cotton; white pyjama. Caption:
    # base; description, details, material: base; closed: engine. Details loops to the limit.
    case(
        "X1470-015",
        caption("a man in a yellow and red printed kurta"),
        B.pattern("printed"),
        describe("kurta", "the kurta is yellow with red flowers on it"),
        details(
            "kurta",
            "the kurta has a red and yellow pattern on it and a red and yellow pattern on the sleeves and a red and "
            "yellow pattern on the",
            "loop",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.material("cotton"),
        gender="Men",
        title="Anouk Men Yellow & Red Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: model, white wall; grey linen-cotton straight kurta to mid-thigh, beige chinos for styling. Caption:
    # base (called the kurta a shirt); wearing, description, material: base; closed: engine.
    case(
        "X1470-016",
        caption("a man in a grey shirt and beige pants standing in front of a white wall", "contradiction"),
        wearing("a grey kurta and khaki pants"),
        B.material("linen"),
        B.color("grey"),
        B.garment_type("kurta"),
        describe("kurta", "a grey kurta with a mandarin collar and buttons down the front"),
        gender="Men",
        title="Fabindia Men Grey Linen Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: model, bare-headed; gold-toned jacquard sherwani, gold churidar, a maroon dupatta over the shoulder.
    # Caption: base; wearing, description, details: base; closed: engine. The details answer invents a turban.
    case(
        "X1470-017",
        caption("a man in a gold sherwani with a red scarf"),
        B.color("gold"),
        wearing("a gold sherwani", who="the man"),
        describe("sherwani", "a gold sherwani with a red dupatta"),
        details("sherwani", "the sherwani has a red dupatta and a red turban", "unsupported"),
        B.sleeve_length("long sleeves"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="SOJANYA Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: model; mustard brocade Nehru jacket with gold metal buttons, over a cream kurta and white pyjama.
    # Caption: base; wearing, details, material: base; closed: engine. All right.
    case(
        "X1470-018",
        caption("a man wearing a yellow jacket and white pants"),
        B.color("yellow"),
        B.garment_type("jacket"),
        B.sleeve_length("sleeveless"),
        details("jacket", "the jacket has a mandarin collar and gold buttons"),
        wearing("he is wearing a yellow jacket and a white kurta", who="he"),
        B.material("silk"),
        gender="Men",
        title="Hangup Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: model; white chikankari kurta and white pyjama, cotton. Caption: base; wearing, description, material:
    # base; closed: engine. The wearing answer is a color alone.
    case(
        "X1470-019",
        caption("a man in a white kurta pajama"),
        wearing("white", "non_answer"),
        describe("kurta", "the kurta is white and has embroidery on it"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        B.pattern("embroidered"),
        B.material("cotton"),
        gender="Men",
        title="DEYANN Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: model; rust orange Pathani kurta with a chest pocket, white salwar. Caption: base; wearing, description,
    # details: base; closed: engine.
    case(
        "X1470-020",
        caption("a man in an orange kurta and white pants"),
        wearing("an orange kurta and white pants"),
        color_of("salwar", "orange", "other_garment_color"),
        describe("kurta", "it is an orange kurta with a collar and a pocket on the chest"),
        details("kurta", "the kurta has details on the kurta", "restated"),
        B.garment_type("kurta set"),
        B.color("orange"),
        gender="Men",
        title="Sanwara Men Rust Orange Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: model, clean-shaven with long hair tied back; lavender kurta with side pockets and side slits, white
    # pyjama. Caption: base; wearing, description: base; closed: engine. The description runs out at the limit.
    case(
        "X1470-021",
        caption("a man in a purple kurta and white pants"),
        wearing("a woman in a purple kurta and white pants", "pronoun"),
        B.color("purple"),
        color_of("pyjama", "purple", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "a purple kurta with a mandarin collar, long sleeves, a button placket, two side pockets, side slits and "
            "a straight hem that falls to the",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        gender="Men",
        title="Ode by House of Pataudi Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Photo: ghost mannequin, no person; grey wool-blend Nehru jacket with small self checks clearly visible.
    # Caption: base; wearing, material: base; closed: engine.
    case(
        "X1470-022",
        caption("a grey vest on a white background"),
        wearing("a grey vest"),
        B.pattern("solid", "contradiction"),
        B.color("grey"),
        B.garment_type("vest"),
        is_a("jacket", "no", "contradiction"),
        B.material("wool"),
        gender="Men",
        title="Raymond Men Grey Checked Wool Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: model; off-white sherwani with pastel pink floral embroidery, white churidar, a pearl mala. Caption:
    # base; wearing, description, details: base; closed: engine. Details loops to the limit.
    case(
        "X1470-023",
        caption("a man in a white sherwani with a pearl necklace"),
        wearing("a white sherwani and a necklace", who="the man"),
        describe("sherwani", "a white sherwani with pink flowers embroidered on it"),
        details(
            "sherwani",
            "the sherwani has pink embroidery on the collar, the sleeves, the front, the back, the collar, the "
            "sleeves, the front, the back, the collar, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("embroidered"),
        B.garment_type("sherwani"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Off-White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: model; blue cotton kurta with thin white vertical stripes, no pocket, white pyjama. Caption: base;
    # wearing, description, material: base; closed: engine. The wearing answer calls the kurta a shirt.
    case(
        "X1470-024",
        caption("a man in a blue and white striped kurta"),
        B.pattern("striped"),
        B.color("blue"),
        wearing("a blue and white striped shirt", "contradiction"),
        B.material("cotton"),
        describe("kurta", "a blue kurta with white stripes and a pocket", "unsupported"),
        gender="Men",
        title="Jompers Men Blue Striped Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model; sea green kurta, white pyjama, a white-and-green printed stole around the neck (sold in the set).
    # Caption: base; wearing, details: base (ran on into a question of its own); closed: engine.
    case(
        "X1470-025",
        caption("a man in a green kurta with a scarf around his neck"),
        wearing("a green kurta and a scarf"),
        B.color("green"),
        B.pattern("solid"),
        details("kurta", "the kurta has a scarf Question: What is the color of the scarf? Answer: white", "leak"),
        is_a("kurta", "yes"),
        gender="Men",
        title="KISAH Men Sea Green Solid Kurta with Pyjamas & Printed Stole",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: model; magenta art silk kurta with a concealed placket (no visible buttons), cream churidar. Caption:
    # base; wearing, description, material: base; closed: engine. Gold buttons invented.
    case(
        "X1470-026",
        caption("a man in a pink kurta and white pants"),
        B.color("pink"),
        B.material("silk"),
        describe("kurta", "it is a pink silk kurta with gold buttons", "unsupported"),
        B.sleeve_length("long sleeves"),
        wearing("a pink kurta", who="he"),
        gender="Men",
        title="Tasva Men Magenta Solid Art Silk Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: model; white kurta and white churidar (the product) styled under a navy Nehru jacket that is not sold.
    # Caption: base; wearing: base; closed: engine (took the styling jacket for the product).
    case(
        "X1470-027",
        caption("a man in a blue vest and white pants"),
        B.color("blue", "other_garment_color"),
        wearing("a white kurta and a blue jacket"),
        B.garment_type("nehru jacket", "contradiction"),
        color_of("kurta", "white"),
        color_of("churidar", "white"),
        B.sleeve_length("long sleeves"),
        gender="Men",
        title="Sojanya Men White Solid Kurta with Churidar",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: torso crop, head out of frame; black kurta with a gold foil print around the neckline only, plain
    # sleeves; black pyjama. Caption: base; wearing, details: base; closed: engine. Printed sleeves invented.
    case(
        "X1470-028",
        caption("a man in a black kurta with gold print"),
        wearing("a black kurta with gold print"),
        details("kurta", "the kurta has a gold print on the neckline and a gold print on the sleeves", "unsupported"),
        B.pattern("printed"),
        B.color("black"),
        color_of("pyjama", "black"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Anouk Men Black & Gold-Toned Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model; bright yellow kurta with mirror work on the yoke, full sleeves, white pyjama. Caption: base (one
    # yellow for both); description, details: base; closed: engine (short sleeves is wrong).
    case(
        "X1470-029",
        caption("a man in a yellow kurta and yellow pants", "other_garment_color"),
        describe("kurta", "a yellow kurta with embroidery on the neck"),
        details("kurta", "the kurta has a lot of small mirrors on the front"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "white"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("kurta set"),
        gender="Men",
        title="VASTRAMAY Men Yellow Mirror Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: flat lay, no person; beige cotton kurta and beige pyjama laid side by side. Caption: base (a shirt);
    # wearing, description, material: base; closed: engine.
    case(
        "X1470-030",
        caption("a beige shirt and pants laid out on a white background", "contradiction"),
        wearing("a kurta and pajamas"),
        B.color("beige"),
        B.material("linen", "contradiction"),
        B.garment_type("kurta set"),
        describe("kurta", "beige"),
        gender="Men",
        title="Fabindia Men Beige Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: model in sunglasses; navy kurta with white thread embroidery along the placket, white churidar.
    # Caption: base; wearing, details: base (empty); closed: engine.
    case(
        "X1470-031",
        caption("a man in a blue kurta with white embroidery"),
        wearing("a blue kurta and white pants", who="he"),
        B.color("navy blue"),
        B.pattern("embroidered"),
        color_of("churidar", "blue", "other_garment_color"),
        details("kurta", "", "non_answer"),
        gender="Men",
        title="Manyavar Men Navy Blue Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: model; navy sherwani with silver embroidery on the front and cuffs, matte raw-silk look, white churidar,
    # a brooch. Caption: base; wearing, description, details: base; closed: engine. Velvet invented.
    case(
        "X1470-032",
        caption("a man in a blue sherwani with a brooch"),
        B.color("navy blue"),
        B.garment_type("coat"),
        describe("sherwani", "it is a blue sherwani with silver embroidery on the front and the sleeves"),
        details("sherwani", "the sherwani is made of velvet and has silver embroidery", "unsupported"),
        B.sleeve_length("long sleeves"),
        wearing("a blue sherwani and white pants"),
        gender="Men",
        title="House of Pataudi Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: model; maroon velvet Nehru jacket over a black kurta and black pyjama. Caption: base; wearing,
    # description: base; closed: engine. All right.
    case(
        "X1470-033",
        caption("a man in a red vest and black pants"),
        B.color("maroon"),
        B.material("velvet"),
        B.sleeve_length("sleeveless"),
        wearing("a red vest"),
        is_a("jacket", "yes"),
        describe("jacket", "a red velvet jacket with buttons"),
        gender="Men",
        title="TAHVO Men Maroon Solid Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: model; matte cotton kurta with an all-over ikat print, mostly green with pink and blue; white pyjama.
    # Caption: base; wearing, description, details, material: base; closed: engine. Green is the dominant color.
    case(
        "X1470-034",
        caption("a man in a colorful kurta and white pants"),
        B.color("green"),
        B.pattern("printed"),
        describe("kurta", "a colorful kurta with a pattern on it"),
        details("kurta", "the kurta has a pattern of green, pink and blue"),
        wearing("a kurta"),
        B.material("silk", "unsupported"),
        gender="Men",
        title="Sojanya Men Multicoloured Ikat Printed Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Photo: model, white wall; white kurta with gold buttons and a plain collar, white pyjama. Feed row without
    # color. Caption: base; wearing, details: base (added collar embroidery); closed: engine.
    case(
        "X1470-035",
        caption("a man in a white kurta pajama standing in front of a white wall"),
        wearing("a white kurta and white pajamas"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        B.pattern("solid"),
        details("kurta", "the kurta has gold buttons on the front and gold embroidery on the collar", "unsupported"),
        B.garment_type("kurta set"),
        gender="Men",
        title="DEYANN Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
    ),
    # Photo: model with a wristwatch; light blue cotton kurta with a small white floral print, full sleeves, white
    # pyjama. Caption: base; wearing (one blue for both), details, material: base; closed: engine.
    case(
        "X1470-036",
        caption("a man in a light blue kurta with white flowers"),
        B.pattern("floral"),
        B.color("blue"),
        details("kurta", "the kurta has a white floral print and a mandarin collar"),
        wearing("a blue kurta and blue pants", "other_garment_color"),
        B.sleeve_length("three-quarter sleeves", "contradiction"),
        B.material("cotton"),
        gender="Men",
        title="Jompers Men Blue Floral Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model, groom look; peach sherwani with a satin sheen, peach churidar, matching peach safa, brocade
    # stole. Feed row without gender. Caption: base; wearing, description (loops), material: base; closed: engine.
    case(
        "X1470-037",
        caption("a man in a pink sherwani and a pink turban"),
        wearing("a pink sherwani and a turban", who="the man"),
        B.color("pink"),
        describe(
            "sherwani",
            "a pink sherwani with a pink turban and a pink sherwani with a pink turban and a pink sherwani with a "
            "pink turban and",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("sherwani"),
        is_a("sherwani", "yes"),
        B.material("cotton", "unsupported"),
        title="Manyavar Men Peach-Coloured Sherwani Set with Safa",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: model; blue Nehru jacket over a white shirt and blue jeans (styling). Caption: base; wearing: base;
    # closed: engine (sleeves from the shirt underneath).
    case(
        "X1470-038",
        caption("a man in a blue vest and jeans"),
        wearing("a blue vest, a white shirt and jeans"),
        B.color("blue"),
        color_of("vest", "blue"),
        B.garment_type("vest"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("solid"),
        gender="Men",
        title="Hangup Men Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
    ),
    # Photo: model; cream kurta in a tone-on-tone jacquard of small squares, slight sheen, cream churidar. Caption:
    # base; description, details, material: base; closed: engine. "Describe" answered with the garment's name.
    case(
        "X1470-039",
        caption("a man in a white kurta and white pants"),
        B.color("white"),
        B.pattern("solid"),
        describe("kurta", "a kurta", "non_answer"),
        details("kurta", "the kurta has a pattern of small squares on it"),
        B.material("silk"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: model seated on a wooden stool (prop); green short kurta, full sleeves, white pyjama. Caption: base;
    # wearing, description: base (described the pose); closed: engine (a shirt).
    case(
        "X1470-040",
        caption("a man sitting on a stool wearing a green kurta"),
        wearing("a green kurta and white pants", who="he"),
        B.color("green"),
        B.garment_type("shirt", "contradiction"),
        describe("kurta", "he is sitting on a stool", "non_answer"),
        B.sleeve_length("long sleeves"),
        gender="Men",
        title="Mast & Harbour Men Green Solid Short Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model; cream kurta and pyjama under a maroon-and-gold printed Nehru jacket, all sold as one set.
    # Caption: base (one red for kurta and jacket); wearing, details: base; closed: engine. The kurta got the
    # jacket's color from the engine too.
    case(
        "X1470-041",
        caption("a man in a red kurta and a red vest", "other_garment_color"),
        wearing("a white kurta, red vest and white pants"),
        color_of("jacket", "red"),
        color_of("kurta", "red", "other_garment_color"),
        B.color("white"),
        B.pattern("printed"),
        details("jacket", "the jacket has a red and gold pattern"),
        gender="Men",
        title="VASTRAMAY Men Cream & Maroon Kurta Pyjama with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: bearded model, dark grey backdrop; black Pathani kurta and black salwar. Caption: base; wearing,
    # description: base (ran on into its own next question); closed: engine.
    case(
        "X1470-042",
        caption("a man with a beard wearing a black outfit"),
        wearing("a black kurta"),
        B.color("black"),
        describe("kurta", "black kurta Question: What is the color of the pants? Answer: black", "leak"),
        B.garment_type("kurta set"),
        B.sleeve_length("long sleeves"),
        color_of("salwar", "black"),
        gender="Men",
        title="Sanwara Men Black Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model; beige sherwani in a tone-on-tone jacquard with a satin sheen, beige churidar. Caption: base;
    # wearing (a suit), details, material: base; closed: engine. The sheen speaks against cotton.
    case(
        "X1470-043",
        caption("a man in a beige sherwani standing in front of a white wall"),
        B.color("beige"),
        B.pattern("solid"),
        wearing("a beige suit", "contradiction", who="the man"),
        details("sherwani", "it has buttons"),
        B.material("cotton", "unsupported"),
        gender="Men",
        title="Sojanya Men Beige Jacquard Sherwani Set",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: model; navy straight kurta with an off-white geometric print on the front only, no pockets; white
    # pyjama. Feed row without category. Caption: base; wearing, description, details: base (cut at the limit).
    case(
        "X1470-044",
        caption("a man in a blue and white kurta"),
        B.pattern("printed"),
        B.color("blue"),
        describe("kurta", "a blue kurta with white print on it"),
        details(
            "kurta",
            "the kurta has a white print on the front, the back, the sleeves, the collar, the hem, the pockets, the "
            "buttons, the placket, the",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pajamas"),
        B.sleeve_length("long sleeves"),
        gender="Men",
        title="Anouk Men Navy Blue & Off-White Printed Straight Kurta",
        color="Navy Blue",
    ),
    # Photo: flat lay, no person; beige khadi cotton Nehru jacket with wooden buttons. Caption: base; wearing,
    # details: base; closed: engine.
    case(
        "X1470-045",
        caption("a beige vest with buttons on a white background"),
        wearing("a vest"),
        B.color("beige"),
        B.material("cotton"),
        is_a("nehru jacket", "yes"),
        B.sleeve_length("sleeveless"),
        details("vest", "the vest is a vest", "restated"),
        gender="Men",
        title="Fabindia Men Beige Khadi Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
]
