"""BLIND_283 (46 products; an Indian marketplace's night of men's, women's and kids' wear from many sellers): written
blind in the forty-third session. Measured blind at 40100c6 (the session's rules as they stood): 107/131 failures
found (81.7%) and 5/161 correct texts flagged (3.1%). The writer's notes, verbatim:

Scenario: one night of new listings on an Indian marketplace (a Myntra/Flipkart-like English feed): men's kurtas and
kurta sets, Nehru jackets, shirts, tees, polos, jeans and jackets; women's kurtas, kurtis and kurta sets (with
palazzos, trousers or sharara and a dupatta), shirts, tees, dresses, jeans, leggings, jackets and innerwear (bras,
camisoles); boys' and girls' kurta sets, tees, jeans, dresses, leggings packs and jackets; men's innerwear (vests,
brief and trunk packs). Photos come from many sellers and are of mixed quality: studio model shots, headless
mannequins, flat-lays on floors and tables, garments on hangers against walls and doors, phone photos in dim light,
outdoor shots (streets, gardens, parks, a beach) and festive backdrops (marigolds, fairy lights, balloons). Each row
has the seller's title, category, color and gender; a few rows miss the color or the gender, as real feeds do. The
sellers' colors are often shade names (Mustard, Maroon, Navy Blue, Teal, Olive, Peach, Lavender) or "Multi" and
"Assorted" for packs.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a man in a white kurta standing in front of a wall"; it stops on its own and never has hit_limit), except where the
comment before a case says the caption adapter wrote them. The caption adapter (the caption-only LoRA of the
original experiments) writes the DeepFashion template ("The gentleman wears a long-sleeve shirt with lattice
patterns ...", "pure color" instead of a hue), has no end-of-answer token, so it always runs to its limit (50 new
tokens for captions, 30 for answers: hit_limit=True), and answers any question with its template. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are
enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut, but sometimes the wrong
candidate. The default questionnaire is asked, plus a few per-set questions (per-piece colors for sets, the count of
a pack, the print of a tee, the fit of jeans, the neckline, the pieces of a set).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: yellow for mustard, red for maroon, blue for navy or teal, green
  for olive or bottle green, pink for peach, purple for lavender, beige or cream for beige. Maroon answered as
  purple or pink, mustard as orange and navy as black are contradictions.
- The color of a print (a white skull, a green dinosaur, black slogan letters, gold foil) given as the garment's
  color is contradiction; so is the color of a wall, of balloons or of sneakers beside a flat-lay. The color of
  another garment in the photo (the tee under a jacket, the top over leggings or jeans, the kurta under a Nehru
  jacket, the sharara of a kurta set, the dupatta given to the palazzos) is other_garment_color.
- Garment synonyms are correct: salwar suit for a kurta set, vest for a Nehru jacket, tank top for a camisole or
  an innerwear vest, underwear for briefs and trunks, hoodie for a hooded jacket, top for a kurti, tutu dress for a
  tulle party dress, "anarkali dress" (and the adapter's "dress") for a floor-length anarkali kurta. A straight or
  A-line kurta or a kurta set called a "dress" is contradiction, and so is a men's long kurta called a "shirt" by the
  adapter's template; the reference engine's "dress" for a girls' kurta set, "briefs" for trunks and "kurta" for
  a Nehru jacket worn over a kurta are contradiction. The adapter's "shirt" for a men's hip-length short kurta is
  accepted (the two look alike); that template is labelled by its repeat (loop).
- Materials named by the title (cotton, linen, rayon, chanderi silk, silk blend, denim, cotton lycra) are correct;
  a material neither named nor visible (silk on cotton, velvet on georgette, lace on a smooth t-shirt bra, linen on
  a cotton kurta, leather on a quilted puffer, "cotton and spandex" for a pure cotton pack) is unsupported.
  Materials of packs and innerwear named "cotton" in the title are correct.
- Invented items or details (a zipper on a back the photo does not show, rips on clean jeans, a tie, a belt, a
  pocket, a slit, a chest pocket, a brand name on a waistband whose text is unreadable, a drawstring under a tee that
  covers the waist, an elastic waist hidden by a kurti, a hood on a collared jacket, elbow patches, a handbag,
  sunglasses) are unsupported, and so is a person invented for a flat-lay or hanger photo ("a little girl wearing a
  pink dress", "a woman wearing a black bra").
- The sleeves of the kurta under a sleeveless Nehru jacket given as the jacket's sleeve length, "short sleeves" for a
  sleeveless maxi dress, "sleeveless" for a long-sleeve jacket, "long sleeves" for three-quarter sleeves, "short
  sleeves" for a full-sleeve kurta, "striped" for a plain linen shirt and "checked" for stripes are contradiction.
  A pack's count other than the title's is contradiction.
- Adapter texts: one that repeats a sentence or restarts the template is loop; one that stops mid-sentence without
  repeating is cut (even where it invented an accessory before the cut); the template returned for the material
  question is restated; a template that misnames the garment is contradiction (hit_limit kept). The template
  answering "What is the person wearing?", "Describe the garment." or a details question answers it, so it is cut
  or loop, not restated. "There is an accessory in his hand" where the model does hold sunglasses is no invention.
- Base texts: running on into "Question: ... Answer: ..." is leak even where the first words are right; an empty
  answer, "the details of the underwear" and "it has details" are non_answer; a material question answered with the
  garment's color ("the leggings are blue", "the jacket is red", "a white shirt") is restated, and so is a details
  question answered with only the garment's color and name ("a white tank top"); a description of the leggings that
  is only the kurti's color ("pink") is other_garment_color; a base answer that stops early ("it is
  made of") is cut without hit_limit; he/she/his/her or "a girl" against the row's gender is pronoun.
- The wearing question asked of a flat-lay or hanger photo is answered with the garment itself; that is correct.
- One failure kind per text, the one the auditor sees first: "a girl wearing a red shirt and blue jeans" for a boy
  is pronoun (the colors are right); a caption that runs on into a leaked question is leak.
- Packs with seller color "Multi" or "Assorted" get no closed color question; a description naming each piece's
  color is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
count = question("count", "How many items are in the pack?", "open")
print_q = question("print", "What is printed on the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
pieces = question("pieces", "What pieces are in the set?", "open")

BLIND_283 = [
    # photo: man in a knee-length white cotton kurta with a mandarin collar and a white pyjama, front view, plain
    # beige wall behind him.
    # all base / reference
    case(
        "X283-001",
        caption("a man in a white kurta standing in front of a beige wall"),
        D.wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.details("a mandarin collar and buttons on the front"),
        D.material("cotton"),
        title="Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mustard straight kurta with a small ethnic-motif print, matching mustard palazzos and a
    # green dupatta over one shoulder, white studio backdrop.
    # all base / reference
    case(
        "X283-002",
        caption("a woman in a yellow kurta and dupatta"),
        D.wearing("a yellow kurta with a green dupatta"),
        color_kurta("green", "other_garment_color"),
        color_dupatta("green"),
        color_pants("green", "other_garment_color"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a navy-and-white checked slim shirt with one chest pocket, blue jeans, plain grey backdrop.
    # caption: adapter
    case(
        "X283-003",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue checked shirt and jeans"),
        D.color("blue"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a blue and white plaid shirt with a pocket and elbow patches",
            "unsupported",
        ),
        title="Men Navy Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a black tee on a wooden floor, big white skull graphic with the word STREET under it.
    # material: adapter
    case(
        "X283-004",
        caption("a black t - shirt with a white skull on it laying on a wooden floor"),
        D.garment_type("t-shirt"),
        D.color("white", "contradiction"),
        print_q("a skull with the word street"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        D.details("a skull and a guitar on the back", "unsupported"),
        title="Men Black Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: little boy with a short haircut in a yellow cotton kurta and white pyjama, light blue studio backdrop.
    # all base / reference
    case(
        "X283-005",
        caption("a little girl in a yellow kurta and white pants", "pronoun"),
        D.wearing("she is wearing a yellow kurta", "pronoun"),
        color_kurta("yellow"),
        color_pants("yellow", "other_garment_color"),
        D.details("the kurta has a collar and buttons"),
        is_a("kurta", "yes"),
        title="Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: woman in blue high-rise skinny jeans with a white short-sleeve top tucked in, white sneakers, grey
    # backdrop; no jewellery, no watch.
    # caption, details: adapter
    case(
        "X283-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve T-shirt with pure "
            "color patterns and a long",
            "cut",
            hit_limit=True,
        ),
        fit("skinny"),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in black ankle-length leggings under a knee-length pink cotton kurti, flat sandals, white backdrop.
    # all base / reference
    case(
        "X283-007",
        caption("a woman wearing a pink kurta and black leggings"),
        D.wearing("a pink top and black leggings"),
        D.garment_type("leggings"),
        D.color("pink", "other_garment_color"),
        D.material("cotton"),
        D.details("they are leggings", "non_answer"),
        D.description("pink", "other_garment_color"),
        title="Women Black Solid Ankle-Length Cotton Lycra Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: headless mannequin in an olive green bomber jacket (front zip, ribbed collar and cuffs) open over a white
    # crew-neck tee, white backdrop.
    # caption, material: adapter
    case(
        "X283-008",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white t - shirt"),
        D.color("green"),
        D.garment_type("jacket"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        D.details("a zipper on the front and a hood", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of three briefs (black, grey, navy) side by side on white; the waistbands carry a small printed
    # logo too small to read.
    # all base / reference
    case(
        "X283-009",
        caption(
            "three pairs of men's underwear on a white background Question: how many pairs of underwear are there? "
            "Answer: three",
            "leak",
        ),
        count("three"),
        D.garment_type("briefs"),
        D.description("three pairs of briefs in black, grey and blue"),
        D.material("cotton and spandex", "unsupported"),
        D.details("the waistband says calvin klein", "unsupported"),
        title="Men Pack of 3 Solid Cotton Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: girls' pink floral fit-and-flare dress on a plastic hanger against a white wall, front view, flutter
    # sleeves, satin bow at the waist.
    # description: adapter
    case(
        "X283-010",
        caption("a pink dress hanging on a wall"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details("a bow on the waist and a zipper on the back", "unsupported"),
        D.wearing("a little girl wearing a pink dress", "unsupported"),
        title="Girls Pink Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a floor-length maroon georgette anarkali kurta with gold embroidery on the yoke, three-quarter
    # sleeves, matching churidar hidden by the flare, grey studio backdrop.
    # caption: adapter
    case(
        "X283-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink anarkali dress", "contradiction"),
        D.color("red"),
        D.details("gold embroidery on the neck"),
        D.material("velvet", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Maroon Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in light blue slim clean-look jeans (no rips, no fading), a black crew-neck tee untucked, white
    # sneakers, grey concrete wall.
    # caption: adapter
    case(
        "X283-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jeans"),
        fit("slim fit Question: what is the color of the jeans? Answer: blue", "leak"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        title="Men Light Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a white cotton shirt with the sleeves rolled to the elbows, blue jeans, pastel pink wall.
    # all base / reference
    case(
        "X283-013",
        caption("a woman in a white shirt and jeans standing in front of a pink wall"),
        D.wearing("he is wearing a white shirt and blue jeans", "pronoun"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.material("a white shirt", "restated"),
        D.description(
            "a white shirt with a collar and buttons Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Women White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of a boys' yellow tee with a big green cartoon dinosaur on the chest, white table.
    # all base / reference
    case(
        "X283-014",
        caption("a yellow t - shirt with a dinosaur on it"),
        D.color("green", "contradiction"),
        print_q("a dinosaur"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        title="Boys Yellow Dinosaur Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: woman walking on a tree-lined street in a bottle green A-line midi dress, short puff sleeves, V neck.
    # details, material: adapter
    case(
        "X283-015",
        caption("a woman in a green dress walking down a street"),
        D.wearing("a green dress and a handbag", "unsupported"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Green Solid A-Line Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: man in a mid-blue washed denim jacket (buttoned front, two flap chest pockets) open over a grey hoodie,
    # black jeans, white studio backdrop.
    # details: adapter
    case(
        "X283-016",
        caption("a man wearing a denim jacket and a hoodie"),
        D.wearing("a grey hoodie and a denim jacket"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("denim"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("a grey jacket with a hood", "other_garment_color"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a navy straight kurta with a small white floral print and a V neck, white straight trousers,
    # white studio backdrop.
    # all base / reference
    case(
        "X283-017",
        caption("a woman in a blue kurta and white pants"),
        color_kurta("white", "other_garment_color"),
        color_pants("white"),
        D.pattern("floral"),
        D.wearing("a blue and white kurta"),
        neckline("the neckline of the kurta", "non_answer"),
        title="Women Navy Blue Floral Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: headless mannequin in a men's pink hip-length cotton short kurta, mandarin collar, half placket, no
    # pocket, white backdrop.
    # caption: adapter
    case(
        "X283-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long-sleeve shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a pink kurta with a mandarin collar"),
        D.details("the kurta has a pocket on the left side", "unsupported"),
        D.material("linen", "unsupported"),
        title="Men Pink Solid Cotton Short Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: flat-lay of two smooth moulded t-shirt bras, one beige and one black, on a white sheet.
    # all base / reference
    case(
        "X283-019",
        caption("two bras on a white background"),
        count("3", "contradiction"),
        D.garment_type("bra"),
        D.description("a black bra and a beige bra"),
        D.material("lace", "unsupported"),
        D.wearing("a woman wearing a black bra", "unsupported"),
        title="Women Pack of 2 Non-Padded T-shirt Bras",
        category="Bra",
        color="Assorted",
        gender="Women",
    ),
    # photo: flat-lay of three pairs of girls' leggings (red, navy, white) fanned out on a white table.
    # caption: adapter
    case(
        "X283-020",
        caption(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady "
            "wears a long leggings with pure color patterns. The leggings are with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        count("four", "contradiction"),
        D.garment_type("leggings"),
        D.description("red, blue and white leggings"),
        D.material("cotton"),
        D.wearing(
            "a pair of leggings Question: what color are the leggings? Answer: red",
            "leak",
        ),
        title="Girls Pack of 3 Solid Cotton Leggings",
        category="Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: man's torso in a white sleeveless ribbed innerwear vest, round neck, plain grey backdrop.
    # caption, wearing: adapter
    case(
        "X283-021",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a tank shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("vest"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.details("a white tank top", "restated"),
        title="Men White Solid Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: dim phone photo of a teal rayon kurti with a white block print, three-quarter sleeves, on a wire hanger
    # hooked on a brown wooden door.
    # all base / reference
    case(
        "X283-022",
        caption("a blue dress hanging on a door", "contradiction"),
        D.color("blue"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a blue top with white print"),
        D.material("rayon"),
        D.details("brown", "contradiction"),
        title="Women Teal Ethnic Printed Rayon Kurti",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a maroon pique polo tee with three buttons, khaki chinos, sunglasses in one hand, white backdrop.
    # caption, wearing: adapter
    case(
        "X283-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is lapel. There is an accessory in his hand. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("purple", "contradiction"),
        D.details("collar and three buttons"),
        D.material("cotton"),
        D.description("she is wearing a red polo shirt", "pronoun"),
        title="Men Maroon Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: boy standing on grass in a park in blue regular jeans and an untucked red tee that covers the waistband,
    # white sneakers.
    # all base / reference
    case(
        "X283-024",
        caption("a young boy standing in a park"),
        D.wearing("a girl wearing a red shirt and blue jeans", "pronoun"),
        D.color("red", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("the jeans have a drawstring waist", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Boys Blue Regular Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a black quilted puffer jacket with a stand collar and front zip, white jeans, white backdrop.
    # caption, details: adapter
    case(
        "X283-025",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "nylon fabric. It has a stand neckline. The trousers are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black jacket and white jeans", "pronoun"),
        D.color("black"),
        D.garment_type("jacket"),
        D.material("leather", "unsupported"),
        D.details(
            "The jacket is with nylon fabric. It has a stand neckline. The jacket is with nylon fabric. It has a "
            "stand neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: men's beige linen shirt on a wooden hanger against a white wall, buttoned, no pocket.
    # caption: adapter
    case(
        "X283-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its "
            "neckline is lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.garment_type("shirt"),
        D.pattern("striped", "contradiction"),
        D.material("linen"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has buttons and a pocket on the chest", "unsupported"),
        title="Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a peach chanderi kurta with thread embroidery at the neck, matching peach trousers and a peach
    # sheer dupatta, cream studio backdrop.
    # details: adapter
    case(
        "X283-027",
        caption("a woman in a pink dress with a scarf", "contradiction"),
        D.wearing("a pink salwar suit"),
        color_kurta("pink"),
        color_dupatta("pink"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        title="Women Peach-Coloured Embroidered Chanderi Silk Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: little girl in a sleeveless yellow party dress with a sequinned bodice and a layered tulle skirt, pink
    # and white balloons behind her.
    # all base / reference
    case(
        "X283-028",
        caption("a little girl in a yellow dress standing in front of pink balloons"),
        D.wearing("a yellow tutu dress"),
        D.color("pink", "contradiction"),
        D.details("sequins on the top and a tulle skirt"),
        D.description("he is wearing a yellow dress", "pronoun"),
        D.sleeve_length("sleeveless"),
        title="Girls Yellow Embellished Tulle Party Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a white tee with black GOOD VIBES lettering, blue jeans, red brick wall behind.
    # all base / reference
    case(
        "X283-029",
        caption("a woman in a white t - shirt that says good vibes"),
        print_q("good vibes"),
        D.color("black", "contradiction"),
        D.garment_type("t-shirt"),
        D.wearing(
            "a white shirt and jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.material("the shirt is white", "restated"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a knee-length black kurta, white churidar and a grey printed sleeveless Nehru jacket, marigold
    # garlands hanging behind him.
    # caption: adapter
    case(
        "X283-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black kurta with a grey jacket"),
        color_kurta("black"),
        color_jacket("black", "other_garment_color"),
        color_pants("black", "other_garment_color"),
        pieces("a kurta, a jacket and pants"),
        title="Men Black Kurta with Churidar & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: headless mannequin in a sleeveless mustard fit-and-flare dress, round neck, no belt, white studio.
    # all base / reference
    case(
        "X283-031",
        caption("a yellow dress on a mannequin"),
        D.color("orange", "contradiction"),
        D.garment_type("dress"),
        D.sleeve_length("sleeveless"),
        D.description("a yellow dress with a belt", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Mustard Yellow Solid Fit & Flare Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat-lay of five trunks (black, navy, grey, red, green) fanned out on a white surface.
    # all base / reference
    case(
        "X283-032",
        caption("a set of five men's underwear"),
        count("five"),
        D.garment_type("briefs", "contradiction"),
        D.description("underwear in different colors"),
        D.details("the details of the underwear", "non_answer"),
        D.material("cotton"),
        title="Men Pack of 5 Solid Cotton Trunks",
        category="Trunks",
        color="Multi",
        gender="Men",
    ),
    # photo: flat-lay on a light wooden floor of a boys' blue-and-white checked short-sleeve shirt over navy shorts.
    # caption, details: adapter
    case(
        "X283-033",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and a shorts. The shirt is with cotton "
            "fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns. The "
            "gentleman wears",
            "loop",
            hit_limit=True,
        ),
        color_shirt("blue"),
        color_shorts("white", "other_garment_color"),
        D.pattern("checked"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "loop",
            hit_limit=True,
        ),
        pieces("a shirt and shorts"),
        title="Boys Blue Checked Shirt with Shorts Clothing Set",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in navy ankle-length leggings under a long white chikan kurti that covers the waist, grey backdrop.
    # all base / reference
    case(
        "X283-034",
        caption("a woman wearing a white kurta and blue leggings"),
        D.wearing("a white top and black leggings", "contradiction"),
        D.color("blue"),
        D.garment_type("leggings"),
        D.material("the leggings are blue", "restated"),
        D.details("ankle length with an elastic waist", "unsupported"),
        title="Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: men's black jeans folded on a white surface, back turned up: brown leather patch, two back pockets.
    # caption: adapter
    case(
        "X283-035",
        caption(
            "The gentleman wears a long denim pants with pure color patterns. The pants are with denim fabric. The "
            "gentleman wears a long denim pants with pure color patterns. The pants are with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("black"),
        D.details("a leather patch on the back"),
        D.material("denim Question: what is the fit of the jeans? Answer: slim", "leak"),
        fit("slim"),
        D.description("a pair of black jeans with a brown belt", "unsupported"),
        title="Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman on a beach in a blue denim jacket open over a white sundress, sea behind her.
    # details, material: adapter
    case(
        "X283-036",
        caption("a woman wearing a denim jacket and a white dress on the beach"),
        D.wearing("a blue jacket and a white dress and sunglasses", "unsupported"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.details(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. There",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a lavender chikankari straight kurta with white thread embroidery all over, three-quarter
    # sleeves, white palazzos, garden with green hedges behind.
    # all base / reference
    case(
        "X283-037",
        caption("a woman in a purple kurta standing in a garden"),
        D.color("purple"),
        D.pattern("embroidered"),
        D.details("white embroidery all over the kurta"),
        D.wearing("she is wearing a purple kurta and white pants"),
        D.material("cotton"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Lavender Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a blue-and-white striped formal shirt with one chest pocket, navy trousers, no tie, blurred
    # office behind.
    # caption, description: adapter
    case(
        "X283-038",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a collar, buttons and a tie", "unsupported"),
        title="Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: little girl in a pink kurta with gold embroidery at the neck, gold sharara and a gold net dupatta, fairy
    # lights behind.
    # all base / reference
    case(
        "X283-039",
        caption("a little girl in a pink and gold outfit"),
        color_kurta("pink"),
        color_pants("pink", "other_garment_color"),
        D.wearing("a pink kurta and gold pants"),
        D.details("it has details", "non_answer"),
        D.garment_type("dress", "contradiction"),
        title="Girls Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: white cotton camisole with spaghetti straps on a headless mannequin torso, white backdrop.
    # caption: adapter
    case(
        "X283-040",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a tank top with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("camisole"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.details("spaghetti straps"),
        D.material("silk", "unsupported"),
        title="Women White Solid Cotton Camisole",
        category="Camisoles",
        color="White",
    ),
    # photo: man in a mustard woven sleeveless Nehru jacket over a white long-sleeve kurta and white pyjama, beige
    # backdrop.
    # all base / reference
    case(
        "X283-041",
        caption("a man in a white kurta and a yellow vest"),
        D.wearing("a white kurta and a yellow jacket"),
        D.color("white", "other_garment_color"),
        D.garment_type("kurta", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk"),
        title="Men Mustard Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a black straight kurta with a gold foil print, three-quarter sleeves, black trousers, white
    # backdrop.
    # caption: adapter
    case(
        "X283-042",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black kurta and black pants"),
        D.color("gold", "contradiction"),
        D.description("a black kurta with gold print"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Black Foil Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain white crew-neck tee (no pocket), blue jeans, red brick wall behind.
    # all base / reference
    case(
        "X283-043",
        caption("a man in a white t - shirt standing in front of a brick wall"),
        D.wearing("a white t - shirt and jeans"),
        D.color("red", "contradiction"),
        D.garment_type("t-shirt"),
        neckline("round neck"),
        D.material("cotton Question: what is the color of the t - shirt? Answer: white", "leak"),
        D.description("a white t - shirt with a pocket", "unsupported"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a garden in a sleeveless blue maxi dress with white and pink flowers, a fabric tie belt at the
    # waist, a straw sun hat; no slit.
    # caption: adapter
    case(
        "X283-044",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a hat. There is an accessory on her wrist and a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress and a straw hat"),
        D.color("blue"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has a slit on the side and a belt", "unsupported"),
        title="Women Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: boys' red hooded puffer jacket with a front zip on a hanger against a grey wall.
    # all base / reference
    case(
        "X283-045",
        caption("a red jacket hanging on a wall"),
        D.garment_type("jacket"),
        D.color("red"),
        D.details("a hood and a zipper"),
        D.material("the jacket is red", "restated"),
        D.description("a red hoodie"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Boys Red Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of women's blue mom-fit high-rise jeans on white, a pair of white sneakers beside them as a prop.
    # caption, material: adapter
    case(
        "X283-046",
        caption(
            "The lady wears a long denim pants with pure color patterns. The pants are with denim fabric. There is an "
            "accessory on her feet. The lady wears a long denim pants with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("white", "contradiction"),
        fit("high waisted"),
        D.details("the details of the jeans are blue", "non_answer"),
        D.material(
            "The lady wears a long denim pants with pure color patterns. The pants are with denim fabric. There is "
            "an accessory",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
]
