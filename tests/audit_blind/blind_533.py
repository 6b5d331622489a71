"""BLIND_533 (46 products; DeepFashion In-shop studio photos, women's and men's casualwear, VQA questions): written
blind in the fiftieth session. Measured blind at e273f8d (the session's rules as they stood): 133/141 failures found
(94.3%) and 5/178 correct texts flagged (2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed (title, category, color, gender; a few rows miss the color or the
gender) over DeepFashion In-shop style studio photos: one model in front of a plain white or grey backdrop, full
length or cropped at the knees, front view, wearing the product with other garments (a tee tucked into the skirt, a
shirt over the chinos, a cardigan over a camisole). Women's blouses, tees, dresses, skirts, jumpsuits and playsuits,
shorts, cardigans, sweaters, denim, jackets and coats; men's tees, polos, shirts, sweaters, cardigans, hoodies,
jackets, coats, trousers, track pants, jeans and shorts. Seller colors are vendor words (Navy Blue, Coral, Olive,
Mustard, Charcoal, Teal, Rust, Khaki, Lavender, Grey Melange, Off White). The questions are the experiments' VQA
questions ("What cloth is the person wearing?", "What is the color of the {garment}?", "Is this a {garment}?",
"What material is the {garment}?") with In-shop garment words (tee, blouse, hoodie, romper, polo shirt...), plus
enrich's default open questions (wearing, description, details, material) and its closed garment_type, color,
pattern and sleeve_length.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
grey coat and black pants") unless the comment says the caption adapter (the DeepFashion-MultiModal template, "The
gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric...") or, once,
the VQA adapter wrote it. Open answers come from the base model unless the comment names an adapter. The base model
stops on its own: its texts never have hit_limit. The caption adapter has no end token: every text of it runs to
its limit (50 new tokens for captions, 30 for answers) with hit_limit=True and, asked anything, it returns its
template. The VQA adapter (one epoch, unmasked labels, no end token) also runs to its 30-token limit with
hit_limit=True: it either repeats its one-word answer ("pink pink pink ...") or goes on into the next turn of its
training format ("pink Question: Is this a tee? Answer: yes Question: ..."). The closed questions (garment_type,
color, pattern, sleeve_length, per-piece color questions asked closed, and "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets: never a loop, never a cut, never hit_limit, but sometimes
the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or a navy-and-white stripe; pink or orange
  for coral; red for maroon or rust; yellow for mustard; green for olive, teal or mint; grey for charcoal or grey
  melange; white or cream for off white; beige or brown for khaki; purple for lavender. Mint called blue and
  maroon called purple are contradictions; navy called black is a contradiction, or other_garment_color where
  another garment in the photo is black.
- The color of the print (pink flowers on a navy dress, white letters on a black tee, green leaves on a black
  shirt, blue flowers on a white playsuit) given as the garment's color is contradiction. The color of another
  garment in the photo (the tucked-in tee, the camisole under the cardigan, the pants under the shirt) given as the
  product's or another piece's color is other_garment_color, from the base model or the reference engine alike.
- A two-color garment (a black-and-white colour-block dress, a white raglan tee with navy sleeves) answered with
  either of its own colors is correct, even where the seller's color is the other one.
- Garment synonyms are correct: tee, t-shirt, shirt or top for a tee; blouse, shirt or top for a blouse; polo
  shirt for a polo tee; pants for trousers, chinos, track pants or jeans; jacket for a coat (In-shop's
  jacket/coat class); sweater for a cardigan (a cardigan is a button-front sweater); romper for a playsuit. A
  jumpsuit or a playsuit called a dress, a shirt dress called a shirt, and the template's "shirt ... pants" for a
  jumpsuit are contradictions. "What cloth is the person wearing?" answered with only the other garment ("a white
  tank top" for the shorts) is correct: it is true of the photo.
- The reference engine's pattern for the garment: pleats answered striped and the tucked-in tee's stripes given to
  a plain denim skirt are contradictions; tropical leaves answered floral is correct; track pants with side tape
  that the seller calls solid answered solid is correct. Sleeve lengths are judged against the photo and the title.
- Materials: one the title names (chiffon, denim, cotton, rayon, wool blend, faux leather as "leather", lace) or a
  plausible look-alike on an unnamed fabric (wool for a knit sweater or cardigan, polyester for a bomber or track
  pants, cotton for a plain top, knit for a crochet cardigan) is correct; one neither named nor visible (silk on a
  chiffon top, a crepe wrap dress, a viscose top or a pleated skirt; linen on an oxford shirt; denim on formal
  trousers; wool on a cotton-look hoodie) is unsupported. A material question answered with the garment's name or
  color ("it is a sweater", "t-shirt", "the shirt is white") is restated; an empty answer is non_answer.
- Invented things not in the photo (a hat, a scarf for a turtleneck, a hood on a crew-neck or on a biker jacket, a
  chest pocket on a plain tee, a belt on a beltless dress, a zipper on a back a front view does not show, a skull
  print where the print is lettering, a logo on a plain polo) are unsupported.
- Caption-adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut. Where the template misnames the garment itself (a jumpsuit as a shirt and pants), that is what
  the auditor sees first: contradiction, hit_limit kept. A wrong fabric or an invented accessory inside a template
  that is cut stays cut. The template returned for a material question is restated (it does not answer, even when it
  names a fabric); returned for "What is the person wearing?" or "What are the details of the garment?" it does
  answer, so those are cut or loop.
- VQA-adapter texts: the word repeated to the limit is loop; an answer that runs on into "Question: ... Answer:" is
  leak, even where its first word is right or wrong. A base answer that runs on into "Question: ... Answer: ..."
  before stopping is leak too. A base answer stopped early ("it is made of") is cut, without hit_limit.
- "the details are on the jeans", "the shirt has details" and "i'm not sure" are non_answer; "the shorts are denim
  shorts", "the pants are pants" and "the shorts" for a description are restated.
- "he" for a woman and "she" for a man are pronoun.
- "Is this a ...?" asks about the seller's garment (In-shop word); "no" for the garment in the photo is
  contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")


def material_of(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The VQA set's own material question, "What material is the {garment}?", free generation."""
    make = question(f"material_{garment.replace(' ', '_')}", f"What material is the {garment}?", "open")
    return make(text, failure, hit_limit)


