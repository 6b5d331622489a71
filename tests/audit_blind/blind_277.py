"""BLIND_277 (46 products; Indian marketplace women's wear: kurtas, tops, dresses, jeans, leggings, sarees, nightwear):
written blind in the forty-second session. Measured blind at 60050ac (the session's rules as they stood): 104/127
failures found (81.9%) and 14/150 correct texts flagged (9.3%). The writer's notes, verbatim:

Scenario: an Indian marketplace's women's catalog feed with the seller's columns (title, category, color, gender; a
few rows miss the gender): straight, A-line and anarkali kurtas and kurta sets with dupattas, short kurtis, tops,
dresses, jeans and jeggings, leggings, palazzos, sarees (georgette, bandhani, silk with zari borders, sequinned), and
nightwear (night suits, nightdresses, a kaftan gown). Most photos are model shots on studio backdrops, some against a
brick wall, a garden, marigold garlands, a bedroom or beside a plant; a few are flat-lays on a table, a floor or a
hanger. Many model shots show a second garment: the kurta over the leggings or palazzos being sold, the tee tucked
into the jeans, the blouse under the saree, the dupatta of a set.

Who wrote what: the original experiments' three models each ran on part of the items, on enrich's default
questionnaire plus a few per-piece questions. The untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase
texts and stops on its own (never hit_limit); it sometimes runs on into a "Question: ... Answer: ..." of its own.
The caption-only LoRA adapter writes the DeepFashion template ("The lady wears a long-sleeve shirt with floral
patterns. The shirt is with cotton fabric. ...") for a caption and for any question, never stops, and so is cut at
its limit (50 new tokens for captions, 30 for answers) or loops back into its first sentence: hit_limit=True on all
its texts. The VQA-only adapter (In-shop classes, trained on unmasked prompt ids without an end token) answers with
one word and then repeats it ("pants pants pants ...") or goes on writing the next "Question: ... Answer: ..." of its
training data, also to its limit; asked for a caption (empty prompt) it writes questions and answers. The comment
above each case says which texts came from an adapter; all others are the base model's. The closed questions
(garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut, but they do pick the wall, the border or the other piece.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo or teal; green for teal, sea green, mint or
  olive; red for maroon, wine or rust-red; orange for rust or coral; pink for magenta, peach or coral; purple for
  lavender or mauve; white for cream or off white; yellow for mustard. Navy called black is a contradiction.
- A color of the backdrop, floor or wall (pink wall, brick wall, wooden floor, marigolds) given as the garment's
  color is contradiction; so is the color of a print, a border, piping or embroidery given as the garment's color.
  The color of another garment in the photo (the kurta over the leggings, the tee with the jeans, the gold blouse
  under a magenta saree, the pink kurta for a white dupatta) is other_garment_color.
- Garment synonyms are correct: top, shirt or tunic for a kurta or kurti; salwar suit for a kurta set; pants or
  trousers for palazzos and churidar; jeans for jeggings and leggings for jeggings; sari for saree; nightgown, robe
  or nightdress for nightwear; scarf for a dupatta; sweater for a ribbed knit top; jean dress for a denim dress; an
  anarkali may be called a dress (sellers sell them as anarkali dresses). A straight or A-line kurta called a dress,
  a saree called a dress (the adapter's "long dress"), a denim dress answered "jeans" and a kurti-palazzo set
  answered "dress" are contradiction. Where the adapter's template misnames the garment, the misnaming is what the
  auditor sees first (contradiction, hit_limit kept); the adapter's "shirt" for a kurta is accepted, and so is its
  DeepFashion "medium-sleeve" for three-quarter sleeves.
- Materials: one the title names (cotton, rayon, georgette, satin, silk, crepe, lycra as spandex, sequins, lace) is
  correct, chiffon for georgette is correct, denim for jeans or jeggings is correct, and cotton is accepted as a guess
  on a plain or printed cotton-look fabric the title leaves unnamed. Silk, wool, satin or linen that the title does
  not name and the photo does not show (or that the title contradicts) is unsupported.
- Invented things (buttons, a slit, pockets on a back the front view hides, a hole in the knee of clean jeans, a
  border the saree lacks, an accessory on the wrist of a flat-lay) are unsupported.
- Adapter texts: a text that comes back round to a sentence it already wrote is loop; one that stops mid-sentence
  without repeating is cut (even where it also invents "an accessory on her wrist" or "the lady" of a flat-lay);
  the template returned for the material question is restated (hit_limit kept). The template answering "What is the
  person wearing?", "Describe the garment." or the details question does answer it: cut or loop, not restated.
  VQA adapter: one word repeated is loop; a run into "Question: ... Answer: ..." is leak.
- Base texts: an answer that ends on "with a", "made of" is cut (no hit_limit); empty, "the details of the top",
  "it is made of fabric", "they are long" for leggings are non_answer; the material question answered with the
  garment's name or color is restated; any run into "Question:" is leak, even where the first words are right;
  "he" or "a man" for a woman model is pronoun.
- The reference engine's wrong closed answers are contradiction: sleeves "long" or "short" for three-quarter,
  garment_type "dress" for a saree or a kurti-palazzo set, "jeans" for leggings or a denim dress, a flat-lay's
  floor color, and the saree's own body color ("red") answered for its gold border.
- "A blue jean jacket" for a denim dress and "a grey dress" for a straight kurta are contradiction. Non-answers also
  include "they are jeans" for the jeans' details and "the pants are black pants".
- A two-pack of leggings (black and navy) counted as one pair, or both called black, is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_palazzos = question("color_palazzos", "What is the color of the palazzos?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_border = question("color_border", "What is the color of the border?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_277 = [
    # photo: model in a navy blue straight cotton kurta with white floral block print, three-quarter sleeves, round
    # neck, over white palazzos; plain white studio backdrop, full length, front view.
    # caption, details: caption adapter
    case(
        "X277-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The shirt is with cotton "
            "fabric and floral",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings under a long white kurti that reaches mid-thigh; light grey studio
    # backdrop, full length, front view.
    # no adapter
    case(
        "X277-002",
        caption("a woman in a white top and black leggings"),
        D.wearing(
            "a white kurta and black leggings Question: What is the color of the leggings? Answer: black",
            "leak",
        ),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.details("they are leggings", "non_answer"),
        D.material("cotton"),
        title="Women Black Solid Ankle-Length Cotton Lycra Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon georgette anarkali kurta with a gold zari yoke, long sleeves, matching maroon churidar,
    # gold dupatta over one shoulder; beige wall and a carved wooden chair beside her.
    # caption, details: caption adapter
    case(
        "X277-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress with a gold scarf"),
        D.color("maroon"),
        color_dupatta("gold"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Maroon Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a mustard yellow cotton top with short flutter sleeves and a V neck, tucked into blue jeans;
    # white wall with a tall potted plant on the left.
    # no adapter
    case(
        "X277-004",
        caption("a woman wearing a yellow top and jeans standing next to a plant"),
        D.wearing("a yellow shirt and blue jeans"),
        D.color("yellow"),
        D.description("a yellow top with a v neck and", "cut"),
        D.details("the top has buttons on the front", "unsupported"),
        D.material("yellow top", "restated"),
        title="Women Mustard Yellow Flutter Sleeve Cotton Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in navy blue skinny high-rise jeans with a white tee tucked in and white sneakers; grey backdrop,
    # full length. The jeans are clean, no distressing.
    # no adapter
    case(
        "X277-005",
        caption("a woman in a white shirt and blue jeans"),
        D.wearing("he is wearing a white shirt and jeans", "pronoun"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans have a hole in the knee", "unsupported"),
        D.material("denim"),
        title="Women Navy Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white fit-and-flare midi dress with a small red and blue floral print, short puff sleeves,
    # square neck; pastel pink wall behind her.
    # caption, description: caption adapter
    case(
        "X277-006",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. The lady wears a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white floral dress"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        title="White Floral Print Fit & Flare Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink georgette saree with a thin silver sequinned border, pink sleeveless blouse, pallu over
    # the left shoulder; light grey studio backdrop.
    # no adapter
    case(
        "X277-007",
        caption("a woman in a pink sari posing for a photo"),
        D.wearing("a pink saree"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.details("it has a silver border"),
        D.material("silk", "unsupported"),
        title="Pink Solid Georgette Saree with Sequinned Border",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay of a night suit on a white bed sheet: light blue short-sleeve top with a white cloud print and
    # matching full-length pyjama, top view, no person.
    # caption, wearing: caption adapter
    case(
        "X277-008",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("nightwear"),
        D.color("blue"),
        D.description(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a short-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Blue Cloud Print Pure Cotton Night Suit",
        category="Night Suits",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white wide-leg rayon palazzos with a short black kurti over them; grey backdrop, full length.
    # wearing: VQA adapter
    case(
        "X277-009",
        caption("a woman in a black top and white pants"),
        D.wearing(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        color_palazzos("white"),
        D.details("they are wide leg pants with an elastic waist"),
        D.material("white palazzo pants", "restated"),
        title="Women White Solid Elasticated Rayon Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: model in a knee-length green straight kurta with gold foil print, matching green trousers, sheer green
    # dupatta with a gold border over both arms; garden backdrop with trees.
    # no adapter
    case(
        "X277-010",
        caption("a woman in a green dress standing in a garden", "contradiction"),
        D.wearing("a green kurta with pants and a dupatta"),
        D.color("green"),
        color_dupatta("gold", "contradiction"),
        D.details("the kurta has gold print on it"),
        D.material("silk", "unsupported"),
        title="Women Green Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a red bandhani art silk saree with small white dots and a gold border, red blouse, glass bangles
    # on both wrists; beige backdrop.
    # caption: caption adapter
    case(
        "X277-011",
        caption(
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. The lady wears a long dress with graphic patterns. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree with white polka dots"),
        D.color("red"),
        color_border("red", "contradiction"),
        D.details("it has white dots and a gold border"),
        D.material("cotton", "unsupported"),
        title="Red Bandhani Print Art Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a peach sleeveless tiered maxi dress with spaghetti straps; white studio with a white arch prop.
    # no adapter
    case(
        "X277-012",
        caption("a woman in a pink dress standing in front of a white arch"),
        D.wearing(
            "a pink dress Question: What is the color of the dress? Answer: pink",
            "leak",
        ),
        D.sleeve_length("sleeveless"),
        D.description("a long dress with spaghetti straps and a tiered skirt"),
        D.details("the dress has a slit on the side", "unsupported"),
        D.material("it is made of", "cut"),
        title="Peach Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a grey melange cotton night suit, short-sleeve tee with a sleepy-face graphic and grey shorts,
    # sitting on a bed with white pillows.
    # caption, description: VQA adapter
    case(
        "X277-013",
        caption(
            "Question: What is the color of the tee? Answer: grey Question: What is the color of the shorts? Answer: "
            "grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("nightwear"),
        D.color("grey"),
        D.description(
            "tee Question: Is this a tee? Answer: yes Question: What is the color of the tee? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Grey Melange Printed Pure Cotton Night Suit with Shorts",
        category="Night Suits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an off-white chikankari embroidered straight cotton kurta, long sleeves, off-white pants; pale
    # green wall behind her.
    # details: caption adapter
    case(
        "X277-014",
        caption("a woman in a white kurta with embroidery"),
        D.wearing("a white kurta and white pants"),
        D.color("green", "contradiction"),
        D.pattern("embroidered"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Off White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black and white horizontally striped boat-neck top, three-quarter sleeves, black jeans; white
    # backdrop.
    # no adapter
    case(
        "X277-015",
        caption("a woman in a black and white striped shirt"),
        D.wearing("a striped shirt and black pants"),
        D.pattern("striped"),
        D.sleeve_length("long", "contradiction"),
        D.details("the shirt has a boat neck and a pocket", "unsupported"),
        D.material(
            "the shirt is made of cotton Question: What is the pattern of the shirt? Answer: striped",
            "leak",
        ),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of teal ankle-length leggings folded in half on a white surface, no person.
    # no adapter
    case(
        "X277-016",
        caption("a pair of green leggings on a white background"),
        D.wearing("leggings"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue"),
        D.details("", "non_answer"),
        D.material("spandex"),
        title="Women Teal Solid Cotton Lycra Ankle Length Leggings",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
    # photo: flat-lay of light blue mom-fit jeans, front view, lying on a wooden floor.
    # wearing: VQA adapter
    case(
        "X277-017",
        caption("a pair of jeans on a wooden floor"),
        D.wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("brown", "contradiction"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        title="Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a knee-length lavender cotton nightdress with a small white floral print, short sleeves;
    # bedroom with white curtains. No bracelet or watch.
    # caption, wearing: caption adapter
    case(
        "X277-018",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("nightwear"),
        D.color("purple"),
        D.description("a purple nightgown with white flowers"),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Lavender Floral Print Cotton Nightdress",
        category="Nightdresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in black crepe palazzos with a yellow printed kurti over them; white backdrop, full length.
    # no adapter
    case(
        "X277-019",
        caption("a woman in a yellow top and black pants"),
        D.wearing("a yellow shirt and black pants"),
        D.color("yellow", "other_garment_color"),
        color_palazzos("black"),
        D.details("the pants are black pants", "non_answer"),
        D.material("black", "restated"),
        title="Women Black Solid Crepe Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a magenta Kanjeevaram silk saree with a wide gold zari border and gold motifs, gold brocade
    # blouse, gold necklace and earrings; deep maroon curtain behind her.
    # details: caption adapter
    case(
        "X277-020",
        caption("a woman in a pink and gold saree with jewelry"),
        D.wearing("a pink sari"),
        D.color("gold", "other_garment_color"),
        color_border("gold"),
        D.details(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. There is an "
            "accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        title="Magenta Woven Design Zari Kanjeevaram Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a rust tiered midi dress with long puff sleeves, V neck and a tie at the waist, brown ankle
    # boots; white-painted brick wall.
    # no adapter
    case(
        "X277-021",
        caption("a woman in an orange dress and boots standing against a brick wall"),
        D.wearing("an orange dress"),
        D.color("orange"),
        D.description("a long orange dress with puffy sleeves and a", "cut"),
        D.details("the dress has a tie at the waist and buttons on the sleeves", "unsupported"),
        D.material(
            "the dress is made of cotton Question: What color is the dress? Answer: orange",
            "leak",
        ),
        title="Rust Tiered Midi Dress with Puff Sleeves",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a wine-colored ribbed fitted high-neck top, full sleeves, with beige trousers; beige backdrop.
    # description: VQA adapter
    case(
        "X277-022",
        caption("a woman in a red top and beige pants"),
        D.wearing("a maroon sweater and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long"),
        D.description(
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Women Wine Ribbed High Neck Fitted Top",
        category="Tops",
        color="Wine",
        gender="Women",
    ),
    # photo: indigo A-line cotton kurta with white floral block print, three-quarter sleeves, on a wooden hanger
    # against a white wall, no person.
    # caption, details: caption adapter
    case(
        "X277-023",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve shirt with floral patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Indigo Floral Block Print A-Line Cotton Kurta",
        category="Kurtas",
        color="Indigo",
        gender="Women",
    ),
    # photo: flat-lay of multicolored cotton palazzos, pink, green and yellow paisley on a white ground, on white.
    # no adapter
    case(
        "X277-024",
        caption("a pair of colorful pants with a paisley print"),
        D.wearing("pants"),
        D.color("white"),
        D.pattern("paisley"),
        D.details("the pants have pockets on the side", "unsupported"),
        D.material("it is made of cotton and", "cut"),
        title="Women Multicoloured Paisley Print Cotton Palazzos",
        category="Palazzos",
        color="Multi",
    ),
    # photo: model in a beige knee-length shirt dress with a collar, button front, rolled short sleeves and a fabric
    # belt; she holds a tan handbag; white backdrop.
    # no adapter
    case(
        "X277-025",
        caption("a woman in a beige dress holding a brown purse"),
        D.wearing("a tan shirt dress with a belt"),
        D.color("beige"),
        D.description("a beige dress with a collar and buttons"),
        D.details("he is wearing a belt", "pronoun"),
        D.material("linen", "unsupported"),
        title="Beige Solid Shirt Dress with Belt",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a yellow straight kurta with white thread embroidery on the yoke, long sleeves, white leggings;
    # orange marigold garlands hanging behind her.
    # description, material: caption adapter
    case(
        "X277-026",
        caption("a woman in a yellow kurta standing in front of flowers"),
        D.wearing("a yellow shirt and white leggings"),
        D.color("orange", "contradiction"),
        D.pattern("embroidered"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow Yoke Design Thread Work Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in black high-rise jeggings with a grey sweatshirt; grey backdrop, full length, front view.
    # no adapter
    case(
        "X277-027",
        caption("a man in a grey sweatshirt and black leggings", "pronoun"),
        D.wearing("a grey sweater and black jeans"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.details("they have pockets on the back", "unsupported"),
        D.material("denim"),
        title="Women Black High-Rise Stretchable Jeggings",
        category="Jeggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sea green georgette saree with a small white floral print and a thin self border, matching
    # blouse; a potted monstera plant beside her, white backdrop.
    # no adapter
    case(
        "X277-028",
        caption("a woman in a green saree standing next to a plant"),
        D.wearing("a green sari"),
        D.color("green"),
        D.pattern("floral"),
        D.details("the saree has a thin border"),
        D.material("chiffon"),
        title="Sea Green Floral Printed Georgette Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a coral sleeveless peplum top with a square neck, white jeans; white backdrop.
    # wearing: VQA adapter
    case(
        "X277-029",
        caption("a woman wearing an orange top and white jeans"),
        D.wearing(
            "blouse Question: What is the color of the blouse? Answer: orange Question: Is this a blouse? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("the top has a zipper on the back", "unsupported"),
        D.material("cotton"),
        title="Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a navy blue satin night suit, long-sleeve notch-collar shirt with white piping and matching
    # pyjama, sitting on a bed with white sheets.
    # caption: caption adapter
    case(
        "X277-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with silk fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("nightwear"),
        D.color("white", "contradiction"),
        D.details("the shirt has white trim and buttons"),
        D.material("satin"),
        title="Women Navy Blue Satin Night Suit",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model with short hair in a white cotton crop top with lace trim at the hem, short sleeves, light blue
    # jeans; pastel pink backdrop.
    # no adapter
    case(
        "X277-031",
        caption("a man in a white shirt and jeans", "pronoun"),
        D.wearing("a white top and jeans"),
        D.color("pink", "contradiction"),
        D.description("a white top with lace and a black belt", "unsupported"),
        D.details("the top has lace on it"),
        D.material("lace"),
        title="Women White Cotton Crop Top with Lace Detail",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in dark blue distressed boyfriend jeans with rolled hems, a black tee and white sneakers; grey
    # concrete wall.
    # wearing, details: caption adapter
    case(
        "X277-032",
        caption("a woman in ripped jeans and a black shirt"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The lady wears a long trousers. The trousers "
            "are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Dark Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink rayon straight kurta with white floral print, pink trousers, and a white dupatta with pink
    # tassels over her arms; white backdrop.
    # no adapter
    case(
        "X277-033",
        caption("a woman in a pink kurta and a white scarf"),
        D.wearing("pink and white salwar suit"),
        color_kurta("pink"),
        color_dupatta("pink", "other_garment_color"),
        D.details("the kurta has gold buttons", "unsupported"),
        D.material("pink kurta", "restated"),
        title="Women Pink Floral Printed Rayon Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black wrap dress with a green tropical leaf print, three-quarter sleeves, V neck, knee length,
    # tie at the waist; white backdrop.
    # no adapter
    case(
        "X277-034",
        caption("a woman in a black and green dress"),
        D.wearing("a black dress with a leaf print"),
        D.color("green", "contradiction"),
        D.description("a black wrap dress with green leaves and a", "cut"),
        neckline("v neck"),
        D.material("silk", "unsupported"),
        title="Women Black & Green Tropical Print Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of cream churidar leggings folded with the ankle gathers showing, on a white table.
    # caption, details: caption adapter
    case(
        "X277-035",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings.",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.color("white"),
        D.details("they are long", "non_answer"),
        D.material("cotton"),
        title="Women Cream Solid Cotton Lycra Churidar Leggings",
        category="Leggings",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a red kaftan-style maxi nightdress with a black printed border at neck and hem, wide short
    # sleeves; bedroom with a bedside lamp.
    # no adapter
    case(
        "X277-036",
        caption("a woman in a red robe standing in a bedroom"),
        D.wearing("a red and black nightgown"),
        D.garment_type("nightwear"),
        D.color("black", "contradiction"),
        D.description("a long red night gown with a black border and a belt", "unsupported"),
        D.material("satin", "unsupported"),
        title="Women Red Printed Kaftan Maxi Nightdress",
        category="Nightdresses",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of a grey cotton-blend straight kurta with silver mirror work around the neck, long sleeves, on
    # a white table, no person.
    # details: VQA adapter
    case(
        "X277-037",
        caption("a grey shirt with a silver design on the neck"),
        D.wearing("a grey dress", "contradiction"),
        D.garment_type("kurta"),
        D.color("silver", "contradiction"),
        D.details(
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Grey Mirror Work Cotton Blend Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a mint green smocked top with short puff sleeves and a square neck, white trousers; a wall with
    # framed pictures behind her.
    # no adapter
    case(
        "X277-038",
        caption(
            "a man in a green shirt standing in front of a wall with pictures",
            "pronoun",
        ),
        D.wearing("green blouse and white pants"),
        D.color("green"),
        D.description("a light green top with puffy sleeves"),
        D.details("the details of the top", "non_answer"),
        D.material(
            "it is made of cotton Question: What is the pattern of the garment? Answer: solid",
            "leak",
        ),
        title="Mint Green Puff Sleeve Smocked Top",
        category="Tops",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model in a black georgette party saree with silver sequins all over and no border, black sleeveless
    # blouse; dark backdrop with warm fairy lights.
    # caption: caption adapter
    case(
        "X277-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black saree with", "cut"),
        D.color("black"),
        D.pattern("embellished"),
        D.details("the saree has sequins all over it and a gold border", "unsupported"),
        D.material("sequins"),
        title="Black Sequinned Georgette Party Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mauve kurti with a lace hem and matching mauve palazzos; light grey backdrop.
    # no adapter
    case(
        "X277-040",
        caption("a woman in a purple top and pants"),
        D.wearing("a purple outfit"),
        D.garment_type("dress", "contradiction"),
        color_palazzos("purple"),
        D.details("the top has lace at the bottom"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Mauve Solid Kurti with Palazzos",
        category="Palazzo Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a brown cotton straight kurta with black printed ethnic motifs, three-quarter sleeves, white
    # pants; red brick wall.
    # caption: caption adapter
    case(
        "X277-041",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a brown shirt and white pants", "pronoun"),
        D.color("red", "contradiction"),
        D.sleeve_length("three-quarter"),
        D.description("a brown kurta with black print"),
        D.material("cotton"),
        title="Women Brown Ethnic Motifs Printed Cotton Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a blue denim knee-length shirt dress, short sleeves, button front, two chest pockets, white
    # sneakers; white backdrop.
    # no adapter
    case(
        "X277-042",
        caption("a woman in a denim dress"),
        D.wearing("a blue jean jacket", "contradiction"),
        D.garment_type("jeans", "contradiction"),
        D.color("blue"),
        D.details("the dress has buttons down the front and pockets on the chest"),
        D.description(
            "she is wearing a denim shirt dress with Question: What is the color of the dress?",
            "leak",
        ),
        title="Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an orange and pink tie-dye oversized cotton top, short drop sleeves, black leggings; white
    # backdrop.
    # details: caption adapter
    case(
        "X277-043",
        caption("a woman in a tie dye shirt and black leggings"),
        D.wearing("an orange and pink shirt"),
        D.color("orange"),
        D.description("he is wearing a tie dye shirt", "pronoun"),
        D.details(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Women Orange & Pink Tie-Dye Cotton Oversized Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: flat-lay of a two-pack of leggings, one black and one navy blue, laid side by side on white.
    # no adapter
    case(
        "X277-044",
        caption("two pairs of black leggings on a white background", "contradiction"),
        D.wearing("leggings"),
        D.color("black"),
        is_a("pair of leggings", "yes"),
        D.details("a pair of black leggings with an elastic waistband", "contradiction"),
        D.material("cotton"),
        title="Women Pack of 2 Black & Navy Blue Cotton Lycra Leggings",
        category="Leggings",
        color="Black & Navy Blue",
        gender="Women",
    ),
    # photo: model in a white sleeveless knee-length cotton nightdress with a small blue floral print and lace at the
    # hem; bedroom with a blue painted wall.
    # caption, description: caption adapter
    case(
        "X277-045",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. The lady wears a sleeveless dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white nightgown"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White Floral Print Cotton Nightdress",
        category="Nightdresses",
        color="White",
    ),
    # photo: model in a green hip-length floral printed kurti with a mandarin collar, three-quarter sleeves, blue
    # jeans; white backdrop.
    # no adapter
    case(
        "X277-046",
        caption("a woman in a green and white shirt and jeans"),
        D.wearing("a green top and blue jeans"),
        D.garment_type("kurta"),
        D.color("blue", "other_garment_color"),
        D.details("the kurti has a mandarin collar and a tie at the waist", "unsupported"),
        D.material("it is a green floral kurti", "restated"),
        title="Women Green Floral Printed Short Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
]
