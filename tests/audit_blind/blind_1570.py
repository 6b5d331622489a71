"""BLIND_1570 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-sixth
session. Measured blind at 9074ceb (the session's fourth rules): 86/93 failures found (92.5%) and 15/187 correct
texts flagged (8.0%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed, boys' and girls' t-shirts, shorts, frocks and dresses, kurta sets, lehenga
cholis, a few clothing sets and tops. Catalog columns as the feed has them: title, category (Myntra's article type),
color (base colour), gender (Boys/Girls); a few rows lack one of them. The photos are the usual catalog shots: a child
model on a plain studio backdrop wearing the product with other clothes, flat lays for packs and some shorts, two back
views, and props (a teddy bear, a football, a balloon, sunglasses, a plush bunny).
Who wrote what: an enrich run that picks the model per question. The caption comes from the untuned base
Salesforce/blip2-opt-2.7b with the adapter disabled, because the VQA adapter broke captions. Every question is answered
by leoreigoto/Data3_V3_BLIP2_VQA. Decoding is greedy, with 50 new tokens for captions and 30 for answers, stopping at
a newline. Base captions are short, and mostly right: a few get the child's gender wrong, give a second garment the
product's color, or name a prop. The adapter was trained on unmasked labels with no end token. When it emits a newline
early, its answers are short In-shop style words (tee, dress, shorts, yes, no, a color). When it does not, it runs to
the limit: it repeats its training template (Question: ... Answer: ...), loops on a word or phrase, or writes a fluent
sentence that is cut off. It knows the In-shop classes (tee, dress, shorts, skirt, vest), not kurta, frock or churidar,
so it calls ethnic wear a dress. Sometimes it answers a color question with another garment in the photo, and it
sometimes returns nothing.
Labeling conventions and judgement calls: yes/no questions are judged about the listed product, not the other clothes in
the photo, so "yes" to "Is this a t-shirt?" for a dungaree dress worn over a tee is a contradiction. Near color names
are accepted: peach as pink, cream as white, charcoal as black, maroon as red, olive as green, beige as khaki. A run-on
that repeats the Question/Answer template is labeled leak, even though it repeats. A run-on that repeats a word or
phrase without the template is labeled loop. A fluent answer stopped mid-phrase at the limit is labeled cut. All three
have hit_limit when they ran to 30 tokens. A material is judged against the title: a contradiction when the title says
otherwise (Pure Cotton, Linen Blend, Rapid-Dry), unsupported when the title is silent and the photo cannot show it
(silk, denim for twill cargo shorts), and correct when the photo shows it plainly (denim, velvet, lace, cotton jersey).
"dress" for a lehenga or a kurta is a contradiction, but it is right for an anarkali sold as an ethnic dress. "yes" to
"Is this a skirt?" for a lehenga is right. A palm-leaf print called floral is accepted. For packs, describing one pair
of a 3-pack is a contradiction, while "blue and white" for a 2-pack of striped tees is accepted. "solid" for a
front-printed tee shot from the back is a contradiction (the title says Printed). A garment color taken from the prop (a
pink balloon) is a contradiction. A caption that gives a second garment the product's color is a contradiction, not
other_garment_color, which I keep for an answer that gives the product the color of another garment. "the shorts are
short", an empty answer, a bare color for a pattern question, and a bare garment name for a yes/no or color question are
non_answer. "the shorts are shorts" is restated. A Spider-Man tee called red is other_garment_color: the print has red,
but the tee is white and the shorts are red.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1570 = [
    # Photo: boy about 8 on a white backdrop, navy t-shirt with a white "ADVENTURE AWAITS" print, grey joggers, white
    # sneakers. Caption: base model; answers: VQA adapter. All correct.
    case(
        "X1570-001",
        caption("a young boy wearing a blue t-shirt and grey pants"),
        wearing("tee"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        color_of("t-shirt", "navy"),
        Q.pattern("graphic"),
        gender="Boys",
        title="YK Boys Navy Blue Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: girl in a pink sleeveless frock with small white and yellow flowers and a bow at the waist, white sandals,
    # holding a brown teddy bear. Caption: base; answers: VQA adapter (two run-ons, one fluent answer cut).
    case(
        "X1570-002",
        caption("a little girl in a pink floral dress holding a teddy bear"),
        wearing(
            "dress Question: What is the color of the dress? Answer: pink Question: What is the color of the dress? "
            "Answer: pink",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a pink dress with white and yellow flowers, a round neck, a bow at the waist and a flared skirt that "
            "falls just above the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: boy in a plain white t-shirt and olive green cotton shorts, front view, cropped at the knees.
    # Caption: base; answers: VQA adapter (the shorts' color question answered with the t-shirt's color).
    case(
        "X1570-003",
        caption("a young boy wearing a white t-shirt and green shorts"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no"),
        color_of("shorts", "white", "other_garment_color"),
        Q.color(
            "green Question: What is the color of the shorts? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "the shorts are shorts", "restated"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Regular Fit Cotton Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: toddler boy with curly shoulder-length hair on a wooden stool, white t-shirt with a blue dinosaur print and
    # blue shorts (the set). Caption: base (calls him a girl); answers: VQA adapter.
    case(
        "X1570-004",
        caption("a little girl sitting on a wooden stool wearing a white shirt and blue shorts", "pronoun"),
        wearing("tee"),
        is_a("t-shirt", "yes"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("graphic"),
        gender="Boys",
        title="Babyhug Boys White & Blue Dino Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # Photo: girl in a peach frock with flutter sleeves and self-design dobby fabric, standing before a white wall.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-005",
        caption("a little girl in a pink dress standing in front of a white wall"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        Q.color("pink"),
        Q.sleeve_length(
            "short sleeve Question: What is the sleeve length of the garment? Answer: short sleeve Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Girls",
        title="naughty ninos Girls Peach-Coloured Self Design Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: boy in a red polo t-shirt with the USPA logo on the left chest, khaki chinos, hands in pockets.
    # Caption: base; answers: VQA adapter (material against the title, details cut at the limit).
    case(
        "X1570-006",
        caption("a young boy in a red polo shirt and khaki pants with his hands in his pockets"),
        is_a("t-shirt", "yes"),
        is_a(
            "polo shirt",
            "yes Question: Is this a polo shirt? Answer: yes Question: Is this a polo shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.material("polyester", "contradiction"),
        details(
            "t-shirt",
            "the collar is a polo collar with two buttons and the sleeves are short and there is a logo on the left "
            "side of the chest and the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl in a mustard lehenga skirt with a green embroidered blouse, green dupatta over one shoulder, holding
    # the skirt out. Caption: base; answers: VQA adapter (calls the set a dress; blouse given the skirt's color).
    case(
        "X1570-007",
        caption("a little girl in a yellow and green indian outfit holding her skirt"),
        wearing("skirt"),
        is_a("dress", "yes", "contradiction"),
        is_a(
            "skirt",
            "yes Question: Is this a skirt? Answer: yes Question: What is the color of the skirt? Answer: yellow "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        gender="Girls",
        title="Kinder Kids Girls Mustard & Green Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: flat lay of grey melange shorts with a white drawstring on a white surface. No gender column in this row.
    # Caption: base; answers: VQA adapter. All correct.
    case(
        "X1570-008",
        caption("a pair of grey shorts on a white background"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no"),
        color_of("shorts", "grey"),
        details("shorts", "drawstring"),
        Q.pattern("solid"),
        title="Allen Solly Junior Boys Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl in a blue denim dungaree (pinafore) dress over a white frill-sleeve t-shirt, white sneakers.
    # Caption: base; answers: VQA adapter (the t-shirt under the dress confuses it).
    case(
        "X1570-009",
        caption("a little girl in a denim dress and a white shirt"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("dress", "white", "other_garment_color"),
        Q.material("denim"),
        describe("dress", "a blue denim dress with a white shirt underneath"),
        gender="Girls",
        title="Cherry Crumble Girls Blue Denim Dungaree Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: flat lay of two t-shirts, one navy-and-white striped, one green-and-white striped.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-010",
        caption("two striped t-shirts laid out on a white background"),
        is_a("t-shirt", "yes"),
        Q.color("blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length(
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        details(
            "t-shirt",
            "the t-shirt is a t-shirt with stripes on it and the t-shirt is a t-shirt with stripes on it and the "
            "t-shirt is a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Striped Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: boy in a cream kurta with maroon piping, maroon pyjamas, brown mojaris, hands folded in a namaste.
    # Caption: base; answers: VQA adapter (the kurta becomes a dress, the pyjamas get the kurta's color).
    case(
        "X1570-011",
        caption("a young boy in a white kurta and red pants with his hands folded"),
        wearing("dress", "contradiction"),
        is_a("kurta", "yes"),
        is_a(
            "dress",
            "no Question: Is this a kurta? Answer: yes Question: Is this a dress? Answer: no Question: Is",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("pyjamas", "white", "other_garment_color"),
        gender="Boys",
        title="YK Ethnic Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl sitting cross-legged on the floor in a lavender short-sleeve cotton top with a ruffled hem, white
    # shorts. Caption: base; answers: VQA adapter (one empty answer).
    case(
        "X1570-012",
        caption("a little girl sitting on the floor wearing a purple shirt and white shorts"),
        is_a("dress", "no"),
        is_a(
            "t-shirt",
            "yes Question: Is this a blouse? Answer: no Question: Is this a tee? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.sleeve_length("", "non_answer"),
        Q.garment_type("blouse"),
        describe("top", "she is wearing a purple top with ruffles at the bottom"),
        gender="Girls",
        title="H&M Girls Lavender Ruffle-Trimmed Cotton Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: boy holding a football, black graphic t-shirt, charcoal cargo shorts with flap side pockets (cotton
    # twill). Caption: base; answers: VQA adapter.
    case(
        "X1570-013",
        caption("a young boy holding a soccer ball wearing a black t-shirt and black shorts"),
        wearing(
            "tee and shorts and a ball and a tee and shorts and a ball and a tee and shorts and a ball and a tee and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "black"),
        details(
            "shorts",
            "pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets, pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        gender="Boys",
        title="Pantaloons Junior Boys Charcoal Grey Solid Cargo Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Photo: toddler girl in a yellow sleeveless frock with a smocked yoke, yellow hair clip, white backdrop.
    # Caption: base; answers: VQA adapter (sleeves wrong, which only the photo shows).
    case(
        "X1570-014",
        caption("a little girl in a yellow dress with a yellow bow in her hair"),
        is_a("dress", "yes"),
        is_a("frock", "yes"),
        is_a(
            "t-shirt",
            "no Question: Is this a tee? Answer: no Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details("frock", "smocking on the chest"),
        gender="Girls",
        title="BownBee Girls Yellow Solid Smocked Pure Cotton Frock",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: girl in a white t-shirt with a pink heart print and light blue washed denim shorts with a frayed hem.
    # Caption: base; answers: VQA adapter (the t-shirt's heart moved onto the shorts; one empty answer).
    case(
        "X1570-015",
        caption("a little girl wearing a white t-shirt with a pink heart and blue jean shorts"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "", "non_answer"),
        color_of("shorts", "blue"),
        Q.material("denim"),
        details("shorts", "the shorts have a pink heart on the front and a frayed hem", "unsupported"),
        gender="Girls",
        title="Gini and Jony Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: girl in a pink A-line kurta with a gold foil print, pink palazzos, one hand on her hip.
    # Caption: base; answers: VQA adapter (does not know kurta).
    case(
        "X1570-016",
        caption("a little girl in a pink and gold outfit with her hand on her hip"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        color_of("kurta", "pink"),
        color_of(
            "palazzos",
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold "
            "and pink and gold and pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        gender="Girls",
        title="Biba Girls Pink & Gold Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: back view, boy facing away, green-and-white horizontal striped polo t-shirt (collar visible), navy shorts.
    # Caption: base; answers: VQA adapter (the garment color taken from the shorts).
    case(
        "X1570-017",
        caption("a boy standing with his back to the camera wearing a green and white striped shirt and blue shorts"),
        is_a("t-shirt", "yes"),
        Q.pattern("striped"),
        color_of("t-shirt", "green"),
        Q.color("blue", "other_garment_color"),
        details(
            "t-shirt",
            "the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the "
            "collar, the",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Mothercare Boys Green & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: boy in a white t-shirt with a large red-and-blue Spider-Man print, red shorts, doing the web-shooter pose.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-018",
        caption("a young boy in a spider-man t-shirt and red shorts"),
        wearing("tee"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "red", "other_garment_color"),
        describe(
            "t-shirt",
            "a white t-shirt with a picture of spider-man on the front and the words spider-man in red letters across "
            "the chest and a pair of red",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("", "non_answer"),
        gender="Boys",
        title="Kids Ville Boys White Spider-Man Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a red dress with white polka dots, puff short sleeves, a white Peter Pan collar, red shoes.
    # Caption: base; answers: VQA adapter (sleeves wrong).
    case(
        "X1570-019",
        caption("a little girl in a red and white polka dot dress"),
        is_a("dress", "yes"),
        is_a(
            "t-shirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.color("red"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("dress", "a red dress with white polka dots and a white collar"),
        gender="Girls",
        title="Peppermint Girls Red & White Polka Dot Print Puff Sleeves A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in a yellow t-shirt and blue cotton shorts with a white palm-tree print. No color column in this row.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-020",
        caption("a young boy wearing a yellow shirt and blue shorts with palm trees on them"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        color_of("shorts", "yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Bodycare Kids Boys Blue Tropical Printed Pure Cotton Shorts",
        category="Shorts",
    ),
    # Photo: boy in a cream kurta, navy jacquard Nehru jacket, cream pyjamas, standing with one foot forward.
    # Caption: base; answers: VQA adapter (says no to the jacket the title names; kurta given the jacket's color).
    case(
        "X1570-021",
        caption("a young boy in a white kurta and a blue vest"),
        wearing("vest"),
        is_a("kurta", "yes"),
        is_a("jacket", "no", "contradiction"),
        color_of("jacket", "blue"),
        color_of("kurta", "blue", "other_garment_color"),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl in a mustard t-shirt tucked into a blue denim skirt, white canvas shoes.
    # Caption: base (gives the skirt the t-shirt's color); answers: VQA adapter.
    case(
        "X1570-022",
        caption("a little girl in a yellow shirt and a yellow skirt", "contradiction"),
        wearing(
            "tee and skirt and tee and skirt and tee and skirt and tee and skirt and tee and skirt and tee and skirt "
            "and tee and skirt and",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("yellow"),
        Q.material("cotton"),
        details("t-shirt", "it is tucked in"),
        gender="Girls",
        title="Ed-a-Mamma Girls Mustard Yellow Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: waist-down shot, orange shorts with a small white print, hem of a white t-shirt, white sneakers.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-023",
        caption("a close up of a person wearing orange shorts and white sneakers"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "orange"),
        Q.pattern("orange", "non_answer"),
        details(
            "shorts",
            "an elastic waistband with a drawstring and two side pockets and a back pocket with a button and a small "
            "logo on the left leg and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Boys",
        title="Hopscotch Boys Orange Printed Cotton Shorts",
        category="Shorts",
        color="Orange",
    ),
    # Photo: baby girl sitting on a rug in a white-and-pink striped frock, holding a plush bunny.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-024",
        caption("a baby girl sitting on the floor holding a stuffed bunny"),
        is_a("dress", "yes"),
        is_a("frock", "", "non_answer"),
        Q.pattern("striped"),
        color_of("frock", "pink and white"),
        describe(
            "frock",
            "a pink and white striped dress with a pink and white striped bow and a pink and white striped bow and a "
            "pink and white striped bow",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Babyhug Girls White & Pink Striped Pure Cotton Frock",
        category="Dresses",
        color="White",
    ),
    # Photo: boy in an indigo block-printed kurta (white motifs) and white pyjamas, hands behind his back.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-025",
        caption("a young boy in a blue and white shirt and white pants"),
        is_a("kurta", "yes"),
        color_of("kurta", "blue"),
        color_of("pyjamas", "blue", "other_garment_color"),
        Q.material("cotton"),
        Q.pattern(
            "blue Answer: blue Question: What is the color of the kurta? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Fabindia Boys Indigo Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Indigo",
    ),
    # Photo: boy in a plain black round-neck t-shirt and blue jeans, white backdrop.
    # Caption: base; answers: VQA adapter. All correct.
    case(
        "X1570-026",
        caption("a young boy in a black t-shirt and blue jeans"),
        wearing("tee"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "black"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="UTH by Arvind Boys Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: girl with a short bob in a pastel pink-and-blue tie-dye t-shirt and matching shorts.
    # Caption: base (calls her a boy); answers: VQA adapter.
    case(
        "X1570-027",
        caption("a little boy in a tie dye shirt and shorts", "pronoun"),
        is_a(
            "t-shirt",
            "yes Question: Is this a tee? Answer: yes Question: Is this a tee? Answer: yes Question: Is this a tee?",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        Q.pattern("tie dye"),
        Q.color("pink"),
        color_of("shorts", "pink"),
        gender="Girls",
        title="Nauti Nati Girls Pink & Blue Tie-Dye T-shirt with Shorts",
        category="Clothing Set",
        color="Multi",
    ),
    # Photo: girl in a white t-shirt and navy shorts with a small white floral print and a tie at the waist,
    # sunglasses pushed up on her head. Caption: base; answers: VQA adapter.
    case(
        "X1570-028",
        caption("a little girl with sunglasses on her head wearing a white shirt and blue shorts"),
        is_a(
            "pair of shorts",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "navy"),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        details("shorts", "the shorts have a floral print and a bow at the waist"),
        gender="Girls",
        title="612 league Girls Navy Blue Floral Printed Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl in a pink lehenga with sequin embellishment, a matching choli and a net dupatta.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-029",
        caption("a little girl in a pink lehenga with a dupatta"),
        wearing("dress", "contradiction"),
        is_a("dress", "no"),
        is_a("skirt", "yes"),
        color_of("skirt", "pink"),
        Q.material("silk", "unsupported"),
        details(
            "lehenga",
            "sequins and sequins and sequins and sequins and sequins and sequins and sequins and sequins and sequins "
            "and sequins and sequins and",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Pink Embellished Ready to Wear Lehenga & Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: flat lay of a grey melange t-shirt with a green dinosaur and "ROAR" in orange. No gender column.
    # Caption: base; answers: VQA adapter. All correct.
    case(
        "X1570-030",
        caption("a grey t-shirt with a dinosaur on it"),
        is_a("t-shirt", "yes"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.garment_type("tee"),
        describe("t-shirt", "a grey t-shirt with a green dinosaur on the front and the word roar in orange letters"),
        title="Cub McPaws Boys Grey Melange Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: girl twirling in a blue sleeveless smocked fit-and-flare dress, skirt flared out.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-031",
        caption("a little girl in a blue dress twirling around"),
        is_a("dress", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "she is a little girl and she is wearing a blue dress and she is a little girl and she is wearing a blue "
            "dress and she is",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sweet Lime by AS Girls Blue Smocked Fit & Flare Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy with longish hair in a white polo t-shirt and navy chino shorts, leaning on a stool.
    # Caption: base (calls him a girl); answers: VQA adapter.
    case(
        "X1570-032",
        caption("a little girl in a white polo shirt and navy shorts leaning on a stool", "pronoun"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "navy"),
        Q.color(
            "navy Question: What is the color of the shorts? Answer: navy Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "", "non_answer"),
        Q.material("cotton"),
        gender="Boys",
        title="Allen Solly Junior Boys Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: toddler boy in a yellow t-shirt with a car print and navy shorts (the set), holding a toy car.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-033",
        caption("a little boy in a yellow shirt with cars on it and navy shorts"),
        wearing("tee and shorts"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "yellow", "other_garment_color"),
        color_of(
            "t-shirt",
            "yellow and yellow and yellow and yellow and yellow and yellow and yellow and yellow and yellow and yellow "
            "and yellow and yellow and yellow and yellow and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Mini Klub Boys Yellow & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Yellow",
    ),
    # Photo: girl in a peach kurta with gold embroidery at the neck, peach sharara pants, a peach dupatta draped
    # long. Caption: base; answers: VQA adapter.
    case(
        "X1570-034",
        caption("a young girl in a peach outfit with a long scarf"),
        wearing(
            "a long dress and pants and a scarf and a long dress and pants and a scarf and a long dress and pants and "
            "a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        color_of("kurta", "pink"),
        describe(
            "kurta",
            "a peach kurta with gold embroidery on the neck and a pair of peach pants with gold embroidery on the "
            "bottom and a peach scarf with gold",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: boy in a running pose, red quick-dry sports t-shirt with a small HRX logo, black track shorts.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-035",
        caption("a young boy in a red shirt and black shorts running"),
        wearing(
            "tee Question: What is the color of the tee? Answer: red Question: What is the color of the shorts? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.color("red"),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton", "contradiction"),
        details("t-shirt", "the logo on the chest"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Red Rapid-Dry Solid Sports T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: boy in a white Puma t-shirt and black sports shorts with the Puma cat logo on the left leg.
    # Caption: base; answers: VQA adapter. All correct.
    case(
        "X1570-036",
        caption("a young boy in a white puma t-shirt and black shorts"),
        wearing("tee"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no"),
        color_of("shorts", "black"),
        details("shorts", "the puma logo on the left leg"),
        Q.material("polyester"),
        gender="Boys",
        title="Puma Boys Black Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: girl in a white lace party frock with a tulle skirt and a pearl headband, holding a pink balloon.
    # Caption: base; answers: VQA adapter (the garment color taken from the balloon).
    case(
        "X1570-037",
        caption("a little girl in a white dress holding a pink balloon"),
        is_a("dress", "yes"),
        is_a(
            "frock",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink", "contradiction"),
        Q.material("lace"),
        describe("frock", "a white dress with lace and a tulle skirt and a pearl headband"),
        gender="Girls",
        title="Toy Balloon Kids Girls White Lace Party Frock",
        category="Dresses",
        color="White",
    ),
    # Photo: boy in a long-sleeve yellow kurta and white churidar, standing by a brass lamp. No category column.
    # Caption: base; answers: VQA adapter (does not know churidar).
    case(
        "X1570-038",
        caption("a young boy in a yellow kurta and white pants standing next to a lamp"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        color_of("kurta", "yellow"),
        color_of("churidar", "pants", "non_answer"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Jashvi Boys Yellow Solid Kurta with White Churidar",
        color="Yellow",
    ),
    # Photo: girl in a pink t-shirt with a unicorn print on the front and black leggings; front view only.
    # Caption: base; answers: VQA adapter (leggings' color; a back print it cannot see).
    case(
        "X1570-039",
        caption("a little girl in a pink shirt with a unicorn on it and black leggings"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.pattern("graphic"),
        describe("t-shirt", "a pink t-shirt with a unicorn on the front and a rainbow on the back", "unsupported"),
        gender="Girls",
        title="Gini and Jony Girls Pink Unicorn Printed Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: boy in a light blue button-down shirt and beige linen-blend shorts with a slub texture.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-040",
        caption("a young boy in a blue shirt and khaki shorts"),
        wearing("shirt and shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shorts", "khaki"),
        Q.material("denim", "contradiction"),
        details("shorts", "the shorts are short", "non_answer"),
        gender="Boys",
        title="Lil Lollipop Boys Beige Solid Linen Blend Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: girl in a maroon long-sleeve velvet party dress with a gold belt, black shoes.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-041",
        caption("a little girl in a red velvet dress with a gold belt"),
        is_a("dress", "yes"),
        Q.color("red"),
        Q.material("velvet"),
        Q.sleeve_length(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "a gold belt and a gold belt and a gold belt and a gold belt and a gold belt and a gold belt and a gold",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutecumber Girls Maroon Velvet Fit & Flare Party Dress with Belt",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: boy in a grey melange short-sleeve hooded pullover t-shirt with a kangaroo pocket, black joggers.
    # Caption: base; answers: VQA adapter (invents a zip).
    case(
        "X1570-042",
        caption("a young boy in a grey hoodie and black pants"),
        wearing("hoodie"),
        is_a("t-shirt", "no", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("short sleeve"),
        details("t-shirt", "a hood with a drawstring and a zip on the front", "unsupported"),
        gender="Boys",
        title="Red Tape Boys Grey Melange Solid Hooded Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: back view, girl facing away in a purple t-shirt (the Frozen print is on the front, not visible) and white
    # shorts. Caption: base; answers: VQA adapter.
    case(
        "X1570-043",
        caption("a little girl standing with her back to the camera in a purple shirt and white shorts"),
        wearing("she is wearing a purple shirt and white shorts"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        describe("t-shirt", "a purple t-shirt"),
        gender="Girls",
        title="Kids Ville Girls Purple Frozen Printed T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # Photo: flat lay of three pairs of cotton shorts, khaki, navy and olive, fanned out on a white surface.
    # Caption: base; answers: VQA adapter.
    case(
        "X1570-044",
        caption("three pairs of shorts laid out on a white surface"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "no Answer: no", "leak"),
        describe("shorts", "a pair of khaki shorts with an elastic waist", "contradiction"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Boys",
        title="H&M Boys Pack of 3 Cotton Shorts",
        category="Shorts",
        color="Multi",
    ),
    # Photo: girl in an off-white floor-length anarkali with gold embroidery on the bodice and three-quarter sleeves,
    # no dupatta. Caption: base; answers: VQA adapter (invents a dupatta).
    case(
        "X1570-045",
        caption("a little girl in a white and gold gown"),
        is_a("dress", "yes"),
        is_a("kurta", "kurta", "non_answer"),
        Q.color("white"),
        Q.sleeve_length("three quarter sleeve"),
        describe(
            "dress",
            "a white dress with gold embroidery on the bodice and a flared skirt and a white dupatta",
            "unsupported",
        ),
        gender="Girls",
        title="Aarika Girls Off-White & Gold Embroidered Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Off White",
    ),
]
