"""BLIND_1227 (45 products; Myntra women's party and evening wear): written blind in the sixty-second session. Measured
blind at 189d17b (the session's first rules): 80/92 failures found (87.0%) and 14/189 correct texts flagged (7.4%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and slip dresses, velvet and satin
gowns, tulle maxis, jumpsuits, party crop tops and skirts sold alone or as co-ord sets, a blazer, a shrug, sequin
shorts. Catalog shots: a model on a plain grey or white backdrop wearing the product with other clothes (a tee under
a skirt, trousers under a crop top, a blazer over a slip dress), now and then a flat lay, a back view, or a prop (a
clutch, a champagne glass). Columns as Myntra has them: title, category (article type: Dresses, Tops, Skirts,
Co-Ords, Clothing Set, Jumpsuit, Blazers, Shrug, Shorts), color (base colour), gender; one of them missing now and
then.
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion-MultiModal template: "upper clothing /
lower clothing", fabric and pattern words, no hue names, accessories). It never learned to stop, so every caption ran
to the 50-token limit (hit_limit=True on all of them). Every answer is the VQA adapter, greedy, 30 new tokens: most
answers are short and clean ("black", "yes", "a gold dress"); some loop, some run on into a new "Question: ...
Answer:" turn, some run on and are cut at the limit. Closed questions (garment type, color, pattern, sleeve length,
"Is this a ...?") are stored as the reference engine keeps them: a candidate label, or the raw text.
Labeling conventions and judgement calls:
- A caption that stops at the limit mid-sentence is "cut" even when what it says is right; a caption that happens to
  end on a full stop at the limit and says nothing wrong is left unmarked (three of them). A caption that is cut AND
  wrong gets the label of the worse fault (invented ring, looping sentence, wrong pronoun, two garments for one).
- The template's "upper clothing ... lower clothing" for a dress or jumpsuit is accepted (it describes the parts);
  a caption that names two separate garments ("tank top and long trousers") for a one-piece is "contradiction".
- Pleats or fringe read as "striped patterns" while the pattern answer says solid: the caption is "contradiction".
  A corset's boning read as "striped" by the pattern answer, while the caption says pure color: "contradiction".
- "There is an accessory on her wrist" / "a ring on her finger" when the photo has none, or on a flat lay with no
  person: "unsupported". When the model really wears one, it is fine.
- Near-hue answers accepted as right: lavender -> purple, magenta -> pink, teal -> green, copper -> brown, burgundy
  -> maroon, mustard -> yellow, navy -> blue. Navy answered "black" and a heavy-silver top answered "white" are
  wrong ("contradiction"); beige-and-gold gown answered "white" is wrong too.
- The product's color question answered with the color of another garment or prop in the shot (the skirt under a
  crop top, the blazer over the dress, the clutch in her hand, the dress under a shrug): "other_garment_color". The
  same for a companion garment answered with the product's color (the pants called white like the white top).
- "Is this a skirt?" -> "yes" for a dress, garment type "pants" for a jumpsuit or "dress" for a shrug: "contradiction".
  A blazer dress answered "yes" to "Is this a jacket?" is also counted "contradiction" (the title says dress); its
  caption's "long-sleeve jacket ... lower clothing of short length" describes its parts and is only "cut".
- Details that only echo the question's garment or length ("they are short", "the gown", empty) are "non_answer";
  "the blazer is a blazer" and "the garment is made of the garment" are "restated".
- "he" for a woman model, "This man" / "gentleman" in a caption: "pronoun".
- Material "cotton" for a sequinned polyester dress or a satin cami is "unsupported"; "sequin", "satin", "velvet",
  "tulle", "mesh", "organza", "polyester", "georgette" where they fit are right.
- Loops, prompt run-ons and cut answers all hit the 30-token limit and are marked hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1227 = [
    # Photo: model on grey backdrop in a black sequinned (polyester) spaghetti-strap bodycon mini dress, silver heels,
    # small silver hoops, no ring or bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1227-001",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of short length. The fabric is other and it has pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sequin dress"),
        color_of("dress", "black"),
        B.sleeve_length("sleeveless"),
        B.material("polyester"),
        is_a("skirt", "no"),
        gender="Women",
        title="Berrylush Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy blue sequinned V-neck maxi gown with full sleeves and a side slit, studio lighting makes it look dark;
    # a thin silver bracelet. Caption: epoch-2 adapter (names a shirt and a skirt); answers: VQA adapter.
    case(
        "X1227-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric and its neckline is v-shape. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        color_of("dress", "black", "contradiction"),
        wearing("a blue dress"),
        B.sleeve_length("long"),
        details(
            "dress",
            "the dress has sequins all over and a v neckline and long sleeves and a slit on the side and the back of "
            "the dress has a zip and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Navy Blue Embellished Sequinned Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: gold sequinned sleeveless round-neck crop top (the product) worn with a black high-waist satin midi skirt.
    # Caption: epoch-2 adapter; answers: VQA adapter (top's color taken from the skirt).
    case(
        "X1227-003",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is round. The skirt is with other fabric and pure color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black", "other_garment_color"),
        wearing("a gold top and a black skirt"),
        is_a("crop top", "yes"),
        B.garment_type("top"),
        B.pattern("solid"),
        gender="Women",
        title="Tokyo Talkies Gold-Toned Sequinned Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Photo: maroon velvet wrap midi dress, full sleeves, V neck; the model holds a gold clutch and wears a gold ring.
    # Caption: epoch-2 adapter; answers: VQA adapter (dress color taken from the clutch).
    case(
        "X1227-004",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of three-quarter length. The fabric is other and it has pure color patterns. The "
            "lady wears a ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold", "other_garment_color"),
        describe("dress", "velvet wrap dress with long sleeves"),
        B.material("velvet"),
        B.sleeve_length("long"),
        is_a("jumpsuit", "no"),
        gender="Women",
        title="Athena Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: silver sequinned polyester A-line mini skirt (the product) with a plain white crew-neck tee tucked in;
    # bare wrists.
    # Caption: epoch-2 adapter (invents a wrist accessory); answers: VQA adapter.
    case(
        "X1227-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with other fabric and pure color patterns. There "
            "is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        wearing("a white t-shirt and a silver skirt"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is short", "non_answer"),
        B.material("polyester"),
        gender="Women",
        title="Rare Women Silver-Toned Sequinned A-Line Mini Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Photo: emerald green satin cowl-neck slip midi dress with thin straps, a black blazer draped on the shoulders.
    # Caption: epoch-2 adapter; answers: VQA adapter (dress color taken from the blazer).
    case(
        "X1227-006",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-quarter length. The fabric is other and it has pure color patterns. This "
            "lady also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black", "other_garment_color"),
        wearing("a green dress and a black jacket"),
        describe("dress", "a green satin dress with thin straps"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Forever New Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: rose pink tulle tiered maxi gown, round neck, short flutter sleeves, white backdrop.
    # Caption: epoch-2 adapter (repeats its second sentence); answers: VQA adapter.
    case(
        "X1227-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is with chiffon fabric and its neckline is round. The dress is with "
            "chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "pink"),
        is_a("gown", "yes"),
        details(
            "gown",
            "ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, ruffle, "
            "ruffle, ruffle",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        B.material("tulle"),
        gender="Women",
        title="SIRIKIT Pink Tulle Tiered Maxi Gown",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black co-ord set: sleeveless square-neck crop top with gold sequin trim at the hem, matching black flared
    # midi skirt. Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is square. The skirt is with other fabric and pure color patterns. The "
            "tank top is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a black skirt"),
        color_of("skirt", "black"),
        color_of("top", "black"),
        details(
            "top",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="U&F Women Black Embellished Crop Top With Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: burgundy off-shoulder ruched bodycon midi dress with short sleeves; no jewellery on the hands.
    # Caption: epoch-2 adapter (invents a ring); answers: VQA adapter.
    case(
        "X1227-009",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. The lower clothing is of "
            "three-quarter length. The fabric is other and it has pure color patterns. The lady wears a ring on her "
            "finger. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        color_of("dress", "maroon"),
        wearing("he is wearing a maroon dress", "pronoun", who="she"),
        B.sleeve_length("short"),
        describe("dress", "the dress is off the shoulder and fitted"),
        gender="Women",
        title="StyleStone Women Burgundy Off-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: back view: gold sequinned sheath dress with an open back and a tie at the neck, model looking over her
    # shoulder. Caption: epoch-2 adapter (tank top and skirt for a dress); answers: VQA adapter.
    case(
        "X1227-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with other fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        details("dress", "open back with a tie"),
        color_of("dress", "gold"),
        is_a("dress", "yes"),
        B.pattern("solid"),
        wearing(
            "a gold dress\nQuestion: What is the color of the dress? Answer: gold\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Dressberry Gold-Toned Sequinned Backless Sheath Dress",
        category="Dresses",
        color="Gold",
    ),
    # Photo: lavender georgette sleeveless crop top covered in heavy silver embroidery and sequins, matching lavender
    # flared skirt; a silver ring. Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-011",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is round. The skirt is with other fabric and pure color patterns. This "
            "lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "purple"),
        color_of("top", "white", "contradiction"),
        wearing("a purple top and a purple skirt"),
        B.sleeve_length("sleeveless"),
        B.material("georgette"),
        gender="Women",
        title="Ishin Women Lavender Embellished Crop Top with Flared Skirt",
        category="Clothing Set",
        color="Lavender",
    ),
    # Photo: flat lay on white: red sequinned one-shoulder mini dress, no person, no accessories. Gender column
    # missing. Caption: epoch-2 adapter (a lady and a wrist accessory on a flat lay); answers: VQA adapter.
    case(
        "X1227-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and its "
            "neckline is suspenders. The lower clothing is of short length. The fabric is other and it has pure "
            "color patterns. There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a red dress"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        B.sleeve_length("sleeveless"),
        describe(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        title="Rare Red Sequinned One-Shoulder Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: teal satin halter-neck wide-leg jumpsuit with a self-tie belt at the waist, grey backdrop.
    # Caption: epoch-2 adapter, ends on a full stop at the limit, all right; answers: VQA adapter.
    case(
        "X1227-013",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her waist.",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        color_of("jumpsuit", "green"),
        is_a("jumpsuit", "yes"),
        wearing("a jumpsuit"),
        B.pattern("solid"),
        B.material("satin"),
        gender="Women",
        title="Antheaa Teal Halter Neck Satin Basic Jumpsuit",
        category="Jumpsuit",
        color="Teal",
    ),
    # Photo: black lace bodycon midi dress, round neck, sheer floral-lace full sleeves; no jewellery.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-014",
        caption(
            "The upper clothing has long sleeves, other fabric and complicated patterns. It has a round neckline. "
            "The lower clothing is of three-quarter length. The fabric is other and it has complicated patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.material("lace"),
        B.sleeve_length("sleeveless", "contradiction"),
        color_of("dress", "black"),
        details("dress", "lace sleeves and a round neck"),
        is_a("top", "no"),
        gender="Women",
        title="Zink London Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: beige maxi gown with gold sequin embellishment, V neck, short cape sleeves, a gold bangle.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-015",
        caption(
            "The upper clothing has short sleeves, other fabric and complicated patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is other and it has complicated patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "white", "contradiction"),
        wearing("a long dress"),
        describe(
            "gown",
            "a long gown with sequins and a cape on the shoulders and the gown has a long train and the cape is made "
            "of the same fabric as the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        is_a("gown", "yes"),
        gender="Women",
        title="Label Ritu Kumar Beige Embellished Maxi Gown",
        category="Dresses",
        color="Beige",
    ),
    # Photo: pink sequinned sleeveless crop top (the product) with white wide-leg trousers, a gold cuff bracelet.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "other fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        color_of("pants", "white"),
        wearing("a pink top and white pants"),
        is_a("crop top", "yes"),
        details(
            "top",
            "sequin, sleeveless, sequin, sleeveless, sequin, sleeveless, sequin, sleeveless, sequin, sleeveless, "
            "sequin,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Pink Sequinned Crop Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: short-haired woman model in a black one-shoulder cocktail dress with a ruffle over the shoulder, a black
    # ring on her right hand. Caption: epoch-2 adapter (calls her a man); answers: VQA adapter.
    case(
        "X1227-017",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of short "
            "length. The fabric is other and it has pure color patterns. This man wears a ring on his finger. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a black dress"),
        color_of("dress", "black"),
        B.sleeve_length("sleeveless"),
        details("dress", "ruffles on the shoulder"),
        B.material("", "non_answer"),
        gender="Women",
        title="Mango Black One-Shoulder Ruffled Cocktail Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: royal blue sequinned wrap mini dress with full sleeves, V neck, a silver bracelet.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-018",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of short length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        is_a("shirt", "no"),
        B.garment_type("dress"),
        B.sleeve_length("long"),
        gender="Women",
        title="Berrylush Women Blue Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: silver sequinned single-breasted blazer (the product) open over a black sleeveless bodysuit and black
    # straight trousers. Caption: epoch-2 adapter; answers: VQA adapter (blazer color taken from the clothes under it).
    case(
        "X1227-019",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is other and it has pure color patterns. This lady also "
            "wears an outer clothing, with other fabric",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "black", "other_garment_color"),
        wearing("a silver jacket and black pants"),
        is_a("jacket", "yes"),
        B.garment_type("jacket"),
        B.sleeve_length("long"),
        details("blazer", "the blazer is a blazer", "restated"),
        gender="Women",
        title="Forever New Silver-Toned Sequinned Blazer",
        category="Blazers",
        color="Silver",
    ),
    # Photo: peach chiffon tiered ruffled mini dress, short sleeves, V neck; the model sits on a white stool; no
    # jewellery. Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-020",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. It has a v-shape "
            "neckline. The lower clothing is of short length. The fabric is chiffon and it has pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "peach"),
        wearing("she is wearing a peach dress", who="she"),
        describe("dress", "a short dress with ruffles"),
        B.pattern("solid"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        title="SASSAFRAS Peach-Coloured Ruffled Tiered Mini Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: black satin maxi skirt with a thigh-high side slit (the product), no pockets, with a white square-neck
    # corset top; hoop earrings. Caption: epoch-2 adapter; answers: VQA adapter (invents pockets).
    case(
        "X1227-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is square. The skirt is with other fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        wearing("a white top and a black skirt"),
        details("skirt", "a slit on the side and two pockets", "unsupported"),
        B.garment_type("skirt"),
        B.material("satin"),
        gender="Women",
        title="Rare Women Black Satin Slit Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: gold metallic polyester pleated midi skirt (the product), plain, with a black ribbed turtleneck tucked in;
    # a gold watch. Caption: epoch-2 adapter (pleats read as stripes); answers: VQA adapter (skirt color from the
    # sweater).
    case(
        "X1227-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric and its neckline is standing. The skirt is with other fabric and striped patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        B.pattern("solid"),
        is_a("skirt", "yes"),
        wearing("a black sweater and a gold skirt"),
        B.material("polyester"),
        gender="Women",
        title="U&F Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: olive green sequinned slip mini dress with thin straps, a gold ring. Caption: epoch-2 adapter, ends on a
    # full stop at the limit, all right; answers: VQA adapter.
    case(
        "X1227-023",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of short length. The fabric is other and it has pure color patterns. The female "
            "wears a ring on her finger.",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        wearing("a green dress"),
        B.sleeve_length("sleeveless"),
        details(
            "dress",
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        gender="Women",
        title="Dressberry Olive Green Sequinned Slip Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: magenta satin one-shoulder maxi gown with a single long sleeve, a crystal bracelet on the bare arm.
    # Caption: epoch-2 adapter (repeats the bracelet sentence); answers: VQA adapter.
    case(
        "X1227-024",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is other and it has pure color patterns. There is an accessory on her wrist. There "
            "is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "pink"),
        B.sleeve_length("long"),
        is_a("gown", "yes"),
        wearing(
            "a pink gown and a pink gown and a pink gown and a pink gown and a pink gown and a pink gown and a pink",
            "loop",
            hit_limit=True,
        ),
        describe("gown", "the gown", "non_answer"),
        gender="Women",
        title="SIRIKIT Magenta One Shoulder Maxi Gown",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: white pearl-embellished square-neck corset crop top (the product) with black faux-leather trousers.
    # Caption: epoch-2 adapter; answers: VQA adapter (the trousers called white like the top).
    case(
        "X1227-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is square. The pants are with leather fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white"),
        color_of("pants", "white", "other_garment_color"),
        wearing("a white top and black leather pants"),
        details("top", "pearls on the top"),
        B.garment_type("top"),
        gender="Women",
        title="StyleStone White Embellished Corset Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: black velvet double-breasted blazer dress, mini length, gold buttons, notch lapels, long sleeves.
    # Caption: epoch-2 adapter (the blazer dress as a jacket: accepted, it looks like one); answers: VQA adapter.
    case(
        "X1227-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is lapel. The lower clothing is of short length. The fabric is other and it has pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        B.garment_type("dress"),
        color_of("dress", "black"),
        details("dress", "gold buttons on the front"),
        B.material("velvet"),
        B.color(
            "black Question: What is the color of the buttons? Answer: gold Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Mango Black Velvet Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view: silver sequinned halter-neck maxi dress with an open back, hands at her sides.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-027",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is other and it has pure color patterns. This lady has neckwear. There is an "
            "accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        color_of("dress", "silver"),
        details("dress", "the back is open with a halter tie at the neck"),
        wearing("a long silver dress"),
        B.pattern("solid"),
        is_a("gown", "yes"),
        gender="Women",
        title="Athena Silver-Toned Embellished Halter Neck Maxi Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: co-ord: black sleeveless round-neck crop top and a gold sequinned mini skirt, grey backdrop.
    # Caption: epoch-2 adapter; answers: VQA adapter (skirt called black like the top).
    case(
        "X1227-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric and its neckline is round. The skirt is with other fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black"),
        color_of("skirt", "black", "other_garment_color"),
        wearing("a black top and a gold skirt"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "no"),
        B.color("black"),
        gender="Women",
        title="Tokyo Talkies Black Top with Gold-Toned Sequinned Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: red satin long-sleeve wrap crop top (the product) tied at the waist, with black straight trousers.
    # Caption: epoch-2 adapter (calls her a man); answers: VQA adapter.
    case(
        "X1227-029",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with other "
            "fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns. There "
            "is",
            "pronoun",
            hit_limit=True,
        ),
        color_of("top", "red"),
        wearing("a red top and black pants"),
        B.sleeve_length("long"),
        describe("top", "red satin wrap top with a tie at the waist"),
        B.material("satin"),
        gender="Women",
        title="SASSAFRAS Red Satin Wrap Crop Top",
        category="Tops",
        color="Red",
    ),
    # Photo: flat lay: navy blue A-line knee-length dress, flutter sleeves, floral sequin embroidery on the yoke.
    # Caption: epoch-2 adapter (starts on "The lady" and is cut); answers: VQA adapter.
    case(
        "X1227-030",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and complicated patterns. It has a round neckline. "
            "The lower clothing is of medium short length. The fabric is chiffon and it has complicated patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue"),
        wearing("a blue dress"),
        B.pattern("floral"),
        is_a("dress", "yes"),
        details(
            "dress",
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered embroidered "
            "embroidered embroidered",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Label Ritu Kumar Navy Blue Embellished A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black sequinned bodycon mini dress, round neck, sheer black mesh full sleeves, a silver bracelet.
    # Caption: epoch-2 adapter, ends on a full stop at the limit, all right; answers: VQA adapter.
    case(
        "X1227-031",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing(
            "a black dress with sheer sleeves Question: What is the color of the dress? Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        B.sleeve_length("long"),
        B.material("mesh"),
        is_a("top", "no"),
        gender="Women",
        title="Berrylush Black Sequinned Bodycon Dress with Mesh Sleeves",
        category="Dresses",
        color="Black",
    ),
    # Photo: mustard satin cowl-neck cami top (the product), thin straps, with white wide-leg trousers.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "other fabric and its neckline is suspenders. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "yellow"),
        wearing("a yellow top and white pants"),
        B.garment_type("tank top"),
        B.pattern("solid"),
        describe("top", "a yellow satin top with thin straps"),
        B.material("cotton", "unsupported"),
        gender="Women",
        title="Rare Mustard Satin Cowl Neck Cami Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: black tulle tiered maxi skirt (the product) with a black strappy bustier top, a silver ring.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with chiffon fabric and pure color patterns. "
            "This lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        is_a("skirt", "yes"),
        details("skirt", "layers"),
        B.material("tulle"),
        wearing("he is wearing a black top and a black skirt", "pronoun", who="she"),
        gender="Women",
        title="Dressberry Black Tulle Tiered Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: copper metallic pleated maxi dress, short cap sleeves, V neck, self-tie belt at the waist.
    # Caption: epoch-2 adapter; answers: VQA adapter.
    case(
        "X1227-034",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. There is an "
            "accessory on her waist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "brown"),
        wearing("a long dress"),
        B.sleeve_length("short"),
        describe("dress", "a long pleated dress with a belt"),
        is_a("skirt", "no"),
        B.material("the garment is made of the garment", "restated"),
        gender="Women",
        title="Forever New Copper-Toned Metallic Pleated Maxi Dress",
        category="Dresses",
        color="Copper",
    ),
    # Photo: powder blue set: sleeveless V-neck crop top and flared maxi skirt, both with mirror work and sequins at
    # the hems; no ring, no bracelet. Caption: epoch-2 adapter (invents a ring); answers: VQA adapter.
    case(
        "X1227-035",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is v-shape. The skirt is with other fabric and complicated patterns. The "
            "lady wears a ring on her finger. There",
            "unsupported",
            hit_limit=True,
        ),
        color_of("top", "blue"),
        color_of("skirt", "blue"),
        wearing("a blue top and a blue skirt"),
        details("skirt", "mirror work and sequins on the hem"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "no"),
        gender="Women",
        title="Ishin Powder Blue Embellished Crop Top & Skirt",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: black sequinned high-waist shorts (the product) with a white satin long-sleeve shirt, a gold watch.
    # Caption: epoch-2 adapter; answers: VQA adapter (shorts color taken from the shirt).
    case(
        "X1227-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short shorts. The shirt is with other "
            "fabric and its neckline is lapel. The shorts are with other fabric and pure color patterns. There is an "
            "accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color"),
        wearing("a white shirt and black shorts"),
        details("shorts", "they are short", "non_answer"),
        is_a("skirt", "no"),
        B.material("sequin"),
        gender="Women",
        title="Rare Women Black Sequinned Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: white sequinned sleeveless V-neck gown with a feather trim at the hem. Color column missing.
    # Caption: epoch-2 adapter (feathers as "furry"); answers: VQA adapter.
    case(
        "X1227-037",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is furry and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "white"),
        details("gown", "feathers on the bottom"),
        B.sleeve_length("sleeveless"),
        wearing(
            "a white dress\nQuestion: What is the color of the dress? Answer: white\nQuestion: Is this a",
            "leak",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        gender="Women",
        title="SIRIKIT White Sequinned Feather Trim Gown",
        category="Dresses",
    ),
    # Photo: dusty pink satin corset midi dress with boning seams and thin straps.
    # Caption: epoch-2 adapter; answers: VQA adapter (boning read as stripes).
    case(
        "X1227-038",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of three-quarter length. The fabric is other and it has pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        B.garment_type("dress"),
        describe("dress", "a pink satin dress with a corset top and thin straps"),
        B.pattern("striped", "contradiction"),
        is_a("jumpsuit", "no"),
        B.material("satin"),
        gender="Women",
        title="StyleStone Pink Satin Corset Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black sheer longline shrug (the product) with long sleeves over a gold sequinned slip maxi dress.
    # Caption: epoch-2 adapter; answers: VQA adapter (shrug answered with the dress under it).
    case(
        "X1227-039",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is other and it has pure color patterns. This lady also wears an outer clothing, "
            "with chiffon fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shrug", "gold", "other_garment_color"),
        wearing("a gold dress and a black jacket"),
        B.garment_type("dress", "contradiction"),
        B.sleeve_length("long"),
        details("shrug", "sheer"),
        gender="Women",
        title="U&F Women Black Sheer Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Photo: maroon sequinned long-sleeve round-neck bodycon mini dress; the model holds a champagne glass and wears
    # a ring. Caption: epoch-2 adapter (starts repeating the ring sentence); answers: VQA adapter.
    case(
        "X1227-040",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is other and it has pure color patterns. The lady wears a "
            "ring on her finger. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "maroon"),
        wearing("she is wearing a maroon dress", who="she"),
        B.sleeve_length("long"),
        details(
            "dress",
            "the dress has a long sleeve and a long sleeve and a long sleeve and a long sleeve and a long",
            "loop",
            hit_limit=True,
        ),
        B.material("sequin"),
        gender="Women",
        title="Athena Maroon Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: front view: pink organza puff-sleeve top (the product), round neck, plain back not shown, tucked into a
    # black satin mini skirt; a pearl bracelet. Caption: epoch-2 adapter; answers: VQA adapter (invents a bow).
    case(
        "X1227-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short skirt. The shirt is with "
            "chiffon fabric and its neckline is round. The skirt is with other fabric and pure color patterns. There "
            "is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        B.sleeve_length("short"),
        wearing("a pink top and a black skirt"),
        describe("top", "pink top with puffy sleeves and a bow at the back", "unsupported"),
        is_a("blouse", "yes"),
        B.material("organza"),
        gender="Women",
        title="Mango Pink Puff Sleeve Organza Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: black strapless sequinned wide-leg jumpsuit, grey backdrop, a silver cuff.
    # Caption: epoch-2 adapter (a tank top with straps and trousers); answers: VQA adapter.
    case(
        "X1227-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "other fabric and its neckline is suspenders. The trousers are with other fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("pants", "contradiction"),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "black"),
        wearing("a black jumpsuit"),
        details(
            "jumpsuit",
            "strapless strapless strapless strapless strapless strapless strapless strapless strapless strapless "
            "strapless strapless strapless strapless strapless",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Black Sequinned Strapless Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: purple sequinned V-neck sleeveless flapper mini dress with rows of fringe, plain color, a bangle.
    # Caption: epoch-2 adapter (fringe read as stripes); answers: VQA adapter.
    case(
        "X1227-043",
        caption(
            "The upper clothing has no sleeves, other fabric and striped patterns. It has a v-shape neckline. The "
            "lower clothing is of short length. The fabric is other and it has striped patterns. There is an "
            "accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("solid"),
        color_of("dress", "purple"),
        details("dress", "fringe"),
        wearing("a purple dress"),
        is_a("dress", "yes"),
        gender="Women",
        title="Rare Purple Sequinned Fringe Mini Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: black velvet off-shoulder long-sleeve crop top (the product) with a silver sequinned maxi skirt; a ring
    # and a bracelet. Caption: epoch-2 adapter; answers: VQA adapter (top's color from the skirt).
    case(
        "X1227-044",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is other and it has complicated patterns. There is an accessory on her wrist. The "
            "lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "silver", "other_garment_color"),
        wearing("a black top and a silver skirt"),
        B.sleeve_length("long"),
        B.garment_type("top"),
        details("top", "velvet off shoulder"),
        B.material("velvet"),
        gender="Women",
        title="SASSAFRAS Black Velvet Off-Shoulder Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: red velvet sleeveless sweetheart-neck gown, a ruby ring. Gender column missing.
    # Caption: epoch-2 adapter (sweetheart as v-shape, accepted); answers: VQA adapter.
    case(
        "X1227-045",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is other and it has pure color patterns. This lady wears a "
            "ring on her finger. This",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "red"),
        wearing("a red gown"),
        describe(
            "gown",
            "a red velvet gown with a sweetheart neckline and a long skirt and a long skirt and a long skirt and a "
            "long skirt and a long",
            "loop",
            hit_limit=True,
        ),
        B.material("velvet"),
        is_a("gown", "yes"),
        B.color("red"),
        title="Label Ritu Kumar Red Velvet Sweetheart Neck Gown",
        category="Dresses",
        color="Red",
    ),
]
