"""BLIND_1467 (45 products; Myntra women's party and evening wear): written blind in the sixty-fifth session. Measured
blind at 81d2e84 (the session's second rules): 94/102 failures found (92.2%) and 21/191 correct texts flagged
(11.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and maxi dresses, tulle and satin gowns,
crop tops sold alone and worn with a skirt or trousers from another listing, skirts worn with another listing's top,
crop-top-and-skirt co-ords, a playsuit and two jumpsuits. Columns as Myntra ships them: title (brand first), category
(the article type: Dresses, Tops, Skirts, Co-Ords, Jumpsuit, Playsuit, Ethnic Dresses), color (the base colour, with
Myntra's names: Navy Blue, Rose Gold, Nude, Multi...) and gender; a few rows lack one of them. Photos are the usual
studio shots: a model on a plain grey or beige backdrop, the product styled with other clothes, two flat lays, one
back view, a clutch and a chair as props. Metallic sequins reflect the studio light, so hues drift.
Who wrote what: every caption comes from the epoch-2 checkpoint of the caption adapter (DeepFashion-MultiModal
template language: "The lady wears ... with pure color patterns. The dress is with other fabric ..."), greedy, 50 new
tokens; it never learned to stop, so nearly every caption runs to the limit and ends mid-sentence or starts its
template over. Every answer comes from the VQA adapter (Data3_V3_BLIP2_VQA), `Question: ... Answer:` prompt, greedy,
30 new tokens, the job stopping on a newline: short answers usually get one, about one in fifteen does not and runs on
(a loop, the prompt format leaking back, or a long description cut at the limit). Closed questions are stored with the
raw text where it did not map.
Labeling conventions and judgement calls: one kind per text. A caption that is cut and also wrong in content is labeled
with the content error (pronoun, invented accessory), since that is what would mislead a shopper; a caption that
reached the limit exactly at the end of a complete clause is left unmarked (hit_limit still set). A caption that starts
its template over is a loop even if the last words are also cut. Near hues are accepted: maroon or burgundy as red,
rose gold, magenta, peach or fuchsia as pink, lavender as purple, mustard as yellow, cream or off-white as white,
charcoal or silver as grey, teal as blue, copper as gold; navy as black and nude as white are not (the photos show
them clearly). A color, sleeve length or material taken from the other garment in the shot is other_garment_color
(colors) or contradiction / unsupported (sleeves, material). A garment type or yes/no that the title and category
refute is a contradiction; a wrong claim only the photo refutes (a back zipper on a front-only flat lay, a ring nobody
wears, silk for a sequinned net gown) is unsupported. The caption template's fabric words (chiffon for georgette or
tulle, "other fabric" for sequins) and DeepFashion's "suspenders" neckline for straps are its vocabulary, not errors.
Short true answers ("sequin" for the details, "black dress" for a description) count as correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1467 = [
    # Black sequinned sleeveless V-neck bodycon mini on a grey backdrop, silver heels, a thin silver bracelet.
    # Caption: epoch-2 caption adapter (cut at 50 tokens). Answers: VQA adapter.
    case(
        "X1467-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of short length. There is an accessory on her wrist. This lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequin"),
        is_a("dress", "yes"),
        gender="Women",
        title="SASSAFRAS Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Gold sequinned maxi gown with sheer long sleeves and a thigh slit, beige backdrop, drop earrings and a gold
    # bangle. Caption: caption adapter, restarts its template. Answers: VQA adapter; misses the sheer sleeves,
    # "silk" is invented.
    case(
        "X1467-002",
        caption(
            "The lady wears a long-sleeve dress with other patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a long-sleeve dress with other patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("gold"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a gold dress"),
        details("dress", "sequin"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Athena Women Gold-Toned Embellished Maxi Dress with Slit",
        category="Dresses",
        color="Gold",
    ),
    # Navy sequinned cami crop top (the product) worn with a black satin midi skirt and black heels.
    # Caption: caption adapter. Answers: VQA adapter; the garment color is the skirt's, and "yes" to skirt.
    case(
        "X1467-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with chiffon fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("top"),
        color_of("top", "blue"),
        Q.sleeve_length("sleeveless"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        title="Bcz Style Women Navy Blue Sequinned Crop Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Pink satin co-ord: puff-sleeve crop top and matching midi skirt with a side slit.
    # Caption: caption adapter, template restarts. Answers: VQA adapter; the wearing answer loops.
    case(
        "X1467-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and pure color patterns. The lady wears a "
            "short-sleeve shirt with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        wearing(
            "pink top and pink skirt and pink top and pink skirt and pink top and pink skirt and pink top and pink",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        describe("skirt", "pink skirt"),
        Q.material("satin"),
        Q.pattern("solid"),
        gender="Women",
        title="StyleStone Women Pink Satin Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Silver sequinned mini skirt (the product) with a black long-sleeve bodysuit and black ankle boots.
    # Caption: caption adapter. Answers: VQA adapter; the garment color is the bodysuit's.
    case(
        "X1467-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with "
            "cotton fabric and its neckline is round. The skirt is with other fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("skirt"),
        color_of("skirt", "silver"),
        is_a("skirt", "yes"),
        Q.material("sequin"),
        details("skirt", "short skirt with sequins"),
        gender="Women",
        title="Trendyol Women Silver-Toned Sequinned Mini Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Maroon velvet wrap midi dress, long sleeves, self-tie belt, a gold bangle. Caption: caption adapter, reached
    # the limit on a full stop. Answers: VQA adapter; the details answer runs on.
    case(
        "X1467-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of three-quarter length. There is an accessory on her wrist. This "
            "lady wears a belt.",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.material("velvet"),
        Q.sleeve_length("long"),
        wearing("dress"),
        details(
            "dress",
            "the dress has a tie belt on the waist and the dress has a tie belt on the waist and the dress has a tie",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Emerald satin one-shoulder ruched mini; gold earrings only, bare wrists and hands.
    # Caption: caption adapter, invents the wrist accessory and the ring. Answers: VQA adapter; the description loops.
    case(
        "X1467-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of short length. There is an accessory on her wrist. There is "
            "a ring on her finger. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "a green dress with one shoulder and a green dress with one shoulder and a green dress with one "
            "shoulder and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.pattern("solid"),
        gender="Women",
        title="Athena Women Green Satin One-Shoulder Ruched Bodycon Dress",
        category="Dresses",
        color="Green",
    ),
    # Rose gold sequinned bodycon mini, full sleeves, round neck. Caption: caption adapter (template restarts).
    # Answers: VQA adapter; "What is the person wearing?" never stopped.
    case(
        "X1467-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of short length. This lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with other",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.material("sequin"),
        is_a("dress", "yes"),
        wearing(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Rose Gold Sequinned Bodycon Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Back view: black off-shoulder tulle ball gown with a lace-up corset back, hair in a bun, face not shown.
    # Caption: caption adapter, calls her a gentleman. Answers: VQA adapter, all right.
    case(
        "X1467-009",
        caption(
            "The gentleman wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. "
            "The dress is of long length. There is an accessory on his wrist. The gentleman wears a sleeveless "
            "dress with pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("dress"),
        details("dress", "lace up back"),
        Q.sleeve_length("sleeveless"),
        wearing("a black dress", who="she"),
        gender="Women",
        title="Emmyrobe Women Black Off-Shoulder Tulle Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Red halter-neck wide-leg jumpsuit, a gold clutch in hand. Caption: caption adapter (reads it as top and
    # pants, cut). Answers: VQA adapter; "pants" against the seller, the material answer leaks the prompt.
    case(
        "X1467-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric and its neckline is suspenders. The pants are with chiffon fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants", "contradiction"),
        Q.color("red"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester Question: What material is the garment made of? Answer: polyester", "leak"),
        gender="Women",
        title="Tokyo Talkies Women Red Halter Neck Basic Jumpsuit",
        category="Jumpsuit",
        color="Red",
    ),
    # White structured corset crop top with straps (the product) over a black faux-leather mini skirt.
    # Caption: caption adapter. Answers: VQA adapter; "yes" to dress for a top and skirt.
    case(
        "X1467-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric and its neckline is suspenders. The skirt is with leather fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("top"),
        details("top", "corset"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="URBANIC Women White Corset Crop Top",
        category="Tops",
        color="White",
    ),
    # Lavender tiered tulle maxi gown, sweetheart neck, thin straps; the model holds the skirt out.
    # Caption: caption adapter (restarts). Answers: VQA adapter; "floral" for plain tulle, the wearing answer leaks.
    case(
        "X1467-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of long length. The lady wears a sleeveless dress with pure "
            "color patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("floral", "contradiction"),
        Q.garment_type("dress"),
        describe("dress", "long dress with ruffles"),
        Q.material("tulle"),
        wearing("purple dress Question: What is the color of the dress? Answer: purple", "leak"),
        gender="Women",
        title="Emmyrobe Women Lavender Tiered Tulle Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Long-sleeve bodycon mini in horizontal sequin stripes of pink, blue, gold and silver; rings and a bracelet.
    # Caption: caption adapter, stopped at the limit on a complete clause. Answers: VQA adapter; "pink" is one stripe.
    case(
        "X1467-013",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of short length. There is an accessory on her wrist. There is a ring "
            "on her finger",
            hit_limit=True,
        ),
        Q.color("pink", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.garment_type("dress"),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrylush Women Multicoloured Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Multi",
    ),
    # Teal satin cowl-neck slip dress, midi, worn under an open black blazer. Caption: caption adapter (cut).
    # Answers: VQA adapter; the garment color and the sleeves are the blazer's.
    case(
        "X1467-014",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long dress. The dress is with chiffon fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("dress", "blue"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("dress"),
        Q.material("satin"),
        gender="Women",
        title="MANGO Women Teal Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Teal",
    ),
    # Flat lay on white: black sheer mesh long-sleeve crop top with scattered rhinestones, no model.
    # Caption: caption adapter (loops on "the lady"). Answers: VQA adapter; the details answer is just the word.
    case(
        "X1467-015",
        caption(
            "The lady wears a long-sleeve shirt with other patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a long-sleeve shirt with other patterns. The shirt is with other "
            "fabric and its neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        wearing("black shirt"),
        Q.color("black"),
        Q.garment_type("blouse"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        details("top", "top", "non_answer"),
        gender="Women",
        title="Kassually Women Black Embellished Sheer Mesh Crop Top",
        category="Tops",
        color="Black",
    ),
    # Copper metallic accordion-pleated midi skirt (the product), white tee tucked in, white sneakers.
    # Caption: caption adapter. Answers: VQA adapter; white is the tee's, cotton is the tee's.
    case(
        "X1467-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with other fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "gold"),
        Q.garment_type("skirt"),
        Q.pattern("pleated"),
        is_a("skirt", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="AND Women Copper-Toned Metallic Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Copper",
    ),
    # Fuchsia sequinned strappy mini with a feather hem. Caption: caption adapter (restarts). Answers: VQA adapter.
    case(
        "X1467-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric and its "
            "neckline is suspenders. The dress is of short length. There is an accessory on her wrist. The lady "
            "wears a sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        details("dress", "feathers on the bottom"),
        Q.garment_type("dress"),
        Q.material("feather"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="SASSAFRAS Women Fuchsia Feather Trim Sheath Mini Dress",
        category="Dresses",
        color="Fuchsia",
    ),
    # Nude (skin-tone beige) crystal-embellished bodycon maxi with sheer long sleeves, a bracelet, no ring.
    # Caption: caption adapter (template restarts). Answers: VQA adapter; "white" for a clearly beige gown.
    case(
        "X1467-018",
        caption(
            "The lady wears a long-sleeve dress with other patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress with other patterns and",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long"),
        describe("dress", "long dress with sheer sleeves"),
        Q.garment_type("dress"),
        wearing("a long dress"),
        gender="Women",
        title="Zastraa Women Nude-Coloured Embellished Bodycon Maxi Dress with Sheer Sleeves",
        category="Dresses",
        color="Nude",
    ),
    # Purple sequinned double-breasted blazer dress, long sleeves, lapels, mini. Caption: caption adapter (loop).
    # Answers: VQA adapter; it sees a jacket, and says no to dress.
    case(
        "X1467-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is lapel. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with "
            "other fabric and its neckline is lapel",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("purple"),
        is_a("dress", "no", "contradiction"),
        Q.sleeve_length("long"),
        details("dress", "buttons"),
        gender="Women",
        title="Tokyo Talkies Women Purple Sequinned Blazer Dress",
        category="Dresses",
        color="Purple",
    ),
    # Black sequinned co-ord: strappy crop top and a maxi skirt with a thigh-high slit, midriff bare.
    # Caption: caption adapter (cut). Answers: VQA adapter; "yes" to dress for a two-piece, the material loops.
    case(
        "X1467-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with other fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        wearing("black top and skirt"),
        color_of("skirt", "black"),
        color_of("top", "black"),
        Q.material(
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins",
            "loop",
            hit_limit=True,
        ),
        describe("skirt", "a long skirt with a slit"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Bcz Style Women Black Sequinned Crop Top with Thigh-High Slit Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Off-white lace fit-and-flare dress, cap sleeves, knee length, scalloped hem; a ring and a watch.
    # Caption: caption adapter (cut on "The dress"). Answers: VQA adapter; the description runs to the limit.
    case(
        "X1467-021",
        caption(
            "The lady wears a short-sleeve dress with other patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of medium short length. There is an accessory on her wrist. This "
            "lady wears a ring. The dress",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("lace"),
        Q.sleeve_length("short"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "white lace dress with short sleeves and a round neck, the dress is knee length with a scalloped hem and "
            "a zip at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("lace"),
        gender="Women",
        title="Miss Chase Women Off-White Lace Fit and Flare Dress",
        category="Dresses",
        color="Off White",
    ),
    # Burgundy sequinned sleeveless V-neck fishtail gown; a cuff and a cocktail ring. Caption: caption adapter (cut).
    # Answers: VQA adapter; the color answer carries the prompt on, the details answer loops.
    case(
        "X1467-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. There is a ring "
            "on her finger. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("red Question: What is the color of the garment? Answer: red", "leak"),
        Q.garment_type("dress"),
        wearing("red dress"),
        details(
            "dress",
            "the dress details are the dress details are the dress details are the dress details are the dress "
            "details are the dress",
            "loop",
            hit_limit=True,
        ),
        Q.material("sequins"),
        gender="Women",
        title="Athena Women Burgundy Sequinned Fishtail Maxi Gown",
        category="Dresses",
        color="Burgundy",
    ),
    # Gold sequinned bralette crop top (the product) with black flared trousers. Caption: caption adapter (cut).
    # Answers: VQA adapter; the type answer names the trousers.
    case(
        "X1467-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric and its neckline is suspenders. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold"),
        Q.garment_type("pants", "contradiction"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        wearing("gold top and black pants"),
        gender="Women",
        title="Ishin Women Gold-Toned Sequinned Bralette Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Blue satin maxi with a white-and-pink floral print, ruffled tiers, flutter sleeves, V-neck.
    # Caption: caption adapter (restarts). Answers: VQA adapter; chiffon for a satin dress, details say nothing.
    case(
        "X1467-024",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        is_a("dress", "yes"),
        Q.material("chiffon", "unsupported"),
        details("dress", "the dress has details on the dress", "restated"),
        gender="Women",
        title="Berrylush Women Blue Floral Print Satin Ruffled Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Black ruched mesh long-sleeve bodycon mini with a white faux-fur shrug over the shoulders.
    # Caption: caption adapter, limit reached on a complete clause. Answers: VQA adapter; white and fur are the shrug's.
    case(
        "X1467-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of short length. This lady also wears an outer clothing, with furry "
            "fabric and pure color patterns",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("dress", "black"),
        Q.material("fur", "unsupported"),
        Q.garment_type("dress"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Kassually Women Black Ruched Mesh Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Silver sequinned halter top (the product) with white wide-leg trousers; the model has a cropped pixie cut.
    # Caption: caption adapter, "gentleman". Answers: VQA adapter; the garment color is the trousers'.
    case(
        "X1467-026",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a long pants. His tank top is "
            "with other fabric. Its neckline is suspenders. The pants are with chiffon fabric and pure color "
            "patterns. There is an accessory on",
            "pronoun",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        wearing("silver top and white pants"),
        Q.material("sequin"),
        gender="Women",
        title="Trendyol Women Silver-Toned Sequinned Halter Neck Top",
        category="Tops",
        color="Silver",
    ),
    # Olive georgette kaftan maxi with sequin embroidery at the V-neck, batwing sleeves to the wrist, a ring.
    # Caption: caption adapter (cut). Answers: VQA adapter; "no" to kaftan, the description loops.
    case(
        "X1467-027",
        caption(
            "The lady wears a long-sleeve dress with other patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. This lady "
            "wears a ring. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.sleeve_length("long"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "a green dress with a green dress with a green dress with a green dress with a green dress with a green",
            "loop",
            hit_limit=True,
        ),
        details("dress", "sequins on the neck"),
        is_a("kaftan", "no", "contradiction"),
        gender="Women",
        title="Label Ritu Kumar Women Olive Green Sequinned Kaftan Dress",
        category="Dresses",
        color="Olive",
    ),
    # Red one-shoulder bodycon midi with one long sleeve and a waist cut-out; a ring and a bracelet.
    # Caption: caption adapter (cut). Answers: VQA adapter; "sleeveless" though the one sleeve is long.
    case(
        "X1467-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is other shapes. The dress is of three-quarter length. There is an accessory on her wrist. "
            "There is a ring on her finger. Her",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dress", "cut out"),
        Q.garment_type("dress"),
        wearing("red dress"),
        gender="Women",
        title="SASSAFRAS Women Red One-Shoulder Cut-Out Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Peach embellished net anarkali-style gown, full sleeves, a matching dupatta over one shoulder, jhumkas, bangles.
    # Caption: caption adapter (cut). Answers: VQA adapter; the wearing answer runs to the limit.
    case(
        "X1467-029",
        caption(
            "The lady wears a long-sleeve dress with other patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. She wears a scarf. There is an accessory on her "
            "wrist. The lady wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.garment_type("dress"),
        is_a("gown", "yes"),
        Q.sleeve_length("long"),
        Q.material("net"),
        wearing(
            "a long peach dress with golden embroidery on the neck and the sleeves and a peach dupatta on her left "
            "shoulder with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Aks Women Peach-Coloured Embellished Net Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Black satin mini skirt with a side slit (the product) worn with a red sequinned cami.
    # Caption: caption adapter (cut). Answers: VQA adapter; red is the cami's, the satin's sheen read as leather.
    case(
        "X1467-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with other fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("red", "other_garment_color"),
        color_of("skirt", "black"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Black Satin Mini Skirt with Slit",
        category="Skirts",
        color="Black",
    ),
    # Navy sequinned maxi with cape sleeves, clearly navy under the studio light. Caption: caption adapter (cut).
    # Answers: VQA adapter; black twice.
    case(
        "X1467-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of long length. This lady also wears an outer clothing, with other "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        wearing("black dress", "contradiction"),
        Q.garment_type("dress"),
        describe("dress", "long dress with a cape"),
        is_a("dress", "yes"),
        gender="Women",
        title="Emmyrobe Women Navy Blue Sequinned Maxi Dress with Cape Sleeves",
        category="Dresses",
        color="Navy Blue",
    ),
    # Beige (champagne) satin cowl-neck cami (the product) tucked into a black faux-leather midi skirt; a gold ring.
    # Caption: caption adapter, limit on a complete clause. Answers: VQA adapter; black and leather are the skirt's.
    case(
        "X1467-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "chiffon fabric. The skirt is with leather fabric and pure color patterns. There is an accessory on her "
            "wrist. This lady wears a ring",
            hit_limit=True,
        ),
        Q.color("beige"),
        Q.garment_type("tank top"),
        color_of("top", "black", "other_garment_color"),
        Q.material("leather", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="MANGO Women Beige Satin Cowl Neck Top",
        category="Tops",
        color="Beige",
    ),
    # Magenta sequinned playsuit, short sleeves, V-neck, shorts. Caption: caption adapter (cut).
    # Answers: VQA adapter; "shorts" for a playsuit, the material answer says nothing.
    case(
        "X1467-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is "
            "with other fabric and its neckline is v-shape. The shorts are with other fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("pink"),
        is_a("romper", "yes"),
        Q.sleeve_length("short"),
        wearing("pink romper"),
        Q.material("the garment is made of the fabric of the garment", "restated"),
        gender="Women",
        title="Ishin Women Magenta Sequinned Playsuit",
        category="Playsuit",
        color="Magenta",
    ),
    # Black organza mini with white polka dots, puff sleeves, square neck. Caption: caption adapter (restarts).
    # Answers: VQA adapter; asked about the dress by name it gives the dots' white.
    case(
        "X1467-034",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is square. The dress is of short length. There is an accessory on her wrist. The lady wears "
            "a short-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.color("black"),
        color_of("dress", "white", "contradiction"),
        Q.sleeve_length("short"),
        details("dress", "puff sleeves"),
        is_a("dress", "yes"),
        gender="Women",
        title="DressBerry Women Black Polka Dot Organza Puff Sleeve Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Lilac tulle corset mini with puff sleeves and a tiered skirt; no ring, a beaded bracelet. No gender column.
    # Caption: caption adapter (cut). Answers: VQA adapter; the description is empty of content, the details loop.
    case(
        "X1467-035",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is square. The dress is of short length. There is an accessory on her wrist. There is a ring "
            "on her finger. The dress",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("purple"),
        is_a("dress", "yes"),
        describe("dress", "the dress is a dress", "non_answer"),
        details(
            "dress",
            "puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves puff sleeves "
            "puff sleeves puff",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="URBANIC Women Lilac Tulle Corset Mini Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Turquoise sequinned co-ord: long-sleeve crop top and matching mini skirt. Caption: caption adapter (cut).
    # Answers: VQA adapter, all right.
    case(
        "X1467-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        wearing("blue top and skirt"),
        color_of("skirt", "blue"),
        Q.sleeve_length("long"),
        Q.material("sequin"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Kassually Women Turquoise Blue Sequinned Crop Top and Skirt Co-Ords",
        category="Co-Ords",
        color="Turquoise Blue",
    ),
    # Flat lay on white: black velvet corset top with thin straps, front only. Caption: caption adapter (loops,
    # and puts a lady and a wrist accessory in an empty shot). Answers: VQA adapter; the zipper is invented.
    case(
        "X1467-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and "
            "its neckline is suspenders. There is an accessory on her wrist. The lady wears a sleeveless tank top "
            "with pure color patterns. The tank top",
            "loop",
            hit_limit=True,
        ),
        wearing("a black top"),
        Q.color("black"),
        Q.garment_type("tank top"),
        Q.material("velvet"),
        details("top", "zipper on the back", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Black Velvet Corset Top",
        category="Tops",
        color="Black",
    ),
    # Gold metallic pleated maxi skirt (the product) with a black long-sleeve knit bodysuit.
    # Caption: caption adapter (restarts). Answers: VQA adapter; long sleeves for a skirt, an empty material answer.
    case(
        "X1467-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "knitted fabric and its neckline is round. The skirt is with other fabric and pure color patterns. The "
            "lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        Q.color("gold"),
        Q.garment_type("skirt"),
        Q.sleeve_length("long", "contradiction"),
        Q.pattern("pleated"),
        is_a("skirt", "yes"),
        Q.material("", "non_answer"),
        gender="Women",
        title="AND Women Gold-Toned Metallic Pleated Maxi Skirt",
        color="Gold",
    ),
    # Red tiered tulle ball gown with off-shoulder ruffles, the model seated on a white chair; earrings, a ring,
    # a bracelet. No category column. Caption: caption adapter (cut). Answers: VQA adapter; the description loops.
    case(
        "X1467-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is other shapes. The dress is of long length. There is an accessory on her wrist. There is "
            "a ring on her finger. She",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("dress"),
        wearing("red dress"),
        describe(
            "dress",
            "red dress with ruffles on the shoulders and a long skirt with ruffles and a long skirt with ruffles and "
            "a long skirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("tulle"),
        gender="Women",
        title="Emmyrobe Women Red Tiered Ruffled Tulle Gown",
        color="Red",
    ),
    # Charcoal sequinned flapper shift with fringe, sleeveless, a long pearl necklace.
    # Caption: caption adapter (repeats the necklace sentence). Answers: VQA adapter; the material answer leaks.
    case(
        "X1467-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of short length. There is an accessory on her neck. There is an "
            "accessory on her neck. There is",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        details("dress", "fringe"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        Q.material("sequin Question: What is the color of the garment? Answer: grey", "leak"),
        gender="Women",
        title="Berrylush Women Charcoal Grey Sequinned Fringe Shift Dress",
        category="Dresses",
        color="Charcoal",
    ),
    # Mustard satin asymmetric drape midi, sleeveless, bare hands (no ring). Caption: caption adapter, invents a
    # ring. Answers: VQA adapter; the pattern answer only restates the question.
    case(
        "X1467-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of three-quarter length. There is an accessory on her wrist. There is "
            "a ring on her finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("the pattern of the garment is the pattern", "restated"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        describe("dress", "yellow dress"),
        Q.material("satin"),
        gender="Women",
        title="Athena Women Mustard Satin Drape Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Cream crepe crop top with pearl embellishment and short puff sleeves (the product), beige wide-leg trousers.
    # Caption: caption adapter (cut). Answers: VQA adapter; "pearl" is the trim, not the material.
    case(
        "X1467-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is square. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        details("top", "pearls"),
        Q.garment_type("blouse"),
        Q.sleeve_length("short"),
        wearing("white top and beige pants"),
        is_a("crop top", "yes"),
        Q.material("pearl", "unsupported"),
        gender="Women",
        title="StyleStone Women Cream Pearl Embellished Crop Top",
        category="Tops",
        color="Cream",
    ),
    # Royal blue sequinned long-sleeve bodycon mini, the model holding a silver clutch.
    # Caption: caption adapter (restarts). Answers: VQA adapter; "he", and the clutch given as a dress detail.
    case(
        "X1467-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of short length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        wearing("he is wearing a blue dress", "pronoun"),
        Q.garment_type("dress"),
        Q.sleeve_length("long"),
        details("dress", "silver purse", "unsupported"),
        gender="Women",
        title="DressBerry Women Blue Sequinned Bodycon Dress",
        category="Dresses",
        color="Blue",
    ),
    # Pink-to-purple ombre sequinned sleeveless V-neck maxi gown, a ring and a cuff. No color column.
    # Caption: caption adapter (cut). Answers: VQA adapter; the sleeve answer loops, the description is one word.
    case(
        "X1467-044",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. There is a ring "
            "on her finger. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("gradient"),
        Q.garment_type("dress"),
        is_a("gown", "yes"),
        describe("gown", "gown", "non_answer"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Emmyrobe Women Pink Ombre Sequinned Maxi Gown",
        category="Dresses",
    ),
    # Black crepe one-shoulder wide-leg jumpsuit with one long sequinned sleeve; a ring.
    # Caption: caption adapter (cut). Answers: VQA adapter; the wearing answer runs into the prompt format.
    case(
        "X1467-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with other "
            "fabric and its neckline is other shapes. The pants are with cotton fabric and pure color patterns. "
            "There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        Q.sleeve_length("long"),
        details("jumpsuit", "one shoulder with a sequin sleeve"),
        is_a("jumpsuit", "yes"),
        wearing(
            "a black jumpsuit Question: What is the color of the jumpsuit? Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black One-Shoulder Jumpsuit with Sequinned Sleeve",
        category="Jumpsuit",
        color="Black",
    ),
]
