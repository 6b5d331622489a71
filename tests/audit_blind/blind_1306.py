"""BLIND_1306 (45 products; Myntra kids' wear, VQA adapter, yes/no questions): written blind in the sixty-third session.
Measured blind at 0a90725 (the session's third rules): 64/73 failures found (87.7%) and 16/222 correct texts flagged
(7.2%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta sets, lehenga cholis, a few
t-shirt-and-shorts sets, tops and a dungaree set). The feed's columns are kept as Myntra has them: title (the product
display name), category (the articleType: Tshirts, Shorts, Dresses, Kurta Sets, Lehenga Choli, Clothing Set, Tops),
color (the baseColour: Navy Blue, Grey Melange, Off White, Multi...) and gender (Boys / Girls); one column is missing
now and then, as in the real export. Photos are the catalog's usual first image: a child on a plain white or pastel
backdrop wearing the product with other clothes (shorts under a tee, a tee over shorts, jeans, leggings), sometimes a
flat lay, one back view, a few props (balloon, football, skateboard, sunflower).
Who wrote what: the job maps one adapter per question. Captions come from the untuned Salesforce/blip2-opt-2.7b (no
prompt, 50 new tokens, greedy): short, fluent, they stop by themselves, and their errors are the base model's
(a boy read as a girl, a kurta called a dress). Every question is answered by the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA on the same base, 8-bit, prompt "Question: <q> Answer:", greedy, 30 new tokens,
decoded with special tokens skipped. Because the adapter learned to emit padding after a short answer, most yes/no
and color answers come back clean ("yes", "navy"); the longer open answers (describe, details, wearing) have no
learned stop and loop or get cut at the limit, and now and then the adapter goes on with the training template
("... Question: ... Answer: ..."). Its vocabulary is the In-shop one (tee, blouse, dress, shorts, romper, vest,
heather grey, pure color, graphic, lattice): it does not know kurta or lehenga and often answers "no" to them, and
it answers yes/no about whatever garment is in the photo, not the product (a tee's photo with shorts in it gets
"yes" to "Is this a pair of shorts?").
Labeling conventions and judgement calls: each text is judged against the photo I imagined (the comment above each
case) and the title. A yes/no answer that is wrong for the product is a contradiction, even where the photo shows
that other garment. A color answer that gives another garment's color (the shorts', the jeans') is
other_garment_color; a prop's color (a balloon) is contradiction. A kurta or lehenga called a "dress" (caption,
garment type or "yes" to "Is this a dress?") is contradiction; "blouse" for a kurta too. A lehenga answered "yes" to
"Is this a skirt?" is correct (it is one). For sets (kurta sets, t-shirt-with-shorts sets) any piece of the set is
the product: "yes" to shorts for a tee-and-shorts set is correct, and a color that is one piece's own color is not
marked. Near hues are not marked (cream read as white, peach as pink, coral as orange, maroon as red in a caption);
"heather grey" for Grey Melange and "denim" as the color of denim are correct. "A young boy" / "a little girl" are
fine; a boy called a girl or "she" is pronoun. A material that contradicts the title (cotton for velvet, chiffon for
tulle) is contradiction; a material or detail the photo and title do not support and that is false for the product
(a chest pocket that is not there, rayon for a cotton set) is unsupported. An answer that ran to the 30-token limit
is hit_limit=True and labelled by what went wrong (loop when it repeats, leak when the template appears, cut when it
just stops mid-phrase). An empty answer or the question's words back is non_answer / restated. A caption that is
correct but names no garment ("a young boy holding a skateboard") is not marked. "Answer: no" is marked leak even
though "no" is right. About a quarter of the texts are wrong: the base captions are mostly right, the adapter's
one-word answers often are, and its long answers seldom are.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

_YES30 = " ".join(["yes"] * 30)
_NO30 = " ".join(["no"] * 30)

BLIND_1306 = [
    # Photo: boy on a white backdrop, navy round-neck tee with a green dinosaur print, light grey knit shorts,
    # white sneakers. Caption: untuned base; answers: VQA adapter (the grey shorts get the tee's navy).
    case(
        "X1306-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        Q.color("navy"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        wearing("he is wearing a navy tee and navy shorts", "other_garment_color"),
        gender="Boys",
        title="YK Boys Navy Blue Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl on a pastel pink backdrop, pink sleeveless fit-and-flare frock with small white flowers and a fabric
    # tie at the waist, white sandals. Caption: untuned base; answers: VQA adapter (the sleeve answer is wrong only by
    # the photo; the description ran to the limit).
    case(
        "X1306-002",
        caption("a little girl in a pink dress standing in front of a pink wall"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.pattern("floral"),
        wearing("dress"),
        describe(
            "dress",
            "the dress is a pink floral dress with a round neckline and a flared skirt and a bow at the waist and "
            "the skirt is flared and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cherry Crumble by Nitt Hyman Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy, plain white tee worn loose over olive cotton shorts with a drawstring waist and side pockets.
    # Caption: untuned base; answers: VQA adapter.
    case(
        "X1306-003",
        caption("a young boy in a white shirt and green shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("shorts", "olive"),
        Q.color("white", "other_garment_color"),
        details("shorts", "the shorts have a drawstring waist and two side pockets"),
        Q.material("cotton"),
        gender="Boys",
        title="Gini and Jony Boys Olive Solid Regular Fit Cotton Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: boy, cream knee-length kurta with a mandarin collar, maroon pyjamas, brown mojaris, beige backdrop.
    # Caption: untuned base; answers: VQA adapter (it does not know "kurta").
    case(
        "X1306-004",
        caption("a young boy wearing a white kurta and red pants"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "no"),
        Q.color("cream"),
        Q.garment_type("blouse", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: flat lay on white, yellow tee with a grey cat print, no person. Caption: untuned base; answers: VQA
    # adapter ("tee" to the wearing question on a flat lay is fine; the tee has short sleeves, not none).
    case(
        "X1306-005",
        caption("a yellow t-shirt with a picture of a cat on it"),
        wearing("tee"),
        is_a("t-shirt", "yes"),
        is_a("dress", _YES30, "loop", hit_limit=True),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        gender="Girls",
        title="H&M Girls Yellow Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: toddler boy, blue-and-white horizontally striped tee and navy shorts (both in the set), white backdrop.
    # Caption: untuned base; answers: VQA adapter (the tee's color is given as the shorts' navy).
    case(
        "X1306-006",
        caption("a baby boy wearing a striped shirt and blue shorts"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        color_of("t-shirt", "navy", "other_garment_color"),
        Q.pattern("striped"),
        wearing("he is wearing a striped tee and navy shorts"),
        gender="Boys",
        title="Babyhug Boys Blue & White Striped T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: girl, red-and-white gingham A-line dress with short puff sleeves, white tights, black shoes. Gender
    # column missing in the feed. Caption: untuned base; answers: VQA adapter (details loops).
    case(
        "X1306-007",
        caption("a little girl in a red and white checkered dress"),
        is_a("dress", "yes"),
        is_a("top", "no"),
        Q.pattern("lattice"),
        Q.color("red-white"),
        Q.sleeve_length("short-sleeve"),
        details(
            "dress",
            "the dress has a round neckline, puff sleeves, the sleeves, the neckline, the sleeves, the neckline, "
            "the sleeves, the neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls Red Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: girl, pink flared lehenga with gold border, gold embroidered blouse, sheer pink dupatta over one shoulder.
    # Product page: net lehenga, satin blouse. Caption: untuned base; answers: VQA adapter.
    case(
        "X1306-008",
        caption("a little girl in a pink and gold indian outfit"),
        is_a("lehenga", "no", "contradiction"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("pink"),
        Q.material("silk", "unsupported"),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy, white pique polo tee with a small navy logo, blue jeans, white backdrop. Caption: untuned base;
    # answers: VQA adapter (details cut at the limit).
    case(
        "X1306-009",
        caption("a young boy in a white polo shirt and jeans"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        Q.color("white"),
        Q.garment_type("polo shirt"),
        details(
            "t-shirt",
            "the t-shirt has a polo collar with a two button placket and a small logo on the chest and the sleeves "
            "have a ribbed hem and the collar is",
            "cut",
            hit_limit=True,
        ),
        wearing("tee and denim"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl, white tee with a small print, lavender shorts, shot cropped at the knees. Caption: untuned base;
    # answers: VQA adapter.
    case(
        "X1306-010",
        caption("a girl wearing a white shirt and purple shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        color_of("shorts", "white", "other_garment_color"),
        Q.color("lavender"),
        wearing("she is wearing a white tee and purple shorts"),
        describe("shorts", "the shorts are short", "restated"),
        gender="Girls",
        title="max Girls Lavender Solid Regular Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Photo: girl, yellow knee-length kurta with small white flowers and three-quarter sleeves, white palazzos.
    # Caption: untuned base (calls the kurta a dress); answers: VQA adapter.
    case(
        "X1306-011",
        caption("a little girl in a yellow dress and white pants", "contradiction"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("floral"),
        Q.color("yellow"),
        Q.material("cotton"),
        gender="Girls",
        title="Biba Girls Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy, grey melange tee with "BE AWESOME" printed in black, black joggers. Caption: untuned base; answers:
    # VQA adapter (the description goes on with the training template).
    case(
        "X1306-012",
        caption("a young boy wearing a grey t-shirt that says be awesome"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.color("heather grey"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "heather grey Question: What is the color of the tee? Answer: heather grey Question: What is the color "
            "of the tee? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Pantaloons Junior Boys Grey Melange Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: girl turned three-quarters, navy shirt dress with small white polka dots, collar, button placket, tie
    # belt, no pockets; she holds a red balloon. Caption: untuned base; answers: VQA adapter (the color is the
    # balloon's; the dots are small and read as plain).
    case(
        "X1306-013",
        caption("a little girl in a blue dress holding a red balloon"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("red", "contradiction"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details(
            "dress",
            "the dress has a collar, buttons down the front, a belt at the waist and two pockets",
            "unsupported",
        ),
        gender="Girls",
        title="Allen Solly Junior Girls Navy Blue Polka Dot Print Shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: girl, peach top with a white bunny print and mint green shorts (both in the set). Caption: untuned base;
    # answers: VQA adapter (one color for both pieces in the wearing answer).
    case(
        "X1306-014",
        caption("a little girl wearing a pink shirt and green shorts"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "yes", article="a pair of"),
        Q.color("peach"),
        wearing("she is wearing a peach tee and peach shorts", "other_garment_color"),
        gender="Girls",
        title="Hopscotch Girls Peach Printed Top with Shorts",
        category="Clothing Set",
        color="Peach",
    ),
    # Photo: boy, black tee with an orange tiger face print, mid-blue denim shorts. Color column missing in the feed.
    # Caption: untuned base; answers: VQA adapter (black given to the shorts too; denim is the shorts' fabric).
    case(
        "X1306-015",
        caption("a young boy wearing a black t-shirt with a tiger on it"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        Q.color("black"),
        color_of("shorts", "black", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Boys",
        title="UrbanCrew Kids Boys Black Printed Round Neck T-shirt",
        category="Tshirts",
    ),
    # Photo: boy, white kurta under a navy Nehru jacket, white churidar, all three in the set. Caption: untuned base;
    # answers: VQA adapter ("white" is the kurta's own color, part of the set: not marked).
    case(
        "X1306-016",
        caption("a young boy wearing a blue vest and white pants"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("white"),
        wearing("vest and pants"),
        Q.sleeve_length("long-sleeve"),
        gender="Boys",
        title="Aj Dezines Boys Navy Blue & White Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl, mustard sleeveless top with ruffles at the shoulders, blue jeans. Caption: untuned base; answers:
    # VQA adapter.
    case(
        "X1306-017",
        caption("a little girl in a yellow top and blue jeans"),
        is_a("dress", "no"),
        is_a("top", "yes"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        color_of("jeans", "mustard", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is mustard with ruffles on the shoulders and a round neckline"),
        gender="Girls",
        title="Tiny Girl Mustard Yellow Ruffled Sleeveless Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: back view, boy in a red-and-navy striped round-neck tee (no pocket anywhere) and khaki shorts. Caption:
    # untuned base; answers: VQA adapter (the chest pocket is invented, and cannot be seen from the back anyway).
    case(
        "X1306-018",
        caption("the back of a young boy wearing a red and blue striped shirt"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        Q.pattern("striped"),
        Q.color("red"),
        details("t-shirt", "the t-shirt has a round neckline, short sleeves and a pocket on the chest", "unsupported"),
        gender="Boys",
        title="Mothercare Boys Red Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl, teal velvet fit-and-flare party dress with long sleeves, black shoes. Caption: untuned base;
    # answers: VQA adapter (material contradicts the title).
    case(
        "X1306-019",
        caption("a little girl in a green velvet dress"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("teal"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        wearing("dress"),
        gender="Girls",
        title="Naughty Ninos Girls Teal Green Solid Velvet Fit and Flare Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: boy, yellow tee, washed blue denim shorts, sneakers. Caption: untuned base; answers: VQA adapter.
    case(
        "X1306-020",
        caption("a young boy wearing a yellow shirt and blue shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        Q.color("yellow", "other_garment_color"),
        color_of("shorts", "denim"),
        details("shorts", "shorts", "non_answer"),
        Q.material("denim"),
        gender="Boys",
        title="Allen Solly Junior Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: flat lay, white tee with a navy sailboat print beside navy shorts (the set), no person. Caption: untuned
    # base; answers: VQA adapter (it answers the wearing question as if someone wore them: fine).
    case(
        "X1306-021",
        caption("a white t-shirt and blue shorts on a white background"),
        wearing("the person is wearing a white tee and blue shorts"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", _NO30, "loop", hit_limit=True),
        Q.color("white-navy"),
        gender="Boys",
        title="Little Kangaroos Boys White & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Photo: girl, mustard yellow lehenga with floral embroidery, green blouse, green dupatta. Gender column missing.
    # Caption: untuned base; answers: VQA adapter (the skirt's color is the blouse's).
    case(
        "X1306-022",
        caption("a little girl in a yellow skirt and green top"),
        is_a("lehenga", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("skirt", "green", "other_garment_color"),
        Q.color("yellow"),
        Q.pattern("floral"),
        title="Pspeaches Girls Yellow & Green Embroidered Ready to Wear Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: girl, pink tee with a flip-sequin heart, blue denim skirt. Caption: untuned base; answers: VQA adapter
    # (yes to the skirt that is in the photo; "he").
    case(
        "X1306-023",
        caption("a little girl wearing a pink t-shirt with a heart on it"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("pink"),
        wearing("he is wearing a pink tee and a denim skirt", "pronoun"),
        gender="Girls",
        title="YK Girls Pink Sequinned Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: girl on a white backdrop, white broderie anglaise cotton sundress with shoulder straps. Caption: untuned
    # base; answers: VQA adapter (the description loops).
    case(
        "X1306-024",
        caption("a little girl in a white dress"),
        is_a("dress", "yes"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        describe(
            "dress",
            "the dress is a white dress with a white dress with a white dress with a white dress with a white dress "
            "with a white dress with a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="H&M Girls White Broderie Anglaise Cotton Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: boy, maroon silk-blend kurta with a mandarin collar and gold buttons, gold churidar. Caption: untuned
    # base; answers: VQA adapter (the pants are gold, not maroon; details loops).
    case(
        "X1306-025",
        caption("a young boy in a red and gold outfit"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        color_of("pants", "maroon", "other_garment_color"),
        Q.material("silk"),
        details(
            "kurta",
            "the kurta has a mandarin collar, gold buttons, and the sleeves are long and the sleeves are long and the "
            "sleeves are long and the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Sojanya Boys Maroon & Gold Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: boy, green henley tee with a three-button placket, beige chinos, a football under his arm. Caption:
    # untuned base (names no garment: correct); answers: VQA adapter (the description is cut).
    case(
        "X1306-026",
        caption("a young boy holding a soccer ball"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        Q.color("green"),
        Q.garment_type("tee"),
        wearing("a green tee and khaki pants"),
        describe(
            "t-shirt",
            "the t-shirt is a green henley t-shirt with three buttons at the neck and short sleeves and the sleeves "
            "have a band at the hem and the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Gini and Jony Boys Green Solid Henley Neck Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl, sleeveless maxi dress in rainbow stripes, white backdrop. Caption: untuned base; answers: VQA
    # adapter ("Answer: no" is right but carries the template; long sleeves are not there).
    case(
        "X1306-027",
        caption("a little girl in a rainbow striped dress"),
        is_a("dress", "yes"),
        is_a("skirt", "Answer: no", "leak"),
        Q.color("multi"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Girls",
        title="Bella Moda Girls Multicoloured Striped Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: girl, white tee, coral cotton shorts with an elastic waist and a small bow. Color column missing.
    # Caption: untuned base; answers: VQA adapter (details came back empty).
    case(
        "X1306-028",
        caption("a young girl in a white shirt and orange shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("skirt", "no"),
        color_of("shorts", "coral"),
        Q.color("coral"),
        wearing("tee and shorts"),
        details("shorts", "", "non_answer"),
        gender="Girls",
        title="Hopscotch Girls Coral Solid Cotton Shorts",
        category="Shorts",
    ),
    # Photo: girl, lavender tee with a unicorn print, white leggings. Gender column missing. Caption: untuned base;
    # answers: VQA adapter (all right).
    case(
        "X1306-029",
        caption("a little girl wearing a purple shirt with a unicorn on it"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.color("lavender"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        title="Kids Ville Girls Lavender Unicorn Printed T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # Photo: girl, short green kurta with small ethnic block prints, green sharara, pink dupatta. Product page: cotton.
    # Caption: untuned base (kurta called a dress); answers: VQA adapter.
    case(
        "X1306-030",
        caption("a little girl in a green dress with a pink scarf", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        Q.color("green"),
        Q.material("rayon", "unsupported"),
        gender="Girls",
        title="Aks Kids Girls Green Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy, yellow tee with a black brand logo, black shorts. Caption: untuned base; answers: VQA adapter.
    case(
        "X1306-031",
        caption("a young boy in a yellow shirt and black shorts"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        is_a("dress", "no"),
        Q.color("yellow"),
        color_of("shorts", "yellow", "other_garment_color"),
        wearing("tee and shorts"),
        gender="Boys",
        title="Jack & Jones Junior Boys Yellow Brand Logo Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl, black cotton frock with white daisies and a white Peter Pan collar, white socks. Caption: untuned
    # base; answers: VQA adapter (details loops on the collar).
    case(
        "X1306-032",
        caption("a little girl in a black and white dress"),
        is_a("dress", "yes"),
        is_a("top", "no"),
        Q.color("black-white"),
        Q.pattern("floral"),
        details(
            "dress",
            "the dress has a white collar and the collar is white and the collar is white and the collar is white "
            "and the collar is white and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="StyleStone Girls Black & White Floral Print Cotton Frock",
        category="Dresses",
        color="Black",
    ),
    # Photo: boy, grey melange tee with a red car print, black track pants (the set). Caption: untuned base; answers:
    # VQA adapter (grey given to the black pants).
    case(
        "X1306-033",
        caption("a young boy wearing a grey shirt and black pants"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        is_a("dress", "no"),
        color_of("pants", "grey", "other_garment_color"),
        Q.color("heather grey"),
        Q.garment_type("tee"),
        gender="Boys",
        title="Bodycare Kids Boys Grey Melange & Black Printed T-shirt with Track Pants",
        category="Clothing Set",
        color="Grey Melange",
    ),
    # Photo: boy with shoulder-length hair, light blue long-sleeve tee with a dinosaur print, grey trousers. Caption:
    # untuned base (reads him as a girl); answers: VQA adapter (so does the wearing answer).
    case(
        "X1306-034",
        caption("a little girl in a blue shirt and grey pants", "pronoun"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("long-sleeve"),
        Q.color("blue"),
        Q.pattern("graphic"),
        wearing("she is wearing a blue tee and grey pants", "pronoun"),
        gender="Boys",
        title="Mothercare Boys Blue Dinosaur Print Long Sleeve T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: girl, red lehenga with a gold border at the hem, red blouse with gold embroidery, gold dupatta. Caption:
    # untuned base; answers: VQA adapter (the description is cut).
    case(
        "X1306-035",
        caption("a little girl in a red and gold indian outfit"),
        is_a("lehenga", "no", "contradiction"),
        is_a("skirt", "yes"),
        is_a("dress", "no"),
        Q.color("red"),
        describe(
            "lehenga",
            "the lehenga is red with a gold border at the hem and the blouse is red with gold embroidery on the "
            "sleeves and the dupatta is",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Fabclub Girls Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: boy, navy polo tee, khaki chino shorts with belt loops, button and zip fly, back pockets; he holds a
    # skateboard. Caption: untuned base (names no garment: correct); answers: VQA adapter (details loops).
    case(
        "X1306-036",
        caption("a young boy holding a skateboard"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        Q.color("navy", "other_garment_color"),
        color_of("shorts", "khaki"),
        details(
            "shorts",
            "the shorts have belt loops and a button closure and two pockets on the back and two pockets on the back "
            "and two pockets on the back and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Pantaloons Junior Boys Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: girl, peach tulle party dress with a sequinned bodice, layered tulle skirt and flutter sleeves. Caption:
    # untuned base; answers: VQA adapter (material contradicts the title; "yes" to skirt).
    case(
        "X1306-037",
        caption("a little girl in a pink tutu dress"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("peach"),
        Q.material("chiffon", "contradiction"),
        wearing("dress"),
        gender="Girls",
        title="Pink Chick Girls Peach-Coloured Tulle Party Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: girl, white tee with thin navy stripes, red shorts. Gender column missing. Caption: untuned base; answers:
    # VQA adapter (the garment color is the shorts').
    case(
        "X1306-038",
        caption("a little girl wearing a striped shirt and red shorts"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        wearing("striped tee and red shorts"),
        Q.material("cotton"),
        title="Marks & Spencer Girls White Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy in an all-white cotton kurta and pyjamas against a white wall. Caption: untuned base; answers: VQA
    # adapter (garment type from its In-shop vocabulary).
    case(
        "X1306-039",
        caption("a young boy in a white outfit standing in front of a white wall"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.color("white"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        Q.garment_type("dress", "contradiction"),
        gender="Boys",
        title="Fabindia Boys White Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: boy, plain orange round-neck tee, blue jeans, one hand in a pocket. Caption: untuned base; answers: VQA
    # adapter (the description goes on with the template).
    case(
        "X1306-040",
        caption("a young boy wearing an orange t-shirt and jeans"),
        is_a("t-shirt", "yes"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        Q.color("orange"),
        color_of("jeans", "denim"),
        Q.pattern("pure color"),
        describe(
            "t-shirt",
            "orange Question: Describe the t-shirt. Answer: orange Question: Describe the t-shirt. Answer: orange "
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Wrangler Boys Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: girl, yellow smocked sundress with thin straps and a ruffled hem, straw hat, holding a sunflower.
    # Caption: untuned base; answers: VQA adapter (all right).
    case(
        "X1306-041",
        caption("a little girl in a yellow dress holding a sunflower"),
        is_a("dress", "yes"),
        is_a("top", "no"),
        Q.color("yellow"),
        wearing("she is wearing a yellow dress and a straw hat"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has smocking at the chest and thin straps and a ruffled hem"),
        gender="Girls",
        title="Cutecumber Girls Yellow Solid Smocked A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: girl, pink tee under blue denim dungaree shorts (both in the set). Caption: untuned base; answers: VQA
    # adapter (dungaree shorts: "yes" to shorts is fair).
    case(
        "X1306-042",
        caption("a little girl wearing a pink shirt and blue overalls"),
        is_a("dress", "no"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes"),
        Q.color("blue"),
        wearing("tee and overalls"),
        Q.material("denim"),
        gender="Girls",
        title="Babyhug Girls Blue Denim Dungaree with Pink T-shirt",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: girl standing sideways, navy tee with a glitter star print, white shorts. Caption: untuned base; answers:
    # VQA adapter (a flat "no" to the t-shirt; the color is the shorts').
    case(
        "X1306-043",
        caption("a little girl in a blue shirt and white shorts"),
        is_a("t-shirt", "no", "contradiction"),
        is_a("dress", "no"),
        Q.color("white", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Allen Solly Junior Girls Navy Blue Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: boy, red sports tee, black polyester shorts with a white side stripe and a drawstring waist, sneakers.
    # Caption: untuned base; answers: VQA adapter (details loops).
    case(
        "X1306-044",
        caption("a young boy in a red shirt and black shorts"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("shorts", "black"),
        Q.color("black"),
        Q.material("polyester"),
        details(
            "shorts",
            "the shorts have an elasticated waist with a drawstring and a white stripe on the side and the shorts are "
            "black and the shorts are black and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl, maroon floor-length anarkali-style dress with gold ethnic prints all over and full sleeves.
    # Caption: untuned base; answers: VQA adapter (the gold print is read as plain; the description loops).
    case(
        "X1306-045",
        caption("a little girl in a red indian dress"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        Q.color("maroon"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("pure color", "contradiction"),
        describe(
            "dress",
            "the dress is maroon with gold print and long sleeves and a flared skirt and the dress is maroon with gold "
            "print and long sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Maroon Ethnic Motifs Printed Anarkali Dress",
        category="Dresses",
        color="Maroon",
    ),
]
