"""BLIND_343 (46 products; men's jackets and outerwear: denim, bomber, leather, puffer, windcheater, blazer, gilet):
written blind in the forty-fourth session. Measured blind at 15c67b8 (the session's rules as they stood): 113/135
failures found (83.7%) and 11/171 correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: an English catalog feed of men's jackets and outerwear: denim and trucker jackets, bomber jackets (nylon
MA-1, corduroy, varsity), leather and faux leather jackets (biker, racer), windcheaters, puffer jackets and padded
gilets, blazers (single- and double-breasted, checked, linen, velvet), overshirts and shackets. Most photos are model
shots with the jacket worn open or zipped over a t-shirt, shirt, hoodie, turtleneck or sweater, on studio backdrops,
brick walls and grey walls; some are flat-lays on white, wooden or concrete surfaces. Each product has the seller's
title, category, color and gender; a few rows miss the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man wearing a
denim jacket ...") unless the photo comment says the caption adapter wrote them (the DeepFashion-MultiModal template,
"The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric ..."). The
caption adapter was trained with no end-of-answer token, so every text it writes runs to its limit (50 new tokens
for captions, 30 for answers) and carries hit_limit=True; asked a question it returns its caption template. Two
open color answers come from the VQA adapter (free generation, no end token either: it repeats one word to the
limit, hit_limit=True); the comments name them. Every other open answer (wearing, description, details, material,
collar, pockets, closure) comes from the base model, which stops on its own and never has hit_limit. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions for the jacket, the inner
t-shirt, the shirt and the hoodie, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo, teal blue or light blue; green for olive or
  teal; red for maroon or burgundy; brown for tan or caramel; beige or tan for khaki and stone; yellow for mustard;
  white for off white or cream; grey for charcoal. The reference engine's wrong shade is contradiction (navy as
  black, maroon or burgundy as purple or brown, mustard as orange). The color of the backdrop or surface (a red brick
  wall, a grey concrete floor), of the lining (orange inside an MA-1) or of the buttons (gold on a navy blazer) given
  as the garment's color is contradiction; the color of another garment in the photo (the inner t-shirt, the shirt,
  the hoodie, the turtleneck, the sweater) is other_garment_color, and so is the jacket's color given to the inner
  t-shirt. A color of the jacket's own print given to the inner t-shirt (brown from a camo print) is
  other_garment_color as well.
- Garment synonyms are correct: coat for a puffer jacket, vest for a gilet, suit or suit jacket for a blazer, shirt
  for an overshirt or a shacket, raincoat or windbreaker for a windcheater, baseball jacket for a varsity jacket,
  shirt for the inner t-shirt or polo, fur collar for a sherpa collar. The reference engine's "Is this a suit?" yes
  for a blazer is correct. garment_type "hoodie" for a jacket worn over a hoodie, "yes" to "Is this a pair of jeans?"
  for a denim jacket, and "jeans" for beige trousers are contradiction.
- Sleeves: "long sleeves" for a gilet worn over a long-sleeve shirt or sweater is contradiction (the inner garment's
  sleeves), and so is "short sleeves" for a long-sleeved jacket or overshirt. Pattern: the quilting lines of a puffer
  or a gilet read as "striped", diamond quilting read as "checked", a tartan lining read as "checked", the inner
  striped shirt or graphic tee read as the jacket's pattern: all contradiction. Corduroy and quilted solids answered
  "solid" are correct.
- Materials: one the title names is correct; leather for faux leather is correct (the photo cannot tell them apart);
  a plausible guess on a visible, unnamed shell (nylon or polyester for a windcheater, puffer or bomber; cotton for a
  casual blazer; wool and leather for a varsity jacket; leather for a biker jacket that plainly looks it) is correct.
  A material neither named nor visible (down in a padded jacket, denim for a cotton overshirt, suede for smooth
  leather, wool for a padded gilet) is unsupported.
- Invented items or details not in the photo (a fur trim, a hood, a belt, a tie, a pocket square, a hat, a silver
  chain, sunglasses, a logo, a stripe down the sleeve) are unsupported.
- Caption-adapter texts are always at the limit: one that repeats a sentence of its template is loop; one that stops
  mid-sentence without repeating is cut, even where it invents trousers on a flat-lay or an accessory; a template
  returned for the material question is restated. Where the template names the jacket "a long-sleeve shirt" with no
  outer clothing, or describes the inner t-shirt as the garment, or gives it the inner tee's stripes, the misnaming is
  what the auditor sees first: contradiction, hit_limit kept. "A long-sleeve shirt ... There is an outer clothing on
  him" and "a long-sleeve suit" for a blazer, and "a sleeveless vest" for a gilet, are not misnamings (cut or loop).
  The VQA adapter's open color answer repeated to the limit ("blue blue blue ...") is loop even where the word is
  right.
- A base answer stopped early mid-phrase ("it is made of", "a black jacket with a") is cut without hit_limit. An empty
  answer, "a jacket", "the details of the jacket" and "the jacket has details" for the details question are
  non_answer; a material question answered with the garment's color and name ("the blazer is navy blue", "the jacket
  is yellow", "a brown jacket") is restated. Base answers that run on into "Question: ... Answer: ..." are leak even
  where the start is right.
- "she", "her" or "a woman" for the men's catalog is pronoun (only where the row's gender is Men).
- On flat-lays the wearing question answered with the garment alone ("a black jacket") is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
collar = question("collar", "What kind of collar does the jacket have?", "open")
pockets = question("pockets", "What pockets does the jacket have?", "open")
closure = question("closure", "How is the jacket fastened?", "open")

BLIND_343 = [
    # photo: model in an indigo blue denim trucker jacket, open over a white crew-neck t-shirt, black jeans, plain grey
    # studio backdrop, front view to the knees.
    # caption adapter: none
    case(
        "X343-001",
        caption("a man wearing a denim jacket and a white t - shirt"),
        D.wearing("a denim jacket and black jeans"),
        color_jacket("white", "other_garment_color"),
        color_tshirt("white"),
        D.material("denim"),
        closure("buttons"),
        D.description(
            "a blue denim jacket with a white t - shirt Question: what is the man wearing? Answer: a denim jacket",
            "leak",
        ),
        title="Men Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a black faux leather biker jacket with an asymmetric zip and three zip pockets, on white.
    # caption adapter: caption
    case(
        "X343-002",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black"),
        D.material("leather"),
        D.details("a zipper on the front and a", "cut"),
        is_a("leather jacket", "yes"),
        title="Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive green bomber jacket with ribbed collar, cuffs and hem, open over a black t-shirt, beige
    # chinos, standing against a white painted wall.
    # caption adapter: none
    case(
        "X343-003",
        caption("a man in a green bomber jacket standing against a white wall"),
        D.wearing("a green jacket and a black shirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("ribbed collar, cuffs and a", "cut"),
        D.material("the jacket is green", "restated"),
        is_a("bomber jacket", "yes"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a navy quilted hooded puffer jacket, zipped up, hood down, no trim, grey studio backdrop.
    # caption adapter: none
    case(
        "X343-004",
        caption("a man wearing a blue puffer jacket with a hood"),
        D.garment_type("coat"),
        D.color("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("polyester"),
        D.description("a navy blue puffer jacket with a hood and a fur trim", "unsupported"),
        D.wearing(
            "a blue puffer jacket Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        title="Men Navy Blue Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey single-breasted blazer, buttoned, over a white shirt with no tie, dark trousers,
    # white studio backdrop.
    # caption adapter: caption
    case(
        "X343-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an outer clothing on him. The gentleman wears a long trousers. The "
            "trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit and a white shirt"),
        D.garment_type("blazer"),
        D.color("grey"),
        color_of("shirt", "white"),
        D.material("it is made of", "cut"),
        D.details("the blazer has a notch lapel and a", "cut"),
        title="Men Charcoal Grey Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a black lambskin leather jacket, open over a grey hoodie with the hood out, blue jeans, in front
    # of a red brick wall.
    # caption adapter: none
    case(
        "X343-006",
        caption("a man wearing a leather jacket and a hoodie in front of a brick wall"),
        D.wearing(
            "a black leather jacket and a grey hoodie Question: what is the color of the hoodie? Answer: grey",
            "leak",
        ),
        D.color("red", "contradiction"),
        D.details("a zipper on the front and a belt at the waist", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("leather"),
        is_a("leather jacket", "yes"),
        title="Men Black Lambskin Leather Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a beige cotton overshirt with two flap chest pockets, buttoned, on a light wooden floor.
    # caption adapter: none
    case(
        "X343-007",
        caption("a beige shirt laying on a wooden floor"),
        D.garment_type("shirt"),
        D.color("beige"),
        D.pattern("solid"),
        D.details("two chest pockets with", "cut"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("cotton"),
        title="Men Beige Solid Cotton Overshirt",
        category="Overshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a red and black buffalo-check flannel overshirt, open over a black t-shirt, grey jeans, white
    # studio backdrop.
    # caption adapter: none
    case(
        "X343-008",
        caption("a man in a red and black plaid shirt"),
        wearing(
            "a red and black plaid shirt and a black t - shirt Question: what is the color of the shirt? Answer: red",
            "leak",
            who="he",
        ),
        D.pattern("checked"),
        D.color("red"),
        color_tshirt("red", "other_garment_color"),
        D.description("a red and black plaid shirt with a button down front"),
        D.details("the details of the shirt", "non_answer"),
        title="Men Red & Black Checked Flannel Overshirt",
        category="Overshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a light blue hooded windcheater with a white chest panel, zipped halfway over a white t-shirt,
    # grey backdrop.
    # caption adapter: details
    case(
        "X343-009",
        caption("a woman wearing a blue and white windbreaker jacket", "pronoun"),
        D.pattern("color block"),
        D.color("blue"),
        D.details(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long-sleeve jacket with color block",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon"),
        color_tshirt("blue", "other_garment_color"),
        is_a("raincoat", "no"),
        title="Men Blue Colourblocked Hooded Windcheater",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black sleeveless quilted puffer gilet, zipped, over a grey long-sleeve henley, dark jeans,
    # white backdrop.
    # caption adapter: wearing
    case(
        "X343-010",
        caption("a man in a black vest and a grey shirt"),
        D.wearing(
            "The gentleman wears a sleeveless vest with pure color patterns. The gentleman wears a sleeveless vest "
            "with pure color patterns. The gentleman wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("vest"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("striped", "contradiction"),
        title="Men Black Quilted Puffer Gilet",
        category="Gilets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a tan suede trucker jacket, open over a white t-shirt, light blue jeans, beige backdrop.
    # caption adapter: caption
    case(
        "X343-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with leather fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a brown jacket and a white shirt"),
        D.color("brown"),
        color_tshirt("white"),
        D.material("a brown jacket", "restated"),
        D.description("a brown suede jacket with a fur collar", "unsupported"),
        title="Men Tan Brown Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: model in a maroon corduroy bomber jacket, zipped halfway over a black t-shirt, grey studio backdrop.
    # caption adapter: none
    case(
        "X343-012",
        caption("a man wearing a red jacket and a black shirt"),
        D.color("purple", "contradiction"),
        color_tshirt("maroon", "other_garment_color"),
        D.pattern("solid"),
        D.material("corduroy"),
        D.details(
            "a zipper and two pockets on the front Question: what is the jacket made of? Answer: corduroy",
            "leak",
        ),
        D.wearing("a red jacket and a black shirt and a silver chain", "unsupported"),
        title="Men Maroon Corduroy Bomber Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of a light-wash denim jacket with a cream sherpa collar, buttoned, on white.
    # caption adapter: description
    case(
        "X343-013",
        caption("a denim jacket with a fur collar"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.material("denim and fur"),
        D.details("the jacket has a fur collar and", "cut"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.description(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. There is an accessory "
            "in his neck. The jacket",
            "cut",
            hit_limit=True,
        ),
        title="Men Light Blue Sherpa Collar Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in an off-white linen blazer, open over a light blue shirt, beige trousers, in front of a printed
    # beach backdrop (sand and sea); no pocket square.
    # caption adapter: none
    case(
        "X343-014",
        caption("a man in a white suit standing on a beach"),
        D.wearing("a white jacket and blue jeans", "contradiction"),
        D.color("white"),
        color_of("shirt", "blue"),
        D.material("linen"),
        D.details("notch lapels, two buttons and a pocket square", "unsupported"),
        title="Men Off White Linen Blend Blazer",
        category="Blazers",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a black nylon MA-1 bomber jacket, open so the bright orange lining shows, over a white t-shirt,
    # zip pocket on the left sleeve, white backdrop.
    # caption adapter: none
    case(
        "X343-015",
        caption("a man wearing a black bomber jacket with an orange lining"),
        D.wearing("she is wearing a black jacket and a white shirt", "pronoun"),
        D.color("orange", "contradiction"),
        color_tshirt("white"),
        D.material("nylon"),
        D.details("a zipper pocket on the", "cut"),
        title="Men Black MA-1 Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a khaki cotton utility field jacket with four flap pockets, open over a black t-shirt, black
    # trousers, grey backdrop.
    # caption adapter: caption, wearing, material
    case(
        "X343-016",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The gentleman wears a long-sleeve "
            "jacket with pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        color_tshirt("beige", "other_garment_color"),
        pockets("four pockets on the front"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Khaki Cotton Utility Field Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a navy double-breasted blazer with gold buttons, over a white t-shirt, white backdrop.
    # caption adapter: none
    case(
        "X343-017",
        caption("a man wearing a blue blazer with gold buttons"),
        D.garment_type("blazer"),
        D.color("gold", "contradiction"),
        color_tshirt("white"),
        D.description("a navy blue blazer with gold buttons and a white t - shirt"),
        D.details("the blazer has details", "non_answer"),
        D.material("the blazer is made of", "cut"),
        title="Men Navy Double-Breasted Blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a brown faux leather jacket, open over a cream crew-neck knit sweater, dark jeans, beige
    # backdrop.
    # caption adapter: none
    case(
        "X343-018",
        caption("a man wearing a brown leather jacket and a white sweater"),
        D.wearing(
            "a brown jacket and a white sweater Question: what is the jacket made of? Answer: leather",
            "leak",
        ),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        is_a("sweater", "no"),
        D.description("a brown leather jacket with a", "cut"),
        title="Men Brown Faux Leather Jacket",
        category="Jackets",
        color="Brown",
    ),
    # photo: model in a green wool-blend varsity bomber with white leather-look sleeves, striped ribbed cuffs, a white
    # letter "B" patch on the chest, over a white t-shirt, grey backdrop.
    # caption adapter: none
    case(
        "X343-019",
        caption("a man wearing a green and white baseball jacket with a letter b on it"),
        D.wearing("she is wearing a green and white jacket and a white t - shirt", "pronoun"),
        color_tshirt("green", "other_garment_color"),
        D.pattern("color block"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.details("a letter b on the chest and striped cuffs"),
        D.material("wool and leather"),
        title="Men Green & White Wool Blend Varsity Bomber Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: flat-lay of a shiny black padded puffer jacket with a stand collar, zipped, on a grey concrete floor.
    # caption adapter: caption
    case(
        "X343-020",
        caption(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure color patterns. It has a stand neckline. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.material("down", "unsupported"),
        D.details("the jacket has details", "non_answer"),
        title="Men Black Solid Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mustard yellow hooded windcheater with a black zip, open over a black t-shirt, grey backdrop.
    # caption adapter: none
    case(
        "X343-021",
        caption("a man in a yellow raincoat"),
        D.wearing("a yellow jacket and a yellow shirt", "other_garment_color"),
        D.garment_type("jacket"),
        D.color("orange", "contradiction"),
        D.details("a hood and a zipper on the front"),
        D.material("the jacket is yellow", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Mustard Yellow Hooded Windcheater",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in an olive cotton overshirt with snap buttons, open over a white t-shirt, black jeans, white
    # backdrop.
    # caption adapter: none
    case(
        "X343-022",
        caption("a man wearing a green shirt and black pants"),
        D.garment_type("shirt"),
        color_of("shirt", "green"),
        color_tshirt("green", "other_garment_color"),
        D.details("snap buttons and", "cut"),
        D.material("denim", "unsupported"),
        D.wearing("she is wearing a green shirt and black pants", "pronoun"),
        title="Men Olive Solid Cotton Overshirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a black biker jacket (no belt), open over a white graphic t-shirt with a red print, black jeans,
    # grey backdrop.
    # caption adapter: details
    case(
        "X343-023",
        caption("a man in a black leather jacket and a white t - shirt"),
        D.color("black"),
        D.pattern("printed", "contradiction"),
        color_tshirt("white"),
        D.material("leather"),
        D.description(
            "a black leather jacket with a zipper and a belt at the waist",
            "unsupported",
        ),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long",
            "contradiction",
            hit_limit=True,
        ),
        title="Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a stone beige Harrington jacket, open so a red tartan lining shows, over a navy polo shirt,
    # white backdrop.
    # caption adapter: details
    case(
        "X343-024",
        caption("a man wearing a tan jacket and a blue shirt"),
        D.wearing("a beige jacket and a beige polo shirt", "other_garment_color"),
        D.color("beige"),
        D.pattern("checked", "contradiction"),
        color_of("shirt", "blue"),
        collar("a stand up collar"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Beige Harrington Jacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a grey Prince of Wales check blazer over a black turtleneck, grey trousers, white backdrop.
    # caption adapter: none
    case(
        "X343-025",
        caption("a man in a grey plaid suit jacket and a black turtleneck"),
        D.pattern("checked"),
        D.color("black", "other_garment_color"),
        D.description("a grey plaid blazer with a black turtle neck"),
        D.material("wool"),
        is_a("suit", "yes"),
        D.wearing("a grey plaid blazer and a grey turtleneck", "other_garment_color"),
        title="Men Grey Checked Wool Blend Slim Fit Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a bright red hooded puffer jacket, zipped up, white studio backdrop.
    # caption adapter: details, material
    case(
        "X343-026",
        caption("a man in a red puffer jacket"),
        D.wearing("she is wearing a red jacket", "pronoun"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men Red Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of a navy padded gilet with a stand collar (no hood) and two zip pockets, zipped, on white.
    # caption adapter: none
    case(
        "X343-027",
        caption("a blue vest on a white background"),
        D.garment_type("vest"),
        D.color("blue"),
        D.sleeve_length("sleeveless"),
        D.description("a navy blue vest with a zipper and a hood", "unsupported"),
        D.material("it is made of", "cut"),
        title="Men Navy Blue Padded Gilet",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white denim jacket, open over a black t-shirt, black jeans, white studio backdrop.
    # caption adapter: none
    case(
        "X343-028",
        caption("a man wearing a white denim jacket and black jeans"),
        D.wearing("a white jacket and a white shirt", "other_garment_color"),
        D.color("white"),
        color_tshirt("black"),
        D.material("denim"),
        D.details("", "non_answer"),
        D.description(
            "a white denim jacket Question: what is the color of the shirt? Answer: black",
            "leak",
        ),
        title="Men White Solid Denim Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: model in an olive camouflage print shacket (green, brown and black), open over a white t-shirt, beige
    # backdrop.
    # caption adapter: none
    case(
        "X343-029",
        caption("a man wearing a camo jacket and a white shirt"),
        D.pattern("camouflage"),
        D.color("green"),
        color_tshirt("brown", "other_garment_color"),
        D.description("a green and brown camouflage shirt jacket with buttons"),
        is_a("shirt", "yes"),
        D.details("the jacket is camouflage and it has a", "cut"),
        title="Men Olive Camouflage Print Shacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a smooth tan leather jacket with a zip front, on a dark wooden table.
    # caption adapter: details
    case(
        "X343-030",
        caption("a brown leather jacket on a wooden table"),
        D.garment_type("jacket"),
        D.color("brown"),
        D.material("suede", "unsupported"),
        D.details(
            "The jacket is with leather fabric and pure color patterns. The jacket is with leather fabric and pure "
            "color patterns. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        D.description("a brown leather jacket with a hood", "unsupported"),
        title="Men Tan Genuine Leather Jacket",
        category="Jackets",
        color="Tan",
    ),
    # photo: model in a teal blue bomber jacket, zipped halfway over a white henley, no hat, grey backdrop.
    # caption adapter: none
    case(
        "X343-031",
        caption("a man in a green bomber jacket and a green shirt", "other_garment_color"),
        D.wearing("a green jacket and a white shirt and a black hat", "unsupported"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.material("a green jacket", "restated"),
        D.details("", "non_answer"),
        title="Men Teal Blue Bomber Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: model in an indigo denim jacket, open over a red hoodie with the hood out over the collar, black jeans,
    # white backdrop.
    # caption adapter: none
    case(
        "X343-032",
        caption("a man wearing a red hoodie and a denim jacket"),
        wearing("a red hoodie and a denim jacket and a red hat", "unsupported", who="he"),
        D.garment_type("hoodie", "contradiction"),
        D.color("red", "other_garment_color"),
        color_of("hoodie", "red"),
        D.material("denim"),
        title="Men Indigo Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black lightweight hooded windcheater with reflective strips on the sleeves and a zip chest
    # pocket, open over a grey t-shirt, dark grey backdrop.
    # caption adapter: caption
    case(
        "X343-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a black jacket with a hood Question: what is the man wearing? Answer: a black jacket",
            "leak",
        ),
        D.color("black"),
        color_tshirt("grey"),
        D.details("reflective stripes on the sleeves and a zip pocket"),
        D.material("the jacket is black", "restated"),
        title="Men Black Lightweight Windcheater",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy solid blazer over a blue and white striped shirt, no tie, white backdrop.
    # caption adapter: none
    case(
        "X343-034",
        caption("a man in a blue blazer and a striped shirt"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        color_of("shirt", "blue"),
        D.description("a navy blue blazer with a white striped shirt and a red tie", "unsupported"),
        D.material("the blazer is navy blue", "restated"),
        title="Men Navy Blue Solid Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey melange wool-blend overshirt, buttoned, no logo, over a white t-shirt, against a grey
    # wall.
    # caption adapter: wearing
    case(
        "X343-035",
        caption("a man in a grey shirt against a grey wall"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.material("wool"),
        D.details(
            "the shirt has a collar and buttons and two pockets on the chest and a logo on the pocket",
            "unsupported",
        ),
        is_a("sweater", "no"),
        color_tshirt("grey", "other_garment_color"),
        title="Men Grey Melange Wool Blend Overshirt",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a matte black puffer jacket with a stand collar and no hood, zipped to the chest, the collar of
    # a white shirt showing, white backdrop.
    # caption adapter: none
    case(
        "X343-036",
        caption("a man wearing a black puffer jacket"),
        D.wearing("a black coat"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.details("a jacket", "non_answer"),
        D.description("a black puffer jacket with a hood", "unsupported"),
        title="Men Black Matte Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive fleece gilet, zipped, over a black hoodie with the hood up, dark jeans, white
    # backdrop.
    # caption adapter: none
    case(
        "X343-037",
        caption("a man wearing a green vest over a black hoodie"),
        D.wearing("a green vest and a green hoodie", "other_garment_color"),
        D.garment_type("hoodie", "contradiction"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.material("fleece"),
        color_of("hoodie", "green", "other_garment_color"),
        title="Men Olive Green Fleece Gilet",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light-wash denim jacket, open over a navy and white striped t-shirt, white backdrop.
    # caption adapter: caption, details
    case(
        "X343-038",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a striped shirt"),
        D.pattern("solid"),
        color_tshirt("white"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a navy diamond-quilted jacket with a brown corduroy collar, snap front, two flap pockets,
    # on white.
    # caption adapter: none
    case(
        "X343-039",
        caption("a blue quilted jacket on a white background"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        collar("a brown corduroy collar"),
        D.material("polyester"),
        D.details("a snap button front and two pockets with", "cut"),
        title="Men Navy Blue Diamond Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a burgundy velvet tuxedo blazer with black satin lapels and one button, over a black shirt,
    # black trousers, dark grey backdrop.
    # caption adapter: none
    case(
        "X343-040",
        caption("a man in a red velvet jacket and a black shirt"),
        D.wearing("she is wearing a red jacket and a black shirt", "pronoun"),
        D.color("black", "other_garment_color"),
        color_of("shirt", "black"),
        D.material("the jacket is red", "restated"),
        D.details("a black satin lapel and one button"),
        title="Men Burgundy Velvet Tuxedo Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a navy and orange colourblocked hooded windcheater (navy body, orange shoulders), zipped halfway
    # over a white t-shirt, grey backdrop; no stripes on the sleeves.
    # caption adapter: details
    case(
        "X343-041",
        caption("a man in a blue and orange windbreaker jacket"),
        D.wearing("a blue and orange jacket and a white t - shirt"),
        D.color("blue"),
        D.pattern("color block"),
        D.material("it is made of a", "cut"),
        D.description(
            "a blue and orange jacket with a hood and a white stripe down the sleeve",
            "unsupported",
        ),
        is_a("jacket", "yes"),
        D.details(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Navy & Orange Colourblocked Windcheater",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a burgundy faux leather racer jacket with a snap-tab stand collar, zipped halfway over a white
    # t-shirt, white backdrop.
    # caption adapter: none
    case(
        "X343-042",
        caption("a man in a red leather jacket"),
        D.color("brown", "contradiction"),
        color_tshirt("white"),
        D.material("leather"),
        collar("a stand collar with a snap button"),
        D.details(
            "the jacket has a zipper Question: what color is the jacket? Answer: red",
            "leak",
        ),
        D.wearing(
            "a man in a red leather jacket and a white shirt and a pair of sunglasses",
            "unsupported",
        ),
        title="Men Burgundy Faux Leather Racer Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: full-length shot of a model in a light grey casual blazer over a white t-shirt, blue jeans and white
    # sneakers, white studio backdrop.
    # caption adapter: details
    case(
        "X343-043",
        caption("a man in a grey blazer and white t - shirt with white sneakers"),
        D.wearing(
            "a grey suit jacket, a white t - shirt, blue jeans and white sneakers Question: what is the man wearing? "
            "Answer: a suit",
            "leak",
        ),
        D.garment_type("blazer"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        D.details(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        title="Men Light Grey Casual Blazer",
        category="Blazers",
        color="Grey",
    ),
    # photo: flat-lay of a black denim jacket, buttoned, two flap chest pockets, on white.
    # VQA adapter: color of the jacket (open); caption adapter: none
    case(
        "X343-044",
        caption("a black denim jacket on a white background"),
        D.wearing("a black jacket"),
        D.garment_type("jacket"),
        D.color("black"),
        D.material("denim"),
        D.details("the details of the jacket", "non_answer"),
        is_a("shirt", "no"),
        color_of(
            "jacket",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Black Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy and green checked flannel overshirt, open over a white t-shirt, white backdrop.
    # VQA adapter: color of the shirt (open); caption adapter: none
    case(
        "X343-045",
        caption("a man wearing a blue and green plaid shirt"),
        D.wearing("a blue plaid shirt and a blue shirt", "other_garment_color"),
        color_of(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("checked"),
        color_tshirt("white"),
        D.details("buttons down the front and a", "cut"),
        D.material("flannel"),
        title="Men Navy & Green Checked Overshirt",
        category="Overshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a brown quilted padded gilet, zipped, over a cream cable-knit sweater, blue jeans, white
    # backdrop.
    # caption adapter: none
    case(
        "X343-046",
        caption("a man in a brown vest and a white sweater"),
        D.wearing("a brown vest, a white sweater and blue jeans"),
        D.color("brown"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("wool", "unsupported"),
        D.pattern("striped", "contradiction"),
        title="Men Brown Quilted Padded Gilet",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
]
