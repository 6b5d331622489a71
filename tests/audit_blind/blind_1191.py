"""BLIND_1191 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
first session. Measured blind at e097e3a (the session's fifth rules): 55/81 failures found (67.9%) and 11/192 correct
texts flagged (5.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: anarkali kurtas, ethnic gowns and maxi dresses, straight and A-line
kurtas styled over leggings, palazzos or jeans, and kurta sets with trousers, shararas and dupattas. Most photos are
a model on a plain studio backdrop (grey, white, beige), a few are back views, two are flat lays, and some have a
prop (a stool, a potli or jute bag, a clutch, a plant). Catalog columns are the feed's own: title, category (Myntra's
article type: Kurtas, Kurta Sets, Kurtis, Ethnic Dresses, Dresses), color (the base colour) and gender; a few rows
lack one of them, as the feed does.
Who wrote what: every caption is the published caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3) on
blip2-opt-2.7b, greedy, 50 new tokens. It speaks only DeepFashion's template: no hue names, no kurta, georgette,
velvet or net; fabrics are cotton, chiffon, denim or furry, and it keeps going to the token limit on most items
(some of those end on a full stop because the tail is padding, which I count as correct when the words are right).
The open answers (what is she/the person wearing, describe, details, material) are the extractive QA model
(mdeberta-v3-base-squad2) over that caption, so they are spans of the caption or empty. The closed answers (garment
type, color, pattern, sleeve length, the colors of a named second garment, the yes/no "Is this a ...?") come from the
reference engine ranking a fixed candidate list.
Labeling conventions and judgement calls: I judged each text against the photo I describe above the case and the
title. In open texts I accept "dress" for an anarkali or a flared kurta and "shirt" for a straight kurta, because the
caption vocabulary has no kurta; in closed texts, where "kurta" is a candidate, "dress", "gown", "top" or "shirt" for a
product the seller files as a kurta is a contradiction, and so is "yes" to "Is this a dress?" for it. A caption with
several faults gets one label, the one I saw first (usually the cut or the loop); its wrong fabric then shows up
again, labeled, in the material answer. Chiffon for georgette or net, furry for velvet and cotton for silk, rayon or
viscose are unsupported. Near shades are accepted (maroon for wine, orange for rust or coral, purple for lavender,
green for sea green, blue for turquoise, white for a multicolour print on a white ground); a color that belongs to
the dupatta, the leggings, the palazzos or the jeans is other_garment_color. A wrong neckline or an invented ring or
wrist accessory is unsupported. A back view that hides the front embroidery is judged by what it shows ("pure color",
"solid" left unmarked there). The template's "The lady wears" on a flat lay I left alone; "man"/"his" for these
women's products is pronoun. A fabric or pattern span the QA took from another garment (denim from the jeans)
or from a wrong caption pattern (lattice for bandhani dots) is contradiction. An empty span is non_answer; a span
that only gives the question's garment word back, or a run-on span that swallows the whole caption, is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1191 = [
    # Photo: model, calf-length flared maroon rayon anarkali with gold foil motifs, 3/4 sleeves, round neck, off-white
    # churidar, jhumkas, grey backdrop. Caption: caption adapter; wearing, material: extractive QA; rest: reference.
    case(
        "X1191-001",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory in her ear. The pants this lady wears "
            "is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model, navy straight cotton kurta with white floral print, V-neck, 3/4 sleeves, navy palazzos with the same
    # print, white printed dupatta over both arms, white backdrop. Caption: adapter (stopped on its own); material:
    # extractive QA; closed: reference engine (color took the dupatta).
    case(
        "X1191-002",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "floral patterns."
        ),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        color_of("dupatta", "white"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: model, mustard cotton-slub straight kurta, knee length, mandarin collar, 3/4 sleeves, styled with white
    # leggings, beige backdrop, hand on hip. Caption: adapter; wearing: extractive QA; closed: reference engine.
    case(
        "X1191-003",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The leggings this lady wears is of long length. The leggings are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", who="she"),
        Q.color("mustard"),
        color_of("leggings", "mustard", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Sangria Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: model twirling, floor-length teal georgette gown, sheer full sleeves, sequin embroidery on the bodice only,
    # grey backdrop. Caption: adapter (loops); wearing, material: extractive QA; closed: reference engine.
    case(
        "X1191-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is of long length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("gown"),
        Q.color("teal"),
        Q.pattern("solid", "contradiction"),
        Q.material("chiffon", "unsupported"),
        is_a("kurta", "no"),
        gender="Women",
        title="Inddus Women Teal Embroidered Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: model, bottle-green A-line cotton kurta with small white geometric print, round neck, 3/4 sleeves, white
    # slim pants, white backdrop. Caption: adapter (stopped); wearing: extractive QA; closed: reference engine.
    case(
        "X1191-005",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length."
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("pants", "white"),
        gender="Women",
        title="W Women Green Printed A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: model holding a pink potli bag, pink georgette tiered maxi with gota lace, short flutter sleeves, V-neck,
    # glass bangles, no ring, beige backdrop. Caption: adapter (limit reached, tail was padding); material, details:
    # extractive QA; closed: reference engine.
    case(
        "X1191-006",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. She wears a ring on her finger. There is an accessory on "
            "her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon", "unsupported"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Janasya Women Pink Georgette Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: model, peach cotton flared anarkali, calf length, blue floral block print, long sleeves, round neck with
    # keyhole, blue churidar, blue dupatta over one arm. Caption: adapter (stopped); material: extractive QA; closed:
    # reference engine (color took the churidar and dupatta blue).
    case(
        "X1191-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory in her ear."
        ),
        Q.garment_type("kurta"),
        Q.color("blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        is_a("dress", "yes", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Biba Women Peach-Coloured Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: model, rust viscose rayon tiered maxi with tiny printed motifs, long sleeves with elastic cuffs, tie-up
    # V-neck with tassels, metal cuff bracelet, brown backdrop. Caption: adapter; wearing, material: extractive QA;
    # closed: reference engine.
    case(
        "X1191-008",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", who="she"),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Global Desi Women Rust Printed Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: model, off-white cotton straight kurta with tone-on-tone chikankari embroidery clearly visible on the
    # front, round neck, 3/4 sleeves, pink palazzos, white backdrop. Caption: adapter (stopped); wearing, material:
    # extractive QA; closed: reference engine.
    case(
        "X1191-009",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a medium-sleeve shirt", who="she"),
        Q.color("white"),
        color_of("pants", "pink"),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Women Off White Embroidered Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: model, sleeveless black kurta with gold foil print, round neck, black palazzos with gold printed border,
    # white backdrop. Caption: adapter (calls the kurta a tank top, then cut); wearing: extractive QA; closed:
    # reference.
    case(
        "X1191-010",
        caption(
            "This lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Vishudh Women Black & Gold-Toned Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: model, blue and white vertical-striped cotton kurta, mandarin collar, 3/4 sleeves, plain white trousers,
    # grey backdrop. Caption: adapter (limit reached on padding, words complete); material, details: extractive QA;
    # closed: reference engine (the trousers got the kurta's blue).
    case(
        "X1191-011",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("trousers", "blue", "other_garment_color"),
        Q.material("cotton"),
        details("kurta", "standing neckline"),
        gender="Women",
        title="GoSriKi Women Blue & White Striped Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: model, wine velvet floor-length gown, long sleeves, gold zari embroidery around the neck, jhumkas and a
    # kada, dark backdrop. Caption: adapter ("furry" for velvet, cut); material: extractive QA; closed: reference.
    case(
        "X1191-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory in her ear. There is an accessory on "
            "her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("gown"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.material("furry", "unsupported"),
        gender="Women",
        title="Ahalyaa Women Wine Velvet Embroidered Anarkali Gown",
        category="Ethnic Dresses",
        color="Burgundy",
    ),
    # Photo: model, yellow cotton anarkali with white and pink floral print, V-neck, 3/4 sleeves, white churidar, white
    # backdrop. Caption: adapter ("gentleman", stopped); wearing: extractive QA; closed: reference engine.
    case(
        "X1191-013",
        caption(
            "The gentleman wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length.",
            "pronoun",
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Jaipur Kurti Women Yellow Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: flat lay on a wooden floor, no person: white cotton midi dress with indigo and red floral block prints,
    # short sleeves, round neck. Caption: adapter (invents the wearer's bracelet and ring, then cut); wearing, material:
    # extractive QA; closed: reference engine.
    case(
        "X1191-014",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. She wears a ring on her "
            "finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Rain & Rainbow Women Multicoloured Printed Cotton A-Line Dress",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Photo: model, olive green silk-blend straight kurta with a sheen and a small gold yoke, V-neck, 3/4 sleeves, olive
    # trousers, beige dupatta with gota border across the front. Caption: adapter; material: extractive QA; closed:
    # reference engine (color took the dupatta).
    case(
        "X1191-015",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("beige", "other_garment_color"),
        color_of("dupatta", "beige"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Indo Era Women Olive Green Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Olive",
    ),
    # Photo: back view, model in a magenta long-sleeve straight kurta (the yoke embroidery is on the front and does not
    # show; a tie-up dori at the back neck), white churidar. Caption: adapter (stopped); details: extractive QA (empty);
    # closed: reference engine.
    case(
        "X1191-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        Q.pattern("solid"),
        Q.color("magenta"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="Varanga Women Magenta Floral Embroidered Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: model, sea green georgette anarkali to mid-thigh with sequin embroidery, sheer 3/4 sleeves, matching
    # sharara, sea green net dupatta. Caption: adapter; wearing, material: extractive QA; closed: reference engine.
    case(
        "X1191-017",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and pure "
            "color patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress", "contradiction"),
        Q.color("green"),
        color_of("dupatta", "green"),
        Q.pattern("embroidered"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="KALINI Women Sea Green Georgette Anarkali Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: model, black net floor-length gown with silver sequin embellishment, sheer long sleeves, round neck, dark
    # grey backdrop. Caption: adapter (stopped; chiffon for net); description, material: extractive QA; closed:
    # reference.
    case(
        "X1191-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length.",
            "unsupported",
        ),
        describe("gown", "dress", "restated"),
        Q.garment_type("gown"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "unsupported"),
        is_a("dress", "yes"),
        gender="Women",
        title="Tikhi Imli Women Black Embellished Net Anarkali Gown",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: model beside a cane chair, lavender cotton straight kurta with small white buti print, round neck with a
    # short placket, 3/4 sleeves, white palazzos. Caption: adapter (stopped); material: extractive QA; closed:
    # reference.
    case(
        "X1191-019",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric"),
        color_of("pants", "white"),
        gender="Women",
        title="Libas Women Lavender Printed Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: model seated on a wooden stool, red short kurta with gold ethnic print, V-neck, long sleeves, red sharara.
    # Caption: adapter (loops the first sentences); wearing, details: extractive QA; closed: reference engine.
    case(
        "X1191-020",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        Q.color("red"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        details("kurta", "V-shape neckline"),
        gender="Women",
        title="Sangria Women Red Ethnic Motifs Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: model, navy cotton flared anarkali with white and red ethnic print, round neck, full long sleeves, white
    # churidar, jhumkas. Caption: adapter (stopped); material: extractive QA; closed: reference engine.
    case(
        "X1191-021",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory in her ear."
        ),
        Q.color("navy blue"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model, teal cotton straight kurta with mustard geometric print, round neck, 3/4 sleeves, styled with plain
    # mustard palazzos. Caption: adapter; material: extractive QA; closed: reference engine (color took the palazzos).
    case(
        "X1191-022",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow", "other_garment_color"),
        color_of("pants", "yellow"),
        Q.pattern("geometric"),
        Q.material("cotton"),
        gender="Women",
        title="AKS Women Teal Blue & Mustard Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: model, gold-toned art silk brocade gown, floor length, short puff sleeves, round neck, maroon dupatta
    # draped from one shoulder across the front, jhumkas and bangles. Caption: adapter; description, material:
    # extractive QA; closed: reference engine (color took the dupatta).
    case(
        "X1191-023",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory in her ear. There is an accessory on "
            "her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        describe("gown", "a short-sleeve dress with graphic patterns. The dress is with", "cut"),
        Q.garment_type("gown"),
        Q.color("maroon", "other_garment_color"),
        color_of("dupatta", "maroon"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Ethnovog Women Gold-Toned Silk Anarkali Gown",
        category="Ethnic Dresses",
        color="Gold",
    ),
    # Photo: model, pink cotton straight kurta with a floral print of pink blooms and green leaves, round neck, short
    # sleeves, plain green palazzos. Caption: adapter (stopped; gives the plain palazzos floral patterns); closed:
    # reference engine.
    case(
        "X1191-024",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and floral "
            "patterns.",
            "contradiction",
        ),
        Q.color("pink"),
        color_of("palazzos", "green"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("floral"),
        gender="Women",
        title="Mitera Women Pink & Green Printed Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: flat lay on a white table, no person: white anarkali kurta with blue floral print, long sleeves, round
    # neck. Caption: adapter (stopped); wearing: extractive QA; closed: reference engine.
    case(
        "X1191-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline."
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.garment_type("kurta"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Biba Women White & Blue Printed Anarkali Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: model, maroon straight kurta with a gold embroidered yoke, round neck, 3/4 sleeves, styled with black
    # leggings. Caption: adapter (stopped); details: extractive QA; closed: reference engine (leggings got maroon).
    case(
        "X1191-026",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The leggings this lady wears is of long length. The leggings are with cotton fabric and "
            "pure color patterns."
        ),
        Q.color("maroon"),
        color_of("leggings", "maroon", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "round neckline"),
        gender="Women",
        title="Ishin Women Maroon Yoke Design Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: model, navy georgette floor-length flared gown, V-neck, long sleeves, plain. Caption: adapter (loops);
    # wearing, material, details: extractive QA; closed: reference engine.
    case(
        "X1191-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is of long length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.material("chiffon", "unsupported"),
        Q.color("navy blue"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        details(
            "gown", "The dress is of long length. The dress is of long length. The dress is of long length", "loop"
        ),
        gender="Women",
        title="Janasya Women Navy Blue Solid Georgette Gown",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model, beige cotton hip-length kurti, round neck, short sleeves, styled with blue jeans, white backdrop.
    # Caption: adapter (stopped); material: extractive QA (took the jeans' fabric); closed: reference engine.
    case(
        "X1191-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("top", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="W Women Beige Solid Kurti",
        category="Kurtis",
        color="Beige",
    ),
    # Photo: model, green cotton straight kurta with pink floral print, round neck, 3/4 sleeves, plain pink palazzos,
    # pink dupatta. Caption: adapter; wearing: extractive QA; closed: reference engine.
    case(
        "X1191-029",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", who="she"),
        Q.color("green"),
        color_of("dupatta", "pink"),
        color_of("palazzos", "pink"),
        Q.pattern("floral"),
        gender="Women",
        title="Aurelia Women Green & Pink Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model with a jute bag on her shoulder, indigo dabu-printed cotton tiered midi dress, sleeveless, round
    # neck, bare wrists. Caption: adapter (stopped; invents a wrist accessory); details, material: extractive QA;
    # closed: reference engine.
    case(
        "X1191-030",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        details("dress", "sleeveless dress with graphic patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Fabindia Women Indigo Printed Cotton Tiered Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: model, peach viscose anarkali with silver thread embroidery down the front, V-neck, 3/4 sleeves, peach
    # trousers, white organza dupatta. Caption: adapter; material: extractive QA; closed: reference engine.
    case(
        "X1191-031",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory in her ear. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("peach"),
        color_of("dupatta", "white"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("kurta"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Indo Era Women Peach Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: model, mustard cotton maxi with white ethnic print, 3/4 bell sleeves, V-neck with tassel ties, jhumkas and
    # bangles. Caption: adapter (limit reached on padding; says long-sleeve); wearing: extractive QA; closed: reference.
    case(
        "X1191-032",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory in her ear. There is an accessory on "
            "her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("mustard"),
        Q.pattern("printed"),
        Q.garment_type("dress"),
        gender="Women",
        title="Shae by SASSAFRAS Women Mustard Ethnic Motifs Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # Photo: model, black cotton straight kurta with white print, round neck, long sleeves, white leggings. Caption:
    # adapter (stopped); description: extractive QA (a run-on span); closed: reference engine.
    case(
        "X1191-033",
        caption(
            "This lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The leggings this lady wears is of long length. The leggings are with cotton fabric and "
            "pure color patterns."
        ),
        describe(
            "kurta",
            "This lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The leggings this lady wears is of long length",
            "restated",
        ),
        Q.color("black"),
        color_of("leggings", "white"),
        is_a("kurta", "yes"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Jaipur Kurti Women Black & White Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: model, turquoise cotton A-line kurta with a lace trim at the hem, round neck, 3/4 sleeves, white palazzos.
    # Caption: adapter; wearing, material: extractive QA; closed: reference engine.
    case(
        "X1191-034",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady", "non_answer", who="she"),
        Q.color("blue"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Women Turquoise Blue Solid A-Line Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # Photo: model, maroon velvet floor-length anarkali, long sleeves, gold zari at the neck, gold tissue dupatta over
    # one shoulder. Caption: adapter (stopped; cotton for velvet); material: extractive QA; closed: reference engine.
    case(
        "X1191-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length.",
            "unsupported",
        ),
        Q.material("cotton", "unsupported"),
        Q.color("maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        Q.garment_type("gown", "contradiction"),
        Q.pattern("embroidered"),
        gender="Women",
        title="KALINI Women Maroon Velvet Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: back view, model in a green printed long-sleeve kurta with a cream dupatta draped across her back and arms,
    # green trousers. Caption: adapter (stopped; "his"); closed: reference engine (color took the dupatta).
    case(
        "X1191-036",
        caption(
            "The person wears a long-sleeve shirt with graphic patterns. His shirt is with cotton fabric. The pants "
            "this person wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("cream", "other_garment_color"),
        color_of("dupatta", "cream"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Anouk Women Green Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model, pink chanderi silk anarkali with a gold yoke, round neck, 3/4 sleeves, pink churidar, jhumkas, grey
    # backdrop. Caption: adapter (loops on the earring); material, details: extractive QA; closed: reference engine. The
    # feed row has no gender.
    case(
        "X1191-037",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory in her ear. There is an accessory in "
            "her ear. There is an accessory in her ear.",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "There is an accessory in her ear. There is an accessory in her ear", "loop"),
        title="Libas Women Pink Yoke Design Chanderi Silk Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: model beside a potted plant, red cotton kurta with off-white floral block print, plain round neck (no
    # slit), 3/4 sleeves, off-white narrow pants. Caption: adapter (stopped); details, material: extractive QA; closed:
    # reference engine.
    case(
        "X1191-038",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline.",
            "unsupported",
        ),
        details("kurta", "V-shape neckline", "unsupported"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        gender="Women",
        title="Rain & Rainbow Women Red & Off-White Printed Cotton Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Photo: model, lavender net floor-length gown, sleeveless, sweetheart neck, floral thread embroidery all over.
    # Caption: adapter; material: extractive QA; closed: reference engine.
    case(
        "X1191-039",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. The neckline of "
            "the dress is V-shape. The dress is of long length. There is an accessory in her ear. The lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        Q.garment_type("gown"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Inddus Women Lavender Floral Embroidered Net Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Photo: flat lay on grey card, no person: navy straight kurta with white block print, mandarin collar, long
    # sleeves. Caption: adapter (stopped; "This man"); wearing: extractive QA; closed: reference engine.
    case(
        "X1191-040",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "standing neckline.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.garment_type("shirt", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Aurelia Women Navy Blue & White Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: model, mustard cotton straight kurta with thread-embroidered yoke, V-neck, 3/4 sleeves, white palazzos,
    # white dupatta with a mustard border. Caption: adapter (stopped); details: extractive QA (empty); closed:
    # reference.
    case(
        "X1191-041",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        Q.color("mustard"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("kurta"),
        details("kurta", "", "non_answer"),
        gender="Women",
        title="GoSriKi Women Mustard Yellow Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: model, orange rayon anarkali to the calf with gold print, sleeveless, V-neck, gold-beige leggings, bangles.
    # Caption: adapter; wearing: extractive QA; closed: reference engine.
    case(
        "X1191-042",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory in her ear. There is an accessory on "
            "her wrist. She",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", who="she"),
        Q.color("orange"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("printed"),
        gender="Women",
        title="Tikhi Imli Women Orange Printed Anarkali Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Photo: model, dusty pink georgette maxi gown, sheer long sleeves, round neck, pearl-embellished yoke, jhumkas. The
    # feed row has no article type. Caption: adapter (stopped; chiffon for georgette); closed: reference engine.
    case(
        "X1191-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory in her ear.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.garment_type("gown"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Ethnovog Women Dusty Pink Embellished Georgette Maxi Gown",
        color="Pink",
    ),
    # Photo: model, blue cotton straight kurta with white bandhani dot print, round neck, 3/4 sleeves, white leggings.
    # Caption: adapter ("lattice" for the dots, then cut); details: extractive QA; closed: reference engine.
    case(
        "X1191-044",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The leggings this lady wears is of long length. The leggings are with cotton fabric and "
            "pure color patterns. The leggings",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("blue"),
        color_of("leggings", "white"),
        details("kurta", "lattice patterns", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Varanga Women Blue Bandhani Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: model holding a gold clutch, coral cotton knee-length flared dress with floral print, short flutter
    # sleeves, round neck, a thin bangle. The feed row has no base colour. Caption: adapter (stopped); material,
    # details: extractive QA; closed: reference engine.
    case(
        "X1191-045",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist."
        ),
        Q.color("orange"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("dress"),
        Q.material("cotton"),
        details("dress", "medium length"),
        gender="Women",
        title="Biba Women Coral Floral Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
    ),
]
