"""BLIND_375 (46 products; women's Indian and western wear, model shots, base model, VQA and caption adapters): written
blind in the forty-fifth session. Measured blind at d06d7cd (the session's rules as they stood): 106/132 failures
found (80.3%) and 9/167 correct texts flagged (5.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear drawn at random from a night's run: kurtas, kurta sets,
tops, tshirts, dresses, jeans, trousers, palazzos, sarees, lehengas, co-ords, sweaters, jackets, nightwear and
innerwear, all model shots (studio backdrops, a few walls, a bedroom, a garden, a beach). Each product has the
seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
pink kurta") unless the comment says the caption adapter wrote them (the DeepFashion template, "The lady wears a
long-sleeve sweater with pure color patterns ..."); trained with no end-of-answer token, the caption adapter runs to
its limit on every text (hit_limit=True) and returns its template to any question. The open questions (the
experiments' "What is she wearing?", "Describe the garment.", the details questions and the set's own open ones)
come from the base model, which stops on its own and never has hit_limit, unless the comment says the VQA adapter
or the caption adapter answered them. The VQA adapter (also trained with no end token, with the prompt in the
labels) answers with an In-shop word and then repeats it to the limit ("white-white-white...") or runs on into the
next "Question: ... Answer:" of its training format; its texts carry hit_limit=True and are stored open. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct: yellow for mustard, blue for navy or teal, green for teal, sea green or olive, pink
  for magenta or peach, purple for lavender, red for maroon or burgundy, white for off white or cream, khaki for
  beige. Navy answered black, maroon answered brown, mustard answered orange and pale peach answered white are
  contradiction.
- A color of the print or trim (gold foil on a navy kurta, white dots on a black dress, silver sequins on a black
  saree, Mickey's red on a black tee, white hearts on pink pyjamas) given as the garment's color is contradiction; a
  color that only the wall or backdrop has is contradiction; the color of another garment worn in the photo (the
  tucked-in shirt, the jeans under a top, the kurti over palazzos, the contrast blouse) is other_garment_color.
- Garment synonyms count as correct: salwar suit for a kurta set, kurti for a kurta, sari, shirt or blouse for a
  top, jean jacket, coat for a puffer, suit for a blazer co-ord, long underwear for thermals, pajamas for a night
  suit, tank top for a cami, sweater for a cardigan, dress for an anarkali. The reference engine's "dress" for a
  kurta, "shirt" for a denim jacket, "jeans" for palazzos and "t-shirt" for a sports bra are contradiction.
- Layers: for a jacket or cardigan product the inner tee's color answers "the top" correctly where the top is the
  inner garment (X375-011); the product's own color question answered with the inner or lower garment's color is
  other_garment_color.
- The caption adapter names a kurta "dress" (DeepFashion has no kurta); that is its vocabulary, not the failure the
  auditor sees first: its kurta texts are labelled loop or cut like its others. Its texts that repeat a sentence of
  the template are loop, those that stop mid-sentence are cut; its template returned for the material question is
  restated (even though it names a fabric and is cut); the template answering "wearing", "describe" or "details"
  does answer, so those are cut or loop. Invented accessories or wrong necklines in an adapter text that is cut
  are left to the cut.
- VQA adapter texts: a repeated word is loop; a text that runs into "Question: ... Answer:" is leak (even where the
  first word is right, and even where it then repeats). Base answers running into "Question:" are leak too.
- Materials: one the title names (satin, velvet, linen, net, cotton, silk blend, denim) is correct; chiffon for
  georgette is correct; wool for a plainly knitted sweater and cotton for a plain ribbed or thermal knit are
  plausible guesses and correct. Silk on a foil-printed, thread-work, cotton or chiffon-look garment, leather on a
  quilted nylon-look puffer, and "silk dress" for a satin one are unsupported. A material question answered with
  the garment's name or color is restated; "it is made of fabric", "the details of the garment", "jeans" for the
  jeans' details, "the top has details", "i don't know", "it is a garment" and an empty answer are non_answer;
  "the shirt is made of" (an early stop) is cut without hit_limit.
- Invented items not in the photo (a hood, a zipper at the back, a pocket, a belt, bangles, a necklace, boots on a
  photo cropped at the knees, socks on bare feet, a robe, lace, Minnie Mouse) are unsupported; things the photo does
  show (a plant, a chair, a window, a straw hat in her hand, a belt sold with the dress, the biker jacket's zip,
  bridal jewellery) are correct.
- "he" for the woman is pronoun.
- Co-ord and kurta sets named piece by piece in their own colors are correct. Pattern: ribbed answered striped,
  hearts answered polka dot and a geometric print answered striped are contradiction; checked for a lattice shirt,
  graphic for typography and printed for bandhani are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, details, is_a, question, wearing

color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")
border = question("border", "What is on the border of the saree?", "open")

BLIND_375 = [
    # photo: model in a mustard yellow straight cotton kurta with a small white floral block print, three-quarter
    # sleeves, round neck, worn with white palazzos (not sold), beige studio backdrop, front view, full length.
    # no adapter texts
    case(
        "X375-001",
        caption("a woman in a yellow kurta and white pants"),
        wearing("a yellow kurta", who="she"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("pants", "yellow", "other_garment_color"),
        title="Women Mustard Yellow & White Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue A-line kurta with gold foil motifs, navy trousers, navy dupatta with a gold border
    # over one shoulder, white wall with a potted plant at the left, front view.
    # no adapter texts
    case(
        "X375-002",
        caption("a woman in a blue kurta and dupatta standing next to a plant"),
        wearing("a blue and gold salwar suit", who="she"),
        color_of("top", "gold", "contradiction"),
        color_of("pants", "navy"),
        color_dupatta("navy"),
        D.description("a navy blue kurta with gold print and matching pants and dupatta"),
        B.material("silk", "unsupported"),
        title="Women Navy Blue Ethnic Motifs Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white short-sleeve top with black horizontal stripes, round neck, tucked into blue jeans (not
    # sold), grey backdrop, front view, full length; a thin watch on her left wrist.
    # caption, details: caption adapter
    case(
        "X375-003",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white striped shirt and jeans", who="she"),
        B.color("white"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves"),
        color_of("top", "blue", "other_garment_color"),
        details(
            "top",
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women White & Black Striped Regular Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in an olive green oversized t-shirt with white "BROOKLYN" lettering on the chest, short dropped
    # sleeves, black track pants, plain white backdrop, front view.
    # no adapter texts
    case(
        "X375-004",
        caption("a woman wearing a green t - shirt with the word brooklyn on it"),
        wearing("a green t - shirt and black pants", who="she"),
        color_of("top", "green"),
        color_of("pants", "green", "other_garment_color"),
        B.pattern("graphic"),
        details("shirt", "it has a print of new york city on it", "unsupported"),
        title="Women Olive Green Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a rust orange floral print wrap midi dress, short flutter sleeves, v-neck, self tie belt at the
    # waist, a tan sling bag on her shoulder, white backdrop, front view.
    # caption, material: caption adapter
    case(
        "X375-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady carries a bag. The lady wears a short-sleeve dress with floral patterns. The "
            "dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a orange floral dress", who="she"),
        B.color("orange"),
        B.garment_type("dress"),
        D.description("it is a floral print wrap dress with a belt"),
        B.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Rust Orange Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in light blue high-rise skinny jeans with distressed knees, a white crop top tucked in, white
    # sneakers, grey backdrop, front view, full length (the back is not shown).
    # no adapter texts
    case(
        "X375-006",
        caption("a woman in a white top and blue jeans"),
        wearing("jeans and a white top", who="she"),
        color_of("jeans", "white", "other_garment_color"),
        fit("skinny"),
        details("jeans", "they are ripped at the knees and have a zipper on the back", "unsupported"),
        B.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Women Light Blue Skinny Fit High-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a magenta silk-blend Banarasi saree with a wide gold zari border, matching magenta blouse with
    # short sleeves, pallu over the left shoulder, gold stud earrings only (no necklace), beige wall with a wooden
    # chair, front view.
    # wearing: VQA adapter
    case(
        "X375-007",
        caption("a woman in a pink saree standing next to a chair"),
        wearing(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_blouse("pink"),
        border("gold"),
        B.material("silk"),
        D.details("it has a gold border and a gold necklace", "unsupported"),
        is_a("lehenga", "yes", "contradiction"),
        title="Magenta Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a pale peach net lehenga with sequin embroidery, matching peach blouse with short sleeves, peach
    # net dupatta with a scalloped edge over both arms, pale pink backdrop, front view, full length.
    # no adapter texts
    case(
        "X375-008",
        caption("a woman in a pink lehenga"),
        wearing("a peach colored lehenga choli", who="she"),
        B.color("white", "contradiction"),
        color_dupatta("pink"),
        D.description(
            "a pink lehenga with embroidery Question: what is the color of the dupatta? Answer: pink", "leak"
        ),
        B.material("net"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Peach-Coloured Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a lavender ribbed knit co-ord set: cropped short-sleeve round-neck top and matching wide-leg
    # trousers, white sneakers, plain white backdrop, front view, full length.
    # no adapter texts
    case(
        "X375-009",
        caption("a woman in a purple top and pants"),
        wearing("a lavender outfit", who="she"),
        color_of("top", "purple"),
        color_of("pants", "white", "contradiction"),
        B.pattern("striped", "contradiction"),
        B.material("cotton"),
        details("top", "it is a crop top with a round neck and a zipper", "unsupported"),
        title="Women Lavender Ribbed Top & Trousers Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a cream cable-knit pullover sweater, long sleeves, round neck, black jeans, brown backdrop,
    # front view, full length.
    # caption: caption adapter
    case(
        "X375-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and black jeans", who="she"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.description("it is a white sweater with a cable knit pattern"),
        B.material("wool"),
        title="Women Cream-Coloured Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with an asymmetric zip and a belted hem, worn open over a
    # white t-shirt, blue jeans, grey backdrop, front view (no hood).
    # no adapter texts
    case(
        "X375-011",
        caption("a woman in a black leather jacket and jeans"),
        wearing("a black jacket with a white shirt", who="she"),
        color_of("top", "white"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        D.details("it has a zipper and a hood", "unsupported"),
        D.description("he is wearing a black leather jacket", "pronoun"),
        title="Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in white flared palazzos with a mustard short kurti over them (not sold), grey backdrop, front
    # view, full length; no pockets visible.
    # no adapter texts
    case(
        "X375-012",
        caption("a woman in a yellow top and white pants"),
        wearing("a yellow kurti", who="she"),
        B.color("yellow", "other_garment_color"),
        color_of("pants", "white"),
        B.garment_type("jeans", "contradiction"),
        B.material("white palazzo pants", "restated"),
        details("pants", "they have pockets on the side", "unsupported"),
        title="Women White Solid Flared Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: model sitting on the edge of a white bed in a pink night suit with an all-over small white heart print:
    # short-sleeve shirt with a notched collar and full-length pyjama pants; pillows behind.
    # no adapter texts
    case(
        "X375-013",
        caption("a woman in pink pajamas sitting on a bed"),
        wearing("pajamas", who="she"),
        B.pattern("polka dot", "contradiction"),
        color_of("top", "pink"),
        color_of("pants", "white", "contradiction"),
        D.description("a pink pajama set with white hearts"),
        title="Women Pink & White Heart Printed Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black seamless racerback sports bra with black leggings, grey studio backdrop, front view.
    # no adapter texts
    case(
        "X375-014",
        caption("a woman in a black sports bra and leggings"),
        wearing("a black sports bra", who="she"),
        B.garment_type("t-shirt", "contradiction"),
        B.material("it is made of", "cut"),
        is_a("bra", "yes"),
        title="Women Black Solid Non-Padded Non-Wired Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal blue straight kurta with white thread work on the yoke, long sleeves, round neck, white
    # churidar leggings, white backdrop, front view.
    # caption: caption adapter
    case(
        "X375-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta", who="she"),
        B.color("blue"),
        color_of("pants", "blue", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        D.details("white embroidery on the neck"),
        B.material("it is made of cotton and silk", "unsupported"),
        title="Women Teal Blue Yoke Design Thread Work Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black sleeveless satin cami top with lace trim at the neckline and thin straps, white wide
    # trousers, in front of a pink painted wall, front view.
    # no adapter texts
    case(
        "X375-016",
        caption("a woman in a black top and white pants standing in front of a pink wall"),
        wearing("a black tank top", who="she"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("satin"),
        D.details("it has lace on the top"),
        color_of("pants", "black", "other_garment_color"),
        title="Black Lace Detail Satin Cami Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a plain white round-neck short-sleeve t-shirt with navy blue joggers, grey backdrop, front view.
    # wearing, color of the top, color of the pants: VQA adapter
    case(
        "X375-017",
        caption("a woman in a white t - shirt and blue pants"),
        wearing("tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee-tee", "loop", who="she", hit_limit=True),
        color_of(
            "top",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the pants? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        B.material("a white t - shirt", "restated"),
        title="Women White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black fit-and-flare midi dress with white polka dots, short puff sleeves, square neck, a
    # black belt (sold with it), white backdrop, front view.
    # no adapter texts
    case(
        "X375-018",
        caption("a woman in a black and white polka dot dress"),
        wearing("a polka dot dress", who="she"),
        B.color("white", "contradiction"),
        B.pattern("polka dot"),
        neckline("v-neck", "contradiction"),
        D.description("she is wearing a black and white polka dot dress with a belt"),
        title="Women Black & White Polka Dot Print Fit & Flare Midi Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in beige high-waist pleated formal trousers with a black shirt tucked in (not sold), no belt, grey
    # backdrop, front view, full length.
    # no adapter texts
    case(
        "X375-019",
        caption("a woman in a black shirt and beige pants"),
        wearing("black shirt and khaki pants", who="she"),
        color_of("pants", "black", "other_garment_color"),
        B.color("beige"),
        details("pants", "they are pleated and have a belt", "unsupported"),
        B.material("the pants are beige", "restated"),
        is_a("skirt", "no"),
        title="Women Beige Pleated High-Rise Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a maroon anarkali kurta with a gold embroidered yoke, maroon churidar, maroon dupatta with a
    # gold border, beige curtain backdrop, front view; no bangles or jewellery on her arms.
    # details: caption adapter
    case(
        "X375-020",
        caption("a woman in a red dress with gold embroidery"),
        wearing("a red anarkali suit", who="she"),
        color_of("top", "gold", "contradiction"),
        color_dupatta("red"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a maroon anarkali with gold embroidery and a matching dupatta. she is also wearing gold bangles",
            "unsupported",
        ),
        B.pattern("embroidered"),
        title="Women Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a sea green georgette saree with a small white floral print, sleeveless white blouse, pallu
    # draped over the shoulder, outdoors in a garden with trees behind, front view.
    # no adapter texts
    case(
        "X375-021",
        caption("a woman in a green saree standing in a garden"),
        wearing("a green and white sari", who="she"),
        color_blouse("green", "other_garment_color"),
        B.material("chiffon"),
        D.description("a green saree with white flowers Question: what is the color of the blouse? Answer:", "leak"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Sea Green & White Floral Printed Georgette Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in black straight-fit jeans with a grey sweatshirt (not sold) and white sneakers, white backdrop,
    # front view, full length.
    # caption, material: caption adapter
    case(
        "X375-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and black jeans", who="she"),
        color_of("jeans", "grey", "other_garment_color"),
        fit("straight"),
        details("jeans", "jeans", "non_answer"),
        B.material(
            "The pants this lady wears is of long length. The pants are with denim fabric and solid color patterns. "
            "The lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in an off-white cotton kurta with red floral embroidery on the yoke, three-quarter sleeves,
    # mandarin collar, no pockets, red palazzos, white backdrop, front view.
    # no adapter texts
    case(
        "X375-023",
        caption("a woman in a white kurta with red flowers"),
        wearing("white kurta and red pants", who="she"),
        B.color("red", "other_garment_color"),
        neckline("mandarin collar"),
        B.sleeve_length("three-quarter sleeves"),
        D.details("embroidered flowers on the chest and a pocket", "unsupported"),
        title="Women Off-White Floral Embroidered Mandarin Collar Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a mustard yellow ribbed fitted crop top, long sleeves, square neck, high-waist blue mom jeans,
    # beige backdrop, front view.
    # color of the top, color of the jeans: VQA adapter
    case(
        "X375-024",
        caption("a woman in a yellow top and jeans"),
        wearing("she is wearing a yellow crop top and blue jeans", who="she"),
        color_of(
            "top",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.description("he is wearing a yellow top", "pronoun"),
        title="Women Mustard Yellow Ribbed Fitted Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a red velvet bridal lehenga with gold zari embroidery and a gold border, red blouse with elbow
    # sleeves, red net dupatta with a gold border, a gold necklace and maang tikka, maroon curtain backdrop.
    # no adapter texts
    case(
        "X375-025",
        caption("a bride in a red lehenga"),
        wearing("a red and gold bridal lehenga with jewelry", who="she"),
        color_of("skirt", "gold", "contradiction"),
        B.material("velvet"),
        D.description("a red velvet lehenga with gold embroidery and a gold necklace"),
        is_a("saree", "yes", "contradiction"),
        color_dupatta("red"),
        title="Red Embroidered Velvet Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black and white checked co-ord: short-sleeve collared shirt with one chest pocket and button
    # front, matching shorts, white sneakers, white backdrop, front view.
    # caption: caption adapter
    case(
        "X375-026",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and lattice patterns. "
            "The lady wears a short shorts",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white plaid shirt and shorts", who="she"),
        color_of("top", "black"),
        B.pattern("checked"),
        details("shirt", "it has buttons on the front and a pocket on the chest"),
        B.material("the shirt is made of", "cut"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Black & White Checked Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink button-up cardigan (no pockets) worn open over a white camisole, blue jeans, white
    # backdrop, front view.
    # no adapter texts
    case(
        "X375-027",
        caption("a woman in a pink cardigan and jeans"),
        wearing("a pink sweater", who="she"),
        B.garment_type("sweater"),
        B.color("white", "other_garment_color"),
        color_of("top", "pink"),
        D.details("it has buttons and two pockets", "unsupported"),
        B.material("pink", "restated"),
        title="Women Pink Solid Button-Up Cardigan",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy blue satin sleeveless slip nightdress, thin straps, knee length, lace trim at the hem,
    # standing in a bedroom with a grey wall; no robe.
    # no adapter texts
    case(
        "X375-028",
        caption("a woman in a blue satin night gown"),
        wearing("a black dress", "contradiction", who="she"),
        B.color("blue"),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        D.details("lace on the bottom"),
        D.description("a navy blue satin slip dress with lace trim and a matching robe", "unsupported"),
        title="Navy Blue Satin Nightdress with Lace Detail",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a green bandhani-print kurta (small white dots), green palazzos and a green dupatta, in front of
    # a yellow wall, front view.
    # wearing, color of the top: VQA adapter
    case(
        "X375-029",
        caption("a woman in a green outfit standing in front of a yellow wall"),
        wearing(
            "dress Question: What is the color of the dress? Answer: green Question: What is the color of the dress? "
            "Answer: green",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "yellow", "contradiction"),
        B.pattern("printed"),
        color_dupatta("green"),
        title="Women Green Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black short-sleeve t-shirt with a Mickey Mouse print (Mickey alone, red shorts, yellow shoes),
    # blue denim shorts, white backdrop, front view.
    # no adapter texts
    case(
        "X375-030",
        caption("a woman wearing a mickey mouse t - shirt and denim shorts"),
        wearing("a black t - shirt with mickey mouse on it", who="she"),
        B.color("red", "contradiction"),
        color_of("shorts", "black", "other_garment_color"),
        B.pattern("graphic"),
        details("shirt", "mickey mouse and minnie mouse", "unsupported"),
        title="Women Black Mickey Mouse Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: model in an emerald green satin slip maxi dress, sleeveless, cowl neck, a side slit, plain white
    # backdrop, front view, full length.
    # caption, description: caption adapter
    case(
        "X375-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with satin "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a green silk dress", "unsupported", who="she"),
        B.color("green"),
        neckline("cowl neck"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="Green Satin Cowl Neck Maxi Slip Dress",
        category="Dresses",
        color="Green",
    ),
    # photo: model in a light blue washed denim jacket, buttoned, two flap chest pockets, over a black t-shirt, black
    # jeans, white backdrop, front view.
    # no adapter texts
    case(
        "X375-032",
        caption("a woman in a denim jacket and black pants"),
        wearing("a jean jacket", who="she"),
        B.color("black", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        B.material("denim"),
        details(
            "jacket",
            "it has two pockets on the chest and buttons Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        B.sleeve_length("long sleeves"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in rust orange flared palazzos with a small white geometric print, a plain white short kurti over
    # them (not sold), grey backdrop, front view.
    # no adapter texts
    case(
        "X375-033",
        caption("a woman in a white top and orange pants"),
        wearing("white kurta and orange palazzo pants", who="she"),
        color_of("pants", "white", "other_garment_color"),
        B.color("orange"),
        B.pattern("solid", "contradiction"),
        D.description("it is a garment", "non_answer"),
        title="Women Rust & White Printed Flared Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: model in an off-white long-sleeve round-neck thermal top with matching thermal leggings, barefoot, grey
    # backdrop, front view, full length.
    # no adapter texts
    case(
        "X375-034",
        caption("a woman in a white long sleeved shirt and leggings"),
        wearing("white long underwear", who="she"),
        B.garment_type("top"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("", "non_answer"),
        D.description("she is wearing a white thermal shirt and white thermal pants, white socks", "unsupported"),
        title="Women Off-White Solid Thermal Top",
        category="Thermal Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black chiffon-look saree with a silver sequin border, black sleeveless blouse, in front of a
    # white wall with a window, front view.
    # wearing: VQA adapter
    case(
        "X375-035",
        caption("a woman in a black saree standing next to a window"),
        wearing(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_blouse("black"),
        B.color("grey", "contradiction"),
        border("silver sequins"),
        B.material("silk", "unsupported"),
        title="Black Embellished Sequinned Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink and white block-printed cotton A-line kurta, sleeveless, v-neck, white cotton pants, pink
    # backdrop, front view (the back is not shown).
    # no adapter texts
    case(
        "X375-036",
        caption("a woman in a pink kurta"),
        wearing("a pink top and white pants", who="she"),
        B.sleeve_length("three-quarter sleeves", "contradiction"),
        B.material("cotton"),
        D.description("it is a pink kurta with white prints on it and has a zipper at the back", "unsupported"),
        D.details("the details of the garment", "non_answer"),
        title="Women Pink & White Block Print Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a beige linen-blend blazer and matching beige trousers over a white t-shirt, white backdrop,
    # front view, full length.
    # wearing: VQA adapter
    case(
        "X375-037",
        caption("a woman in a beige suit"),
        wearing(
            "jacket Question: What is the color of the jacket? Answer: beige Question: What is the color of the "
            "jacket? Answer: beige",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color"),
        color_of("pants", "beige"),
        B.material("linen"),
        D.description("a beige blazer and trousers with a white t - shirt underneath"),
        B.garment_type("blazer"),
        title="Women Beige Linen Blend Blazer & Trousers Co-Ords",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a white peasant top with a tiny blue floral print, long puff sleeves and a smocked waist, blue
    # jeans, in front of a white brick wall, front view.
    # no adapter texts
    case(
        "X375-038",
        caption("a woman in a white shirt and blue jeans in front of a brick wall"),
        wearing("a white blouse", who="she"),
        B.color("blue", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves"),
        D.description(
            "a white blouse with blue flowers Question: what is the color of the jeans? Answer: blue", "leak"
        ),
        D.details("the top has details", "non_answer"),
        title="Women White & Blue Floral Print Smocked Peasant Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a yellow sleeveless tiered A-line sundress, square neck, knee length, on a beach (sand and sea
    # behind), holding a straw hat in her hand.
    # no adapter texts
    case(
        "X375-039",
        caption("a woman in a yellow dress holding a hat on the beach"),
        wearing("a yellow sundress", who="she"),
        B.sleeve_length("sleeveless"),
        D.description("he is wearing a yellow dress with a hat", "pronoun"),
        B.material("it is made of fabric", "non_answer"),
        is_a("skirt", "yes", "contradiction"),
        title="Yellow Tiered A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in navy blue straight formal trousers with a white formal shirt tucked in, black heels, grey
    # backdrop, front view, full length.
    # caption, details: caption adapter
    case(
        "X375-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and solid color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", "contradiction", who="she"),
        color_of("pants", "white", "other_garment_color"),
        B.color("blue"),
        B.garment_type("trousers"),
        details(
            "pants",
            "The trousers this lady wears is of long length. The trousers are with cotton fabric and solid color "
            "patterns. The trousers this lady wears is of",
            "loop",
            hit_limit=True,
        ),
        title="Women Navy Blue Solid Straight Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard printed cotton lehenga skirt with mirror work, a contrast green blouse with short
    # sleeves, a green dupatta, pink backdrop, front view.
    # no adapter texts
    case(
        "X375-041",
        caption("a woman in a yellow and green lehenga"),
        wearing("a yellow skirt and green top", who="she"),
        color_of("skirt", "green", "other_garment_color"),
        color_blouse("green"),
        color_dupatta("pink", "contradiction"),
        D.details("mirror work on the skirt"),
        B.material("silk", "unsupported"),
        title="Mustard & Green Printed Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a maroon turtleneck pullover, long sleeves, a black knee-length skirt, grey backdrop, framed
    # from the head to just above the knees (no shoes in view).
    # no adapter texts
    case(
        "X375-042",
        caption("a woman in a red sweater and black skirt"),
        wearing("a burgundy turtleneck", who="she"),
        B.color("brown", "contradiction"),
        neckline("turtleneck"),
        B.material("it is a red sweater", "restated"),
        D.description("a red turtleneck sweater with a black skirt and black boots", "unsupported"),
        color_of("skirt", "red", "other_garment_color"),
        title="Women Maroon Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an olive green quilted hooded puffer jacket, zipped up, black leggings, white backdrop, front
    # view.
    # details: caption adapter
    case(
        "X375-043",
        caption("a woman in a green puffer jacket"),
        wearing("a green coat", who="she"),
        B.color("green"),
        D.details(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        B.material("leather", "unsupported"),
        is_a("jacket", "no", "contradiction"),
        title="Women Olive Green Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model sitting on a bed in a grey and white striped night suit: long-sleeve button-down pyjama top and
    # plain grey pyjama pants, bedroom with a lamp.
    # color of the top, color of the pants: VQA adapter
    case(
        "X375-044",
        caption("a woman in pajamas sitting on a bed"),
        wearing("he is wearing a grey and white striped pajama set", "pronoun", who="she"),
        color_of(
            "top",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.material("cotton"),
        D.description("i don't know", "non_answer"),
        title="Women Grey Striped Pure Cotton Night Suit",
        category="Night Suits",
        color="Grey",
        gender="Women",
    ),
    # photo: model in one white cotton camisole with spaghetti straps (no lace), blue jeans, grey backdrop, front
    # view; the pack's second camisole is not shown. The feed row has no color.
    # no adapter texts
    case(
        "X375-045",
        caption("a woman in a white tank top and jeans"),
        wearing("a white tank top", who="she"),
        B.garment_type("top"),
        B.color("blue", "other_garment_color"),
        D.description("a white tank top with lace trim", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Women Pack of 2 Solid Cotton Camisoles",
        category="Camisoles",
        gender="Women",
    ),
    # photo: model in a black straight kurta with a white geometric print, long sleeves, round neck, plain black
    # trousers, white backdrop, front view.
    # caption: caption adapter
    case(
        "X375-046",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white kurta", who="she"),
        color_of("top", "black"),
        color_of("pants", "white", "contradiction"),
        B.pattern("striped", "contradiction"),
        D.description("a black and white printed kurta with black pants"),
        B.garment_type("kurta"),
        title="Women Black & White Geometric Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
]
