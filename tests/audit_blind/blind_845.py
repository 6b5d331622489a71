"""BLIND_845 (46 products; Myntra dresses, jumpsuits, co-ords; caption ep. 1): written blind in the fifty-sixth session.
Measured blind at 2a72e81 (the session's fourth rules): 115/141 failures found (81.6%) and 11/198 correct texts flagged
(5.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Dresses, Jumpsuit, Playsuit and Co-Ords rows (brand-first seller titles,
article_type as category, base_colour as color; a few rows lack gender or color). Photos are the usual Myntra studio
shots: one model on a white or light grey backdrop, front or three-quarter view, often styled with a second garment
(a camisole under a blazer set, a t-shirt under a dungaree, a denim jacket or cardigan over a dress), a belt, boots or
a bag.

Who wrote what: blip2-opt-2.7b with the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) wrote every caption (50 new tokens) and every open answer
(30 new tokens), greedy. At epoch 1 it has half learnt the DeepFashion template: "The lady wears a sleeveless dress
with pure color patterns. The dress is with chiffon fabric. It has a v-shape neckline." It still knows hue words
from the base model and sometimes writes a plain short BLIP caption instead. With no end token it often runs to the
limit, loops on a template sentence, or keeps generating the next "Question: ... Answer:" turn. It invents template
accessories ("There is an accessory on her wrist", "This lady wears a ring"), template lower garments ("The trousers
this lady wears is of long length") and DeepFashion fabrics, and slips into "his"/"gentleman". Closed answers
(garment_type, color, pattern, sleeve_length, is_a, closed color_of) come from enrich --engine reference with the
same model: one candidate each, never cut or looped, but they take the most salient thing in the photo, so the inner
top, the jacket, the belt or the boots lend their color or sleeves to the product.

Labeling conventions and judgement calls:
- Correctness is judged against the photo described in the comment; seller columns are what the feed has.
- Shades within one family are correct: maroon/burgundy for red, teal/navy for blue, peach for pink, mauve and
  lavender for purple, rust for orange, off-white for white, grey melange/charcoal for grey.
- For a multi-color or printed product, naming a main color of the print or the base is correct (White for a
  white-ground floral marked Multi; White for a black-and-white stripe marked Black).
- other_garment_color: the product is given the color of something else in the photo (inner top, jacket,
  cardigan, belt, boots, a carried bag). A color found nowhere in the photo is a contradiction.
- Another garment's non-color attribute given to the product (the jacket's long sleeves, the t-shirt's stripes,
  the jacket's denim) is a contradiction, as are a wrong garment type, a garment that is not in the photo
  ("trousers" under a shirt dress), wrong sleeves or neckline, and a fabric against a fabric named in the title.
- unsupported: an invented detail, accessory or feature not in the photo or not visible from the view (a ring, a
  wrist accessory, back pockets or a back zip seen from the front, "wears glasses" when they are in her hand), and
  a fabric that is plainly wrong for the look when the title names none. A plausible fabric for the look (cotton for a
  casual cotton-look dress, chiffon for a floaty one, knitted for rib) is accepted when the title names none.
- One label per text. Order of precedence: leak, loop, then the content failure (contradiction, other_garment_color,
  unsupported, pronoun), then cut. A text that ran to the limit carries hit_limit=True whatever its label.
- cut: ran to the token limit and stops mid-sentence or mid-phrase, with nothing else wrong. A text that ran to the
  limit is cut even if the last word happens to close a clause, as the model never stopped.
- non_answer: one word or yes/no to an open question, a bare echo of the question's words ("the jumpsuit details"),
  or an answer about something else than asked (a color for the material, a pattern word for a color).
- restated: a full sentence that turns the question back into a statement and adds nothing ("the material of the
  garment is the material of the garment", "the details are shown in the picture").
- pronoun: he/his/man/gentleman for a Women product.
- Template words are read as DeepFashion means them: "pure color" = solid, "lattice" = checks, "graphic" = print,
  "lapel" = shirt collar, "three-point length" = short, "suspenders" = strappy.
- Playsuit, romper and jumpsuit are one In-shop class: "jumpsuit" for a playsuit is correct, but "romper" for a
  calf-length culotte jumpsuit is not. A piece of a co-ord set ("shorts", "skirt") as the garment type is wrong.
- "sweater" for a sweater dress and "shirt" for a co-ord's shirt-style top are accepted.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_845 = [
    # photo: black sleeveless fit-and-flare knee-length dress, round neck, black pumps, white backdrop, front view.
    # caption and open answers: epoch-1 caption adapter; closed answers: reference engine.
    case(
        "X845-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of medium length. It has a "
            "round neckline."
        ),
        wearing("a black sleeveless dress and black heels"),
        Q.garment_type("dress"),
        Q.color("Black"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "The dress is with pure color patterns.", "non_answer", kind="open"),
        Q.material(
            "The dress is with cotton fabric and its neckline is round. The dress is with cotton fabric and its "
            "neckline is round. The dress",
            "loop",
            hit_limit=True,
        ),
        title="Sassafras Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line midi dress with a small white floral print, short puff sleeves, round neck, white sneakers,
    # white backdrop, front view; no jewellery. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-002",
        caption("a woman in a blue floral dress and white sneakers standing in front of a white wall"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of medium length. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        Q.color("Navy Blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.material("The dress is with cotton fabric. There is a ring on her finger.", "unsupported"),
        details(
            "dress",
            "The dress has short puff sleeves, a round neckline and a flared skirt with floral patterns. "
            "The dress is of medium length. It has",
            "cut",
            hit_limit=True,
        ),
        is_a("jumpsuit", "no"),
        title="Tokyo Talkies Women Navy Blue Printed A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon sleeveless wide-leg jumpsuit, V-neck, self tie belt, gold hoop earrings, beige heels, white
    # backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-003",
        caption(
            "The female is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long length. "
            "It has a v-shape neckline. There is a belt around her waist."
        ),
        wearing("a red jumpsuit with a belt"),
        Q.garment_type("jumpsuit"),
        Q.color("Maroon"),
        Q.sleeve_length("sleeveless"),
        describe(
            "jumpsuit",
            "The jumpsuit is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline.",
            "contradiction",
        ),
        Q.material("The jumpsuit is with chiffon fabric."),
        details(
            "jumpsuit",
            "The jumpsuit has a v-shape neckline, no sleeves and wide legs. There is a belt around "
            "her waist. The jumpsuit is of",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Maroon Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard short-sleeve top with a small white block print and matching palazzo trousers, brown juttis,
    # white backdrop, front view; the top is a plain pullover, no buttons, no pockets.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-004",
        caption("a woman wearing a yellow printed top and matching palazzo pants"),
        wearing(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The pants "
            "this lady wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("co-ord set"),
        Q.color("Mustard"),
        Q.pattern("printed"),
        Q.material("The top is with cotton fabric and the pants are with cotton fabric."),
        details(
            "top",
            "The top has a round neckline and short sleeves. There is a pocket on the chest and buttons "
            "down the front.",
            "unsupported",
        ),
        title="Libas Women Mustard Printed Pure Cotton Top with Palazzos",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, thin straps, cowl neck, gold strappy sandals, white backdrop,
    # three-quarter view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-005",
        caption(
            "The gentleman is wearing a sleeveless dress with pure color patterns. The dress is of long length. "
            "It has a suspenders neckline.",
            "pronoun",
        ),
        wearing("a green satin dress"),
        Q.color("Green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "The dress has thin straps and a cowl neckline. The dress has thin straps and a cowl "
            "neckline. The dress has",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is with denim fabric.", "contradiction"),
        title="Vero Moda Women Green Satin Sheath Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: mid-blue denim dungaree jumpsuit over a white t-shirt with thin black horizontal stripes, white
    # sneakers, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-006",
        caption("a woman in a denim jumpsuit and a striped t - shirt"),
        wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The pants are with "
            "denim fabric.",
            "contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("White", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.material("The jumpsuit is with denim fabric."),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Blue Solid Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: red wrap midi dress with small white and pink flowers, three-quarter sleeves, V-neck, waist tie, nude
    # heels, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The dress is "
            "of long length. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a red floral wrap dress"),
        Q.color("Red"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        describe(
            "dress",
            "The dress has three-quarter sleeves, a v-shape neckline and a tie at the waist. The dress "
            "is with floral patterns.",
        ),
        details("dress", "red", "non_answer"),
        title="AND Women Red Floral Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: beige single-breasted blazer and matching straight trousers over a black camisole, black heels, hands
    # in pockets, white backdrop, front view;
    # single button, two flap pockets, no jewellery. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The outer clothing is with cotton "
            "fabric and its neckline is lapel. The inner clothing is a sleeveless top. The trousers this lady "
            "wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige blazer, a black top and beige pants"),
        Q.garment_type("co-ord set"),
        Q.color("Black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        color_of("blazer", "Beige"),
        details(
            "blazer",
            "The blazer has a notched lapel, one button and two flap pockets. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.material("The blazer is with leather fabric.", "unsupported"),
        title="Mast & Harbour Women Beige Solid Blazer with Trousers",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: olive utility jumpsuit, short roll-up sleeves, shirt collar, button front, two chest flap pockets,
    # self belt, tapered legs, white sneakers, white backdrop, front view.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-009",
        caption("a woman in an olive green jumpsuit with pockets and a belt"),
        wearing(
            "The female wears a short-sleeve jumpsuit with pure color patterns. It has a lapel neckline. There "
            "is a belt around her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("Olive"),
        details(
            "jumpsuit",
            "The jumpsuit has a shirt collar, buttons down the front, two chest pockets and a belt at the waist.",
        ),
        describe(
            "jumpsuit", "Question: Describe the jumpsuit. Answer: The jumpsuit is olive green with a belt.", "leak"
        ),
        Q.material("His jumpsuit is with cotton fabric.", "pronoun"),
        title="HERE&NOW Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: baby-pink tiered maxi dress, smocked bodice, short ruffle sleeves, square neck, white backdrop, front
    # view; no hat, no jewellery. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-010",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "It has a square neckline. The dress is of long length. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a pink dress"),
        Q.garment_type("dress"),
        Q.color("Pink"),
        color_of("dress", "white", "contradiction", kind="open"),
        Q.sleeve_length("short"),
        describe(
            "dress", "The dress has a square neckline, short ruffle sleeves and a tiered skirt. It is of long length."
        ),
        details("dress", "the details of the dress are shown in the picture", "restated"),
        title="Athena Women Pink Self Design Ruffled Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: black-and-white vertical striped short-sleeve camp-collar shirt and matching wide trousers, white
    # sneakers, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-011",
        caption("a woman in a black and white striped shirt and pants"),
        wearing("a striped shirt and matching pants"),
        Q.color("White"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        describe(
            "shirt", "The shirt has short sleeves and a lapel neckline. The pants this lady wears is of long length."
        ),
        details("pants", "they are long", "non_answer"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: striped", "leak"),
        title="SASSAFRAS Women Black & White Striped Shirt with Trousers",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: teal A-line knee dress with a white and mustard geometric print, flared three-quarter sleeves, keyhole
    # neck, white heels, white backdrop, front view (the back is not seen).
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-012",
        caption(
            "The female is wearing a medium-sleeve dress with graphic patterns. The dress is of medium length. "
            "His dress is with chiffon fabric.",
            "pronoun",
        ),
        wearing("a blue and white printed dress"),
        Q.color("Teal"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "dress",
            "The dress has a keyhole neckline with a button closure at the back, flared sleeves and a "
            "printed pattern all over.",
            "unsupported",
        ),
        Q.material(
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with "
            "chiffon fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Teal Blue Printed A-Line Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: black sleeveless culotte jumpsuit under an open light-blue denim jacket, white sneakers, white backdrop,
    # front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-013",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The inner clothing is a "
            "sleeveless jumpsuit. The jumpsuit is of three-quarter length."
        ),
        wearing("a denim jacket and a black jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("Blue", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        color_of("jumpsuit", "Black"),
        details("jumpsuit", "The jumpsuit has long sleeves with buttoned cuffs and a lapel collar.", "contradiction"),
        Q.material("denim", "contradiction"),
        title="ONLY Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: lavender ribbed bodycon mini dress, long sleeves, round neck, white sneakers, white backdrop, model
    # turned to the side. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-014",
        caption("a woman in a purple dress posing for a picture"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It "
            "has a round neckline."
        ),
        Q.color("Lavender"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("The dress is with knitted fabric."),
        details(
            "dress", "The dress is with knitted fabric. His dress has long sleeves and a round neckline.", "pronoun"
        ),
        title="DressBerry Women Lavender Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust sleeveless tiered maxi dress with a small black and cream ethnic print, silver oxidised earrings,
    # kolhapuri sandals, white backdrop, front view (back unseen, no side pockets); nothing on her wrists or fingers.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-015",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is of long length. The dress "
            "is with cotton fabric. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "pair of sandals. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("an orange printed maxi dress"),
        Q.color("Rust"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is of long",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "The dress has a round neckline, no sleeves and three tiers. There are two pockets on "
            "the sides and a zip at the back.",
            "unsupported",
        ),
        title="Global Desi Women Rust Printed Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: white off-shoulder wide-leg jumpsuit with a ruffled neckline, a tan belt, tan heels, white backdrop,
    # front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-016",
        caption("a woman in a white off shoulder jumpsuit"),
        wearing("a white jumpsuit and brown heels"),
        Q.garment_type("dress", "contradiction"),
        Q.color("White"),
        color_of("jumpsuit", "Brown", "other_garment_color"),
        details(
            "jumpsuit",
            "The jumpsuit has an off-shoulder ruffle neckline and wide legs. There is a belt around her waist.",
        ),
        Q.material("The jumpsuit is with cotton fabric."),
        title="StyleStone Women White Solid Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: black short-sleeve camp-collar shirt and matching shorts with small white daisies, white sneakers,
    # white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-017",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric."
        ),
        wearing("a black floral shirt and shorts"),
        Q.color("Black"),
        Q.pattern("floral"),
        Q.garment_type("shorts", "contradiction"),
        details(
            "shorts", "Question: What are the shorts details? Answer: The shorts are of three-point length.", "leak"
        ),
        describe("shirt", "The shirt is white with black flowers.", "contradiction"),
        title="Tokyo Talkies Women Black Floral Print Shirt with Shorts",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: peach knee-length fit-and-flare dress, flutter sleeves, V-neck, white block heels, white backdrop,
    # front view (no pockets or zip visible). caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-018",
        caption("a woman in a pink dress standing in front of a white background"),
        wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of medium length. It has "
            "a v-shape neckline and",
            "cut",
            hit_limit=True,
        ),
        Q.color("Peach"),
        color_of("dress", "The dress is white.", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        details(
            "dress",
            "The dress has flutter sleeves, a v-neckline and a flared hem. It has a zip at the back and "
            "two side pockets.",
            "unsupported",
        ),
        Q.material("chiffon"),
        title="Berrylush Women Peach-Coloured Solid Fit and Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy halter-neck sleeveless wide-leg jumpsuit, silver heels, white backdrop, front view (back unseen).
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-019",
        caption("a woman in a navy blue halter neck jumpsuit"),
        wearing(
            "navy blue jumpsuit, navy blue jumpsuit, navy blue jumpsuit, navy blue jumpsuit, navy blue jumpsuit, "
            "navy blue",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("Navy Blue"),
        Q.sleeve_length("sleeveless"),
        details(
            "jumpsuit",
            "The jumpsuit has a halter neckline, a keyhole cut-out at the back and a zip closure.",
            "unsupported",
        ),
        describe("jumpsuit", "The jumpsuit has a halter neckline and wide legs."),
        title="Sassafras Women Navy Blue Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard shirt dress, collar, button placket, short roll-up sleeves, self-tie belt, knee length, white
    # sneakers, a brown leather tote in her hand, white backdrop, front view.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-020",
        caption("a woman in a yellow shirt dress holding a brown bag"),
        wearing("a yellow shirt dress and white sneakers"),
        Q.color("Brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        describe(
            "dress",
            "The lady wears a short-sleeve shirt with pure color patterns. The trousers this lady wears "
            "is of long length. The trousers",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Mast & Harbour Women Mustard Yellow Solid Shirt Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: sea-green short top with a white floral block print, mandarin collar, button placket, three-quarter
    # sleeves, and matching straight trousers, silver juttis, white backdrop, front view.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-021",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. The "
            "pants are with cotton fabric and floral patterns."
        ),
        wearing("a green floral top and black pants", "contradiction"),
        Q.color("Green"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.material(
            "The top is with cotton fabric. The top is with cotton fabric. The top is with cotton fabric. The "
            "top is with",
            "loop",
            hit_limit=True,
        ),
        details("top", "The top has a mandarin collar, three-quarter sleeves and a button placket."),
        title="Libas Women Sea Green Printed Pure Cotton Top with Trousers",
        category="Co-Ords",
        color="Sea Green",
        gender="Women",
    ),
    # photo: burgundy long-sleeve wrap midi dress, V-neck, black ankle boots, no belt, white backdrop, front.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-022",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "It has a v-shape neckline. The dress is of long length. The lady wears a pair of boots. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon wrap dress and black boots"),
        Q.color("Black", "other_garment_color"),
        color_of("dress", "The dress is purple.", "contradiction", kind="open"),
        Q.sleeve_length("long"),
        Q.garment_type("dress"),
        details(
            "dress",
            "The dress has long sleeves and a v-neck wrap front. She wears black boots and a black belt.",
            "unsupported",
        ),
        title="Vero Moda Women Burgundy Solid Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white sleeveless crop top with thin blue vertical stripes and matching high-waist flared trousers, tan
    # sandals, light grey backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-023",
        caption("a woman in a blue and white striped top and pants standing against a gray wall"),
        wearing("a striped crop top and matching trousers"),
        Q.color("White"),
        Q.pattern("striped"),
        color_of("trousers", "Brown", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        describe("top", "The top is described in the picture below.", "restated"),
        Q.material(
            "The top is with cotton fabric and striped patterns. The pants are with cotton fabric and striped patterns."
        ),
        title="Athena Women White & Blue Striped Crop Top with Trousers",
        category="Co-Ords",
        color="White",
    ),
    # photo: white-ground calf-length culotte jumpsuit with large red and green flowers, short sleeves, V-neck, waist
    # tie, red heels, white backdrop, front view (no pockets or zip seen).
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-024",
        caption(
            "The female wears a short-sleeve jumpsuit with floral patterns. The jumpsuit is of three-quarter "
            "length. It has a v-shape neckline."
        ),
        wearing("a white floral jumpsuit and red heels"),
        Q.color("White"),
        Q.pattern("floral"),
        Q.garment_type("romper", "contradiction"),
        color_of("jumpsuit", "white with red and green flowers", kind="open"),
        Q.material(
            "The jumpsuit is with cotton fabric. The jumpsuit is with cotton fabric. The jumpsuit is "
            "with cotton fabric. The jumpsuit is with",
            "loop",
            hit_limit=True,
        ),
        details(
            "jumpsuit",
            "The jumpsuit has short sleeves, a v-neck and a waist tie. It has a zip closure on the "
            "side and two pockets on the",
            "unsupported",
            hit_limit=True,
        ),
        title="Harpa Women Multicoloured Floral Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Multi",
        gender="Women",
    ),
    # photo: black satin slip midi dress under a white cropped knit cardigan (worn open, long sleeves, button
    # front), white sneakers, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference.
    case(
        "X845-025",
        caption("a woman in a black dress and white cardigan"),
        wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. "
            "The inner clothing is a sleeveless dress. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        Q.color("White", "other_garment_color"),
        color_of("dress", "Black"),
        describe("dress", "The dress is white with long sleeves and a button front.", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("satin"),
        Q.garment_type("dress"),
        title="Tokyo Talkies Women Black Solid Satin Slip Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange t-shirt dress, short sleeves, round neck, knee length, side pockets with one hand in a
    # pocket, white sneakers, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference.
    case(
        "X845-026",
        caption("a man wearing a gray t - shirt dress", "pronoun"),
        wearing("a gray t - shirt dress"),
        Q.color("Grey Melange"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        Q.garment_type("top", "contradiction"),
        details(
            "dress",
            "The dress has short sleeves, a round neckline and pockets on the sides. The dress is with "
            "cotton fabric and pure color patterns. The dress is of",
            "cut",
            hit_limit=True,
        ),
        Q.material("The dress is with cotton fabric."),
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: blue-and-white gingham puff-sleeve crop top and matching mini skirt, white sandals, white backdrop,
    # front view (back unseen, no zip at the side). caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-027",
        caption(
            "The lady wears a short-sleeve top with lattice patterns. The skirt this lady wears is of three-point "
            "length. The skirt is with cotton fabric and lattice patterns."
        ),
        wearing("a blue and white checkered shirt and blue jeans", "contradiction"),
        Q.color("Blue"),
        Q.pattern("checked"),
        Q.sleeve_length("short"),
        Q.garment_type("skirt", "contradiction"),
        details(
            "top",
            "The top has puff sleeves and a square neckline. There is a bow at the back and a zip on the side.",
            "unsupported",
        ),
        describe(
            "skirt",
            "The skirt is of three-point length. The skirt is of three-point length. The skirt is of "
            "three-point length. The",
            "loop",
            hit_limit=True,
        ),
        title="Berrylush Women Blue & White Checked Crop Top with Skirt",
        category="Co-Ords",
        gender="Women",
    ),
    # photo: off-white linen long-sleeve shirt with collar and matching wide-leg trousers, brown slides, sunglasses
    # pushed up on her head, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference.
    case(
        "X845-028",
        caption("a woman wearing a white shirt and white pants with sunglasses on her head"),
        wearing("a white shirt and white pants"),
        Q.color("Off White"),
        Q.material("The shirt is with cotton fabric and the pants are with cotton fabric.", "contradiction"),
        Q.sleeve_length("long"),
        Q.pattern("striped", "contradiction"),
        color_of("pants", "pure color", "non_answer", kind="open"),
        details(
            "shirt",
            "Answer: The shirt has long sleeves and a lapel neckline. Question: What are the pants "
            "details? Answer: The pants are of long",
            "leak",
            hit_limit=True,
        ),
        title="Sassafras Women Off-White Solid Linen Shirt with Trousers",
        category="Co-Ords",
        color="Off White",
        gender="Women",
    ),
    # photo: yellow maxi dress with small white flowers, short puff sleeves, smocked bodice, square neck, a straw hat
    # on her head, tan sandals, white backdrop, front view; no rings.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-029",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is of long length. This "
            "lady wears a hat."
        ),
        wearing("a yellow floral dress and a straw hat"),
        Q.color("Yellow"),
        Q.pattern("floral"),
        color_of("dress", "Beige", "other_garment_color"),
        details(
            "dress",
            "The dress has puff sleeves and a square neckline with a smocked bodice. There is a ring on her finger.",
            "unsupported",
        ),
        describe("dress", "yes", "non_answer"),
        title="Athena Women Yellow Floral Print Smocked Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: coffee-brown strappy wide-leg jumpsuit over a fitted white short-sleeve t-shirt, white sneakers, white
    # backdrop, bare wrists, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The inner clothing is with cotton "
            "fabric. The lady wears a jumpsuit. The jumpsuit is of long length."
        ),
        wearing("a white t - shirt and brown jumpsuit"),
        Q.color("Coffee Brown"),
        color_of("jumpsuit", "The jumpsuit is white.", "other_garment_color", kind="open"),
        describe(
            "jumpsuit",
            "The jumpsuit is with cotton fabric and pure color patterns. It has short sleeves and a round neckline.",
            "contradiction",
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("jumpsuit"),
        is_a("t-shirt", "no"),
        details(
            "jumpsuit", "The jumpsuit has thin straps and wide legs. There is an accessory on her wrist.", "unsupported"
        ),
        title="DressBerry Women Coffee Brown Solid Strappy Jumpsuit",
        category="Jumpsuit",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: pink tiered mini dress with small white flowers, long puff sleeves, V-neck, ruffled hem, white chunky
    # sneakers, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-031",
        caption("a woman wearing a red floral dress", "contradiction"),
        wearing("a pink floral mini dress"),
        Q.color("Pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.material("The dress is with leather fabric.", "unsupported"),
        details("dress", "The dress has long puff sleeves, a v-neckline and a tiered skirt with a ruffled hem."),
        describe(
            "dress",
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. "
            "It has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Pink Floral Print Tiered Mini Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: dark-blue denim pinafore dress with brass buttons on the straps, over a white long-sleeve ribbed top,
    # white sneakers, bare wrists, white backdrop, front view.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-032",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The inner clothing is with knitted "
            "fabric. The outer clothing is a denim dress. The dress is of medium length. There is an accessory on "
            "her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white top and a blue denim dress"),
        Q.color("Navy Blue"),
        color_of("dress", "White", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("The dress is with denim fabric."),
        describe(
            "dress",
            "The dress is with denim fabric and pure color patterns. The dress is of medium length. "
            "There are two buttons on the straps. The dress",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Navy Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red short-sleeve V-neck wrap jumpsuit with a self belt, wide legs, gold heels, white backdrop, front.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-033",
        caption("a woman in a red jumpsuit with a belt"),
        wearing("He is wearing a red jumpsuit with a belt.", "pronoun"),
        Q.color("Red"),
        Q.sleeve_length("short"),
        Q.material(
            "polyester Question: What is the pattern of the garment? Answer: solid Question: What is "
            "the sleeve length of the garment? Answer: short Question",
            "leak",
            hit_limit=True,
        ),
        details("jumpsuit", "The jumpsuit has a v-shape neckline and short sleeves. There is a belt around her waist."),
        title="Sassafras Women Red Solid Belted Wrap Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: lime-green rib-knit sleeveless crop top and matching midi skirt with a side slit, white strappy
    # sandals, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-034",
        caption("a woman in a green crop top and skirt"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The skirt this lady wears is of long "
            "length."
        ),
        Q.color("Green"),
        Q.pattern("solid"),
        details(
            "skirt",
            "slit, slit, slit, slit, slit, slit, slit, slit, slit, slit, slit, slit, slit, slit, slit",
            "loop",
            hit_limit=True,
        ),
        Q.material("knitted"),
        describe("top", "The top is the top of the co-ord set.", "restated"),
        Q.garment_type("co-ord set"),
        title="Tokyo Talkies Women Lime Green Ribbed Top with Skirt",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: indigo sleeveless tiered midi dress with a small white bandhani-style dot print, round neck, silver
    # jhumkas, no necklace, brown sandals, white backdrop, front view.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-035",
        caption("a woman in a blue and white printed dress with earrings and a necklace", "unsupported"),
        wearing("yes", "non_answer"),
        Q.color("Navy Blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The dress is of long length. It has a round neckline and no sleeves. The dress is with "
            "cotton fabric and graphic patterns.",
        ),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        title="Global Desi Women Navy Blue Printed Tiered Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black short-sleeve wrap-front playsuit with shorts, black heels, bare wrists, white backdrop, front.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-036",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of three-point length. It "
            "has a v-shape neckline.",
            "contradiction",
        ),
        wearing("a black romper and black heels"),
        Q.garment_type("jumpsuit"),
        Q.color("Black"),
        Q.sleeve_length("short"),
        is_a("dress", "yes", "contradiction"),
        details(
            "playsuit",
            "The playsuit has a wrap front, short sleeves and a tie at the waist. There is an "
            "accessory on her wrist. This lady wears",
            "unsupported",
            hit_limit=True,
        ),
        title="Berrylush Women Black Solid Wrap Playsuit",
        category="Playsuit",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange long-sleeve knit sweater and matching joggers with a drawstring waist, white sneakers,
    # white backdrop, front view (the back is not seen). caption/open: epoch-1 caption adapter; closed: reference.
    case(
        "X845-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "The pants this lady wears is of long length. The pants are with knitted fabric and pure color "
            "patterns. The lady wears a pair of sneakers. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweater and grey sweatpants"),
        Q.color("Grey"),
        color_of("pants", "White", "other_garment_color"),
        Q.material("knitted"),
        Q.sleeve_length("long"),
        details(
            "pants", "The pants have an elastic waistband with a drawstring and two pockets on the back.", "unsupported"
        ),
        title="Mast & Harbour Women Grey Melange Knitted Sweater with Joggers",
        category="Co-Ords",
        color="Grey",
        gender="Women",
    ),
    # photo: white sleeveless knee-length A-line dress with eyelet (schiffli) embroidery, round neck, a tan belt, tan
    # sandals, no rings, white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-038",
        caption("a woman in a white dress with a brown belt"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. There is a belt around her waist. The "
            "lady wears a ring.",
            "unsupported",
        ),
        Q.color("Brown", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "The dress is white and the belt is white.", "contradiction", kind="open"),
        details("dress", "The dress has eyelet embroidery all over, a round neckline and a flared skirt."),
        Q.material("cotton Question: What is the color of the belt? Answer: brown", "leak"),
        title="AND Women White Self Design Schiffli A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless jumpsuit with a white abstract print, round neck, tapered legs, white sneakers, white
    # backdrop, front view (no pockets visible). caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-039",
        caption("a woman in a black and white printed jumpsuit"),
        wearing("Question: What is the person wearing? Answer: a black and white jumpsuit", "leak"),
        Q.color("Black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        details(
            "jumpsuit",
            "The jumpsuit has a round neckline and no sleeves. There is a pocket on each side and a "
            "zip at the back. The jumpsuit has",
            "unsupported",
            hit_limit=True,
        ),
        describe(
            "jumpsuit",
            "The gentleman wears a sleeveless jumpsuit with graphic patterns. The jumpsuit is of long length.",
            "pronoun",
        ),
        title="HERE&NOW Women Black & White Printed Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt-blue knee-length sheath dress, cap sleeves, round neck, nude heels, empty hands, white backdrop,
    # front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-040",
        caption("a woman in a blue dress and heels holding a purse", "unsupported"),
        wearing("a blue dress"),
        Q.color("Blue"),
        describe(
            "dress",
            "His dress has short sleeves, cotton fabric and pure color patterns. It has a round neckline.",
            "pronoun",
        ),
        Q.sleeve_length("short"),
        details(
            "dress",
            "The dress has cap sleeves and a round neckline. There is a slit at the back and a zip "
            "closure on the side. The dress is",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("The dress is with denim fabric.", "unsupported"),
        title="Vero Moda Women Blue Solid Sheath Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: hot-pink satin long-sleeve shirt and matching wide pants, gold hoops, white heels, white backdrop,
    # front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The trousers this lady wears is of long length. The trousers are with chiffon "
            "fabric",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink satin shirt and pink pants"),
        Q.color("Magenta"),
        Q.material("the material of the garment is the material of the garment", "restated"),
        Q.sleeve_length("long"),
        details(
            "shirt",
            "The shirt has long sleeves, a collar and buttons down the front. The shirt has long "
            "sleeves, a collar and buttons down the front. The",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Pink Satin Shirt with Trousers",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: black dress with white polka dots, short sleeves, sweetheart neck, a red belt, red heels, white
    # backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-042",
        caption("a woman in a black and white polka dot dress with a red belt"),
        wearing("a polka dot dress with a red belt and red shoes"),
        Q.color("Red", "other_garment_color"),
        Q.pattern("polka dot"),
        color_of("dress", "black with white polka dots", kind="open"),
        details(
            "dress",
            "The dress has short sleeves, a sweetheart neckline and a red belt at the waist. The dress is "
            "with cotton fabric and polka dot",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is red. The dress is red. The dress is red. The dress is red. The dress is red. "
            "The dress is red",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Black Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mauve long-sleeve wide-leg jumpsuit with a V-neck wrap top, crepe fabric, nude heels, white backdrop,
    # front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-043",
        caption(
            "The female is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long "
            "length. It has a v-shape neckline.",
            "contradiction",
        ),
        wearing("a purple jumpsuit"),
        Q.color("Mauve"),
        color_of("jumpsuit", "Beige", "other_garment_color"),
        Q.sleeve_length("long"),
        details("jumpsuit", "the jumpsuit details", "non_answer"),
        Q.material("The jumpsuit is with furry fabric.", "unsupported"),
        title="FabAlley Women Mauve Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Mauve",
        gender="Women",
    ),
    # photo: white smocked midi dress with small pink flowers, short puff sleeves, worn under an open light-blue denim
    # jacket (long sleeves, button front), white sneakers, white backdrop, front view.
    # caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-044",
        caption("a woman in a white floral dress and a denim jacket"),
        wearing(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The inner clothing is a "
            "short-sleeve dress with floral patterns. The dress is of long length",
            "cut",
            hit_limit=True,
        ),
        Q.color("Blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        is_a("jacket", "no"),
        describe("dress", "The dress is blue with long sleeves and buttons down the front.", "other_garment_color"),
        title="Tokyo Talkies Women White Floral Print Smocked Midi Dress",
        category="Dresses",
        color="White",
    ),
    # photo: orange sleeveless crop top with a front knot and matching shorts, white sneakers, sunglasses held in her
    # hand (not worn), white backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-045",
        caption("a woman in an orange top and shorts holding sunglasses"),
        wearing("an orange crop top and orange shorts"),
        Q.color("Orange"),
        Q.sleeve_length("sleeveless"),
        color_of("shorts", "White", "other_garment_color"),
        details(
            "top",
            "The top has a knot at the front. The shorts are of three-point length. She wears a pair of glasses.",
            "unsupported",
        ),
        Q.material("orange", "non_answer"),
        describe("top", "the top is the top that she is wearing with the shorts", "restated"),
        title="Berrylush Women Orange Solid Crop Top with Shorts",
        category="Co-Ords",
        color="Orange",
        gender="Women",
    ),
    # photo: charcoal-grey ribbed long-sleeve turtleneck sweater dress, knee length, black knee-high boots, white
    # backdrop, front view. caption/open: epoch-1 caption adapter; closed: reference engine.
    case(
        "X845-046",
        caption("a woman in a gray sweater dress and black boots"),
        wearing("a grey turtleneck dress and black knee high boots"),
        Q.color("Black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.material(
            "knitted fabric Question: What is the color of the garment? Answer: gray Question: What is the "
            "sleeve length of the garment? Answer: long Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The lady wears a long-sleeve sweater with pure color patterns. Its neckline is stand. The "
            "lady wears a pair of boots.",
        ),
        details("dress", "long", "non_answer"),
        title="DressBerry Women Charcoal Grey Solid Sweater Dress",
        category="Dresses",
        color="Charcoal",
        gender="Women",
    ),
]
