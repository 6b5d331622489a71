"""BLIND_1587 (45 products; Myntra women's party and evening wear): written blind in the sixty-sixth session. Measured
blind at 9074ceb (the session's fourth rules): 87/94 failures found (92.6%) and 29/213 correct texts flagged (13.6%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and maxi dresses, gowns, satin and
velvet slip dresses, a jumpsuit, party tops sold alone (shot with other clothes), skirts sold alone (shot with a
top), and crop-top-and-skirt co-ord sets. Catalog columns as Myntra exports them: title (brand first), category as
the article type (Dresses, Tops, Skirts, Co-Ords, Clothing Set, Jumpsuit, Ethnic Dresses), color as the base colour
(free-form vendor names such as Rose Gold, Nude, Champagne-as-Beige, Charcoal), gender "Women"; a few rows lack
gender or color. Photos: a model on a plain grey, white or beige backdrop, mostly front views; two back views
(006, 035), one flat lay (012), one prop shot (032, a gold clutch in the hand); jewellery (hoops, bangles, chokers)
appears in several shots.
Who wrote what: every caption comes from the epoch-2 caption adapter (LoRA on blip2-opt-2.7b, trained on the
DeepFashion-MultiModal templates), so captions speak the template: "The lady wears a sleeveless dress with pure
color patterns. The dress is with other fabric. It has a v-shape neckline." with no hue names, DeepFashion fabric
classes (cotton, chiffon, knitted, furry, leather, other) and accessory sentences. Ten of the 45 captions ran
to the 50-token limit (hit_limit=True). Every answer comes from the VQA adapter (Data3_V3, one epoch), prompted
"Question: <q> Answer:", 30 new tokens, greedy; the run keeps the text up to the first newline. The adapter knows
the three VQA data questions (color of the garment, what the person wears, "Is this a ...?") well and short; for
questions it never saw (material, pattern, sleeve length, describe, details) it often falls back to a garment name,
a color or "yes", echoes the prompt format, or runs on to the limit.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near-synonym colors count as
right: maroon/burgundy/wine called "red", champagne called "beige" or "gold", rose gold called "pink" or "gold", silver
called "grey", cream called "white", mauve or coral called "pink", bronze called "gold" or "brown", lavender called
"purple". A color that belongs to the other garment in the shot (the skirt worn with a sold top, the top worn with a
sold skirt) or to a prop is other_garment_color; a plainly wrong hue, a wrong garment kind (a co-ord set called "dress",
a jumpsuit called "dress"), or a wrong sleeve or pattern is contradiction. The caption template describing a jumpsuit as
"tank top and pants" is a contradiction. Material: answers naming what the photo shows (sequin, velvet, satin, lace,
mesh, net, tulle, lurex, feathers) are right; fibre names the photo cannot show and the title does not state (cotton,
polyester, silk) are unsupported; so is "fur" for feathers. The template's "cotton fabric" for a plain jersey or woven
supporting garment is accepted as its plain-fabric class; "cotton fabric" for a sequinned or satin product is
unsupported; "chiffon fabric" for satin, georgette or tulle and "furry fabric" for feathers are accepted as the
template's nearest classes. Accessory sentences are right when the photo shows the accessory, unsupported when it does
not (flat lay, back view with bare wrists). "The lady wears" on the flat lay is not counted wrong by itself. A garment
name, a color or "yes" given to the material, pattern or sleeve question is a non_answer, as is an empty answer; "the
dress is a dress" and answers that only give the question's words back are restated. An answer that repeats a phrase to
the limit is a loop even when it also reads cut; a "Question:" or "Answer:" fragment in the text is a leak, even when
the rest is right. A caption that stops mid-sentence at 50 tokens is cut; one that stops mid-sentence at 50 tokens after
repeating a sentence over and over is a loop. "He", "his" or "the gentleman" for the women in these photos is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1587 = [
    # 001 photo: model front, grey backdrop, black sequinned strappy bodycon mini dress, gold hoops, black heels.
    # caption: caption adapter (epoch 2); answers: VQA adapter.
    case(
        "X1587-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. "
            "It has a suspenders neckline."
        ),
        wearing("a black sequin dress", who="the woman"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequin"),
        gender="Women",
        title="SASSAFRAS Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # 002 photo: model front, white backdrop, rose-gold sequinned sleeveless V-neck floor-length gown, thin bracelet.
    # caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-002",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. The dress this female wears is of long length. "
            "The dress is with other fabric and pure color patterns. It has a v",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress", who="she"),
        color_of("dress", "gold"),
        is_a("gown", "yes"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Lulu & Sky Rose Gold Sequinned Maxi Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # 003 photo: model front, navy short-sleeve crop top with silver beading at the neckline and a matching navy
    # flared midi skirt. caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a medium-length skirt. The shirt is "
            "with cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue crop top and skirt"),
        color_of("top", "navy"),
        color_of("skirt", "navy"),
        Q.garment_type("dress", "contradiction"),
        details("top", "embellished neckline"),
        describe("top", "it is a top", "restated"),
        gender="Women",
        title="Kassually Navy Blue Embellished Crop Top With Skirt Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # 004 photo: model front, silver sequinned strappy cami crop top (the product) worn with a black satin midi
    # skirt. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. It has a suspenders neckline. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a silver top and black skirt"),
        Q.color("silver"),
        color_of("top", "black", "other_garment_color"),
        is_a("crop top", "yes"),
        Q.sleeve_length("yes", "non_answer"),
        gender="Women",
        title="URBANIC Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
    ),
    # 005 photo: model front, maroon velvet long-sleeve wrap midi dress, black heels, beige backdrop.
    # caption: caption adapter; answers: VQA adapter (details ran to the limit).
    case(
        "X1587-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress this lady wears is of medium length."
        ),
        wearing("a red dress", who="the woman"),
        color_of("dress", "burgundy"),
        Q.material("velvet"),
        Q.sleeve_length("long"),
        details(
            "dress",
            "the dress is a wrap dress with a wrap dress with a wrap dress with a wrap dress with a wrap dress with a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 006 photo: BACK view, emerald green satin sleeveless maxi slip dress with crossed straps over a low back, bare
    # arms and wrists. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a green dress"),
        color_of("dress", "green"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        gender="Women",
        title="Berrylush Green Satin Cowl Neck Slip Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # 007 photo: model front, gold metallic pleated midi skirt (the product) with a black long-sleeve bodysuit.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a black top and a gold skirt"),
        Q.color("black", "other_garment_color"),
        color_of("skirt", "gold"),
        Q.garment_type("skirt"),
        Q.pattern("striped", "contradiction"),
        Q.material("skirt", "non_answer"),
        gender="Women",
        title="StyleStone Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # 008 photo: model front, black off-shoulder sequinned gown with full sleeves and a thigh slit, white backdrop.
    # caption: caption adapter; answers: VQA adapter (the yes/no answer looped to the limit).
    case(
        "X1587-008",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "lapel neckline. The dress this female wears is of long length.",
            "unsupported",
        ),
        wearing("a black gown", who="the woman"),
        color_of("dress", "black"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("sequin"),
        describe(
            "dress",
            "a black off shoulder gown with sequins all over and a high slit on the left leg and a long train at the "
            "back of the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Antheaa Black Embellished Off-Shoulder Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 009 photo: model front, champagne embellished one-shoulder bodycon mini dress, nude heels.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-009",
        caption(
            "This woman is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress this woman wears is of short length."
        ),
        wearing("a gold dress"),
        Q.color("beige"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        details("dress", "one shoulder"),
        Q.material("the garment is made of the material of the garment", "restated"),
        gender="Women",
        title="Femella Champagne Embellished One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Beige",
    ),
    # 010 photo: model front, red sleeveless ruffled bodycon mini dress, no jewellery, grey backdrop.
    # caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. The dress this lady wears "
            "is of short length. The dress is with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        Q.material("polyester", "unsupported"),
        describe("dress", "red dress with ruffles"),
        gender="Women",
        title="Miss Chase Red Ruffled Bodycon Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # 011 photo: model front, purple sequinned sleeveless V-neck wide-leg jumpsuit, silver bangles.
    # caption: caption adapter (splits the jumpsuit into top and pants); answers: VQA adapter.
    case(
        "X1587-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. It has a v-shape neckline. The pants are with other fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a purple jumpsuit"),
        Q.garment_type("dress", "contradiction"),
        Q.color("purple"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("purple", "non_answer"),
        gender="Women",
        title="SASSAFRAS Purple Sequinned Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Purple",
    ),
    # 012 photo: FLAT LAY on white: lavender crop top with sequin rows (short sleeves) above a lavender tulle maxi
    # skirt; no person, no jewellery. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her wrist. "
            "She wears a ring.",
            "unsupported",
        ),
        wearing("a purple dress", "contradiction"),
        color_of("skirt", "purple"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        Q.material("tulle"),
        gender="Women",
        title="Kalini Lavender Embellished Crop Top With Tulle Skirt",
        category="Co-Ords",
        color="Lavender",
    ),
    # 013 photo: model front (cropped short hair), black sheer mesh long-sleeve top with scattered star sequins (the
    # product), black trousers. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-013",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "other fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a black top and black pants"),
        Q.color("black"),
        color_of("top", "black"),
        Q.garment_type("blouse"),
        Q.sleeve_length("long"),
        Q.material("mesh"),
        gender="Women",
        title="Rare Black Embellished Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # 014 photo: model front, fuchsia satin sleeveless cowl-neck midi dress, grey backdrop.
    # caption: caption adapter; answers: VQA adapter. No gender column in this row.
    case(
        "X1587-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline."
        ),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        details("dress", "none", "non_answer"),
        Q.material("Question: What material is the garment made of? Answer: satin", "leak"),
        title="Athena Fuchsia Satin Cowl Neck Midi Dress",
        category="Dresses",
        color="Fuchsia",
    ),
    # 015 photo: model front, silver sequinned long-sleeve blazer dress with lapels and two buttons, mini length,
    # silver bracelet. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-015",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. It has a lapel neckline. There is an accessory on her wrist."
        ),
        wearing("a silver jacket", "contradiction"),
        Q.garment_type("dress"),
        Q.color("silver"),
        Q.sleeve_length("long"),
        details(
            "dress",
            "lapel collar, button, button, button, button, button, button, button, button, button, button, button, "
            "button, button",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Dressberry Silver-Toned Sequinned Blazer Dress",
        category="Dresses",
        color="Silver",
    ),
    # 016 photo: model front, white strappy mini dress with a feather-trimmed hem, white heels, beige backdrop.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "suspenders neckline. The dress this lady wears is of short length."
        ),
        wearing("a white dress"),
        color_of("dress", "white"),
        is_a("dress", "no", "contradiction"),
        details("dress", "feathers"),
        Q.material("fur", "unsupported"),
        Q.pattern("white", "non_answer"),
        gender="Women",
        title="Forever New White Feather Trim Mini Dress",
        category="Dresses",
        color="White",
    ),
    # 017 photo: model front, bottle-green velvet long-sleeve square-neck crop top and matching mini skirt, gold
    # bangle. caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with other "
            "fabric. It has a square neckline. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a green top and skirt"),
        color_of("top", "green"),
        color_of("skirt", "green"),
        is_a("dress", "no"),
        Q.sleeve_length("long"),
        Q.material("velvet"),
        Q.pattern("solid Question: What is the sleeve length of the garment? Answer: long", "leak"),
        gender="Women",
        title="Tokyo Talkies Green Velvet Crop Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # 018 photo: model front, gold sequinned strapless bandeau crop top (the product) with white wide-leg trousers.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a gold top and white pants"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.garment_type("tank top"),
        is_a("crop top", "yes"),
        gender="Women",
        title="URBANIC Gold-Toned Sequinned Bandeau Crop Top",
        category="Tops",
        color="Gold",
    ),
    # 019 photo: model front, black lace long-sleeve high-neck bodycon maxi dress, white backdrop.
    # caption: caption adapter; answers: VQA adapter (describe looped to the limit).
    case(
        "X1587-019",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric. It has a "
            "round neckline. The dress this lady wears is of long length."
        ),
        wearing("a black lace dress"),
        color_of("dress", "black"),
        Q.pattern("lace"),
        Q.sleeve_length("long"),
        Q.material("black", "non_answer"),
        describe(
            "dress",
            "the dress is a black lace dress with long sleeves and a high neckline and a high neckline and a high "
            "neckline and a high neckline",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Black Lace Bodycon Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # 020 photo: model front, wine sequinned V-neck cami top (the product) tucked into black trousers.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-020",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a red top and black pants"),
        color_of("top", "maroon"),
        Q.color("black", "other_garment_color"),
        is_a("top", "yes"),
        Q.material("sequin"),
        Q.pattern("black", "non_answer"),
        details("top", "lace trim on the neckline", "unsupported"),
        gender="Women",
        title="Berrylush Burgundy Sequinned Cami Top",
        category="Tops",
        color="Burgundy",
    ),
    # 021 photo: model front, pale peach embroidered net anarkali gown, full sleeves, floral thread work, choker
    # necklace. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-021",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory in her neck. The dress this lady wears is of long length."
        ),
        wearing("a peach gown"),
        color_of("dress", "white", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        details("dress", "embroidery"),
        Q.material("net"),
        describe(
            "dress",
            "a peach anarkali gown with full sleeves, floral embroidery on the yoke and the sleeves, a flared net "
            "skirt and a scalloped hem with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ethnovog Peach-Coloured Embroidered Net Anarkali Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # 022 photo: model front, short-sleeve sheath dress in horizontal sequin stripes of silver, pink and blue.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-022",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with other fabric. It has a "
            "round neckline."
        ),
        wearing("a striped dress"),
        Q.color("multi"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes Question: Is this a dress? Answer: yes", "leak"),
        details("dress", "the dress details are dress details", "restated"),
        gender="Women",
        title="Label Ritu Kumar Multicoloured Sequinned Striped Sheath Dress",
        category="Dresses",
        color="Multi",
    ),
    # 023 photo: model front, sleeveless fishtail maxi gown in sequins shading from light blue at the top to navy at
    # the hem. caption: caption adapter, looped to the limit; answers: VQA adapter.
    case(
        "X1587-023",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length. The dress is with other fabric and "
            "color block patterns. The dress is with other fabric and color",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        color_of("dress", "blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequins"),
        gender="Women",
        title="Lulu & Sky Blue Ombre Sequinned Fishtail Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # 024 photo: model front, black velvet midi pencil skirt with a front slit (the product) worn with a white satin
    # collared long-sleeve shirt tucked in. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. It has a lapel neckline. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a white shirt and black skirt"),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "black"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        Q.material("velvet"),
        details("skirt", "the skirt details are the details of the skirt", "restated"),
        gender="Women",
        title="Mango Black Velvet Midi Pencil Skirt With Slit",
        category="Skirts",
        color="Black",
    ),
    # 025 photo: model front, magenta ruched bodycon mini dress with short puff sleeves and a square neck, no
    # jewellery. caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory in "
            "her neck. The dress this lady wears is of short",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        Q.sleeve_length("long", "contradiction"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        describe("dress", "a pink dress with puff sleeves"),
        gender="Women",
        title="AND Magenta Ruched Puff Sleeve Bodycon Dress",
        category="Dresses",
        color="Magenta",
    ),
    # 026 photo: model front, olive satin bias-cut midi slip skirt (the product) worn with a baby-pink short-sleeve
    # fitted tee. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a pink top and green skirt", who="she"),
        color_of("skirt", "pink", "other_garment_color"),
        Q.color("green"),
        Q.garment_type("skirt"),
        Q.material("silk", "unsupported"),
        describe(
            "skirt",
            "a green satin skirt with a green satin skirt with a green satin skirt with a green satin skirt with a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kassually Olive Green Satin Midi Slip Skirt",
        category="Skirts",
        color="Olive",
    ),
    # 027 photo: model front, silver embellished sleeveless mermaid gown with a sheer cape falling from the
    # shoulders over the arms. caption: caption adapter, looped to the limit; answers: VQA adapter (details leaked
    # the prompt format).
    case(
        "X1587-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is with other fabric. It has a round neckline. The dress is with other fabric. "
            "It has a round neckline. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a silver dress"),
        color_of("dress", "grey"),
        is_a("gown", "yes"),
        Q.sleeve_length("long sleeve"),
        details(
            "dress",
            "cape Question: What are the dress details? Answer: cape Question: What are the dress details? Answer: "
            "cape Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Silver-Toned Embellished Mermaid Gown With Cape",
        category="Dresses",
        color="Silver",
    ),
    # 028 photo: model front, nude-beige sleeveless bodycon dress with all-over bead and sequin embellishment.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-028",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with other fabric. It has a round "
            "neckline."
        ),
        wearing("a dress"),
        Q.color("white", "contradiction"),
        Q.pattern("beaded"),
        Q.sleeve_length("sleeveless"),
        Q.material("beads"),
        describe("dress", "", "non_answer"),
        gender="Women",
        title="Zink London Nude-Coloured Embellished Bodycon Dress",
        category="Dresses",
        color="Nude",
    ),
    # 029 photo: model front, black and gold brocade sleeveless crop top and matching flared maxi skirt, gold
    # choker and bangles. caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-029",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long skirt. The tank top is with "
            "other fabric. It has a round neckline. The skirt is with other fabric and complicated patterns. There "
            "is an accessory in her neck. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and gold dress", "contradiction"),
        color_of("top", "black-gold"),
        color_of("skirt", "black-gold"),
        is_a("skirt", "yes"),
        Q.pattern("floral"),
        gender="Women",
        title="Ethnovog Black & Gold-Toned Brocade Crop Top With Skirt",
        category="Clothing Set",
        color="Black",
    ),
    # 030 photo: model front, red sleeveless V-neck tulle ball gown with scattered sequins, long hair, red lips.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length."
        ),
        wearing("he is wearing a red dress", "pronoun"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        Q.material("tulle"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "sequins Answer: sequins Answer: sequins Answer: sequins Answer: sequins Answer: sequins Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Lulu & Sky Red Embellished Tulle Ball Gown",
        category="Dresses",
        color="Red",
    ),
    # 031 photo: model front, cream short-sleeve top with pearl embellishment round the neck (the product) with beige
    # trousers. caption: caption adapter; answers: VQA adapter. No color column in this row.
    case(
        "X1587-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "chiffon fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white top and beige pants"),
        Q.color("white"),
        details("top", "pearls"),
        Q.garment_type("blouse"),
        Q.sleeve_length("short"),
        Q.material(
            "pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl "
            "pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl pearl",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mango Cream-Coloured Pearl Embellished Top",
        category="Tops",
    ),
    # 032 photo: model front holding a gold box clutch (prop), teal satin one-shoulder maxi dress, gold bangle.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The dress this lady wears is of long length."
        ),
        wearing("a blue dress and a gold purse"),
        Q.color("gold", "other_garment_color"),
        color_of("dress", "blue"),
        is_a("dress", "yes"),
        Q.sleeve_length("one shoulder"),
        describe(
            "dress",
            "a teal blue one shoulder satin gown with a draped bodice and a long flowing skirt, she is holding a gold "
            "clutch in her right",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Teal Blue Satin One-Shoulder Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # 033 photo: model front, black sleeveless V-neck shift dress covered in tiers of sequinned fringe, mini length.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-033",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress this lady wears is of short length.",
            "contradiction",
        ),
        wearing("a black dress with fringes"),
        Q.pattern("solid"),
        color_of("dress", "black"),
        details(
            "dress",
            "fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe",
            "loop",
            hit_limit=True,
        ),
        Q.material("sequin"),
        gender="Women",
        title="SASSAFRAS Black Sequinned Fringe Shift Dress",
        category="Dresses",
        color="Black",
    ),
    # 034 photo: model front, coral satin strapless corset crop top (the product) with white wide-leg trousers.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a pink top and white pants"),
        color_of("top", "orange"),
        Q.color("white", "other_garment_color"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is a top", "restated"),
        gender="Women",
        title="Kassually Coral Satin Corset Top",
        category="Tops",
        color="Coral",
    ),
    # 035 photo: BACK view, navy velvet long-sleeve backless maxi dress, the model looking over her shoulder, bare
    # hands. caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring. The dress this lady wears "
            "is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress", "contradiction"),
        color_of("dress", "navy"),
        is_a("dress", "yes"),
        Q.sleeve_length("long"),
        details("dress", "backless"),
        Q.pattern("yes", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Navy Blue Velvet Backless Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 036 photo: model front, gold lurex knit long-sleeve wrap midi dress, grey backdrop.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "v-shape neckline."
        ),
        wearing("a gold dress", who="she"),
        Q.color("gold"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("lurex"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Women",
        title="Dressberry Gold-Toned Lurex Wrap Midi Dress",
        category="Dresses",
        color="Gold",
    ),
    # 037 photo: model front, mauve sequinned A-line mini skirt (the product) with a black short-sleeve fitted tee.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a black top and pink skirt"),
        color_of("skirt", "pink"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        Q.material("", "non_answer"),
        details("skirt", "the skirt is a skirt", "restated"),
        gender="Women",
        title="StyleStone Mauve Sequinned A-Line Mini Skirt",
        category="Skirts",
        color="Mauve",
    ),
    # 038 photo: model front, pink mini dress with long sleeves trimmed in feathers from shoulder to cuff.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress this gentleman wears is of short length.",
            "pronoun",
        ),
        wearing("a pink dress with feathers"),
        color_of("dress", "pink"),
        Q.sleeve_length("long"),
        details("dress", "feather sleeves"),
        Q.pattern("Answer: solid", "leak"),
        gender="Women",
        title="Forever New Pink Feather Sleeve Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # 039 photo: model front, charcoal grey shimmer long-sleeve round-neck bodycon dress, silver bracelet, bare head.
    # caption: caption adapter; answers: VQA adapter (describe looped). No gender column in this row.
    case(
        "X1587-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. There is an accessory on her wrist. She wears a hat.",
            "unsupported",
        ),
        wearing("a grey dress"),
        Q.color("grey"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "the dress is a grey dress with long sleeves and a round neckline and a round neckline and a round "
            "neckline and a",
            "loop",
            hit_limit=True,
        ),
        title="ONLY Charcoal Grey Shimmer Bodycon Dress",
        category="Dresses",
        color="Charcoal",
    ),
    # 040 photo: model front, mustard satin crop top with short puff sleeves and a square neck, matching mustard
    # satin maxi skirt. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. It has a square neckline. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a yellow top and yellow skirt"),
        color_of("top", "yellow"),
        color_of("skirt", "yellow"),
        is_a("skirt", "yes"),
        Q.material("satin"),
        details("top", "puff sleeves"),
        Q.sleeve_length("short Question: What is the color of the garment? Answer: yellow", "leak"),
        gender="Women",
        title="Kalini Mustard Yellow Satin Crop Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Mustard",
    ),
    # 041 photo: model front, long hair, black strappy corset crop top and matching black maxi skirt with a thigh
    # slit. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-041",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with other fabric. It has a suspenders neckline. The skirt is with other fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a black top and skirt"),
        color_of("top", "black"),
        color_of("skirt", "black"),
        Q.garment_type("dress", "contradiction"),
        details("skirt", "slit"),
        gender="Women",
        title="URBANIC Black Corset Crop Top & Maxi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
    ),
    # 042 photo: model front, royal blue sequinned long-sleeve wrap top (the product) with black slim trousers.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with other "
            "fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a blue top and black pants", "pronoun"),
        color_of("top", "blue"),
        Q.color("blue"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long"),
        Q.material("sequins"),
        describe("top", "blue sequin wrap top"),
        gender="Women",
        title="Mango Blue Sequinned Wrap Top",
        category="Tops",
        color="Blue",
    ),
    # 043 photo: model front, bronze metallic plissé maxi dress with short flutter sleeves and a V-neck.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-043",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length.",
            "contradiction",
        ),
        wearing("a gold dress"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        is_a("dress", "yes"),
        Q.material("dress", "non_answer"),
        details("dress", "belt", "unsupported"),
        gender="Women",
        title="Label Ritu Kumar Bronze-Toned Metallic Pleated Maxi Dress",
        category="Dresses",
        color="Bronze",
    ),
    # 044 photo: model front, emerald short-sleeve crop top with mirror work and a matching flared embroidered maxi
    # skirt, bangles and a necklace. caption: caption adapter, ran to the limit; answers: VQA adapter.
    case(
        "X1587-044",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with other "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and graphic patterns. There is an "
            "accessory on her wrist. There is an accessory in her neck. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a green top and skirt and a green top and skirt and a green top and skirt and a green top and skirt and a",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green"),
        is_a("skirt", "yes"),
        Q.pattern("embroidered"),
        details("top", "mirror work"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Kalini Green Embellished Crop Top With Skirt",
        category="Co-Ords",
        color="Green",
    ),
    # 045 photo: model front, burgundy velvet off-shoulder long-sleeve top (the product) with a black faux-leather
    # mini skirt. caption: caption adapter; answers: VQA adapter.
    case(
        "X1587-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with other "
            "fabric. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("a red top and black skirt"),
        color_of("top", "maroon"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        is_a("top", "yes"),
        describe(
            "top",
            "a maroon velvet off shoulder top with long sleeves and a sweetheart neckline, paired with a black "
            "leather mini skirt and black",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Burgundy Velvet Off-Shoulder Top",
        category="Tops",
        color="Burgundy",
    ),
]
