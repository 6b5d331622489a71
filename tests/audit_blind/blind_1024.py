"""BLIND_1024 (46 products; Myntra women's nightwear and loungewear, caption adapter at epoch 2): written blind in the
fifty-eighth session. Measured blind at 955f328 (the session's final rules): 111/129 failures found (86.0%) and 14/179
correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's nightwear and loungewear: night suits (top and pyjamas or shorts, some
satin, one with a robe), pyjama bottoms sold alone, lounge pants shot with another top (a tee, a hoodie, a crop top)
and nightdresses (cotton, satin slips). Catalog photos on a white or light backdrop, the model standing or seated;
a few props (pillow, mug, teddy bear, book, chair, sofa, bed). Seller columns: title, category (Myntra's
article_type: Night suits, Nightdress, Lounge Pants, Pyjamas), color (base_colour), gender; a few rows lack one.

Who wrote what: every caption and every open answer is free generation by BLIP-2 OPT-2.7b with the caption adapter
trained two epochs (unmasked labels, no end token). It half-forgot question answering: many open answers come back
as the DeepFashion caption template ("The lady wears a short-sleeve T-shirt with graphic patterns and a long pants.
The T-shirt is with cotton fabric..."), with pattern words for colors (pure color, lattice, graphic) and its stock
invented accessories ("There is an accessory on her wrist", "This lady wears a ring", "a hat in her head"); others
are short base-model answers with hue names. Free texts run on: loops of a template sentence, cuts at the 30-token
(answers) or 50-token (captions) limit, and `Question: ... Answer:` leaks. Closed answers (garment_type, color,
pattern, sleeve length, color of a named garment, "Is this a ...?") come from enrich's reference engine, which picks
one candidate, so they are clean words that can still be wrong: a tee's color for the lounge pants, the backdrop's or
a prop's color, the wrong sleeve length or pattern, "no" to the right garment.

Labeling conventions and judgement calls:
- One label per text, the failure that makes it wrong; cut and loop texts are otherwise kept true to the photo.
- other_garment_color: the product (or one piece of a set) given the color of another garment in the photo, the tee
  worn with lounge pants or the other piece of the night suit. A color no garment has (backdrop, sofa, prop, print
  misread, wrong hue) is a contradiction.
- A garment type, sleeve length or pattern the photo and the other texts refute is a contradiction, also when only
  one text names it; "yes/no" closed answers that are wrong are contradictions.
- unsupported: a detail the photo does not show (pockets, zips, lace, bows, back details not in view, invented
  accessories), a fabric guessed where the title names none (denim, leather, modal, silk for satin). A fabric that
  excludes the title's named fabric (chiffon for a "Satin" title) is a contradiction.
- non_answer: a one-word or bare answer to an open question ("green" for what she wears, "blue" to describe), "yes"
  to an open question, an empty clause, or the caption template returned for the material question with no material.
- restated: the question echoed back or turned into a sentence that says nothing ("The pants details are the details
  of the pants").
- pronoun: he/his/man/gentleman for these women's rows (all rows are Women).
- Shades that sit between groups are correct when they fit the photo: teal pants called "green" in a caption, lilac
  called "purple", burgundy satin called "red", maroon-and-white stripes "red and white". A seller color that the
  photo refutes (a lilac nightdress labelled Grey after its grey print) does not make the photo's color wrong.
- Correct cotton claims only where the title or the photo (jersey knit) supports them; the template's "cotton fabric"
  is kept correct for cotton jersey and flannel pieces.
- hit_limit=True only on texts that ran to the token limit (cuts, loops, some leaks); a correct text never hit it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"
NS, ND, LP, PJ = "Night suits", "Nightdress", "Lounge Pants", "Pyjamas"

BLIND_1024 = [
    # photo: model in a pink cotton night suit, short-sleeve round-neck tee and long pyjamas, both with white polka
    # dots, barefoot, white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference.
    case(
        "X1024-001",
        caption(
            "The lady wears a short-sleeve T-shirt with other patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and other patterns."
        ),
        wearing("a pink polka dot pajama set", who="the woman"),
        D.garment_type("night suit"),
        D.color("pink"),
        Q.pattern("polka dot"),
        D.details(
            "The T-shirt has short sleeves and a round neckline. There is an accessory on her wrist. This lady wears "
            "a ring.",
            "unsupported",
        ),
        D.material("cotton"),
        title="Sweet Dreams Women Pink Polka Dot Print Cotton Night Suit",
        category=NS,
        color="Pink",
        gender=W,
    ),
    # photo: navy blue jersey lounge pants with a white drawstring and side pockets, worn with a plain white crew-neck
    # tee and white sneakers, white backdrop, front view. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1024-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "white", "other_garment_color"),
        describe("pants", "The pants are long, with a white drawstring at the waist and pockets on the sides."),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("lounge pants"),
        is_a("pair of lounge pants", "yes"),
        D.material("The pants are made of denim.", "unsupported"),
        title="Jockey Women Navy Blue Lounge Pants",
        category=LP,
        color="Navy Blue",
        gender=W,
    ),
    # photo: magenta-purple satin slip nightdress, thin straps, black lace trim along the neckline, knee length, white
    # backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-003",
        caption(
            "The lady wears a tank dress with pure color patterns. It has a suspenders neckline. The dress is of "
            "medium length."
        ),
        wearing("a purple nightgown with black lace"),
        D.color("purple"),
        Q.sleeve_length("sleeveless"),
        describe("nightdress", "The nightdress is a nightdress.", "restated"),
        details(
            "nightdress",
            "The nightdress has thin straps and black lace trim along the neckline and the hem of the nightdress "
            "falls just above the",
            "cut",
            hit_limit=True,
        ),
        is_a("nightdress", "yes"),
        D.material("satin"),
        title="Kiwi Women Purple Satin Nightdress",
        category=ND,
        color="Purple",
        gender=W,
    ),
    # photo: grey melange jogger lounge pants with ribbed ankle cuffs, worn with a plain black tee, no jewellery,
    # side view facing left, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("pants", "black", "other_garment_color"),
        wearing("a black t-shirt and grey sweatpants"),
        details("pants", "they are long", "non_answer"),
        describe("pants", "The pants are black and loose with cuffs at the ankles.", "other_garment_color"),
        D.garment_type("lounge pants"),
        Q.pattern("solid"),
        title="Hanes Women Grey Melange Jogger Lounge Pants",
        category=LP,
        color="Grey Melange",
        gender=W,
    ),
    # photo: maroon long-sleeve button-front shirt with notch collar and white piping, maroon-and-white vertical
    # striped pyjama pants, white backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and striped patterns. The lady is "
            "standing with her",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon shirt and striped pajama pants"),
        color_of("shirt", "maroon"),
        color_of("pants", "red and white", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details(
            "shirt",
            "The shirt has buttons on the front and a pocket on the chest and a pocket on the chest and a pocket on "
            "the chest and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Lovable Women Maroon & White Striped Cotton Night Suit",
        category=NS,
        color="Maroon",
        gender=W,
    ),
    # photo: light blue cotton jersey knee-length nightdress, short sleeves, cartoon cat print and the words "Sleepy
    # Head" on the front, front view only, white backdrop. Free texts: caption adapter epoch 2; closed: reference.
    case(
        "X1024-006",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        wearing("She is wearing a blue nightgown with a cat on it", who="she"),
        D.color("blue"),
        Q.pattern("graphic"),
        describe(
            "nightdress",
            "The nightdress is blue and white with a cat print on the front. The back of the nightdress has a zipper.",
            "unsupported",
        ),
        D.garment_type("t-shirt", "contradiction"),
        title="Mod & Shy Women Blue Printed Nightdress",
        category=ND,
        color="Blue",
        gender=W,
    ),
    # photo: grey-and-white checked flannel pyjama bottoms with elastic waist, worn with a plain pink tank top, white
    # backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-007",
        caption(
            "The lady wears a tank shirt with pure color patterns and a long pants. The pants are with cotton fabric "
            "and lattice patterns."
        ),
        color_of("pyjamas", "pink", "other_garment_color"),
        describe("pyjamas", "The pyjamas are grey and white checked with an elastic waist."),
        Q.pattern("checked"),
        D.details(
            "The pants are of long length. The pants are with cotton fabric and lattice patterns. The lady wears a "
            "tank shirt."
        ),
        is_a("pair of pyjamas", "no", "contradiction"),
        D.material("flannel"),
        title="Sweet Dreams Women Grey Checked Flannel Pyjamas",
        category=PJ,
        color="Grey",
        gender=W,
    ),
    # photo: mustard yellow sleeveless round-neck top with a small white star print and matching shorts, the model
    # seated on a white stool, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-008",
        caption(
            "The lady wears a tank shirt with graphic patterns and a three-point shorts. The shorts are with cotton "
            "fabric and graphic patterns. The lady is sitting on a stool."
        ),
        wearing("a yellow tank top and shorts"),
        D.color("mustard"),
        color_of(
            "shorts",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "The shorts are of three-point length and the tank shirt has a v-neck and lace on the hem.", "unsupported"
        ),
        title="Candyskin Women Mustard Printed Shorts Night Suit",
        category=NS,
        color="Mustard",
        gender=W,
    ),
    # photo: navy long-sleeve round-neck top and long pants, both with a white crescent-moon-and-star print, the
    # model holding a white pillow, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-009",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with graphic patterns. She is holding a pillow."
        ),
        wearing(
            "The lady is wearing a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graph",
            "cut",
            who="the lady",
            hit_limit=True,
        ),
        D.color("navy blue"),
        color_of("pants", "white", "contradiction"),
        D.garment_type("night suit"),
        Q.pattern("printed"),
        describe("night suit", "The night suit is a night suit for the night.", "restated"),
        title="Zivame Women Navy Blue Printed Cotton Pyjama Set",
        category=NS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: black wide-leg lounge pants with a white stripe down each side, worn with a grey melange sweatshirt,
    # white backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        D.color("black"),
        wearing("a grey sweatshirt and black pants with white stripes"),
        D.details("The pants have white stripes on the sides and an elastic waistband."),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color", "leak"
        ),
        D.description(
            "The pants are black with white stripes on the sides, a zip pocket on the back and a logo on the left leg.",
            "unsupported",
        ),
        title="Enamor Women Black Side Stripe Lounge Pants",
        category=LP,
        color="Black",
        gender=W,
    ),
    # photo: long white cotton nightdress, three-quarter sleeves, pink floral embroidery on the yoke, no hat or
    # jewellery, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-011",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is a hat in her head.",
            "unsupported",
        ),
        wearing("a white nightgown"),
        Q.sleeve_length("three-quarter sleeves"),
        D.color("white"),
        describe("nightdress", "The nightdress is white with pink flowers embroidered on the chest."),
        is_a("dress", "yes"),
        D.material("The material of the garment is the material of the garment.", "restated"),
        title="Sweet Dreams Women White Embroidered Cotton Nightdress",
        category=ND,
        color="White",
        gender=W,
    ),
    # photo: peach short-sleeve tee with a printed teddy bear graphic and peach-and-white striped capri pyjamas,
    # white backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-quarter pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        wearing("He is wearing a t-shirt with a teddy bear on it and striped pants", "pronoun", who="she"),
        D.color("peach"),
        color_of("pants", "peach and white", kind="open"),
        D.garment_type("night suit"),
        details(
            "pants",
            "The pants are of three-quarter length. The pants are of three-quarter length. The pants are of "
            "three-quarter length. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.description("no", "non_answer"),
        title="DressBerry Women Peach Printed Capri Night Suit",
        category=NS,
        color="Peach",
        gender=W,
    ),
    # photo: teal straight-leg lounge pants with a drawstring (front view, no back in view), worn with a white cropped
    # tee, walking pose, a potted plant at the right edge, white backdrop. Free texts: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1024-013",
        caption("a woman in a white t-shirt and green pants standing next to a plant"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.details("The pants have a drawstring waist and two pockets at the back.", "unsupported"),
        D.garment_type("leggings", "contradiction"),
        D.color("teal"),
        Q.pattern("solid"),
        title="Jockey Women Teal Straight Lounge Pants",
        category=LP,
        color="Teal",
        gender=W,
    ),
    # photo: short black satin slip nightdress with spaghetti straps, plain hem, the model seated on a beige sofa in
    # front of a beige wall. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-014",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is of medium short length. She is "
            "sitting on a sofa."
        ),
        wearing("a black nightie", who="the woman"),
        D.color("beige", "contradiction"),
        Q.sleeve_length("sleeveless"),
        D.material("satin"),
        describe(
            "nightdress",
            "The nightdress is black and it has lace on the bottom and lace on the top and lace on the bottom and "
            "lace on the top and lace on the bottom and",
            "loop",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        title="Clovia Women Black Satin Slip Nightdress",
        category=ND,
        color="Black",
        gender=W,
    ),
    # photo: lavender long-sleeve cotton tee printed "Good Night" in white, lavender pyjamas with a white cloud print,
    # white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-015",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns.",
            "pronoun",
        ),
        wearing("a purple pajama set with clouds"),
        D.color("lavender"),
        color_of(
            "pants",
            "The pants are with cotton fabric and graphic patterns. The pants are with cotton fabric and graphic "
            "patterns. The pants are with cotton",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("The T-shirt has the words good night printed on the front."),
        Q.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Sweet Dreams Women Lavender Printed Cotton Night Suit",
        category=NS,
        color="Lavender",
        gender=W,
    ),
    # photo: charcoal grey brushed-fleece lounge pants with a drawstring waistband, worn with a light pink cropped
    # hoodie, hands in the hoodie pocket, white backdrop. Row lacks the category column. Free texts: caption adapter
    # epoch 2; closed: reference engine.
    case(
        "X1024-016",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "pink", "other_garment_color"),
        wearing("a pink hoodie and grey sweatpants"),
        D.garment_type("sweatshirt", "contradiction"),
        describe("pants", "The pants are dark grey with an elastic waistband and a drawstring."),
        D.material("fleece\nQuestion: What is the color of the pants? Answer: grey", "leak"),
        title="Hanes Women Charcoal Grey Fleece Lounge Pants",
        color="Charcoal",
        gender=W,
    ),
    # photo: red short-sleeve knee-length cotton nightdress with a white heart print, the model holding a white mug
    # in her right hand, no jewellery, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-017",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. The lady is holding a white cup in her right hand "
            "and her left hand is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red nightgown with white hearts"),
        D.color("red"),
        Q.pattern("floral", "contradiction"),
        is_a("nightdress", "yes"),
        D.description("The dress has a bow at the neckline and pockets on both sides.", "unsupported"),
        title="Kiwi Women Red Heart Print Nightdress",
        category=ND,
        color="Red",
        gender=W,
    ),
    # photo: blue-and-white gingham short-sleeve shirt with notch collar, breast pocket and white piping, matching
    # long checked pyjamas, the model holding a brown teddy bear, white backdrop. Free texts: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1024-018",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with lattice patterns. She is holding a teddy bear."
        ),
        D.color("brown", "contradiction"),
        wearing("a blue and white checkered pajama set", who="she"),
        color_of("shirt", "blue and white", kind="open"),
        Q.pattern("checked"),
        details("shirt", "The shirt has a collar, a breast pocket and white piping on the collar and the cuffs."),
        D.material(
            "The lady wears a short-sleeve shirt with lattice patterns and a long pants. Question: What material is "
            "the garment made of? Answer: The",
            "leak",
        ),
        title="Lovable Women Blue & White Checked Night Suit",
        category=NS,
        color="Blue",
        gender=W,
    ),
    # photo: olive green short-sleeve henley tee with three buttons and olive shorts with an elastic waist, white
    # backdrop, front view. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. This lady wears a ring.",
            "unsupported",
        ),
        wearing("green", "non_answer"),
        D.color("olive"),
        D.garment_type("night suit"),
        color_of("shorts", "khaki", "contradiction", kind="open"),
        D.details("The T-shirt has three buttons at the neckline and the shorts have an elastic waist."),
        Q.sleeve_length("short sleeves"),
        title="Zivame Women Olive Green Solid Shorts Night Suit",
        category=NS,
        color="Olive",
        gender=W,
    ),
    # photo: maroon lounge pants with a small white logo on the back waistband, worn with a black tank top, back view
    # (model seen from behind), white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-020",
        caption(
            "The lady wears a tank shirt with pure color patterns and a long pants. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("pants", "black", "other_garment_color"),
        wearing("The gentleman is wearing a tank shirt with pure color patterns and a long pants.", "pronoun"),
        D.details("The pants have a logo on the back of the waistband."),
        describe("pants", "The pants are maroon and long, with a wide leg and an elastic waistband."),
        D.material("The pants are made of leather.", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Enamor Women Maroon Lounge Pants",
        category=LP,
        color="Maroon",
        gender=W,
    ),
    # photo: lilac short-sleeve cotton jersey nightdress with a grey cat-face print on the chest, knee length, white
    # backdrop. The seller's color (Grey) names the print, not the dress. Free texts: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1024-021",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        D.color("purple"),
        wearing(
            "a purple nightgown with a cat face on it Question: What is the color of the nightgown? Answer: purple",
            "leak",
        ),
        describe("nightdress", "The nightdress is lilac with a grey cat face on the chest and it is of medium length."),
        Q.pattern("graphic"),
        D.details(
            "The dress is with cotton fabric and its neckline is round. The dress is with cotton fabric and its "
            "neckline is round. The dress is with",
            "loop",
            hit_limit=True,
        ),
        title="Mod & Shy Women Grey Printed Nightdress",
        category=ND,
        color="Grey",
        gender=W,
    ),
    # photo: white short-sleeve tee with a black panda graphic (panda on a branch eating bamboo, "sleepy panda" under
    # it) and black pyjamas with a small white panda print, white backdrop. Free texts: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1024-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("t-shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        wearing("a white t-shirt and black pajama pants with pandas"),
        D.garment_type("night suit"),
        details(
            "t-shirt",
            "The t-shirt has a panda print on the front and the panda is sitting on a branch and eating bamboo and "
            "the words sleepy panda are written under the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        D.description("", "non_answer"),
        title="Candyskin Women White & Black Panda Print Night Suit",
        category=NS,
        color="White",
        gender=W,
    ),
    # photo: grey melange cotton lounge pants with drawstring, small Jockey logo on the left thigh and cuffed ankles,
    # worn with a navy blue tee, hands by her sides, white backdrop. Free texts: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1024-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady is standing with her hands by her sides and her",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy blue", "other_garment_color"),
        describe("pants", "grey", "non_answer"),
        D.details("The pants have a drawstring waistband, a small Jockey logo on the left thigh and cuffed ankles."),
        wearing("She is wearing a navy blue t-shirt and grey track pants", who="she"),
        D.material("cotton"),
        title="Jockey Women Grey Melange Cotton Lounge Pants",
        category=LP,
        color="Grey Melange",
        gender=W,
    ),
    # photo: navy blue sleeveless v-neck maxi nightdress with a small white floral print, hand on hip, white backdrop.
    # Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-024",
        caption(
            "The person wears a tank dress with floral patterns. The dress is with cotton fabric and it has a "
            "v-shape neckline. The dress is of long length."
        ),
        wearing("The man is wearing a blue dress with white flowers", "pronoun", who="the woman"),
        D.color("navy blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("floral"),
        D.description("The dress is navy blue with small white flowers all over it, it has no sleeves and a v-neck."),
        is_a("nightdress", "yes"),
        title="Lovable Women Navy Blue Floral Print Cotton Maxi Nightdress",
        category=ND,
        color="Navy Blue",
        gender=W,
    ),
    # photo: sea green short-sleeve tee with a white leaf print and solid white pyjamas with a plain drawstring, no
    # pocket on the tee, the model holding a book, white backdrop. Free texts: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X1024-025",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with pure color patterns. She is holding a book."
        ),
        color_of("pants", "green", "other_garment_color"),
        color_of("t-shirt", "sea green"),
        wearing("a green shirt and green pants", "other_garment_color"),
        D.details("The T-shirt has a pocket on the chest and the pants have a drawstring with tassels.", "unsupported"),
        Q.pattern("printed"),
        D.material("Question: What material is the pants made of? Answer:", "leak"),
        title="Sweet Dreams Women Sea Green & White Printed Night Suit",
        category=NS,
        color="Sea Green",
        gender=W,
    ),
    # photo: black lounge pants with white polka dots and an elastic waistband, worn with a plain white tee, white
    # backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("pants", "black"),
        Q.pattern("solid", "contradiction"),
        details("pants", "The pants are black with white dots and have an elastic waistband."),
        wearing(
            "She is wearing a white t-shirt and black pants with white polka dots. She is wearing a white t-shirt and "
            "black pants with white polka dots. She is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.garment_type("lounge pants"),
        D.material("What material is the garment made of? The garment is made of a material.", "restated"),
        title="Kiwi Women Black Polka Dot Lounge Pants",
        category=LP,
        color="Black",
        gender=W,
    ),
    # photo: purple satin notch-collar long-sleeve shirt with black piping on collar, cuffs and pocket, matching long
    # pants, the model seated on a bed with a white sheet and a grey headboard. Free texts: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1024-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and it has a lapel neckline. She is sitting on a bed.",
            "contradiction",
        ),
        D.color("purple"),
        D.material("satin"),
        color_of("pants", "grey", "contradiction"),
        wearing("a purple satin pajama set"),
        details("shirt", "The shirt has black piping on the collar, the cuffs and the pocket."),
        Q.sleeve_length("long sleeves"),
        title="Lovable Women Purple Satin Night Suit",
        category=NS,
        color="Purple",
        gender=W,
    ),
    # photo: beige cotton short shirt-style nightdress with a shirt collar, short sleeves and a buttoned placket,
    # white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-028",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. The dress is of medium short length."
        ),
        wearing("he is wearing a beige shirt dress", "pronoun", who="she"),
        D.color("white", "contradiction"),
        describe("nightdress", "The nightdress is made of cotton and has buttons on the front."),
        D.details("What are the details of the garment?", "restated"),
        is_a("nightdress", "no", "contradiction"),
        title="Clovia Women Beige Cotton Button-Down Nightdress",
        category=ND,
        color="Beige",
        gender=W,
    ),
    # photo: baby pink pyjama bottoms with a white heart print and drawstring, worn with a grey melange tee, white
    # backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and graphic patterns."
        ),
        color_of("pyjamas", "grey", "other_garment_color", kind="open"),
        wearing("a grey t-shirt and pink pajama pants with hearts"),
        D.color("pink"),
        describe(
            "pyjamas",
            "The pyjamas are pink with white hearts on them and have a drawstring. The pyjamas are pink with white "
            "hearts on them and have a drawstring. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pyjamas"),
        D.details("The pyjamas have lace at the hem and a satin ribbon bow at the waist.", "unsupported"),
        title="Sweet Dreams Women Pink Heart Print Pyjamas",
        category=PJ,
        color="Pink",
        gender=W,
    ),
    # photo: navy blue short-sleeve tee with a small chest logo and grey melange shorts with an elastic drawstring
    # waist, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue", "other_garment_color"),
        color_of("t-shirt", "navy blue"),
        wearing("she is wearing a blue t-shirt and grey shorts", who="she"),
        D.details(
            "The T-shirt has a small logo on the chest and the shorts have an elastic waistband with a drawstring."
        ),
        D.material("cotton Question: What is the pattern of the garment? Answer: solid Question:", "leak"),
        Q.sleeve_length("short sleeves"),
        title="Jockey Women Navy Blue & Grey Cotton Shorts Night Suit",
        category=NS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: olive green tapered lounge pants with an elastic waist, worn with a white tee and a wristwatch, white
    # backdrop. Row lacks the color column. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist."
        ),
        color_of("pants", "white", "other_garment_color"),
        wearing("a white t-shirt and green pants"),
        describe("pants", "The pants are olive green with an elastic waist and they are tapered at the ankle."),
        D.material(
            "The pants are made of cotton fabric and the t-shirt is made of cotton fabric and the pants are made of "
            "cotton fabric and the t-shirt is made of",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of lounge pants", "yes"),
        details("pants", "What are the details of the pants? The details of the pants are", "restated"),
        title="Hanes Women Solid Tapered Lounge Pants",
        category=LP,
        gender=W,
    ),
    # photo: pale yellow sleeveless round-neck cotton nightdress with a small satin bow at the neckline and white
    # lace at the hem, the model beside a white chair, light grey backdrop. Free texts: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1024-032",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric and it has a round "
            "neckline. The dress is of medium length. The lady is standing next to a chair."
        ),
        D.color("grey", "contradiction"),
        wearing("a yellow nightgown"),
        D.description("The dress has lace on the bottom."),
        Q.sleeve_length("sleeveless"),
        D.details(
            "The dress has a small bow on the neckline and lace on the bottom. The dress is with cotton fabric and it "
            "has a round neckline. The dress is of medium length. The",
            "cut",
            hit_limit=True,
        ),
        title="Kiwi Women Yellow Cotton Lace Trim Nightdress",
        category=ND,
        color="Yellow",
        gender=W,
    ),
    # photo: black short-sleeve tee with red "Cozy" lettering and red-and-black buffalo check pyjamas, white socks,
    # white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        color_of("t-shirt", "red", "other_garment_color"),
        color_of("pants", "red and black", kind="open"),
        wearing("The woman is wearing a black t-shirt and red and black plaid pajama pants.", who="the woman"),
        D.garment_type("night suit"),
        Q.pattern("checked"),
        D.details(
            "The T-shirt has the word cozy written on it in red letters and the pants are red and black checked with "
            "an elastic waist and the pants have a",
            "cut",
            hit_limit=True,
        ),
        title="Candyskin Women Red & Black Checked Night Suit",
        category=NS,
        color="Red",
        gender=W,
    ),
    # photo: light blue wide-leg jersey lounge pants with a drawstring, worn with a white oversized shirt half
    # tucked in, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("pants", "blue"),
        wearing("jeans", "contradiction", who="the lady"),
        details("pants", "The pants have a drawstring at the waist and they are loose and wide at the bottom."),
        D.material("The garment is made of the garment.", "restated"),
        is_a("pair of jeans", "no"),
        D.color("white", "other_garment_color"),
        title="Enamor Women Light Blue Wide Leg Lounge Pants",
        category=LP,
        color="Blue",
        gender=W,
    ),
    # photo: maroon long-sleeve knee-length nightdress with a pink floral print, round neck, front view only, no
    # pockets, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        wearing("a long-sleeve dress with floral patterns"),
        D.color("maroon"),
        Q.sleeve_length("long sleeves"),
        describe(
            "nightdress",
            "Question: Describe the nightdress. Answer: The nightdress is maroon with pink flowers. Question: "
            "Describe the nightdress. Answer: The",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The dress has a round neckline with a keyhole button at the back and two side pockets.", "unsupported"
        ),
        D.garment_type("nightdress"),
        title="Sweet Dreams Women Maroon Floral Print Nightdress",
        category=ND,
        color="Maroon",
        gender=W,
    ),
    # photo: blush pink satin set: cami top and shorts with a matching long-sleeve robe worn open over them, lace on
    # the robe's cuffs, satin belt, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-036",
        caption("a woman in a pink satin robe and shorts"),
        wearing("a pink robe"),
        D.garment_type("night suit"),
        D.color("pink"),
        D.material("silk", "unsupported"),
        D.description(
            "The robe is pink and it has a belt around the waist. The robe is pink and it has a belt around the "
            "waist. The robe is pink and it",
            "loop",
            hit_limit=True,
        ),
        D.details("The robe has lace on the sleeves."),
        title="Clovia Women Pink Satin 3-Piece Night Suit with Robe",
        category=NS,
        color="Pink",
        gender=W,
    ),
    # photo: navy cotton pyjama bottoms with a small white anchor print and drawstring, worn with a white-and-navy
    # striped tee, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-037",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        color_of("pyjamas", "navy blue"),
        Q.pattern("printed"),
        wearing("a striped shirt and navy pajama pants with anchors"),
        details("pyjamas", "The pyjamas have an anchor print and a drawstring."),
        D.description(
            "The pyjamas are navy blue with white anchors and have two pockets on the back and a zip fly.",
            "unsupported",
        ),
        D.material("cotton"),
        title="Jockey Women Navy Blue Anchor Print Cotton Pyjamas",
        category=PJ,
        color="Navy Blue",
        gender=W,
    ),
    # photo: turquoise blue short-sleeve knee-length nightdress with white piping on the sleeves and neckline, no
    # jewellery or hat, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-038",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. This lady wears a ring. There is a hat in her "
            "head.",
            "unsupported",
        ),
        wearing("He is wearing a blue nightgown", "pronoun", who="she"),
        D.color("turquoise blue"),
        Q.sleeve_length("short sleeves"),
        D.details("The dress has white piping on the sleeves and the neckline."),
        describe("nightdress", "blue", "non_answer"),
        title="Mod & Shy Women Turquoise Blue Nightdress",
        category=ND,
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: grey melange long-sleeve tee with a pink "Weekend" slogan, ribbed cuffs, grey pyjamas with a small pink
    # star print, white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-039",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. The lady wears "
            "a long-sleeve T-shirt with graphic patterns and",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        wearing("a grey shirt that says weekend and pajama pants with stars"),
        color_of("pants", "grey"),
        Q.pattern("striped", "contradiction"),
        D.details(
            "The T-shirt has the word weekend written on the front in pink letters and the cuffs of the sleeves are "
            "ribbed and the pants have pink stars all over them and",
            "cut",
            hit_limit=True,
        ),
        title="Lovable Women Grey Printed Night Suit",
        category=NS,
        color="Grey Melange",
        gender=W,
    ),
    # photo: mauve wide-leg lounge pants, worn with a black sleeveless crop top, white backdrop. Free texts: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X1024-040",
        caption(
            "The lady wears a tank shirt with pure color patterns and a long pants. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("pants", "purple"),
        wearing("she is wearing", "non_answer", who="she"),
        describe("pants", "The pants are black with a wide leg and an elastic waistband.", "other_garment_color"),
        D.material("modal", "unsupported"),
        D.garment_type("lounge pants"),
        title="Zivame Women Mauve Wide Leg Lounge Pants",
        category=LP,
        color="Mauve",
        gender=W,
    ),
    # photo: white short-sleeve knee-length cotton nightdress with a multicolor (pink, yellow, blue) balloon print,
    # white backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-041",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        D.color("white"),
        wearing(
            "a white nightgown with colorful balloons on it and a round neckline and short sleeves and it is of medium "
            "length and the balloons are pink, yellow and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        D.details("The dress has balloons printed all over it in pink, yellow and blue."),
        D.description(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        title="Sweet Dreams Women Multi Balloon Print Nightdress",
        category=ND,
        color="Multi",
        gender=W,
    ),
    # photo: white sleeveless top with blue stripes and solid blue shorts, white backdrop. Row lacks the category
    # column. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-042",
        caption(
            "The lady wears a tank shirt with striped patterns and a three-point shorts. The shorts are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("shorts", "white", "other_garment_color"),
        wearing("a striped tank top and blue shorts"),
        Q.sleeve_length("sleeveless"),
        D.details(
            "Question: What are the details of the garment? Answer: The shorts are blue. Question: What are the "
            "details of the garment? Answer: The shorts",
            "leak",
            hit_limit=True,
        ),
        D.material("The lady wears a tank shirt with striped patterns and a three-point shorts.", "non_answer"),
        title="Kiwi Women Blue & White Striped Shorts Night Suit",
        color="Blue",
        gender=W,
    ),
    # photo: black lounge pants with a white drawstring and side pockets, plain hems, worn with a red tee, white
    # backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady is standing in front of a white",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        D.color("red", "other_garment_color"),
        wearing("The woman is wearing a red t-shirt and red pants.", "other_garment_color", who="the woman"),
        describe(
            "pants",
            "The pants are black with a white drawstring. They have pockets on the sides and a zip at the bottom of "
            "each leg.",
            "unsupported",
        ),
        details("pants", "The pants details are the details of the pants.", "restated"),
        title="Hanes Women Black Lounge Pants",
        category=LP,
        color="Black",
        gender=W,
    ),
    # photo: burgundy satin slip nightdress with black lace at the bust and a side slit, standing pose, white
    # backdrop. Free texts: caption adapter epoch 2; closed: reference engine.
    case(
        "X1024-044",
        caption("a woman in a red satin nightgown"),
        D.color("burgundy"),
        wearing("a red nightie with black lace"),
        D.material("satin"),
        Q.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The nightdress has black lace on the chest. Question: What is the length of the nightdress? Answer: The "
            "nightdress is of",
            "leak",
            hit_limit=True,
        ),
        describe(
            "nightdress",
            "The lady wears a tank dress with pure color patterns. His dress is of medium length.",
            "pronoun",
        ),
        title="Clovia Women Wine Satin Lace Nightdress",
        category=ND,
        color="Burgundy",
        gender=W,
    ),
    # photo: mint green short-sleeve tee printed "Dream" in white and mint-and-white striped shorts with a plain
    # drawstring waist (no lace), the model holding a white mug, white backdrop. Free texts: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X1024-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and striped patterns."
        ),
        wearing("The lady is wearing a green t-shirt and green and white striped shorts.", who="the lady"),
        D.color("green"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        is_a("night suit", "no", "contradiction"),
        D.details(
            "The t-shirt has the word dream written on it and the shorts have a drawstring and lace trim on the hem.",
            "unsupported",
        ),
        title="Sweet Dreams Women Mint Green Printed Shorts Night Suit",
        category=NS,
        color="Green",
        gender=W,
    ),
    # photo: coffee brown cotton lounge pants with an elastic waistband, drawstring and two side pockets, worn with a
    # cream tee, left hand in a side pocket, white backdrop. Row lacks the category column. Free texts: caption
    # adapter epoch 2; closed: reference engine.
    case(
        "X1024-046",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The lady is standing with her left hand in the pocket of the pants "
            "and her right",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "cream", "other_garment_color"),
        wearing("a cream t-shirt and brown pants", who="she"),
        details(
            "pants",
            "The pants have an elastic waistband, a drawstring and two side pockets. The pants have an elastic "
            "waistband, a drawstring and two side pockets. The pants",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.garment_type("lounge pants"),
        title="Jockey Women Coffee Brown Cotton Lounge Pants",
        color="Coffee Brown",
        gender=W,
    ),
]
