"""BLIND_800 (46 products; Myntra lingerie, innerwear and nightwear for women and men, caption adapter at epoch 2):
written blind in the fifty-fifth session. Measured blind at 7bf5cc7 (the session's final rules): 94/118 failures found
(79.7%) and 19/173 correct texts flagged (11.0%). The writer's notes, verbatim:

Scenario: a Myntra innerwear feed (Bra, Briefs, Trunk, Boxers, Innerwear Vests, Camisoles, Nightdress, Night suits,
Baby Dolls, Robe, Bath Robe, Shapewear, Lingerie Set, Lounge Pants, Lounge Shorts, Thermal Tops). Photos are catalog
shots on a white (a few light grey) backdrop: models cropped neck-to-thigh wearing the product with a matching or
contrasting second piece (a bra with a brief, trunks with a vest, a camisole with jeans), full-length nightwear
shots, two flat lays of multi-packs and one ghost-mannequin bra. Props are rare (a stool, a mug, a pillow).

Who wrote what: every caption and every open answer is free generation by the caption LoRA at epoch 2 (between the
published epoch-1 and epoch-3 adapters), prompted with `Question: ... Answer:` for the answers. It has mostly lost
question answering: open answers come back as the DeepFashion template ("The lady wears a sleeveless tank top with
pure color patterns. The tank top is with cotton fabric."), it has almost no hue words left (a few base-model hues
survive in short answers), it maps innerwear onto the In-shop classes (bra -> tank top, briefs -> shorts, robe ->
coat / outer clothing), invents the template's accessories (ring, wrist accessory, belt, hat), and, trained with no
end token, either loops or runs to the 30/50-token limit, sometimes continuing into a new `Question:` turn. Closed
answers (color, garment_type, pattern, sleeve_length, is_a, closed color_of) come from `--engine reference`: one
candidate picked, never looped or cut, but often the color of the other piece in the photo or of a print/backdrop.

Labeling conventions and judgement calls:
- Seller shades count as their group: "red" for Maroon, "blue" for Navy Blue, "grey" for Charcoal / Grey Melange,
  "yellow" for Mustard, "green" for Olive, "purple" for Lavender are correct.
- Garment synonyms accepted: camisole or sports bra = tank top / tank shirt; boxers, trunks and boyshorts = shorts;
  undershirt = T-shirt; nightdress or babydoll = dress; robe = outer clothing. Not accepted (contradiction): a bra
  called a tank top, briefs / bikini briefs called shorts, a robe called a coat, a bathrobe called a jacket.
- A color that belongs to another garment in the photo, given to the product, is other_garment_color (closed or
  open). A color given to a garment from its print, trim, the backdrop or a prop, or the product's color given to the
  other garment, is contradiction.
- A material that the title contradicts (cotton or chiffon for a Satin title) is contradiction; a material nothing
  supports (denim briefs, leather lounge pants, a furry robe that is printed cotton) is unsupported. "furry" for terry
  towelling and "knitting" for a thermal knit are accepted; "other fabric" as the whole answer to the material
  question is non_answer.
- Template accessories (ring, wrist accessory, hat, belt, pockets) not in the photo are unsupported; a waistband
  read as a belt is unsupported.
- "The lady"/"she"/"her" for a male model, or "he" for a female model, is pronoun; a text with a second, lesser
  problem gets the label of its main failure only.
- A one-word or yes/no answer to an open question is non_answer; an open color question answered with the template
  and no color is non_answer; an answer that only repeats the question's words, or opens by echoing the whole
  question before answering, is restated.
- Texts ending mid-sentence ran to the limit and are cut (hit_limit=True); loops also have hit_limit=True; a leak
  that runs on into a new turn has hit_limit=True. One complete caption that happens to end on a full stop at
  the 50-token limit (X800-029) is correct with hit_limit=True.
- A multi-pack answered "multi" is correct; a description that counts one garment for a "Pack of 3" is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_800 = [
    # photo: model cropped neck to thigh in a black lace-trimmed underwired padded bra with the matching black brief,
    # white backdrop, front view. Caption adapter (epoch 2) wrote caption and open answers; reference engine the rest.
    case(
        "X800-001",
        caption(
            "The lady wears a sleeveless bra with lace patterns. The bra is with other fabric. It has a suspenders "
            "neckline. She also wears a short briefs with lace patterns."
        ),
        wearing("The lady wears a sleeveless bra with lace patterns and a short briefs.", who="the woman"),
        color_of("bra", "black"),
        Q.pattern("lace"),
        material(
            "The bra is with chiffon fabric and lace patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        details(
            "bra",
            "The neckline of it is suspenders. The bra is with other fabric and lace patterns. The neckline of it is "
            "suspenders. The bra is with other fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Amante Black Lace Padded Underwired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model wearing a skin-coloured seamless non-padded T-shirt bra with mid-blue denim jeans, white backdrop,
    # front view, waist-up. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-002",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The female wears a long pants. The pants are with denim fabric and solid color "
            "patterns.",
            "contradiction",
        ),
        color_of("bra", "blue", "other_garment_color"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        describe("bra", "The bra is with cotton fabric and pure color patterns. It has a suspenders neckline."),
        material("cotton"),
        wearing("The lady wears a blue bra and blue jeans.", "other_garment_color", who="the woman"),
        title="Jockey Women Skin Coloured Non-Padded Non-Wired T-shirt Bra 1722",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: side-angle shot of a grey melange racerback sports bra with a pink abstract print, worn with black
    # leggings, white backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-003",
        caption(
            "This woman wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a sports bra and leggings.", who="the woman"),
        color_of("sports bra", "grey"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        details(
            "sports bra",
            "The sports bra has no sleeves, cotton fabric and graphic patterns. The neckline of it is round. There is "
            "a ring on her finger.",
            "unsupported",
        ),
        material("The sports bra is with cotton fabric."),
        title="Enamor Women Grey Printed Non-Padded Sports Bra SB06",
        category="Bra",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a maroon lightly padded balconette bra and the matching maroon brief, white backdrop, front view.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-004",
        caption(
            "The lady wears a sleeveless bra with pure color patterns. The bra is with other fabric. The neckline of "
            "it is square. The lady wears a short briefs with pure color patterns."
        ),
        color_of("bra", "red"),
        Q.garment_type("camisole", "contradiction"),
        describe(
            "bra",
            "The bra is with other fabric and pure color patterns. Question: What is the color of the bra? Answer: "
            "The bra is with other fabric",
            "leak",
            hit_limit=True,
        ),
        is_a("bra", "yes"),
        wearing("He wears a sleeveless bra with pure color patterns and a short briefs.", "pronoun", who="the woman"),
        title="Triumph Maroon Solid Underwired Lightly Padded Balconette Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat lay, no person: three hipster briefs side by side on white, one navy blue, one baby pink, one white
    # with small pink polka dots. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-005",
        caption(
            "The lady wears a short shorts with pure color patterns. The shorts are with cotton fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("briefs"),
        Q.color("multi"),
        is_a("pair of briefs", "yes"),
        describe(
            "briefs",
            "The briefs are with cotton fabric and pure color patterns. The briefs are with cotton fabric and pure "
            "color patterns. The briefs are",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Jockey Women Pack of 3 Hipster Briefs 1406",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: lower-body crop of a model in peach bikini briefs with a lace waistband, a plain white T-shirt above,
    # white backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short shorts with pure color patterns.",
            "contradiction",
        ),
        color_of("briefs", "white", "other_garment_color"),
        wearing("The lady wears a short-sleeve T-shirt and a short briefs.", who="the woman"),
        Q.pattern("solid"),
        details("briefs", "The briefs are with cotton fabric and pure color patterns. The waist has lace."),
        material("The briefs are with denim fabric.", "unsupported"),
        title="Amante Women Peach-Coloured Solid Bikini Briefs",
        category="Briefs",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a white ribbed cotton camisole with thin straps and light blue jeans, white backdrop, waist-up.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("camisole", "white"),
        color_of("jeans", "The jeans are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "The tank top has no sleeves, cotton fabric and stripe patterns.", "contradiction"),
        Q.pattern("solid"),
        material("cotton"),
        title="Jockey Women White Camisole 1487",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a black satin camisole with a lace V-neck trim and matching black satin shorts, white backdrop,
    # three-quarter view. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-008",
        caption(
            "This female wears a tank tank shirt with pure color patterns. The tank shirt is with chiffon fabric and "
            "its neckline is V-shape. The shorts this female wears is of short length. The shorts are with chiffon "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("The female wears a tank shirt and a short shorts.", who="the woman"),
        color_of("camisole", "black"),
        material("The tank shirt is with chiffon fabric and pure color patterns.", "contradiction"),
        Q.pattern("solid"),
        details("camisole", "The neckline of it is V-shape. There is lace on the neckline."),
        title="Bwitch Women Black Satin Lace Trim Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: full-length model in a knee-length pink cotton nightdress with a small white floral print, short sleeves,
    # round neck, no jewellery, white backdrop. Caption adapter wrote caption and open answers; reference engine the
    # closed ones.
    case(
        "X800-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
        ),
        wearing("She wears a short-sleeve dress with floral patterns.", who="the woman"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe(
            "nightdress",
            "The dress is of knee length. The dress is with cotton fabric and floral patterns. The dress is of knee "
            "length. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("nightdress", "white", "contradiction", kind="open"),
        title="Sweet Dreams Women Pink Floral Print Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: full-length model, barefoot, in a sleeveless navy blue satin maxi nightdress with lace at the bust, white
    # backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The dress is of long length."
        ),
        color_of("nightdress", "blue"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        details(
            "nightdress",
            "The dress has no sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        material("The dress is with other fabric.", "non_answer"),
        wearing(
            "The lady wears a sleeveless dress of long length. Question: What is the lady wearing? Answer: The lady "
            "wears a",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        title="Kiss Kill Women Navy Blue Satin Maxi Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: full-length model in a sky blue night suit: long-sleeve button-front top with white piping and a notch
    # collar, no pocket, and sky blue pyjama pants with small white stars, white backdrop. Caption adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X800-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. The lady wears a long pants. The pants are with cotton fabric and graphic "
            "patterns."
        ),
        wearing("The lady wears a long-sleeve shirt and a long pants.", who="the woman"),
        color_of("shirt", "blue"),
        color_of("pants", "white", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric. There is a pocket on the chest. There is a belt.",
            "unsupported",
        ),
        Q.sleeve_length("long sleeves"),
        Q.pattern("printed"),
        title="Sweet Dreams Women Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon round-neck T-shirt with a white "sleepy head" text print and grey-and-maroon checked
    # shorts, white backdrop, full-length. Caption adapter wrote caption and open answers; reference engine the
    # closed ones.
    case(
        "X800-012",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The woman wears a three-point shorts. The shorts are with cotton fabric and lattice "
            "patterns."
        ),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_of("shorts", "grey"),
        wearing(
            "He is wearing a short-sleeve T-shirt with graphic patterns and a three-point shorts.",
            "pronoun",
            who="the woman",
        ),
        details("shorts", "The shorts are of short length.", "non_answer"),
        material("cotton"),
        title="Clt.s Women Maroon & Grey Printed Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a sheer red babydoll with black lace cups and black lace hem, matching red thong, white
    # backdrop, front view. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-013",
        caption(
            "The lady wears a sleeveless dress with lace patterns. The dress is with chiffon fabric. It has a V-shape "
            "neckline. The dress is of short length."
        ),
        Q.color("red"),
        color_of("babydoll", "black", "contradiction"),
        is_a("babydoll", "yes"),
        describe(
            "babydoll",
            "The lady wears a sleeveless dress with lace patterns. The dress is with chiffon fabric. It has a V-shape "
            "neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("dress", "non_answer", who="the woman"),
        title="N-Gal Women Red & Black Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: model in a knee-length long-sleeve cotton robe, white with a blue floral print, tied with a self belt,
    # a plain white nightdress showing at the V-neck, white backdrop. Caption adapter wrote caption and open answers;
    # reference engine the closed ones.
    case(
        "X800-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. The neckline of it is V-shape. "
            "There is a belt. This lady also wears an outer clothing, with cotton fabric and floral patterns."
        ),
        color_of("robe", "white"),
        Q.pattern("floral"),
        wearing("The lady wears a long-sleeve coat with floral patterns.", "contradiction", who="the woman"),
        details(
            "robe",
            "There is a belt. There is a belt. There is a belt. There is a belt. There is a belt. There is a belt. "
            "There is a",
            "loop",
            hit_limit=True,
        ),
        material("The robe is with furry fabric.", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Marks & Spencer Women White & Blue Floral Print Robe",
        category="Robe",
        color="White",
        gender="Women",
    ),
    # photo: waist-to-knee crop of a model in beige high-waist thigh-shaping shorts with a plain black bra above,
    # white backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-015",
        caption(
            "The lady wears a short shorts with pure color patterns. The shorts are with other fabric. She wears a bra."
        ),
        color_of("shorts", "black", "other_garment_color"),
        Q.color("beige"),
        is_a("pair of shorts", "yes"),
        describe(
            "shorts",
            "The shorts are with other fabric and pure color patterns. The shorts are of medium length. It has a high "
            "waist.",
        ),
        material("The shorts are with denim fabric and pure color patterns.", "unsupported"),
        title="Triumph Women Beige Solid High-Waist Shaping Shorts",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a lavender bra and matching lavender brief, both with small white polka dots, white backdrop,
    # front view. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-016",
        caption(
            "The lady wears a sleeveless bra with graphic patterns. The bra is with cotton fabric. The lady wears a "
            "short briefs with graphic patterns."
        ),
        Q.color("purple"),
        Q.pattern("polka dots"),
        color_of("briefs", "white", "contradiction"),
        wearing("What is the woman wearing? The woman is wearing a bra and briefs.", "restated", who="the woman"),
        details(
            "lingerie set",
            "The bra is with cotton fabric and graphic patterns. It has a suspenders neckline. The briefs are with "
            "cotton fabric and graphic patterns.",
        ),
        title="Lady Lyka Women Lavender Printed Lingerie Set",
        category="Lingerie Set",
        color="Lavender",
        gender="Women",
    ),
    # photo: model seated on a grey stool in a white lace bralette and white lace brief, white backdrop.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-017",
        caption(
            "The lady wears a sleeveless bra with lace patterns. The bra is with other fabric. The lady wears a short "
            "briefs with lace patterns. The lady is sitting on a stool."
        ),
        color_of("bra", "white"),
        color_of("briefs", "grey", "contradiction"),
        wearing(
            "The lady wears a sleeveless bra with lace patterns and a short briefs with lace patterns. The lady wears "
            "a sleeveless bra with lace patterns and",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        material("lace"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Women White Lace Bralette & Brief Set",
        category="Lingerie Set",
        color="White",
        gender="Women",
    ),
    # photo: ghost-mannequin shot, no person: a navy blue non-padded bra with a small white anchor print, white
    # backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-018",
        caption(
            "The lady wears a sleeveless bra with graphic patterns. The bra is with cotton fabric. There is a ring on "
            "her finger.",
            "unsupported",
        ),
        color_of("bra", "navy blue"),
        Q.pattern("printed"),
        is_a("bra", "no", "contradiction"),
        describe("bra", "The bra is with cotton fabric and graphic patterns. It has a suspenders neckline."),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a sleeveless bra with graphic patterns.",
            "leak",
        ),
        title="Clovia Navy Blue Printed Non-Padded Non-Wired Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white seamless padded T-shirt bra with grey melange lounge pants, white backdrop, front view.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-019",
        caption(
            "The lady wears a sleeveless bra with pure color patterns. The bra is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("bra", "The bra is grey.", "other_garment_color", kind="open"),
        Q.garment_type("bra"),
        details(
            "bra",
            "The bra has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The pants "
            "this lady wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        wearing("bra and pants", who="the woman"),
        title="Hanes Women White Solid Seamless Padded T-shirt Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: side view of a model in red boyshort panties with a white cropped tank top, white backdrop.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "red"),
        Q.pattern("solid"),
        details("panties", "The panties are white and the tank top is white.", "other_garment_color"),
        describe(
            "panties",
            "The panties are with cotton fabric and pure color patterns. There is a belt.",
            "unsupported",
        ),
        wearing(
            "She is wearing a tank top and a short shorts. She is wearing a tank top and a short shorts. She is "
            "wearing a tank top",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        title="Jockey Women Red Boyshort Panties",
        category="Briefs",
        color="Red",
        gender="Women",
    ),
    # photo: full-length model in a pink night suit: short-sleeve T-shirt with a cartoon cat print and pink-and-white
    # striped pyjama pants with a drawstring, no pockets, holding a white mug, white backdrop. Caption adapter wrote
    # caption and open answers; reference engine the closed ones.
    case(
        "X800-021",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric and "
            "stripe patterns."
        ),
        color_of("shirt", "pink"),
        color_of("pants", "pink"),
        wearing("The woman wears a T-shirt and pants. She is holding a cup.", who="the woman"),
        details(
            "pants",
            "The pants are with cotton fabric and stripe patterns. The pants have pockets. There is a belt.",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "The T-shirt is with cotton fabric. Question: What is the material of the pants? Answer: cotton. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Slumber Jill Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: full-length model in a black satin pyjama set: long-sleeve notch-collar shirt with white piping and black
    # pyjama pants, plain light grey studio backdrop. Caption adapter wrote caption and open answers; reference engine
    # the closed ones.
    case(
        "X800-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. The "
            "neckline of the shirt is lapel. The lady wears a long pants. The pants are with other fabric and pure "
            "color patterns."
        ),
        Q.color("grey", "contradiction"),
        color_of("pants", "black"),
        describe(
            "shirt",
            "The shirt is with chiffon fabric and pure color patterns. The neckline of it is lapel. The shirt is with "
            "chiffon fabric and pure color patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        material("The shirt is with cotton fabric.", "contradiction"),
        Q.pattern("solid"),
        title="Marks & Spencer Women Black Satin Pyjama Set",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: full-length model in grey melange jogger lounge pants with a drawstring and a plain white T-shirt, no
    # jewellery or hat, white backdrop. Caption adapter wrote caption and open answers; reference engine the closed
    # ones.
    case(
        "X800-023",
        caption(
            "This female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this female wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("pants", "grey"),
        Q.color("white", "other_garment_color"),
        is_a("pair of pants", "yes"),
        details("pants", "The pants are of long length.", "non_answer"),
        wearing(
            "The female wears a T-shirt and a long pants. There is an accessory on her wrist. This female wears a hat.",
            "unsupported",
            who="the woman",
        ),
        title="Jockey Women Grey Melange Lounge Pants 1301",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: full-length model in a mustard yellow knee-length cotton nightdress with three-quarter sleeves and a
    # white embroidered yoke, white backdrop. Caption adapter wrote caption and open answers; reference engine the
    # closed ones.
    case(
        "X800-024",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length."
        ),
        color_of("nightdress", "yellow"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("nightdress", "yes", "non_answer"),
        details("nightdress", "The details of the nightdress are the details of the nightdress.", "restated"),
        wearing(
            "The lady wears a medium-sleeve dress with pure color patterns. The lady wears a medium-sleeve dress with "
            "pure color patterns. The lady",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        material("cotton"),
        title="Sweet Dreams Women Mustard Nightdress",
        category="Nightdress",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a maroon long-sleeve round-neck thermal top and black thermal leggings, white backdrop,
    # full-length. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "maroon"),
        color_of("leggings", "maroon", "contradiction"),
        Q.garment_type("thermal top"),
        Q.sleeve_length("long sleeves"),
        material("The sweater is with knitting fabric."),
        wearing("He wears a long-sleeve sweater and a long leggings.", "pronoun", who="the woman"),
        title="Lux Inferno Women Maroon Thermal Top",
        category="Thermal Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a brown-and-black leopard print padded push-up bra with a plain black brief, no jewellery, white
    # backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-026",
        caption(
            "The lady wears a sleeveless bra with complicated patterns. The bra is with other fabric. The lady wears a "
            "short briefs. The briefs are with other fabric and pure color patterns."
        ),
        color_of("bra", "black", "other_garment_color"),
        Q.pattern("animal"),
        details("bra", "The neckline of it is V-shape. There is a ring on her finger.", "unsupported"),
        wearing(
            "The lady wears a sleeveless bra with complicated patterns and a short briefs with pure color patterns.",
            who="the woman",
        ),
        is_a("bra", "yes"),
        title="Amante Brown Animal Print Padded Push-Up Bra",
        category="Bra",
        color="Brown",
        gender="Women",
    ),
    # photo: model, hand on hip, in a black strapless bra and black briefs, white backdrop, front view.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-027",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "female wears a short shorts with pure color patterns.",
            "contradiction",
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("bra", "The bra is with other fabric. The bra has straps.", "contradiction"),
        Q.material(
            "other fabric. Question: What is the color of the bra? Answer: black. Question: What is the pattern of the "
            "bra? Answer: pure",
            "leak",
            hit_limit=True,
        ),
        wearing("She wears a strapless bra and briefs.", who="the woman"),
        title="Triumph Women Black Solid Strapless Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: lower-torso crop of a model in olive green high-rise full briefs with a white sports bra above, white
    # backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-028",
        caption(
            "This female wears a sleeveless tank top with pure color patterns. She wears a short briefs. The briefs "
            "are with cotton fabric and pure color patterns."
        ),
        color_of("briefs", "green"),
        describe(
            "briefs",
            "The briefs are with cotton fabric and pure color patterns. Question: Describe the bra. Answer: The bra "
            "is with cotton fabric and",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        wearing("white", "non_answer", who="the woman"),
        material("The briefs are with cotton fabric."),
        title="Enamor Women Olive Green High-Rise Full Briefs",
        category="Briefs",
        color="Olive",
        gender="Women",
    ),
    # photo: model in navy blue lounge shorts with thin white stripes and a drawstring, a plain grey T-shirt above,
    # white backdrop, full-length. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and stripe "
            "patterns.",
            hit_limit=True,
        ),
        color_of("shorts", "grey", "other_garment_color"),
        Q.pattern("striped"),
        details("shorts", "The shorts are with cotton fabric and stripe patterns. It has a drawstring waist."),
        wearing("She is wearing a T-shirt and shorts.", who="the woman"),
        material("cotton"),
        title="Jockey Women Navy Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: full-length model in a white sleeveless top with a navy blue anchor print and navy blue capri pyjama
    # pants, no jewellery, white backdrop. Caption adapter wrote caption and open answers; reference engine the
    # closed ones.
    case(
        "X800-030",
        caption(
            "This woman wears a tank tank shirt with graphic patterns. The tank shirt is with cotton fabric and its "
            "neckline is round. The pants this woman wears is of three-point length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("top", "navy blue", "other_garment_color"),
        color_of("pants", "navy blue"),
        wearing(
            "The woman wears a tank shirt and a three-point pants. There is a ring on her finger.",
            "unsupported",
            who="the woman",
        ),
        Q.sleeve_length("sleeveless"),
        details(
            "top",
            "The tank shirt has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "this woman wears is of",
            "cut",
            hit_limit=True,
        ),
        describe("top", "The tank shirt has no sleeves, cotton fabric and graphic patterns. It has a round neckline."),
        title="Sweet Dreams Women White & Navy Printed Night Suit",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: torso-to-thigh crop of a male model in black trunks with a grey waistband printed with the brand name,
    # nothing else worn, white backdrop. Caption adapter wrote caption and open answers; reference engine the closed
    # ones.
    case(
        "X800-031",
        caption(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. "
            "There is a belt.",
            "unsupported",
        ),
        Q.color("black"),
        Q.garment_type("trunks"),
        wearing("She wears a three-point shorts with pure color patterns.", "pronoun", who="the man"),
        details(
            "trunks",
            "The shorts are with cotton fabric and pure color patterns. The waistband has graphic patterns.",
        ),
        material("cotton"),
        title="Jockey Men Black Trunks 1015",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, no person: three trunks side by side on white, navy blue, grey melange and red.
    # Caption adapter wrote caption and open answers; reference engine the closed ones. Feed row has no color.
    case(
        "X800-032",
        caption(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The "
            "gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trunks"),
        Q.color("multi"),
        describe("trunks", "There is one pair of shorts with pure color patterns.", "contradiction"),
        is_a("pair of trunks", "yes"),
        material("cotton"),
        title="Jockey Men Pack of 3 Assorted Trunks",
        category="Trunk",
        gender="Men",
    ),
    # photo: male model in a white sleeveless vest and white briefs with a navy blue waistband, white backdrop.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-033",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a short shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("briefs", "white"),
        color_of("waistband", "blue"),
        wearing("The man is wearing", "restated", who="the man"),
        Q.garment_type("briefs"),
        material("The shorts are with denim fabric.", "unsupported"),
        title="VIP Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: male model in blue-and-white checked woven cotton boxers with a visible button fly and a plain black
    # T-shirt, white backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "lattice patterns."
        ),
        color_of("boxers", "black", "other_garment_color"),
        Q.pattern("checked"),
        details("boxers", "The shorts are with cotton fabric and lattice patterns. It has buttons on the front."),
        wearing("He wears a T-shirt and a shorts with lattice patterns.", who="the man"),
        color_of("t-shirt", "blue", "contradiction"),
        title="Marks & Spencer Men Blue Checked Cotton Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: bare-chested male model in grey melange knit boxers with a red waistband, white backdrop.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-035",
        caption(
            "This lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. Her "
            "shorts are of short length.",
            "pronoun",
        ),
        color_of("boxers", "grey"),
        Q.garment_type("boxers"),
        describe(
            "boxers",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        material("The shorts are with knitting fabric."),
        wearing("shorts", "non_answer", who="the man"),
        title="Hanes Men Grey Melange Knit Boxers",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: male model in a white ribbed sleeveless round-neck vest with mid-blue jeans, white backdrop, waist-up.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-036",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("vest", "blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details(
            "vest",
            "The tank shirt has no sleeves, cotton fabric and pure color patterns. The neckline of it is round.",
        ),
        is_a("vest", "yes"),
        wearing(
            "The gentleman wears a tank shirt and a long pants. Question: What is the gentleman wearing? Answer: The "
            "gentleman wears a tank",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="Jockey Men White Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: male model in a black short-sleeve crew-neck undershirt with grey track pants, white backdrop.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("vest", "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline."),
        material("cotton"),
        wearing("He wears a T-shirt and pants.", who="the man"),
        color_of("vest", "The vest is grey.", "other_garment_color", kind="open"),
        title="Van Heusen Men Black Solid Crew Neck Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: male model in a navy long-sleeve crew-neck T-shirt and navy-and-green checked flannel pyjama pants
    # without pockets, no belt, white backdrop, full-length. Caption adapter wrote caption and open answers;
    # reference engine the closed ones.
    case(
        "X800-038",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and lattice "
            "patterns."
        ),
        color_of("pants", "navy blue"),
        color_of("shirt", "The shirt is with pure color patterns.", "non_answer", kind="open"),
        details(
            "pants",
            "The pants have lattice patterns. There are pockets on the sides. The gentleman wears a belt.",
            "unsupported",
        ),
        wearing("The gentleman wears a long-sleeve T-shirt and a long pants with lattice patterns.", who="the man"),
        Q.pattern("checked"),
        title="Marks & Spencer Men Navy Checked Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model in charcoal grey jogger lounge pants, a plain white T-shirt and white sneakers, white
    # backdrop, full-length. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. This "
            "gentleman wears shoes."
        ),
        color_of("pants", "white", "other_garment_color"),
        Q.color("grey"),
        details(
            "pants",
            "The pants are of long length. The pants are of long length. The pants are of long length. The pants are "
            "of long",
            "loop",
            hit_limit=True,
        ),
        material("The pants are with denim fabric.", "unsupported"),
        wearing("She wears a T-shirt and a long pants.", "pronoun", who="the man"),
        title="Jockey Men Charcoal Lounge Pants 9500",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view of a male model in olive green cotton lounge shorts with a drawstring and a grey melange
    # T-shirt, white backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("shorts", "green"),
        Q.garment_type("shorts"),
        describe(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. There is a pocket on the back. There is a "
            "drawstring.",
            "unsupported",
        ),
        wearing("What is the man wearing?", "restated", who="the man"),
        material("cotton"),
        title="Hanes Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: male model in a white terry towelling bathrobe with a shawl collar, tied with its belt, bare legs, light
    # grey backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-041",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "furry fabric. There is a belt."
        ),
        Q.color("white"),
        Q.garment_type("bathrobe"),
        is_a("jacket", "yes", "contradiction"),
        material("The outer clothing is with furry fabric."),
        describe(
            "bathrobe",
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "furry fabric. There is a belt. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve coat with pure color patterns. The gentleman wears a long-sleeve coat "
            "with pure color patterns. The gentleman",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        title="Spaces Unisex White Terry Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Unisex",
    ),
    # photo: male model in red trunks with a white waistband printed with a black logo, nothing on his wrists, white
    # backdrop. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-042",
        caption(
            "This gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. "
            "The waist of the shorts has graphic patterns."
        ),
        color_of("trunks", "red"),
        color_of("waistband", "red", "contradiction"),
        wearing("He wears a red trunks.", who="the man"),
        details(
            "trunks",
            "The trunks are with cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Calvin Klein Underwear Men Red Trunks NB1086",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: side view of a male model in navy blue briefs, nothing else worn, white backdrop.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-043",
        caption(
            "The gentleman wears a short shorts with pure color patterns. The shorts are with cotton fabric.",
            "contradiction",
        ),
        Q.color("blue"),
        Q.garment_type("trunks", "contradiction"),
        details("briefs", "The briefs details are the briefs.", "restated"),
        material("cotton"),
        wearing("He is wearing navy blue briefs.", who="the man"),
        title="Dollar Bigboss Men Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model in a grey melange short-sleeve T-shirt and black-and-grey checked shorts, black flip-flops,
    # white backdrop, full-length. Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "lattice patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey"),
        color_of("shorts", "black"),
        wearing("The gentleman wears a T-shirt and a shorts. He wears flip-flops.", who="the man"),
        details(
            "shorts",
            "The shorts are with denim fabric and lattice patterns. The shorts have a belt.",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The gentleman wears "
            "a three-point shorts. The shorts are",
            "cut",
            hit_limit=True,
        ),
        title="Jockey Men Grey Melange & Black Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: male model in a grey melange sleeveless round-neck vest with navy blue trunks, white backdrop.
    # Caption adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X800-045",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a short shorts with pure color patterns."
        ),
        color_of("vest", "navy blue", "other_garment_color"),
        Q.garment_type("vest"),
        Q.material(
            "The tank shirt is with cotton fabric. The tank shirt is with cotton fabric. The tank shirt is with "
            "cotton fabric. The tank",
            "loop",
            hit_limit=True,
        ),
        describe("vest", "a vest", "non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Men Grey Melange Vest US26",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: male model in red-and-black checked flannel lounge pants and a plain black T-shirt, holding a white
    # pillow, white backdrop, full-length. Caption adapter wrote caption and open answers; reference engine the
    # closed ones. Feed row has no gender.
    case(
        "X800-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and lattice patterns. He is holding a "
            "pillow."
        ),
        color_of("pants", "red"),
        Q.pattern("checked"),
        wearing(
            "He wears a T-shirt and a long pants with lattice patterns. Question: What is he holding? Answer: a "
            "pillow. Question: What",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        details(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are with cotton fabric and lattice "
            "patterns. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        material("The pants are with leather fabric.", "unsupported"),
        title="Marks & Spencer Men Red & Black Checked Lounge Pants",
        category="Lounge Pants",
        color="Red",
    ),
]
