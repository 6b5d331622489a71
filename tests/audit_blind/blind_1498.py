"""BLIND_1498 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-fifth
session. Measured blind at b413ca7 (the session's fifth rules): 68/79 failures found (86.1%) and 10/173 correct texts
flagged (5.8%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks listed as Dresses, ethnic sets listed
as Kurta Sets, Lehenga Choli, Sherwani or Clothing Set) run through BLIP-2 OPT-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens per answer, stopping on newline. No caption in this run: the
job left the caption off for the VQA adapter, since VQA-only training broke captions. Each product got 5 to 7
questions: "What is he/she/the person wearing?", "What is the color of the <garment>?" (free generation, stored
open), two or three "Is this a <garment>?" yes/no questions, and now and then a describe/details question or one of
the pattern, sleeve-length or material questions. Catalog columns are Myntra's: title (productDisplayName), category
(articleType), color (baseColour), gender (Boys/Girls). A few rows lack color or category, as in the feed.
Photos: kid models on plain backdrops, styled with other clothes (the shorts with a t-shirt, the t-shirt with
shorts, jeans or a skirt), a few flat lays, two back views, and props (a toy dinosaur, a teddy bear, a football,
a tiara, sneakers, a straw hat, sunglasses).
Who wrote what: every text is the VQA adapter's answer to that question, decoded raw. The adapter was trained on
unmasked labels with no end-of-answer token, so most short yes/no answers stop cleanly on a newline but some run on:
"yes yes yes...", a phrase repeated to the limit, or a new "Question: ... Answer:" pair generated after the answer.
Open answers use the In-shop vocabulary (tee, blouse, romper, denim) and vendor-style colors (navy, heather grey,
navy-white, burgundy). It has a yes bias on garment questions when the styled garment is in the photo.
Labeling conventions and judgement calls:
- The product is the catalog's article, not whatever the kid wears: "yes" to "Is this a pair of shorts?" on a
  t-shirt shot with shorts is a contradiction, even though shorts are in the photo. "no" to "Is this a pair of jeans?"
  on a t-shirt worn with jeans is correct.
- Generic words for the right garments are correct: "shirt and pants" for a kurta with pyjamas, "coat and pants" for
  a sherwani, "top and pants" for a short kurta with dhoti pants, "jacket and pants" for a kurta set whose Nehru
  jacket is on top. "dress" or "blouse" for a long kurta or an anarkali, and "dress" for a lehenga choli, are
  contradictions (the seller's article says otherwise). A lehenga is a long skirt: "yes" to "Is this a skirt?" is
  correct there and "no" is a contradiction.
- A color question answered with the styled garment's color (white for the dress over a white tee, navy for a polo
  worn with navy shorts) is other_garment_color; when both garments of a set truly share a color (the lavender tee
  and shorts), the same color twice is correct. Close vendor shades are correct (burgundy for maroon, mint for sea
  green, purple for lavender, white for off-white, heather grey for grey melange).
- A color-block tee (white body, black raglan sleeves) worn with black joggers answered "black": labeled
  other_garment_color, since the seller's base color is white and black is the joggers' color.
- Back view of a typography tee answered "pure color": labeled contradiction; the photo hides the print but the text
  is about the product, which the title says is printed. An invented print on the plain back of a tee is
  unsupported.
- Material: "cotton" is correct where the title says cotton or the garment plainly is jersey/knit; a material the
  title contradicts (silk, polyester, denim for a Pure Cotton item, wool for a cotton henley) is unsupported.
- A run-on answer gets one label: leak when it generates a new "Question: ... Answer:" (even when the first word was
  right), loop when a phrase repeats until the limit, cut when it is a long non-repeating answer stopped mid-phrase.
  hit_limit is set on every text that ran to 30 tokens.
- An empty answer, "yes" to a color question, and "the shorts are short" are non_answer; "the dress is a dress" and
  "the t-shirt details" (the question's words back) are restated.
- Pronoun: "she"/"a little girl" for a boy (or "a boy" for a girl) in the Boys/Girls feed is pronoun, also when the
  question already said "he".
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

_YES_30 = " ".join(["yes"] * 30)

BLIND_1498 = [
    # Photo: boy in a navy t-shirt with a green dinosaur print, grey knit shorts, holding a toy dinosaur; plain
    # backdrop. All texts: VQA adapter.
    case(
        "X1498-001",
        wearing("graphic tee and shorts", who="he"),
        color_of("t-shirt", "navy", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("pair of shorts", "yes", "contradiction"),
        Q.material("cotton"),
        gender="Boys",
        title="YK Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: boy in a white polo t-shirt (short sleeves, two-button placket) with navy shorts. VQA adapter.
    case(
        "X1498-002",
        wearing("polo shirt", who="he"),
        color_of("t-shirt", "navy", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes"),
        is_a("t-shirt", "no", "contradiction"),
        is_a("dress", "no"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a pink t-shirt with a glitter unicorn print, light-blue denim shorts. VQA adapter; the dress
    # question looped "yes" to the limit.
    case(
        "X1498-003",
        wearing("tee and denim shorts", who="she"),
        color_of("t-shirt", "pink", kind="open"),
        is_a("dress", _YES_30, "loop", hit_limit=True),
        is_a("t-shirt", "yes"),
        Q.pattern("graphic"),
        gender="Girls",
        title="H&M Girls Pink Unicorn Printed Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: boy in grey melange knit shorts with an elastic drawstring waist, white t-shirt. VQA adapter.
    case(
        "X1498-004",
        wearing("tee and shorts", who="he"),
        color_of("shorts", "heather grey", kind="open"),
        is_a("pair of shorts", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        details("shorts", "the shorts are short", "non_answer"),
        Q.material("cotton"),
        gender="Boys",
        title="max Boys Grey Melange Solid Knitted Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: girl in a sleeveless yellow fit-and-flare frock with small white flowers, round neck, no bows; she
    # holds a brown teddy bear. VQA adapter; the skirt answer ran on into new question pairs, the description
    # invented bows and repeated them.
    case(
        "X1498-005",
        wearing("dress", who="she"),
        color_of("dress", "yellow", kind="open"),
        is_a("dress", "yes"),
        is_a(
            "skirt",
            "no Question: Is this a skirt? Answer: no Question: Is this a skirt? Answer: no Question: Is this a "
            "skirt? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a yellow dress with a floral print and a bow on the front and a bow on the back and a bow on the front "
            "and a bow on the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Gini and Jony Girls Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: boy in a knee-length mustard-yellow kurta with a mandarin collar and white pyjamas, kolhapuri sandals.
    # VQA adapter.
    case(
        "X1498-006",
        wearing("shirt and pants", who="he"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.material("silk", "unsupported"),
        gender="Boys",
        title="Jashvi Boys Mustard Yellow Solid Pure Cotton Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: girl in a pink lehenga (long flared skirt) with gold border embroidery, pink blouse, gold net dupatta
    # over one shoulder. VQA adapter; the description looped.
    case(
        "X1498-007",
        wearing("dress", "contradiction", who="she"),
        color_of("lehenga", "pink", kind="open"),
        is_a("skirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "lehenga",
            "the lehenga is pink and gold with a pink and gold dupatta and a pink and gold blouse and a pink and gold "
            "dupatta and a pink and gold",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: boy in mid-blue washed denim shorts (button and zip fly, two front pockets, rolled hems) with a red
    # t-shirt. VQA adapter.
    case(
        "X1498-008",
        wearing("red tee and denim shorts", who="he"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        is_a("pair of shorts", "yes"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("shorts", "the shorts have a button and a zipper and two pockets on the front"),
        gender="Boys",
        title="Pepe Jeans Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: flat lay of a navy A-line frock with white polka dots and short puff sleeves, no person. VQA adapter.
    case(
        "X1498-009",
        wearing("dress"),
        color_of("dress", "navy-white", kind="open"),
        Q.pattern("lattice", "contradiction"),
        is_a("dress", "yes"),
        is_a("shirt", "no"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="YK Girls Navy Blue & White Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: boy in a white kurta with gold-toned buttons and gold-toned dhoti pants. VQA adapter; the wearing
    # answer looped to the limit.
    case(
        "X1498-010",
        wearing(
            "he is wearing a white shirt and a white shirt and a white shirt and a white shirt and a white shirt and "
            "a white shirt and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("kurta", "white", kind="open"),
        is_a("kurta", "no", "contradiction"),
        is_a("pair of pants", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Aj DEZInES Boys White & Gold-Toned Kurta with Dhoti Pants",
        category="Clothing Set",
        color="White",
    ),
    # Photo: back view of a girl in a white t-shirt (the "Little Miss Sunshine" print is on the front, not visible;
    # the back is plain white) and blue jeans. VQA adapter.
    case(
        "X1498-011",
        wearing("tee and jeans", who="she"),
        color_of("t-shirt", "white", kind="open"),
        Q.pattern("pure color", "contradiction"),
        is_a("t-shirt", "yes"),
        is_a("pair of jeans", "no"),
        gender="Girls",
        title="Peppermint Girls White Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: boy with shoulder-length curly hair in a red-and-navy horizontally striped round-neck t-shirt and khaki
    # shorts. VQA adapter; the t-shirt question ran on into question pairs.
    case(
        "X1498-012",
        wearing("she is wearing a striped tee and khaki shorts", "pronoun"),
        color_of("t-shirt", "red-navy", kind="open"),
        Q.pattern("striped"),
        is_a(
            "t-shirt",
            "yes Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        gender="Boys",
        title="Allen Solly Junior Boys Red & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: girl in a red velvet party frock: sequined bodice, cap sleeves, layered tulle skirt below the knee, a
    # satin bow at the waist. VQA adapter; the description ran to the limit without repeating.
    case(
        "X1498-013",
        wearing("dress", who="she"),
        color_of("dress", "red", kind="open"),
        is_a("dress", "yes"),
        Q.material("velvet"),
        describe(
            "dress",
            "the dress is red velvet with a sequined bodice, a layered tulle skirt that falls just below the knee, "
            "short cap sleeves and a satin bow on the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Red Embellished Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: boy in a cream kurta (mandarin collar, button placket) with white churidar and a maroon Nehru jacket
    # worn open over the kurta. VQA adapter; the material question came back empty.
    case(
        "X1498-014",
        wearing("jacket and pants", who="he"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        is_a("t-shirt", "no"),
        details("kurta", "the kurta has a mandarin collar and a button placket"),
        Q.material("", "non_answer"),
        gender="Boys",
        title="Aj DEZInES Boys Cream-Coloured Kurta with Churidar & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: girl in a calf-length yellow kurta with small orange flowers, three-quarter sleeves, yellow palazzos,
    # an orange dupatta. VQA adapter.
    case(
        "X1498-015",
        wearing("blouse", "contradiction", who="she"),
        color_of("kurta", "yellow", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeve"),
        gender="Girls",
        title="Biba Girls Yellow Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: boy in olive-green cotton twill cargo shorts (one flap pocket on each side) with a black t-shirt and
    # white sneakers. VQA adapter; the wearing answer ran to the limit, the details looped.
    case(
        "X1498-016",
        wearing(
            "he is wearing a black t-shirt and olive green cargo shorts with pockets on the sides and a pair of white "
            "sneakers with black laces and a pair of white",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shorts", "olive", kind="open"),
        is_a("pair of shorts", "yes"),
        is_a("pair of pants", "no"),
        details(
            "shorts",
            "the shorts have two pockets on the side and two pockets on the side and two pockets on the side and two "
            "pockets on the side and two",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Pure Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: girl in a lavender t-shirt with a white bunny print and matching lavender shorts with small bunnies
    # (both pieces are lavender). VQA adapter; the dress answer generated one extra question pair, then stopped.
    case(
        "X1498-017",
        wearing("tee and shorts", who="she"),
        color_of("t-shirt", "lavender", kind="open"),
        color_of("shorts", "lavender", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        is_a("dress", "no Question: What is the color of the dress? Answer: lavender", "leak"),
        gender="Girls",
        title="YK Girls Lavender Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Lavender",
    ),
    # Photo: girl in a mid-blue denim pinafore dress over a white-and-red striped t-shirt. VQA adapter.
    case(
        "X1498-018",
        wearing("denim dress and tee", who="she"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        is_a("dress", "yes"),
        is_a("romper", "yes", "contradiction"),
        is_a("t-shirt", "no"),
        Q.material("denim"),
        gender="Girls",
        title="Nauti Nati Girls Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: boy, three-quarter pose, in a green round-neck t-shirt with "GAME ON" in white letters, black track
    # shorts. VQA adapter; all correct.
    case(
        "X1498-019",
        wearing("green tee and black shorts", who="he"),
        color_of("t-shirt", "green", kind="open"),
        describe("t-shirt", "a green t-shirt with the words game on in white letters on the front"),
        is_a("t-shirt", "yes"),
        is_a("sweatshirt", "no"),
        gender="Boys",
        title="Puma Boys Green Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: girl in a teal lehenga with gold embroidery, a peach choli and a gold net dupatta; she holds a small
    # potli bag. VQA adapter; the wearing answer looped.
    case(
        "X1498-020",
        wearing(
            "a dress and a dress and a dress and a dress and a dress and a dress and a dress and a dress and a dress "
            "and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("lehenga", "teal", kind="open"),
        color_of("blouse", "teal", "other_garment_color", kind="open"),
        is_a("skirt", "no", "contradiction"),
        is_a("dress", "no"),
        gender="Girls",
        title="Kid Kupboard Girls Teal & Peach Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: flat lay of navy chino shorts (belt loops, slant pockets), no person. VQA adapter; the details
    # question ran on into question pairs.
    case(
        "X1498-021",
        wearing("shorts"),
        color_of("shorts", "navy", kind="open"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "no"),
        details(
            "shorts",
            "the shorts details Question: What are the shorts details? Answer: the shorts details Question: What are "
            "the shorts details? Answer: the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl in a white smocked A-line cotton frock with small embroidered flowers and a ruffled hem, no sash;
    # pink sandals, a straw hat in hand. VQA adapter.
    case(
        "X1498-022",
        wearing("white dress", who="she"),
        color_of("dress", "white", kind="open"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        Q.material("polyester", "unsupported"),
        describe(
            "dress",
            "the dress is white with a floral print and a ruffled hem and a pink sash at the waist",
            "unsupported",
        ),
        gender="Girls",
        title="Cutiekins Girls White Embroidered Smocked Pure Cotton A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: boy with a fringe in a yellow t-shirt with a red racing-car print and denim shorts. VQA adapter.
    case(
        "X1498-023",
        wearing("a little girl wearing a yellow tee and denim shorts", "pronoun"),
        color_of("t-shirt", "yellow", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        Q.pattern("graphic"),
        gender="Boys",
        title="max Boys Yellow Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: girl in pink shorts with a white-and-green floral print and a white t-shirt knotted at the waist. VQA
    # adapter. The feed row has no category.
    case(
        "X1498-024",
        wearing("tee and shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "yes", "contradiction"),
        Q.pattern("floral"),
        details("shorts", "the shorts are shorts", "restated"),
        gender="Girls",
        title="H&M Girls Pink Floral Printed Cotton Shorts",
        color="Pink",
    ),
    # Photo: flat lay of a navy cotton kurta (mandarin collar, button placket) with white pyjamas. VQA adapter; the
    # details looped.
    case(
        "X1498-025",
        wearing("shirt and pants"),
        color_of("kurta", "navy", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket and a button placket and a button placket and a "
            "button placket and a button",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Fabindia Boys Navy Blue Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: girl in a black t-shirt with a pink sequin heart on the chest and a white tiered skirt. VQA adapter.
    case(
        "X1498-026",
        wearing("tee and skirt", who="she"),
        color_of("t-shirt", "black", kind="open"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        is_a("skirt", "no"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "the t-shirt is black with a heart on the front"),
        gender="Girls",
        title="Tiny Girl Girls Black Embellished Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: boy in an off-white knee-length sherwani with gold embroidery at the collar and cuffs, off-white
    # churidar, a maroon stole. VQA adapter; the description looped.
    case(
        "X1498-027",
        wearing("coat and pants", who="he"),
        color_of("sherwani", "white", kind="open"),
        is_a("dress", "no"),
        is_a("t-shirt", "no"),
        describe(
            "sherwani",
            "the sherwani is off white with gold embroidery on the collar and the cuffs and the front and the collar "
            "and the cuffs and the front and the collar",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Off-White Embroidered Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: back view of a girl in a sea-green tiered frock with short flutter sleeves and a keyhole with one button
    # at the back of the neck (no zip). VQA adapter.
    case(
        "X1498-028",
        wearing("dress", who="she"),
        color_of("dress", "mint", kind="open"),
        is_a("dress", "yes"),
        is_a("jumpsuit", "no"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        gender="Girls",
        title="YK Girls Sea Green Solid Tiered Fit and Flare Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Photo: boy in an orange t-shirt with a palm-tree print and blue shorts printed with small palm trees (a set).
    # VQA adapter; the dress answer ran on into question pairs.
    case(
        "X1498-029",
        wearing("tee and shorts", who="he"),
        color_of("t-shirt", "orange", kind="open"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "yes"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a dress? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kids Ville Boys Orange & Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Orange",
    ),
    # Photo: girl in a short sleeveless peach kurta with gold embroidery at the yoke, peach sharara and a net
    # dupatta. VQA adapter.
    case(
        "X1498-030",
        wearing("a pink dress", "contradiction", who="she"),
        color_of("kurta", "peach", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Aks Kids Girls Peach-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: flat lay of grey knitted shorts with a drawstring, a pair of white sneakers beside them. VQA adapter;
    # the description came back empty.
    case(
        "X1498-031",
        wearing("shorts"),
        color_of("shorts", "grey", kind="open"),
        is_a("pair of shorts", "yes"),
        is_a("pair of pants", "no"),
        describe("shorts", "", "non_answer"),
        Q.material("cotton"),
        gender="Boys",
        title="Mothercare Boys Grey Solid Knitted Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: girl in a peach knit top with ruffled short sleeves (no bow) and white jeans. VQA adapter; the
    # description invented a bow and repeated it.
    case(
        "X1498-032",
        wearing("blouse and jeans", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        is_a("t-shirt", "no"),
        is_a("blouse", "yes"),
        Q.sleeve_length("short sleeve"),
        describe(
            "top",
            "a peach top with ruffles on the sleeves and a bow at the neck and a bow at the neck and a bow at the "
            "neck and a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Gini and Jony Girls Peach-Coloured Ruffled Cotton Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: boy in a full-sleeve maroon henley t-shirt (three buttons) and blue jeans. VQA adapter.
    case(
        "X1498-033",
        wearing("sweater and jeans", "contradiction", who="he"),
        color_of("t-shirt", "burgundy", kind="open"),
        Q.sleeve_length("long sleeve"),
        is_a("t-shirt", "yes"),
        is_a("sweater", "yes", "contradiction"),
        Q.material("wool", "unsupported"),
        gender="Boys",
        title="UCB Boys Maroon Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Photo: girl in a red-and-white gingham shirt dress: collar, button placket, self belt, no pockets. VQA adapter.
    case(
        "X1498-034",
        wearing("dress", who="she"),
        color_of("dress", "red-white", kind="open"),
        Q.pattern("lattice"),
        is_a("dress", "yes"),
        is_a("skirt", "no"),
        details(
            "dress",
            "the dress has a collar, buttons on the front, a belt at the waist and two patch pockets",
            "unsupported",
        ),
        gender="Girls",
        title="Marks & Spencer Girls Red & White Checked Pure Cotton Shirt Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: back view of a boy in a blue t-shirt (the print is on the front; the back is plain) and beige shorts.
    # VQA adapter. The feed row has no color.
    case(
        "X1498-035",
        wearing("tee and shorts", who="he"),
        color_of("t-shirt", "blue", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        describe("t-shirt", "a blue t-shirt with a dinosaur print on the back", "unsupported"),
        gender="Boys",
        title="H&M Boys Blue Printed Cotton T-shirt",
        category="Tshirts",
    ),
    # Photo: girl in an ankle-length green anarkali kurta with a small white-and-pink floral print, green churidar.
    # VQA adapter.
    case(
        "X1498-036",
        wearing("dress", "contradiction", who="she"),
        color_of("kurta", "green", kind="open"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Girls",
        title="Biba Girls Green Floral Printed Cotton Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: boy in navy sports shorts with white side stripes, a white t-shirt, white sneakers and white socks.
    # VQA adapter; the wearing answer ran to the limit.
    case(
        "X1498-037",
        wearing(
            "he is wearing a white t-shirt and navy blue shorts with white stripes on the side and a pair of white "
            "sneakers with white socks and a pair of",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shorts", "navy", kind="open"),
        color_of("t-shirt", "navy", "other_garment_color", kind="open"),
        is_a("pair of shorts", "yes"),
        Q.pattern("striped"),
        gender="Boys",
        title="Adidas Kids Boys Navy Blue Sports Shorts with Side Stripes",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: girl in a lavender net party frock with a sequined bodice and layered skirt, a silver tiara and silver
    # shoes. VQA adapter; the description ran to the limit.
    case(
        "X1498-038",
        wearing("dress", who="she"),
        color_of("dress", "purple", kind="open"),
        is_a("dress", "yes"),
        is_a("jumpsuit", "yes", "contradiction"),
        Q.material("tulle"),
        describe(
            "dress",
            "the dress is a lavender net dress with a sequined bodice, a layered skirt and a silver tiara on her head "
            "and a pair of silver shoes and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Toy Balloon Kids Girls Lavender Embellished Net Fit and Flare Party Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: boy in a white t-shirt with black full raglan sleeves and black joggers. VQA adapter.
    case(
        "X1498-039",
        wearing("tee and pants", who="he"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.pattern("color block"),
        is_a("t-shirt", "yes"),
        is_a("pair of pants", "yes", "contradiction"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="YK Boys White & Black Colourblocked Raglan Sleeves T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: girl in a white chikankari cotton kurta (embroidery on the front and sleeves) with pink palazzos.
    # VQA adapter.
    case(
        "X1498-040",
        wearing("she is wearing a white kurta and pink pants", who="she"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        color_of("palazzo pants", "pink", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.material("cotton"),
        details("kurta", "the kurta has embroidery on the front and the sleeves"),
        gender="Girls",
        title="Fabindia Girls White Chikankari Cotton Kurta with Pink Palazzos",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: boy with chin-length hair in an olive t-shirt with a chest pocket and white shorts, a football at his
    # feet. VQA adapter.
    case(
        "X1498-041",
        wearing("she is wearing a green tee and white shorts", "pronoun", who="he"),
        color_of("t-shirt", "olive", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("pair of shorts", "no"),
        details("t-shirt", "the t-shirt details", "restated"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Pocket T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: flat lay of a sleeveless A-line frock with rainbow stripes (red, orange, yellow, green, blue). VQA
    # adapter.
    case(
        "X1498-042",
        wearing("dress"),
        color_of("dress", "yes", "non_answer", kind="open"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Girls",
        title="Hopscotch Girls Multicoloured Striped Cotton A-Line Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: girl in a short orange printed kurta with green dhoti pants and juttis. VQA adapter; the kurta answer
    # ran on into question pairs.
    case(
        "X1498-043",
        wearing("top and pants", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        is_a(
            "kurta",
            "yes Question: Is this a dress? Answer: no Question: Is this a kurta? Answer: yes Question: Is this a "
            "dress? Answer",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        gender="Girls",
        title="Sangria Girls Orange Printed Kurta with Green Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
    ),
    # Photo: boy in a charcoal sleeveless t-shirt (tank) with a skateboard print, blue shorts, sunglasses pushed up
    # on his head. VQA adapter; the description looped on the sunglasses.
    case(
        "X1498-044",
        wearing("tank and shorts", who="he"),
        color_of("t-shirt", "charcoal", kind="open"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "a grey tank top with a picture of a skateboard on the front, a pair of sunglasses and a pair of "
            "sunglasses and a pair of sunglasses and a pair",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kids Ville Boys Charcoal Printed Sleeveless T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: girl with a short bob and a cap in blue washed denim shorts with frayed hems and a yellow t-shirt. VQA
    # adapter; the details ran to the limit.
    case(
        "X1498-045",
        wearing("a boy in a yellow tee and denim shorts", "pronoun"),
        color_of("shorts", "blue", kind="open"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "no"),
        details(
            "shorts",
            "the shorts are a pair of blue denim shorts with a frayed hem and a button and a zipper and two pockets "
            "on the front and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Girls",
        title="Tiny Girl Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
]
