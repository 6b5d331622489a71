"""BLIND_468 (46 products; DeepFashion In-shop studio photos, women's and men's everyday wear, experiments' VQA):
written blind in the forty-eighth session. Measured blind at d3750fe (the session's rules as they stood): 116/126
failures found (92.1%) and 4/164 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English feed (title, category, color, gender) over DeepFashion In-shop style studio photos:
one model per photo on a plain white or light grey studio backdrop (a few against a white wall), front, side or back
view, often cropped at the thighs or knees. The products are women's blouses, tees, tanks, dresses, a romper, a
jumpsuit, shorts, skirts, leggings, cardigans and jackets, and men's tees, polos, shirts, hoodies, sweaters, a blazer,
jeans, chinos and shorts. Nearly every photo shows a full outfit: the product is worn with other garments (a blouse
with jeans, a cardigan over a tee, a blazer over a white shirt), so every photo carries colors that are not the
product's. A few rows miss one column (gender, color or category), as real feeds do.

Who wrote what: the caption is either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a white blouse and blue jeans") or from the caption LoRA adapter of the experiments (the DeepFashion-MultiModal
template, "The lady wears a short-sleeve T-shirt with pure color patterns ..."; no hue names, no end token, so it runs
to its 50-token limit and carries hit_limit=True). The experiments' VQA questions ("What cloth is the person
wearing?", "What is the color of the {garment}?" asked free-form) are answered either by the base model (short,
lowercase, stops on its own, never hit_limit) or by the VQA LoRA adapter (trained on one-word In-shop answers with the
prompt in the labels and no end token: it repeats its word to the 30-token limit, or goes on with the next
"Question: ... Answer: ..." of its training data; always hit_limit=True). Where the caption adapter answered a
question it returned its template (hit_limit=True). The comment above each case says which texts came from which
adapter; every other open text is the base model. Closed questions (garment_type, color, pattern, sleeve_length,
closed per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers from candidate sets: never a
loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, grey/gray for charcoal or grey melange, white or
  cream for cream, red for maroon, pink or orange for coral and peach, orange for rust, green for olive or teal,
  yellow for mustard, purple for lavender, beige for khaki. Maroon answered "purple" and olive answered "brown" are
  contradiction, and so is navy answered "black".
- The reference engine's wrong candidates are contradiction: navy as black, black as blue, maroon as purple, pleats
  as striped, a colour-block dress as solid, sleeveless or rolled-up long sleeves as short sleeves, a short-sleeve tee
  as long sleeves, a maxi skirt worn with a tank as dress, "yes" to "Is this a polo shirt?" for a crew-neck tee, to
  "a pair of jeans?" for navy trousers and to "a skirt?" for wide eyelet shorts. Where its candidate is the color of
  another piece in the photo (grey joggers, black leggings, a white tee), it is other_garment_color.
- The color of another garment in the photo (the jeans under a blouse, the tee under a cardigan or jacket, the
  leggings under a sweatshirt) given as the product's color is other_garment_color, whoever answered it. The
  product's color given to another piece asked about ("black" for the white tee under a black jacket, the shirt's
  "black and white" for plain black pants) is also other_garment_color: one color spread over two garments.
- A print's or a logo's color given as the garment's color (black for a white tee with a black cat, white for a
  black hoodie with a white logo, black for a white romper with black flowers) is contradiction; so is the wall's
  white for a pale peach dress.
- Garment synonyms are correct: shirt or top for a blouse or tee, t-shirt for tee, jean jacket for denim jacket,
  jacket for a blazer, sweater for a cardigan, cardigan for a kimono shrug, suit for a blazer worn with its
  trousers, pants for leggings (as people say it), sweatshirt for a hoodie. A knit cardigan answered "jacket", cargo
  shorts answered "pants", a romper named a dress, a jumpsuit described as "a black top and black pants", and "yes"
  to "Is this a shirt?" for a shirt dress are contradiction.
- Invented items or details not in the photo (a belt, a tie, a watch, a necklace, a straw hat, boots or sneakers on
  a photo cropped above the knee, a turtleneck on a crew neck, a collar or ruffled collar on a round neck, a chest
  pocket, a side slit) are unsupported. A belt that is in the photo and in the title is correct. Materials: one the
  title names or the photo plainly shows (denim, knit, cable knit as wool, velvet sheen, faux leather as leather,
  flannel, chiffon, lace, stretch leggings as spandex, cotton for a plain tee) is correct; silk for a chiffon blouse
  or a chambray dress, leather for a nylon bomber and cashmere for a plain knit are unsupported.
- Caption adapter texts: a text that repeats a sentence or clause of the template is loop; one stopped mid-sentence
  without repeating is cut. Where the template misnames the garment (a romper as a dress) the misnaming is labelled
  (contradiction); where it says "lady"/"her" for a man, pronoun; hit_limit is kept. The template returned for the
  material question is restated; a template is not labelled for the accessory it mentions before it is cut.
  The template answering "Describe the garment." or "What are the details of the garment?" does answer it: cut.
- VQA adapter texts: one word repeated to the limit ("dress dress dress", "black-black-black") is loop, even where
  the word is right or is another garment's color (the repetition is what the auditor sees first); a right first
  word followed by "Question: ... Answer: ..." is leak.
- Base texts: "he" or "a man" for a woman, "she" for a man, is pronoun. A base answer that runs into "Question: ...
  Answer:" is leak. One stopped early ("it is made of", "a v neck and a") is cut without hit_limit. An empty text,
  "clothes", "the details of the jacket", "they are shorts", "the back of the shirt" are non_answer; the material
  question answered with the garment's color and name is restated.
- Two-color garments: "red and white" for a red-and-white striped dress, "black and white" for a gingham shirt or a
  colour-block dress are correct; "blue and white" for a navy-and-white striped tee is correct.
- "a woman in a pink dress standing in front of a white wall" is correct: the wall is there and the dress is peach.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_468 = [
    # photo: woman in a short-sleeve white chiffon blouse worn loose over light blue skinny jeans, white backdrop,
    # front view cropped at the knees.
    # cloth, color_blouse: VQA adapter
    case(
        "X468-001",
        caption("a woman wearing a white blouse and blue jeans"),
        cloth(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "blouse",
            "white Question: Is this a blouse? Answer: yes Question: What cloth is the person wearing? Answer: "
            "blouse Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("blouse"),
        B.color("white"),
        B.material("silk", "unsupported"),
        is_a("blouse", "yes"),
        title="Women White Solid Chiffon Blouse",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a navy-and-white horizontally striped short-sleeve round-neck tee and white cotton shorts,
    # light grey backdrop, front view.
    # caption: caption adapter
    case(
        "X468-002",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("tee", "blue and white", kind="open"),
        B.pattern("striped"),
        B.color("blue"),
        D.wearing("a striped shirt and white shorts"),
        B.material("a striped shirt", "restated"),
        is_a("tee", "yes"),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a sleeveless knee-length red A-line sundress with small white and yellow flowers, no belt,
    # light grey backdrop, full-length front view.
    # cloth, color_dress: VQA adapter
    case(
        "X468-003",
        caption("a woman in a red floral dress"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("cotton"),
        D.details("a floral print with a white belt", "unsupported"),
        is_a("dress", "yes"),
        title="Women Red Floral Print A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck short-sleeve tee (no pocket) and black jeans, white backdrop, front view.
    # caption: caption adapter
    case(
        "X468-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black jeans", who="he"),
        color_of("tee", "black", kind="open"),
        B.color("grey"),
        B.garment_type("tee"),
        is_a("polo shirt", "yes", "contradiction"),
        D.details("a round neck and short sleeves and a pocket on the chest", "unsupported"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in an open-front mustard knit cardigan over a white tee, blue jeans, white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X468-005",
        caption("a woman wearing a yellow cardigan and jeans"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        B.color("yellow"),
        D.wearing("a yellow sweater, a white shirt and blue jeans"),
        B.material("knit"),
        cloth(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        title="Women Mustard Solid Open-Front Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in light blue washed denim shorts with a frayed hem and a white tank top, white backdrop, front
    # view cropped at mid-thigh.
    # caption: caption adapter
    case(
        "X468-006",
        caption(
            "The lady wears a tank top with pure color patterns and a shorts. The tank top is with cotton fabric and "
            "it has a suspenders neckline. The shorts are with denim fabric and pure color patterns. The lady wears a "
            "tank top with pure",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        D.details("they are shorts", "non_answer"),
        B.garment_type("shorts"),
        B.color("blue"),
        cloth("denim shorts and a white tank top"),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy blue short-sleeve pique polo with a two-button placket, khaki chinos, white backdrop,
    # front view.
    # no adapter texts
    case(
        "X468-007",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("she is wearing a blue polo shirt", "pronoun", who="he"),
        color_of("shirt", "black", "contradiction"),
        B.garment_type("polo shirt"),
        B.sleeve_length("short sleeves"),
        D.details("a collar and two buttons"),
        is_a("polo shirt", "yes"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless white romper with a black floral print, V-neck, thin bracelet on the wrist, light
    # grey backdrop, full-length front view.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X468-008",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The",
            "contradiction",
            hit_limit=True,
        ),
        cloth(
            "jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit jumpsuit "
            "jumpsuit jumpsuit jumpsuit jumpsuit",
            "loop",
            hit_limit=True,
        ),
        color_of("romper", "black", "contradiction", kind="open"),
        B.garment_type("romper"),
        B.pattern("floral"),
        is_a("dress", "no"),
        title="Women White Floral Print Playsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: woman in an olive green satin-nylon bomber jacket, zipped half open over a black tee, black pants,
    # white backdrop, front view.
    # no adapter texts
    case(
        "X468-009",
        caption("a woman in a green jacket and black pants"),
        color_of("jacket", "green", kind="open"),
        D.wearing("a green jacket with a black shirt and black pants"),
        D.details("zipper and pockets"),
        B.material("leather", "unsupported"),
        B.color("black", "other_garment_color"),
        title="Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a pink knife-pleated midi skirt with a white tee tucked in, white backdrop, full-length front
    # view.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X468-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. The "
            "skirt",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        D.description("a pink pleated skirt"),
        B.pattern("striped", "contradiction"),
        wearing("a white shirt and a pink skirt", who="she"),
        cloth(
            "skirt Question: What is the color of the skirt? Answer: pink Question: Is this a skirt? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Women Pink Solid Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a black pullover hoodie with a small white logo print on the chest and a kangaroo pocket, grey
    # joggers, white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X468-011",
        caption("a man wearing a black hoodie with a white logo"),
        cloth(
            "hoodie Question: What is the color of the hoodie? Answer: black Question: Is this a hoodie? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("hoodie", "white", "contradiction", kind="open"),
        B.garment_type("sweatshirt"),
        B.color("grey", "other_garment_color"),
        is_a("hoodie", "yes"),
        D.details("a hood, a kangaroo pocket and a white print on the chest"),
        title="Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a long-sleeve coral chiffon blouse with a plain round neck, white straight pants, light grey
    # backdrop, front view.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X468-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "orange", kind="open"),
        B.color("pink"),
        B.sleeve_length("long sleeves"),
        B.material("chiffon"),
        D.details("ruffled collar and a bow at the neck", "unsupported"),
        cloth(
            "blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse",
            "loop",
            hit_limit=True,
        ),
        title="Women Coral Solid Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: woman with a short pixie haircut in a grey V-neck short-sleeve tee (no pocket) and black skinny jeans,
    # white backdrop, front view.
    # no adapter texts
    case(
        "X468-013",
        caption("a man in a grey shirt and black jeans", "pronoun"),
        wearing("a gray t-shirt and black jeans", who="she"),
        color_of("tee", "grey"),
        B.garment_type("tee"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has a v neck and a pocket", "unsupported"),
        title="Women Grey Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a sleeveless black lace bodycon mini dress, round neck, white backdrop, full-length front view.
    # caption, material: caption adapter; color_dress: VQA adapter
    case(
        "X468-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("black"),
        is_a("dress", "yes"),
        title="Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a long-sleeve white oxford shirt, untucked, button-down collar, one chest pocket, navy trousers,
    # no belt or watch visible, white backdrop, front view.
    # no adapter texts
    case(
        "X468-015",
        caption("a man in a white shirt and blue pants"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        color_of("pants", "blue"),
        D.details("a button down collar and a chest pocket"),
        B.sleeve_length("long sleeves"),
        wearing("a white shirt and blue pants with a black belt and a watch", "unsupported", who="he"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a sleeveless yellow racerback tank with "SUNSHINE" printed in white letters, denim shorts,
    # white backdrop, front view.
    # caption: caption adapter
    case(
        "X468-016",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round",
            "loop",
            hit_limit=True,
        ),
        cloth("a yellow tank top"),
        color_of("tank", "yellow", kind="open"),
        D.details("it says sunshine on it"),
        B.sleeve_length("sleeveless"),
        B.pattern("graphic"),
        B.color("white", "contradiction"),
        title="Women Yellow Typography Print Tank Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a long-sleeve maroon velvet skater dress, round neck, light grey backdrop, front view.
    # cloth: VQA adapter
    case(
        "X468-017",
        caption("a woman in a red dress"),
        color_of("dress", "purple", "contradiction"),
        B.garment_type("dress"),
        B.material("velvet"),
        D.wearing("a long sleeve dress"),
        D.details("", "non_answer"),
        cloth(
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: red "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        title="Women Maroon Solid Skater Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in khaki cargo shorts with side flap pockets and a white crew-neck tee, white backdrop, front view
    # cropped below the knees.
    # caption: caption adapter
    case(
        "X468-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "pronoun",
            hit_limit=True,
        ),
        color_of("shorts", "beige", kind="open"),
        D.details("they have pockets on the sides"),
        B.garment_type("pants", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        wearing("a white t-shirt and khaki shorts", who="he"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a cream cable-knit crew-neck pullover and mid-blue jeans, white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X468-019",
        caption("a woman in a white sweater and jeans"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        B.color("white"),
        B.material("wool"),
        D.description("a white sweater with a cable knit pattern and a turtleneck", "unsupported"),
        cloth(
            "sweater Question: What is the color of the sweater? Answer: white Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        title="Women Cream-Coloured Cable Knit Pullover",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a black faux-leather biker jacket with zipped cuffs and zip pockets, open over a white tee,
    # black skinny jeans, white backdrop, front view.
    # caption: caption adapter
    case(
        "X468-020",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        B.material("leather"),
        D.details("zippers on the sleeves and pockets"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        D.wearing("a black leather jacket, a white shirt and black jeans"),
        is_a("jacket", "yes"),
        title="Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mid-blue washed denim trucker jacket, open over a white tee, black pants, white backdrop,
    # front view.
    # cloth: VQA adapter
    case(
        "X468-021",
        caption("a man wearing a denim jacket and a white t-shirt"),
        cloth(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color"),
        B.material("denim"),
        wearing("a jean jacket", who="he"),
        D.details("the details of the jacket", "non_answer"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender short-sleeve blouse with ruffled flutter sleeves, white shorts, no jewellery, white
    # backdrop, front view.
    # color_blouse: VQA adapter
    case(
        "X468-022",
        caption("a woman in a purple top and white shorts"),
        color_of(
            "blouse",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("purple"),
        D.details("ruffled sleeves"),
        B.garment_type("blouse"),
        B.material("a purple top", "restated"),
        wearing("a purple top and white shorts and a necklace", "unsupported", who="she"),
        title="Women Lavender Solid Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a long-sleeve black-and-white gingham check shirt with a collar, sleeves rolled to the elbow,
    # plain black pants, white backdrop, front view.
    # caption: caption adapter
    case(
        "X468-023",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        color_of("shirt", "black and white", kind="open"),
        color_of("pants", "black and white", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("shirt", "yes"),
        title="Women Black & White Checked Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in charcoal grey slim chinos with a light blue long-sleeve shirt, white backdrop, full-length front
    # view.
    # cloth: VQA adapter
    case(
        "X468-024",
        caption("a man in a blue shirt and grey pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.color("grey"),
        B.garment_type("pants"),
        D.details("slim fit with side pockets"),
        cloth(
            "pants Question: What is the color of the pants? Answer: grey Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description("", "non_answer"),
        title="Men Charcoal Grey Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a knee-length light blue chambray shirt dress, button front, self-fabric tie belt at the waist,
    # roll-up sleeves, white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X468-025",
        caption("a woman in a blue shirt dress with a belt"),
        cloth(
            "dress dress dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "blue"),
        is_a("shirt", "yes", "contradiction"),
        D.details("buttons down the front and a belt at the waist"),
        B.material("silk", "unsupported"),
        title="Women Blue Solid Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a white short-sleeve tee with a black line-drawing of a cat on the front, tucked into a mid-blue
    # denim mini skirt, light grey backdrop, front view.
    # caption: caption adapter
    case(
        "X468-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("tee", "black", "contradiction"),
        D.description("a white t-shirt with a cat on it"),
        D.wearing("a white t-shirt and a denim skirt"),
        is_a("graphic tee", "yes"),
        B.material("it is made of", "cut"),
        title="Women White Graphic Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt, buttoned, over blue jeans, white backdrop, front view
    # cropped at mid-thigh (no footwear in the frame).
    # cloth: VQA adapter
    case(
        "X468-027",
        caption("a man wearing a red and black plaid shirt"),
        color_of("shirt", "red", kind="open"),
        B.pattern("plaid"),
        B.material("flannel"),
        wearing("a red plaid shirt and blue jeans and brown boots", "unsupported", who="he"),
        B.garment_type("shirt"),
        cloth(
            "shirt Question: What is the color of the shirt? Answer: red Question: Is this a shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a teal floor-length flowing maxi skirt (no slit) with a black tank top, white backdrop,
    # full-length front view.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X468-028",
        caption(
            "The lady wears a tank top with pure color patterns and a long skirt. The tank top is with cotton fabric "
            "and it has a round neckline. The skirt is with chiffon fabric and pure color patterns. The skirt is of "
            "long",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        B.color("green"),
        B.garment_type("dress", "contradiction"),
        D.wearing("a black top and a long green skirt"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.details("a slit on the side", "unsupported"),
        title="Women Teal Solid Maxi Skirt",
        category="Skirts",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a sleeveless black crepe culotte jumpsuit with wide cropped legs, white backdrop, full-length
    # front view.
    # color_jumpsuit: VQA adapter
    case(
        "X468-029",
        caption("a woman in a black jumpsuit"),
        D.wearing("a black top and black pants", "contradiction"),
        B.garment_type("jumpsuit"),
        B.color("blue", "contradiction"),
        is_a("jumpsuit", "yes"),
        color_of(
            "jumpsuit",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange zip-front hoodie with drawstrings, half zipped over a black tee, black joggers,
    # white backdrop, front view. The feed row has no gender.
    # caption: caption adapter
    case(
        "X468-030",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and it has a hooded neckline. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        color_of("hoodie", "grey"),
        wearing("a gray hoodie and a black t-shirt", who="he"),
        D.details("a zipper and a hood with drawstrings"),
        B.material("", "non_answer"),
        title="Men Grey Melange Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # photo: woman in a black kimono shrug with a pink and red floral print, open over a white tank, denim shorts,
    # white backdrop, front view.
    # no adapter texts
    case(
        "X468-031",
        caption("a woman wearing a floral kimono and white top"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        B.color("black"),
        B.pattern("floral"),
        B.garment_type("cardigan"),
        D.description("a black kimono with pink and red flowers"),
        D.wearing("he is wearing a floral kimono and a white top", "pronoun"),
        title="Women Black Floral Print Kimono Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: woman in white cotton eyelet (broderie anglaise) shorts and a short-sleeve navy V-neck blouse, white
    # backdrop, front view cropped at the knees.
    # caption: caption adapter; color_shorts: VQA adapter
    case(
        "X468-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric and its neckline is v-shape. The shorts are with cotton fabric and pure color patterns. The lady "
            "wears a short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "blue Question: Is this a pair of shorts? Answer: yes Question: What is the color of the shorts? Answer: "
            "blue Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.color("white"),
        D.details("eyelet lace"),
        B.material("cotton"),
        is_a("skirt", "yes", "contradiction"),
        title="Women White Solid Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: man in a black two-button notch-lapel blazer over a white shirt with an open collar (no tie), black
    # trousers, white backdrop, front view.
    # no adapter texts
    case(
        "X468-033",
        caption("a man in a black suit and white shirt"),
        color_of("blazer", "white", "other_garment_color"),
        wearing("a black suit with a red tie", "unsupported", who="he"),
        B.garment_type("jacket"),
        D.details("two buttons and a notch lapel"),
        is_a("suit", "yes"),
        B.material("wool"),
        title="Men Black Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sleeveless pale peach chiffon maxi dress with a round neck, standing in front of a white wall,
    # full-length front view.
    # cloth: VQA adapter
    case(
        "X468-034",
        caption("a woman in a pink dress standing in front of a white wall"),
        cloth(
            "dress Question: What is the color of the dress? Answer: pink Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "white", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.material("chiffon"),
        D.details("a v neck and a", "cut"),
        title="Women Peach-Coloured Solid Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: man in an olive green crew-neck short-sleeve tee and black shorts, white backdrop, front view.
    # caption, description: caption adapter
    case(
        "X468-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("tee", "brown", "contradiction", kind="open"),
        B.color("green"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        is_a("tee", "yes"),
        title="Men Olive Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in navy wide-leg trousers with a white sleeveless blouse tucked in, white backdrop, full-length
    # front view.
    # color_pants: VQA adapter
    case(
        "X468-036",
        caption("a woman in a white shirt and blue pants"),
        color_of(
            "pants",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("blue"),
        B.garment_type("pants"),
        D.details("the pants have details", "non_answer"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        wearing("a white blouse tucked into blue pants", who="she"),
        title="Women Navy Blue Solid Wide-Leg Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a red-and-white vertically striped halter maxi dress, a thin bracelet, no hat, light grey
    # backdrop, full-length front view.
    # caption: caption adapter
    case(
        "X468-037",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a "
            "halter neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "red and white", kind="open"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a red and white striped dress with a straw hat", "unsupported"),
        title="Women Red & White Striped Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a grey crew-neck sweatshirt with "BROOKLYN" printed in navy letters, black leggings, white
    # backdrop, front view. The feed row has no color.
    # no adapter texts
    case(
        "X468-038",
        caption("a woman wearing a grey sweatshirt with the word brooklyn on it"),
        color_of("sweatshirt", "black", "other_garment_color"),
        cloth("clothes", "non_answer"),
        D.wearing("he is wearing a grey sweatshirt and black leggings", "pronoun"),
        B.garment_type("sweatshirt"),
        B.material("cotton"),
        title="Women Grey Printed Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: man in light blue slim jeans and a plain white crew-neck tee, white backdrop, side view, full length.
    # caption: caption adapter
    case(
        "X468-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "The pants are with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        B.material("denim"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        wearing("a white t-shirt and jeans", who="he"),
        D.details("they are jeans", "non_answer"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless colour-block shift dress (black body, white side panels), round neck without a
    # collar, white backdrop, front view.
    # cloth: VQA adapter
    case(
        "X468-040",
        caption("a woman in a black and white dress"),
        B.pattern("solid", "contradiction"),
        D.description("a black and white color block dress with a white collar", "unsupported"),
        is_a("dress", "yes"),
        cloth(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        title="Women Black & White Colourblocked Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a rust orange longline open-front knit cardigan over a grey tee, blue jeans, white backdrop,
    # front view.
    # caption, details: caption adapter
    case(
        "X468-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a v-shape neckline. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("cardigan", "orange"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket", "contradiction"),
        D.wearing("a orange cardigan over a grey shirt"),
        title="Women Rust Orange Solid Longline Cardigan",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a white ribbed athletic tank top and grey jersey shorts, white backdrop, front view cropped at
    # mid-thigh (no footwear in the frame).
    # no adapter texts
    case(
        "X468-042",
        caption("a man in a white tank top and grey shorts"),
        color_of("tank", "grey", "other_garment_color", kind="open"),
        B.sleeve_length("sleeveless"),
        B.color("white"),
        B.material("a white tank top", "restated"),
        wearing("a white tank top, grey shorts and white sneakers", "unsupported", who="he"),
        title="Men White Solid Sleeveless T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mid-blue button-front denim mini skirt with two front pockets and a red short-sleeve top,
    # white backdrop, front view.
    # no adapter texts
    case(
        "X468-043",
        caption("a woman in a red shirt and denim skirt"),
        color_of("skirt", "red", "other_garment_color"),
        D.details("buttons down the front and two pockets"),
        B.material("denim"),
        D.description("a blue denim skirt. Question: What is the color of the top? Answer: red", "leak"),
        is_a("skirt", "yes"),
        title="Women Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a sleeveless emerald green chiffon top and black shorts, light grey backdrop, back view.
    # caption: caption adapter; color_blouse: VQA adapter
    case(
        "X468-044",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a shorts. The shirt is with chiffon "
            "fabric. The shorts are with cotton fabric and pure color patterns. The lady wears a sleeveless shirt "
            "with pure color",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "blouse",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("green"),
        B.garment_type("tank top"),
        wearing("a green top and black shorts", who="she"),
        D.details("the back of the shirt", "non_answer"),
        title="Women Green Solid Sleeveless Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck pullover sweater with a white shirt collar showing at the neck, khaki chinos,
    # white backdrop, front view.
    # no adapter texts
    case(
        "X468-045",
        caption("a man wearing a red sweater over a white shirt"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        B.color("red"),
        B.garment_type("sweater"),
        wearing("a maroon sweater and khaki pants", who="he"),
        B.material("cashmere", "unsupported"),
        is_a("cardigan", "no"),
        title="Men Maroon Solid Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in black ankle-length stretch leggings and a pink racerback sports tank, white backdrop,
    # full-length front view.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X468-046",
        caption(
            "The lady wears a tank top with pure color patterns and a long leggings. The tank top is with cotton "
            "fabric and it has a round neckline. The leggings are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        B.garment_type("pants"),
        is_a("leggings", "yes", article="a pair of"),
        cloth(
            "leggings Question: What is the color of the leggings? Answer: black Question: Is this a pair of "
            "leggings? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        B.material("spandex"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
]
