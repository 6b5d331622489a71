"""BLIND_989 (46 products; Myntra men's and boys' innerwear, nightwear, loungewear; VQA adapter): written blind in the
fifty-eighth session. Measured blind at b141514 (the session's third rules): 105/123 failures found (85.4%) and 10/169
correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and boys' innerwear, nightwear and loungewear (article types Innerwear Vests,
Briefs, Trunk, Boxers, Lounge Pants, Lounge Shorts, Lounge Tshirts, Pyjamas, Night suits, Bath Robe, Thermal Tops,
Thermal Bottoms). One catalog photo each, white or pale grey studio backdrop: most show an adult model or a boy
wearing the product with another garment (a vest over trunks, a t-shirt over lounge pants, a tee over boxers); the
underwear shots show a bare torso; a few packs are laid flat with no person; one pack shows an inset of the second
piece. Seller columns as the feed has them: title, category (article type), color (base colour), gender; a few rows
lack a column.

Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b). Captions
are its prompt-less generation (max 50 new tokens); open answers are its greedy answers to `Question: ... Answer:`
(max 30 new tokens); closed answers come from enrich's `--engine reference`, which ranks candidate values with the
same adapter and keeps one, so they never loop or stop short but can pick the wrong value. The adapter was trained
on In-shop VQA pairs with no end token: it talks in In-shop words (tank, tee, shorts, pants), often stops on a
newline after a short phrase, but otherwise runs on, repeating a phrase or starting the next `Question:` itself. It
gives the other garment's color (the tee's color for the lounge pants), invents pockets, logos, tags and fabric
blends, answers "she" or "girl" for men and boys now and then, and sometimes answers an open question with one word.

Labeling conventions and judgement calls:
- In-shop words are correct synonyms where they fit: tank / tank top for an innerwear vest, boxer briefs or
  underwear for trunks, shorts for boxers and lounge shorts, pants for pyjamas and lounge pants, tee for a t-shirt,
  sweatpants for jogger lounge pants, leggings for thermal bottoms; color families are correct for shades (red for
  maroon, green for olive, pink for peach, blue for navy, nude or beige for skin).
- A text that repeats a phrase until the token limit is a loop (hit_limit=True), even when its first words are
  right or wrong; a text stopped at the limit mid-phrase without repeating is a cut (hit_limit=True), even when it
  also holds an invented detail before the cut.
- A text that writes the `Question: ... Answer:` format itself is a leak, whatever the answer inside it.
- A color that belongs to another garment visible in the photo (the worn tee, the vest over the trunks, the other
  half of a night suit) given to the product is other_garment_color, in a caption too ("grey t-shirt and grey
  pants" for maroon pyjamas under a grey tee); the product's color given to the other garment ("black tank top
  and black shorts" over grey shorts) is a contradiction; so is a color of the same garment's waistband, trim or
  print, or of a prop (a towel), given as the product's color.
- Wrong garment type, wrong pattern, wrong sleeve length, wrong count against a "Pack of N" title, a material that
  the title names otherwise, and "yes"/"no" wrong to "Is this a ...?" are contradictions. Briefs called shorts is a
  contradiction; boxers called shorts is not.
- Details the photo cannot show or does not have (back pockets on a front view, a zip, a tag text, fabric blends
  and finishes, "organic", a person in a flat-lay photo, socks or sneakers on bare feet, a couch, a ball or a
  christmas tree in an empty studio) are unsupported. A bare fabric name that fits the look
  (cotton for a knit vest) where the title is silent is taken as correct.
- A one-word or yes/no answer to an open question, an empty answer, or the garment's name alone is a non_answer;
  an answer built from the question's own words ("the details of the boxers are the boxers") is restated.
- "she", "woman" or "girl" for a Men or Boys row is pronoun, even when the garments named after it are right.
- Each text carries one label, the first of these that applies: leak, loop, cut, pronoun, then the content kinds.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")
how_many_vests = question("count", "How many vests are there?", "open")
how_many_briefs = question("count", "How many briefs are there?", "open")
how_many_trunks = question("count", "How many trunks are there?", "open")

BLIND_989 = [
    # photo: man, front view cropped at the thighs, white sleeveless ribbed round-neck vest tucked into dark navy
    # track pants, white backdrop. All texts by the VQA adapter (closed ones ranked by the reference engine).
    case(
        "X989-001",
        caption("a man wearing a white tank top and navy blue pants"),
        wearing("a white tank top", who="the man"),
        color_of("vest", "white"),
        Q.sleeve_length("sleeveless"),
        details(
            "vest",
            "the vest has a round neck and a ribbed knit fabric with a round neck and a ribbed knit fabric with a"
            " round neck and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Men Pack of 2 White Ribbed Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: male model, bare torso, front view, black briefs with a grey waistband printed "Hanes" in white, white
    # backdrop. VQA adapter.
    case(
        "X989-002",
        caption("a man in black underwear with a grey waistband"),
        wearing("she is wearing black underwear", "pronoun", who="he"),
        color_of("briefs", "grey", "contradiction"),
        is_a("pair of briefs", "yes"),
        describe("briefs", "black briefs with a grey waistband, tagless and made of anti odour cotton", "unsupported"),
        Q.pattern("solid"),
        title="Hanes Men Black Solid Briefs",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white sleeveless vest over navy trunks with a red waistband lettered in white, bare legs,
    # barefoot, white backdrop, front view, full length. VQA adapter.
    case(
        "X989-003",
        caption("a man wearing a white tank top and blue underwear"),
        wearing("a white tank top and blue boxer briefs and a pair of white socks", "unsupported"),
        color_of("trunks", "white", "other_garment_color"),
        details(
            "trunks",
            "the trunks have a red waistband with white lettering and a tag that says 100% cotton made in usa",
            "unsupported",
        ),
        Q.garment_type("trunks"),
        Q.color("navy blue"),
        title="Van Heusen Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy of about six, standing barefoot, front view, sky-blue half-sleeve top and matching full-length
    # pyjama printed all over with small yellow-and-red Chhota Bheem figures, white backdrop. VQA adapter.
    case(
        "X989-004",
        caption("a little boy in blue pajamas with cartoon characters on them"),
        wearing("she is wearing a blue shirt and blue pants", "pronoun", who="the boy"),
        color_of("pajamas", "blue"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe(
            "night suit",
            "a blue night suit with a yellow and red print of a boy and a girl with a yellow and red print of a boy"
            " and a girl with a",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        title="Chhota Bheem Kids Boys Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay, no person: three grey melange sleeveless vests folded and fanned out, a packaging card with a
    # red logo, white backdrop. VQA adapter.
    case(
        "X989-005",
        caption("three grey tank tops on a white background"),
        cloth("a man wearing a grey tank top", "unsupported"),
        color_of("vest", "grey"),
        how_many_vests("two", "contradiction"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        title="Rupa Frontline Men Pack of 3 Grey Melange Innerwear Vests",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man, three-quarter side view, maroon woven boxers with thin white pinstripes and a black crew-neck
    # t-shirt, white backdrop. VQA adapter.
    case(
        "X989-006",
        caption("a man wearing a black shirt and red shorts"),
        color_of("boxers", "black", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        wearing("a black t-shirt and maroon striped boxer shorts", who="the man"),
        details(
            "boxers",
            "the boxers have an elastic waistband and a button fly and white pinstripes and two side pockets and a"
            " small logo patch on the back of the",
            "cut",
            hit_limit=True,
        ),
        title="Macroman Men Maroon Striped Boxers",
        category="Boxers",
        color="Maroon",
        gender="Men",
    ),
    # photo: man, full length, barefoot, grey melange jogger lounge pants with a white drawstring and cuffed ankles,
    # navy blue crew-neck t-shirt, white backdrop. VQA adapter.
    case(
        "X989-007",
        caption("a man wearing a navy blue t-shirt and grey sweatpants"),
        color_of("pants", "navy blue", "other_garment_color"),
        wearing("Question: What is the person wearing? Answer: a blue shirt and grey pants", "leak"),
        describe("lounge pants", "grey jogger pants with a drawstring waist and elastic cuffs"),
        Q.material("100% polyester fleece with a brushed inner lining", "unsupported"),
        is_a("pair of jeans", "no"),
        Q.garment_type("lounge pants"),
        title="Jockey Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man cropped at the chest, navy lounge shorts with a small white anchor print all over, plain white
    # t-shirt, white backdrop. VQA adapter.
    case(
        "X989-008",
        caption("a man wearing a white shirt and white shorts", "other_garment_color"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: the shorts have an anchor print Question: What is the"
            " color of the shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a white t-shirt and navy shorts", who="he"),
        Q.color("navy blue"),
        title="U.S. Polo Assn. Men Navy Blue Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model, bare torso, front view, black trunks with a wide white waistband lettered "Calvin Klein" in
    # black, white backdrop. VQA adapter.
    case(
        "X989-009",
        caption(
            "a man in black boxer briefs with a white waistband that says calvin klein on it and the waistband is"
            " white and the boxer briefs are black and the man is standing in front of a white wall with his",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "trunks",
            "black and white black and white black and white black and white black and white black and white"
            " black and white black and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        is_a("pair of trunks", "yes"),
        wearing("black underwear"),
        Q.material("cotton"),
        title="Calvin Klein Underwear Men Black Cotton Stretch Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: boy, front view, red-and-navy checked pyjama bottoms, plain white crew-neck t-shirt, white backdrop.
    # VQA adapter.
    case(
        "X989-010",
        caption(
            "a young boy wearing a white t-shirt and red plaid pants standing next to a christmas tree", "unsupported"
        ),
        wearing("a white shirt and red plaid pants", who="the boy"),
        color_of("pyjamas", "white", "other_garment_color"),
        Q.pattern("checked"),
        describe("pyjamas", "plaid", "non_answer"),
        Q.material("cotton"),
        is_a("pair of pyjamas", "yes"),
        title="Gini & Jony Boys Red Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Red",
        gender="Boys",
    ),
    # photo: man, front view, black racerback vest with deep armholes and a small white Jockey logo on the chest,
    # grey knit shorts, white backdrop. VQA adapter.
    case(
        "X989-011",
        caption("a man in a black tank top and black shorts", "contradiction"),
        wearing(
            "a black tank top and grey shorts with a black tank top and grey shorts with a black tank top and grey"
            " shorts with",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        color_of("vest", "grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("vest", "the vest has a racerback and deep armholes with a jockey logo on the chest"),
        Q.garment_type("vest"),
        title="Jockey Men Black Racerback Gym Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: man, front view, olive green crew-neck short-sleeve lounge tee with a small chest pocket, black lounge
    # pants, white backdrop. VQA adapter.
    case(
        "X989-012",
        caption("a man wearing a green t-shirt and black pants"),
        color_of("t-shirt", "green", kind="open"),
        Q.color("olive"),
        describe("t-shirt", "a green t-shirt with a pocket on the chest and a v-neck", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing(
            "he is wearing a green shirt and black pants Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        Q.garment_type("t-shirt"),
        title="Chromozome Men Olive Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat lay, no person: three briefs side by side (navy, maroon, grey), each with a black waistband
    # lettered in white, white backdrop. VQA adapter.
    case(
        "X989-013",
        caption("three pairs of men's underwear in different colors"),
        cloth("shorts", "contradiction"),
        Q.color("multi"),
        color_of("briefs", "blue red and grey", kind="open"),
        is_a("pack of briefs", "yes"),
        how_many_briefs("two pairs of briefs", "contradiction"),
        details(
            "briefs",
            "the briefs have a black waistband with white text on it and the text says rupa frontline and the text"
            " says rupa frontline and the",
            "loop",
            hit_limit=True,
        ),
        title="Rupa Frontline Men Pack of 3 Assorted Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a charcoal grey terry shawl-collar bath robe tied with its belt, bare legs, holding a rolled
    # white towel, white backdrop. VQA adapter.
    case(
        "X989-014",
        caption("a man in a grey bathrobe holding a white towel"),
        color_of("robe", "white", "contradiction"),
        wearing("a grey robe", who="he"),
        Q.material("terry cotton"),
        describe("robe", "the robe is the robe he is wearing", "restated"),
        Q.sleeve_length("long sleeves"),
        is_a("bathrobe", "yes"),
        title="Van Heusen Men Charcoal Terry Cotton Bath Robe",
        category="Bath Robe",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man, front view, black knit lounge shorts with a white drawstring and a white Puma cat logo on the left
    # thigh, grey melange t-shirt, white backdrop. VQA adapter.
    case(
        "X989-015",
        caption("a man wearing a grey shirt and black shorts"),
        wearing("she is wearing a grey t-shirt and black shorts", "pronoun"),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a puma logo on the left leg and a drawstring waistband"),
        Q.material("cotton"),
        Q.pattern("solid"),
        title="Puma Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: boy holding a small stuffed toy, grey long-sleeve top with a large green dinosaur graphic on the chest,
    # grey-and-green striped pyjama bottoms, white backdrop. VQA adapter.
    case(
        "X989-016",
        caption("a young boy in grey pajamas with a green dinosaur on the front"),
        color_of("pajamas", "grey", kind="open"),
        wearing("a grey shirt with a dinosaur on it and grey and green striped pants", who="the boy"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("night suit", "a grey night suit made of organic cotton with a dinosaur print", "unsupported"),
        is_a("dress", "no"),
        Q.pattern("graphic"),
        title="Marks & Spencer Boys Grey Dinosaur Print Pyjama Set",
        category="Night suits",
        color="Grey",
        gender="Boys",
    ),
    # photo: man, bare torso, grey melange trunks with a black waistband lettered "JOCKEY" in white; a small inset
    # at the lower right shows the pack's second pair in black, white backdrop. VQA adapter.
    case(
        "X989-017",
        caption("a man in grey underwear with a black waistband"),
        color_of("trunks", "grey"),
        how_many_trunks("one", "contradiction"),
        wearing("grey boxer briefs"),
        Q.pattern("solid"),
        Q.material("cotton elastane"),
        details(
            "trunks",
            "the trunks have a black waistband with the word jockey in white letters and a contoured pouch and flat"
            " lock seams and a tag free label on the",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Men Pack of 2 Cotton Stretch Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man, front view, navy woven boxers with thin red vertical stripes, white sleeveless vest, white
    # backdrop. VQA adapter.
    case(
        "X989-018",
        caption("a man wearing a white tank top and navy and red striped shorts"),
        Q.color("white", "other_garment_color"),
        wearing("a white tank top and navy blue striped boxers", who="he"),
        Q.pattern("striped"),
        details(
            "boxers",
            "the boxers have a button fly and an elastic waistband with a red stripe along the top and a small"
            " logo on the left leg near the hem and a",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Hanes Men Navy Blue Striped Woven Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front view, navy-and-green checked long-sleeve button-down pyjama shirt with a chest pocket and
    # matching full-length pyjama bottoms, white backdrop. VQA adapter.
    case(
        "X989-019",
        caption(
            "a man in a blue and green plaid shirt and blue and green plaid pants and a blue and green plaid shirt and"
            " blue and green plaid pants and a blue and green plaid shirt and blue and",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue and green", kind="open"),
        color_of("pants", "navy blue"),
        Q.pattern("checked"),
        wearing("a plaid shirt and plaid pants", who="the man"),
        Q.sleeve_length("long sleeves"),
        describe(
            "night suit",
            "a blue and green plaid pajama set with a button down shirt with a collar and a chest pocket and"
            " matching pants with a drawstring waist and two",
            "cut",
            hit_limit=True,
        ),
        title="Lux Cozi Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy, barefoot, front view, orange short-sleeve tee with a large Chhota Bheem graphic, navy shorts,
    # white backdrop. VQA adapter.
    case(
        "X989-020",
        caption("a young boy wearing an orange shirt with a cartoon on it and white sneakers", "unsupported"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        wearing("an orange t-shirt and blue shorts", who="the boy"),
        Q.pattern("graphic"),
        is_a("tee", "yes"),
        details(
            "t-shirt",
            "the t-shirt has a picture of a boy and the boy is wearing a orange shirt and the boy is wearing a"
            " orange shirt and the boy",
            "loop",
            hit_limit=True,
        ),
        title="Chhota Bheem Kids Boys Orange Printed Lounge Tshirt",
        category="Lounge Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: man, three-quarter front view, barefoot, solid navy woven lounge pants with a drawstring, white henley
    # t-shirt, white backdrop. VQA adapter.
    case(
        "X989-021",
        caption("a man in a white shirt and blue pants standing in front of a white wall"),
        color_of("pants", "white", "other_garment_color"),
        color_of("shirt", "white", kind="open"),
        wearing("a white henley shirt and blue pants"),
        details(
            "pants",
            "the pants have an elastic waistband with a drawstring and a back pocket with a button and a tommy"
            " hilfiger flag logo",
            "unsupported",
        ),
        Q.material("cotton modal blend with four way stretch", "unsupported"),
        Q.garment_type("lounge pants"),
        title="Tommy Hilfiger Men Navy Blue Solid Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model, bare torso, side view, olive trunks with a black waistband lettered in white, white
    # backdrop. VQA adapter.
    case(
        "X989-022",
        caption("a man wearing green underwear"),
        color_of("trunks", "black", "contradiction"),
        wearing(
            "green boxer briefs Question: What is the color of the boxer briefs? Answer: green Question: What is"
            " the color",
            "leak",
            who="he",
            hit_limit=True,
        ),
        is_a("pair of trunks", "yes"),
        Q.color("olive"),
        title="Macroman M-Series Men Olive Trunks",
        category="Trunk",
        color="Olive",
        gender="Men",
    ),
    # photo: man, hands on hips, white half-sleeve crew-neck undershirt tucked into blue jeans, white backdrop.
    # VQA adapter.
    case(
        "X989-023",
        caption("a man wearing a white t-shirt and blue jeans"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("jeans", "contradiction"),
        wearing("a white t-shirt and jeans", who="the man"),
        describe("vest", "yes", "non_answer"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Hanes Men White Round Neck Half Sleeve Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man, front view, solid maroon knit pyjama bottoms with grey ribbed cuffs and a grey drawstring, grey
    # melange t-shirt, white backdrop. VQA adapter.
    case(
        "X989-024",
        caption("a man wearing a grey t-shirt and grey pants", "other_garment_color"),
        color_of("pyjamas", "grey", "other_garment_color"),
        wearing("he is wearing a grey shirt and maroon pants", who="he"),
        details("pyjamas", "the pyjamas have grey cuffs at the ankles and a grey drawstring"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton blend with a soft brushed interior and anti-pilling finish", "unsupported"),
        title="Chromozome Men Maroon Solid Pyjamas",
        category="Pyjamas",
        color="Maroon",
        gender="Men",
    ),
    # photo: boy, front view, white sleeveless vest, navy shorts; a small inset shows the pack's second white vest,
    # white backdrop. VQA adapter.
    case(
        "X989-025",
        caption("a little boy wearing a white tank top and blue shorts holding a soccer ball", "unsupported"),
        wearing("a little girl wearing a white tank top and blue shorts", "pronoun", who="the boy"),
        color_of("vest", "white"),
        Q.sleeve_length("sleeveless"),
        how_many_vests("two"),
        Q.material("cotton"),
        title="612 League Boys Pack of 2 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Boys",
    ),
    # photo: man, front view, blue-and-white gingham woven boxers, black crew-neck t-shirt, white backdrop. VQA
    # adapter.
    case(
        "X989-026",
        caption("a man in a black shirt and blue and white checkered shorts"),
        color_of("boxers", "black", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        describe("boxers", "checkered", "non_answer"),
        details("boxers", "the details of the boxers are the boxers", "restated"),
        Q.garment_type("briefs", "contradiction"),
        title="U.S. Polo Assn. Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: male model, bare torso, front view, white briefs with a grey waistband lettered "Calvin Klein" in black,
    # white backdrop. VQA adapter.
    case(
        "X989-027",
        caption("a man in white underwear"),
        color_of("briefs", "white"),
        wearing(
            "white underwear white underwear white underwear white underwear white underwear white underwear white"
            " underwear white underwear",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of briefs", "no", "contradiction"),
        Q.material("cotton"),
        details("briefs", "the briefs have a grey waistband with calvin klein written in black"),
        title="Calvin Klein Underwear Men White Cotton Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: man, front view, navy-and-white vertically striped short-sleeve button pyjama shirt with navy piping and
    # matching striped shorts, white backdrop. VQA adapter.
    case(
        "X989-028",
        caption("a man in a blue and white striped shirt and shorts"),
        Q.sleeve_length("short sleeves"),
        wearing("a blue and white striped shirt and shorts", who="the man"),
        color_of("shorts", "navy blue"),
        Q.pattern("checked", "contradiction"),
        Q.material("silk", "contradiction"),
        describe(
            "night suit",
            "a blue and white striped shirt and a blue and white striped shirt and a blue and white striped shirt"
            " and a blue and white",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Men Navy Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man standing, front view, grey melange round-neck full-sleeve lounge t-shirt, black lounge pants, white
    # backdrop, no furniture. VQA adapter.
    case(
        "X989-029",
        caption("a man wearing a grey long sleeve shirt and black pants sitting on a couch", "unsupported"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        wearing("she is wearing a grey shirt and black pants", "pronoun", who="he"),
        describe("t-shirt", "a grey long sleeve t-shirt with a round neck"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Jockey Men Grey Melange Full Sleeve Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: boy, front view, green knit lounge shorts with a Ben 10 print on the left leg, plain yellow t-shirt,
    # white backdrop. VQA adapter.
    case(
        "X989-030",
        caption("a young boy wearing a yellow shirt and green shorts"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        wearing("a yellow t-shirt and green shorts with a cartoon on the leg", who="the boy"),
        Q.pattern("printed"),
        details(
            "shorts",
            "the shorts have a cartoon print on the left leg Question: What is the color of the shorts? Answer:"
            " green Question",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Ben 10 Boys Green Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Green",
        gender="Boys",
    ),
    # photo: male model, bare torso, front view, skin-beige seamless trunks with a wide self-colored waistband,
    # white backdrop. VQA adapter.
    case(
        "X989-031",
        caption("a man in beige underwear"),
        color_of("trunks", "beige"),
        Q.color("white", "contradiction"),
        wearing("a pair of nude colored underwear"),
        details(
            "trunks",
            "the trunks are seamless and have a wide waistband and no visible lines and are made of a smooth soft"
            " fabric that is breathable and",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        title="Hanes Men Beige Seamless Microfibre Trunks",
        category="Trunk",
        color="Beige",
        gender="Men",
    ),
    # photo: man, front view, navy blue sleeveless round-neck vest, grey lounge pants, white backdrop. VQA adapter.
    case(
        "X989-032",
        caption("a man wearing a blue tank top and grey pants"),
        wearing("a blue tank top", who="the man"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        Q.garment_type("vest"),
        details("vest", "vest", "non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Men Navy Blue Solid Innerwear Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man, front view, black full-sleeve round-neck thermal top and matching black thermal bottoms, white
    # backdrop. VQA adapter.
    case(
        "X989-033",
        caption("a man in a black long sleeve shirt and black leggings"),
        color_of("top", "black"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a black shirt and black pants", who="he"),
        Q.material("merino wool with a fleece lining", "unsupported"),
        describe("thermal top", "the thermal top is a thermal top", "restated"),
        is_a("sweater", "yes", "contradiction"),
        title="Lux Inferno Men Black Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, no person: two boys' briefs, one navy with a small red car print, one plain light blue, white
    # backdrop. VQA adapter. The feed row has no color.
    case(
        "X989-034",
        caption("two pairs of boys underwear on a white background"),
        color_of("briefs", "blue", kind="open"),
        Q.pattern("printed"),
        cloth("he is wearing a blue shirt", "unsupported"),
        is_a("pair of briefs", "yes"),
        how_many_briefs("two"),
        Q.color("red", "contradiction"),
        title="Jockey Junior Boys Pack of 2 Printed Briefs",
        category="Briefs",
        gender="Boys",
    ),
    # photo: man, front view, solid red woven boxers with a white waistband lettered "FCUK" in red, plain white
    # t-shirt, white backdrop. VQA adapter.
    case(
        "X989-035",
        caption("a man wearing a white t-shirt and red shorts"),
        color_of("boxers", "red"),
        wearing("a white t-shirt and red boxers Question: What is the color of the boxers? Answer: red", "leak"),
        details(
            "boxers",
            "the boxers have a white elastic waistband with fcuk written in red and a button fly and a side vent on"
            " each leg and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("boxers"),
        Q.material("the material is the material of the boxers", "restated"),
        title="FCUK Men Red Solid Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: man, front view, grey melange short-sleeve tee with a black Puma cat logo and "PUMA" across the chest,
    # black shorts, white backdrop. VQA adapter.
    case(
        "X989-036",
        caption("a man in a grey shirt with the word puma on it"),
        color_of("t-shirt", "the color of the t-shirt is the color of the t-shirt", "restated", kind="open"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "a grey t-shirt with the puma logo on the front and a pocket on the back and a zipper on the side",
            "unsupported",
        ),
        wearing("a grey t-shirt with puma written on it and black shorts", who="the man"),
        is_a("tee", "yes"),
        Q.sleeve_length("short sleeves"),
        title="Puma Men Grey Melange Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: boy, front view, yellow half-sleeve top with a Chhota Bheem print, green-and-yellow striped pyjama
    # pants, white backdrop. VQA adapter.
    case(
        "X989-037",
        caption("a young boy in a yellow shirt and green striped pants"),
        wearing("she is wearing a yellow shirt and striped pants", "pronoun", who="the boy"),
        Q.color("yellow"),
        color_of("shirt", "green", "other_garment_color"),
        describe("night suit", "the night suit is a night suit for boys", "restated"),
        details(
            "night suit",
            "the night suit has a print of a cartoon boy on the front and the pants are striped with green and"
            " yellow stripes and the pants have a",
            "cut",
            hit_limit=True,
        ),
        title="Chhota Bheem Kids Boys Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man sitting on a white stool, pale grey backdrop, green solid lounge shorts with a drawstring and side
    # pockets, white t-shirt. VQA adapter.
    case(
        "X989-038",
        caption("a man sitting on a stool wearing a white shirt and green shorts"),
        color_of("shorts", "green"),
        wearing("a white t-shirt and green shorts"),
        details("shorts", "the shorts have an elastic waistband with a drawstring and two side pockets"),
        Q.material("cotton"),
        Q.pattern("solid"),
        is_a("pair of pants", "no"),
        title="Ajile by Pantaloons Men Green Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Green",
        gender="Men",
    ),
    # photo: man, front view, black lounge pants with a white stripe down each side, red crew-neck t-shirt, white
    # backdrop. VQA adapter.
    case(
        "X989-039",
        caption("a man in a red shirt and black pants with white stripes"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("t-shirt", "contradiction"),
        describe(
            "pants",
            "black pants with a white stripe down the side and an elastic waistband with a drawstring and a white"
            " stripe down the side and an elastic",
            "loop",
            hit_limit=True,
        ),
        wearing("a red shirt and black pants", who="he"),
        title="Jockey Men Black Side Stripe Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man, front view, grey melange thermal leggings with ribbed waistband and ankle cuffs, navy full-sleeve
    # thermal top, white backdrop. VQA adapter.
    case(
        "X989-040",
        caption("a man in a blue long sleeve shirt and grey leggings"),
        color_of("leggings", "navy blue", "other_garment_color"),
        wearing(
            "a blue shirt and grey pants Question: What is the color of the pants? Answer: grey Question: What is the"
            " color of",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.garment_type("thermal bottoms"),
        Q.material("polyester with a fleece lining and a moisture wicking finish", "unsupported"),
        details("leggings", "ribbed", "non_answer"),
        title="Hanes Men Grey Melange Thermal Bottoms",
        category="Thermal Bottoms",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: boy, front view, navy lounge pants with a small white star print, elastic ankle cuffs, red t-shirt,
    # white backdrop. VQA adapter.
    case(
        "X989-041",
        caption("a young boy wearing a red t-shirt and blue pants with stars on them"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        wearing("a red shirt and blue pants", who="the boy"),
        describe("pants", "blue pants with white stars and a zip fly", "unsupported"),
        is_a("pair of pants", "yes"),
        details(
            "pants",
            "the pants have a white star print and an elastic waistband and a drawstring and elastic cuffs at the"
            " ankles and a small",
            "cut",
            hit_limit=True,
        ),
        title="YK Boys Navy Blue Star Print Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: male model, bare torso, side view, red briefs with a black waistband, white backdrop. VQA adapter.
    case(
        "X989-042",
        caption("a man in red and black underwear"),
        color_of("briefs", "red"),
        wearing("red", "non_answer", who="he"),
        describe("briefs", "Question: Describe the briefs. Answer: red briefs with a black waistband", "leak"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Rupa Macroman Men Red Solid Briefs",
        category="Briefs",
        color="Red",
        gender="Men",
    ),
    # photo: man, front view, peach crew-neck short-sleeve lounge tee with a small logo on the left chest, navy
    # lounge shorts, white backdrop. VQA adapter. The feed row has no category.
    case(
        "X989-043",
        caption("a man wearing a pink t-shirt and blue shorts"),
        color_of("t-shirt", "blue", "other_garment_color"),
        wearing("a pink t-shirt and navy shorts"),
        Q.color("peach"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and a small logo on the left chest and a pocket on the"
            " right",
            "unsupported",
        ),
        Q.garment_type("lounge pants", "contradiction"),
        title="Van Heusen Men Peach Solid Lounge T-shirt",
        color="Peach",
        gender="Men",
    ),
    # photo: man, front view, brown waffle-knit kimono robe with three-quarter sleeves, tied with its belt, two patch
    # pockets, grey shorts showing below, white backdrop. VQA adapter.
    case(
        "X989-044",
        caption("a man in a brown robe and brown shorts", "contradiction"),
        color_of("robe", "brown", kind="open"),
        wearing(
            "he is wearing a brown bathrobe with a brown bathrobe with a brown bathrobe with a brown bathrobe with a"
            " brown bathrobe",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        describe("robe", "a brown waffle knit robe with a belt and two patch pockets"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Van Heusen Men Brown Waffle Knit Bath Robe",
        category="Bath Robe",
        color="Brown",
        gender="Men",
    ),
    # photo: boy, front view, grey short-sleeve tee with a blue rocket print, navy shorts (the two pieces of a night
    # suit), white backdrop. VQA adapter. The feed row has no color.
    case(
        "X989-045",
        caption("a young boy wearing a grey shirt with a rocket on it and blue shorts"),
        wearing("a grey t-shirt and blue shorts", who="the boy"),
        color_of("shirt", "grey"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        details(
            "shirt",
            "the shirt has a rocket ship on it and the rocket ship is blue and the rocket ship is blue and the"
            " rocket ship is blue and",
            "loop",
            hit_limit=True,
        ),
        title="Hopscotch Boys Grey Rocket Print Night Suit",
        category="Night suits",
        gender="Boys",
    ),
    # photo: man, front view, navy long-sleeve three-button henley lounge tee, grey checked pyjama pants, white
    # backdrop. VQA adapter.
    case(
        "X989-046",
        caption("a man in a blue long sleeve shirt and plaid pants"),
        color_of("t-shirt", "grey", "other_garment_color"),
        wearing("a navy blue henley and plaid pants", who="he"),
        describe(
            "t-shirt",
            "a navy blue henley t-shirt with three buttons at the neck and ribbed cuffs and a curved hem and a small"
            " embroidered logo on the left chest and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Tommy Hilfiger Men Navy Blue Pure Cotton Henley Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
]
