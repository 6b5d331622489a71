"""BLIND_1189 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions, VQA piece colors): written blind in the
sixty-first session. Measured blind at e097e3a (the session's fifth rules): 67/86 failures found (77.9%) and 16/211
correct texts flagged (7.6%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of sarees and lehenga cholis, plus a few single pieces sold alone (saree blouses,
dupattas, a lehenga skirt). Catalog columns as Myntra exports them: title, category (the article type: Sarees,
Lehenga Choli, Blouse, Dupatta, Skirts), color (the base colour) and gender (Women, now and then Girls); one row
lacks its gender, as feeds do. Photos are the catalog's usual shots: a model on a plain backdrop, a few back views,
two flat lays, one dupatta on a hanger, a stool, a potli bag, a sling bag or a flower basket as a prop. Single pieces
are styled with other clothes (a blouse worn with a saree, a dupatta over a white kurta, a lehenga skirt with a white
crop top), which is where most wrong colors come from.
Who wrote what: the caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50
new tokens: DeepFashion template prose, no hue names, a closed set of fabrics (cotton, chiffon, denim, leather,
other) and patterns. The "details" question was routed to the same caption adapter (it gives richer details), 30 new
tokens. Every other question (what she is wearing, the color of each piece, "Is this a ...?", pattern, sleeve length,
material, garment type, the garment's color) was answered by the VQA adapter (Data3_V3_BLIP2_VQA) by free
generation, 30 new tokens; the piece colors are stored as open answers. Neither adapter learned to stop: most short
VQA answers still end after a word or two, but about one text in ten loops or is cut at the limit, a few VQA answers
come back empty (the model emitted only padding) and a few run on into the training format's next prompt.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. The template's words for Indian garments are accepted when they describe what is seen: "shirt" or "tank top"
for a choli or saree blouse, "long skirt" for a lehenga skirt or for the draped lower part of a saree, "scarf" for a
dupatta; "dress" or "pants" for a saree or a lehenga is a contradiction of the seller's category. "chiffon" for a
sheer fabric (georgette, organza) is the nearest word the model has and is accepted; "cotton" for linen, "denim" for
silk are contradictions of the title; "leather" for tissue is unsupported. Near hues are accepted (mustard as yellow,
teal as green or blue, magenta as pink, maroon as red, coral as orange, off-white and cream as white). A piece given
another piece's color (the skirt's red for the dupatta) is other_garment_color, also when the other garment is only
styling (the kurta under a dupatta); a color no garment in the photo has is a contradiction. A dupatta color asked of
an outfit sold without a dupatta is unsupported, and so is a person, a neckline or a hat described on a flat lay or
where there is none. A text that ran to the limit is cut when it ends mid-phrase and loop when it repeats; each
wrong text carries one kind, the one a reader would notice first. "The skirt is long" for the skirt's details is a
non_answer (it only says the question's garment back), an empty answer too. An answer that runs on into a
"Question: ... Answer:" is a leak even when its first word is right. A cut text that is right as far as it goes is
still cut. Eight products came out wholly right; about three texts in ten are wrong, fewer than I expected, because
single-word colors of a matching set are easy and I accepted near hues.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, details, is_a, wearing

Q = BLIND_QUESTIONS


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """A piece's color from the VQA adapter's free generation, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1189 = [
    # Photo: model in a red Banarasi saree with a gold zari border, matching red elbow-sleeve blouse, gold jhumkas and
    # bangles, plain grey backdrop. Caption: epoch-1 caption adapter; every answer: VQA adapter. All correct.
    case(
        "X1189-001",
        caption(
            "The lady wears a medium-sleeve saree with floral patterns. The saree is with other fabric. "
            "There is an accessory on her wrist."
        ),
        wearing("saree", who="she"),
        piece("saree", "red"),
        piece("blouse", "red"),
        is_a("saree", "yes"),
        Q.pattern("floral"),
        Q.material("silk"),
        gender="Women",
        title="Mitera Women Red & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: model in a navy georgette saree with a pink floral print and pink border, a plain pink short-sleeve blouse,
    # bangles. Caption: caption adapter, cut at 50 tokens; answers: VQA adapter. The blouse gets the saree's navy; the
    # pattern loops.
    case(
        "X1189-002",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long saree with floral patterns. "
            "The saree is with chiffon fabric. There is an accessory on her wrist. The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a saree and a blouse", who="she"),
        piece("saree", "navy blue"),
        piece("blouse", "navy blue", "other_garment_color"),
        is_a("saree", "yes"),
        Q.pattern(
            "floral print floral print floral print floral print floral print floral print floral print floral "
            "print floral print floral print",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        gender="Women",
        title="Saree mall Women Navy Blue & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model in a maroon velvet lehenga skirt with gold embroidery, maroon short-sleeve blouse, a pink net dupatta
    # over one shoulder. Caption: caption adapter; details: caption adapter (loops to the limit); the rest: VQA adapter,
    # which gives the dupatta the skirt's maroon and loops on "yes".
    case(
        "X1189-003",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns."
        ),
        piece("blouse", "maroon"),
        piece("skirt", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        is_a(
            "lehenga choli",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details(
            "skirt",
            "The skirt is with other fabric and graphic patterns. The skirt is of long length. The skirt is with "
            "other fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Fusionic Women Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: model in a mustard chiffon saree with a thin gold border, styled with a black sleeveless blouse.
    # Caption: caption adapter; answers: VQA adapter. The blouse gets the saree's color; "dress" for the saree.
    case(
        "X1189-004",
        caption(
            "The lady wears a sleeveless saree with pure color patterns. The saree is with chiffon fabric. There is "
            "an accessory on her wrist."
        ),
        wearing("a yellow dress", "contradiction", who="she"),
        piece("saree", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        Q.material("chiffon"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Kalini Women Mustard Yellow Solid Pure Chiffon Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: flat lay, no person: a folded green Kanjeevaram saree with a pink zari border and pink pallu fanned out,
    # the pink blouse piece folded beside it. Caption: caption adapter (invents a wearer and a neckline); answers: VQA
    # adapter, green for the blouse piece too.
    case(
        "X1189-005",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "v-shape neckline.",
            "unsupported",
        ),
        wearing("a green dress", "contradiction"),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        is_a("saree", "yes"),
        Q.pattern("graphic"),
        gender="Women",
        title="Ishin Women Green & Pink Zari Woven Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: a young girl in a pink flared lehenga with gold gota trim, pink sleeveless blouse, a sheer gold dupatta
    # across the chest. Caption: caption adapter ("dress"); answers: VQA adapter, the dupatta given the skirt's pink.
    case(
        "X1189-006",
        caption(
            "The female wears a sleeveless dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline.",
            "contradiction",
        ),
        wearing("a pink skirt and a pink top", who="the girl"),
        piece("blouse", "pink"),
        piece("skirt", "pink"),
        piece("dupatta", "pink", "other_garment_color"),
        is_a("lehenga choli", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Aarika Girls Pink & Gold-Toned Embellished Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model in a black sequinned georgette saree, black blouse with sheer full sleeves, a ring and a bracelet,
    # dark grey backdrop. Caption: caption adapter, loops on the ring to the limit; answers: VQA adapter ("no" to the
    # saree question).
    case(
        "X1189-007",
        caption(
            "The lady wears a long-sleeve saree with pure color patterns. The saree is with chiffon fabric. There is "
            "an accessory on her wrist. There is a ring on her finger. There is a ring on her finger. There is a",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "black"),
        piece("blouse", "black"),
        Q.material("georgette"),
        Q.pattern("solid"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Saree mall Women Black Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: model in a teal lehenga skirt with thread embroidery, a peach short-sleeve blouse, a peach net dupatta
    # on one shoulder, bangles. Caption and details: caption adapter; the rest: VQA adapter. All correct.
    case(
        "X1189-008",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. The lady "
            "wears a long skirt with floral patterns. The skirt is with other fabric. There is an accessory on her "
            "wrist."
        ),
        piece("blouse", "peach"),
        piece("skirt", "blue"),
        piece("dupatta", "peach"),
        details("skirt", "The skirt is with other fabric and floral patterns. It is of long length."),
        Q.pattern("floral"),
        is_a("lehenga choli", "yes"),
        gender="Women",
        title="Mitera Women Teal Blue & Peach Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: model in a gold brocade blouse with elbow sleeves (the product), styled with a plain cream saree. Caption:
    # caption adapter; answers: VQA adapter. The garment question gets the styling saree's cream; the yes/no came back
    # empty.
    case(
        "X1189-009",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline."
        ),
        piece("blouse", "gold"),
        Q.garment_type("blouse"),
        Q.sleeve_length("medium sleeve"),
        is_a("blouse", "", "non_answer"),
        Q.color("cream", "other_garment_color"),
        gender="Women",
        title="Salwar Studio Women Gold-Toned Brocade Readymade Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # Photo: model in an off-white handloom cotton saree with indigo floral block print, an indigo short-sleeve blouse,
    # holding the pallu. Caption: caption adapter (calls the blouse sleeveless); answers: VQA adapter, the saree color
    # looping and the "wearing" answer cut at the limit (right as far as it goes).
    case(
        "X1189-010",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long skirt with floral patterns. The skirt is with cotton fabric.",
            "contradiction",
        ),
        Q.sleeve_length("short sleeve"),
        piece(
            "saree",
            "white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "blue"),
        Q.material("cotton"),
        Q.pattern("floral"),
        wearing(
            "a white saree with blue flowers on it and a blue blouse with short sleeves, the saree has a blue "
            "border and the pallu is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Off-White & Blue Printed Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # Photo: back view: red sequinned net lehenga, red short-sleeve blouse with a tie-up dori back, the red dupatta with
    # a gold border draped over her head and down her back, latkan tassels at the waist, no belt. Caption: caption
    # adapter (reads the veil as a hat); details: caption adapter (a belt); the rest: VQA adapter (the skirt answer runs
    # on into the next prompt).
    case(
        "X1189-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt with graphic patterns. There is a hat on her head.",
            "unsupported",
        ),
        piece("blouse", "red"),
        piece("skirt", "red Question: What is the color of the skirt? Answer: red", "leak"),
        piece("dupatta", "red"),
        is_a("lehenga choli", "yes"),
        details(
            "skirt",
            "The skirt is of long length. The fabric is other and it has graphic patterns. There is a belt on her "
            "waist.",
            "unsupported",
        ),
        gender="Women",
        title="Zeel Clothing Women Red Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model in a lavender satin saree with a matching short-sleeve blouse, a ring and bangles, beige backdrop.
    # Caption: caption adapter; answers: VQA adapter. All correct.
    case(
        "X1189-012",
        caption(
            "The lady wears a short-sleeve saree with pure color patterns. The saree is with other fabric. There is "
            "an accessory on her wrist. The lady wears a ring on her finger."
        ),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        Q.material("satin"),
        Q.pattern("solid"),
        wearing("she is wearing a purple saree", who="she"),
        is_a("saree", "yes"),
        gender="Women",
        title="Sangria Women Lavender Solid Satin Saree",
        category="Sarees",
        color="Lavender",
    ),
    # Photo: model in a yellow cotton lehenga skirt with a green floral print, a plain green short-sleeve blouse, a
    # yellow dupatta with a green border. Caption: caption adapter, cut at 50 tokens; details: caption adapter (says
    # nothing); the rest: VQA adapter, the blouse given the skirt's yellow.
    case(
        "X1189-013",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt with floral patterns. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "yellow", "other_garment_color"),
        piece("skirt", "yellow"),
        piece("dupatta", "yellow"),
        Q.pattern("floral"),
        details("skirt", "The skirt is long.", "non_answer"),
        is_a("lehenga choli", "yes"),
        gender="Women",
        title="panchhi Women Yellow & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: smiling model in a magenta art-silk Kanjeevaram saree with a gold zari border, magenta blouse, gold
    # necklace and bangles. Caption: caption adapter; answers: VQA adapter, the saree color looping and the "wearing"
    # answer starting with the prompt.
    case(
        "X1189-014",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with other fabric. She wears a necklace. "
            "There is an accessory on her wrist."
        ),
        piece(
            "saree",
            "pink and gold pink and gold pink and gold pink and gold pink and gold pink and gold pink and gold "
            "pink and",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        Q.material("silk"),
        is_a("saree", "yes"),
        wearing("Question: What is the person wearing? Answer: a pink saree", "leak"),
        gender="Women",
        title="Mimosa Women Magenta & Gold-Toned Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: model in a plain white cotton kurta and white leggings with the product, an orange bandhani dupatta,
    # draped over both shoulders. Caption: caption adapter; answers: VQA adapter, the dupatta given the kurta's white.
    case(
        "X1189-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears long pants with pure color patterns. There is a scarf around her neck."
        ),
        piece("dupatta", "white", "other_garment_color"),
        Q.pattern("dots"),
        Q.material("cotton"),
        is_a("dupatta", "yes"),
        Q.garment_type("scarf"),
        gender="Women",
        title="Dupatta Bazaar Women Orange & Gold-Toned Bandhani Printed Dupatta",
        category="Dupatta",
        color="Orange",
    ),
    # Photo: model in a sheer peach organza saree with a sequinned border and a peach sleeveless blouse, bangles.
    # Caption: caption adapter; answers: VQA adapter. All correct ("chiffon" for organza accepted).
    case(
        "X1189-016",
        caption(
            "The lady wears a sleeveless saree with pure color patterns. The saree is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist."
        ),
        piece("saree", "peach"),
        piece("blouse", "peach"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="KALINI Women Peach-Coloured Embellished Organza Saree",
        category="Sarees",
        color="Peach",
    ),
    # Photo: model in a navy velvet lehenga skirt with silver zari, navy full-sleeve blouse, a light blue net dupatta
    # with a silver border. Caption: caption adapter (a gentleman in pants); answers: VQA adapter, the skirt color
    # looping.
    case(
        "X1189-017",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with other fabric. The "
            "gentleman wears long pants.",
            "pronoun",
        ),
        piece("blouse", "blue"),
        piece(
            "skirt",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "blue"),
        is_a("lehenga choli", "yes"),
        wearing("a blue skirt and a blue shirt", who="she"),
        Q.pattern("graphic"),
        gender="Women",
        title="Inddus Women Navy Blue & Silver-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: model in a grey poly-georgette saree with a red floral print, a plain red sleeveless blouse, the floral
    # pallu over her shoulder. Caption: caption adapter; answers: VQA adapter, whose saree color runs on to the limit,
    # whose blouse color is the saree's grey and whose yes loops.
    case(
        "X1189-018",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt."
        ),
        piece(
            "saree",
            "grey with red flowers all over and a thin red border on the pallu and the hem, the model is wearing a "
            "red sleeveless",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "grey", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("polyester"),
        is_a(
            "saree",
            "yes, it is a saree. yes, it is a saree. yes, it is a saree. yes, it is a saree. yes, it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree mall Women Grey & Red Floral Print Poly Georgette Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: back view: model in a black cotton short-sleeve blouse with a deep U back and a tassel tie (the
    # product), worn with a maroon printed saree. Caption: caption adapter, cut at 50 tokens; answers: VQA adapter,
    # the garment question given the saree's maroon.
    case(
        "X1189-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and graphic patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "black"),
        Q.garment_type("blouse"),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton"),
        Q.color("maroon", "other_garment_color"),
        gender="Women",
        title="Fabindia Women Black Cotton Solid Saree Blouse",
        category="Blouse",
        color="Black",
    ),
    # Photo: model in an olive cotton lehenga skirt with a mustard block print, a mustard short-sleeve blouse, an
    # olive dupatta with mirror work. Caption and details: caption adapter; the rest: VQA adapter. All correct.
    case(
        "X1189-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt with graphic patterns. The skirt is with cotton fabric."
        ),
        piece("blouse", "yellow"),
        piece("skirt", "green"),
        piece("dupatta", "green"),
        details("skirt", "The skirt is with cotton fabric and graphic patterns. It is of long length."),
        Q.pattern("printed"),
        is_a("lehenga choli", "yes"),
        gender="Women",
        title="Fabpixel Women Olive Green & Mustard Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Olive",
    ),
    # Photo: model in a beige zari tissue saree with a soft sheen and a pink border, a pink elbow-sleeve blouse,
    # bangles. Caption: caption adapter; answers: VQA adapter, the pattern looping to the limit, the "wearing" answer
    # empty.
    case(
        "X1189-021",
        caption(
            "The lady wears a medium-sleeve saree with pure color patterns. The saree is with other fabric. There is "
            "an accessory on her wrist."
        ),
        piece("saree", "cream"),
        piece("blouse", "pink"),
        Q.material("silk"),
        Q.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        wearing("", "non_answer", who="she"),
        gender="Women",
        title="Mitera Women Beige & Pink Woven Design Zari Tissue Saree",
        category="Sarees",
        color="Beige",
    ),
    # Photo: a girl in a blue silk lehenga skirt and a gold brocade short-sleeve blouse; the set has no dupatta and none
    # is in the photo. Caption: caption adapter, cut at 50 tokens; answers: VQA adapter, which gives the missing dupatta
    # a color.
    case(
        "X1189-022",
        caption(
            "The female wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The female wears a long skirt with pure color patterns. The skirt is with other fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "gold"),
        piece("skirt", "blue"),
        piece("dupatta", "blue", "unsupported"),
        is_a("lehenga choli", "yes"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Bitiya by Bhama Girls Blue & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model seated on a wooden stool in a rust cotton saree with a black ikat diamond print, black short-sleeve
    # blouse. No gender in the feed row. Caption: caption adapter; answers: VQA adapter (the saree answer runs on into a
    # blouse prompt; "striped" for the ikat diamonds; "dress" for the saree).
    case(
        "X1189-023",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt with lattice patterns. The skirt is with cotton fabric and lattice patterns."
        ),
        piece("saree", "orange Question: What is the color of the blouse? Answer: black", "leak"),
        piece("blouse", "black"),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        is_a("saree", "yes"),
        wearing("a black and orange dress", "contradiction", who="she"),
        title="Sangam Prints Women Rust Orange Ikat Print Cotton Saree",
        category="Sarees",
        color="Rust",
    ),
    # Photo: a pink net dupatta with a green embroidered border and tassels, hung on a hanger against a white wall,
    # no person. Caption: caption adapter (invents a wearer); answers: VQA adapter.
    case(
        "X1189-024",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline.",
            "unsupported",
        ),
        piece("dupatta", "pink"),
        Q.pattern("floral"),
        Q.material("net"),
        is_a("dupatta", "no", "contradiction"),
        Q.garment_type("scarf"),
        gender="Women",
        title="Mirchi Fashion Women Pink & Green Embroidered Net Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # Photo: model in a white cotton saree with a broad red border, red short-sleeve blouse, red bindi and bangles.
    # Caption: caption adapter; answers: VQA adapter, the "wearing" answer running to the limit.
    case(
        "X1189-025",
        caption(
            "The lady wears a short-sleeve saree with pure color patterns. The saree is with cotton fabric. There is "
            "an accessory on her wrist."
        ),
        piece("saree", "white-red"),
        piece("blouse", "red"),
        Q.pattern("color block"),
        Q.material("cotton"),
        wearing(
            "She is wearing a white saree with a red border. She is wearing a red blouse. She is wearing a red "
            "bindi and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Women White & Red Solid Cotton Saree with Contrast Border",
        category="Sarees",
        color="White",
    ),
    # Photo: model in a lime green lehenga skirt with pink floral embroidery, a pink short-sleeve blouse, a pink
    # dupatta, bangles and a ring. Caption: caption adapter, cut at 50 tokens; details: caption adapter; the rest: VQA
    # adapter, the dupatta given the skirt's green, the pattern looping.
    case(
        "X1189-026",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with other fabric. The lady wears "
            "a long skirt with floral patterns. The skirt is with other fabric. There is an accessory on her wrist. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "green"),
        piece("dupatta", "green", "other_garment_color"),
        details("skirt", "The skirt is with other fabric and floral patterns."),
        is_a("lehenga choli", "yes"),
        Q.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Warthy Ent Women Lime Green & Pink Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: model in a plain maroon silk-blend saree styled with a gold short-sleeve blouse, holding a potli bag.
    # Caption: caption adapter; answers: VQA adapter, the blouse given the saree's color, long sleeves for short ones.
    case(
        "X1189-027",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt with pure color patterns. There is a bag in her hand."
        ),
        piece("saree", "red"),
        piece("blouse", "red", "other_garment_color"),
        Q.material("silk"),
        is_a("saree", "yes"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeve", "contradiction"),
        gender="Women",
        title="Anouk Women Maroon Solid Silk Blend Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: model in a purple sequinned lehenga skirt, purple sleeveless blouse, a gold net dupatta, bangles. Caption:
    # caption adapter ("his wrist"); details: caption adapter; the rest: VQA adapter (the dupatta answer echoes the
    # prompt; "dress").
    case(
        "X1189-028",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with other fabric. The lady wears "
            "a long skirt with graphic patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        piece("blouse", "purple"),
        piece("skirt", "purple"),
        piece("dupatta", "Question: What is the color of the dupatta? Answer: gold", "leak"),
        details("skirt", "The skirt is with other fabric and graphic patterns. It is of long length."),
        is_a("lehenga choli", "yes"),
        wearing("a purple dress", "contradiction", who="she"),
        gender="Women",
        title="SHUBHKALA Women Purple & Gold-Toned Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Photo: model seated on a stool in a teal silk-blend saree with a gold zari border, teal blouse, bangles.
    # Caption: caption adapter; answers: VQA adapter ("denim"; the "wearing" answer came back empty).
    case(
        "X1189-029",
        caption(
            "The lady wears a saree with pure color patterns. The saree is with other fabric. There is an accessory "
            "on her wrist."
        ),
        piece("saree", "green"),
        piece("blouse", "green"),
        Q.material("denim", "contradiction"),
        is_a("saree", "yes"),
        wearing("", "non_answer", who="she"),
        gender="Women",
        title="Vishnu Weaves Women Teal & Gold-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: model in a red sequinned sleeveless blouse with a sweetheart neckline (the product), styled with a beige
    # net saree. Caption: caption adapter; answers: VQA adapter. All correct.
    case(
        "X1189-030",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with other fabric. It has a "
            "v-shape neckline."
        ),
        piece("blouse", "red"),
        Q.garment_type("blouse"),
        Q.sleeve_length("sleeveless"),
        is_a("blouse", "yes"),
        Q.color("red"),
        gender="Women",
        title="Vastranand Women Red Embellished Sleeveless Saree Blouse",
        category="Blouse",
        color="Red",
    ),
    # Photo: model in a black cotton lehenga skirt with a white geometric print, a plain white short-sleeve blouse, a
    # black dupatta with a white border. Caption and details: caption adapter (details loop); the rest: VQA adapter, the
    # blouse given the skirt's black, the dupatta answer cut at the limit.
    case(
        "X1189-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt with graphic patterns. The skirt is with cotton fabric."
        ),
        piece("blouse", "black", "other_garment_color"),
        piece("skirt", "black"),
        piece(
            "dupatta",
            "black with a white border and the skirt is black with a white print and the blouse is white with a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        is_a("lehenga choli", "yes"),
        details(
            "skirt",
            "The skirt is with cotton fabric and graphic patterns. The skirt is with cotton fabric and graphic "
            "patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Fabcartz Women Black & White Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model in a blue georgette saree with yellow bandhani dots and a yellow short-sleeve blouse. Caption:
    # caption adapter; answers: VQA adapter. All correct.
    case(
        "X1189-032",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt with graphic patterns."
        ),
        piece("saree", "blue"),
        piece("blouse", "yellow"),
        Q.pattern("polka dot"),
        Q.material("chiffon"),
        is_a("saree", "yes"),
        wearing("a blue saree", who="she"),
        gender="Women",
        title="Shaily Women Blue & Yellow Bandhani Print Georgette Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: model in an all-peach lehenga choli with gold embroidery: peach skirt, peach sleeveless blouse, a sheer
    # peach net dupatta that reads almost white against the white backdrop. Caption: caption adapter, loops to the
    # limit; details: caption adapter; the rest: VQA adapter, the skirt color looping.
    case(
        "X1189-033",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with other fabric. The lady wears "
            "a long skirt with graphic patterns. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "peach"),
        piece(
            "skirt",
            "peach-gold-peach-gold-peach-gold-peach-gold-peach-gold-peach-gold-peach-gold-peach",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "white", "contradiction"),
        is_a("lehenga choli", "yes"),
        Q.sleeve_length("sleeveless"),
        details("skirt", "The skirt is of long length. The fabric is other and it has graphic patterns."),
        gender="Women",
        title="Kvsfab Women Peach & Gold-Toned Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model in a cream Kasavu cotton saree with a gold border and a green short-sleeve blouse, jasmine flowers
    # in her hair. Caption: caption adapter (the flowers become a hat); answers: VQA adapter.
    case(
        "X1189-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt with pure color patterns. There is a hat on her head.",
            "unsupported",
        ),
        piece("saree", "white"),
        piece("blouse", "green"),
        Q.material("cotton"),
        is_a("saree", "yes Question: Is this a saree? Answer: yes", "leak"),
        Q.pattern("solid"),
        wearing("a white saree and a green blouse", who="she"),
        gender="Women",
        title="Ishin Women Cream-Coloured & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # Photo: model in a pink embellished flared lehenga skirt (the product) with a white sleeveless crop top, no
    # dupatta. Caption: caption adapter, cut at 50 tokens; answers: VQA adapter, the garment question given the top's
    # white, the yes/no empty.
    case(
        "X1189-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt with graphic patterns. The skirt is with other fabric and graphic patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        piece("skirt", "pink"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt"),
        is_a("skirt", "", "non_answer"),
        Q.pattern("graphic"),
        gender="Women",
        title="Amirah s Women Pink Embellished Flared Lehenga Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: flat lay, no person: a red woven silk lehenga skirt spread out, an unstitched green blouse fabric and a
    # folded red dupatta beside it. Caption: caption adapter (invents a wearer); answers: VQA adapter, red for the
    # blouse fabric too.
    case(
        "X1189-036",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        piece("blouse", "red", "other_garment_color"),
        piece("skirt", "red"),
        piece("dupatta", "red"),
        is_a("lehenga choli", "yes"),
        Q.pattern("graphic"),
        gender="Women",
        title="Mitera Women Red & Green Woven Design Silk Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model in a pink and orange leheriya georgette saree (diagonal wave stripes), an orange short-sleeve blouse.
    # Caption: caption adapter; answers: VQA adapter, the blouse given the saree's pink, the "wearing" answer looping to
    # the limit.
    case(
        "X1189-037",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt with striped patterns."
        ),
        piece("saree", "pink-orange"),
        piece("blouse", "pink", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("chiffon"),
        is_a("saree", "yes"),
        wearing(
            "she is wearing a saree and a blouse. she is wearing a saree and a blouse. she is wearing a saree and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree mall Women Pink & Orange Leheriya Georgette Saree",
        category="Sarees",
        color="Pink",
    ),
    # Photo: model in a sea green georgette lehenga skirt with silver sequins, a sea green short-sleeve blouse, a white
    # net dupatta with a silver border, bangles. Caption: caption adapter, cut at 50 tokens; details: caption adapter;
    # the rest: VQA adapter, the dupatta given the skirt's green.
    case(
        "X1189-038",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt with graphic patterns. The skirt is with chiffon fabric and graphic patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "green"),
        piece("skirt", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("lehenga choli", "yes"),
        details(
            "skirt",
            "The skirt is of long length. The fabric is chiffon and it has graphic patterns. There is an accessory "
            "on her wrist.",
        ),
        Q.pattern("embroidered"),
        gender="Women",
        title="Fusionic Women Sea Green & Silver-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: three-quarter back view: model in a purple Chanderi saree with small gold buttis, the pallu down her back,
    # a matching purple blouse, bangles. Caption: caption adapter ("his wrist"); answers: VQA adapter ("no" to the saree
    # question).
    case(
        "X1189-039",
        caption(
            "The lady wears a saree with graphic patterns. The saree is with other fabric. There is an accessory on "
            "his wrist.",
            "pronoun",
        ),
        piece("saree", "purple"),
        piece("blouse", "purple"),
        Q.material("cotton"),
        is_a("saree", "no", "contradiction"),
        Q.pattern("graphic"),
        gender="Women",
        title="Kalakari India Women Purple & Gold-Toned Woven Design Handloom Chanderi Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: model in a plain white kurta and blue jeans with the product, a yellow phulkari dupatta with multicolor
    # floral embroidery, around her neck and down both sides. Caption: caption adapter, cut at 50 tokens; answers: VQA
    # adapter, the garment question given the jeans' blue, the pattern empty.
    case(
        "X1189-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears long pants. The pants are with denim fabric and pure color patterns. There is a scarf around her",
            "cut",
            hit_limit=True,
        ),
        piece("dupatta", "yellow"),
        Q.pattern("", "non_answer"),
        Q.material("cotton"),
        is_a("dupatta", "yes"),
        Q.color("blue", "other_garment_color"),
        gender="Women",
        title="Dupatta Bazaar Women Yellow Phulkari Embroidered Cotton Dupatta",
        category="Dupatta",
        color="Yellow",
    ),
    # Photo: model in a mustard cotton lehenga skirt with a maroon floral print, a plain maroon short-sleeve blouse, a
    # mustard dupatta. Caption: caption adapter, cut at 50 tokens; answers: VQA adapter, the dupatta color only the
    # question back.
    case(
        "X1189-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt with floral patterns. The skirt is with cotton fabric and "
            "floral",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "maroon"),
        piece("skirt", "yellow"),
        piece("dupatta", "the color of the dupatta is the color of the dupatta", "restated"),
        is_a("lehenga choli", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="Janasya Women Mustard & Maroon Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: model in an olive linen saree with tassels on the pallu, a white sleeveless blouse, a tan sling bag on her
    # shoulder. Caption: caption adapter, cut at 50 tokens; answers: VQA adapter ("cotton" for the linen of the title;
    # the pattern only the question back).
    case(
        "X1189-042",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt with pure color patterns. The skirt is with cotton fabric. There is a bag on her "
            "shoulder. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "green"),
        piece("blouse", "white"),
        Q.material("cotton", "contradiction"),
        Q.pattern("the pattern of the garment", "restated"),
        Q.sleeve_length("sleeveless"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Women Olive Green Solid Linen Saree with Tassels",
        category="Sarees",
        color="Olive",
    ),
    # Photo: a girl in a green printed cotton lehenga skirt, a pink short-sleeve blouse and a pink dupatta, holding a
    # small flower basket. Caption: caption adapter; answers: VQA adapter. All correct.
    case(
        "X1189-043",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "female wears a long skirt with floral patterns."
        ),
        piece("blouse", "pink"),
        piece("skirt", "green"),
        piece("dupatta", "pink"),
        is_a("lehenga choli", "yes"),
        wearing("a green skirt and a pink top", who="the girl"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green & Pink Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: model in a coral net saree with an embroidered border, a coral blouse with sheer full sleeves, bangles.
    # Caption: caption adapter; answers: VQA adapter (the blouse color loops; "he" for the woman).
    case(
        "X1189-044",
        caption(
            "The lady wears a long-sleeve saree with graphic patterns. The saree is with chiffon fabric. There is an "
            "accessory on her wrist."
        ),
        piece("saree", "orange"),
        piece(
            "blouse",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.material("net"),
        Q.sleeve_length("long sleeve"),
        wearing("he is wearing a saree", "pronoun"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Women Coral Embroidered Net Saree",
        category="Sarees",
        color="Coral",
    ),
    # Photo: model in a gold tissue lehenga skirt, a gold sleeveless blouse, a maroon velvet dupatta with a gold
    # border. Caption: caption adapter (the shiny tissue read as leather); details: caption adapter; the rest: VQA
    # adapter. The answers are right.
    case(
        "X1189-045",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt with pure color patterns. The skirt is with leather fabric.",
            "unsupported",
        ),
        piece("blouse", "gold"),
        piece("skirt", "gold"),
        piece("dupatta", "maroon"),
        is_a("lehenga choli", "yes"),
        details("skirt", "The skirt is of long length. The fabric is other and it has pure color patterns."),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Ethnovog Women Gold-Toned Tissue Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
]
