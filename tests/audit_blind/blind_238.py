"""BLIND_238 (46 products; US fast-fashion women's tops, dresses, two-piece sets, swimwear and loungewear): written
blind in the forty-first session. Measured blind at 878e10b (the session's rules as they stood): 76/115 failures
found (66.1%) and 11/143 correct texts flagged (7.7%). The writer's notes, verbatim:

Scenario: a SHEIN/Temu-like US marketplace feed of women's fast fashion: dresses (satin slips, ruched bodycons, tiered
floral minis, smocked sundresses), tops (crop tanks, corset tubes, graphic tees, off-shoulder blouses, cardigans),
two-piece sets (crop top with shorts, skirt or wide-leg pants), swimwear (bikinis, one-pieces, tankinis, cover-ups)
and loungewear (pajama sets, sweat sets, robes). Titles are long and keyword-stuffed ("Women's Summer Y2K Square Neck
Ruched Bodycon Mini Dress Sexy Party Club Going Out Outfits"), seller colors are fast-fashion names (Apricot, Khaki,
Sage Green, Dusty Pink, Coffee Brown, Multicolor, Leopard). Photos are model shots against studio walls, bedrooms,
beaches and pools, and a few flat-lays on a white or wooden surface. A few rows miss the gender or the color.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in
a pink bikini on the beach") or the caption-only LoRA adapter of the original experiments (the DeepFashion template,
"The lady wears a tank top with pure color patterns. The tank top is with cotton fabric ..."). The adapter was trained
without an end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers)
and carries hit_limit=True; asked a question, it returns its template. The open questions (wearing, description,
details, material, the print and neckline questions) come from the base model unless the comment before the case says
the adapter answered them; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: beige for apricot, khaki, nude or cream; brown for coffee, mocha or
  camel; green for sage, mint, olive or lime; pink for dusty pink, blush or hot pink; red for burgundy or wine; blue for
  navy or denim blue; purple for lilac or lavender; yellow for mustard; white for cream or ivory; grey for heather
  grey. "Multicolor" or the ground color is correct for a print; the color of the print alone (the red cherries on a
  white dress) given as the garment's color is contradiction.
- Layered photos: the product is what the title names. The color of the other garment in the photo (the white tank
  under a pink cardigan, the jeans under a crop top, the bikini under a crochet cover-up) given as the product's color
  is other_garment_color; in a two-piece set, one piece given the other piece's color is other_garment_color too. A
  color no piece in the photo has is contradiction.
- Garment synonyms are correct: top for tank, cami or tube top; shirt for blouse; swimsuit or bathing suit for a
  one-piece; bikini for a two-piece swimsuit; pajamas for a lounge set; sweatsuit for a sweatshirt-and-joggers set;
  sundress for a strappy dress; bodysuit for a one-piece swimsuit is accepted (it looks the same). A bikini called a
  one-piece, a romper called a dress, a two-piece set called a dress, a cover-up called a shirt are contradiction.
- Walls, beds, sand, pools and props (a coffee cup, a phone, a straw hat held in hand that IS in the photo) named in
  a caption are correct. Invented items not in the photo (a necklace, sunglasses, a handbag, a belt, buttons, pockets,
  a slit, lace trim, a zipper the front view does not show) are unsupported, and so is a material neither in the title
  nor visible (silk on a polyester satin dress, leather on a knit, cotton on a shiny spandex swimsuit). Polyester,
  cotton or "knit" on a plain jersey or rib fabric are accepted as plausible guesses.
- Reference-engine wrong closed answers (pattern, sleeve length, garment type, a color) are contradiction, unless
  the color is another piece's (other_garment_color). "Is this a ...?" answered "yes" for a garment it is not, or "no"
  for the one it is, is contradiction. Spaghetti straps answered "short sleeves" is contradiction.
- Adapter texts: one that repeats a sentence or phrase of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (even though it names a fabric and
  is cut). Where the template misnames the garment itself (a bikini as "a tank top and a three-point shorts", a
  romper as a dress), contradiction, hit_limit kept. An accessory or wrong fabric invented before the cut is left to
  the cut (one kind per text).
- Base answers: "it is made of" (an early stop) is cut without hit_limit; empty, "the details of the dress", "it has
  details", "nothing" are non_answer; the material question answered with the garment's name and color, or the
  description question answered with the question's words, is restated. A base answer that runs on into "Question:
  ... Answer: ..." is leak, even where its first words are right. "he" or "a man" for a woman is pronoun.
- Two-piece sets named piece by piece in their own colors are correct; "set" or "pajamas" is correct for a set's
  garment_type, and "top" or "shorts" (one piece only) is contradiction. The product's color given to the other
  garment in the photo ("black jeans" under a black cami, "red shorts" for denim shorts) is other_garment_color.
- Prints: "floral" is accepted for a tropical leaf print, "plaid" for gingham, "checkered" for gingham; the color of
  the wall or of the print alone given as the garment's color (pink for a leopard dress against a pink wall, white
  for a navy dress with white dots) is contradiction. "a pink sweater" for a cardigan and "little holes" for eyelet
  are correct.
- The adapter's tankini answer ("a tank top with floral patterns and a three-point shorts") is cut, not
  contradiction: a tankini is a tank top over bottoms. Its bikini and monokini answers are contradiction.
- The material question answered with a color, the garment's name or the print ("red", "swimsuit", "tie dye") is
  restated; "the skirt is short" for the details is non_answer; leather (the pants' look) for a cotton top is
  unsupported.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_bottoms = question("color_bottoms", "What is the color of the bikini bottoms?", "closed")
printed = question("print", "What is printed on the shirt?", "open")
neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_238 = [
    # photo: model in a sage green satin cowl-neck slip midi dress, spaghetti straps, no slit, beige studio wall,
    # front view, cropped at the shins. all texts from the base model.
    case(
        "X238-001",
        caption("a woman in a green satin dress standing in front of a beige wall"),
        D.wearing("a green dress with a gold necklace", "unsupported"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        D.details("the dress has a cowl neck and a slit on the side", "unsupported"),
        title="Women's Satin Cowl Neck Spaghetti Strap Backless Midi Slip Dress Elegant Summer Party Cocktail Wedding "
        "Guest Dress",
        category="Women Dresses",
        color="Sage Green",
        gender="Women",
    ),
    # photo: model in a white ribbed square-neck crop tank top tucked into light-wash high-waist jeans, white wall.
    # caption: adapter
    case(
        "X238-002",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a square "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and blue jeans"),
        D.color("blue", "other_garment_color"),
        neckline("round neck", "contradiction"),
        D.material("cotton"),
        title="Women's Basic Square Neck Ribbed Knit Crop Tank Top Sleeveless Slim Fit Summer Going Out Y2K Cami Tops",
        category="Women Tops",
        color="White",
        gender="Women",
    ),
    # photo: two-piece set, black ribbed cropped tube top and white wide-leg pants, model on a grey backdrop,
    # white sneakers. all texts from the base model.
    case(
        "X238-003",
        caption("a woman in a black top and white pants posing for a photo"),
        D.wearing("a black top and black pants", "other_garment_color"),
        color_top("black"),
        color_pants("white"),
        D.garment_type("top", "contradiction"),
        D.description("a black crop top and white wide leg pants with a belt", "unsupported"),
        title="Women's 2 Piece Outfits Strapless Tube Crop Top and High Waist Wide Leg Pants Set Summer Casual Lounge "
        "Matching Sets",
        category="Women Two-piece Outfits",
        color="Black and White",
        gender="Women",
    ),
    # photo: model in a plain black triangle string bikini (no rings or hardware) on a sandy beach, ocean behind,
    # holding a straw hat in her hand.
    # all texts from the base model.
    case(
        "X238-004",
        caption(
            "a woman in a black bikini and sunglasses holding a straw hat on the beach",
            "unsupported",
        ),
        D.garment_type("bikini"),
        D.color("black"),
        color_bottoms("black"),
        D.material("a black bikini", "restated"),
        D.details("the bikini has a gold ring in the middle", "unsupported"),
        title="Women's Sexy Triangle String Bikini Set Tie Side Thong Two Piece Swimsuit Bathing Suit Beachwear",
        category="Women Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white tiered mini dress with a small blue floral print, ruffle hem, puff short sleeves,
    # square neck, standing in a field of grass. details: adapter
    case(
        "X238-005",
        caption("a woman in a white floral dress standing in a field"),
        D.wearing("a blue dress", "contradiction"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a square neckline. The dress is with chiffon "
            "fabric and floral",
            "loop",
            hit_limit=True,
        ),
        title="Women's Summer Boho Ditsy Floral Print Square Neck Puff Short Sleeve Ruffle Hem Tiered A Line Mini "
        "Dress Cute Babydoll Sundress",
        category="Women Dresses",
        color="Multicolor",
        gender="Women",
    ),
    # photo: flat-lay of a white oversized graphic t-shirt with a pink and purple butterfly print and the word
    # "DREAMER" on a wooden floor. all texts from the base model.
    case(
        "X238-006",
        caption(
            "a white t - shirt with butterflies on it laying on a wooden floor next to a pair of sunglasses",
            "unsupported",
        ),
        printed("butterflies and the word dreamer"),
        D.garment_type("t-shirt"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.material("it is made of", "cut"),
        title="Women's Oversized Butterfly Graphic Tees Letter Print Short Sleeve Crew Neck Loose T Shirt Summer "
        "Casual "
        "Tops Y2K Streetwear",
        category="Women T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: two-piece set, lime green ribbed knit tank top and matching bike shorts, model in a white bedroom,
    # sitting on the edge of a bed. wearing, details: adapter
    case(
        "X238-007",
        caption(
            "a woman in a green outfit sitting on a bed with a cup of coffee",
            "unsupported",
        ),
        D.wearing(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "knitting fabric. It has",
            "cut",
            hit_limit=True,
        ),
        color_top("green"),
        color_shorts("green"),
        D.details(
            "The tank top is with knitting fabric and pure color patterns. It has a round neckline. The tank top is "
            "with knitting fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Women's Ribbed Knit 2 Piece Outfits Sleeveless Scoop Neck Crop Tank Top and Biker Shorts Set Workout "
        "Lounge Matching Sets",
        category="Women Two-piece Outfits",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a black ruched bodycon mini dress with sheer black mesh long sleeves, grey studio backdrop,
    # black heels. caption: adapter
    case(
        "X238-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress with sheer sleeves"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("mesh"),
        D.details("he is wearing a black dress with mesh sleeves", "pronoun"),
        title="Women's Sexy Sheer Mesh Long Sleeve Ruched Bodycon Mini Dress Crew Neck Party Club Night Out Dresses",
        category="Women Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a black lace-trim satin cami top worn over light blue mom jeans, brick wall backdrop.
    # all texts from the base model.
    case(
        "X238-009",
        caption("a woman in a black top and jeans standing in front of a brick wall"),
        D.wearing("a black top and black jeans", "other_garment_color"),
        D.color("black"),
        D.description("a black top with lace trim"),
        D.material("silk", "unsupported"),
        D.details("the top has lace trim and a necklace", "unsupported"),
        title="Women's Satin Lace Trim Cami Tops V Neck Spaghetti Strap Sleeveless Camisole Summer Going Out Tank Top",
        category="Women Tops",
        color="Black",
        gender="Women",
    ),
    # photo: two-piece set, pink and white gingham ruffle cami crop top and matching mini skirt, model outdoors on a
    # sidewalk, white sneakers. all texts from the base model.
    case(
        "X238-010",
        caption(
            "a woman in a pink and white checkered top and skirt walking down the street with a purse",
            "unsupported",
        ),
        D.wearing("a pink and white gingham top and skirt"),
        color_top("pink"),
        color_skirt("pink"),
        D.garment_type("dress", "contradiction"),
        D.details(
            "the top has ruffles Question: what is the color of the skirt? Answer: pink",
            "leak",
        ),
        title="Women's Gingham Print 2 Piece Outfit Ruffle Trim Cami Crop Top and Mini Skirt Set Summer Cute Vacation "
        "Matching Sets",
        category="Women Two-piece Outfits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a burgundy satin wrap maxi dress with a thigh-high slit and long sleeves, dark red velvet
    # curtain behind. material: adapter
    case(
        "X238-011",
        caption("a woman in a red dress standing in front of a red curtain"),
        D.color("purple", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline",
            "restated",
            hit_limit=True,
        ),
        D.details("the dress has a slit on the leg"),
        title="Women's Elegant Satin Wrap V Neck Long Sleeve High Split Maxi Dress Formal Evening Wedding Guest "
        "Cocktail Party Gown",
        category="Women Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a green and white gingham off-shoulder blouse with puff long sleeves, tucked into white shorts,
    # garden backdrop with flowers. all texts from the base model.
    case(
        "X238-012",
        caption("a woman wearing a green and white checkered top in a garden"),
        D.wearing("a green and white top and green shorts", "other_garment_color"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.description("a green top with flowers", "contradiction"),
        title="Women's Off Shoulder Gingham Blouse Puff Long Sleeve Smocked Crop Top Shirred Peasant Tops Summer "
        "Casual",
        category="Women Blouses",
        color="Green",
        gender="Women",
    ),
    # photo: two-piece set, short-sleeve button-up shirt and drawstring shorts in a brown and beige tropical leaf
    # print, model on a wooden deck by a pool. caption: adapter
    case(
        "X238-013",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and floral patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a shirt and shorts"),
        color_top("brown"),
        color_shorts("brown"),
        D.details("the shirt has buttons and a pocket on the chest", "unsupported"),
        title="Women's 2 Piece Tropical Leaf Print Short Sleeve Button Down Shirt and Drawstring Shorts Set Summer "
        "Beach Vacation Outfits",
        category="Women Two-piece Outfits",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: model in a mustard yellow smocked-bodice midi dress with short puff sleeves, white wall, holding an iced
    # coffee cup. all texts from the base model.
    case(
        "X238-014",
        caption("a woman in a yellow dress holding a cup of coffee"),
        D.wearing("a yellow dress and a hat", "unsupported"),
        D.color("orange", "contradiction"),
        D.description("", "non_answer"),
        D.material("cotton"),
        title="Women's Smocked Puff Short Sleeve Square Neck Flowy A Line Midi Dress Summer Casual Ruffle Sundress",
        category="Women Dresses",
        color="Mustard Yellow",
        gender="Women",
    ),
    # photo: model in a black and white striped long-sleeve fitted crew-neck top worn with black leather-look pants,
    # white backdrop. details: adapter
    case(
        "X238-015",
        caption("a woman in a striped shirt and black pants"),
        D.wearing("a black and white striped shirt and black pants"),
        D.material("leather", "unsupported"),
        D.pattern("striped"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a round neckline. The shirt is with cotton "
            "fabric and striped",
            "loop",
            hit_limit=True,
        ),
        title="Women's Striped Long Sleeve Crew Neck Slim Fit Basic T Shirt Fall Casual Layering Tee Tops",
        category="Women T-Shirts",
        color="Black and White",
        gender="Women",
    ),
    # photo: two-piece loungewear set, heather grey crewneck sweatshirt and matching joggers, model sitting on a
    # white sofa with a laptop. all texts from the base model.
    case(
        "X238-016",
        caption("a man in a grey sweatsuit sitting on a couch with a laptop", "pronoun"),
        D.wearing("a grey sweatshirt and sweatpants"),
        D.garment_type("set"),
        color_pants("grey"),
        D.details("the sweatshirt has a hood and a zipper", "unsupported"),
        title="Women's 2 Piece Lounge Sets Oversized Crewneck Pullover Sweatshirt and Jogger Sweatpants Tracksuit "
        "Fall Winter Sweatsuit",
        category="Women Loungewear",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: model in a leopard print satin slip mini dress, spaghetti straps, cowl neck, standing against a pink wall.
    # all texts from the base model.
    case(
        "X238-017",
        caption("a woman in a leopard print dress standing in front of a pink wall"),
        D.wearing("a leopard print dress"),
        D.color("pink", "contradiction"),
        D.pattern("leopard"),
        D.material("silk", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        title="Women's Leopard Print Satin Cowl Neck Spaghetti Strap Backless Slip Mini Dress Sexy Party Club Dress",
        category="Women Dresses",
        color="Leopard",
        gender="Women",
    ),
    # photo: model in a dusty pink cropped cable-knit cardigan, buttoned once, over a white tank top, with blue jeans;
    # cafe interior behind. all texts from the base model.
    case(
        "X238-018",
        caption("a woman in a pink sweater and jeans sitting in a cafe"),
        D.wearing("a pink cardigan over a white tank top"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        title="Women's Cropped Cable Knit Cardigan Sweater Long Sleeve V Neck Button Down Knitwear Fall Outerwear",
        category="Women Tops",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: two-piece set, orange linen-look cropped tie-front top and matching straight-leg pants, model on a beach
    # boardwalk. caption: adapter
    case(
        "X238-019",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The trousers are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange top and orange pants"),
        color_top("orange"),
        color_pants("orange"),
        D.material("linen"),
        D.details(
            "the top is tied at the front Question: what material is the garment made of? Answer: linen",
            "leak",
        ),
        title="Women's Linen Look 2 Piece Outfits Tie Front Crop Top and High Waist Wide Leg Pants Set Summer Beach "
        "Vacation Outfit",
        category="Women Two-piece Outfits",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a cream white broderie anglaise (eyelet) strappy sundress, midi length, in a wheat field,
    # sunset light. caption: adapter
    case(
        "X238-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress and a straw hat", "unsupported"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has little holes in it"),
        D.material("cotton"),
        title="Women's Eyelet Embroidered Spaghetti Strap Sundress Summer Boho Flowy A Line Midi Dress Beach Cover Up",
        category="Women Dresses",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a khaki (beige) corset-style strapless tube top with boning, with black mini skirt, pale grey
    # wall. all texts from the base model.
    case(
        "X238-021",
        caption("a woman in a beige corset top and a black skirt"),
        D.wearing("a tan top and a black skirt"),
        D.color("black", "other_garment_color"),
        D.details("the top has buttons down the front", "unsupported"),
        D.material("leather", "unsupported"),
        title="Women's Y2K Corset Tube Top Strapless Bustier Boned Crop Top Sexy Going Out Party Tops",
        category="Women Tops",
        color="Khaki",
        gender="Women",
    ),
    # photo: two-piece set, tie-dye blue and white short-sleeve crop tee and matching shorts, flat-lay on a white
    # sheet. all texts from the base model.
    case(
        "X238-022",
        caption("a blue and white tie dye shirt and shorts on a bed"),
        D.garment_type("shorts", "contradiction"),
        color_top("blue"),
        color_shorts("blue"),
        D.pattern("tie-dye"),
        D.material("the shirt is made of tie dye", "restated"),
        title="Women's Tie Dye 2 Piece Lounge Set Short Sleeve Crop Tee and Drawstring Shorts Pajama Set Sleepwear",
        category="Women Loungewear",
        color="Blue",
    ),
    # photo: model in a navy blue and white polka dot short-sleeve tea dress with a V neck and a tie waist, white
    # backdrop. all texts from the base model.
    case(
        "X238-023",
        caption("a man in a blue polka dot dress", "pronoun"),
        D.wearing("a blue polka dot dress"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has a v neck and a tie at the waist"),
        D.material("polyester"),
        title="Women's Vintage Polka Dot V Neck Short Sleeve Tie Waist Midi Tea Dress Summer Casual Wrap Dress",
        category="Women Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a navy and white vertical-striped oversized button-front shirt, long sleeves rolled up, worn
    # over white shorts, on a yacht deck. wearing, material: adapter
    case(
        "X238-024",
        caption("a woman in a blue and white striped shirt on a boat"),
        D.wearing(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.material(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women's Striped Button Down Shirt Oversized Long Sleeve Collared Boyfriend Blouse Casual Summer Tops",
        category="Women Blouses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: two-piece set, white puff-sleeve square-neck crop top and black pleated mini skirt, model on a city
    # street. all texts from the base model.
    case(
        "X238-025",
        caption("a woman in a white top and black skirt standing on a street"),
        D.wearing("a white shirt and a black skirt"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the skirt is short", "non_answer"),
        title="Women's 2 Piece Outfits Puff Short Sleeve Square Neck Crop Top and Pleated Mini Skirt Set Summer Cute "
        "Preppy Sets",
        category="Women Two-piece Outfits",
        color="Black and White",
        gender="Women",
    ),
    # photo: model in a pink and purple tie-dye oversized t-shirt dress, knee length, short sleeves, bedroom with a
    # mirror and plants. all texts from the base model.
    case(
        "X238-026",
        caption("a woman in a tie dye dress taking a selfie in the mirror"),
        D.wearing("a pink tie dye shirt", "contradiction"),
        D.color("pink"),
        D.pattern("tie-dye"),
        D.material("cotton"),
        D.details("the dress has a pocket on the chest", "unsupported"),
        title="Women's Tie Dye T Shirt Dress Short Sleeve Crew Neck Loose Oversized Casual Summer Knee Length "
        "Tee Dress",
        category="Women Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a brown cable-knit sweater vest over a white long-sleeve shirt, with a matching brown plaid
    # pleated mini skirt (the product: vest and skirt set), library shelves behind. all texts from the base model.
    case(
        "X238-027",
        caption("a woman in a brown sweater vest and plaid skirt standing in a library"),
        D.wearing("a brown vest, a white shirt and a plaid skirt"),
        color_top("white", "other_garment_color"),
        color_skirt("brown"),
        D.material("wool", "unsupported"),
        title="Women's Preppy 2 Piece Outfits Cable Knit Sweater Vest and Plaid Pleated Mini Skirt Set Fall School "
        "Uniform Style",
        category="Women Two-piece Outfits",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a red halter-neck ribbed crop top with light-wash denim shorts, outdoor festival, string lights.
    # all texts from the base model.
    case(
        "X238-028",
        caption("a woman in a red top and denim shorts at a festival"),
        D.wearing("a red top and red shorts", "other_garment_color"),
        D.color("red"),
        neckline("halter"),
        D.details("it has details", "non_answer"),
        D.material("red", "restated"),
        title="Women's Halter Neck Ribbed Knit Crop Top Sleeveless Backless Tie Back Summer Going Out Y2K Tank Tops",
        category="Women Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black and white horizontal-striped sleeveless knit tank midi dress, bodycon, holding a
    # phone, white wall. caption: adapter
    case(
        "X238-029",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with striped patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt", "contradiction"),
        D.pattern("striped"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        title="Women's Striped Sleeveless Crew Neck Ribbed Knit Tank Bodycon Midi Dress Summer Casual Basic Dress",
        category="Women Dresses",
        color="Black and White",
        gender="Women",
    ),
    # photo: model in an oversized heather grey hoodie with front kangaroo pocket, hood down, with black leggings,
    # in a kitchen holding a mug. all texts from the base model.
    case(
        "X238-030",
        caption("a woman in a grey hoodie holding a mug in the kitchen"),
        D.wearing("a gray hoodie and black leggings"),
        D.color("black", "other_garment_color"),
        D.details("the hoodie has a pocket in the front and a zipper", "unsupported"),
        D.material("fleece"),
        title="Women's Oversized Hoodies Fleece Pullover Hooded Sweatshirt Long Sleeve Casual Loose Lounge Tops with "
        "Pocket",
        category="Women Loungewear",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a red one-piece swimsuit with a deep V neck and high-cut legs, by a blue swimming pool.
    # all texts from the base model.
    case(
        "X238-031",
        caption("a woman in a red swimsuit sitting by the pool"),
        D.garment_type("bikini", "contradiction"),
        is_a("one-piece swimsuit", "yes"),
        D.color("red"),
        D.material("cotton", "unsupported"),
        D.details("the swimsuit has a deep v neck"),
        title="Women's One Piece Swimsuit Deep V Neck High Cut Tummy Control Bathing Suit Sexy Backless Monokini "
        "Swimwear",
        category="Women Swimwear",
        color="Red",
        gender="Women",
    ),
    # photo: model in a brown (coffee) rib-knit sleeveless maxi bodycon dress with a side slit, standing on a
    # staircase, white walls. all texts from the base model.
    case(
        "X238-032",
        caption("a woman in a brown dress standing on the stairs"),
        D.wearing("a brown dress and a black belt", "unsupported"),
        D.color("brown"),
        D.description("a long brown dress with a slit"),
        D.material("the dress is made of a brown dress", "restated"),
        title="Women's Ribbed Knit Sleeveless Crew Neck Split Bodycon Maxi Dress Summer Casual Long Tank Dress",
        category="Women Dresses",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: model in a floral tankini: a blue and white floral tank top with matching high-waist bottoms, beach with
    # palm trees. wearing: adapter
    case(
        "X238-033",
        caption("a woman in a floral bathing suit on the beach"),
        D.wearing(
            "The lady wears a tank top with floral patterns and a three-point shorts. The tank top is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        color_top("blue"),
        color_bottoms("blue"),
        D.pattern("floral"),
        D.details(
            "the top has a floral print Question: is this a bikini? Answer: yes",
            "leak",
        ),
        title="Women's Tankini Swimsuits Floral Print Tank Top with High Waisted Bikini Bottoms Two Piece "
        "Bathing Suits "
        "Tummy Control",
        category="Women Swimwear",
        color="Blue Floral",
        gender="Women",
    ),
    # photo: model in a tropical print halter maxi dress, green palm leaves on a white ground, on a beach at sunset.
    # all texts from the base model.
    case(
        "X238-034",
        caption("a woman in a white dress with green leaves on the beach"),
        D.wearing("a green dress", "contradiction"),
        D.pattern("floral"),
        D.color("white"),
        D.material("polyester Question: what is the color of the dress? Answer: white", "leak"),
        D.details("the dress has a halter neck and a belt", "unsupported"),
        title="Women's Tropical Leaf Print Halter Neck Sleeveless Backless Flowy Maxi Dress Summer Beach Vacation Boho "
        "Dress",
        category="Women Dresses",
        color="White",
        gender="Women",
    ),
    # photo: two-piece pajama set, pink satin cami with lace trim and matching shorts, model lying on a bed with white
    # sheets. all texts from the base model.
    case(
        "X238-035",
        caption("a woman in pink pajamas laying on a bed"),
        D.wearing("pink pajamas"),
        color_top("pink"),
        color_shorts("white", "contradiction"),
        D.material("satin"),
        D.description("a pink silk pajama set with lace trim", "unsupported"),
        title="Women's Satin Pajama Set Lace Trim Cami Top and Shorts Sleepwear 2 Piece Silky Pjs Lounge Set Nightwear",
        category="Women Loungewear",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a leopard print triangle bikini with a black sheer sarong tied at the hip, on a rocky shore.
    # caption: adapter
    case(
        "X238-036",
        caption(
            "The lady wears a tank top with graphic patterns and a short skirt. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The skirt is with chiffon fabric and pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a leopard bikini and a black skirt"),
        D.garment_type("bikini"),
        D.pattern("leopard"),
        color_bottoms("black", "other_garment_color"),
        D.material("spandex"),
        D.details("the bikini has a", "cut"),
        title="Women's Leopard Print Triangle Bikini Set with Sarong Cover Up 3 Piece Swimsuit Beach Wrap Skirt "
        "Bathing Suit",
        category="Women Swimwear",
        color="Leopard",
    ),
    # photo: model in a heather grey long-sleeve rib-knit lounge set, crop top and flared pants, studio white backdrop,
    # barefoot. all texts from the base model.
    case(
        "X238-037",
        caption("a woman in a gray top and pants standing barefoot"),
        D.wearing("a gray long sleeve top and gray pants"),
        color_top("grey"),
        color_pants("white", "contradiction"),
        D.material("it is made of a soft", "cut"),
        D.details("the pants are flared"),
        title="Women's Ribbed Knit 2 Piece Lounge Set Long Sleeve Crop Top and Flare Pants Yoga Loungewear "
        "Matching Set",
        category="Women Loungewear",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: model in a white crochet cover-up dress, see-through, over a pink triangle bikini, on a beach with a
    # blue sea. all texts from the base model.
    case(
        "X238-038",
        caption("a woman in a white crochet dress over a pink bikini on the beach"),
        D.wearing("a white dress and a pink bikini"),
        D.garment_type("dress"),
        D.color("pink", "other_garment_color"),
        is_a("shirt", "yes", "contradiction"),
        D.details("the dress is see through and has fringe at the bottom", "unsupported"),
        title="Women's Crochet Knit Cover Up Dress Hollow Out Sleeveless Sheer Beach Swimsuit Coverups Summer Bikini "
        "Cover Up",
        category="Women Swimwear",
        color="White",
        gender="Women",
    ),
    # photo: model in a lilac satin corset-bodice mini dress, sweetheart neck, spaghetti straps, purple-lit studio.
    # all texts from the base model.
    case(
        "X238-039",
        caption("a woman in a purple dress posing for a picture"),
        D.color("purple"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a purple satin dress with a corset top and a bow", "unsupported"),
        D.material("what material is the dress made of", "restated"),
        title="Women's Satin Corset Bustier Sweetheart Neck Spaghetti Strap Bodycon Mini Dress Birthday Party Club "
        "Dress",
        category="Women Dresses",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a sage green ribbed high-waisted bikini with a scoop-neck bralette top, by a pool with a
    # striped towel on a lounger. details: adapter
    case(
        "X238-040",
        caption("a woman in a green bikini sitting on a lounge chair"),
        D.wearing("a green bikini and sunglasses", "unsupported"),
        color_bottoms("green"),
        D.details(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "knitting fabric. It has",
            "contradiction",
            hit_limit=True,
        ),
        D.material("nylon"),
        title="Women's Ribbed High Waisted Bikini Sets Scoop Neck Bralette Top Two Piece Swimsuit Cheeky Bathing Suit",
        category="Women Swimwear",
        color="Sage Green",
        gender="Women",
    ),
    # photo: model in a romper: mint green cotton short-sleeve smocked romper with ruffle shorts, park background.
    # details: adapter
    case(
        "X238-041",
        caption("a woman in a green dress standing in a park", "contradiction"),
        D.wearing("a green romper"),
        is_a("romper", "yes"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Women's Summer Smocked Short Sleeve Ruffle Romper Square Neck Casual Loose Playsuit Short Jumpsuit",
        category="Women Jumpsuits & Rompers",
        color="Mint Green",
        gender="Women",
    ),
    # photo: flat-lay of a plush pink fleece bathrobe with a tie belt, folded, on a white fluffy rug with a candle.
    # all texts from the base model.
    case(
        "X238-042",
        caption("a pink robe on a white rug next to a candle"),
        D.color("pink"),
        D.material("fleece"),
        D.description("a pink robe with a hood", "unsupported"),
        D.details("nothing", "non_answer"),
        title="Women's Plush Fleece Robe Soft Warm Long Sleeve Bathrobe with Belt Shawl Collar Spa Sleepwear "
        "Loungewear",
        category="Women Loungewear",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy blue one-piece monokini with a cutout waist and a gold ring between the cups, on a pool
    # edge. caption: adapter
    case(
        "X238-043",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with cotton "
            "fabric. It has a V-shape neckline. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue swimsuit"),
        D.garment_type("swimsuit"),
        D.color("black", "contradiction"),
        D.details("the swimsuit has a cut out at the waist and a gold ring"),
        D.material("swimsuit", "restated"),
        title="Women's Cutout One Piece Swimsuit O Ring Monokini High Cut Bathing Suit Sexy Swimwear",
        category="Women Swimwear",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: two-piece pajama set, blue and white striped cotton long-sleeve button-up shirt with piping (no pockets)
    # and long pants, model sitting cross-legged on a bed with a book. all texts from the base model.
    case(
        "X238-044",
        caption("a woman in blue and white striped pajamas reading a book on a bed"),
        D.wearing("he is wearing blue and white striped pajamas", "pronoun"),
        D.pattern("striped"),
        color_pants("blue"),
        D.description("a striped pajama set with buttons and pockets", "unsupported"),
        D.material("cotton"),
        title="Women's Cotton Striped Pajama Set Long Sleeve Button Down Sleepwear Top and Pants Classic Pjs "
        "Loungewear",
        category="Women Loungewear",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white ribbed crew-neck short-sleeve baby tee with a red cherry graphic, tucked into a denim
    # mini skirt, white wall. all texts from the base model.
    case(
        "X238-045",
        caption("a woman in a white shirt with cherries on it and a denim skirt"),
        D.wearing("a white t - shirt and a white skirt", "other_garment_color"),
        D.color("red", "contradiction"),
        printed("cherries"),
        D.details("the shirt has a cherry on it and a pocket", "unsupported"),
        title="Women's Y2K Cherry Graphic Baby Tee Short Sleeve Crew Neck Slim Fit Crop Top Cute Summer T Shirts",
        category="Women T-Shirts",
        color="White",
    ),
    # photo: model in a hot pink ruffle-trim bikini, bandeau top and ruffled bottoms, standing in shallow turquoise
    # water. material: adapter
    case(
        "X238-046",
        caption("a woman in a pink bikini standing in the water"),
        D.wearing("a pink bikini"),
        color_top("pink"),
        color_bottoms("pink"),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("she has a ruffle on the bikini Question: what is", "leak"),
        title="Women's Ruffle Bandeau Bikini Set Strapless Ruffled High Cut Two Piece Swimsuit Cute Bathing Suit",
        category="Women Swimwear",
        color="Hot Pink",
        gender="Women",
    ),
]
