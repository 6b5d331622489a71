"""BLIND_1263 (45 products; Myntra women's ethnic wear): written blind in the sixty-second session. Measured blind at
4bcfbdd (the session's sixth rules): 60/78 failures found (76.9%) and 16/194 correct texts flagged (8.2%). The
writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: anarkali kurtas, straight and A-line kurtas worn over leggings or
churidars, kurta sets with dupattas, anarkali gowns and ethnic maxi dresses. Mostly a model on a plain studio
backdrop, front view; now and then a back view, a flat lay, a model holding a potli bag or a dupatta. Columns as the
feed has them: title, category (Myntra's article type: Kurtas, Kurta Sets, Ethnic Dresses, Dresses), color (base
colour), gender; a few rows lack one of them.
Who wrote what: the caption is the experiments' caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). It writes the DeepFashion-MultiModal template (patterns, no hue names,
fabrics from its small set: cotton, chiffon, denim, furry, knitted, other) and, never having learnt to stop, almost
always runs to the 50-token limit: it is cut mid-sentence, or it repeats a sentence, or it pads the end with
template accessory sentences (wrist, ring, neckwear) that the photo may not bear out. The open answers (what is she
wearing, describe, details, material, and two open color questions) are extractive QA spans
(mdeberta-v3-base-squad2) taken from that caption, so they can only repeat what the caption says; an empty string is
the QA model's no-answer. The closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") are
the reference engine ranking a closed candidate list; they never loop or get cut, but they pick the leggings', the
dupatta's or the print's color, or the wrong kind.
Labeling conventions and judgement calls: the caption adapter has no word for kurta, so "shirt", "blouse" or "dress"
for a kurta in the caption and in spans copied from it is accepted as the template's nearest word; "T-shirt" and
"tank top" are not (contradiction). "Dress" for an anarkali kurta or a gown is accepted everywhere; the closed
engine, which has "kurta" in its list, is held to the title (top, shirt, skirt, jacket for a kurta or a gown are
contradictions). Near shades count as right (maroon/burgundy, teal/green, mustard/yellow, rust/orange, magenta/pink,
lavender/purple, olive/green); a color that belongs to the leggings or the dupatta is other_garment_color; a print's
color on a mostly plain garment is contradiction. "Chiffon" for georgette is accepted; "chiffon" for net, "cotton"
for silk or chanderi, "furry" for velvet are unsupported (the title names the fabric). "Pure color" or "other fabric"
as an answer says nothing and is non_answer; a span that only gives the garment back is restated. Template accessory
sentences are checked against the photo: bangles on the wrist are there on most models, rings and necklaces often are
not; an invented one is unsupported. A text with two faults gets one label: a wrong garment kind or a wrong pronoun
wins over the cut or the repetition, a cut wins over a harmless template phrase. hit_limit marks every caption that
ran the 50 tokens out, including the few that happen to stop on a full stop and are right. No prompt leak appears:
the caption prompt is empty and the answers are spans, so there is no "Question:" for the system to echo.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

gt = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pat = BLIND_QUESTIONS.pattern
slv = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_1263 = [
    # Photo: maroon floral georgette anarkali kurta, three-quarter sleeves, round neck, white churidar below, plain grey
    # backdrop. Caption: adapter, cut at 50 tokens. Open: QA spans. Closed: reference engine.
    case(
        "X1263-001",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        gt("kurta"),
        col("maroon"),
        pat("floral"),
        slv("three-quarter sleeves"),
        mat("chiffon fabric"),
        gender="Women",
        title="Women Maroon Floral Printed Georgette Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: navy blue straight cotton kurta, white thread embroidery on the yoke, V-neck, three-quarter sleeves, white
    # leggings. Caption: adapter, cut. Closed color: engine took the white of the leggings and the yoke.
    case(
        "X1263-002",
        caption(
            "The woman is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a V-shape neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The woman",
            "cut",
            hit_limit=True,
        ),
        gt("kurta"),
        col("white", "other_garment_color"),
        pat("embroidered"),
        details("kurta", "It has a V-shape neckline"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Navy Blue Embroidered Yoke Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard floor-length anarkali gown with gold foil ethnic motifs, sheer full sleeves, round neck, model
    # front on white. Caption: adapter, repeats its fabric and neckline sentences to the limit.
    case(
        "X1263-003",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is with chiffon fabric. It has a round neckline. The dress is with chiffon "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        gt("gown"),
        col("mustard"),
        pat("ethnic motifs"),
        is_a("gown", "yes"),
        mat("chiffon fabric"),
        gender="Women",
        title="Women Mustard Yellow Ethnic Motifs Foil Printed Maxi Anarkali Gown",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Photo: pink straight pure cotton kurta with small white flowers, short sleeves, round neck, white leggings.
    # Caption: adapter called the kurta a T-shirt (and ran to the limit); the wearing span copies it.
    case(
        "X1263-004",
        caption(
            "The lady is wearing a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns", "contradiction"),
        gt("kurta"),
        col("pink"),
        pat("floral"),
        slv("short sleeves"),
        gender="Women",
        title="Women Pink & White Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: teal A-line kurta with gotta patti border, three-quarter sleeves, matching teal trousers, teal dupatta over
    # one shoulder. Caption: adapter, "other fabric", cut. Material span: "other fabric" says nothing.
    case(
        "X1263-005",
        caption(
            "The female is wearing a medium-sleeve dress with pure color patterns. The dress is with other fabric. It "
            "has a round neckline. The female wears a long pants. The pants are with other fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        gt("kurta"),
        col("green"),
        pat("solid"),
        mat("other fabric", "non_answer"),
        gender="Women",
        title="Women Teal Gotta Patti Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: black georgette anarkali ethnic dress, red and gold floral embroidered yoke, full sleeves, V-neck; the
    # model holds a red potli bag, no bangles, no ring, no belt. Caption: adapter padded the end with accessories.
    case(
        "X1263-006",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is a belt. She wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "unsupported"),
        gt("dress"),
        col("black"),
        pat("embroidered"),
        slv("long sleeves"),
        gender="Women",
        title="Women Black Embroidered Georgette Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: off-white chikankari straight cotton kurta, tone-on-tone embroidery all over, three-quarter sleeves, beige
    # leggings. Caption: adapter, cut. Closed pattern "solid" against a visibly embroidered kurta.
    case(
        "X1263-007",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "medium-sleeve shirt with pure color patterns"),
        gt("kurta"),
        col("white"),
        pat("solid", "contradiction"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Off White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: lavender sequinned net maxi gown, sleeveless, V-neck; a second shot from the back. Caption: adapter, loop.
    # Material span "chiffon" against a net gown.
    case(
        "X1263-008",
        caption(
            "The woman is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. The dress is with chiffon fabric. It has a V-shape neckline. The dress is with "
            "chiffon fabric.",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        slv("sleeveless"),
        col("purple"),
        pat("embellished"),
        is_a("gown", "yes"),
        mat("chiffon fabric", "unsupported"),
        gender="Women",
        title="Lavender Embellished Net Maxi Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Photo: red bandhani printed anarkali kurta, three-quarter sleeves, gold leggings, gold bangles on both wrists.
    # Caption: adapter wrote "his wrist" for the woman.
    case(
        "X1263-009",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on his wrist. The lady wears a ring. There is an accessory on "
            "his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        gt("kurta"),
        col("red"),
        pat("printed"),
        slv("three-quarter sleeves"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Red Bandhani Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: flat lay on white: yellow kurta with white floral print, long sleeves, folded white leggings and a white
    # dupatta; no person. Caption: adapter still puts a lady in it and an accessory on her.
    case(
        "X1263-010",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        gt("kurta"),
        col("yellow"),
        pat("floral"),
        slv("long sleeves"),
        gender="Women",
        title="Women Yellow & White Floral Printed Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: peach georgette anarkali kurta, sleeveless, gota yoke, peach churidar, peach dupatta. Caption: adapter
    # called it a tank top; the wearing span copies it.
    case(
        "X1263-011",
        caption(
            "The female is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon "
            "fabric. It has a round neckline. The female wears a long pants. The pants are with chiffon fabric and "
            "pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        gt("kurta"),
        col("peach"),
        slv("sleeveless"),
        pat("solid"),
        gender="Women",
        title="Women Peach Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: indigo blue dabu printed straight cotton kurta, three-quarter sleeves, white leggings. Caption: adapter,
    # cut. All answers right.
    case(
        "X1263-012",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        col("blue"),
        color_of("leggings", "white"),
        pat("printed"),
        details("kurta", "graphic patterns"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Blue & White Dabu Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black straight kurta with small white polka dots, short sleeves, black leggings. Caption: adapter, cut.
    # Closed type "top" for a knee-length kurta.
    case(
        "X1263-013",
        caption(
            "The woman is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns"),
        gt("top", "contradiction"),
        col("black"),
        color_of("leggings", "black"),
        pat("printed"),
        slv("short sleeves"),
        gender="Women",
        title="Women Black Polka Dot Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: back view only: olive green A-line kurta (neck embroidery is on the front, not seen), long sleeves, cream
    # churidar. Caption: adapter, cut.
    case(
        "X1263-014",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The person",
            "cut",
            hit_limit=True,
        ),
        gt("kurta"),
        col("green"),
        slv("long sleeves"),
        is_a("kurta", "yes"),
        DEFAULT_QUESTIONS.details("It has a round neckline"),
        gender="Women",
        title="Women Olive Green Embroidered A-Line Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: magenta silk blend anarkali gown with a woven zari border, full sleeves, matching dupatta, a few bangles.
    # Caption: adapter loops on the wrist sentence. Material span "cotton" against silk blend.
    case(
        "X1263-015",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her wrist.",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        gt("gown"),
        col("pink"),
        pat("self design"),
        mat("cotton fabric", "unsupported"),
        gender="Women",
        title="Magenta Woven Design Silk Blend Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Magenta",
    ),
    # Photo: white straight kurta with blue floral print, three-quarter sleeves, V-neck, plain blue leggings. Caption:
    # adapter, cut. Closed color took the leggings' blue.
    case(
        "X1263-016",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        gt("kurta"),
        col("blue", "other_garment_color"),
        color_of("leggings", "blue"),
        pat("floral"),
        gender="Women",
        title="Women White & Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: rust cotton kurta with black ethnic print, sleeveless, round neck, black leggings. Caption: adapter called
    # it a tank top; the describe span copies it.
    case(
        "X1263-017",
        caption(
            "The woman is wearing a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The woman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        describe("kurta", "sleeveless tank top with graphic patterns", "contradiction"),
        gt("kurta"),
        col("orange"),
        slv("sleeveless"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Rust Ethnic Motifs Printed Pure Cotton Sleeveless Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: navy georgette anarkali kurta with gold print, full sleeves, V-neck, navy churidar, gold-toned dupatta.
    # Caption: adapter, cut. Answers right.
    case(
        "X1263-018",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        gt("kurta"),
        col("navy blue"),
        pat("printed"),
        slv("long sleeves"),
        mat("chiffon fabric"),
        gender="Women",
        title="Women Navy Blue Printed Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: green bandhani (tie-dye dots) straight kurta, three-quarter sleeves, white leggings, jhumkas. No gender
    # column in this row. Caption: adapter, cut ("lattice" for the dots). Closed pattern "checked" is wrong.
    case(
        "X1263-019",
        caption(
            "The lady is wearing a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        gt("kurta"),
        col("green"),
        pat("checked", "contradiction"),
        slv("three-quarter sleeves"),
        title="Women Green Bandhani Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: maroon velvet anarkali gown, long sleeves, gold embroidered yoke, one ring, no bracelet. Caption: adapter,
    # "furry" fabric and a ring sentence repeated to the limit.
    case(
        "X1263-020",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a ring. The "
            "lady wears a ring.",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        gt("gown"),
        col("maroon"),
        pat("embroidered"),
        mat("furry fabric", "unsupported"),
        gender="Women",
        title="Women Maroon Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # Photo: sea green A-line kurta with small floral print, mandarin collar, three-quarter sleeves, white leggings.
    # Caption: adapter, cut ("standing neckline" is right). Answers right.
    case(
        "X1263-021",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "It has a standing neckline"),
        gt("kurta"),
        col("green"),
        pat("floral"),
        slv("three-quarter sleeves"),
        gender="Women",
        title="Women Sea Green Floral Printed Mandarin Collar A-Line Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: burgundy tiered cotton maxi ethnic dress with floral print, short flutter sleeves, V-neck. Caption: adapter
    # split the one-piece dress into a dress and a long skirt; the engine answered "skirt".
    case(
        "X1263-022",
        caption(
            "The woman is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. The woman wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        gt("skirt", "contradiction"),
        col("maroon"),
        slv("short sleeves"),
        pat("floral"),
        gender="Women",
        title="Women Burgundy Floral Printed Tiered Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: powder blue straight kurta with pink floral embroidery, three-quarter sleeves, pink leggings. Caption:
    # adapter, cut. Closed color took the leggings' pink.
    case(
        "X1263-023",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        gt("kurta"),
        col("pink", "other_garment_color"),
        color_of("leggings", "pink"),
        pat("embroidered"),
        gender="Women",
        title="Women Powder Blue Floral Embroidered Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black flared anarkali kurta with gold ethnic motifs, three-quarter sleeves, black leggings, model holds a
    # dupatta. Caption: adapter made her "the gentleman". Closed answers right.
    case(
        "X1263-024",
        caption(
            "The gentleman is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        gt("kurta"),
        col("black"),
        pat("ethnic motifs"),
        slv("three-quarter sleeves"),
        gender="Women",
        title="Women Black Ethnic Motifs Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: yellow floral georgette flared maxi ethnic dress, sheer long sleeves, V-neck; bangles and a ring, jhumkas,
    # no necklace. Caption: adapter invented neckwear at the end.
    case(
        "X1263-025",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory on "
            "her neck. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        col("yellow"),
        pat("floral"),
        slv("long sleeves"),
        mat("chiffon fabric"),
        gender="Women",
        title="Women Yellow Floral Printed Georgette Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: charcoal grey straight kurta with white pinstripes and a shirt collar, long sleeves, white leggings.
    # Caption: adapter, cut ("lapel" for the shirt collar is fair). Closed type "shirt" against the title.
    case(
        "X1263-026",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        gt("shirt", "contradiction"),
        col("grey"),
        pat("striped"),
        details("kurta", "It has a lapel neckline"),
        gender="Women",
        title="Women Charcoal Grey Striped Shirt Collar Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: purple anarkali kurta, sheer long sleeves, mirror work yoke, purple leggings, front and back shots. No
    # color column in this row. Caption: adapter, cut. Describe span empty (QA's no-answer: "kurta" is not in it).
    case(
        "X1263-027",
        caption(
            "The woman is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The woman wears a long leggings. The leggings are with chiffon fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "", "non_answer"),
        gt("kurta"),
        col("purple"),
        pat("solid"),
        is_a("kurta", "yes"),
        mat("chiffon fabric"),
        gender="Women",
        title="Women Purple Mirror Work Anarkali Kurta",
        category="Kurtas",
    ),
    # Photo: cream cotton straight kurta with red floral print, short sleeves, red leggings. Caption: adapter, cut.
    # Wearing span picked the leggings sentence; closed color took the leggings' red.
    case(
        "X1263-028",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long leggings", "contradiction"),
        gt("kurta"),
        col("red", "other_garment_color"),
        color_of("leggings", "red"),
        pat("floral"),
        gender="Women",
        title="Women Cream & Red Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: teal anarkali kurta with floral print, three-quarter sleeves, V-neck, teal trousers and dupatta. No gender
    # column. Caption: adapter, cut. Answers right.
    case(
        "X1263-029",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gt("kurta"),
        col("teal"),
        pat("floral"),
        slv("three-quarter sleeves"),
        mat("cotton fabric"),
        title="Women Teal Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: back view of a pink solid maxi gown, long sleeves, keyhole back with a tie-up; hands at her sides, no
    # jewellery in sight. Caption: adapter guessed a V-neck it cannot see and added wrist and ring.
    case(
        "X1263-030",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory "
            "on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        DEFAULT_QUESTIONS.details("It has a V-shape neckline", "unsupported"),
        gt("gown"),
        col("pink"),
        slv("long sleeves"),
        gender="Women",
        title="Women Pink Solid Maxi Gown with Back Tie-Up Detail",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: mustard solid cotton straight kurta, short sleeves, round neck, white leggings. Caption: adapter loops on
    # fabric and neckline; the details span runs across the loop.
    case(
        "X1263-031",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The shirt is with cotton fabric. It has a round neckline. The shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "round neckline. The shirt is with cotton fabric. It has a round neckline", "loop"),
        gt("kurta"),
        col("yellow"),
        pat("solid"),
        slv("short sleeves"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Mustard Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: red embroidered net anarkali gown with dupatta, full sleeves; bridal styling: bangles, rings, a necklace.
    # Caption: adapter, accessories all true, cut at the limit. Material span "chiffon" against net.
    case(
        "X1263-032",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring. She wears neckwear. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gt("gown"),
        col("red"),
        pat("embroidered"),
        is_a("gown", "yes"),
        mat("chiffon fabric", "unsupported"),
        gender="Women",
        title="Women Red Embroidered Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: black straight kurta with white geometric print, three-quarter sleeves, white leggings. Caption: adapter,
    # cut. The leggings' details span only says they are long leggings.
    case(
        "X1263-033",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        details("leggings", "a long leggings", "restated"),
        gt("kurta"),
        col("black"),
        color_of("leggings", "white"),
        pat("geometric"),
        gender="Women",
        title="Women Black & White Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: pink solid anarkali kurta, long sleeves, round neck, pink churidar, model mid-twirl. Caption: adapter ran
    # the 50 tokens out but the limit fell on a full stop; right. Closed sleeves wrong.
    case(
        "X1263-034",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        gt("kurta"),
        col("pink"),
        slv("three-quarter sleeves", "contradiction"),
        pat("solid"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Pink Solid Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: green floral printed kurta, long sleeves, V-neck, green leggings, bright pink dupatta across the body.
    # Caption: adapter, cut. Closed color took the dupatta's pink.
    case(
        "X1263-035",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        gt("kurta"),
        col("pink", "other_garment_color"),
        slv("long sleeves"),
        pat("floral"),
        gender="Women",
        title="Women Green Floral Printed Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: off-white sleeveless maxi ethnic dress with gold foil print, V-neck, bangles on one wrist. Caption: adapter
    # loops on the wrist sentence. Closed color gave the print's gold as yellow.
    case(
        "X1263-036",
        caption(
            "The female is wearing a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        col("yellow", "contradiction"),
        gt("dress"),
        slv("sleeveless"),
        pat("printed"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Off White & Gold-Toned Foil Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Off White",
    ),
    # Photo: coral solid pure cotton straight kurta, short sleeves, white leggings, a thin bracelet. Caption: the
    # adapter's men's template ("His shirt", "the gentleman").
    case(
        "X1263-037",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "gentleman wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        describe("kurta", "short sleeves, cotton fabric and pure color patterns"),
        gt("kurta"),
        col("pink"),
        slv("short sleeves"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Coral Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Photo: mint green net anarkali gown scattered with sequins, sheer long sleeves, V-neck, bangles, no ring; a velvet
    # chair as prop. Caption: adapter loops on the ring. Closed pattern and yes/no wrong.
    case(
        "X1263-038",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a "
            "ring. The lady wears",
            "loop",
            hit_limit=True,
        ),
        col("green"),
        gt("dress"),
        pat("solid", "contradiction"),
        slv("long sleeves"),
        is_a("gown", "no", "contradiction"),
        gender="Women",
        title="Women Mint Green Embellished Net Anarkali Maxi Gown",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: blue solid sleeveless kurta under a floral printed ethnic jacket with three-quarter sleeves, white
    # leggings. Caption: adapter, right, the limit fell on a full stop. Closed type and pattern went to the jacket.
    case(
        "X1263-039",
        caption(
            "The lady is wearing a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. This lady also wears an outer clothing, with cotton fabric and floral patterns. The "
            "lady wears a long leggings.",
            hit_limit=True,
        ),
        wearing("a sleeveless shirt with pure color patterns"),
        gt("jacket", "contradiction"),
        col("blue"),
        pat("floral", "contradiction"),
        gender="Women",
        title="Women Blue Solid Kurta with Floral Printed Ethnic Jacket",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: maroon kurta with gold embroidered yoke, long sleeves, V-neck, matching maroon leggings (one color for both
    # is right here). Caption: adapter, cut.
    case(
        "X1263-040",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gt("kurta"),
        col("maroon"),
        color_of("leggings", "maroon"),
        pat("solid"),
        slv("long sleeves"),
        mat("cotton fabric"),
        gender="Women",
        title="Women Maroon Yoke Design Kurta with Leggings",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: orange to pink ombre georgette anarkali ethnic dress, three-quarter sleeves, bangles and a ring. Caption:
    # adapter, accessories true, cut. Closed color "pink": half the dress is pink, taken as right.
    case(
        "X1263-041",
        caption(
            "The lady is wearing a medium-sleeve dress with color block patterns. The dress is with chiffon fabric. "
            "It has a round neckline. There is an accessory on her wrist. The lady wears a ring. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with color block patterns"),
        col("pink"),
        pat("colourblocked"),
        gt("dress"),
        mat("chiffon fabric"),
        gender="Women",
        title="Women Orange & Pink Ombre Dyed Georgette Anarkali Ethnic Dress",
        category="Ethnic Dresses",
        color="Orange",
    ),
    # Photo: white straight kurta with black block print, long sleeves, black leggings. Caption: adapter, cut. Both
    # closed kurta colors took the leggings' black.
    case(
        "X1263-042",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        col("black", "other_garment_color"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("leggings", "black"),
        gt("kurta"),
        slv("long sleeves"),
        gender="Women",
        title="Women White & Black Printed Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: dusty pink chanderi silk straight kurta with a gotta border, three-quarter sleeves, white leggings, model
    # holds a potli bag. Caption: adapter, cut. Material span "cotton" against chanderi silk.
    case(
        "X1263-043",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        mat("cotton fabric", "unsupported"),
        col("pink"),
        gt("kurta"),
        slv("three-quarter sleeves"),
        pat("solid"),
        gender="Women",
        title="Women Dusty Pink Gotta Patti Chanderi Silk Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: bright yellow solid anarkali kurta, three-quarter sleeves, white churidar. Caption: adapter, cut. The open
    # color question was answered from the caption, which has no hue.
    case(
        "X1263-044",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        col("yellow"),
        gt("kurta"),
        pat("solid"),
        gender="Women",
        title="Women Yellow Solid Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: back view of a black sequinned maxi gown, sheer long sleeves. No gender column. Caption: adapter loops. The
    # open color question got the pattern words back.
    case(
        "X1263-045",
        caption(
            "The person is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is with chiffon fabric. It has a round neckline. The dress is with "
            "chiffon fabric. It",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "pure color patterns", "non_answer", kind="open"),
        col("black"),
        gt("gown"),
        slv("long sleeves"),
        title="Black Embellished Maxi Gown",
        category="Dresses",
        color="Black",
    ),
]
