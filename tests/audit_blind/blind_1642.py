"""BLIND_1642 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-
seventh session. Measured blind at 0f3a531 (the session's first rules): 70/77 failures found (90.9%) and 14/200
correct texts flagged (7.0%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks listed as "Dresses", kurta sets,
lehenga cholis, a few tops and clothing sets). Most photos are the usual catalog shots: a child on a plain white or
grey backdrop wearing the product with other clothes (a tee over the shorts, jeans under the tee, churidar or
sharara under the kurta); now and then a flat lay (multi-packs, infant sets), a back view, or a prop (balloon,
basket, toy dinosaur, stool, sunglasses, a paper-flower wall). Catalog columns as the feed has them: title, category
(Myntra article type), color (Myntra base colour), gender ("Boys"/"Girls"); the unisex tee has no gender column.
Who wrote what: the caption is the untuned Salesforce/blip2-opt-2.7b with the adapter disabled (it stops on the
newline, so captions are short and never hit the 50-token limit). Every answer is the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA on the same base, prompt "Question: <q> Answer:", greedy, 30 new tokens. The job asks
"What is the child wearing?", the color of the listed garment, and two or three yes/no garment questions ("Is this a
dress?", "Is this a t-shirt?", "Is this a pair of shorts?", or "Is this a kurta?"/"Is this a lehenga?" for ethnic
wear), plus pattern, sleeve length or material on some items. The adapter often stops after a short answer (it still
emits the newline now and then), leans towards "yes", and otherwise runs on: loops, leaks the next "Question: ...
Answer:", or runs to the 30-token limit mid-phrase; about one answer in nine does not stop.
Its open answers use In-shop class words (tee, blouse, denim, skirt) and vendor-style colors (navy-white, Mustard).
Labeling conventions and judgement calls: "Is this a X?" is about the listed product, so "yes" to a garment that
is only worn with it (the tee over listed shorts) is a contradiction, and "no" to the listed garment is one too.
Calling a kurta set or lehenga a "dress" (caption or answer) is a contradiction with the title; "indian outfit" and
"skirt, blouse, scarf" for a lehenga are left unmarked. A neighbouring shade is not marked (cream->white,
peach->coral or pink, charcoal->grey, lavender->purple, sea green->teal, maroon->red, off white->white); one colour
of a two-colour striped tee is not marked either, but one colour for a pack of three differently coloured shorts
is a contradiction. The color of a garment worn with the product given as the product's color is
other_garment_color. Material not in the title and not visible is unsupported. "boy" for a girl or "she" for a boy
is pronoun. A loop or leak that ran to 30 tokens is labeled loop/leak with hit_limit; a plain answer cut at the limit
mid-phrase is cut. An empty answer or "the child is wearing" is non_answer; an answer that only echoes the question
is restated. Flat lays: "tee" or "dress" for "What is the child wearing?" is left unmarked (it names the product).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
CHILD = "the child"


def shorts_q(text, failure=None, hit_limit=False):
    return is_a("shorts", text, failure, hit_limit, article="a pair of")


BLIND_1642 = [
    # Photo: boy (~6) in a navy tee with a white Mickey Mouse print, grey melange shorts, white backdrop.
    # Caption: base OPT-2.7b; answers: VQA adapter (wearing never stops and loops to the limit).
    case(
        "X1642-001",
        caption("a young boy wearing a navy blue t-shirt with mickey mouse on it"),
        wearing(
            "a graphic tee and shorts and a graphic tee and shorts and a graphic tee and shorts and a graphic tee "
            "and shorts and",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("t-shirt", "navy"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        shorts_q("no"),
        gender="Boys",
        title="YK Disney Boys Navy Blue Mickey Mouse Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl in a light pink sleeveless A-line dress with small white flowers, white sandals, holding a straw
    # hat, grey backdrop. Caption: base; answers: VQA adapter (wearing cut at the limit; "yes" to t-shirt).
    case(
        "X1642-002",
        caption("a little girl in a pink dress holding a hat"),
        wearing(
            "she is wearing a pink dress with white flowers on it and a straw hat in her hand and white sandals on "
            "her feet and",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        pattern("floral"),
        sleeve("sleeveless"),
        gender="Girls",
        title="H&M Girls Pink Floral Print Cotton Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in a white tee with a red chest stripe and grey melange knit shorts, side view.
    # Caption: base; answers: VQA adapter (shorts' color given as the tee's white).
    case(
        "X1642-003",
        caption("a boy in a white shirt and grey shorts"),
        wearing("a tee and shorts", who=CHILD),
        color_of("shorts", "white", "other_garment_color"),
        is_a("dress", "no"),
        shorts_q("yes"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Gini and Jony Boys Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: boy in a white polo with navy tipping on the collar, beige chinos, hands in pockets.
    # Caption: base; answers: VQA adapter (wearing loops; it does not count a polo as a t-shirt, the title does).
    case(
        "X1642-004",
        caption("a young boy in a white polo shirt and khaki pants"),
        wearing(
            "polo shirt and khaki pants and a white polo shirt and khaki pants and a white polo shirt and khaki "
            "pants and",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("t-shirt", "white-navy"),
        is_a("dress", "no"),
        is_a("t-shirt", "no", "contradiction"),
        sleeve("short-sleeve"),
        gender="Boys",
        title="Allen Solly Junior Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a yellow-and-white striped sleeveless A-line dress, white backdrop, front view.
    # Caption: base; answers: VQA adapter (color loops to the limit).
    case(
        "X1642-005",
        caption("a little girl in a yellow and white striped dress"),
        wearing("dress", who=CHILD),
        color_of(
            "dress",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        pattern("striped"),
        gender="Girls",
        title="max Girls Yellow & White Striped A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: flat lay of a red round-neck tee with an Avengers logo print, white background, no person.
    # Caption: base; answers: VQA adapter ("yes" to dress).
    case(
        "X1642-006",
        caption("a red t-shirt with the avengers logo on it"),
        wearing("tee", who=CHILD),
        color_of("t-shirt", "red"),
        is_a("dress", "yes", "contradiction"),
        is_a("t-shirt", "yes"),
        shorts_q("no"),
        gender="Boys",
        title="Kids Ville Boys Red Avengers Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl in a mustard kurta with green floral block print, green sharara, green dupatta over one shoulder.
    # Caption: base; answers: VQA adapter (takes the knee-length kurta for a dress twice).
    case(
        "X1642-007",
        caption("a little girl in a yellow and green outfit"),
        wearing("dress", "contradiction", who=CHILD),
        color_of("kurta", "Mustard"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        pattern("floral"),
        gender="Girls",
        title="Biba Girls Mustard Yellow & Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: boy in a cream self-design kurta with mandarin collar and cream pyjamas, plain backdrop.
    # Caption: base; answers: VQA adapter (cream read as white, not marked; the color answer loops).
    case(
        "X1642-008",
        caption("a young boy in a white kurta and white pants"),
        wearing("kurta pajama", who=CHILD),
        color_of(
            "kurta",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        sleeve("long-sleeve"),
        gender="Boys",
        title="Vastramay Boys Cream-Coloured Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl with a short bob in a white printed top tucked into light blue frayed denim shorts, side pose.
    # Caption: base (calls her a boy); answers: VQA adapter (wearing loops on the waist bow, which is real).
    case(
        "X1642-009",
        caption("a young boy in a white shirt and blue shorts", "pronoun"),
        wearing(
            "a white top and blue denim shorts with a bow on the waist and a bow on the waist and a bow on the "
            "waist and a bow",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("shorts", "light blue"),
        is_a("dress", "no"),
        shorts_q("yes"),
        material("denim"),
        gender="Girls",
        title="Naughty Ninos Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: boy in a black graphic tee and olive cargo shorts, white sneakers, no cap.
    # Caption: base; answers: VQA adapter (invents a cap; gives the tee's black to the shorts; "yes" to t-shirt).
    case(
        "X1642-010",
        caption("a young boy in a black t-shirt and green shorts"),
        wearing("graphic tee, cargo shorts and a cap", "unsupported", who=CHILD),
        color_of("shorts", "black", "other_garment_color"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes", "contradiction"),
        shorts_q("yes"),
        gender="Boys",
        title="United Colors of Benetton Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: flat lay of an infant set: white tee with a blue whale print and navy shorts.
    # Caption: base; answers: VQA adapter (tee given the shorts' navy).
    case(
        "X1642-011",
        caption("a white t-shirt and blue shorts with a whale on it"),
        wearing("tee and shorts", who=CHILD),
        color_of("t-shirt", "navy", "other_garment_color"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        shorts_q("yes"),
        gender="Boys",
        title="Mini Klub Boys White & Navy Blue Printed Pure Cotton T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Photo: girl in a red party frock, sequinned sleeveless bodice, layered tulle skirt, bow at the waist, holding a
    # red balloon. Caption: base; answers: VQA adapter (wearing loops; material invented: it is tulle).
    case(
        "X1642-012",
        caption("a little girl in a red dress holding a balloon"),
        wearing(
            "a red dress with a bow on the front and a red dress with a bow on the front and a red dress with a",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        material("cotton", "unsupported"),
        sleeve("sleeveless"),
        gender="Girls",
        title="Tiny Girl Girls Red Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: back view of a boy in a charcoal tee with "GAME ON" printed across the back, blue jeans.
    # Caption: base; answers: VQA adapter (back view: says the tee is not a t-shirt).
    case(
        "X1642-013",
        caption("the back of a boy wearing a grey t-shirt and jeans"),
        wearing("a tee and jeans", who=CHILD),
        color_of("t-shirt", "grey"),
        is_a("dress", "no"),
        is_a("t-shirt", "no", "contradiction"),
        pattern("graphic"),
        gender="Boys",
        title="Pantaloons Junior Boys Charcoal Grey Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: girl in a pink lehenga with a gold zari border, pink choli, pink net dupatta, front view.
    # Caption: base (a lehenga as "dress"); answers: VQA adapter (wearing runs to the limit; "yes" to dress).
    case(
        "X1642-014",
        caption("a little girl in a pink and gold dress", "contradiction"),
        wearing(
            "a pink lehenga with gold embroidery on the border and a pink blouse with gold embroidery on the sleeves "
            "and a pink dupatta with gold",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("lehenga", "pink"),
        is_a("dress", "yes", "contradiction"),
        is_a("lehenga", "yes"),
        is_a("kurta", "no"),
        gender="Girls",
        title="Aks Kids Girls Pink & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy in a white polo tee and navy chino shorts with a brown belt.
    # Caption: base; answers: VQA adapter (the shorts question loops on "yes").
    case(
        "X1642-015",
        caption("a young boy in a white polo shirt and blue shorts"),
        wearing("polo shirt and shorts", who=CHILD),
        color_of("shorts", "navy"),
        is_a("dress", "no"),
        is_a("t-shirt", "no"),
        shorts_q(
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: toddler girl sitting on a wooden stool in a peach frock with a white bunny print, puff sleeves and a
    # peter pan collar. Caption: base; answers: VQA adapter (peach read as pink/coral; t-shirt answer leaks).
    case(
        "X1642-016",
        caption("a little girl sitting on a stool in a pink dress"),
        wearing("dress", who=CHILD),
        color_of("dress", "Coral"),
        is_a("dress", "yes"),
        is_a(
            "t-shirt",
            "no Question: Is this a dress? Answer: yes Question: Is this a t-shirt? Answer: no Question: Is this",
            "leak",
            hit_limit=True,
        ),
        sleeve("short-sleeve"),
        pattern("graphic"),
        gender="Girls",
        title="Babyhug Girls Peach-Coloured Printed Cotton Frock",
        category="Dresses",
        color="Peach",
    ),
    # Photo: boy in a grey melange tee and black cotton lounge shorts, barefoot.
    # Caption: base; answers: VQA adapter (grey for the shorts; "no" to shorts; the t-shirt answer leaks).
    case(
        "X1642-017",
        caption("a boy in a grey shirt and black shorts"),
        wearing("tee, shorts", who=CHILD),
        color_of("shorts", "grey", "other_garment_color"),
        is_a("dress", "no"),
        shorts_q("no", "contradiction"),
        is_a(
            "t-shirt",
            "yes Question: Is this a pair of shorts? Answer: yes Question: Is this a dress? Answer: no Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jockey Boys Black Solid Cotton Lounge Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl in a lavender sleeveless ruffled top (peplum hem) and white shorts.
    # Caption: base; answers: VQA adapter (the peplum top taken for a dress).
    case(
        "X1642-018",
        caption("a little girl in a purple top and white shorts"),
        wearing("she is wearing a purple blouse and white shorts", who=CHILD),
        color_of("top", "purple"),
        is_a("dress", "yes", "contradiction"),
        is_a("t-shirt", "no"),
        sleeve("sleeveless"),
        gender="Girls",
        title="Hopscotch Girls Lavender Solid Ruffled Cotton Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: boy holding a toy dinosaur, green tee with a dinosaur print, navy joggers.
    # Caption: base; answers: VQA adapter (wearing stops after the subject; the t-shirt answer loops).
    case(
        "X1642-019",
        caption("a little boy holding a toy dinosaur"),
        wearing("the child is wearing", "non_answer", who=CHILD),
        color_of("t-shirt", "green"),
        is_a("dress", "no"),
        is_a(
            "t-shirt",
            "yes, it is a t-shirt with a dinosaur on it and a dinosaur on it and a dinosaur on it and a dinosaur on",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Boys",
        title="Marks & Spencer Boys Green Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl in an indigo knee-length A-line kurta with white floral block print, white palazzos.
    # Caption: base (kurta as dress); answers: VQA adapter (the same mistake twice).
    case(
        "X1642-020",
        caption("a young girl in a blue and white dress", "contradiction"),
        wearing("dress", "contradiction", who=CHILD),
        color_of("kurta", "blue"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        pattern("floral"),
        gender="Girls",
        title="Fabindia Girls Indigo Blue Printed Pure Cotton A-Line Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: boy in a mustard tee printed "BE KIND" in white letters, blue jeans, white backdrop.
    # Caption: base; answers: VQA adapter (wearing loops).
    case(
        "X1642-021",
        caption("a young boy wearing a yellow shirt that says be kind"),
        wearing(
            "a graphic tee and denim jeans and a graphic tee and denim jeans and a graphic tee and denim jeans and a",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("t-shirt", "Mustard"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        pattern("graphic"),
        gender="Boys",
        title="YK Boys Mustard Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: girl in a navy dress with white polka dots, white collar, short sleeves.
    # Caption: base; answers: VQA adapter (color leaks the prompt; "lattice" for dots).
    case(
        "X1642-022",
        caption("a little girl in a blue and white polka dot dress"),
        wearing("dress", who=CHILD),
        color_of(
            "dress",
            "navy-white Question: What is the color of the dress? Answer: navy-white Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        pattern("lattice", "contradiction"),
        sleeve("short-sleeve"),
        gender="Girls",
        title="Lil Tomatoes Girls Navy Blue & White Polka Dots Printed Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: girl in a white tee with a small pink print and pink heart-print shorts.
    # Caption: base; answers: VQA adapter ("he" for the girl; "yes" to the tee worn with the shorts).
    case(
        "X1642-023",
        caption("a little girl in a white t-shirt and pink shorts"),
        wearing("he is wearing a tee and shorts", "pronoun", who=CHILD),
        color_of("shorts", "pink"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes", "contradiction"),
        shorts_q("yes"),
        gender="Girls",
        title="Gini and Jony Girls Pink Heart Printed Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: boy in a maroon silk-blend kurta with gold buttons and a cream churidar.
    # Caption: base (maroon read as red, not marked); answers: VQA adapter (wearing right but cut at the limit).
    case(
        "X1642-024",
        caption("a young boy in a red kurta and white pants"),
        wearing(
            "he is wearing a maroon kurta with gold buttons on the front and a pair of cream churidar pants that "
            "are gathered at the ankles and",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        material("silk"),
        gender="Boys",
        title="Manyavar Boys Maroon Self-Design Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: back view of a girl in a green dress with a white leaf print and buttons down the back.
    # Caption: base; answers: VQA adapter (wearing loops).
    case(
        "X1642-025",
        caption("the back of a little girl's green dress"),
        wearing(
            "she is wearing a green dress with white leaves on it and a green dress with white leaves on it and a "
            "green dress with",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("dress", "green"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        material("organic cotton"),
        gender="Girls",
        title="Ed-a-Mamma Girls Green & White Printed Organic Cotton A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: flat lay of three pairs of shorts: navy, grey, red; no tee.
    # Caption: base; answers: VQA adapter (one color for the pack; "yes" to t-shirt; denim invented).
    case(
        "X1642-026",
        caption("three pairs of shorts on a white background"),
        wearing("shorts", who=CHILD),
        color_of("shorts", "navy", "contradiction"),
        is_a("dress", "no"),
        shorts_q("yes"),
        is_a("t-shirt", "yes", "contradiction"),
        material("denim", "unsupported"),
        gender="Boys",
        title="Bodycare Kids Boys Pack of 3 Assorted Solid Cotton Shorts",
        category="Shorts",
        color="Multi",
    ),
    # Photo: girl in a white tee with pink horizontal stripes and a blue denim skirt.
    # Caption: base; answers: VQA adapter ("yes" to dress).
    case(
        "X1642-027",
        caption("a little girl in a pink and white striped shirt and a denim skirt"),
        wearing("tee and skirt", who=CHILD),
        color_of("t-shirt", "pink"),
        is_a("dress", "yes", "contradiction"),
        is_a("t-shirt", "yes"),
        pattern("striped"),
        gender="Girls",
        title="Allen Solly Junior Girls White & Pink Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy in an open red-and-white check shirt over a white tee, blue denim shorts.
    # Caption: base; answers: VQA adapter (wearing leaks the next prompt; shirt's red given to the shorts).
    case(
        "X1642-028",
        caption("a young boy in a red and white checkered shirt and blue shorts"),
        wearing(
            "shirt and denim shorts Question: What is the color of the shorts? Answer: blue Question: What is the",
            "leak",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color"),
        is_a("dress", "no"),
        shorts_q("yes"),
        material("denim"),
        gender="Boys",
        title="Tales & Stories Boys Blue Solid Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: boy in a white kurta with gold embroidery at the placket, gold dhoti pants, gold mojaris.
    # Caption: base; answers: VQA adapter (the dhoti's gold given to the kurta; kurta answer leaks).
    case(
        "X1642-029",
        caption("a little boy in a white and gold outfit"),
        wearing("kurta and dhoti", who=CHILD),
        color_of("kurta", "gold", "other_garment_color"),
        is_a("dress", "no"),
        is_a(
            "kurta",
            "yes Question: What is the color of the kurta? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        sleeve("long-sleeve"),
        gender="Boys",
        title="Jashvi Boys White & Gold-Toned Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: girl holding a wicker basket, yellow sleeveless fit-and-flare dress with small red flowers.
    # Caption: base; answers: VQA adapter (dress question loops; sleeves wrong).
    case(
        "X1642-030",
        caption("a little girl in a yellow dress holding a basket"),
        wearing("dress", who=CHILD),
        color_of("dress", "yellow"),
        is_a(
            "dress",
            "yes, it is a dress. it is a dress. it is a dress. it is a dress. it is a dress. it is a",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        pattern("floral"),
        sleeve("short-sleeve", "contradiction"),
        gender="Girls",
        title="Peppermint Girls Yellow Floral Printed Cotton Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: boy in sunglasses, orange tee with a surfing print, white shorts.
    # Caption: base; answers: VQA adapter (color loops over the print's colors; shorts question echoed back).
    case(
        "X1642-031",
        caption("a young boy wearing sunglasses and an orange shirt"),
        wearing("tee and shorts", who=CHILD),
        color_of(
            "t-shirt",
            "orange-white-orange-white-orange-white-orange-white-orange-white-orange-white-orange-white-orange",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        shorts_q("is this a pair of shorts", "restated"),
        gender="Boys",
        title="Nauti Nati Boys Orange Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: unisex tee modeled by a boy: grey melange tee, blue shorts. The feed has no gender for it.
    # Caption: base; answers: VQA adapter ("he" is right by the photo; "yes" to the shorts worn with it).
    case(
        "X1642-032",
        caption("a little boy in a grey t-shirt and blue shorts"),
        wearing("he is wearing a grey t-shirt and blue shorts", who=CHILD),
        color_of("t-shirt", "heather grey"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        shorts_q("yes", "contradiction"),
        title="Kids Ville Kids Grey Melange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: girl in a green lehenga with a pink border, pink choli and pink dupatta draped over her head.
    # Caption: base; answers: VQA adapter (the choli's pink given to the lehenga; "yes" to kurta).
    case(
        "X1642-033",
        caption("a little girl in a green and pink indian outfit"),
        wearing("skirt, blouse, scarf", who=CHILD),
        color_of("lehenga", "pink", "other_garment_color"),
        is_a("dress", "no"),
        is_a("lehenga", "yes"),
        is_a("kurta", "yes", "contradiction"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: boy standing in a light blue tee with a small car print and matching blue striped shorts; no toy.
    # Caption: base (a toy car out of the print); answers: VQA adapter, all correct.
    case(
        "X1642-034",
        caption("a little boy in a blue shirt and blue shorts sitting on a toy car", "unsupported"),
        wearing("tee and shorts", who=CHILD),
        color_of("t-shirt", "light blue"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        shorts_q("yes"),
        gender="Boys",
        title="Mothercare Boys Blue Printed Pure Cotton T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: girl in a pink graphic tee and black knee-length cycling shorts, side pose.
    # Caption: base (cycling shorts as leggings); answers: VQA adapter (tee's pink given to the shorts).
    case(
        "X1642-035",
        caption("a little girl in a pink shirt and black leggings", "contradiction"),
        wearing("graphic tee and shorts", who=CHILD),
        color_of("shorts", "pink", "other_garment_color"),
        is_a("dress", "no"),
        shorts_q("yes"),
        gender="Girls",
        title="StyleStone Kids Girls Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl in a pink net party frock, sequinned bodice, layered tulle skirt, in front of a paper-flower wall.
    # Caption: base; answers: VQA adapter (empty sleeve answer: it emitted the newline first).
    case(
        "X1642-036",
        caption("a little girl in a pink dress standing in front of a flower wall"),
        wearing("dress", who=CHILD),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        material("net"),
        sleeve("", "non_answer"),
        gender="Girls",
        title="Pspeaches Girls Pink Embellished Net Fit and Flare Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: flat lay of two tees: white with a rocket print, navy with stars.
    # Caption: base; answers: VQA adapter ("yes" to dress).
    case(
        "X1642-037",
        caption("two t-shirts with space prints on them"),
        wearing("tee", who=CHILD),
        color_of("t-shirt", "white-navy"),
        is_a("dress", "yes", "contradiction"),
        is_a("t-shirt", "yes"),
        pattern("graphic"),
        gender="Boys",
        title="Cherry Crumble Boys Pack of 2 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: boy with shoulder-length hair in a yellow kurta and white pyjamas, a marigold garland as prop.
    # Caption: base (calls him a girl); answers: VQA adapter (wearing loops on "kurta pajama").
    case(
        "X1642-038",
        caption("a little girl in a yellow kurta and white pants", "pronoun"),
        wearing(
            "kurta pajama kurta pajama kurta pajama kurta pajama kurta pajama kurta pajama kurta pajama kurta",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        sleeve("long-sleeve"),
        gender="Boys",
        title="Sethukrishna Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: girl in a white tee with a gold glitter unicorn and light blue denim shorts.
    # Caption: base; answers: VQA adapter (shorts' blue for the tee; the shorts answer repeats the prompt).
    case(
        "X1642-039",
        caption("a little girl wearing a white t-shirt with a unicorn on it"),
        wearing("tee and denim shorts", who=CHILD),
        color_of("t-shirt", "blue", "other_garment_color"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        shorts_q("Question: Is this a pair of shorts? Answer: yes", "leak"),
        gender="Girls",
        title="YK Girls White Unicorn Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: back view of a boy in a plain white tee and blue-and-white checked cotton shorts.
    # Caption: base; answers: VQA adapter (wearing right but cut at the limit; empty answer to dress).
    case(
        "X1642-040",
        caption("the back of a boy in a white shirt and blue plaid shorts"),
        wearing(
            "the child is wearing a white t-shirt and a pair of blue and white checked shorts with an elastic "
            "waistband and two pockets on the",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("shorts", "blue-white"),
        is_a("dress", "", "non_answer"),
        shorts_q("yes"),
        pattern("lattice"),
        gender="Boys",
        title="Hopscotch Boys Blue & White Checked Cotton Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: girl in a flared off-white anarkali kurta with red floral print, red churidar, red dupatta round her
    # neck. Caption: base (anarkali as dress); answers: VQA adapter (wearing cut; dress yes, kurta no).
    case(
        "X1642-041",
        caption("a little girl in a white and red dress", "contradiction"),
        wearing(
            "the person is wearing a long white dress with red flowers on it and a red scarf around her neck and a "
            "pair of red leggings and a",
            "cut",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        pattern("floral"),
        gender="Girls",
        title="Biba Girls Off-White & Red Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: boy in a plain red round-neck tee and black track pants, arms crossed.
    # Caption: base; answers: VQA adapter ("no" to t-shirt; pattern echoes the question).
    case(
        "X1642-042",
        caption("a young boy in a red shirt with his arms crossed"),
        wearing("tee and pants", who=CHILD),
        color_of("t-shirt", "red"),
        is_a("dress", "no"),
        is_a("t-shirt", "no", "contradiction"),
        pattern("the pattern of the garment", "restated"),
        sleeve("short-sleeve"),
        gender="Boys",
        title="Jockey Boys Red Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: flat lay of a sea green frock with white daisies and puff sleeves, a matching hairband beside it.
    # Caption: base; answers: VQA adapter. All correct (sea green read as teal).
    case(
        "X1642-043",
        caption("a green dress with white flowers and a headband"),
        wearing("dress", who=CHILD),
        color_of("dress", "Teal"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        material("cotton"),
        pattern("floral"),
        gender="Girls",
        title="Tiny Girl Girls Sea Green Floral Print Cotton Frock with Hairband",
        category="Dresses",
        color="Sea Green",
    ),
    # Photo: boy in a navy polo and khaki chino shorts, white sneakers.
    # Caption: base; answers: VQA adapter (polo's navy given to the shorts; the t-shirt answer loops).
    case(
        "X1642-044",
        caption("a young boy in a blue polo shirt and tan shorts"),
        wearing("polo shirt and shorts", who=CHILD),
        color_of("shorts", "navy", "other_garment_color"),
        is_a("dress", "no"),
        shorts_q("yes"),
        is_a(
            "t-shirt",
            "no, it is a polo shirt. it is a polo shirt. it is a polo shirt. it is a polo shirt. it",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Allen Solly Junior Boys Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: girl in a short red kurta with gold neckline embroidery, red sharara with a gold border, gold dupatta.
    # Caption: base; answers: VQA adapter (wearing loops; the flared sharara taken for a lehenga).
    case(
        "X1642-045",
        caption("a little girl in a red and gold outfit"),
        wearing(
            "kurta and sharara and dupatta and sharara and dupatta and sharara and dupatta and sharara and dupatta",
            "loop",
            who=CHILD,
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        is_a("lehenga", "yes", "contradiction"),
        gender="Girls",
        title="Kinder Kids Girls Red & Gold-Toned Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
]
