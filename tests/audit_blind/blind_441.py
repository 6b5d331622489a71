"""BLIND_441 (46 products; men's Indian casual wear: printed shirts, polos, chinos, shorts, kurtas, joggers): written
blind in the forty-seventh session. Measured blind at 496f1cc (the session's rules as they stood): 114/139 failures
found (82.0%) and 6/180 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's casual wear, enriched in one night run: printed and solid
casual shirts (tropical, floral, geometric, conversational and polka-dot prints, checks, stripes, chambray, linen),
polos (solid, tipped collars, small logos), chinos and chino shorts, cargo and denim shorts, cotton and linen kurtas
(short hip-length ones worn with jeans, long ones with pyjamas or churidars, one under a Nehru jacket) and joggers.
Almost every photo is a model shot, so the product is worn with other garments (a white tee under chinos, jeans
under a polo, white pyjamas under a kurta); backdrops are studio grey or white, a brick wall, a wooden door, a
yellow wall, plants, a stool or a bench; one shirt is a flat lay on a wooden floor. Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
blue shirt and khaki pants") unless the comment says the caption adapter wrote them (the DeepFashion template, "The
gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric ..."); that adapter has
no end-of-answer token, so its texts run to the limit (50 new tokens for captions, 30 for answers), carry
hit_limit=True and return the template to any question. The night run also loaded the VQA adapter
(Data3_V3_BLIP2_VQA) for a few open questions and, on one product, for the caption: trained on In-shop answers with
no end token, it gives one word or class name ("grey", "tee/tank", "polo shirt", "blouse/shirt") and repeats it to
the limit (hit_limit=True). Every other open text (wearing, description, details, material, print, collar, fit)
comes from the base model, which stops on its own and never has hit_limit. The closed questions (garment_type,
color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine
reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, indigo, teal blue or sky blue; green for
  olive, mint, sea green or teal; red for maroon; yellow for mustard or pastel yellow; pink or orange for peach;
  orange for rust; purple for lavender; brown, beige or khaki for khaki and beige; white or cream for off white and
  cream; grey for grey melange; black or grey for charcoal (a charcoal chino reads black in studio light).
- Wrong shades are contradiction: mustard as orange, navy as black. The color of the print (green leaves on a navy
  shirt, red paisleys on a blue kurta, white dots on a black shirt) given as the garment's color is contradiction,
  and so are the wall's or the floor's color. The color of another garment worn in the photo (the tee under the
  chinos, the polo over the joggers, the Nehru jacket over the kurta) is other_garment_color. A garment the answer
  gives the product's color when the other texts give it another ("a blue shirt and blue pants" for a white shirt
  over navy chinos, "blue" for the black pants under a blue shirt, "white" for beige shorts under a white shirt)
  is contradiction, and so is the product's print color given to another garment (pink shorts under a flamingo
  shirt) or a wrong color for a part of the product (a white collar on an all-blue shirt).
- Garment synonyms count as correct: pants, trousers or khakis for chinos; sweatpants, track pants or pants for
  joggers; t-shirt or shirt for a polo; vest for a Nehru jacket; pajamas or pants for pyjamas and churidars. A short
  hip-length kurta called a shirt is correct (it is cut like one); a long kurta called a shirt, chinos or shorts
  called jeans, a long kurta called a dress, a polo answered "no" to "Is this a polo shirt?", "vest" as the garment
  type of a kurta worn under a jacket, "pants" for shorts, "shorts" for joggers, "yes" to "Is this a pair of
  shorts?" for joggers are contradiction. Long sleeves rolled to the elbow answered "short sleeves" is contradiction.
- Materials: one the title names is correct, and so is cotton for a plain cotton-look garment whose title names
  none; denim for chambray is correct (they look alike); a material the title contradicts or nothing shows (denim
  for cotton chinos, silk for a cotton kurta, wool for chinos, cotton for a rayon shirt) is unsupported.
- Invented items not in the photo (a hat, a belt, a dupatta, a chest pocket on a plain front, a back pocket on a
  front view, a zipper on a buttoned kurta or on joggers, gold embroidery on a white chikankari or a plain kurta, a
  mandarin collar on a shirt with a spread collar) are unsupported; items that are in the photo (the brown belt,
  the stool, the bench, the plant, the white side stripes of the joggers, gold buttons) are correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (the question is not answered,
  even where the template names a fabric). Where the caption adapter calls a long kurta a shirt, the misnaming is
  what the auditor sees first: contradiction, hit_limit kept. Wrong fabrics or "pure color" for a print before the
  cut are not labelled apart (one kind per text). The VQA adapter's repeated word is loop whatever the word.
- A base answer stopped early mid-phrase ("it is made of", "a white shirt with a") is cut, without hit_limit. An
  empty answer and "the details of the kurta" are non_answer; "they are short" for the shorts' details is
  non_answer; the details or material question answered with a garment's name and color ("black joggers", "a
  white polo shirt", "it is a shirt", "a white shirt" for the material of the shorts under it) or with the pattern
  ("blue and white stripes"), and "a collar" for the type of collar, are restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "a woman" or "she" for a male model (long hair, a beard half hidden) is pronoun.
- A pattern the garment does not have (solid for a small leaf print, striped for a geometric print or for a solid
  kurta, chino or polo, checked for ikat) is contradiction; tropical leaves as floral, ikat or bicycles as printed are
  correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
print_q = question("print", "What is printed on the shirt?", "open")
collar = question("collar", "What type of collar does the garment have?", "open")
fit = question("fit", "What is the fit of the pants?", "open")

BLIND_441 = [
    # photo: model in a navy short-sleeve shirt with a green tropical leaf print, worn untucked over beige chinos,
    # white studio backdrop, front view.
    # no adapter text
    case(
        "X441-001",
        caption("a man in a blue shirt with palm leaves and khaki pants"),
        D.wearing("a blue and green floral shirt"),
        B.garment_type("shirt"),
        B.color("green", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        describe("shirt", "a blue shirt with green leaves and white flowers", "unsupported"),
        title="Men Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white pique polo with navy tipping on the collar and sleeve hems, blue jeans, grey backdrop.
    # caption: caption adapter
    case(
        "X441-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and jeans"),
        B.color("white"),
        is_a("polo shirt", "yes"),
        D.details("blue stripes on the collar"),
        D.material("cotton"),
        color_pants("white", "contradiction"),
        title="Men White Solid Polo Collar T-shirt with Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in olive green slim chinos, plain white crew-neck tee, white sneakers, white studio, full length.
    # no adapter text
    case(
        "X441-003",
        caption("a man in a white t-shirt and green pants"),
        D.wearing("a white shirt and green pants"),
        color_pants("green"),
        B.color("white", "other_garment_color"),
        fit("slim fit Question: what is the color of the pants? Answer: green", "leak"),
        D.material("denim", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Olive Green Slim Fit Cotton Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: long-haired model in a maroon hip-length cotton kurta, mandarin collar, long sleeves, with blue jeans;
    # grey backdrop.
    # no adapter text
    case(
        "X441-004",
        caption("a man in a red kurta and jeans"),
        D.wearing("she is wearing a red kurta and blue jeans", "pronoun"),
        color_kurta("red"),
        B.sleeve_length("long sleeves"),
        collar("a mandarin collar"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        B.pattern("striped", "contradiction"),
        title="Men Maroon Solid Cotton Short Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in grey melange joggers with a black drawstring and ribbed cuffs, black tee, white sneakers,
    # plain white backdrop.
    # color of the pants: VQA adapter
    case(
        "X441-005",
        caption("a man in black t-shirt and grey sweatpants"),
        D.wearing("a black t-shirt and grey sweatpants"),
        color_of(
            "pants",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("black", "other_garment_color"),
        D.details("a drawstring and a zipper pocket on the back", "unsupported"),
        D.material("the joggers are made of", "cut"),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a pastel yellow linen-blend shirt, long sleeves rolled to the elbow, navy chinos; light wall
    # with a potted plant beside him.
    # caption, details: caption adapter
    case(
        "X441-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and blue pants"),
        B.color("yellow"),
        D.details(
            "The shirt is with linen fabric and pure color patterns. It has a lapel neckline. The shirt is with linen "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        B.sleeve_length("short sleeves", "contradiction"),
        color_pants("yellow", "contradiction"),
        title="Men Yellow Linen Blend Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in a black short-sleeve cuban-collar shirt with a white abstract geometric print (squares and
    # lines), black shorts, standing in front of a red brick wall.
    # no adapter text
    case(
        "X441-007",
        caption("a man standing in front of a brick wall wearing a black and white shirt"),
        D.wearing("a black and white shirt and black shorts"),
        B.pattern("striped", "contradiction"),
        B.color("black"),
        print_q("black and white squares and lines"),
        collar("a collar", "restated"),
        D.material("silk", "unsupported"),
        title="Men Black Geometric Printed Cuban Collar Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy polo, beige chinos, brown loafers, grey studio backdrop, full length.
    # no adapter text
    case(
        "X441-008",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        D.wearing("a blue polo shirt and khaki pants"),
        B.garment_type("polo shirt"),
        B.color("blue"),
        color_pants("blue", "contradiction"),
        D.material("cotton"),
        D.details("a pocket on the chest", "unsupported"),
        title="Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in khaki cargo shorts with flap side pockets, plain white tee, white sneakers, white backdrop.
    # wearing: VQA adapter
    case(
        "X441-009",
        caption("a man in a white t-shirt and khaki shorts"),
        D.wearing(
            "tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank",
            "loop",
            hit_limit=True,
        ),
        color_shorts("brown"),
        B.garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        D.material("khaki shorts", "restated"),
        B.color("white", "other_garment_color"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a white knee-length chikankari embroidered cotton kurta with white pyjamas, beige wall.
    # caption: caption adapter
    case(
        "X441-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white dress", "contradiction"),
        B.color("white"),
        D.details("embroidery on the front"),
        is_a("kurta", "yes"),
        D.material("cotton"),
        describe("kurta", "a white kurta with gold embroidery", "unsupported"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: model in an olive short-sleeve shirt with a small white ditsy floral print, no pocket, blue jeans,
    # grey backdrop.
    # no adapter text
    case(
        "X441-011",
        caption("a man wearing a green shirt with white flowers"),
        D.wearing(
            "a green shirt and blue jeans Question: what is the color of the shirt? Answer: green",
            "leak",
        ),
        B.color("green"),
        B.pattern("floral"),
        color_pants("green", "contradiction"),
        D.details("a pocket on the chest", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Olive Green Floral Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a red and navy checked long-sleeve shirt worn open over a white crew-neck tee, blue jeans,
    # white studio backdrop.
    # no adapter text
    case(
        "X441-012",
        caption("a man in a red and blue plaid shirt over a white t-shirt"),
        D.wearing("a plaid shirt, a white t-shirt and jeans"),
        B.color("white", "other_garment_color"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        collar("a mandarin collar", "unsupported"),
        title="Men Red & Navy Blue Checked Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in black track-style joggers with a white stripe down each side, white tee, grey backdrop.
    # no adapter text
    case(
        "X441-013",
        caption("a man in a white t-shirt and black track pants with white stripes"),
        D.wearing("a white t-shirt and black shorts", "contradiction"),
        color_pants("black"),
        B.pattern("solid"),
        D.details("white stripes on the side"),
        B.color("white", "other_garment_color"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Men Black Solid Joggers with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a teal blue polo with white tipped collar, grey shorts, white backdrop.
    # wearing, material: caption adapter
    case(
        "X441-014",
        caption("a man in a blue polo shirt and grey shorts"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.color("grey", "other_garment_color"),
        is_a("polo shirt", "yes"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        color_shorts("blue", "contradiction"),
        title="Men Teal Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in navy chino shorts, white linen shirt with sleeves rolled, white sneakers, white backdrop.
    # no adapter text
    case(
        "X441-015",
        caption("a man in a white shirt and blue shorts"),
        D.wearing("a white shirt with a", "cut"),
        color_shorts("blue"),
        B.color("white", "other_garment_color"),
        D.details("", "non_answer"),
        D.material("a white shirt", "restated"),
        title="Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow knee-length cotton kurta, white churidar, standing in front of a carved
    # wooden door.
    # no adapter text
    case(
        "X441-016",
        caption("a man in a yellow kurta standing in front of a wooden door"),
        D.wearing("a yellow kurta and white pants"),
        color_kurta("orange", "contradiction"),
        B.garment_type("kurta"),
        is_a("kurta", "yes"),
        describe("kurta", "a yellow kurta with gold embroidery on the collar", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men Mustard Yellow Solid Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a light blue chambray long-sleeve shirt with two flap chest pockets, buttoned, black chinos,
    # grey backdrop.
    # no adapter text
    case(
        "X441-017",
        caption("a man in a blue shirt and black pants"),
        color_shirt("blue"),
        color_pants("blue", "contradiction"),
        D.material("denim"),
        D.details("buttons down the front and two chest pockets"),
        B.sleeve_length("long sleeves"),
        D.wearing("a blue shirt and jeans", "contradiction"),
        title="Men Light Blue Chambray Casual Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a hip-length blue short kurta with a red and white paisley print, white jeans, grey backdrop.
    # caption: caption adapter
    case(
        "X441-018",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric. The gentleman "
            "wears a long-sleeve shirt with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue paisley shirt and white jeans"),
        B.pattern("printed"),
        B.color("red", "contradiction"),
        color_pants("white"),
        is_a("kurta", "no", "contradiction"),
        title="Men Blue Paisley Printed Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: beige slim chinos shot from the waist down, navy polo hem just visible, brown loafers, no belt,
    # white backdrop.
    # no adapter text
    case(
        "X441-019",
        caption("a man in beige pants and brown shoes"),
        D.wearing("beige pants and brown shoes"),
        B.color("brown"),
        B.garment_type("jeans", "contradiction"),
        fit("slim fit"),
        D.details("a brown belt", "unsupported"),
        B.pattern("striped", "contradiction"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a white short-sleeve rayon shirt printed with pink flamingos, white shorts, painted beach
    # backdrop.
    # no adapter text
    case(
        "X441-020",
        caption("a man in a white shirt with pink flamingos on it"),
        print_q("flamingos"),
        B.color("white"),
        D.wearing("a white shirt with flamingos and white shorts"),
        D.material("cotton", "unsupported"),
        B.sleeve_length("short sleeves"),
        color_shorts("pink", "contradiction"),
        title="Men White Flamingo Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: long-haired bearded model in a black knee-length cotton-blend kurta with gold-tone buttons on the
    # placket, white pyjamas, grey backdrop.
    # no adapter text
    case(
        "X441-021",
        caption("a woman in a black kurta and white pants", "pronoun"),
        D.wearing("a black kurta and white pajamas"),
        color_kurta("black"),
        B.sleeve_length("long sleeves"),
        D.details("gold buttons on the front"),
        D.material("cotton"),
        color_pants("black", "contradiction"),
        title="Men Black Solid Cotton Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: model in olive green cargo joggers with side pockets, black tee, grey backdrop.
    # color of the pants: VQA adapter
    case(
        "X441-022",
        caption("a man in a black shirt and green cargo pants"),
        color_of(
            "pants",
            "olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("green"),
        D.details("pockets on the side of the legs"),
        is_a("pair of jeans", "no"),
        D.wearing("a black t-shirt and black pants", "contradiction"),
        title="Men Olive Green Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white polo with a small embroidered logo on the chest, navy chinos, white backdrop.
    # no adapter text
    case(
        "X441-023",
        caption("a man wearing a white polo shirt and blue pants"),
        D.wearing("white polo shirt"),
        D.material("a white polo shirt", "restated"),
        B.color("white"),
        D.details("a logo on the chest"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_pants("white", "contradiction"),
        title="Men White Solid Polo T-shirt with Logo Detail",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a sky blue oxford cotton shirt with a button-down collar, long sleeves, tucked into beige
    # chinos with a brown belt, white backdrop.
    # no adapter text
    case(
        "X441-024",
        caption("a man in a light blue shirt and khaki pants with a brown belt"),
        D.wearing("a blue shirt, beige pants and a belt"),
        color_shirt("blue"),
        B.pattern("solid"),
        collar("a button down collar"),
        D.material("cotton"),
        describe("shirt", "a blue shirt with a white collar", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men Sky Blue Solid Oxford Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in charcoal grey chinos and a white linen shirt, sitting on a wooden stool, grey backdrop.
    # no adapter text
    case(
        "X441-025",
        caption("a man in a white shirt and black pants sitting on a stool"),
        color_pants("grey"),
        B.color("black"),
        D.wearing("a white shirt and grey pants"),
        fit("slim"),
        D.material("wool", "unsupported"),
        D.details("a black belt", "unsupported"),
        title="Men Charcoal Grey Slim Fit Cotton Chinos",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a peach polo with a three-button placket, white chinos, white backdrop.
    # no adapter text
    case(
        "X441-026",
        caption("a man in a pink polo shirt"),
        B.color("orange"),
        D.wearing("a pink shirt and white pants"),
        D.details("a collar and three buttons"),
        D.material("cotton Question: what is the color of the shirt? Answer: pink", "leak"),
        is_a("polo shirt", "no", "contradiction"),
        B.pattern("striped", "contradiction"),
        title="Men Peach Solid Polo T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: model in a black short-sleeve shirt with small white polka dots, grey jeans, white backdrop.
    # caption: VQA adapter
    case(
        "X441-027",
        caption(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt "
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt with white polka dots"),
        B.pattern("polka dots"),
        B.color("white", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.details("white dots"),
        D.material("it is a black shirt with polka dots", "restated"),
        title="Men Black Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in an indigo blue knee-length kurta with a Nehru collar and matching indigo pants, grey backdrop.
    # details: caption adapter
    case(
        "X441-028",
        caption("a man in a blue kurta and blue pants"),
        D.wearing("a blue kurta and matching pants"),
        color_kurta("blue"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        D.material("silk", "unsupported"),
        B.garment_type("shirt", "contradiction"),
        title="Men Indigo Blue Solid Cotton Kurta with Pants",
        category="Kurta Sets",
        color="Indigo",
        gender="Men",
    ),
    # photo: model in a cream linen-blend knee-length kurta with a mandarin collar under a navy printed Nehru jacket,
    # white pyjamas, grey backdrop. The product is the kurta.
    # no adapter text
    case(
        "X441-029",
        caption("a man in a white kurta and a blue vest"),
        D.wearing("a blue jacket over a white kurta"),
        color_kurta("blue", "other_garment_color"),
        B.garment_type("vest", "contradiction"),
        D.material("linen"),
        describe("kurta", "it is a long white kurta with a mandarin collar"),
        B.color("blue", "other_garment_color"),
        title="Men Cream Solid Linen Blend Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: model in grey jogger shorts with a drawstring and side pockets, black tee, outdoors by a white wall with
    # potted plants.
    # no adapter text
    case(
        "X441-030",
        caption("a man in a black t-shirt and grey shorts standing next to a plant"),
        color_shorts("grey"),
        D.wearing("a black shirt and shorts"),
        D.details("drawstring waist and pockets"),
        D.material("cotton. Question: what is the fit of the shorts? Answer: regular", "leak"),
        B.color("black", "other_garment_color"),
        B.garment_type("pants", "contradiction"),
        title="Men Grey Solid Jogger Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a lavender long-sleeve shirt with a tiny white leaf print, blue jeans, grey backdrop.
    # caption: caption adapter
    case(
        "X441-031",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and jeans"),
        B.color("purple"),
        B.pattern("solid", "contradiction"),
        D.details("a small leaf print"),
        B.sleeve_length("long sleeves"),
        D.material("denim", "unsupported"),
        title="Men Lavender Leaf Printed Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in black slim joggers, olive tee, white sneakers, white backdrop.
    # no adapter text
    case(
        "X441-032",
        caption("a man in a green t-shirt and black pants"),
        D.wearing("black joggers and a green t-shirt"),
        B.garment_type("pants"),
        D.details("black joggers", "restated"),
        D.material("cotton"),
        color_pants("black"),
        B.color("green", "other_garment_color"),
        title="Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a blue and white vertical-striped short-sleeve shirt, white chinos, white backdrop.
    # no adapter text
    case(
        "X441-033",
        caption("a man in a blue and white striped shirt and white pants"),
        B.pattern("striped"),
        B.color("blue"),
        color_pants("white"),
        D.details("white stripes"),
        D.material("blue and white stripes", "restated"),
        D.wearing(
            "a blue and white striped shirt and white pants Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        title="Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a mint green polo, grey melange joggers, white sneakers, grey backdrop.
    # caption, wearing: caption adapter; color of the shirt: VQA adapter
    case(
        "X441-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric. The "
            "gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("green"),
        is_a("polo shirt", "yes"),
        color_pants("green", "contradiction"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Men Mint Green Solid Polo T-shirt",
        category="Tshirts",
        color="Mint Green",
        gender="Men",
    ),
    # photo: model in a rust orange knee-length cotton kurta with a buttoned placket, white pyjamas, beige backdrop.
    # no adapter text
    case(
        "X441-035",
        caption("a man in an orange kurta"),
        D.wearing("an orange shirt and white pants", "contradiction"),
        B.color("orange"),
        D.details("buttons on the front and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        color_pants("orange", "contradiction"),
        title="Men Rust Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: model in light-wash blue denim shorts with a frayed hem, white polo, white backdrop.
    # no adapter text
    case(
        "X441-036",
        caption("a man in a white shirt and blue jean shorts"),
        D.wearing("a white shirt and blue jeans", "contradiction"),
        color_shorts("blue"),
        B.garment_type("jeans", "contradiction"),
        D.details("frayed hem"),
        D.material("denim"),
        B.color("white", "other_garment_color"),
        title="Men Blue Light Wash Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in navy chinos and a plain white shirt, brown shoes, white backdrop.
    # no adapter text
    case(
        "X441-037",
        caption("a man in a white shirt and blue pants"),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        color_pants("blue"),
        B.garment_type("pants"),
        fit("regular fit"),
        D.material("linen", "unsupported"),
        D.details("a zipper and a button and two pockets on the back", "unsupported"),
        title="Men Navy Blue Regular Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black short-sleeve shirt printed with small white bicycles, no hat, beige chinos, grey
    # backdrop.
    # no adapter text
    case(
        "X441-038",
        caption("a man wearing a black shirt with bicycles on it"),
        print_q("bicycles"),
        D.wearing("a black shirt with bicycles and a black hat", "unsupported"),
        B.color("black"),
        B.pattern("printed"),
        D.material("it is made of", "cut"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Black Conversational Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sea green knee-length kurta, white pyjamas, standing in front of a bright yellow wall.
    # no adapter text
    case(
        "X441-039",
        caption("a man in a green kurta standing in front of a yellow wall"),
        D.wearing("a green dress", "contradiction"),
        color_kurta("yellow", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("the details of the kurta", "non_answer"),
        is_a("kurta", "yes"),
        D.material("the kurta is made of", "cut"),
        title="Men Sea Green Solid Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: model in a grey melange polo with a two-button placket, blue jeans, white backdrop.
    # wearing: VQA adapter
    case(
        "X441-040",
        caption("a man in a grey polo shirt and blue jeans"),
        D.wearing(
            "polo shirt, polo shirt, polo shirt, polo shirt, polo shirt, polo shirt, polo shirt, polo shirt, polo",
            "loop",
            hit_limit=True,
        ),
        B.color("grey"),
        color_pants("grey", "contradiction"),
        D.details("a collar with two buttons"),
        D.material("cotton"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: model in a white short-sleeve rayon shirt with a red and green floral print, beige chino shorts,
    # white backdrop.
    # caption, material: caption adapter
    case(
        "X441-041",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral shirt and beige shorts"),
        B.color("white"),
        B.pattern("floral"),
        D.material(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline",
            "restated",
            hit_limit=True,
        ),
        color_shorts("white", "contradiction"),
        title="Men White Floral Printed Rayon Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy knee-length cotton kurta with a buttoned placket, white churidar, sitting on a wooden
    # bench outdoors.
    # no adapter text
    case(
        "X441-042",
        caption("a man in a blue kurta sitting on a bench"),
        D.wearing("a blue kurta and white pants"),
        color_kurta("black", "contradiction"),
        B.garment_type("kurta"),
        D.details("a zipper on the front", "unsupported"),
        D.material("cotton"),
        describe("kurta", "a blue kurta with a blue dupatta", "unsupported"),
        title="Men Navy Blue Solid Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in navy joggers with an elastic waist and side pockets, white polo, white sneakers, grey
    # backdrop.
    # no adapter text
    case(
        "X441-043",
        caption("a man in a white polo shirt and navy blue sweatpants"),
        D.wearing(
            "a white shirt and blue pants Question: what is the color of the pants? Answer: blue",
            "leak",
        ),
        color_pants("blue"),
        B.color("white", "other_garment_color"),
        D.details("elastic waist and a zipper", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        B.garment_type("shorts", "contradiction"),
        title="Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay of a light grey linen-blend long-sleeve shirt on a brown wooden floor, no model.
    # no adapter text
    case(
        "X441-044",
        caption("a grey shirt laying on a wooden floor"),
        describe("shirt", "a grey shirt with a collar and buttons"),
        B.color("brown", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.material("linen"),
        details("shirt", "it is a shirt", "restated"),
        collar("a mandarin collar", "unsupported"),
        title="Men Light Grey Solid Linen Blend Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in olive green chino shorts, white graphic tee, outdoors on a street, front view.
    # color of the shorts: VQA adapter
    case(
        "X441-045",
        caption("a man in a white t-shirt and green shorts"),
        color_of(
            "shorts",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("green"),
        B.garment_type("shorts"),
        D.details("a pocket on the back", "unsupported"),
        D.wearing("a white t-shirt and white shorts", "contradiction"),
        title="Men Olive Green Solid Chino Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: model in a hip-length blue and white ikat printed short kurta, white pyjamas, light blue wall.
    # no adapter text
    case(
        "X441-046",
        caption("a man in a blue and white kurta"),
        wearing("he is wearing a blue and white shirt and white pants", who="he"),
        B.pattern("checked", "contradiction"),
        color_kurta("blue"),
        D.material("cotton"),
        D.details("", "non_answer"),
        color_pants("blue", "contradiction"),
        title="Men Blue Ikat Printed Cotton Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
]
