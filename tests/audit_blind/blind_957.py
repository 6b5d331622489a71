"""BLIND_957 (46 products; Myntra party dresses/tops, caption LoRA epoch 2): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 116/124 failures found (93.5%) and 18/166 correct texts flagged
(10.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's party wear, Dresses and Tops only: sequinned bodycon and maxi dresses, satin
slip, wrap and shirt dresses, velvet wrap, peplum and bardot tops, lace sheaths and blouses. Catalog photos on a white,
light grey or (once) pale pink backdrop; tops are styled with jeans, trousers or skirts, some under a blazer, a leather
jacket or a shrug, one velvet slip dress is layered over a white tee. Props: clutches, a stool, a potted plant.

Who wrote what: captions and every open answer (wearing, description, details, material, open color questions) come
from the caption LoRA at epoch 2 (between the published epoch-1 and epoch-3 adapters), greedy, 50 new tokens for
captions and 30 for answers. At epoch 2 it still stops on a newline for many short answers (base-model habit not yet
erased), but anything that starts the DeepFashion template ("The lady wears a ... with pure color patterns. The ...
is with other fabric ...") runs on: it loops, or is cut at the limit, and it drifts into the caption template even
for questions. The template has no hue words and a fixed fabric list (cotton, denim, leather, chiffon, other), so it
calls satin "chiffon" and velvet "cotton", and it adds "an accessory on her wrist" or "a ring" that is not there.
Closed answers (garment_type, color, pattern, sleeve_length, is-a) come from enrich's --engine reference over the
same adapter: one candidate each, never looping or cut, but often the color or sleeves of the garment worn with the
product, or of the backdrop and props.

Labeling conventions and judgement calls:
- The product is the seller's article (the title); every color, sleeve, pattern and material answer is judged
  against it, not against whatever else the model wears.
- A color that belongs to another garment in the photo (the jeans, the blazer, the skirt, the tee underneath) given
  as the product's color is other_garment_color, closed or open. A color that belongs to no garment (the backdrop,
  the plant, a lining or collar that is part of the product itself, a print's dots) is contradiction.
- For a two-tone product the right color is the dominant one (the seller's); naming the accent (the gold stripes of
  a black top, the white collar of a black dress) is contradiction. "Multi" products answered "multi" are correct.
- Shades in the seller's color group are correct: maroon for Burgundy, white for Cream or Off White, pink for
  Magenta or Rose Gold, silver for Grey, purple for Lavender, beige for Nude. Magenta answered "purple" is wrong.
- Sleeve length or garment type taken from a layered garment (the shrug's long sleeves, the tee's short sleeves,
  "jacket" for a lace top under a leather jacket) is contradiction, as is a pattern taken from the skirt.
- Fabric: the template's "other fabric" is a correct non-claim in a caption; a fabric the title contradicts
  (chiffon for satin, cotton for velvet, leather for lace) is contradiction; "silk" for a satin title, and pockets,
  belts, rings, bracelets, necklaces, bags, glasses, zips, slits and hats that the photo does not show, are
  unsupported.
- An open answer that names the wrong garment for the product ("jumpsuit" for a gown, "dress" for a top) is
  contradiction; one that describes the layered garment instead, with its color, is other_garment_color.
- The material question answered only "other fabric" says nothing: non_answer. A one-word or yes/no answer to an
  open question ("yes", "grey", "clothes", "fabric"), and "a dress" for "Describe the garment.", are non_answer.
- An answer that repeats the question's words back ("the details of the garment are the details of the top", or
  starting with "Describe the dress.") is restated, even when a few true words follow.
- Any "Question:" / "Answer:" in a text is leak, wherever it appears.
- A text gets one label only; where two apply I chose the one a reader would notice first (a looping material
  answer that is also the wrong fabric is loop; a cut caption is cut even if it named a belt).
- Patterns: lace with tone-on-tone flower motifs is "floral" (correct); a polka-dot dress captioned "pure color
  patterns" is contradiction; an ombre of sequin bands as "color block" is correct.
- hit_limit=True on every loop and cut, and on texts that used all their tokens but happened to end a sentence on
  the last one: those count as correct (or as their own failure) if what they say is right, not as cut.
- Template lengths ("short", "medium", "long") are judged loosely: a midi is medium, a maxi long, a mini short.
- gender is Women on every row but one (X957-044 lacks it); "he", "his", "the man", "the gentleman" for these
  models is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_957 = [
    # photo: black sequinned sleeveless bodycon mini dress, bare wrists, silver heels, white backdrop, front; caption
    # and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X957-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of short length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black sequin dress"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "dress",
            "The dress is with sequin fabric and sequin fabric and sequin fabric and sequin fabric and sequin fabric "
            "and sequin",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: gold satin sleeveless cowl-neck top tucked into black high-waist trousers, white backdrop, front view from
    # the knees up; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-002",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with other fabric. The lady wears "
            "a long trousers with pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        wearing("a gold satin top and black trousers"),
        Q.pattern("solid"),
        Q.material("satin"),
        describe(
            "top",
            "The top is with chiffon fabric and pure color patterns. It has no sleeves. The top is with chiffon "
            "fabric and pure color patterns. It has no",
            "loop",
            hit_limit=True,
        ),
        wearing("black top and black pants", "other_garment_color", who="she"),
        title="SASSAFRAS Women Gold-Toned Satin Cowl Neck Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: maroon velvet long-sleeve A-line midi dress with a sweetheart neck, gold clutch in her hand, black heels,
    # front view, light grey backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference
    # engine
    case(
        "X957-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory in her hand.",
            "contradiction",
        ),
        wearing("a maroon velvet dress with long sleeves"),
        color_of("dress", "The dress is maroon.", kind="open"),
        Q.garment_type("dress"),
        is_a("skirt", "yes", "contradiction"),
        Q.material("velvet"),
        Q.details("It has a zipper at the back and two side pockets.", "unsupported"),
        title="Berrylush Women Maroon Velvet A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: silver sequinned camisole top with thin straps, worn with blue skinny jeans, white backdrop, front view;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-004",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with other fabric "
            "and its neckline is suspenders. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a silver sequin top and blue jeans", who="she"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        details("top", "sequins all over, thin straps"),
        title="Tokyo Talkies Women Silver-Toned Sequinned Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: navy blue lace sheath dress, no belt, short sleeves, knee length, scalloped hem, nude heels, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-005",
        caption(
            "This woman is wearing a short-sleeve dress with floral patterns. The dress is with other fabric. It has "
            "a round neckline. The dress is of medium length."
        ),
        wearing("The man is wearing a navy blue lace dress.", "pronoun"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        describe("dress", "navy lace dress with short sleeves, a scalloped hem and a satin belt", "unsupported"),
        Q.material("lace"),
        title="Vero Moda Women Navy Blue Lace Sheath Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black velvet long-sleeve wrap top tied at the waist, worn with a red satin midi skirt, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        Q.color("red", "other_garment_color"),
        wearing("a black velvet wrap top and a red skirt"),
        Q.description("red velvet top with long sleeves and a tie at the waist", "other_garment_color"),
        Q.details("The details of the garment are the details of the top.", "restated"),
        Q.garment_type("top"),
        title="Harpa Women Black Velvet Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: champagne-gold sequinned floor-length gown, long sleeves, deep v-neck, bare wrists, white backdrop, full
    # length; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold sequin jumpsuit", "contradiction"),
        Q.color("gold"),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        Q.material("sequinned fabric"),
        title="Label Ritu Kumar Women Gold Sequinned Maxi Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress with spaghetti straps and a cowl neck, a black blazer draped over her
    # shoulders, black heels, grey backdrop; caption and open answers by the epoch-2 caption adapter, closed by the
    # reference engine
    case(
        "X957-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. There is a long-sleeve jacket over her shoulders.",
            "contradiction",
        ),
        Q.color("black", "other_garment_color"),
        wearing("a green satin dress and a black blazer"),
        color_of("dress", "emerald green", kind="open"),
        Q.garment_type("dress"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        title="Zink London Women Green Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: hot pink sequinned crop top with short puff sleeves, worn with white wide-leg trousers, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-009",
        caption(
            "The lady wears a short-sleeve tee with pure color patterns. The tee is with other fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants are of",
            "cut",
            hit_limit=True,
        ),
        wearing("white sequin crop top with white pants", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short"),
        describe("top", "Question: Describe the top. Answer: The top is pink with sequins", "leak"),
        details("top", "puff sleeves, cropped hem and sequins"),
        title="StyleStone Women Pink Sequinned Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black lace long-sleeve top with sheer sleeves, worn with a black faux-leather mini skirt, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-010",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns."
        ),
        wearing("clothes", "non_answer"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("black"),
        Q.material("leather", "contradiction"),
        Q.pattern("floral"),
        title="Mango Women Black Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy velvet off-shoulder bodycon dress, long sleeves, knee length, no belt, white backdrop; caption and
    # open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "is of medium length. She wears a belt.",
            "unsupported",
        ),
        wearing("burgundy velvet off-shoulder dress"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        describe(
            "dress",
            "the dress is velvet and has an off-shoulder neckline and long sleeves and it is of medium length and "
            "the neckline",
            "cut",
            hit_limit=True,
        ),
        details("dress", "off shoulder neckline"),
        Q.material("cotton", "contradiction"),
        title="Sera Women Burgundy Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: silver metallic satin camisole with lace trim at the neckline, worn under an open black blazer with black
    # trousers, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-012",
        caption(
            "The lady wears a tank top with pure color patterns and a long-sleeve jacket. The tank top is with other "
            "fabric. The jacket is with other fabric and pure color patterns. The lady wears a long trousers."
        ),
        wearing("silver top, black blazer and black trousers"),
        Q.color("black", "other_garment_color"),
        color_of(
            "top",
            "The top is black and the jacket is black and the pants are black and the top is black and the jacket is "
            "black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.material("satin"),
        title="ONLY Women Silver-Toned Satin Cami Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: blush pink sequinned midi dress with flutter sleeves and a v-neck, nude heels, no belt or slit, white
    # backdrop, model turned three-quarter; caption and open answers by the epoch-2 caption adapter, closed by the
    # reference engine
    case(
        "X957-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of medium length. The lady wears a pair of high heels and she is "
            "standing in front of a white",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink sequin dress"),
        Q.color("pink"),
        Q.sleeve_length("short"),
        details(
            "dress",
            "The dress has a v-neck, flutter sleeves, and a flutter sleeves, and a flutter sleeves, and a flutter "
            "sleeves, and a",
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "no"),
        Q.description("The dress is pink with a side slit and a belt at the waist.", "unsupported"),
        title="Forever New Women Pink Sequinned Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: red satin wrap midi dress with long sleeves and a waist tie, gold hoop earrings, bare hands, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of medium length. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("red satin wrap dress"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("dress", "non_answer"),
        Q.material("The garment is made of satin."),
        title="AND Women Red Satin Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black top with vertical gold sequinned stripes, long sleeves, worn with black flared trousers, grey
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-015",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long pants with pure color patterns."
        ),
        wearing("black and gold striped top with black pants"),
        Q.color("gold", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        details(
            "top",
            "The shirt is with other fabric and its neckline is round. The shirt is with other fabric and its "
            "neckline is round. The shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Kazo Women Black & Gold-Toned Striped Sequinned Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lavender lace sleeveless fit-and-flare knee-length dress, satin lining showing at the hem, silver heels,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-016",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with lace fabric and its neckline "
            "is round. The dress is of medium length."
        ),
        wearing("purple lace dress"),
        Q.color("purple"),
        Q.garment_type("dress"),
        Q.sleeve_length("short", "contradiction"),
        describe("dress", "Describe the dress. The dress is a lavender dress with lace", "restated"),
        title="DressBerry Women Lavender Lace Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal velvet top with short puff sleeves and a square neck, worn with white jeans, front view, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-017",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is square. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("he is wearing a teal velvet top and white jeans", "pronoun"),
        Q.color("white", "other_garment_color"),
        color_of("top", "teal blue", kind="open"),
        Q.sleeve_length("short"),
        Q.material("velvet"),
        Q.details("square neck and puff sleeves with a bow at the back", "unsupported"),
        title="Athena Women Teal Velvet Puff Sleeve Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: shift dress covered in multicolor sequins in a rainbow ombre of pink, orange and blue bands, short sleeves,
    # plain straight hem, no pockets, white backdrop; caption and open answers by the epoch-2 caption adapter, closed by
    # the reference engine
    case(
        "X957-018",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with other fabric. The "
            "dress is of short length."
        ),
        wearing("multicolor sequin dress"),
        Q.color("multi"),
        Q.pattern("color block"),
        details("dress", "sequins in pink, orange and blue with a tassel hem and pockets", "unsupported"),
        is_a("dress", "yes"),
        title="U&F Women Multicoloured Sequinned Shift Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black satin cami with lace trim, worn with a grey plaid mini skirt, white backdrop; caption and open
    # answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-019",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is suspenders. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns."
        ),
        wearing("a black top and a grey checked skirt"),
        Q.pattern("checked", "contradiction"),
        Q.color("black"),
        details("top", "What are the top details? The top details are lace.", "restated"),
        Q.material("satin and lace"),
        wearing("grey", "non_answer", who="she"),
        title="Miss Chase Women Black Satin Lace Trim Cami Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue satin shirt dress, long sleeves, collar, button front, self-fabric belt, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is lapel. The shirt is of long length. There is a belt on her waist. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        wearing("a blue satin shirt dress with a belt"),
        Q.sleeve_length("long"),
        Q.material("The garment is made of chiffon fabric.", "contradiction"),
        title="SASSAFRAS Women Blue Satin Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: silver sequinned one-shoulder mini dress, back view showing an open back, pale pink wall as backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress "
            "is of short length. The background is pink."
        ),
        Q.color("pink", "contradiction"),
        wearing("a silver sequined dress"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The dress is silver with sequins and has an open back. The dress is of short length and it is with "
            "other fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("top", "no"),
        title="Trendyol Women Silver Sequinned One Shoulder Mini Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: maroon velvet peplum top with three-quarter sleeves, worn with black skinny trousers, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-022",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("maroon velvet peplum top, black pants"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter"),
        details(
            "top",
            "The peplum top has a peplum hem and the peplum top has a peplum hem and the peplum top has a peplum",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        title="Chemistry Women Maroon Velvet Peplum Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white lace blouse with short scalloped sleeves, worn with blue jeans, no hat, white backdrop; caption and
    # open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-023",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a hat on her head.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("white lace top and blue jeans"),
        Q.color("blue", "other_garment_color"),
        color_of("top", "white", kind="open"),
        Q.pattern("floral"),
        Q.material("lace"),
        describe("top", "The top is blue with lace and short sleeves.", "other_garment_color"),
        title="Street 9 Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: gold sequinned strapless bandeau top, worn with beltless high-waist black satin trousers, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-024",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric. The lady wears a "
            "long trousers. The trousers are with other fabric and pure color patterns."
        ),
        wearing("gold top and black pants with a gold belt", "unsupported"),
        Q.color("gold"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "top",
            "The top is gold and it is a tube top with no sleeves, no straps and it is a tube top with no sleeves, "
            "no straps and it",
            "loop",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        title="Besiva Women Gold-Toned Sequinned Bandeau Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: ivory lace maxi dress with long sheer sleeves and a high neck, white backdrop (low contrast), full length;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-025",
        caption(
            "The gentleman wears a long-sleeve dress with floral patterns. The dress is with other fabric and its "
            "neckline is stand. The dress is of long length.",
            "pronoun",
        ),
        wearing("a white lace gown"),
        Q.color("white"),
        Q.garment_type("dress"),
        Q.sleeve_length("long"),
        Q.material("lace"),
        Q.description(
            "The dress is with other fabric and its neckline is stand. The dress is of long length. The dress is with",
            "cut",
            hit_limit=True,
        ),
        title="Forever New Women Off White Lace Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta satin ruched bodycon mini dress with spaghetti straps, gold heels, white backdrop; caption and open
    # answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. The dress is of short length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "pink dress Question: What is the color of the dress? Answer: pink Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("purple", "contradiction"),
        details("dress", "ruched sides and thin straps"),
        is_a("dress", "yes"),
        Q.material("silk", "unsupported"),
        title="Tokyo Talkies Women Magenta Satin Ruched Bodycon Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: copper sequinned sleeveless cowl top, worn with a black faux-leather mini skirt, white backdrop; caption
    # and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-027",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is v-shape. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("copper sequin top and black leather skirt"),
        Q.color("black", "other_garment_color"),
        color_of("top", "copper", kind="open"),
        Q.garment_type("top"),
        Q.material("other fabric", "non_answer"),
        title="Rare Women Copper-Toned Sequinned Cowl Neck Top",
        category="Tops",
        color="Copper",
        gender="Women",
    ),
    # photo: black lace bodycon midi dress over a nude lining, long sleeves, white backdrop; caption and open answers by
    # the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-028",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with other fabric and its "
            "neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige", "contradiction"),
        color_of("dress", "black", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        title="Sera Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: cream satin long-sleeve button-front blouse tucked into black wide-leg trousers, black clutch in her hand,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is lapel. The lady wears a long trousers. There is an accessory in her hand."
        ),
        wearing("he is wearing a white satin shirt and black trousers", "pronoun"),
        Q.color("white"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt is white and the pants are black and the shirt is white and the pants are black and the shirt "
            "is",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Vero Moda Women Cream-Coloured Satin Shirt Style Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: red sequinned sleeveless midi dress with a thigh slit, black heels, white backdrop, model in profile;
    # caption and open answers by the epoch-2 caption adapter (this caption in the base model's style), closed by the
    # reference engine
    case(
        "X957-030",
        caption("a woman in a red sequin dress posing for a photo"),
        wearing("red sequin dress"),
        Q.color("red"),
        Q.details("Question: What are the details of the garment? Answer: The dress is with other fabric", "leak"),
        is_a("skirt", "no"),
        Q.sleeve_length("sleeveless"),
        Q.description("a long red dress with a slit on the side"),
        title="Athena Women Red Sequinned Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black velvet long-sleeve top with gold floral embroidery on the yoke, worn with cream palazzo trousers,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-031",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with other fabric and pure color "
            "patterns."
        ),
        wearing("black top with gold embroidery and white pants"),
        Q.color("cream", "other_garment_color"),
        Q.pattern("floral"),
        details("top", "The details of the top are on the top.", "restated"),
        Q.material(
            "The top is made of cotton and the top is made of cotton and the top is made of cotton and the top",
            "loop",
            hit_limit=True,
        ),
        title="Label Ritu Kumar Women Black Velvet Embroidered Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue sequinned wrap mini dress with long sleeves, model sitting on a white stool, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of short length. The lady is sitting on a chair."
        ),
        wearing("navy blue dress"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long"),
        describe("dress", "The man is sitting on a stool in a blue sequin dress", "pronoun"),
        title="Berrylush Women Navy Blue Sequinned Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard satin top with short sleeves and a v-neck, mid-blue jeans, no glasses, white backdrop; caption and
    # open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a pair of glasses.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        Q.color("yellow"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.garment_type("top"),
        Q.material("satin"),
        title="Tokyo Talkies Women Mustard Yellow Satin Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: bottle green velvet slip dress with thin straps layered over a white short-sleeve t-shirt, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-034",
        caption(
            "The lady wears a short-sleeve tee with pure color patterns and a sleeveless dress. The dress is with "
            "other fabric. The tee is with cotton fabric and pure color patterns. The neckline of the tee is round. "
            "The dress is of",
            "cut",
            hit_limit=True,
        ),
        wearing("green velvet dress over a white t-shirt"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("dress"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("fabric", "non_answer"),
        title="Mango Women Green Velvet Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: peach lace top with cap sleeves and a scalloped hem, worn with white trousers, white backdrop; caption and
    # open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-035",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long trousers with pure color patterns."
        ),
        wearing("She is wearing a peach lace top and white pants.", who="she"),
        Q.color("peach"),
        color_of("top", "The color of the top is the color of the top.", "restated", kind="open"),
        Q.pattern("floral"),
        details("top", "Answer: scalloped hem and cap sleeves", "leak"),
        Q.material("The top is made of lace with a cotton lining and a zip at the side.", "unsupported"),
        title="DressBerry Women Peach-Coloured Lace Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: purple satin one-shoulder top with a ruffle on the shoulder, worn with black skinny jeans, bare arms, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-036",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        wearing("purple dress and black jeans", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        Q.description("The top is purple satin with a ruffle on one shoulder."),
        Q.details(
            "The details of the garment are ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, "
            "ruffles, ruffles",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Purple Satin One Shoulder Ruffled Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: gunmetal grey sequinned bodycon dress with long sleeves, knee length, front view, white backdrop; caption
    # and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of medium length. The sleeves of the dress are of long length and the "
            "neckline of the dress is",
            "cut",
            hit_limit=True,
        ),
        wearing("silver sequin dress"),
        Q.color("silver"),
        color_of(
            "dress",
            "The dress is grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.material("sequins"),
        Q.description("The dress is grey with sequins and it has a zip at the back.", "unsupported"),
        title="Rare Women Grey Sequinned Bodycon Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: red lace long-sleeve top worn under an open black leather jacket, with black jeans, white backdrop; caption
    # and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("black leather jacket, red lace top and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        color_of("top", "red", kind="open"),
        Q.material("lace"),
        Q.description("a black leather jacket with a zipper", "other_garment_color"),
        title="Vero Moda Women Red Lace Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: nude sequinned maxi gown, cap sleeves, bare neck, a large potted plant beside her, white backdrop; caption
    # and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "is of long length. There is a plant next to her."
        ),
        wearing("a beige sequin gown and a pearl necklace", "unsupported"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("short"),
        describe(
            "dress",
            "The dress is with other fabric. The dress is of long length. There is a plant next to her. The dress is "
            "with other fabric. The",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Forever New Women Nude-Coloured Sequinned Maxi Dress",
        category="Dresses",
        color="Nude",
        gender="Women",
    ),
    # photo: navy blue velvet off-shoulder bardot top with long sleeves, worn with a white midi skirt, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-040",
        caption(
            "His shirt has long sleeves, other fabric and pure color patterns. He wears a long skirt. The skirt is of "
            "long length with pure color patterns.",
            "pronoun",
        ),
        wearing("navy off shoulder top with white skirt"),
        Q.color("white", "other_garment_color"),
        color_of("top", "navy blue", kind="open"),
        Q.sleeve_length("long"),
        is_a("skirt", "yes", "contradiction"),
        title="Miss Chase Women Navy Blue Velvet Bardot Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: royal blue sequinned top with long bell sleeves, worn with a silver pleated midi skirt, grey backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long skirt. Question: What is the color of the skirt? Answer:",
            "leak",
        ),
        wearing("blue sequin top and silver skirt"),
        Q.color("silver", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        details("top", "bell sleeves"),
        describe("top", "The top is silver with sequins and long sleeves.", "other_garment_color"),
        title="Athena Women Blue Sequinned Bell Sleeve Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black satin wrap midi dress with white polka dots and a self tie (no belt), short sleeves, red heels, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-042",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of medium length.",
            "contradiction",
        ),
        wearing("black and white polka dot dress with a white belt", "unsupported"),
        Q.color("black"),
        Q.pattern("polka dot"),
        color_of("dress", "black with white polka dots", kind="open"),
        Q.description("a dress", "non_answer"),
        title="Berrylush Women Black Polka Dot Print Satin Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rose gold sequinned halter-neck top, worn with white flared jeans, white backdrop; caption and open answers
    # by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-043",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a pink sequin halter top and white jeans"),
        Q.color("pink"),
        Q.garment_type("top"),
        Q.material("The garment is made of sequins"),
        details("top", "halter neck"),
        wearing("white jeans and a white top", "other_garment_color", who="she"),
        title="StyleStone Women Rose Gold-Toned Sequinned Halter Neck Top",
        category="Tops",
        color="Rose Gold",
        gender="Women",
    ),
    # photo: black velvet mini dress with short puff sleeves, a white contrast collar and no pockets, black tights,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine; the feed
    # row has no gender
    case(
        "X957-044",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is lapel. The dress is of short length."
        ),
        wearing("black velvet dress with white collar and black tights"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short"),
        details("dress", "white collar, puff sleeves and a pocket on the chest", "unsupported"),
        describe(
            "dress",
            "The dress is black velvet with a white collar and puff sleeves. The dress is black velvet with a white "
            "collar and puff sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Zink London Women Black Velvet Collared Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: baby pink satin corset top with straps, worn with a black mini skirt and a sheer black long-sleeve shrug,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X957-045",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is square. The lady wears a short skirt. The skirt is with other fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric and its neckline "
            "is square. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "Question: Describe the garment. Answer: The tank top is with other fabric and its neckline is square. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Athena Women Pink Satin Corset Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green sequinned fringe dress, sleeveless, knee length, model mid-twirl, empty hands, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine; the feed row
    # has no category
    case(
        "X957-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress "
            "is of medium length. She is dancing. She carries a bag in her hand.",
            "unsupported",
        ),
        wearing("green sequin fringe dress"),
        Q.color("green"),
        Q.details("The dress has details.", "non_answer"),
        is_a("dress", "yes"),
        Q.material("sequins and fringe"),
        title="Forever New Women Green Sequinned Fringe Dress",
        color="Green",
        gender="Women",
    ),
]
