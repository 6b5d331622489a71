"""BLIND_457 (46 products; women's sportswear and athleisure from a global sports brand): written blind in the forty-
seventh session. Measured blind at 4580d70 (the session's rules as they stood): 104/130 failures found (80.0%) and
9/160 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: the English catalog feed of a global sports brand's women's range: sports bras (racerback, longline,
strappy, zip-front, printed), full-length and 7/8 tights and leggings, running and bike shorts, track jackets and
running jackets, tees and tanks, hoodies and sweatshirts. Photos are studio shots on a model (front, side or back
view) against grey, white or cream backdrops, sometimes a white wall, a brick wall, a plant, a yoga mat or a phone in
a pocket; one is a flat lay. The product is almost always worn with another piece of the range (a bra with tights, a
tee with shorts), so most photos show two garments. Seller colors use the brand's own names (Legend Ink, Pulse Lime,
Wonder Mauve, Pink Tint, Olive Strata, Chalk White, Volt...). Each row has title, category, color and gender; three
rows miss one column, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment above the case names the caption adapter of the original
experiments. The adapter writes the DeepFashion-MultiModal template ("The lady wears a long-sleeve jacket with color
block patterns. The jacket is with cotton fabric. ..."), has no end token, runs to its limit (50 new tokens for a
caption, 30 for an answer) and carries hit_limit=True; asked a question, it returns the template. The closed
questions (garment_type, color, pattern, sleeve_length, fit, length, the per-piece colors and "Is this a ...?") come
from enrich's `--engine reference`: a value from the candidate set, never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's brand color: blue for navy, Collegiate Navy or Wonder Blue; purple for
  lilac or Purple Burst; pink for mauve, Wonder Mauve, fuchsia or coral; orange for coral; yellow or green for Volt
  and Pulse Lime (neon green too); green for Olive Strata and Silver Green; red or maroon for burgundy; grey for grey
  heather; white for Chalk White or Off White; beige or tan for Sand. Legend Ink (a navy) given as black, and Pink
  Tint given as white, are contradictions.
- Garment synonyms are correct: leggings, yoga pants and pants for tights; crop top or bra for a sports bra; shorts
  and bike shorts; sweatshirt or hoodie for a hoodie; jacket for a full-zip hoodie and for a track or running jacket;
  shirt, t-shirt or top for a tee; shirt or top for a tank. A sports bra called a tank top (the reference engine or
  the adapter's template) or a bikini top, a pullover hoodie or a half-zip top called a jacket, a track jacket with
  no hood called a hoodie, split running shorts called a skirt, are contradictions.
- Colors across pieces: a text that gives a garment (the product or the other piece worn with it) the color of
  another piece in the photo is other_garment_color (the bra's navy for the shorts, the shorts' green for the tee, a
  "black shirt and black leggings" where the leggings are grey). A color no piece has (the purple of a yoga mat for
  the top, Legend Ink as black, pale pink as white) and a print or trim color given as the garment's color (the green
  lettering of an off-white sweatshirt, the pink dots of a black tee, the green stripes of a white jacket) are
  contradiction. Two pieces in the same color, said so ("gray sports bra and gray leggings"), are correct.
- Walls, backdrops and props named with their own colors (a white wall, a purple yoga mat, a plant) are correct.
- Patterns: sleeve stripes on a track jacket are "striped" (correct); a color-block jacket described as striped, a
  big chest graphic answered "solid", a camo print called floral, a plain hoodie called striped are contradictions.
- Invented things the photo does not show (a zipper on a pullover hoodie, a mesh panel or a pocket on a back the
  front view hides, a slit, sneakers on a photo cropped at the knees, headphones, a watch, a towel, a track in a
  studio shot, a flower print on lettering, reflective stripes, a back zipper) are unsupported. A sport the garment
  does not suit (swimming for a sports bra) is unsupported.
- Materials: polyester, nylon, spandex, lycra, mesh, knit, fleece and cotton on technical or plain fabrics are
  correct when the title names nothing else; a material that contradicts the title (cotton for nylon tights) is
  unsupported. A material answer that names the garment, its color or its print is restated; "nothing", "unknown",
  "i don't know" and the empty answer are non_answer, as are "they are short", "it is a sports bra", "shorts" or "the
  hoodie" for the details question.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut, even where it invents an accessory or a cotton fabric on the way; the template returned for the material
  question is restated. Where the template misnames the garment (a sports bra as a tank top) or the print (floral for
  camo), the contradiction is what the auditor sees first; hit_limit is kept.
- A base answer that ends on "with a" or "made of" is cut (no hit_limit); a base answer that runs on into
  "Question: ... Answer: ..." is leak, even where its first words are right; a short repeated word or phrase that the
  base model stops on by itself ("pink dots, pink dots, ...") is loop.
- "he", "he's" or "a man" for a woman is pronoun, even where the garment and colors are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_bra = question("color_sports_bra", "What is the color of the sports bra?", "closed")
color_tights = question("color_tights", "What is the color of the tights?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
activity = question("activity", "What activity is this outfit for?", "open")
printed = question("printed", "What is printed on the garment?", "open")

BLIND_457 = [
    # photo: model in a black racerback sports bra with a small white logo, black full-length tights, plain grey
    # backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-001",
        caption("a woman in a black sports bra and black leggings"),
        D.wearing("a black sports bra and black leggings"),
        B.garment_type("tank top", "contradiction"),
        B.color("black"),
        D.details("it has a white logo on the front and a zipper in the back", "unsupported"),
        B.material("polyester and spandex"),
        title="Women's Medium-Support Racerback Sports Bra",
        category="Sports Bras",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a hot pink high-neck sports bra and black tights, standing against a white wall, front view.
    # all texts: base model and reference engine
    case(
        "X457-002",
        caption("a woman in a pink sports bra and black leggings standing against a white wall"),
        D.wearing("a pink sports bra and black leggings"),
        B.color("black", "other_garment_color"),
        neckline("high neck"),
        B.material("the sports bra is pink", "restated"),
        is_a("sports bra", "yes"),
        title="Women's High-Neck Medium-Support Sports Bra",
        category="Sports Bras",
        color="Hyper Pink",
        gender="Women",
    ),
    # photo: model in black full-length high-rise tights and a white cropped tee, grey backdrop, front view.
    # caption, details: adapter
    case(
        "X457-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black leggings"),
        B.color("white", "other_garment_color"),
        color_tights("black"),
        D.details(
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants this lady wears is of long",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        title="Women's High-Rise Full-Length Nylon Tights",
        category="Tights & Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: model in navy 7/8 tights (stop above the ankle) and a lilac sports bra, grey studio backdrop.
    # all texts: base model and reference engine
    case(
        "X457-004",
        caption("a woman in a purple sports bra and blue leggings"),
        D.wearing("a purple top and purple leggings", "other_garment_color"),
        color_tights("black", "contradiction"),
        color_bra("purple"),
        length("cropped"),
        D.description("navy blue leggings with a high waist"),
        B.material("lycra"),
        title="Women's Optime 7/8 Training Tights",
        category="Tights & Leggings",
        color="Collegiate Navy",
        gender="Women",
    ),
    # photo: model mid-stride in black 3-inch running shorts and a grey tee, side view, grey backdrop.
    # all texts: base model and reference engine
    case(
        "X457-005",
        caption("a woman in black shorts and a grey t-shirt running"),
        D.wearing("he is wearing black shorts and a grey shirt", "pronoun"),
        B.garment_type("shorts"),
        B.color("grey", "other_garment_color"),
        D.details("they are short", "non_answer"),
        B.material("black shorts", "restated"),
        title="Women's Run It 3-Inch Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in coral running shorts with a drawstring waist and a white tank top, white backdrop, front view.
    # caption: adapter
    case(
        "X457-006",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and orange shorts"),
        B.color("orange"),
        color_shorts("orange"),
        color_top("orange", "other_garment_color"),
        D.details(
            "they have a drawstring waist Question: what is the length of the shorts? Answer: short",
            "leak",
        ),
        B.material("unknown", "non_answer"),
        title="Women's Run It 3-Inch Running Shorts",
        category="Shorts",
        color="Coral Chalk",
        gender="Women",
    ),
    # photo: model in a black track jacket with three white stripes down the sleeves, worn open over a white tee,
    # black tights; zip side pockets visible; grey backdrop.
    # all texts: base model and reference engine
    case(
        "X457-007",
        caption("a woman in a black and white track jacket"),
        D.wearing("a black jacket, a black shirt and black pants", "other_garment_color"),
        B.garment_type("hoodie", "contradiction"),
        B.color("black"),
        B.pattern("striped"),
        D.details("it has a zipper and two pockets"),
        title="Women's Tiro Track Jacket",
        category="Jackets",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a zipped-up color-block track jacket, dark navy body with burgundy shoulder panels, grey
    # backdrop, front view.
    # caption: adapter
    case(
        "X457-008",
        caption(
            "The female is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "It has a standing neckline. The female is wearing a long-sleeve jacket with color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and red jacket"),
        B.garment_type("jacket"),
        B.color("black", "contradiction"),
        B.pattern("color block"),
        B.material("leather", "unsupported"),
        title="Women's Colorblock Track Jacket",
        category="Jackets",
        color="Legend Ink/Burgundy",
        gender="Women",
    ),
    # photo: model in an oversized white cotton tee with a large black logo graphic across the chest, tucked into
    # black bike shorts, grey backdrop.
    # all texts: base model and reference engine
    case(
        "X457-009",
        caption("a woman wearing a white t-shirt with a black logo"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        B.garment_type("t-shirt"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        fit("oversized"),
        printed("a logo Question: what is the logo? Answer: the brand logo", "leak"),
        title="Women's Oversized Logo Graphic Tee",
        category="T-Shirts",
        color="White/Black",
        gender="Women",
    ),
    # photo: model in a fitted sky blue short-sleeve running tee with a small chest logo and black shorts, white
    # backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-010",
        caption("a woman in a blue shirt and black shorts"),
        B.color("blue"),
        D.description(
            "a light blue t-shirt with a round neck and a logo on the sleeve",
            "unsupported",
        ),
        D.details("it has a mesh panel on the back", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("i don't know", "non_answer"),
        title="Women's Breathe Running Tee",
        category="T-Shirts",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: model in a grey heather pullover hoodie with a kangaroo pocket and black joggers, white wall behind.
    # description: adapter
    case(
        "X457-011",
        caption(
            "a man in a grey hoodie and black pants standing in front of a white wall",
            "pronoun",
        ),
        B.garment_type("jacket", "contradiction"),
        B.color("grey"),
        D.wearing("a gray sweatshirt and black pants"),
        D.details("it has a hood and a kangaroo pocket"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Women's Essentials Fleece Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Grey Heather",
        gender="Women",
    ),
    # photo: model in a lilac cropped pullover hoodie (no zip, white drawcords) and black high-waist tights, grey
    # backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-012",
        caption("a woman in a purple hoodie and black leggings"),
        B.color("purple"),
        B.garment_type("jacket", "contradiction"),
        D.wearing("a lavender sweatshirt and black leggings"),
        D.description("a purple hoodie with a white drawstring and a zipper", "unsupported"),
        B.material("cotton Question: what is the color of the pants? Answer: black", "leak"),
        title="Women's Cropped Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a black full-zip hoodie worn open over a white sports bra, black tights, grey backdrop.
    # caption: adapter
    case(
        "X457-013",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and a white sports bra and black", "cut"),
        B.garment_type("hoodie"),
        B.color("white", "other_garment_color"),
        color_bra("white"),
        is_a("jacket", "yes"),
        title="Women's Full-Zip Training Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive longline sports bra with a wide underband and matching olive tights, grey backdrop.
    # all texts: base model and reference engine
    case(
        "X457-014",
        caption("a woman in a green sports bra and green leggings"),
        D.wearing("a green crop top and green leggings"),
        B.garment_type("sports bra"),
        B.color("green"),
        D.details("it has a wide band at the bottom"),
        title="Women's Longline Medium-Support Sports Bra",
        category="Sports Bras",
        color="Olive Strata",
        gender="Women",
    ),
    # photo: back view of a model in a black strappy sports bra (criss-cross straps) and black tights, grey backdrop.
    # all texts: base model and reference engine
    case(
        "X457-015",
        caption("the back of a woman wearing a black sports bra with straps"),
        D.wearing("a black bikini top and black leggings", "contradiction"),
        B.garment_type("sports bra"),
        B.color("black"),
        D.details("it has criss cross straps on the back"),
        activity("swimming", "unsupported"),
        B.material("nylon"),
        title="Women's Strappy Light-Support Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink, purple and blue tie-dye sports bra and black tights, white backdrop, front view.
    # caption: adapter
    case(
        "X457-016",
        caption(
            "The lady wears a tank tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("tie-dye"),
        B.color("pink"),
        color_tights("black"),
        D.wearing("he is wearing a pink and purple sports bra and black leggings", "pronoun"),
        B.material("the sports bra is pink and purple", "restated"),
        title="Women's Printed Medium-Support Sports Bra",
        category="Sports Bras",
        color="Multicolor",
        gender="Women",
    ),
    # photo: model in black 8-inch bike shorts and a white tank top, white wall behind, front view.
    # details: adapter
    case(
        "X457-017",
        caption("a woman in a white tank top and black bike shorts"),
        B.garment_type("shorts"),
        B.color("black"),
        color_top("black", "other_garment_color"),
        D.wearing("a white tank top and black shorts"),
        D.details(
            "The shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. The shorts this lady wears is of",
            "loop",
            hit_limit=True,
        ),
        B.material("it is made of", "cut"),
        title="Women's 8\" Bike Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in neon lime split-hem running shorts and a black crop tank, grey backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-018",
        caption("a woman in a black tank top and neon green shorts"),
        B.color("yellow"),
        color_shorts("green"),
        color_top("green", "other_garment_color"),
        B.garment_type("skirt", "contradiction"),
        D.details("shorts", "non_answer"),
        title="Women's Run Split Shorts 3-Inch",
        category="Shorts",
        color="Pulse Lime",
        gender="Women",
    ),
    # photo: model in a white racerback running tank with a small black logo and black shorts, hands on hips,
    # grey backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-019",
        caption("a woman in a white tank top and black shorts with her hands on her hips"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("white"),
        D.wearing("a white shirt and black shorts"),
        D.description(
            "a white tank top with a black logo on the front and a zipper pocket on the back",
            "unsupported",
        ),
        B.material("the tank top is white", "restated"),
        title="Women's Racerback Running Tank",
        category="Tank Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in fuchsia full-length tights with a side phone pocket and a white tee, grey backdrop, front view.
    # caption, wearing: adapter
    case(
        "X457-020",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long",
            "loop",
            hit_limit=True,
        ),
        color_tights("pink"),
        B.color("pink"),
        B.material("pink leggings", "restated"),
        D.wearing(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        D.details("there is a pocket on the side and a zipper on the back", "unsupported"),
        title="Women's Running Tights with Pocket",
        category="Tights & Leggings",
        color="Pink Fuchsia",
        gender="Women",
    ),
    # photo: model in a plain burgundy oversized fleece hoodie with a small chest logo, gray wall behind.
    # all texts: base model and reference engine
    case(
        "X457-021",
        caption("a woman in a red hoodie standing in front of a gray wall"),
        B.color("red"),
        B.garment_type("hoodie"),
        B.pattern("striped", "contradiction"),
        D.wearing("he is wearing a red hoodie", "pronoun"),
        D.details("the hoodie", "non_answer"),
        title="Women's Oversized Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a black training tee with a small pink and white dot print and grey tights, white backdrop.
    # all texts: base model and reference engine
    case(
        "X457-022",
        caption("a woman in a black shirt with pink polka dots"),
        D.wearing("a black shirt and black leggings", "other_garment_color"),
        B.pattern("polka dot"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.description("a black t-shirt with pink and white dots"),
        D.details("pink dots, pink dots, pink dots, pink dots", "loop"),
        title="Women's Printed Training Tee",
        category="T-Shirts",
        color="Black/Multi",
        gender="Women",
    ),
    # photo: model in a white retro track jacket with green stripes down the sleeves, half zipped, black tights,
    # grey backdrop.
    # caption: adapter
    case(
        "X457-023",
        caption(
            "The female is wearing a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The pants the female wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        B.color("green", "contradiction"),
        B.garment_type("jacket"),
        D.wearing("a white jacket with green stripes and green pants", "other_garment_color"),
        is_a("hoodie", "no"),
        B.material(
            "polyester Question: what is the color of the stripes? Answer: green",
            "leak",
        ),
        title="Women's Retro Track Jacket",
        category="Jackets",
        color="White/Green",
        gender="Women",
    ),
    # photo: studio shot of a model in a neon yellow-green hooded packable running jacket, zipped, black tights,
    # plain white backdrop.
    # all texts: base model and reference engine
    case(
        "X457-024",
        caption(
            "a woman in a yellow jacket and black leggings running on a track",
            "unsupported",
        ),
        B.color("yellow"),
        B.garment_type("jacket"),
        D.details("it has a hood and a zipper"),
        B.material("nylon nylon nylon nylon nylon", "loop"),
        activity("running Question: what is the weather like? Answer: it is raining", "leak"),
        title="Women's Packable Running Jacket",
        category="Jackets",
        color="Volt",
        gender="Women",
    ),
    # photo: model in a white light-support yoga bra and sand-colored tights, cream backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-025",
        caption("a woman in a white sports bra and beige leggings"),
        B.color("beige", "other_garment_color"),
        color_bra("white"),
        color_tights("white", "other_garment_color"),
        D.wearing("a white bra and tan leggings"),
        D.details("it is a sports bra", "non_answer"),
        B.material("cotton"),
        title="Women's Light-Support Cotton-Blend Yoga Bra",
        category="Sports Bras",
        color="Chalk White",
        gender="Women",
    ),
    # photo: model in olive and khaki camo-print 7/8 tights (camo waistband) and a black sports bra, grey backdrop.
    # caption: adapter
    case(
        "X457-026",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings with floral patterns. The leggings are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("camouflage"),
        B.color("green"),
        D.wearing("a black sports bra and camouflage leggings"),
        D.description("green and brown camo leggings with a black waistband", "unsupported"),
        B.material("camouflage", "restated"),
        title="Women's Camo Print 7/8 Tights",
        category="Tights & Leggings",
        color="Olive/Khaki",
        gender="Women",
    ),
    # photo: model in a pale pink cropped cotton tee and grey sweatpants, white backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-027",
        caption("a woman in a pink crop top and gray sweatpants"),
        B.garment_type("t-shirt"),
        B.color("white", "contradiction"),
        length("cropped"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.details("", "non_answer"),
        B.material("cotton"),
        title="Women's Cropped Cotton Tee",
        category="T-Shirts",
        color="Pink Tint",
        gender="Women",
    ),
    # photo: model in a navy long-sleeve half-zip running top with a small reflective logo and black tights, grey
    # backdrop.
    # details: adapter
    case(
        "X457-028",
        caption("a woman in a blue long sleeve shirt and black leggings"),
        B.sleeve_length("long sleeves"),
        B.color("navy"),
        B.garment_type("jacket", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a standing neckline. "
            "The upper clothing has long sleeves",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a navy blue shirt with a zipper on the front and reflective stripes on the sleeves",
            "unsupported",
        ),
        title="Women's Half-Zip Long Sleeve Running Top",
        category="Long Sleeve Tops",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a mauve pullover hoodie and matching mauve joggers, grey backdrop, front view (gender column
    # missing in the feed).
    # caption, material: adapter
    case(
        "X457-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("hoodie"),
        B.color("pink"),
        D.wearing("a pink sweatshirt and pink sweatpants"),
        D.details("it has a hood with a drawstring and a pocket"),
        B.material(
            "The sweater is with cotton fabric. It has a round neckline. The lady wears a long-sleeve sweater with "
            "pure color patterns. The sweater",
            "restated",
            hit_limit=True,
        ),
        title="Women's Essentials Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Wonder Mauve",
    ),
    # photo: model in a slim dark grey heather tee with a small chest logo and black shorts, beside a potted plant,
    # white brick wall behind.
    # all texts: base model and reference engine
    case(
        "X457-030",
        caption("a woman in a gray t-shirt and black shorts standing next to a plant in front of a white brick wall"),
        B.color("grey"),
        fit("loose", "contradiction"),
        D.wearing("a grey shirt and black shorts"),
        D.details("it has a small logo on the chest"),
        color_shorts("grey", "other_garment_color"),
        B.material("shirt", "restated"),
        title="Women's Essential Slim Tee",
        category="T-Shirts",
        color="Dark Grey Heather",
        gender="Women",
    ),
    # photo: back view of a model in dark navy running shorts with three white side stripes and a white tee, grey
    # backdrop.
    # all texts: base model and reference engine
    case(
        "X457-031",
        caption("the back of a woman in black shorts and a white shirt", "contradiction"),
        color_shorts("blue"),
        B.pattern("striped"),
        D.wearing("shorts and a t-shirt"),
        D.details("they have white stripes on the side"),
        B.material(
            "the shorts are made of Question: what is the material of the shorts? Answer: polyester",
            "leak",
        ),
        title="Women's 3-Stripe Running Shorts",
        category="Shorts",
        color="Legend Ink/White",
        gender="Women",
    ),
    # photo: model in a black high-support zip-front sports bra with wide straps and black shorts, grey backdrop.
    # material: adapter
    case(
        "X457-032",
        caption("a woman in a black sports bra with a zipper"),
        D.details(
            "the zipper is on the front Question: what are the straps like? Answer: they are wide",
            "leak",
        ),
        B.garment_type("sports bra"),
        B.color("black"),
        is_a("sports bra", "yes"),
        B.material(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape. The "
            "shorts this lady",
            "restated",
            hit_limit=True,
        ),
        D.wearing(
            "a black sports bra, black shorts and a white towel around her neck",
            "unsupported",
        ),
        title="Women's High-Support Zip-Front Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: model in black flared yoga leggings and a white tank, holding a rolled purple yoga mat, grey backdrop.
    # all texts: base model and reference engine
    case(
        "X457-033",
        caption("a woman in black yoga pants and a white tank top holding a purple yoga mat"),
        B.color("black"),
        B.garment_type("pants"),
        D.wearing("black pants and a white top"),
        color_top("purple", "contradiction"),
        activity("yoga"),
        D.description(
            "black flared pants with a wide waistband and a slit at the hem",
            "unsupported",
        ),
        title="Women's Flared Yoga Leggings",
        category="Tights & Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a model in a light pink track jacket with white sleeve stripes and a large logo across the
    # shoulders, grey backdrop; a hair tie on her wrist.
    # caption: adapter
    case(
        "X457-034",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.garment_type("hoodie", "contradiction"),
        D.wearing("a man wearing a pink jacket", "pronoun"),
        printed("a logo"),
        B.pattern("striped"),
        title="Women's Track Jacket",
        category="Jackets",
        color="Clear Pink",
        gender="Women",
    ),
    # photo: model in an off-white crew sweatshirt with green lettering across the chest and blue jeans, white
    # backdrop.
    # all texts: base model and reference engine
    case(
        "X457-035",
        caption("a woman in a white sweatshirt with green writing"),
        B.color("green", "contradiction"),
        B.pattern("graphic"),
        B.garment_type("sweatshirt"),
        printed("a picture of a flower", "unsupported"),
        B.material("it's made of cotton"),
        D.wearing("a white sweatshirt and blue jeans and blue jeans and blue jeans", "loop"),
        title="Women's Graphic Crew Sweatshirt",
        category="Hoodies & Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: model in grey heather seamless tights and a matching grey sports bra, grey backdrop, front view.
    # details: adapter
    case(
        "X457-036",
        caption("a woman in a gray sports bra and gray leggings"),
        color_bra("grey"),
        color_tights("grey"),
        B.garment_type("sports bra", "contradiction"),
        D.wearing("a grey top and grey leggings"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        B.material("nothing", "non_answer"),
        title="Women's Seamless Tights",
        category="Tights & Leggings",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a black sports bra with sheer mesh front panels and black-and-white printed tights; the photo
    # is cropped at the knees; grey backdrop.
    # all texts: base model and reference engine
    case(
        "X457-037",
        caption("a woman in a black sports bra and black and white leggings"),
        B.color("white", "other_garment_color"),
        D.details("it has mesh on the front"),
        D.wearing(
            "a black sports bra, black and white leggings and a pair of white sneakers",
            "unsupported",
        ),
        B.material("mesh"),
        is_a("sports bra", "yes"),
        title="Women's Mesh Medium-Support Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: model in a loose white training tee knotted at the waist and black tights, white wall behind (color
    # column missing in the feed).
    # description: adapter
    case(
        "X457-038",
        caption("a woman in a white shirt standing in front of a white wall"),
        B.color("white"),
        fit("loose"),
        B.sleeve_length("short sleeves"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it is knotted at the waist"),
        D.wearing("", "non_answer"),
        title="Women's Loose Fit Training Tee",
        category="T-Shirts",
        gender="Women",
    ),
    # photo: model in light blue woven running shorts and a navy sports bra, grey backdrop, front view.
    # caption: adapter
    case(
        "X457-039",
        caption(
            "The shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns. Her tank top has no sleeves, cotton",
            "cut",
            hit_limit=True,
        ),
        B.color("navy", "other_garment_color"),
        color_shorts("blue"),
        D.wearing("light blue shorts and a navy sports bra"),
        D.details("the shorts", "non_answer"),
        B.material("polyester"),
        title="Women's Woven Running Shorts",
        category="Shorts",
        color="Wonder Blue",
        gender="Women",
    ),
    # photo: model in a black full-zip hoodie, zipped, hood up, black joggers, grey backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-040",
        caption("a woman in a black hoodie with the hood up"),
        B.garment_type("jacket"),
        B.color("black"),
        D.details("it has a zipper, a hood and pockets on the side"),
        B.material("black hoodie", "restated"),
        D.wearing("a black hoodie and black pants and a pair of headphones", "unsupported"),
        title="Women's Full-Zip Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay of a purple strappy sports bra on a white background, no model.
    # details: adapter
    case(
        "X457-041",
        caption("a purple sports bra on a white background"),
        D.wearing(
            "a purple sports bra Question: what is the person wearing? Answer: a purple sports bra",
            "leak",
        ),
        B.garment_type("sports bra"),
        B.color("purple"),
        D.details(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is suspenders. "
            "Her tank top has no sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        B.material("the sports bra is made of", "cut"),
        title="Women's Strappy Sports Bra",
        category="Sports Bras",
        color="Purple Burst",
        gender="Women",
    ),
    # photo: side view of a model in black high-waisted tights with a phone in the side pocket and a black crop top,
    # grey backdrop, no watch or jewelry (gender column missing in the feed).
    # all texts: base model and reference engine
    case(
        "X457-042",
        caption("a woman in black leggings with a phone in the pocket"),
        D.details("it has pockets on the sides"),
        B.color("black"),
        is_a("leggings", "yes", article="a pair of"),
        D.wearing("a black top and black leggings and a watch on her wrist", "unsupported"),
        B.material("the leggings are black", "restated"),
        title="Women's High-Waisted Pocket Tights",
        category="Tights & Leggings",
        color="Black",
    ),
    # photo: model in an oversized pale sage green cotton tee and black bike shorts, beige backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-043",
        caption("a woman in a green shirt and black shorts"),
        B.color("green"),
        color_shorts("green", "other_garment_color"),
        D.wearing("he is wearing a green shirt and black shorts", "pronoun"),
        D.description("a light green t-shirt with a", "cut"),
        fit("oversized"),
        title="Women's Oversized Cotton Tee",
        category="T-Shirts",
        color="Silver Green",
        gender="Women",
    ),
    # photo: model in a maroon seamless long-sleeve top with thumbholes and matching maroon tights, grey backdrop;
    # no jewelry.
    # caption, details: adapter
    case(
        "X457-044",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.color("red"),
        B.garment_type("tank top", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The upper clothing has "
            "long sleeves, knitting fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt and black leggings", "contradiction"),
        title="Women's Seamless Long Sleeve Top",
        category="Long Sleeve Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a two-piece training set: black sports bra and pink bike shorts, white backdrop, front view.
    # all texts: base model and reference engine
    case(
        "X457-045",
        caption("a woman in a black sports bra and pink shorts"),
        color_bra("pink", "other_garment_color"),
        color_shorts("pink"),
        D.wearing("a black and pink outfit"),
        is_a("dress", "yes", "contradiction"),
        B.material(
            "it's made of spandex Question: what is the color of the shorts? Answer: pink",
            "leak",
        ),
        title="Women's Two-Piece Training Set",
        category="Sets",
        color="Black/Pink",
        gender="Women",
    ),
    # photo: model in a color-block half-zip windbreaker (white body, blue and pink panels) and black tights, grey
    # backdrop.
    # details: adapter
    case(
        "X457-046",
        caption("a woman in a white, blue and pink jacket"),
        B.pattern("color block"),
        B.color("white"),
        B.garment_type("jacket"),
        D.details(
            "The female is wearing a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "It has a standing neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he's wearing a jacket", "pronoun"),
        D.description("a white jacket with blue and pink stripes", "contradiction"),
        title="Women's Colorblock Half-Zip Windbreaker",
        category="Jackets",
        color="White/Blue/Pink",
        gender="Women",
    ),
]
