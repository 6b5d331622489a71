"""BLIND_1234 (45 products; Myntra kids' wear, VQA adapter): written blind in the sixty-second session. Measured blind
at 4e431dc (the session's second rules): 70/81 failures found (86.4%) and 32/193 correct texts flagged (16.6%). The
writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta and lehenga sets, a few shirts,
night suits, a jumpsuit and dungarees). The photos are the catalog's usual shots: a child on a plain white or pastel
backdrop wearing the product with other clothes (a tee over shorts, a top over jeans), now and then a flat lay, a back
view, a waist-down crop, or a prop (football, teddy, straw hat, stool, sunglasses, potted plant). Columns as the feed
has them: title (brand first, Myntra style), category (the article type: Tshirts, Shorts, Dresses, Kurta Sets...),
color (the base colour) and gender (Boys / Girls); a few rows lack one of them.
Who wrote what: the caption is from the untuned base Salesforce/blip2-opt-2.7b (the job picks an adapter per question;
the base captions best), so captions are short and stop on their own. Every answer is from the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA, greedy, max 30 new tokens, stopping on a newline when it emits one. It answers with
In-shop class words (tee, graphic tee, blouse, dress, romper, denim, vest), leans towards "yes", knows no kurta from a
dress, often gives the colour of the clothes worn with the product, and, never having learned to stop, sometimes loops
or goes on with the next "Question: ... Answer:" of its training format until the limit. The "who" of the wearing
question follows the feed's gender column ("the child" where the feed has none).
Labeling conventions and judgement calls: judged by the photo I imagined and the title. The product is what the title
names; in a set, the piece the base colour names (the kurta, the top) is "the garment", so the colour of the bottom or
of the clothes worn with it, given for the garment, is other_garment_color. "Yes" to "Is this a pair of shorts?" for a
tee shown over shorts is a contradiction: the photo shows shorts, but the product is the tee. Calling a kurta or a
lehenga a "dress" (caption or answer) is a contradiction; calling a kurta a "shirt" or "blouse", a lehenga a "skirt",
dungarees a "romper" or a Nehru jacket a "vest" is accepted as the nearest class. Near hues are accepted (peach/pink,
coral/orange, lavender/purple, teal/green, cream/white, maroon/red). A wearing answer that names only a true piece of
the outfit is accepted. Material is marked unsupported when the title says otherwise or names none and the fibre is a
guess the photo cannot carry (wool for a gingham frock); "cotton" where the title says cotton is right. A loop, a leak
or a cut is marked by what ends the text even when the start is right; a text that is both cut and invents details is
marked unsupported. hit_limit is set on every text that ran the 30 tokens out.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1234 = [
    # Photo: boy (~8) on white, navy tee with a big green dinosaur print on the chest, grey jogger shorts, white
    # sneakers. Caption: base; answers: VQA adapter. All right.
    case(
        "X1234-001",
        caption("a young boy wearing a blue t - shirt with a dinosaur on it"),
        wearing("graphic tee", who="the boy"),
        Q.color("navy"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.pattern("graphic"),
        gender="Boys",
        title="YK Boys Navy Blue Dinosaur Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl in a pink sleeveless knee-length frock with small white flowers, white sandals, hair clip. Caption:
    # base; answers: VQA adapter. The description runs to the limit mid-phrase; the pattern answer loops.
    case(
        "X1234-002",
        caption("a little girl in a pink dress standing in front of a white wall"),
        wearing("dress", who="the girl"),
        Q.color("pink"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "a pink sleeveless dress with a white floral print and a round neck and a flared skirt that falls to the "
            "knee and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Printed Fit and Flare Cotton Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in a loose white tee (untucked) and olive chino shorts, front view. Caption: base; answers: VQA
    # adapter. Color answer is the tee's; "yes" to t-shirt for a shorts product.
    case(
        "X1234-003",
        caption("a young boy in a white shirt and green shorts"),
        wearing("shorts", who="the boy"),
        Q.color("white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("shorts", "olive"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Cotton Chino Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: boy in a white polo with navy horizontal stripes, blue denim shorts. Caption: base; answers: VQA adapter.
    # The sleeve answer goes on into the training format; "yes" to dress.
    case(
        "X1234-004",
        caption("a little boy wearing a striped shirt and jean shorts"),
        wearing("polo shirt", who="the boy"),
        Q.color("white-navy"),
        Q.pattern("striped"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length(
            "short sleeve Question: What is the color of the polo shirt? Answer: white-navy Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Allen Solly Junior Boys White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a mustard A-line kurta with green block print, green palazzos, dupatta over one shoulder. Caption:
    # base; answers: VQA adapter. The adapter calls the kurta a dress.
    case(
        "X1234-005",
        caption("a little girl wearing a yellow and green outfit with a scarf"),
        wearing("dress", "contradiction", who="the girl"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.color("yellow"),
        color_of("pants", "green"),
        gender="Girls",
        title="Biba Girls Mustard Yellow & Green Block Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: back view, boy in a black tee with large white "SKATE CREW" lettering across the back, blue jeans.
    # Caption: base; answers: VQA adapter. The material answer goes on into the training format.
    case(
        "X1234-006",
        caption("the back of a young man wearing a black t - shirt"),
        wearing("graphic tee", who="the boy"),
        Q.color("black"),
        is_a("t-shirt", "yes"),
        Q.pattern("graphic"),
        Q.material(
            "cotton Question: What is the color of the tee? Answer: black Question: What is the color of the tee? "
            "Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="UNDER FOURTEEN ONLY Boys Black Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: toddler girl in a lavender tee with a unicorn print and grey melange shorts (the set). Caption: base;
    # answers: VQA adapter. "No" to shorts though the set has them; the shorts get the tee's colour.
    case(
        "X1234-007",
        caption("a little girl wearing a purple shirt with a unicorn on it"),
        wearing("tee and shorts", who="the girl"),
        Q.garment_type("graphic tee"),
        Q.color("purple"),
        is_a("pair of shorts", "no", "contradiction"),
        color_of("shorts", "purple", "other_garment_color"),
        gender="Girls",
        title="Cub McPaws Girls Lavender & Grey Unicorn Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Lavender",
    ),
    # Photo: small boy in mid-blue denim dungaree shorts over a red-and-white striped tee. Caption: base; answers: VQA
    # adapter. Colour answer is the tee's; "yes" to dress (the bib reads as a pinafore).
    case(
        "X1234-008",
        caption("a little boy wearing overalls and a striped shirt"),
        wearing("romper", who="the boy"),
        Q.garment_type("denim"),
        Q.color("red-white", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        Q.material("denim"),
        gender="Boys",
        title="Marks & Spencer Boys Blue Pure Cotton Denim Dungarees",
        category="Dungarees",
        color="Blue",
    ),
    # Photo: flat lay, red frock with short puff sleeves and a bow at the waist on a white surface, no child. Caption:
    # base; answers: VQA adapter. "yes" to an open question; "long" for the puff sleeves.
    case(
        "X1234-009",
        caption("a red dress on a white background"),
        wearing("yes", "non_answer", who="the girl"),
        Q.color("red"),
        is_a("dress", "yes"),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("pure color"),
        gender="Girls",
        title="Peppermint Girls Red Solid Fit and Flare Dress with Bow Detail",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in a grey melange crew-neck sweatshirt with a small embroidered logo, navy joggers; no hood, no zip.
    # Caption: base; answers: VQA adapter. "she" for the boy; "yes" to t-shirt; details invent a hood, zip and pockets
    # and run out.
    case(
        "X1234-010",
        caption("a young boy in a gray sweater and blue pants"),
        wearing("she is wearing a sweatshirt", "pronoun", who="the boy"),
        Q.color("grey"),
        is_a("t-shirt", "yes", "contradiction"),
        Q.sleeve_length("long"),
        details(
            "sweatshirt",
            "the sweatshirt has a hood and a zipper on the front and two pockets on the front and the sleeves are "
            "long and the",
            "unsupported",
            hit_limit=True,
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: girl in a peach lehenga with gold embroidery at the hem, matching sleeveless choli, net dupatta. Caption:
    # base; answers: VQA adapter. garment type "dress"; the lehenga question loops.
    case(
        "X1234-011",
        caption("a little girl wearing a pink and gold indian outfit"),
        wearing("skirt", who="the girl"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        is_a("dress", "no"),
        is_a(
            "lehenga",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Nauti Nati Girls Peach-Coloured & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: boy in a blue-and-white gingham half-sleeve shirt with a chest pocket, khaki shorts. Caption: base;
    # answers: VQA adapter. "yes" to t-shirt for a collared shirt; the shorts get the shirt's colours; details cut.
    case(
        "X1234-012",
        caption("a young boy wearing a blue and white checkered shirt"),
        wearing("shirt", who="the boy"),
        Q.pattern("lattice"),
        Q.color("blue-white"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("shorts", "blue-white", "other_garment_color"),
        details(
            "shirt",
            "a blue and white checkered shirt with a collar and a pocket on the left chest and short sleeves and "
            "buttons down the front and a",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Pantaloons Junior Boys Blue & White Gingham Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: girl in a white tee with a pink glitter heart print, pink flared skirt. Caption: base; answers: VQA
    # adapter. Wearing loops on the skirt; colour is the skirt's.
    case(
        "X1234-013",
        caption("a little girl wearing a white shirt and a pink skirt"),
        wearing(
            "she is wearing a white tee with a pink heart and a pink skirt and a pink skirt and a pink skirt and a "
            "pink",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        Q.color("pink", "other_garment_color"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.sleeve_length("short"),
        gender="Girls",
        title="YK Girls White & Pink Heart Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy in a red tee with a car print and navy pyjama pants with small red cars. Caption: base; answers: VQA
    # adapter. The pants get the top's red; "yes" to shorts for full-length pyjamas.
    case(
        "X1234-014",
        caption("a little boy in red pajamas"),
        wearing("tee and pants", who="the boy"),
        Q.garment_type("tee"),
        Q.color("red"),
        color_of("pants", "red", "other_garment_color"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Boys",
        title="Gini and Jony Boys Red & Navy Blue Car Printed Night Suit",
        category="Night suits",
        color="Red",
    ),
    # Photo: girl in a white sleeveless top and yellow shorts with a small floral print. Caption: base; answers: VQA
    # adapter. "tank" is true of the outfit; colour is the top's.
    case(
        "X1234-015",
        caption("a little girl wearing a white top and yellow shorts"),
        wearing("tank", who="the girl"),
        Q.color("white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        Q.pattern("floral"),
        is_a("skirt", "no"),
        gender="Girls",
        title="Hopscotch Girls Yellow Floral Printed Pure Cotton Shorts",
        category="Shorts",
        color="Yellow",
    ),
    # Photo: boy in a long cream kurta with a mandarin collar, maroon churidar, mojaris. Caption: base; answers: VQA
    # adapter. "dress" for the boy's kurta, "no" to kurta, the pants get the kurta's colour.
    case(
        "X1234-016",
        caption("a little boy in a white shirt and red pants"),
        wearing("dress", "contradiction", who="the boy"),
        is_a("kurta", "no", "contradiction"),
        Q.color("white"),
        color_of("pants", "white", "other_garment_color"),
        Q.sleeve_length("long"),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured & Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: boy in a plain white tee and dark denim shorts, holding a football. Caption: base; answers: VQA adapter.
    # Colour answer is the tee's.
    case(
        "X1234-017",
        caption("a young boy holding a soccer ball"),
        wearing("denim", who="the boy"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        Q.material("denim"),
        gender="Boys",
        title="United Colors of Benetton Boys Navy Blue Solid Denim Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl in a pink tulle party frock, sequinned bodice, layered net skirt, silver headband. Caption: base;
    # answers: VQA adapter. "cotton" for a net dress; the description loops.
    case(
        "X1234-018",
        caption("a little girl in a pink tutu dress"),
        wearing("dress", who="the girl"),
        Q.material("cotton", "unsupported"),
        Q.color("pink"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "a pink dress with a sequin bodice and a tulle skirt and a sequin bodice and a tulle skirt and a sequin "
            "bodice and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Toy Balloon Kids Girls Pink Embellished Net Fit and Flare Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: flat lay of two tees side by side: a blue one with a rocket print, a grey one with "SPACE" lettering.
    # Caption: base; answers: VQA adapter. The colour answer loops.
    case(
        "X1234-019",
        caption("two t - shirts with a rocket on them"),
        wearing("tee", who="the boy"),
        Q.color(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("short"),
        Q.pattern("graphic"),
        gender="Boys",
        title="Bodycare Kids Boys Pack of 2 Printed Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: girl in a teal sleeveless jumpsuit with a fabric belt, white sneakers. Caption: base; answers: VQA
    # adapter. "yes" to dress; colour loops.
    case(
        "X1234-020",
        caption("a little girl in a green jumpsuit"),
        wearing("jumpsuit", who="the girl"),
        is_a("dress", "yes", "contradiction"),
        Q.color(
            "teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal-teal",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Allen Solly Junior Girls Teal Blue Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Teal",
    ),
    # Photo: boy with curly shoulder-length hair in a plain white tee and blue jeans. Caption: base (calls him a girl);
    # answers: VQA adapter, all right.
    case(
        "X1234-021",
        caption("a little girl wearing a white t - shirt and blue jeans", "pronoun"),
        wearing("tee", who="the boy"),
        Q.color("white"),
        Q.pattern("pure color"),
        is_a("t-shirt", "yes"),
        gender="Boys",
        title="mackly Boys White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a white tee tucked into a black-and-white striped skater skirt. Caption: base; answers: VQA
    # adapter. "yes" to dress for tee and skirt; garment type echoes the prompt.
    case(
        "X1234-022",
        caption("a little girl wearing a white shirt and a black and white striped skirt"),
        wearing("tee and skirt", who="the girl"),
        Q.color("black-white"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("striped"),
        Q.garment_type("Question: What type of garment is this? Answer: skirt", "leak"),
        gender="Girls",
        title="StyleStone Kids Girls Black & White Striped Flared A-Line Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: boy in a green tee with a tropical leaf print and matching green printed shorts. Caption: base; answers:
    # VQA adapter. All right (the shorts really are green).
    case(
        "X1234-023",
        caption("a young boy wearing a green shirt and shorts"),
        wearing("tee and shorts", who="the boy"),
        Q.color("green"),
        color_of("shorts", "green"),
        Q.pattern("floral"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="H&M Boys Green Tropical Printed Cotton T-shirt and Shorts Set",
        category="Clothing Set",
        color="Green",
    ),
    # Photo: girl in a coral top with ruffle sleeves and small white polka dots, blue jeans. Caption: base; answers: VQA
    # adapter. "pure color" for a dotted top; colour is the jeans'; "yes" to t-shirt for a ruffled woven top.
    case(
        "X1234-024",
        caption("a little girl in an orange shirt and jeans"),
        wearing("blouse", who="the girl"),
        Q.pattern("pure color", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("short"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Girls",
        title="Pantaloons Junior Girls Coral Polka Dot Printed Ruffle Sleeve Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: boy in a yellow kurta, white pyjama and a navy printed Nehru jacket over the kurta. Caption: base;
    # answers: VQA adapter. "no" to kurta (the jacket hides most of it).
    case(
        "X1234-025",
        caption("a young boy in a yellow and blue outfit"),
        wearing("vest", who="the boy"),
        Q.garment_type("vest"),
        Q.color("yellow"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "no"),
        gender="Boys",
        title="Aj Dezines Boys Yellow & White Self Design Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in an orange polo with white tipping on collar and sleeve hems, small embroidered logo, navy shorts.
    # Caption: base; answers: VQA adapter. The colour answer leaks the format; the description runs out mid-phrase.
    case(
        "X1234-026",
        caption("a young boy in an orange polo shirt"),
        wearing("polo shirt", who="the boy"),
        Q.color(
            "orange Question: What is the color of the polo shirt? Answer: orange Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "a orange polo shirt with a white collar and a white stripe on the sleeve and a small logo on the chest "
            "and a white",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Orange Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: back view, girl in a navy dress with white polka dots, a bow tie at the back, button placket. Caption:
    # base; answers: VQA adapter. The material answer goes on into the training format.
    case(
        "X1234-027",
        caption("a little girl in a blue and white polka dot dress"),
        wearing("dress", who="the girl"),
        Q.pattern("polka dot"),
        Q.color("navy-white"),
        is_a("dress", "yes"),
        Q.material(
            "cotton Question: What is the color of the dress? Answer: navy-white Question: Is this a dress? Answer: "
            "yes",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Marks & Spencer Girls Navy Blue & White Polka Dot Print Pure Cotton A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: boy in a red tee and charcoal knit shorts with a white drawstring and side pockets. Caption: base;
    # answers: VQA adapter. Wearing loops on pockets; colour is the tee's; details say nothing.
    case(
        "X1234-028",
        caption("a young boy in a red shirt and gray shorts"),
        wearing(
            "he is wearing a red tee and grey shorts with a drawstring and a pocket on the side and a pocket on the "
            "side and a pocket on the",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        Q.color("red", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        details("shorts", "the shorts details are the shorts", "restated"),
        Q.garment_type("shorts"),
        gender="Boys",
        title="Cub McPaws Boys Charcoal Grey Solid Cotton Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Photo: girl in a short green kurta with a pink floral print, pink sharara, standing by a small potted plant.
    # Caption: base; answers: VQA adapter. Wearing is cut at the limit; colour is the sharara's.
    case(
        "X1234-029",
        caption("a little girl in a green and pink outfit standing next to a plant"),
        wearing(
            "a green and pink floral blouse with pink pants and a round neck and three quarter sleeves and a gathered",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green & Pink Floral Printed Pure Cotton Kurta with Sharara",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: girl in a long-sleeve lavender top with a cat print and white pyjamas with lavender dots, holding a teddy.
    # Caption: base; answers: VQA adapter. "yes" to an open question; the pants get the top's colour; "yes" to dress.
    case(
        "X1234-030",
        caption("a little girl in pajamas holding a teddy bear"),
        wearing("yes", "non_answer", who="the girl"),
        Q.color("purple"),
        color_of("pants", "purple", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("long"),
        gender="Girls",
        title="Sweet Dreams Girls Lavender & White Cat Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: flat lay, pink denim shorts with frayed hems and rolled cuffs. Feed row without a colour. Caption: base;
    # answers: VQA adapter. "yes" to skirt; details only say they are short.
    case(
        "X1234-031",
        caption("a pair of pink shorts on a white background"),
        wearing("shorts", who="the girl"),
        Q.color("pink"),
        Q.material("denim"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "yes", "contradiction"),
        details("shorts", "the shorts are short", "non_answer"),
        gender="Girls",
        title="H&M Girls Pink Frayed Hem Denim Shorts",
        category="Shorts",
    ),
    # Photo: boy in a navy full-sleeve shirt with a small white anchor print, beige chinos. Caption: base; answers: VQA
    # adapter. "she" for the boy; "pure color" for the printed shirt.
    case(
        "X1234-032",
        caption("a young boy in a blue shirt and khaki pants"),
        wearing("she is wearing a blue shirt", "pronoun", who="the boy"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long"),
        Q.color("navy"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Anchor Printed Pure Cotton Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: girl with a short bob in a yellow tee with a sun print and blue denim shorts. Caption: base (calls her a
    # boy); answers: VQA adapter ("he"; "yes" to shorts for the tee).
    case(
        "X1234-033",
        caption("a young boy wearing a yellow shirt and blue shorts", "pronoun"),
        wearing("he is wearing a yellow tee and blue shorts", "pronoun", who="the girl"),
        Q.color("yellow"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Girls",
        title="YK Girls Yellow Sun Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: child in a sea green tee and white shorts. Feed row without a gender. Caption: base; answers: VQA adapter.
    # All right.
    case(
        "X1234-034",
        caption("a child wearing a green t - shirt and white shorts"),
        wearing("tee", who="the child"),
        Q.color("green"),
        Q.material("organic cotton"),
        is_a("t-shirt", "yes"),
        Q.pattern("pure color"),
        title="Ed-a-Mamma Kids Sea Green Solid Organic Cotton T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # Photo: girl in a white schiffli-embroidered cotton frock with a scalloped hem and round neck (no collar), yellow
    # sandals, holding a straw hat. Caption: base; answers: VQA adapter. The description loops on a collar.
    case(
        "X1234-035",
        caption("a little girl in a white dress holding a straw hat"),
        wearing("dress", who="the girl"),
        Q.color("white"),
        Q.pattern("lace"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "a white dress with a lace collar and a lace hem and a lace collar and a lace collar and a lace collar "
            "and a lace collar and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls White Schiffli Embroidered Pure Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: boy in a mustard tee with "GAME ON" lettering and black shorts. Caption: base (gives the black shorts the
    # tee's yellow); answers: VQA adapter; the garment type says nothing.
    case(
        "X1234-036",
        caption("a young boy wearing a yellow shirt and yellow shorts", "contradiction"),
        wearing("graphic tee", who="the boy"),
        Q.color("yellow"),
        color_of("shorts", "black"),
        is_a("t-shirt", "yes"),
        Q.garment_type("it is a garment", "non_answer"),
        gender="Boys",
        title="Pantaloons Junior Boys Mustard Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: girl in a sky-blue floral tiered maxi dress with long sleeves. Caption: base; answers: VQA adapter. "no" to
    # dress; the description is cut at the limit.
    case(
        "X1234-037",
        caption("a little girl in a blue floral dress"),
        is_a("dress", "no", "contradiction"),
        wearing("dress", who="the girl"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.pattern("floral"),
        describe(
            "dress",
            "a blue floral maxi dress with long sleeves, three tiers, a round neck and elasticated cuffs, the skirt is "
            "gathered at each tier and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Peppermint Girls Blue Floral Printed Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy in a white polo and navy chinos, sitting on a wooden stool. Caption: base; answers: VQA adapter. The
    # wearing answer starts with "Answer:" and goes on into the training format; so does the t-shirt "yes".
    case(
        "X1234-038",
        caption("a young boy sitting on a stool wearing a white shirt"),
        wearing(
            "Answer: polo shirt Question: What is the color of the polo shirt? Answer: white Question: Is this a "
            "polo shirt? Answer:",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        Q.color("white"),
        is_a(
            "t-shirt",
            "yes Question: Is this a polo shirt? Answer: yes Question: Is this a polo shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("dress", "no"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a maroon kurta with gold embroidery on the yoke, three-quarter sleeves, gold palazzos. Caption:
    # base (calls the kurta a dress); answers: VQA adapter, all right.
    case(
        "X1234-039",
        caption("a little girl in a red dress with gold pants", "contradiction"),
        wearing("blouse", who="the girl"),
        is_a("kurta", "yes"),
        Q.color("red"),
        Q.sleeve_length("three-quarter"),
        color_of("pants", "gold"),
        gender="Girls",
        title="Nauti Nati Girls Maroon Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: boy in a colourblocked tee (blue body, grey sleeves and chest panel) and black shorts. Caption: base;
    # answers: VQA adapter. Pattern restates the question; garment type says nothing.
    case(
        "X1234-040",
        caption("a young boy wearing a blue and gray shirt"),
        wearing("tee", who="the boy"),
        Q.pattern("the pattern of the garment is a pattern", "restated"),
        Q.color("blue-grey"),
        is_a("t-shirt", "yes"),
        Q.garment_type("garment", "non_answer"),
        gender="Boys",
        title="max Kids Boys Blue & Grey Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # Photo: girl in a red gingham frock with a white Peter Pan collar, white socks, red shoes. Feed row without a
    # category. Caption: base; answers: VQA adapter. "wool" is a guess; the sleeve answer leaks.
    case(
        "X1234-041",
        caption("a little girl in a red and white checkered dress"),
        wearing("a red and white dress with a white collar", who="the girl"),
        Q.pattern("lattice"),
        is_a("dress", "yes"),
        Q.material("wool", "unsupported"),
        Q.sleeve_length(
            "short Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: red-white "
            "Question",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Toy Balloon Kids Girls Red & White Checked Peter Pan Collar Fit & Flare Dress",
        color="Red",
    ),
    # Photo: boy in a white half-sleeve shirt with a blue palm print and matching plain blue shorts, sunglasses on.
    # Caption: base; answers: VQA adapter. "yes" to t-shirt for a collared shirt; the shorts get the shirt's white.
    case(
        "X1234-042",
        caption("a young boy wearing sunglasses and a white shirt with blue shorts"),
        wearing("shirt and shorts", who="the boy"),
        is_a("t-shirt", "yes", "contradiction"),
        is_a("pair of shorts", "yes"),
        Q.color("white-blue"),
        Q.pattern("graphic"),
        color_of("shorts", "white", "other_garment_color"),
        gender="Boys",
        title="YK Boys White & Blue Palm Printed Shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Photo: girl in a red tee with a white logo print, blue jeans, white sneakers, hand on hip. Caption: base;
    # answers: VQA adapter. Empty wearing answer (newline first); material is the jeans'.
    case(
        "X1234-043",
        caption("a young girl wearing a red t - shirt and jeans"),
        wearing("", "non_answer", who="the girl"),
        Q.color("red"),
        is_a("t-shirt", "yes"),
        Q.pattern("graphic"),
        Q.material("denim", "unsupported"),
        gender="Girls",
        title="United Colors of Benetton Girls Red Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: boy in an off-white kurta and green dhoti pants, hands folded in namaste. Caption: base; answers: VQA
    # adapter. Wearing answered with a colour alone; the dhoti gets the kurta's white.
    case(
        "X1234-044",
        caption("a little boy in a white outfit with his hands together"),
        wearing("white", "non_answer", who="the boy"),
        is_a("kurta", "yes"),
        Q.color("white"),
        color_of("pants", "white", "other_garment_color"),
        Q.garment_type("shirt"),
        gender="Boys",
        title="Jashvi Boys Off White & Green Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: waist-to-knee crop, navy cotton shorts with an elastic waistband, white drawstring and side pockets, the
    # hem of a pink tee showing. Caption: base; answers: VQA adapter. Details invent a fly and belt loops and run out.
    case(
        "X1234-045",
        caption("a close up of a person wearing blue shorts"),
        wearing("shorts", who="the girl"),
        Q.color("navy"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "an elastic waistband with a white drawstring, two side pockets, a back pocket with a button, a zipper "
            "fly and belt loops on the",
            "unsupported",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pantaloons Junior Girls Navy Blue Solid Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
]
