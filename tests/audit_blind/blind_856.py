"""BLIND_856 (46 products; party dresses and tops, caption adapter epoch 2): written blind in the fifty-sixth session.
Measured blind at 8225cec (the session's fifth rules): 117/128 failures found (91.4%) and 19/188 correct texts flagged
(10.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's party wear, Dresses and Tops only: sequinned, satin, velvet and lace pieces.
Catalog shots on a white studio backdrop (a few on grey, beige or a pink wall), front or three-quarter view. The tops
are worn with other clothes (black trousers, blue or white jeans, skirts, a beige blazer over a cami); dresses with
heels, tights, a clutch in the hand. Seller columns: title, category (Dresses/Tops), color (Myntra base colours:
Black, Gold, Silver, Burgundy, Rose, Copper, Mauve, Multi...), gender. Three rows each lack a column (category on one,
color on one, gender on one), as real feeds do.

Who wrote what: the captions and every open answer come from the caption adapter stopped at epoch 2 (LoRA on
blip2-opt-2.7b, DeepFashion-MultiModal template captions, labels unmasked, no end token). Its habits: the template
("The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a v-shape
neckline.") for captions and often for answers too; DeepFashion's fabric words (chiffon, furry, cotton, leather,
other) instead of satin or velvet; the template's accessory sentences ("There is an accessory on her wrist", "This
lady wears a ring", "The lady wears a belt") whether or not they are there; a dress split into "tank top" + "skirt";
no hue words in the template, so hues in open answers come from what is left of the base model, often the color of
the trousers, jeans, tights or shoes. Without an end token it runs on: loops, answers cut at 30 new tokens and
captions at 50, and the `Question: ... Answer:` format continued after the answer. The closed answers (garment
type, color, pattern, sleeve length, "Is this a ...?") come from enrich's `--engine reference`, which ranks the
candidate values with the same adapter and returns one: they never loop, leak or stop short, but they pick the
trousers' color, the lining's color or the wrong garment often enough.

Labeling conventions and judgement calls:
- One failure kind per text; where a text has two, the one a reader would notice first is the label (a looping
  "Answer: ... Answer: ..." is a leak; a loop that ran to the limit is a loop, not a cut).
- hit_limit=True on every text that ran to its token limit: loops, cuts, leaks that went on into the next
  "Question:". Two captions ran to exactly 50 tokens but stop at a full stop with every sentence right for the
  photo: they are labeled correct with hit_limit=True (X856-005, X856-027).
- Material: a fabric word that the seller's title contradicts (chiffon, cotton, furry or leather for a title that
  says satin or velvet) is a contradiction; a fabric claimed where the title names none and the photo cannot show it
  (silk, cotton for a sequinned piece) is unsupported. "other fabric" as the whole material answer says nothing:
  non_answer. "The dress is with other fabric" inside a caption is the template and not a failure.
- Color: a closed or open color taken from another worn garment or the tights/shoes is other_garment_color; one
  taken from the backdrop, the held clutch, the lining or the trim of the product itself is a contradiction.
  "One color for two garments" in a wearing answer ("a yellow top and yellow jeans") is other_garment_color.
- Shades within a group are right: maroon for Burgundy, pink for Rose/Peach/Magenta, grey for Silver/Charcoal,
  blue for Teal/Turquoise/Navy, white for Cream/Off White, purple for Lavender/Mauve. For a Multi row, naming one of
  the colors the garment really has (silver for a silver/pink/blue stripe) is correct.
- Garment type: "blouse" or "shirt" for a Tops row is correct when the photo shows a blouse or a collared, buttoned
  shirt-style top; "skirt", "top" or a yes to "Is this a skirt/top?" for a dress is a contradiction, and so is a
  caption that describes a dress as a tank top and a skirt.
- Sleeves: a sleeve length that another text or the photo contradicts (sleeveless for an off-shoulder long-sleeve
  dress, long for a cami under a long-sleeve blazer) is a contradiction.
- Accessories and details the photo does not show (wrist accessory, ring, hat, belt, pockets, a back zip, button or
  keyhole not visible from the front) are unsupported; the belt of a wrap dress with a self-tie belt is correct.
- An open color question answered with the template's "pure color patterns" and no hue is a non_answer, as are
  "yes", "no", an empty answer and a bare one-word garment name to a describe/details question. A one-word material
  answer that is right ("velvet") is correct.
- Restated: the answer only gives the question back ("the dress details are the details of the dress").
- Pronoun: he/his/"the man"/"the gentleman" for a Women's product photographed on a woman.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_856 = [
    # photo: black sequinned sleeveless bodycon mini dress, round neck, black heels, white backdrop, front view.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-001",
        caption(
            "The lady wears a sleeveless dress with solid color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length."
        ),
        wearing("a black sequin dress"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress is covered in sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, "
            "sequins, sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress", "a black sequinned bodycon dress with a zip at the back and a slit on the side", "unsupported"
        ),
        Q.material("sequin"),
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: gold sequinned sleeveless top, v-neck, thin straps, worn with black wide-leg trousers, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-002",
        caption(
            "The lady wears a sleeveless tank top with solid color patterns. It has a v-shape neckline. The tank top "
            "is with other fabric. This lady wears long trousers with pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        wearing("a gold sequin top and black trousers", who="she"),
        color_of("top", "gold", kind="open"),
        Q.garment_type("top"),
        describe(
            "top",
            "The top is gold with sequins all over. It has a v-neck and thin straps. She pairs it with black wide "
            "leg trousers and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "top",
            "sequins, v-neck, straps, sequins, v-neck, straps, sequins, v-neck, straps, sequins, v-neck, straps, "
            "sequins",
            "loop",
            hit_limit=True,
        ),
        title="U&F Women Gold-Toned Sequinned Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: burgundy velvet wrap midi dress, long sleeves, v-neck wrap with a tie at the waist, black heels, grey
    # backdrop, no bracelet or watch. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-003",
        caption(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.material("cotton", "contradiction"),
        wearing("a maroon velvet wrap dress"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        details(
            "dress",
            "The dress has a v-neck and a tie at the waist. Question: What is the color of the dress? Answer: "
            "maroon. Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Burgundy Velvet Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: emerald green satin slip dress, spaghetti straps, v-neck, midi, gold strappy sandals, grey backdrop,
    # three-quarter view. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-004",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length.",
            "contradiction",
        ),
        Q.color("green"),
        color_of("dress", "the dress is gold", "other_garment_color", kind="open"),
        Q.garment_type("dress"),
        Q.pattern("solid"),
        wearing(
            "The female wears a sleeveless dress with pure color patterns. It has a v-shape neckline. The dress is "
            "of long length. The female",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue lace top, short sleeves, round neck, scalloped hem, worn with white skinny jeans, white
    # backdrop, front view. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-005",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric. It has a round "
            "neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        wearing("a navy lace top and white jeans"),
        describe("top", "navy blue lace top with short sleeves and a scalloped hem"),
        Q.pattern("lace"),
        Q.material("lace"),
        Q.sleeve_length("long", "contradiction"),
        details("top", "scalloped hem, lace, and a keyhole button at the back", "unsupported"),
        title="Harpa Women Navy Blue Lace Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rose-gold sequinned A-line mini dress, cap sleeves, round neck, plain sequins (no print), nude heels,
    # white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-006",
        caption(
            "The woman wears a short-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length.",
            "contradiction",
        ),
        Q.pattern("solid"),
        Q.color("pink"),
        wearing("he is wearing a pink sequin dress", "pronoun", who="she"),
        Q.garment_type("dress"),
        details("dress", "short cap sleeves, round neck, flared skirt and sequins all over"),
        title="Berrylush Women Rose Gold Sequinned A-Line Dress",
        category="Dresses",
        color="Rose",
        gender="Women",
    ),
    # photo: black satin camisole under an open beige blazer, blue jeans, white backdrop, front view.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-007",
        caption(
            "The lady wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears long jeans. The jeans are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("top"),
        color_of("top", "black", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("satin"),
        wearing("a beige blazer over a black satin camisole, blue jeans"),
        describe("top", "", "non_answer"),
        title="StyleStone Women Black Satin Camisole Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: maroon velvet top, long sleeves, square neck, worn with black skinny jeans, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "square neckline. The lady wears long pants. The pants are with denim fabric and solid color patterns."
        ),
        Q.color("maroon"),
        wearing("she is wearing a maroon velvet top and black jeans"),
        describe("top", "the top is black", "other_garment_color"),
        Q.material("velvet"),
        details(
            "top",
            "square neck, long sleeves, square neck, long sleeves, square neck, long sleeves, square neck, long "
            "sleeves, square neck, long",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Maroon Velvet Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white lace sheath midi dress, sleeveless, round neck, no pockets, nude heels, against a pink wall,
    # front view. caption (base-like phrasing) and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-009",
        caption("a woman in a white lace dress standing in front of a pink wall"),
        Q.color("pink", "contradiction"),
        wearing("a white lace dress"),
        Q.garment_type("dress"),
        Q.pattern("lace"),
        describe(
            "dress",
            "The dress is white lace with a round neck and no sleeves. It has two pockets at the front.",
            "unsupported",
        ),
        Q.material("lace"),
        title="Vero Moda Women White Lace Sheath Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: silver sequinned long-sleeve shift mini dress, round neck, silver heels, no jewellery, no hat, white
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-010",
        caption(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        Q.color("silver"),
        Q.sleeve_length("long"),
        wearing("The lady wears a long-sleeve dress with solid color patterns. This lady wears a hat.", "unsupported"),
        color_of("dress", "the dress is with solid color patterns", "non_answer", kind="open"),
        is_a("dress", "yes"),
        title="ONLY Women Silver-Toned Sequinned Shift Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: red satin wrap top with a tie at the waist, three-quarter sleeves, v-neck, tucked into a black pencil
    # skirt, white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-011",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a medium-length skirt. The skirt is with other fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.color("red"),
        color_of("skirt", "black", kind="open"),
        Q.garment_type("blouse"),
        Q.sleeve_length("three-quarter"),
        wearing(
            "a red top and black skirt. Question: What is the color of the skirt? Answer: black. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        describe("top", "a black satin top with a tie at the waist", "other_garment_color"),
        title="Dressberry Women Red Satin Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black top with a lace yoke and sheer lace long sleeves, tucked into a maroon satin midi skirt, white
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        Q.color("maroon", "other_garment_color"),
        wearing("black lace top and maroon satin skirt", who="she"),
        describe("top", "black top with sheer lace sleeves and lace at the neck"),
        Q.garment_type("skirt", "contradiction"),
        details("top", "the top details are the details on the top", "restated"),
        title="Harpa Women Black Lace Panelled Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal velvet off-shoulder bodycon midi dress with long sleeves, black heels, white backdrop, no pockets.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has an off-shoulder neckline. The dress "
            "is with other fabric. The dress is of long length."
        ),
        Q.color("blue"),
        color_of("dress", "dark teal", kind="open"),
        wearing(
            "The man wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has an "
            "off-shoulder neckline.",
            "pronoun",
        ),
        Q.material("velvet"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dress", "off-shoulder neckline, long sleeves and a side pocket", "unsupported"),
        title="Athena Women Teal Velvet Bardot Bodycon Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: champagne satin cowl-neck sleeveless top, grey straight trousers, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "tank top is with other fabric. The tank top is with other fabric. The tank top is with",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        wearing("a champagne satin top with a cowl neck and grey trousers"),
        color_of("top", "beige", kind="open"),
        Q.garment_type("top"),
        Q.material("satin"),
        describe("top", "top", "non_answer"),
        title="Mango Women Champagne Satin Cowl Neck Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: bodycon mini dress in horizontal sequin stripes of silver, pink and blue, sleeveless, round neck, white
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-015",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a round "
            "neckline. The dress is of short length."
        ),
        Q.color("silver"),
        Q.pattern("striped"),
        describe("dress", "a striped dress with silver, pink and blue sequins"),
        details(
            "dress",
            "The dress has horizontal stripes of sequins in silver, pink and blue. It is sleeveless with a round "
            "neck and a short hem that ends above the",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        Q.sleeve_length("short", "contradiction"),
        title="Sera Women Multicoloured Sequinned Striped Bodycon Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: pink lace skater dress with a floral lace motif, short sleeves, round neck, knee length, holding a white
    # clutch, no rings, white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-016",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium length. This lady wears a ring.",
            "unsupported",
        ),
        Q.color("pink"),
        wearing("a pink lace dress and a white clutch"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.garment_type("dress"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress is a pink lace skater dress with short "
            "sleeves. Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("top", "yes", "contradiction"),
        title="Tokyo Talkies Women Pink Lace Skater Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue velvet sleeveless maxi dress, deep v-neck, thigh slit, silver heels, no bracelet, dark grey
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("black", "contradiction"),
        wearing("a navy blue velvet maxi dress with a slit, standing against a grey wall"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "The dress is a long velvet gown in navy blue. It has a deep v neck, no sleeves and a high slit on the "
            "left leg. She wears silver",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        details("dress", "what are the dress details? the dress has details", "restated"),
        title="Athena Women Navy Blue Velvet Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender satin top with short puff sleeves, round neck, tucked into white wide-leg trousers, white
    # backdrop, front view only. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears long trousers. The trousers are with other fabric and pure color patterns."
        ),
        Q.color("purple"),
        wearing("a purple top and purple pants", "other_garment_color"),
        Q.sleeve_length("short"),
        details("top", "puff sleeves, round neck, button at the back", "unsupported"),
        Q.material("satin"),
        title="Berrylush Women Lavender Satin Puff Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: copper sequinned camisole with thin straps, worn with a black faux-leather mini skirt, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns."
        ),
        Q.color("black", "other_garment_color"),
        wearing("a copper sequin cami and black leather skirt"),
        Q.material("sequins"),
        describe(
            "top",
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        details("top", "yes", "non_answer"),
        title="Forever New Women Copper-Toned Sequinned Camisole",
        category="Tops",
        color="Copper",
        gender="Women",
    ),
    # photo: mauve satin slip midi dress, spaghetti straps, cowl neck, beige backdrop, side view.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-020",
        caption(
            "The gentleman wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has "
            "a suspenders neckline.",
            "pronoun",
        ),
        Q.color("purple"),
        color_of("dress", "light purple", kind="open"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress details are the details of the dress", "restated"),
        wearing(
            "a light purple slip dress Question: What is the color of the dress? Answer: light purple Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Mauve Satin Slip Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: black floral lace bodycon midi dress over a nude lining, long sheer sleeves, round neck, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-021",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with other fabric. It has a round "
            "neckline. The dress is of medium length."
        ),
        Q.color("beige", "contradiction"),
        wearing("black lace dress with long sleeves"),
        Q.pattern("lace"),
        is_a("dress", "yes"),
        describe("dress", "yes", "non_answer"),
        Q.material("lace"),
        title="Vero Moda Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: silver sequinned sleeveless crop top, round neck, high-waisted black trousers, midriff showing, white
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-022",
        caption(
            "The lady wears a sleeveless crop top with pure color patterns. The crop top is with other fabric. It has "
            "a round neckline. The lady wears long trousers. The trousers are with other fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        wearing("a silver crop top and black pants"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        title="ONLY Women Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: olive satin shirt-style top with a collar, buttons down the front and no pocket, long sleeves, black
    # trousers, white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears long trousers with pure color patterns."
        ),
        Q.garment_type("shirt"),
        Q.color("green"),
        wearing("an olive green satin shirt and black trousers"),
        details("shirt", "collar, buttons down the front, cuffs with buttons and a chest pocket", "unsupported"),
        Q.material("chiffon", "contradiction"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        title="Mast & Harbour Women Olive Satin Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: red sequinned sleeveless maxi gown, v-neck, thigh slit, closed back not visible, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        Q.color("red"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.garment_type("dress"),
        details("dress", "v neck, thigh slit, sequins all over and a cut out at the back", "unsupported"),
        title="Athena Women Red Sequinned Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black velvet top with a white lace collar, long sleeves, tucked into a black mini skirt, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with other fabric and pure color patterns."
        ),
        Q.color("white", "contradiction"),
        wearing("black velvet top with a white lace collar and a black skirt"),
        describe(
            "top",
            "the top is made of black velvet with a white lace collar and long sleeves and it is tucked into a "
            "black skirt that has a",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        Q.pattern("solid"),
        title="SASSAFRAS Women Black Velvet Top with Lace Collar",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach satin midi slip dress with lace trim along the v neckline, spaghetti straps, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a suspenders neckline. The dress is "
            "of long length."
        ),
        Q.color("pink"),
        color_of("dress", "peach", kind="open"),
        wearing(
            "a peach slip dress Answer: a peach slip dress Answer: a peach slip dress Answer: a peach slip dress "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        details("dress", "lace trim at the neckline and thin straps"),
        Q.material("satin"),
        Q.garment_type("top", "contradiction"),
        describe(
            "dress",
            "A peach satin slip dress with lace along the neckline and thin adjustable straps. It falls to the mid "
            "calf and is cut on the bias so it",
            "cut",
            hit_limit=True,
        ),
        title="Dressberry Women Peach Satin Slip Dress with Lace Trim",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: royal blue sequinned top, short sleeves, round neck, white flared trousers, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-027",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has "
            "a round neckline. The female wears long trousers. The trousers are with other fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        wearing("a blue sequinned top with white flared trousers"),
        color_of("top", "blue", kind="open"),
        Q.garment_type("top"),
        describe("top", "his top is blue with sequins and short sleeves", "pronoun"),
        Q.material("cotton", "unsupported"),
        title="U&F Women Blue Sequinned Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon lace-overlay A-line knee-length dress, three-quarter sleeves, round neck, no belt, black block
    # heels, white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-028",
        caption(
            "The woman wears a medium-sleeve dress with floral patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium length. The woman wears a belt.",
            "unsupported",
        ),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter"),
        wearing("a maroon lace dress and black heels"),
        Q.garment_type("skirt", "contradiction"),
        details(
            "dress",
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Maroon Lace A-Line Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: black satin wrap midi dress, long sleeves, v-neck, holding a red clutch, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        Q.color("red", "contradiction"),
        wearing("a black satin wrap dress and a red clutch"),
        color_of("dress", "black", kind="open"),
        describe(
            "dress",
            "The dress is a black satin wrap dress. The dress is a black satin wrap dress. The dress is a black "
            "satin wrap dress. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Mango Women Black Satin Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: gold-toned metallic lace top with a floral lace motif, sleeveless, round neck, black trousers, white
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-030",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with other fabric. It has a "
            "round neckline. The lady wears long trousers. The trousers are with other fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold"),
        wearing("a gold lace top and black trousers"),
        Q.material("the garment is made of material", "restated"),
        Q.pattern("floral"),
        color_of("top", "the top is black and the trousers are black", "other_garment_color", kind="open"),
        title="Label Ritu Kumar Women Gold-Toned Lace Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: green velvet mini dress, long puff sleeves, square neck, white backdrop; the feed row has no gender.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "square neckline. The dress is of short length.",
            "contradiction",
        ),
        Q.color("green"),
        wearing("a green velvet dress with puffed sleeves"),
        Q.sleeve_length("long"),
        Q.material("velvet"),
        details("dress", "no", "non_answer"),
        describe(
            "dress",
            "green velvet dress green velvet dress green velvet dress green velvet dress green velvet dress green "
            "velvet dress green velvet",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Green Velvet Puff Sleeve Mini Dress",
        category="Dresses",
        color="Green",
    ),
    # photo: off-white satin blouse with pearl buttons down the front, long sleeves, black faux-leather trousers,
    # white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears long pants. The pants are with leather fabric and pure color patterns."
        ),
        Q.color("white"),
        color_of("top", "black", "other_garment_color", kind="open"),
        wearing(
            "The woman is wearing a white satin blouse with pearl buttons and black leather trousers. The blouse "
            "has long sleeves and the trousers are",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "contradiction"),
        details("top", "pearl buttons down the front and long sleeves"),
        title="Mango Women Off-White Satin Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: silver sequinned slip dress, v-neck, spaghetti straps, midi, no rings, holding a silver clutch, white
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a ring. This lady wears a ring. This "
            "lady wears a",
            "loop",
            hit_limit=True,
        ),
        Q.color("silver"),
        Q.garment_type("dress"),
        wearing("Question: What is she wearing? Answer: a silver sequin dress", "leak", who="she"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "A silver sequinned slip dress with a v neck and thin straps, falling to mid calf."),
        details(
            "dress",
            "The dress has thin straps, a v neck and is covered in silver sequins. It is a slip dress that falls "
            "below the knee and has a",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Silver-Toned Sequinned Slip Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: magenta velvet wrap top, long sleeves, v-neck, blue jeans, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns."
        ),
        Q.color("blue", "other_garment_color"),
        wearing("a pink velvet top and blue jeans"),
        color_of("top", "hot pink", kind="open"),
        describe("top", "describe the top. the top is a top", "restated"),
        Q.material("velvet"),
        title="SASSAFRAS Women Magenta Velvet Wrap Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: black sequinned top with sheer mesh long sleeves, round neck, grey jeans, plain (no stripes), white
    # backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-035",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The man wears long jeans. The jeans are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("black"),
        wearing("black sequin top and grey jeans"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        Q.pattern("striped", "contradiction"),
        title="Vero Moda Women Black Sequinned Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue lace midi dress, scalloped hem, short sleeves, round neck, front view only, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-036",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        Q.color("blue"),
        wearing("navy blue lace dress"),
        details("dress", "scalloped hem, short sleeves, a zip at the back and a lining", "unsupported"),
        is_a("dress", "yes"),
        Q.garment_type("dress"),
        describe("dress", "dress", "non_answer"),
        Q.sleeve_length("long", "contradiction"),
        title="Harpa Women Navy Blue Lace Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard satin sleeveless top with a ruffled neckline, tucked into black jeans, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-037",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns."
        ),
        Q.color("yellow"),
        color_of("top", "yellow", kind="open"),
        wearing("a yellow top and yellow jeans", "other_garment_color"),
        describe(
            "top",
            "The top is mustard yellow satin with ruffles around the neck and no sleeves. It is tucked into black "
            "jeans.",
        ),
        Q.material("satin"),
        Q.sleeve_length("short", "contradiction"),
        title="Berrylush Women Mustard Satin Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black velvet slip dress with lace trim at the neckline, spaghetti straps, midi, grey backdrop; the feed
    # row has no color. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        wearing("black velvet slip dress"),
        Q.material("cotton", "contradiction"),
        describe(
            "dress",
            "black velvet dress with lace Question: What is the material of the dress? Answer: velvet Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        title="Dressberry Women Black Velvet Slip Dress with Lace Trim",
        category="Dresses",
        gender="Women",
    ),
    # photo: burgundy one-shoulder sequinned top, black trousers, no belt, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears long trousers. The trousers are with other fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        wearing("he wears a burgundy sequin top and black trousers", "pronoun"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a one shoulder sequinned top in burgundy"),
        Q.garment_type("top"),
        details("top", "one shoulder with a bow on the shoulder and a belt", "unsupported"),
        title="Athena Women Burgundy Sequinned One-Shoulder Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: teal satin wrap midi dress with a self-tie belt, short sleeves, v-neck, plain, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a belt."
        ),
        Q.color("blue"),
        wearing("a teal satin wrap dress with a tie belt"),
        details(
            "dress",
            "The dress has a v neck, short sleeves and a tie belt at the waist. It is made of satin and has a slit "
            "at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.pattern("floral", "contradiction"),
        describe("dress", "Answer: The dress is a teal wrap dress with short sleeves and a belt.", "leak"),
        title="Mast & Harbour Women Teal Satin Wrap Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: cream lace high-neck top, long sleeves, tucked into a black midi skirt, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-041",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with other fabric. It has a stand "
            "neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        Q.color("white"),
        wearing("a cream lace blouse with a black skirt"),
        color_of("top", "the top is black", "other_garment_color", kind="open"),
        Q.garment_type("blouse"),
        details(
            "top",
            "high neck, lace all over, long sleeves, the top is tucked into the skirt, the top is tucked into the "
            "skirt, the top is tucked into the skirt, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("lace"),
        describe("top", "his top is cream lace with a high neck", "pronoun"),
        title="Label Ritu Kumar Women Cream Lace High Neck Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: black sequinned sleeveless top with gold chevron sequin stripes, round neck, black trousers, front view
    # only, white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-042",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with other fabric. It has a "
            "round neckline. The lady wears long trousers with pure color patterns."
        ),
        Q.color("black"),
        Q.pattern("striped"),
        wearing("a black and gold striped top and black pants"),
        describe(
            "top",
            "The top is covered in black and gold sequins in a zigzag pattern. It has a keyhole opening at the back.",
            "unsupported",
        ),
        is_a("top", "yes"),
        Q.material("other fabric", "non_answer"),
        title="U&F Women Black & Gold-Toned Chevron Sequinned Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: charcoal grey velvet knee-length sheath dress, short sleeves, round neck, black opaque tights, black
    # heels, white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-043",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        wearing("dark grey velvet dress with short sleeves, black tights"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.garment_type("dress"),
        describe("dress", "The dress is described as a dress.", "restated"),
        Q.material("cotton", "contradiction"),
        title="Tokyo Talkies Women Charcoal Grey Velvet Sheath Dress",
        category="Dresses",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red lace top with a floral lace motif and scalloped hem, sleeveless, round neck, blue jeans, bare
    # wrists, white backdrop. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-044",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with other fabric. It has a "
            "round neckline. The lady wears long jeans. The jeans are with denim fabric and pure color patterns."
        ),
        Q.color("red"),
        wearing("The lady wears a red lace top and blue jeans. There is an accessory on her wrist.", "unsupported"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        details("top", "scalloped lace hem and a round neck"),
        Q.sleeve_length("sleeveless"),
        describe(
            "top",
            "The top is red lace with a round neck and no sleeves. It has a scalloped hem and is worn over blue "
            "jeans with the hem left",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Red Lace Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: turquoise satin halter-neck top, plain front with no buttons, white straight trousers, white backdrop.
    # caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears long trousers. The trousers are with other fabric and pure color "
            "patterns."
        ),
        Q.color("blue"),
        wearing("what is the person wearing? the person is wearing", "restated"),
        color_of("top", "turquoise", kind="open"),
        Q.garment_type("top"),
        Q.material("satin"),
        details("top", "halter neck tied at the back with gold buttons at the front", "unsupported"),
        title="Forever New Women Turquoise Blue Satin Halter Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black sequinned fringe flapper dress, sleeveless, v-neck, knee length, black heels, grey backdrop; the
    # feed row has no category. caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X856-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape neckline. The lady wears a short skirt. The skirt is with other fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.color("black"),
        wearing("black fringe dress"),
        Q.garment_type("dress"),
        details("dress", "rows of sequinned fringe from the bust to the hem, a v neck and thin straps"),
        is_a("skirt", "yes", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Athena Women Black Sequinned Fringe Flapper Dress",
        color="Black",
        gender="Women",
    ),
]
