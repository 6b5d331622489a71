"""BLIND_437 (46 products; value fashion mixed catalog: tops, shirts, jeans, kurtis, tees, dresses, men and women):
written blind in the forty-seventh session. Measured blind at 3b8f32a (the session's rules as they stood): 96/112
failures found (85.7%) and 3/131 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: one night's run over a value fashion retailer's mixed English catalog feed: men's and women's t-shirts
(plain, graphic, polo, henley, a pack of two), casual and formal shirts (checks, stripes, prints, denim, linen-look),
jeans (skinny, slim, bootcut, mom fit, in light, mid and dark washes, some ripped), women's kurtis (straight, A-line,
anarkali, chikankari, printed with palazzos), men's kurtas, women's tops (crop, cami, lace, polka dot, striped) and
dresses (maxi, bodycon, shirt dress, fit and flare, sundress). Photos are a mix of flat-lays (white sweep, wooden
floor or table, a hanger on a coloured wall, folded in the pack) and model shots in a studio or against a painted or
brick wall, often with the rest of the outfit in view (jeans under a tee, a jacket over it, palazzos under a
kurti, a dupatta). Each row has the seller's title, category, color and gender; a few rows miss the gender, one
the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` wrote every caption and open answer unless the
comment before the case says the caption adapter wrote it. The base model writes short lowercase texts and stops on
its own (no hit_limit). The caption-only LoRA adapter of the original experiments writes the DeepFashion template
("The lady wears a short-sleeve T-shirt with pure color patterns ...") with no end token, so it runs to its limit
(50 new tokens for captions, 30 for answers; hit_limit=True) and returns the template to whatever it is asked. The
closed questions (garment_type, color, pattern, sleeve_length, the per-piece colour questions, the wash of the jeans
and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets: they never
loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo or sky blue, red for maroon, green for olive
  or emerald, yellow for mustard, pink for peach, purple for lavender, orange for rust, white for off white, grey for
  charcoal or grey melange. Mustard answered orange, navy answered black, grey answered black and orange answered
  red are contradiction.
- A colour of the print, the embroidery thread, the wall or the backdrop given as the garment's colour is
  contradiction; the colour of another piece of the outfit in the photo (jeans, palazzos, dupatta, jacket, the tee
  under an open shirt) given to the product, to a per-piece question or to a piece named in an open answer or caption
  ("a black t-shirt and black jeans" for a black tee on blue jeans) is other_garment_color. A colour that no piece in
  the photo has ("white pants" for pink palazzos, "black jeans" for blue jeans under a white tee) is contradiction.
  A pack of two answered with one of its two colours is correct; a pack described as one t-shirt is contradiction.
- Synonyms are correct: kurta for a kurti, shirt for a top or a t-shirt in an open answer, polo shirt for a polo
  t-shirt, tee for t-shirt, pants or pajamas for palazzos and pyjamas, plaid for checks, floral for a tropical leaf
  print, chiffon for georgette. A kurti called a shirt or a dress (caption, garment_type, description, adapter
  template), a shirt dress called a shirt and a tee called a jacket are contradiction; so is "no" to "Is this a
  kurta?" for a kurti.
- Sleeves: long sleeves rolled to the elbow answered "long sleeves" is correct; sleeveless for flutter sleeves, long
  sleeves for three-quarter kurti sleeves or for a cami, short sleeves for full sleeves are contradiction.
- Invented things not in the photo (a belt hidden by an untucked top, a necklace, heels or shoes on a photo cropped at
  the knees or the waist, a straw hat, a pocket or logo on a plain tee, embroidery on a plain kurta, rips on clean
  jeans, a bow on a back the photo does not show, a hood, contrast tipping on a plain polo collar) are
  unsupported. A material that contradicts the title (silk for a
  cotton or rayon kurti, linen for a cotton shirt, polyester for a cotton tee) is unsupported; a plausible material
  on a plain fabric the title does not name ("cotton", "a stretchy fabric") is correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut; the template returned to the material question is restated (hit_limit kept). Where the template names the
  product as another garment (dress for a kurti, shirt for a shirt dress) the misnaming is labelled contradiction,
  hit_limit kept. The template returned to wearing, description or details does answer it, so those are cut or loop.
- Base answers: stopping early ("the jeans are made of") is cut without hit_limit; an empty answer, "nothing" for the
  wearing question on a flat-lay, "the shirt has a collar" or "the collar of the shirt" for the collar type, "the
  neckline of the top" for the neckline, "the t-shirt is orange" for its details and "the shirt" for its material
  are non_answer; a material question answered with the garment's name and colour is restated; any answer running
  on into "Question: ... Answer: ..." is leak, even when its first words are right; "he"/"his" for a woman and
  "she"/"her" for a man are pronoun.
- A text with two faults carries the one the auditor would see first: the misnamed garment before the adapter's cut,
  the other piece's colour in a caption before anything else it says, the pronoun before the rest of the answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
wash = question("wash", "What is the wash of the jeans?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
collar = question("collar", "What type of collar does the shirt have?", "open")
printed = question("print", "What is printed on the t-shirt?", "open")


BLIND_437 = [
    # photo: woman in a black round-neck t-shirt with "BE KIND" in white letters, blue jeans, plain white wall,
    # front view to mid-thigh.
    case(
        "X437-001",
        caption("a woman wearing a black t-shirt that says be kind"),
        D.wearing("a black t-shirt and black jeans", "other_garment_color"),
        D.color("black"),
        printed("be kind"),
        D.material("cotton"),
        title="Women Black Typography Printed Round Neck Cotton T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of navy blue slim fit jeans on a white sweep, front view, no rips, dark wash.
    # caption: adapter
    case(
        "X437-002",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        wash("dark"),
        fit("slim fit"),
        is_a("pair of jeans", "yes"),
        title="Men Navy Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard straight rayon kurti with a white floral print, three-quarter sleeves, white
    # leggings, beige studio backdrop, full length.
    case(
        "X437-003",
        caption("a woman in a yellow dress with white flowers", "contradiction"),
        D.wearing("a yellow kurta and white leggings"),
        D.color("yellow"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Floral Printed Rayon Straight Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a white full-sleeve formal shirt with one chest pocket, tucked into black trousers, grey studio
    # backdrop, waist up.
    case(
        "X437-004",
        caption("a man in a white shirt and black pants posing for a photo"),
        D.wearing("a white shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.details("the shirt has a pocket on the chest and buttons down the front"),
        D.material(
            "the shirt is made of cotton Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        title="Men White Solid Slim Fit Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a sleeveless navy blue maxi dress with small pink and white flowers, v-neck, white studio,
    # full length.
    # caption, description: adapter
    case(
        "X437-005",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with floral "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.color("pink", "contradiction"),
        neckline("v-neck"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has "
            "a v-shape",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Navy Blue Floral Printed Georgette Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat-lay of an olive green plain crew-neck short-sleeve t-shirt on a light wooden floor.
    case(
        "X437-006",
        caption("a green t-shirt laying on a wooden floor"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a plain green t-shirt with a round neck"),
        D.material("the t-shirt is made of", "cut"),
        title="Men Olive Green Solid Round Neck Cotton T-Shirt",
        category="T-Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white top with black polka dots and short puff sleeves, tucked into black high-waist jeans,
    # pale pink painted wall, front view to the knees.
    case(
        "X437-007",
        caption("a woman in a white polka dot top and black jeans standing against a pink wall"),
        D.wearing("a white top with black polka dots and black jeans"),
        D.color("pink", "contradiction"),
        D.pattern("polka dot"),
        D.details("the top has puff sleeves and a bow on the back", "unsupported"),
        title="Women White Polka Dot Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a red and navy checked full-sleeve shirt worn open over a white t-shirt, blue jeans, white studio,
    # to mid-thigh; no hood.
    case(
        "X437-008",
        caption("a man wearing a red and blue plaid shirt over a white t-shirt"),
        D.wearing("a plaid shirt, a white t-shirt and jeans"),
        D.color("white", "other_garment_color"),
        color_shirt("red"),
        D.pattern("checked"),
        D.description("a red and blue plaid shirt with a hood", "unsupported"),
        title="Men Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in light blue high-rise skinny jeans ripped at both knees, white short-sleeve crop tee, white
    # studio, full length, white sneakers.
    # caption: adapter
    case(
        "X437-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crop top and white jeans", "other_garment_color"),
        D.color("white", "other_garment_color"),
        D.details("the jeans are ripped at the knees"),
        wash("light"),
        title="Women Light Blue Skinny Fit High-Rise Knee Slit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a maroon A-line cotton kurti with a gold foil block print, three-quarter sleeves, white palazzo
    # pants, cream backdrop, full length.
    case(
        "X437-010",
        caption("a woman in a red kurta with gold print and white pants"),
        D.wearing("he is wearing a red kurta and white pants", "pronoun"),
        D.color("yellow", "contradiction"),
        color_pants("white"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Maroon & Gold Foil Printed A-Line Cotton Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat-lay of a black short-sleeve t-shirt with a large orange and white tiger face print, grey backdrop.
    # caption, material: adapter
    case(
        "X437-011",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. His T-shirt "
            "has short sleeves, cotton fabric and graphic patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        printed("a tiger"),
        D.description("a black t-shirt with a tiger on it"),
        D.material(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Graphic Printed Round Neck T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a red crepe fit-and-flare midi dress with short sleeves, white studio, cropped at the knees.
    case(
        "X437-012",
        caption("a woman in a red dress posing for a photo"),
        D.wearing("a red dress and black heels", "unsupported"),
        D.color("red"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "a red dress with short sleeves Question: what is the color of the dress? Answer: red",
            "leak",
        ),
        D.material("crepe"),
        title="Women Red Solid Crepe Fit and Flare Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: a sky blue formal shirt folded in its pack with a plastic collar band, one plain chest pocket, white
    # sweep.
    case(
        "X437-013",
        caption("a blue shirt folded on a white background"),
        D.color("blue"),
        collar("the shirt has a collar", "non_answer"),
        D.details("the shirt has a pocket with a logo on it", "unsupported"),
        D.material("a blue shirt", "restated"),
        title="Men Sky Blue Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black and white horizontal striped boat-neck top with three-quarter sleeves, worn untucked over
    # blue jeans, white wall, to mid-thigh; the waist is hidden.
    case(
        "X437-014",
        caption("a woman wearing a black and white striped shirt and jeans"),
        D.wearing("a striped shirt and blue jeans with a brown belt", "unsupported"),
        D.color("black"),
        D.pattern("striped"),
        color_jeans("black", "other_garment_color"),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange long-sleeve henley t-shirt with three buttons, khaki chinos, white studio,
    # to the knees.
    # caption: adapter
    case(
        "X437-015",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and grey pants", "other_garment_color"),
        D.color("grey"),
        color_pants("grey", "other_garment_color"),
        D.details("the t-shirt has three buttons on the front"),
        title="Men Grey Melange Solid Henley Neck Full Sleeve T-Shirt",
        category="T-Shirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a green georgette anarkali kurta with a gold printed yoke, pink dupatta over one shoulder,
    # green leggings, white studio, full length.
    case(
        "X437-016",
        caption("a woman wearing a green and gold anarkali suit with a pink dupatta"),
        D.wearing("a green kurta with a pink dupatta"),
        D.garment_type("dress", "contradiction"),
        D.color("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.material("silk", "unsupported"),
        title="Women Green Yoke Design Georgette Anarkali Kurta with Dupatta",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: man in black slim jeans, white short-sleeve t-shirt, white sneakers, grey studio, full length; the jeans
    # are clean, no rips.
    case(
        "X437-017",
        caption("a man in a black t-shirt and black jeans", "other_garment_color"),
        D.wearing("a white t-shirt, black jeans and white sneakers"),
        D.color("black"),
        color_tshirt("black", "other_garment_color"),
        fit("slim fit"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        title="Men Black Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized white cotton shirt, half tucked into light blue mom jeans, beige wall, a potted
    # plant at the side, to the knees.
    case(
        "X437-018",
        caption("a woman in a white shirt standing next to a plant"),
        D.wearing(
            "a white shirt and blue jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.color("white"),
        D.details("the shirt is tucked into the jeans"),
        D.material("linen", "unsupported"),
        title="Women White Oversized Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of a plain mustard polo t-shirt with a two-button placket and a self-coloured ribbed collar,
    # white sweep.
    case(
        "X437-019",
        caption("a yellow polo shirt on a white background"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the collar and the cuffs are white", "unsupported"),
        D.material("cotton"),
        title="Men Mustard Solid Polo Collar Cotton T-Shirt",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a peach ribbed sleeveless crop top, white wide-leg trousers, white studio, full length.
    # caption, details: adapter
    case(
        "X437-020",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with knitting "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and white pants"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The tank top is with knitting fabric and its neckline is round. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("ribbed cotton"),
        title="Women Peach Ribbed Sleeveless Crop Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a plain indigo blue cotton kurta with a mandarin collar and a button placket, long sleeves,
    # white pyjamas, white studio, full length; no embroidery.
    case(
        "X437-021",
        caption("a man in a blue kurta and white pants"),
        D.wearing("a blue kurta and white pajamas"),
        D.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        D.details("the kurta has a mandarin collar and embroidery on the front", "unsupported"),
        D.material("a blue kurta", "restated"),
        title="Men Indigo Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: a white short-sleeve wrap dress with red flowers on a wooden hanger against a blue painted wall, no model.
    case(
        "X437-022",
        caption("a white dress with red flowers hanging on a blue wall"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a white floral dress with a tie at the waist"),
        title="Women White & Red Floral Print Wrap Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy blue t-shirt with "NYC 1987" in white, grey joggers, white studio, full length.
    # caption: adapter
    case(
        "X437-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey pants"),
        D.color("black", "contradiction"),
        printed("nyc"),
        D.material("a blue t-shirt", "restated"),
        title="Men Navy Blue Typography Printed Cotton T-Shirt",
        category="T-Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of black bootcut jeans on a white sweep, front view, button and zip fly visible, no rips.
    case(
        "X437-024",
        caption("a pair of black jeans on a white background"),
        D.wearing("nothing", "non_answer"),
        D.color("black"),
        fit("bootcut"),
        D.details("the jeans have a button, a zipper and rips on the knees", "unsupported"),
        title="Women Black Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: man in a blue and white vertically striped full-sleeve shirt, sleeves rolled up to the elbow, one chest
    # pocket, beige chinos, red brick wall, waist up.
    case(
        "X437-025",
        caption("a man in a striped shirt standing in front of a brick wall"),
        D.wearing("a blue and white striped shirt and khaki pants"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("her shirt has a pocket on the left", "pronoun"),
        D.material("cotton and the shoes are made of leather", "unsupported"),
        title="Men Blue & White Striped Full Sleeve Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender straight chikankari kurti with white thread embroidery, three-quarter sleeves, white
    # palazzos, white studio, full length.
    # caption, details: adapter
    case(
        "X437-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is long. The lady wears a long-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple kurta with white embroidery and white pants"),
        D.color("purple"),
        D.sleeve_length("three-quarter sleeves"),
        D.details(
            "The dress is with cotton fabric. It has a v-shape neckline. The dress is with cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women Lavender Chikankari Embroidered Pure Cotton Straight Kurti",
        category="Kurtis",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay of two plain round-neck t-shirts side by side, one black and one charcoal grey, white sweep.
    case(
        "X437-027",
        caption("two t-shirts, one black and one grey, on a white background"),
        D.color("black"),
        D.description("a black t-shirt with a round neck", "contradiction"),
        D.details("the t-shirts have a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Men Pack of 2 Solid Round Neck Cotton T-Shirts",
        category="T-Shirts",
        gender="Men",
    ),
    # photo: woman in a black full-sleeve bodycon mini dress, plain red studio wall, no jewellery, to mid-thigh.
    case(
        "X437-028",
        caption("a woman in a black dress standing against a red wall"),
        D.wearing("a black dress and a gold necklace", "unsupported"),
        D.color("red", "contradiction"),
        D.description("a black bodycon dress with long sleeves"),
        D.material("it is made of a stretchy fabric"),
        title="Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue full-sleeve denim shirt worn open over a white t-shirt, black jeans, a watch on his
    # left wrist, white studio, to the knees.
    # caption, details: adapter
    case(
        "X437-029",
        caption(
            "The gentleman wears a long-sleeve shirt with denim fabric and solid color patterns. He wears a long "
            "denim pants. There is an accessory on his wrist. The gentleman wears a long-sleeve shirt with denim",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim shirt over a white t-shirt and black jeans"),
        D.color("blue"),
        color_jeans("blue", "other_garment_color"),
        D.details(
            "The shirt is with denim fabric and solid color patterns. It has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Men Light Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: flat-lay of an off-white cotton kurti with blue thread embroidery on the yoke, three-quarter sleeves,
    # on a wooden table.
    case(
        "X437-030",
        caption("a white kurta with embroidery on a wooden table"),
        D.color("white"),
        D.description("a white shirt with blue embroidery", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "no", "contradiction"),
        title="Women Off White Yoke Embroidered Cotton Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a maroon polo t-shirt with a two-button placket and no pocket, blue jeans, white studio,
    # to mid-thigh.
    case(
        "X437-031",
        caption("a man in a red polo shirt and jeans"),
        D.wearing("she is wearing a red shirt and blue jeans", "pronoun"),
        D.color("red"),
        D.details("the shirt has a collar, two buttons and a pocket", "unsupported"),
        D.material("a red polo shirt", "restated"),
        title="Men Maroon Solid Polo Collar T-Shirt",
        category="T-Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in an oversized pink, blue and purple tie-dye t-shirt, no pocket, black jeans, white studio,
    # to the knees.
    # caption: adapter
    case(
        "X437-032",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tie dye shirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.pattern("printed"),
        D.description("a colorful tie dye t-shirt with a pocket", "unsupported"),
        title="Women Multicoloured Tie and Dye Oversized T-Shirt",
        category="T-Shirts",
        color="Multi",
        gender="Women",
    ),
    # photo: lower half of a man in mid-blue washed regular fit jeans with faded thighs, white sneakers, the hem of a
    # white t-shirt at the waist, white studio.
    case(
        "X437-033",
        caption("a man wearing black jeans and white sneakers", "contradiction"),
        D.wearing("blue jeans and white shoes"),
        D.color("blue"),
        wash("medium"),
        fit("regular Question: what is the wash of the jeans? Answer: medium", "leak"),
        D.material("the jeans are made of", "cut"),
        title="Men Mid Blue Regular Fit Heavy Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a rust tiered maxi dress with a white ethnic motif print and short flutter sleeves, standing in
    # a garden, no hat, full length.
    case(
        "X437-034",
        caption("a woman in an orange dress standing in a garden"),
        D.wearing("an orange dress and a straw hat", "unsupported"),
        D.color("orange"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("an orange maxi dress with a tiered skirt"),
        title="Women Rust Ethnic Motifs Printed Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: flat-lay of a black full-sleeve rayon shirt with a small white floral print, white sweep.
    # caption, details: adapter
    case(
        "X437-035",
        caption(
            "His shirt has long sleeves, cotton fabric and floral patterns. It has a lapel neckline. His shirt has "
            "long sleeves, cotton fabric and floral patterns. It has a lapel neckline.",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.description("a black shirt with white flowers"),
        D.details(
            "His shirt has long sleeves, cotton fabric and floral patterns. It has a lapel neckline. His shirt has",
            "loop",
            hit_limit=True,
        ),
        D.material("rayon"),
        title="Men Black Floral Printed Rayon Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink cotton kurti with a gold print and a tie-up neck with tassels, matching pink palazzos,
    # white studio, full length.
    case(
        "X437-036",
        caption("a woman in a pink and gold kurta and palazzo pants"),
        D.wearing("a pink kurta and white pants", "contradiction"),
        D.color("gold", "contradiction"),
        color_pants("pink"),
        D.details("the kurta has a gold print and tassels at the neck"),
        D.material("silk", "unsupported"),
        title="Women Pink & Gold Printed Pure Cotton Kurta with Palazzos",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white t-shirt with a small chest logo under an open blue denim jacket, black jeans, grey wall,
    # to the knees.
    case(
        "X437-037",
        caption("a man wearing a denim jacket and a white t-shirt"),
        D.wearing("a denim jacket, a white t-shirt and black jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue", "other_garment_color"),
        printed("a small logo on the chest"),
        title="Men White Solid Round Neck T-Shirt with Chest Logo",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a red and black checked full-sleeve shirt with two flap chest pockets, white sweep.
    case(
        "X437-038",
        caption("a red and black plaid shirt on a white background"),
        D.color("red"),
        collar("the collar of the shirt", "non_answer"),
        D.description("a red and black plaid shirt with two pockets"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Red & Black Checked Cotton Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # photo: flat-lay of charcoal grey slim fit jeans, white sweep, front view.
    # caption: adapter
    case(
        "X437-039",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a long pants. The pants are with denim fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        is_a("pair of jeans", "yes"),
        fit("slim fit"),
        D.details(
            "the jeans have a button and a zipper Question: what is the fit of the jeans? Answer: slim",
            "leak",
        ),
        title="Men Charcoal Grey Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a yellow strappy sundress with small white polka dots and a ruffled hem, white wall, to the
    # knees.
    case(
        "X437-040",
        caption("a woman in a yellow dress posing against a white wall"),
        D.wearing("a yellow dress"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has thin straps and a ruffle at the bottom"),
        D.material("", "non_answer"),
        title="Women Yellow Polka Dot Print Strappy Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in a white short-sleeve shirt with a blue tropical leaf print and one chest pocket, beige chinos,
    # white studio, to mid-thigh.
    case(
        "X437-041",
        caption("a man in a white shirt with blue leaves on it"),
        D.wearing("she is wearing a white shirt with blue leaves", "pronoun"),
        D.color("white"),
        D.pattern("floral"),
        D.material("the shirt", "non_answer"),
        title="Men White & Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a plain black short-sleeve t-shirt, blue jeans, holding a white coffee cup, cafe interior,
    # to the knees.
    case(
        "X437-042",
        caption("a woman in a black t-shirt holding a cup of coffee"),
        D.wearing("a black t-shirt and blue jeans"),
        D.color("black"),
        color_jeans("black", "other_garment_color"),
        D.description("a black t-shirt with a white logo", "unsupported"),
        title="Women Black Solid Round Neck Cotton T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an olive green long-sleeve shirt dress with a fabric belt, knee length, white studio.
    # caption: adapter
    case(
        "X437-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green shirt dress with a belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("green"),
        is_a("dress", "yes"),
        title="Women Olive Green Solid Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: flat-lay of a plain orange round-neck short-sleeve t-shirt, white sweep.
    case(
        "X437-044",
        caption("an orange t-shirt on a white background"),
        D.color("red", "contradiction"),
        D.description("an orange t-shirt with a round neck and short sleeves"),
        D.details("the t-shirt is orange", "non_answer"),
        D.material("polyester", "unsupported"),
        title="Men Orange Solid Round Neck Cotton T-Shirt",
        category="T-Shirts",
        color="Orange",
    ),
    # photo: woman in a white lace top with short sleeves and a scalloped hem, blue jeans, hands in pockets, white
    # studio, to the knees.
    # caption, details: adapter
    case(
        "X437-045",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long denim pants. The top is with lace "
            "fabric and its neckline is round. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white lace top and blue jeans"),
        D.color("white"),
        D.description("a white lace top with a scalloped hem"),
        D.details(
            "The top is with lace fabric and its neckline is round. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.material("lace"),
        title="Women White Lace Scallop Hem Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in an emerald green satin cami top with thin straps and a v-neck, black trousers, white studio,
    # to the knees.
    case(
        "X437-046",
        caption("a woman in a green satin top and black pants"),
        D.wearing("he is wearing a green top and black pants", "pronoun"),
        color_top("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        neckline("the neckline of the top", "non_answer"),
        D.details("the top has thin straps"),
        title="Women Emerald Green Satin Cami Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
]
