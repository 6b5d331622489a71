"""BLIND_1376 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 66/87 failures found (75.9%) and
15/190 correct texts flagged (7.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, pyjamas, nightdresses, babydolls,
robes, bras, briefs, lingerie sets, camisoles, shapewear, lounge pants, shorts, tees and sweatshirts, thermals). The
photos are the catalog's usual ones: a model on a plain white or grey backdrop wearing the product with other clothes
(a tee over lounge pants, jeans under a bra or a camisole, matching briefs under a bra), now and then a flat lay, a
back view, or a prop (a pillow, a mug, a stool, a potted plant). Catalog columns as the feed has them: title (brand,
colour, style and sometimes a style code), category (Myntra's article type), color (Myntra's base colour), gender
("Women"); the gender column is missing on a few rows, as it is in the feed.
Who wrote what: every caption and every free (open) answer, i.e. "What is ... wearing?", "Describe the ...", "What
are the ... details?", the open color questions and the material question, comes from BLIP-2 OPT-2.7b with the
epoch-2 checkpoint of the caption run (DeepFashion-MultiModal template captions, same recipe as the published epoch-1
and epoch-3 adapters: labels not masked, no end token trained). The job stops generation on a newline, which this
checkpoint emits after a template often enough, but not always: some captions run to the 50-token limit and some
answers to the 30-token limit, cut mid-sentence or looping. Because it was tuned on captions only, many free answers
are the caption template ("The lady wears a sleeveless tank top with pure color patterns...") whatever was asked; the
template has no hue names, only DeepFashion's pattern and fabric words (pure color, lattice, complicated; cotton,
other, chiffon, furry). The closed questions (garment type, colour, pattern, sleeve length, and "Is this a ...?")
come from the reference engine, which ranks a fixed list of candidate answers with the untuned base model, so they
are always one clean candidate word; they are right most of the time and wrong in the photo's way (the colour of the
tee worn with the lounge pants, the jeans under the camisole).
Labeling conventions and judgement calls: I judged every text against the photo I imagined and the title. A bra,
bralette or sports bra called a "tank top" is marked contradiction (the seller says bra); a camisole or shaping cami
called a tank top is correct. A set (lingerie set, night suit with robe) answered with one of its pieces ("bra",
"robe", "pyjamas") is left correct; a night suit's garment type answered "shirt" or "t-shirt" is marked
contradiction, since the top alone is not the product. A multi-colour pack (three briefs, two bras) given one colour
is marked contradiction. A closed colour answer that is the colour of the other garment worn with the product is
other_garment_color; an open answer that gives another (non-product) garment the product's colour, or names a prop's
colour, is contradiction. Template answers that name no hue for a colour question, or give "other fabric" for the
material question, or nothing at all, are non_answer; "It is a nightshirt." and "The shapewear is a shapewear." are
restated. Invented materials (chiffon or cotton for satin, silk for a polyester satin robe, cotton for a nylon
shaper), invented trims, pockets, bows, accessories and rings, and front details described from a back view are
unsupported. "he"/"His"/"The gentleman" for the women's models are pronoun. Texts that ran to the token limit are
hit_limit=True and labelled by what went wrong: loop when they repeat, leak when they carry "Question: ... Answer:",
otherwise cut. Near colours are accepted (lavender -> purple, coral or rust -> orange, nude or skin -> beige, burgundy
-> maroon, teal -> green, grey melange or charcoal -> grey). A sleeve-length answer for lounge pants (the tee's
sleeves) is marked contradiction; a three-quarter sleeve answered "long" is marked contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1376 = [
    # Photo: model on white backdrop in a pink cotton night suit, short-sleeve round-neck top with a cat graphic and
    # long pyjamas with the same all-over print. Caption and open answers: epoch-2 caption adapter; closed: engine.
    case(
        "X1376-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic patterns."
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a long trousers."),
        Q.garment_type("pyjamas"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.material("The T-shirt is with cotton fabric."),
        gender=W,
        title="Clovia Women Pink Printed Night Suit NS0921P22",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a black moulded T-shirt bra with plain black briefs, cropped at mid-thigh, grey backdrop.
    # Caption and open answers: adapter (the bra becomes a tank top; the details loop); closed: engine.
    case(
        "X1376-002",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of short length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("The lady wears a sleeveless tank top with pure color patterns.", "contradiction"),
        Q.garment_type("bra"),
        Q.color("black"),
        is_a("bra", "yes"),
        details(
            "bra",
            "The bra has no sleeves, cotton fabric and pure color patterns. The neckline of it is suspenders. The bra "
            "has no sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Zivame Women Black Solid Non-Wired Lightly Padded T-shirt Bra ZI1F2C",
        category="Bra",
        color="Black",
    ),
    # Photo: model in navy-and-white striped pyjama bottoms with a plain white short-sleeve tee, white backdrop.
    # Caption, open colour and description: adapter; closed: engine (picks the tee's white).
    case(
        "X1376-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and striped patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        color_of("pyjamas", "navy blue and white", kind="open"),
        describe(
            "pyjamas",
            "The pyjamas are with cotton fabric and striped patterns. The lady wears a long trousers. The trousers are "
            "with cotton fabric and striped patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        gender=W,
        title="Sweet Dreams Women Navy Blue & White Striped Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
    ),
    # Photo: model in grey melange drawstring lounge pants with side pockets, a black cropped tee and white sneakers.
    # Caption and open answers: adapter (caption runs to the limit); closed: engine (sleeve length is the tee's).
    case(
        "X1376-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("pants", "The pants are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details("pants", "The pants have an elastic waistband with a drawstring and two side pockets."),
        Q.material("cotton"),
        Q.sleeve_length("short", "contradiction"),
        gender=W,
        title="Jockey Women Grey Melange Solid Lounge Pants 1301",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a maroon satin slip nightdress to the knee, spaghetti straps, lace trim at the V-neck.
    # Caption and open answers: adapter (template says chiffon); closed: engine.
    case(
        "X1376-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "unsupported",
        ),
        wearing("She is wearing a maroon satin nightdress.", who="she"),
        Q.garment_type("nightdress"),
        Q.color("maroon"),
        describe(
            "nightdress",
            "The nightdress has no sleeves, other fabric and pure color patterns. The neckline of it is v-shape. It is "
            "of knee length and has lace trim at the neckline and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender=W,
        title="Bannos Swagger Women Maroon Satin Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: flat lay on white, a nude padded wired T-shirt bra, no model. Caption and open answers: adapter (the
    # "wearing" prompt gets the template's lady in a tank top); closed: engine.
    case(
        "X1376-006",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is suspenders."
        ),
        wearing("The lady wears a sleeveless tank top with pure color patterns.", "contradiction"),
        Q.color("beige"),
        is_a("bra", "yes"),
        details("bra", "The bra has padded cups with underwire and adjustable straps."),
        Q.material("The upper clothing has no sleeves, other fabric and pure color patterns.", "non_answer"),
        gender=W,
        title="Amante Women Nude-Coloured Solid Padded Wired T-shirt Bra BRA10601",
        category="Bra",
        color="Nude",
    ),
    # Photo: model in a lavender oversized short-sleeve lounge tee with grey lounge shorts, white backdrop.
    # Caption and open answers: adapter (caption uses "His"); closed: engine.
    case(
        "X1376-007",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "this person wears is of short length. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("The person wears a short-sleeve T-shirt with pure color patterns and a three-point shorts."),
        Q.color("purple"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        describe(
            "t-shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "T-shirt has short sleeves, cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Kanvin Women Lavender Solid Oversized Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
    ),
    # Photo: model in a pink cotton A-line nightdress to the knee, white floral print, short sleeves, round neck,
    # short button placket, no pockets. Caption and open answers: adapter; closed: engine.
    case(
        "X1376-008",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline."
        ),
        wearing("The lady wears a short-sleeve dress with floral patterns."),
        describe(
            "nightdress",
            "The nightdress has short sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "nightdress has short sleeves, cotton fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        details("nightdress", "It has a button placket at the front and a pocket on the chest.", "unsupported"),
        Q.color("pink"),
        is_a("dress", "yes"),
        gender=W,
        title="Dreamz by Pantaloons Women Pink Floral Print Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: model in a red lace bralette and matching red lace briefs, white backdrop. Caption and open answers:
    # adapter; closed: engine (garment type answers the set with its top, left correct).
    case(
        "X1376-009",
        caption(
            "The upper clothing has no sleeves, other fabric and complicated patterns. The neckline of it is "
            "suspenders. The lower clothing is of short length. The fabric is other and it has complicated patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top with complicated patterns and a three-point shorts.",
            "contradiction",
        ),
        Q.garment_type("bra"),
        Q.color("red"),
        Q.material("The fabric is other and it has complicated patterns.", "non_answer"),
        Q.pattern("lace"),
        gender=W,
        title="PrettySecrets Women Red Lace Lingerie Set",
        category="Lingerie Set",
        color="Red",
    ),
    # Photo: model in an ivory waffle-cotton robe to the knee, long sleeves, shawl collar, tie belt, two patch
    # pockets. Caption and open answers: adapter (the robe becomes a coat); closed: engine.
    case(
        "X1376-010",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is a belt.",
            "contradiction",
        ),
        wearing("a white bathrobe"),
        Q.color("white"),
        Q.sleeve_length("long"),
        details("robe", "The robe has a belt at the waist and two patch pockets."),
        color_of("robe", "The robe is with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        Q.material("cotton"),
        gender=W,
        title="Marks & Spencer Women Ivory Solid Waffle Cotton Robe",
        category="Robe",
        color="Off White",
    ),
    # Photo: model in nude high-waist shaping shorts to mid-thigh with a matching nude bra. Caption and open answers:
    # adapter; closed: engine (leggings is wrong, they stop at mid-thigh).
    case(
        "X1376-011",
        caption(
            "The lower clothing is of medium short length. The fabric is other and it has pure color patterns. The "
            "upper clothing has no sleeves, other fabric and pure color patterns."
        ),
        Q.garment_type("leggings", "contradiction"),
        Q.color("beige"),
        is_a("pair of shorts", "yes"),
        describe("shapewear", "The shapewear is a shapewear.", "restated"),
        details("shapewear", "The shapewear is of medium short length with a high waist."),
        gender=W,
        title="Triumph Women Nude-Coloured Solid High-Waist Shaping Shorts",
        category="Shapewear",
        color="Nude",
    ),
    # Photo: flat lay of three hipster briefs, black, pink and grey, side by side. Caption and open answers: adapter;
    # closed: engine (one colour for a three-colour pack).
    case(
        "X1376-012",
        caption("The lower clothing is of short length. The fabric is cotton and it has pure color patterns."),
        Q.color("black", "contradiction"),
        describe(
            "briefs",
            "The briefs are with cotton fabric and pure color patterns. The briefs are with cotton fabric and pure "
            "color patterns. The briefs are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.material("cotton"),
        gender=W,
        title="Shyaway Women Pack of 3 Assorted Cotton Hipster Briefs",
        category="Briefs",
        color="Multi",
    ),
    # Photo: model in a black satin babydoll, lace cups, sheer mesh skirt, spaghetti straps. Caption and open answers:
    # adapter (the details carry the prompt format); closed: engine.
    case(
        "X1376-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline."
        ),
        wearing("a black lingerie"),
        is_a("dress", "yes"),
        details(
            "babydoll",
            "Answer: The babydoll has lace cups and a sheer mesh skirt. Question: What are the babydoll details? "
            "Answer: The babydoll has",
            "leak",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Clovia Women Black Satin Babydoll with Thong BD0119",
        category="Baby Dolls",
        color="Black",
    ),
    # Photo: model in a white full-coverage bra with high-rise blue denim jeans. Caption and open answers: adapter
    # (open colour gives the jeans' blue); closed: engine.
    case(
        "X1376-014",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("bra"),
        details("bra", "The bra has wide straps and full coverage cups."),
        Q.pattern("solid"),
        gender=W,
        title="Enamor Women White Solid Non-Padded Full Coverage Bra A039",
        category="Bra",
        color="White",
    ),
    # Photo: model in peach lounge shorts with a small white heart print and a white tank top, no jewellery.
    # Caption and open answers: adapter (caption adds a ring); closed: engine.
    case(
        "X1376-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with cotton fabric and graphic patterns. This woman wears a ring.",
            "unsupported",
        ),
        Q.color("peach"),
        Q.pattern("printed"),
        wearing("a white tank top and pink shorts"),
        describe(
            "shorts",
            "The shorts are of short length. The shorts are of short length. The shorts are of short length. The "
            "shorts are of short length. The shorts",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        gender=W,
        title="Sweet Dreams Women Peach Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
    ),
    # Photo: model in a pink-and-white checked night suit, collared long-sleeve button-down top with a piped chest
    # pocket, matching long pyjamas. Caption and open answers: adapter ("His" in the answer); closed: engine.
    case(
        "X1376-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. The "
            "lower clothing is of long length. The fabric is cotton and it has lattice patterns."
        ),
        wearing(
            "His shirt has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel.", "pronoun"
        ),
        Q.pattern("checked"),
        Q.color("pink"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long"),
        details("top", "The top has a collar, buttons down the front and a chest pocket."),
        gender=W,
        title="Kryptic Women Pink & White Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a teal camisole with a small white leaf print, spaghetti straps, worn with blue jeans.
    # Caption and open answers: adapter; closed: engine (colour gives the jeans' blue).
    case(
        "X1376-017",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long pants. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("tank top"),
        color_of("camisole", "The tank top is with cotton fabric and floral patterns.", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender=W,
        title="Zivame Women Teal Printed Cotton Camisole",
        category="Camisoles",
        color="Teal",
    ),
    # Photo: model in a black fitted long-sleeve round-neck thermal top with black leggings. Caption and open
    # answers: adapter (caption and details both run to the limit); closed: engine.
    case(
        "X1376-018",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long sleeve shirt and black leggings"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.garment_type("t-shirt"),
        Q.material("The T-shirt is with knitted fabric."),
        details(
            "top",
            "It has a round neckline and long sleeves, and the fabric is soft and warm to keep the body warm in "
            "winter. It has a round",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Jockey Women Black Solid Thermal Top 2520",
        category="Thermal Tops",
        color="Black",
    ),
    # Photo: back view, model in a short navy satin kimono robe, elbow-length sleeves with lace trim at the hems,
    # belt tied at the back; the front is not seen. Caption and open answers: adapter; closed: engine.
    case(
        "X1376-019",
        caption(
            "This lady wears a medium-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. There is a belt."
        ),
        describe(
            "robe",
            "The robe is navy blue with a lace trim at the sleeves and a v-shape neckline.",
            "unsupported",
        ),
        wearing(
            "The woman wears a medium-sleeve outer clothing with pure color patterns. There is a belt. The woman wears "
            "a medium-sleeve outer clothing with pure color patterns.",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        Q.color("navy"),
        Q.sleeve_length("three-quarter"),
        Q.material("satin"),
        is_a("jacket", "no"),
        gender=W,
        title="Nite Flite Women Navy Blue Satin Kimono Robe with Lace Trim",
        category="Robe",
        color="Navy Blue",
    ),
    # Photo: model in a maroon lace bralette with black high-waist jeans. Caption and open answers: adapter (the
    # jeans get the bralette's maroon); closed: engine. Gender column missing on this row.
    case(
        "X1376-020",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long pants. The tank top is with "
            "other fabric. It has a v-shape neckline. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("maroon"),
        color_of("jeans", "maroon", "contradiction", kind="open"),
        wearing("a maroon lace bra and black jeans", who="the woman"),
        Q.pattern("lace"),
        title="Clovia Women Maroon Solid Lace Non-Padded Bralette",
        category="Bra",
        color="Maroon",
    ),
    # Photo: model in a blue cotton shorts night suit, short-sleeve tee with a teddy-bear graphic and printed shorts
    # with an elastic waist; she wears a wristwatch. Caption and open answers: adapter; closed: engine.
    case(
        "X1376-021",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with cotton fabric and graphic patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and shorts"),
        details(
            "night suit",
            "The night suit has a teddy bear print on the front and the shorts have an elastic waist. Question: What "
            "are the details of the night suit? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.sleeve_length("short"),
        gender=W,
        title="Dreamz by Pantaloons Women Blue Printed Pure Cotton Shorts Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: side view, model in olive-green cotton lounge joggers with cuffed hems and a white cropped tee.
    # Caption and open answers: adapter (the "wearing" answer runs to the limit); closed: engine (tee's white).
    case(
        "X1376-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("pants", "green", kind="open"),
        details("joggers", "The joggers are with cotton fabric and pure color patterns."),
        Q.garment_type("pants"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender=W,
        title="Kanvin Women Olive Green Solid Cotton Lounge Joggers",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: back view of a model in a black lace wired bra (plain band, hook-and-eye closure) and black briefs; the
    # cups are not seen. Caption and open answers: adapter (describes a front bow it cannot see); closed: engine.
    case(
        "X1376-023",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of short length. The fabric is cotton and it has pure color patterns."
        ),
        details("bra", "The bra has a hook and eye closure at the back."),
        describe("bra", "The bra is black with lace cups and a bow at the front.", "unsupported"),
        Q.color("black"),
        Q.pattern("lace"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts.", "contradiction"
        ),
        gender=W,
        title="Amante Women Black Lace Non-Padded Wired Bra BRA76501",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a mustard-yellow cotton maxi nightdress with a lemon print, three-quarter sleeves, round neck.
    # Caption and open answers: adapter (caption loops); closed: engine (three-quarter sleeves ranked "long").
    case(
        "X1376-024",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a medium-sleeve dress with graphic patterns. "
            "The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress"),
        Q.color("yellow"),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("printed"),
        is_a("nightdress", "yes"),
        gender=W,
        title="Sweet Dreams Women Mustard Yellow Printed Maxi Nightdress",
        category="Nightdress",
        color="Mustard",
    ),
    # Photo: model in navy cotton lounge shorts with white side piping and a grey melange tee. Caption and open
    # answers: adapter ("The gentleman"); closed: engine (the tee's grey).
    case(
        "X1376-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("shorts", "navy blue", kind="open"),
        Q.color("grey", "other_garment_color"),
        details("shorts", "The shorts have white piping on the sides and an elastic waistband."),
        Q.material("cotton"),
        gender=W,
        title="Jockey Women Navy Blue Solid Lounge Shorts 1304",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a black satin three-piece set, camisole and shorts under an open long-sleeve robe.
    # Caption and open answers: adapter (the wearing answer loops); closed: engine (answers the set with the robe).
    case(
        "X1376-026",
        caption(
            "This lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. The lady wears a three-point shorts. The shorts are with other fabric and pure color patterns."
        ),
        wearing(
            "a black robe, a black robe, a black robe, a black robe, a black robe, a black robe, a black robe, a black "
            "robe,",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("robe"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.material("The outer clothing is with other fabric.", "non_answer"),
        gender=W,
        title="Bannos Swagger Women Black Satin Night Suit with Robe",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in a purple racerback sports bra with black full-length leggings, gym pose. Caption and open
    # answers: adapter (sports bra as tank top); closed: engine (the leggings' black).
    case(
        "X1376-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("black", "other_garment_color"),
        color_of("sports bra", "purple", kind="open"),
        is_a("bra", "yes"),
        details("sports bra", "It has a racerback and a wide elastic band under the bust."),
        gender=W,
        title="Zivame Women Purple Solid Non-Padded Racerback Sports Bra",
        category="Bra",
        color="Purple",
    ),
    # Photo: model hugging a pillow, in a mint-green night suit: short-sleeve tee with a cat-face graphic and capri
    # pyjamas with white stars. Caption and open answers: adapter (caption cut); closed: engine.
    case(
        "X1376-028",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-quarter pants. The pants are with cotton fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt with a cat on it and green pants"),
        Q.color("green"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.pattern("graphic"),
        details("night suit", "The night suit has a cat print on the front of the t-shirt and stars on the pants."),
        Q.sleeve_length("short"),
        gender=W,
        title="Slumber Jill Women Mint Green Printed Capri Night Suit",
        category="Night suits",
        color="Sea Green",
    ),
    # Photo: model in plain black high-waist shaping briefs (no trims) with a black bra. Caption and open answers:
    # adapter (invents a lace trim); closed: engine.
    case(
        "X1376-029",
        caption(
            "The lower clothing is of short length. The fabric is other and it has pure color patterns. The upper "
            "clothing has no sleeves, other fabric and pure color patterns. The neckline of it is suspenders."
        ),
        wearing("black underwear"),
        describe(
            "shapewear",
            "The shapewear is black with a high waist that comes up to the belly button and a lace trim at the legs.",
            "unsupported",
        ),
        Q.color("black"),
        is_a("pair of shorts", "no"),
        Q.material("nylon"),
        gender=W,
        title="Triumph Women Black Solid High-Waist Shaping Briefs",
        category="Shapewear",
        color="Black",
    ),
    # Photo: lower-body shot of a model in white cotton hipster briefs with a logo waistband. Caption and open
    # answers: adapter (briefs as three-point shorts); closed: engine (shorts).
    case(
        "X1376-030",
        caption("The lower clothing is of short length. The fabric is cotton and it has pure color patterns."),
        Q.color("white"),
        Q.garment_type("shorts", "contradiction"),
        is_a("pair of briefs", "yes"),
        details("briefs", "The briefs have a wide elastic waistband with the brand name on it."),
        Q.material("cotton"),
        wearing(
            "The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        gender=W,
        title="Jockey Women White Solid Cotton Hipster Briefs 1406",
        category="Briefs",
        color="White",
    ),
    # Photo: model seated on a stool in a short burgundy satin chemise with a lace bodice, adjustable straps and a
    # side slit. Caption and open answers: adapter; closed: engine.
    case(
        "X1376-031",
        caption(
            "The lady wears a sleeveless dress with complicated patterns. The dress is with other fabric. It has a "
            "v-shape neckline."
        ),
        wearing("a red nightgown"),
        Q.color("maroon"),
        describe(
            "chemise",
            "The chemise is sleeveless with lace on the top and a slit on the side. It is of short length.",
        ),
        details("chemise", "The chemise details are that it is a chemise.", "restated"),
        Q.material("The dress is with cotton fabric.", "unsupported"),
        gender=W,
        title="Amante Women Burgundy Satin Lace Chemise",
        category="Nightdress",
        color="Burgundy",
    ),
    # Photo: model in pink fleece pyjama bottoms with a white snowflake print, a plain white long-sleeve top and
    # socks. Caption and open answers: adapter (open colour gives the top's white; a long answer is cut); closed:
    # engine.
    case(
        "X1376-032",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric. It has a round neckline. The pants are with furry fabric and graphic patterns."
        ),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.material("fleece"),
        is_a("pair of pants", "yes"),
        wearing(
            "The woman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitted fabric. It has a round neckline. The pants",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        gender=W,
        title="Nite Flite Women Pink Snowflake Print Fleece Pyjamas",
        category="Pyjamas",
        color="Pink",
    ),
    # Photo: model in a black satin sleep shirt to mid-thigh, tiny white moon print, white piping on the collar,
    # cuffs and chest pocket, button front, short sleeves. Caption and open answers: adapter; closed: engine.
    case(
        "X1376-033",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a lapel "
            "neckline."
        ),
        Q.garment_type("shirt"),
        Q.color("black"),
        Q.pattern("printed"),
        details(
            "sleep shirt",
            "The sleep shirt has white piping on the collar, the sleeves, the pocket, the collar, the sleeves, the "
            "pocket, the collar, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        wearing("a black pajama shirt with white piping"),
        color_of(
            "sleep shirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        title="PrettySecrets Women Black Printed Satin Sleep Shirt",
        category="Nightdress",
        color="Black",
    ),
    # Photo: flat lay on white, a coral padded non-wired T-shirt bra next to a small potted plant; no model.
    # Caption and open answers: adapter (empty wearing answer; open colour names the plant's green); closed: engine.
    case(
        "X1376-034",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is suspenders."
        ),
        Q.color("orange"),
        is_a("bra", "yes"),
        color_of("bra", "green", "contradiction", kind="open"),
        wearing("", "non_answer"),
        details("bra", "The bra has padded cups and adjustable straps."),
        gender=W,
        title="Clovia Women Coral Solid Padded Non-Wired T-shirt Bra BR1204",
        category="Bra",
        color="Coral",
    ),
    # Photo: model in a charcoal crew-neck lounge sweatshirt with matching joggers, hands in the pockets, no
    # jewellery. Caption and open answers: adapter (an accessory that is not there); closed: engine.
    case(
        "X1376-035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. It has a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a grey sweatshirt and grey sweatpants"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        describe(
            "sweatshirt",
            "The sweatshirt is with cotton fabric and pure color patterns. The sweatshirt is with cotton fabric and "
            "pure color patterns. The sweatshirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Kanvin Women Charcoal Grey Solid Lounge Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: back view, model in a lavender night suit with a small white floral print, long-sleeve top and long
    # pyjamas; the front of the top is not seen. Caption and open answers: adapter; closed: engine.
    case(
        "X1376-036",
        caption(
            "Her shirt has long sleeves, cotton fabric and floral patterns. The pants this lady wears is of long "
            "length. The pants are with cotton fabric and floral patterns."
        ),
        describe("top", "The top has a v-shape neckline with lace trim and buttons down the front.", "unsupported"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        color_of("pyjamas", "purple", kind="open"),
        details(
            "top",
            "Question: What are the top details? Answer: The top has long sleeves and the pyjamas have an elastic "
            "waistband. Question: What are the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Sweet Dreams Women Lavender Floral Print Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: model in a beige seamless shaping slip to the knee with spaghetti straps. Caption and open answers:
    # adapter (caption loops); closed: engine (ranks "dress" for the slip).
    case(
        "X1376-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with other "
            "fabric. It has a suspenders",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("beige"),
        wearing("a beige slip dress"),
        details("slip", "It is seamless with adjustable straps."),
        gender=W,
        title="Zivame Women Beige Solid Seamless Shaping Slip",
        category="Shapewear",
        color="Beige",
    ),
    # Photo: model in red-and-black buffalo-check flannel pyjama bottoms (drawstring, side pockets), plain white tee.
    # Caption and open answers: adapter (details leak the prompt); closed: engine (the tee's white).
    case(
        "X1376-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with lattice patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("pyjamas", "red and black", kind="open"),
        details(
            "pyjamas",
            "The pyjamas have an elastic waistband with a drawstring and two side pockets. Question: What are the "
            "pyjamas details? Answer: The pyjamas",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.material("flannel"),
        gender=W,
        title="Dreamz by Pantaloons Women Red & Black Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Red",
    ),
    # Photo: model in an off-white lace camisole tucked into light-blue jeans. Caption and open answers: adapter
    # (description loops); closed: engine ("yes" to jeans).
    case(
        "X1376-039",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long pants. The tank top is with "
            "other fabric. It has a suspenders neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white lace top and blue jeans"),
        Q.color("white"),
        color_of("camisole", "white", kind="open"),
        Q.garment_type("tank top"),
        is_a("pair of jeans", "yes", "contradiction"),
        describe(
            "camisole",
            "The camisole has no sleeves, other fabric and complicated patterns. The neckline of it is suspenders. The "
            "camisole has no sleeves, other fabric and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Off White Lace Camisole",
        category="Camisoles",
        color="Off White",
    ),
    # Photo: model in a navy cotton nightshirt to the knee with small white stars, collar, button front, long sleeves
    # rolled once. Caption and open answers: adapter; closed: engine (stars ranked "polka dots").
    case(
        "X1376-040",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline."
        ),
        wearing("She is wearing a blue shirt with white stars on it.", who="she"),
        Q.garment_type("shirt"),
        Q.color("navy"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("long"),
        describe("nightshirt", "It is a nightshirt.", "restated"),
        gender=W,
        title="Marks & Spencer Women Navy Blue Star Print Pure Cotton Nightshirt",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model in a skin-tone seamless shaping camisole (smooth synthetic sheen) with black trousers. Caption and
    # open answers: adapter; closed: engine (the trousers' black). Gender column missing on this row.
    case(
        "X1376-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tank top"),
        color_of("camisole", "beige", kind="open"),
        Q.material("The tank top is with cotton fabric.", "unsupported"),
        title="Jockey Women Skin Solid Seamless Shaping Camisole 1818",
        category="Shapewear",
        color="Skin",
    ),
    # Photo: flat lay of a folded green satin robe with its belt laid beside it; no model. Caption and open answers:
    # adapter (the wearing answer loops the template); closed: engine (ranks "jacket").
    case(
        "X1376-042",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is lapel. "
            "There is a belt."
        ),
        wearing(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. The lady wears a long-sleeve outer clothing with pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("jacket", "contradiction"),
        Q.material("silk", "unsupported"),
        gender=W,
        title="Bannos Swagger Women Green Satin Robe",
        category="Robe",
        color="Green",
    ),
    # Photo: model holding a coffee mug, in fuchsia lounge pants with white polka dots and a drawstring, worn with a
    # black tank top. Caption and open answers: adapter (caption says pure color); closed: engine.
    case(
        "X1376-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("pink"),
        Q.pattern("polka dots"),
        color_of("pants", "pink", kind="open"),
        wearing("a black tank top and pink pants with white polka dots"),
        details("pants", "The pants have white polka dots and a drawstring at the waist."),
        describe("lounge pants", "The lounge pants are lounge pants.", "restated"),
        gender=W,
        title="Clovia Women Fuchsia Polka Dot Print Lounge Pants",
        category="Lounge Pants",
        color="Fuchsia",
    ),
    # Photo: flat lay of two non-padded bras side by side, one black, one white. Caption and open answers: adapter;
    # closed: engine (one colour for the pack).
    case(
        "X1376-044",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders."
        ),
        Q.color("black", "contradiction"),
        is_a("bra", "yes"),
        wearing("a black bra and a white bra"),
        color_of("bras", "black and white", kind="open"),
        details("bras", "The bras have no padding and adjustable straps."),
        gender=W,
        title="Zivame Women Pack of 2 Solid Non-Padded Non-Wired Bras",
        category="Bra",
        color="Multi",
    ),
    # Photo: model in a loose rust cotton kaftan to mid-calf, wide short sleeves, V-neck with a tassel tie.
    # Caption and open answers: adapter (description loops, details empty); closed: engine.
    case(
        "X1376-045",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline."
        ),
        wearing("an orange dress"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        describe(
            "kaftan",
            "The kaftan is of long length with a v-shape neckline and a tassel tie at the neck. The kaftan is of long "
            "length with a v-shape neckline and a tassel",
            "loop",
            hit_limit=True,
        ),
        details("kaftan", "", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="Kanvin Women Rust Solid Cotton Kaftan Nightdress",
        category="Nightdress",
        color="Rust",
    ),
]
