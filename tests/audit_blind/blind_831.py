"""BLIND_831 (46 products; Myntra kids' tees, dresses and ethnic sets, VQA adapter): written blind in the fifty-sixth
session. Measured blind at 4c2dc86 (the session's third rules): 107/133 failures found (80.5%) and 7/184 correct texts
flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' wear feed: boys' and girls' t-shirts (graphic tees, polos, stripes, a henley, a tie-dye
tee), girls' dresses (frocks, party dresses, a pinafore over a tee, maxis) and ethnic sets (kurta pyjama, kurta with a
Nehru jacket, dhoti kurta, anarkali, kurta with palazzo or sharara, lehenga choli, pattu pavadai). Catalog photos of a
child model on a white or light grey studio backdrop, front or three-quarter view, sometimes with a prop (teddy,
skateboard, football, star wand, straw bag, stool). The seller columns are title, category (Myntra article
type), color (Myntra base colour) and gender (Boys, Girls, Unisex); three rows lack one column, as real feeds do.

Who wrote what: every text comes from leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b (8-bit, greedy).
Captions are the adapter's free generation with no question (50 new tokens): mostly short base-like captions, which
name props and backdrops, sometimes invent one (a brick wall, a cap, a football field). Open answers are free
generation after `Question: ... Answer:` (30 new tokens). The adapter was trained with the loss over the prompt and no
end token, so when it does not emit a newline early it runs on: loops ("yellow-yellow-..."), answers cut at the
limit, a new `Question: ... Answer:` pair written after its answer, or the question parroted back. It knows only the
In-shop garment words (tee, graphic tee, blouse, shirt, dress, skirt, vest, pants, denim...), so "What cloth is the
person wearing?" gets "tee" or "dress", never "kurta"; a kurta becomes a shirt, and once a dress. It gives one color
to every garment, takes the color of a layer, a print or a stripe for the product's, and answers a color question
with a DeepFashion pattern word ("pure color") once. Closed answers (color, pattern, sleeve length, garment type,
the yes/no "Is this a ...?") come from enrich's --engine reference: one candidate value, never a loop or a cut, but
sometimes the wrong candidate.

Labeling conventions and judgement calls:
- other_garment_color: the product (the seller's article) is given the color of another visible garment or layer
  (shorts, leggings, a Nehru jacket, a choli, the checked shirt over a tee, silver shoes), in a caption, an open
  answer or a closed pick alike. A non-product garment given the product's color ("grey" shorts under a grey polo,
  the one-color habit) is a contradiction, and so is the product given the color of a prop (a brown teddy), of its
  own print or embroidery, or of its stripes where the ground color is plainly another.
- A wrong pattern or sleeve length (a checked pattern taken from the shirt over the tee, "sleeveless" taken from the
  vest over a long-sleeved kurta) is a contradiction, not other_garment_color, which I keep for colors.
- Garment naming: "shirt", "top" or "blouse" for a kurta, "skirt" for a lehenga or pavadai, "vest" for a Nehru
  jacket, "dress" for a floor-length anarkali, "denim" for a denim pinafore, "tee"/"graphic tee" for a t-shirt are
  loose but correct. "dress" for a boy's straight kurta, and "no" to "Is this a kurta?" for one, are contradictions.
- Colors by Myntra's groups: cream or off-white as "white", maroon as "red", peach, magenta or coral as "pink"/
  "orange"/"red" where the photo reads so, teal as "blue", olive, sea green, mint or fluorescent green as "green",
  mustard as "yellow", charcoal or grey melange as "grey" are correct.
- Material: correct when the title names it (net, satin, silk, pure cotton) or the photo shows it plainly (cotton for
  a plain cotton frock or polo, polyester for a "rapid-dry" sports tee); a specific fabric guessed against the look
  of the photo (silk for a matte cotton kurta, velvet for a cotton kurti, linen, cotton for a sequined net lehenga)
  is unsupported.
- unsupported: a detail that the photo does not show or shows otherwise: an invented pocket, hood, zip, pocket
  square, reflective strip, lace trim, back zip or bow in a front view, a cap or a brick wall or a field in a caption,
  white shoes in a photo cropped at the knees, a skirt where the child wears leggings.
- pronoun: he/she (or "girl"/"boy" in a caption) wrong for the child in the photo; for the Unisex tee worn by a boy,
  "a little girl" counts as pronoun, since the photo settles it.
- non_answer: an open answer that says nothing: "yes"/"no" to a details question, the bare garment word to
  "Describe the dress.", "the top", "it is a kurta", "they are shorts", "clothes" to "What is the boy wearing?",
  "pure color" for a color question. A one-word answer that names what is worn ("dress", "tee") to "What cloth is
  the person wearing?" is correct.
- restated: the question parroted ("describe the t-shirt") or turned into its own answer ("the t-shirt details are the
  details of the t-shirt").
- A text that repeats itself and then hits the limit is loop (hit_limit=True); one that ends mid-phrase without
  repeating is cut (hit_limit=True, or False in the two cases where a newline came early, mid-phrase). A text that
  writes a new "Question: ... Answer:" (or opens with a stray "Answer:") is leak even when it then runs to the limit
  or repeats.
- One label per text: the first failure a reader meets, or the one that defines the text (a leak that also repeats is
  leak).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
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

# the VQA data's own open prompt
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_831 = [
    # photo: boy about six in a navy blue round-neck tee with a big orange dinosaur print and the word ROAR, khaki
    # shorts, white sneakers; white backdrop, front view. All texts: VQA adapter (closed ones via the reference engine).
    case(
        "X831-001",
        caption("a young boy wearing a navy blue t-shirt with a dinosaur on it"),
        wearing("a navy t-shirt and khaki shorts", who="the boy"),
        color_of("t-shirt", "beige", "other_garment_color"),
        color_of("shorts", "beige"),
        describe("t-shirt", "a navy blue t-shirt with an orange dinosaur print and the word roar on the front"),
        details(
            "t-shirt", "the t-shirt has a dinosaur print, a round neck, short sleeves and a chest pocket", "unsupported"
        ),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless yellow fit-and-flare dress with a small white daisy print, white sandals, holding a
    # straw bag; white backdrop, front view. All texts: VQA adapter.
    case(
        "X831-002",
        caption("a little girl in a yellow dress holding a straw bag"),
        cloth("dress"),
        color_of("dress", "yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("dress", "the dress is yellow with white flowers, it is sleeveless and has a flared skirt"),
        details("dress", "the dress has a bow at the back and a zip closure", "unsupported"),
        title="YK Girls Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a cream straight kurta with gold thread embroidery along the button placket, mandarin collar, long
    # sleeves, white churidar, brown mojaris; white backdrop. All texts: VQA adapter.
    case(
        "X831-003",
        caption("a young boy wearing a white kurta and white pants"),
        cloth("dress", "contradiction"),
        is_a("kurta", "yes"),
        color_of("kurta", "white"),
        describe("kurta", "she is wearing a white kurta with gold embroidery on the front", "pronoun"),
        details("kurta", "the kurta has a mandarin collar, gold embroidery along the button placket and long sleeves"),
        Q.material("silk", "unsupported"),
        title="Actuel Boys Cream-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a pink tee with "little miss sunshine" in glitter letters, blue denim shorts; white backdrop.
    # All texts: VQA adapter; the t-shirt color asked open.
    case(
        "X831-004",
        caption("a little girl wearing a pink shirt and denim shorts"),
        wearing("a pink t-shirt and blue denim shorts", who="the girl"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        color_of("shorts", "blue"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has a glitter text print on the front that says little miss sunshine"),
        describe(
            "t-shirt",
            "the t-shirt is a pink t-shirt with a pink t-shirt with a pink t-shirt with a pink t-shirt with a pink",
            "loop",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Pink Printed Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a grey melange polo with navy collar tipping and a small navy logo on the chest, navy chino
    # shorts, hands in pockets; white backdrop. All texts: VQA adapter.
    case(
        "X831-005",
        caption("a boy in a grey polo shirt and blue shorts posing with his hands in his pockets"),
        Q.garment_type("t-shirt"),
        color_of("shirt", "grey"),
        color_of("shorts", "grey", "contradiction"),
        describe(
            "shirt",
            "the shirt is grey and has a collar Question: What is the color of the shorts? Answer: grey",
            "leak",
        ),
        details("shirt", "the shirt has a logo on the chest and a navy tipped collar"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Kids Boys Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow lehenga with a green border and small mirror work, short-sleeved green choli,
    # green dupatta over one shoulder covering the waist; white backdrop. All texts: VQA adapter.
    case(
        "X831-006",
        caption("a little girl in a yellow and green indian dress"),
        cloth("skirt"),
        wearing("she is wearing a yellow skirt and a green top", who="the child"),
        color_of("skirt", "green", "other_garment_color"),
        color_of("blouse", "green"),
        describe("skirt", "the skirt is long and flared, mustard yellow with a green border and small mirror work"),
        details(
            "skirt", "the skirt has a green border, mirror work and a drawstring waist with tassels", "unsupported"
        ),
        Q.sleeve_length("short sleeves"),
        title="Biba Girls Mustard Yellow & Green Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a white round-neck tee with thin red and navy horizontal stripes, blue jeans rolled at the hem;
    # white backdrop. All texts: VQA adapter. The feed row has no gender.
    case(
        "X831-007",
        caption("a young boy wearing a striped shirt and jeans"),
        wearing(
            "a white and red striped t-shirt with blue jeans, the t-shirt has a round neck and short sleeves and "
            "the jeans are rolled up at the",
            who="the child",
            failure="cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", "contradiction"),
        Q.pattern("striped"),
        color_of("jeans", "blue"),
        describe("t-shirt", "the t-shirt is white with thin red and navy stripes, round neck, short sleeves"),
        title="HRX by Hrithik Roshan Boys White Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: girl in a maroon net party dress, sequined bodice, layered tulle skirt, cap sleeves; plain light grey
    # studio wall behind her. All texts: VQA adapter.
    case(
        "X831-008",
        caption("a little girl in a red dress standing in front of a red curtain", "unsupported"),
        cloth("dress"),
        color_of("dress", "red"),
        describe(
            "dress",
            "the dress is a red dress with a red skirt and a red top and red sleeves and a red skirt and a red top and",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has sequins on the bodice, a layered tulle skirt and cap sleeves"),
        Q.material("net"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Cutecumber Girls Maroon Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a sky blue kurta under a navy Nehru jacket with a small paisley print (mandarin collar, buttons,
    # two welt pockets, an empty chest pocket), white pyjama; white backdrop. All texts: VQA adapter.
    case(
        "X831-009",
        caption("a young boy wearing a blue vest and white pants"),
        cloth("vest and pants"),
        color_of("kurta", "navy blue", "other_garment_color", kind="open"),
        color_of("jacket", "blue"),
        is_a("kurta", "no", "contradiction"),
        describe(
            "kurta",
            "a light blue kurta under a dark blue sleeveless jacket with a small paisley print, worn "
            "with white pyjamas and a pair of",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "the jacket has a mandarin collar, buttons down the front and two pockets and a pocket "
            "square in the chest pocket",
            "unsupported",
        ),
        title="Aj Dezines Boys Blue Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender tee with a sequin unicorn print, white leggings, white shoes; white backdrop.
    # All texts: VQA adapter.
    case(
        "X831-010",
        caption("a little girl wearing a purple shirt with a unicorn on it and a pink skirt", "unsupported"),
        wearing("he is wearing a purple t-shirt and white leggings", who="the child", failure="pronoun"),
        color_of("t-shirt", "white", "other_garment_color"),
        color_of("leggings", "white"),
        Q.material("cotton"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        title="H&M Girls Lavender Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a black tee with a neon green skateboard graphic and the word SKATE, grey joggers, holding a
    # skateboard; white backdrop. All texts: VQA adapter.
    case(
        "X831-011",
        caption("a boy holding a skateboard wearing a black t-shirt and black pants", "contradiction"),
        cloth("graphic tee"),
        color_of("t-shirt", "black"),
        color_of("pants", "black", "contradiction"),
        describe(
            "t-shirt",
            "the t-shirt is black with a green skateboard print and the word skate, round neck and short sleeves",
        ),
        details(
            "t-shirt",
            "the t-shirt has a skateboard print, a round neck and short sleeves Question: What are the "
            "pants details? Answer: the pants have an elastic waist and",
            "leak",
            hit_limit=True,
        ),
        title="Kids Ville Boys Black Graphic Print Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a peach A-line cotton dress with a white lace peter pan collar, short puff sleeves, gathered at
    # the waist; photo cropped at the knees; white backdrop. All texts: VQA adapter.
    case(
        "X831-012",
        caption("a little girl in a pink dress with a white collar and white shoes", "unsupported"),
        cloth("dress"),
        color_of("dress", "pink"),
        describe("dress", "dress", "non_answer"),
        details("dress", "the dress has a white lace collar, puff sleeves and a gathered skirt"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("floral", "contradiction"),
        title="612 league Girls Peach-Coloured Solid A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow kurta (mandarin collar, long sleeves) with a white dhoti, no stole or scarf,
    # three-quarter view; white backdrop. All texts: VQA adapter.
    case(
        "X831-013",
        caption("a little boy in a yellow shirt and white pants"),
        cloth("shirt and pants"),
        color_of("kurta", "yellow"),
        color_of("pants", "yellow", "contradiction"),
        describe(
            "kurta",
            "a mustard yellow kurta with a mandarin collar and long sleeves, worn with a white dhoti and a red stole",
            "unsupported",
        ),
        details(
            "kurta",
            "the kurta has a mandarin collar and long sleeves and a mandarin collar and long sleeves and "
            "a mandarin collar and long",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Jashvi Boys Mustard Yellow & White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a white cotton top with a red cherry print and ruffle sleeves, red shorts; white backdrop.
    # All texts: VQA adapter; the top's color asked open.
    case(
        "X831-014",
        caption("a young girl wearing a white top with cherries and red shorts"),
        wearing("she is wearing a white top with red cherries and red shorts", who="the girl"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        details("top", "the top", "non_answer"),
        Q.material("linen", "unsupported"),
        title="Nauti Nati Girls White Conversational Print Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a red tee with a large Spider-Man print, plain red sleeves, blue jeans, white sneakers; white
    # backdrop. All texts: VQA adapter.
    case(
        "X831-015",
        caption(
            "a young boy wearing a red spiderman t-shirt and blue jeans standing in front of a brick wall",
            "unsupported",
        ),
        cloth("graphic tee"),
        wearing(
            "a red t-shirt and blue jeans Question: What is the color of the t-shirt? Answer: red",
            who="the boy",
            failure="leak",
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        describe(
            "t-shirt", "the t-shirt is red with a spiderman print and a web pattern on the sleeves", "unsupported"
        ),
        details("t-shirt", "the spiderman print on the front, a ribbed round neck and short sleeves"),
        title="Marvel by Wear Your Mind Boys Red Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a navy blue A-line dress with white polka dots, a red belt at the waist, short flutter sleeves;
    # white backdrop. All texts: VQA adapter.
    case(
        "X831-016",
        caption("a little girl wearing a blue and white polka dot dress with a red belt"),
        wearing(
            "a dress and a dress and a dress and a dress and a dress and a dress and a dress and a dress and a "
            "dress and a",
            who="the girl",
            failure="loop",
            hit_limit=True,
        ),
        color_of("dress", "red", "other_garment_color", kind="open"),
        color_of("belt", "red"),
        describe(
            "dress",
            "the dress is navy blue with white polka dots, a red belt at the waist, short flutter "
            "sleeves and a round neck with a",
            "cut",
            hit_limit=True,
        ),
        details("dress", "what are the dress details", "restated"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeves"),
        title="Gini and Jony Girls Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: small boy in an orange tee with a rocket print and "future astronaut", matching navy shorts (a set);
    # white backdrop. All texts: VQA adapter.
    case(
        "X831-017",
        caption("a small boy in an orange t-shirt and blue shorts"),
        wearing("an orange t-shirt with a rocket on it and navy shorts", who="the boy"),
        color_of("t-shirt", "orange"),
        color_of("shorts", "orange", "contradiction"),
        details("shorts", "they are shorts", "non_answer"),
        describe(
            "t-shirt", "she is wearing an orange t-shirt with a rocket print and the words future astronaut", "pronoun"
        ),
        title="Babyhug Boys Orange & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a floor-length magenta anarkali kurta with gold foil print on the yoke and hem, long sleeves,
    # magenta churidar, gold dupatta; white backdrop. All texts: VQA adapter.
    case(
        "X831-018",
        caption("a little girl in a pink dress with gold trim"),
        cloth("dress"),
        wearing("a pink dress with a gold", who="the girl", failure="cut"),
        color_of("dress", "pink"),
        color_of("scarf", "gold"),
        describe("dress", "the dress is a long pink dress with gold print"),
        details(
            "dress",
            "the dress has a gold foil print on the yoke and the hem, long sleeves with gold cuffs, a "
            "flared panelled skirt and a matching pink churidar and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Biba Girls Magenta Foil Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a sea green polo with a white collar, two buttons and a plain chest (no logo), beige chinos,
    # side pose; white backdrop. All texts: VQA adapter.
    case(
        "X831-019",
        caption("a boy wearing a green polo shirt and khaki pants"),
        wearing("a green polo shirt", who="he"),
        color_of("shirt", "beige", "other_garment_color"),
        color_of("pants", "beige"),
        describe("shirt", "the shirt is green with a white collar and a crocodile logo on the chest", "unsupported"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has a white collar and two buttons",
            "leak",
        ),
        Q.sleeve_length("short sleeves"),
        title="Allen Solly Junior Boys Sea Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: girl in a blue denim pinafore dress (two front pockets, metal buttons on the straps) over a white tee
    # with thin black stripes; plain bib, no patch; white backdrop. All texts: VQA adapter.
    case(
        "X831-020",
        caption("a little girl wearing a denim dress over a striped shirt"),
        cloth("denim"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white"),
        describe(
            "dress",
            "a blue denim pinafore with two front pockets and metal buttons on the straps, over a striped t-shirt",
        ),
        details("dress", "the dress has two pockets, metal buttons and a heart shaped patch on the bib", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="YK Girls Blue Denim Pinafore Dress with T-shirt",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow tee with a small smiling-sun print on the left chest, blue joggers; white
    # backdrop. Unisex tee worn by a boy. All texts: VQA adapter.
    case(
        "X831-021",
        caption("a little girl wearing a yellow t-shirt with a smiling sun", "pronoun"),
        cloth("tee"),
        color_of("t-shirt", "yellow"),
        color_of("pants", "yellow", "contradiction"),
        describe(
            "t-shirt",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "a small printed sun on the left chest"),
        title="Bodycare Kids Unisex Mustard Yellow Printed T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: girl in a pink net lehenga covered in silver sequins, pink choli, silver net dupatta; white backdrop.
    # All texts: VQA adapter.
    case(
        "X831-022",
        caption("a little girl in a pink indian dress"),
        wearing("he is wearing a pink lehenga", who="the child", failure="pronoun"),
        color_of("skirt", "pink"),
        is_a("lehenga", "yes"),
        describe("skirt", "the skirt is long and pink with silver sequins all over"),
        details(
            "skirt",
            "Question: What are the skirt details? Answer: the skirt has sequins Question: What are the "
            "skirt details? Answer: the skirt has sequins Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        title="Aarika Girls Pink Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white tee with a black Batman logo on the chest, black track pants with white side stripes;
    # white backdrop. All texts: VQA adapter; the t-shirt color asked open.
    case(
        "X831-023",
        caption("a boy in a black t-shirt with a batman logo and black pants", "other_garment_color"),
        cloth("graphic tee"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        color_of("pants", "black"),
        describe("t-shirt", "a white t-shirt with the batman logo in black on the chest"),
        details("t-shirt", "the t-shirt has a batman logo on the front and a hood", "unsupported"),
        title="Kidsville Boys White Batman Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless coral tiered maxi dress with thin straps, holding a brown teddy bear; white
    # backdrop. All texts: VQA adapter.
    case(
        "X831-024",
        caption("a little girl holding a teddy bear in a long orange dress"),
        cloth("dress"),
        wearing("a long coral dress Question: Is this a dress? Answer: yes", who="the girl", failure="leak"),
        color_of("dress", "brown", "contradiction", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "the dress is a long coral dress with three tiers and thin straps"),
        details(
            "dress",
            "the dress has a tiered skirt and tiered skirt and tiered skirt and tiered skirt and tiered "
            "skirt and tiered skirt and",
            "loop",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Coral Solid Tiered Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy in a maroon knee-length kurta with a slight sheen, golden buttons, mandarin collar, plain cuffs,
    # cream pyjama; white backdrop. All texts: VQA adapter.
    case(
        "X831-025",
        caption("a boy wearing a red shirt and white pants"),
        cloth("shirt"),
        wearing("a red kurta and red pants", who="the boy", failure="contradiction"),
        color_of("kurta", "red"),
        color_of("pants", "red", "contradiction"),
        describe("kurta", "the kurta is maroon, knee length, with a mandarin collar and golden buttons"),
        details("kurta", "the kurta has golden buttons, a mandarin collar and embroidered cuffs", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Sanwara Boys Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a white tee with a rainbow print and "dream big", pink tulle tutu skirt; white backdrop.
    # All texts: VQA adapter; the t-shirt color asked open.
    case(
        "X831-026",
        caption("a little girl in a pink shirt and a pink tutu", "other_garment_color"),
        wearing("a white t-shirt with a rainbow and a pink tutu skirt", who="she"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        color_of("skirt", "pink"),
        details("t-shirt", "the t-shirt has a rainbow print with the words dream big"),
        describe("t-shirt", "the t-shirt is white"),
        Q.material("cotton"),
        title="Nauti Nati Girls White Typography Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a navy tee with white horizontal stripes and an anchor patch on the chest, red shorts; white
    # backdrop. All texts: VQA adapter; the t-shirt color asked open.
    case(
        "X831-027",
        caption("a boy in a blue and white striped shirt and red shorts"),
        cloth("tee"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        color_of("shorts", "red"),
        Q.pattern("striped"),
        describe("t-shirt", "navy and white stripes with an anchor patch on the chest"),
        details("t-shirt", "the details of the t-shirt are on the t-shirt", "restated"),
        title="Gini and Jony Boys Navy Blue & White Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a teal A-line knee-length kurta with a white floral block print, three-quarter sleeves, round
    # neck, white palazzos; white backdrop. All texts: VQA adapter.
    case(
        "X831-028",
        caption("a young girl wearing a blue kurta and white pants"),
        cloth("blouse and pants"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("pants", "white"),
        describe(
            "kurta",
            "the kurta is teal blue with a white floral block print, three quarter sleeves, a round neck "
            "and two side slits, worn with white",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "yes", "non_answer"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Biba Girls Teal Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in an olive green henley tee (three-button placket, short sleeves, curved hem, no pocket), black
    # jeans; white backdrop. All texts: VQA adapter.
    case(
        "X831-029",
        caption("a boy wearing a green t-shirt and black jeans"),
        wearing(
            "a green shirt and black pants Question: What is the color of the shirt? Answer: green",
            who="the boy",
            failure="leak",
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        details(
            "t-shirt", "the t-shirt has a henley neck with three buttons and a chest pocket with a zip", "unsupported"
        ),
        describe("t-shirt", "the t-shirt is olive green with a button placket, short sleeves and a curved hem"),
        title="Mothercare Boys Olive Green Solid Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a white cotton frock with blue flower embroidery on a smocked yoke and puff sleeves, plain hem,
    # three-quarter view; white backdrop. All texts: VQA adapter.
    case(
        "X831-030",
        caption("a little girl in a white dress with blue flowers"),
        cloth("dress"),
        wearing(
            "the child is wearing a white dress with a white dress with a white dress with a white dress with a "
            "white dress with a",
            who="the child",
            failure="loop",
            hit_limit=True,
        ),
        color_of("dress", "blue", "contradiction"),
        describe("dress", "a white dress with blue flower embroidery and smocking on the chest, with puff sleeves"),
        details(
            "dress",
            "the dress has smocking on the chest, blue flower embroidery on the yoke, puff sleeves and a "
            "white lace trim on the hem, the dress has a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Babyhug Girls White Embroidered Smocked Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy sitting on a wooden stool in a charcoal grey tee with a game controller graphic and "GAME ON" in
    # neon green, blue shorts; white backdrop. All texts: VQA adapter.
    case(
        "X831-031",
        caption("a boy sitting on a stool wearing a grey t-shirt and blue shorts"),
        cloth("graphic tee"),
        wearing("clothes", who="the boy", failure="non_answer"),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "contradiction"),
        describe("t-shirt", "a dark grey t-shirt with a game controller print and the text game on in neon green"),
        details(
            "t-shirt",
            "the t-shirt has a game controller print on the front and a game controller print on the "
            "back and a game controller print on the",
            "loop",
            hit_limit=True,
        ),
        title="Pepe Jeans Boys Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a short matte cotton off-white kurti with pink gota lace at the neckline and hem, pink sharara
    # pants, pink dupatta; white backdrop. All texts: VQA adapter; the kurta color asked open.
    case(
        "X831-032",
        caption("a little girl in a white top and pink pants with a pink scarf"),
        wearing("a white kurta with pink lace and pink sharara pants with a dupatta", who="the girl"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        color_of("pants", "pink"),
        details("kurta", "the kurta has pink gota lace on the neckline and the hem"),
        describe("kurta", "it is a kurta", "non_answer"),
        Q.material("velvet", "unsupported"),
        title="Aks Kids Girls Off-White & Pink Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a white polo with a navy and red colour-block band across the chest, white collar, two buttons,
    # small logo, navy shorts, no hat; white backdrop. All texts: VQA adapter.
    case(
        "X831-033",
        caption(
            "a young boy wearing a white polo shirt with blue and red stripes and a pair of blue shorts and white "
            "sneakers and a white cap",
            "unsupported",
        ),
        Q.garment_type("t-shirt"),
        color_of("shirt", "white"),
        Q.pattern("color block"),
        describe(
            "shirt",
            "the shirt is white with blue and red stripes on the chest, it has a collar and the collar "
            "is white and the collar is white and the collar is",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has the shirt details", "restated"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Kids Boys White Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a pink, blue and purple tie-dye tee knotted at the front hem, white denim shorts; white
    # backdrop. All texts: VQA adapter; the t-shirt color asked open.
    case(
        "X831-034",
        caption("a girl wearing a colorful tie dye shirt and white shorts"),
        wearing("a tie dye t-shirt and white shorts", who="the girl"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe("t-shirt", "the t-shirt is a tie dye t-shirt in pink, blue and purple with a knot at the front"),
        details("t-shirt", "he has a knot at the front of the t-shirt", "pronoun"),
        title="H&M Girls Multicoloured Tie-Dye T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a long-sleeved white kurta and white pyjama under a sleeveless maroon brocade Nehru jacket with a
    # gold paisley pattern, mandarin collar, four buttons; white backdrop. All texts: VQA adapter.
    case(
        "X831-035",
        caption("a little boy in a red vest and white pants"),
        cloth("vest"),
        wearing("a white kurta pajama and a red jacket", who="he"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("vest", "red"),
        describe("kurta", "a white kurta with a red brocade jacket on top and white pyjamas"),
        details("vest", "the vest has a gold paisley brocade pattern, a mandarin collar and four buttons"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Vastramay Boys White Kurta Pyjama with Maroon Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless mint green A-line dress with a lemon and leaf print, round neck, a fabric bow at the
    # waist, front and side view, no pockets visible; white backdrop. All texts: VQA adapter.
    case(
        "X831-036",
        caption("a young girl in a green dress with yellow lemons on it"),
        cloth("dress Question: What is the color of the dress? Answer: green", "leak"),
        color_of("dress", "green"),
        describe(
            "dress",
            "the dress is a light green dress with a print of lemons and leaves, sleeveless with a bow at the waist",
        ),
        details(
            "dress",
            "the dress has a lemon print, pockets on both sides and a button closure at the back",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Allen Solly Junior Girls Mint Green Printed A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a grey tee with short red raglan sleeves and "NYC 87" on the chest, blue jeans; white backdrop.
    # All texts: VQA adapter.
    case(
        "X831-037",
        caption("a boy wearing a grey and red baseball t-shirt with nyc printed on it"),
        wearing("a grey t-shirt with red sleeves and blue jeans", who="he"),
        color_of("t-shirt", "red", "contradiction"),
        color_of("jeans", "blue"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has red raglan sleeves, a round neck and a nyc 87 print on the chest"),
        describe(
            "t-shirt",
            "the t-shirt is a grey t-shirt with red sleeves and the t-shirt is a grey t-shirt with red "
            "sleeves and the t-shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Mothercare Boys Grey & Red Raglan Sleeve Printed T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in an off-white lehenga with a multicolour floral print and a red border, red short-sleeved choli;
    # white backdrop. All texts: VQA adapter. The feed row has no gender.
    case(
        "X831-038",
        caption("a girl in a red dress", "other_garment_color"),
        cloth("skirt"),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        color_of("top", "red"),
        describe("skirt", "the skirt is white with a multicolor floral print and a red border at the hem"),
        details(
            "skirt",
            "the skirt is a floral skirt with a floral print and a floral border and a floral waistband and a floral",
            "loop",
            hit_limit=True,
        ),
        title="Biba Girls Off-White & Red Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
    ),
    # photo: boy in a fluorescent green training tee with black side panels, black shorts, sports shoes, holding a
    # football; white backdrop. All texts: VQA adapter; the shorts color asked open.
    case(
        "X831-039",
        caption("a boy holding a soccer ball wearing a green shirt and black shorts on a soccer field", "unsupported"),
        cloth("tee"),
        color_of("t-shirt", "green"),
        color_of("shorts", "pure color", "non_answer", kind="open"),
        describe("t-shirt", "a neon green sports t-shirt with black", "cut"),
        Q.material("polyester"),
        details(
            "t-shirt",
            "the t-shirt has black side panels and a reflective strip on the back and a zip pocket on the side",
            "unsupported",
        ),
        title="HRX by Hrithik Roshan Boys Fluorescent Green Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
        gender="Boys",
    ),
    # photo: girl in a long purple satin gown with thin straps and flower appliques at the waist, silver shoes,
    # holding a star wand; light grey backdrop. All texts: VQA adapter; one color asked open.
    case(
        "X831-040",
        caption("a little girl in a purple dress holding a magic wand"),
        cloth("dress"),
        Q.color("purple"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        describe(
            "dress",
            "the dress is purple and long with flowers at the waist and a big skirt, he is holding a wand",
            "pronoun",
        ),
        details(
            "dress",
            "the dress has flower appliques at the waist, a satin bodice with thin straps, a full satin "
            "skirt with a net layer underneath and a long",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Pink Chick Girls Purple Satin Maxi Dress with Flower Applique",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a white tee printed "COOL DUDE" under an open red and black checked shirt, blue jeans; white
    # backdrop. The product is the tee. All texts: VQA adapter.
    case(
        "X831-041",
        caption("a boy wearing a red plaid shirt over a white t-shirt and jeans"),
        wearing("a red and black checked shirt over a white t-shirt with blue jeans", who="the boy"),
        color_of("t-shirt", "red", "other_garment_color"),
        color_of("shirt", "red"),
        Q.pattern("checked", "contradiction"),
        details("t-shirt", "the t-shirt has a print on the front that says cool dude"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        title="Gini and Jony Boys White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a green silk pattu pavadai (long skirt) with a wide gold zari border and small gold buttis, pink
    # silk blouse; white backdrop. All texts: VQA adapter.
    case(
        "X831-042",
        caption("a girl wearing a green and gold skirt and a pink top"),
        wearing("she is wearing a green silk skirt with a gold border and a pink blouse", who="the girl"),
        color_of("skirt", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        Q.material("silk"),
        describe("skirt", "a green silk skirt with a wide gold zari border and small gold buttis"),
        details("skirt", "the skirt details are the skirt details", "restated"),
        title="Aarika Girls Green & Pink Silk Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: little boy in a blue tee with small green and yellow dinosaurs printed all over, grey shorts; white
    # backdrop. All texts: VQA adapter.
    case(
        "X831-043",
        caption("a little boy in a blue shirt with dinosaurs all over it and a pair of blue shorts", "contradiction"),
        cloth("tee"),
        color_of("t-shirt", "blue"),
        color_of("shorts", "grey"),
        Q.pattern("solid", "contradiction"),
        describe(
            "t-shirt",
            "the t-shirt is blue with small green and yellow dinosaurs printed all over, short "
            "sleeves, a round neck and a small",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "no", "non_answer"),
        title="Babyhug Boys Blue All Over Dinosaur Print T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a black tee with a gold foil crown and "princess", plain hem, pink leggings; white backdrop.
    # All texts: VQA adapter.
    case(
        "X831-044",
        caption("a girl in a black shirt with a gold crown and pink leggings"),
        wearing(
            "a black t-shirt and pink leggings Question: What is the color of the t-shirt? Answer: black Question: "
            "What is the color of the leggings? Answer: pink Question:",
            who="the girl",
            failure="leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("leggings", "black", "contradiction"),
        details("t-shirt", "the t-shirt has a gold foil crown and the word princess printed on the front"),
        describe(
            "t-shirt",
            "the t-shirt is black with a gold print, it has a round neck, short sleeves and a lace trim at the hem",
            "unsupported",
        ),
        title="Nauti Nati Girls Black Foil Print T-shirt",
        category="Tshirts",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a peach self-design kurta with thread work on the mandarin collar, hidden placket, side slits,
    # white churidar; white backdrop. All texts: VQA adapter.
    case(
        "X831-045",
        caption("a young girl in a peach kurta and white pants", "pronoun"),
        cloth("shirt and pants"),
        wearing("a peach kurta and white churidar", who="the child"),
        color_of("kurta", "pink"),
        color_of("pants", "white"),
        describe("kurta", "a peach kurta with self design and thread work on the collar"),
        details(
            "kurta",
            "the kurta has a mandarin collar with thread work, a hidden button placket and side slits, "
            "the kurta has a mandarin collar with thread work, a hidden",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Boys Peach-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a red and white breton-striped tee with a small bow at the neckline and three-quarter sleeves,
    # blue jeans, empty hands, no buttons on the shoulder; white backdrop. All texts: VQA adapter. The feed row has no
    # category.
    case(
        "X831-046",
        caption("a young girl in a red and white striped shirt and blue jeans holding a red bag", "unsupported"),
        cloth("tee"),
        wearing("Answer: a striped shirt and jeans", who="she", failure="leak"),
        color_of("t-shirt", "red"),
        color_of("jeans", "red", "contradiction"),
        describe("t-shirt", "the t-shirt is red and white striped with a bow on the neck and three quarter sleeves"),
        Q.sleeve_length("three-quarter sleeves"),
        details("t-shirt", "the t-shirt has a bow on the neck and buttons on the shoulder", "unsupported"),
        title="YK Girls Red & White Striped T-shirt",
        color="Red",
        gender="Girls",
    ),
]
