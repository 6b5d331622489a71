"""BLIND_633 (46 products; Myntra kids' ethnic sets, base BLIP-2 zero-shot): written blind in the fifty-third session.
Measured blind at 1bb707c (the session's eighth rules): 95/128 failures found (74.2%) and 8/183 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic-wear feed (Boys and Girls rows only): kurta pyjama and kurta churidar sets, a few
with a Nehru jacket or dhoti pants, sherwani sets with churidar and stole or safa, lehenga cholis with dupattas,
girls' kurta sets with sharara or palazzos, and ethnic gowns. Catalog photos of a child model on a white studio
backdrop, mostly front view, a few side or back views, some with a prop (stool, bench, brass diya, potted plant, a
small potli bag). The seller's base_colour is the colour of the top piece (kurta, sherwani, lehenga or gown) as
Myntra feeds have it; a few rows lack base_colour or article_type.

Who wrote what: every text is from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
experiments' prompts: the caption (no prompt, 50 new tokens), "What is the boy/girl/he/she wearing?", the per-piece
color questions "What is the color of the kurta/pyjama/lehenga/choli/dupatta...?" (closed, through enrich's
--engine reference, which ranks the candidate colors and returns one; a few asked open as "What is the kurta
color?"), "Describe the X.", "What are the X details?", the material question and a few closed pattern / sleeve /
garment-type / "Is this a X?" questions (30 new tokens for answers). The base model's habits: short lowercase
phrases, "pajamas" for pyjama, "shirt", "vest", "suit", "dress", "skirt" for kurta, Nehru jacket, sherwani, gown
and lehenga; one piece's color carried to the next piece's question; gold embroidery, buttons, silk and mirror work
invented on plain pieces; now and then a greedy loop or a run to the token limit, a continuation of the
"Question: ... Answer:" format, the question's words handed back, a bare "yes"/"no" or one word to an open
question, and "she"/"he" for the wrong child.

Labeling conventions and judgement calls:
- Loose everyday names are correct: a kurta called a "shirt", a Nehru jacket a "vest", a sherwani a "suit", a
  lehenga a "skirt", a choli a "top", a gown or lehenga set a "dress", a diya a "lamp", a stole a "scarf".
- A shade in the same coarse color group as the photo's color is correct (peach as pink, maroon as red, cream or
  off-white as white, navy or turquoise as blue, olive as green, mustard as yellow, beige/gold-toned as gold). A
  color from another group is wrong (sea green as blue, turquoise as green, olive as brown, charcoal or navy as
  black, rust as brown, magenta as red, maroon as purple).
- other_garment_color: a piece given the color of another piece worn or held in the photo (pyjama, churidar,
  dupatta, choli, jacket, stole, safa, and also a held potli bag). A piece given the color of its own print,
  embroidery, border or belt, or of a prop that is not worn (a plant), or any color nobody wears, is a
  contradiction.
- A closed answer that is wrong ("no" to "Is this a sherwani?", "long sleeves" for short) is a contradiction.
- unsupported: a detail or material the photo and title do not show (embroidery, buttons, mirror work, tassels,
  a train, a belt, silk on a cotton title). A wrong material is labelled unsupported, not contradiction.
- non_answer: an empty answer, a bare "yes"/"no", "kurta" or the garment's name alone, or a single color word, to
  an open Describe/details question. restated: a sentence that only turns the question back ("the details of the
  jacket are the details of the jacket", "the lehenga details are").
- A text that ran to the token limit mid-phrase is a cut (hit_limit) even if what it says so far is right; a text
  that repeats a phrase until the limit is a loop (hit_limit), even if the phrase is right.
- leak: any text that continues with "Question:" or "Answer:", whatever the rest says.
- pronoun: "he"/"she" wrong for the catalog's Boys/Girls gender; one label per text, the most salient failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing


def color_word(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is the shirt color?" form, asked per piece, free generation."""
    return question(f"{garment}_color_open", f"What is the {garment} color?", "open")(text, failure, hit_limit)


