"""BLIND_1477 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions + VQA piece colors): written blind in the
sixty-fifth session. Measured blind at af418ff (the session's third rules): 74/85 failures found (87.1%) and 7/152
correct texts flagged (4.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of sarees and lehenga cholis (articleType "Sarees" or "Lehenga Choli"; two "Girls" lehengas).
The photos are the catalog's usual shots: a model on a plain or pastel backdrop wearing the product with its blouse
and jewellery, now and then a back view, a flat lay of the folded saree or the spread lehenga, a prop (potli bag,
clutch, jhola, stool, flower wall, marigold garlands, a curtain). Each product was captioned, then each piece it
comes in (saree + blouse; blouse + skirt + dupatta for a lehenga choli) was asked its color, and most products got
one or two more questions (what is the person wearing, is this a saree/lehenga, pattern, sleeve length, material,
the garment's color).
Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch):
DeepFashion-MultiModal templates, no hue names, fabrics only from its set (cotton, chiffon, furry, other...), and no
word for saree, lehenga or dupatta. It has no end-of-caption token, so many captions run to the 50-token limit and
are cut mid-sentence or fall into repeating one sentence. Every answer comes from the VQA adapter (Data3_V3_BLIP2_VQA),
free generation, greedy, 30 new tokens: mostly short hue words, but some never stop (loops, run-on answers cut at
the limit, the "Question: ... Answer:" format coming back), and it often gives one piece's color to another piece.
The piece colors are stored open (free generation); is_a, pattern, sleeve length and the garment's color are the
closed questions, raw text kept.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near shades count as right: maroon/wine -> red or maroon, off white/cream -> white, mustard -> yellow, magenta/
rani -> pink, teal/sea green/mint -> green or blue, lavender -> purple, peach -> pink or peach, coral -> orange or pink,
rust -> orange. A hue that is plainly another (navy -> black, olive -> brown, black sequins -> silver) is a
contradiction; a piece given the color of another piece of the same outfit is other_garment_color; a color taken
from the backdrop is a contradiction. The caption template's "shirt"/"tank top" for the blouse and "long skirt" for a
lehenga or for a saree's lower drape are its vocabulary and count as right; "dress" for a saree or a lehenga (caption
or wearing answer) is a contradiction. "The lady" for a little girl is not a pronoun error; "The man" for a woman is.
An incomplete but true answer ("a skirt" for a lehenga set) is right. Fabric claims in captions are only marked
when the title contradicts them (cotton for silk, furry for velvet); an invented hat, ring or wearer's accessory is
unsupported. A caption that is cut mid-sentence is marked cut even when what it says before the cut is right; a
caption that repeats a sentence until the limit is loop. One caption (X1477-045) ran to the limit and happened to
end on a full stop: hit_limit is set, and it is left unmarked because every claim in it is true and complete. An
empty answer or a color question answered with the question's words is non_answer or restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
garment_color = BLIND_QUESTIONS.color


def col(garment, text, failure=None, hit_limit=False):
    """A piece's color, asked of the VQA adapter and stored as free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1477 = [
    # Photo: model in a pink Banarasi silk saree, gold zari border and gold woven buttis all over, pallu on the left
    # shoulder, matching pink blouse with elbow sleeves, gold jhumkas and bangles, grey backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. It has a round neckline. The lady wears "
            "a long skirt with other patterns. There is an accessory on her wrist."
        ),
        col("saree", "pink"),
        col("blouse", "pink"),
        wearing("a saree"),
        is_a("saree", "yes"),
        pattern("solid", "contradiction"),  # the title and the photo: woven zari motifs all over
        gender="Women",
        title="Mitera Pink & Gold-Toned Woven Design Zari Banarasi Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: navy blue georgette saree with a small white-and-pink floral print, navy short-sleeve blouse, model with a
    # hand on her hip, white backdrop, bangles.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("saree", "black", "contradiction"),  # navy, the seller says Navy Blue
        col("blouse", "navy blue"),
        wearing("a saree"),
        pattern("floral"),
        gender="Women",
        title="Saree mall Navy Blue Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model in a maroon velvet lehenga with gold zari embroidery, maroon elbow-sleeve blouse, gold-beige net
    # dupatta over one shoulder, maang tikka and choker, beige backdrop. No hat.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-003",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and graphic patterns. This lady wears a hat.",
            "unsupported",  # a maang tikka, no hat
        ),
        col("blouse", "maroon"),
        col("skirt", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),  # the dupatta is gold-beige
        wearing("a skirt and a blouse"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="KALINI Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: mustard cotton lehenga with a green block-printed border, green sleeveless blouse, mustard dupatta with a
    # green print held open across both arms, white backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "green"),
        col(
            "skirt",
            "mustard yellow with a green border at the bottom of the skirt and a green border at the bottom of the "
            "skirt and a green border at the",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "green", "other_garment_color"),  # mustard with a green print; green is the blouse
        sleeve_length("sleeveless"),
        gender="Women",
        title="Anouk Mustard Yellow & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: back view: model turned away in a red georgette saree with a sequinned border, pallu pinned, red
    # sleeveless blouse with a tie-up dori and tassels at the back, white backdrop.
    # Caption: epoch-1 caption adapter (repeats until the limit); answers: VQA adapter.
    case(
        "X1477-005",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "person wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The person wears a "
            "long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        col("saree", "red"),
        col("blouse", "red"),
        wearing("a red dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Sangria Red Solid Ready to Wear Saree with Sequinned Border",
        category="Sarees",
        color="Red",
    ),
    # Photo: teal art silk Kanjeevaram saree with a contrast magenta zari border, magenta short-sleeve blouse, temple
    # jewellery, grey backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. It has a round neckline. The lady wears a "
            "long skirt. The skirt is with cotton fabric and color block patterns. There is an accessory on her neck.",
            "unsupported",  # art silk, not cotton
        ),
        col("saree", "green"),
        col("blouse", "green", "other_garment_color"),  # magenta blouse
        wearing("saree"),
        pattern("solid"),
        gender="Women",
        title="Mimosa Teal Green Kanjeevaram Art Silk Saree with Zari Border",
        category="Sarees",
        color="Teal",
    ),
    # Photo: a girl of about six in a pink net lehenga, gold embroidered cap-sleeve blouse, pink dupatta around her
    # shoulders with a gold border, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-007",
        caption(
            "The female wears a short-sleeve shirt with graphic patterns. The female wears a long skirt. The skirt is "
            "with chiffon fabric and pure color patterns."
        ),
        col("blouse", "gold"),
        col("skirt", "pink"),
        col(
            "dupatta",
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold "
            "and pink and gold and pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Tikhi Imli Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: off-white saree with red bandhani dots and a red border, red three-quarter-sleeve blouse, bangles, model
    # holding a red potli bag (prop), white backdrop. No ring visible.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-008",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and other patterns. There is an accessory on her "
            "wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        col(
            "saree",
            "white with red polka dots and a red border and a red blouse with a red border and a red blouse with a red "
            "border and",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "red"),
        wearing("a white and red saree"),
        pattern("polka dot"),
        gender="Women",
        title="Ishin Off White & Red Bandhani Printed Saree",
        category="Sarees",
        color="Off White",
    ),
    # Photo: flat lay, no person: a folded purple silk-blend saree with silver zari, the pallu fanned out, the purple
    # blouse piece folded on top, white surface.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-009",
        caption(
            "The lady wears a long dress with other patterns. The dress is with other fabric. There is an accessory on "
            "her wrist.",
            "unsupported",  # no one in the photo, no wrist, no accessory
        ),
        col("saree", "purple"),
        col("blouse", "purple"),
        wearing("a dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Kasee Purple & Silver-Toned Woven Design Silk Blend Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: rust orange silk lehenga with beige thread embroidery and a wide embroidered hem, rust embroidered blouse
    # with short sleeves and a v neck, beige net dupatta over the head as a veil, bangles.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-010",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and floral patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "orange"),
        col(
            "skirt",
            "orange with beige embroidery all over the skirt and the hem of the skirt has a wide border of beige and "
            "gold embroidery with small",
            "cut",
            hit_limit=True,
        ),
        col("dupatta", "beige"),
        garment_color("orange"),
        gender="Women",
        title="Warthy Ent Rust & Beige Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Rust",
    ),
    # Photo: black chiffon saree with a gold foil floral print, black sleeveless blouse, big gold earrings, white
    # backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and floral patterns."
        ),
        col("saree", "black"),
        col(
            "blouse",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a black saree with gold flowers on it and a black sleeveless blouse and she is wearing a "
            "black saree with gold flowers",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        gender="Women",
        title="Satrani Black & Gold-Toned Floral Printed Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: model twirling in a lime green georgette lehenga with sequin embroidery, pink short-sleeve blouse, pink
    # dupatta with a sequinned border; her hands are lost in the skirt's folds, no ring visible; white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-012",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The lady wears a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. There is a ring on her finger.",
            "unsupported",
        ),
        col("blouse", "pink"),
        col("skirt", "green"),
        col("dupatta", "green", "other_garment_color"),  # pink dupatta
        wearing("a green skirt and pink blouse"),
        gender="Women",
        title="Zeel Clothing Lime Green & Pink Embroidered Sequinned Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: magenta poly georgette saree, plain, magenta short-sleeve blouse, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long dress. The dress is "
            "with chiffon fabric and pure color patterns.",
            "contradiction",  # a saree, not a dress
        ),
        col("saree", "pink"),
        col(
            "blouse",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink saree"),
        is_a("saree", "yes"),
        pattern("solid"),
        gender="Women",
        title="Saree mall Magenta Solid Poly Georgette Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: cream silk lehenga with gold embroidery, cream sleeveless blouse, a contrast red dupatta with a gold
    # border draped across the body, bangles, white backdrop.
    # Caption: epoch-1 caption adapter (repeats until the limit); answers: VQA adapter.
    case(
        "X1477-014",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and graphic patterns. The lady wears a long skirt. The skirt is with other fabric and "
            "graphic patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "white"),
        col("skirt", "white"),
        col("dupatta", "red"),
        wearing("a red skirt", "other_garment_color"),  # the skirt is cream; red is the dupatta
        is_a("lehenga", "yes"),
        gender="Women",
        title="Chhabra 555 Cream-Coloured & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # Photo: yellow Paithani saree with a green peacock-motif zari pallu and border, green elbow-sleeve blouse,
    # bangles, nath, beige backdrop.
    # Caption: epoch-1 caption adapter (repeats until the limit); answers: VQA adapter.
    case(
        "X1477-015",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and graphic patterns. There is an accessory on her "
            "wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        col("saree", "yellow"),
        col("blouse", "yellow", "other_garment_color"),  # green blouse
        wearing("a yellow saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Yellow & Green Zari Woven Design Paithani Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Photo: peach net saree with stone embellishments, peach sleeveless blouse with a v neck, pastel backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-016",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The female wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The neckline of it is",
            "cut",
            hit_limit=True,
        ),
        col("saree", "pink"),
        col(
            "blouse",
            "pink Question: What is the color of the blouse? Answer: pink Question: What is the color of the blouse? "
            "Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink saree"),
        pattern("plain"),
        sleeve_length("sleeveless"),
        gender="Women",
        title="Inddus Peach-Coloured Embellished Net Saree",
        category="Sarees",
        color="Peach",
    ),
    # Photo: navy cotton lehenga with a pink floral print, pink puff-sleeve blouse with a v neck, navy dupatta with a
    # pink border held in one hand, bangles, white backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There "
            "is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "pink"),
        col("skirt", "blue"),
        col("dupatta", "blue"),
        garment_color(
            "blue Question: What is the color of the skirt? Answer: blue Question: What is the color of the dupatta? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a skirt"),
        gender="Women",
        title="Varanga Navy Blue & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: black net saree covered in black sequins that catch the light, black sleeveless blouse, grey backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and pure color patterns."
        ),
        col("saree", "silver", "contradiction"),  # black sequins on black net
        col(
            "blouse",
            "black with silver sequins black with silver sequins black with silver sequins black with silver sequins "
            "black with silver sequins black with",
            "loop",
            hit_limit=True,
        ),
        wearing("a black saree"),
        is_a("saree", "yes"),
        pattern("solid"),
        gender="Women",
        title="KALINI Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: bridal red lehenga with heavy gold zardozi, red elbow-sleeve blouse, red net dupatta with a gold border
    # over the head, heavy jewellery, rings and bangles, a maroon curtain behind (prop).
    # Caption: epoch-1 caption adapter (repeats until the limit); answers: VQA adapter.
    case(
        "X1477-019",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and graphic patterns. There is an accessory on her wrist. The lady wears a ring. There "
            "is an accessory on her wrist. The lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "red"),
        col("skirt", "red and gold"),
        col("dupatta", "red"),
        wearing("a red and gold lehenga"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SHUBHKALA Red & Gold-Toned Bridal Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: bottle green pure silk Kanjeevaram saree with a maroon zari border and maroon pallu, maroon elbow-sleeve
    # blouse, temple necklace, bangles, jasmine in the hair.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-020",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. It has a round neckline. The lady wears a "
            "long skirt. The skirt is with other fabric and color block patterns. There is an accessory on her wrist. "
            "There is an accessory on her neck. The lady",
            "cut",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "red"),
        wearing("a green and red saree"),
        material("cotton", "unsupported"),  # the title says pure silk
        pattern("solid"),
        gender="Women",
        title="Pothys Green & Maroon Kanjeevaram Pure Silk Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: sea green lehenga with mirror work, sea green sleeveless blouse, white dupatta with a mirror-work border,
    # white backdrop.
    # Caption: epoch-1 caption adapter (repeats until the limit); answers: VQA adapter.
    case(
        "X1477-021",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric. The tank "
            "top is with other fabric. The tank top is with other fabric. The tank top is with other fabric. The tank "
            "top is with other",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "green"),
        col("skirt", "green"),
        col("dupatta", "dupatta", "restated"),
        sleeve_length("short", "contradiction"),  # sleeveless, as the caption says
        title="Avanshee Sea Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: orange silk-blend saree with gold ethnic-motif print, contrast gold brocade short-sleeve blouse, bangles,
    # white backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-022",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. The lady wears "
            "a long skirt. The skirt is with cotton fabric and graphic patterns. There is an accessory on her wrist. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        col("saree", "orange"),
        col("blouse", "gold"),
        wearing("orange", "non_answer"),  # a color, no garment
        pattern("printed"),
        gender="Women",
        title="Saree mall Orange & Gold-Toned Ethnic Motifs Printed Silk Blend Saree",
        category="Sarees",
        color="Orange",
    ),
    # Photo: lavender organza saree, sheer and plain, lavender sleeveless blouse, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and pure color patterns."
        ),
        col("saree", "purple"),
        col("blouse", "the blouse", "restated"),
        wearing("a purple saree"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kvsfab Lavender Solid Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # Photo: indigo cotton lehenga with a white block print, white short-sleeve blouse, indigo dupatta over one
    # shoulder, bangles, white backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There "
            "is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "blue", "other_garment_color"),  # white blouse
        col("skirt", "blue"),
        col("dupatta", "blue"),
        wearing("a blue skirt and a white shirt"),
        gender="Women",
        title="Anouk Blue & White Block Print Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model in three-quarter view, long hair, maroon silk-blend saree with a gold zari woven border, maroon
    # elbow-sleeve blouse, studio grey backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-025",
        caption(
            "The man wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. The man "
            "wears a long skirt. The skirt is with other fabric and graphic patterns.",
            "pronoun",
        ),
        col("saree", "red"),
        col(
            "blouse",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        wearing("a red saree"),
        pattern("woven"),
        gender="Women",
        title="Sangria Maroon Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: mint green lehenga with silver embroidery, mint sleeveless blouse, mint net dupatta, model standing in
    # front of a wall of pink paper flowers (prop), holding a silver clutch, bangles.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-026",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "green"),
        col("skirt", "pink", "contradiction"),  # the pink is the flower wall behind her
        col(
            "dupatta",
            "green with silver embroidery on the border and the dupatta is made of net fabric with silver embroidery "
            "all over the",
            "cut",
            hit_limit=True,
        ),
        wearing("a lehenga"),
        gender="Women",
        title="Ethnovog Mint Green & Silver Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
    ),
    # Photo: grey mul cotton saree with a thin red border, black sleeveless blouse, model holding a cotton jhola bag
    # (prop), white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        col("saree", "grey"),
        col("blouse", "grey", "other_garment_color"),  # black blouse
        wearing("a grey saree and a black blouse"),
        material("cotton"),
        gender="Women",
        title="Suta Grey Solid Handloom Cotton Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: mustard silk saree with a red zari border, red short-sleeve blouse, gold jewellery, beige backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and color block patterns."
        ),
        col(
            "saree",
            "yellow with a red border and gold zari work on the pallu and the border of the saree is red with gold "
            "zari work on the",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "red"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Silk Land Mustard & Red Woven Design Zari Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: a little girl in an orange printed cotton lehenga, green short-sleeve blouse, orange dupatta with green
    # gota trim, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and floral patterns."
        ),
        col("blouse", "orange", "other_garment_color"),  # green blouse
        col("skirt", "orange"),
        col("dupatta", "orange"),
        wearing("a skirt"),
        gender="Girls",
        title="Bitiya by Bhama Girls Orange & Green Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: baby pink net saree with silver sequins, contrast silver sequinned sleeveless blouse, bangles, a ring,
    # a necklace, white backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-030",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The female wears a long skirt. The skirt "
            "is with chiffon fabric and pure color patterns. There is an accessory on her wrist. The female wears a "
            "ring. There is an accessory on her neck. The female",
            "cut",
            hit_limit=True,
        ),
        col("saree", "pink"),
        col("blouse", "pink", "other_garment_color"),  # silver blouse
        wearing("a pink saree"),
        sleeve_length("sleeveless"),
        gender="Women",
        title="KALINI Pink Embellished Sequinned Net Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: navy velvet lehenga with gold sequins, navy elbow-sleeve velvet blouse, navy net dupatta, dark grey
    # backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-031",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lady wears a long skirt. The skirt is "
            "with furry fabric and graphic patterns.",
            "unsupported",  # velvet, not fur
        ),
        col("blouse", "blue"),
        col("skirt", "black", "contradiction"),  # navy; the seller and the other answers say blue
        col("dupatta", "blue"),
        wearing("a blue lehenga"),
        gender="Women",
        title="Warthy Ent Navy Blue & Gold Sequinned Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: flat lay, no person: a peach embroidered lehenga skirt spread out on the floor, the peach blouse fabric
    # folded beside it, an off-white net dupatta folded on top.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-032",
        caption("The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns."),
        col("blouse", "peach"),
        col("skirt", "peach"),
        col("dupatta", "peach", "other_garment_color"),  # off-white dupatta
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Fabcartz Peach & Gold Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: turquoise chiffon saree with a pink and yellow floral print, turquoise short-sleeve blouse, white
    # backdrop.
    # Caption: epoch-1 caption adapter (repeats until the limit); answers: VQA adapter.
    case(
        "X1477-033",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and floral "
            "patterns. The skirt is with chiffon fabric and floral patterns. The skirt is with chiffon fabric and "
            "floral patterns. The skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "blue"),
        wearing(
            "a blue saree with a pink and yellow floral print and a blue blouse with a pink and yellow floral print "
            "and a blue blouse with a",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        gender="Women",
        title="Saree mall Turquoise Blue Floral Printed Saree",
        color="Turquoise Blue",
    ),
    # Photo: wine velvet lehenga with gold embroidery, wine elbow-sleeve blouse, contrast pink dupatta, bangles, white
    # backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-034",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There "
            "is an accessory on her wrist. The lady is",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "maroon"),
        col("skirt", "maroon"),
        col("dupatta", "the dupatta is a dupatta", "restated"),
        wearing("a maroon lehenga with a pink dupatta"),
        gender="Women",
        title="Inddus Wine Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Photo: rani pink art silk saree with a gold zari border, matching pink short-sleeve blouse, hands folded in a
    # namaste, bangles, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and pure color patterns. There is an accessory on her wrist."
        ),
        col("saree", "pink"),
        col("blouse", "", "non_answer"),
        wearing("a pink saree"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Mimosa Rani Pink Art Silk Saree with Zari Border",
        category="Sarees",
        color="Pink",
    ),
    # Photo: yellow gota patti lehenga, yellow sleeveless blouse, orange-and-pink leheriya dupatta, marigold garlands
    # hanging behind (prop), bangles.
    # Caption: epoch-1 caption adapter (repeats until the limit); answers: VQA adapter.
    case(
        "X1477-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and pure color patterns. The lady wears a long skirt. The skirt is with cotton fabric "
            "and pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "yellow"),
        col("skirt", "yellow"),
        col("dupatta", "orange and pink"),
        wearing("a yellow skirt and a yellow top"),
        gender="Women",
        title="Zeel Clothing Yellow Gota Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: olive green plain chiffon saree, olive short-sleeve blouse, warm studio light, beige backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and pure color patterns."
        ),
        col("saree", "brown", "contradiction"),  # olive; the blouse answer and the seller say green
        col("blouse", "green"),
        wearing("he is wearing a green saree", "pronoun"),
        pattern("solid"),
        gender="Women",
        title="KASEE Olive Green Solid Chiffon Saree",
        category="Sarees",
        color="Olive",
    ),
    # Photo: back view: teal lehenga with gold embroidery, teal sleeveless blouse with a deep back and tassels, teal
    # net dupatta with a gold border pinned across the back, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-038",
        caption(
            "The person wears a sleeveless tank top with graphic patterns. The person wears a long skirt. The skirt is "
            "with other fabric and graphic patterns."
        ),
        col("blouse", "blue"),
        col("skirt", "blue"),
        col(
            "dupatta",
            "blue with gold embroidery on the border and the dupatta is pinned on the left shoulder with a brooch and "
            "the back of the",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        wearing("a blue dress", "contradiction"),
        gender="Women",
        title="Chhabra 555 Teal Blue Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: off-white cotton kasavu saree with a gold border, contrast green short-sleeve blouse, temple necklace,
    # jasmine in the hair, beige backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her neck. The",
            "cut",
            hit_limit=True,
        ),
        col("saree", "white"),
        col("blouse", "white", "other_garment_color"),  # green blouse
        wearing("a white saree with a gold border"),
        material("cotton"),
        gender="Women",
        title="Mitera White & Gold-Toned Kasavu Saree",
        category="Sarees",
        color="White",
    ),
    # Photo: patola-printed saree in red, green and yellow geometric blocks, red short-sleeve blouse, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and lattice patterns."
        ),
        col(
            "saree",
            "red green yellow red green yellow red green yellow red green yellow red green yellow red green yellow red "
            "green yellow red green yellow red green yellow red green yellow",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "red"),
        wearing("a saree"),
        pattern("geometric"),
        title="SHUBHKALA Multicoloured Patola Printed Saree",
        category="Sarees",
        color="Multi",
    ),
    # Photo: lavender lehenga, contrast silver sequinned sleeveless blouse, lavender dupatta, model holding a silver
    # clutch, bangles, white backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-041",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "silver"),
        col("skirt", "purple"),
        col("dupatta", "purple"),
        garment_color("silver", "other_garment_color"),  # the set is lavender; silver is the blouse
        gender="Women",
        title="Ethnovog Women Lavender & Silver Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: peacock blue bandhani silk saree with a gold zari border, blue elbow-sleeve blouse, white backdrop.
    # Caption: epoch-1 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1477-042",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and other patterns. There is "
            "an accessory on her wrist. The neckline",
            "cut",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "the blouse is the color of the blouse", "restated"),
        wearing("a blue saree"),
        is_a("saree", "yes"),
        pattern("polka dots"),
        gender="Women",
        title="Sangria Peacock Blue Bandhani Silk Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: rust orange cotton lehenga with a white floral print, white short-sleeve blouse, rust dupatta, bangles,
    # white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and floral patterns. There is an accessory on her wrist."
        ),
        col("blouse", "white"),
        col(
            "skirt",
            "orange and white orange and white orange and white orange and white orange and white orange and white "
            "orange and white orange and white orange and white orange",
            "loop",
            hit_limit=True,
        ),
        col("dupatta", "Answer: orange", "leak"),
        wearing("a skirt and a white blouse"),
        gender="Women",
        title="Varanga Women Rust Orange Printed Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Rust",
    ),
    # Photo: coral georgette saree with a mirror-work border, coral short-sleeve blouse, bangles, white backdrop.
    # Caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1477-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and pure color patterns. There is an accessory on her wrist."
        ),
        col("saree", "orange"),
        col(
            "blouse",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            hit_limit=True,
        ),
        wearing("a saree"),
        sleeve_length("short sleeves"),
        gender="Women",
        title="Saree mall Coral Embellished Georgette Saree",
        category="Sarees",
        color="Coral",
    ),
    # Photo: model seated on a wooden stool (prop), emerald green embroidered lehenga, pink short-sleeve blouse with a
    # round neck, pink dupatta, bangles and a ring on her hand resting on her knee, white backdrop.
    # Caption: epoch-1 caption adapter (ran to the limit, ending on a full stop); answers: VQA adapter.
    case(
        "X1477-045",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. It has a round neckline. The lady wears a long "
            "skirt. The skirt is with other fabric and graphic patterns. There is an accessory on her wrist. There is "
            "a ring on her finger.",
            hit_limit=True,
        ),
        col("blouse", "pink"),
        col("skirt", "green"),
        col("dupatta", "green", "other_garment_color"),  # pink dupatta
        wearing("a green lehenga"),
        gender="Women",
        title="House of Pataudi Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
]
