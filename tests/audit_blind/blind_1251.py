"""BLIND_1251 (45 products; Myntra women's party and evening wear): written blind in the sixty-second session. Measured
blind at bdc3a30 (the session's fourth rules): 87/94 failures found (92.6%) and 27/212 correct texts flagged (12.7%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned mini and bodycon dresses, satin slip dresses, maxi
gowns, sequinned and satin crop tops sold alone or as co-ords with skirts, a few skirts, jumpsuits and shrugs. Catalog
columns as Myntra exports them: title (productDisplayName), category (articleType), color (baseColour) and gender; a few
rows lack color or gender, as the feed has them. Photos are the usual catalog shots: a model on a plain grey or white
backdrop wearing the product with other clothes (black trousers under a top, a shrug or blazer over a dress, heels, a
clutch as a prop), now and then a back view (backless gowns), a flat lay or a ghost mannequin.
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion-MultiModal template: "The lady wears a
sleeveless dress with pure color patterns. The dress is with chiffon fabric..."), run to 50 new tokens; no end token was
trained, so every caption runs to the limit and stops wherever it is, now and then on a full stop, now and then after
falling into a loop of its accessory sentences. It never names a hue, knows only its own fabrics (cotton, chiffon,
denim, knitted, leather, furry, other), and now and then calls the model a man or a gentleman. Every answer is the
1-epoch VQA adapter, greedy, 30 new tokens, the job stopping on a newline; short answers to its trained questions
(color, what is she wearing, is this a X) usually come back clean, while questions it never saw (material, details,
describe, pattern) get a color or a garment name back, a run of one word, an empty string, or the `Question: ...
Answer:` format continued.
Labeling conventions and judgement calls: one kind per wrong text, the most salient one. A caption that stops mid-
sentence at the limit is `cut` even when it also over-claims; a caption that stops on a full stop at the limit and says
only true things is left unmarked (hit_limit=True), and one that stops on a full stop but invents a ring, a belt or a
person in a flat lay or on a ghost mannequin is `unsupported`. A text that repeats itself until the limit is `loop`,
even if its first words were right. An answer that gives a hue the seller and the photo contradict, or a garment type,
sleeve length or pattern the photo and caption contradict, is `contradiction`; when the wrong hue is that of another
garment in the photo (the trousers under a top, the blazer over a dress, the top worn over the skirt that is the
product) it is `other_garment_color`. A material the title names otherwise (denim or cotton for a satin top, cotton for
velvet, the blazer's velvet for a sequinned dress) is `contradiction`; one nothing in the photo or title supports (silk
for satin, leather for sequins) is `unsupported`. A color name given to the material or details question, or an empty
answer, is `non_answer`; an answer that only says back the question's words ("the dress has details", "it is a dress")
is `restated`. "Sequin", "satin", "velvet", "lace", "tulle" for the material are counted right when the title says so;
"polyester" is right where the photo is plainly a synthetic satin or sequin. "Pure color"/"solid" for a one-hue
sequinned garment is counted right, as is "striped" for a chevron. "Tank top" or "blouse" for a crop top, "cardigan" for
a shrug and "dress" for a gown are right. For a co-ord, "skirt" or "tank top" as the garment type names half the product
and is counted right (there is no "set" to answer); "a black dress" for a shrug worn over a black dress is true of the
photo and left unmarked. Gold, champagne and rose-gold sequins are hard to tell apart, as are coral and orange, teal and
blue; I marked a hue wrong only when the photo is plainly another hue (navy velvet called black, sea green called blue,
a lilac tulle skirt called white).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1251 = [
    # Front view, plain grey backdrop: model in a black sequinned sleeveless bodycon mini dress with a V neckline,
    # silver strappy heels, a thin silver ring on the right hand. Caption: caption adapter (cut at the limit);
    # answers: VQA adapter.
    case(
        "X1251-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist. This lady wears a pair",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sequin dress"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin",
            "loop",
            hit_limit=True,
        ),
        title="Athena Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Front view: gold sequinned strappy crop top worn with black high-waist satin trousers and black heels, white
    # backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with other fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold top and black pants"),
        color_of("top", "black", "other_garment_color"),
        Q.color("gold"),
        Q.garment_type("tank top"),
        Q.pattern("pure color"),
        is_a("crop top", "yes"),
        title="SASSAFRAS Women Gold-Toned Embellished Sequinned Crop Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # Front view: navy blue sequinned full-sleeve maxi gown with a round neck and a front slit, model holding a small
    # silver clutch as a prop. Caption: caption adapter (loops on its accessory sentence); answers: VQA adapter.
    case(
        "X1251-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a ring. The lady wears a ring. The lady wears a ring. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a blue dress Question: What is the color of the dress? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "navy"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "blue", "non_answer"),
        Q.material("polyester"),
        title="Miss Chase Navy Blue Embellished Sequinned Maxi Gown",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # Front view: emerald green satin slip midi dress with thin straps and a cowl neck, model barefoot, white
    # backdrop, a gold chain bracelet on her wrist. Caption: caption adapter (stops on a full stop at the limit);
    # answers: VQA adapter.
    case(
        "X1251-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The dress is of long length.",
            hit_limit=True,
        ),
        wearing("a green dress"),
        color_of("dress", "green"),
        Q.material("satin"),
        Q.pattern("solid"),
        describe("dress", "a green satin dress with a cowl neck"),
        title="Berrylush Women Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # Front view: maroon velvet off-shoulder bodycon mini dress with long sleeves, black heels, grey backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress"),
        color_of("dress", "maroon"),
        is_a("dress", "yes"),
        Q.garment_type("dress"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        details(
            "dress",
            "the dress is a dress with a dress and a dress with a dress and a dress with a dress and a",
            "loop",
            hit_limit=True,
        ),
        title="Sera Women Maroon Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # Co-ord, front view: silver sequinned bandeau crop top and matching silver sequinned mini skirt, white heels,
    # white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears a short skirt. The skirt is with other fabric and pure color patterns. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress", "contradiction"),
        color_of("top", "silver"),
        color_of("skirt", "silver"),
        Q.garment_type("skirt"),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Silver-Toned Sequinned Crop Top with Mini Skirt",
        category="Co-Ords",
        color="Silver",
        gender="Women",
    ),
    # Back view: a black satin backless maxi gown with crossed straps, model facing away, grey backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress"),
        color_of("dress", "black"),
        is_a("gown", "yes"),
        Q.pattern("solid"),
        Q.material("satin"),
        details(
            "dress",
            "black Question: What is the color of the dress? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="FOREVER NEW Women Black Satin Backless Maxi Gown",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Front view: a red sequinned one-shoulder mini dress, model wearing a cropped black blazer over it, black
    # heels, white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears a short dress. The dress is with other fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and a red dress"),
        color_of("dress", "black", "other_garment_color"),
        Q.color("red"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        title="Athena Red Sequinned One-Shoulder Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # Front view: a pink satin puff-sleeve crop top worn with light blue jeans, grey backdrop. Caption: caption
    # adapter; answers: VQA adapter.
    case(
        "X1251-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a pink top and jeans"),
        color_of("top", "pink"),
        Q.garment_type("blouse"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        title="SASSAFRAS Pink Satin Puff Sleeve Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # Front view: a champagne sequinned wrap mini dress with long sheer sleeves, nude heels, white backdrop.
    # No gender column. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist. The lady wears a ring. "
            "There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold dress"),
        color_of("dress", "gold"),
        is_a("dress", "yes"),
        Q.material("gold", "non_answer"),
        describe("dress", "gold dress"),
        title="Dressberry Champagne Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Beige",
    ),
    # Front view: a black sequinned halter neck jumpsuit with wide legs, model in gold heels, grey backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with other fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jumpsuit"),
        Q.color("black"),
        Q.garment_type("pants", "contradiction"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("black", "non_answer"),
        title="Label Ritu Kumar Women Black Sequinned Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # Front view: a lavender tulle tiered maxi gown with a sweetheart neckline and spaghetti straps, white backdrop,
    # small pearl earrings. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. This lady wears earrings. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        color_of("dress", "purple"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral", "contradiction"),
        details(
            "dress",
            "purple, purple, purple, purple, purple, purple, purple, purple, purple, purple, purple, purple",
            "loop",
            hit_limit=True,
        ),
        title="Emmyrobe Lavender Tulle Tiered Maxi Gown",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # Flat lay on a white surface: a teal sequinned corset crop top, no model. Caption: caption adapter (stops on a
    # full stop, but describes a person); answers: VQA adapter.
    case(
        "X1251-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a square neckline. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue top"),
        color_of("top", "teal"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        title="Antheaa Teal Sequinned Corset Style Crop Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # Front view: an olive green satin one-shoulder midi dress with a thigh slit, tan heels, grey backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a belt. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a green dress"),
        color_of("dress", "green"),
        is_a("dress", "yes"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "the dress is a green dress with a slit and a slit and a slit and a slit and a slit and a",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Olive Green Satin One-Shoulder Midi Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # Front view: a white crop top with sequinned straps worn with a black sequinned midi skirt (the product is the
    # skirt), grey backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with other fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and black skirt"),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "black"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.material("skirt", "non_answer"),
        title="Vero Moda Women Black Sequinned Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # Front view: a rose gold sequinned blazer dress with long sleeves and a deep V, model with short hair, nude
    # heels, white backdrop. Caption: caption adapter (wrong pronoun); answers: VQA adapter.
    case(
        "X1251-016",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It "
            "has a lapel neckline. His jacket is of short length. There is an accessory on his wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        is_a("dress", "no", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("jacket", "contradiction"),
        title="Zink London Women Rose Gold Sequinned Blazer Dress",
        category="Dresses",
        color="Rose Gold",
        gender="Women",
    ),
    # Front view: a cobalt blue satin cami top tucked into white wide-leg trousers, grey backdrop, no jewellery.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("blouse"),
        color_of("top", "blue"),
        Q.color("blue"),
        Q.material("satin"),
        Q.pattern("pure color"),
        is_a("crop top", "yes", "contradiction"),
        title="ONLY Women Blue Satin Cami Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # Front view: a fuchsia pink sequinned bodycon midi dress with cap sleeves, silver heels, no jewellery,
    # white backdrop. Caption: caption adapter (invents a ring and a bracelet); answers: VQA adapter.
    case(
        "X1251-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        Q.sleeve_length("short-sleeve"),
        Q.material("sequin"),
        details("dress", "the dress has details", "restated"),
        title="Athena Fuchsia Sequinned Bodycon Midi Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # Co-ord, front view: a black satin bralette crop top with a matching black satin maxi skirt with a slit, gold
    # heels, grey backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a black top and skirt"),
        color_of("top", "black"),
        color_of("skirt", "black"),
        Q.garment_type("skirt"),
        Q.material("black", "non_answer"),
        title="Trendyol Women Black Satin Crop Top and Maxi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # Front view: a wine coloured velvet wrap maxi dress with long sleeves, model holding a gold clutch, grey
    # backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a ring. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        color_of("dress", "purple"),
        Q.material("velvet"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve"),
        describe(
            "dress",
            "wine red velvet wrap dress with a belt Question: Describe the dress. Answer: wine red velvet wrap dress",
            "leak",
            hit_limit=True,
        ),
        title="StyleStone Women Wine Velvet Wrap Maxi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # Front view: a silver metallic sequinned halter crop top worn with black leather-look mini skirt, black ankle
    # boots, white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears a short skirt. The skirt is with leather fabric and pure color patterns. The lady wears a "
            "ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and a black skirt"),
        color_of("top", "silver"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.material("leather", "unsupported"),
        Q.sleeve_length("sleeveless"),
        is_a("crop top", "yes"),
        title="Kassually Women Silver-Toned Sequinned Halter Neck Crop Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # Front view: a peach georgette ruffled maxi gown with flutter sleeves and a belt at the waist, white backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-022",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a belt. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        color_of("dress", "peach"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        Q.material("chiffon"),
        details("dress", "ruffles"),
        title="SHAYE Peach Georgette Ruffled Belted Maxi Gown",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # Front view: a black sheer mesh shrug with sequin dots over a black slip dress (the product is the shrug),
    # grey backdrop. No color column. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-023",
        caption(
            "The lady wears a long-sleeve cardigan with graphic patterns. The cardigan is with other fabric. The lady "
            "wears a long dress. The dress is with other fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress"),
        Q.garment_type("cardigan"),
        Q.color("black"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("dots"),
        title="Cover Story Women Sheer Embellished Mesh Shrug",
        category="Shrug",
        gender="Women",
    ),
    # Front view: a gold sequinned strapless mini dress, model holding a black clutch, grey backdrop, gold hoop
    # earrings. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress is "
            "of short length. This lady wears earrings. This lady wears earrings. This lady wears earrings. This",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold dress"),
        color_of("dress", "gold"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("gold", "non_answer"),
        describe("dress", "gold sequin dress"),
        details("dress", "sequin"),
        title="Rare Women Gold-Toned Sequinned Strapless Mini Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # Front view: a white satin corset top with boning, worn with black flared trousers, white backdrop (the top
    # is the product). Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and black pants"),
        color_of("top", "white"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.material("cotton", "contradiction"),
        title="Berrylush Women White Satin Corset Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # Front view: a bottle green sequinned full-sleeve bodycon mini dress with a high neck, black heels, grey
    # backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "stand neckline. The dress is of short length. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a green dress"),
        color_of("dress", "green"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("solid"),
        Q.material("sequin"),
        describe("dress", "he is wearing a green sequin dress", "pronoun"),
        details(
            "dress",
            "green Question: What are the dress details? Answer: green Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Athena Green Sequinned High Neck Bodycon Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # Co-ord, front view: a mustard yellow satin halter crop top and a matching mustard satin midi skirt, white
    # heels, white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a yellow top and a yellow skirt and a yellow top and a yellow skirt and a yellow top and a yellow "
            "skirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "yellow"),
        color_of("skirt", "yellow"),
        Q.pattern("solid"),
        Q.garment_type("tank top"),
        is_a("skirt", "yes"),
        title="U&F Women Mustard Satin Halter Crop Top with Midi Skirt",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # Front view: a black off-shoulder tiered ruffle maxi gown with long sleeves, a silver clutch on a stool as a
    # prop, grey backdrop, a ring on her left hand and drop earrings. Caption: caption adapter; answers: VQA
    # adapter.
    case(
        "X1251-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a ring. This lady wears earrings. The dress has ruffles.",
            hit_limit=True,
        ),
        wearing("a black dress"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "black off shoulder gown with ruffles"),
        title="Femella Women Black Off-Shoulder Tiered Maxi Gown",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Front view: an ivory sequinned mini dress with feather trim at the hem and thin straps, nude heels, grey
    # backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "suspenders neckline. The dress is of short length. The lady wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress"),
        color_of("dress", "white"),
        is_a("dress", "yes"),
        Q.material("sequin"),
        details("dress", "feather trim"),
        Q.pattern(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        title="Ri-Dress Women Off White Sequinned Feather Trim Mini Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # Back view: a royal blue satin maxi gown with a low cut back, a bow at the waist and a short train, model
    # facing away, white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "blue"),
        is_a("dress", "yes"),
        Q.material("silk", "unsupported"),
        Q.pattern("solid"),
        describe(
            "dress",
            "the dress is a blue satin gown with a low back and a big bow at the back of the waist and a train "
            "that goes down to",
            "cut",
            hit_limit=True,
        ),
        title="FOREVER NEW Women Blue Satin Backless Bow Detail Maxi Gown",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # Front view: a black sequinned crop top with full sleeves worn with a white satin midi skirt, white backdrop
    # (the top is the product). Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and white skirt"),
        color_of("top", "black"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("blouse"),
        Q.sleeve_length("long-sleeve"),
        Q.material("sequin"),
        is_a("crop top", "yes"),
        title="Tokyo Talkies Women Black Sequinned Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # Front view: a magenta satin ruched bodycon mini dress with puff sleeves, black heels, grey backdrop. No
    # gender column. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. The dress is of short length. The lady wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        Q.material("satin"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        title="Sera Magenta Satin Ruched Bodycon Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Front view: a sea green sequinned one-shoulder maxi gown with a side slit, model holding a silver clutch,
    # white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress is "
            "of long length. There is an accessory in her hand. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a green dress"),
        color_of("dress", "blue", "contradiction"),
        is_a("gown", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a green sequin dress with a slit"),
        title="Label Ritu Kumar Sea Green Sequinned One-Shoulder Maxi Gown",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # Front view: a black velvet blazer-style shrug with long sleeves over a gold sequinned cami dress (the product
    # is the dress), grey backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "lapel neckline. The lady wears a short dress. The dress is with other fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a black jacket and gold dress"),
        color_of("dress", "gold"),
        Q.color("black", "other_garment_color"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("velvet", "contradiction"),
        title="Dressberry Women Gold-Toned Sequinned Cami Mini Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # Front view: a red satin slip maxi dress with a cowl neck and thin straps, red lipstick, white backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        Q.material("satin"),
        Q.pattern("solid"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Red Satin Cowl Neck Slip Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # Front view: a multicoloured sequinned stripe crop top (pink, gold and silver horizontal bands) worn with
    # black trousers, grey backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-036",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with other fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with other fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped top and black pants"),
        color_of("top", "pink"),
        Q.pattern("striped"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tank top"),
        title="SASSAFRAS Women Multicoloured Striped Sequinned Crop Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # Front view: a navy velvet halter neck maxi gown with an embellished neckline, silver heels peeking out, grey
    # backdrop. Caption: caption adapter (wrong pronoun); answers: VQA adapter.
    case(
        "X1251-037",
        caption(
            "The person wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on his neck.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        color_of("dress", "black", "contradiction"),
        is_a("dress", "yes"),
        Q.material("velvet"),
        Q.sleeve_length("sleeveless"),
        title="Global Desi Navy Blue Velvet Embellished Halter Maxi Gown",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # Ghost mannequin, no model: a coral satin wrap crop top with long balloon sleeves, white background.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a pink shirt"),
        color_of("top", "orange"),
        Q.garment_type("blouse"),
        Q.sleeve_length("long-sleeve"),
        Q.material("satin"),
        is_a("crop top", "no", "contradiction"),
        title="Berrylush Women Coral Satin Wrap Crop Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # Front view: a black sequinned pencil skirt worn with a black satin cami top, black heels, white backdrop
    # (the product is the skirt). Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with other fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and skirt"),
        color_of("skirt", "black"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        Q.material(
            "sequin Question: What material is the garment made of? Answer: sequin Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        title="ONLY Women Black Sequinned Pencil Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # Front view: a nude-pink mesh maxi gown covered in silver sequins, full sheer sleeves, a silver
    # bracelet and a ring, white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring.",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        details("dress", "sequin"),
        describe("dress", "it is a dress", "restated"),
        title="Emmyrobe Women Nude Sequinned Mesh Maxi Gown",
        category="Dresses",
        color="Nude",
        gender="Women",
    ),
    # Co-ord, front view: a lilac sequinned bralette and a matching lilac tulle maxi skirt, silver heels, grey
    # backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. This lady wears "
            "earrings",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and skirt"),
        color_of("top", "purple"),
        color_of("skirt", "white", "contradiction"),
        Q.garment_type("skirt"),
        Q.sleeve_length("sleeveless"),
        Q.material("tulle"),
        title="Antheaa Women Lilac Sequinned Bralette with Tulle Maxi Skirt",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # Front view: a silver sequinned cowl neck cami top worn with black satin trousers, white backdrop, model's
    # hair tied back. Caption: caption adapter (wrong pronoun); answers: VQA adapter.
    case(
        "X1251-042",
        caption(
            "The man wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The man wears a long trousers. The trousers are with other fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a silver top and black pants"),
        color_of("top", "silver"),
        Q.color("silver"),
        Q.garment_type("tank top"),
        Q.material("polyester"),
        describe("top", "", "non_answer"),
        title="Vero Moda Women Silver-Toned Sequinned Cowl Neck Cami Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # Front view: a black lace bodycon midi dress with long sheer sleeves and a nude lining, black heels, grey
    # backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a ring. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.pattern("lace"),
        Q.material("lace"),
        Q.sleeve_length("long-sleeve"),
        details(
            "dress",
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        title="StyleStone Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Front view: a copper metallic pleated maxi skirt worn with a black bodysuit, black heels, white backdrop (the
    # skirt is the product; the bodysuit has long sleeves and a round neck). No color column. Caption: caption
    # adapter; answers: VQA adapter.
    case(
        "X1251-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a black top and a gold skirt"),
        color_of("skirt", "gold"),
        Q.color("black", "other_garment_color"),
        is_a("skirt", "yes"),
        Q.pattern("pleated"),
        title="U&F Women Copper-Toned Metallic Pleated Maxi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # Front view: a black and gold sequinned chevron bodycon mini dress with long sleeves, black heels, grey
    # backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1251-045",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and gold dress"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "the dress is a black and gold sequinned bodycon dress with long sleeves, a round neckline and a chevron "
            "pattern all over the front and the",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Black & Gold-Toned Sequinned Chevron Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
]
