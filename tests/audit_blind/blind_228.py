"""BLIND_228 (46 products; Indian marketplace menswear and womenswear: tees, shirts, kurtas, jeans, dresses): written
blind in the forty-first session. Measured blind at bdac6b9 (the session's rules as they stood): 93/116 failures
found (80.2%) and 1/141 correct texts flagged (0.7%). The writer's notes, verbatim:

Scenario: a random sample of a Myntra-like Indian marketplace catalog, re-run through the original experiments'
three models (the untuned base Salesforce/blip2-opt-2.7b, the caption adapter, the VQA adapter trained after the
caption fine-tuning). Products are men's and women's t-shirts, shirts, kurtas and kurta sets, tops, jeans, track
pants and joggers, shorts, dresses and sweatshirts. Photos are model shots on light studio backdrops (white, off
white, light grey, beige, one pink wall, one potted plant), front view unless the comment says otherwise, and the
model always wears other garments too (jeans under a tee, a tee under an open shirt, palazzos under a kurta). The
seller colors are the marketplace's own words (Navy Blue, Off White, Charcoal, Olive, Mustard, Rust, Teal, Mauve,
Lavender, Peach). Each row has the seller's title, category, color and gender; a few rows miss the gender or the
color, as real feeds do.

Who wrote what: captions come from the base model (short, lowercase, "a man in a navy blue t-shirt and jeans")
unless the comment says the caption adapter wrote them. The adapter writes the DeepFashion-MultiModal template
("The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ..."), was trained
with no end-of-answer token, so it always runs to its limit (50 new tokens for captions, 30 for answers, marked
hit_limit=True), and returns the same template to any question it is asked (the comment names those questions).
Open answers (wearing, description, details, material, neckline, print, fit) are the base model's, which stops on
its own (never hit_limit), sometimes too early; four open answers come from the VQA adapter instead (the comment
says so): it learned In-shop answers ("tee", "denim", "cotton") but, like the caption adapter, no end token, so it
repeats them to the 30-token limit ("The person is wearing a tee. The person is wearing a tee. ..."): loop,
hit_limit=True. Closed answers (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?")
come from enrich's `--engine reference`, chosen from candidate sets, so they are never loops or cuts; their failures
are wrong picks.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy blue, grey for charcoal, green for olive or teal, yellow for mustard,
  white for off white, purple for lavender or mauve, pink for peach, orange for rust, red for maroon, light blue
  for a washed mid-blue denim. Black for navy blue or charcoal, orange for mustard, brown for olive are
  contradictions (the shade crosses to another color name).
- A closed or open color that belongs to another piece worn in the photo (the tee under the jeans, the jeans under
  the tee, the palazzos under the kurta, the tee under an open shirt or hoodie) is other_garment_color. A color of
  the print, stripes or embroidery given as the garment's color (red for a white shirt with red stripes) is
  contradiction, unless another worn piece is that same color, where it is other_garment_color.
- One color for every garment ("a grey shirt and grey jeans" for a charcoal shirt with black jeans) is labelled
  contradiction.
- Garment synonyms are correct: top, blouse or shirt for a woman's top; sweater or hoodie for a sweatshirt; sweatpants
  or joggers for track pants; pants for palazzos, trousers or pyjamas; scarf for a dupatta; shirt for a men's kurta
  (the adapter's word: a kurta is a long collarless shirt). A woman's kurta or kurta set called a "dress" is
  contradiction (the kurta is worn over visible palazzos or trousers and the seller says Kurtas); the adapter doing
  so is contradiction too, with hit_limit kept, since the misnamed garment is what the auditor sees first.
- Invented details not visible in the photo (a zipper or button on the unseen back, a slit, a hood on a crew neck
  sweatshirt, a side pocket hidden by the arm, a print on the back) are unsupported; so is a material neither named
  by the seller nor visible (silk, satin, linen, wool on cotton-look fabric). A plausible "cotton" for a plain
  cotton-look tee, shirt or sweatshirt, and "denim" for jeans, are correct.
- Adapter texts: a text repeating a sentence or clause of the template is loop; one stopping mid-sentence without a
  repeat is cut; the template returned for the material question is restated even though it is also cut. The
  template answering wearing/description/details does answer, so it is cut or loop. Accessories the adapter adds
  before it is cut ("a ring on her finger") are not labelled separately: the cut comes first.
- Base answers cut by an early stop ("it is made of", "the jeans are") are cut without hit_limit; empty answers,
  "the details of the t-shirt", "they are shorts" are non_answer; a material question answered with the garment's
  name or color, or a description that only repeats the question, is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "she/her/woman" for a man, "he/his/man" for a woman is pronoun (when the garment and color are right).
- The seller's "Rust" answered "orange" and "Mauve" answered "purple" are correct; "Peach" answered "orange" is
  contradiction (the marketplace's peach is a pale pink), and so is "pink" for the mauve dress shot against a pink
  wall (the wall's color, not a garment's). A wall, plant or backdrop named in a caption is correct.
- Rolled-up full sleeves answered "short sleeves" and 3/4 sleeves answered "long sleeves" are contradiction.
- "a man in ..." for a woman in an ambiguous oversized sweatshirt is pronoun, not contradiction.
- A closed answer naming the dupatta or pants with the kurta's color (peach dupatta, black pyjamas under a black
  kurta, yellow pyjamas under a yellow kurta) is other_garment_color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
print_on = question("print", "What is printed on the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_228 = [
    # photo: man in a navy blue round-neck t-shirt, light blue jeans, white sneakers, plain white backdrop, front view.
    # no caption adapter texts; wearing: VQA adapter
    case(
        "X228-001",
        caption("a man in a navy blue t-shirt and jeans"),
        D.wearing(
            "The person is wearing a tee and a denim. The person is wearing a tee and a denim. The person is wearing a",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("t-shirt"),
        B.color("black", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard A-line kurta with a small white block print, 3/4 sleeves, white palazzos, light grey
    # backdrop, front view. caption: adapter
    case(
        "X228-002",
        caption(
            "The upper clothing has three-quarter sleeves, cotton fabric and floral patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "upper clothing has three-quarter sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        B.color("mustard"),
        B.pattern("printed"),
        D.details("it has a round neck and a zipper on the back", "unsupported"),
        B.material("silk", "unsupported"),
        title="Anouk Women Mustard Yellow Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in charcoal slim fit jeans, white crew-neck t-shirt worn untucked, white sneakers, off white backdrop.
    # no adapter texts
    case(
        "X228-003",
        caption("a man wearing a white t-shirt and grey jeans"),
        B.color("white", "other_garment_color"),
        color_jeans("grey"),
        D.details("the jeans have a brown belt", "unsupported"),
        B.material("denim"),
        is_a("pair of jeans", "yes"),
        title="HERE&NOW Men Charcoal Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an off white top with short puff sleeves and a square neck, blue jeans, against a plain white
    # wall, front view. no adapter texts
    case(
        "X228-004",
        caption("a woman in a white top and jeans standing against a white wall"),
        D.wearing("a white blouse and blue jeans"),
        B.color("off white"),
        D.description("it is a white top with puffy sleeves and a", "cut"),
        D.details("the top has a button on the back", "unsupported"),
        B.material("the top is white", "restated"),
        title="Mango Women Off White Solid Puff Sleeve Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: man in an olive hooded sweatshirt with a kangaroo pocket, black track pants, light grey backdrop.
    # caption: adapter
    case(
        "X228-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green hoodie and green pants", "contradiction"),
        B.color("brown", "contradiction"),
        B.garment_type("sweatshirt"),
        D.details("it has a hood and a pocket in the front"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white t-shirt with thin black horizontal stripes, blue denim shorts, white backdrop.
    # no adapter texts
    case(
        "X228-006",
        caption("a woman wearing a striped shirt and denim shorts"),
        B.color("black", "contradiction"),
        B.pattern("striped"),
        color_shorts("blue"),
        D.description("he is wearing a striped t-shirt", "pronoun"),
        title="Tokyo Talkies Women White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a white full-sleeve shirt with the sleeves rolled to the elbow, beige chinos, plain white
    # backdrop. no adapter texts
    case(
        "X228-007",
        caption("a man in a white shirt and khaki pants standing in front of a white wall"),
        D.wearing(
            "a white shirt and khaki pants Question: what is the man holding? Answer: nothing",
            "leak",
        ),
        B.color("white"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a collar and buttons down the front"),
        B.material("linen", "unsupported"),
        title="Highlander Men White Slim Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon short-sleeve V-neck midi fit-and-flare dress, white sneakers, beige backdrop.
    # caption, material: adapter
    case(
        "X228-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady is wearing a ring on her finger. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress and white shoes"),
        B.color("maroon"),
        neckline("round neck", "contradiction"),
        B.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape",
            "restated",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Maroon Solid Fit and Flare Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a black t-shirt with a large white tiger-face print on the chest, grey joggers, white backdrop,
    # front view. no adapter texts
    case(
        "X228-009",
        caption("a man in a black t-shirt with a white tiger on it"),
        D.wearing("a black t-shirt and black pants", "contradiction"),
        B.color("black"),
        print_on("a tiger"),
        D.details(
            "it has a tiger print on the front and the word tiger on the back",
            "unsupported",
        ),
        title="Roadster Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy blue high-rise skinny jeans, pink fitted top tucked in, white sneakers, light grey
    # backdrop. no adapter texts
    case(
        "X228-010",
        caption("a woman wearing a pink top and blue jeans"),
        B.color("pink", "other_garment_color"),
        color_jeans("navy blue"),
        B.material("blue", "restated"),
        D.wearing("a pink shirt and blue jeans"),
        title="DressBerry Women Navy Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey melange track pants with a white stripe down each side, black t-shirt, light grey backdrop.
    # caption: adapter
    case(
        "X228-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_pants("grey"),
        B.color("black", "other_garment_color"),
        D.details("the pants have white stripes on the side"),
        D.wearing(
            "a black t-shirt and grey pants Question: what is the color of the shoes? Answer: white",
            "leak",
        ),
        B.garment_type("track pants"),
        title="Puma Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a peach straight kurta with a small floral print, matching trousers and a white dupatta over
    # one shoulder, light backdrop. no adapter texts
    case(
        "X228-012",
        caption("a woman in a pink floral dress", "contradiction"),
        D.wearing("a pink kurta with white pants and a scarf"),
        B.color("orange", "contradiction"),
        B.pattern("floral"),
        color_dupatta("peach", "other_garment_color"),
        B.material("cotton"),
        title="Libas Women Peach-Coloured Floral Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a mustard polo t-shirt with a two-button placket, navy chinos, white backdrop.
    # no adapter texts
    case(
        "X228-013",
        caption("a man in a yellow polo shirt and blue pants"),
        B.color("mustard"),
        B.garment_type("t-shirt"),
        D.details("it has a collar, two buttons and a pocket", "unsupported"),
        D.wearing("a yellow shirt and yellow pants", "contradiction"),
        title="U.S. Polo Assn. Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a black crew-neck sweatshirt, light blue jeans, plain white backdrop.
    # caption, description: adapter
    case(
        "X228-014",
        caption(
            "Her sweater has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of long length. The pants are with denim fabric and pure color patterns. Her sweater "
            "has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black sweatshirt and jeans"),
        B.color("black"),
        D.description(
            "Her sweater has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of",
            "cut",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        title="Mast & Harbour Women Black Solid Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mid-blue washed denim shirt with two flap chest pockets, sleeves rolled, black jeans, white
    # backdrop. no caption adapter texts; details: VQA adapter
    case(
        "X228-015",
        caption("a man in a denim shirt and black jeans"),
        B.color("blue"),
        color_of("shirt", "black", "other_garment_color"),
        D.details(
            "the pockets, the buttons, the collar, the pockets, the buttons, the collar, the pockets, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Roadster Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless off white tiered maxi dress with red flowers, against a beige wall with a potted
    # plant beside her. no adapter texts
    case(
        "X228-016",
        caption("a woman in a white floral dress standing next to a plant with a", "cut"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        D.wearing("a white dress with red flowers"),
        D.details("the dress has a slit on the side", "unsupported"),
        title="Sangria Women Off White & Red Floral Printed Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a black straight kurta with a mandarin collar and a short button placket, white pyjamas, light
    # backdrop. caption: adapter
    case(
        "X228-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black kurta and white pants"),
        B.color("black"),
        color_pants("black", "other_garment_color"),
        D.details("it has a mandarin collar and buttons on the front"),
        B.material("it is made of", "cut"),
        title="Manyavar Men Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal wrap top with 3/4 sleeves and a tie at the waist, white jeans, off white backdrop.
    # no adapter texts
    case(
        "X228-018",
        caption("a woman in a green top and white pants"),
        B.color("teal"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("it is a wrap top with a tie at the waist"),
        D.wearing("she is wearing a green top and white jeans"),
        title="Berrylush Women Teal Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a red and black checked flannel shirt worn open over a grey crew-neck t-shirt, blue jeans, white
    # backdrop. no adapter texts
    case(
        "X228-019",
        caption("a man wearing a red plaid shirt over a grey t-shirt"),
        B.color("red"),
        B.pattern("checked"),
        color_of("shirt", "grey", "other_garment_color"),
        D.wearing("a plaid shirt, a t-shirt and jeans"),
        D.details("the shirt has a pocket on the chest and a hood", "unsupported"),
        title="WROGN Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in olive joggers with side cargo pockets and elastic cuffs, black sleeveless crop top, white
    # backdrop. caption: adapter
    case(
        "X228-020",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The pants this woman wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "Her tank top has",
            "loop",
            hit_limit=True,
        ),
        color_pants("olive"),
        B.color("black", "other_garment_color"),
        D.wearing("a black top and green pants"),
        D.details("the pants have details", "non_answer"),
        title="SASSAFRAS Women Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: man in navy chino shorts, white t-shirt, white sneakers, light grey backdrop, full length.
    # no adapter texts
    case(
        "X228-021",
        caption("a man in a white t-shirt and blue shorts"),
        color_shorts("black", "contradiction"),
        B.color("navy blue"),
        D.details("they are shorts", "non_answer"),
        D.wearing("a white shirt and blue shorts"),
        title="Highlander Men Navy Blue Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a charcoal melange crew-neck sweatshirt with BROOKLYN printed in white across the chest,
    # black track pants, white backdrop. no adapter texts
    case(
        "X228-022",
        caption("a man in a grey sweatshirt with the word brooklyn on it", "pronoun"),
        B.color("charcoal"),
        D.wearing("a grey sweatshirt and black pants"),
        D.details("the sweatshirt has a hood and a drawstring", "unsupported"),
        print_on("brooklyn"),
        B.material("grey", "restated"),
        title="Kook N Keech Women Charcoal Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: man in a light blue checked full-sleeve shirt, navy trousers, plain white backdrop.
    # caption, wearing: adapter
    case(
        "X228-023",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("striped", "contradiction"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has a button down collar and a pocket"),
        B.sleeve_length("long sleeves"),
        title="Louis Philippe Sport Men Light Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard peplum top with a small white floral print, blue jeans, beige backdrop.
    # no adapter texts
    case(
        "X228-024",
        caption("a woman in a yellow floral top and jeans"),
        B.color("orange", "contradiction"),
        B.pattern("floral"),
        D.description("he is wearing a yellow top with white flowers", "pronoun"),
        B.material("a yellow floral top", "restated"),
        D.wearing("a yellow top and blue jeans"),
        title="Harpa Women Mustard Yellow Floral Print Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in black slim fit jeans with rips at both knees, olive t-shirt, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X228-025",
        caption("a man in a green t-shirt and black ripped jeans"),
        color_jeans("black"),
        B.color("olive", "other_garment_color"),
        D.details("the jeans are ripped at the knees"),
        D.wearing(
            "a green shirt and black jeans Question: what color are the shoes? Answer: white",
            "leak",
        ),
        title="Roadster Men Black Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black sleeveless square-neck bodycon midi dress, black heels, light grey backdrop, front view.
    # no adapter texts
    case(
        "X228-026",
        caption("a woman in a black dress posing for a photo"),
        B.color("black"),
        D.wearing("a black dress and black heels"),
        neckline("square neck"),
        D.details("the dress has a zipper on the back", "unsupported"),
        B.material("the dress is black", "restated"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Athena Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon round-neck t-shirt, blue jeans, white backdrop. caption, description: caption adapter;
    # material: VQA adapter
    case(
        "X228-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with denim fabric and pure color "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        B.color("maroon"),
        D.wearing("a red t-shirt and jeans"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton-cotton",
            "loop",
            hit_limit=True,
        ),
        title="Huetrap Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a white straight cotton kurta with blue thread embroidery at the yoke, blue palazzos, light
    # backdrop. no adapter texts
    case(
        "X228-028",
        caption("a woman wearing a white kurta and blue pants"),
        B.color("blue", "other_garment_color"),
        D.details(
            "it has blue embroidery on the neck and mirror work on the hem",
            "unsupported",
        ),
        D.wearing("a white kurta with blue palazzo pants"),
        B.material("cotton"),
        title="Biba Women White Yoke Design Thread Work Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: man in navy track pants with a drawstring and zip pockets, white t-shirt, light grey backdrop.
    # no adapter texts
    case(
        "X228-029",
        caption("a man in a white t-shirt and black track pants", "contradiction"),
        D.wearing("a white shirt and blue pants"),
        color_pants("navy blue"),
        D.details("the pants have a drawstring and zip pockets"),
        B.material("", "non_answer"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink cropped t-shirt, light blue mom jeans, white backdrop. no adapter texts
    case(
        "X228-030",
        caption("a woman in a pink crop top and jeans"),
        B.garment_type("t-shirt"),
        B.color("pink"),
        D.wearing("a pink top and pink jeans", "contradiction"),
        D.description("he is wearing a pink t-shirt", "pronoun"),
        title="Tokyo Talkies Women Pink Solid Crop T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in an off white crew-neck sweatshirt with a brown bear graphic on the chest, black cargo pants, beige
    # backdrop. caption, material: adapter
    case(
        "X228-031",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.color("off white"),
        D.wearing("a white sweatshirt and black pants"),
        D.details("the sweatshirt has a picture of a bear on it"),
        B.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "its neckline is round. The",
            "restated",
            hit_limit=True,
        ),
        title="Bewakoof Men Off White Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in a navy blue shirt dress with a small white floral print, short sleeves, a self-fabric belt,
    # white sneakers, white backdrop. no adapter texts
    case(
        "X228-032",
        caption("a woman in a blue floral dress with a belt"),
        B.color("navy blue"),
        B.pattern("floral"),
        D.wearing("a blue dress"),
        D.details("the dress has buttons down the front and a belt"),
        title="Mast & Harbour Women Navy Blue Floral Print Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a charcoal zip-up hooded sweatshirt worn open over a white t-shirt, blue jeans, white backdrop.
    # no adapter texts
    case(
        "X228-033",
        caption("a man in a grey hoodie and jeans"),
        B.color("white", "other_garment_color"),
        B.garment_type("sweatshirt"),
        D.wearing("a grey hoodie over a white t-shirt and jeans"),
        D.details("the hoodie has details", "non_answer"),
        B.material("the hoodie is made of the hoodie", "non_answer"),
        title="Roadster Men Charcoal Grey Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a white shirt with red vertical stripes, full sleeves, blue jeans, light grey backdrop.
    # caption: adapter
    case(
        "X228-034",
        caption(
            "Her shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The pants this "
            "lady wears is of long length. The pants are with denim fabric and solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("striped"),
        D.wearing("a red and white striped shirt and jeans"),
        color_of("shirt", "red", "contradiction"),
        D.details("it has buttons and a collar and a pocket on the", "cut"),
        title="Style Quotient Women White & Red Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in olive cargo shorts with flap side pockets, black t-shirt, white sneakers, white backdrop.
    # no adapter texts
    case(
        "X228-035",
        caption("a woman in a black t-shirt and green shorts", "pronoun"),
        color_shorts("olive"),
        B.color("black", "other_garment_color"),
        D.details("the shorts have pockets on the sides"),
        D.wearing("a black shirt and green shorts"),
        B.material("denim", "unsupported"),
        title="Urbano Fashion Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a lavender oversized drop-shoulder t-shirt, white shorts, white backdrop. no adapter texts
    case(
        "X228-036",
        caption("a woman in a purple t-shirt and white shorts"),
        B.color("lavender"),
        D.wearing("a purple t-shirt and purple shorts", "contradiction"),
        D.description(
            "it's a purple t-shirt Question: what is the color of the shorts? Answer: white",
            "leak",
        ),
        D.details("the t-shirt is loose and the sleeves are long", "contradiction"),
        title="Difference of Opinion Women Lavender Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a navy and white striped polo t-shirt, beige shorts, white backdrop. caption, details: adapter
    case(
        "X228-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with stripe",
            "loop",
            hit_limit=True,
        ),
        B.color("navy blue"),
        B.pattern("striped"),
        D.wearing(
            "a striped shirt and khaki shorts Question: what is on his feet? Answer: sneakers",
            "leak",
        ),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Tommy Hilfiger Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light blue wide-leg jeans, white ribbed crop top, white backdrop, full length.
    # no adapter texts
    case(
        "X228-038",
        caption("a woman in a white crop top and blue jeans"),
        color_jeans("white", "other_garment_color"),
        B.color("light blue"),
        D.details("the jeans are", "cut"),
        D.wearing("a white top and blue jeans"),
        fit("they are jeans", "non_answer"),
        title="Kotty Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a charcoal full-sleeve shirt with the sleeves rolled up, black jeans, against a light grey wall.
    # no adapter texts
    case(
        "X228-039",
        caption(
            "a man in a black shirt and black jeans standing in front of a grey wall",
            "contradiction",
        ),
        B.color("charcoal"),
        D.wearing("a grey shirt and grey pants", "contradiction"),
        D.description("the man is wearing a dark grey shirt with the sleeves rolled up"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("cotton"),
        title="Roadster Men Charcoal Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an olive kurta with a gold ethnic-motif print and a V neck, matching olive palazzos and an
    # olive dupatta, light backdrop. caption: adapter
    case(
        "X228-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green kurta and pants with a scarf"),
        B.color("green"),
        color_dupatta("olive"),
        D.details("the kurta has a gold print and a v neck"),
        B.material("silk", "unsupported"),
        title="Anouk Women Olive Green Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a plain white round-neck t-shirt, light blue jeans, plain white backdrop. no caption adapter
    # texts; wearing: VQA adapter. The feed row has no gender
    case(
        "X228-041",
        caption("a man in a white t-shirt and blue jeans"),
        B.color("white"),
        D.wearing(
            "The person is wearing a tee. The person is wearing a tee. The person is wearing a tee. The person is",
            "loop",
            hit_limit=True,
        ),
        D.description("a white t-shirt"),
        D.details("the details of the t-shirt", "non_answer"),
        B.material("cotton"),
        title="Jockey Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: woman in a rust top with a tie-up detail at the front, black jeans, off white backdrop.
    # no adapter texts
    case(
        "X228-042",
        caption("a woman in an orange top and black jeans"),
        B.color("orange"),
        D.wearing("", "non_answer"),
        D.details("the top has a tie at the front"),
        D.description("it is a woman wearing", "cut"),
        B.material("satin", "unsupported"),
        title="Athena Women Rust Solid Tie-Up Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a mustard straight kurta, white pyjamas, light backdrop, arms at the sides. no adapter texts
    case(
        "X228-043",
        caption("a man in a yellow kurta and white pants"),
        B.color("mustard"),
        color_pants("yellow", "other_garment_color"),
        D.wearing("a yellow kurta and yellow pants", "contradiction"),
        D.details("the kurta has buttons on the front and a pocket on the side", "unsupported"),
        B.garment_type("kurta"),
        title="Fabindia Men Mustard Yellow Solid Straight Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in grey joggers with elastic cuffs, white t-shirt, white sneakers, white backdrop.
    # caption: adapter; the feed row has no gender
    case(
        "X228-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_pants("grey"),
        B.color("white", "other_garment_color"),
        D.wearing(
            "a white t-shirt and gray sweatpants Question: what is she holding? Answer: a phone",
            "leak",
        ),
        D.details("the pants have elastic cuffs"),
        B.material("cotton"),
        title="Marks & Spencer Women Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # photo: man in a navy short-sleeve shirt with a small white floral print, beige chinos, white backdrop.
    # no adapter texts
    case(
        "X228-045",
        caption("a man in a blue shirt with white flowers standing in front of", "cut"),
        B.color("navy blue"),
        B.pattern("floral"),
        D.wearing("she is wearing a blue shirt and beige pants", "pronoun"),
        B.sleeve_length("short sleeves"),
        D.details(
            "it has a collar, buttons down the front and a pocket with a logo",
            "unsupported",
        ),
        title="HIGHLANDER Men Navy Blue Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mauve 3/4-sleeve fit-and-flare dress, standing in front of a pink wall. details: adapter
    case(
        "X228-046",
        caption("a woman in a purple dress standing in front of a pink wall"),
        B.color("pink", "contradiction"),
        D.wearing("a purple dress"),
        B.sleeve_length("three-quarter sleeves"),
        D.details(
            "The lady wears a three-point sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="SASSAFRAS Women Mauve Solid Fit and Flare Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
]
