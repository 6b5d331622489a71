"""BLIND_446 (46 products; women's lingerie, shapewear and activewear basics): written blind in the forty-seventh
session. Measured blind at 496f1cc (the session's rules as they stood): 104/134 failures found (77.6%) and 14/165
correct texts flagged (8.5%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's intimates and activewear basics: underwired, padded, strapless and
t-shirt bras, lace and cotton bralettes, sports bras, satin and cotton camisoles, slips and slip dresses, shaping
briefs, shorts and bodysuits, leggings, seamless and lounge sets. Photos are model shots (front, back or side view,
often with another garment worn over or under the product: a blazer, a robe, a denim shirt, a leather jacket, a tee
over leggings) against studio backdrops, bedrooms, gyms, streets and coloured walls, and flat-lays on marble, wood,
bedsheets or coloured paper with props (flowers, petals, a yoga mat, a water bottle, a coffee cup). Each row has the
seller's title, category, color and gender; two rows miss the gender and one the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a woman in a black bra") unless the comment above the case names the caption adapter. The caption-only LoRA adapter
(DeepFashion template: "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric ...")
was trained with no end-of-answer token, so all its texts run to the limit (50 new tokens for captions, 30 for
answers) with hit_limit=True, and asked any question it returns its template. DeepFashion has no bra, brief or
bodysuit class: the adapter calls a bra, a bralette or a bodysuit a "tank top" and briefs "shorts". The base model
stops on its own (never hit_limit), sometimes too early. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions, the leggings length and "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut, but they can pick the wrong one.

Labeling conventions and judgement calls:
- Shade words are correct: beige or tan for nude, skin or champagne; brown for mocha; red for wine or maroon; purple
  for lavender or lilac; pink for blush or peach; blue for navy, powder blue or teal; green for teal, olive, sage or
  emerald; grey for charcoal or grey melange; white for ivory; gold for champagne satin (it reads gold in the photo).
- A color no piece has (white for a nude bra, black for a wine bra in low light, brown for maroon, white for lilac
  satin shorts or lavender briefs, black for navy) is contradiction; the color of a background, a prop (the purple
  yoga mat, the rose petals) or a print on the garment (pink roses on a white bralette) given as the garment's color
  is contradiction. The color of another garment worn in the photo (the leggings under the sports bra, the blazer
  over the bralette, the robe over the bra) given as the product's color is other_garment_color. An open answer that
  gives the other garment the product's color, or both garments one color ("a grey tank top and grey leggings" for
  black leggings), is contradiction.
- Garment synonyms are correct: tank top or top for a camisole, crop top for a longline sports bra, panties or
  underwear for briefs, yoga pants for leggings, skirt for a half slip, dress or slip dress for a slip dress, shorts
  for shaper shorts, lingerie for a bra set. Wrong garments are contradiction: swimsuit for a shaping bodysuit,
  shorts for a shaping brief, "a black dress" for a black cami over a black skirt, a satin dress for a cami and
  shorts set, dress for a half slip, the outer garment (shirt, jacket, robe) given as the product's garment_type,
  "no" to "Is this a bra?" for a bra, "a black bra" for a pack of three bras.
- A wearing answer that names only the garments visible over the product, or a caption that describes the scene
  and not the product, is correct (it is not wrong). On a flat-lay, naming the garment is correct; "nothing" or an
  empty answer is non_answer.
- Sleeve length, material or details of the other garment (long sleeves for the cami under a denim shirt, leather
  for the slip dress under a leather jacket, the shirt's buttons) are contradiction; "short sleeves" for a bra too.
- Reference pattern answers: ribbed knit answered "striped" is contradiction; lace answered "floral" is correct
  (the lace motif is floral); lace answered "lattice" is contradiction; tie-dye answered "solid" and a solid bra with
  a logo band answered "graphic" are contradiction.
- Materials: plausible guesses for plain knit or molded fabric (cotton, nylon, spandex, polyester) are correct; silk
  for a satin the title names is unsupported, and so is silk added to lace. The garment or its color named back for
  the material question is restated.
- Invented details not in the photo (straps on a strapless bra, front hooks, a zipper, a side pocket, lace trim on
  plain edges, pearls, a necklace, a bow, a slit, underwire in a soft bralette) are unsupported.
- Adapter texts: the template given to the material question is restated, whatever it names. Otherwise misnaming
  the product's garment (a bra, bralette or bodysuit as a tank top) is contradiction, hit_limit kept; otherwise a
  repeated template sentence is loop and a mid-sentence stop is cut ("long leggings" for capri leggings is left to
  the cut). One adapter caption (X446-038) happens to end on a full stop at the limit, names the tank top and
  leggings the model really wears and says nothing false: correct, hit_limit kept.
- A base answer that stops early ("it is made of", "a plunge neckline and") is cut without hit_limit; base answers
  running on into "Question: ... Answer: ..." are leak, even where the first words are right; "he" or "a man" for a
  woman is pronoun; "the details of the skirt", "the dress has details" and "they are shorts" are non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
straps = question("straps", "What are the straps like?", "open")
closure = question("closure", "How does the bra fasten?", "open")
waistband = question("waistband", "Describe the waistband.", "open")
length = question("length", "How long are the leggings?", "closed")

BLIND_446 = [
    # photo: model in a black lace underwired balconette bra, matching black briefs at the bottom edge, white studio
    # backdrop, front view cropped at the hips; no bow at the centre gore.
    # adapter: none
    case(
        "X446-001",
        caption("a woman in a black lace bra and panties"),
        D.wearing("a black lace bra"),
        D.garment_type("bra"),
        D.color("black"),
        D.details("lace cups with underwire and a bow in the middle", "unsupported"),
        D.material("lace"),
        title="Women Black Lace Underwired Balconette Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a nude seamless t-shirt bra on a white marble surface with a sprig of eucalyptus.
    # adapter: none
    case(
        "X446-002",
        caption("a beige bra on a marble table with a plant"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("bra"),
        D.color("white", "contradiction"),
        D.details("the details of the bra", "non_answer"),
        D.material("the bra is made of", "cut"),
        is_a("bra", "yes"),
        title="Women Nude Seamless T-Shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a white racerback sports bra and black high-waist leggings, grey gym wall with a weights rack,
    # three-quarter view.
    # adapter: none
    case(
        "X446-003",
        caption("a woman in a white sports bra and black leggings in a gym"),
        D.wearing("a white sports bra and white leggings", "contradiction"),
        D.garment_type("bra"),
        D.color("black", "other_garment_color"),
        D.details("racerback straps Question: what is the color of the bra? Answer: white", "leak"),
        D.sleeve_length("sleeveless"),
        title="Women White Medium Support Racerback Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # photo: model in black high-waist leggings with mesh panels at the calves, a grey cropped tank top and white
    # sneakers, plain white backdrop, full length.
    # adapter: caption, details
    case(
        "X446-004",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings with pure color patterns. The leggings are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and grey leggings", "contradiction"),
        D.color("black"),
        D.details(
            "The leggings are with cotton fabric and pure color patterns. The lady wears a long leggings. The "
            "leggings are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("spandex"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Black High-Rise Mesh Panel Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blush pink satin camisole with thin adjustable straps and lace trim at the neckline (no bow),
    # worn with light blue jeans, sitting on a bed with white sheets.
    # adapter: description
    case(
        "X446-005",
        caption("a woman sitting on a bed wearing a pink top and jeans"),
        D.wearing("a pink tank top and jeans"),
        D.color("blue", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.details("lace trim on the neckline and a bow", "unsupported"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        title="Women Blush Pink Satin Lace-Trim Camisole",
        category="Camisoles",
        color="Blush Pink",
        gender="Women",
    ),
    # photo: flat-lay of a lavender seamless bralette and matching lavender briefs on light grey paper.
    # adapter: details
    case(
        "X446-006",
        caption("a purple bra and panties on a grey background"),
        D.wearing("a purple bra and panties"),
        color_top("purple"),
        color_bottom("white", "contradiction"),
        D.pattern("solid"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The shorts "
            "are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.material("a purple bra", "restated"),
        title="Women Lavender Seamless Bralette and Brief Set",
        category="Lingerie Set",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a wine padded plunge bra, front view, dark grey backdrop, low-key lighting, cropped at the waist.
    # adapter: none
    case(
        "X446-007",
        caption("a woman in a red bra"),
        D.wearing("a red bra"),
        D.color("black", "contradiction"),
        D.details("a plunge neckline and", "cut"),
        D.material("a red bra", "restated"),
        is_a("bra", "yes"),
        title="Women Wine Padded Plunge Bra",
        category="Bra",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a nude high-waist tummy-control shaping brief with plain bonded edges and a beige t-shirt bra,
    # front view, white backdrop.
    # adapter: none
    case(
        "X446-008",
        caption("a woman in a beige underwear and bra"),
        wearing("he is wearing a beige underwear", "pronoun", who="she"),
        D.color("beige"),
        D.garment_type("shorts", "contradiction"),
        D.details("high waist with a lace trim", "unsupported"),
        D.material("nylon"),
        title="Women Nude High-Waist Tummy Control Shaping Brief",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a black longline sports bra (pullover, no zip) and matching black bike shorts, side view
    # mid-stride, park with green trees behind.
    # adapter: description
    case(
        "X446-009",
        caption("a woman in a black sports bra and shorts running in the park"),
        D.wearing("a black crop top and black shorts"),
        D.garment_type("bra"),
        D.color("black"),
        D.details("it has a racerback and a zipper on the front", "unsupported"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.material("polyester and", "cut"),
        title="Women Black Longline Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory satin bias-cut midi slip dress with spaghetti straps and a cowl neck, beige wall with a
    # round mirror, front view.
    # adapter: caption, description
    case(
        "X446-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress Question: what is the material of the dress? Answer: satin", "leak"),
        D.garment_type("dress"),
        D.color("white"),
        D.material("satin"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        title="Women Ivory Satin Cowl-Neck Slip Dress",
        category="Slips",
        color="Ivory",
        gender="Women",
    ),
    # photo: flat-lay of charcoal melange high-waist leggings folded on a wooden floor, with a steel water bottle and
    # a rolled purple yoga mat; no pockets.
    # adapter: description
    case(
        "X446-011",
        caption("a pair of grey leggings on a wooden floor with a yoga mat and a water bottle"),
        D.wearing("yoga pants"),
        D.garment_type("leggings"),
        D.color("purple", "contradiction"),
        D.details("the leggings have a pocket on the side", "unsupported"),
        D.description(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady "
            "wears a long leggings with pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Charcoal Melange High-Waist Yoga Leggings",
        category="Leggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a black lace triangle bralette with a scalloped hem under an open oversized beige blazer, black
    # trousers, light pink wall.
    # adapter: none
    case(
        "X446-012",
        caption("a woman in a black bra and a beige blazer standing against a pink wall"),
        D.wearing("a beige blazer and black pants"),
        D.color("beige", "other_garment_color"),
        D.pattern("floral"),
        is_a("bra", "yes"),
        D.details("scalloped lace trim"),
        D.material("a black bra", "restated"),
        title="Women Black Lace Triangle Bralette",
        category="Bralette",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy seamless ribbed sports set (crop bra and full-length leggings), white backdrop, full
    # length, front view.
    # adapter: none
    case(
        "X446-013",
        caption("a woman in a blue sports bra and leggings"),
        D.wearing("a black sports bra and black leggings", "contradiction"),
        color_top("blue"),
        color_leggings("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("it is made of", "cut"),
        title="Women Navy Seamless Ribbed Bra and Leggings Set",
        category="Activewear Set",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a white cotton camisole with thin straps under an unbuttoned light blue long-sleeve denim shirt,
    # white jeans, walking on a city street.
    # adapter: none
    case(
        "X446-014",
        caption("a woman in a denim shirt and white jeans walking on the street"),
        D.wearing("a blue shirt and white pants"),
        D.color("white"),
        D.garment_type("shirt", "contradiction"),
        D.details("the shirt has buttons", "contradiction"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women White Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: back view of a model in a black full-coverage t-shirt bra, three-hook back closure visible, grey
    # backdrop.
    # adapter: details, material
    case(
        "X446-015",
        caption("the back of a woman in a black bra"),
        closure("hook and eye closure at the back"),
        wearing("she is wearing a black bra", who="she"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a suspenders neckline. The tank top "
            "is with cotton fabric and pure color patterns. It",
            "contradiction",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Full Coverage T-Shirt Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in olive high-waist leggings with a white oversized t-shirt knotted at the waist and white
    # sneakers, in front of a red brick wall.
    # adapter: none
    case(
        "X446-016",
        caption("a woman in a white t-shirt and green leggings standing in front of a brick wall"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white", "other_garment_color"),
        color_of("leggings", "green"),
        D.details("the leggings have a high waist"),
        D.material("it is made of cotton Question: what is the color of the leggings? Answer: green", "leak"),
        title="Women Olive High-Waist Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: flat-lay of a red lace bralette with a small satin bow at the centre and a red lace thong, pink rose
    # petals scattered on a white bedsheet.
    # adapter: none
    case(
        "X446-017",
        caption("a red bra and panties with rose petals on a bed"),
        D.wearing("", "non_answer"),
        color_top("red"),
        color_bottom("pink", "contradiction"),
        D.pattern("floral"),
        D.details("lace with a bow in the center"),
        D.material("lace and silk", "unsupported"),
        title="Women Red Lace Bralette and Thong Set",
        category="Lingerie Set",
        color="Red",
        gender="Women",
    ),
    # photo: model sitting on a bed in a grey melange non-padded cotton lounge bra with a wide band printed with the
    # brand name, and matching grey boy shorts.
    # adapter: none
    case(
        "X446-018",
        caption("a woman in a grey bra and underwear sitting on a bed"),
        D.wearing("a grey bra and underwear"),
        D.color("grey"),
        D.details("a wide elastic band with a logo"),
        D.pattern("graphic", "contradiction"),
        D.material("it is made of", "cut"),
        title="Women Grey Melange Cotton Lounge Bra",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a black strapless multiway bra worn without its straps, front view, white backdrop; the
    # back closure is not visible.
    # adapter: none
    case(
        "X446-019",
        caption("a woman in a black strapless bra"),
        D.wearing("a black bra Question: what is the color of the bra? Answer: black", "leak"),
        straps("the straps are thin and adjustable", "unsupported"),
        closure("hooks at the front", "unsupported"),
        D.color("black"),
        is_a("bra", "yes"),
        D.sleeve_length("sleeveless"),
        title="Women Black Strapless Multiway Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mocha seamless shaping bodysuit with a scoop neck and thin straps, front view, beige wall.
    # adapter: details
    case(
        "X446-020",
        caption("a woman in a brown bodysuit"),
        D.wearing("a brown swimsuit", "contradiction"),
        D.garment_type("bodysuit"),
        D.color("brown"),
        D.details(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("it is made of nylon and", "cut"),
        title="Women Mocha Seamless Shaping Bodysuit",
        category="Shapewear",
        color="Mocha",
        gender="Women",
    ),
    # photo: model in a teal racerback sports bra and black leggings in a yoga pose on a mat, studio with a wooden
    # floor and potted plants.
    # adapter: none
    case(
        "X446-021",
        caption("a woman doing yoga on a mat in a room with plants"),
        D.wearing("a blue sports bra and blue leggings", "contradiction"),
        D.color("green"),
        is_a("sports bra", "yes"),
        D.details("the bra has a racerback and the leggings have a high waist"),
        D.material("a blue sports bra", "restated"),
        title="Women Teal Racerback Sports Bra",
        category="Sports Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: black knee-length half slip with a lace hem and no slit, laid flat on a white background.
    # adapter: material
    case(
        "X446-022",
        caption("a black skirt with lace trim on a white background"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.wearing("a black skirt"),
        D.details("the details of the skirt", "non_answer"),
        D.description("a black skirt with a lace hem and a slit", "unsupported"),
        D.material(
            "The lady wears a long skirt with pure color patterns. The skirt is with chiffon fabric. The lady wears "
            "a long skirt with pure color",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Half Slip with Lace Hem",
        category="Slips",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white ribbed cotton camisole with thin straps and grey sweatpants, barefoot in a kitchen, a
    # mug on the counter.
    # adapter: caption, description
    case(
        "X446-023",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and grey sweatpants"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears "
            "a tank top with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Women White Ribbed Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink lace push-up bra under an open sheer white robe, standing by a window with white
    # curtains; no jewellery.
    # adapter: none
    case(
        "X446-024",
        caption("a woman in a pink bra and a white robe standing by a window"),
        D.wearing("a pink bra and a white robe"),
        D.color("white", "other_garment_color"),
        D.garment_type("robe", "contradiction"),
        D.details("push up padding and lace and a necklace", "unsupported"),
        D.material("lace Question: what is the color of the bra? Answer: pink Question:", "leak"),
        is_a("bra", "yes"),
        title="Women Pink Lace Push-Up Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: flat-lay of a pack of three non-padded cotton bras (black, white, nude) side by side on white.
    # adapter: none
    case(
        "X446-025",
        caption("three bras on a white background"),
        D.wearing("a black bra", "contradiction"),
        D.details("three bras in black, white and beige"),
        D.color("black", "contradiction"),
        D.garment_type("bra"),
        D.material("cotton Question: how many bras are in the pack? Answer: 3", "leak"),
        is_a("bra", "yes"),
        title="Women Pack of 3 Cotton Non-Padded Bras",
        category="Bra",
        color="Multi",
        gender="Women",
    ),
    # photo: model running on a red track in black capri leggings (ending mid-calf) and a black sports bra, side
    # view.
    # adapter: caption, details
    case(
        "X446-026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings with pure color patterns. The leggings are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sports bra and black leggings"),
        D.color("black"),
        length("full length", "contradiction"),
        D.details(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady "
            "wears a long leggings with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("spandex and", "cut"),
        title="Women Black Capri Running Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lilac satin cami and shorts sleep set with lace trim, sitting on a bed with grey pillows.
    # adapter: none
    case(
        "X446-027",
        caption("a woman in a purple satin pajama set sitting on a bed"),
        D.wearing("a purple satin dress", "contradiction"),
        color_top("purple"),
        color_shorts("white", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("lace trim on the top and shorts"),
        is_a("dress", "yes", "contradiction"),
        title="Women Lilac Satin Cami and Shorts Sleep Set",
        category="Nightwear",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in beige mid-thigh shaper shorts and a black t-shirt bra, grey backdrop, front view.
    # adapter: none
    case(
        "X446-028",
        caption("a woman in a black bra and beige shorts"),
        D.wearing("a black bra and tan shorts"),
        D.color("black", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("they are shorts", "non_answer"),
        D.material("a pair of shorts", "restated"),
        title="Women Beige Seamless Thigh Shaper Shorts",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a white cotton bralette and brief set printed with small pink roses, white backdrop.
    # adapter: none
    case(
        "X446-029",
        caption("a woman in a floral bra and panties"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.wearing("a pink bra and pink panties", "contradiction"),
        D.details("the details of the bra", "non_answer"),
        D.material("cotton"),
        color_top("white"),
        title="Women White Floral Print Cotton Bralette Set",
        category="Lingerie Set",
        color="White",
        gender="Women",
    ),
    # photo: back view of a model in a red sports bra with criss-cross back straps and black leggings, gym mirror
    # wall behind.
    # adapter: caption
    case(
        "X446-030",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red sports bra and black leggings"),
        D.color("black", "other_garment_color"),
        D.details("criss cross straps on the back"),
        straps("they are crossed"),
        D.material("spandex"),
        is_a("sports bra", "yes"),
        title="Women Red Criss-Cross Back Sports Bra",
        category="Sports Bra",
        color="Red",
        gender="Women",
    ),
    # photo: model in a champagne satin maxi slip nightdress with lace at the bust and thin straps, beside a potted
    # palm, white wall.
    # adapter: details
    case(
        "X446-031",
        caption("a woman in a long gold dress standing next to a plant"),
        D.wearing("a long dress"),
        D.color("beige"),
        D.garment_type("dress"),
        D.material("silk", "unsupported"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women Champagne Satin Lace Slip Nightdress",
        category="Nightwear",
        color="Champagne",
        gender="Women",
    ),
    # photo: flat-lay of a skin-colored underwired minimizer bra with wide straps, back hooks, on light pink paper.
    # adapter: none
    case(
        "X446-032",
        caption("a white bra on a pink background", "contradiction"),
        D.color("beige"),
        D.wearing("a bra"),
        D.details("underwire, wide straps and a front closure", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Skin Underwired Minimizer Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: model in a peach seamless sports bra and matching peach leggings on a beach promenade, sea behind.
    # adapter: none
    case(
        "X446-033",
        caption("a woman in a pink sports bra and leggings on the beach"),
        wearing("he is wearing a pink sports bra and leggings", "pronoun", who="she"),
        color_top("pink"),
        color_leggings("pink"),
        D.pattern("solid"),
        D.material("nylon Question: what is the pattern of the garment? Answer: solid", "leak"),
        title="Women Peach Seamless Workout Set",
        category="Activewear Set",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black satin camisole with lace trim tucked into a black satin midi skirt, grey wall.
    # adapter: details
    case(
        "X446-034",
        caption("a woman in a black top and skirt"),
        D.wearing("a black dress", "contradiction"),
        D.color("black"),
        D.garment_type("top"),
        D.material("satin"),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. It has a v-shape neckline. The lady wears "
            "a long skirt. The skirt is",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Satin Lace Trim Cami Top",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: model in grey leggings with a side pocket holding a phone, black tank top, side view, white backdrop.
    # adapter: description
    case(
        "X446-035",
        caption("a woman in grey leggings with a phone in the pocket"),
        D.wearing("a black tank top and grey leggings"),
        D.color("black", "other_garment_color"),
        D.details("side pockets"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("grey leggings", "restated"),
        D.pattern("solid"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Grey Side Pocket Leggings",
        category="Leggings",
        color="Grey",
        gender="Women",
    ),
    # photo: model in an emerald green lace longline bralette with a scalloped hem, no jewellery, white wall with a
    # framed print.
    # adapter: none
    case(
        "X446-036",
        caption("a woman in a green lace bra standing in front of a white wall with a picture"),
        D.wearing("a green lace bra"),
        D.color("green"),
        D.pattern("lattice", "contradiction"),
        D.details("a scalloped hem and a necklace", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.material("a green bra", "restated"),
        title="Women Emerald Green Lace Longline Bralette",
        category="Bralette",
        color="Emerald Green",
        gender="Women",
    ),
    # photo: flat-lay of a white cotton camisole with lace at the neckline on light blue paper, a small vase of
    # daisies beside it.
    # adapter: none
    case(
        "X446-037",
        caption("a white tank top on a blue background with flowers"),
        D.wearing("a white tank top"),
        D.color("blue", "contradiction"),
        D.material("a white tank top", "restated"),
        D.details("the details of the top", "non_answer"),
        D.garment_type("top"),
        title="Women White Lace Trim Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in black tummy-control high-waist leggings with a wide waistband and a white cotton tank top, white
    # backdrop, front view.
    # adapter: caption (ends on a full stop at the limit)
    case(
        "X446-038",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings with pure color patterns. The leggings are with "
            "cotton fabric.",
            hit_limit=True,
        ),
        D.wearing("a white tank top and black leggings"),
        color_of("leggings", "black"),
        D.color("white", "other_garment_color"),
        waistband("a wide high waistband"),
        D.material("polyester"),
        title="Women Black Tummy Control High-Waist Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon non-wired everyday bra and matching maroon briefs, beige backdrop, front view.
    # adapter: none
    case(
        "X446-039",
        caption("a woman in a maroon bra and panties"),
        wearing("he is wearing a red bra and underwear", "pronoun", who="she"),
        D.color("brown", "contradiction"),
        D.details("it has wide straps"),
        is_a("bra", "no", "contradiction"),
        D.material("a maroon bra", "restated"),
        title="Women Maroon Non-Wired Everyday Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: model sitting on a sofa with a mustard throw pillow in a grey ribbed seamless bralette and matching grey
    # leggings. The row has no gender.
    # adapter: details
    case(
        "X446-040",
        caption("a woman sitting on a couch in a grey outfit"),
        D.wearing("a grey top and grey leggings"),
        color_top("grey"),
        color_leggings("grey"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The tank top is with cotton fabric and stripe patterns. It has a suspenders neckline. The lady wears a "
            "long leggings. The",
            "contradiction",
            hit_limit=True,
        ),
        D.material("grey", "restated"),
        title="Women Grey Ribbed Seamless Lounge Set",
        category="Loungewear",
        color="Grey",
    ),
    # photo: model in purple and pink tie-dye leggings and a black sports bra, outdoors on a hiking trail.
    # adapter: none
    case(
        "X446-041",
        caption("a woman in a black sports bra and tie dye leggings"),
        D.wearing("a black top and black leggings", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.details("tie dye print"),
        D.material("cotton Question: what is the pattern of the leggings? Answer: tie dye", "leak"),
        title="Women Purple Tie-Dye Leggings",
        category="Leggings",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a white lace balconette bra and white briefs by a window with sheer curtains, daylight, no
    # jewellery. The row has no gender.
    # adapter: description
    case(
        "X446-042",
        caption("a woman in a white lace bra and panties standing by a window"),
        D.wearing("white lingerie"),
        D.garment_type("bra"),
        D.color("white"),
        D.details("lace with a bow and pearls", "unsupported"),
        D.material("lace"),
        D.description(
            "The lady wears a tank top with lattice patterns. The tank top is with lace fabric. It has a v-shape "
            "neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        title="Women White Lace Balconette Bra",
        category="Bra",
        color="White",
    ),
    # photo: model in a black satin mini slip dress under a black leather jacket, night street with neon signs.
    # adapter: none
    case(
        "X446-043",
        caption("a woman in a black dress and leather jacket standing on a street at night"),
        D.wearing("a black dress and a leather jacket"),
        D.garment_type("jacket", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("leather", "contradiction"),
        D.details("the dress has details", "non_answer"),
        D.color("black"),
        title="Women Black Satin Mini Slip Dress",
        category="Slips",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a powder blue cotton soft-cup bralette (no wire, plain edges) and hipster brief on a white
    # knit blanket, a cup of coffee in the corner.
    # adapter: material
    case(
        "X446-044",
        caption("a blue bra and panties on a white blanket with a cup of coffee"),
        D.wearing("nothing", "non_answer"),
        color_top("blue"),
        color_bottom("blue"),
        D.pattern("solid"),
        D.details("the bra has a lace trim and underwire", "unsupported"),
        D.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders",
            "restated",
            hit_limit=True,
        ),
        title="Women Powder Blue Cotton Bralette Set",
        category="Lingerie Set",
        color="Powder Blue",
        gender="Women",
    ),
    # photo: model in a black high-neck sports bra with a keyhole cut-out at the chest and grey joggers, white
    # backdrop, front view.
    # adapter: none
    case(
        "X446-045",
        caption("a man in a black sports bra and grey pants", "pronoun"),
        D.wearing("a black sports bra and grey sweatpants"),
        D.color("black"),
        D.details("a keyhole on the chest"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("polyester Question: what is the neckline of the bra? Answer: high neck", "leak"),
        title="Women Black High-Neck Keyhole Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sage green ribbed seamless camisole and beige wide-leg trousers in front of a wall of plants.
    # The row has no color.
    # adapter: none
    case(
        "X446-046",
        caption("a woman in a green tank top and beige pants standing in front of a plant wall"),
        D.wearing("a green top and beige pants"),
        D.color("green"),
        D.garment_type("top"),
        D.pattern("solid"),
        D.details("ribbed with thin straps"),
        title="Women Sage Green Ribbed Seamless Camisole",
        category="Camisoles",
        gender="Women",
    ),
]