BLIND_533 = [
    # photo: woman in a white sleeveless chiffon top with a round neck, tucked into black shorts; plain white
    # backdrop, front view, cropped at the knees.
    # caption: caption adapter
    case(
        "X533-001",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with chiffon fabric. It has a round "
            "neckline. The shorts this lady wears is of short length. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        cloth("a white blouse and black shorts"),
        color_of("blouse", "white", kind="open"),
        is_a("blouse", "yes"),
        B.pattern("floral", "contradiction"),
        B.sleeve_length("sleeveless"),
        material_of("blouse", "silk", "unsupported"),
        title="HERE&NOW Women White Solid Chiffon Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a coral short-sleeve crew-neck tee (no pocket) with light blue denim shorts; white backdrop,
    # front view.
    # VQA adapter: color of the tee, cloth
    case(
        "X533-002",
        caption("a woman in a pink t-shirt and denim shorts"),
        color_of(
            "tee",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        cloth(
            "tee Question: What is the color of the tee? Answer: pink Question: Is this a tee? Answer: yes Question: "
            "What cloth is the",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("orange"),
        B.pattern("solid"),
        D.details("it has a pocket on the left side", "unsupported"),
        title="Roadster Women Coral Solid Round Neck T-shirt",
        category="Tshirts",
        color="Coral",
        gender="Women",
    ),
    # photo: man in a navy pique polo with a white-tipped collar, two buttons, beige chinos; white backdrop, full
    # length.
    # caption: caption adapter; VQA adapter: cloth
    case(
        "X533-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        cloth(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo "
            "shirt polo shirt polo shirt polo shirt polo shirt polo shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("polo shirt", "black", "contradiction", kind="open"),
        is_a("polo shirt", "yes"),
        B.sleeve_length("short sleeves"),
        D.details("it has a white striped collar"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a navy-and-white breton striped long-sleeve tee, round neck, with white jeans; light grey
    # backdrop, front view.
    # caption adapter: material
    case(
        "X533-004",
        caption("a woman in a striped shirt and white jeans"),
        B.pattern("striped"),
        B.color("blue"),
        color_of("jeans", "white"),
        D.description("a striped shirt with long sleeves and a round neck"),
        D.details("it has a pocket on the chest and a zipper on the side", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this",
            "restated",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Blue & White Striped Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a grey melange pullover hoodie with a kangaroo pocket and white drawcords, long sleeves, black
    # joggers; white backdrop.
    # VQA adapter: cloth
    case(
        "X533-005",
        caption("a man wearing a grey hoodie and black pants"),
        cloth(
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt "
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt",
            "loop",
            hit_limit=True,
        ),
        color_of("hoodie", "grey", kind="open"),
        is_a("hoodie", "yes"),
        D.details("it has a hood and a pocket in the front"),
        material_of("hoodie", "wool", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a sleeveless navy maxi dress with a pink and yellow flower print, V-neck; white backdrop,
    # full length.
    # caption: caption adapter; details: caption adapter
    case(
        "X533-006",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral dress"),
        color_of("dress", "pink", "contradiction", kind="open"),
        B.pattern("floral"),
        B.garment_type("dress"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a white long-sleeve formal shirt with a chest pocket, tucked into navy trousers; grey backdrop.
    # VQA adapter: wearing
    case(
        "X533-007",
        caption("a man in a white shirt and blue pants"),
        D.wearing(
            "shirt Question: What is the color of the shirt? Answer: white Question: Is this a shirt? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves"),
        material_of("shirt", "the shirt is white", "restated"),
        D.details("the shirt has a pocket on the left side and buttons"),
        title="Van Heusen Men White Slim Fit Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in an olive utility jumpsuit, short sleeves rolled up, self-tie belt, two chest pockets; white
    # backdrop, full length.
    # caption: caption adapter
    case(
        "X533-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a green jumpsuit"),
        B.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        material_of("jumpsuit", "it is made of", "cut"),
        D.details("it has a belt and pockets"),
        title="Tokyo Talkies Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a black faux-leather biker jacket with an asymmetric zip, no hood, open over a white crew tee,
    # blue jeans; white backdrop.
    # VQA adapter: wearing
    case(
        "X533-009",
        caption("a man in a black leather jacket and jeans"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.wearing(
            "jacket Question: What is the color of the jacket? Answer: black Question: Is this a jacket? Answer: yes "
            "Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.material("leather"),
        B.sleeve_length("long sleeves"),
        D.details("it has a zipper and a hood", "unsupported"),
        title="Roadster Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light-wash frayed denim shorts with a white tank top tucked in; white backdrop, cropped at
    # the knees.
    # caption: caption adapter
    case(
        "X533-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The shorts this lady wears is of short length. The shorts are with denim",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        cloth("a white tank top"),
        is_a("shorts", "yes", article="a pair of"),
        D.details("the shorts are denim shorts", "restated"),
        material_of("shorts", "denim"),
        B.color("white", "other_garment_color"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck pullover with ribbed cuffs, a blue shirt collar showing at the neck, beige
    # chinos; white backdrop.
    # details: caption adapter
    case(
        "X533-011",
        caption("a man wearing a red sweater and khaki pants"),
        color_of("sweater", "purple", "contradiction", kind="open"),
        D.wearing("he is wearing a sweater and a blue shirt"),
        B.color("red"),
        B.material("wool"),
        is_a("sweater", "yes"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Maroon Solid Pullover Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # photo: woman in a mustard accordion-pleated midi skirt with a white short-sleeve tee tucked in; white
    # backdrop, front view.
    # caption: caption adapter
    case(
        "X533-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of medium length. The skirt is with chiffon fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        B.color("yellow"),
        B.pattern("striped", "contradiction"),
        D.description("a yellow pleated skirt"),
        is_a("skirt", "yes"),
        material_of("skirt", "silk", "unsupported"),
        title="DressBerry Women Mustard Yellow Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black crew-neck tee with a large white and red "BROOKLYN 1987" lettering print, grey
    # shorts; white backdrop.
    # VQA adapter: cloth
    case(
        "X533-013",
        caption("a man wearing a black t-shirt with the word brooklyn on it"),
        color_of("tee", "white", "contradiction", kind="open"),
        B.pattern("printed"),
        D.details("it has a red and white print that says brooklyn 1987"),
        cloth(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        D.wearing("a black t-shirt with a skull on it", "unsupported"),
        title="WROGN Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a red wrap dress with three-quarter sleeves, V-neck, tie at the waist, knee length; light
    # grey backdrop.
    # VQA adapter: color of the dress
    case(
        "X533-014",
        caption("a woman in a red dress posing for a picture"),
        wearing("he is wearing a red dress", "pronoun", who="she"),
        color_of(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        D.details("it has a v-neck and a tie at the waist"),
        B.material("silk", "unsupported"),
        is_a("dress", "yes"),
        title="Harpa Women Red Solid Crepe Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a light blue denim shirt, long sleeves, two flap chest pockets, black jeans; white backdrop.
    # caption: caption adapter; VQA adapter: color of the shirt
    case(
        "X533-015",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        cloth("a denim shirt"),
        color_of(
            "shirt",
            "blue Question: What cloth is the person wearing? Answer: denim Question: Is this a denim? Answer: yes "
            "Question: What is",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        is_a("shirt", "yes"),
        material_of("shirt", "denim"),
        D.details("the shirt has two pockets and a hood", "unsupported"),
        title="Levis Men Blue Slim Fit Casual Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an off-white open-front crochet cardigan, long sleeves, over a black camisole, blue jeans;
    # white backdrop.
    # details: caption adapter
    case(
        "X533-016",
        caption("a woman wearing a white cardigan and a black top"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        B.color("cream"),
        B.garment_type("sweater"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        B.material("knit"),
        is_a("cardigan", "no", "contradiction"),
        title="ONLY Women Off-White Self Design Open Front Crochet Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: man in olive cargo shorts with side flap pockets, a white henley tee; white backdrop.
    # VQA adapter: cloth
    case(
        "X533-017",
        caption("a man in a white shirt and green shorts"),
        color_of("shorts", "green", kind="open"),
        B.color("white", "other_garment_color"),
        D.details("they have pockets on the sides"),
        material_of("shorts", "cotton"),
        D.description("the shorts", "restated"),
        cloth(
            "shorts Question: What is the color of the shorts? Answer: green Question: Is this a shorts? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a black-and-white colour-block shift dress (black top half, white skirt half), short
    # sleeves, no belt, knee length; white backdrop.
    # caption: caption adapter
    case(
        "X533-018",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve dress with color block patterns. The dress is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white dress"),
        B.pattern("color block"),
        B.color("white"),
        B.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        D.details("it has a black belt", "unsupported"),
        color_of("dress", "black and white", kind="open"),
        title="Vero Moda Women Black & White Colourblocked Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in charcoal grey slim formal trousers with a light pink shirt tucked in and a brown belt; grey
    # backdrop.
    # VQA adapter: wearing
    case(
        "X533-019",
        caption("a man wearing a pink shirt and grey pants"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        D.wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("pants"),
        D.details("the pants have a belt and pockets"),
        material_of("pants", "denim", "unsupported"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a pink floral print blouse with ruffled short sleeves, white trousers; white backdrop.
    # caption: caption adapter; VQA adapter: cloth
    case(
        "X533-020",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "pink", kind="open"),
        B.pattern("floral"),
        D.description("a pink blouse with flowers on it"),
        cloth(
            "blouse Question: What is the color of the blouse? Answer: white Question: Is this a blouse? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="FOREVER 21 Women Pink Floral Print Ruffled Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a navy zip-up bomber jacket with ribbed cuffs, open over a grey tee, black jeans; in front of a
    # white studio wall.
    # VQA adapter: color of the jacket
    case(
        "X533-021",
        caption("a man in a blue jacket and black jeans standing in front of a white wall"),
        color_of(
            "jacket",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        is_a("jacket", "yes"),
        D.details("it has a zipper and ribbed cuffs"),
        B.material("polyester"),
        D.wearing("a blue jacket and a blue shirt", "other_garment_color"),
        title="Roadster Men Navy Blue Solid Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a blue-and-white striped shirt dress, long sleeves rolled to the elbow, self belt, chest
    # pocket, knee length; white backdrop.
    # caption: caption adapter; VQA adapter: cloth
    case(
        "X533-022",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        B.pattern("striped"),
        D.wearing("a blue and white striped dress with a belt"),
        is_a("dress", "yes"),
        material_of("dress", "cotton"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Blue & White Striped Cotton Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt worn open over a black crew tee, blue jeans; white
    # backdrop.
    # material: caption adapter
    case(
        "X533-023",
        caption("a man wearing a red and black plaid shirt"),
        B.pattern("checked"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        D.wearing("a plaid shirt over a black t-shirt and jeans"),
        B.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        D.details("the shirt has details", "non_answer"),
        title="Roadster Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in black high-rise skinny jeans and a white crop top; white backdrop, full length.
    # caption: VQA adapter
    case(
        "X533-024",
        caption(
            "jeans Question: What is the color of the jeans? Answer: black Question: Is this a denim? Answer: yes "
            "Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        cloth("black jeans and a white top"),
        B.color("black"),
        material_of("jeans", "the jeans", "restated"),
        is_a("jeans", "yes", article="a pair of"),
        D.details("the details are on the jeans", "non_answer"),
        title="Roadster Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man sitting on a wooden stool in a plain white crew-neck tee (no pocket) and blue denim shorts; white
    # backdrop.
    # VQA adapter: cloth
    case(
        "X533-025",
        caption("a man sitting on a wooden stool wearing a white t-shirt and blue shorts"),
        color_of("tee", "white", kind="open"),
        wearing("she is wearing a white t-shirt and shorts", "pronoun", who="he"),
        B.garment_type("t-shirt"),
        B.material("cotton"),
        D.details("it has a pocket on the chest", "unsupported"),
        cloth(
            "tee Question: Is this a tee? Answer: yes Question: What is the color of the tee? Answer: white "
            "Question: What cloth",
            "leak",
            hit_limit=True,
        ),
        title="Jack & Jones Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a light grey marl hoodie with a small pink floral print on the chest, black leggings; white
    # backdrop.
    # caption: caption adapter; VQA adapter: cloth
    case(
        "X533-026",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("hoodie", "pink", "contradiction", kind="open"),
        B.color("grey"),
        wearing("he is wearing a grey hoodie", "pronoun", who="she"),
        D.details("it has a hood and a pink print on the front"),
        is_a("hoodie", "yes"),
        cloth(
            "hoodie Question: What is the color of the hoodie? Answer: grey Question: Is this a hoodie? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        title="HERE&NOW Women Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in khaki slim chinos, a navy crew-neck tee and white sneakers; white backdrop, full length.
    # caption: caption adapter
    case(
        "X533-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers this gentleman wears is of long length. The gentleman wears a "
            "short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "brown", kind="open"),
        B.color("beige"),
        D.description("the pants are pants", "restated"),
        material_of("pants", "cotton"),
        is_a("pants", "no", "contradiction", article="a pair of"),
        title="Highlander Men Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        gender="Men",
    ),
    # photo: woman in a teal sleeveless top with a white lace yoke panel, white jeans; white backdrop.
    # caption: caption adapter
    case(
        "X533-028",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "green", kind="open"),
        B.color("blue"),
        D.details("it has lace on the top"),
        B.sleeve_length("sleeveless"),
        B.material("lace"),
        cloth("a blue shirt and white jeans. Question: what is the color of the jeans? Answer: white", "leak"),
        title="Harpa Women Teal Solid Top with Lace Detail",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: man in black track pants with white side tape, a grey tee, no hat; white backdrop, full length.
    # VQA adapter: color of the pants
    case(
        "X533-029",
        caption("a man in a grey t-shirt and black track pants"),
        B.pattern("solid"),
        color_of(
            "pants",
            "grey Question: What cloth is the person wearing? Answer: pants Question: Is this a pants? Answer: yes "
            "Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details("they have white stripes on the side"),
        is_a("pants", "yes", article="a pair of"),
        B.material("polyester"),
        D.wearing("a grey shirt and black pants with a hat", "unsupported"),
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a light-wash denim jacket worn over a black tee, black mini skirt; white backdrop.
    # caption: caption adapter; material: caption adapter
    case(
        "X533-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The skirt this lady wears is of short length. The skirt is with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        cloth("a denim jacket and a black skirt"),
        B.garment_type("jacket"),
        B.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="ONLY Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a light blue oxford shirt, short sleeves, button-down collar, navy chino shorts; white
    # backdrop.
    # VQA adapter: cloth
    case(
        "X533-031",
        caption("a man wearing a blue shirt and shorts"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("shorts", "blue"),
        color_of("shirt", "blue", kind="open"),
        D.details("the shirt has buttons and a collar"),
        material_of("shirt", "linen", "unsupported"),
        cloth(
            "shirt Question: What is the color of the shirt? Answer: blue Question: Is this a shirt? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Allen Solly Men Blue Solid Short Sleeves Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless wide-leg crepe jumpsuit with a thin gold belt; grey backdrop.
    case(
        "X533-032",
        caption("a woman in a black jumpsuit with a gold belt"),
        cloth("a black dress", "contradiction"),
        B.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        B.color("black"),
        material_of("jumpsuit", "black", "restated"),
        D.details("it has a gold belt and wide legs"),
        wearing("he is wearing a black jumpsuit", "pronoun", who="she"),
        title="Women Black Solid Crepe Wide-Leg Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: man in mid-blue slim jeans with light fading at the thighs and knees, a white shirt worn untucked;
    # white backdrop.
    # caption: caption adapter; VQA adapter: material
    case(
        "X533-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers are with denim fabric. The gentleman wears a long-sleeve shirt with "
            "pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "blue", "other_garment_color"),
        D.details("they are faded at the knees"),
        B.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Men Blue 511 Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender cropped crew-neck knit pullover, long sleeves, no hood, white A-line skirt; white
    # backdrop.
    case(
        "X533-034",
        caption("a woman wearing a purple sweater and a white skirt"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        B.color("purple"),
        wearing("a purple sweater and a white skirt", who="she"),
        B.material("it is a sweater", "restated"),
        B.sleeve_length("long sleeves"),
        D.details("it has a hood", "unsupported"),
        title="Vero Moda Women Lavender Solid Cropped Pullover",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a mustard yellow pique polo tee (two buttons, no logo), black jeans; white backdrop.
    # caption: caption adapter
    case(
        "X533-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow polo shirt and black jeans"),
        color_of("polo shirt", "orange", "contradiction", kind="open"),
        is_a("polo shirt", "yes"),
        B.pattern("solid"),
        D.details("it has a collar, two buttons and a logo on the chest", "unsupported"),
        B.material("", "non_answer"),
        title="Mast & Harbour Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a plain blue denim button-front midi skirt with a navy-and-white striped tee tucked in;
    # white backdrop.
    # VQA adapter: cloth
    case(
        "X533-036",
        caption("a woman in a striped shirt and a denim skirt"),
        color_of("skirt", "blue", kind="open"),
        B.garment_type("skirt"),
        D.details("the skirt has buttons down the front"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        B.color("white", "other_garment_color"),
        title="Tokyo Talkies Women Blue Denim Button-Down A-Line Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a grey wool-blend single-breasted overcoat over a black turtleneck, black trousers, no scarf;
    # white backdrop.
    # details: caption adapter
    case(
        "X533-037",
        caption("a man in a grey coat and black pants"),
        D.wearing("a grey coat with a black scarf", "unsupported"),
        B.garment_type("coat"),
        B.color("black", "other_garment_color"),
        material_of("coat", "wool"),
        is_a("jacket", "yes"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with other fabric. It has "
            "a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Men Grey Solid Wool Blend Overcoat",
        category="Coats",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a pink short-sleeve crew tee with a black "LOVE" lettering print, knotted at the hem, blue
    # jeans; white backdrop.
    # caption: caption adapter; VQA adapter: color of the tee
    case(
        "X533-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with "
            "cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "tee",
            "black Question: Is this a tee? Answer: yes Question: What is the color of the tee? Answer: black "
            "Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.color("pink"),
        D.details("it has the word love on the front"),
        B.pattern("graphic"),
        wearing("a pink shirt", who="she"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="FOREVER 21 Women Pink Typography Printed Knotted T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a navy button-front knit cardigan over a white crew tee, grey trousers; white backdrop.
    # details: caption adapter
    case(
        "X533-039",
        caption("a man wearing a blue cardigan over a white shirt"),
        B.garment_type("sweater"),
        color_of("cardigan", "grey", "other_garment_color", kind="open"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a V-shape neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.material("wool"),
        is_a("cardigan", "yes"),
        D.description("i'm not sure", "non_answer"),
        title="Jack & Jones Men Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a rust off-shoulder bardot top with short flared sleeves and a ruffle along the neckline,
    # blue jeans; white backdrop.
    # VQA adapter: wearing
    case(
        "X533-040",
        caption("a woman in an orange top and blue jeans"),
        color_of("top", "red", kind="open"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details("it has an off the shoulder neckline and ruffles"),
        D.wearing(
            "top top top top top top top top top top top top top top top top top top top top top top top top top top "
            "top top top top",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Tokyo Talkies Women Rust Orange Solid Viscose Bardot Top",
        category="Tops",
        color="Rust",
    ),
    # photo: man in navy chino shorts with belt loops and slant pockets, a white polo tee; white backdrop.
    # caption: caption adapter
    case(
        "X533-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The shorts this gentleman wears is of short length. The shorts are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.color("blue"),
        wearing("she is wearing a white shirt and blue shorts", "pronoun", who="he"),
        D.details("they have pockets and belt loops"),
        is_a("shorts", "yes", article="a pair of"),
        cloth("a white shirt and blue shorts. Question: what is the color of the shorts? Answer: blue", "leak"),
        title="Allen Solly Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white short playsuit with small blue flowers, short sleeves, tie waist; white backdrop.
    case(
        "X533-042",
        caption("a woman in a white floral romper"),
        B.garment_type("dress", "contradiction"),
        color_of("romper", "blue", "contradiction", kind="open"),
        B.pattern("floral"),
        D.details("it has a tie at the waist and short legs"),
        is_a("romper", "yes"),
        wearing("she is wearing a white dress with blue flowers", "contradiction", who="she"),
        title="SASSAFRAS Women White Floral Print Playsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: man in a black short-sleeve camp-collar shirt with a green tropical leaf print, beige shorts; white
    # backdrop.
    # VQA adapter: color of the shirt; details: caption adapter
    case(
        "X533-043",
        caption("a man wearing a black shirt with leaves on it"),
        color_of(
            "shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("floral"),
        wearing("she is wearing a black shirt and shorts", "pronoun", who="he"),
        B.sleeve_length("short sleeves"),
        material_of("shirt", "rayon"),
        D.details(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The shorts this gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        title="Highlander Men Black Tropical Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a beige double-breasted belted trench coat, long sleeves, over a black top and black
    # trousers; white backdrop.
    # caption: caption adapter
    case(
        "X533-044",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        color_of("coat", "black", "other_garment_color", kind="open"),
        B.color("beige"),
        D.description("a beige trench coat with a belt"),
        is_a("coat", "yes"),
        wearing("a coat", who="she"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Beige Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a raglan baseball tee (white body, navy three-quarter sleeves), black jeans; white backdrop.
    # VQA adapter: wearing
    case(
        "X533-045",
        caption("a man wearing a white and blue baseball shirt"),
        B.sleeve_length("three-quarter sleeves"),
        B.color("blue"),
        B.pattern("color block"),
        D.details(
            "it has blue sleeves and a round neck. Question: what is the color of the shirt? Answer: white", "leak"
        ),
        B.material("t-shirt", "restated"),
        D.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men White & Navy Blue Colourblocked Raglan T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mint green A-line dress with short flutter sleeves, front view, standing next to a potted
    # plant in front of a grey wall.
    # VQA adapter: material of the dress
    case(
        "X533-046",
        caption("a woman in a green dress standing next to a plant"),
        color_of("dress", "blue", "contradiction", kind="open"),
        D.details("it has short ruffled sleeves and a zipper on the back", "unsupported"),
        B.garment_type("dress"),
        B.sleeve_length("short sleeves"),
        material_of(
            "dress",
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: green "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        title="Women Mint Green Solid A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
]
