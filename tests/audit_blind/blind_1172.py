"""BLIND_1172 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-first session. Measured blind at b4dbcd1 (the session's second rules): 103/116 failures found (88.8%) and
10/160 correct texts flagged (6.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses, tops, T-shirts and shirts (title, article type as category, base colour,
gender; a column missing now and then). Each photo was captioned once by BLIP-2 OPT-2.7b with the epoch-3 caption
adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens; then every question was answered by
timpal0l/mdeberta-v3-base-squad2 over that caption alone. Photos are the usual catalog shots: a model on a plain
backdrop wearing the product with jeans, trousers, shorts or a skirt, a few flat lays, a back view, props (a hat held
in the hand, a clutch, a stool, a tote).
Who wrote what: every caption is the caption adapter's; every answer is a span the QA model cut out of that caption
(or its empty no-answer). So the answers can only repeat the DeepFashion template: no hue names (the captioner learnt
"pure color", "floral", "striped", "lattice", "graphic", "color block" as its colours), fabrics from its seven labels,
lower garments and accessories that the template always describes. Two captions slipped a hue in ("white pants",
"black pants"), both on the other garment. No answer ran to a token limit (spans are not generated); nearly every
caption did, since the adapter never learnt to stop.
Labeling conventions and judgement calls: one label per text. A caption that ran to 50 tokens and ends mid-sentence
is `cut`, unless it also says something worse (an accessory or a person that is not in the photo: `unsupported`; "his",
"gentleman" for a woman: `pronoun`; a shirt and shorts for a shirt dress: `contradiction`), in which case that is the
label and hit_limit still says it was cut. A caption that restarts its own template is `loop`. One caption stopped
at the limit right at the end of a complete, true sentence (X1172-014): hit_limit but unmarked. A colour answer
that is a pattern word ("pure color", "floral", "striped") or empty is `non_answer`: it says nothing about the hue;
"white"/"black" taken from the trousers' phrase is `other_garment_color`. "upper clothing" for the garment type is
`restated`. A fabric, garment or sleeve length taken from the lower garment or the layer is `contradiction`, as is
"a ring" or "glasses" for what the person wears. Pattern and type answers are judged by the photo and title: "pure
color" on a polka-dot or "color block" on a tie-dye is `contradiction`; "shirt" for a blouse or woven top, "tank top"
for a sleeveless crop or peplum top, "T-shirt" for a knit top, "chiffon" for georgette, "knitting" for a ribbed
knit, "leather" for faux leather, "suspenders" neckline for straps or a halter are accepted. A "yes/no" question
answered with a span naming the right garment counts as yes (correct); an empty span is `non_answer`. Answers that are
true but partial (the neckline and not the lace) are left unmarked.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_1172 = [
    # 001. Photo: front, black sleeveless ribbed crop top, mid-blue high-rise jeans, grey backdrop, no jewellery.
    # Caption: epoch-3 adapter (cut at 50 tokens); answers: mdeberta spans of it.
    case(
        "X1172-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # 002. Photo: red georgette maxi dress, small white-and-yellow flowers, short flutter sleeves, V neck, tie waist.
    # Caption: epoch-3 adapter, restarts its first sentence; answers: mdeberta spans.
    case(
        "X1172-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "v-shape neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Red Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # 003. Photo: white long-sleeve cotton shirt-style top with collar, black trousers, hands bare (no ring).
    # Caption: epoch-3 adapter, invents a ring, cut; answers: mdeberta spans ("a ring" for what she wears).
    case(
        "X1172-003",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a "
            "ring on her finger. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "restated"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # 004. Photo: navy crepe top with white polka dots, short puff sleeves, round neck, white jeans.
    # Caption: epoch-3 adapter, calls the dotted top "pure color", cut; answers: mdeberta spans.
    case(
        "X1172-004",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a round neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("short-sleeve shirt"),
        Q.garment_type("shirt"),
        Q.pattern("pure color", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Polka Dot Print Puff Sleeve Top",
        category="Tops",
        color="Navy Blue",
    ),
    # 005. Photo: black long-sleeve knit bodycon dress, knee length, round neck, silver bracelet, side pose.
    # Caption: epoch-3 adapter, loops back to its first sentence; answers: mdeberta spans.
    case(
        "X1172-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("dress", "round neckline"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="DressBerry Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 006. Photo: olive cotton shirt dress above the knee, long sleeves rolled once, collar, brown belt at the waist.
    # Caption: epoch-3 adapter reads it as a shirt over shorts, cut; answers: mdeberta spans.
    case(
        "X1172-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # 007. Photo: mustard ribbed short-sleeve fitted top, square neck, black mini skirt, gold hoops.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a square neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. She wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitting"),
        details("top", "square neckline"),
        gender="Women",
        title="SASSAFRAS Women Mustard Yellow Ribbed Fitted Top",
        category="Tops",
        color="Mustard",
    ),
    # 008. Photo: lavender midi wrap dress, small white flowers, long sleeves to the wrist, V neck, nothing on wrists.
    # Caption: epoch-3 adapter, invents a wrist accessory and a ring, restarts; answers: mdeberta spans. No gender.
    case(
        "X1172-008",
        caption(
            "Her dress has long sleeves, chiffon fabric and floral patterns. The neckline of it is v-shape. The dress "
            "is of three-quarter length. There is an accessory on her wrist. There is a ring on her finger. Her dress "
            "has long",
            "unsupported",
            hit_limit=True,
        ),
        describe("dress", "long sleeves, chiffon fabric and floral patterns"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        details("dress", "v-shape"),
        title="AND Women Lavender Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # 009. Photo: white shirt with thin blue vertical stripes, long sleeves rolled, tucked into beige trousers.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-009",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women White & Blue Striped Regular Fit Shirt",
        category="Shirts",
        color="White",
    ),
    # 010. Photo: maroon sleeveless peplum top, V neck, black jeans; model with a short bob.
    # Caption: epoch-3 adapter calls her a gentleman, cut; answers: mdeberta spans (fabric of the jeans).
    case(
        "X1172-010",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a v-shape neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Harpa Women Maroon Solid Peplum Top",
        category="Tops",
        color="Maroon",
    ),
    # 011. Photo: black georgette tiered maxi dress, spaghetti straps; model holds a straw hat in her hand.
    # Caption: epoch-3 adapter splits the dress into a tank top and a long skirt, cut; answers: mdeberta spans.
    case(
        "X1172-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is a hat",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        details("dress", "suspenders neckline"),
        gender="Women",
        title="Athena Women Black Georgette Tiered Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 012. Photo: flat lay, pink cotton boxy T-shirt, short sleeves, round neck, white background, no person.
    # Caption: epoch-3 adapter puts a lady with a wrist accessory in it, then restarts; answers: mdeberta spans.
    case(
        "X1172-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women Pink Solid Boxy Pure Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # 013. Photo: rust satin sleeveless cowl-neck cami, black trousers, gold watch.
    # Caption: epoch-3 adapter, cotton and round neck for a satin cowl, cut; answers: mdeberta spans.
    case(
        "X1172-013",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        describe("top", "sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="FabAlley Women Rust Satin Cowl Neck Top",
        category="Tops",
        color="Rust",
    ),
    # 014. Photo: mid-blue denim shirt, long sleeves, white jeans, steel watch on the left wrist.
    # Caption: epoch-3 adapter, stopped by the limit right after a true sentence; answers: mdeberta spans.
    case(
        "X1172-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Roadster Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 015. Photo: green mini dress with white flowers, short puff sleeves, square neck, white sneakers, ankle socks.
    # Caption: epoch-3 adapter, sticks on "socks"; answers: mdeberta spans.
    case(
        "X1172-015",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length. The lady wears socks. The lady wears socks. The lady wears "
            "socks. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "square neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Sassafras Women Green Floral Print Puff Sleeve A-Line Mini Dress",
        category="Dresses",
        color="Green",
    ),
    # 016. Photo: back view, beige ribbed long-sleeve high-neck top, brown trousers, hands hidden at her sides.
    # Caption: epoch-3 adapter, invents a ring; answers: mdeberta spans.
    case(
        "X1172-016",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "standing. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "lady wears a ring on her finger",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "restated"),
        Q.material("knitting"),
        Q.sleeve_length("long sleeves"),
        details("top", "a ring on her finger", "unsupported"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Trendyol Women Beige Solid Ribbed High Neck Top",
        category="Tops",
        color="Beige",
    ),
    # 017. Photo: yellow cotton schiffli fit-and-flare midi, sleeveless, round neck, white sling bag.
    # Caption: epoch-3 adapter, restarts; answers: mdeberta spans.
    case(
        "X1172-017",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length. The female wears a sleeveless dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "pure color", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Quiero Women Yellow Self Design Schiffli Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # 018. Photo: navy polo T-shirt, short sleeves, ribbed collar with buttons, small chest logo, white shorts.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 019. Photo: black top with white abstract print, three-quarter sleeves, shirt collar, blue jeans. No colour.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans (type taken from the jeans).
    case(
        "X1172-019",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("long pants", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="StyleStone Women Black & White Printed Shirt Collar Top",
        category="Tops",
    ),
    # 020. Photo: white cotton broderie blouse, short puff sleeves, square neck, tucked into a denim knee skirt.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a medium short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        describe("blouse", "short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Women",
        title="H&M Women White Broderie Anglaise Cotton Blouse",
        category="Tops",
        color="White",
    ),
    # 021. Photo: teal satin midi slip dress, thin straps, denim jacket draped over the shoulders, thin ring.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans (fabric of the jacket).
    case(
        "X1172-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. This lady also wears an outer clothing, with denim fabric and pure color patterns. "
            "There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Vero Moda Women Teal Satin Slip Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # 022. Photo: grey melange T-shirt with "BROOKLYN" text print, short sleeves, black shorts; model with a pixie cut.
    # Caption: epoch-3 adapter's men's template ("his", "this man"), cut; answers: mdeberta spans.
    case(
        "X1172-022",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts "
            "this man wears is of three-point length. The shorts are with cotton fabric and pure color patterns. There "
            "is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("His T-shirt", "pronoun"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 023. Photo: coral off-shoulder top, smocked elastic neckline, short puff sleeves, denim shorts.
    # Caption: epoch-3 adapter, strap neckline for an off-shoulder, cut; answers: mdeberta spans.
    case(
        "X1172-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        details("top", "suspenders neckline", "contradiction"),
        gender="Women",
        title="Athena Women Coral Smocked Off-Shoulder Bardot Top",
        category="Tops",
        color="Coral",
    ),
    # 024. Photo: burgundy velvet long-sleeve bodycon midi, V neck, gold earrings, side pose.
    # Caption: epoch-3 adapter ("furry" for velvet), restarts; answers: mdeberta spans.
    case(
        "X1172-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "v-shape neckline. The dress is of three-quarter length. The lady wears a long-sleeve dress with pure "
            "color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.material("furry", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        color_of("dress", "pure color", "non_answer"),
        details("dress", "v-shape neckline"),
        is_a("dress", "dress"),
        gender="Women",
        title="DressBerry Women Burgundy Velvet Bodycon Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # 025. Photo: white oversized cotton shirt worn open over a black tank top, blue jeans, tote on the shoulder.
    # Caption: epoch-3 adapter describes the tank top and the shirt as "outer clothing", cut; answers: mdeberta spans.
    case(
        "X1172-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. This lady also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Solid Oversized Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # 026. Photo: navy-and-white horizontal stripe A-line knee dress, short sleeves, round neck, watch. No gender.
    # Caption: epoch-3 adapter, restarts; answers: mdeberta spans.
    case(
        "X1172-026",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with striped",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        color_of("dress", "striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        title="Berrylush Women Navy Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 027. Photo: black faux-leather sleeveless corset top, square neck, blue straight jeans.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with leather fabric. It "
            "has a square neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("leather"),
        details("top", "square neckline"),
        gender="Women",
        title="SASSAFRAS Women Black Faux Leather Corset Top",
        category="Tops",
        color="Black",
    ),
    # 028. Photo: red short-sleeve crop shirt, collar, white wide-leg trousers.
    # Caption: epoch-3 adapter, one hue, on the trousers, cut; answers: mdeberta spans ("white" for the shirt).
    case(
        "X1172-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long white pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Red Solid Boxy Crop Shirt",
        category="Shirts",
        color="Red",
    ),
    # 029. Photo: multicolour floral peasant top, long balloon sleeves, tie-up V neck, white jeans, bangle on the wrist.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans (fabric of the jeans).
    case(
        "X1172-029",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and floral patterns. The neckline of it is v-shape. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "restated"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("denim", "contradiction"),
        details("top", "v-shape"),
        gender="Women",
        title="Harpa Women Multicoloured Floral Print Balloon Sleeve Top",
        category="Tops",
        color="Multi",
    ),
    # 030. Photo: black wrap midi dress with white polka dots, short sleeves, V neck, red heels.
    # Caption: epoch-3 adapter ("pure color" for dots), restarts; answers: mdeberta spans.
    case(
        "X1172-030",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of three-quarter length. The lady wears a short-sleeve dress with pure "
            "color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress"),
        Q.pattern("pure color", "contradiction"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Vero Moda Women Black Polka Dot Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # 031. Photo: peach sleeveless chiffon top with a tie-up bow at the neck, white trousers, model sitting on a stool.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-031",
        caption(
            "This female wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. This female wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="AND Women Peach Solid Tie-Up Neck Top",
        category="Tops",
        color="Peach",
    ),
    # 032. Photo: three-quarter back view, olive utility shirt with flap pockets, black leggings, bare head.
    # Caption: epoch-3 adapter, invents a hat; answers: mdeberta spans.
    case(
        "X1172-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a hat in her head",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        describe("shirt", "long-sleeve shirt with pure color patterns"),
        Q.color("", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 033. Photo: blue maxi dress, white floral print, long sleeves, smocked bodice, square neck.
    # Caption: epoch-3 adapter repeats its two first sentences; answers: mdeberta spans.
    case(
        "X1172-033",
        caption(
            "Her dress has long sleeves, cotton fabric and floral patterns. The neckline of it is square. The dress is "
            "of long length. Her dress has long sleeves, cotton fabric and floral patterns. The neckline of it is "
            "square. The dress is of",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "long sleeves, cotton fabric and floral patterns"),
        color_of("dress", "", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        details("dress", "square"),
        gender="Women",
        title="Quiero Women Blue Floral Print Smocked Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # 034. Photo: white crew-neck T-shirt with a black cat graphic, short sleeves, black faux-leather mini skirt, rings.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color patterns. "
            "There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women White Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 035. Photo: dusty pink cotton sleeveless sheath dress, knee length, round neck, thin gold watch.
    # Caption: epoch-3 adapter, restarts; answers: mdeberta spans.
    case(
        "X1172-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears a "
            "sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "a sleeveless dress"),
        gender="Women",
        title="DressBerry Women Pink Solid Pure Cotton Sheath Dress",
        category="Dresses",
        color="Pink",
    ),
    # 036. Photo: lime green short-sleeve cotton crop top, round neck, white wide-leg trousers, beaded bracelet.
    # Caption: epoch-3 adapter, cut in the trousers' sentence; answers: mdeberta spans (one ends where it ends).
    case(
        "X1172-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a long trousers with pure color "
            "patterns and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long trousers with pure color patterns and", "cut"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Lime Green Solid Pure Cotton Crop Top",
        category="Tops",
        color="Lime Green",
    ),
    # 037. Photo: black blouse with a lace yoke, long sheer sleeves, round neck, black trousers, sunglasses on.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans ("glasses" for what she wears).
    case(
        "X1172-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears glasses. The",
            "cut",
            hit_limit=True,
        ),
        wearing("glasses", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("blouse", "round neckline"),
        gender="Women",
        title="Trendyol Women Black Lace Detail Sheer Sleeve Blouse",
        category="Tops",
        color="Black",
    ),
    # 038. Photo: camel ribbed-knit turtleneck sweater dress, long sleeves, midi, black knee boots.
    # Caption: epoch-3 adapter reads a sweater and a skirt, cut; answers: mdeberta spans.
    case(
        "X1172-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a long skirt. The skirt is with knitting fabric and pure color "
            "patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Trendyol Women Camel Brown Ribbed Turtle Neck Sweater Dress",
        category="Dresses",
        color="Brown",
    ),
    # 039. Photo: black relaxed cotton T-shirt, short sleeves, round neck, blue jeans; model with a buzz cut.
    # Caption: epoch-3 adapter calls her a gentleman, cut; answers: mdeberta spans.
    case(
        "X1172-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Relaxed Fit T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 040. Photo: blue-and-white ethnic print kaftan top, wide elbow-length sleeves, V neck, white jeans. No category.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-040",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        describe("top", "medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="StyleStone Women Blue & White Ethnic Motifs Print Kaftan Top",
        color="Blue",
    ),
    # 041. Photo: off-white cotton top, short puff sleeves, smocked bodice, square neck, black trousers.
    # Caption: epoch-3 adapter, one hue, on the trousers, cut; answers: mdeberta spans ("black" for the top).
    case(
        "X1172-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long black pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("top", "square neckline"),
        gender="Women",
        title="FabAlley Women Off White Smocked Puff Sleeve Cotton Top",
        category="Tops",
        color="Off White",
    ),
    # 042. Photo: green-and-white gingham shirt, sleeves rolled to the elbow, tucked into denim shorts, brown belt.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-042",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        Q.garment_type("shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Green & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # 043. Photo: black sequinned sleeveless bodycon mini, spaghetti straps, a clutch held at the wrist, heels.
    # Caption: epoch-3 adapter sticks on the wrist sentence; answers: mdeberta spans (one grabs the repeats).
    case(
        "X1172-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        Q.material("other", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "pure color", "non_answer"),
        details("dress", "accessory on her wrist. There is an accessory on her wrist", "loop"),
        gender="Women",
        title="Quiero Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # 044. Photo: pink-and-white tie-dye oversized T-shirt, dropped short sleeves, black biker shorts.
    # Caption: epoch-3 adapter ("color block" for tie-dye), cut; answers: mdeberta spans.
    case(
        "X1172-044",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. She",
            "cut",
            hit_limit=True,
        ),
        wearing("short-sleeve T-shirt"),
        Q.garment_type("T-shirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Pink Tie-Dye Oversized T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # 045. Photo: three-quarter view, sea green sleeveless halter-neck top, white linen trousers.
    # Caption: epoch-3 adapter, cut; answers: mdeberta spans.
    case(
        "X1172-045",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. It has a suspenders neckline. The female wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        details("top", "suspenders neckline"),
        gender="Women",
        title="Vero Moda Women Sea Green Solid Halter Neck Top",
        category="Tops",
        color="Sea Green",
    ),
]
