"""BLIND_1626 (45 products; Myntra women's plus-size and maternity, epoch-3 caption adapter + extractive QA): written
blind in the sixty-sixth session. Measured blind at 0f3a531 (the session's sixth rules): 92/118 failures found
(78.0%) and 15/173 correct texts flagged (8.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (tunics, dresses, kurtas and kurta sets, jeggings,
one maternity top). Catalog shots: a plus-size or pregnant model on a plain grey or white backdrop wearing the product
with other clothes (leggings or jeggings under tunics and kurtas, a tunic or kurta over jeggings), a few flat lays, a
few back views, props now and then (sling bag, sunhat, sunglasses pushed up on the head, bangles, a watch). The feed's
columns are title, category (Myntra article type), color (Myntra base colour) and gender; a few rows lack one.
Who wrote what: every caption is from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
Salesforce/blip2-opt-2.7b), no prompt, greedy, 50 new tokens. It writes the DeepFashion-MultiModal template, which has
no kurta, tunic or jeggings and no hue names, so kurtas come out as "dress", "shirt" or "tank top", tunics as
"T-shirt" or "shirt", and colors as "pure color", "floral", "striped"... Two-garment captions are longer than 50
tokens and run to the limit, usually cut mid-sentence; one-garment captions (dresses) often end on the newline.
Four images (a maxi dress, a kurta, two jeggings shots) got a base-style caption ("a woman in a black kurta..."),
the only place hue words appear. Every answer is from timpal0l/mdeberta-v3-base-squad2 reading that caption: each
answer is a span of the caption, or "" when the null answer won (handle_impossible_answer on). No answer is
generated, so no answer has hit_limit. Closed questions (type, pattern, sleeve length) get the raw span; nothing was
mapped. Questions per product type: tops and dresses get wearing ("What is she wearing?"), type, color of the
product, pattern, sleeve length, material, details; jeggings get no pattern or sleeve question; some rows had fewer
questions in the feed team's sheet.
Labeling conventions and judgement calls: one label per text, the failure that matters most for the listing (a wrong
garment or an invented accessory in a caption outranks its cut tail; hit_limit stays marked). A caption that reached
the limit exactly at the end of a sentence is left unmarked (hit_limit=True, nothing lost). A color question answered
with a pattern word ("pure color", "floral", "striped") is a non_answer: it says nothing of the hue (but a pattern
word that only another garment has, "striped" from the top for plain jeggings, is other_garment_color). The type
question is judged strictly against the seller's article type (T-shirt for a tunic, dress or shirt for a kurta, jeans
for jeggings are contradictions; generic "pants"/"leggings" for jeggings pass, "shirt" for a title that says shirt
style passes, "upper clothing" is a non_answer). Open answers (wearing) are judged more loosely: a tunic worn as a
top called a shirt or T-shirt passes, a kurta called a dress, shirt or tank top does not. On a jeggings listing the
wearing answer that describes the top the model wears is true and left unmarked; a color, pattern or material taken
from the top's sentence for the jeggings is marked (other_garment_color for colors, contradiction for the rest), but a
material that is right by accident is left unmarked. Material: wrong against a title that names it is a
contradiction, wrong against the photo alone (rayon, crepe) is unsupported; georgette answered "chiffon" counts as
wrong. "The lady wears" on a flat lay is left unmarked unless it goes on to invent things on her (a wrist accessory).
A back view that shows a neckline different from the front is judged by the photo unless the title names the neck.
Pattern: "graphic" for foil, block or dot prints and "color block" for tie-dye pass (the nearest of the template's
classes); "pure color" for an all-over embroidered kurta whose title says embroidered is a contradiction, for a
mostly solid body with a small yoke it passes. No prompt leaks: the captions have no prompt and the QA model only
copies spans. About four texts in ten are wrong: the template's vocabulary fails this catalog.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, wearing


def she(text, failure=None):
    return wearing(text, failure, who="she")


BLIND_1626 = [
    # Photo: plus-size model, front, grey backdrop: navy blue solid A-line rayon tunic, 3/4 sleeves, round neck,
    # worn over white leggings. Caption: epoch-3 adapter (cut at 50 tokens). Answers: extractive QA over it.
    case(
        "X1626-001",
        caption(
            "The lady wears a medium-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve T-shirt"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        details("tunic", "It has a round neckline"),
        gender="Women",
        title="Curvy Lane Women Plus Size Navy Blue Solid A-Line Tunic",
        category="Tunics",
        color="Navy Blue",
    ),
    # Photo: mustard tunic with small white floral print, high-low hem, short sleeves, V-neck, black jeggings, hand
    # on hip. Caption: epoch-3 adapter, reached 50 tokens right at the end of a sentence. Answers: extractive QA.
    case(
        "X1626-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        color_of("tunic", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amaya+ Women Plus Size Mustard Floral Print Pure Cotton High-Low Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: black-and-white striped shirt-style longline tunic, collar, button placket, roll-up long sleeves,
    # polyester, over blue jeggings. Caption: epoch-3 adapter (cut). Answers: extractive QA; the material is the
    # jeggings' sentence.
    case(
        "X1626-003",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns."
            " There is",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        color_of("tunic", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.material("denim", "contradiction"),
        details("tunic", "It has a lapel neckline"),
        gender="Women",
        title="Kurvi Women Plus Size Black & White Striped Shirt Style Longline Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: teal solid jersey tee-style tunic, short sleeves, round neck, curved hem, black leggings. Caption:
    # epoch-3 adapter, reached the limit at a sentence end. Answers: extractive QA.
    case(
        "X1626-004",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure"
            " color patterns.",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details("tunic", "round neckline"),
        gender="Women",
        title="Fullbloom Women Plus Size Teal Solid Longline Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Photo: maroon georgette tunic with thread embroidery on a small yoke, long sleeves, round neck, lined, over
    # cream pants. Caption: epoch-3 adapter (cut). Answers: extractive QA.
    case(
        "X1626-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
            " There",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        details("tunic", "It has a round neckline"),
        gender="Women",
        title="Amaya+ Women Plus Size Maroon Yoke Embroidered Georgette Tunic",
        category="Tunics",
        color="Maroon",
    ),
    # Photo: off-white cotton flared tunic with blue floral print, 3/4 sleeves, mandarin collar, blue jeggings, a
    # sling bag on the shoulder. Caption: epoch-3 adapter (cut). Answers: extractive QA.
    case(
        "X1626-006",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. The neckline"
            " of it is stand. The lady wears a long leggings. The leggings are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns"),
        color_of("tunic", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("tunic", "The neckline of it is stand"),
        gender="Women",
        title="Saanjh+ Women Plus Size Off White & Blue Floral Printed Flared Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: BACK VIEW of a black solid crepe tunic (V-neck at the front, round at the back), long sleeves, side
    # slits, black leggings. Caption: epoch-3 adapter, stopped on the newline. Answers: extractive QA. The title
    # names the V-neck, so "round" is wrong for the product.
    case(
        "X1626-007",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        she("a long-sleeve T-shirt"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("tunic", "It has a round neckline", "contradiction"),
        gender="Women",
        title="Kurvi Women Plus Size Black Solid V-Neck Crepe Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: pink-and-white checked cotton tunic, collar, long roll-up sleeves, blue jeggings, a watch on the left
    # wrist. Caption: epoch-3 adapter (cut). Answers: extractive QA.
    case(
        "X1626-008",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns."
            " There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with lattice patterns"),
        color_of("tunic", "lattice", "non_answer", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Curvy Lane Women Plus Size Pink & White Checked Cotton Longline Tunic",
        category="Tunics",
        color="Pink",
    ),
    # Photo: olive cotton-slub tunic with a fabric tie-up belt at the waist, short sleeves, V-neck, beige jeggings.
    # The feed row has no color. Caption: epoch-3 adapter (cut). Answers: extractive QA.
    case(
        "X1626-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a V-shape neckline. The lady wears a belt. The lady wears a long pants. The pants are with cotton fabric"
            " and",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("tunic", "The lady wears a belt"),
        gender="Women",
        title="Fullbloom Women Plus Size Olive Solid Tunic with Tie-Up Belt",
        category="Tunics",
    ),
    # Photo: grey melange fleece sweatshirt-style tunic, round neck, long sleeves, black leggings. Caption: epoch-3
    # adapter (cut). Answers: extractive QA.
    case(
        "X1626-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It"
            " has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve sweater"),
        Q.garment_type("sweater", "contradiction"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="Kurvi Women Plus Size Grey Melange Solid Sweatshirt Tunic",
        category="Tunics",
        color="Grey Melange",
    ),
    # Photo: multicolour geometric-print polyester tunic, sleeveless, round neck, black jeggings, sunglasses pushed
    # up on the head, bare wrists. Caption: epoch-3 adapter (cut) invents a wrist accessory. Answers: extractive QA.
    case(
        "X1626-011",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. The neckline of it is round. The lady"
            " wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an accessory"
            " on her wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        she("tank top"),
        color_of("tunic", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "unsupported"),
        details("tunic", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Saanjh+ Women Plus Size Multicoloured Geometric Printed Sleeveless Tunic",
        category="Tunics",
        color="Multi",
    ),
    # Photo: FLAT LAY of a lavender cotton tunic, 3/4 sleeves with lace trim at the cuffs, round neck. Caption:
    # epoch-3 adapter, stopped on the newline (invents "the lady", nothing on her). Answers: extractive QA.
    case(
        "X1626-012",
        caption(
            "The lady wears a medium-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline."
        ),
        she("a medium-sleeve T-shirt"),
        color_of("tunic", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("tunic", "It has a round neckline"),
        title="Amaya+ Women Plus Size Lavender Solid Cotton Tunic with Lace Detail",
        category="Tunics",
        color="Lavender",
    ),
    # Photo: pregnant model, hand on the bump: navy jersey wrap dress with white polka dots, short sleeves, V-neck,
    # knee length. Caption: epoch-3 adapter, stopped on the newline. Answers: extractive QA.
    case(
        "X1626-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with knitting fabric. It has a"
            " V-shape neckline."
        ),
        she("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        color_of("dress", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitting"),
        describe("dress", "a short-sleeve dress with graphic patterns"),
        gender="Women",
        title="Nine Moons Women Maternity Navy Blue Polka Dot Print Jersey Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: plus-size model in a maroon tiered georgette maxi dress, long sleeves, V-neck, white wall behind. Caption:
    # base-style output from the epoch-3 adapter (short, stopped). Answers: extractive QA, null answers where the
    # caption says nothing.
    case(
        "X1626-014",
        caption("a woman in a maroon dress standing in front of a white wall"),
        she("a maroon dress"),
        Q.garment_type("dress"),
        color_of("dress", "maroon", kind="open"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Curvy Lane Women Plus Size Maroon Tiered Georgette Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: black-and-white striped cotton shirt dress, collar, rolled 3/4 sleeves, self belt, knee length.
    # Caption: epoch-3 adapter, stopped. Answers: extractive QA.
    case(
        "X1626-015",
        caption(
            "The lady wears a medium-sleeve dress with striped patterns. The dress is with cotton fabric. It has a"
            " lapel neckline. The lady wears a belt."
        ),
        she("a medium-sleeve dress with striped patterns"),
        color_of("dress", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "It has a lapel neckline"),
        gender="Women",
        title="Kurvi Women Plus Size Black & White Striped Belted Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: pregnant model in side profile: olive sleeveless cotton A-line midi with hidden nursing zips, round
    # neck. Caption: epoch-3 adapter, loops to the limit. Answers: extractive QA.
    case(
        "X1626-016",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The dress is"
            " of long length. The dress is of long length. The dress is of long length. The dress is of",
            "loop",
            hit_limit=True,
        ),
        she("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        details("dress", "The neckline of it is round"),
        gender="Women",
        title="MomEase Women Maternity Olive Green Solid A-Line Nursing Midi Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: pink floral crepe fit-and-flare midi, short flutter sleeves, V-neck, a watch on the wrist, no ring.
    # Caption: epoch-3 adapter, stopped; invents a ring. Answers: extractive QA.
    case(
        "X1626-017",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " V-shape neckline. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.material("chiffon", "contradiction"),
        details("dress", "It has a V-shape neckline"),
        gender="Women",
        title="Fullbloom Women Plus Size Pink Floral Print Crepe Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: blue denim button-front shirt dress, short sleeves, collar, two chest pockets, white sneakers. Caption:
    # epoch-3 adapter, stopped. Answers: extractive QA.
    case(
        "X1626-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric. It has a"
            " lapel neckline."
        ),
        she("a short-sleeve dress"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        details("dress", "lapel neckline"),
        gender="Women",
        title="Curvy Lane Women Plus Size Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: short-haired plus-size model in a mustard solid knit sheath dress, long sleeves, round neck, knee
    # length, a watch on the wrist. Caption: epoch-3 adapter, stopped; "his" wrist. Answers: extractive QA.
    case(
        "X1626-019",
        caption(
            "This person wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has"
            " a round neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        she("a long-sleeve dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="Amaya+ Women Plus Size Mustard Solid Sheath Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: pregnant model in a multicolour tie-dye rayon maxi with spaghetti straps, wearing a straw sunhat.
    # Caption: epoch-3 adapter, stopped; says cotton. Answers: extractive QA.
    case(
        "X1626-020",
        caption(
            "Her dress has no sleeves, cotton fabric and color block patterns. The neckline of it is suspenders. The"
            " dress is of long length. She wears a hat.",
            "contradiction",
        ),
        she("dress"),
        color_of("dress", "color block", "non_answer", kind="open"),
        Q.pattern("color block"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "contradiction"),
        details("dress", "The neckline of it is suspenders"),
        gender="Women",
        title="Nine Moons Women Maternity Multicoloured Tie-Dye Rayon Strappy Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: black polyester lace-overlay sheath dress, 3/4 sleeves, round neck. No gender in the row. Caption:
    # epoch-3 adapter, stopped. Answers: extractive QA.
    case(
        "X1626-021",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with other fabric. It has a"
            " round neckline."
        ),
        she("a medium-sleeve dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("other", "non_answer"),
        describe("dress", "The dress", "restated"),
        title="Kurvi Women Plus Size Black Lace Overlay Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: FLAT LAY of a coral smocked cotton maternity maxi, short puff sleeves, square neck. Caption: epoch-3
    # adapter, stopped; puts an accessory on the wrist of a wearer who is not there. Answers: extractive QA.
    case(
        "X1626-022",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " square neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        she("a short-sleeve dress"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="MomEase Women Maternity Coral Smocked Cotton Maxi Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: green-and-white floral chiffon wrap maxi with a tie at the waist, long sleeves, V-neck. Caption: epoch-3
    # adapter, stopped. Answers: extractive QA.
    case(
        "X1626-023",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " V-shape neckline. The lady wears a belt."
        ),
        she("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Saanjh+ Women Plus Size Green Floral Print Chiffon Wrap Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: BACK VIEW of a red crepe A-line dress with a V back (round neck at the front, not in the title), short
    # sleeves. Caption: epoch-3 adapter, stopped. Answers: extractive QA.
    case(
        "X1626-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " V-shape neckline."
        ),
        she("a short-sleeve dress"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        details("dress", "It has a V-shape neckline"),
        gender="Women",
        title="Fullbloom Women Plus Size Red Solid A-Line Dress with Pockets",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy blue solid cotton straight kurta, knee length, 3/4 sleeves, mandarin collar, white palazzos,
    # bangles. Caption: epoch-3 adapter (cut) calls the kurta a dress. Answers: extractive QA.
    case(
        "X1626-025",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. The"
            " neckline of it is stand. The lady wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        she("a medium-sleeve dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roopa Plus Women Plus Size Navy Blue Solid Straight Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: pink floral cotton A-line kurta with gota trim at the hem, 3/4 sleeves, round neck, white leggings,
    # bangles on both wrists. Caption: epoch-3 adapter, "upper clothing" template (cut). Answers: extractive QA.
    case(
        "X1626-026",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. The"
            " lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("The upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Saanjh+ Women Plus Size Pink Floral Printed A-Line Kurta with Gotta Patti",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: mustard calf-length cotton kurta covered in white chikankari embroidery, 3/4 sleeves, V-neck, white
    # palazzos. Caption: epoch-3 adapter, reached the limit at a sentence end; kurta as dress. Answers: extractive
    # QA.
    case(
        "X1626-027",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with pure color patterns", "contradiction"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "It has a V-shape neckline"),
        gender="Women",
        title="Roopa Plus Women Plus Size Mustard Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: teal rayon straight kurta with golden foil print, 3/4 sleeves, round neck, side slits, gold palazzos.
    # Caption: epoch-3 adapter, loops on the neckline. Answers: extractive QA; the details span takes the loop.
    case(
        "X1626-028",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a"
            " round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with graphic patterns", "contradiction"),
        color_of("kurta", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "contradiction"),
        details("kurta", "It has a round neckline. It has a round neckline", "loop"),
        gender="Women",
        title="Kurvi Women Plus Size Teal Foil Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: off-white pure cotton A-line kurta with thin blue stripes, calf length, 3/4 sleeves, round neck, white
    # leggings. Caption: epoch-3 adapter (cut) calls it a shirt. Answers: extractive QA.
    case(
        "X1626-029",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with striped patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        color_of("kurta", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Women",
        title="Roopa Plus Women Plus Size Off White & Blue Striped Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: maroon silk-blend kurta with a zari yoke, 3/4 sleeves, round neck with keyhole, matching trousers (a
    # kurta set). Caption: epoch-3 adapter (cut), kurta as dress. Answers: extractive QA.
    case(
        "X1626-030",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with other fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with other fabric and pure color"
            " patterns. This lady wears",
            "contradiction",
            hit_limit=True,
        ),
        she("a medium-sleeve dress", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("other", "non_answer"),
        details("kurta", "It has a round neckline"),
        gender="Women",
        title="Amaya+ Women Plus Size Maroon Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: black solid cotton kurta, long sleeves, V-neck, black leggings, busy studio set with a plant. Caption:
    # base-style output from the epoch-3 adapter (stopped). Answers: extractive QA.
    case(
        "X1626-031",
        caption("a woman wearing a black kurta and leggings"),
        she("a black kurta and leggings"),
        Q.garment_type("kurta"),
        color_of("kurta", "black", kind="open"),
        Q.sleeve_length("", "non_answer"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Kurvi Women Plus Size Black Solid Cotton Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: green floral georgette anarkali kurta, floor length, long sleeves, round neck; the bottoms are hidden.
    # Caption: epoch-3 adapter, stopped; anarkali as dress, georgette as chiffon. Answers: extractive QA.
    case(
        "X1626-032",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round"
            " neckline. The dress is of long length.",
            "contradiction",
        ),
        she("a long-sleeve dress with floral patterns", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        details("kurta", "It has a round neckline"),
        gender="Women",
        title="Saanjh+ Women Plus Size Green Floral Printed Georgette Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: short-haired plus-size model in a lavender cotton straight kurta, 3/4 sleeves, mandarin collar, white
    # trousers. Caption: epoch-3 adapter (cut): "the gentleman", kurta as shirt. Answers: extractive QA.
    case(
        "X1626-033",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " neckline of it is stand. The gentleman wears a long trousers. The trousers are with cotton fabric and"
            " pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("kurta", "The neckline of it is stand"),
        title="Roopa Plus Women Plus Size Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: rust block-printed cotton straight kurta, sleeveless, round neck, knee length, blue jeggings. Caption:
    # epoch-3 adapter (cut), kurta as tank top. Answers: extractive QA.
    case(
        "X1626-034",
        caption(
            "Her tank top has no sleeves, cotton fabric and graphic patterns. The neckline of it is round. The lady"
            " wears a long leggings. The leggings are with denim fabric and pure color patterns. There is an accessory"
            " on her",
            "contradiction",
            hit_limit=True,
        ),
        she("tank top", "contradiction"),
        color_of("kurta", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Fullbloom Women Plus Size Rust Ethnic Motifs Block Print Sleeveless Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: indigo-blue floral-printed cotton A-line kurta, 3/4 sleeves, V-neck, white leggings, a watch. No
    # category in the row. Caption: epoch-3 adapter, "upper clothing" template (cut). Answers: extractive QA.
    case(
        "X1626-035",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a V-shape neckline. The"
            " lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        details("kurta", "V-shape neckline"),
        gender="Women",
        title="Amaya+ Women Plus Size Indigo Blue Floral Printed Cotton A-Line Kurta",
        color="Blue",
    ),
    # Photo: sea green cotton kurta with ethnic-motif print, 3/4 sleeves, V-neck, printed palazzos, a sheer chiffon
    # dupatta over one shoulder. Caption: epoch-3 adapter (cut): dress, long sleeves, chiffon (the dupatta).
    # Answers: extractive QA.
    case(
        "X1626-036",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a"
            " V-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and graphic"
            " patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve dress with graphic patterns", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("chiffon", "contradiction"),
        details("kurta", "It has a V-shape neckline"),
        gender="Women",
        title="Saanjh+ Women Plus Size Sea Green Printed Pure Cotton Kurta with Palazzos & Chiffon Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: blue stretch-denim skinny jeggings, model in a white short-sleeve tunic tee. Caption: epoch-3 adapter,
    # reached the limit at a sentence end. Answers: extractive QA; the type is the top's.
    case(
        "X1626-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns.",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        Q.material("denim"),
        details("jeggings", "The trousers are with denim fabric"),
        gender="Women",
        title="Curvy Lane Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: black cotton-lycra jeggings under a maroon knee-length kurta. Caption: epoch-3 adapter (cut) right in
    # the jeggings' sentence; kurta as dress. Answers: extractive QA.
    case(
        "X1626-038",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        color_of("jeggings", "pure", "cut", kind="open"),
        Q.material("cotton"),
        details("jeggings", "long leggings"),
        gender="Women",
        title="Kurvi Women Plus Size Black Solid Cotton Lycra Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: BACK VIEW of grey mid-rise jeggings with back pockets, black-and-white striped long-sleeve top, a
    # bracelet on the wrist.
    # Caption: epoch-3 adapter (cut). Answers: extractive QA; color and pattern come from the top.
    case(
        "X1626-039",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The lady"
            " wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on"
            " her wrist. The",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve T-shirt with striped patterns"),
        color_of("jeggings", "striped", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.material("denim"),
        details("jeggings", "The pants are with denim fabric"),
        gender="Women",
        title="Fullbloom Women Plus Size Grey Mid-Rise Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: navy high-rise jeggings under a mustard tunic, busy cafe-style set. Caption: base-style output from the
    # epoch-3 adapter (stopped). Answers: extractive QA.
    case(
        "X1626-040",
        caption("a woman in a yellow top and blue jeans sitting on a stool"),
        she("a yellow top and blue jeans"),
        Q.garment_type("jeans", "contradiction"),
        color_of("jeggings", "blue", kind="open"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Curvy Lane Women Plus Size Navy Blue High-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: black jeggings, model in a grey melange round-neck tee. Caption: base-style output from the epoch-3
    # adapter, one color for both garments. Answers: extractive QA.
    case(
        "X1626-041",
        caption("a woman in a black top and black pants", "other_garment_color"),
        she("a black top and black pants", "other_garment_color"),
        Q.garment_type("pants"),
        color_of("jeggings", "black", kind="open"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Kurvi Women Plus Size Black Solid Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: light blue washed jeggings under a short white cotton kurti. Caption: epoch-3 adapter, loops on the
    # jeggings' sentence. Answers: extractive QA.
    case(
        "X1626-042",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady"
            " wears a long leggings. The leggings are with denim fabric. The leggings are with denim fabric. The"
            " leggings are with denim",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt"),
        Q.garment_type("leggings"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        Q.material("denim"),
        details("jeggings", "The leggings are with denim fabric"),
        gender="Women",
        title="Amaya+ Women Plus Size Light Blue Washed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: FLAT LAY of folded charcoal grey jeggings. No gender in the row. Caption: epoch-3 adapter, stopped.
    # Answers: extractive QA.
    case(
        "X1626-043",
        caption("The lady wears a long leggings. The leggings are with denim fabric and pure color patterns."),
        she("a long leggings"),
        Q.garment_type("leggings"),
        color_of("jeggings", "pure color", "non_answer", kind="open"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure color patterns"),
        title="Saanjh+ Women Plus Size Charcoal Grey Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: pregnant model in a peach rayon nursing top with an overlay flap, short sleeves, round neck, blue
    # jeans. Caption: epoch-3 adapter (cut). Answers: extractive QA.
    case(
        "X1626-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="MomEase Women Maternity Peach Solid Nursing Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: pregnant model, hand on the bump, in a burgundy ribbed knit bodycon maternity midi, long sleeves, round
    # neck, a watch on the wrist. Caption: epoch-3 adapter, stopped. Answers: extractive QA.
    case(
        "X1626-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a"
            " round neckline. There is an accessory on her wrist."
        ),
        she("a long-sleeve dress"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("dress", "It has a round neckline"),
        gender="Women",
        title="Nine Moons Women Maternity Burgundy Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
]
