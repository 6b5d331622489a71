"""BLIND_314 (46 products; women's lingerie, sleepwear and loungewear, model shots and mannequins): written blind in the
forty-third session. Measured blind at a4b314a (the session's rules as they stood): 102/134 failures found (76.1%)
and 24/167 correct texts flagged (14.4%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's intimates and nightwear: bras (plunge, t-shirt, strapless, nursing,
wireless lounge, bralettes), briefs (hipsters, boyshorts, thongs, shaping briefs), camisoles, slips and half slips,
chemises and babydolls, nightdresses and nightshirts, pyjama sets (cotton, flannel, satin, silk), robes (velvet,
satin, waffle, terry, sherpa, silk kimono), lounge sets and a onesie. Most photos are model shots in a studio or a
bedroom set (beds, sofas, windows, tiled bathrooms, a Christmas tree, coloured walls); a few are mannequins or torso
forms. Many products are photographed with other garments: matching briefs under a bra, jeans or trousers with a bra,
a tee with pyjama pants, a robe over a slip or over shorts. Each row has the seller's title, category, color and
gender; a few rows miss the gender, as real feeds do.

Who wrote what: the open questions (wearing, description, details, material) and most captions come from the untuned
base `Salesforce/blip2-opt-2.7b` with the default questionnaire: short lowercase texts that stop on their own (never
hit_limit). Where a comment says "adapter", that text comes from the caption LoRA adapter of the original experiments
(DeepFashion template, "The lady wears a sleeveless tank top with pure color patterns..."); it has no end token, so
it runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True) and answers any question with its
template. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a
...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: beige for nude or skin, cream or white for ivory, red for wine,
  purple for plum or lavender, pink for blush, dusty rose or peach, green for sage, olive or emerald, blue for navy,
  gold or beige for champagne, grey for grey melange. Navy as black, nude as white, mustard as orange and olive as
  black are contradiction. A trim, piping, lace-yoke, logo or print color given as the garment's color is
  contradiction; a wall, tile, plant or tree color given to the garment is contradiction too (no piece has it).
- The color of another garment in the photo (the briefs' tee, the bra's jeans or trousers, the pants' tee, the
  robe's shorts, the half slip's camisole, the hoodie set's sneakers, one piece of a two-color set given the other
  piece's color) is other_garment_color.
- Garment synonyms are correct: lingerie, underwear or panties for briefs, nightie or nightgown for a nightdress,
  chemise or babydoll, dress or slip dress for a slip, tank top for a camisole, top for a bralette, skirt for a half
  slip, leotard for a bodysuit, kimono or bathrobe for a robe, sweatshirt or sweater for a hoodie, romper for a
  onesie, sports bra for a wireless lounge bra, shirt dress for a nightshirt. A bra or a bra-and-brief set called a
  bikini or bathing suit, briefs called shorts or a bikini bottom, a babydoll called a wedding dress, a robe called
  a coat or a shirt, a sherpa robe called a costume, a one-piece called "a shirt and a long pants", a bodysuit or a
  half slip called a dress, pyjama pants called shorts, are contradiction.
- A robe worn over a slip, a bra worn with jeans, a set named piece by piece in its own colors: correct.
- Materials: the one the title names, or a plausible look (cotton for a jersey, knit for rib knit, mesh for mesh)
  is correct; cotton for modal jersey is correct (they look the same). A material neither named nor visible (silk
  for satin, silk for cotton, denim for a cotton bralette worn with jeans, leather for satin, lace for flocked mesh)
  is unsupported, as is any invented item (necklace, bow, belt, pocket, slit, zipper on an unseen back, heels on a
  photo cropped at the knee, pearls, stripes, a fur collar, a fan, ears on a hood).
- Adapter texts: a repeated sentence is loop; stopping mid-sentence without repetition is cut; the template for the
  material question is restated; where the template misnames the product itself (a bra or corset as a tank top, a
  robe as a shirt, a one-piece as shirt and pants) the misnaming is labelled contradiction, hit_limit kept. A
  template that calls a camisole a tank top, a hoodie a sweater, pyjamas "a long-sleeve shirt and a long pants" or
  boyshorts "a three-point shorts" is not misnaming: cut or loop.
- Base answers cut by an early stop ("it is made of") are cut, without hit_limit. Empty answers, "the details of the
  nightgown", "the bra has details", "it is a robe", "the underwear" and a details answer that only gives the color
  are non_answer; a material question answered with the garment's name or color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak even when the first words are right.
- "he" or "a man" for the women's products (model or mannequin) is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")

BLIND_314 = [
    # photo: model in a black lace padded plunge bra with matching black lace briefs, plain white wall, front view.
    # no adapter texts
    case(
        "X314-001",
        caption("a woman in a black bikini posing in front of a white wall", "contradiction"),
        D.wearing("a black bra and panties"),
        D.garment_type("bra"),
        D.color("black"),
        D.details("lace and a gold necklace", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Black Lace Padded Plunge Bra",
        category="Bras",
        color="Black",
        gender="Women",
    ),
    # photo: model in a nude seamless t-shirt bra with matching nude briefs, light grey studio backdrop, front view.
    # caption: adapter
    case(
        "X314-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady also wears a three-point shorts. The shorts are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a beige bra"),
        D.color("white", "contradiction"),
        D.pattern("solid"),
        is_a("bra", "yes"),
        D.details("the bra has details", "non_answer"),
        D.material("cotton"),
        title="Women Nude Seamless Non-Padded T-Shirt Bra",
        category="Bras",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a red satin midi slip nightdress, spaghetti straps, lace trim at the bust, no slit, standing by
    # a window with white curtains. no adapter texts
    case(
        "X314-003",
        caption("a woman in a red satin nightgown standing by a window"),
        D.wearing("she is wearing a red nightgown and a", "cut"),
        D.color("red"),
        D.description(
            "a red satin nightgown Question: what is the color of the nightgown? Answer: red",
            "leak",
        ),
        D.details("lace trim on the neckline and a slit on the side", "unsupported"),
        D.material("satin"),
        title="Women Red Satin Lace-Trim Slip Nightdress",
        category="Nightdresses",
        color="Red",
    ),
    # photo: model in a navy long-sleeve button-front cotton pyjama shirt with white piping and full-length navy
    # pants, sitting barefoot on a grey sofa; no pocket bow. no adapter texts
    case(
        "X314-004",
        caption("a woman in blue pajamas sitting on a couch"),
        D.wearing("he is wearing a blue pajama set", "pronoun"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.details("white piping and a white bow on the pocket", "unsupported"),
        D.material("cotton"),
        title="Women Navy Blue Cotton Long Sleeve Pyjama Set",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in blush pink hipster briefs with a lace waistband and a cropped white cotton tank top, framed
    # from the chest to the thighs, white backdrop; no bow on the briefs. no adapter texts
    case(
        "X314-005",
        caption("a woman in a white tank top and pink underwear"),
        D.wearing("a white shirt and pink panties"),
        D.color("white", "other_garment_color"),
        D.garment_type("briefs"),
        D.description("pink panties with a lace waistband and a bow in the front", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Pink Lace Waistband Hipster Briefs",
        category="Briefs",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a brown leopard print satin cami top and matching shorts, sitting on a bed with white sheets.
    # details: adapter
    case(
        "X314-006",
        caption("a woman in a leopard print pajama set sitting on a bed"),
        D.wearing("a leopard print bikini", "contradiction"),
        D.pattern("animal print"),
        D.color("brown"),
        D.details(
            "The tank top is with chiffon fabric and graphic patterns. It has a suspenders neckline. The tank top is "
            "with chiffon fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Brown Leopard Print Satin Cami Shorts Set",
        category="Night Suits",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a short ivory chemise with lace trim at the neckline and hem, no bow, against a beige wall.
    # no adapter texts
    case(
        "X314-007",
        caption("a woman in a white lingerie dress posing against a wall"),
        D.wearing("a white nightie Question: what is the color of the nightie? Answer: white", "leak"),
        D.color("cream"),
        D.garment_type("nightdress"),
        D.description("a white lace nightgown with a pink bow", "unsupported"),
        D.details("the details of the nightgown", "non_answer"),
        title="Women Ivory Lace Trim Chemise",
        category="Nightdresses",
        color="Ivory",
        gender="Women",
    ),
    # photo: model standing in a grey melange hoodie with white drawstrings and matching grey joggers (no stripes),
    # white sneakers, white backdrop, full length. caption: adapter
    case(
        "X314-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and sweatpants"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        is_a("hoodie", "yes"),
        D.details("white drawstrings on the hood and white stripes on the pants", "unsupported"),
        D.material("cotton"),
        title="Women Grey Melange Hooded Lounge Set",
        category="Lounge Sets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a black silk kimono robe with a red floral print, elbow-length wide sleeves, black self-tie
    # belt, worn over a black slip, dark wood panel backdrop; hands empty. no adapter texts
    case(
        "X314-009",
        caption("a woman in a black kimono with red flowers holding a fan", "unsupported"),
        D.wearing("a black robe and a black dress"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "a black robe with red flowers Question: what is the color of the robe? Answer: black",
            "leak",
        ),
        D.material("silk"),
        title="Women Black Floral Print Silk Kimono Robe",
        category="Robes",
        color="Black",
        gender="Women",
    ),
    # photo: headless full-body mannequin in a knee-length pink and white striped button-front cotton nightshirt,
    # short sleeves, chest pocket, grey backdrop. no adapter texts
    case(
        "X314-010",
        caption("a mannequin wearing a pink and white striped shirt dress"),
        D.wearing("he is wearing a pink striped shirt", "pronoun"),
        D.pattern("striped"),
        D.color("pink"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("buttons down the front and a pocket on the chest"),
        D.material("the shirt is pink and white", "restated"),
        title="Women Pink Striped Cotton Nightshirt",
        category="Nightdresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a wine velvet robe with a shawl collar and tie belt, long sleeves, over a burgundy satin slip,
    # standing in a doorway; no fur. caption: adapter
    case(
        "X314-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red robe and a red dress"),
        D.color("red"),
        D.garment_type("coat", "contradiction"),
        D.description("a red robe with a white fur collar", "unsupported"),
        D.material("velvet"),
        D.details("a belt"),
        title="Women Wine Velvet Shawl Collar Robe",
        category="Robes",
        color="Wine",
        gender="Women",
    ),
    # photo: model sitting on a wooden floor among cushions in a lavender short-sleeve tee printed "SLEEP" in white
    # letters and matching lavender shorts. no adapter texts
    case(
        "X314-012",
        caption("a woman sitting on the floor in a purple t-shirt and shorts"),
        D.wearing("a purple shirt and shorts"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.description("a purple t-shirt with the word sleep on the", "cut"),
        D.details("the shorts are short", "non_answer"),
        title="Women Lavender Graphic Print T-Shirt & Shorts Sleep Set",
        category="Night Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white cotton broderie (eyelet embroidered) bralette worn with high-waisted light blue jeans,
    # white wall, framed to the hips; no ruffle. no adapter texts
    case(
        "X314-013",
        caption("a woman in a white bra and jeans"),
        D.wearing("a white top and blue jeans"),
        D.garment_type("bra"),
        D.color("blue", "other_garment_color"),
        D.description(
            "a white bra with a pair of jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.details("it has embroidery"),
        D.material("denim", "unsupported"),
        title="Women White Cotton Broderie Bralette",
        category="Bras",
        color="White",
        gender="Women",
    ),
    # photo: model in a sheer black mesh long-sleeve bodysuit with flocked polka dots, dark grey backdrop, front view
    # only. no adapter texts
    case(
        "X314-014",
        caption("a woman in a black bodysuit with polka dots"),
        D.wearing("a black leotard"),
        D.garment_type("dress", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("long sleeves"),
        D.material("lace", "unsupported"),
        D.details("a zipper on the back", "unsupported"),
        title="Women Black Sheer Mesh Polka Dot Long Sleeve Bodysuit",
        category="Bodysuits",
        color="Black",
        gender="Women",
    ),
    # photo: model standing against a white brick wall in a sage green modal cami top and wide-leg sage pants, beige
    # slippers. caption: adapter
    case(
        "X314-015",
        caption(
            "The female is wearing a sleeveless tank shirt with pure color patterns and a long trousers. The tank "
            "shirt is with cotton fabric. The trousers are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green top and pants"),
        color_top("green"),
        color_pants("white", "contradiction"),
        D.material("cotton"),
        D.description(
            "a green tank top and wide leg pants Question: what is the color of the pants? Answer: green",
            "leak",
        ),
        title="Women Sage Green Modal Cami & Wide Leg Pants Lounge Set",
        category="Lounge Sets",
        color="Sage Green",
        gender="Women",
    ),
    # photo: female torso mannequin in a red lace balconette bra and matching red briefs, black backdrop; no bow.
    # no adapter texts
    case(
        "X314-016",
        caption("a mannequin wearing a red bra and panties"),
        D.wearing("he is wearing a red bra", "pronoun"),
        D.color("red"),
        D.pattern("lace"),
        is_a("bra", "yes"),
        D.details("a red bra with a black bow", "unsupported"),
        D.material("the bra is red", "restated"),
        title="Women Red Lace Balconette Bra",
        category="Bras",
        color="Red",
        gender="Women",
    ),
    # photo: model in a cream waffle-knit cotton robe with patch pockets and a tie belt, open over grey pyjama
    # shorts, holding a coffee mug, bedroom with a green potted plant. no adapter texts
    case(
        "X314-017",
        caption("a woman in a white robe holding a cup of coffee next to a plant"),
        D.wearing("a white robe and grey shorts"),
        D.color("grey", "other_garment_color"),
        D.garment_type("robe"),
        D.material("waffle knit"),
        D.description("it is a robe", "non_answer"),
        D.details("a pocket on the front and a tie belt"),
        title="Women Cream Waffle Knit Cotton Robe",
        category="Robes",
        color="Cream",
        gender="Women",
    ),
    # photo: model standing in a blue and white checked flannel pyjama set, long-sleeve notch-collar shirt and long
    # pants, white backdrop. caption, wearing, description: adapter
    case(
        "X314-018",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and lattice patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("blue"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.material("flannel"),
        D.sleeve_length("long sleeves"),
        title="Women Blue Checked Flannel Pyjama Set",
        category="Night Suits",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black satin cowl-neck slip dress, spaghetti straps, no lace, framed to the knee, in front of
    # a pink wall. no adapter texts
    case(
        "X314-019",
        caption("a woman in a black dress standing in front of a pink wall"),
        D.wearing("a black slip dress and black heels", "unsupported"),
        D.color("pink", "contradiction"),
        D.garment_type("dress"),
        D.material("satin"),
        D.details("spaghetti straps and a lace trim", "unsupported"),
        title="Women Black Satin Cowl Neck Slip",
        category="Slips",
        color="Black",
        gender="Women",
    ),
    # photo: model in skin-colored high-waist shaping briefs, framed from the waist to mid-thigh, white backdrop.
    # no adapter texts
    case(
        "X314-020",
        caption("a woman in a pair of beige underwear and", "cut"),
        D.wearing("a pair of beige shorts", "contradiction"),
        D.color("beige"),
        D.garment_type("briefs"),
        D.details("the underwear is beige", "non_answer"),
        D.material("nylon"),
        title="Women Skin High Waist Tummy Shaping Briefs",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: model in a white knee-length cotton nightdress with small blue flowers, short sleeves, round neck, no
    # ribbon, bedroom with a white headboard. caption, material: adapter
    case(
        "X314-021",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white nightgown with blue flowers"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.description("a white dress with blue flowers and a blue ribbon", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Women White Floral Print Cotton Nightdress",
        category="Nightdresses",
        color="White",
        gender="Women",
    ),
    # photo: model lying on a bed in a pink satin cami with black lace trim and black satin shorts. no adapter texts
    case(
        "X314-022",
        caption("a woman in a pink and black pajama set laying on a bed"),
        D.wearing("a pink top and black shorts"),
        color_top("pink"),
        color_shorts("pink", "other_garment_color"),
        D.details("black lace trim on the top"),
        D.material("silk", "unsupported"),
        D.description(
            "a pink and black pajama set Question: describe the shorts. Answer: black",
            "leak",
        ),
        title="Women Pink & Black Satin Lace Trim Cami Shorts Set",
        category="Night Suits",
        color="Pink & Black",
        gender="Women",
    ),
    # photo: full-body mannequin in an ankle-length navy nightgown with a white lace yoke and long sleeves, no belt,
    # white backdrop. no adapter texts
    case(
        "X314-023",
        caption("a mannequin wearing a blue dress with a white lace collar"),
        D.wearing("a long blue dress with a white collar and a belt", "unsupported"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.garment_type("nightdress"),
        D.material("", "non_answer"),
        title="Women Navy Blue Lace Yoke Long Sleeve Nightgown",
        category="Nightdresses",
        color="Navy Blue",
    ),
    # photo: model in a black padded strapless multiway bra worn with white wide-leg trousers, beige backdrop, no
    # jewellery. no adapter texts
    case(
        "X314-024",
        caption("a woman in a black bra and white pants"),
        D.wearing("a black strapless top and white pants"),
        is_a("bra", "no", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("a black strapless bra with a gold necklace", "unsupported"),
        D.details("strapless"),
        title="Women Black Padded Strapless Multiway Bra",
        category="Bras",
        color="Black",
        gender="Women",
    ),
    # photo: model in grey melange cotton boyshorts with a pink elastic waistband carrying a white logo, with a
    # matching grey crop top, white backdrop. caption: adapter
    case(
        "X314-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. It has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a grey crop top and underwear", "pronoun"),
        D.color("pink", "contradiction"),
        D.garment_type("briefs"),
        D.material("cotton"),
        D.details("a pink waistband with white letters"),
        title="Women Grey Melange Cotton Boyshorts",
        category="Briefs",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model sitting on a bed (white headboard) in a mustard cotton short-sleeve notch-collar shirt and
    # shorts with white piping. details: adapter
    case(
        "X314-026",
        caption("a woman sitting on a bed in yellow pajamas"),
        D.wearing("yellow pajamas"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("a yellow pajama set with white trim and a", "cut"),
        D.material("the pajamas are yellow", "restated"),
        title="Women Mustard Cotton Shirt & Shorts Pyjama Set",
        category="Night Suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: model by a window in a white lace babydoll with a sheer mesh skirt and a white satin bow at the bust,
    # matching white thong; plain straps. no adapter texts
    case(
        "X314-027",
        caption("a woman in a white wedding dress standing by a window", "contradiction"),
        D.wearing("a white lace nightie"),
        D.garment_type("nightdress"),
        D.color("white"),
        D.material("lace"),
        D.details("pearls on the straps", "unsupported"),
        title="Women White Lace Babydoll With Thong",
        category="Babydolls",
        color="White",
        gender="Women",
    ),
    # photo: model sitting in a cream armchair in a dusty rose ribbed-knit long-sleeve top (no zip) and matching
    # flared pants. caption: adapter
    case(
        "X314-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The lady wears a long-sleeve sweater with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink sweater and pants"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of a", "cut"),
        D.details("ribbed and a zipper on the front", "unsupported"),
        D.description(
            "a pink outfit Question: what is the color of the pants? Answer: pink",
            "leak",
        ),
        title="Women Dusty Rose Ribbed Knit Top & Flared Pants Lounge Set",
        category="Lounge Sets",
        color="Dusty Rose",
        gender="Women",
    ),
    # photo: model in an olive green cotton wireless lounge bra with matching olive leggings, white backdrop.
    # caption, material: adapter
    case(
        "X314-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. It has a crew neckline. The leggings are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green sports bra and leggings"),
        D.color("black", "contradiction"),
        D.garment_type("bra"),
        is_a("sports bra", "yes"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a crew",
            "restated",
            hit_limit=True,
        ),
        title="Women Olive Green Cotton Wireless Lounge Bra",
        category="Bras",
        color="Olive",
        gender="Women",
    ),
    # photo: model next to a lit green Christmas tree in a white long-sleeve top with a red reindeer and red flannel
    # pants with white snowflakes. no adapter texts
    case(
        "X314-030",
        caption("a woman standing next to a christmas tree in red and white pajamas"),
        D.wearing("a white shirt and red pants"),
        color_top("white"),
        color_pants("green", "contradiction"),
        D.pattern("printed"),
        D.details("snowflakes on the pants and a reindeer on the shirt"),
        D.material(
            "flannel Question: what is the pattern of the pajamas? Answer: snowflakes",
            "leak",
        ),
        title="Women Red & White Christmas Print Flannel Pyjama Set",
        category="Night Suits",
        color="Red & White",
        gender="Women",
    ),
    # photo: hip-form mannequin in a black lace thong, white backdrop. no adapter texts
    case(
        "X314-031",
        caption("a black lace thong on a white background"),
        D.wearing("a black bikini bottom", "contradiction"),
        D.garment_type("thong"),
        D.color("black"),
        D.details("lace"),
        D.description("the underwear", "non_answer"),
        title="Women Black Lace Thong",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: model in an emerald green satin ankle-length robe with lace-trimmed cuffs, long sleeves, tie belt, in a
    # hotel room with a white bed. wearing, details: adapter
    case(
        "X314-032",
        caption("a woman in a green satin robe standing in a hotel room"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.color("green"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women Emerald Green Satin Lace Trim Long Robe",
        category="Robes",
        color="Emerald",
        gender="Women",
    ),
    # photo: model in a blush pink nursing bra with clip-down cups, worn with grey lounge pants, white wall.
    # no adapter texts
    case(
        "X314-033",
        caption("a woman in a pink bra and grey pants"),
        D.wearing("a pink bra and grey sweatpants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("bra"),
        D.details("", "non_answer"),
        D.material("the bra is pink", "restated"),
        title="Women Blush Pink Nursing Bra",
        category="Bras",
        color="Blush",
        gender="Women",
    ),
    # photo: model in navy cotton pyjama pants with white daisies and a drawstring waist, with a plain white tee,
    # white backdrop, full length. no adapter texts
    case(
        "X314-034",
        caption("a woman in a white t-shirt and blue floral pants"),
        D.wearing("a white shirt and blue pants"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.garment_type("shorts", "contradiction"),
        D.description("blue pants with white flowers and a drawstring waist"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Floral Print Cotton Pyjama Pants",
        category="Pyjamas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black satin strapless corset bustier with boning and front hook closure, matching black
    # briefs, dark backdrop. wearing: adapter
    case(
        "X314-035",
        caption("a woman in a black corset and panties"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with leather fabric. It "
            "has a",
            "contradiction",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("corset"),
        D.material("leather", "unsupported"),
        D.details("boning and hooks on the front"),
        title="Women Black Satin Strapless Corset Bustier",
        category="Bustiers",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light blue short-sleeve cotton jersey sleep tee dress with a sleeping-cat graphic on the
    # front, no pocket, bedroom. no adapter texts
    case(
        "X314-036",
        caption("a woman in a blue nightgown with a cat on it"),
        D.wearing("a blue t-shirt dress"),
        D.color("blue"),
        D.pattern("graphic"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("a cat on the front and a pocket", "unsupported"),
        D.material("it is made of cotton and has a", "cut"),
        title="Women Light Blue Cat Print Cotton Sleep Tee Dress",
        category="Nightdresses",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model standing in a beige sherpa fleece hooded robe, hood down, two patch pockets, no ears on the hood,
    # white backdrop. no adapter texts
    case(
        "X314-037",
        caption("a woman in a fluffy beige robe"),
        D.wearing("a teddy bear costume", "contradiction"),
        D.color("beige"),
        D.garment_type("robe"),
        D.material("fleece"),
        D.description("a fluffy robe with a hood and ears", "unsupported"),
        D.details("a hood and two pockets Question: what color is the robe? Answer: beige", "leak"),
        title="Women Beige Sherpa Fleece Hooded Robe",
        category="Robes",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a plum lace bralette and matching plum lace briefs, light grey backdrop. no adapter texts
    case(
        "X314-038",
        caption("a woman in purple lingerie"),
        D.wearing("a purple bra and panties"),
        D.color("purple"),
        D.garment_type("bikini", "contradiction"),
        D.details("lace"),
        D.material("lace Question: what is the color of the bra? Answer: purple", "leak"),
        is_a("bra", "yes"),
        title="Women Plum Lace Bralette & Brief Set",
        category="Lingerie Sets",
        color="Plum",
        gender="Women",
    ),
    # photo: full-body mannequin in a champagne mulberry silk pyjama set, long-sleeve button shirt with a chest
    # pocket and long pants, no belt, white backdrop. description: adapter
    case(
        "X314-039",
        caption("a mannequin in a gold silk pajama set"),
        D.wearing(
            "a gold shirt and pants Question: what is the material of the pajamas? Answer: silk",
            "leak",
        ),
        D.color("beige"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk"),
        D.details("buttons down the front, a pocket on the chest and a belt", "unsupported"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Women Champagne Mulberry Silk Pyjama Set",
        category="Night Suits",
        color="Champagne",
        gender="Women",
    ),
    # photo: model standing in a black long-sleeve zip-front jersey lounge onesie with a stand collar, full length,
    # white backdrop. caption, wearing, material: adapter
    case(
        "X314-040",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve romper with pure color patterns. The romper",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a",
            "contradiction",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("jumpsuit"),
        D.material(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with cotton fabric. It has a "
            "stand",
            "restated",
            hit_limit=True,
        ),
        D.details("a zipper on the front"),
        title="Women Black Zip Front Jersey Lounge Onesie",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory satin half slip with a lace hem, worn with a black camisole top, light backdrop.
    # no adapter texts
    case(
        "X314-041",
        caption("a woman in a black top and a white skirt"),
        D.wearing("a black tank top and a white skirt"),
        D.color("black", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.material("the skirt is white", "restated"),
        D.details("lace hem"),
        title="Women Ivory Satin Lace Hem Half Slip",
        category="Slips",
        color="Ivory",
    ),
    # photo: model in a white cotton terry hooded bathrobe with a towel wrapped on her head, bathroom with blue
    # tiles. description: adapter
    case(
        "X314-042",
        caption("a woman in a white bathrobe with a towel on her head"),
        D.wearing("she is wearing a white robe"),
        D.color("blue", "contradiction"),
        D.garment_type("robe"),
        D.material("terry cloth"),
        D.details("the robe is white", "non_answer"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The lady "
            "wears a long-sleeve coat with pure",
            "contradiction",
            hit_limit=True,
        ),
        title="Women White Cotton Terry Hooded Bathrobe",
        category="Robes",
        color="White",
        gender="Women",
    ),
    # photo: model in a solid pink crew-neck sweatshirt and grey joggers, white backdrop, full length.
    # caption: adapter
    case(
        "X314-043",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric. It has a crew neckline. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink sweatshirt and grey sweatpants"),
        color_top("grey", "other_garment_color"),
        color_pants("grey"),
        D.sleeve_length("long sleeves"),
        D.details("he is wearing a pink sweatshirt", "pronoun"),
        title="Women Pink & Grey Sweatshirt & Joggers Lounge Set",
        category="Lounge Sets",
        color="Pink & Grey",
        gender="Women",
    ),
    # photo: short-haired model sitting on a bed in a navy satin long-sleeve pyjama set with white piping.
    # no adapter texts
    case(
        "X314-044",
        caption("a man in blue pajamas sitting on a bed", "pronoun"),
        D.wearing("blue satin pajamas"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.material("satin"),
        title="Women Navy Satin Piped Pyjama Set",
        category="Night Suits",
        color="Navy",
        gender="Women",
    ),
    # photo: female torso mannequin in a white cotton camisole with lace at the neckline, grey backdrop.
    # description: adapter
    case(
        "X314-045",
        caption("a white tank top on a mannequin"),
        D.wearing("a white tank top"),
        D.garment_type("camisole"),
        D.color("white"),
        D.description(
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The tank top "
            "is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.details("lace on the neckline"),
        D.material("cotton Question: what is the color of the garment? Answer: white", "leak"),
        title="Women White Cotton Lace Trim Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a peach knee-length cotton nightdress with a button placket and short sleeves, no belt,
    # standing against a white wall with a framed picture. details: adapter
    case(
        "X314-046",
        caption("a woman in a pink nightgown standing in front of a picture"),
        D.wearing("a pink nightgown"),
        D.color("pink"),
        D.garment_type("dress"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a lapel neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("the nightgown is made of", "cut"),
        D.description("a pink nightgown with a black belt", "unsupported"),
        title="Women Peach Cotton Button Front Nightdress",
        category="Nightdresses",
        color="Peach",
        gender="Women",
    ),
]
