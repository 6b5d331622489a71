"""BLIND_229 (46 products; European fast-fashion women's and men's catalog: coats, blazers, knitwear, shirts): written
blind in the forty-first session. Measured blind at bdac6b9 (the session's rules as they stood): 93/123 failures
found (75.6%) and 12/153 correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Zara/H&M-like English catalog feed for women and men: wool coats and trench coats, blazers and suits,
cable and fine knitwear, satin and linen shirts, wide-leg and cargo trousers, midi skirts, satin slip dresses. Models
stand against grey, beige or concrete walls, most in full-length views, a few cropped at the waist. Titles are the
brand's uppercase names ("WOOL BLEND OVERSIZED COAT"); colors are the brand's names (Ecru, Stone, Khaki, Bottle
Green, Burgundy, Mink, Anthracite, Black); gender is "Woman" or "Man". A few rows miss the color or the gender.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
beige trench coat ...") or from the caption-only LoRA adapter (the DeepFashion template, "The lady wears a
long-sleeve coat with pure color patterns ..."). The adapter has no end-of-answer token: every adapter text runs to
its limit (50 tokens for captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its
template. Open answers (wearing, description, details, material) come from the base model unless the comment before
the case names the adapter; the base model stops on its own, never with hit_limit. Closed answers (garment_type,
color, pattern, sleeve_length, per-piece colors, "Is this a ...?") come from enrich's `--engine reference`, chosen
from candidate sets: never a loop nor a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the brand's color names: white, cream or beige for Ecru; beige or grey for Stone;
  green or beige for Khaki ("khaki pants" for Stone cargo trousers is correct too); green for Bottle Green; red or
  maroon for Burgundy; brown, beige or grey for Mink; grey or black for Anthracite (a dark charcoal that photographs
  near black). Burgundy as purple or pink, Mink as pink, Ecru as grey (in front of a grey or beige wall), Bottle
  Green as blue and Khaki as black are contradiction.
- The color of another garment in the photo (the turtleneck under the coat, the trousers under the shirt, the tee
  under the overshirt) given as the product's color is other_garment_color, also where the reference engine gave it;
  the one-color-for-every-garment failure ("green" pants under a green sweater) is other_garment_color too. The wall's
  color given as the garment's ("grey" for a Bottle Green blazer in front of a grey wall) is contradiction.
- Garment synonyms are correct: jacket for an overshirt, suit for a blazer worn with matching trousers, sweater for
  a cardigan or a sweatshirt, shirt for a knit polo, top for a knit top. Shorts for full-length trousers, a shirt for a
  blazer, a skirt for wide-leg trousers, jeans for tailored trousers, a jacket for a knit polo and "Is this a
  jacket?" yes for a quarter-zip sweater are contradiction (the reference engine picked the wrong candidate).
- Pattern: pleats, cable-knit ribs and corduroy wales answered "striped" are contradiction; a plain cable knit is
  "solid" (correct). Camouflage or plaid for a plain garment is contradiction. A sleeveless knit vest answered "long
  sleeves" (the shirt underneath has them) is contradiction.
- Materials: the one the title names is correct; wool for a plain wool-look coat or blazer and cotton for plain
  cotton-look cargo trousers are plausible guesses, correct. A material neither named nor visible (silk on a satin-
  effect dress, cashmere on a plain knit, cotton on a 100% linen shirt) is unsupported.
- Invented items or details (a necklace, a straw hat, a tie, a belt on a coat without one, gold buttons on black
  ones, a slit, jeans on a photo cropped at the waist) are unsupported.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut; the
  template returned for the material question is restated (even where it names a fabric). Where the template
  misnames the garment (a shirt for a blazer), the misnaming is labelled contradiction, hit_limit kept. Invented
  accessories in a looping or cut template are labelled loop or cut, the kind seen first; so is a wrong fabric
  (leather for a suede-effect jacket) or the hoodie's hood given to the coat ("hooded neckline").
- A color given to another piece that only the product has ("green pants" under a green overshirt, "a black hoodie"
  under a black coat) is other_garment_color, like its mirror image.
- Base answers: "it is made of" / "the skirt is made of" (early stop) is cut without hit_limit; an empty answer,
  "the details of the pants", "they are pants" and "it is made of fabric" are non_answer; the question read back
  ("what material is the garment made of") or the garment's name and color for the material question is restated.
  A base answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right.
- "he" for a woman, "she" for a man is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")

BLIND_229 = [
    # photo: woman in a long double-breasted Mink wool-blend coat, open over a black turtleneck and black trousers,
    # plain grey wall, full-length front view.
    # caption, details: adapter
    case(
        "X229-001",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.material("wool"),
        D.details(
            "The coat is with wool fabric. It has a lapel neckline. The coat is with wool fabric. It has a lapel "
            "neckline. The coat",
            "loop",
            hit_limit=True,
        ),
        title="WOOL BLEND DOUBLE-BREASTED COAT",
        category="Coats",
        color="Mink",
        gender="Woman",
    ),
    # photo: man in an Anthracite textured suit blazer over a white t-shirt, matching trousers, concrete wall.
    # no adapter text
    case(
        "X229-002",
        caption("a man in a grey suit standing against a concrete wall"),
        D.wearing("she is wearing a grey blazer and a white t - shirt", "pronoun"),
        D.color("grey"),
        is_a("blazer", "yes"),
        D.sleeve_length("long sleeves"),
        D.details("two buttons and a pocket on the chest"),
        title="TEXTURED SUIT BLAZER",
        category="Blazers",
        color="Anthracite",
        gender="Man",
    ),
    # photo: woman in an Ecru cable-knit crew-neck sweater with blue straight jeans, beige wall, full-length.
    # no adapter text
    case(
        "X229-003",
        caption("a woman wearing a grey sweater and jeans", "contradiction"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.description("a white sweater with a cable knit pattern"),
        color_jeans("blue"),
        title="WOOL BLEND CABLE-KNIT SWEATER",
        category="Knitwear",
        color="Ecru",
        gender="Woman",
    ),
    # photo: woman in a Burgundy satin shirt (no chest pocket) tucked into black wide-leg trousers, grey wall.
    # no adapter text
    case(
        "X229-004",
        caption("a woman in a pink shirt and black pants", "contradiction"),
        D.wearing("a red blouse and black pants"),
        D.color("black", "other_garment_color"),
        D.material("satin"),
        D.details("the shirt has buttons down the front and a pocket", "unsupported"),
        color_pants("black"),
        title="SATIN SHIRT",
        category="Shirts",
        color="Burgundy",
        gender="Woman",
    ),
    # photo: man in Khaki cotton cargo trousers with side pockets, white t-shirt, black sneakers, concrete wall.
    # no adapter text
    case(
        "X229-005",
        caption("a man in a white t - shirt and green cargo pants"),
        D.wearing("a white t - shirt and khaki pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("the pants have pockets on the side"),
        D.material("cotton Question: what is the color of the pants? Answer: green", "leak"),
        title="COTTON CARGO TROUSERS",
        category="Trousers",
        color="Khaki",
        gender="Man",
    ),
    # photo: woman in Stone linen wide-leg trousers with the matching long-sleeve linen shirt, beige wall.
    # details: adapter
    case(
        "X229-006",
        caption("a woman in a beige shirt and pants"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. The lady "
            "wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.material("linen"),
        D.garment_type("skirt", "contradiction"),
        title="LINEN BLEND WIDE-LEG TROUSERS",
        category="Trousers",
        color="Stone",
        gender="Woman",
    ),
    # photo: woman in a Black satin-effect midi slip dress, thin straps, V neck, plain grey backdrop, bare arms.
    # caption, details: adapter
    case(
        "X229-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black slip dress"),
        D.sleeve_length("sleeveless"),
        D.color("black"),
        D.details(
            "The dress is with satin fabric. It has a V-shape neckline. The dress is with satin fabric. It has a "
            "V-shape neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="SATIN EFFECT SLIP DRESS",
        category="Dresses",
        color="Black",
        gender="Woman",
    ),
    # photo: man in a Bottle Green knit polo (collar, three-button placket) with Ecru trousers, concrete wall.
    # no adapter text
    case(
        "X229-008",
        caption("a man wearing a green sweater and white pants"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.details("the sweater has a collar and three buttons"),
        D.wearing("a green shirt and white pants"),
        title="KNIT POLO SWEATER",
        category="Knitwear",
        color="Bottle Green",
        gender="Man",
    ),
    # photo: woman in an Ecru pleated satin midi skirt with a black fine-knit top, beige wall; no slit.
    # no adapter text
    case(
        "X229-009",
        caption("a woman in a black top and white skirt"),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("a white pleated skirt"),
        D.details("the skirt has pleats and a slit on the side", "unsupported"),
        D.material("a white skirt", "restated"),
        title="PLEATED SATIN MIDI SKIRT",
        category="Skirts",
        color="Ecru",
        gender="Woman",
    ),
    # photo: man in a Stone long-sleeve linen shirt, open collar, over a white tee, beige trousers, beige wall.
    # caption, details: adapter
    case(
        "X229-010",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige shirt and beige pants"),
        D.color("beige"),
        D.material("linen"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The shirt is with linen fabric. It has a lapel neckline. The gentleman wears a long pants. The pants "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="100% LINEN SHIRT",
        category="Shirts",
        color="Stone",
        gender="Man",
    ),
    # photo: woman in a belted Khaki trench coat over an ecru knit and blue jeans, concrete wall, full-length.
    # no adapter text
    case(
        "X229-011",
        caption("a woman in a trench coat standing in front of a concrete wall"),
        D.wearing("a beige trench coat and jeans"),
        D.color("green"),
        D.details("the coat has a belt and a hood", "unsupported"),
        D.description(
            "a trench coat with a belt Question: what is the color of the coat? Answer: beige",
            "leak",
        ),
        is_a("coat", "yes"),
        title="WATER-REPELLENT TRENCH COAT",
        category="Coats",
        color="Khaki",
        gender="Woman",
    ),
    # photo: man in a Burgundy crew-neck wool sweater with black trousers, grey wall.
    # no adapter text
    case(
        "X229-012",
        caption("a man wearing a red sweater and black pants"),
        D.color("purple", "contradiction"),
        D.wearing("a maroon sweater"),
        D.material("a red sweater", "restated"),
        D.details("it has a crew neck and a zipper", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="WOOL CREW NECK SWEATER",
        category="Knitwear",
        color="Burgundy",
        gender="Man",
    ),
    # photo: woman in a Bottle Green satin slip dress, bare neck and arms, grey backdrop.
    # no adapter text
    case(
        "X229-013",
        caption("a woman in a green satin dress"),
        D.wearing("a green dress and a necklace", "unsupported"),
        D.color("green"),
        D.material("satin"),
        D.details("the details of the dress", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="SATIN SLIP DRESS",
        category="Dresses",
        color="Bottle Green",
        gender="Woman",
    ),
    # photo: man in Anthracite relaxed wide-leg trousers with a black turtleneck sweater, concrete wall.
    # caption, wearing: adapter
    case(
        "X229-014",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a high neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("black"),
        color_pants("grey"),
        D.details("they are pants", "non_answer"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a high neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="RELAXED FIT WIDE-LEG TROUSERS",
        category="Trousers",
        color="Anthracite",
        gender="Man",
    ),
    # photo: woman in a Mink fine-knit buttoned cardigan with ecru trousers, beige wall.
    # no adapter text
    case(
        "X229-015",
        caption("a woman wearing a brown cardigan and white pants"),
        D.garment_type("sweater"),
        D.color("beige"),
        D.details("the cardigan has buttons down the front"),
        D.material("cashmere", "unsupported"),
        D.wearing(
            "a brown sweater and white pants Question: what is the color of the sweater? Answer: brown",
            "leak",
        ),
        title="SOFT KNIT CARDIGAN",
        category="Knitwear",
        color="Mink",
        gender="Woman",
    ),
    # photo: man in an Ecru heavy cotton overshirt with two chest pockets, over a black tee, black jeans, grey wall.
    # no adapter text
    case(
        "X229-016",
        caption("a man in a grey jacket and black jeans", "contradiction"),
        D.wearing("a white shirt and black jeans"),
        D.color("white"),
        color_jeans("white", "other_garment_color"),
        D.details("the shirt has two pockets on the chest"),
        D.material("it is made of", "cut"),
        title="COTTON OVERSHIRT",
        category="Shirts",
        color="Ecru",
        gender="Man",
    ),
    # photo: woman in an oversized Stone blazer with matching trousers and a white tee, grey wall.
    # wearing, material: adapter
    case(
        "X229-017",
        caption("a woman in a beige suit"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.color("beige"),
        D.garment_type("blazer"),
        D.pattern("solid"),
        D.details("the blazer has a pocket and a button"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        title="OVERSIZED BLAZER",
        category="Blazers",
        color="Stone",
        gender="Woman",
    ),
    # photo: man in a Khaki quilted jacket, zipped halfway, over a grey hoodie, black trousers, concrete wall.
    # no adapter text
    case(
        "X229-018",
        caption("a man wearing a green jacket and a grey hoodie"),
        D.wearing("she is wearing a green jacket", "pronoun"),
        D.color("grey", "other_garment_color"),
        D.details("the jacket has a zipper and pockets"),
        is_a("jacket", "yes"),
        color_pants("grey", "other_garment_color"),
        title="QUILTED JACKET",
        category="Jackets",
        color="Khaki",
        gender="Man",
    ),
    # photo: woman in Black tailored wide-leg trousers with front pleats, ecru satin shirt tucked in, beige wall.
    # description: adapter
    case(
        "X229-019",
        caption("a woman in a white shirt and black pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        D.details("the pants have a high waist and pleats"),
        D.description(
            "The trousers this lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The trousers this lady wears is",
            "loop",
            hit_limit=True,
        ),
        title="PLEATED WIDE-LEG TROUSERS",
        category="Trousers",
        color="Black",
        gender="Woman",
    ),
    # photo: woman in a Burgundy satin midi skirt with a black knit sweater and black boots, grey wall; no slit.
    # no adapter text
    case(
        "X229-020",
        caption("a woman wearing a black sweater and a red skirt"),
        D.color("red"),
        color_skirt("black", "other_garment_color"),
        D.wearing("a black sweater, a purple skirt and black boots", "contradiction"),
        D.details("the skirt has a slit in the front", "unsupported"),
        D.material("satin"),
        title="SATIN MIDI SKIRT",
        category="Skirts",
        color="Burgundy",
        gender="Woman",
    ),
    # photo: man in a plain Anthracite wool overcoat over a black sweater and black trousers, concrete wall.
    # caption, wearing: adapter (the row has no color)
    case(
        "X229-021",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve coat with pure color patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.material("wool"),
        D.details("the coat has a pocket on the left side and a hood", "unsupported"),
        D.pattern("plaid", "contradiction"),
        title="WOOL BLEND OVERCOAT",
        category="Coats",
        gender="Man",
    ),
    # photo: woman in an oversized Ecru linen shirt worn open over a white tank top, stone linen trousers, beige wall.
    # no adapter text
    case(
        "X229-022",
        caption("a woman in a white shirt and beige pants"),
        D.wearing("a white shirt, a white tank top and beige pants"),
        D.color("white"),
        D.material("cotton", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a pocket on the chest and", "cut"),
        title="100% LINEN OVERSIZED SHIRT",
        category="Shirts",
        color="Ecru",
        gender="Woman",
    ),
    # photo: man in Stone cargo trousers with big side pockets and a black t-shirt, concrete wall.
    # no adapter text
    case(
        "X229-023",
        caption("a man in a black shirt and beige pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        D.details("the pants have large pockets on the sides"),
        D.wearing("a black t - shirt and khaki pants"),
        D.material(
            "the pants are made of cotton Question: what is the color of the pants? Answer: beige",
            "leak",
        ),
        title="CARGO TROUSERS",
        category="Trousers",
        color="Stone",
        gender="Man",
    ),
    # photo: woman in a Mink satin midi slip dress with a cowl neck and thin straps, concrete wall.
    # no adapter text
    case(
        "X229-024",
        caption("a woman in a brown satin dress standing against a concrete wall"),
        D.color("pink", "contradiction"),
        D.wearing("a brown dress"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a cowl neck and long sleeves", "contradiction"),
        D.material("a brown dress", "restated"),
        title="SATIN COWL NECK DRESS",
        category="Dresses",
        color="Mink",
        gender="Woman",
    ),
    # photo: man in a Bottle Green corduroy overshirt with two flap pockets, white tee, stone chinos, grey wall.
    # caption: adapter
    case(
        "X229-025",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green pants", "other_garment_color"),
        D.material("corduroy"),
        D.color("green"),
        D.details("the shirt has two pockets and buttons"),
        D.pattern("striped", "contradiction"),
        title="CORDUROY OVERSHIRT",
        category="Shirts",
        color="Bottle Green",
        gender="Man",
    ),
    # photo: woman in a Black double-breasted blazer (black horn-effect buttons) with matching trousers, grey wall.
    # no adapter text
    case(
        "X229-026",
        caption("a woman in a black suit"),
        D.wearing("he is wearing a black suit", "pronoun"),
        D.color("black"),
        D.garment_type("blazer"),
        D.details("the blazer has gold buttons", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="DOUBLE-BREASTED BLAZER",
        category="Blazers",
        color="Black",
        gender="Woman",
    ),
    # photo: man in an Ecru cable-knit sweater with blue jeans, concrete wall, full-length.
    # no adapter text
    case(
        "X229-027",
        caption("a man wearing a white sweater and blue jeans"),
        D.color("white"),
        color_jeans("white", "other_garment_color"),
        D.material("what material is the garment made of", "restated"),
        D.pattern("solid"),
        D.description("she is wearing a white sweater", "pronoun"),
        title="CABLE-KNIT SWEATER",
        category="Knitwear",
        color="Ecru",
        gender="Man",
    ),
    # photo: woman in a sleeveless Ecru knit vest over a white long-sleeve shirt, black trousers, beige wall.
    # no adapter text
    case(
        "X229-028",
        caption("a woman in a white sweater vest and white shirt"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white"),
        D.wearing("a white vest, a white shirt and black pants"),
        D.details("the vest has a v - neck and buttons down the front", "unsupported"),
        title="KNIT VEST",
        category="Knitwear",
        color="Ecru",
        gender="Woman",
    ),
    # photo: man in a Black short-sleeve linen-blend shirt with ecru full-length linen trousers, beige wall.
    # no adapter text
    case(
        "X229-029",
        caption("a man in a black shirt and white pants"),
        D.sleeve_length("short sleeves"),
        D.color("black"),
        color_pants("black", "other_garment_color"),
        D.material("linen"),
        D.wearing("a black shirt and white shorts", "contradiction"),
        D.details("the shirt has buttons and a collar and a pocket on the", "cut"),
        title="LINEN BLEND SHORT SLEEVE SHIRT",
        category="Shirts",
        color="Black",
        gender="Man",
    ),
    # photo: woman in flowing Bottle Green wide-leg trousers with an ecru sleeveless top, grey wall.
    # caption and material: adapter
    case(
        "X229-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "The trousers this lady wears is",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        color_pants("green"),
        D.garment_type("pants"),
        D.description("a pair of blue pants with a high waist", "contradiction"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "trousers this lady wears",
            "restated",
            hit_limit=True,
        ),
        title="FLOWING WIDE-LEG TROUSERS",
        category="Trousers",
        color="Bottle Green",
        gender="Woman",
    ),
    # photo: man in Black cargo trousers with an Anthracite crew-neck sweatshirt, concrete wall.
    # no adapter text
    case(
        "X229-031",
        caption("a man in a grey sweatshirt and black cargo pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("shorts", "contradiction"),
        D.wearing("a grey sweater and black pants"),
        D.details("the details of the pants", "non_answer"),
        D.description("black cargo pants with pockets"),
        title="RELAXED CARGO TROUSERS",
        category="Trousers",
        color="Black",
        gender="Man",
    ),
    # photo: woman in a long Burgundy wool-blend coat without a belt, over a black turtleneck and jeans, grey wall.
    # caption, wearing: adapter
    case(
        "X229-032",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. There is an accessory on her wrist. The lady wears a long-sleeve coat with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. The lady wears "
            "a long-sleeve coat with pure",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.material("wool"),
        D.details("the coat has a belt", "unsupported"),
        is_a("coat", "yes"),
        title="WOOL BLEND LONG COAT",
        category="Coats",
        color="Burgundy",
        gender="Woman",
    ),
    # photo: man in a Stone suit blazer with matching trousers and an open-collar white shirt, no tie, concrete wall.
    # no adapter text
    case(
        "X229-033",
        caption("a man in a beige suit and white shirt"),
        D.wearing("a beige suit, a white shirt and a tie", "unsupported"),
        D.color("white", "other_garment_color"),
        D.garment_type("blazer"),
        D.details("the blazer has two buttons and a pocket"),
        D.material("it is made of", "cut"),
        title="SUIT BLAZER",
        category="Blazers",
        color="Stone",
        gender="Man",
    ),
    # photo: woman in a sleeveless Ecru linen midi dress with buttons down the front and a tie belt, beige wall,
    # bare-headed.
    # no adapter text
    case(
        "X229-034",
        caption("a woman in a white dress standing in front of a beige wall"),
        D.color("beige"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has buttons down the front and a belt"),
        D.material("linen Question: what is the color of the dress? Answer: white", "leak"),
        D.wearing("a white dress and a straw hat", "unsupported"),
        title="LINEN BLEND BELTED MIDI DRESS",
        category="Dresses",
        color="Ecru",
        gender="Woman",
    ),
    # photo: man in a Mink suede-effect bomber jacket with ribbed cuffs, white tee, blue jeans, grey wall.
    # caption, details: adapter
    case(
        "X229-035",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a stand neckline. This gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and jeans"),
        D.color("brown"),
        D.material("suede"),
        color_jacket("blue", "other_garment_color"),
        D.details(
            "The jacket is with leather fabric. It has a stand neckline. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="SUEDE EFFECT BOMBER JACKET",
        category="Jackets",
        color="Mink",
        gender="Man",
    ),
    # photo: woman in plain Khaki cargo trousers with toggle cuffs at the hem and a white crop top, concrete wall.
    # no adapter text
    case(
        "X229-036",
        caption("a woman in a white crop top and black cargo pants", "contradiction"),
        D.wearing("a white top and green pants"),
        D.color("green"),
        D.details("the pants have pockets on the sides and a drawstring at the bottom"),
        D.pattern("camouflage", "contradiction"),
        D.material("cotton"),
        title="CARGO TROUSERS WITH TOGGLES",
        category="Trousers",
        color="Khaki",
        gender="Woman",
    ),
    # photo: man in a Bottle Green crew-neck sweater, photo cropped at the waist, grey wall.
    # no adapter text
    case(
        "X229-037",
        caption("a man in a green sweater"),
        D.color("blue", "contradiction"),
        D.wearing("a green sweater and jeans", "unsupported"),
        D.material("wool"),
        D.details(
            "it has a crew neck Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        D.sleeve_length("long sleeves"),
        title="WOOL BLEND SWEATER",
        category="Knitwear",
        color="Bottle Green",
        gender="Man",
    ),
    # photo: woman in a Stone pleated midi skirt with a white long-sleeve shirt, grey wall.
    # caption, wearing: adapter
    case(
        "X229-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_skirt("beige"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.details("the skirt is pleated"),
        D.material("the skirt is made of", "cut"),
        title="PLEATED MIDI SKIRT",
        category="Skirts",
        color="Stone",
        gender="Woman",
    ),
    # photo: man in a Burgundy corduroy shirt with two chest pockets, over a black tee, black trousers, beige wall.
    # no adapter text
    case(
        "X229-039",
        caption("a man in a red shirt and black pants"),
        D.color("red"),
        D.pattern("solid"),
        D.material("corduroy"),
        D.wearing("a red shirt and blue jeans", "contradiction"),
        D.description("she is wearing a red shirt with two pockets", "pronoun"),
        title="CORDUROY SHIRT",
        category="Shirts",
        color="Burgundy",
        gender="Man",
    ),
    # photo: woman in a Bottle Green blazer with matching wide-leg trousers, in front of a grey wall.
    # no adapter text
    case(
        "X229-040",
        caption("a woman in a green suit standing in front of a grey wall"),
        D.color("grey", "contradiction"),
        D.garment_type("blazer"),
        D.wearing("a green blazer and green pants"),
        D.details(
            "the blazer has two buttons and a pocket Question: what is the color of the blazer? Answer: green",
            "leak",
        ),
        D.sleeve_length("long sleeves"),
        title="TAILORED BLAZER",
        category="Blazers",
        color="Bottle Green",
        gender="Woman",
    ),
    # photo: man in a Black wool coat over a grey hoodie (hood out over the collar), black trousers, concrete wall.
    # details: adapter
    case(
        "X229-041",
        caption("a man in a black coat and a grey hoodie"),
        D.color("black"),
        D.wearing("a black coat, a black hoodie and black pants", "other_garment_color"),
        D.details(
            "The coat is with wool fabric. It has a hooded neckline. The coat is with wool fabric. It has a hooded "
            "neckline. The coat is",
            "loop",
            hit_limit=True,
        ),
        D.material("a black coat", "restated"),
        is_a("coat", "yes"),
        title="WOOL BLEND COAT",
        category="Coats",
        color="Black",
        gender="Man",
    ),
    # photo: woman in a Burgundy buttoned knit cardigan over a white tee, blue jeans, beige wall.
    # no adapter text
    case(
        "X229-042",
        caption("a woman wearing a red cardigan and jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("cardigan"),
        D.wearing("he is wearing a red sweater and jeans", "pronoun"),
        D.details("the cardigan has buttons down the front"),
        D.material("the material of the cardigan", "non_answer"),
        title="WOOL BLEND KNIT CARDIGAN",
        category="Knitwear",
        color="Burgundy",
        gender="Woman",
    ),
    # photo: man in a Stone long-sleeve linen-blend shirt worn open over a white tee, stone linen trousers, beige
    # wall.
    # no adapter text
    case(
        "X229-043",
        caption("a man wearing a beige linen shirt and beige pants"),
        D.color("beige"),
        D.wearing("a beige shirt, a white t - shirt and beige pants"),
        D.material("linen"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("", "non_answer"),
        title="LINEN BLEND SHIRT",
        category="Shirts",
        color="Stone",
        gender="Man",
    ),
    # photo: woman in Mink wide-leg knit trousers with the matching Mink knit top, concrete wall; hems plain.
    # no adapter text (the row has no gender)
    case(
        "X229-044",
        caption("a woman in a brown sweater and brown pants"),
        D.color("grey"),
        D.wearing("a pink top and pink pants", "contradiction"),
        D.garment_type("pants"),
        D.material("it is made of fabric", "non_answer"),
        D.details("the pants have a high waist and a slit at the bottom", "unsupported"),
        title="KNIT WIDE-LEG TROUSERS",
        category="Trousers",
        color="Mink",
    ),
    # photo: man in an Anthracite quarter-zip knit sweater over a white tee, black jeans, grey wall.
    # caption, details and material: adapter
    case(
        "X229-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and black jeans"),
        D.color("black"),
        D.details(
            "The sweater is with knitting fabric. It has a stand neckline. The sweater is with knitting fabric. It "
            "has a stand neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        title="QUARTER-ZIP KNIT SWEATER",
        category="Knitwear",
        color="Anthracite",
        gender="Man",
    ),
    # photo: woman in an Ecru satin midi slip skirt with a Bottle Green knit sweater over the waistband, grey wall.
    # no adapter text (the row has no color)
    case(
        "X229-046",
        caption("a woman in a green sweater and a white skirt"),
        D.color("green", "other_garment_color"),
        color_skirt("white"),
        D.wearing("she is wearing a green sweater and a white skirt"),
        D.material("satin"),
        D.details("the details of the skirt", "non_answer"),
        title="SATIN MIDI SKIRT",
        category="Skirts",
        gender="Woman",
    ),
]
