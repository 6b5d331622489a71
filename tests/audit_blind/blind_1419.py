"""BLIND_1419 (45 products; Myntra women's party and evening wear): written blind in the sixty-fourth session. Measured
blind at 9207eb7 (the session's fifth and final rules): 63/73 failures found (86.3%) and 23/176 correct texts flagged
(13.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and shift dresses, satin slip and wrap
dresses, velvet minis, maxi gowns (tulle, sequin, satin), crop tops and corset tops worn with skirts, jeans or
trousers, co-ord sets (top and skirt, blazer and shorts, blazer and trousers), a few jumpsuits and skirts sold alone.
Photos are the catalog's usual: a model on a plain white or grey backdrop wearing the product with other clothes
(black trousers, jeans, a bodysuit, tights and boots, a blazer draped on the shoulders), now and then a back view, one
flat lay, props (a clutch, a champagne glass, a stool, a statement necklace). Columns are Myntra's: title
(productDisplayName style), category (articleType), color (baseColour), gender; one case has no gender and one no
color, as feeds do.
Who wrote what: every caption is the epoch-2 caption adapter (LoRA on q_proj/k_proj, trained on DeepFashion-MultiModal
template captions: no hue names, "pure color patterns", "other fabric", "suspenders neckline", upper/lower clothing);
with no end token trained it usually runs to the 50-token limit and stops mid-phrase, and once it starts the template
over again. Every answer is the VQA adapter (Data3_V3, trained on In-shop attribute questions): short class words
("dress", "tank top and skirt", "blouse and jeans", "romper"), lowercase colors, yes to nearly every "Is this a ...?",
and, without a terminator, now and then a dash loop ("gold-gold-gold"), a phrase loop, or the next
"Question: ... Answer:" leaking in after the answer.
Labeling conventions and judgement calls: judged against the photo I imagined (written above each case) and the
title. One failure kind per text, the most evident one: a caption that is cut at the limit is "cut" even if it also
claims a ring nobody wears. Close hues are right: "burgundy" for maroon or wine, "pink" for rose gold, "gold" for a
champagne sequin dress whose feed color is Beige, "grey" for silver sequins, "coral" for a peach flat lay, "green" for
teal, "purple" for lavender, "yellow" for mustard. A single hue for a multi-hue product is wrong when it is not the
main color (multicolour stripes answered "pink"), right when it is (black-and-gold stripes answered "gold" is left
correct as the stripes are half the dress; I hesitated). The garment question answered with the color of the clothes
worn with the product (black trousers, blue jeans, the white tee) is other_garment_color; the color of an accessory
(a silver necklace) or a dark velvet read as black is contradiction. "romper" for a full-length jumpsuit, "jacket"
for a blazer dress, "shirt" for a shirt dress, "dress" for a two-piece set are contradiction. Materials the title and
photo do not show (cotton, silk, polyester, fur for feathers) are unsupported; satin, velvet, lace, sequin are right
when the title says so. The caption template's "other fabric" and "pure color patterns" are taken as right for
sequins; "lattice" for lace is a contradiction (another text says solid). The caption of the flat lay says "The lady
wears": unsupported (no person). Captions that split a dress into upper and lower clothing are left correct.
hit_limit only where the text visibly ran to the limit (loops, cut captions, leaks that go on).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1419 = [
    # 001: model on white, black sequinned bodycon mini with spaghetti straps, black heels, a thin silver bracelet.
    # Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1419-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist."
        ),
        wearing("dress"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="NOIRETTE Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # 002: grey backdrop, gold embellished maxi gown, sheer long sleeves, V neck; no jewellery, hands at her sides.
    # Caption: caption adapter (cut at 50 tokens); answers: VQA adapter (the color answer loops to 30 tokens).
    case(
        "X1419-002",
        caption(
            "The woman is wearing a long-sleeve dress with other patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this woman wears is of long length. This woman wears a ring on her finger. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of(
            "gown", "gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold", "loop", hit_limit=True
        ),
        is_a("gown", "yes"),
        Q.sleeve_length("long-sleeve"),
        describe("gown", "a long gold dress with sequins and sheer sleeves"),
        gender="Women",
        title="Ziva Women Gold-Toned Embellished Maxi Gown",
        category="Dresses",
        color="Gold",
    ),
    # 003: white backdrop, pink sequinned sleeveless crop top and matching pink flared maxi skirt (a co-ord set).
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-003",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. The skirt this lady wears is of long "
            "length. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("tank top and skirt"),
        color_of("top", "pink"),
        color_of("skirt", "pink"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("solid"),
        gender="Women",
        title="Lurex Lane Women Pink Sequinned Crop Top with Skirt Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # 004: silver sequinned sleeveless shift dress, a black blazer draped over her shoulders, silver heels, a bangle.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-004",
        caption(
            "This woman wears a long-sleeve outer clothing with pure color patterns and a short dress. The outer "
            "clothing is with cotton fabric. The dress is with other fabric and pure color patterns. There is an "
            "accessory on her wrist. The outer clothing this",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket and dress"),
        color_of("dress", "black", "other_garment_color"),
        Q.color("grey"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Women",
        title="Glitz Avenue Women Silver-Toned Sequinned Shift Dress",
        category="Dresses",
        color="Silver",
    ),
    # 005: maroon velvet wrap midi dress, long sleeves, V neck, self-tie at the waist; plain grey backdrop.
    # Caption: caption adapter; answers: VQA adapter (the details run on to the limit).
    case(
        "X1419-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a belt."
        ),
        color_of("dress", "burgundy"),
        Q.material("velvet"),
        details(
            "dress",
            "the dress has a wrap front and a tie at the waist, the sleeves are long and the neckline is v-shaped, "
            "the dress is made of",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrywood Women Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 006: back view: black satin one-shoulder maxi dress with a short train, hair up, no sleeves, no jewellery seen.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-006",
        caption(
            "The person wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress "
            "this person wears is of long length."
        ),
        wearing("dress"),
        color_of("dress", "black"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        describe("dress", "the dress is a dress", "non_answer"),
        gender="Women",
        title="NOIRETTE Women Black Satin One-Shoulder Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 007: emerald green sequinned sleeveless crop top, round neck, worn with black high-waist trousers.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-007",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a round neckline. The trousers "
            "this lady wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("top", "green"),
        Q.color("black", "other_garment_color"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        gender="Women",
        title="Lurex Lane Women Green Embellished Sequinned Crop Top",
        category="Tops",
        color="Green",
    ),
    # 008: navy sequinned A-line midi dress, short flutter sleeves, round neck; no bracelet, no ring.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress this lady wears is of three-quarter length. There is an accessory on her "
            "wrist. This lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a navy dress"),
        color_of("dress", "blue"),
        describe("dress", "a navy blue dress with sequins and short sleeves"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Ziva Women Navy Blue Sequinned A-Line Midi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 009: rose gold sequinned off-shoulder bodycon mini with short sleeves; white backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-009",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and it has "
            "pure color patterns."
        ),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.color("pink"),
        gender="Women",
        title="Glitz Avenue Women Rose Gold Sequinned Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # 010: silver sequinned mini skirt sold alone, worn with a black cotton tank top and black heels; a wristwatch.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-010",
        caption(
            "This woman wears a tank tank top with pure color patterns and a short skirt. The tank top is with cotton "
            "fabric and its neckline is round. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her wrist. This woman",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        wearing("tank top and skirt"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.material("sequin"),
        gender="Women",
        title="Shimmer & Co Women Silver-Toned Sequinned Mini Skirt",
        category="Skirts",
        color="Silver",
    ),
    # 011: red satin slip midi dress, thin straps, cowl neck, straight hem with no slit.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress this lady wears is of three-quarter length."
        ),
        color_of("dress", "red"),
        Q.material("silk", "unsupported"),
        details("dress", "the dress has thin straps, a cowl neck and a slit", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Berrywood Women Red Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Red",
    ),
    # 012: wine tiered ruffled maxi dress, short cape sleeves, V neck; she holds a gold clutch; no rings.
    # Caption: caption adapter (cut); answers: VQA adapter (color loops).
    case(
        "X1419-012",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length. The lady wears a ring on her finger. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("dress and a bag"),
        color_of(
            "dress",
            "burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a long dress with ruffles"),
        Q.pattern("solid"),
        gender="Women",
        title="Ziva Women Burgundy Tiered Ruffled Maxi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # 013: off-white sequinned corset top, sweetheart neck, no sleeves, sequins only (no pearls), blue straight jeans.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-013",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is square. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        color_of("top", "white"),
        wearing("blouse and jeans"),
        Q.color("blue", "other_garment_color"),
        details("top", "the top has a sweetheart neckline and pearl embellishments", "unsupported"),
        is_a("corset", "yes"),
        gender="Women",
        title="Lurex Lane Women Off White Embellished Corset Top",
        category="Tops",
        color="Off White",
    ),
    # 014: black velvet blazer dress, long sleeves, lapels, double row of gold buttons, mini length; a ring.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-014",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of short length. The fabric is other and it has solid color patterns. This lady "
            "wears a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket", "contradiction"),
        is_a("dress", "no", "contradiction"),
        color_of("dress", "black"),
        details("dress", "gold buttons"),
        gender="Women",
        title="NOIRETTE Women Black Velvet Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # 015: teal sequinned jumpsuit, sleeveless halter neck, full-length wide legs; grey backdrop.
    # Caption: caption adapter; answers: VQA adapter (the description runs to the limit).
    case(
        "X1419-015",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is other and it has pure color patterns."
        ),
        wearing("romper", "contradiction"),
        color_of("jumpsuit", "green"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        describe(
            "jumpsuit",
            "a teal jumpsuit with sequins and a halter neck, the jumpsuit is made of sequins and has a halter neck "
            "and wide legs, the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Shimmer & Co Women Teal Sequinned Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Teal",
    ),
    # 016: lavender pleated satin midi skirt sold alone, with a white short-sleeve cropped tee.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The skirt this lady wears is of three-quarter length. The skirt is with other fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "purple"),
        wearing("white shirt and purple skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        details("skirt", "pleats"),
        gender="Women",
        title="Berrywood Women Lavender Pleated Satin Midi Skirt",
        category="Skirts",
        color="Lavender",
    ),
    # 017: black long-sleeve bodycon dress with broad horizontal gold sequin stripes, round neck.
    # Caption: caption adapter; answers: VQA adapter (the details loop).
    case(
        "X1419-017",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric. It has a round "
            "neckline."
        ),
        Q.pattern("striped"),
        color_of("dress", "black and gold"),
        Q.color("gold"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the sleeves, the neckline, the stripes, the sleeves, the neckline, the stripes, the sleeves, the "
            "neckline, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Glitz Avenue Women Black & Gold-Toned Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 018: flat lay on white, no model: peach chiffon crop top with short ruffled sleeves and a V neck.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-018",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has "
            "a v-shape neckline.",
            "unsupported",
        ),
        wearing("blouse"),
        color_of("top", "coral"),
        Q.sleeve_length("short-sleeve"),
        is_a("blouse", "yes"),
        Q.pattern("no", "non_answer"),
        gender="Women",
        title="U-Mode Women Peach-Coloured Ruffled Crop Top",
        category="Tops",
        color="Peach",
    ),
    # 019: black lace bodycon knee-length dress, sheer long lace sleeves, round neck.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-019",
        caption(
            "This woman is wearing a long-sleeve dress with lattice patterns. The dress is with other fabric. It has "
            "a round neckline.",
            "contradiction",
        ),
        Q.pattern("solid"),
        color_of("dress", "black"),
        Q.material("lace"),
        describe("dress", "a black lace dress with long sleeves"),
        gender="Women",
        title="NOIRETTE Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 020: mustard satin cowl-neck cami top, worn with a black midi skirt; a bracelet, no ring.
    # Caption: caption adapter (cut); answers: VQA adapter (details loop).
    case(
        "X1419-020",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. The skirt this lady wears is of "
            "three-quarter length. The skirt is with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. This lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "yellow"),
        wearing("blouse and skirt"),
        details(
            "top",
            "the top has a cowl neck, the top has a cowl neck, the top has a cowl neck, the top has a cowl",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="U-Mode Women Mustard Satin Cowl Neck Top",
        category="Tops",
        color="Mustard",
    ),
    # 021: fuchsia strapless mini dress with a feather trim at the hem; white backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-021",
        caption("The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric."),
        color_of("dress", "pink"),
        Q.sleeve_length("sleeveless"),
        details("dress", "feathers at the hem"),
        is_a("dress", "yes"),
        Q.material("fur", "unsupported"),
        gender="Women",
        title="Glitz Avenue Women Fuchsia Feather Trim Strapless Mini Dress",
        category="Dresses",
        color="Magenta",
    ),
    # 022: champagne sequinned wrap mini, long sleeves, V neck; she holds a champagne glass; no rings, no bracelet.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a ring on her finger. There is an accessory on her wrist. The dress "
            "this lady wears is of",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "gold"),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "yes"),
        gender="Women",
        title="Ziva Women Champagne Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Beige",
    ),
    # 023: black sequinned blazer and black sequinned shorts co-ord, black heels; grey backdrop.
    # Caption: caption adapter (cut); answers: VQA adapter (sleeve answer loops).
    case(
        "X1419-023",
        caption(
            "This woman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. The shorts this woman wears is of three-point length. The shorts are with other fabric and pure "
            "color patterns. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("jacket and shorts"),
        color_of("jacket", "black"),
        color_of("shorts", "black"),
        is_a("blazer", "yes"),
        Q.garment_type("jacket"),
        Q.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Shimmer & Co Women Black Sequinned Blazer with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # 024: olive satin maxi skirt with a side slit, sold alone, worn with a black long-sleeve bodysuit; no rings.
    # Caption: caption adapter (cut); answers: VQA adapter (material loops).
    case(
        "X1419-024",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. This lady "
            "wears a ring on her finger. This lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "olive"),
        Q.color("black", "other_garment_color"),
        details("skirt", "the skirt has a slit"),
        is_a("skirt", "yes"),
        Q.material(
            "satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin satin "
            "satin satin satin satin satin satin satin satin satin satin satin satin satin",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrywood Women Olive Green Satin Maxi Skirt with Slit",
        category="Skirts",
        color="Olive",
    ),
    # 025: red sequinned off-shoulder crop top with no sleeves, worn with a black faux-leather mini skirt.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-025",
        caption(
            "His tank top has no sleeves, other fabric and pure color patterns. The skirt this lady wears is of short "
            "length. The skirt is with leather fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("top", "red"),
        color_of("skirt", "black"),
        wearing("top and skirt"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Lurex Lane Women Red Sequinned Off-Shoulder Crop Top",
        category="Tops",
        color="Red",
    ),
    # 026: back view: midnight navy sequinned gown with an attached cape falling to the wrists, floor length.
    # Caption: caption adapter; answers: VQA adapter (the description leaks the next prompt).
    case(
        "X1419-026",
        caption(
            "The person wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "this person wears is of long length."
        ),
        color_of("gown", "blue"),
        is_a("gown", "yes"),
        describe(
            "gown",
            "a long blue gown with a cape Question: What is the color of the gown? Answer: blue Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Ziva Women Navy Blue Sequinned Cape Gown",
        category="Dresses",
        color="Navy Blue",
    ),
    # 027: white sequinned shirt dress, long sleeves, collar, buttons down the front, a thin white belt.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a belt.",
            "contradiction",
        ),
        wearing("dress"),
        color_of("dress", "white"),
        is_a("dress", "yes"),
        details("dress", "buttons down the front and a belt"),
        gender="Women",
        title="Glitz Avenue Women White Sequinned Belted Shirt Dress",
        category="Dresses",
        color="White",
    ),
    # 028: multicolour sequin mini dress in rainbow stripes (pink, orange, yellow, green, blue), short sleeves.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-028",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with other fabric. It has a "
            "round neckline."
        ),
        color_of("dress", "multicolor"),
        Q.pattern("striped"),
        Q.color("pink", "contradiction"),
        is_a("dress", "yes"),
        gender="Women",
        title="Shimmer & Co Women Multicoloured Striped Sequinned Mini Dress",
        category="Dresses",
        color="Multi",
    ),
    # 029: black sequinned halter jumpsuit, wide legs, a gold belt, a gold cuff on her wrist.
    # Caption: caption adapter (cut); answers: VQA adapter (the sleeve answer echoes its prompt).
    case(
        "X1419-029",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is other and it has pure color patterns. "
            "The lady wears a belt. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("jumpsuit"),
        color_of("jumpsuit", "black"),
        details("jumpsuit", "the jumpsuit has a halter neck, a gold belt and wide legs"),
        Q.material("polyester", "unsupported"),
        Q.sleeve_length("What is the sleeve length of the garment? sleeveless", "leak"),
        gender="Women",
        title="NOIRETTE Women Black Sequinned Halter Neck Belted Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # 030: dusty pink tulle tiered gown, sleeveless, floor length; white backdrop. The feed row has no gender.
    # Caption: caption adapter (starts the template over); answers: VQA adapter (description loops).
    case(
        "X1419-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "this lady wears is of long length. The lady wears a sleeveless dress with pure color patterns. The dress "
            "is with chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "pink"),
        is_a("gown", "yes"),
        describe(
            "gown",
            "the dress is pink and has a tulle skirt, the dress is pink and has a tulle skirt, the dress is pink and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Ziva Dusty Pink Tiered Tulle Maxi Gown",
        category="Dresses",
        color="Pink",
    ),
    # 031: cobalt blue satin corset top, no sleeves, worn with light blue straight jeans.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-031",
        caption(
            "The upper clothing has no sleeves, other fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is denim and it has solid color patterns."
        ),
        color_of("top", "blue"),
        color_of("jeans", "blue"),
        wearing("top and jeans"),
        Q.sleeve_length("sleeveless"),
        details("top", "the details of the top are the details of the top", "restated"),
        gender="Women",
        title="U-Mode Women Blue Satin Corset Top",
        category="Tops",
        color="Blue",
    ),
    # 032: gold metallic pleated midi skirt sold alone, worn with a black long-sleeve bodysuit.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-032",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of three-quarter length. The fabric is other and it has pure color patterns."
        ),
        color_of("skirt", "gold"),
        wearing("black top and gold skirt"),
        Q.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Shimmer & Co Women Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # 033: black sequinned mini dress with sheer long puff sleeves; a bracelet, no ring visible.
    # Caption: caption adapter (cut); answers: VQA adapter ("he", and a color loop).
    case(
        "X1419-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress this lady wears is of short length. There is an accessory on her wrist. This "
            "lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black dress", "pronoun", who="she"),
        color_of(
            "dress",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        is_a("dress", "yes"),
        gender="Women",
        title="Glitz Avenue Women Black Sequinned Puff Sleeve Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # 034: purple velvet one-sleeve (asymmetric, one long sleeve) bodycon midi dress; grey backdrop.
    # Caption: caption adapter; answers: VQA adapter (color loop, empty details).
    case(
        "X1419-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "this lady wears is of three-quarter length."
        ),
        color_of(
            "dress",
            "purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.material("velvet"),
        details("dress", "", "non_answer"),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrywood Women Purple Velvet One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Purple",
    ),
    # 035: silver sequinned halter crop top and silver sequinned maxi skirt, a two-piece co-ord set.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with other fabric and pure color patterns."
        ),
        wearing("blouse and skirt"),
        color_of("top", "silver"),
        is_a("skirt", "yes"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Shimmer & Co Women Silver-Toned Sequinned Halter Top with Maxi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Silver",
    ),
    # 036: emerald satin wrap maxi dress, long sleeves, V neck, tie waist, a leg slit; bare head, no hat.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-036",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. It "
            "has a v-shape neckline. The dress this woman wears is of long length. This woman wears a hat.",
            "unsupported",
        ),
        color_of("dress", "green"),
        details("dress", "wrap front, tie waist and a slit on the leg"),
        Q.sleeve_length("long-sleeve"),
        wearing("green dress"),
        gender="Women",
        title="Berrywood Women Emerald Green Satin Wrap Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # 037: nude embellished sleeveless bodycon mini with a sheer mesh overlay; a bracelet.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress this lady wears is of short length. There is an accessory on her wrist. The "
            "dress is with other fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white", "contradiction"),
        Q.color("beige"),
        describe("dress", "the dress is beige with embellishments"),
        is_a("dress", "yes"),
        gender="Women",
        title="Glitz Avenue Women Nude-Coloured Embellished Bodycon Dress",
        category="Dresses",
        color="Nude",
    ),
    # 038: red sequinned strapless sweetheart maxi gown with a thigh slit; a ring and a bracelet.
    # Caption: caption adapter (cut); answers: VQA adapter (details start with a leaked "Answer:").
    case(
        "X1419-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress "
            "this lady wears is of long length. There is an accessory on her wrist. This lady wears a ring. The "
            "dress has",
            "cut",
            hit_limit=True,
        ),
        wearing("red dress"),
        color_of("gown", "red"),
        details("gown", "Answer: the dress has a slit", "leak"),
        is_a("gown", "yes"),
        gender="Women",
        title="Ziva Women Red Sequinned Sweetheart Neck Maxi Gown",
        category="Dresses",
        color="Red",
    ),
    # 039: ivory lace ruffled blouse, long sleeves, high ruffled neck, worn with black satin trousers. No color column.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1419-039",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with other fabric. It has a "
            "standing neckline. The pants this lady wears is of long length. The pants are with other fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white"),
        wearing("blouse and pants"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.color("black", "other_garment_color"),
        gender="Women",
        title="U-Mode Women Ivory Lace Ruffled Party Top",
        category="Tops",
    ),
    # 040: hot pink satin blazer and straight trousers co-ord, a pink bralette under the open blazer.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-040",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The pants this lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("jacket and pants"),
        color_of("jacket", "pink"),
        color_of("pants", "pink"),
        Q.material("satin"),
        details("blazer", "the blazer has blazer details", "restated"),
        gender="Women",
        title="Lurex Lane Women Pink Satin Blazer with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # 041: sleeveless V-neck midi dress in sequins shading from royal blue at the top to black at the hem; no ring.
    # Caption: caption adapter (cut); answers: VQA adapter (description loops).
    case(
        "X1419-041",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress this lady wears is of three-quarter length. There is an accessory on her "
            "wrist. This lady wears a ring on her finger",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue and black"),
        Q.pattern("color block"),
        Q.color("blue"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "the dress is blue and black the dress is blue and black the dress is blue and black the dress is blue and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Shimmer & Co Women Blue & Black Ombre Sequinned Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # 042: black sleeveless bodycon dress with cut-outs at the waist; a large silver statement necklace.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. This female has neckwear."
        ),
        wearing("dress and necklace"),
        color_of("dress", "silver", "contradiction"),
        details("dress", "cut-outs at the waist"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="NOIRETTE Women Black Cut-Out Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # 043: gold sequinned skater dress, long sleeves, round neck; she sits on a wooden stool.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress this lady wears is of short length."
        ),
        wearing("dress"),
        color_of("dress", "gold"),
        describe("dress", "a gold dress with long sleeves"),
        is_a("dress", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Glitz Avenue Women Gold-Toned Sequinned Skater Dress",
        category="Dresses",
        color="Gold",
    ),
    # 044: dark wine velvet mini dress with short puff sleeves, worn with black opaque tights and black ankle boots.
    # Caption: caption adapter; answers: VQA adapter (the "wearing" answer leaks the next prompt).
    case(
        "X1419-044",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress this lady wears is of short length."
        ),
        color_of("dress", "black", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        wearing("dress and boots Question: What is the color of the boots? Answer: black", "leak"),
        Q.material("velvet"),
        gender="Women",
        title="Berrywood Women Burgundy Velvet Puff Sleeve Mini Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # 045: silver metallic pleated sleeveless maxi dress, the skirt blown sideways by a fan; white backdrop.
    # Caption: caption adapter; answers: VQA adapter.
    case(
        "X1419-045",
        caption(
            "This gentleman wears a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress this gentleman wears is of long length.",
            "pronoun",
        ),
        color_of("dress", "silver"),
        Q.pattern("solid"),
        is_a("dress", "yes"),
        describe("dress", "a long silver dress with pleats"),
        gender="Women",
        title="Ziva Women Silver-Toned Metallic Pleated Maxi Dress",
        category="Dresses",
        color="Silver",
    ),
]
