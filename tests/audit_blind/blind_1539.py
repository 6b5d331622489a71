"""BLIND_1539 (45 products; Myntra women's party and evening wear): written blind in the sixty-sixth session. Measured
blind at 71dbb3c (the session's first rules): 87/92 failures found (94.6%) and 23/208 correct texts flagged (11.1%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and slip dresses, satin and velvet
gowns, sequinned and satin crop tops (sold alone and styled with trousers, jeans or skirts), crop-top-and-skirt and
blazer-and-shorts co-ords, a sequinned skirt or two, a jumpsuit and a playsuit. Catalog shots: a model on a plain
light backdrop, most often front on, two back views, three flat lays, a clutch now and then, and one styled shot
with a leather jacket over the dress. Columns as the feed has them: title, category
(Myntra's article type), color (base colour), gender; gender is missing on two rows.
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion-MultiModal template: "The lady wears a
sleeveless dress with pure color patterns. The dress is with other fabric..."), every answer is the VQA adapter
(In-shop questions; short lowercase answers, In-shop style colour words such as "wine" or "blush"). Both were
trained without an end-of-text target, so captions mostly run to the 50-token limit (the template for a top plus a
bottom is longer than 50 tokens, so those are nearly always cut) and some loop; a short dress template sometimes
ends on a newline before the limit. Answers mostly stop after a word or a short phrase; the runaway ones loop, run
on into a new "Question: ... Answer:" or get cut at 30 tokens.
Labeling conventions and judgement calls: one label per text. Where a caption is both cut and says something false
(an invented wrist accessory on a flat lay, "gentleman" for a woman seen from the back, a jumpsuit or blazer dress
described as a top and trousers or a jacket), I labeled the false content, not the cut. A caption that ends at a
sentence boundary is not cut; one (X1539-024) happens to end on a full stop exactly at the limit, marked hit_limit
and left unlabeled. The template's fabric classes have no satin, velvet or sequin, so "other fabric" is correct;
"chiffon" for a satin or organza product named in the title is a contradiction. Metallic and close hues were judged
leniently: "gold" for a beige sequinned dress, "pink" for rose gold, "brown" for bronze, "red" for maroon, "purple"
or "lilac" for lavender, "pink" for peach are left correct; "silver" for bronze and "black" for navy are not. A
color answer that gives the color of a styling garment or a prop (the trousers, the jacket, the clutch) is
other_garment_color; the styling garment given the product's color ("red top and red skirt" over a black skirt)
is a contradiction, and so is a garment type answer naming the styling garment. "What is the person
wearing?" answered with only the styling garment or only half the set is incomplete, not wrong, and left correct.
"silk" or "cotton" or "leather" for a satin or sequinned product is unsupported. A one-word answer that repeats the
garment ("dress" to "Describe the dress.") is a non_answer; a sentence that turns the question back into a statement
is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1539 = [
    # Truth: front view, model in a black sequinned sleeveless square-neck bodycon mini dress, black heels, a thin
    # silver bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1539-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. There is an accessory on her wrist."
        ),
        wearing("a black sequin dress"),
        color_of("dress", "black", kind="open"),
        is_a("dress", "yes"),
        sleeves("sleeveless"),
        details("dress", "sequin"),
        material("polyester"),
        gender="Women",
        title="Athena Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: front view, emerald green satin one-shoulder maxi gown with a thigh slit; she holds a gold clutch and
    # wears a gold cuff and rings. Caption: caption adapter (cut at the limit); answers: VQA adapter (the
    # description runs on to the limit).
    case(
        "X1539-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. There is a ring on her finger. There is an accessory on her wrist. The lady wears "
            "a pair",
            "cut",
            hit_limit=True,
        ),
        wearing("a green dress"),
        color_of("dress", "green", kind="open"),
        garment_type("dress"),
        is_a("gown", "yes"),
        details("dress", "one shoulder and a slit on the leg"),
        describe(
            "dress",
            "a green satin gown with one shoulder and a slit on the side and she is holding a gold clutch in her "
            "right hand and",
            "cut",
            hit_limit=True,
        ),
        pattern("solid"),
        gender="Women",
        title="Rare Women Green Satin One Shoulder Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: front view, silver sequinned strappy crop top worn with black high-waist trousers (the trousers are
    # styling). Caption: caption adapter; answers: VQA adapter. The color answer is the trousers'.
    case(
        "X1539-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "other fabric. It has a suspenders neckline. The trousers are with cotton fabric and pure color patterns. "
            "The outer",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and black pants"),
        color("black", "other_garment_color"),
        garment_type("tank"),
        sleeves("sleeveless"),
        describe("top", "a silver sequin crop top"),
        gender="Women",
        title="SASSAFRAS Women Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Truth: front view, maroon velvet long-sleeve round-neck bodycon midi dress, nude heels; the back is not shown.
    # Caption: caption adapter (stopped on its own); answers: VQA adapter. The back slit is invented.
    case(
        "X1539-004",
        caption(
            "The dress this lady wears has long sleeves and it is with other fabric and pure color patterns. The "
            "neckline of it is round. The lady wears a pair of socks in shoes."
        ),
        wearing("a velvet dress", who="she"),
        color_of("dress", "wine", kind="open"),
        sleeves("long"),
        material("velvet"),
        details("dress", "long sleeves, round neck and a slit in the back", "unsupported"),
        gender="Women",
        title="Berrylush Women Maroon Velvet Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: front view, co-ord: pink sequinned bralette crop top and matching pink sequinned mini skirt, midriff
    # bare. Caption: caption adapter; answers: VQA adapter ("yes" to dress is wrong: two pieces).
    case(
        "X1539-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric. It has a suspenders neckline. The skirt is with other fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("pink sequin top and skirt"),
        color_of("top", "pink", kind="open"),
        color_of("skirt", "pink", kind="open"),
        garment_type("skirt"),
        is_a("dress", "yes", "contradiction"),
        pattern("sequin"),
        gender="Women",
        title="URBANIC Women Pink Sequinned Crop Top With Skirt Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Truth: back view (main image), woman with hair in a low bun in a navy blue long-sleeve sequinned maxi dress
    # with a deep V back. Caption: caption adapter, "his"/"gentleman" for the woman; answers: VQA adapter (navy
    # sequins in shadow answered black).
    case(
        "X1539-006",
        caption(
            "His dress has long sleeves, other fabric and pure color patterns. The neckline of it is v-shape. The "
            "gentleman wears a pair of socks in shoes.",
            "pronoun",
        ),
        wearing("a navy blue dress"),
        color_of("dress", "black", "contradiction", kind="open"),
        is_a("dress", "yes"),
        sleeves("long"),
        details("dress", "the back is open"),
        gender="Women",
        title="Rareism Women Navy Blue Embellished Sequinned Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: flat lay on white, gold sequinned shift dress with short flutter sleeves; no person. Caption: caption
    # adapter, template accessories invented (and cut); answers: VQA adapter (flutter sleeves called sleeveless, a
    # floral pattern that is not there).
    case(
        "X1539-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is a ring on her finger. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a gold dress"),
        color("gold"),
        garment_type("dress"),
        sleeves("sleeveless", "contradiction"),
        pattern("floral", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Gold-Toned Embellished Shift Dress",
        category="Dresses",
        color="Gold",
    ),
    # Truth: front view, lavender off-shoulder ball gown, sequinned bodice and layered tulle skirt. Caption: caption
    # adapter (loops on the shoes sentence); answers: VQA adapter (details cut at 30 tokens).
    case(
        "X1539-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a pair of socks in shoes. The lady wears a pair of socks in shoes. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple dress", who="the woman"),
        color_of("dress", "lilac", kind="open"),
        is_a("dress", "yes"),
        sleeves("sleeveless"),
        details(
            "dress",
            "sequins on the bodice, tulle layers on the skirt, an off shoulder neckline with a fold over and the "
            "skirt is",
            "cut",
            hit_limit=True,
        ),
        material("tulle"),
        gender="Women",
        title="Kazo Women Lavender Embellished Tulle Fit & Flare Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Truth: front view, white satin corset crop top with sweetheart neckline, worn with light blue jeans. Gender
    # column missing. Caption: caption adapter; answers: VQA adapter ("tee" for a corset top; material runs on
    # into new questions).
    case(
        "X1539-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "other fabric. It has a suspenders neckline. The trousers are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and jeans"),
        color("white"),
        garment_type("tee", "contradiction"),
        sleeves("sleeveless"),
        material(
            "satin Question: What is the color of the garment? Answer: white Question: What is the pattern of the "
            "garment? Answer: solid Question:",
            "leak",
            hit_limit=True,
        ),
        describe("top", "a white corset top with a sweetheart neckline"),
        title="Trendyol Women White Satin Corset Crop Top",
        category="Tops",
        color="White",
    ),
    # Truth: front view, co-ord: black long-sleeve sequinned crop top and matching black flared trousers. Caption:
    # caption adapter; answers: VQA adapter (one color for both pieces is right here; the trousers' color loops).
    case(
        "X1539-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with other "
            "fabric. It has a round neckline. The trousers are with other fabric and pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        wearing("black top and pants"),
        color_of("top", "black", kind="open"),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        garment_type("pants"),
        is_a("dress", "no"),
        sleeves("the sleeve length of the garment", "restated"),
        gender="Women",
        title="Mast & Harbour Women Black Sequinned Crop Top & Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Truth: front view, teal sequinned wrap midi dress, 3/4 sleeves, V-neck, self tie belt. Caption: caption
    # adapter (stopped); answers: VQA adapter; 3/4 sleeves answered long; "cotton" is not what a sequinned party
    # dress is made of.
    case(
        "X1539-011",
        caption(
            "The dress this lady wears has medium sleeves and it is with other fabric and pure color patterns. The "
            "neckline of it is v-shape. The lady has a belt."
        ),
        wearing("a teal dress"),
        color_of("dress", "teal", kind="open"),
        sleeves("long", "contradiction"),
        details("dress", "v neck, wrap, tie waist"),
        material("cotton", "unsupported"),
        is_a("wrap dress", "yes"),
        gender="Women",
        title="DODO & MOA Women Teal Sequinned Wrap Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Truth: front view, pale champagne (beige) sequinned slip maxi dress, spaghetti straps, cowl neck. Caption:
    # caption adapter (loops the whole template); answers: VQA adapter ("gold" for the pale sequins left correct;
    # details cut at the limit; "silk" for a sequinned mesh dress).
    case(
        "X1539-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with other "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold sequin dress"),
        color_of("dress", "beige", kind="open"),
        is_a("dress", "yes"),
        sleeves("sleeveless"),
        details(
            "dress",
            "spaghetti straps, a cowl neck and sequins all over the dress and the dress is long and it has a cowl "
            "neck and",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        gender="Women",
        title="Vero Moda Women Beige Sequinned Maxi Slip Dress",
        category="Dresses",
        color="Beige",
    ),
    # Truth: front view, black sequinned A-line mini skirt worn with a white crew-neck tee tucked in (the tee is
    # styling). Caption: caption adapter; answers: VQA adapter, which answers the tee twice.
    case(
        "X1539-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with other fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("white shirt and black skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        garment_type("tee", "contradiction"),
        is_a("skirt", "yes"),
        pattern("solid"),
        gender="Women",
        title="FOREVER 21 Women Black Sequinned A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Truth: front view, red off-shoulder long-sleeve sequinned bodycon dress, a bracelet on her left wrist.
    # Caption: caption adapter (stopped); answers: VQA adapter (the yes/no runs to the limit).
    case(
        "X1539-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The "
            "neckline of it is suspenders. There is an accessory on her wrist."
        ),
        wearing("a red dress"),
        color_of("dress", "red", kind="open"),
        sleeves("long sleeve"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("dress", "off the shoulder"),
        gender="Women",
        title="Miss Chase Women Red Off-Shoulder Sequinned Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: front view, co-ord: mustard satin crop top with short puff sleeves and square neck, matching mustard
    # satin midi skirt. Caption: caption adapter (cut); answers: VQA adapter ("silk" for satin).
    case(
        "X1539-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric. It has a square neckline. The skirt is with other fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("yellow top and skirt", who="she"),
        color_of("top", "yellow", kind="open"),
        color_of("skirt", "yellow", kind="open"),
        sleeves("puff"),
        material("silk", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Antheaa Women Mustard Yellow Satin Crop Top With Midi Skirt",
        category="Co-Ords",
        color="Mustard",
    ),
    # Truth: front view, white strappy mini dress covered in sequinned fringe, silver heels. Caption: caption
    # adapter (stopped; reads the fringe rows as stripes); answers: VQA adapter.
    case(
        "X1539-016",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a pair of socks in shoes.",
            "contradiction",
        ),
        wearing("a white dress"),
        color("white"),
        pattern("solid"),
        garment_type("dress"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Women",
        title="Bitz Women White Embellished Fringed Sheath Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: front view, black halter-neck jumpsuit, sequinned bodice, wide legs. Caption: caption adapter, which
    # splits it into a tank top and trousers (and is cut); answers: VQA adapter, all right.
    case(
        "X1539-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "other fabric. It has a suspenders neckline. The trousers are with other fabric and pure color patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("black jumpsuit"),
        garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        color("black"),
        sleeves("sleeveless"),
        details("jumpsuit", "halter neck and sequins on the top"),
        gender="Women",
        title="AND Women Black Embellished Halter Neck Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: front view, gold sequinned cowl-neck crop top worn with white wide-leg trousers. Caption: caption
    # adapter; answers: VQA adapter (the color is the trousers'; "yes" to dress for a top and trousers).
    case(
        "X1539-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. The pants are with cotton fabric and pure color patterns. The lady wears a sleeveless tank "
            "top",
            "cut",
            hit_limit=True,
        ),
        wearing("gold top and white pants"),
        color("white", "other_garment_color"),
        garment_type("blouse"),
        is_a("dress", "yes", "contradiction"),
        sleeves("sleeveless"),
        describe("top", "a gold top with a cowl neck"),
        material("sequin"),
        gender="Women",
        title="Tokyo Talkies Women Gold-Toned Sequinned Cowl Neck Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Truth: front view, fuchsia satin V-neck sleeveless mini dress with feather trim at the hem; no necklace.
    # Caption: caption adapter (invents neckwear); answers: VQA adapter (details cut at the limit).
    case(
        "X1539-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "v-shape neckline. The lady wears a pair of socks in shoes. The lady has neckwear. There is a ring on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("pink dress"),
        color_of("dress", "pink", kind="open"),
        details(
            "dress",
            "feathers on the bottom of the dress and the dress is made of satin and it is a v neck and the feathers "
            "are",
            "cut",
            hit_limit=True,
        ),
        material("satin"),
        is_a("dress", "yes"),
        gender="Women",
        title="Femella Women Fuchsia Satin Feather Trim Sheath Mini Dress",
        category="Dresses",
        color="Fuchsia",
    ),
    # Truth: front view, off-white high-neck long-sleeve sequin-embellished top tucked into a black satin midi skirt
    # (styling). Caption: caption adapter; answers: VQA adapter (empty description; skirt's color; "yes" to dress).
    case(
        "X1539-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric. It has a standing neckline. The skirt is with other fabric and pure color patterns. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and black skirt"),
        color("black", "other_garment_color"),
        garment_type("blouse"),
        is_a("dress", "yes", "contradiction"),
        sleeves("long"),
        pattern("sequin"),
        describe("top", "", "non_answer"),
        gender="Women",
        title="Kassually Women Off White Embellished High Neck Top",
        category="Tops",
        color="Off White",
    ),
    # Truth: front view, co-ord: green sequinned single-button blazer with flap pockets and matching shorts.
    # Caption: caption adapter; answers: VQA adapter (details answer starts with the prompt's "Answer:").
    case(
        "X1539-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a short pants. The jacket is with "
            "other fabric. It has a lapel neckline. The pants are with other fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a green suit"),
        color_of("jacket", "green", kind="open"),
        color_of("shorts", "green", kind="open"),
        garment_type("jacket"),
        is_a("blazer", "yes"),
        details("jacket", "Answer: buttons", "leak"),
        gender="Women",
        title="StyleStone Women Green Sequinned Blazer & Shorts Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Truth: front view, black lace bodycon midi dress with sheer long sleeves and round neck, a watch. Caption:
    # caption adapter (lace read as lattice, fine); answers: VQA adapter (details loop).
    case(
        "X1539-022",
        caption(
            "The dress this lady wears has long sleeves and it is with other fabric and lattice patterns. The "
            "neckline of it is round. The lady wears a pair of socks in shoes. There is an accessory on her wrist. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("black dress"),
        color_of("dress", "black", kind="open"),
        pattern("lace"),
        sleeves("long"),
        material("lace"),
        details(
            "dress",
            "the lace, the sleeves, the neckline, the lace, the sleeves, the neckline, the lace, the sleeves, the "
            "neckline, the lace",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: front view, hot pink one-shoulder sequinned bodycon dress, she holds a silver clutch at her hip.
    # Caption: caption adapter (stopped); answers: VQA adapter (color is the clutch's).
    case(
        "X1539-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. There is a ring on her finger."
        ),
        wearing("a pink dress and a clutch"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        garment_type("dress"),
        sleeves("one shoulder"),
        is_a("dress", "yes"),
        gender="Women",
        title="Rare Women Pink Sequinned One Shoulder Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: front view, bronze sequinned long-sleeve plunge-neck mini dress. Caption: caption adapter, ends on a
    # full stop exactly at the 50-token limit; answers: VQA adapter ("silver" is wrong, "brown" passable, the
    # details answer only names the garment).
    case(
        "X1539-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a pair of socks in shoes. There is an accessory on her wrist. There is "
            "a ring on her finger.",
            hit_limit=True,
        ),
        wearing("a brown dress"),
        color_of("dress", "silver", "contradiction", kind="open"),
        sleeves("long"),
        details("dress", "the dress", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        title="URBANIC Women Bronze-Toned Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Bronze",
    ),
    # Truth: front view, blue sequinned mini skirt worn with a white ruched sleeveless top (styling). Caption:
    # caption adapter; answers: VQA adapter (the skirt given the top's white; the material question turned back on
    # itself).
    case(
        "X1539-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with other fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and white skirt", "other_garment_color"),
        color_of("skirt", "blue", kind="open"),
        garment_type("skirt"),
        is_a("skirt", "yes"),
        pattern("sequin"),
        material("the material of the garment is made of the garment", "restated"),
        gender="Women",
        title="Mast & Harbour Women Blue Sequinned Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Truth: flat lay on white, black satin cowl-neck slip midi dress. Caption: caption adapter (stopped; says
    # chiffon against the title's satin); answers: VQA adapter, all right.
    case(
        "X1539-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline.",
            "contradiction",
        ),
        wearing("a black dress"),
        color("black"),
        garment_type("dress"),
        material("satin"),
        describe("dress", "a black dress"),
        sleeves("sleeveless"),
        gender="Women",
        title="Vero Moda Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: front view, rose gold sequinned sleeveless V-neck sheath maxi dress with a high side slit. Caption:
    # caption adapter (loops); answers: VQA adapter ("no" to the details question).
    case(
        "X1539-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with other "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("pink dress"),
        color_of("dress", "blush", kind="open"),
        is_a("dress", "yes"),
        details("dress", "no", "non_answer"),
        sleeves("sleeveless"),
        gender="Women",
        title="Kazo Women Rose Gold Sequinned Maxi Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Truth: front view, black beaded bralette crop top styled with a silver sequinned maxi skirt. Caption: caption
    # adapter; answers: VQA adapter (garment type and color are the skirt's).
    case(
        "X1539-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. It has a suspenders neckline. The skirt is with other fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a silver skirt"),
        color("silver", "other_garment_color"),
        garment_type("skirt", "contradiction"),
        sleeves("sleeveless"),
        pattern("sequin"),
        gender="Women",
        title="Ishin Women Black Embellished Bralette Crop Top",
        category="Tops",
        color="Black",
    ),
    # Truth: front view, peach organza ruffled A-line mini dress with short puff sleeves, round neck, a bangle.
    # Caption: caption adapter (stopped; "chiffon" against the title's organza); answers: VQA adapter.
    case(
        "X1539-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a pink dress"),
        color_of("dress", "peach", kind="open"),
        sleeves("short"),
        details("dress", "ruffles"),
        material("chiffon", "contradiction"),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrylush Women Peach-Coloured Ruffled Organza A-Line Dress",
        category="Dresses",
        color="Peach",
    ),
    # Truth: front view, co-ord: silver sequinned halter crop top and matching silver wide palazzos. Caption:
    # caption adapter; answers: VQA adapter (details restates the question).
    case(
        "X1539-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. It has a suspenders neckline. The pants are with other fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("silver top and pants"),
        color_of("top", "silver", kind="open"),
        color_of("pants", "silver", kind="open"),
        garment_type("pants"),
        is_a("top", "yes"),
        details("top", "the details of the top", "restated"),
        gender="Women",
        title="SASSAFRAS Women Silver-Toned Sequinned Halter Neck Top With Palazzos",
        category="Co-Ords",
        color="Silver",
    ),
    # Truth: front view, red satin corset crop top, sweetheart neck, worn with black flared trousers. Gender column
    # missing. Caption: caption adapter; answers: VQA adapter ("leather" for satin).
    case(
        "X1539-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. It has a suspenders neckline. The pants are with other fabric and pure color patterns. "
            "The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("red top and black pants"),
        color("red"),
        garment_type("corset"),
        details("top", "sweetheart neckline"),
        material("leather", "unsupported"),
        sleeves("sleeveless"),
        title="Trendyol Women Red Satin Corset Crop Top",
        category="Tops",
        color="Red",
    ),
    # Truth: front view, long-sleeve round-neck maxi dress in horizontal black and silver sequin stripes. Caption:
    # caption adapter (stopped); answers: VQA adapter, all right.
    case(
        "X1539-032",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric. It has a round "
            "neckline. The lady wears a pair of socks in shoes."
        ),
        wearing("a black and silver dress"),
        color_of("dress", "black and silver", kind="open"),
        pattern("striped"),
        sleeves("long"),
        is_a("dress", "yes"),
        details("dress", "stripes"),
        gender="Women",
        title="Rareism Women Black & Silver-Toned Striped Sequinned Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: styled shot: olive green sequinned slip dress under an open black leather jacket. Caption: caption
    # adapter, describes only the jacket and loops; answers: VQA adapter, mostly about the jacket.
    case(
        "X1539-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "leather fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a black jacket and a green dress"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        garment_type("jacket", "contradiction"),
        is_a("dress", "yes"),
        sleeves("long", "contradiction"),
        gender="Women",
        title="DODO & MOA Women Olive Green Sequinned Slip Dress",
        category="Dresses",
        color="Olive",
    ),
    # Truth: front view, black velvet off-shoulder long-sleeve maxi gown, sweetheart neck, front slit. Caption:
    # caption adapter (stopped); answers: VQA adapter (details cut at the limit).
    case(
        "X1539-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The "
            "neckline of it is suspenders. The lady wears a pair of socks in shoes."
        ),
        wearing("black dress", who="the woman"),
        color_of("dress", "black", kind="open"),
        material("velvet"),
        sleeves("long sleeves"),
        details(
            "dress",
            "off shoulder neckline with long sleeves and a sweetheart neckline with a slit at the front of the dress "
            "and the dress is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Black Velvet Off-Shoulder Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: front view, gold metallic pleated midi skirt worn with a black long-sleeve bodysuit. Caption: caption
    # adapter; answers: VQA adapter (pattern runs on into the prompt).
    case(
        "X1539-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with other fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("black top and gold skirt"),
        color_of("skirt", "gold", kind="open"),
        garment_type("skirt"),
        pattern(
            "pleated Question: What is the pattern of the garment? Answer: pleated Question: What is the pattern of "
            "the",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        material("polyester"),
        gender="Women",
        title="FOREVER 21 Women Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Truth: front view, blue sequinned short-sleeve V-neck playsuit with a belt. Caption: caption adapter, splits
    # it into a shirt and shorts (and is cut); answers: VQA adapter (color answer opens with the prompt; "no" to
    # playsuit is wrong).
    case(
        "X1539-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short pants. The shirt is with other "
            "fabric. It has a v-shape neckline. The lady has a belt. The pants are with other fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue romper"),
        color("Question: What is the color of the garment? Answer: blue", "leak"),
        garment_type("romper"),
        is_a("playsuit", "no", "contradiction"),
        sleeves("short"),
        gender="Women",
        title="Tokyo Talkies Women Blue Sequinned Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Truth: front view, white sequinned long-sleeve round-neck bodycon mini dress, silver heels. Caption: caption
    # adapter (loops); answers: VQA adapter (the description is only the garment word).
    case(
        "X1539-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a pair of socks in shoes. The lady wears a pair of socks in shoes. The "
            "lady",
            "loop",
            hit_limit=True,
        ),
        wearing("white dress"),
        color_of("dress", "white", kind="open"),
        describe("dress", "dress", "non_answer"),
        details("dress", "sequins"),
        is_a("dress", "yes"),
        gender="Women",
        title="Miss Chase Women White Embellished Bodycon Mini Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: front view, co-ord: maroon satin square-neck sleeveless crop top and matching maroon satin maxi skirt
    # with a slit. Caption: caption adapter; answers: VQA adapter, all right ("red" for maroon left correct).
    case(
        "X1539-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. It has a square neckline. The skirt is with other fabric and pure color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        wearing("red top and skirt"),
        color_of("top", "maroon", kind="open"),
        color_of("skirt", "maroon", kind="open"),
        garment_type("skirt"),
        is_a("dress", "no"),
        material("satin"),
        pattern("solid"),
        gender="Women",
        title="Antheaa Women Maroon Satin Crop Top With Skirt",
        category="Co-Ords",
        color="Maroon",
    ),
    # Truth: front view, navy blue sequinned long-sleeve wrap top with a side tie, worn with white trousers.
    # Caption: caption adapter; answers: VQA adapter (navy answered black; the description loops).
    case(
        "X1539-039",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "other fabric. It has a v-shape neckline. The trousers are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("blue top and white pants"),
        color("black", "contradiction"),
        garment_type("blouse"),
        sleeves("long"),
        details("top", "wrap front and a tie at the waist"),
        describe(
            "top",
            "a navy blue sequin wrap top with long sleeves and a tie at the waist and a tie at the waist and a tie at "
            "the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Navy Blue Sequinned Wrap Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Truth: front view, emerald green velvet blazer dress with gold buttons and no pockets, long sleeves. Caption:
    # caption adapter calls it a jacket (and is cut); answers: VQA adapter (type restates the question; there are
    # no pockets).
    case(
        "X1539-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a pair of socks in shoes. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green blazer"),
        color_of("dress", "green", kind="open"),
        garment_type("the type of garment is a garment", "restated"),
        is_a("dress", "yes"),
        material("velvet"),
        details("dress", "gold buttons and pockets", "unsupported"),
        gender="Women",
        title="Kazo Women Green Velvet Blazer Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: flat lay on grey, black sheer mesh top with sequin embellishment and long sleeves; no person.
    # Caption: caption adapter invents wrist accessory and ring; answers: VQA adapter, all right.
    case(
        "X1539-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is a ring on her finger. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black top"),
        color("black"),
        garment_type("blouse"),
        sleeves("long"),
        material("mesh"),
        describe("top", "a black top with long sleeves"),
        gender="Women",
        title="Bitz Women Black Sheer Embellished Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Truth: back view (main image), woman with a short crop in a sage green cap-sleeve sequinned A-line midi dress,
    # back zip visible. Caption: caption adapter ("gentleman", then loops); answers: VQA adapter ("he").
    case(
        "X1539-042",
        caption(
            "The gentleman wears a short-sleeve dress with pure color patterns. The dress is with other fabric. The "
            "gentleman wears a pair of socks in shoes. The gentleman wears a pair of socks in shoes. The gentleman "
            "wears",
            "pronoun",
            hit_limit=True,
        ),
        wearing("he is wearing a green dress", "pronoun"),
        color_of("dress", "green", kind="open"),
        sleeves("short"),
        details("dress", "zipper on the back"),
        is_a("dress", "yes"),
        gender="Women",
        title="Sera Women Sage Green Embellished Sequinned A-Line Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: front view, purple sleeveless sequinned maxi dress with an asymmetric hem and a sheer chiffon cape from
    # the shoulders. Caption: caption adapter (the cape as outer clothing, cut); answers: VQA adapter (details loop).
    case(
        "X1539-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The outer clothing is with chiffon fabric and pure color patterns. The lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress and a cape"),
        color_of("dress", "purple", kind="open"),
        garment_type("dress"),
        sleeves("sleeveless"),
        details(
            "dress",
            "the cape is made of chiffon and the dress is made of sequins and the cape is made of chiffon and the "
            "dress is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Ishin Women Purple Embellished Sequinned Maxi Dress With Cape",
        category="Dresses",
        color="Purple",
    ),
    # Truth: front view, red sequinned strapless tube top worn with a black faux-leather mini skirt. Caption:
    # caption adapter; answers: VQA adapter (the skirt given the top's red; the sleeve answer runs on into the
    # prompt).
    case(
        "X1539-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric. The skirt is with leather fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("red top and red skirt", "contradiction"),
        color("red"),
        garment_type("tube top"),
        is_a("crop top", "yes"),
        sleeves(
            "sleeveless Question: What is the sleeve length of the garment? Answer: sleeveless Question: What is the "
            "sleeve length of the garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Globus Women Red Sequinned Tube Top",
        category="Tops",
        color="Red",
    ),
    # Truth: front view, white satin one-shoulder ruched mini dress with a large bow on the shoulder, a bracelet.
    # Caption: caption adapter (stopped); answers: VQA adapter, all right.
    case(
        "X1539-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lady "
            "wears a pair of socks in shoes. There is an accessory on her wrist."
        ),
        wearing("a white dress with a bow"),
        color_of("dress", "white", kind="open"),
        details("dress", "a bow on the shoulder"),
        is_a("dress", "yes"),
        material("satin"),
        sleeves("one shoulder"),
        gender="Women",
        title="Femella Women White Satin One Shoulder Bow Detail Mini Dress",
        category="Dresses",
        color="White",
    ),
]
