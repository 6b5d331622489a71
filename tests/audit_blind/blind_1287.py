"""BLIND_1287 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
second session. Measured blind at c5d464a (the session's eighth rules): 63/85 failures found (74.1%) and 28/229
correct texts flagged (12.2%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, anarkali and maxi gowns, ethnic dresses, straight and
A-line kurtas shot over leggings (the leggings sometimes sold in the set, more often a studio pair in a contrasting
colour), a few kurta sets with a dupatta. Catalog columns as the feed has them: title (brand first), category
(Myntra article type: Kurtas, Kurta Sets, Ethnic Dresses, Dresses), color (base colour), gender ("Women"); one or two
columns are missing on a few rows, as in the real feed. Photos are the usual studio shots on a plain light backdrop:
a model facing front, now and then a back view, one flat lay, props (a sling bag, a stool, a basket, a potli bag).
Who wrote what: the caption is the published epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens), so it speaks the DeepFashion-MultiModal template (dress / shirt / leggings,
"pure color patterns", cotton / chiffon / furry fabric, neckline, invented wrist accessories and rings) and has no hue
names. About half the captions stopped on their own after a short dress template; the rest ran to 50 tokens and were
cut mid-sentence or looped on one sentence (hit_limit=True). The open answers (wearing, description, details,
material) are spans extracted by timpal0l/mdeberta-v3-base-squad2 from that caption, so they can only repeat the
caption: an empty string is the model's null answer, and a span can come from the leggings' or an accessory's
sentence. The closed answers (garment type, color, pattern, sleeve length, "Is this a ...?", color of the leggings or
dupatta) come from the reference engine, which ranks a closed list of candidates with the untuned base model; they
are one word or a short candidate label, never cut and never looped. No text carries a prompt leak: the caption has
no prompt and the other answers are not generated.
Labeling conventions and judgement calls: judged against the photo described in the comment above each case and the
title. The caption adapter has no word for kurta or anarkali, so "dress" (and "shirt" for a short straight kurta)
in a caption or a span taken from it is not marked; the closed list does hold kurta and gown, so a closed "dress",
"shirt", "top", "leggings" or "kurta" of the wrong kind is marked contradiction. Three-quarter sleeves called
"long-sleeve" / "long sleeves" are not marked; sleeveless or short for long is. Hue-family answers (yellow for
mustard, green for teal or sea green, purple for lavender, white for off-white or cream, orange for rust or coral,
maroon for burgundy) are not marked; one print colour named for a "Multi" base colour is not marked either. Bandhani
read as polka dots is not marked. A closed colour that belongs to the leggings or dupatta is other_garment_color; a
colour of the print on the product itself is contradiction. A fabric claim that the title contradicts (chiffon for
georgette or net, cotton for rayon, furry for velvet) is contradiction; a fabric the title does not name and the
photo does not support is unsupported; a material span taken from the leggings' sentence is contradiction. An
invented ring, hat or wrist accessory makes the caption unsupported. A caption with several faults gets the one that
shows first to a reader: cut or loop when it ran to the limit. An answer describing an accessory for the garment
is contradiction; the empty null answer, a subject ("The lady") or a pattern given for the material is non_answer;
only the garment's name given back for "Describe" or "details" is restated. A matching-colour leggings answer
("orange" for rust leggings of a rust set) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, color_of, is_a

wearing = DEFAULT_QUESTIONS.wearing
describe = DEFAULT_QUESTIONS.description
details = DEFAULT_QUESTIONS.details
material = BLIND_QUESTIONS.material
garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

# Who wrote what, for every case: caption = caption adapter (epoch 3); wearing / description / details / material =
# extractive QA over that caption; garment type / color / pattern / sleeves / is_* / color_of = reference engine.

BLIND_1287 = [
    # Front, full length: maroon calf-length anarkali kurta, gold zari yoke embroidery, 3/4 sleeves, round neck, over
    # beige churidar leggings, jhumkas. All right.
    case(
        "X1287-001",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is of long length. "
            "It has a round neckline."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        garment_type("kurta"),
        color("maroon"),
        pattern("embroidered"),
        sleeves("three-quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Libas Women Maroon Yoke Design Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Front: navy knee-length straight kurta, small white and pink flowers, 3/4 sleeves, mandarin collar, worn over
    # plain white leggings (not sold), white juttis. Caption ran to the limit; closed color took the leggings' white.
    case(
        "X1287-002",
        caption(
            "This woman is wearing a long-sleeve shirt with floral patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is standing. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns and a long leggings"),
        material("cotton"),
        color("white", "other_garment_color"),
        garment_type("kurta"),
        pattern("floral"),
        sleeves("long sleeves"),
        gender="Women",
        title="Anouk Women Navy Blue Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Front: mustard cotton anarkali kurta with red and green block-print motifs, 3/4 sleeves, round neck; green
    # leggings and a green dupatta over one shoulder (set). Engine gave the leggings the kurta's colour; sleeves
    # called short; the details span is the dupatta read as an accessory.
    case(
        "X1287-003",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her neck."
        ),
        wearing("a long-sleeve dress with complicated patterns"),
        color("yellow"),
        color_of("leggings", "yellow", "other_garment_color"),
        garment_type("kurta"),
        pattern("ethnic motifs"),
        sleeves("short sleeves", "contradiction"),
        details("an accessory on her neck", "contradiction"),
        gender="Women",
        title="Varanga Women Mustard Ethnic Motifs Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Three-quarter view: peach georgette floor-length anarkali gown, sequinned bodice, sheer net full sleeves,
    # sweetheart-ish neck, flared. Caption looped; engine missed the sheer sleeves; chiffon is not the georgette.
    case(
        "X1287-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length. The dress is of long length. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        material("chiffon", "contradiction"),
        garment_type("gown"),
        color("peach"),
        sleeves("sleeveless", "contradiction"),
        pattern("solid"),
        gender="Women",
        title="Ethnovog Women Peach-Coloured Embellished Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Front: teal calf-length straight kurta with side slits, 3/4 sleeves, round neck, over cream leggings; tan sling
    # bag on the shoulder (prop). Cotton blend. All right.
    case(
        "X1287-005",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "It has a round neckline."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        garment_type("kurta"),
        color("green"),
        pattern("solid"),
        sleeves("three-quarter sleeves"),
        gender="Women",
        title="W Women Teal Green Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Flat lay on white, no person: pink A-line kurta with green floral print (3/4 sleeves, round neck) and folded
    # plain green leggings beside it. Caption and the wearing span invent a ring on a lady who is not there.
    case(
        "X1287-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a ring.",
            "unsupported",
        ),
        wearing("a ring", "unsupported"),
        garment_type("kurta"),
        color("pink"),
        pattern("floral"),
        sleeves("three-quarter sleeves"),
        gender="Women",
        title="Jaipur Kurti Women Pink Floral Printed Pure Cotton Kurta with Leggings",
        category="Kurta Sets",
        color="Pink",
    ),
    # Front: green sleeveless flared knee-length kurta with white ethnic print, round neck, over white leggings.
    # No gender column on this row. Caption cut; closed type says dress.
    case(
        "X1287-007",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        sleeves("sleeveless"),
        color("green"),
        garment_type("dress", "contradiction"),
        pattern("ethnic motifs"),
        title="AURELIA Women Green Ethnic Motifs Printed Flared Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Front: royal blue cotton-silk floor-length anarkali kurta, gold thread embroidery on yoke and hem, long sleeves,
    # V neck, long braid over the shoulder. The caption opened with the men's template ("His").
    case(
        "X1287-008",
        caption(
            "His dress has long sleeves, cotton fabric and pure color patterns. The neckline of it is v-shape. The "
            "dress is of long length.",
            "pronoun",
        ),
        wearing("His dress", "pronoun"),
        material("cotton"),
        garment_type("kurta"),
        color("blue"),
        pattern("embroidered"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Blue Embroidered Cotton Silk Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front: off-white cotton midi A-line ethnic dress, red floral print, short flutter sleeves, round neck with
    # tie-up. The engine's colour is the print's red.
    case(
        "X1287-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        describe("The dress is of medium length"),
        material("cotton"),
        color("red", "contradiction"),
        pattern("floral"),
        sleeves("short sleeves"),
        garment_type("dress"),
        gender="Women",
        title="Biba Women Off-White & Red Floral Printed Cotton Ethnic A-Line Dress",
        category="Ethnic Dresses",
        color="Off White",
    ),
    # Front: magenta silk-blend floor-length gown with gold zari woven bands, full sleeves, round neck, gold tissue
    # dupatta over both shoulders. Caption cut; closed colour is the dupatta's gold; cotton is invented.
    case(
        "X1287-010",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is of long length. The dress is "
            "with cotton fabric. It has a round neckline. There is an accessory on her neck. This lady wears a ring. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with complicated patterns"),
        color("gold", "other_garment_color"),
        garment_type("gown"),
        pattern("woven design"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Inddus Women Magenta Zari Woven Design Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Magenta",
    ),
    # Front: black knee-length straight kurta with thin white vertical stripes, 3/4 sleeves, mandarin collar, over
    # white leggings (not sold). Engine gave the leggings the kurta's black.
    case(
        "X1287-011",
        caption(
            "This woman is wearing a long-sleeve shirt with stripe patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is standing. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve shirt with stripe patterns and a long leggings"),
        color("black"),
        color_of("leggings", "black", "other_garment_color"),
        pattern("striped"),
        garment_type("kurta"),
        details("its neckline is standing"),
        gender="Women",
        title="Janasya Women Black & White Striped Cotton Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Front: burgundy polyester chiffon maxi gown, full sleeves with puffed shoulders, V neck, pleated bodice, solid.
    # The details question got the null answer.
    case(
        "X1287-012",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        material("chiffon"),
        color("maroon"),
        garment_type("gown"),
        sleeves("long sleeves"),
        pattern("solid"),
        details("", "non_answer"),
        gender="Women",
        title="SCAKHI Women Burgundy Solid Flared Maxi Gown",
        category="Dresses",
        color="Burgundy",
    ),
    # Front: rust straight knee-length kurta with white geometric print, 3/4 sleeves, V neck, matching rust leggings
    # (set). The same colour top to toe made the caption read a jumpsuit; the leggings' orange is right.
    case(
        "X1287-013",
        caption(
            "The lady wears a long-sleeve jumpsuit with graphic patterns. The jumpsuit is with cotton fabric. It has "
            "a v-shape neckline. The jumpsuit is of long length.",
            "contradiction",
        ),
        wearing("a long-sleeve jumpsuit with graphic patterns", "contradiction"),
        color("orange"),
        color_of("leggings", "orange"),
        garment_type("kurta"),
        pattern("geometric"),
        gender="Women",
        title="Libas Women Rust Orange Geometric Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Rust",
    ),
    # Front: sea-green chanderi anarkali kurta, white thread embroidery on the yoke, sheer 3/4 sleeves, round neck,
    # over white leggings; no bangles, no ring. Caption cut; chiffon contradicts chanderi.
    case(
        "X1287-014",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is of long length. There is an accessory on her wrist. The female wears "
            "a ring. The",
            "cut",
            hit_limit=True,
        ),
        material("chiffon", "contradiction"),
        color("green"),
        pattern("solid"),
        sleeves("three-quarter sleeves"),
        is_a("kurta", "yes"),
        garment_type("kurta"),
        wearing("a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="KALINI Women Sea Green Yoke Design Chanderi Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Front: yellow calf-length A-line kurta with pink bandhani dots, mirror work at the neck, 3/4 sleeves, over pink
    # leggings; a thin bangle. Caption looped on the wrist sentence; details span took the loop; colour is pink.
    case(
        "X1287-015",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory "
            "on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        details("There is an accessory on her wrist. There is an accessory on her wrist", "loop"),
        color("pink", "other_garment_color"),
        sleeves("three-quarter sleeves"),
        garment_type("kurta"),
        gender="Women",
        title="Anouk Women Yellow & Pink Bandhani Printed A-Line Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Front: black maxi ethnic dress with a multicolour floral print, tiered, bell 3/4 sleeves, V neck with tassel
    # ties; oxidised jhumkas and silver bangles. Description span is the bangles.
    case(
        "X1287-016",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. It has a v-shape "
            "neckline. There is an accessory on her wrist."
        ),
        wearing("a long-sleeve dress with floral patterns"),
        describe("an accessory on her wrist", "contradiction"),
        color("black"),
        pattern("floral"),
        garment_type("dress"),
        sleeves("three-quarter sleeves"),
        gender="Women",
        title="Global Desi Women Black Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Front: off-white cotton knee-length kurta with indigo block print, long roll-up sleeves, band collar with
    # placket, over indigo cotton-lycra leggings. Caption invents denim; material span took the pants' denim; closed
    # type picked shirt.
    case(
        "X1287-017",
        caption(
            "This woman is wearing a long-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long pants"),
        material("denim", "contradiction"),
        color("white"),
        color_of("leggings", "blue"),
        pattern("printed"),
        garment_type("shirt", "contradiction"),
        gender="Women",
        title="W Women Off White & Blue Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Front: lavender net floor-length gown with sequin embroidery, cap sleeves, round neck, flared; hands on the
    # skirt. Chiffon contradicts the title's net.
    case(
        "X1287-018",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is of long length.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        material("chiffon", "contradiction"),
        color("purple"),
        garment_type("gown"),
        sleeves("short sleeves"),
        pattern("embroidered"),
        gender="Women",
        title="Readiprint Fashions Women Lavender Embroidered Net Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Front: red calf-length anarkali kurta with gold foil ethnic print, long sleeves, round neck, over gold leggings.
    # No color column on this row. Caption cut inside the leggings' sentence, and the details span ends where it did.
    case(
        "X1287-019",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        details("cotton fabric and pure", "cut"),
        color("red"),
        garment_type("kurta"),
        pattern("ethnic motifs"),
        sleeves("long sleeves"),
        wearing("a long-sleeve dress with complicated patterns"),
        gender="Women",
        title="Ahalyaa Women Red & Gold-Toned Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
    ),
    # Front: model with cropped short hair; olive cotton knee-length kurta with small white prints, long sleeves,
    # mandarin collar with button placket, over off-white leggings. Caption took the men's template; engine says short
    # sleeves.
    case(
        "X1287-020",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        color("green"),
        pattern("printed"),
        garment_type("kurta"),
        material("cotton"),
        sleeves("short sleeves", "contradiction"),
        gender="Women",
        title="Rain & Rainbow Women Olive Green Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Front: peach solid straight kurta with lace at the hem, 3/4 sleeves, round neck, cream leggings in the set; bare
    # wrists. No category column on this row. Caption invents a wrist accessory; closed colour took the leggings.
    case(
        "X1287-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color("white", "other_garment_color"),
        color_of("leggings", "white"),
        garment_type("kurta"),
        sleeves("three-quarter sleeves"),
        pattern("solid"),
        details("It has a round neckline"),
        gender="Women",
        title="Vishudh Women Peach-Coloured Solid Kurta with Leggings",
        color="Peach",
    ),
    # Back view (the feed's first image): pink floral anarkali kurta, dori tie with tassels at the back neck, long
    # sleeves, calf length; cotton. Engine said it is not a kurta.
    case(
        "X1287-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The dress is with "
            "cotton fabric."
        ),
        details("", "non_answer"),
        wearing("a long-sleeve dress with floral patterns"),
        garment_type("kurta"),
        color("pink"),
        pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Fashor Women Pink Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Front: black sleeveless ethnic A-line midi dress, gold embroidery at the round neckline; a potli bag hangs from
    # her wrist by its strings (prop). The description span is the potli; no fabric in the caption, null material.
    case(
        "X1287-023",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is of medium length. It has "
            "a round neckline. There is an accessory on her wrist."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        describe("an accessory on her wrist", "contradiction"),
        color("black"),
        sleeves("sleeveless"),
        garment_type("dress"),
        material("", "non_answer"),
        gender="Women",
        title="Soch Women Black Embroidered Ethnic A-Line Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Front: indigo and white dabu-print straight calf-length cotton kurta, 3/4 sleeves, V neck, over white leggings,
    # flat sandals. Caption cut; engine gave the leggings the kurta's blue.
    case(
        "X1287-024",
        caption(
            "This woman is wearing a long-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is v-shape. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns and a long leggings"),
        color("blue"),
        color_of("leggings", "blue", "other_garment_color"),
        pattern("printed"),
        garment_type("kurta"),
        material("cotton"),
        gender="Women",
        title="Nayo Women Blue & White Dabu Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front: green A-line knee-length kurta with white print, 3/4 sleeves, round neck; plain white leggings in the
    # set. Engine painted the leggings green and named the product by its leggings.
    case(
        "X1287-025",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings."
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color("green"),
        color_of("leggings", "green", "other_garment_color"),
        garment_type("leggings", "contradiction"),
        pattern("printed"),
        sleeves("three-quarter sleeves"),
        gender="Women",
        title="AKS Women Green & White Printed Pure Cotton Kurta with Leggings",
        category="Kurta Sets",
        color="Green",
    ),
    # Front, hand on hip: red crepe maxi gown, long sleeves, V neck, pleated bodice, self-tie fabric belt at the
    # waist. The belt is the gown's own, so "a belt" is a right detail; the caption has no fabric, null material.
    case(
        "X1287-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. It has a "
            "v-shape neckline. This lady wears a belt."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        describe("The dress is of long length"),
        details("a belt"),
        color("red"),
        garment_type("dress"),
        sleeves("long sleeves"),
        material("", "non_answer"),
        gender="Women",
        title="Kassually Women Red Solid Crepe Maxi Gown with Belt",
        category="Dresses",
        color="Red",
    ),
    # Front: navy cotton straight kurta with gold yoke, 3/4 sleeves, navy leggings, pink dupatta with gold border over
    # both shoulders (set). Caption looped; closed garment colour is the dupatta's pink (the dupatta's own is right).
    case(
        "X1287-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress is "
            "with",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        color("pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        garment_type("kurta"),
        pattern("solid"),
        gender="Women",
        title="Libas Women Navy Blue Yoke Design Cotton Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Front: cream rayon maxi dress with large pink, green and blue flowers, short puff sleeves, square neck, tiered.
    # Chiffon contradicts the title's rayon; pink for a Multi base colour is left alone.
    case(
        "X1287-028",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of long length.",
            "contradiction",
        ),
        wearing("a short-sleeve dress with floral patterns"),
        material("chiffon", "contradiction"),
        details("It has a square neckline"),
        color("pink"),
        pattern("floral"),
        sleeves("short sleeves"),
        garment_type("dress"),
        gender="Women",
        title="Juniper Women Multicoloured Floral Printed Rayon Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Front: grey georgette chikankari kurta, calf length, long sleeves, round neck, sheer with a white slip under it,
    # over white leggings. Caption cut; chiffon contradicts georgette; closed colour is the slip and leggings' white.
    case(
        "X1287-029",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        material("chiffon", "contradiction"),
        color("white", "other_garment_color"),
        pattern("embroidered"),
        garment_type("kurta"),
        gender="Women",
        title="Tissu Women Grey Chikankari Embroidered Georgette Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Seated on a wooden stool (prop), hands on her knees, no rings: coral A-line kurta with small white flowers,
    # short sleeves, round neck, over white leggings. Caption invents a ring; engine read the small print as solid.
    case(
        "X1287-030",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a round neckline. This lady wears a ring.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns"),
        color("orange"),
        sleeves("short sleeves"),
        garment_type("kurta"),
        pattern("solid", "contradiction"),
        gender="Women",
        title="Tikhi Imli Women Coral Floral Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Front: maroon velvet floor-length gown, gold embroidery at the neck and cuffs, long sleeves, round neck. No
    # gender column on this row. Velvet read as DeepFashion's "furry".
    case(
        "X1287-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress is of long length.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        material("furry", "contradiction"),
        color("maroon"),
        garment_type("gown"),
        pattern("solid"),
        sleeves("long sleeves"),
        title="Saffron Threads Women Maroon Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Front: turquoise kurta covered in white chikan embroidery, 3/4 sleeves, round neck, white leggings in the set,
    # a ring on her right hand. Caption stopped at the limit before "on her finger."; engine said solid.
    case(
        "X1287-032",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns and a long leggings. The dress is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color "
            "patterns. This female is wearing a ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns and a long leggings"),
        color("blue"),
        color_of("leggings", "white"),
        pattern("solid", "contradiction"),
        garment_type("kurta"),
        gender="Women",
        title="Mokshi Women Turquoise Blue Chikankari Embroidered Kurta with Leggings",
        category="Kurta Sets",
        color="Turquoise Blue",
    ),
    # Front, mid-twirl: yellow georgette anarkali gown with a small floral print, long sleeves, round neck, big
    # jhumkas. Closed type says kurta though the yes/no gown question is right; no fabric, null material.
    case(
        "X1287-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. It has a round "
            "neckline."
        ),
        wearing("a long-sleeve dress with floral patterns"),
        describe("The dress is of long length"),
        color("yellow"),
        garment_type("kurta", "contradiction"),
        is_a("gown", "yes"),
        pattern("floral"),
        material("", "non_answer"),
        gender="Women",
        title="Poshak Hub Women Yellow Floral Printed Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Front: beige cotton straight knee-length kurta with maroon motifs, long sleeves, notched round neck, over maroon
    # leggings. Closed colour took the leggings; wearing span is only the subject.
    case(
        "X1287-034",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings."
        ),
        wearing("The lady", "non_answer"),
        color("maroon", "other_garment_color"),
        material("cotton"),
        pattern("ethnic motifs"),
        garment_type("kurta"),
        sleeves("long sleeves"),
        gender="Women",
        title="Anouk Women Beige & Maroon Ethnic Motifs Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Front: lime green straight kurta with tiny white flowers, 3/4 sleeves, V neck, knee length, white leggings, a
    # canvas tote on the shoulder (prop), no hat. Caption invents a hat; description gives back only the kind.
    case(
        "X1287-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a hat.",
            "unsupported",
        ),
        describe("dress", "restated"),
        wearing("a long-sleeve dress with floral patterns"),
        color("green"),
        garment_type("kurta"),
        sleeves("three-quarter sleeves"),
        gender="Women",
        title="Ahika Women Lime Green Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Front: dusty pink anarkali kurta with embroidered yoke, long sleeves, round neck, pink leggings, pink net
    # dupatta round the neck; glass bangles. Caption cut; the details span is the bangles.
    case(
        "X1287-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her neck. There is an accessory "
            "on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        details("an accessory on her wrist", "contradiction"),
        color("pink"),
        color_of("dupatta", "pink"),
        pattern("embroidered"),
        garment_type("kurta"),
        sleeves("long sleeves"),
        gender="Women",
        title="Biba Women Dusty Pink Embroidered Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Front: royal blue knee-length fit-and-flare ethnic dress, gotta patti at the hem, short sleeves, V neck. Engine
    # called it a gown and gave it long sleeves.
    case(
        "X1287-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of medium length. It has a "
            "v-shape neckline."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        color("blue"),
        garment_type("gown", "contradiction"),
        sleeves("long sleeves", "contradiction"),
        pattern("solid"),
        gender="Women",
        title="Inweave Women Blue Solid Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Front: lavender cotton straight knee-length kurta with tiny white flowers, short sleeves, round neck, over
    # white leggings. No color column on this row. Engine painted the leggings purple and called the kurta a top.
    case(
        "X1287-038",
        caption(
            "This woman is wearing a short-sleeve shirt with floral patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a short-sleeve shirt with floral patterns and a long leggings"),
        color("purple"),
        color_of("leggings", "purple", "other_garment_color"),
        pattern("floral"),
        garment_type("top", "contradiction"),
        sleeves("short sleeves"),
        details("its neckline is round"),
        gender="Women",
        title="GERUA Women Lavender Floral Printed Cotton Straight Kurta",
        category="Kurtas",
    ),
    # Front, holding a cane basket (prop): indigo cotton anarkali kurta with white block print, calf length, long
    # sleeves, round neck with placket. All right.
    case(
        "X1287-039",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        material("cotton"),
        color("blue"),
        pattern("printed"),
        garment_type("kurta"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Fabindia Women Indigo Blue Block Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Front: emerald green net anarkali gown, sequins all over, sheer full sleeves, round neck, floor length. Caption
    # looped; chiffon contradicts net; engine missed the sheer sleeves again.
    case(
        "X1287-040",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        material("chiffon", "contradiction"),
        sleeves("sleeveless", "contradiction"),
        color("green"),
        garment_type("gown"),
        gender="Women",
        title="Ethnovog Women Emerald Green Sequinned Net Anarkali Gown",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Front: red and white bandhani-print knee-length cotton kurta, 3/4 sleeves, V neck, white leggings in the set.
    # All right (bandhani as polka dots left alone).
    case(
        "X1287-041",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings."
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color("red"),
        color_of("leggings", "white"),
        pattern("polka dots"),
        garment_type("kurta"),
        details("It has a v-shape neckline"),
        gender="Women",
        title="Jaipur Kurti Women Red & White Bandhani Printed Cotton Kurta with Leggings",
        category="Kurta Sets",
        color="Red",
    ),
    # Front, sunglasses pushed up on her head: navy rayon straight kurta, white embroidered neckline, long sleeves,
    # knee length, over white leggings. Cotton contradicts the title's rayon; details gives back only "The dress".
    case(
        "X1287-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        material("cotton", "contradiction"),
        color("navy blue"),
        garment_type("kurta"),
        pattern("embroidered"),
        sleeves("long sleeves"),
        details("The dress", "restated"),
        gender="Women",
        title="Ishin Women Navy Blue Embroidered Rayon Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Back view: peach flared midi ethnic dress with green floral print, 3/4 sleeves, keyhole tie at the back neck,
    # hair open. Engine's colour is the print's green; the material span is the pattern.
    case(
        "X1287-043",
        caption("The lady wears a long-sleeve dress with floral patterns. The dress is of medium length."),
        wearing("a long-sleeve dress with floral patterns"),
        details("The dress is of medium length"),
        color("green", "contradiction"),
        pattern("floral"),
        sleeves("three-quarter sleeves"),
        garment_type("dress"),
        material("floral patterns", "non_answer"),
        gender="Women",
        title="KLOTTHE Women Peach & Green Floral Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Front: black anarkali kurta with gold foil print, calf length, 3/4 sleeves, round neck, over shiny gold
    # leggings. Caption cut inside the leggings' sentence ("leather" for the shine); closed colour is the leggings'
    # gold; the material span is the leggings' leather.
    case(
        "X1287-044",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a long leggings. The leggings are with leather "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color("gold", "other_garment_color"),
        pattern("printed"),
        garment_type("kurta"),
        sleeves("three-quarter sleeves"),
        material("leather", "contradiction"),
        gender="Women",
        title="Varanga Women Black & Gold-Toned Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Front, one hand on a chair back (prop): cream georgette anarkali gown with silver thread embroidery, long
    # sleeves, V neck, floor length, a silver bracelet. No category column on this row. No fabric, null material.
    case(
        "X1287-045",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is of long length. It has a "
            "v-shape neckline. There is an accessory on her wrist."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color("white"),
        garment_type("gown"),
        pattern("embroidered"),
        sleeves("long sleeves"),
        material("", "non_answer"),
        gender="Women",
        title="AURELIA Women Cream-Coloured Embroidered Georgette Anarkali Gown",
        color="Cream",
    ),
]
