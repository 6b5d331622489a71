"""BLIND_529 (46 products; Myntra men's and women's wear, adapter captions + extractive QA + base answers): written
blind in the fiftieth session. Measured blind at d754f45 (the session's rules as they stood): 105/128 failures found
(82.0%) and 6/170 correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: the original experiments' third setup re-run on a Myntra-like English catalog of men's and women's wear:
shirts, t-shirts, kurtas (some with palazzos, churidars or dupattas), dresses, tops, jeans, trousers and jackets.
Most photos are of a model wearing the product with other garments (a shirt over jeans, jeans under a tee, a jacket
over a tee, a kurta over white pants), in a white or grey studio, some against a brick, pink or yellow wall, a
garden or a gym. Each product has the seller's title, category, color and gender; a few rows miss one of them.

Who wrote what: the caption adapter of the original experiments (Caption_First_Epoch, epoch 1, or
Blip2_Finetune_Caption, epoch 3) captions every photo with the DeepFashion template ("The gentleman wears a
long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. ..."). It was trained with no end token,
so every caption runs to the 50-token limit (hit_limit=True): cut mid-sentence, or looping back into the template
(epoch 1 loops more often). The open questions What is the person wearing? / Describe the garment. / What are the
details? / What is the material? are answered by the extractive QA model (mdeberta squad2) copying a short span of
that caption: it never generates, so its spans carry the caption's mistakes (the template's garment, pattern or
fabric, the tee's fabric for the jeans, the accessory the template adds), it can return an empty answer, and a span
taken at the cut end of a caption is itself cut. Beside them, the untuned base model answers "What is he / she
wearing?" and "What is the color of the shirt / top / jeans?" (open, short, lowercase, stops on its own, never
hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?")
are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Every caption hit the limit. A caption that starts repeating a sentence or clause of its own template is loop; one
  that stops mid-sentence without repeating is cut, even where it adds an accessory before the cut. Where the
  template misnames the garment (a women's kurta as a dress, a padded jacket as a sweater) or its pattern (pure color
  for a striped shirt), that is what the auditor sees first: contradiction, hit_limit kept. "The lady" for a man is
  pronoun, also before the cut.
- The template's words are correct where they fit: "lattice" for checks, "graphic" for prints, slogans and polka
  dots, "floral" for a tropical leaf print, "color block" for a colour-blocked tee, "suspenders neckline" for strap
  necks, "stand" or "standing" neckline for a mandarin collar, "neckwear" for a dupatta, "T-shirt" or "shirt" for a
  women's top, "tank top" for a sleeveless peplum top, "top" for a women's kurta, "long trousers" or "long pants"
  for trousers and jeans, "outer clothing" for a jacket.
- "Shirt" for a men's kurta is correct (a kurta is a long collarless shirt and the template has no kurta); "dress"
  for a women's kurta or anarkali is contradiction (a dress is another product in this catalog), and so is "shirt"
  for a denim jacket, "sweater" for a padded jacket, "sari" for a kurta set, jeans for chinos.
- A QA span describing another garment of the photo (the tee's "short-sleeve T-shirt" as the jeans' description)
  is contradiction. A QA material span taken from another garment's sentence (cotton from the tee for a denim jacket
  or for jeans, chiffon from the blouse for trousers) is contradiction where the title names the product's material
  (denim, satin, jeans) and unsupported where it does not. Cotton for a plain shirt, tee or chinos, and chiffon for a
  flowing printed dress, are plausible guesses and correct; cotton for a visibly nylon padded jacket, for a Dri-FIT
  tee, or chiffon for an opaque crepe top, is unsupported.
- "an accessory on her wrist" where the photo shows bare wrists is unsupported; where she wears a bracelet, or a tie
  belt is called "a belt", it is correct. An empty QA span is non_answer, and so is a span that only names the
  wearer or the garment ("The lady", "The shirt"). A span ending where the caption was cut ("a pair of", "an
  accessory in his") is cut.
- Shade words are correct: blue for navy or teal, green for olive, emerald or teal, purple for lavender, yellow for
  mustard, red for maroon, pink or orange for peach, brown or orange for rust, khaki or tan for beige, white for off
  white or cream, gray/grey for grey melange or charcoal, black for charcoal (near-black). Navy as black and mustard as
  orange are contradiction. One of the two colors of a colour-blocked tee ("white" for navy-and-white) is correct;
  the color of a print or motif given as the garment's color (yellow astronaut on a black tee, white dots on a black
  dress, green leaves on a navy shirt, the white of a pink pinstripe) is contradiction, and so is the color of the
  wall behind (red brick, pink wall, yellow wall, the white wall behind a black dress).
- The color of another garment of the photo given as the product's color (the white tee for blue jeans, the jeans'
  blue for a lavender top) is other_garment_color. The product's color given to another garment the base model was
  asked about (brown jeans under a brown jacket, blue jeans under a blue shirt when the jeans are black) is
  contradiction: the text is wrong about a garment that is not the product.
- The base model was asked the color of the jeans for trousers and chinos too; answering the trousers' color
  ("khaki", "black") is correct. Asked the color of the top for a dress, the dress's color is correct.
- Base answers that run on into "question: ... answer: ..." are leak even where the first words are right; "he" in
  an answer about a woman, or "she" about a man, is pronoun; "the shirt" or "the top" as its color is restated;
  "clothes" for what he wears is non_answer. Items the base model adds that the photo lacks (a straw hat, a tie, a
  necklace, a black hat) are unsupported.
- "neckwear" is correct for a dupatta over the shoulders and unsupported where the photo has no dupatta.
- One row misses the gender (the rust top, asked "What is she wearing?") and one the category (the pink shirt).
- Closed answers: a wrong pick from the candidates is contradiction (short sleeves for rolled-up long sleeves, solid
  for a graphic tee, jeans for chinos, "no" to "Is this a kurta?" for an anarkali kurta), other_garment_color where
  the pick is another garment's color in the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

qa_details = question("details", "What are the details?", "open")
qa_material = question("material", "What is the material?", "open")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")

BLIND_529 = [
    # photo: man in a navy-and-white checked long-sleeve shirt, sleeves rolled to the elbows, untucked over light-blue
    # jeans, white studio, front view.
    # caption: adapter (epoch 3); description, material: QA spans of the caption; color of the shirt: base
    case(
        "X529-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.description("long-sleeve shirt with lattice patterns"),
        qa_material("cotton"),
        color_of("shirt", "blue", kind="open"),
        B.pattern("checked"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Men Navy Blue Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain white long-sleeve shirt with black chinos, leaning on a red brick wall outdoors.
    # caption: adapter (epoch 1); details, material: QA spans; he wearing, color of the shirt: base
    case(
        "X529-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("shirt", "red", "contradiction", kind="open"),
        B.color("white"),
        qa_details("lapel neckline"),
        qa_material("cotton"),
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive round-neck t-shirt with black track pants, plain grey backdrop.
    # caption: adapter (epoch 3); wearing, material: QA spans; color of the shirt: base
    case(
        "X529-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        B.garment_type("t-shirt"),
        B.color("green"),
        qa_material("cotton"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a mustard calf-length straight kurta with small white block-printed motifs, three-quarter
    # sleeves, white palazzos, no jewellery, white studio.
    # caption: adapter (epoch 1); description, details: QA spans; she wearing, color of the top: base
    case(
        "X529-004",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "medium-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.description("medium-sleeve dress with graphic patterns", "contradiction"),
        qa_details("an accessory on her wrist", "unsupported"),
        wearing("a yellow kurta and white pants", who="she"),
        color_of("top", "yellow", kind="open"),
        is_a("kurta", "yes"),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black sleeveless square-neck bodycon midi dress, white wall with a potted plant beside her.
    # caption: adapter (epoch 3); wearing, details, material: QA spans; color of the top: base
    case(
        "X529-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. This lady also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sleeveless dress with pure color patterns"),
        qa_details("a pair of", "cut"),
        color_of("top", "white", "contradiction", kind="open"),
        B.sleeve_length("sleeveless"),
        qa_material("cotton"),
        B.garment_type("dress"),
        title="SASSAFRAS Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in mid-blue skinny jeans with a white round-neck tee worn out, white sneakers, full length, white
    # studio.
    # caption: adapter (epoch 3); description, material: QA spans; he wearing, color of the jeans: base
    case(
        "X529-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        wearing("a white t - shirt and blue jeans", who="he"),
        B.color("white", "other_garment_color"),
        B.garment_type("jeans"),
        qa_material("denim"),
        D.description("short-sleeve T-shirt with pure color patterns", "contradiction"),
        title="Mast & Harbour Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender top with short puff sleeves and a square neck, tucked into blue mom jeans, beige
    # backdrop.
    # caption: adapter (epoch 1); material: QA span; she wearing, color of the top and jeans: base
    case(
        "X529-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        B.sleeve_length("short sleeves"),
        qa_material("chiffon", "unsupported"),
        title="Harpa Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in an off-white knee-length kurta with a mandarin collar and long sleeves, white churidar, pale grey
    # backdrop.
    # caption: adapter (epoch 3); wearing, details: QA spans; color of the shirt: base
    case(
        "X529-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        color_of(
            "shirt",
            "white question: what is the color of his pants? answer: white",
            "leak",
            kind="open",
        ),
        is_a("kurta", "yes"),
        B.color("cream"),
        qa_details("stand neckline"),
        title="Manyavar Men Off White Solid Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a navy knee-length A-line dress with a small white floral print, short flutter sleeves and a
    # V neck, thin gold bracelet, white studio.
    # caption: adapter (epoch 3); description, details, material: QA spans; she wearing, color of the top: base
    case(
        "X529-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.description("short-sleeve dress with floral patterns"),
        qa_details("V-shape neckline"),
        color_of("top", "white", "contradiction", kind="open"),
        B.pattern("floral"),
        qa_material("chiffon"),
        wearing("a blue dress with white flowers and a straw hat", "unsupported", who="she"),
        title="Sera Women Blue & White Floral Print A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black denim trucker jacket worn open over a white tee, grey jeans, white studio.
    # caption: adapter (epoch 1); description, material: QA spans; he wearing: base
    case(
        "X529-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. This gentleman also wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and a white shirt", who="he"),
        B.color("black"),
        B.garment_type("jacket"),
        qa_material("cotton", "contradiction"),
        D.description("", "non_answer"),
        title="Roadster Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in dark-blue skinny jeans and a black cropped tank top, white studio, three-quarter view.
    # caption: adapter (epoch 3); material: QA span; she wearing, colors of the jeans and top: base
    case(
        "X529-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and blue jeans", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        qa_material("denim"),
        B.color("blue"),
        title="Levis Women Blue 711 Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in beige formal trousers with a light-blue formal shirt tucked in, brown belt, cropped at the chest,
    # white studio.
    # caption: adapter (epoch 3); description, details: QA spans; he wearing, color of the jeans: base
    case(
        "X529-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "khaki", kind="open"),
        wearing("a blue shirt and tan pants", who="he"),
        B.garment_type("trousers"),
        B.color("blue", "other_garment_color"),
        D.description("long trousers"),
        qa_details("an accessory in his", "cut"),
        title="Louis Philippe Men Beige Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a red-and-white horizontally striped long-sleeve boat-neck top, black jeans, against a pink
    # painted wall.
    # caption: adapter (epoch 1); wearing, details, material: QA spans; color of the top: base
    case(
        "X529-013",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve T-shirt with striped patterns"),
        color_of("top", "pink", "contradiction", kind="open"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        qa_material("cotton"),
        qa_details("", "non_answer"),
        title="Tokyo Talkies Women Red & White Striped Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in a black tee with a large white-and-yellow astronaut print on the chest, blue jeans, white studio.
    # caption: adapter (epoch 3); description, material: QA spans; he wearing, color of the shirt: base
    case(
        "X529-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t - shirt with an astronaut on it", who="he"),
        color_of("shirt", "yellow", "contradiction", kind="open"),
        B.pattern("graphic"),
        D.description("short-sleeve T-shirt with graphic patterns"),
        qa_material("cotton"),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a maroon kurta with gold-printed motifs, matching maroon palazzos, a pink dupatta over the
    # shoulders, white studio.
    # caption: adapter (epoch 1); details: QA span; she wearing, color of the top: base
    case(
        "X529-015",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric. It has a V-shape "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. The lady "
            "has neckwear. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and pink sari", "contradiction", who="she"),
        color_of("top", "red", kind="open"),
        is_a("kurta", "yes"),
        color_dupatta("maroon", "contradiction"),
        B.color("maroon"),
        qa_details("neckwear"),
        title="Libas Women Maroon Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a blue-and-white vertically striped long-sleeve shirt with a button-down collar, navy chinos,
    # white studio.
    # caption: adapter (epoch 3); description, material: QA spans; he wearing, color of the shirt: base
    case(
        "X529-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.description("long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        B.pattern("striped"),
        qa_material("cotton"),
        B.sleeve_length("long sleeves"),
        wearing("a blue and white striped shirt with a tie", "unsupported", who="he"),
        title="U.S. Polo Assn. Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an emerald-green sleeveless tiered maxi dress with thin straps, thin gold bracelet, outdoors in
    # a garden with green foliage behind.
    # caption: adapter (epoch 3); wearing, details: QA spans; color of the top: base
    case(
        "X529-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a sleeveless dress with pure color patterns"),
        color_of("top", "green", kind="open"),
        B.sleeve_length("sleeveless"),
        qa_details("suspenders neckline"),
        B.color("green"),
        title="Athena Women Green Tiered Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: man in a navy long-sleeve kurta with a mandarin collar and white churidar, beige backdrop.
    # caption: adapter (epoch 1); description: QA span; he wearing, color of the shirt: base
    case(
        "X529-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The dress is of long length. The lady wears a long pants. The pants are with cotton "
            "fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pants", who="he"),
        color_of("shirt", "black", "contradiction", kind="open"),
        B.color("navy blue"),
        D.description("long-sleeve dress with pure color patterns", "contradiction"),
        is_a("kurta", "yes"),
        title="Sojanya Men Navy Blue Solid Kurta with Churidar",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white tee with a black "BROOKLYN NYC" text print, light-blue jeans, white studio.
    # caption: adapter (epoch 3); details, material: QA spans; she wearing, colors of the top and jeans: base
    case(
        "X529-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t - shirt and jeans and a black hat", "unsupported", who="she"),
        color_of("top", "white", kind="open"),
        color_of("jeans", "blue", kind="open"),
        B.pattern("graphic"),
        qa_details("round neckline"),
        qa_material("denim", "unsupported"),
        title="Roadster Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive quilted hooded puffer jacket zipped up, black trousers, grey studio.
    # caption: adapter (epoch 3); description, material: QA spans; he wearing: base
    case(
        "X529-020",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green jacket", who="he"),
        B.garment_type("jacket"),
        qa_material("cotton", "unsupported"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        D.description("long-sleeve sweater with pure color patterns", "contradiction"),
        color_pants("green", "contradiction"),
        title="Wildcraft Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a black off-shoulder long-sleeve top with white skinny jeans, white studio.
    # caption: adapter (epoch 1); details: QA span; she wearing, colors of the top and jeans: base
    case(
        "X529-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a black top and white jeans", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        color_of("jeans", "white", kind="open"),
        B.sleeve_length("long sleeves"),
        qa_details("round neckline", "contradiction"),
        title="Vero Moda Women Black Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy polo t-shirt with white tipping on the collar, beige chinos, white studio.
    # caption: adapter (epoch 3); wearing, material: QA spans; color of the shirt: base
    case(
        "X529-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("shirt", "black", "contradiction", kind="open"),
        is_a("polo shirt", "yes"),
        B.color("black", "contradiction"),
        qa_material("cotton"),
        title="Puma Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a teal A-line kurta with three-quarter sleeves and a mandarin collar, white straight pants,
    # white wall with a wooden stool as a prop.
    # caption: adapter (epoch 3); description: QA span; she wearing, color of the top: base
    case(
        "X529-023",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and a necklace", "unsupported", who="she"),
        color_of("top", "green", kind="open"),
        B.sleeve_length("three-quarter sleeves"),
        B.garment_type("kurta"),
        D.description("medium-sleeve top with pure color patterns"),
        color_pants("brown", "contradiction"),
        title="W Women Teal Blue Solid A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: man in black slim jeans with a grey melange sweatshirt and white sneakers, grey backdrop, cropped at the
    # neck.
    # caption: adapter (epoch 1); description, material: QA spans; he wearing, colors of the jeans and shirt: base
    case(
        "X529-024",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and black jeans", who="he"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey", kind="open"),
        B.color("black"),
        qa_material("denim"),
        D.description("long-sleeve sweater with pure color patterns", "contradiction"),
        title="Roadster Men Black Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach knee-length wrap dress with short sleeves and a self tie at the waist, white studio.
    # caption: adapter (epoch 3); details, material: QA spans; she wearing, color of the top: base
    case(
        "X529-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The dress is of medium length. There is a belt in her waist. The lady wears a "
            "short-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress", who="she"),
        color_of("top", "orange", kind="open"),
        B.color("pink"),
        qa_details("a belt in her waist"),
        qa_material("chiffon"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Dressberry Women Peach-Coloured Solid Wrap Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a maroon long-sleeve shirt worn open over a white crew-neck tee, light-blue jeans, white studio.
    # caption: adapter (epoch 1); description, material: QA spans; he wearing, color of the shirt: base
    case(
        "X529-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman has",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt over a white t - shirt", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.color("maroon"),
        D.description("The shirt", "non_answer"),
        qa_material("cotton"),
        title="Mufti Men Maroon Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in light-blue wide-leg high-rise jeans with a white cropped tee and a brown belt, pastel yellow
    # wall behind.
    # caption: adapter (epoch 3); details, material: QA spans; she wearing, color of the jeans: base
    case(
        "X529-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is a belt in her",
            "cut",
            hit_limit=True,
        ),
        wearing("jeans and a white shirt", who="she"),
        color_of("jeans", "light blue", kind="open"),
        B.garment_type("jeans"),
        B.color("yellow", "contradiction"),
        qa_details("a belt"),
        qa_material("cotton", "contradiction"),
        title="DOLCE CRUDO Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in olive slim chinos with a white oxford shirt tucked in, brown loafers, grey studio.
    # caption: adapter (epoch 3); material: QA span; he wearing, color of the jeans: base
    case(
        "X529-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "green", kind="open"),
        wearing("a white shirt and green pants", who="he"),
        B.color("green"),
        B.garment_type("jeans", "contradiction"),
        qa_material("cotton"),
        title="Highlander Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a mustard sleeveless peplum top with black trousers, white studio.
    # caption: adapter (epoch 1); details, description: QA spans; she wearing, color of the top: base
    case(
        "X529-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a sleeveless tank top",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow top and black pants", who="she"),
        color_of("top", "orange", "contradiction", kind="open"),
        B.sleeve_length("sleeveless"),
        qa_details("round neckline"),
        D.description("sleeveless tank top with pure color patterns"),
        title="AND Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a grey melange training tee with black shorts, gym backdrop with a dumbbell rack.
    # caption: adapter (epoch 3); description, material: QA spans; he wearing, color of the shirt: base
    case(
        "X529-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short pants. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and black shorts", who="he"),
        color_of("shirt", "the shirt", "restated", kind="open"),
        qa_material("cotton", "unsupported"),
        B.garment_type("t-shirt"),
        D.description("short-sleeve T-shirt with pure color patterns"),
        title="Nike Men Grey Melange Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a black knee-length fit-and-flare dress with white polka dots, short sleeves and a collar, bare
    # wrists, white studio.
    # caption: adapter (epoch 3); details: QA span; she wearing, color of the top: base
    case(
        "X529-031",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "lapel neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white polka dot dress", who="she"),
        color_of("top", "black and white", kind="open"),
        B.pattern("polka dots"),
        qa_details("an accessory on her wrist", "unsupported"),
        B.color("white", "contradiction"),
        title="Berrylush Women Black & White Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a brown leather biker jacket half zipped over a black tee, black jeans, white studio.
    # caption: adapter (epoch 1); material, details: QA spans; he wearing, color of the jeans: base
    case(
        "X529-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman also wears an outer clothing, with leather fabric and pure color "
            "patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown leather jacket", who="he"),
        qa_material("leather"),
        color_of("jeans", "brown", "contradiction", kind="open"),
        B.garment_type("jacket"),
        B.color("brown"),
        qa_details("", "non_answer"),
        title="Roadster Men Brown Solid Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a pink floor-length flared anarkali kurta with a green floral print and long sleeves, white
    # churidar, white studio.
    # caption: adapter (epoch 3); material, details: QA spans; she wearing, color of the top: base
    case(
        "X529-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady has neckwear. There is an accessory on her wrist. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink salwar kameez", who="she"),
        color_of("top", "pink", kind="open"),
        B.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        qa_material("chiffon"),
        qa_details("neckwear", "unsupported"),
        title="Biba Women Pink & Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a light-blue denim shirt with two chest pockets, sleeves rolled to the forearm, buttoned, black
    # jeans, white studio.
    # caption: adapter (epoch 3); wearing, material, details: QA spans; colors of the shirt and jeans: base
    case(
        "X529-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        qa_material("denim"),
        color_of("shirt", "blue", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        qa_details("lapel neckline"),
        B.sleeve_length("long sleeves"),
        title="WROGN Men Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a white schiffli-embroidered short-sleeve top tucked into beige linen trousers, white studio
    # wall with a potted palm.
    # caption: adapter (epoch 1); details, material: QA spans; she wearing, color of the top: base
    case(
        "X529-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady has",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a white blouse and tan pants question: what is the color of the shirt? answer: white",
            "leak",
            who="she",
        ),
        color_of("top", "white", kind="open"),
        B.garment_type("top"),
        qa_material("cotton"),
        qa_details("round neckline"),
        title="Styli Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a yellow long kurta with white chikankari embroidery and long sleeves, white pyjama, outdoors under
    # a sandstone archway.
    # caption: adapter (epoch 1); description: QA span; he wearing, color of the shirt: base
    case(
        "X529-036",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow kurta", who="he"),
        color_of(
            "shirt",
            "yellow question: what is he wearing? answer: a yellow kurta",
            "leak",
            kind="open",
        ),
        is_a("kurta", "yes"),
        B.color("white", "other_garment_color"),
        D.description("long-sleeve shirt with graphic patterns"),
        title="KISAH Men Yellow Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in black straight-fit trousers with a cream V-neck blouse tucked in, black heels, grey studio.
    # caption: adapter (epoch 3); description, material: QA spans; she wearing, color of the jeans: base
    case(
        "X529-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="she"),
        color_of("jeans", "black", kind="open"),
        B.garment_type("trousers"),
        qa_material("chiffon", "unsupported"),
        D.description("long trousers"),
        B.color("white", "other_garment_color"),
        title="Marks & Spencer Women Black Straight Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy short-sleeve camp-collar shirt with a green-and-white palm-leaf print, white shorts, white
    # studio.
    # caption: adapter (epoch 3); description: QA span; he wearing, color of the shirt: base
    case(
        "X529-038",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a short pants. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a hawaiian shirt", who="he"),
        color_of("shirt", "green", "contradiction", kind="open"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        D.description("short-sleeve shirt with floral patterns"),
        B.color("green", "contradiction"),
        title="Highlander Men Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an oversized lavender drop-shoulder tee with a small Snoopy print on the chest, black cycling
    # shorts, white studio.
    # caption: adapter (epoch 3); wearing, material: QA spans; color of the top: base
    case(
        "X529-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short pants. The shorts are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("The lady", "non_answer"),
        color_of("top", "the top", "restated", kind="open"),
        B.color("purple"),
        B.pattern("solid", "contradiction"),
        qa_material("cotton"),
        title="Kook N Keech Women Lavender Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in mid-blue distressed slim jeans with knee rips, a black tee and white sneakers, white studio.
    # caption: adapter (epoch 1); details, material: QA spans; he wearing, color of the jeans: base
    case(
        "X529-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("clothes", "non_answer", who="he"),
        color_of("jeans", "blue", kind="open"),
        qa_details("", "non_answer"),
        B.color("blue"),
        qa_material("denim"),
        title="SPYKAR Men Blue Distressed Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a red satin slip midi dress with thin straps and a cowl neck, dark grey backdrop.
    # caption: adapter (epoch 3); material, details: QA spans; she wearing, color of the top: base
    case(
        "X529-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a red dress question: what is the color of the dress? answer: red",
            "leak",
            who="she",
        ),
        qa_material("chiffon", "contradiction"),
        B.sleeve_length("sleeveless"),
        color_of("top", "red", kind="open"),
        B.garment_type("dress"),
        qa_details("an accessory on her", "cut"),
        title="Mango Women Red Satin Slip Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a colour-blocked tee (navy body, white chest panel), grey joggers, white studio.
    # caption: adapter (epoch 3); details: QA span; he wearing, color of the shirt: base
    case(
        "X529-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue and white shirt", "pronoun", who="he"),
        color_of("shirt", "white", kind="open"),
        B.pattern("colourblocked"),
        qa_details("round neckline"),
        B.color("grey", "other_garment_color"),
        title="HERE&NOW Men Navy Blue & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a light-wash blue denim jacket worn open over a white tee, black jeans, outdoors on a street.
    # caption: adapter (epoch 1); wearing, material: QA spans
    case(
        "X529-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        B.color("blue"),
        is_a("jacket", "yes"),
        qa_material("denim"),
        B.sleeve_length("long sleeves"),
        B.garment_type("shirt", "contradiction"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a rust satin wrap top with long balloon sleeves and black trousers, white studio.
    # caption: adapter (epoch 3); details, material: QA spans; she wearing, color of the top: base
    case(
        "X529-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown top and black pants", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        qa_material("chiffon", "contradiction"),
        B.color("orange"),
        qa_details("V-shape neckline"),
        title="Sassafras Women Rust Solid Satin Wrap Top",
        category="Tops",
        color="Rust",
    ),
    # photo: man in charcoal slim joggers with a white pullover hoodie and white sneakers, grey studio.
    # caption: adapter (epoch 1); material, description: QA spans; he wearing, color of the jeans: base
    case(
        "X529-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white hoodie and gray sweatpants", who="he"),
        color_of("jeans", "black", kind="open"),
        B.garment_type("trousers"),
        B.color("white", "other_garment_color"),
        qa_material("cotton"),
        D.description("long-sleeve sweater with pure color patterns", "contradiction"),
        title="Louis Philippe Sport Men Charcoal Grey Slim Fit Joggers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a pink-and-white pinstriped long-sleeve formal shirt with black formal trousers, blurred
    # office backdrop.
    # caption: adapter (epoch 3); description: QA span; she wearing, color of the shirt: base
    case(
        "X529-046",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink shirt and black pants", "pronoun", who="she"),
        color_of("shirt", "pink", kind="open"),
        B.pattern("striped"),
        D.description("long-sleeve shirt with striped patterns"),
        B.color("white", "contradiction"),
        title="Van Heusen Woman Pink Striped Formal Shirt",
        color="Pink",
        gender="Women",
    ),
]
