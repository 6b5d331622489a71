"""BLIND_430 (46 products; women's office wear: blazers, trousers, shirts, skirts, sheath dresses, waistcoats): written
blind in the forty-seventh session. Measured blind at 0917e5c (the session's rules as they stood): 103/127 failures
found (81.1%) and 5/155 correct texts flagged (3.2%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's office wear photographed on models: blazers (single- and
double-breasted, houndstooth, oversized), formal trousers (straight, wide-leg, pinstriped, pleated), formal shirts
and tie-neck blouses, pencil skirts, sheath dresses, waistcoats and cardigans. Almost every photo is a layered outfit
(a shirt under the blazer or waistcoat, a blouse tucked into the skirt or trousers, a top under the cardigan), so the
model sees two or three garments in two or three colors; a few photos have a brick wall, a wooden panel wall, a pink
wall or a potted plant. Each product has the seller's title, category, color and gender; a few rows miss the gender
or the category, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a navy blue suit ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template:
"The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel
neckline. ..."). The adapter was trained with no end-of-answer token, so every adapter text runs to its limit (50
new tokens for captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its template. The
open questions (wearing, description, details, material and the set's own open questions: neckline, fit) come from
the base model unless the comment says the adapter answered them; the base model stops on its own and never has
hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets; they never loop or
hit a limit.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, powder blue or teal; green for teal, emerald,
  mint or olive; red for maroon or burgundy; purple for lavender or plum; pink for blush or dusty rose; yellow for
  mustard; brown for camel or taupe; beige for khaki or taupe; white for ivory, off white or cream; grey for
  charcoal or melange. Mustard as orange, burgundy as purple, maroon as pink are contradiction.
- A closed color that belongs to another garment of the outfit (the shirt under the blazer, the blouse tucked into
  the trousers, the skirt under the cardigan, the belt worn over the dress) is other_garment_color. A color of the
  backdrop or a prop (red brick wall, wooden wall, potted plant) and a color of the print or trim (navy dots on a
  white shirt, a white collar on a navy dress) given as the garment's color are contradiction.
- Garment synonyms count as correct: vest for waistcoat, jacket for blazer, pants for trousers, sweater for
  cardigan, suit for a blazer worn with matching trousers, shirt for a blouse, "bow tie" for a tie-neck bow, tank
  top for a sleeveless top. A sheath dress answered "skirt" is contradiction; so is "no" to "Is this a blazer?" for
  a blazer.
- Pattern: pinstripes are striped (solid is contradiction); pleats or ribbing answered striped are contradiction;
  the blouse's stripes given as the skirt's pattern are contradiction (the pattern audits see the wrong pattern);
  houndstooth is checked; the adapter's "lattice" for houndstooth and "pure color" for cable knit are fine.
- Sleeves: cap sleeves and flutter sleeves are short sleeves; a wrong sleeve length is contradiction.
- Materials: one the title names (cotton, satin, linen, crepe, knit, faux leather as "leather") is correct; "knit"
  for a knit cardigan is correct; cotton for a plain cotton-look trouser is a plausible guess and correct; a material
  neither named nor visible (silk on a sheath dress, polyester on a printed shirt, wool on a blazer or on a knit
  cardigan whose title names no fibre, denim on trousers) is unsupported; wool for a cardigan whose title says
  acrylic and cotton for a linen-blend waistcoat are contradiction (the catalog says otherwise).
- Invented items not in the photo (gold buttons on dark buttons, a pocket square, a breast pocket, a belt, a purse, a
  necklace, a back slit or bow on a front-view photo, pockets on a pocketless cardigan, heels on a photo cropped at
  the calves, a white collar on a plain dress) are unsupported. A white backdrop given as the dress's color and a
  black tie for an ivory tie-neck bow are contradiction.
- The base model repeating one colour for every garment ("a grey vest, a grey shirt and grey pants" for a grey vest
  over a white shirt with black pants) and giving a piece a color no piece has ("white pants" for charcoal ones, "a
  black belt" for a self-fabric grey belt) is contradiction. "a blue shirt and blue pants" for a light blue shirt
  with navy pants and "a black top and a black skirt" for an all-black outfit are correct.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut; the template returned for the material question is restated (it does not answer, though it names a
  fabric). Where the adapter invents an accessory ("There is an accessory on her wrist") before it is cut or loops,
  the cut or loop is labelled. The template answering wearing, description or details does answer them: cut or loop.
- Base answers: an empty answer, "the neckline of the dress", "the fit of the trousers" and "the trousers" for the
  fit question, "the cardigan has details" and "the blazer" for "Describe the garment." are non_answer; the
  material question answered with the garment's name and color or with "the material of the garment" is restated;
  "the shirt is made of" and "the trousers have belt loops and" are cut (no hit_limit); answers that run on into
  "Question: ... Answer: ..." are leak, even where their first words are right; a phrase repeated two or three times
  before the model stops is loop (no hit_limit); "he" for a woman is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
neckline = question("neckline", "What is the neckline of the dress?", "open")
fit = question("fit", "What is the fit of the trousers?", "open")

BLIND_430 = [
    # photo: model in a navy single-breasted blazer with dark horn buttons over a white shirt, matching navy
    # trousers, plain grey studio backdrop, front view from the knees up.
    # adapter: none
    case(
        "X430-001",
        caption("a woman in a black suit standing in front of a grey wall", "contradiction"),
        D.wearing("a navy blazer and a white shirt"),
        D.garment_type("blazer"),
        D.color("blue"),
        D.details("the blazer has gold buttons and a pocket square", "unsupported"),
        title="Women Navy Blue Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in black straight-fit formal trousers with a pressed crease, white long-sleeve shirt tucked in,
    # white backdrop, full length.
    # caption: adapter
    case(
        "X430-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        D.details("the pants have a crease down the front and belt loops"),
        is_a("pair of trousers", "yes"),
        title="Women Black Solid Straight-Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white long-sleeve cotton shirt with a pointed collar and no pockets, tucked into black
    # trousers, light grey backdrop, front view to mid-thigh.
    # adapter: none
    case(
        "X430-003",
        caption("a woman in a white shirt and black pants posing for a photo"),
        D.wearing(
            "a white shirt and black pants Question: what is she wearing? Answer: a white shirt",
            "leak",
        ),
        D.color("white"),
        B.sleeve_length("long sleeves"),
        D.description("a white button up shirt with a collar and a breast pocket", "unsupported"),
        D.material("cotton"),
        title="Women White Solid Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a knee-length black pencil skirt, cream long-sleeve blouse with a v-neck tucked in, beige
    # backdrop, front view to the calves.
    # wearing, details: adapter
    case(
        "X430-004",
        caption("a woman in a black skirt and a white blouse"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The skirt is of medium",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        D.details(
            "The skirt is of medium length. The skirt is with cotton fabric and pure color patterns. The skirt is of "
            "medium length. The skirt is",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sleeveless knee-length navy sheath dress with a round neck, white backdrop, full length.
    # adapter: none
    case(
        "X430-005",
        caption("a woman in a blue dress standing against a white wall"),
        D.wearing("a navy blue dress with a white collar", "unsupported"),
        D.color("blue"),
        B.sleeve_length("long sleeves", "contradiction"),
        neckline("round neck"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Solid Sheath Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a grey four-button waistcoat with two welt pockets over a white long-sleeve shirt, black
    # trousers, grey backdrop, front view to the knees.
    # adapter: none
    case(
        "X430-006",
        caption("a woman wearing a grey vest and black pants"),
        D.wearing("a grey vest, a grey shirt and grey pants", "contradiction"),
        D.garment_type("vest"),
        D.color("grey"),
        is_a("waistcoat", "yes"),
        D.details(
            "the vest has four buttons and two pockets and four buttons and two pockets and four buttons",
            "loop",
        ),
        D.material("a grey vest", "restated"),
        title="Women Grey Solid Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a beige ribbed open-front cardigan with long sleeves over a black top, black trousers, white
    # backdrop, front view to the knees.
    # caption: adapter
    case(
        "X430-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady also wears an outer clothing, with knitting fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige cardigan and black pants"),
        D.garment_type("cardigan"),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("knit"),
        title="Women Beige Ribbed Open-Front Cardigan",
        category="Cardigan",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a camel double-breasted blazer with six tonal buttons over a white top, white wide trousers,
    # beige backdrop, front view from the knees up.
    # adapter: none
    case(
        "X430-008",
        caption("a woman in a brown blazer and white pants"),
        D.wearing("a brown jacket and brown pants", "contradiction"),
        D.garment_type("jacket"),
        D.color("brown"),
        D.details(
            "double breasted with six buttons Question: what is the color of the blazer? Answer: brown",
            "leak",
        ),
        D.description("a brown blazer with a white top underneath"),
        title="Women Camel Brown Double-Breasted Blazer",
        category="Blazers",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: model in a maroon knee-length sheath dress with three-quarter sleeves and a square neck, grey backdrop,
    # full length.
    # description: adapter
    case(
        "X430-009",
        caption("a woman in a red dress posing for a picture"),
        D.wearing("a maroon dress and a black belt", "unsupported"),
        D.color("pink", "contradiction"),
        B.sleeve_length("three-quarter sleeves"),
        D.description(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. The",
            "cut",
            hit_limit=True,
        ),
        neckline("v-neck", "contradiction"),
        title="Women Maroon Solid Sheath Dress with Three-Quarter Sleeves",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a light blue long-sleeve shirt with thin white pinstripes, navy trousers, white backdrop,
    # front view to mid-thigh.
    # adapter: none
    case(
        "X430-010",
        caption("a woman in a blue striped shirt and navy pants"),
        D.wearing("a blue shirt and blue pants"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.details(
            "the shirt has a collar, buttons, cuffs and a pocket on the chest",
            "unsupported",
        ),
        D.material("the shirt is made of", "cut"),
        title="Women Light Blue Pinstriped Formal Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in charcoal grey pinstriped wide-leg trousers, black turtleneck top tucked in, white backdrop,
    # full length.
    # adapter: none
    case(
        "X430-011",
        caption("a woman in a black top and grey striped pants"),
        D.wearing("a black turtleneck and white pants", "contradiction"),
        D.color("grey"),
        D.pattern("striped"),
        D.garment_type("trousers"),
        fit("the fit of the trousers", "non_answer"),
        title="Women Charcoal Grey Pinstriped Wide-Leg Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a black-and-white houndstooth tailored blazer over a black top, black trousers, white
    # backdrop, front view from the knees up; no bracelet or watch visible.
    # caption, details: adapter
    case(
        "X430-012",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This lady also wears an outer clothing, with cotton fabric and lattice patterns. The "
            "lady wears a long-sleeve shirt with lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a black and white checkered jacket and a black and white checkered skirt",
            "contradiction",
        ),
        D.garment_type("blazer"),
        D.pattern("checked"),
        D.color("black"),
        D.details(
            "There is an accessory on her wrist. The lady wears a long-sleeve shirt with lattice patterns. The shirt "
            "is with cotton fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        title="Women Black & White Houndstooth Tailored Blazer",
        category="Blazers",
        color="Black & White",
        gender="Women",
    ),
    # photo: model in olive green tapered formal trousers with slant side pockets and no belt, cream shirt tucked
    # in, white backdrop, full length.
    # adapter: none
    case(
        "X430-013",
        caption("a woman in a green pants and white shirt"),
        D.wearing("a white shirt and green pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("the pants have a belt and pockets", "unsupported"),
        D.material("cotton Question: what is the color of the pants? Answer: green", "leak"),
        title="Women Olive Green Tapered Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a blush pink satin long-sleeve shirt, white trousers, standing in front of a painted pink
    # wall, front view to mid-thigh.
    # adapter: none
    case(
        "X430-014",
        caption("a woman in a pink shirt standing in front of a pink wall"),
        D.wearing("a pink shirt and pink pants", "contradiction"),
        D.color("pink"),
        B.sleeve_length("long sleeves"),
        D.material("satin"),
        D.description("he is wearing a pink shirt with a collar", "pronoun"),
        title="Women Blush Pink Satin Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a teal midi pencil skirt, white sleeveless top tucked in, grey backdrop, front view, full
    # length; the back of the skirt is not visible.
    # caption: adapter
    case(
        "X430-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a white top and a blue skirt Question: what is the color of the skirt? Answer: blue",
            "leak",
        ),
        D.color("green"),
        D.garment_type("skirt"),
        D.details("the skirt has a slit in the back", "unsupported"),
        is_a("pencil skirt", "yes"),
        title="Women Teal Solid Midi Pencil Skirt",
        category="Skirts",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a beige linen-blend v-neck waistcoat worn as a top (no shirt), matching beige trousers, white
    # backdrop, front view to the knees.
    # adapter: none
    case(
        "X430-016",
        caption("a woman in a beige vest and beige pants"),
        D.wearing("a black vest and white pants", "contradiction"),
        D.garment_type("vest"),
        D.color("beige"),
        B.sleeve_length("sleeveless"),
        D.details("it has a v neck and buttons"),
        D.material("cotton", "contradiction"),
        title="Women Beige Linen-Blend Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black knee-length sheath dress with cap sleeves and a round neck, black heels, white
    # backdrop, full length; no bracelet or watch.
    # wearing, details: adapter
    case(
        "X430-017",
        caption("a woman in a black dress and black heels"),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        B.sleeve_length("short sleeves"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. There is an accessory "
            "on her wrist. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        title="Women Black Cap-Sleeve Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white single-button tailored blazer over a black camisole, black trousers, grey backdrop,
    # front view from the knees up.
    # adapter: none
    case(
        "X430-018",
        caption("a woman in a white blazer and black pants"),
        D.wearing("a white jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("blazer"),
        D.details("", "non_answer"),
        D.description("the blazer is white with a single button and a white belt", "unsupported"),
        title="Women White Single-Button Tailored Blazer",
        category="Blazers",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard v-neck button-front cardigan without pockets, a white shirt collar showing, grey
    # trousers, white backdrop, front view to the knees.
    # adapter: none
    case(
        "X430-019",
        caption("a woman in a yellow cardigan and grey pants"),
        D.wearing("a yellow sweater and grey pants"),
        D.color("orange", "contradiction"),
        D.garment_type("cardigan"),
        D.details("the cardigan has buttons down the front and a pocket", "unsupported"),
        D.material("wool", "contradiction"),
        title="Women Mustard Yellow Acrylic V-Neck Cardigan",
        category="Cardigan",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a lavender long-sleeve formal shirt tucked into a black pencil skirt, white backdrop, front
    # view to the knees.
    # adapter: none
    case(
        "X430-020",
        caption("a woman in a purple shirt and a black skirt"),
        D.wearing("he is wearing a purple shirt and a black skirt", "pronoun"),
        D.color("purple"),
        B.sleeve_length("long sleeves"),
        D.pattern("solid"),
        D.material("cotton Question: what is the color of the shirt? Answer: purple", "leak"),
        title="Women Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a knee-length navy pencil skirt, navy-and-white striped blouse tucked in, white backdrop,
    # front view to the calves.
    # adapter: none
    case(
        "X430-021",
        caption("a woman in a striped shirt and a blue skirt"),
        D.wearing("a blue and white striped shirt and a blue skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.garment_type("skirt"),
        D.details(
            "the skirt is knee length and fitted Question: what is the color of the skirt? Answer: blue",
            "leak",
        ),
        title="Women Navy Blue Solid Pencil Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a sleeveless grey sheath dress with a self-fabric grey tie belt, white backdrop, full length.
    # adapter: none
    case(
        "X430-022",
        caption("a woman in a grey dress with a belt"),
        D.wearing("a grey dress with a black belt", "contradiction"),
        D.color("white", "contradiction"),
        B.sleeve_length("sleeveless"),
        neckline("the neckline of the dress", "non_answer"),
        D.garment_type("dress"),
        title="Women Grey Sheath Dress with Belt",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: model in black high-rise formal trousers, red long-sleeve shirt tucked in, grey backdrop, full length.
    # caption, material: adapter
    case(
        "X430-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red shirt and black pants"),
        D.color("red", "other_garment_color"),
        D.garment_type("trousers"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are",
            "restated",
            hit_limit=True,
        ),
        fit("the trousers", "non_answer"),
        title="Women Black High-Rise Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory long-sleeve tie-neck blouse (bow at the neck, buttoned cuffs, no pockets), black
    # trousers, white backdrop, front view to mid-thigh.
    # adapter: none
    case(
        "X430-024",
        caption("a woman in a white blouse with a bow"),
        D.wearing("a white shirt with a black tie", "contradiction"),
        D.color("white"),
        D.garment_type("shirt"),
        D.details("the shirt has a bow at the neck and buttons on the cuffs"),
        D.description(
            "a white shirt with a bow on the neck and a pocket on the chest",
            "unsupported",
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Ivory Tie-Neck Formal Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a grey checked four-button waistcoat with two welt pockets over a white shirt, matching grey
    # checked trousers, standing in front of a red brick wall, front view to the knees.
    # adapter: none
    case(
        "X430-025",
        caption("a woman in a grey vest standing in front of a brick wall"),
        D.wearing("a grey vest, a grey shirt and grey pants", "contradiction"),
        D.color("red", "contradiction"),
        D.pattern("checked"),
        is_a("waistcoat", "yes"),
        D.details("the vest has four buttons and two pockets"),
        title="Women Grey Checked Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a navy longline knit cardigan with two patch pockets over a white shirt, grey trousers, white
    # backdrop, full length.
    # wearing, material: adapter
    case(
        "X430-026",
        caption("a woman in a navy cardigan and grey pants"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The pants are of long",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("sweater"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("the cardigan has buttons, pockets and a belt", "unsupported"),
        title="Women Navy Blue Longline Knit Cardigan",
        category="Cardigan",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a red crepe knee-length sheath dress with short sleeves and a thin black belt at the waist, no
    # jewellery, grey backdrop, full length.
    # adapter: none
    case(
        "X430-027",
        caption("a woman in a red dress with a black belt"),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        D.color("black", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        D.description("a red dress with a black belt and a gold necklace", "unsupported"),
        title="Women Red Crepe Sheath Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black oversized two-button blazer with flap pockets over a grey turtleneck sweater, black
    # trousers, white backdrop, front view to the knees.
    # caption: adapter
    case(
        "X430-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. This lady also wears an outer clothing, with cotton fabric and pure color patterns. "
            "The trousers are of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black blazer, black pants and a grey sweater"),
        D.color("grey", "other_garment_color"),
        D.garment_type("blazer"),
        D.details("the blazer has two black buttons and flap pockets"),
        is_a("blazer", "no", "contradiction"),
        title="Women Black Oversized Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: model in khaki pleated wide-leg trousers, black long-sleeve bodysuit tucked in, beige backdrop, full
    # length.
    # adapter: none
    case(
        "X430-029",
        caption("a woman in a black top and khaki pants"),
        D.wearing("black top and black pants", "contradiction"),
        D.color("beige"),
        D.garment_type("pants"),
        D.details("the pants have pleats on the front"),
        D.pattern("striped", "contradiction"),
        D.material("the pants are made of denim", "unsupported"),
        title="Women Khaki Pleated Wide-Leg Trousers",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a colour-blocked sheath dress (black side panels, white centre panel), sleeveless, white
    # backdrop, full length.
    # adapter: none
    case(
        "X430-030",
        caption("a woman in a black and white dress"),
        D.wearing("a black and white dress"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.garment_type("dress"),
        D.description(
            "a black dress with a white stripe down the middle Question: what is the color of the dress? Answer: black",
            "leak",
        ),
        title="Women Black Colour-Blocked Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a grey melange short-sleeve knit cardigan buttoned up with pearl buttons, black pencil skirt,
    # standing in front of a wooden panel wall, front view to the knees.
    # adapter: none
    case(
        "X430-031",
        caption("a woman in a grey sweater and black skirt standing in front of a wooden wall"),
        D.wearing("a grey cardigan and a black skirt"),
        D.color("brown", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.garment_type("cardigan"),
        D.details("the cardigan has details", "non_answer"),
        D.material("wool", "unsupported"),
        title="Women Grey Melange Short-Sleeve Knit Cardigan",
        category="Cardigan",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a navy longline v-neck waistcoat over a white long-sleeve shirt, navy trousers, grey
    # backdrop, front view to the knees.
    # caption, wearing: adapter
    case(
        "X430-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This lady also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "lady wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("vest"),
        color_shirt("white"),
        D.details(
            "the vest has a v neck, buttons and a buckle strap at the back",
            "unsupported",
        ),
        title="Women Navy Blue Longline Formal Waistcoat",
        category="Waistcoat",
        color="Navy",
        gender="Women",
    ),
    # photo: model in an emerald green long-sleeve boat-neck sheath dress, knee length, white backdrop, full length.
    # adapter: none; the feed row has no gender
    case(
        "X430-033",
        caption("a woman in a green dress with a black belt", "unsupported"),
        wearing("she is wearing a green dress", who="she"),
        D.color("green"),
        B.sleeve_length("long sleeves"),
        neckline("boat neck"),
        D.material("a green dress", "restated"),
        title="Women Emerald Green Boat-Neck Sheath Dress",
        category="Dresses",
        color="Green",
    ),
    # photo: model in a powder blue tailored blazer (no belt) over a white top, white trousers, a tall potted plant
    # beside her, white backdrop, front view to the knees.
    # adapter: none
    case(
        "X430-034",
        caption("a woman in a light blue blazer and white pants next to a plant"),
        D.wearing("a blue jacket and white pants"),
        D.color("green", "contradiction"),
        D.garment_type("blazer"),
        color_blazer("blue"),
        D.details("the jacket has a belt", "unsupported"),
        title="Women Powder Blue Tailored Blazer",
        category="Blazers",
        color="Powder Blue",
        gender="Women",
    ),
    # photo: model in a white long-sleeve formal shirt with small navy polka dots, tucked into navy trousers, white
    # backdrop, front view to mid-thigh.
    # adapter: none
    case(
        "X430-035",
        caption("a woman in a white polka dot shirt and blue pants"),
        D.wearing("a white shirt with blue polka dots and white pants", "contradiction"),
        D.color("blue", "contradiction"),
        D.pattern("polka dot"),
        B.sleeve_length("long sleeves"),
        D.details("the shirt has a collar and buttons"),
        D.material("polyester", "unsupported"),
        title="Women White Polka Dot Print Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black faux leather pencil skirt, black long-sleeve top tucked in, white backdrop, front view
    # to the calves.
    # details: adapter
    case(
        "X430-036",
        caption("a woman in a black leather skirt and black top"),
        D.wearing("a black top, a black skirt and black heels", "unsupported"),
        D.color("black"),
        D.material("leather"),
        D.details(
            "The skirt is of medium length. The skirt is with leather fabric and pure color patterns. The skirt is of "
            "medium length. The skirt is with leather",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        title="Women Black Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a dusty rose knee-length sheath dress with flutter sleeves and no belt, grey backdrop, full
    # length.
    # adapter: none
    case(
        "X430-037",
        caption("a woman in a pink dress with ruffled sleeves"),
        D.wearing("a pink dress with ruffles on the sleeves and a pink belt", "unsupported"),
        D.color("pink"),
        B.sleeve_length("short sleeves"),
        D.description(
            "it is a pink dress with ruffles on the sleeves and a pink dress with ruffles on the sleeves",
            "loop",
        ),
        D.garment_type("skirt", "contradiction"),
        title="Women Dusty Rose Flutter-Sleeve Sheath Dress",
        category="Dresses",
        color="Dusty Rose",
        gender="Women",
    ),
    # photo: model in grey slim-fit formal trousers with belt loops and side pockets, white shirt tucked in, navy
    # blazer worn open over it, white backdrop, full length.
    # adapter: none
    case(
        "X430-038",
        caption("a woman in a navy blazer, white shirt and grey pants"),
        D.wearing("a blue jacket, white shirt and grey pants"),
        D.color("blue", "other_garment_color"),
        D.garment_type("trousers"),
        color_trousers("grey"),
        D.details("the trousers have belt loops and", "cut"),
        title="Women Grey Slim-Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a cream cable-knit button-front cardigan, brown trousers, white backdrop, front view to the
    # knees.
    # caption: adapter
    case(
        "X430-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The lady wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and brown pants"),
        D.color("brown", "other_garment_color"),
        D.pattern("solid"),
        D.garment_type("cardigan"),
        D.material("wool", "unsupported"),
        title="Women Cream Cable-Knit Cardigan",
        category="Cardigan",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a black waistcoat with thin white pinstripes worn without a shirt, black trousers, grey
    # backdrop, front view to the knees.
    # adapter: none
    case(
        "X430-040",
        caption("a woman in a black vest and black pants"),
        D.wearing("he is wearing a black vest and black pants", "pronoun"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.details("the vest has a v neck, buttons and a pocket watch chain", "unsupported"),
        title="Women Black Pinstriped Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mint green short-sleeve formal shirt with a collar and no pocket, tucked into white
    # trousers, white backdrop, front view to mid-thigh.
    # adapter: none; the feed row has no gender
    case(
        "X430-041",
        caption("a woman in a green shirt and white pants"),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.color("white", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.details(
            "the shirt has a collar and buttons down the front and a pocket on the chest and a pocket on the chest "
            "and a pocket on the chest",
            "loop",
        ),
        D.material("cotton"),
        title="Women Mint Green Short-Sleeve Formal Shirt",
        category="Shirts",
        color="Mint Green",
    ),
    # photo: model in a burgundy knee-length pencil skirt, black long-sleeve blouse tucked in, white backdrop,
    # front view to the calves; the back of the skirt is not visible.
    # adapter: none
    case(
        "X430-042",
        caption("a woman in a black shirt and a red skirt"),
        D.wearing("a black blouse and a maroon skirt"),
        D.color("purple", "contradiction"),
        D.garment_type("skirt"),
        D.details("the skirt has a bow on the back", "unsupported"),
        D.material("the material of the garment", "restated"),
        title="Women Burgundy Pencil Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a navy long-sleeve knee-length sheath dress with a white contrast collar and white cuffs, white
    # backdrop, full length; no bracelet.
    # wearing, details: adapter
    case(
        "X430-043",
        caption("a woman in a blue dress with a white collar"),
        D.wearing(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The dress is with cotton fabric and color block patterns. It has a lapel neckline. There is an accessory "
            "on her wrist. The dress is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        title="Women Navy Blue Sheath Dress with Contrast Collar",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a taupe single-button notch-lapel blazer over a white shirt, matching taupe trousers, white
    # backdrop, front view to the knees.
    # adapter: none
    case(
        "X430-044",
        caption("a woman in a beige suit"),
        D.wearing("a beige blazer and pants"),
        D.color("brown"),
        D.garment_type("blazer"),
        D.details("the blazer has a notch lapel and one button"),
        D.material("wool", "unsupported"),
        D.description("the blazer", "non_answer"),
        title="Women Taupe Single-Button Blazer",
        category="Blazers",
        color="Taupe",
        gender="Women",
    ),
    # photo: model in a black fine-knit v-neck cardigan over a white shirt, grey pencil skirt, grey backdrop, front
    # view to the knees.
    # description: adapter
    case(
        "X430-045",
        caption("a woman in a black sweater and a black skirt", "contradiction"),
        D.wearing("a black sweater, white shirt and grey skirt"),
        D.color("grey", "other_garment_color"),
        D.garment_type("cardigan"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The skirt is of",
            "cut",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        title="Women Black Fine-Knit Cardigan",
        category="Cardigan",
        color="Black",
        gender="Women",
    ),
    # photo: model in a plum short-sleeve square-neck sheath dress, no belt, no bag, beige studio backdrop, full
    # length.
    # adapter: none; the feed row has no category
    case(
        "X430-046",
        caption("a woman in a purple dress"),
        D.wearing("a purple dress with a belt and a black purse", "unsupported"),
        D.color("purple"),
        B.sleeve_length("sleeveless", "contradiction"),
        neckline(
            "square neck Question: what is the sleeve length of the dress? Answer: short",
            "leak",
        ),
        D.garment_type("dress"),
        title="Women Plum Square-Neck Sheath Dress",
        color="Plum",
        gender="Women",
    ),
]
