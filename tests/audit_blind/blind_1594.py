"""BLIND_1594 (45 products; Myntra kids' wear, VQA adapter with yes/no garment questions): written blind in the sixty-
sixth session. Measured blind at 9074ceb (the session's fourth rules): 72/78 failures found (92.3%) and 6/191 correct
texts flagged (3.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta sets, lehengas, a pattu
pavadai, two multi-packs, a Nehru jacket). Catalog shots: a child on a plain white or pastel backdrop wearing the
product with other clothes (a tee with the shorts, jeans with the tee, a white tee under a pinafore), now and then a
flat lay, a back view, a prop (a football, a toy car, a hairband). The feed's columns are Myntra's: title, category
(the article type: Tshirts, Shorts, Dresses, Kurta Sets, Lehenga Choli, Clothing Set, ...), color (the base colour)
and gender (Boys/Girls); a few rows lack one of them.
Who wrote what: the caption is the untuned base model (Salesforce/blip2-opt-2.7b, no prompt, routed per question as
the experiments advised); every question is answered by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) with free
greedy generation, 30 new tokens, stopping on newline or eos. The adapter never learned to stop, so some answers run
to the limit: loops ("yes yes yes", "cotton cotton"), descriptions cut mid-phrase, and the training format leaking
("no Question: Is this a dress? Answer: yes Question: ..."). Its vocabulary is In-shop's (tee, dress, shorts,
romper, vest, heather grey, navy), it has no kurta class (kurta sets become "dress", "shirt", "jacket"), and it says
"yes" to a garment the child wears beside the product. The questions asked vary with the category: the product's
own garment and one or two neighbours as yes/no questions, plus a few of color, pattern, sleeve length, material,
wearing, describe, details.
Labeling conventions and judgement calls:
- The product is the titled item. "Yes" to "Is this a pair of shorts?" when the shorts are only styling under the
  t-shirt being sold is a contradiction; so is the styling garment's sleeve length given for a sleeveless pinafore,
  dungaree or jacket, and another garment's pattern given for the product.
- A color that belongs to another worn item (shorts, jeans, a skirt, a hairband, a blouse) is other_garment_color;
  a color taken from a prop (ball, toy car) or naming only one item of a Multi pack is a contradiction.
- Near hues are right: white for cream, pink for peach or magenta, purple for lavender, burgundy for maroon.
- "Dress" for a kurta set or a lehenga choli, "shirt"/"jacket" as the garment type of a kurta set, and "t-shirt" in a
  caption for a t-shirt dress are contradictions. "Romper" for dungarees and "vest" for a Nehru jacket are accepted
  as In-shop's nearest classes; "denim" as what a child in a denim pinafore wears is accepted.
- A material answer is judged by the title when it states one; "silk" for an unstated polyester lehenga and a
  wearer invented for a flat lay are unsupported; "cotton" against a polyester title is a contradiction.
- A text that leaks the prompt format is a leak even when its first word is right; a text that repeats one unit to
  the limit is a loop; a description stopped mid-phrase at the limit is cut unless it first invents a detail
  (then unsupported, with hit_limit). Every text that ran to the limit has hit_limit=True.
- An empty answer and "they are shorts" for the details are non_answer; "the dress is a dress" is restated.
- A caption that calls a boy a girl (or the reverse) is a pronoun failure; so is "she" in an answer for a boy.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1594 = [
    # Front view: a boy of about six on a white backdrop in the navy tee with a green dinosaur print, grey knit
    # shorts, white sneakers. Caption: base model; answers: VQA adapter (the pattern answer loops).
    case(
        "X1594-001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        color_of("t-shirt", "navy", kind="open"),
        Q.sleeve_length("short"),
        Q.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Navy Blue Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # A girl in the pink floral fit-and-flare frock with short cap sleeves, white sneakers, pale grey backdrop.
    # Caption: base model; answers: VQA adapter (wearing leaks; "sleeveless" though the cap sleeves show).
    case(
        "X1594-002",
        caption("a little girl in a pink floral dress standing on a white background"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        color_of("dress", "pink", kind="open"),
        wearing(
            "dress Question: What is the color of the dress? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # A boy in the cream kurta (self-design stripes) and white pyjama, brown mojaris, beige backdrop.
    # Caption: base model; answers: VQA adapter ("Is this a dress?" loops; garment type "shirt" for a kurta set).
    case(
        "X1594-003",
        caption("a young boy wearing a white kurta and white pants"),
        is_a("kurta", "yes"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        color_of("kurta", "white", kind="open"),
        Q.material("cotton"),
        gender="Boys",
        title="Boys Cream-Coloured Self Design Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # A boy in the mid-blue washed denim shorts (rolled hem, two front pockets) with a plain white tee.
    # Caption: base model; answers: VQA adapter (the shorts get the tee's white; the details run to the limit).
    case(
        "X1594-004",
        caption("a boy in a white t-shirt and blue denim shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.material("denim"),
        details(
            "shorts",
            "the shorts have a button and zip fly, two front pockets, a light faded wash on the front and a rolled "
            "up hem with a small brand tab on the left side of the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Flat lay: the yellow sleeveless A-line cotton frock alone on white, no child.
    # Caption: base model; answers: VQA adapter. All right.
    case(
        "X1594-005",
        caption("a yellow dress on a white background"),
        is_a("dress", "yes"),
        wearing("dress"),
        color_of("dress", "yellow", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Girls Yellow Solid A-Line Cotton Frock",
        category="Dresses",
        color="Yellow",
    ),
    # A boy in the red-and-white striped polo tee with navy shorts, hands in pockets, white backdrop.
    # Caption: base model; answers: VQA adapter (the sleeve answer loops).
    case(
        "X1594-006",
        caption("a young boy wearing a red and white striped polo shirt and navy shorts"),
        is_a("t-shirt", "yes"),
        is_a("polo shirt", "yes"),
        color_of("t-shirt", "red and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Red & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # A girl in the magenta lehenga with a gold zari border, gold choli, magenta dupatta over one shoulder.
    # The product page says polyester (no material in the feed). Caption: base model; answers: VQA adapter.
    case(
        "X1594-007",
        caption("a little girl in a pink and gold indian outfit"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("skirt", "pink", kind="open"),
        Q.garment_type("skirt"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Girls Magenta & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # A boy in the set: olive tee with an "ADVENTURE" text print and olive/black camouflage shorts.
    # Caption: base model; answers: VQA adapter (the wearing answer leaks the training format).
    case(
        "X1594-008",
        caption("a young boy wearing a green t-shirt and camouflage shorts"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "green", kind="open"),
        wearing(
            "tee and shorts. Question: What is the color of the tee? Answer: green Question: What is the color of "
            "the shorts? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("camouflage"),
        gender="Boys",
        title="Boys Olive Green Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Olive",
    ),
    # A girl in the white tee with a unicorn and rainbow-mane print, light blue jeans, pastel pink backdrop.
    # Caption: base model; answers: VQA adapter (the tee gets the jeans' blue; the description is cut).
    case(
        "X1594-009",
        caption("a little girl wearing a white t-shirt with a unicorn on it and blue jeans"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "the t-shirt is white with a unicorn print on the front with a rainbow mane, it has a round neck and "
            "short sleeves and a small rainbow on the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls White Unicorn Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # A boy in the olive cargo shorts (flap side pockets) with a plain black tee.
    # Caption: base model; answers: VQA adapter ("yes" to pants; the shorts get the tee's black; empty details).
    case(
        "X1594-010",
        caption("a young boy in a black t-shirt and green cargo shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("pants", "yes", "contradiction", article="a pair of"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        Q.material("cotton"),
        gender="Boys",
        title="Boys Olive Green Solid Pure Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # A girl in the blue denim pinafore (sleeveless, bib with two buttons) over a white short-sleeved tee.
    # Caption: base model; answers: VQA adapter (the sleeve answer is the tee's, not the pinafore's).
    case(
        "X1594-011",
        caption("a little girl in a denim overall dress and a white t-shirt"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("dress", "blue", kind="open"),
        wearing("denim"),
        Q.sleeve_length("short", "contradiction"),
        gender="Girls",
        title="Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # A boy in the mustard short-sleeved hooded tee (hood down) and black track pants.
    # Caption: base model; answers: VQA adapter ("no" to the t-shirt; the material loops).
    case(
        "X1594-012",
        caption("a boy in a yellow hoodie and black pants"),
        is_a("t-shirt", "no", "contradiction"),
        is_a("jacket", "no"),
        color_of("t-shirt", "mustard", kind="open"),
        Q.sleeve_length("short"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Mustard Yellow Solid Hooded Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # A girl in the peach kurta with gold gota borders, peach sharara, net dupatta with a gold border.
    # Caption: base model; answers: VQA adapter (the kurta set becomes a "dress"; the details are cut).
    case(
        "X1594-013",
        caption("a little girl wearing a pink salwar suit"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("kurta", "peach", kind="open"),
        wearing("dress", "contradiction"),
        details(
            "kurta",
            "the kurta has a golden border on the neckline and the hem and the sleeves, the dupatta has a golden "
            "border and the sharara has a golden border and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Peach-Coloured Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # A boy in the black sports shorts with white side stripes, plain white tee, running pose.
    # Caption: base model; answers: VQA adapter (sleeve length answered for the tee; wearing loops).
    case(
        "X1594-014",
        caption("a young boy in a white t-shirt and black shorts"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "black", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts "
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Black Solid Sports Shorts with Side Stripes",
        category="Shorts",
        color="Black",
    ),
    # Back view: a girl in the peach sleeveless tiered frock, a bow tied at the back above a keyhole opening.
    # Caption: base model; answers: VQA adapter (the description loops on the bow).
    case(
        "X1594-015",
        caption("the back of a little girl's pink dress with a bow"),
        is_a("dress", "yes"),
        color_of("dress", "pink", kind="open"),
        details("dress", "the dress has a bow at the back"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a pink dress with a bow at the back and a bow at the back and a bow at the back and a bow at the back "
            "and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Peach Tiered Cotton Frock",
        category="Dresses",
        color="Peach",
    ),
    # A boy in the white kurta and white pyjama under a navy Nehru jacket with a woven motif.
    # Caption: base model; answers: VQA adapter (the kurta gets the jacket's navy; the material is empty).
    case(
        "X1594-016",
        caption("a young boy wearing a white kurta and a blue vest"),
        is_a("kurta", "yes"),
        is_a("jacket", "yes"),
        color_of("kurta", "navy", "other_garment_color", kind="open"),
        Q.garment_type("vest", "contradiction"),
        Q.material("", "non_answer"),
        gender="Boys",
        title="Boys White Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # A girl in the pink cotton shorts (elastic waist, drawstring, side pockets) and a grey printed tee.
    # Caption: base model; answers: VQA adapter. All right.
    case(
        "X1594-017",
        caption("a little girl in a grey t-shirt and pink shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        color_of("shorts", "pink", kind="open"),
        wearing("tee and shorts"),
        details("shorts", "the shorts have an elastic waistband with a drawstring and two side pockets"),
        gender="Girls",
        title="Girls Pink Solid Pure Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Back view: a boy in the green tee (a big "10" printed on the back) and black shorts, a white-and-black
    # football under his arm. No gender column. Caption: base model; answers: VQA adapter (the tee gets the ball's
    # white).
    case(
        "X1594-018",
        caption("a young boy holding a soccer ball with the number 10 on his back"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        Q.pattern("graphic"),
        wearing("green tee and black shorts"),
        title="Boys Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # A girl in the lavender smocked frock with short puff sleeves and a frilled hem, a white hairband.
    # Caption: base model; answers: VQA adapter (the frock gets the hairband's white).
    case(
        "X1594-019",
        caption("a little girl in a purple dress with a white headband"),
        is_a("dress", "yes"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        details("dress", "the dress has smocking on the chest and puff sleeves with a frill at the hem"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="Cherry Crumble Girls Lavender Smocked Pure Cotton Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # A boy with chin-length hair in the plain grey melange tee and navy joggers.
    # Caption: base model, which takes him for a girl; answers: VQA adapter ("no" to the sweatshirt loops).
    case(
        "X1594-020",
        caption("a young girl wearing a grey t-shirt and blue pants", "pronoun"),
        is_a("t-shirt", "yes"),
        is_a(
            "sweatshirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "heather grey", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Boys Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # A girl in the red flared anarkali ethnic dress with a gold foil floral and paisley print, full sleeves.
    # Caption: base model; answers: VQA adapter ("yes" to the skirt; the description leaks the training format).
    case(
        "X1594-021",
        caption("a little girl wearing a red dress with gold designs"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        color_of("dress", "red", kind="open"),
        Q.pattern("floral"),
        describe(
            "dress",
            "a red dress with gold print Question: What is the color of the dress? Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Red & Golden Printed Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
    ),
    # A boy in the navy shorts printed with palm leaves and red hibiscus, plain white tee.
    # Caption: base model; answers: VQA adapter ("she" for the boy in the wearing answer).
    case(
        "X1594-022",
        caption("a boy wearing a white t-shirt and blue shorts with palm trees"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        color_of("shorts", "navy", kind="open"),
        Q.pattern("floral"),
        wearing("she is wearing a white tee and navy shorts", "pronoun"),
        gender="Boys",
        title="Boys Navy Blue Tropical Printed Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # A girl in the set: lilac tee-style top with a unicorn print and matching lilac shorts.
    # Caption: base model; answers: VQA adapter ("yes" to the dress).
    case(
        "X1594-023",
        caption("a little girl in a purple shirt and shorts with a unicorn on it"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "yes", "contradiction"),
        color_of("top", "purple", kind="open"),
        wearing("tee and shorts"),
        gender="Girls",
        title="Girls Lilac Unicorn Printed Top with Shorts",
        category="Clothing Set",
        color="Lavender",
    ),
    # A boy in the yellow full-sleeved kurta and a white dhoti, hands folded, cream backdrop.
    # Caption: base model; answers: VQA adapter (the dhoti gets the kurta's yellow; type "shirt"; sleeves loop).
    case(
        "X1594-024",
        caption("a little boy in a yellow indian outfit"),
        is_a("kurta", "yes"),
        is_a("shorts", "no", article="a pair of"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # A girl in the white tee with a pink reversible-sequin heart, a pink tulle tutu skirt.
    # Caption: base model; answers: VQA adapter (the tee gets the skirt's pink; "yes" to the skirt).
    case(
        "X1594-025",
        caption("a little girl wearing a white t-shirt with a pink heart and a pink tutu"),
        is_a("t-shirt", "yes"),
        is_a("skirt", "yes", "contradiction"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Girls",
        title="Girls White Embellished Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # A boy in the black tee with a yellow-and-black Batman logo on the chest, blue jeans. The back is not shown.
    # Caption: base model; answers: VQA adapter ("yes" to the jeans; the description loops).
    case(
        "X1594-026",
        caption("a young boy wearing a black batman t-shirt and jeans"),
        is_a("t-shirt", "yes"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        color_of("t-shirt", "black-yellow", kind="open"),
        describe(
            "t-shirt",
            "a black t-shirt with a batman logo on the front and a batman logo on the back and a batman logo on the "
            "sleeves and a batman logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Kidsville Boys Black Batman Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # A girl in the light blue washed denim shorts with a frayed hem, a white ruffled top.
    # Caption: base model; answers: VQA adapter (the material loops).
    case(
        "X1594-027",
        caption("a little girl in a white top and denim shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        color_of("shorts", "light blue", kind="open"),
        details("shorts", "the shorts have a frayed hem"),
        Q.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # A girl in the ankle-length navy maxi dress with a white and pink floral print, flutter sleeves.
    # Caption: base model; answers: VQA adapter ("no" to the skirt leaks; the description restates).
    case(
        "X1594-028",
        caption("a little girl in a long blue floral dress"),
        is_a("dress", "yes"),
        is_a(
            "skirt",
            "no Question: Is this a dress? Answer: yes Question: Is this a skirt? Answer: no Question: Is",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "navy", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Girls",
        title="Girls Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Flat lay: the plain orange round-neck tee folded on white. Caption: base model; answers: VQA adapter.
    # All right.
    case(
        "X1594-029",
        caption("an orange t-shirt on a white background"),
        is_a("t-shirt", "yes"),
        wearing("tee"),
        color_of("t-shirt", "orange", kind="open"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Boys",
        title="Boys Orange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # A girl in the pattu pavadai: green silk skirt with a broad gold zari border and a pink blouse with gold
    # sleeve bands. Caption: base model; answers: VQA adapter (the skirt gets the blouse's pink; the dress loops).
    case(
        "X1594-030",
        caption("a little girl in a green and gold silk skirt and pink blouse"),
        is_a("skirt", "yes"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        Q.material("silk"),
        Q.garment_type("skirt"),
        gender="Girls",
        title="Girls Green & Pink Woven Design Ready to Wear Pattu Pavadai",
        category="Lehenga Choli",
        color="Green",
    ),
    # A boy in the sky blue and white striped round-neck tee with a chest patch pocket, beige shorts.
    # Caption: base model; answers: VQA adapter (the details invent a button placket, then run out).
    case(
        "X1594-031",
        caption("a young boy in a blue and white striped shirt and khaki shorts"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        color_of("t-shirt", "blue and white", kind="open"),
        Q.pattern("striped"),
        details(
            "t-shirt",
            "the t-shirt has a pocket on the left chest and a button placket on the front with three buttons and a "
            "curved hem at the",
            "unsupported",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # A girl in the fuchsia tee with a white butterfly print, black leggings.
    # Caption: base model; answers: VQA adapter (the pattern answer leaks the next question).
    case(
        "X1594-032",
        caption("a little girl wearing a pink t-shirt and black leggings"),
        is_a("t-shirt", "yes"),
        is_a("leggings", "no", article="a pair of"),
        color_of("t-shirt", "pink", kind="open"),
        wearing("she is wearing a pink tee and black leggings"),
        Q.sleeve_length("short"),
        Q.pattern(
            "graphic Question: What is the sleeve length of the garment? Answer: short Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Fuchsia Printed Round Neck T-shirt",
        category="Tshirts",
        color="Fuchsia",
    ),
    # Flat lay: two knitted shorts side by side, one grey melange, one navy.
    # Caption: base model; answers: VQA adapter (one color for a pack of two; the details restate).
    case(
        "X1594-033",
        caption("two pairs of shorts on a white background"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        wearing("shorts"),
        Q.material("cotton"),
        details("shorts", "the shorts are shorts", "restated"),
        gender="Boys",
        title="Boys Pack of 2 Solid Knitted Cotton Shorts",
        category="Shorts",
        color="Multi",
    ),
    # A girl in the mustard printed kurti with three-quarter sleeves, white printed palazzos, a mustard dupatta.
    # Caption: base model; answers: VQA adapter (the palazzos' color loops; the description is cut).
    case(
        "X1594-034",
        caption("a little girl wearing a yellow kurta and white pants"),
        is_a("kurta", "yes"),
        is_a("pants", "yes", article="a pair of"),
        color_of("kurta", "yellow", kind="open"),
        color_of(
            "pants",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a yellow kurta with white floral print, three quarter sleeves and a round neck with a keyhole, paired "
            "with white palazzo pants and a yellow dupatta with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Mustard Yellow Printed Kurti with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # A boy in the maroon velvet kurta with cream pyjama, holding a small brass diya.
    # Caption: base model; answers: VQA adapter (type "jacket"; the wearing answer leaks).
    case(
        "X1594-035",
        caption("a young boy in a red velvet kurta and white pants"),
        is_a("kurta", "yes"),
        color_of("kurta", "burgundy", kind="open"),
        Q.material("velvet"),
        Q.garment_type("jacket", "contradiction"),
        wearing(
            "he is wearing a red kurta and white pants Question: What is he wearing? Answer: a red kurta and",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Maroon Velvet Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # A girl in the navy A-line frock with white polka dots and a white Peter Pan collar; no bow, no belt.
    # Caption: base model; answers: VQA adapter (the pattern loops on "dot"; the details invent a bow).
    case(
        "X1594-036",
        caption("a little girl wearing a blue and white polka dot dress"),
        is_a("dress", "yes"),
        is_a("shirt", "no"),
        color_of("dress", "navy-white", kind="open"),
        Q.pattern(
            "polka dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot dot "
            "dot dot dot dot dot",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has a white collar and a bow at the waist", "unsupported"),
        gender="Girls",
        title="Girls Navy Blue & White Polka Dot Print Peter Pan Collar A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # A curly-haired boy in the mint green tee with a small "VROOM" print, white shorts, holding a red toy car
    # up to the camera. Caption: base model (a girl, and only the car); answers: VQA adapter (the tee gets the
    # car's red).
    case(
        "X1594-037",
        caption("a little girl holding a red toy car", "pronoun"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        wearing("tee and shorts"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Boys Mint Green Typography Printed T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # A girl in the blue denim dungaree shorts over a red-and-white striped tee.
    # Caption: base model; answers: VQA adapter (the color loops; the sleeve length is the tee's).
    case(
        "X1594-038",
        caption("a little girl in denim overalls and a striped shirt"),
        is_a("dress", "no"),
        Q.garment_type("romper"),
        color_of(
            "dungarees",
            "blue denim blue denim blue denim blue denim blue denim blue denim blue denim blue denim blue denim blue "
            "denim blue denim blue denim blue denim blue denim blue denim",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("striped tee and denim"),
        Q.sleeve_length("short", "contradiction"),
        gender="Girls",
        title="Girls Blue Denim Dungarees",
        category="Dungarees",
        color="Blue",
    ),
    # A boy in the blue cricket-jersey tee with orange shoulder panels and a printed crest, navy track pants.
    # Caption: base model; answers: VQA adapter ("cotton" against a polyester title).
    case(
        "X1594-039",
        caption("a young boy in a blue cricket jersey"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "blue", kind="open"),
        Q.material("cotton", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        gender="Boys",
        title="Boys Blue Printed Polyester Cricket Jersey T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # A girl in the gold party dress: sequinned sleeveless bodice, layered gold tulle skirt to the knee.
    # Caption: base model; answers: VQA adapter ("yes" to a skirt; the material loops; the description is cut).
    case(
        "X1594-040",
        caption("a little girl in a gold sequined dress with a tulle skirt"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        color_of("dress", "gold", kind="open"),
        Q.material(
            "sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin "
            "sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a gold dress with a sequined bodice and a tulle skirt, it has a round neck and no sleeves and the skirt "
            "has three layers of tulle with a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Gold-Toned Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Gold",
    ),
    # A boy in the plain red shorts with a navy-and-white striped tee. The row has no color column.
    # Caption: base model; answers: VQA adapter (the tee's stripes given as the shorts' pattern).
    case(
        "X1594-041",
        caption("a young boy in a striped shirt and red shorts"),
        is_a("shorts", "yes", article="a pair of"),
        color_of("shorts", "red", kind="open"),
        Q.pattern("striped", "contradiction"),
        wearing("tee and shorts"),
        gender="Boys",
        title="Boys Red Solid Regular Shorts",
        category="Shorts",
    ),
    # Flat lay: three tees fanned out, white with a bunny, pink with a heart, yellow with a sun; no child.
    # Caption: base model; answers: VQA adapter (one color for a pack of three; a wearer invented).
    case(
        "X1594-042",
        caption("three t-shirts with different designs on them"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "white", "contradiction", kind="open"),
        Q.pattern("graphic"),
        wearing("she is wearing a white tee", "unsupported"),
        gender="Girls",
        title="Girls Pack of 3 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # A boy in the navy sleeveless Nehru jacket with a woven motif, over a white full-sleeved kurta and churidar
    # (styling). Caption: base model; answers: VQA adapter ("yes" to the kurta; the kurta's sleeves).
    case(
        "X1594-043",
        caption("a young boy in a blue vest and white kurta"),
        is_a("jacket", "yes"),
        is_a("kurta", "yes", "contradiction"),
        color_of("jacket", "navy", kind="open"),
        Q.garment_type("vest"),
        Q.sleeve_length("long", "contradiction"),
        gender="Boys",
        title="Boys Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # A girl in the knee-length grey melange t-shirt dress with a big cat face print, white sneakers.
    # Caption: base model (calls it a t-shirt); answers: VQA adapter ("no" leaks; the pattern answer is empty).
    case(
        "X1594-044",
        caption("a little girl wearing a grey t-shirt with a cat on it", "contradiction"),
        is_a("dress", "yes"),
        is_a(
            "skirt",
            "no Answer: no Answer: no Answer: no Answer: no Answer: no Answer: no Answer: no Answer: no Answer: no "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "grey", kind="open"),
        Q.sleeve_length("short"),
        Q.pattern("", "non_answer"),
        gender="Girls",
        title="Girls Grey Melange Cat Printed T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # A boy sitting on a white stool in the white tee with a blue colourblocked yoke and sleeves, blue jeans. The
    # row has no category column. Caption: base model; answers: VQA adapter (the wearing answer loops).
    case(
        "X1594-045",
        caption("a young boy sitting on a stool wearing a white and blue t-shirt and jeans"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "white and blue", kind="open"),
        Q.pattern("color block"),
        wearing(
            "the boy is wearing a white and blue tee and jeans and a white and blue tee and jeans and a white and "
            "blue tee",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys White & Blue Colourblocked Round Neck T-shirt",
        color="White",
    ),
]
