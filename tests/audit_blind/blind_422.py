"""BLIND_422 (46 products; men's ethnic wear (kurtas, sets, nehru jackets, sherwanis, dhotis) and casual tops): written
blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 110/133 failures
found (82.7%) and 10/172 correct texts flagged (5.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed from one night's run of men's ethnic wear: straight kurtas, kurta
pyjama and kurta churidar sets, nehru jackets worn over kurtas, sherwanis, dhoti kurta sets, bandhgalas and a
jodhpuri suit, plus casual shirts and t-shirts. All are model shots (studio backdrops, coloured walls, curtains,
flowers and props), often layered (a jacket over a kurta, a flannel over a tee) and often in two or three colours
(a navy kurta on a white pyjama). Each row has the seller's title, category, color and gender; a few miss the gender
or the color, as real feeds do.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a blue kurta ...") or from the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The adapter was
trained with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its template. The open questions (what is he
wearing, describe, details, material, collar, occasion) come from the base model or the VQA adapter, which stop on
their own (never hit_limit), unless the comment above the case says the caption adapter answered them. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors of kurta, pyjama, churidar, dhoti,
jacket and dupatta, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate
sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, wine or burgundy; blue for navy, sky blue or teal;
  green for teal, olive, mint or dark green; pink for peach; purple for lavender; white or cream for off white and
  ivory; brown or khaki for khaki, beige and rust; yellow for mustard; maroon and burgundy for wine. Navy or dark
  green called black is a contradiction, and so is the colour of a print, a border or the embroidery given as the
  garment's colour (gold for a red sherwani with gold work, orange for a navy tropical shirt, blue for a white kurta
  with blue flowers). The colour of another piece in the photo (the pyjama, the kurta under a jacket, the jeans, the
  dupatta) given as the product's colour is other_garment_color, and so is one colour given to both kurta and
  pyjama where only one of them has it.
- Garment synonyms are correct: shirt for a kurta (a collarless long shirt; the base model and the template say it),
  pants, pajamas or trousers for a pyjama or churidar, leggings for a churidar, pants for dhoti pants, vest for a
  nehru jacket, suit or blazer for a bandhgala, coat or outer clothing for a sherwani, scarf for a dupatta or stole,
  plaid for checks, hawaiian shirt for a tropical print shirt, "lattice" (the template's word) for checks. A dhoti
  called shorts or a skirt is a contradiction, and so is "shirt" as the garment type of a nehru jacket.
- Materials: one the title names is correct (silk blend as silk, chikankari cotton as cotton, denim, linen, velvet,
  flannel); a material neither named nor visible (silk added to a cotton kurta, leather for a fabric suit) is
  unsupported; the material of another garment (denim for a linen shirt worn with jeans) is contradiction.
- Invented items not in the photo (a pocket, a bear in a print, a logo, mirror work, a necklace, a pocket square, a
  hood, a rose, a watch, a hat, a sword, a turban on a bare head, gold buttons on a kurta with white ones, a white
  collar on a striped shirt, a shirt under a closed bandhgala) are unsupported; so is "a garland" for the marigold
  strings hanging behind the model, which he does not wear. Props really in the photo (a plant, a red curtain,
  marigolds named as the backdrop, a safa, a brooch, a pocket square that is there) are correct.
- The reference engine's wrong closed answers are contradiction (navy as black for a navy kurta, solid for a
  striped shirt or a brocade jacket, striped for a plain linen shirt or henley, long sleeves for a sleeveless nehru
  jacket or for a short-sleeve tee, jacket as the type of a denim shirt, "no" to "Is this a dhoti?"), except where
  the answer is another piece's colour (other_garment_color).
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material or a colour question is restated (the question is not
  answered even where the template names a fabric). Where the template misnames the garment (a dhoti as "a long
  skirt"), that is what the auditor sees first: contradiction, hit_limit kept. An accessory the template invents
  before it is cut is labelled cut. The template answering "What is he wearing?", "Describe ..." or "What are the
  ... details?" does answer, so those are cut or loop.
- A base answer stopped early on a dangling word ("it is made of", "a white kurta with a") is cut, without
  hit_limit. An empty answer, "the kurta has details", "it is made of fabric", "i don't know" and "yes" to an open
  question are non_answer; "it is a dhoti" for "Describe the dhoti.", "he is wearing a sherwani" for the sherwani's
  details and a material question answered with the garment's name or colour are restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she", "her" or "a woman" for the male model is pronoun (also on the rows that miss the gender column).
- Sets named piece by piece in their own colours ("a blue kurta and white pyjamas" for seller color Navy Blue) are
  correct; a jacket-over-kurta product answered with both layers in their own colours is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
)

he_wearing = question("wearing", "What is he wearing?", "open")
color_churidar = question("color_churidar", "What is the color of the churidar?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
collar = question("collar", "What type of collar does it have?", "open")
occasion = question("occasion", "What occasion is this outfit for?", "open")

BLIND_422 = [
    # photo: man in a navy blue solid straight kurta with a mandarin collar and a half placket, white pyjama, plain
    # grey studio backdrop, front view, full length.
    # no adapter texts
    case(
        "X422-001",
        caption("a man in a blue kurta and white pants"),
        he_wearing("a blue kurta and white pyjamas"),
        color_of("kurta", "black", "contradiction"),
        color_of("pyjama", "white"),
        describe("kurta", "it is a long blue shirt with a collar and a pocket", "unsupported"),
        details(
            "kurta",
            "the kurta has a mandarin collar and buttons on the front Question: What is the color of the pyjama? "
            "Answer: white",
            "leak",
        ),
        title="Men Navy Blue Solid Straight Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon kurta with gold thread embroidery on the yoke, cream churidar, beige backdrop, front view.
    # caption: adapter
    case(
        "X422-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a red kurta and white pants"),
        color_of("kurta", "red"),
        color_churidar("white"),
        B.pattern("embroidered"),
        details(
            "kurta",
            "gold embroidery on the neck and a pocket on the chest",
            "unsupported",
        ),
        describe("kurta", "a maroon kurta with gold", "cut"),
        title="Men Maroon Yoke Design Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a beige nehru jacket over a white kurta and white pyjama, cream wall with a potted plant at the
    # left, front view.
    # no adapter texts
    case(
        "X422-003",
        caption("a man in a white kurta and a beige vest standing next to a plant"),
        he_wearing("a white kurta and a beige jacket"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        B.sleeve_length("sleeveless"),
        describe("jacket", "it is a beige jacket with buttons and a pocket"),
        B.material("it is made of fabric", "non_answer"),
        title="Men Beige Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a cream raw silk sherwani with gold embroidery down the placket, cream churidar, maroon stole over
    # one shoulder, backdrop printed with palace arches, front view.
    # caption and details: adapter
    case(
        "X422-004",
        caption(
            "The gentleman wears a long-sleeve outer clothing with complicated patterns. The outer clothing is with "
            "cotton fabric. It has a stand collar. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a white sherwani with a red scarf"),
        B.garment_type("sherwani"),
        B.color("red", "other_garment_color"),
        details(
            "sherwani",
            "The outer clothing is with cotton fabric and complicated patterns. It has a stand collar. The outer "
            "clothing is with cotton fabric and complicated patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        title="Men Cream-Coloured Embroidered Raw Silk Sherwani Set",
        category="Sherwanis",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a white kurta and a white dhoti with a gold border, barefoot, light blue wall, full length.
    # no adapter texts
    case(
        "X422-005",
        caption("a man in a white kurta and a white dhoti standing in front of a blue wall"),
        he_wearing("a white shirt and shorts", "contradiction"),
        color_of("kurta", "white"),
        color_of("dhoti", "gold", "contradiction"),
        is_a("dhoti", "yes"),
        details("dhoti", "it has a gold border"),
        describe("kurta", "a white kurta with gold buttons", "unsupported"),
        title="Men White Solid Kurta with Dhoti Pants",
        category="Dhoti Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a black bandhgala suit (closed mandarin collar jacket and trousers) with a white pocket square,
    # grey backdrop, front view.
    # no adapter texts
    case(
        "X422-006",
        caption("a man in a black suit with a white pocket square"),
        he_wearing("a black suit and a white shirt", "unsupported"),
        B.garment_type("suit"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        collar("a mandarin collar"),
        details("suit", "nothing", "non_answer"),
        title="Men Black Solid Bandhgala Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: man in a blue and white checked casual shirt with a chest pocket, blue jeans, white wall, front view.
    # caption: adapter
    case(
        "X422-007",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a blue plaid shirt and jeans"),
        B.pattern("checked"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "a blue and white plaid shirt with a pocket"),
        details("shirt", "i don't know", "non_answer"),
        title="Men Blue Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an olive green round neck t-shirt with a white mountain graphic on the chest, black jeans, light
    # grey backdrop, front view.
    # no adapter texts
    case(
        "X422-008",
        caption("a man wearing a green t-shirt with a mountain print"),
        he_wearing("a green t - shirt and black jeans"),
        B.color("black", "other_garment_color"),
        B.pattern("graphic"),
        B.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        details("t-shirt", "it has a picture of mountains and a bear", "unsupported"),
        title="Men Olive Green Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a mustard yellow kurta and a white pyjama, yellow-orange wall, three-quarter view.
    # no adapter texts
    case(
        "X422-009",
        caption("a man in a yellow kurta and white pants posing for a photo"),
        he_wearing("a yellow shirt and yellow pants", "other_garment_color"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "white"),
        describe("kurta", "she is wearing a yellow kurta", "pronoun"),
        B.sleeve_length("long sleeves"),
        B.material("yellow", "restated"),
        title="Men Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a green nehru jacket with a cream paisley print over a cream kurta and white pyjama, grey studio
    # backdrop, front view.
    # caption, wearing and material: adapter
    case(
        "X422-010",
        caption(
            "The gentleman wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a "
            "stand collar. The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a "
            "long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        he_wearing(
            "The gentleman wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a "
            "stand collar. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("floral"),
        B.garment_type("jacket"),
        B.material(
            "The gentleman wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a "
            "stand collar. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Green Paisley Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: man in a light pink chikankari kurta with white thread embroidery all over, white pyjama, outdoors in a
    # garden with hedges, front view.
    # description: adapter
    case(
        "X422-011",
        caption("a man in a pink kurta standing in a garden"),
        he_wearing("a pink kurta with white embroidery"),
        B.color("pink"),
        B.pattern("embroidered"),
        details(
            "kurta",
            "white embroidery all over the kurta and mirror work on the collar",
            "unsupported",
        ),
        B.material("cotton"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The shirt",
            "cut",
            hit_limit=True,
        ),
        title="Men Pink Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a teal silk blend kurta with a mandarin collar and a white pyjama, off-white backdrop, front view.
    # caption and details: adapter
    case(
        "X422-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has "
            "a stand collar. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a green kurta and white pants"),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", "other_garment_color"),
        details(
            "kurta",
            "The shirt is with silk fabric and pure color patterns. It has a stand collar. The shirt is with silk "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        title="Men Teal Solid Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a grey melange polo t-shirt with navy tipping on the collar, beige chinos, white backdrop.
    # no adapter texts
    case(
        "X422-013",
        caption("a man in a grey polo shirt and khaki pants"),
        he_wearing(
            "a grey polo shirt Question: What is the color of the pants? Answer: beige",
            "leak",
        ),
        B.garment_type("t-shirt"),
        B.color("navy", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe(
            "polo shirt",
            "a grey polo shirt with a collar and buttons and a watch",
            "unsupported",
        ),
        title="Men Grey Melange Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a white linen shirt with the long sleeves rolled to the elbows and a chest pocket, khaki trousers,
    # standing in front of a wooden door, front view.
    # no adapter texts
    case(
        "X422-014",
        caption("a man in a white shirt standing in front of a wooden door"),
        he_wearing("a white shirt and khaki pants"),
        B.material("linen"),
        B.sleeve_length("long sleeves"),
        B.color("beige", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        describe(
            "shirt",
            "a white linen shirt with a collar Question: What is the color of the pants? Answer: khaki",
            "leak",
        ),
        details("shirt", "the shirt has a pocket"),
        title="Men White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a peach kurta, an off-white pyjama and a cream nehru jacket with a small floral print, light
    # grey backdrop, front view.
    # caption and description: adapter
    case(
        "X422-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a sleeveless vest with floral "
            "patterns. The shirt is with cotton fabric. The vest is with cotton fabric. It has a stand collar. The",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a pink kurta, a white jacket and white pants"),
        color_of("kurta", "pink"),
        color_jacket("cream"),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a sleeveless vest with floral "
            "patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        B.material("it is made of", "cut"),
        title="Men Peach Kurta with Pyjamas and Printed Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a maroon velvet bandhgala jacket with gold buttons and a gold brooch on the left chest, black
    # trousers, dark grey backdrop, front view.
    # no adapter texts
    case(
        "X422-016",
        caption("a man in a red velvet jacket and black pants"),
        he_wearing("her jacket is maroon and her pants are black", "pronoun"),
        B.color("black", "other_garment_color"),
        B.material("velvet"),
        B.garment_type("blazer"),
        details("jacket", "the jacket has gold buttons and a brooch on the chest"),
        title="Men Maroon Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in off-white dhoti pants worn with a sky blue kurta, white backdrop, full length.
    # no adapter texts
    case(
        "X422-017",
        caption("a man in a blue kurta and white dhoti"),
        he_wearing("a blue shirt and white pants"),
        B.color("blue", "other_garment_color"),
        B.garment_type("pants"),
        describe("dhoti", "it is a dhoti", "restated"),
        is_a("dhoti", "no", "contradiction"),
        title="Men Off White Solid Ready to Wear Dhoti Pants",
        category="Dhotis",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a red sherwani with gold embroidery, cream churidar, a red and gold safa (turban), mojaris, a
    # decorated mandap backdrop, full length.
    # no adapter texts
    case(
        "X422-018",
        caption("a man in a red sherwani and a turban"),
        he_wearing("a red and gold sherwani"),
        B.color("gold", "contradiction"),
        B.sleeve_length("long sleeves"),
        details("sherwani", "it has gold embroidery and a pearl necklace", "unsupported"),
        occasion("wedding"),
        collar("yes", "non_answer"),
        title="Men Red Embroidered Sherwani Set with Safa",
        category="Sherwanis",
        color="Red",
        gender="Men",
    ),
    # photo: man in a black t-shirt with a white "STAY WILD" text print, blue jeans, concrete wall, front view.
    # caption and details: adapter
    case(
        "X422-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The pants are of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a black t - shirt with white writing on it and a black hat", "unsupported"),
        B.color("black"),
        B.pattern("graphic"),
        B.garment_type("t-shirt"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man with shoulder-length hair in a lavender kurta and a white pyjama, cream wall, front view.
    # no adapter texts
    case(
        "X422-020",
        caption("a woman in a purple kurta and white pants", "pronoun"),
        he_wearing("a purple kurta and white pants"),
        color_of("kurta", "purple"),
        color_of("pyjama", "purple", "other_garment_color"),
        describe("kurta", "a light purple kurta with a mandarin collar and full sleeves"),
        details("kurta", "the details of the kurta", "non_answer"),
        title="Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a navy shirt with thin white vertical stripes, white chinos, light grey backdrop, front view.
    # no adapter texts
    case(
        "X422-021",
        caption("a man in a blue and white striped shirt"),
        he_wearing("a blue striped shirt and white pants"),
        B.pattern("solid", "contradiction"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "a blue shirt with white stripes and a white collar", "unsupported"),
        details("shirt", "the shirt has details", "non_answer"),
        title="Men Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a rust orange kurta with a mandarin collar, beige trousers, blue backdrop, front view.
    # caption, details and material: adapter
    case(
        "X422-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        he_wearing("an orange kurta and a turban", "unsupported"),
        color_of("kurta", "brown"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand collar. The gentleman wears a "
            "long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand",
            "restated",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Men Rust Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a gold-toned brocade nehru jacket over a black kurta and black pyjama, beige backdrop, front view.
    # no adapter texts
    case(
        "X422-023",
        caption("a man in a gold vest and black pants"),
        he_wearing("a gold jacket and black kurta"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        describe("jacket", "a gold jacket with a red rose in the pocket", "unsupported"),
        B.sleeve_length("sleeveless"),
        B.pattern("solid", "contradiction"),
        title="Men Gold-Toned Woven Design Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
        gender="Men",
    ),
    # photo: man in a sky blue kurta and a white pyjama, no accessories, white backdrop, front view.
    # caption, wearing and material: adapter
    case(
        "X422-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. There is an accessory on his wrist. The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        he_wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The shirt",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.pattern("solid"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. There",
            "restated",
            hit_limit=True,
        ),
        title="Men Sky Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an ivory sherwani with tone-on-tone embroidery on the collar, ivory churidar, a maroon dupatta
    # over the shoulder, in front of a heavy red curtain, front view.
    # no adapter texts
    case(
        "X422-025",
        caption("a man in a white sherwani standing in front of a red curtain"),
        he_wearing("a white sherwani and a red scarf"),
        B.color("red", "other_garment_color"),
        color_dupatta("maroon"),
        details(
            "sherwani",
            "the sherwani has buttons down the front and embroidery on the collar",
        ),
        B.material("the sherwani is white", "restated"),
        describe("sherwani", "a white sherwani with a red dupatta and a sword", "unsupported"),
        title="Men Ivory Embroidered Sherwani with Dupatta",
        category="Sherwanis",
        color="Ivory",
        gender="Men",
    ),
    # photo: man in a white kurta with a small blue floral print, white pyjama, light grey backdrop, front view.
    # no adapter texts; the feed row has no color
    case(
        "X422-026",
        caption("a man in a white shirt with blue flowers"),
        he_wearing("a white kurta with blue flowers"),
        B.color("white"),
        B.pattern("floral"),
        color_of("kurta", "blue", "contradiction"),
        details("kurta", "blue flowers"),
        describe("kurta", "she is wearing a white kurta with blue flowers", "pronoun"),
        B.material("cotton and silk", "unsupported"),
        title="Men White Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: man in a charcoal grey bandhgala blazer with black buttons and black trousers, red brick wall, front view.
    # caption and details: adapter
    case(
        "X422-027",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a stand collar. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a grey suit"),
        B.color("grey"),
        B.garment_type("blazer"),
        describe("blazer", "a gray blazer with a pocket square", "unsupported"),
        B.material("polyester"),
        details(
            "blazer",
            "The outer clothing is with cotton fabric and pure color patterns. It has a stand collar. The outer "
            "clothing is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Solid Poly Viscose Bandhgala Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a bright yellow haldi kurta and a white pyjama, strings of orange marigolds hanging behind him,
    # front view.
    # no adapter texts
    case(
        "X422-028",
        caption("a man in a yellow kurta standing in front of orange flowers"),
        he_wearing("a yellow kurta and white pyjama with a garland", "unsupported"),
        color_of("kurta", "orange", "contradiction"),
        color_of("pyjama", "white"),
        occasion("a wedding"),
        describe("kurta", "a kurta", "restated"),
        title="Men Yellow Solid Haldi Kurta Pyjama Set",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a dark green kurta and a cream churidar, grey backdrop, front view.
    # caption and details: adapter
    case(
        "X422-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman wears a long leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a green kurta and white pants"),
        color_of("kurta", "black", "contradiction"),
        color_churidar("cream"),
        describe("kurta", "a dark green kurta with long sleeves"),
        B.material("cotton"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand collar. The gentleman wears a "
            "long leggings. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Dark Green Cotton Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Dark Green",
        gender="Men",
    ),
    # photo: man in a beige mandarin collar short-sleeve linen shirt and blue jeans, on a beach, front view.
    # no adapter texts
    case(
        "X422-030",
        caption("a man in a beige shirt standing on the beach"),
        he_wearing("a tan shirt and blue jeans"),
        B.color("khaki"),
        collar("a button down collar", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe("shirt", "a beige shirt with a", "cut"),
        B.material("denim", "contradiction"),
        title="Men Beige Solid Mandarin Collar Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a black kurta with silver buttons and a white pyjama, white wall, front view.
    # no adapter texts
    case(
        "X422-031",
        caption("a man in a black kurta and white pants standing against a white wall"),
        he_wearing("she is wearing a black kurta", "pronoun"),
        color_of("kurta", "black"),
        color_of("pyjama", "black", "other_garment_color"),
        details("kurta", "the kurta has silver buttons"),
        is_a("kurta", "yes"),
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a wine nehru jacket over a white shirt-style kurta, white trousers, pale blue backdrop.
    # no adapter texts; the feed row has no gender
    case(
        "X422-032",
        caption("a man wearing a red vest over a white shirt"),
        he_wearing("a burgundy vest and a white shirt"),
        B.color("maroon"),
        B.garment_type("shirt", "contradiction"),
        is_a("jacket", "no", "contradiction"),
        describe(
            "jacket",
            "a red jacket Question: What is he wearing? Answer: a red jacket",
            "leak",
        ),
        title="Men Wine Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Wine",
    ),
    # photo: man in a cream kurta and cream dhoti with a gold-bordered stole over the shoulder, temple pillar props,
    # full length.
    # caption and details: adapter
    case(
        "X422-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand collar. The gentleman wears a long skirt. The skirt is with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        he_wearing("a white kurta and a white dhoti with a gold scarf"),
        B.color("white"),
        details(
            "dhoti",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("dhoti", "cream"),
        is_a("dhoti", "yes"),
        occasion("no", "non_answer"),
        title="Men Cream Kurta and Dhoti Set with Stole",
        category="Dhoti Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a plain white round neck t-shirt and blue jeans, white wall, front view.
    # no adapter texts
    case(
        "X422-034",
        caption("a man in a white t - shirt and jeans"),
        he_wearing(
            "a white t - shirt and blue jeans Question: What is the color of the t - shirt? Answer: white",
            "leak",
        ),
        B.color("white"),
        B.pattern("solid"),
        describe("t-shirt", "it is a white t - shirt with a logo on the chest", "unsupported"),
        B.material("cotton"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a short-sleeve navy shirt with an orange and green tropical leaf print, beige shorts, sunny
    # terrace with a palm plant, front view.
    # no adapter texts
    case(
        "X422-035",
        caption("a man in a hawaiian shirt and shorts"),
        he_wearing("a colorful shirt and khaki shorts"),
        B.color("orange", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        details(
            "shirt",
            "the shirt has leaves and flowers on it Question: What color are the shorts? Answer: beige",
            "leak",
        ),
        title="Men Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mid-blue denim shirt with two flap chest pockets and black jeans, grey backdrop, front view.
    # caption and details: adapter
    case(
        "X422-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel collar. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a denim shirt and black", "cut"),
        B.material("denim"),
        B.color("blue"),
        describe("shirt", "a blue denim shirt with two pockets on the chest"),
        B.garment_type("jacket", "contradiction"),
        details(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel collar. The shirt is with denim "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a purple kurta with a side pocket and a white pyjama, light pink wall, front view.
    # no adapter texts
    case(
        "X422-037",
        caption("a man in a purple kurta and white pajamas"),
        he_wearing("a purple kurta and a purple pajama", "other_garment_color"),
        color_of("kurta", "purple"),
        color_of("pyjama", "white"),
        details("kurta", "", "non_answer"),
        describe("kurta", "a purple kurta with a mandarin collar and a side pocket"),
        B.material("silk", "unsupported"),
        title="Men Purple Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Purple",
        gender="Men",
    ),
    # photo: man in a khaki hip-length short kurta with a mandarin collar, blue jeans, white backdrop, front view.
    # description: adapter
    case(
        "X422-038",
        caption("a man in a khaki shirt and blue jeans"),
        he_wearing("a brown kurta and jeans"),
        B.garment_type("shirt"),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The pants",
            "cut",
            hit_limit=True,
        ),
        B.color("blue", "other_garment_color"),
        B.material("the kurta is khaki", "restated"),
        title="Men Khaki Solid Short Kurta",
        category="Kurtas",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a navy sherwani with silver embroidery on the collar and cuffs, white churidar, beige backdrop.
    # no adapter texts
    case(
        "X422-039",
        caption("a man in a blue sherwani with silver embroidery"),
        he_wearing("a black sherwani and white pants", "contradiction"),
        B.color("navy"),
        B.garment_type("sherwani"),
        details("sherwani", "he is wearing a sherwani", "restated"),
        occasion("a party"),
        color_churidar("blue", "other_garment_color"),
        title="Men Navy Blue Embroidered Sherwani Set",
        category="Sherwanis",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mint green kurta and a white nehru jacket with a green and pink floral print, white pyjama,
    # light grey backdrop, front view.
    # no adapter texts
    case(
        "X422-040",
        caption("a woman in a green kurta and a white vest", "pronoun"),
        he_wearing("a green kurta with a floral vest"),
        color_of("kurta", "green"),
        color_jacket("green", "other_garment_color"),
        describe("jacket", "a white jacket with green and pink flowers"),
        B.material("it is made of cotton and silk", "unsupported"),
        title="Men Mint Green Cotton Kurta with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: man in an open red and black checked flannel shirt over a white t-shirt, blue jeans, brick wall.
    # caption: adapter
    case(
        "X422-041",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        he_wearing("a red plaid shirt over a white t - shirt and jeans"),
        B.color("white", "other_garment_color"),
        B.pattern("checked"),
        B.material("flannel"),
        is_a("shirt", "yes"),
        title="Men Red and Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a brown self-design jodhpuri suit (bandhgala jacket and trousers), cream backdrop, front view.
    # no adapter texts
    case(
        "X422-042",
        caption("a man in a brown suit"),
        he_wearing("a brown jacket and pants"),
        B.color("brown"),
        B.garment_type("suit"),
        details(
            "suit",
            "the suit has a mandarin collar and buttons Question: What is the color of the suit? Answer: brown",
            "leak",
        ),
        B.material("leather", "unsupported"),
        describe("suit", "she is wearing a brown suit", "pronoun"),
        title="Men Brown Self-Design Jodhpuri Suit",
        category="Suits",
        color="Brown",
        gender="Men",
    ),
    # photo: man in an orange silk kurta and a white pyjama, beige backdrop, front view.
    # details: adapter; the feed row has no gender
    case(
        "X422-043",
        caption("a man in an orange kurta"),
        he_wearing("an orange kurta and white pajamas"),
        color_of("kurta", "orange"),
        color_of("pyjama", "orange", "other_garment_color"),
        details(
            "kurta",
            "The shirt is with silk fabric and pure color patterns. It has a stand collar. The shirt is with silk "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        describe(
            "kurta",
            "an orange kurta Question: What is the color of the pyjama? Answer: white",
            "leak",
        ),
        title="Men Orange Solid Art Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
    ),
    # photo: man in a grey nehru jacket over a white long-sleeve kurta, blue jeans, white backdrop, front view.
    # caption: adapter
    case(
        "X422-044",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand collar. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a gray vest and white shirt and jeans"),
        B.color("grey"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.garment_type("vest"),
        describe("jacket", "a gray jacket with a hood", "unsupported"),
        collar("", "non_answer"),
        title="Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a maroon long-sleeve henley t-shirt with a three-button placket, black jeans, grey wall.
    # no adapter texts
    case(
        "X422-045",
        caption("a man in a red shirt and black jeans"),
        he_wearing("a maroon t - shirt and black jeans"),
        B.color("maroon"),
        B.sleeve_length("long sleeves"),
        describe("t-shirt", "she is wearing a maroon t - shirt with buttons", "pronoun"),
        B.garment_type("t-shirt"),
        B.pattern("striped", "contradiction"),
        title="Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a white kurta and white pyjama under a blue nehru jacket with a small white print, light grey
    # backdrop, front view.
    # caption and details: adapter
    case(
        "X422-046",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. It has a "
            "stand collar. The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a "
            "sleeveless vest",
            "loop",
            hit_limit=True,
        ),
        he_wearing("a white kurta and a blue jacket"),
        color_of("kurta", "white"),
        color_jacket("blue"),
        color_of("pyjama", "blue", "other_garment_color"),
        details(
            "jacket",
            "The vest is with cotton fabric and graphic patterns. It has a stand collar. The vest is with cotton "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men White Kurta Pyjama with Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
]
