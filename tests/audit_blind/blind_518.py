"""BLIND_518 (46 products; DeepFashion In-shop studio photos, women's and men's everyday wear, VQA questions): written
blind in the fiftieth session. Measured blind at ba377c1 (the session's rules as they stood): 105/125 failures found
(84.0%) and 1/160 correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed whose photos are DeepFashion In-shop style studio shots: one model,
full length or cropped at the knees, on a plain white, grey or beige backdrop, front view unless the comment says
otherwise. Women's blouses, tees and tanks, dresses, rompers and jumpsuits, skirts, cardigans, jackets, shorts and
leggings; men's tees, shirts, sweaters, hoodies, pants and denim. Most products are worn with another garment (a top
tucked into trousers, a cardigan over a tee, a hoodie under a denim jacket), so the photo often holds two or three
colors. Each row has the seller's title, category, color and gender; two rows miss one column (X518-029 has no
color, X518-046 no gender). The questions are the original experiments' VQA questions ("What cloth is the person
wearing?", "What is the color of the {garment}?", "Is this a {garment}?"), the closed garment_type, color, pattern
and sleeve_length, and the open wearing, description, details and material questions.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
white blouse and black pants") unless the comment says the caption adapter wrote them (the DeepFashion-MultiModal
template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The
adapter never learned to stop: its texts run to the limit (50 new tokens for captions, 30 for answers) and carry
hit_limit=True; asked a question, it returns its template. "What cloth is the person wearing?" is answered by the
base model unless the comment says the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) did; that adapter has no end
token either, so its free answers repeat the one-word In-shop answer ("blouse blouse blouse ...") or run on into the
next "Question: ... Answer: ..." of its training format, always to the limit. A color question marked kind="open"
is the VQA adapter's free answer too. The other open questions come from the base model, which stops on its own and
never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color
questions stored closed and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, red or maroon for burgundy and maroon, green for
  olive and teal, yellow for mustard, purple for lavender, grey for charcoal and grey melange, white for off white,
  beige for khaki-beige. Navy answered black and mustard answered orange are contradiction.
- The color of another piece in the photo given as the product's color (the jeans' blue for a pink blouse, the
  tucked-in tee's white for a black skirt, the hoodie under a denim jacket) is other_garment_color; so is a per-piece
  color question (the pants, the shorts, the leggings) answered with the product's color, where that piece is
  another color. A wearing answer or caption that gives two garments one color ("a black t - shirt and black pants"
  for grey joggers) is contradiction. A print or trim color given as the garment's color (white for a black dress
  with white flowers, red for a navy dress with a red belt, white for a navy tee with a white print) is
  contradiction.
- Garment synonyms are correct: t - shirt for tee, shirt or top for blouse, sweater for cardigan or pullover,
  hoodie or sweatshirt for a hooded sweatshirt, jean jacket for denim jacket, sweatpants for track pants, jumpsuit
  for a romper or playsuit (the In-shop class is romper/jumpsuit), dress shirt for a formal shirt, plaid for
  checks, pants for leggings in a two-piece answer. A romper called a dress, a shirt dress called a shirt, a collared
  shirt accepted as a t-shirt, a tee denied as a t-shirt, and a jumpsuit returned as "shirt ... pants" by the adapter
  are contradiction. A tunic-length top read as a top is correct.
- Patterns: a side stripe on leggings is "striped" (correct); pleats, a cable knit and a grey melange texture
  answered "striped" are contradiction; "solid" for track pants with white side stripes is contradiction; "printed"
  and "graphic" are both correct for a print or a chest slogan.
- Materials: one the title names or the photo plainly shows (leather look, denim, chambray as denim, flannel,
  cable or chunky knit as wool) is correct, and so is a plausible guess on a plain cotton-look fabric ("cotton");
  a material neither named nor visible (silk on a chiffon top, satin on a jersey bodycon, wool on a cotton tee) is
  unsupported; a tee's material answered with its jeans' fabric is contradiction. An empty material answer and "the
  details of the pants" are non_answer; "they are short" and "they are blue jeans" for details are non_answer; a
  material question answered with the garment's color and name is restated.
- Invented items not in the photo (a purse, a necklace, a hat, a belt, a hood on a shirt, a slit, sneakers or boots
  on a photo cropped at the knees, a chest pocket, a side zip the front view cannot show, a backpack, text that is
  not printed) are unsupported. A belt that is there but in another color is contradiction. Props really in the photo
  (a straw hat held in the hand, visible heels) and walls named in the caption are correct.
- Adapter texts: a template that repeats one of its sentences is loop; one that stops mid-sentence without repeating
  is cut, even where it invents an accessory before it stops; a template that names the garment wrongly (shirt and
  pants for a jumpsuit) is contradiction, and one that calls a woman "the gentleman" is pronoun, hit_limit kept. The
  template returned for the material question is restated. VQA adapter texts: the answer word repeated is loop; an
  answer that runs on into "Question: ... Answer: ..." is leak.
- Base answers that run on into "Question: ... Answer: ..." are leak even where their first words are right.
- "he" or "a man" for a woman, and "she" for a man, are pronoun.
- "Is this a {garment}?" asks about the product: "no" to a garment it is not (a sweater for a tee) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_518 = [
    # photo: woman in a white sleeveless chiffon top with a ruffled neckline, tucked into black straight trousers,
    # white backdrop, full length.
    # no adapter texts
    case(
        "X518-001",
        caption("a woman in a white blouse and black pants"),
        cloth("blouse"),
        color_of("blouse", "white"),
        B.sleeve_length("sleeveless"),
        B.pattern("solid"),
        B.material("silk", "unsupported"),
        title="Vero Moda Women White Solid Chiffon Ruffled Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a pale pink long-sleeve button-front blouse with small white polka dots, worn untucked over
    # light blue skinny jeans, grey backdrop, full length.
    # caption, material: caption adapter
    case(
        "X518-002",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        cloth("a pink shirt and jeans"),
        color_of("blouse", "blue", "other_garment_color"),
        B.pattern("polka dot"),
        B.sleeve_length("long sleeves"),
        describe("blouse", "a pink blouse with white polka dots"),
        B.material(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears",
            "restated",
            hit_limit=True,
        ),
        title="Harpa Women Pink Polka Dot Print Shirt Style Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a navy blue short-sleeve V-neck blouse with a white floral print, worn with white cotton
    # shorts, white backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-003",
        caption("a woman in a blue floral blouse and white shorts"),
        cloth(
            "blouse Question: What is the color of the blouse? Answer: navy blue Question: Is this a blouse? "
            "Answer: yes Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("blouse", "blue"),
        color_of("shorts", "blue", "other_garment_color"),
        B.pattern("floral"),
        details("blouse", "it has a v-neck and a bow at the waist", "unsupported"),
        is_a("blouse", "yes"),
        title="Mast & Harbour Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard yellow long-sleeve peasant blouse with smocked cuffs, black skinny jeans, grey
    # backdrop, cropped at the knees.
    # caption: caption adapter
    case(
        "X518-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "orange", "contradiction"),
        cloth("a yellow blouse"),
        wearing(
            "a yellow top and black jeans Question: what is she wearing on her feet? Answer: black boots",
            "leak",
            who="she",
        ),
        B.material("cotton"),
        B.sleeve_length("long sleeves"),
        title="SASSAFRAS Women Mustard Yellow Solid Peasant Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black sheer long-sleeve blouse with a tie at the neck (no jewellery), tucked into a red
    # pleated midi skirt, white backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-005",
        caption("a woman in a black blouse and red skirt"),
        cloth(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "black"),
        color_of("skirt", "red"),
        B.pattern("solid"),
        describe("blouse", "a black blouse with a bow at the neck and a gold necklace", "unsupported"),
        title="Tokyo Talkies Women Black Solid Tie-Up Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white short-sleeve crew-neck tee printed "PARIS" in black letters across the chest (no other
    # motif), light blue denim shorts, grey backdrop, full length.
    # no adapter texts
    case(
        "X518-006",
        caption("a woman wearing a white t - shirt with the word paris on it"),
        cloth("t - shirt"),
        color_of("tee", "white"),
        color_of("shorts", "white", "other_garment_color"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeves"),
        details("tee", "the word paris in black letters and a small eiffel tower", "unsupported"),
        title="Roadster Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in a grey melange sleeveless scoop-neck tank top, black leggings, white backdrop, full length.
    # caption: caption adapter
    case(
        "X518-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        cloth("a grey tank top and black leggings"),
        color_of("tank top", "black", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.pattern("striped", "contradiction"),
        is_a("tank top", "yes"),
        title="HRX by Hrithik Roshan Women Grey Melange Solid Tank Top",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in an olive green short-sleeve tee knotted at the front hem (no pocket), white jeans, beige
    # backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-008",
        caption("a woman in a green shirt and white jeans posing for a picture"),
        cloth(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a green t - shirt and white jeans", "pronoun"),
        color_of("tee", "green"),
        B.pattern("solid"),
        details("tee", "the tee has a knot at the front and a pocket on the chest", "unsupported"),
        title="Tokyo Talkies Women Olive Green Solid Knotted T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a red and white horizontal striped long-sleeve boat-neck tee (no buttons), navy trousers,
    # white backdrop, full length.
    # caption: caption adapter
    case(
        "X518-009",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        color_of("tee", "red"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        cloth("a striped shirt and blue pants"),
        describe("tee", "a red and white striped shirt with buttons on the shoulder", "unsupported"),
        B.material("a red and white striped shirt", "restated"),
        title="Marks & Spencer Women Red & White Striped Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a lavender oversized drop-shoulder cotton tee, grey joggers, white backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-010",
        caption("a woman in a purple shirt and grey pants"),
        color_of("tee", "purple"),
        cloth(
            "tee Question: What is the color of the tee? Answer: purple Question: Is this a tee? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "purple", "other_garment_color"),
        B.material("wool", "unsupported"),
        is_a("sweater", "no"),
        title="DressBerry Women Lavender Solid Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a navy blue sleeveless knee-length A-line dress with white polka dots and a thin red belt at the
    # waist, no bag, no visible pockets, grey backdrop, full length.
    # no adapter texts
    case(
        "X518-011",
        caption("a woman in a blue and white polka dot dress with a red belt and a red purse", "unsupported"),
        color_of("dress", "red", "contradiction"),
        B.pattern("polka dot"),
        B.sleeve_length("short sleeves", "contradiction"),
        cloth("dress"),
        details("dress", "it has a red belt and pockets", "unsupported"),
        title="Harpa Women Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black long-sleeve V-neck maxi dress with a white floral print, no slit, white backdrop, full
    # length.
    # caption: caption adapter
    case(
        "X518-012",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        cloth("a black and white floral dress with a slit", "unsupported"),
        color_of("dress", "white", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        title="SASSAFRAS Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a burgundy short-sleeve round-neck jersey bodycon midi dress, black ankle-strap heels, no bag,
    # beige backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-013",
        caption("a woman in a red dress and black heels"),
        cloth(
            "dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "maroon"),
        wearing("a red dress and a black purse", "unsupported"),
        B.material("satin", "unsupported"),
        B.sleeve_length("short sleeves"),
        title="Athena Women Burgundy Solid Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a white knee-length cotton shirt dress, long sleeves rolled to the forearm, button placket and
    # a self-tie belt, no jewellery, light grey backdrop, full length.
    # caption: caption adapter
    case(
        "X518-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        cloth("a white shirt", "contradiction"),
        color_of("dress", "white"),
        is_a("dress", "yes"),
        B.garment_type("dress"),
        describe("dress", "a white shirt dress with buttons down the front and a belt"),
        B.material("cotton"),
        title="Mast & Harbour Women White Solid Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a teal green sleeveless V-neck wrap midi dress, plain jersey, white backdrop, full length.
    # material: caption adapter
    case(
        "X518-015",
        caption("a man in a green dress", "pronoun"),
        color_of("dress", "green"),
        wearing("a green dress with a v neck"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless"),
        B.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Berrylush Women Teal Solid Wrap Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a light blue chambray short-sleeve romper with a button front and a drawstring waist, shorts
    # length, white backdrop, cropped just below the knees (no shoes in the frame).
    # no adapter texts
    case(
        "X518-016",
        caption("a woman in a blue denim romper and white sneakers", "unsupported"),
        cloth("a dress", "contradiction"),
        is_a("romper", "yes"),
        color_of("romper", "blue"),
        B.garment_type("jumpsuit"),
        B.material("denim"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Roadster Women Blue Solid Chambray Playsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a black and white floral sleeveless romper with a ruffled neckline, holding a straw hat in her
    # right hand, beige backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-017",
        caption("a woman in a black and white floral romper holding a hat"),
        cloth(
            "romper-romper-romper-romper-romper-romper-romper-romper-romper-romper-romper-romper-romper-romper",
            "loop",
            hit_limit=True,
        ),
        color_of("romper", "black"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="Berrylush Women Black & White Floral Print Playsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an olive green long-sleeve full-length utility jumpsuit with two chest flap pockets and a
    # self-tie olive belt, grey backdrop, full length.
    # caption: caption adapter
    case(
        "X518-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a green jumpsuit"),
        color_of("jumpsuit", "green"),
        details("jumpsuit", "it has a belt and pockets on the chest"),
        B.pattern("solid"),
        wearing("she is wearing a green jumpsuit with a black belt", "contradiction", who="she"),
        title="HERE&NOW Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a black faux leather A-line mini skirt, shiny, with a white short-sleeve tee tucked in, white
    # backdrop, front view, full length.
    # caption: caption adapter
    case(
        "X518-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        cloth("a black leather skirt"),
        B.material("leather"),
        is_a("skirt", "yes"),
        details("skirt", "it has a zipper on the side", "unsupported"),
        title="Tokyo Talkies Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a beige knife-pleated midi skirt with a black fitted long-sleeve top tucked in, pale pink wall
    # behind her, full length.
    # cloth: VQA adapter
    case(
        "X518-020",
        caption("a woman wearing a black top and a beige pleated skirt standing in front of a pink wall"),
        color_of("skirt", "beige"),
        B.pattern("striped", "contradiction"),
        wearing("a black top and a skirt", who="she"),
        B.color("black", "other_garment_color"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Beige Solid Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a mid-blue knee-length button-front denim skirt with a white and blue striped short-sleeve tee
    # tucked in, white backdrop, cropped at the knees (no shoes in the frame).
    # caption: caption adapter
    case(
        "X518-021",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium-length skirt. The skirt is with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        cloth("a striped shirt and a denim skirt"),
        color_of("skirt", "blue"),
        B.material("denim"),
        details("skirt", "the skirt has buttons down the front"),
        wearing("she is wearing a striped shirt and a denim skirt and white sneakers", "unsupported", who="she"),
        title="Roadster Women Blue Solid Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a grey melange open-front long-sleeve knit cardigan over a white tee, mid-blue jeans with no
    # belt, white backdrop, full length.
    # no adapter texts
    case(
        "X518-022",
        caption("a woman in a grey sweater and grey jeans", "contradiction"),
        color_of("cardigan", "white", "other_garment_color"),
        cloth("a sweater"),
        B.sleeve_length("long sleeves"),
        is_a("cardigan", "yes"),
        B.material("wool"),
        wearing("a grey cardigan over a white shirt and blue jeans with a brown belt", "unsupported"),
        title="Vero Moda Women Grey Melange Solid Open-Front Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a navy blue button-up long-sleeve V-neck cardigan, worn buttoned, with a white pleated skirt,
    # grey backdrop, full length.
    # caption: caption adapter
    case(
        "X518-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a v-shape neckline. The gentleman wears a medium-length skirt. The skirt is with cotton "
            "fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        color_of("cardigan", "black", "contradiction"),
        cloth("a sweater and a skirt"),
        details("cardigan", "buttons"),
        B.pattern("solid"),
        wearing(
            "she is wearing a blue sweater and a white skirt Question: what is the color of the sweater? Answer: blue",
            "leak",
            who="she",
        ),
        title="Marks & Spencer Women Navy Blue Solid Button-Up Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in an off-white longline cable-knit cardigan (knee length, open front) over a black tee and black
    # leggings, white backdrop, full length.
    # caption: caption adapter
    case(
        "X518-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("cardigan", "white"),
        cloth("a white sweater and black pants"),
        describe("cardigan", "a long white cardigan with a cable knit pattern"),
        B.pattern("striped", "contradiction"),
        B.material("wool"),
        color_of("leggings", "white", "other_garment_color"),
        title="Mango Women Off White Cable Knit Longline Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a black faux leather biker jacket with silver zips and no belt, open over a white tee, black
    # jeans, grey backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-025",
        caption("a woman in a black leather jacket and black jeans"),
        cloth(
            "jacket, jacket, jacket, jacket, jacket, jacket, jacket, jacket, jacket, jacket, jacket, jacket, jacket, "
            "jacket, jacket",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        B.material("leather"),
        details("jacket", "it has a zipper and a belt at the waist", "unsupported"),
        B.garment_type("jacket"),
        wearing("he is wearing a black leather jacket", "pronoun"),
        title="Roadster Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a light blue washed denim jacket with buttons and two chest flap pockets, over a yellow floral
    # sundress, white wall behind her, full length.
    # cloth: VQA adapter
    case(
        "X518-026",
        caption("a woman in a denim jacket and yellow dress standing in front of a white wall"),
        color_of("jacket", "yellow", "other_garment_color"),
        cloth(
            "denim Question: What is the color of the denim? Answer: blue Question: Is this a denim? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        B.sleeve_length("long sleeves"),
        describe("jacket", "a blue jean jacket with buttons and chest pockets"),
        title="DressBerry Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in white cotton high-rise shorts with rolled hems and a light pink short-sleeve tee tucked in, no
    # jewellery, white backdrop, cropped at the knees.
    # caption: caption adapter
    case(
        "X518-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "pink", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        cloth("shorts"),
        is_a("pair of shorts", "yes"),
        B.material("cotton"),
        title="Tokyo Talkies Women White Solid High-Rise Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: woman in mid-blue denim cutoff shorts with a frayed hem (pockets intact), black tank top, grey backdrop,
    # full length.
    # caption: caption adapter
    case(
        "X518-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a short shorts. The shorts are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        cloth("jean shorts and a black tank top"),
        details("shorts", "frayed hem and a ripped pocket", "unsupported"),
        B.material("denim"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in black high-waist ankle-length leggings with a white stripe down each side, grey cropped
    # short-sleeve tee, white backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-029",
        caption("a woman in a grey shirt and black leggings"),
        color_of("leggings", "grey", "other_garment_color"),
        cloth(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        details("leggings", "white stripe on the side"),
        B.material("", "non_answer"),
        title="HRX by Hrithik Roshan Women Black Side-Striped Ankle-Length Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: woman in maroon ankle-length leggings under a long black long-sleeve tunic top that reaches mid-thigh,
    # white backdrop, full length.
    # caption: caption adapter
    case(
        "X518-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        cloth("a black top and red leggings"),
        color_of("leggings", "red"),
        details("leggings", "the leggings are red", "non_answer"),
        B.material("cotton"),
        is_a("pair of leggings", "yes"),
        B.garment_type("leggings"),
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a plain black short-sleeve crew-neck tee, grey jogger pants, white backdrop, full length.
    # no adapter texts
    case(
        "X518-031",
        caption("a man in a black shirt and grey pants"),
        wearing("he is wearing a black t - shirt and black pants", "contradiction", who="he"),
        color_of("pants", "black", "other_garment_color"),
        cloth("t - shirt"),
        color_of("t-shirt", "black"),
        B.sleeve_length("short sleeves"),
        title="Roadster Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy blue short-sleeve tee with a large white print of a surfboard and a wave, khaki shorts,
    # grey backdrop, full length.
    # caption: caption adapter
    case(
        "X518-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "contradiction"),
        cloth("a blue shirt and khaki shorts"),
        B.pattern("graphic"),
        wearing("a blue t - shirt and blue shorts", "contradiction", who="he"),
        title="HIGHLANDER Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange long-sleeve henley tee with three buttons and no pocket, dark blue jeans, white
    # backdrop, full length.
    # caption: caption adapter
    case(
        "X518-033",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants the gentleman wears is of long length. The pants are with denim "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        color_of("t-shirt", "grey"),
        details("t-shirt", "buttons on the front and a pocket on the chest", "unsupported"),
        B.material("denim", "contradiction"),
        title="Mast & Harbour Men Grey Melange Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an olive green short-sleeve V-neck tee, black track pants, beige backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-034",
        caption("a man in a green shirt"),
        cloth(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        is_a("t-shirt", "no", "contradiction"),
        B.pattern("solid"),
        wearing("she is wearing a green shirt and black pants", "pronoun"),
        title="HRX by Hrithik Roshan Men Olive Green Solid V-Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a light blue long-sleeve oxford button-down shirt tucked into beige chinos, white backdrop, full
    # length.
    # caption: caption adapter
    case(
        "X518-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "a blue dress shirt with a collar and buttons"),
        B.material("cotton Question: what is the color of the shirt? Answer: blue", "leak"),
        title="Louis Philippe Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red and black buffalo check flannel shirt with two chest pockets, worn open over a black tee,
    # dark blue jeans, bare head, grey backdrop, full length.
    # no adapter texts
    case(
        "X518-036",
        caption("a man wearing a red and black plaid shirt and a black hat", "unsupported"),
        B.pattern("checked"),
        color_of("shirt", "red"),
        cloth("a plaid shirt and jeans"),
        B.material("flannel"),
        details("shirt", "the shirt has two chest pockets and a hood", "unsupported"),
        color_of("jeans", "black", "other_garment_color"),
        title="Roadster Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white short-sleeve collared casual shirt with a small navy anchor print, navy shorts, white
    # backdrop, full length.
    # caption: caption adapter; color of the shirt: VQA adapter (free answer)
    case(
        "X518-037",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a short-sleeve shirt with graphic patterns. The shirt is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        cloth("a white shirt with anchors on it"),
        B.pattern("printed"),
        is_a("t-shirt", "yes", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Mast & Harbour Men White Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a charcoal grey crew-neck pullover sweater with the collar of a white shirt showing at the neck,
    # black trousers, white backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-038",
        caption("a man in a grey sweater and black pants"),
        color_of("sweater", "black", "other_garment_color"),
        cloth(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        B.material("wool"),
        describe("sweater", "a gray sweater with a white collar"),
        details("sweater", "it has a v-neck", "contradiction"),
        title="Marks & Spencer Men Charcoal Grey Solid Pullover Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a mustard yellow cable-knit crew-neck pullover, mid-blue jeans, grey backdrop, cropped at the
    # knees.
    # caption: caption adapter
    case(
        "X518-039",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The pants the gentleman wears is of long length. The pants are with denim "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "yellow"),
        cloth("a yellow sweater and jeans"),
        B.pattern("striped", "contradiction"),
        wearing(
            "he is wearing a yellow sweater and jeans Question: what is he wearing on his feet? Answer: brown shoes",
            "leak",
            who="he",
        ),
        title="Roadster Men Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie (hood down) with white drawstrings, a small white chest logo and a
    # kangaroo pocket, grey sweatpants, bare head, white backdrop, full length.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X518-040",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "pants the gentleman wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The gentleman wears a long-sleeve sweater with graphic",
            "loop",
            hit_limit=True,
        ),
        color_of("hoodie", "black"),
        cloth(
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt "
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "white drawstrings and a kangaroo pocket"),
        B.garment_type("hoodie"),
        is_a("hoodie", "yes"),
        wearing("a black hoodie with a white logo and a black hat", "unsupported"),
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey melange zip-front hoodie worn open over a navy tee, black jeans, grey wall behind him,
    # full length.
    # no adapter texts
    case(
        "X518-041",
        caption("a man wearing a grey hoodie and black jeans standing in front of a grey wall"),
        color_of("hoodie", "blue", "other_garment_color"),
        wearing("a hoodie"),
        B.sleeve_length("long sleeves"),
        details("hoodie", "the hoodie has a zipper"),
        B.material("cotton and polyester Question: What is the pattern of the garment? Answer: solid", "leak"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a maroon pullover hoodie printed "BROOKLYN" in large white letters across the chest, mid-blue
    # jeans, white backdrop, full length.
    # material: caption adapter
    case(
        "X518-042",
        caption("a man in a red hoodie with the word brooklyn on it"),
        color_of("hoodie", "red"),
        cloth("a hoodie with the word brooklyn on it"),
        B.pattern("graphic"),
        is_a("sweatshirt", "yes"),
        describe("hoodie", "a red hoodie with white letters that say new york", "unsupported"),
        B.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "pants the",
            "restated",
            hit_limit=True,
        ),
        title="Roadster Men Maroon Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in khaki slim chinos with a light grey short-sleeve tee tucked in, brown belt, white backdrop, full
    # length.
    # caption: caption adapter
    case(
        "X518-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants the gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", "other_garment_color"),
        cloth("pants"),
        details("pants", "the details of the pants", "non_answer"),
        B.material("cotton"),
        is_a("pair of pants", "yes"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in black track pants with two white stripes down each side, white short-sleeve tee, white backdrop,
    # full length.
    # cloth: VQA adapter
    case(
        "X518-044",
        caption("a man in a white shirt and black pants"),
        color_of("pants", "black"),
        cloth(
            "pants Question: What is the color of the pants? Answer: black Question: Is this a pair of pants? "
            "Answer: yes",
            "leak",
            hit_limit=True,
        ),
        B.pattern("solid", "contradiction"),
        B.garment_type("pants"),
        wearing("he is wearing a white t - shirt and black pants with white stripes", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        title="Puma Men Black Striped Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in dark indigo slim jeans with light whiskering, a white long-sleeve shirt tucked in, grey backdrop,
    # full length.
    # caption: caption adapter
    case(
        "X518-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        cloth("jeans"),
        B.material("denim"),
        details("jeans", "they are blue jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Navy Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a light blue washed denim trucker jacket over a grey pullover hoodie (hood out over the collar),
    # black jeans, nothing on his back, white backdrop, full length.
    # cloth: VQA adapter
    case(
        "X518-046",
        caption("a man in a denim jacket and a grey hoodie with a backpack", "unsupported"),
        color_of("jacket", "grey", "other_garment_color"),
        cloth(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        is_a("jacket", "yes"),
        wearing("a jean jacket over a hoodie"),
        title="Roadster Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
]
