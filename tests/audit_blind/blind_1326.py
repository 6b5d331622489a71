"""BLIND_1326 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-third session.
Measured blind at d294d42 (the session's third rules): 43/60 failures found (71.7%) and 21/212 correct texts flagged
(9.9%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (kurtas, kurta pyjama sets, sherwanis, Nehru jackets). Catalog columns as
Myntra exports them: title, category (the article type: Kurtas, Kurta Sets, Sherwani, Nehru Jackets), color (the base
colour, e.g. Navy Blue, Off White, Multi), gender (Men); gender or colour left out on a few rows. Photos are the
usual studio shots: a model on a plain grey, beige or white backdrop wearing the product with a churidar, pyjama,
dhoti pants or jeans, mojaris; now and then a flat lay, a kurta on a hanger, a back view, or a prop (a cup, a stool,
sunglasses, a dupatta or stole, a safa, a pocket square).
Who wrote what: every caption and every open answer (wearing, description, details, material) is untuned
Salesforce/blip2-opt-2.7b, zero-shot, greedy, 50 new tokens for captions and 30 for answers. The closed questions
(garment type, color, pattern, sleeve length, "What is the color of the kurta/jacket/pajama?", "Is this a kurta?")
were answered by enrich's reference engine ranking a closed list of candidates, so they never loop or get cut; their
failures are the wrong candidate, most often the color of the garment next to the product (the white churidar under
a maroon kurta, the kurta under a Nehru jacket, the jeans, a pocket square) or "long sleeve" for a sleeveless jacket
worn over a full-sleeve kurta. The base model's open answers are short and mostly right; it fails by calling a navy
kurta black on a dark backdrop, by "woman"/"she" for a long-haired or chin-cropped model in a long kurta, by invented
props and fabrics (a turban nobody wears, "silk" for a polyester jacquard, "linen" for cotton), by answering about the
prop instead of the garment, and on the longer prompts by looping or running to the limit; twice it went on with a
new "Question: ... Answer:" of its own.
Labeling conventions and judgement calls: the truth is what the comment above each case says the photo shows, plus
the title and the product-details fabric. Near shades are right: maroon -> red, navy -> blue, cream/off white ->
white, teal/sea green/mint -> green, lavender -> purple, magenta -> pink, peach -> orange, gold as "gold". A Nehru
jacket called a "vest" or "jacket" is right (it is a sleeveless waistcoat); a sherwani called a "jacket" or "dress"
in the closed garment type is a contradiction, and so is "shirt" for a kurta where I used it (flat lay, bandhani).
"Is this a kurta?" answered "yes" for a Nehru jacket product is a contradiction even though a kurta is visible
underneath. A closed color that is the color of another garment or accessory in the shot is other_garment_color; a
color that is simply wrong (black for navy) is contradiction; "long sleeve" for a sleeveless jacket is a
contradiction. A material answer that disagrees with the listed fabric, or an invented prop or detail, is
unsupported. A detail answer that talks about the prop, the pose or the camera angle instead of the garment, or one
word that does not answer the question, is non_answer; "the details of the garment" and "a garment worn by men" are
restated. About one text in five is wrong: the base model's short answers and the ranked closed answers are
mostly right on these plain studio shots. A text that ran to the limit and also invented something is labelled by the
invention, with hit_limit set. "Shirt" for a kurta appears in the caption and wearing answer of the striped flat lay
and the bandhani caption, and is marked there; "white shirt" on the Nehru jacket shot is a real shirt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, material, wearing

BLIND_1326 = [
    # Model in a navy blue solid straight kurta, white churidar, brown mojaris, grey backdrop. Caption and open
    # answers: base BLIP-2; closed: reference engine. All right.
    case(
        "X1326-001",
        caption("a man in a navy blue kurta and white pants standing in front of a grey wall"),
        wearing("kurta"),
        B.garment_type("kurta"),
        B.color("blue"),
        B.sleeve_length("long sleeve"),
        Q.details("it has a mandarin collar and buttons"),
        gender="Men",
        title="Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # White chikankari kurta with white pyjama on a model, beige backdrop; fabric cotton per product details.
    # Base BLIP-2 captions/open answers, engine closed answers. All right.
    case(
        "X1326-002",
        caption("a man in a white kurta and white pants"),
        wearing("white kurta pajama"),
        B.color("white"),
        B.pattern("embroidered"),
        Q.details("embroidery on the front of the kurta"),
        material("cotton"),
        gender="Men",
        title="Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Maroon kurta with a gold embroidered yoke, cream churidar, model standing with hands in the kurta's side
    # pockets. The engine gave the kurta the churidar's color and called the yoke-embroidered kurta solid.
    case(
        "X1326-003",
        caption("a man in a maroon kurta and white pants standing with his hands in his pockets"),
        wearing("a red kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        B.color("red"),
        B.pattern("solid", "contradiction"),
        Q.details("gold embroidery on the neck"),
        gender="Men",
        title="Men Maroon Yoke Design Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Mustard kurta, white pyjama, model on white. Base BLIP-2 ran the details answer to the 30-token limit.
    case(
        "X1326-004",
        caption("a man in a yellow kurta and white pants posing for a photo"),
        wearing("yellow kurta"),
        B.color("yellow"),
        B.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        Q.description("a yellow kurta with a white pajama"),
        Q.details(
            "the kurta has a mandarin collar and a button placket, and the pajama has an elastic waistband with a"
            " drawstring at the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Black Nehru jacket with a small gold print, worn over a white full-sleeve kurta and white pyjama. The engine
    # answered the jacket's color, its sleeves and "is this a kurta" from the kurta underneath.
    case(
        "X1326-005",
        caption("a man wearing a black vest and white pants"),
        B.garment_type("vest"),
        color_of("jacket", "white", "other_garment_color"),
        B.color("black"),
        B.pattern("printed"),
        B.sleeve_length("long sleeve", "contradiction"),
        is_a("kurta", "yes", "contradiction"),
        gender="Men",
        title="Men Black Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Cream sherwani with gold embroidery at collar, cuffs and placket, cream churidar, maroon safa (turban) and a
    # maroon stole: styled for a wedding. Fabric silk blend per product details. All right.
    case(
        "X1326-006",
        caption("a man in a white sherwani and a red turban"),
        wearing("sherwani"),
        B.garment_type("sherwani"),
        B.color("white"),
        Q.details("gold embroidery on the collar and the cuffs and the front of the sherwani"),
        material("silk"),
        gender="Men",
        title="Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Teal kurta with a subtle woven self-design (jacquard), white pyjama. Product details: polyester viscose
    # jacquard. The engine called it solid; base BLIP-2 guessed silk from the sheen.
    case(
        "X1326-007",
        caption("a man in a green kurta standing in front of a white background"),
        wearing("a kurta"),
        B.color("green"),
        B.pattern("solid", "contradiction"),
        Q.details("the kurta has a collar"),
        material("silk", "unsupported"),
        gender="Men",
        title="Men Teal Green Woven Design Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Three-piece set: off-white kurta and pyjama with a blue floral printed Nehru jacket on top. The engine gave the
    # kurta the jacket's blue.
    case(
        "X1326-008",
        caption("a man in a blue vest and white pants"),
        wearing("blue jacket"),
        Q.description("a blue vest over a white kurta"),
        color_of("kurta", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        Q.details("the vest has a floral print"),
        gender="Men",
        title="Men Off White Solid Kurta Pyjama Set with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
    ),
    # Pink floral printed knee-length kurta, white churidar; the shot is cropped at the chin, no face. Base BLIP-2
    # took the man for a woman and the kurta for a dress.
    case(
        "X1326-009",
        caption("a woman wearing a pink floral dress and white leggings", "pronoun"),
        wearing("pink dress", "contradiction"),
        B.garment_type("kurta"),
        B.color("pink"),
        B.pattern("floral"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Men Pink Floral Printed Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Beige self-design kurta with matching beige trousers, brown loafers. Buttons are plain brown plastic; fabric
    # cotton per product details. Base BLIP-2 invented wooden buttons and linen.
    case(
        "X1326-010",
        caption("a man in a beige kurta and beige pants"),
        wearing("a beige kurta and pants"),
        B.color("beige"),
        B.sleeve_length("long sleeve"),
        Q.details("the buttons are made of wood", "unsupported"),
        material("linen", "unsupported"),
        gender="Men",
        title="Men Beige Self Design Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
    ),
    # Gold silk-blend sherwani with tonal embroidery, off-white churidar, mojaris, grey wall. Base BLIP-2 looped on
    # the description.
    case(
        "X1326-011",
        caption("a man in a gold sherwani standing in front of a grey wall"),
        wearing("he is wearing a sherwani", who="the man"),
        B.garment_type("sherwani"),
        B.color("gold"),
        material("silk"),
        Q.description(
            "a gold sherwani with gold embroidery and a gold sherwani with gold embroidery and a gold sherwani with"
            " gold embroidery and a gold",
            "loop",
            hit_limit=True,
        ),
        Q.details("the sherwani has a high collar and buttons down the front"),
        gender="Men",
        title="Men Gold-Toned Silk Blend Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Flat lay: a blue and white striped short kurta with a chest pocket, on white. No person. Base BLIP-2 called it a
    # shirt in the caption and in "wearing".
    case(
        "X1326-012",
        caption("a blue and white striped shirt on a white background", "contradiction"),
        wearing("striped shirt", "contradiction"),
        B.garment_type("kurta"),
        B.color("blue"),
        B.pattern("striped"),
        B.sleeve_length("long sleeve"),
        Q.details("there is a pocket on the chest"),
        gender="Men",
        title="Men Blue & White Striped Short Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Olive Nehru jacket over a white kurta-shirt with blue jeans. Product details: cotton linen blend. The engine's
    # garment color is the jeans; base BLIP-2 said wool.
    case(
        "X1326-013",
        caption("a man in a green vest and blue jeans"),
        color_of("jacket", "green"),
        B.color("blue", "other_garment_color"),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        material("wool", "unsupported"),
        gender="Men",
        title="Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
    ),
    # Back view: red kurta with ethnic-motif embroidery across the shoulders, white pyjama. The engine gave the
    # pyjama the kurta's red; base BLIP-2 answered the details with the camera angle.
    case(
        "X1326-014",
        caption("the back of a man in a red kurta and white pants"),
        wearing("red kurta and white pants"),
        color_of("pants", "red", "other_garment_color"),
        B.color("red"),
        B.pattern("embroidered"),
        Q.details("the back of the kurta", "non_answer"),
        gender="Men",
        title="Men Red Ethnic Motifs Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
    ),
    # Grey melange pure cotton kurta with a mandarin collar and placket, blue jeans, model holding a coffee cup.
    # Base BLIP-2 gave it a v neck.
    case(
        "X1326-015",
        caption("a man in a grey kurta holding a cup of coffee"),
        wearing("grey kurta and jeans"),
        B.color("grey"),
        Q.description("it is a grey kurta with a v neck", "unsupported"),
        material("cotton"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Men Grey Melange Pure Cotton Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Black kurta with white dhoti pants, model on grey. The engine gave the dhoti the kurta's black.
    case(
        "X1326-016",
        caption("a man in a black kurta and white dhoti"),
        wearing("black kurta and white dhoti"),
        B.color("black"),
        color_of("pants", "black", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Black Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Black",
    ),
    # Pink sherwani with tonal embroidery at collar and cuffs, matching churidar, bare head, beige backdrop. Base
    # BLIP-2 added a turban; the engine picked "jacket".
    case(
        "X1326-017",
        caption("a man in a pink sherwani and a white turban", "unsupported"),
        wearing("sherwani"),
        B.color("pink"),
        B.garment_type("jacket", "contradiction"),
        B.sleeve_length("long sleeve"),
        Q.details("embroidery on the collar and the sleeves"),
        gender="Men",
        title="Men Pink Embroidered Sherwani Set",
        category="Sherwani",
        color="Pink",
    ),
    # Navy kurta with a small white floral print on a dark charcoal backdrop; it reads almost black. Caption and
    # engine said black; the description got it right.
    case(
        "X1326-018",
        caption("a man in a black kurta standing in front of a dark background", "contradiction"),
        wearing("a kurta"),
        B.color("black", "contradiction"),
        B.pattern("printed"),
        B.sleeve_length("long sleeve"),
        Q.description("a dark blue kurta with small white flowers"),
        gender="Men",
        title="Men Navy Blue Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Sea green cotton kurta with white pyjama; the feed left gender out on this row. All right.
    case(
        "X1326-019",
        caption("a man in a green kurta and white pants"),
        wearing("he is wearing a green kurta and white pajamas"),
        B.color("green"),
        B.pattern("solid"),
        material("cotton"),
        Q.details("the kurta has a mandarin collar and a button placket"),
        title="Men Sea Green Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # White Nehru jacket with gold embroidery over a beige-gold kurta and white churidar. The caption gave the
    # churidar the kurta's gold.
    case(
        "X1326-020",
        caption("a man in a white jacket and gold pants", "contradiction"),
        B.color("white"),
        B.pattern("embroidered"),
        B.sleeve_length("sleeveless"),
        is_a("kurta", "no"),
        Q.details("gold embroidery"),
        gender="Men",
        title="Men White & Gold-Toned Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="White",
    ),
    # Rust orange linen A-line kurta (no pockets on the chest), model with hands on hips, off-white pyjama. Base
    # BLIP-2 answered "wearing" with a color, added a chest pocket, and said cotton.
    case(
        "X1326-021",
        caption("a man in an orange kurta standing with his hands on his hips"),
        wearing("orange", "non_answer"),
        B.garment_type("kurta"),
        B.color("orange"),
        B.sleeve_length("long sleeve"),
        Q.details("the kurta has a collar and buttons and a pocket on the chest", "unsupported"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Men Rust Orange Solid Linen A-Line Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Lavender kurta with white-thread chikankari, white pyjama; fabric cotton per product details. Base BLIP-2 ran
    # the description to the limit.
    case(
        "X1326-022",
        caption("a man in a purple kurta and white pants"),
        wearing("purple kurta pajama"),
        B.color("purple"),
        B.pattern("embroidered"),
        Q.details("white embroidery on the front of the kurta"),
        Q.description(
            "the kurta is light purple with white embroidery and the pants are white. the kurta is made of cotton and"
            " the pants are made of",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Lavender Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Maroon velvet Nehru jacket over a black kurta and black pants. The engine gave the jacket the kurta's black.
    case(
        "X1326-023",
        caption("a man in a red velvet jacket and black pants"),
        color_of("jacket", "black", "other_garment_color"),
        B.color("red"),
        B.garment_type("jacket"),
        B.sleeve_length("sleeveless"),
        material("velvet"),
        gender="Men",
        title="Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Yellow kurta with a green leaf print, full sleeves, white pyjama. The engine picked short sleeves.
    case(
        "X1326-024",
        caption("a man in a yellow kurta with green leaves on it"),
        wearing("yellow kurta"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("short sleeve", "contradiction"),
        Q.details("green leaves"),
        gender="Men",
        title="Men Yellow & Green Leaf Printed Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Black velvet sherwani with gold embroidery, black churidar, gold stole over one shoulder. Base BLIP-2's
    # description ran to the limit and called the velvet silk.
    case(
        "X1326-025",
        caption("a man in a black sherwani with gold embroidery"),
        wearing("a black sherwani"),
        B.color("black"),
        B.pattern("embroidered"),
        Q.description(
            "a black sherwani with gold embroidery on the collar and sleeves and a gold shawl over the shoulder. the"
            " sherwani is made of silk and",
            "unsupported",
            hit_limit=True,
        ),
        material("velvet"),
        gender="Men",
        title="Men Black Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Green bandhani (tie-dye dot) printed kurta, white pyjama. The caption called the kurta a shirt.
    case(
        "X1326-026",
        caption("a man in a green and white polka dot shirt", "contradiction"),
        wearing("kurta"),
        B.garment_type("kurta"),
        B.pattern("polka dot"),
        B.color("green"),
        gender="Men",
        title="Men Green Bandhani Printed Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Flat lay: white pure cotton kurta and pyjama folded on a plain light grey surface, no bed. Base BLIP-2 put
    # it on a bed and answered the details with the question.
    case(
        "X1326-027",
        caption("a white shirt and pants laid out on a bed", "unsupported"),
        B.garment_type("kurta"),
        B.color("white"),
        material("cotton"),
        B.sleeve_length("long sleeve"),
        Q.details("the details of the garment", "restated"),
        gender="Men",
        title="Men White Pure Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
    ),
    # Navy and gold jacquard Nehru jacket (polyester per product details) over a cream full-sleeve kurta and
    # churidar. Engine: sleeves from the kurta. Base BLIP-2: silk, and a details answer that went on with its own
    # question.
    case(
        "X1326-028",
        caption("a man in a blue and gold vest and white pants"),
        color_of("jacket", "blue"),
        B.color("blue"),
        B.pattern("printed"),
        B.sleeve_length("long sleeve", "contradiction"),
        material("silk", "unsupported"),
        Q.details("the vest has a mandarin collar Question: what is the color of the vest? Answer: blue", "leak"),
        gender="Men",
        title="Men Navy Blue & Gold-Toned Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Back view of a blue and white ikat kurta (diamond motifs), white pyjama. The engine picked striped.
    case(
        "X1326-029",
        caption("a man in a blue and white kurta standing with his back to the camera"),
        wearing("blue kurta"),
        B.color("blue"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Men Blue Ikat Printed Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Cream embroidered kurta with churidar and a maroon dupatta around the neck. The engine's garment color is the
    # dupatta's.
    case(
        "X1326-030",
        caption("a man in a white kurta with a red scarf around his neck"),
        wearing("kurta and dupatta"),
        B.color("red", "other_garment_color"),
        B.pattern("embroidered"),
        Q.details("the dupatta is red"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Cream Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Cream",
    ),
    # Charcoal Nehru jacket (cotton blend) over a white shirt and jeans, model holding sunglasses. Base BLIP-2's
    # description said only what the question says.
    case(
        "X1326-031",
        caption("a man in a grey vest and jeans holding a pair of sunglasses"),
        wearing("a grey vest and a white shirt"),
        B.color("grey"),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        Q.description("it is a garment worn by men", "restated"),
        material("cotton"),
        gender="Men",
        title="Men Charcoal Grey Solid Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
    ),
    # Orange kurta with white pyjama, model sitting on a wooden stool. Engine: the pyjama in the kurta's orange.
    # Base BLIP-2 answered the details with the pose.
    case(
        "X1326-032",
        caption("a man in an orange kurta sitting on a stool"),
        wearing("orange kurta and white pants"),
        B.color("orange"),
        color_of("pajama", "orange", "other_garment_color"),
        Q.details("he is sitting on a stool", "non_answer"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Men Orange Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
    ),
    # Magenta silk kurta, model with long hair in a bun and a beard, white wall. Base BLIP-2 said woman in the
    # caption and she in the description.
    case(
        "X1326-033",
        caption("a woman in a pink kurta standing in front of a white wall", "pronoun"),
        wearing("pink kurta"),
        B.color("pink"),
        B.pattern("solid"),
        material("silk"),
        Q.description("she is wearing a pink kurta with gold buttons", "pronoun"),
        gender="Men",
        title="Men Magenta Solid Silk Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Off-white sequinned sherwani with matching churidar and an off-white safa. Base BLIP-2 looped on the
    # description.
    case(
        "X1326-034",
        caption("a man in a white sherwani and a white turban"),
        B.garment_type("sherwani"),
        B.color("white"),
        B.pattern("embroidered"),
        Q.details("the sherwani has a lot of sequins on it"),
        Q.description(
            "a white sherwani with a white turban and a white turban and a white turban and a white turban and a"
            " white turban and a white turban",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Off White Sequinned Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Multicolor patchwork-print short-sleeve kurta (red, orange, yellow, a little teal) with blue jeans. The
    # engine's color is the jeans'.
    case(
        "X1326-035",
        caption("a man wearing a colorful kurta and blue jeans"),
        wearing("colorful kurta and jeans"),
        B.color("blue", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("short sleeve"),
        gender="Men",
        title="Men Multicoloured Patchwork Printed Short Sleeves Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # Coffee brown solid cotton kurta with a white churidar; gender left out. All right.
    case(
        "X1326-036",
        caption("a man in a brown kurta and white pants standing in front of a white background"),
        B.color("brown"),
        color_of("kurta", "brown"),
        B.pattern("solid"),
        Q.details("the kurta has a high collar and the pants are tight"),
        material("cotton"),
        title="Men Coffee Brown Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Coffee Brown",
    ),
    # Turquoise short kurta with blue jeans. Base BLIP-2 described it with one word.
    case(
        "X1326-037",
        caption("a man in a blue kurta and jeans"),
        Q.description("kurta", "non_answer"),
        B.color("blue"),
        B.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Turquoise Blue Solid Short Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Bottle green sherwani with gold collar and buttons, gold dupatta, maroon safa. Base BLIP-2 looped on the
    # details; the engine picked dress for the long coat.
    case(
        "X1326-038",
        caption("a man in a green sherwani and a red turban"),
        wearing("green sherwani with gold dupatta"),
        B.color("green"),
        B.garment_type("dress", "contradiction"),
        B.sleeve_length("long sleeve"),
        Q.details(
            "the sherwani has a gold collar and gold buttons and a gold dupatta and a gold collar and gold buttons and"
            " a gold dupatta and a gold",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Men Green Embroidered Sherwani Set with Dupatta",
        category="Sherwani",
        color="Green",
    ),
    # Sky blue cotton kurta with white pyjama. All right.
    case(
        "X1326-039",
        caption("a man in a light blue kurta and white pants"),
        wearing("blue kurta and white pajamas"),
        B.color("blue"),
        color_of("pajama", "white"),
        B.pattern("solid"),
        material("cotton"),
        gender="Men",
        title="Men Sky Blue Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Three-piece: peach printed Nehru jacket over a white kurta and white pyjama; the feed's base colour is the
    # kurta's white. The engine gave the jacket the kurta's white and the kurta's sleeves.
    case(
        "X1326-040",
        caption("a man in an orange vest and white pants"),
        wearing("orange vest"),
        B.color("white"),
        color_of("jacket", "white", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("long sleeve", "contradiction"),
        Q.details("the vest has a floral print and the kurta is white"),
        gender="Men",
        title="Men White Kurta Pyjama Set with Peach Printed Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Maroon solid kurta, white pyjama, grey backdrop. Base BLIP-2's wearing answer went on with questions of its
    # own to the limit.
    case(
        "X1326-041",
        caption("a man in a maroon kurta and white pants"),
        wearing(
            "maroon kurta Question: what is the color of the kurta? Answer: maroon Question: what is the color of the"
            " pants? Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        B.color("red"),
        B.pattern("solid"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Men Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Mint green linen kurta on a wooden hanger against a white wall, no model. Base BLIP-2 answered the details
    # with the hanger.
    case(
        "X1326-042",
        caption("a green kurta hanging on a wooden hanger"),
        B.garment_type("kurta"),
        B.color("green"),
        material("linen"),
        Q.details("it has a wooden hanger", "non_answer"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Men Mint Green Solid Linen Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Grey self-design Nehru jacket (wool blend) with a pink pocket square, over a white kurta. The engine's
    # garment color is the pocket square's, and it said yes to "is this a kurta" from the kurta underneath.
    case(
        "X1326-043",
        caption("a man in a grey vest with a pink pocket square"),
        color_of("jacket", "grey"),
        B.color("pink", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        Q.details("there is a pocket square in the pocket"),
        material("wool"),
        is_a("kurta", "yes", "contradiction"),
        gender="Men",
        title="Men Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Purple kurta, white pyjama, model with hands in pockets, eyes open, facing the camera. Base BLIP-2's caption
    # ran on to the 50-token limit.
    case(
        "X1326-044",
        caption(
            "a man in a purple kurta and white pants standing in front of a white wall with his hands in his pockets"
            " and his feet crossed and his head turned to the side and his eyes closed and his mouth",
            "cut",
            hit_limit=True,
        ),
        wearing("purple kurta and white pajama"),
        B.color("purple"),
        B.pattern("solid"),
        B.sleeve_length("long sleeve"),
        gender="Men",
        title="Men Purple Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Purple",
    ),
    # Flat lay: yellow kurta with a mandarin collar and white pyjama, a pair of brown juttis beside them. Base
    # BLIP-2 gave the kurta a round neck.
    case(
        "X1326-045",
        caption("a yellow kurta and white pants with a pair of brown shoes"),
        B.garment_type("kurta"),
        B.color("yellow"),
        color_of("pajama", "white"),
        Q.details("the kurta has a round neck", "unsupported"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
    ),
]
