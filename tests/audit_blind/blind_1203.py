"""BLIND_1203 (45 products; Myntra women's party and evening wear): written blind in the sixty-first session. Measured
blind at e097e3a (the session's fifth rules): 69/83 failures found (83.1%) and 43/184 correct texts flagged (23.4%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and maxi dresses, gowns (western and
Indo-western), satin and velvet dresses, crop tops sold alone and worn with other skirts, crop-top-and-skirt co-ord
sets, a few skirts, jumpsuits and a playsuit. Catalog columns as the feed has them: title, category (Myntra's article
type: Dresses, Ethnic Dresses, Tops, Skirts, Co-Ords, Jumpsuit, Playsuit), color (the base colour) and gender
("Women"); a few rows lack one column. Photos are the usual studio shots: a model on a plain backdrop, the product
worn with other clothes (a black skirt under a sold top, a bodysuit over a sold skirt), two flat lays, two back
views, one model holding a gold clutch.
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion-MultiModal template sentences, no hue
names, lady/woman/female wording, fabrics from its small set, accessories "on her wrist"); every answer is the VQA
adapter (In-shop style: one-word garment classes, vendor-style colors like "black-gold", "yes"/"no"). Neither was
trained with an end token, so some texts run to the limit (50 new tokens for captions, 30 for answers) and end in
a loop, a cut sentence or the next "Question: ... Answer:".
Labeling conventions and judgement calls: one label per text, the most salient failure (a cut caption that also mentions
a made-up bracelet is `cut`). A fabric the title contradicts (cotton or knitting for a sequinned, satin or velvet piece;
cotton for a satin dress) is `unsupported`; "chiffon" for sheer georgette or net bases and "furry" for feathers or
velvet are left unmarked. A neckline or back detail the photo does not show (a lace-up back on a front shot, a zip on a
front view, a V neckline on an off-shoulder gown) is `unsupported`. A jumpsuit or playsuit captioned as a top with pants
or shorts, a blazer dress called a jacket, a gown answered "no" to "Is this a gown?" are `contradiction`; so is a wrong
pattern or sleeve length that another text of the product states correctly, and a hue the photo and the seller both
disagree with (black for navy, brown for maroon). The color of the worn-with skirt, the clutch or the top given for the
product is `other_garment_color`. Close hue names are accepted: purple for lavender, pink for magenta and fuchsia, green
for teal and sea green, silver for grey sequins, copper or bronze for copper-toned, "gold" as the closed color of a
black-and-gold striped dress. A color word answered to the material question, or a garment word to the material
question, a bare "sleeve" for the sleeve length, an empty answer, the bare garment word for "Describe"/"details" are
`non_answer`; a sentence that only restates the question is `restated`. The worn-with skirt's leather given as the top's
material is `unsupported`. "he" or "This man" for the women models is `pronoun`, also in the row that lacks the gender
column (X1203-043). The flat-lay caption that invents a wearing "lady" is `unsupported` when complete; in a cut caption
the cut wins. One caption ran exactly to 50 tokens and ends on a full stop with everything true (X1203-045):
hit_limit=True, left unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1203 = [
    # 001 truth: model on a grey backdrop in a black sequinned sleeveless square-neck bodycon midi, silver heels.
    # caption: caption adapter (epoch 2); answers: VQA adapter. All right.
    case(
        "X1203-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a square neckline. The dress this lady "
            "wears is of medium length."
        ),
        wearing("dress", who="she"),
        color_of("dress", "black"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="SASSAFRAS Women Black Sequinned Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # 002 truth: gold sequinned maxi, full sleeves, V neck, thigh slit, model in a studio; no jewellery on the wrist.
    # caption: caption adapter, ran to the limit mid-sentence; answers: VQA adapter; material invented (sequins on
    # georgette, not cotton).
    case(
        "X1203-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. This lady wears a ring. The dress this lady wears "
            "is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("dress", who="she"),
        color_of(
            "dress",
            "gold Question: What is the color of the dress? Answer: gold Question: What is the color of the dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Athena Women Gold-Toned Sequinned Maxi Dress with Thigh Slit",
        category="Dresses",
        color="Gold",
    ),
    # 003 truth: navy blue crepe sheath dress, cap sleeves, beaded round neckline, thin silver bracelet. Under studio
    # light the navy reads very dark. caption: caption adapter; answers: VQA adapter ("black" is wrong; the describe
    # answer runs into the next prompt).
    case(
        "X1203-003",
        caption(
            "This woman is wearing a short-sleeve dress with pure color patterns. It has a round neckline. There is an "
            "accessory on her wrist."
        ),
        wearing("dress"),
        color_of("dress", "black", "contradiction"),
        Q.color("navy"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "navy blue dress with short sleeves and round neckline Question: Describe the dress. Answer: navy blue "
            "dress with short sleeves",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Navy Blue Embellished Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 004 truth: maroon satin slip midi, cowl neck, spaghetti straps, model on a beige backdrop.
    # caption: caption adapter (chiffon for a satin dress the title names); answers: VQA adapter.
    case(
        "X1203-004",
        caption(
            "Her dress has no sleeves, chiffon fabric and pure color patterns. The neckline of it is suspenders.",
            "unsupported",
        ),
        wearing(
            "a dress, a dress, a dress, a dress, a dress, a dress, a dress, a dress, a dress, a dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        gender="Women",
        title="Tokyo Talkies Maroon Satin Slip Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 005 truth: the product is a silver sequinned strappy crop top, worn with a black high-waisted maxi skirt.
    # caption: caption adapter; answers: VQA adapter (top color given as the skirt's black).
    case(
        "X1203-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. It has a suspenders "
            "neckline. The skirt this lady wears is of long length."
        ),
        wearing("tank top and skirt"),
        color_of("top", "black", "other_garment_color"),
        Q.color("silver"),
        is_a("top", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="URBANIC Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
    ),
    # 006 truth: co-ord set, pink sequinned strappy crop top and matching pink sequinned mini skirt, front view, no
    # bracelet. caption: caption adapter, cut at the limit; answers: VQA adapter (skirt color loops; the side zip is
    # not visible from the front).
    case(
        "X1203-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top and skirt"),
        color_of("top", "pink"),
        color_of(
            "skirt",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "sequinned skirt with a side zip", "unsupported"),
        gender="Women",
        title="Berrylush Women Pink Sequinned Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # 007 truth: emerald green velvet wrap dress, long sleeves, V neck, knee length, woman model.
    # caption: caption adapter ("knitting" for velvet); answers: VQA adapter ("he" for the woman).
    case(
        "X1203-007",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It "
            "has a v-shape neckline.",
            "unsupported",
        ),
        wearing("he is wearing a green dress", "pronoun", who="she"),
        color_of("dress", "green"),
        Q.sleeve_length("long-sleeve"),
        Q.material("velvet"),
        gender="Women",
        title="Label Ritu Kumar Women Green Velvet Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # 008 truth: black off-shoulder gown, ruffled flounce across the shoulders, floor length, white backdrop.
    # caption: caption adapter (V neckline invented); answers: VQA adapter (describe cut at 30 tokens).
    case(
        "X1203-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "unsupported",
        ),
        wearing("dress"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "the dress is a black off-shoulder dress with ruffles on the neckline and a fitted bodice and a flowy "
            "skirt that falls to the floor and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Athena Black Off-Shoulder Ruffled Maxi Gown",
        category="Dresses",
        color="Black",
    ),
    # 009 truth: rose gold sequinned one-shoulder bodycon mini, sleeveless, no bracelet, no ring.
    # caption: caption adapter, cut; answers: VQA adapter, all right.
    case(
        "X1203-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress this lady wears is of short length. There is an accessory on her wrist. "
            "This lady wears a ring. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "dress Question: What is the color of the dress? Answer: rose-gold Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "rose-gold"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequin"),
        gender="Women",
        title="Tokyo Talkies Rose Gold Sequinned One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # 010 truth: lavender tulle ball gown, sleeveless sweetheart bodice with silver geometric beadwork, plain skirt.
    # No gender column in this row. caption: caption adapter; answers: VQA adapter (bare "gown"; "floral" invented
    # against the caption's plain pattern).
    case(
        "X1203-010",
        caption(
            "This woman is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a square neckline. The dress this woman wears is of long length."
        ),
        wearing("dress"),
        color_of("dress", "purple"),
        is_a("gown", "yes"),
        describe("gown", "gown", "non_answer"),
        Q.pattern("floral", "contradiction"),
        title="SERA Lavender Embellished Tulle Gown",
        category="Dresses",
        color="Lavender",
    ),
    # 011 truth: back view: red long-sleeve bodycon dress with a back cut-out tied at the nape.
    # caption: caption adapter; answers: VQA adapter (details loops back on itself).
    case(
        "X1203-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("dress"),
        color_of("dress", "red"),
        Q.sleeve_length("long-sleeve"),
        details(
            "dress",
            "the back of the dress is cut out and tied with a bow at the back of the neck and the back of the dress "
            "is cut out and tied with a",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="Trendyol Women Red Cut-Out Detail Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # 012 truth: the product is a black top with sheer embellished long sleeves, worn with white wide-leg trousers.
    # caption: caption adapter; answers: VQA adapter (top color given as the trousers' white).
    case(
        "X1203-012",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a round neckline. The trousers this female wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        wearing(
            "blouse and pants and a blouse and pants and a blouse and pants and a blouse and pants and a blouse and "
            "pants and a",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color"),
        Q.color("black"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("blouse"),
        gender="Women",
        title="Vero Moda Black Embellished Sheer Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # 013 truth: the product is a teal sequinned A-line midi skirt, worn with a black sleeveless bodysuit.
    # caption: caption adapter; answers: VQA adapter (skirt color given as the bodysuit's black; bare "skirt").
    case(
        "X1203-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a round neckline. The skirt this "
            "lady wears is of long length. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("tank top and skirt"),
        color_of("skirt", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        Q.pattern("pure color"),
        details("skirt", "skirt", "non_answer"),
        gender="Women",
        title="ONLY Women Teal Sequinned A-Line Midi Skirt",
        category="Skirts",
        color="Teal",
    ),
    # 014 truth: silver sequinned halter-neck wide-leg jumpsuit, full length.
    # caption: caption adapter (calls it a dress); answers: VQA adapter ("no" to the jumpsuit question).
    case(
        "X1203-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress this lady wears is of long length.",
            "contradiction",
        ),
        wearing("jumpsuit"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "silver"),
        is_a("jumpsuit", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="StyleStone Silver-Toned Sequinned Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Silver",
    ),
    # 015 truth: burgundy velvet co-ord: long-sleeve round-neck crop top and matching midi skirt, no bracelet.
    # caption: caption adapter, cut (and knitting for velvet); answers: VQA adapter (details loops).
    case(
        "X1203-015",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The female wears a long skirt. The skirt is with knitting fabric and "
            "pure color patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("top and skirt"),
        color_of("top", "burgundy"),
        color_of("skirt", "burgundy"),
        Q.material("velvet"),
        details(
            "top",
            "the top has long sleeves and a round neckline and a round neckline and a round neckline and a round "
            "neckline and a round",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kazo Women Burgundy Velvet Crop Top & Midi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Burgundy",
    ),
    # 016 truth: flat lay, no model: peach tiered ruffled maxi dress, puff short sleeves, V neck.
    # caption: caption adapter (a wearing lady that is not there); answers: VQA adapter, all right.
    case(
        "X1203-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "unsupported",
        ),
        wearing("dress"),
        color_of("dress", "peach"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "yes"),
        describe("dress", "dress", "non_answer"),
        gender="Women",
        title="Miss Chase Peach Tiered Ruffled Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # 017 truth: black and gold chevron-striped sequinned bodycon, long sleeves, round neck.
    # caption: caption adapter (cotton for a sequinned dress); answers: VQA adapter, all right.
    case(
        "X1203-017",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline.",
            "unsupported",
        ),
        wearing("dress"),
        color_of("dress", "black-gold"),
        Q.pattern("striped"),
        Q.color("gold"),
        is_a("dress", "yes"),
        gender="Women",
        title="Rare Women Black & Gold-Toned Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 018 truth: blue shimmer pleated midi, flutter short sleeves, V neck, self-fabric belt at the waist.
    # caption: caption adapter ("his" waist); answers: VQA adapter (describe loops on the belt).
    case(
        "X1203-018",
        caption(
            "This woman is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. There is an accessory in his waist.",
            "pronoun",
        ),
        wearing("dress"),
        color_of("dress", "blue"),
        Q.pattern("pure color"),
        describe(
            "dress",
            "the dress is a blue dress with a belt and a belt and a belt and a belt and a belt and a belt and a belt "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="DressBerry Blue Shimmer Pleated Midi Dress with Belt",
        category="Dresses",
        color="Blue",
    ),
    # 019 truth: mauve sleeveless round-neck crepe mini dress with a feather-trimmed hem.
    # caption: caption adapter; answers: VQA adapter (empty answer to the yes/no question).
    case(
        "X1203-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress this lady wears is of short length."
        ),
        wearing("dress"),
        color_of("dress", "pink"),
        Q.material("feather"),
        Q.garment_type("dress"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="SASSAFRAS Mauve Feather Trim Mini Dress",
        category="Dresses",
        color="Mauve",
    ),
    # 020 truth: co-ord: off-white pearl-embellished strappy corset crop top and off-white satin midi skirt; pearl
    # drop earrings, no bracelet. caption: caption adapter, cut; answers: VQA adapter, all right.
    case(
        "X1203-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top and skirt"),
        color_of("top", "white"),
        color_of(
            "skirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        details("top", "pearl embellishment"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Label Ritu Kumar Off White Embellished Corset Top with Skirt",
        category="Co-Ords",
        color="Off White",
    ),
    # 021 truth: magenta Indo-western gown, sleeveless bodice with floral embroidery, sheer cape over the arms,
    # floor length. caption: caption adapter (cape read as long sleeves, let stand); answers: VQA adapter ("no").
    case(
        "X1203-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress this lady wears is of long length."
        ),
        wearing("dress"),
        color_of("dress", "pink"),
        Q.garment_type("dress"),
        is_a("gown", "no", "contradiction"),
        describe(
            "gown",
            "the gown is a long gown with a cape and the gown is a long gown with a cape and the gown is a long gown",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Magenta Embellished Gown with Cape",
        category="Ethnic Dresses",
        color="Magenta",
    ),
    # 022 truth: black halter-neck wide-leg jumpsuit, sequinned bodice, plain crepe legs.
    # caption: caption adapter (a top and pants); answers: VQA adapter (material loops).
    case(
        "X1203-022",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. It has a suspenders neckline. The "
            "pants this female wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("jumpsuit"),
        color_of("jumpsuit", "black"),
        Q.garment_type("romper"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Black Halter Neck Jumpsuit with Sequinned Bodice",
        category="Jumpsuit",
        color="Black",
    ),
    # 023 truth: the product is a copper-toned metallic pleated midi skirt, worn with a black short-sleeve crop tee.
    # caption: caption adapter; answers: VQA adapter (details echoes the prompt; pleats answered as stripes).
    case(
        "X1203-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The skirt this lady wears is of long length. The skirt is with chiffon fabric and pure "
            "color patterns."
        ),
        wearing("t-shirt and skirt"),
        color_of("skirt", "bronze"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "Question: What are the skirt details? Answer: Question: What are the skirt details? Answer: Question: "
            "What are the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Copper-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Copper",
    ),
    # 024 truth: the product is a beige satin sleeveless cowl-neck top, worn with a black midi skirt.
    # caption: caption adapter; answers: VQA adapter (closed color takes the skirt's black).
    case(
        "X1203-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a v-shape neckline. The skirt this "
            "lady wears is of long length."
        ),
        wearing("tank top and skirt"),
        color_of("top", "beige"),
        Q.color("black", "other_garment_color"),
        Q.material("tank top", "non_answer"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Vero Moda Beige Satin Cowl Neck Top",
        category="Tops",
        color="Beige",
    ),
    # 025 truth: woman model in a navy sequinned double-breasted blazer dress, long sleeves, lapel collar, mini.
    # caption: caption adapter ("This man", a jacket); answers: VQA adapter (a jacket; "no" to the dress question).
    case(
        "X1203-025",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. Its "
            "neckline is lapel.",
            "pronoun",
        ),
        wearing("jacket", "contradiction"),
        color_of("dress", "navy"),
        is_a("dress", "no", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Rare Women Navy Blue Sequinned Blazer Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 026 truth: green sequinned sleeveless V-neck bodycon mini; she holds a gold chain clutch by its strap at the
    # wrist. caption: caption adapter; answers: VQA adapter (the dress given the clutch's gold).
    case(
        "X1203-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a v-shape neckline. The dress this "
            "lady wears is of short length. There is an accessory on her wrist."
        ),
        wearing("she is wearing a green dress and holding a gold clutch", who="she"),
        color_of("dress", "gold", "other_garment_color"),
        Q.color("green"),
        is_a("dress", "yes"),
        Q.pattern("pure color"),
        gender="Women",
        title="Berrylush Women Green Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Green",
    ),
    # 027 truth: purple one-shoulder draped jersey gown, floor length. This row has no base colour.
    # caption: caption adapter, looping to the limit; answers: VQA adapter, all right.
    case(
        "X1203-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress this lady wears is of long length. The dress this lady wears is of long "
            "length. The dress this lady wears is of",
            "loop",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "purple"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "the dress is a purple one shoulder dress with a draped bodice and a long flowing skirt that falls to the "
            "floor and the hem of the dress is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SERA Purple One-Shoulder Draped Maxi Dress",
        category="Dresses",
    ),
    # 028 truth: co-ord: white satin puff-sleeve square-neck crop top and gold sequinned mini skirt.
    # caption: caption adapter; answers: VQA adapter (the top given the skirt's gold).
    case(
        "X1203-028",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. It has a square neckline. This "
            "female wears a short skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("shirt and skirt"),
        color_of("top", "gold", "other_garment_color"),
        color_of("skirt", "gold"),
        is_a("skirt", "yes"),
        Q.sleeve_length("sleeve", "non_answer"),
        gender="Women",
        title="Kazo Women White & Gold-Toned Crop Top with Sequinned Skirt",
        category="Co-Ords",
        color="Gold",
    ),
    # 029 truth: front view of a black lace bodycon dress, long sleeves, round neck (the zip, if any, is at the back
    # and not in the photo). caption: caption adapter; answers: VQA adapter (the zip is invented).
    case(
        "X1203-029",
        caption(
            "This woman is wearing a long-sleeve dress with lattice patterns. The dress is with chiffon fabric. It has "
            "a round neckline."
        ),
        wearing("dress"),
        color_of(
            "dress",
            "black Question: What is the material of the dress? Answer: lace Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("lace"),
        Q.material("lace"),
        details(
            "dress",
            "the dress has a lace overlay and long sleeves, a round neckline and a zip at the back",
            "unsupported",
        ),
        gender="Women",
        title="Trendyol Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 030 truth: silver sequinned mini dress covered in vertical fringe, spaghetti straps, plain silver.
    # caption: caption adapter (fringe read as stripes; the pattern answer has it right); answers: VQA adapter (a
    # color for the material).
    case(
        "X1203-030",
        caption(
            "Her dress has no sleeves, chiffon fabric and striped patterns. The neckline of it is suspenders.",
            "contradiction",
        ),
        wearing("dress"),
        color_of("dress", "silver"),
        Q.pattern("solid"),
        Q.material("silver", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        title="StyleStone Silver-Toned Fringed Sequinned Mini Dress",
        category="Dresses",
        color="Silver",
    ),
    # 031 truth: the product is a red sequinned strappy crop top, worn with a black leather mini skirt.
    # caption: caption adapter; answers: VQA adapter (the color loops; the skirt's leather given as the top's).
    case(
        "X1203-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The lady "
            "wears a short skirt. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("tank top and skirt"),
        color_of("top", "red"),
        Q.color("red-red-red-red-red-red-red-red-red-red-red-red-red-red-red", "loop", hit_limit=True),
        Q.material("leather", "unsupported"),
        Q.garment_type("tank top"),
        gender="Women",
        title="Miss Chase Red Sequinned Crop Top",
        category="Tops",
        color="Red",
    ),
    # 032 truth: pink tulle midi dress, puff short sleeves, square neck; no bracelet, no ring.
    # caption: caption adapter, cut; answers: VQA adapter, all right.
    case(
        "X1203-032",
        caption(
            "This woman is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a square neckline. The dress this woman wears is of medium length. There is an accessory on her "
            "wrist. This woman wears a ring. The dress",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a pink dress", who="she"),
        color_of("dress", "pink"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has puff sleeves, a square neckline and a tulle skirt that falls below the knee and is lined "
            "with a satin lining and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Pink Tulle Puff Sleeve Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # 033 truth: sea green satin wrap maxi, flutter short sleeves, V neck, side slit.
    # caption: caption adapter; answers: VQA adapter (describe loops; cotton for the satin the title names).
    case(
        "X1203-033",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. It has a v-shape neckline. The dress this "
            "lady wears is of long length."
        ),
        wearing("dress"),
        color_of("dress", "green"),
        Q.color("teal"),
        describe(
            "dress",
            "green dress with a slit on the side and a slit on the side and a slit on the side and a slit on the side "
            "and a slit",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Sea Green Satin Wrap Maxi Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # 034 truth: co-ord: black sequinned mesh long-sleeve crop top and black sequinned mini skirt; she sits on a
    # white stool. caption: caption adapter; answers: VQA adapter (details only restates the question).
    case(
        "X1203-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("shirt and skirt"),
        color_of("top", "black"),
        color_of("skirt", "black"),
        Q.sleeve_length("long-sleeve"),
        details("skirt", "the skirt details are the details of the skirt", "restated"),
        gender="Women",
        title="Rare Women Black Sequinned Mesh Crop Top & Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # 035 truth: back view: maroon sequinned sleeveless fit-and-flare dress with a deep V back and a visible zip.
    # caption: caption adapter; answers: VQA adapter ("brown" under the studio light).
    case(
        "X1203-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a v-shape neckline. The dress this "
            "lady wears is of medium length."
        ),
        wearing("dress"),
        color_of("dress", "brown", "contradiction"),
        Q.pattern("pure color"),
        details("dress", "the back of the dress has a v-shaped cutout and a zipper"),
        is_a("dress", "yes"),
        gender="Women",
        title="SASSAFRAS Maroon Sequinned Fit & Flare Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 036 truth: navy ruched one-shoulder bodycon mini with a single long sleeve.
    # caption: caption adapter; answers: VQA adapter (the open color loops).
    case(
        "X1203-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress this lady wears is of short length."
        ),
        wearing("dress"),
        color_of(
            "dress",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        gender="Women",
        title="Trendyol Navy Blue Ruched One Shoulder Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 037 truth: fuchsia ruffled high-low halter dress, sleeveless, plain; no bracelet, no ring.
    # caption: caption adapter, cut; answers: VQA adapter ("floral" against the plain pattern of the caption).
    case(
        "X1203-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress this lady wears is of medium length. There is an accessory on her wrist. "
            "The lady wears a ring. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("dress", who="she"),
        color_of("dress", "pink"),
        Q.pattern("floral", "contradiction"),
        is_a("dress", "yes"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Fuchsia Ruffled High-Low Dress",
        category="Dresses",
        color="Fuchsia",
    ),
    # 038 truth: the product is a black velvet midi skirt with a front slit, worn with a silver sequinned cami.
    # caption: caption adapter; answers: VQA adapter (the cami's silver for the skirt; details loops).
    case(
        "X1203-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a suspenders neckline. The skirt "
            "this lady wears is of long length. The skirt is with furry fabric and pure color patterns."
        ),
        wearing("tank top and skirt"),
        color_of("skirt", "silver", "other_garment_color"),
        is_a("skirt", "yes"),
        Q.material("velvet"),
        details(
            "skirt",
            "the skirt is a midi skirt with a slit at the front and a slit at the front and a slit at the front and a "
            "slit at",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Label Ritu Kumar Black Velvet Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # 039 truth: grey sequinned shift dress, three-quarter sleeves, round neck, feather hem.
    # caption: caption adapter ("medium" sleeves, right); answers: VQA adapter ("short-sleeve" is wrong).
    case(
        "X1203-039",
        caption(
            "This woman is wearing a medium-sleeve dress with pure color patterns. The dress is with furry fabric. It "
            "has a round neckline."
        ),
        wearing("dress"),
        color_of("dress", "silver"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.garment_type("dress"),
        describe("dress", "grey dress with feathers at the bottom"),
        gender="Women",
        title="DressBerry Grey Sequinned Shift Dress with Feather Hem",
        category="Dresses",
        color="Grey",
    ),
    # 040 truth: flat lay, no model: lavender sequinned bralette and matching mini skirt.
    # caption: caption adapter, cut (and it invents a lady with a bracelet); answers: VQA adapter, all right.
    case(
        "X1203-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a short skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top and skirt"),
        color_of("top", "purple"),
        color_of(
            "skirt",
            "purple Question: What is the color of the top? Answer: purple Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        Q.pattern("pure color"),
        gender="Women",
        title="Kazo Women Lavender Sequinned Bralette & Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Lavender",
    ),
    # 041 truth: teal off-shoulder gown with a straight neckline and a chiffon cape over the arms. No category in
    # this row. caption: caption adapter (V neckline invented); answers: VQA adapter (describe runs into a prompt).
    case(
        "X1203-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length.",
            "unsupported",
        ),
        wearing("dress"),
        color_of("dress", "green"),
        describe(
            "gown",
            "teal gown with a cape Question: What is the color of the gown? Answer: teal Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        gender="Women",
        title="SERA Teal Off-Shoulder Gown with Cape",
        color="Teal",
    ),
    # 042 truth: black sequinned long-sleeve V-neck playsuit with shorts.
    # caption: caption adapter (a shirt and shorts); answers: VQA adapter ("shorts" as the garment type).
    case(
        "X1203-042",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a v-shape neckline. The shorts this female wears is of short length. The shorts are with chiffon "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("romper"),
        Q.garment_type("shorts", "contradiction"),
        color_of("playsuit", "black"),
        Q.sleeve_length("long-sleeve"),
        is_a("romper", "yes"),
        gender="Women",
        title="ONLY Women Black Sequinned Long Sleeve Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # 043 truth: front view of a white satin strappy corset midi dress, boned bodice, sweetheart neckline; the back
    # is not shown. No gender column. caption: caption adapter; answers: VQA adapter (lace-up back invented).
    case(
        "X1203-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a square neckline. The dress this lady "
            "wears is of medium length."
        ),
        wearing("he is wearing a white dress", "pronoun"),
        color_of("dress", "white"),
        Q.material("satin"),
        details(
            "dress",
            "the dress has a corset bodice with boning and a sweetheart neckline and a lace-up back",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        title="Athena White Satin Corset Midi Dress",
        category="Dresses",
        color="White",
    ),
    # 044 truth: bronze metallic cowl-neck strappy maxi; a gold cuff on her wrist and a ring.
    # caption: caption adapter, repeating its accessory sentences to the limit; answers: VQA adapter, all right.
    case(
        "X1203-044",
        caption(
            "Her dress has no sleeves, chiffon fabric and pure color patterns. The neckline of it is suspenders. The "
            "dress this lady wears is of long length. There is an accessory on her wrist. This lady wears a ring. "
            "There is an accessory on her wrist. This lady",
            "loop",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "copper"),
        Q.pattern("the pattern of the garment is the pattern of the garment", "restated"),
        Q.color("bronze"),
        is_a("dress", "yes"),
        gender="Women",
        title="StyleStone Bronze-Toned Metallic Cowl Neck Maxi Dress",
        category="Dresses",
        color="Bronze",
    ),
    # 045 truth: red net gown, sleeveless, round neck, floral embroidery on the bodice, tiered net skirt; a gold
    # bracelet and a cocktail ring. caption: caption adapter, ran exactly to 50 tokens on a full stop, all true;
    # answers: VQA adapter ("he" for the woman; details cut).
    case(
        "X1203-045",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress this lady wears is of long length. There is an accessory on her wrist. This lady "
            "wears a ring.",
            hit_limit=True,
        ),
        wearing("he is wearing a red dress", "pronoun"),
        color_of("dress", "red"),
        is_a("gown", "yes"),
        Q.pattern("floral"),
        Q.material("net"),
        details(
            "gown",
            "the gown has a round neckline and a sheer net overlay with floral embroidery on the bodice and the "
            "skirt is tiered with layers of net and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Label Ritu Kumar Red Embellished Net Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
]
