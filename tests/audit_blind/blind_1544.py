"""BLIND_1544 (45 products; Myntra women's nightwear and lingerie): written blind in the sixty-sixth session. Measured
blind at b37ad1b (the session's second rules): 78/93 failures found (83.9%) and 30/188 correct texts flagged (16.0%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's nightwear, lingerie and loungewear (night suits, nightdresses, baby dolls, robes,
bras, briefs, camisoles, shapewear, lounge pants, shorts and tees). The catalog columns are the feed's own: title,
category (Myntra's article type), color (Myntra's base colour) and gender; one is missing now and then. Photos are the
usual catalog shots: a model on a plain grey, white or beige backdrop wearing the product with other clothes (jeans,
a tee, a crop top, a shirt thrown over the shoulders), two flat lays of multi-packs, three back views.
Who wrote what: captions and every open answer (wearing, describe, details, the open color questions and material)
come from the epoch-2 checkpoint of the caption adapter (q_proj/k_proj LoRA on DeepFashion-MultiModal templates),
greedy, 50 new tokens for captions and 30 for answers, no end-of-answer token trained. Captions therefore speak the
template ("The lady wears a sleeveless tank top with pure color patterns...", "suspenders neckline", "three-point
pants", fabrics cotton/chiffon/knitting/denim/furry/other) and name no hues; most run to the limit and are cut
mid-sentence or fall into a loop. Short open questions still got a short answer and a stop about half the time;
otherwise the adapter returned the caption template. The closed questions (garment type, color, pattern, sleeve
length, "Is this a ...?") were answered by the reference engine: the untuned base model ranking a candidate list, so
those texts are a single label and never run on.
Labeling conventions and judgement calls: one failure kind per text, the most salient one. A text cut mid-sentence
at the limit is `cut` unless something in it is worse (a wrong garment, an invented accessory, a wrong pronoun, a
loop). Two captions ran exactly to 50 tokens and stopped on a full stop with nothing false in them: marked
hit_limit=True but left correct. The template's vocabulary is accepted where it names the same kind of garment:
nightdress/baby doll -> dress, night suit -> T-shirt/shirt and pants, camisole -> tank top, hoodie -> sweater, robe
over a gown -> "outer clothing"; a bra, bralette or lingerie set called a tank top (and briefs called shorts), or a
robe called a coat or a cardigan, contradicts the title and is `contradiction`. Fabrics: "chiffon" is accepted for
satin and "other fabric" for lace (the template has no better word), "cotton" for a satin the title names is
`contradiction`, "silk" for a satin is `unsupported`. Adjacent shades are accepted (lavender/purple, peach/light
pink, burgundy/maroon, olive/green, coral/orange, teal/blue, off white/white, mauve/purple, charcoal/grey); a color
that belongs to another garment in the photo is `other_garment_color`, any other wrong color (the print's color,
one color for an assorted pack, maroon seen as brown) is `contradiction`. A printed robe's ground color for a "Multi"
robe is accepted. A closed garment type that drops the product's own kind for a generic one ("shorts" for shapewear
or boyshorts when "shapewear"/"briefs" are candidates) is `contradiction`. A wrong fact only the photo shows (a ring,
a hat, a necklace, pockets, a grip strip, a person in a flat lay, a bodysuit) is `unsupported`; a wrong sleeve
length that the caption contradicts is `contradiction`. "They are short" for the shorts' details is `non_answer`, as
is the caption template returned for a color question; "The shorts are shorts" and "the bra details are the bra
details" are `restated`. A question echoed back ("Question: ... Answer:") is `leak`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1544 = [
    # Photo: model on a grey backdrop in a navy short-sleeve round-neck pyjama top with a small white star print and
    # matching long pyjama pants. The caption runs to 50 tokens and stops inside a sentence.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue and white star print pajama set"),
        color_of("pajama top", "navy blue", kind="open"),
        details(
            "pants",
            "The pants are with cotton fabric and graphic patterns. The pants are with cotton fabric and graphic "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        gender="Women",
        title="Sweet Dreams Women Navy Blue & White Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a black lace non-padded bra with matching black lace briefs, hair over one shoulder, grey
    # backdrop. The caption calls the bra a tank top.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-002",
        caption(
            "This woman is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "It has a suspenders neckline. The pants this woman wears is of three-point length. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        color_of("bra", "black", kind="open"),
        describe("bra", "a black lace bra with thin straps"),
        Q.garment_type("bra"),
        Q.pattern("lace"),
        is_a("bra", "yes"),
        Q.material("lace"),
        gender="Women",
        title="Clovia Women Black Lace Non-Padded Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a knee-length maroon satin wrap robe, long sleeves with lace cuffs, belt tied at the waist, the
    # lace hem of a matching slip showing below; white backdrop. No pockets.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-003",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a V-shape neckline. There is a belt on her waist. The lady wears a long-sleeve cardigan with pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a maroon satin robe"),
        color_of("robe", "maroon", kind="open"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("robe"),
        details("robe", "The robe has a belt on the waist and two pockets on the front.", "unsupported"),
        gender="Women",
        title="Zivame Women Maroon Satin Wrap Robe",
        category="Robe",
        color="Maroon",
    ),
    # Photo: model in a knee-length pink cotton nightdress with short sleeves, a round neck and a white and grey cat
    # print; a thin bracelet on her left wrist.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-004",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("nightdress", "pink", kind="open"),
        Q.color("pink"),
        Q.pattern("printed"),
        is_a("nightdress", "yes"),
        describe(
            "nightdress",
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is with cotton "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Nite Flite Women Pink Cat Print Cotton Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # Photo: model in a plain white round-neck tee over grey melange joggers with a drawstring, side pockets and
    # cuffed ankles, white sneakers. The open color answer gives the pants the tee's white.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. This "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "drawstring waist, side pockets and cuffed ankles"),
        Q.garment_type("lounge pants"),
        Q.color("grey"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a nude seamless padded T-shirt bra with matching nude briefs, beige backdrop.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns",
            "contradiction",
            hit_limit=True,
        ),
        color_of("bra", "white", "contradiction", kind="open"),
        Q.color("beige"),
        Q.garment_type("bra"),
        is_a("bra", "no", "contradiction"),
        describe("bra", "a plain seamless bra with molded cups and adjustable straps"),
        gender="Women",
        title="Amante Women Nude Solid Seamless Padded T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model in a loose white camisole over black high-waist thigh-shaper shorts ending mid-thigh; the shaper's
    # inside is not shown.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point pants. The tank top is "
            "with cotton fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top and black shorts"),
        color_of("shapewear", "white", "other_garment_color", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black"),
        details("shapewear", "high waist with a silicone grip on the waistband", "unsupported"),
        gender="Women",
        title="Enamor Women Black High-Waist Thigh Shaper Shorts",
        category="Shapewear",
        color="Black",
    ),
    # Photo: model in a lavender satin camisole with lace at the neckline and matching satin shorts with a lace hem,
    # grey backdrop.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The shorts this lady wears is of three-point length. The shorts are with "
            "chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "purple", kind="open"),
        Q.color("lavender"),
        Q.material("satin"),
        describe(
            "shorts",
            "The shorts are with chiffon fabric and pure color patterns. The shorts are with chiffon fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        gender="Women",
        title="PrettySecrets Women Lavender Satin Camisole & Shorts Set",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: model in a plain white tee and long red-and-black checked pyjama pants with an elastic waist. The
    # caption stopped on its own before the limit.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        color_of("pajamas", "red and black", kind="open"),
        Q.pattern("checked"),
        Q.color("white", "other_garment_color"),
        wearing("a white t-shirt and red plaid pajama pants"),
        is_a("pair of pajamas", "yes"),
        gender="Women",
        title="Dreamz by Pantaloons Women Red Checked Pyjamas",
        category="Lounge Pants",
        color="Red",
    ),
    # Photo: pregnant model, hands on her belly, in an ankle-length peach cotton maternity nightdress with short
    # sleeves, a round neck and two vertical feeding zips over the chest.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. This lady wears a short-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        details("nightdress", "two zippers on the chest for feeding"),
        color_of("nightdress", "light pink", kind="open"),
        Q.garment_type("nightdress"),
        Q.sleeve_length("short sleeves"),
        wearing("a maternity nightgown", who="she"),
        Q.material(
            "The dress is with cotton fabric. It has a round neckline. The dress is of long length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="July Nightwear Women Peach Solid Maternity Feeding Nightdress",
        category="Nightdress",
        color="Peach",
    ),
    # Photo: model in a white camisole with thin straps and lace at the neckline, worn loose over black high-waist
    # shorts (not sold with it).
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        describe("camisole", "a white camisole with lace on the neckline and thin straps"),
        Q.garment_type("camisole"),
        Q.pattern("solid"),
        gender="Women",
        title="Triumph Women White Lace Trim Camisole",
        category="Camisoles",
        color="White",
    ),
    # Photo: model in a sheer red lace baby doll with underwired cups and a flared mesh skirt to the upper thigh,
    # matching thong; no jewellery at all. The caption invents a ring. The feed row has no gender.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of short length. There is a ring on her finger. This lady wears a "
            "sleeveless",
            "unsupported",
            hit_limit=True,
        ),
        wearing("red lingerie", who="she"),
        color_of("babydoll", "red", kind="open"),
        is_a("nightdress", "yes"),
        Q.pattern("lace"),
        Q.sleeve_length("sleeveless"),
        title="Hunkemoller Women Red Lace Underwired Babydoll",
        category="Baby Dolls",
        color="Red",
    ),
    # Photo: flat lay on white of three cotton briefs side by side, black, pink and white; no person. The answer to
    # "what is the person wearing" describes a lady.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-013",
        caption(
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of short length. The fabric is cotton and it has pure color patterns. The lower clothing is",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("briefs"),
        is_a("pair of shorts", "yes", "contradiction"),
        describe("briefs", "three pairs of underwear in black, pink and white"),
        wearing(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Pack of 3 Cotton Briefs",
        category="Briefs",
        color="Assorted",
    ),
    # Photo: model in a black round-neck lounge tee printed "SLEEP MODE ON" in white, with grey lounge shorts; a
    # watch on her wrist.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "a black t-shirt with the words sleep mode on"),
        color_of("t-shirt", "black", kind="open"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.color("black"),
        gender="Women",
        title="Bannos Swagger Women Black Typography Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="Black",
    ),
    # Photo: model in a white tank top and teal lounge shorts with a white leaf print, drawstring waist.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and floral patterns. This lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are short", "non_answer"),
        Q.color("teal"),
        Q.garment_type("shorts"),
        wearing("a white tank top and blue shorts"),
        gender="Women",
        title="Kanvin Women Teal Leaf Print Lounge Shorts",
        category="Lounge Shorts",
        color="Teal",
    ),
    # Photo: model in a blue short-sleeve button-down pyjama shirt with a notch collar, a chest pocket with white
    # piping and white polka dots, and matching shorts. The caption ends on "his".
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-016",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue and white polka dot pajama set", who="she"),
        color_of("shirt", "blue and white", kind="open"),
        Q.pattern("polka dot"),
        details("shirt", "buttons on the front, a collar and white piping on the pocket"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Clovia Women Blue Polka Dot Print Button-Down Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model in an ankle-length loose beige kaftan with wide batwing sleeves, a V-neck and a scattered pink
    # floral print.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-017",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. This lady wears a medium-sleeve dress with floral "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        color_of("kaftan", "pink", "contradiction", kind="open"),
        Q.color("beige"),
        Q.garment_type("nightdress"),
        describe("kaftan", "a long loose kaftan with wide sleeves and a floral print"),
        Q.material(
            "The dress is with chiffon fabric. It has a V-shape neckline. The dress is of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Zivame Women Beige Floral Print Kaftan Nightdress",
        category="Nightdress",
        color="Beige",
    ),
    # Photo: side view of a model in a knee-length black satin slip nightdress with spaghetti straps and lace at the
    # bust; a thin gold bracelet. No gender in the row.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears "
            "a sleeveless dress",
            "cut",
            hit_limit=True,
        ),
        color_of("nightdress", "black", kind="open"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("sleeveless"),
        is_a("nightdress", "yes"),
        describe("nightdress", "a black satin slip with lace on the bust and thin straps"),
        title="Shyaway Women Black Satin Lace Detail Slip Nightdress",
        category="Nightdress",
        color="Black",
    ),
    # Photo: back view of a model in a pink full-coverage cotton bra: wide band, three hooks, wide straps.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The lady "
            "wears",
            "loop",
            hit_limit=True,
        ),
        color_of("bra", "pink", kind="open"),
        details("bra", "three hooks at the back and wide straps"),
        Q.garment_type("bra"),
        Q.material("cotton"),
        wearing("a pink bra"),
        gender="Women",
        title="Lady Lyka Women Pink Cotton Non-Padded Full Coverage Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: model in a charcoal grey round-neck lounge tee with a chest pocket, black lounge pants. The caption
    # stopped on its own.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "grey", kind="open"),
        Q.color("black", "other_garment_color"),
        details("t-shirt", "a pocket on the chest"),
        Q.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        gender="Women",
        title="Van Heusen Women Charcoal Grey Solid Pocket Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
    ),
    # Photo: model in a sleeveless mauve cotton nightgown with a white floral print under a matching short-sleeve
    # robe worn open. The caption ran exactly to 50 tokens and the limit fell on a full stop.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-021",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a V-shape "
            "neckline. This lady also wears an outer clothing, with cotton fabric and floral patterns.",
            hit_limit=True,
        ),
        wearing("a purple nightgown and robe"),
        color_of("nightgown", "purple", kind="open"),
        Q.garment_type("nightdress"),
        Q.pattern("floral"),
        describe(
            "robe",
            "Question: Describe the robe. Answer: The robe is a robe. Question: Describe the robe. Answer: The robe",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Slumber Jill Women Mauve Floral Print Nightgown with Robe",
        category="Nightdress",
        color="Mauve",
    ),
    # Photo: lifestyle shot of a model in a burgundy lace non-wired triangle bralette with light blue high-waist
    # jeans.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. It has a V-shape neckline. The pants are with denim fabric and pure color patterns. There "
            "is",
            "contradiction",
            hit_limit=True,
        ),
        color_of("bralette", "maroon", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("lace"),
        is_a("bra", "yes"),
        describe("bralette", "a lace bralette with triangle cups and no underwire"),
        gender="Women",
        title="Da Intimo Women Burgundy Lace Non-Wired Bralette",
        category="Bra",
        color="Burgundy",
    ),
    # Photo: cropped torso shot of a model in white cotton hipster briefs with a plain white bra.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lower clothing is of short length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.material("cotton"),
        color_of("briefs", "white", kind="open"),
        details(
            "briefs",
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The lower",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        gender="Women",
        title="Enamor Women White Antimicrobial Cotton Hipster Briefs",
        category="Briefs",
        color="White",
    ),
    # Photo: model in a black satin night suit with white piping: long-sleeve notch-collar button shirt with a chest
    # pocket, long pants. No color column in the row.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is lapel. The pants are with chiffon fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("black and white pajamas"),
        color_of("shirt", "black", kind="open"),
        details("shirt", "white piping on the collar, cuffs and pocket"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("night suit"),
        gender="Women",
        title="Masha Women Black Satin Night Suit with Contrast Piping",
        category="Night suits",
    ),
    # Photo: model in a yellow tee printed "hello sunshine" with a sun graphic, and yellow-and-white striped shorts
    # with an elastic waist. The wearing answer runs on into the next question.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-025",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns. This "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", kind="open"),
        color_of("shorts", "yellow", kind="open"),
        describe("shorts", "striped shorts with an elastic waist"),
        Q.pattern("printed"),
        is_a("night suit", "yes"),
        wearing(
            "a yellow t-shirt that says hello sunshine and yellow shorts. Question: What is the color of the shorts? "
            "Answer: yellow",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed T-shirt & Shorts Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: flat lay on grey of two sleeveless round-neck cotton camisoles, one black, one white. No gender in the
    # row.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-026",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The upper",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("camisole"),
        describe("camisoles", "two camisoles, one black and one white"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        title="Bodycare Women Pack of 2 Solid Cotton Camisoles",
        category="Camisoles",
        color="Assorted",
    ),
    # Photo: model in a purple fleece night suit: pullover hoodie (hood down) with a kangaroo pocket and ribbed
    # cuffs, matching joggers. No hat. The caption stopped on its own.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with cotton fabric and pure color patterns. There is a hat on her head.",
            "unsupported",
        ),
        wearing("a purple hoodie and purple pants"),
        color_of("hoodie", "purple", kind="open"),
        Q.material("fleece"),
        details("hoodie", "a hood, a kangaroo pocket and ribbed cuffs"),
        is_a("night suit", "yes"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Nite Flite Women Purple Solid Fleece Hooded Night Suit",
        category="Night suits",
        color="Purple",
    ),
    # Photo: back view of a model in a black minimizer bra (wide band, hooks, straps) and blue jeans.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        color_of("bra", "black", kind="open"),
        details(
            "bra",
            "The bra is with cotton fabric and pure color patterns. The bra is with cotton fabric and pure color "
            "patterns. The bra",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        wearing("a black bra and blue jeans", who="the woman"),
        gender="Women",
        title="Triumph Women Black Solid Non-Padded Minimizer Bra",
        category="Bra",
        color="Black",
    ),
    # Photo: model in a plain white tee and coral-and-white horizontally striped lounge shorts with a drawstring; a
    # watch on her wrist. No color column in the row.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "orange", kind="open"),
        Q.pattern("striped"),
        details("shorts", "drawstring at the waist"),
        Q.garment_type("shorts"),
        describe("shorts", "The shorts are shorts.", "restated"),
        gender="Women",
        title="Clovia Women Coral Striped Cotton Lounge Shorts",
        category="Lounge Shorts",
    ),
    # Photo: model in a knee-length leopard print satin nightdress (brown, black, beige) with spaghetti straps; bare
    # neck, no necklace.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-030",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length. There is an accessory on her neck. This lady wears a "
            "sleeveless",
            "unsupported",
            hit_limit=True,
        ),
        color_of("nightdress", "brown and black", kind="open"),
        Q.pattern("animal print"),
        Q.color("brown"),
        Q.material("satin"),
        is_a("dress", "yes"),
        gender="Women",
        title="PrettySecrets Women Brown Leopard Print Satin Nightdress",
        category="Nightdress",
        color="Brown",
    ),
    # Photo: model in a navy blue maternity nursing bra with drop-down clips on the straps, grey lounge pants. The
    # caption stopped on its own.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a V-shape neckline. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("bra", "grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("bra", "clips on the straps for nursing"),
        Q.garment_type("bra"),
        gender="Women",
        title="Zivame Women Navy Blue Solid Maternity Nursing Bra",
        category="Bra",
        color="Navy Blue",
    ),
    # Photo: model in an ankle-length off-white cotton nightdress with three-quarter sleeves, a small blue floral
    # print and a button placket; a wristwatch.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-032",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        color_of("nightdress", "white", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("nightdress", "a long white nightgown with blue flowers and buttons down the front"),
        Q.color("blue", "contradiction"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="July Nightwear Women Off White Floral Print Maxi Nightdress",
        category="Nightdress",
        color="Off White",
    ),
    # Photo: model in a black lace lingerie set, underwired bra and matching panty.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with other fabric. It has a V-shape neckline. The shorts are with other fabric and pure color patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("black lingerie"),
        color_of("lingerie", "black", kind="open"),
        Q.garment_type("lingerie set"),
        Q.pattern("lace"),
        details("lingerie", " ".join(["lace"] * 30), "loop", hit_limit=True),
        gender="Women",
        title="Mystere Paris Women Black Lace Lingerie Set",
        category="Lingerie Set",
        color="Black",
    ),
    # Photo: model in a black cotton racerback camisole with light blue denim shorts. The shorts get the camisole's
    # black.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. This "
            "lady",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "black", kind="open"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.garment_type("camisole"),
        Q.material("cotton"),
        is_a("tank top", "yes"),
        gender="Women",
        title="Jockey Women Black Solid Racerback Camisole",
        category="Camisoles",
        color="Black",
    ),
    # Photo: model in a pink long-sleeve round-neck lounge top with a white heart print and matching long pyjama
    # pants. The caption calls her a man.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-035",
        caption(
            "This man wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink pajama set with hearts"),
        color_of("pajamas", "pink", kind="open"),
        Q.pattern("printed"),
        Q.garment_type("night suit"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Klamotten Women Pink Heart Print Lounge Top & Pyjama Set",
        category="Night suits",
        color="Pink",
    ),
    # Photo: short-haired model in a knee-length sea green cotton waffle bath robe with a shawl collar and a tied
    # belt.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-036",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a long-sleeve coat with pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        color_of("robe", "green", kind="open"),
        Q.color("green"),
        Q.material(
            "The coat is with cotton fabric. It has a lapel neckline. There is a belt on her waist. The coat is",
            "cut",
            hit_limit=True,
        ),
        describe("robe", "a green waffle bathrobe with a belt and a shawl collar"),
        Q.garment_type("robe"),
        wearing("a man in a green bathrobe", "pronoun"),
        gender="Women",
        title="Kanvin Women Sea Green Waffle Knit Cotton Bath Robe",
        category="Bath Robe",
        color="Sea Green",
    ),
    # Photo: model in a black crop top and white wide-leg lounge pants with black vertical stripes and an elastic
    # waist. The caption stopped on its own.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and striped patterns."
        ),
        color_of("pants", "black and white", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        details("pants", "wide legs and an elastic waist"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Lazy Shark Women White & Black Striped Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="White",
    ),
    # Photo: model in a red padded push-up bra and red briefs, an unbuttoned white shirt hanging off her shoulders as
    # a prop.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. This lady also wears an outer clothing, "
            "with cotton fabric and pure color patterns. The outer clothing is long-sleeve. There is an accessory on "
            "her",
            "contradiction",
            hit_limit=True,
        ),
        color_of("bra", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        describe("bra", "a red padded bra with underwire"),
        details("bra", "the bra details are the bra details", "restated"),
        gender="Women",
        title="Amante Women Red Solid Underwired Padded Push-Up Bra",
        category="Bra",
        color="Red",
    ),
    # Photo: model in a pink tee with a large unicorn graphic and pink capri pyjamas with a small unicorn print. The
    # color answer returns the template.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a medium short pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. This",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns and a medium short pants. The T-shirt is with",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("t-shirt", "a pink t-shirt with a unicorn on it"),
        Q.sleeve_length("short sleeves"),
        is_a("night suit", "yes"),
        Q.material("cotton"),
        details(
            "pants",
            "The pants are with cotton fabric and graphic patterns. The pants are with cotton fabric and graphic "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Dreamz by Pantaloons Women Pink Unicorn Print Capri Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in a fitted beige tank top and beige high-waist tummy-control shaper briefs; no bodysuit. The
    # caption ran exactly to 50 tokens and the limit fell on a full stop.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lower clothing is of short length. The fabric is cotton and it has pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("shapewear", "beige", kind="open"),
        Q.garment_type("shapewear"),
        details("shapewear", "high waist that covers the tummy"),
        Q.material("nylon and spandex"),
        wearing("a beige bodysuit", "unsupported"),
        gender="Women",
        title="Swee Women Beige Solid High-Waist Tummy Control Shapewear",
        category="Shapewear",
        color="Beige",
    ),
    # Photo: model in a maroon velvet long-sleeve maxi nightdress with a round neck; a bangle on her wrist. No color
    # column in the row.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "long-sleeve",
            "cut",
            hit_limit=True,
        ),
        color_of("nightdress", "brown", "contradiction", kind="open"),
        Q.color("maroon"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Nite Flite Women Maroon Solid Velvet Maxi Nightdress",
        category="Nightdress",
    ),
    # Photo: model in a peach satin camisole with lace at the V-neck and matching long satin pants.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. It has a V-shape neckline. The pants are with chiffon fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("camisole", "peach", kind="open"),
        describe(
            "camisole",
            "What is the color of the camisole? peach. What is the color of the pants? peach. What is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.garment_type("night suit"),
        wearing("a peach satin camisole and pants"),
        gender="Women",
        title="Zivame Women Peach Satin Lace Trim Camisole & Pyjama Set",
        category="Night suits",
        color="Peach",
    ),
    # Photo: model in a white crop tee and black cotton boyshorts with a logo waistband.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "This",
            "cut",
            hit_limit=True,
        ),
        color_of("boyshorts", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("shorts", "contradiction"),
        is_a("pair of briefs", "yes"),
        details("boyshorts", "an elastic waistband with the brand name on it"),
        gender="Women",
        title="Clovia Women Black Cotton Boyshorts",
        category="Briefs",
        color="Black",
    ),
    # Photo: model in a cream cable-knit sweater and olive ribbed wide-leg lounge pants with a drawstring; a watch.
    # No gender in the row.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with knitting fabric and pure color patterns. There is an accessory on "
            "her wrist. There",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        Q.color("cream", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        describe("pants", "The pants are long.", "non_answer"),
        Q.material("knit"),
        title="Marks & Spencer Women Olive Ribbed Wide Leg Lounge Pants",
        category="Lounge Pants",
        color="Olive",
    ),
    # Photo: back view of a model in a knee-length kimono robe with three-quarter sleeves, a large bird and flower
    # print in pink and green on navy.
    # Texts: caption and open answers by the epoch-2 caption adapter; closed answers by the reference engine.
    case(
        "X1544-045",
        caption(
            "The person is wearing a medium-sleeve outer clothing with floral patterns. The outer clothing is with "
            "chiffon fabric. The person is wearing a medium-sleeve outer clothing with floral patterns. The outer "
            "clothing is with chiffon",
            "loop",
            hit_limit=True,
        ),
        color_of("robe", "navy blue and pink", kind="open"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        describe("robe", "a kimono robe with birds and flowers on the back"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a kimono"),
        gender="Women",
        title="PrettySecrets Women Multicolour Bird Print Kimono Robe",
        category="Robe",
        color="Multi",
    ),
]