BLIND_633 = [
    # photo: boy, front view, cream self-striped knee-length kurta with mandarin collar and full sleeves, maroon
    # churidar pyjama, brown mojaris, white backdrop. All texts base model.
    case(
        "X633-001",
        caption("a young boy wearing a cream kurta and maroon pants"),
        wearing("a kurta and pajamas", who="the boy"),
        color_of("kurta", "cream"),
        color_of("pyjama", "cream", "other_garment_color"),
        describe("kurta", "the kurta is made of silk and has gold embroidery on the collar", "unsupported"),
        details("kurta", "mandarin collar and long sleeves"),
        title="Jashvi Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy, hands in the kurta's side pockets, navy blue cotton kurta with small white floral block print,
    # white pyjama, white backdrop, front view. Base model.
    case(
        "X633-002",
        caption("a boy in a blue shirt and white pants standing in front of a white background"),
        wearing("he is wearing a blue kurta and white pajamas", who="he"),
        color_of("kurta", "navy blue"),
        color_of("pyjama", "navy blue", "other_garment_color"),
        describe("kurta", "blue kurta with white print"),
        details("kurta", "the kurta details are the details on the kurta", "restated"),
        material("cotton"),
        title="Aj Dezines Boys Navy Blue & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a beige and gold-toned woven brocade sherwani, cream churidar, maroon stole over the left
    # shoulder, gold embroidered mojaris, white backdrop, front view. Base model.
    case(
        "X633-003",
        caption("a young boy in a gold sherwani with a red scarf"),
        wearing("a sherwani", who="the boy"),
        color_of("sherwani", "maroon", "other_garment_color"),
        color_of("churidar", "cream"),
        color_of("stole", "maroon"),
        details(
            "sherwani",
            "gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        title="KISAH Boys Beige & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl, front view, pink flared lehenga with a gold gota border at the hem, pink sleeveless choli with
    # sequins, off-white net dupatta with a gold border over one shoulder, no mirror work, white backdrop. Base model.
    case(
        "X633-004",
        caption("a little girl in a pink lehenga choli"),
        wearing("he is wearing a pink dress", "pronoun", who="the girl"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        describe("lehenga", "a pink lehenga with gold border and mirror work", "unsupported"),
        details("lehenga", "gold border at the hem and sequins on the blouse"),
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a plain white cotton kurta and white pyjama under a mustard yellow printed cotton-blend Nehru
    # jacket with matte finish, white backdrop, front view. Base model.
    case(
        "X633-005",
        caption("a young boy wearing a yellow vest and white pants"),
        wearing("a kurta and a jacket", who="the boy"),
        color_of("kurta", "yellow", "other_garment_color"),
        color_of("jacket", "mustard"),
        color_of("pyjama", "white"),
        describe("jacket", "Question: Describe the jacket. Answer: a yellow nehru jacket with a white kurta", "leak"),
        material("silk", "unsupported"),
        title="Vastramay Boys White & Mustard Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, slightly side-angled, maroon velvet floor-length anarkali gown with full sleeves and gold zari
    # embroidery at the yoke, flared skirt, no belt or train, white backdrop. Base model.
    case(
        "X633-006",
        caption("a little girl in a red velvet dress"),
        wearing("a long maroon gown", who="the girl"),
        color_of("gown", "purple", "contradiction"),
        describe("gown", "the gown is maroon with gold embroidery on the neck"),
        details("gown", "the gown has a long train and a belt with a bow at the back", "unsupported"),
        material("velvet"),
        Q.sleeve_length("long sleeves"),
        title="Pspeaches Girls Maroon Embroidered Velvet Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: barefoot boy, empty hands, in a short-sleeved yellow cotton kurta and white dhoti pants, white backdrop,
    # front view. Base model.
    case(
        "X633-007",
        caption("a little boy in a yellow shirt and white dhoti holding a flute", "unsupported"),
        wearing("yellow kurta and dhoti", who="the boy"),
        color_of("kurta", "yellow"),
        color_of("dhoti", "yellow", "other_garment_color"),
        details("kurta", "yes", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="YK Boys Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl holding the edge of her dupatta, mustard yellow lehenga with a small multicolour floral print,
    # green short-sleeved choli, green dupatta with gota edging, white backdrop. Base model.
    case(
        "X633-008",
        caption("a little girl in a yellow and green lehenga holding a scarf"),
        wearing("a lehenga", who="she"),
        color_of("lehenga", "green", "other_garment_color"),
        color_of("choli", "green"),
        color_of("dupatta", "green"),
        describe("lehenga", "yellow with flowers"),
        Q.pattern("solid", "contradiction"),
        title="Kisah Girls Mustard & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a navy blue sherwani with gold embroidery at the collar and cuffs and gold buttons, white
    # churidar, white backdrop, front view. Row has no base_colour. Base model.
    case(
        "X633-009",
        caption("a young boy in a blue sherwani and white pants"),
        wearing("a blue suit", who="the boy"),
        color_of("sherwani", "black", "contradiction"),
        color_of("churidar", "white"),
        describe(
            "sherwani",
            "the sherwani is navy blue with gold embroidery on the collar and the cuffs and the buttons are gold and"
            " the sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        details("sherwani", "gold embroidery"),
        title="Ethnicity Boys Navy Blue Embroidered Sherwani with Churidar",
        category="Sherwani",
        gender="Boys",
    ),
    # photo: girl in a white cotton kurta with a small blue block print and lace trim at the hem, pink sharara,
    # pink dupatta draped over both shoulders, white backdrop, front view. Base model.
    case(
        "X633-010",
        caption("a little girl in a white and pink outfit"),
        wearing("she is wearing a kurta and sharara", who="she"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("sharara", "pink"),
        color_of("dupatta", "pink"),
        describe("kurta", "white kurta with blue print and lace at the hem"),
        material("cotton"),
        details("kurta", "", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        title="Aks Kids Girls White & Pink Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Girls",
    ),
    # photo: boy seated on a wooden stool, maroon art-silk kurta with gold buttons on the placket, cream pyjama,
    # white backdrop. Base model.
    case(
        "X633-011",
        caption("a boy sitting on a stool in a red kurta"),
        wearing("she is wearing a red kurta", "pronoun", who="the boy"),
        color_of("kurta", "maroon"),
        color_of("pyjama", "maroon", "other_garment_color"),
        describe("kurta", "maroon kurta with gold buttons"),
        details(
            "kurta", "the kurta has gold buttons Question: What are the pyjama details? Answer: the pyjama", "leak"
        ),
        title="Sanwara Boys Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a teal lehenga with a gold zari border at the hem, plain peach short-sleeved choli (no
    # embroidery), peach dupatta, white backdrop, front view. Base model.
    case(
        "X633-012",
        caption("a little girl in a green and peach lehenga choli"),
        wearing("a green skirt and a peach top", who="the girl"),
        color_of("lehenga", "teal"),
        color_of("choli", "teal", "other_garment_color"),
        color_of("dupatta", "yellow", "contradiction"),
        details(
            "lehenga",
            "the lehenga has a gold border and a gold border and a gold border and a gold border and a gold border"
            " and a",
            "loop",
            hit_limit=True,
        ),
        describe("choli", "a peach blouse with gold embroidery and puff sleeves", "unsupported"),
        is_a("lehenga", "yes"),
        title="Aj Dezines Girls Teal & Peach Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a sky blue cotton kurta and white pyjama under a navy blue cotton Nehru jacket, red pocket square,
    # white backdrop, front view. Base model.
    case(
        "X633-013",
        caption("a boy in a black vest and white pants posing for the camera", "contradiction"),
        wearing(
            "kurta pajama and jacket Question: What is the color of the jacket? Answer: navy blue",
            "leak",
            who="the boy",
        ),
        color_of("kurta", "navy blue", "other_garment_color"),
        color_of("jacket", "navy blue"),
        color_of("pyjama", "white"),
        describe("jacket", "a navy blue nehru jacket with a red pocket square"),
        material("wool", "unsupported"),
        title="Little Bansi Boys Blue & Navy Blue Kurta Pyjama with Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl twirling, off-white sleeveless flared cotton gown with pink floral thread embroidery on the yoke,
    # white backdrop. Base model.
    case(
        "X633-014",
        caption("a little girl in a white dress twirling"),
        wearing("a white gown", who="she"),
        color_of("gown", "pink", "contradiction"),
        describe("gown", "a white gown with pink flowers on the top"),
        details("gown", "the details of the gown are on the gown", "restated"),
        Q.sleeve_length("sleeveless"),
        material("satin", "unsupported"),
        title="Bitiya by Bhama Girls Off-White Embroidered Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy with hands folded (namaste), black kurta with a gold print down the placket and gold buttons, full
    # sleeves, straight hem, gold-toned churidar, white backdrop. Base model.
    case(
        "X633-015",
        caption("a young boy in a black kurta with his hands folded"),
        wearing("a black kurta and gold pants", who="the boy"),
        color_of("kurta", "black"),
        color_of("churidar", "black", "other_garment_color"),
        describe("kurta", "black kurta with a gold print on the front"),
        details(
            "kurta",
            "the kurta has a gold print on the front and gold buttons down the placket and the sleeves are long and"
            " the hem is straight and the",
            "cut",
            hit_limit=True,
        ),
        title="Jashvi Boys Black & Gold-Toned Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red art-silk lehenga woven with gold zari checks, red choli, red net dupatta with a gold
    # border over the shoulder, no mirror work, white backdrop, front view. Base model.
    case(
        "X633-016",
        caption("a little girl in a red and gold lehenga"),
        wearing("a red lehenga with a dupatta", who="the girl"),
        color_of("lehenga", "red"),
        color_of("choli", "gold", "contradiction"),
        color_of("dupatta", "red"),
        details("lehenga", "the lehenga details are the lehenga", "restated"),
        describe("lehenga", "the lehenga is red with gold checks and a mirror work border", "unsupported"),
        material("silk"),
        title="Ethnicity Girls Red & Gold-Toned Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a cream sherwani with maroon embroidery on the collar, cream churidar, maroon safa (turban),
    # white backdrop, front view. Base model.
    case(
        "X633-017",
        caption("a young boy in a white sherwani and red turban"),
        wearing("a sherwani and a turban", who="the boy"),
        color_of("sherwani", "maroon", "other_garment_color"),
        color_of("churidar", "cream"),
        describe("sherwani", "white", "non_answer"),
        details("sherwani", "maroon embroidery on the collar"),
        is_a("sherwani", "no", "contradiction"),
        title="Kisah Boys Cream-Coloured Embroidered Sherwani with Churidar and Safa",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a navy blue georgette gown with a silver sequinned yoke, three-quarter sleeves, floor length,
    # white backdrop, front view. Base model.
    case(
        "X633-018",
        caption("a girl in a long blue dress with silver sequins"),
        wearing("a dress", who="the girl"),
        color_of("gown", "black", "contradiction"),
        describe("gown", "the gown is navy blue with silver sequins on the top"),
        details("gown", "he is wearing a blue dress with sequins", "pronoun"),
        material("velvet", "unsupported"),
        title="Pspeaches Girls Navy Blue Embellished Sequinned Ethnic Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in side view, olive green plain kurta, white pyjama, white backdrop. Base model.
    case(
        "X633-019",
        caption("a young boy in a brown kurta and white pajamas", "contradiction"),
        wearing("kurta", who="the boy"),
        color_of("kurta", "olive"),
        color_of("pyjama", "olive", "other_garment_color"),
        color_word("kurta", "green"),
        describe("kurta", "the kurta is green and the pajamas are white"),
        details("kurta", "What are the kurta details? Answer: the kurta is green", "leak"),
        title="Sangria Boys Olive Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl with a white flower clip in her hair, lavender lehenga with silver thread embroidery, lavender
    # choli, white dupatta, white backdrop, front view. Base model.
    case(
        "X633-020",
        caption("a little girl in a purple lehenga with a white scarf"),
        wearing("a purple lehenga choli", who="she"),
        color_of("lehenga", "purple"),
        color_of("choli", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        color_word(
            "lehenga",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "silver embroidery on the skirt"),
        title="Bitiya by Bhama Girls Lavender Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in an all-white outfit: white cotton chikankari kurta with white thread embroidery on the front,
    # long sleeves, white pyjama, white backdrop. Base model.
    case(
        "X633-021",
        caption("a boy in a white kurta standing against a white background"),
        wearing("a white kurta pajama", who="the boy"),
        color_of("kurta", "white"),
        color_of("pyjama", "white"),
        describe("kurta", "she is wearing a white kurta with white embroidery", "pronoun"),
        material("silk", "unsupported"),
        details(
            "kurta",
            "the kurta is white with embroidery on the front and the sleeves are long and the kurta is white with"
            " embroidery on the front and the",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Boys White Chikankari Embroidered Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl holding a small pink potli bag, mustard yellow maxi dress with a multicolour floral print, short
    # puff sleeves, no belt, white backdrop. Base model.
    case(
        "X633-022",
        caption("a little girl in a yellow floral dress holding a pink purse"),
        wearing("a yellow dress with flowers", who="the girl"),
        color_of("dress", "pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "the dress is yellow with flowers on it and has a belt", "unsupported"),
        details("dress", "no", "non_answer"),
        title="Kisah Girls Mustard Yellow Floral Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy holding a lit brass diya, orange self-design kurta with orange thread embroidery on the placket and a
    # matching orange collar, white churidar, white backdrop. Base model.
    case(
        "X633-023",
        caption("a little boy in an orange kurta holding a lamp"),
        wearing("Answer: an orange kurta", "leak", who="the boy"),
        color_of("kurta", "orange"),
        color_of("churidar", "orange", "other_garment_color"),
        describe("kurta", "the kurta is orange with a white collar", "unsupported"),
        details("kurta", "the details are the details of the kurta", "restated"),
        title="Aj Dezines Boys Orange & White Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a multicolour (pink, green, yellow) bandhani-print cotton lehenga without a border, yellow
    # choli, pink dupatta, white backdrop, front view. Base model.
    case(
        "X633-024",
        caption("a little girl in a colorful skirt and yellow top"),
        wearing("a multicolored lehenga", who="the girl"),
        color_of("lehenga", "multi"),
        color_of("choli", "yellow"),
        color_of("dupatta", "yellow", "other_garment_color"),
        describe(
            "lehenga",
            "a colorful skirt with tie and dye print, tie and dye print, tie and dye print, tie and dye print,"
            " tie and dye",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "the lehenga is made of silk and has a gold zari border", "unsupported"),
        title="Biba Girls Multicoloured Bandhani Print Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a maroon velvet sherwani with gold buttons and long sleeves, gold-toned churidar, gold stole,
    # white backdrop, front view. Base model.
    case(
        "X633-025",
        caption("a young boy in a maroon sherwani with gold buttons"),
        wearing("he is wearing a sherwani", who="he"),
        color_of("sherwani", "gold", "other_garment_color"),
        color_of("churidar", "gold"),
        describe(
            "sherwani",
            "maroon velvet sherwani with gold buttons Question: What is the color of the churidar? Answer: gold",
            "leak",
        ),
        material("velvet"),
        Q.sleeve_length("long sleeves"),
        title="Vastramay Boys Maroon & Gold-Toned Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy in a beige kurta with a brown paisley print, a mandarin collar and no pocket, white pyjama, white
    # backdrop, front view. Base model.
    case(
        "X633-026",
        caption("a young boy in a beige shirt with a paisley print"),
        wearing("a kurta and pajamas", who="the boy"),
        color_of("kurta", "brown", "contradiction"),
        color_of("pyjama", "white"),
        Q.pattern("paisley"),
        describe("kurta", "a beige kurta with brown paisley print and a mandarin collar"),
        details("kurta", "it has a mandarin collar and a pocket with a pen", "unsupported"),
        title="YK Boys Beige & Brown Paisley Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a sea green anarkali gown with a gold foil print, three-quarter sleeves, gold juttis, white
    # backdrop, front view. Base model.
    case(
        "X633-027",
        caption("a little girl in a green and gold dress"),
        wearing("she is wearing a green dress", who="she"),
        color_of("gown", "blue", "contradiction"),
        describe("gown", "a green anarkali with gold print"),
        details(
            "gown",
            "gold print gold print gold print gold print gold print gold print gold print gold print gold print"
            " gold print gold",
            "loop",
            hit_limit=True,
        ),
        is_a("gown", "no", "contradiction"),
        title="Aks Kids Girls Sea Green & Gold-Toned Foil Print Anarkali Gown",
        category="Ethnic Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy leaning on a white wall, side view, peach kurta with a white embroidered yoke and plain sleeves,
    # white pyjama. Base model.
    case(
        "X633-028",
        caption("a young boy wearing a pink kurta leaning against a wall"),
        wearing("a peach kurta and white pajama", who="the boy"),
        color_of("kurta", "peach"),
        color_of("pyjama", "peach", "other_garment_color"),
        describe("kurta", "the kurta", "non_answer"),
        details("kurta", "white embroidery on the yoke and mirror work on the sleeves", "unsupported"),
        title="Jashvi Boys Peach-Coloured Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl holding her pink dupatta open behind her back, royal blue lehenga with vertical silver gota
    # stripes, pink choli, white backdrop, front view. Base model.
    case(
        "X633-029",
        caption("a little girl in a blue and pink lehenga holding her dupatta behind her back"),
        wearing("blue skirt pink top", who="the girl"),
        color_of("lehenga", "pink", "other_garment_color"),
        color_of("choli", "pink"),
        color_of("dupatta", "pink"),
        describe(
            "lehenga",
            "a blue lehenga with silver stripes and silver stripes and silver stripes and silver stripes and silver"
            " stripes and",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "silver gota stripes"),
        title="Kisah Girls Blue & Pink Gota Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a white kurta and white pyjama under a maroon brocade Nehru jacket with gold buttons and two
    # welt pockets, white backdrop, front view. Base model.
    case(
        "X633-030",
        caption(
            "a young boy wearing a white kurta and a white pajama with a red jacket standing in front of a white"
            " background with his hands at his sides and looking at the camera and smiling with his",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a jacket", who="he"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("jacket", "maroon"),
        color_of("pyjama", "white"),
        details("jacket", "brocade with gold buttons and two pockets"),
        material("brocade"),
        title="Little Bansi Boys White Kurta with Pyjamas & Maroon Brocade Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a green cotton kurta with a gold foil print and three-quarter sleeves, white palazzos, green
    # dupatta, white backdrop, front view. Base model.
    case(
        "X633-031",
        caption("a little girl in a green kurta and white pants"),
        wearing("he is wearing a green kurta and white palazzo", "pronoun", who="the girl"),
        color_of("kurta", "green"),
        color_of("palazzo", "green", "other_garment_color"),
        color_of("dupatta", "green"),
        describe("kurta", "green kurta with gold print Question: Describe the palazzo. Answer:", "leak"),
        Q.sleeve_length("three-quarter sleeves"),
        material("silk", "unsupported"),
        title="Bitiya by Bhama Girls Green & Gold-Toned Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: back view of a boy in an off-white sherwani with gold embroidery on the collar, cuffs and hem border,
    # off-white churidar, white backdrop; the front (and its buttons) cannot be seen. Base model.
    case(
        "X633-032",
        caption("the back of a young boy in a white sherwani"),
        wearing("a white sherwani", who="the boy"),
        color_of("sherwani", "white"),
        color_of("churidar", "gold", "contradiction"),
        describe("sherwani", "the sherwani has gold buttons on the front", "unsupported"),
        details(
            "sherwani",
            "the boy is wearing a white sherwani with gold embroidery on the collar and the cuffs and the hem and"
            " he is wearing a white churidar and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Ethnicity Boys Off-White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in a magenta full-sleeved gown with a gold border at the hem, matching magenta dupatta, white
    # backdrop, front view. Base model.
    case(
        "X633-033",
        caption("a little girl in a pink dress with a scarf"),
        wearing("a pink gown", who="she"),
        color_of("gown", "red", "contradiction"),
        color_of("dupatta", "magenta"),
        describe("gown", "she is wearing a pink gown with gold border"),
        details("gown", "no", "non_answer"),
        title="Pspeaches Girls Magenta Solid Gown with Dupatta",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a red cotton kurta with an all-over small print and gold buttons, white churidar, red mojaris,
    # white backdrop, front view. Base model.
    case(
        "X633-034",
        caption("a boy wearing a red kurta and white churidar"),
        wearing("she is wearing a red kurta and white churidar", "pronoun", who="the boy"),
        color_of("kurta", "orange", "contradiction"),
        color_of("churidar", "red", "other_garment_color"),
        details("kurta", "red", "non_answer"),
        describe("kurta", "the kurta is red with a printed design all over"),
        material("cotton"),
        title="Sanwara Boys Red Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in an off-white lehenga with red and green floral embroidery, red choli, green dupatta, white
    # backdrop, front view. Base model.
    case(
        "X633-035",
        caption("a little girl in a white skirt with red and green flowers"),
        wearing("a lehenga choli", who="the girl"),
        color_of("lehenga", "red", "other_garment_color"),
        color_of("choli", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        describe("lehenga", "white lehenga with red and green flowers embroidered"),
        details("lehenga", "the lehenga details are", "restated"),
        title="Aj Dezines Girls Off-White & Red Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a plain mustard yellow art-silk kurta without embroidery, white pyjama, white backdrop, front
    # view. Base model.
    case(
        "X633-036",
        caption("a little boy in a yellow kurta pajama stock photo"),
        wearing("yellow kurta", who="the boy"),
        color_of("kurta", "mustard"),
        color_of("pyjama", "white"),
        describe("kurta", "the kurta is yellow with gold embroidery on the collar and the sleeves", "unsupported"),
        details("kurta", "kurta", "non_answer"),
        title="Kisah Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl seated on a wooden bench, black full-sleeved flared georgette gown with multicolour embroidery on
    # the yoke and a gold border at the hem, white backdrop. Base model.
    case(
        "X633-037",
        caption("a little girl sitting on a bench in a black dress"),
        wearing("a black dress with embroidery", who="the girl"),
        color_of("gown", "black"),
        describe("gown", "black gown with colorful embroidery on the top and gold border at the bottom"),
        details("gown", "he is wearing a black dress", "pronoun"),
        material("silk", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Bitiya by Bhama Girls Black Embroidered Flared Ethnic Gown",
        category="Ethnic Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a cream kurta with a green border at the neck and hem, green dhoti pants, yellow angavastram
    # (stole) over one shoulder, white backdrop, front view. Base model.
    case(
        "X633-038",
        caption("a young boy wearing a cream kurta and green dhoti with a yellow scarf"),
        wearing("a kurta", who="the boy"),
        color_of("kurta", "cream"),
        color_of("dhoti", "yellow", "other_garment_color"),
        describe(
            "dhoti",
            "the dhoti is green and the dhoti is green and the dhoti is green and the dhoti is green and the dhoti",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "green border at the neck and the hem"),
        title="Little Bansi Boys Cream-Coloured Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl with flowers in her hair bun, holding her dupatta out with both hands, peach lehenga with sequin
    # embroidery and a wide border at the hem (no tassels), peach choli, peach net dupatta, white backdrop, front
    # view. Base model.
    case(
        "X633-039",
        caption(
            "a little girl in a peach lehenga with flowers in her hair standing in front of a white background and"
            " holding her dupatta with both hands, she is wearing a peach blouse and a peach dupatta with a wide",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach lehenga", who="she"),
        color_of("lehenga", "pink"),
        color_of("choli", "peach"),
        color_of("dupatta", "white", "contradiction"),
        describe("lehenga", "peach lehenga with sequins"),
        details("lehenga", "sequins all over the skirt and a wide border at the hem with tassels", "unsupported"),
        title="Kisah Girls Peach-Coloured Sequinned Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy with hands on his hips, cream kurta and cream pyjama under a teal Nehru jacket with a small floral
    # print and cloth buttons (no zip), white backdrop, front view. Base model.
    case(
        "X633-040",
        caption("a young boy in a blue vest and white kurta with his hands on his hips"),
        wearing("kurta pajama with a jacket", who="the boy"),
        color_of("jacket", "teal"),
        color_of("kurta", "teal", "other_garment_color"),
        color_of("pyjama", "cream"),
        describe("jacket", "the jacket is printed with small flowers and has a zip at the front", "unsupported"),
        details("jacket", "the details of the jacket are the details of the jacket", "restated"),
        title="Vastramay Boys Teal Printed Nehru Jacket with Cream Kurta Pyjama Set",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in a rust maxi dress with a white floral print, short sleeves, round neck, tiered skirt with a
    # ruffle hem, white backdrop, front view. Base model.
    case(
        "X633-041",
        caption("a little girl in an orange dress with white flowers"),
        wearing("an orange maxi dress", who="the girl"),
        color_of("dress", "brown", "contradiction"),
        Q.pattern("floral"),
        describe(
            "dress",
            "the dress is orange with white flowers all over it and it has short sleeves, a round neck, a tiered"
            " skirt and a ruffle at the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="YK Girls Rust Floral Print Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
        gender="Girls",
    ),
    # photo: boy standing next to a potted green plant, turquoise blue kurta with white thread embroidery on the
    # placket, white pyjama, white backdrop. Base model.
    case(
        "X633-042",
        caption("a young boy in a blue kurta standing next to a plant"),
        wearing("a blue kurta and white pajamas", who="the boy"),
        color_of("kurta", "green", "contradiction"),
        color_of("pyjama", "white"),
        describe("kurta", "What is the color of the kurta? Answer: blue", "leak"),
        details("kurta", "white embroidery on the front placket"),
        title="Sangria Boys Turquoise Blue Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow lehenga with mirror work, yellow choli, orange dupatta, white backdrop, front view.
    # Base model.
    case(
        "X633-043",
        caption("a little girl in a yellow lehenga with an orange scarf"),
        wearing("a yellow dress", who="the girl"),
        color_of("lehenga", "yellow"),
        color_of("choli", "orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        describe("lehenga", "the lehenga is yellow with mirror work"),
        details("lehenga", "mirror work Question: What are the choli details? Answer: mirror work Question:", "leak"),
        title="Biba Girls Yellow & Orange Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a rose pink self-design sherwani, white churidar, white backdrop, front view. Base model.
    case(
        "X633-044",
        caption("a young boy in a pink sherwani and white pants"),
        wearing("she is wearing a pink sherwani", "pronoun", who="the boy"),
        color_of("sherwani", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        describe("sherwani", "pink sherwani with self design"),
        Q.garment_type("kurta", "contradiction"),
        details("sherwani", "what are the sherwani details", "restated"),
        title="Kisah Boys Rose Pink Self Design Sherwani with Churidar",
        category="Sherwani",
        color="Pink",
        gender="Boys",
    ),
    # photo: girl in a white net gown with silver sequins all over the skirt, short cap sleeves, round neck, a pink
    # satin waist belt, no train or hood, white backdrop, front view. Row has no article_type. Base model.
    case(
        "X633-045",
        caption("a girl in a white gown with a pink belt"),
        wearing("a white gown", who="the girl"),
        color_of("gown", "pink", "contradiction"),
        describe(
            "gown",
            "the gown is white with silver sequins all over the net skirt and a pink belt at the waist and the"
            " sleeves are short and the neck is round and the",
            "cut",
            hit_limit=True,
        ),
        details("gown", "the gown has a long trail and a hood", "unsupported"),
        material("net"),
        title="Pspeaches Girls White Embellished Net Ethnic Gown",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a charcoal grey cotton kurta with silver buttons, mandarin collar, chest pocket, side slits and
    # full sleeves with buttoned cuffs, white churidar, black mojaris, white backdrop, front view. Base model.
    case(
        "X633-046",
        caption("a young boy in a black kurta and white pants", "contradiction"),
        wearing("a grey kurta", who="the boy"),
        color_of("kurta", "grey"),
        color_of("churidar", "grey", "other_garment_color"),
        describe("kurta", "grey kurta with silver buttons"),
        details(
            "kurta",
            "the kurta has silver buttons and a mandarin collar and a pocket on the chest and side slits and full"
            " sleeves with buttoned cuffs and the hem is",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Jashvi Boys Charcoal Grey Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Charcoal",
        gender="Boys",
    ),
]
