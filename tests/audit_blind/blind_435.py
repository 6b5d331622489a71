"""BLIND_435 (46 products; women's denim: jeans, jackets, skirts, shorts, dungarees, shirts): written blind in the
forty-seventh session. Measured blind at 3b8f32a (the session's rules as they stood): 103/117 failures found (88.0%)
and 5/149 correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's denim shot on models: jeans of every fit (skinny, straight, mom,
boyfriend, wide leg, flared, bootcut) and wash (indigo, mid blue, light, grey, black, white, ecru, acid wash, coated),
denim jackets (trucker, cropped, oversized, sherpa collar, sleeveless, embroidered back), denim skirts (mini, midi,
pencil, tiered), shorts (cut-off, belted, bermuda), dungarees and a boiler jumpsuit, and denim shirts (chambray,
indigo, black, striped, embroidered, tie-front). Almost every photo is a full outfit: the denim piece is worn with a
tee, a blouse, a sweater, a coat or a hoodie in another color, on studio backdrops, brick and painted walls, a beach,
a field, a cafe. Each row has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
white t-shirt and dark blue jeans") or from the caption-only LoRA adapter of the original experiments (the
DeepFashion template: "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim
fabric..."). The adapter never learned to stop, so each of its texts runs to the limit (50 new tokens for a caption,
30 for an answer) and carries hit_limit=True; asked a question, it returns its caption template. Open answers
(wearing, description, details, material, the set's own fit and wash questions) come from the base model unless the
comment before the case names the adapter; the base model stops on its own and never has hit_limit. Closed answers
(garment_type, color, pattern, sleeve_length, the per-piece color questions, "Is the denim distressed?" and the
yes/no "Is this a ...?") are enrich's `--engine reference` choices from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo, dark blue, mid blue or a rinse wash; light
  blue for stone or bleached washes; white for ecru or off white; grey for an acid-washed grey; purple for lilac.
- Garment synonyms are correct: pants or jean(s) for jeans, jean jacket for denim jacket, overalls for dungarees,
  overall shorts for dungaree shorts, bell bottom for flared, jean vest for a sleeveless denim jacket, shorts for
  dungaree shorts (garment_type), jumpsuit for dungarees (garment_type: the candidate set has no dungarees).
- The color (or pattern, or sleeve length) of another piece of the outfit given for the product is
  other_garment_color when it is a color the other piece has (the tee under the jacket, the blazer over the jeans),
  and contradiction when it is a pattern or a sleeve length (the striped tee's "striped" for a plain skirt, the tee's
  "short sleeves" for a sleeveless vest, the white top's "long sleeves" for dungarees). A color of the wall or the
  backdrop (red brick, pink or yellow paint) given as the garment's color is contradiction; so is the color of a
  trim, print or embroidery (the cream sherpa collar, white stars, a red embroidered rose), and a grey wash answered
  blue or a mid-blue skirt answered a pattern it does not have (tiers read as "striped").
- One color for two garments ("a grey sweater and grey jeans" for black jeans under a grey sweatshirt) is
  other_garment_color on the text that gives the product the other piece's color.
- Materials: denim is correct for every product; cotton is correct for denim (denim is a cotton twill, and the base
  model says so for light washes); "denim and fur" for a sherpa collar is correct; leather for coated or black denim
  is unsupported. A material question answered with the garment's name, its color or its pattern ("denim shorts",
  "white", "striped", "jeans") is restated. An empty answer, "they are short", "it is a skirt" and "the details of
  the skirt" are non_answer.
- Invented items not in the photo (a belt on a clean waist, a necklace, sunglasses, a hat, a headband, purple shoes on
  a photo cropped at the knees, a pocket on a sleeve, rips on a clean-look jean) are unsupported. Details really in
  the photo (the self belt of belted shorts, the pocket bags under frayed hems, a leather back patch, ruffles, a fur
  collar, buttons down a jumpsuit) are correct.
- Adapter texts: one that repeats a sentence (or a clause) of the template is loop; one cut mid-sentence without a
  repeat is cut, even where the template names a fabric or an accessory wrongly before the cut (one kind per text);
  where the template splits a one-piece garment into two (dungarees or a jumpsuit as "a tank top" or "a shirt" with
  "pants") the misnaming is what the auditor sees first: contradiction, hit_limit kept. The template returned for
  the material or fit question is restated (the question is not answered, even where "denim fabric" appears); for
  "What is the person wearing?" or a details question it does answer, so cut or loop.
- A base answer that stops on a dangling word ("it is made of", "white shorts with a") is cut, without hit_limit.
  A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "he" or "a man" for a woman (boyfriend jeans on a short-haired model, a back view) is pronoun.
- Closed answers wrong by the engine's bias (grey jeans as blue, a dark blue jumpsuit as black, a shirt as jacket, a
  cropped jacket as shirt, knee-length shorts as pants, white shorts as skirt, a mini skirt as shorts) are
  contradiction. "yes" to "Is the denim distressed?" is correct where rips or fraying show; "no" there is
  contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

fit = question("fit", "What is the fit of the jeans?", "open")
wash = question("wash", "What is the wash of the denim?", "open")
distressed = question("distressed", "Is the denim distressed?", "closed")

BLIND_435 = [
    # photo: model in navy-indigo skinny jeans (clean look, no rips), white crew-neck tee tucked in, white sneakers,
    # plain white studio backdrop, front view, full length.
    # adapter: none
    case(
        "X435-001",
        caption("a woman in a white t-shirt and dark blue jeans"),
        D.wearing("a white t-shirt and jeans"),
        B.garment_type("jeans"),
        color_of("jeans", "blue"),
        B.color("white", "other_garment_color"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        title="Women Navy Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in light blue mom jeans with slashed knees, black cropped tank top, red brick wall behind, front
    # view, full length.
    # caption: adapter
    case(
        "X435-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and ripped jeans"),
        details("jeans", "ripped knees"),
        color_of("jeans", "red", "contradiction"),
        B.material("cotton"),
        wash("light"),
        distressed("no", "contradiction"),
        title="Women Light Blue Mom Fit High-Rise Slash Knee Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in black straight-leg jeans under a grey marl sweatshirt, plain grey backdrop, front view.
    # adapter: none
    case(
        "X435-003",
        caption("a woman in a grey sweater and grey jeans", "other_garment_color"),
        D.wearing("a sweatshirt and black jeans"),
        color_of("jeans", "black"),
        B.pattern("solid"),
        fit("straight Question: what is the color of the jeans? Answer: black", "leak"),
        title="Women Black Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mid-blue washed denim trucker jacket, open over a white hoodie, black leggings, city street
    # behind, front view.
    # caption: adapter
    case(
        "X435-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a denim jacket and a white hoodie Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        B.garment_type("jacket"),
        color_of("jacket", "white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        describe("jacket", "a blue jean jacket with buttons"),
        title="Women Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mid-blue A-line denim mini skirt with a button front, navy-and-white striped tee tucked in,
    # pastel pink painted wall, front view.
    # adapter: none
    case(
        "X435-005",
        caption("a woman in a striped shirt and denim skirt standing in front of a pink wall"),
        D.wearing("a striped shirt and a jean skirt"),
        B.pattern("striped", "contradiction"),
        color_of("skirt", "blue"),
        B.color("pink", "contradiction"),
        is_a("skirt", "yes"),
        B.material("it is a denim skirt", "restated"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in light-wash denim dungarees (bib pocket, side buttons, straight legs) over a white tee, plain
    # beige studio backdrop, front view, full length.
    # caption: adapter
    case(
        "X435-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "denim fabric. The pants are with denim fabric and pure color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("overalls and a white t-shirt"),
        B.garment_type("jumpsuit"),
        B.color("light blue"),
        details("dungarees", "a bib pocket, buttons and a belt", "unsupported"),
        title="Women Light Blue Denim Dungarees",
        category="Dungarees",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a light blue chambray shirt, sleeves rolled to the elbow, two flap chest pockets, worn with white
    # jeans; a potted plant beside her, white backdrop, front view. No jewellery.
    # adapter: none
    case(
        "X435-007",
        caption("a woman wearing a blue denim shirt and white jeans"),
        D.wearing("a denim shirt"),
        color_of("shirt", "white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        B.garment_type("jacket", "contradiction"),
        details(
            "shirt",
            "the shirt has two chest pockets with buttons and a necklace",
            "unsupported",
        ),
        B.material("denim"),
        title="Women Light Blue Chambray Denim Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in ecru (off-white) wide-leg high-rise jeans, black fitted knit top tucked in, beige studio
    # backdrop, front view.
    # adapter: none
    case(
        "X435-008",
        caption("a woman in white pants and a black sweater"),
        D.wearing("white jeans"),
        B.color("black", "other_garment_color"),
        fit("wide leg"),
        color_of("jeans", "white"),
        D.material("white", "restated"),
        title="Women Ecru Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Off White",
        gender="Women",
    ),
    # photo: model in mid-blue cut-off denim shorts with frayed hems, white tank top, on a beach (sand, sea), front
    # view. No sunglasses, no hat.
    # adapter: none
    case(
        "X435-009",
        caption("a woman in a white tank top and denim shorts on the beach"),
        D.wearing("she is wearing shorts and a white tank top and sunglasses", "unsupported"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "blue"),
        distressed("yes"),
        B.material("it is made of", "cut"),
        title="Women Blue Frayed Hem Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black cropped denim jacket, buttoned, over a grey tee, black jeans, plain white backdrop,
    # front view.
    # caption, material: adapter
    case(
        "X435-010",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and black jeans"),
        color_of("jacket", "black"),
        is_a("denim jacket", "yes"),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Cropped Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in grey-wash slim jeans and a pink satin blouse, plain white backdrop, front view.
    # adapter: none
    case(
        "X435-011",
        caption("a woman in a pink shirt and gray jeans"),
        D.wearing("a pink blouse and grey jeans"),
        color_of("jeans", "blue", "contradiction"),
        B.pattern("solid"),
        D.description(
            "a pair of grey jeans Question: what is the color of the shirt? Answer: pink",
            "leak",
        ),
        wash("the wash of the denim", "non_answer"),
        title="Women Grey Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: model in a dark blue button-through denim midi skirt, white long-sleeve cotton blouse tucked in, city
    # pavement and shop fronts behind, front view.
    # caption, material: adapter
    case(
        "X435-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The skirt the lady wears is of long length. The skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and a denim skirt"),
        describe("skirt", "a long denim skirt with buttons down the front"),
        color_of("skirt", "blue"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Denim Button-Through Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: short-haired model in mid-blue boyfriend jeans, rips at both knees, cuffs rolled, oversized grey tee,
    # white backdrop, front view.
    # adapter: none
    case(
        "X435-013",
        caption("a man in a grey shirt and ripped jeans", "pronoun"),
        D.wearing("a grey t-shirt and jeans"),
        fit("loose"),
        distressed("yes"),
        color_of("jeans", "grey", "other_garment_color"),
        D.material("", "non_answer"),
        title="Women Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a dark indigo denim shirt worn open over a white tank top, black skinny jeans, white backdrop,
    # front view.
    # adapter: none
    case(
        "X435-014",
        caption("a woman in a denim shirt and black jeans"),
        D.wearing("he is wearing a blue shirt over a white tank top", "pronoun"),
        color_of("shirt", "black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has a collar and buttons"),
        D.description("a blue denim shirt with a", "cut"),
        title="Women Indigo Regular Fit Denim Shirt",
        category="Shirts",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in black high-rise denim shorts with a self-fabric tie belt, white tee tucked in, mustard yellow
    # painted wall, front view.
    # adapter: none
    case(
        "X435-015",
        caption("a woman in black shorts and a white t-shirt in front of a yellow wall"),
        D.wearing("black shorts"),
        details("shorts", "high waisted with a belt"),
        B.color("yellow", "contradiction"),
        B.garment_type("shorts"),
        D.material("denim shorts", "restated"),
        title="Women Black High-Rise Belted Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in dark blue flared high-rise jeans, white blouse with a red floral print, long sleeves, plain grey
    # backdrop, front view, full length.
    # caption, jeans details: adapter
    case(
        "X435-016",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "v-shape neckline. The trousers the lady wears is of long length. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral blouse and flared jeans"),
        B.pattern("floral", "contradiction"),
        color_of("jeans", "blue"),
        fit("bell bottom"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in a light blue oversized denim jacket over a black satin slip dress, white backdrop, front view.
    # adapter: none
    case(
        "X435-017",
        caption("a woman wearing a denim jacket over a black dress"),
        D.wearing("a jean jacket and a black dress"),
        B.color("black", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        describe("jacket", "a light blue denim jacket that is oversized"),
        D.material("denim jacket", "restated"),
        title="Women Light Blue Oversized Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in mid-blue dungaree shorts over a red-and-white striped tee, bare head, white backdrop, front view.
    # adapter: none
    case(
        "X435-018",
        caption("a woman in overalls and a red and white striped shirt"),
        D.wearing("a striped shirt and overall shorts"),
        B.color("red", "other_garment_color"),
        B.garment_type("shorts"),
        D.details("straps and pockets"),
        D.description(
            "a pair of denim overalls with a red and white striped shirt and a red headband",
            "unsupported",
        ),
        title="Women Blue Denim Dungaree Shorts",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white skinny jeans and a navy blazer over a white shell top, white backdrop, front view.
    # caption, jeans details: adapter
    case(
        "X435-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns. The trousers are with denim "
            "fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue blazer and white jeans"),
        color_of("jeans", "white"),
        B.color("blue", "other_garment_color"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The lady wears a long-sleeve jacket with pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        title="Women White Skinny Fit Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in a black knee-length denim pencil skirt and a black tee, white backdrop, front view.
    # adapter: none
    case(
        "X435-020",
        caption("a woman in a black skirt and black shirt"),
        D.wearing("a black t-shirt and a black skirt"),
        is_a("skirt", "yes"),
        B.color("black"),
        describe("skirt", "a black pencil skirt"),
        B.material("leather", "unsupported"),
        D.details("it is a skirt", "non_answer"),
        title="Women Black Denim Pencil Skirt",
        category="Skirts",
        color="Black",
    ),
    # photo: model in a light blue denim shirt with white flowers embroidered across the chest yoke, long sleeves,
    # beige chinos, white backdrop, front view. No sleeve pockets.
    # caption: adapter
    case(
        "X435-021",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with denim fabric. It has a lapel "
            "neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and beige pants"),
        B.pattern("floral"),
        color_of("shirt", "blue"),
        details(
            "shirt",
            "embroidered flowers on the shirt and a pocket on the sleeve",
            "unsupported",
        ),
        title="Women Light Blue Floral Embroidered Denim Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: back view of a short-haired model in mid-blue straight jeans (back pockets, brown leather waistband
    # patch) and a white shirt, white backdrop.
    # adapter: none
    case(
        "X435-022",
        caption("the back of a woman in jeans and a white shirt"),
        D.wearing("he is wearing jeans and a white shirt", "pronoun"),
        details("jeans", "the jeans have pockets on the back and a leather patch"),
        color_of("jeans", "blue"),
        D.description("", "non_answer"),
        title="Women Mid Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a dark blue denim jacket with a cream sherpa collar, black jeans, park with bare trees behind,
    # front view.
    # caption, details: adapter
    case(
        "X435-023",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket with fur collar"),
        color_of("jacket", "white", "contradiction"),
        B.material("denim and fur"),
        D.details(
            "The jacket is with denim fabric. It has a lapel neckline. The jacket is with denim fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        title="Women Dark Blue Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in white denim shorts and a blue-and-white gingham shirt tucked in, green hedge behind, front view.
    # adapter: none
    case(
        "X435-024",
        caption("a woman in white shorts and a checkered shirt"),
        D.wearing("a blue and white checkered shirt and white shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        B.garment_type("skirt", "contradiction"),
        D.material("cotton"),
        describe("shorts", "white shorts with a", "cut"),
        title="Women White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: model in black slim-leg denim dungarees over a white long-sleeve top, white sneakers, light grey
    # backdrop, front view, full length.
    # adapter: none
    case(
        "X435-025",
        caption("a woman in black overalls and a white shirt"),
        D.wearing("black overalls"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("black"),
        is_a("pair of overalls", "yes"),
        D.description(
            "black overalls with white sneakers Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Women Black Denim Slim Fit Dungarees",
        category="Dungarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue mom jeans, mustard yellow cardigan over a white tee, white backdrop, front view.
    # caption, material: adapter
    case(
        "X435-026",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a v-shape neckline. The pants the lady wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and jeans"),
        color_of("jeans", "yellow", "other_garment_color"),
        fit(
            "high waisted Question: what is the wash of the denim? Answer: light",
            "leak",
        ),
        wash("light wash"),
        B.material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Women Light Blue Mom Fit Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: model in a white denim mini skirt (zip fly, front pockets) and a lilac tee, cropped at the knees, white
    # backdrop, front view.
    # adapter: none
    case(
        "X435-027",
        caption("a woman in a purple shirt and white skirt"),
        D.wearing(
            "she is wearing a purple top and a white skirt and purple shoes",
            "unsupported",
        ),
        color_of("skirt", "purple", "other_garment_color"),
        B.garment_type("shorts", "contradiction"),
        details("skirt", "the skirt has a zipper in the front and pockets"),
        title="Women White Denim Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: model in an oversized mid-blue denim shirt, black cycling shorts, a tan handbag on her shoulder, bangle
    # on the wrist, white backdrop, front view.
    # caption, details: adapter
    case(
        "X435-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and black shorts"),
        describe("shirt", "an oversized blue denim shirt"),
        D.details(
            "The shirt is with denim fabric. It has a lapel neckline. The lady wears a long-sleeve shirt with pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        is_a("jacket", "yes", "contradiction"),
        title="Women Blue Oversized Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in dark blue rinse bootcut jeans, black turtleneck sweater worn untucked over the waistband, brown
    # leather boots, white backdrop, front view, full length.
    # adapter: none
    case(
        "X435-029",
        caption("a woman wearing a black sweater and blue jeans"),
        D.wearing(
            "she is wearing a black turtleneck and jeans and a brown belt",
            "unsupported",
        ),
        color_of("jeans", "blue"),
        fit("bootcut"),
        D.material("denim"),
        details("jeans", "the jeans are", "cut"),
        title="Women Dark Blue Bootcut Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in a white cropped denim jacket over a pink tee, mid-blue jeans, white backdrop, front view.
    # adapter: none
    case(
        "X435-030",
        caption("a woman in a white jacket and blue jeans"),
        D.wearing("a white denim jacket, pink shirt and jeans"),
        B.color("pink", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        describe("jacket", "a white jacket with buttons and", "cut"),
        D.material("cotton"),
        title="Women White Cropped Denim Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: model in light blue knee-length bermuda denim shorts and a black tank top, white backdrop, front view.
    # caption, details: adapter
    case(
        "X435-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The shorts the lady wears is of three-point length. The shorts are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and blue shorts"),
        B.garment_type("pants", "contradiction"),
        color_of("shorts", "light blue"),
        D.details(
            "The shorts are with denim fabric and pure color patterns. The lady wears a sleeveless tank top with pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Light Blue Longline Denim Bermuda Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in acid-wash mid-blue skinny jeans (no rips) and a black leather biker jacket over a white tee,
    # concrete wall behind, front view.
    # adapter: none
    case(
        "X435-032",
        caption("a woman in a black leather jacket and jeans"),
        D.wearing("leather jacket and jeans"),
        wash("acid wash"),
        color_of("jeans", "black", "other_garment_color"),
        D.description(
            "a pair of jeans with a leather jacket Question: what are the jeans details? Answer: the jeans are ripped",
            "leak",
        ),
        fit("the fit of the jeans", "non_answer"),
        title="Women Blue Acid Wash Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a dark blue long-sleeve denim boiler jumpsuit, buttoned front, self-fabric belt at the waist,
    # white backdrop, front view, full length.
    # caption, material: adapter
    case(
        "X435-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with denim fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim jumpsuit"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("long sleeves"),
        B.color("black", "contradiction"),
        D.details("a belt and buttons down the front"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        title="Women Dark Blue Belted Denim Boiler Jumpsuit",
        category="Jumpsuits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in black coated (waxed sheen) skinny jeans and a red long-sleeve top, white backdrop, front view.
    # adapter: none
    case(
        "X435-034",
        caption("a woman in a red shirt and black pants"),
        D.wearing("a red top and black jeans"),
        color_of("jeans", "red", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        B.material("leather", "unsupported"),
        title="Women Black Coated Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light blue tiered denim midi skirt with ruffled tiers, white tank top, standing in a wheat
    # field, bare head, front view.
    # adapter: none
    case(
        "X435-035",
        caption("a woman in a blue skirt standing in a field"),
        D.wearing("a white tank top and a blue skirt and a straw hat", "unsupported"),
        describe("skirt", "a long blue skirt with ruffles"),
        B.pattern("striped", "contradiction"),
        details("skirt", "ruffles"),
        title="Women Light Blue Tiered Denim Midi Skirt",
        category="Skirts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a black denim shirt, long sleeves, white straight jeans, grey backdrop, side view.
    # caption, material: adapter
    case(
        "X435-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers the lady wears is of long "
            "length",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt and white pants"),
        color_of("shirt", "white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Denim Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in mid-blue distressed denim shorts (white pocket bags showing below the frayed hem), white crop
    # top, swimming pool behind, front view.
    # adapter: none
    case(
        "X435-037",
        caption("a woman in denim shorts standing by a pool"),
        D.wearing("she is wearing a white crop top and jean shorts"),
        details("shorts", "the shorts are ripped and have white pockets showing"),
        color_of("shorts", "white", "other_garment_color"),
        D.material("cotton"),
        D.description(
            "denim shorts Question: what are the shorts details? Answer: they are ripped",
            "leak",
        ),
        title="Women Blue Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in light blue straight jeans with a small white star print all over, black tee, white backdrop,
    # front view.
    # adapter: none
    case(
        "X435-038",
        caption("a woman in jeans with white stars on them"),
        D.wearing("a black shirt and jeans with stars"),
        B.pattern("graphic"),
        B.color("white", "contradiction"),
        D.description("blue jeans with white stars"),
        D.material("jeans", "restated"),
        title="Women Blue Star Print Straight Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: back view of a model in a mid-blue denim jacket with a large red rose embroidered across the back, lighter
    # blue jeans, white backdrop.
    # caption, material: adapter
    case(
        "X435-039",
        caption(
            "The lady wears a long-sleeve jacket with floral patterns. The jacket is with denim fabric. The pants the "
            "lady wears is of long length. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and jeans"),
        details("jacket", "a red rose embroidered on the back"),
        color_of("jacket", "red", "contradiction"),
        B.pattern("floral"),
        B.material(
            "The jacket is with denim fabric. The pants the lady wears is of long length. The pants are with denim "
            "fabric",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Rose Embroidered Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in indigo wide-leg jeans and a white shirt tucked in, holding a takeaway coffee cup, cafe terrace
    # behind, front view.
    # adapter: none
    case(
        "X435-040",
        caption("a man in a white shirt and jeans holding a cup of coffee", "pronoun"),
        wearing("a white shirt and wide leg jeans", who="she"),
        color_of("jeans", "blue"),
        fit("wide"),
        D.material("denim Question: what is the color of the shirt? Answer: white", "leak"),
        title="Women Indigo Wide Leg Jeans",
        category="Jeans",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in a long-sleeve blue-and-white railroad-striped denim shirt (one chest pocket), white shorts,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X435-041",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with denim fabric. It has a lapel "
            "neckline. The shorts the lady wears is of short length. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and white shorts"),
        B.pattern("striped"),
        B.color("blue"),
        details("shirt", "thin stripes and a pocket on the chest"),
        D.material("striped", "restated"),
        title="Women Blue Striped Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a grey acid-wash denim mini skirt and a pink hoodie, white brick wall, front view.
    # adapter: none
    case(
        "X435-042",
        caption("a woman in a pink sweatshirt and a gray skirt"),
        D.wearing("a pink hoodie and a denim skirt"),
        color_of("skirt", "pink", "other_garment_color"),
        D.details("the details of the skirt", "non_answer"),
        is_a("skirt", "yes"),
        B.material("the skirt is made of", "cut"),
        title="Women Grey Acid Wash Denim Mini Skirt",
        category="Skirts",
        color="Grey",
    ),
    # photo: model in light blue wide-leg denim dungarees (bib pocket) over a yellow-and-white striped tee, holding
    # sunflowers, bare head, white backdrop, front view.
    # adapter: none
    case(
        "X435-043",
        caption("a woman in overalls holding sunflowers"),
        D.wearing("overalls and a yellow striped shirt"),
        B.color("yellow", "other_garment_color"),
        B.garment_type("jumpsuit"),
        D.description(
            "light blue overalls with wide legs and a bib pocket and a hat",
            "unsupported",
        ),
        D.material("denim"),
        title="Women Light Blue Wide Leg Denim Dungarees",
        category="Dungarees",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in mid-blue straight jeans, camel wool coat open over a white tee, city street, front view.
    # caption, fit: adapter
    case(
        "X435-044",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat, white shirt and jeans"),
        color_of("jeans", "brown", "other_garment_color"),
        B.garment_type("jeans"),
        fit(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a short-sleeve mid-blue denim shirt knotted at the waist, white midi skirt, white backdrop,
    # front view.
    # adapter: none
    case(
        "X435-045",
        caption("a woman in a denim shirt tied at the waist and a white skirt"),
        D.wearing("a denim shirt and skirt"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("shirt", "blue"),
        D.details("the shirt is tied at the front"),
        D.material("blue", "restated"),
        title="Women Blue Short Sleeve Tie-Front Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mid-blue sleeveless denim jacket (vest) over a black short-sleeve tee, black jeans, plain grey
    # backdrop, front view.
    # adapter: none
    case(
        "X435-046",
        caption("a woman wearing a denim vest and a black shirt"),
        D.wearing("a jean vest over a black t-shirt"),
        B.garment_type("vest"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("black", "other_garment_color"),
        D.material("denim"),
        title="Women Blue Sleeveless Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
]
