"""BLIND_1527 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
fifth session. Measured blind at 71dbb3c (the session's sixth rules): 51/77 failures found (66.2%) and 25/218 correct
texts flagged (11.5%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed (anarkali kurtas, gowns, ethnic dresses, straight kurtas and kurtis worn
over leggings, kurta sets with leggings or churidar and dupatta). Catalog columns as the feed has them: title,
category (Myntra's article type: Kurtas, Kurta Sets, Kurtis, Ethnic Dresses), color (base colour), gender (Women);
one row lacks its category, one its color, one its gender. Photos are Myntra's usual studio shots: a model on a plain
white, grey or beige backdrop wearing the product with leggings, juttis, jhumkas or bangles; two flat lays, two back
views, a model holding a potli bag or a clutch, one seated on a stool.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
Salesforce/blip2-opt-2.7b, greedy, 50 new tokens; it writes DeepFashion-MultiModal's template, with no hue names and
no word for kurta, anarkali or dupatta. The open answers (What is she wearing? Describe the kurta/dress. What are the
kurta/dress details? What material is the garment made of?) are spans that timpal0l/mdeberta-v3-base-squad2 took out
of that caption, or empty where it chose no answer; so they are never longer than the caption and carry its mistakes.
The closed answers (garment type, color, pattern, sleeve length, the color of the leggings/churidar/jacket, "Is this
a kurta/gown/dress?") are the reference engine's ranking of candidate answers with the untuned base model, which looks
at the photo and not at the caption. The job asks each product its article type's questions, so rows differ.
Labeling conventions and judgement calls: judged by the photo I imagined (the comment above each case) and the title.
"Dress" is accepted in captions and spans as the name of an anarkali, a gown, an ethnic dress or a kurta of knee
length or longer (the template has no other word); "shirt" or "T-shirt" for a knee-length kurta or a kurti, "skirt"
for an anarkali's flare and "shorts" for leggings are marked contradiction. In the closed garment type, where "kurta"
is among the candidates, "dress" for an anarkali is accepted and "dress" for a straight kurta is a contradiction.
Near hues are accepted (mustard as yellow, burgundy as maroon, olive/lime/sea green as green, magenta/coral as pink,
rust as orange, a multicolour print answered with its dominant hue); black for navy, white for a pale pink kurta
shot on a white backdrop and grey for lavender are contradictions. A closed color that is the leggings', the
dupatta's or the jacket's (or the kurta's color given for the leggings) is other_garment_color. The template's
"pure color patterns" for a solid garment with tonal or yoke embroidery, "complicated patterns" for ethnic motifs
and "graphic patterns" for block prints are accepted. Chiffon for georgette is accepted, and cotton when the title
names no fabric and the fabric looks like cotton; a fabric the title or the photo rules out (cotton for velvet,
denim for indigo cotton or for leggings) is unsupported, as are accessories the photo does not show, a wrong length
("three-point length" for a floor-length gown) and a wrong neckline. Accessories the photo shows are correct
(bangles are "an accessory on her wrist", a dupatta around the neck is "neckwear", the dress's own belt is a belt).
The template's "the lady wears" over a flat lay is not marked by itself. A caption that ran to 50 tokens and stops
mid-sentence is cut (hit_limit); one that repeats a sentence is loop, even when it also stopped mid-sentence; a
caption that ended on a full stop stopped by itself. A span that repeats the caption's loop is loop; one that ends
where the caption was cut is cut. An empty answer is non_answer; an answer that is only the garment's name is
restated. One label per text, the one a reader would notice first.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1527 = [
    # Photo: model on a grey backdrop in a maroon anarkali kurta with gold ethnic motifs, three-quarter sleeves,
    # round neck, calf length, white churidar leggings, gold jhumkas. Caption adapter ran to 50 tokens mid-sentence;
    # spans by mdeberta; closed answers by the reference engine.
    case(
        "X1527-001",
        caption(
            "The lady wears a medium-sleeve dress with complicated patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with complicated patterns", who="she"),
        describe("kurta", "medium-sleeve dress with complicated patterns"),
        details("kurta", "It has a round neckline"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: knee-length navy blue straight kurta with a small white block print, long sleeves, mandarin collar, worn
    # over white leggings, tan juttis, white backdrop. Caption calls the kurta a shirt (complete); the span carries it;
    # the engine's color is the leggings'.
    case(
        "X1527-002",
        caption(
            "The female wears a long-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton "
            "fabric. It has a standing neckline. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long leggings", "contradiction", who="she"),
        details("kurta", "It has a standing neckline"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        color_of("leggings", "white"),
        Q.pattern("printed"),
        gender="Women",
        title="W Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard flared maxi ethnic dress with small white and red flowers, short flutter sleeves, V-neck, the
    # model holding out the flare, bare wrists, kolhapuri sandals, white backdrop. Caption invents a wrist accessory;
    # mdeberta picked that phrase for "What is she wearing?".
    case(
        "X1527-003",
        caption(
            "Her dress has short sleeves, cotton fabric and floral patterns. It has a v-shape neckline. The dress is "
            "of long length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("an accessory on her wrist", "unsupported", who="she"),
        describe("dress", "short sleeves, cotton fabric and floral patterns"),
        details("dress", "It has a v-shape neckline"),
        Q.material("cotton"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Juniper Women Mustard Yellow Floral Printed Flared Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Photo: teal georgette floor-length gown, sheer full sleeves, zari embroidery on the bodice, round neck, a teal
    # dupatta draped around the neck and over one shoulder, grey backdrop. Caption complete and right.
    case(
        "X1527-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady has neckwear."
        ),
        details("dress", "It has a round neckline"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("teal"),
        Q.pattern("embroidered"),
        is_a("gown", "yes"),
        gender="Women",
        title="Inddus Women Teal Embroidered Georgette Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: peach kurta with gota work at the V-neck, long sleeves, calf length, peach leggings, a peach dupatta
    # with green print over the arms. Caption loops on the length sentence to the limit; the details span copies it.
    case(
        "X1527-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. The dress is of long length. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        details("kurta", "The dress is of long length. The dress is of long length", "loop"),
        Q.garment_type("kurta"),
        Q.color("peach"),
        color_of("leggings", "peach"),
        gender="Women",
        title="Varanga Women Peach-Coloured Gotta Patti Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: back view; knee-length black straight kurta with white ethnic motifs, long sleeves, a dori tie at the
    # back neck, off-white leggings, white backdrop. Caption ran to the limit mid-sentence.
    case(
        "X1527-006",
        caption(
            "The female wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The female "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", who="she"),
        describe("kurta", "long-sleeve dress with graphic patterns"),
        Q.material("cotton"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Anubhutee Women Black Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: rust calf-length A-line ethnic dress, three-quarter sleeves, V-neck with a small gota yoke, the model
    # holding a golden potli bag, beige backdrop. Caption says sleeveless; the wearing span carries it.
    case(
        "X1527-007",
        caption(
            "This woman is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The dress is of three-quarter length.",
            "contradiction",
        ),
        wearing("a sleeveless dress with pure color patterns", "contradiction", who="she"),
        details("dress", "It has a v-shape neckline"),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Sangria Women Rust Solid A-Line Ethnic Dress with Gotta Patti Detail",
        category="Ethnic Dresses",
        color="Rust",
    ),
    # Photo: flat lay on white: a green kurta with white floral block print, a folded white churidar, a green and
    # white dupatta. No person, no jewellery. Caption invents a wrist accessory; the churidar is given the kurta's
    # color.
    case(
        "X1527-008",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        details("kurta", "round neckline"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        color_of("churidar", "green", "other_garment_color"),
        gender="Women",
        title="Jaipur Kurti Women Green Floral Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: wine velvet floor-length anarkali gown, full sleeves, heavy gold zari embroidery at the yoke, round
    # neck, a cocktail ring on the right hand, beige backdrop. Caption calls the velvet cotton.
    case(
        "X1527-009",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of long length. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with complicated patterns", who="she"),
        Q.material("cotton", "unsupported"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        is_a("gown", "yes"),
        gender="Women",
        title="Ethnovogue Women Burgundy Embroidered Velvet Anarkali Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: model with a short bob in a knee-length blue kurta with white block print, long sleeves, mandarin
    # collar, white leggings, grey backdrop. Caption says "this man", calls the kurta a shirt and the leggings
    # pants, and runs to the limit.
    case(
        "X1527-010",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. This man wears a long pants. The pants are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction", who="she"),
        details("kurta", "It has a standing neckline"),
        Q.color("blue"),
        color_of("leggings", "white"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Anouk Women Blue & White Block Print Kurta with Leggings",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: olive green straight kurta, three-quarter sleeves, mandarin collar, beige leggings, white backdrop.
    # Caption right but cut; mdeberta answered the wearing question with the leggings.
    case(
        "X1527-011",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long leggings", "contradiction", who="she"),
        details("kurta", "standing neckline"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Aurelia Women Olive Green Solid Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: pink georgette maxi gown with sequins on the bodice, sleeveless with thin straps, sweetheart neck,
    # silver heels, grey backdrop. Caption right; mdeberta gave no answer for the details; the engine read the
    # sequins as a floral pattern.
    case(
        "X1527-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length."
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        details("dress", "", "non_answer"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("pink"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Ahalyaa Women Pink Embellished Georgette Maxi Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: mustard straight kurta with small floral print, long sleeves, V-neck, styled with maroon leggings,
    # white backdrop. Caption cut at the limit; the engine's color is the leggings'.
    case(
        "X1527-013",
        caption(
            "The female wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        Q.material("cotton"),
        Q.color("maroon", "other_garment_color"),
        color_of("leggings", "maroon"),
        Q.pattern("floral"),
        gender="Women",
        title="Sangria Women Mustard Yellow Floral Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: red anarkali with a golden yoke, long sleeves, round neck, golden-beige leggings, a red and gold dupatta
    # around the neck, glass bangles on both wrists. Caption right (it stopped by itself); the leggings get the
    # kurta's red.
    case(
        "X1527-014",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady has neckwear. There is an accessory on her wrist."
        ),
        wearing("a long-sleeve dress with complicated patterns", who="she"),
        details("kurta", "round neckline"),
        Q.garment_type("dress"),
        Q.color("red"),
        color_of("leggings", "red", "other_garment_color"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Anouk Women Red & Golden Yoke Design Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: white knee-length A-line ethnic dress with indigo floral print, three-quarter sleeves, round neck, tan
    # sandals, white backdrop. Caption right; the engine gave long sleeves.
    case(
        "X1527-015",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-point length."
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        describe("dress", "medium-sleeve dress with floral patterns"),
        details("dress", "The dress is of three-point length"),
        Q.material("cotton"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Global Desi Women White & Blue Floral Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
    ),
    # Photo: pale lavender chikankari straight kurta, tonal white embroidery, three-quarter sleeves, round neck, white
    # leggings, the model holding sunglasses. Describe returned only "dress"; the engine's color is the leggings'.
    case(
        "X1527-016",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        wearing("a medium-sleeve dress with pure color patterns", who="she"),
        describe("kurta", "dress", "restated"),
        Q.material("cotton"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Varanga Women Lavender Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: green floral anarkali kurta, long sleeves, round neck, flared to mid-calf, green leggings, white
    # backdrop. Caption splits the one-piece anarkali into a shirt and a skirt; the wearing span carries it.
    case(
        "X1527-017",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. It has a round neckline.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with floral patterns and a long skirt", "contradiction", who="she"),
        Q.material("chiffon"),
        Q.garment_type("kurta"),
        Q.color("green"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Indo Era Women Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: navy blue flared gown, sheer full sleeves, sequinned bodice, V-neck, floor length, silver heels, white
    # backdrop. Caption loops on the length; mdeberta found no answer to "What is she wearing?".
    case(
        "X1527-018",
        caption(
            "Her dress has long sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. The dress "
            "is of long length. The dress is of long length. The dress is of long length. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer", who="she"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Fashor Women Navy Blue Sequinned Flared Georgette Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: teal printed kurta with matching teal leggings, long sleeves, V-neck, sunglasses worn on the eyes,
    # white backdrop. Caption cut at the limit; everything else right.
    case(
        "X1527-019",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The lady wears glasses. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", who="she"),
        Q.color("teal"),
        color_of("leggings", "teal"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Sangria Women Teal Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: pink A-line ethnic dress with green floral print and a striped lace border at the hem, short sleeves,
    # round neck, calf length. Caption right; the engine took the border for the pattern.
    case(
        "X1527-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length."
        ),
        describe("dress", "short-sleeve dress with floral patterns"),
        Q.color("pink"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        gender="Women",
        title="AKS Women Pink & Green Floral Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: maroon straight kurta with a gold yoke design, long sleeves, V-neck, beige leggings, no jewellery on the
    # wrists. Caption cut mid-sentence at the limit; the details span ends where it was cut; the leggings get the
    # kurta's color.
    case(
        "X1527-021",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "an accessory on her", "cut"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        color_of("leggings", "maroon", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Libas Women Maroon Yoke Design Straight Kurta with Leggings",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: blue anarkali kurta with white floral print, long sleeves, round neck, ankle length, white churidar.
    # Caption says "his"; mdeberta's wearing span is "His dress".
    case(
        "X1527-022",
        caption(
            "His dress has long sleeves, cotton fabric and floral patterns. It has a round neckline. The dress is of "
            "long length.",
            "pronoun",
        ),
        wearing("His dress", "pronoun", who="she"),
        details("kurta", "It has a round neckline"),
        Q.material("cotton"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Biba Women Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: pale pink solid straight kurta, three-quarter sleeves, mandarin collar, nude leggings, white backdrop
    # that takes up most of the frame. The engine answered the backdrop.
    case(
        "X1527-023",
        caption(
            "The female wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a standing neckline. The female wears a long leggings."
        ),
        wearing("a medium-sleeve dress with pure color patterns", who="she"),
        Q.color("white", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="W Women Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: lime green flared maxi gown with thread embroidery on the bodice, sleeveless, V-neck, floor length,
    # grey backdrop. Caption right; describe returned only "The dress"; the engine picked "skirt" from the flare.
    case(
        "X1527-024",
        caption(
            "The lady wears a sleeveless dress with complicated patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        describe("dress", "The dress", "restated"),
        details("dress", "v-shape neckline"),
        Q.material("chiffon"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Aaronee Women Lime Green Embroidered Flared Maxi Gown",
        category="Ethnic Dresses",
        color="Lime Green",
    ),
    # Photo: rust kurta with small white flowers, long sleeves, round neck, rust leggings, white backdrop. Caption
    # loops on the leggings; no fabric in it, so mdeberta had no material.
    case(
        "X1527-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long leggings. The lady wears a "
            "long leggings. The lady wears a long leggings. The lady wears a long leggings. The lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        Q.material("", "non_answer"),
        Q.color("rust"),
        color_of("leggings", "rust"),
        Q.pattern("floral"),
        gender="Women",
        title="Ishin Women Rust Floral Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Rust",
    ),
    # Photo: yellow A-line kurta with blue ethnic motifs, long sleeves, round neck, knee-to-calf length, white
    # leggings. The row has no category. Caption right; the engine chose "dress" over "kurta".
    case(
        "X1527-026",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length."
        ),
        wearing("a long-sleeve dress with complicated patterns", who="she"),
        describe("kurta", "complicated patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Anouk Women Yellow Ethnic Motifs Printed A-Line Kurta",
        color="Yellow",
    ),
    # Photo: back view; black fit-and-flare ethnic dress with gota at the hem, short sleeves, keyhole tie at the back
    # neck, calf length. Caption cut at the limit; the engine gave "sleeveless".
    case(
        "X1527-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        details("dress", "round neckline"),
        Q.material("cotton"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Sera Women Black Solid Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: hip-length pink kurti with white motifs, short sleeves, round neck, side slits, black leggings. Caption
    # calls it a T-shirt (it stopped by itself); the wearing span carries it.
    case(
        "X1527-028",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction", who="she"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        color_of("leggings", "black"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="HERE&NOW Women Pink Printed Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # Photo: multicolour floral maxi gown, mostly blue with pink and yellow flowers, long sleeves, V-neck, a thin gold
    # bracelet on the left wrist. Caption and spans right; the engine gave three-quarter sleeves.
    case(
        "X1527-029",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist."
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        Q.material("chiffon"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        is_a("gown", "yes"),
        gender="Women",
        title="Inddus Women Multicoloured Floral Printed Maxi Gown",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Photo: grey knee-length straight kurta with black geometric print, long sleeves, V-neck, black leggings. The
    # caption calls it a shirt and the engine says it is not a kurta.
    case(
        "X1527-030",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction", who="she"),
        describe("kurta", "graphic patterns"),
        Q.material("cotton"),
        Q.color("grey"),
        Q.pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Melange by Lifestyle Women Grey Printed Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: indigo cotton A-line ethnic dress with white floral print, short sleeves, round neck, calf length. The
    # caption reads the indigo as denim; the material span copies it.
    case(
        "X1527-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with denim fabric. It has a round "
            "neckline. The dress is of three-quarter length.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        Q.material("denim", "unsupported"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Yufta Women Indigo Blue Floral Printed Pure Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: magenta anarkali with zari embroidery, long sleeves, round neck, matching churidar, dupatta around the
    # neck, the model holding a gold clutch. Caption cut at the limit.
    case(
        "X1527-032",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady has neckwear. The lady wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with complicated patterns", who="she"),
        details("kurta", "The dress is of long length"),
        Q.color("pink"),
        color_of("churidar", "magenta"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="AKS Couture Women Magenta Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: blue straight kurta with white flowers, long sleeves, round neck, plain white leggings. mdeberta
    # answered "Describe the kurta" with the leggings' sentence (solid, where the kurta is printed).
    case(
        "X1527-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long leggings. The leggings are "
            "with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        describe("kurta", "cotton fabric and pure color patterns", "contradiction"),
        Q.material("cotton"),
        Q.color("blue"),
        Q.pattern("floral"),
        gender="Women",
        title="Rangriti Women Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: emerald green solid maxi gown, sleeveless, V-neck, floor length, grey backdrop. Caption gives it
    # "three-point length"; the details span copies that.
    case(
        "X1527-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of three-point length.",
            "unsupported",
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        details("dress", "The dress is of three-point length", "unsupported"),
        Q.garment_type("gown"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Tikhi Imli Women Emerald Green Solid Maxi Gown",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: coral pink straight kurta with small floral print, three-quarter sleeves, round neck, white leggings.
    # The row has no color. The caption stopped by itself; the engine gave long sleeves.
    case(
        "X1527-035",
        caption(
            "The female wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        Q.material("cotton"),
        Q.color("pink"),
        color_of("leggings", "white"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Nayo Women Coral Pink Floral Printed Straight Kurta",
        category="Kurtas",
    ),
    # Photo: purple anarkali kurta with floral print, long sleeves, round neck, the model seated on a wooden stool,
    # hands in her lap, no rings. Caption loops on an invented ring; mdeberta gave the ring as the kurta's details;
    # the engine gave three-quarter sleeves.
    case(
        "X1527-036",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a ring. The lady wears a ring. The lady wears a "
            "ring",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        details("kurta", "The lady wears a ring", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        gender="Women",
        title="Shree Women Purple Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Photo: black maxi ethnic dress with gold foil print, short flutter sleeves, V-neck, a matching fabric belt,
    # white backdrop. Caption says sleeveless (the belt is right); the engine called the print solid.
    case(
        "X1527-037",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a belt.",
            "contradiction",
        ),
        wearing("a sleeveless dress with graphic patterns", "contradiction", who="she"),
        details("dress", "This lady wears a belt"),
        Q.material("chiffon"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Sassafras Women Black & Gold Foil Printed Maxi Ethnic Dress with Belt",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: beige solid kurta, long sleeves, round neck, beige leggings, a red printed dupatta around the neck that
    # covers much of the front. The engine answered the dupatta.
    case(
        "X1527-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady has neckwear. The lady wears a long leggings."
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.color("red", "other_garment_color"),
        color_of("leggings", "beige"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Beige Solid Kurta with Leggings & Printed Dupatta",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: peach embroidered ethnic gown, long sleeves, V-neck, floor length, a peach dupatta around the neck,
    # bangles on both wrists. Caption cut at the limit; mdeberta found no answer to "What is she wearing?" in
    # "Her dress has ..."; closed answers right.
    case(
        "X1527-039",
        caption(
            "Her dress has long sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. The dress "
            "is of long length. The lady has neckwear. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer", who="she"),
        Q.material("chiffon"),
        Q.color("peach"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        is_a("gown", "yes"),
        gender="Women",
        title="Ethnic Junction Women Peach Embroidered Georgette Ethnic Gown",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Photo: green straight kurta with a white geometric block print, long sleeves, V-neck, white leggings. Caption
    # cut; the engine called the printed kurta solid.
    case(
        "X1527-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", who="she"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        gender="Women",
        title="Global Desi Women Green Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: navy blue floral anarkali gown, sleeveless, round neck, under a mustard printed sleeveless long ethnic
    # jacket. Caption right (the jacket is the "outer clothing"); the jacket got the gown's navy.
    case(
        "X1527-041",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. This lady also wears an outer clothing, with cotton fabric and complicated patterns."
        ),
        wearing("a sleeveless dress with floral patterns", who="she"),
        Q.garment_type("gown"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        color_of("jacket", "navy blue", "other_garment_color"),
        gender="Women",
        title="Vishudh Women Navy Blue Floral Printed Anarkali Gown with Ethnic Jacket",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: sea green straight kurta with a white lattice print, long sleeves, round neck, white leggings. Caption
    # cut; mdeberta gave no description.
    case(
        "X1527-042",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "", "non_answer"),
        Q.material("cotton"),
        Q.color("green"),
        Q.pattern("geometric"),
        color_of("leggings", "white"),
        gender="Women",
        title="Vishudh Women Sea Green Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: dark navy A-line ethnic dress with tiny white motifs, three-quarter sleeves, round neck, calf length,
    # under warm studio light. Caption right; the engine read the navy as black.
    case(
        "X1527-043",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of three-quarter length."
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        describe("dress", "medium-sleeve dress with graphic patterns"),
        Q.material("cotton"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="W Women Navy Blue Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: mustard floral kurta to mid-calf, long sleeves, white leggings showing below it. Caption turns the
    # leggings into denim shorts; the wearing and material spans carry it.
    case(
        "X1527-044",
        caption(
            "The lady wears a long-sleeve dress with floral patterns and a three-point shorts. The shorts are with "
            "denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with floral patterns and a three-point shorts", "contradiction", who="she"),
        Q.material("denim", "unsupported"),
        Q.color("mustard"),
        color_of("leggings", "white"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Bhama Couture Women Mustard Floral Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: black georgette gown with sequins at the yoke, long sleeves, round neck, floor length. The row has no
    # gender. All right.
    case(
        "X1527-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        details("dress", "round neckline"),
        Q.material("chiffon"),
        Q.garment_type("gown"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        title="Inddus Women Black Sequinned Georgette Gown",
        category="Ethnic Dresses",
        color="Black",
    ),
]
