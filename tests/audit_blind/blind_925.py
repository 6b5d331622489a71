"""BLIND_925 (46 products; Myntra men's kurtas, kurta pyjama sets and Nehru jackets, base BLIP-2 zero-shot): written
blind in the fifty-seventh session. Measured blind at 139f19f (the session's sixth rules): 106/125 failures found
(84.8%) and 10/180 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic wear: 21 Kurtas, 13 Kurta Sets and 12 Nehru Jackets. Catalog photos on
a white, light grey or beige studio backdrop, mostly a model seen from the front; one back view, one side view, one
seated model and one ghost-mannequin shot with no person. Kurtas are worn over a churidar, pyjama, dhoti pants,
trousers or jeans; the worn Nehru jackets are over a kurta (or a shirt) of another color, and two photos are styled
with a jacket or a stole that is not sold with the product.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
`Question: ... Answer:` prompt. Captions (50 new tokens) and open answers (30 new tokens) are free generation; the
closed answers (garment type, color, pattern, sleeve length, the yes/no garment questions and the closed color
questions of one garment) come from enrich's `--engine reference`, which ranks the candidate values with the base
model, so they are always one clean candidate. The base model's habits: short answers ("a kurta", "white"), a color
read off the larger or lighter garment (the pyjama, the kurta under a jacket), dark navy and bottle green read as
black, teal and rust named by a neighbouring hue, "vest" or "sherwani" for Nehru jackets and brocade, invented trims
(gold embroidery, pocket squares, silk), "she" or "a woman" now and then for a man in a long kurta, and, without a
stop on the newline, a continuation into the next `Question:` or a phrase repeated to the token limit.

Labeling conventions and judgement calls:
- The product is the garment named by the seller's category; for a Kurta Set the seller's color is the kurta's color,
  and for the 3-piece set (kurta, pyjama, jacket) a color of the jacket given as the product's color is
  other_garment_color.
- other_garment_color: the product's color question (closed or open), a caption or a description that gives the
  product the color of another garment visible in the photo (pyjama, churidar, the kurta under a jacket, a styled
  jacket or stole). A closed color question about a second garment (pyjama, churidar) that gets the product's color
  is a contradiction (one color for two garments), not other_garment_color.
- contradiction: a color, garment, pattern, sleeve length or material that the photo or the seller's columns
  contradict: navy or bottle green answered "black", teal answered "green", sea green answered "blue", rust answered
  "brown", peach answered "orange", red answered "orange"; "shirt", "dress", "sherwani" or "kurta" as the garment
  of a kurta or a Nehru jacket; "long sleeves" for a sleeveless Nehru jacket; "solid" for a chikankari kurta; a
  material the title contradicts (cotton for silk blend, wool for cotton). Shades inside one color family (maroon
  for burgundy, red for maroon, pink for peach, blue for teal, cream or white for off white) count as correct.
- unsupported: a detail nobody could see in the photo (gold embroidery, a pocket square, a scarf, a chest pocket,
  buttons on a back view, a bird print, a street or a cup of tea, a man in a ghost-mannequin shot) or a material
  that neither the photo nor the title supports (silk, velvet, leather, suede on cotton-looking cloth). "cotton" for
  a matte kurta whose title names no fabric is counted correct.
- "vest" and "nehru jacket" and "jacket" are all correct names for a Nehru jacket; "kurta pyjama", "kurta" and
  "kurta set" are all correct for a Kurta Set; "pajama", "pyjama", "churidar" and "white pants" are interchangeable.
- non_answer: a yes/no, one word or only the question's garment back for an open description or details question,
  or a bare "fabric" for the material. A bare garment noun ("kurta") to "What is he wearing?" answers it: correct.
- Closed yes/no garment questions: "no" to "Is this a kurta set?" or "Is this a nehru jacket?" for the very product
  is a contradiction. For a Multi-colored print, a color of the print ("white" ground) counts as correct.
- restated: an open answer that turns the question into a sentence and says nothing else.
- pronoun: "she", "her" or "a woman" for the male model; "he" is correct everywhere in this set.
- A leak that runs on into the next question is labeled leak, not loop or cut, even when it hits the token limit; a
  phrase repeated to the limit is loop; a sentence stopped mid-phrase at the limit without repetition is cut.
- A text with two problems carries the label of the one that dominates it (a looped description with a wrong color
  is loop).
- Rows without a color or category column are as the feed had them; the texts are judged against the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_925 = [
    # photo: front view, man in a cream knee-length straight kurta (matte cotton, mandarin collar, concealed placket),
    # white churidar, tan mojaris, white backdrop. Base model wrote all texts; closed answers by the reference engine.
    case(
        "X925-001",
        caption("a man in a cream kurta and white pants standing in front of a white background"),
        wearing("a kurta and churidar", who="the man"),
        Q.garment_type("kurta"),
        Q.color("cream"),
        Q.pattern("solid"),
        describe("kurta", "a cream colored kurta with a mandarin collar"),
        Q.material("silk", failure="unsupported"),
        title="Manyavar Men Cream-Coloured Solid Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: front view, indigo navy cotton kurta with small white block-printed buti motifs, mandarin collar, full
    # sleeves, white pyjama, barefoot, hands in pockets, white backdrop. Base model; the description hit the limit.
    case(
        "X925-002",
        caption("a man wearing a blue and white kurta with a white pajama"),
        wearing("he is wearing a blue kurta", who="he"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton"),
        details("kurta", "the kurta has a white print of small flowers all over it"),
        describe(
            "kurta",
            "the kurta is navy blue with small white motifs printed all over it, it has a mandarin collar, full "
            "sleeves and a placket with three",
            failure="cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Fabindia Men Navy Blue Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: three-quarter view, plain maroon kurta with side slits and a mandarin collar, beige pyjama, black
    # formal shoes, light grey backdrop. Base model, all texts.
    case(
        "X925-003",
        caption("a man in a red kurta and beige pants"),
        wearing("a maroon kurta with beige pajamas", who="the man"),
        color_of("kurta", "beige", failure="other_garment_color"),
        Q.pattern("striped", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "it is a maroon kurta with a mandarin collar and buttons down the front and gold embroidery on the neck",
            failure="unsupported",
        ),
        details("kurta", "the kurta has a slit on the side"),
        title="See Designs Men Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: front view, mustard kurta with tone-on-tone thread embroidery on the yoke, white pyjama, white
    # backdrop. Base model; the description ran to the 30-token limit repeating itself.
    case(
        "X925-004",
        caption("a man in a yellow kurta with embroidery on the chest"),
        wearing("a yellow kurta and white pants", who="the man"),
        Q.color("mustard"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "the kurta is a yellow kurta with a yellow kurta with a yellow kurta with a yellow kurta with a yellow",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jompers Men Mustard Yellow Yoke Design Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: front view, teal kurta with a small cream paisley print all over, mandarin collar, white pyjama; the
    # model holds a pair of sunglasses in his left hand; white backdrop. Base model, all texts.
    case(
        "X925-005",
        caption("a man in a blue printed kurta holding a pair of sunglasses"),
        wearing("she is wearing a blue kurta with a paisley print", failure="pronoun"),
        Q.color("green", failure="contradiction"),
        Q.pattern("paisley"),
        Q.material("silk", failure="unsupported"),
        details("kurta", "the kurta has a paisley print and a mandarin collar"),
        title="Anouk Men Teal Paisley Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: front view, black cotton kurta with silver-toned buttons, white churidar, black mojaris, white
    # backdrop. Base model, all texts.
    case(
        "X925-006",
        caption("a man in a black kurta and white pants"),
        wearing("black kurta", who="the man"),
        color_of("kurta", "black"),
        color_of("pants", "white"),
        describe("kurta", "a black kurta with silver buttons"),
        details("kurta", "yes", failure="non_answer"),
        Q.material("velvet", failure="unsupported"),
        title="Vastramay Men Black Solid Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: front view, peach kurta with white chikankari thread embroidery on the placket and the yoke only,
    # mandarin collar, full sleeves, white pyjama, white backdrop. Base model; the description hit the limit.
    case(
        "X925-007",
        caption("a woman in a pink kurta with white embroidery", failure="pronoun"),
        wearing("he is wearing a pink kurta with white embroidery", who="he"),
        Q.color("peach"),
        Q.pattern("embroidered"),
        details(
            "kurta", "the kurta has white embroidery on the front and the sleeves and the hem", failure="unsupported"
        ),
        describe(
            "kurta",
            "the kurta is peach with white chikankari embroidery on the front placket and the yoke, it has a "
            "mandarin collar and full sleeves with a straight",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="House of Pataudi Men Peach Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: front view, off-white jacquard kurta with a tone-on-tone self design, worn under an open navy blue Nehru
    # jacket (styling, not sold with it), off-white churidar, white backdrop. Base model, all texts.
    case(
        "X925-008",
        caption("a man in a blue vest and white kurta"),
        wearing("a white kurta and a blue jacket", who="the man"),
        Q.color("navy", failure="other_garment_color"),
        Q.garment_type("jacket", failure="contradiction"),
        describe("kurta", "the kurta is white with a self design pattern and a mandarin collar"),
        Q.sleeve_length("long sleeves"),
        title="Sojanya Men Off White Self Design Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: front view, olive hip-length short kurta with a band collar and one chest pocket, full sleeves, worn
    # over blue jeans, brown sandals, white backdrop. Base model, all texts.
    case(
        "X925-009",
        caption("a man wearing a green shirt and blue jeans", failure="contradiction"),
        wearing("a green kurta and jeans"),
        color_of("kurta", "blue", failure="other_garment_color"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a green kurta with a gold embroidered collar and a pocket", failure="unsupported"),
        details("kurta", "the kurta has a mandarin collar and a pocket on the chest"),
        title="Fabindia Men Olive Green Cotton Short Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, kurta with vertical sea green and white stripes, white pyjama, white backdrop. Base model;
    # the wearing answer ran on into a made-up next question up to the limit.
    case(
        "X925-010",
        caption("a man in a green and white striped kurta"),
        wearing(
            "a striped kurta and white pajamas Question: what is the color of the kurta? Answer: green",
            failure="leak",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("blue", failure="contradiction"),
        describe("kurta", "the kurta is striped"),
        details("kurta", "the kurta details are the details of the kurta", failure="restated"),
        title="KISAH Men Sea Green & White Striped Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: front view, rust orange solid kurta, cream churidar, arms crossed, white backdrop. Base model.
    case(
        "X925-011",
        caption("a man in an orange kurta with his arms crossed"),
        wearing("a kurta", who="he"),
        Q.color("brown", failure="contradiction"),
        Q.pattern("solid"),
        color_of("churidar", "cream"),
        describe("kurta", "a cream kurta with a mandarin collar", failure="other_garment_color"),
        Q.material("the garment is made of material", failure="restated"),
        title="Manyavar Men Rust Orange Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: front view, charcoal grey kurta with a mandarin collar, concealed placket, two side pockets and a curved
    # hem, black trousers, black loafers, plain white backdrop. Base model; the description hit the limit.
    case(
        "X925-012",
        caption("a man in a grey kurta and black pants standing on a street", failure="unsupported"),
        wearing("a grey kurta and black pants", who="the man"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("kurta"),
        details("kurta", "none", failure="non_answer"),
        describe(
            "kurta",
            "the kurta is dark grey with a mandarin collar, full sleeves and a concealed button placket, it has two "
            "side pockets and a curved hem at the",
            failure="cut",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Charcoal Grey Solid Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view, gold-toned silk blend kurta with woven motifs all over and gold-toned buttons, cream
    # churidar, gold mojaris, beige backdrop. Base model, all texts.
    case(
        "X925-013",
        caption("a man in a gold kurta and white pants standing in front of a beige wall"),
        wearing("sherwani", who="the man", failure="contradiction"),
        Q.color("gold"),
        Q.material("cotton", failure="contradiction"),
        details("kurta", "the kurta has a woven pattern and gold buttons"),
        is_a("kurta", "yes"),
        title="Mohey Men Gold-Toned Woven Design Silk Blend Straight Kurta",
        category="Kurtas",
        color="Gold",
        gender="Men",
    ),
    # photo: front view, white full-sleeved cotton kurta with white chikankari on the front, white pyjama, white
    # backdrop (white on white). Base model, all texts.
    case(
        "X925-014",
        caption("a man in a white kurta pajama standing in front of a white wall"),
        Q.color("white"),
        color_of("pyjama", "white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        describe("kurta", "white", failure="non_answer"),
        Q.material("cotton"),
        details("kurta", "the kurta has white embroidery on the front and a mandarin collar"),
        title="Fabindia Men White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: front view, plain pink kurta with a mandarin collar and white buttons, no pocket, full sleeves, white
    # pyjama, white sneakers, one hand on the hip, white backdrop. Base model, all texts.
    case(
        "X925-015",
        caption("a man in a pink kurta with his hand on his hip"),
        wearing("she is wearing a pink kurta and white pants", failure="pronoun"),
        Q.color("pink"),
        Q.material("cotton Question: What is the color of the garment? Answer: pink", failure="leak"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        details("kurta", "the kurta has a pocket on the chest", failure="unsupported"),
        describe("kurta", "a pink kurta with a mandarin collar and white buttons"),
        title="Jompers Men Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: front view, lavender kurta with a small white and pink floral print, white pyjama, nothing around the
    # neck, white backdrop. Base model, all texts.
    case(
        "X925-016",
        caption("a man in a purple floral kurta"),
        wearing("a floral print kurta with white pajamas and a white scarf", who="the man", failure="unsupported"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.garment_type("dress", failure="contradiction"),
        describe("kurta", "the kurta is a light purple color with a floral print"),
        Q.material("the material of the garment is the material", failure="restated"),
        title="Anouk Men Lavender Floral Printed Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: side view, mid-blue denim-look short kurta, beige chinos, brown loafers, white backdrop. Base model.
    case(
        "X925-017",
        caption("a side view of a man in a blue kurta and beige pants"),
        wearing("a blue kurta and khaki pants", who="the man"),
        Q.color("blue"),
        Q.garment_type("shirt", failure="contradiction"),
        color_of("pants", "beige"),
        describe("kurta", "the kurta is beige", failure="other_garment_color"),
        title="See Designs Men Blue Solid Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: back view (face and front not visible), beige jacquard kurta with a tone-on-tone woven design, cream
    # churidar, white backdrop. Base model, all texts.
    case(
        "X925-018",
        caption("the back of a man in a beige kurta"),
        wearing("a beige kurta", who="the man"),
        Q.color("beige"),
        describe(
            "kurta",
            "a beige kurta with a woven design and a mandarin collar and buttons down the front",
            failure="unsupported",
        ),
        details("kurta", "the kurta", failure="non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Manyavar Men Beige Woven Design Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: front view, bright red silk blend kurta with a mandarin collar and buttons, white churidar, a wristwatch
    # on the left wrist, white backdrop. Base model; the details answer looped to the limit.
    case(
        "X925-019",
        caption("a man in a red kurta and white churidar with a watch on his wrist"),
        wearing("Answer: a red kurta", failure="leak"),
        Q.color("orange", failure="contradiction"),
        Q.material("silk"),
        details(
            "kurta",
            "the kurta has a mandarin collar and buttons the kurta has a mandarin collar and buttons the kurta has a "
            "mandarin collar and",
            failure="loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Vastramay Men Red Silk Blend Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: front view, kurta with a blue, orange and green abstract print on a white ground (no animals or birds),
    # white pyjama, white backdrop. Base model; the caption looped to its 50-token limit.
    case(
        "X925-020",
        caption(
            "a man in a colorful printed kurta with a colorful printed kurta with a colorful printed kurta with a "
            "colorful printed kurta with a colorful printed kurta with a colorful printed kurta with a colorful",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("printed"),
        is_a("kurta", "no", failure="contradiction"),
        describe(
            "kurta", "the kurta is a multi colored kurta with a print of a bird on the front", failure="unsupported"
        ),
        wearing("kurta", who="he"),
        title="Sojanya Men Multicoloured Abstract Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: front view, bright yellow full-sleeved kurta with a mandarin collar and a button placket, white pyjama,
    # white backdrop. The feed row has no color column. Base model, all texts.
    case(
        "X925-021",
        caption("a man in a yellow kurta and white pants"),
        Q.color("yellow"),
        wearing("she is wearing a yellow kurta", who="he", failure="pronoun"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        details("kurta", "a mandarin collar and a button placket"),
        describe("kurta", "a yellow kurta with a green dupatta", failure="unsupported"),
        title="Svanik Men Yellow Solid Straight Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: front view, navy blue kurta with a white pyjama, brown mojaris, no watch or jewellery, white backdrop.
    # Base model, all texts.
    case(
        "X925-022",
        caption("a man in a blue kurta and white pajamas"),
        wearing("a navy kurta pyjama and a watch", who="the man", failure="unsupported"),
        Q.color("white", failure="other_garment_color"),
        color_of("pyjama", "white"),
        Q.garment_type("kurta set"),
        describe("kurta", "the kurta is black", failure="contradiction"),
        title="Jompers Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, cream kurta and cream churidar, brown mojaris, a maroon stole draped over the left shoulder
    # (styling), white backdrop. Base model; the description hit the limit.
    case(
        "X925-023",
        caption("a man in a cream kurta with a red scarf"),
        Q.color("maroon", failure="other_garment_color"),
        wearing("a cream kurta and churidar with a red dupatta", who="the man"),
        Q.garment_type("kurta set"),
        describe(
            "kurta",
            "the kurta is cream colored and it is worn with a matching churidar and a maroon stole draped over the "
            "left shoulder of the",
            failure="cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar and is long"),
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: three-quarter view, maroon kurta with cream pyjama, light grey backdrop. Base model, all texts.
    case(
        "X925-024",
        caption("a man in a maroon kurta and cream pants standing in front of a grey wall"),
        Q.color("maroon"),
        wearing("she is wearing a maroon kurta", failure="pronoun"),
        color_of("pyjama", "maroon", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "the kurta is cream", failure="other_garment_color"),
        Q.material("cotton"),
        title="See Designs Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: front view, 3-piece set: yellow kurta, white pyjama and a blue floral-printed Nehru jacket worn open
    # over the kurta, hands at his sides, white backdrop. Base model, all texts.
    case(
        "X925-025",
        caption(
            "a man wearing a yellow kurta with a blue floral nehru jacket and white pajamas standing in front of a "
            "white background with his hands at his sides and looking at the camera with a serious look on his",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("blue", failure="other_garment_color"),
        wearing("a yellow kurta with a blue jacket and white pajamas", who="the man"),
        is_a("kurta set", "yes"),
        describe("jacket", "the jacket is blue with a floral print"),
        Q.material(
            "the garment is made of cotton and silk and cotton and silk and cotton and silk and cotton and silk and",
            failure="loop",
            hit_limit=True,
        ),
        title="Vastramay Men Yellow Kurta with Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: front view, bottle green kurta with buttons down the front, white churidar, black mojaris, white
    # backdrop. Base model; the wearing answer ran into the next question to the limit.
    case(
        "X925-026",
        caption("a man in a dark green kurta and white churidar"),
        Q.color("black", failure="contradiction"),
        wearing(
            "green kurta and white pants Question: what is the color of the kurta? Answer: green Question: what",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        details("kurta", "there are buttons on the front of the kurta"),
        describe("kurta", "a white kurta with buttons down the front", failure="other_garment_color"),
        color_of("churidar", "white"),
        title="KISAH Men Bottle Green Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: front view, black kurta with gold-toned buttons, black pyjama, black mojaris, white backdrop. Base model.
    case(
        "X925-027",
        caption("a man in a black kurta with gold buttons"),
        Q.color("black"),
        describe("kurta", "a black kurta with gold buttons and white pants", failure="contradiction"),
        wearing("he is wearing a black kurta pajama", who="he"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "no", failure="non_answer"),
        title="Sojanya Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: white kurta with white chikankari on the front, white pyjama; the model sits on a wooden stool; white
    # backdrop. Base model, all texts.
    case(
        "X925-028",
        caption("a man in a white kurta sitting on a stool"),
        wearing("she is wearing a white kurta", failure="pronoun"),
        Q.color("white"),
        details("kurta", "the kurta has embroidery on the front"),
        describe("kurta", "a white kurta with blue embroidery on the neck and sleeves", failure="unsupported"),
        Q.pattern("solid", failure="contradiction"),
        title="House of Pataudi Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: front view, peach kurta with a small white geometric print, white pyjama, white backdrop. Base model.
    case(
        "X925-029",
        caption("a man in an orange kurta with a white pajama", failure="contradiction"),
        Q.color("peach"),
        Q.pattern("printed"),
        wearing("kurta pyjama", who="the man"),
        details("kurta", "white", failure="non_answer"),
        color_of("kurta", "white", kind="open", failure="other_garment_color"),
        describe("kurta", "the kurta is peach with a white print"),
        title="Anouk Men Peach Geometric Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: front view, sky blue kurta with white thread embroidery at the neckline, white churidar, white backdrop.
    # Base model; the details answer looped to the limit.
    case(
        "X925-030",
        caption("a man in a light blue kurta with embroidery on the neck"),
        Q.color("blue"),
        wearing("light blue kurta and white churidar", who="the man"),
        color_of("churidar", "blue", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "a light blue kurta with a silver border and pearl buttons", failure="unsupported"),
        details(
            "kurta",
            "the kurta has embroidery on the neck and the neck and the neck and the neck and the neck and the neck",
            failure="loop",
            hit_limit=True,
        ),
        title="Manyavar Men Sky Blue Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, plain orange cotton kurta with no border, white pyjama, white backdrop. Base model.
    case(
        "X925-031",
        caption("a man in an orange kurta and white pajamas"),
        wearing("an orange kurta and a white pyjama", who="he"),
        Q.color("orange"),
        color_of("pyjama", "orange", failure="contradiction"),
        Q.garment_type("kurta set"),
        details("kurta", "the kurta is a kurta", failure="restated"),
        describe("kurta", "the kurta is orange and it is made of silk and has a gold border", failure="unsupported"),
        Q.material("cotton"),
        title="Jompers Men Orange Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: front view, light grey kurta with matching grey trousers, the model wears dark sunglasses, hands empty,
    # white backdrop. Base model, all texts.
    case(
        "X925-032",
        caption("a man in a grey kurta and sunglasses holding a cup of tea", failure="unsupported"),
        Q.color("grey"),
        color_of("trousers", "grey"),
        wearing("a gray kurta and gray pants and sunglasses", who="the man"),
        Q.garment_type("kurta set"),
        details("kurta", "the kurta has a collar"),
        title="Ethnix by Raymond Men Grey Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: front view, purple silk blend kurta, cream dhoti pants, white backdrop. Base model, all texts.
    case(
        "X925-033",
        caption("a man in a purple kurta and white dhoti"),
        Q.color("cream", failure="other_garment_color"),
        wearing("a purple kurta and dhoti pants", who="the man"),
        describe("pants", "the pants are white dhoti pants"),
        details("kurta", "kurta", failure="non_answer"),
        Q.garment_type("dress", failure="contradiction"),
        Q.material("silk"),
        title="Vastramay Men Purple Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Purple",
        gender="Men",
    ),
    # photo: front view, olive kurta with a contrast beige placket, beige pyjama, white backdrop. Base model.
    case(
        "X925-034",
        caption("a man in a green kurta with a beige pajama"),
        Q.color("beige", failure="other_garment_color"),
        wearing("she is wearing a green kurta and beige pants", failure="pronoun"),
        Q.pattern("solid"),
        details("kurta", "the kurta has a beige placket and buttons"),
        describe("kurta", "a green kurta with a mirror work yoke", failure="unsupported"),
        is_a("kurta set", "no", failure="contradiction"),
        title="See Designs Men Olive Green Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, navy blue sleeveless Nehru jacket over a white full-sleeved kurta and white churidar, white
    # backdrop. Base model; the details answer ran into further questions to the limit.
    case(
        "X925-035",
        caption("a man in a white kurta and a blue vest"),
        wearing("a white kurta and a navy blue nehru jacket", who="the man"),
        color_of("jacket", "white", failure="other_garment_color"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        Q.garment_type("nehru jacket"),
        describe("jacket", "the jacket is navy blue with a mandarin collar and buttons"),
        details(
            "jacket",
            "buttons Question: what is the color of the jacket? Answer: blue Question: what is the color of the "
            "kurta? Answer: white",
            failure="leak",
            hit_limit=True,
        ),
        title="Manyavar Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, mustard brocade Nehru jacket with woven motifs, over a cream kurta and cream pyjama, no
    # pocket square, white backdrop. Base model, all texts.
    case(
        "X925-036",
        caption("a man wearing a yellow jacket over a white kurta"),
        Q.color("cream", failure="other_garment_color"),
        describe("jacket", "a mustard yellow nehru jacket with a woven pattern"),
        wearing("a nehru jacket", who="he"),
        Q.garment_type("kurta", failure="contradiction"),
        Q.pattern("woven"),
        details("jacket", "the jacket has a pocket square and a brooch", failure="unsupported"),
        title="Vastramay Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: front view, maroon Nehru jacket with three welt pockets over a black kurta and black pyjama, white
    # backdrop. Base model, all texts.
    case(
        "X925-037",
        caption("a man in a black kurta and a red vest"),
        Q.color("black", failure="other_garment_color"),
        wearing("black kurta and maroon jacket", who="the man"),
        is_a("nehru jacket", "yes"),
        describe("jacket", "the jacket is a maroon nehru jacket with a mandarin collar and three pockets"),
        Q.sleeve_length("sleeveless"),
        title="Jompers Men Maroon Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: front view, beige cotton Nehru jacket with two pockets over a white short kurta and blue jeans, brown
    # sandals, white backdrop. Base model; the description hit the limit.
    case(
        "X925-038",
        caption("a man wearing a beige vest and jeans"),
        wearing("a vest, kurta and jeans", who="the man"),
        Q.color("beige"),
        Q.material("wool", failure="contradiction"),
        color_of("jeans", "blue"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        describe(
            "jacket",
            "a beige nehru jacket with a mandarin collar worn over a white kurta with blue jeans and brown sandals, "
            "the jacket has two pockets and",
            failure="cut",
            hit_limit=True,
        ),
        title="Fabindia Men Beige Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: front view, black Nehru jacket with a small white floral print and two pockets, over a white kurta and
    # white pyjama, hands in pockets, white backdrop. Base model, all texts.
    case(
        "X925-039",
        caption("a man in a black and white floral jacket"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("floral"),
        wearing("a black jacket with white flowers and a white kurta", who="the man"),
        details("jacket", "the jacket has a white floral print and two pockets"),
        describe("jacket", "describe the jacket", failure="restated"),
        Q.material("leather", failure="unsupported"),
        title="KISAH Men Black Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: front view, teal Nehru jacket (no pocket square) over a cream kurta and cream pyjama, white backdrop.
    # Base model; the open color answer is free generation.
    case(
        "X925-040",
        caption("a man in a blue jacket and white kurta"),
        color_of("jacket", "teal", kind="open"),
        wearing(
            "a teal nehru jacket and a cream kurta with a gold pocket square", who="the man", failure="unsupported"
        ),
        Q.garment_type("jacket"),
        Q.color("cream", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "jacket", failure="non_answer"),
        title="House of Pataudi Men Teal Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: front view, grey Nehru jacket with a mandarin collar and buttons over a pink kurta and white churidar,
    # white backdrop. Base model, all texts.
    case(
        "X925-041",
        caption("a man in a pink kurta and a grey vest"),
        Q.color("pink", failure="other_garment_color"),
        wearing("he is wearing a pink kurta with a grey jacket", who="he"),
        describe("jacket", "the jacket is grey and has a mandarin collar and buttons on the front"),
        details("jacket", "the jacket details are on the jacket", failure="restated"),
        is_a("nehru jacket", "no", failure="contradiction"),
        title="Sojanya Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: ghost-mannequin shot, no person: a green Nehru jacket with five buttons and two welt pockets on a white
    # backdrop. Base model, all texts.
    case(
        "X925-042",
        caption("a green vest on a white background"),
        wearing("a man in a green vest", failure="unsupported"),
        Q.color("green"),
        Q.garment_type("nehru jacket"),
        details("jacket", "five buttons and two pockets"),
        describe("jacket", "Answer: a green nehru jacket with five buttons", failure="leak"),
        Q.sleeve_length("sleeveless"),
        Q.material("fabric", failure="non_answer"),
        title="See Designs Men Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: front view, rust Nehru jacket over a white shirt and blue jeans, brown shoes, white backdrop. The feed
    # row has no category column. Base model; the description hit the limit.
    case(
        "X925-043",
        caption("a man in a brown vest and white shirt and jeans", failure="contradiction"),
        Q.color("orange"),
        wearing("a rust jacket, white shirt and blue jeans", who="the man"),
        color_of("jacket", "white", kind="open", failure="other_garment_color"),
        Q.material("suede", failure="unsupported"),
        describe(
            "jacket",
            "the jacket is a sleeveless jacket with a mandarin collar and a button front and two pockets on the "
            "front and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Ethnix by Raymond Men Rust Solid Nehru Jacket",
        color="Rust",
        gender="Men",
    ),
    # photo: front view, cream brocade Nehru jacket with gold woven motifs and gold buttons, over a gold silk kurta
    # and cream churidar, beige backdrop. Base model; the description ran into a new question to the limit.
    case(
        "X925-044",
        caption("a man in a gold and white sherwani", failure="contradiction"),
        Q.color("gold", failure="other_garment_color"),
        wearing("a cream jacket and a gold kurta", who="the man"),
        Q.pattern("woven"),
        details("jacket", "the jacket has gold buttons and a gold pattern"),
        describe(
            "jacket",
            "the jacket is cream with gold brocade, it is worn over a gold kurta Question: What is the color of the "
            "jacket? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Manyavar Men Cream-Coloured Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: front view, royal blue Nehru jacket with a white floral print over a white full-sleeved kurta and white
    # pyjama, white backdrop. The feed row has no color column. Base model; the details answer looped to the limit.
    case(
        "X925-045",
        caption("a man in a blue floral jacket and white kurta"),
        Q.color("blue"),
        wearing("he is wearing a blue jacket and a white kurta", who="he"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        describe("jacket", "the jacket is white", failure="other_garment_color"),
        details(
            "jacket",
            "the jacket has a floral print and a floral print and a floral print and a floral print and a floral "
            "print and a",
            failure="loop",
            hit_limit=True,
        ),
        title="Vastramay Men Blue Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        gender="Men",
    ),
    # photo: front view, burgundy velvet Nehru jacket over a cream kurta and cream churidar, white backdrop. Base
    # model, all texts.
    case(
        "X925-046",
        caption("a woman in a maroon velvet jacket", failure="pronoun"),
        Q.color("maroon"),
        Q.material("velvet"),
        wearing("a maroon jacket over a cream kurta", who="the man"),
        is_a("nehru jacket", "yes"),
        describe("jacket", "a cream jacket with a mandarin collar", failure="other_garment_color"),
        details("jacket", "the jacket details", failure="restated"),
        title="Anouk Men Burgundy Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Burgundy",
        gender="Men",
    ),
]
