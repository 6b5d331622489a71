"""BLIND_1479 (45 products; Myntra women's ethnic wear, caption adapter + extractive QA): written blind in the sixty-
fifth session. Measured blind at af418ff (the session's third rules): 67/85 failures found (78.8%) and 25/199 correct
texts flagged (12.6%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, gowns, ethnic dresses, straight kurtas and kurtis worn
over leggings, kurta sets, and two leggings listings shot on a model in a kurta. Catalog columns as the feed has
them: title, category (Myntra's article type), color (its base colour), gender; one or the other is missing now and
then. Photos are the usual Myntra shots: model on a white, grey or pastel backdrop wearing the product with leggings,
churidar or a dupatta; a few back views, two flat lays, a couple of props (a carved chair, a brass lamp, a clutch).
Who wrote what: every caption comes from the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, trained
on DeepFashion-MultiModal templates, no end token): it never stops on its own, so nearly every caption runs to the
50-token limit and either ends mid-sentence or falls into a repeated sentence; it knows no hue names and no ethnic
garment names (an anarkali or a long kurta is a "dress", sometimes a "shirt"; leggings are "leggings", "pants" or
"trousers"; fabric is only cotton, chiffon, denim, knitting, furry or leather). The open answers (what is the person
wearing, describe, details, material) are spans extracted by timpal0l/mdeberta-v3-base-squad2 from that caption, so
they can only repeat the caption's words or come back empty. The closed answers (garment type, color, pattern,
sleeve length, and the yes/no garment question) come from the reference engine ranking a fixed list of candidates
with the untuned base model.
Labeling conventions and judgement calls: judged against the photo I describe in each comment and the title. A caption
that ran to the limit and ends mid-sentence is `cut`; one that ran to the limit but happens to end on a full stop, with
nothing wrong in it, is left unmarked with hit_limit=True. One label per text: where a cut caption also invents
something, I labeled whichever is worse for the product (an invented ring is minor, so `cut`; a wrong fabric or the
garment split into a top and a skirt is worse). "dress" for an anarkali, a gown or a calf-length kurta is accepted (that
is what it looks like and the adapter has no better word); "shirt", "tank top" or "skirt" for them is `contradiction`,
except that a hip-length kurti called a "shirt" is accepted. An open answer that names only the leggings or trousers, or
an accessory, as what the person wears is `contradiction`; so is a closed garment type, pattern or sleeve length that
belongs to the other piece (a leggings listing answered "printed", "three-quarter sleeves"). "medium-sleeve" is accepted
for three-quarter sleeves, "long-sleeve" for them is not. A closed color that is the leggings', the dupatta's or the
churidar's color is `other_garment_color`; a closed color that is the print's or the embroidery's color on the product
itself is `contradiction`. Close shades count as right (teal blue -> "blue", lavender -> "purple", mustard -> "yellow",
sea green -> "green"). A material that the title names otherwise (cotton for rayon or crepe, chiffon for georgette or
net, furry for velvet, denim for a cotton kurti) is `unsupported`; the adapter's "other" fabric, given back as the
material, is `non_answer`; where the title names no fabric I judged by what I say the photo shows. An empty extractive
answer is `non_answer`; an answer that only says the person ("The lady") or only the garment word back is `restated`.
Accessories the photo shows (bangles, a ring) are correct; ones it does not show (a ring in a back view, a hat for a
dupatta on the head) are `unsupported`, and so is a flat lay captioned as a lady wearing the garment. No leaks: neither
the adapter's captions nor the span extractor carry the "Question: ... Answer:" prompt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1479 = [
    # Photo: maroon calf-length anarkali with small gold foil motifs, three-quarter sleeves, round neck, over white
    # churidar; grey backdrop, bangles on the left wrist. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-001",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("anarkali kurta"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Libas Women Maroon Ethnic Motifs Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: teal floor-length georgette gown, sheer full sleeves, gold zari embroidery on the yoke; beige backdrop,
    # model holds a small gold clutch. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-002",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. It has a round neckline. The dress "
            "is of long length and its fabric is chiffon. The female wears a ring. There is an accessory in her "
            "wrist. The female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("chiffon", "unsupported"),
        Q.garment_type("gown"),
        Q.color("teal"),
        Q.pattern("solid", "contradiction"),
        gender="Women",
        title="Sangria Women Teal Embroidered Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # Photo: mustard knee-length straight kurta with white block print, three-quarter sleeves, round neck, white
    # leggings; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-003",
        caption(
            "This woman wears a medium-sleeve shirt with graphic patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns and a long leggings", "contradiction"),
        Q.color("mustard"),
        is_a("kurta", "yes"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="AKS Women Mustard Yellow & White Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: navy blue A-line calf-length kurta with white and pink flowers, three-quarter sleeves, V neck, white
    # leggings; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-004",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Anouk Women Navy Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: green knee-length flared ethnic dress with small white motifs, short sleeves, round neck; tan sandals,
    # a watch on the left wrist; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-005",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        D.details("The dress is of medium length"),
        Q.color("green"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("dress"),
        gender="Women",
        title="W Women Green Printed A-Line Cotton Ethnic Dress",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: pink anarkali with gold gota yoke, three-quarter sleeves, matching pink trousers, cream dupatta over
    # both shoulders; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-006",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.color("cream", "other_garment_color"),
        Q.garment_type("kurta set"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Varanga Women Pink Yoke Design Silk Blend Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: rust tiered sleeveless maxi ethnic dress with a small floral print, V neck, thin belt at the waist;
    # model holds a straw bag; off-white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-007",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. The neckline of it is v-shape. The lady "
            "wears a long skirt, with cotton fabric and floral patterns. There is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long skirt", "contradiction"),
        Q.color("rust"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        gender="Women",
        title="Global Desi Women Rust Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
    ),
    # Photo: off-white straight kurta with indigo block print, three-quarter sleeves, round neck, over indigo
    # leggings; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-008",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns and a long pants"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        is_a("dress", "no"),
        gender="Women",
        title="Biba Women Off White & Blue Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: BACK VIEW of a black anarkali with gold foil print, full sleeves, deep flare; hair in a bun, hands in
    # front of the body and not visible. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-009",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. This lady wears a ring on her finger. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        D.details("graphic patterns"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("anarkali kurta"),
        gender="Women",
        title="Indo Era Women Black & Gold-Toned Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: peach midi A-line ethnic dress, plain crepe, short puff sleeves, round neck; pale pink backdrop, a ring
    # and bangles visible. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-010",
        caption(
            "The female is wearing a short-sleeve dress with pure color patterns. It has a round neckline. The dress "
            "is of medium length and its fabric is cotton. The female wears a ring. There is an accessory in her "
            "wrist. The female wears a ring",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("dress"),
        gender="Women",
        title="Janasya Women Peach-Coloured Solid Crepe A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Photo: the product is the WHITE churidar leggings; the model wears a red floral kurta to the knee over them,
    # the leggings gathered at the ankles; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-011",
        caption(
            "This woman wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns and a long leggings"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        Q.pattern("solid"),
        Q.material("cotton"),
        gender="Women",
        title="Go Colors Women White Solid Cotton Churidar Leggings",
        category="Leggings",
        color="White",
    ),
    # Photo: magenta anarkali with tonal floral thread embroidery, full sleeves, churidar, pink-and-gold dupatta over
    # one shoulder; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-012",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is of long length. The dress is "
            "of long length. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        D.details("long length"),
        Q.color("magenta"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("", "non_answer"),
        gender="Women",
        title="KALINI Women Magenta Floral Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Photo: olive straight kurta with mirror-work yoke, three-quarter sleeves, round neck, beige leggings; light grey
    # backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-013",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        D.description("medium sleeves, cotton fabric and pure color patterns"),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Soch Women Olive Green Yoke Design Straight Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: royal blue floor-length gown with a wide gold printed border at the hem, full sleeves, V neck; model
    # stands beside a carved wooden chair. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-014",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.color("blue"),
        Q.garment_type("gown"),
        Q.pattern("printed"),
        is_a("kurta", "no"),
        gender="Women",
        title="Ahalyaa Women Blue Ethnic Motifs Printed Maxi Gown",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # Photo: FLAT LAY on white: black straight kurta with white and red flowers, three-quarter sleeves, round neck;
    # no model, no accessories. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-015",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Nayo Women Black Floral Printed Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: lavender cotton kurta with white chikankari embroidery all over, three-quarter sleeves, round neck,
    # white leggings; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-016",
        caption(
            "This woman wears a medium-sleeve dress with floral patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns and a long leggings"),
        Q.color("purple"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        gender="Women",
        title="Tissu Women Lavender Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: sea green rayon anarkali with white floral print, three-quarter sleeves, round neck, white leggings;
    # pastel blue backdrop, bangles on both wrists. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-017",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.color("green"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("anarkali kurta", "yes", article="an"),
        Q.pattern("floral"),
        gender="Women",
        title="Juniper Women Sea Green Floral Printed Rayon Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: red straight kurta with gold foil print, full sleeves, mustard leggings; a woman with a short bob
    # haircut, a watch on the wrist; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-018",
        caption(
            "This man wears a long-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns and a long pants"),
        Q.color("mustard", "other_garment_color"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Vishudh Women Red & Gold-Toned Printed Kurta with Leggings",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: plain navy straight kurta, three-quarter sleeves, round neck, white leggings, a watch; white backdrop.
    # No gender column in this row. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-019",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        D.description("medium sleeves, cotton fabric and pure color patterns"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.garment_type("top", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Aurelia Women Navy Blue Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: yellow maxi ethnic dress with large pink flowers, short flutter sleeves, V neck; pale blue backdrop.
    # Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-020",
        caption(
            "The female is wearing a short-sleeve dress with floral patterns. It has a v-shape neckline. The dress is "
            "of long length and its fabric is chiffon. The female wears a ring. There is an accessory in her wrist. "
            "The female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.garment_type("dress"),
        Q.sleeve_length("short sleeves"),
        is_a("kurta", "no"),
        gender="Women",
        title="GERUA Women Yellow & Pink Floral Printed Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
    ),
    # Photo: teal blue straight kurta with a gold printed yoke, three-quarter sleeves, round neck, white leggings;
    # white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-021",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns and a long leggings"),
        Q.color("blue"),
        is_a("kurta", "yes"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Libas Women Teal Blue Yoke Design Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: maroon velvet anarkali with gold zari embroidery at the neckline and hem, full sleeves, gold dupatta
    # over the arm; dark grey backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-022",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with furry fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("furry", "unsupported"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("anarkali kurta"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Mitera Women Maroon Embroidered Velvet Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: hip-length white kurti with small black geometric print, short sleeves, mandarin collar, black
    # leggings; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-023",
        caption(
            "Her shirt has short sleeves, cotton fabric and graphic patterns. It has a stand neckline. The lady wears "
            "a long leggings. The leggings are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long leggings", "contradiction"),
        D.details("stand neckline"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("kurti"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Tissu Women White & Black Geometric Printed Kurti",
        category="Kurtis",
        color="White",
    ),
    # Photo: dusty pink georgette anarkali gown, silver sequin work on the bodice, sleeveless with wide straps, round
    # neck; model holds a silver clutch, rings on both hands. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a round neckline. The dress is of long length. The lady wears a ring on her finger. There is an "
            "accessory on her wrist. The lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.material("chiffon", "unsupported"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("gown"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Inddus Women Dusty Pink Embellished Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: cobalt blue straight kurta with white stripes, three-quarter sleeves, V neck, white leggings; white
    # backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-025",
        caption(
            "This woman wears a medium-sleeve dress with striped patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is v-shape. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with striped patterns and a long leggings"),
        Q.pattern("striped"),
        Q.color("blue"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Blue & White Striped Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: wine anarkali with all-over small gold buttis, full sleeves, round neck, matching wine churidar and a
    # gold-edged wine dupatta, a gold choker; the model stands by a tall brass lamp. Caption adapter; open: extractive
    # QA; closed: engine. No category column in this row.
    case(
        "X1479-026",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. The lady has neckwear.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.color("burgundy"),
        Q.garment_type("kurta set"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Sangria Women Wine Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        color="Burgundy",
    ),
    # Photo: orange ethnic dress, knee length, white and orange bandhani print, three-quarter sleeves with tassel
    # ties, keyhole neck; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-027",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a "
            "ring. There is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        D.details("graphic patterns"),
        Q.pattern("printed"),
        Q.color("orange"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Varanga Women Orange Bandhani Printed Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Orange",
    ),
    # Photo: plain black straight kurta, long sleeves, round neck, over black leggings; model in front of a white
    # wall, a silver necklace. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady has "
            "neckwear. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("neckwear", "contradiction"),
        D.description("long sleeves, cotton fabric and pure color patterns"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        Q.garment_type("leggings", "contradiction"),
        gender="Women",
        title="W Women Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: white chikankari anarkali with pastel thread work, three-quarter sleeves, round neck, white churidar;
    # white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-029",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.garment_type("anarkali kurta"),
        Q.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        gender="Women",
        title="Ada Women White Chikankari Embroidered Cotton Anarkali Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: emerald green satin gown, floor length, puff long sleeves, sweetheart neck, gold belt at the waist;
    # pale grey backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-030",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. It has a v-shape neckline. The dress "
            "is of long length and its fabric is other. The female has a belt. The female wears a ring. There is an "
            "accessory in her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("other", "non_answer"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.garment_type("gown"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Aurelia Women Green Solid Satin Maxi Gown with Belt",
        category="Ethnic Dresses",
        color="Green",
    ),
    # Photo: the product is the MAROON ankle-length leggings; the model wears a beige printed kurta over them; white
    # backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-031",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns and a long leggings"),
        Q.color("maroon"),
        Q.garment_type("leggings"),
        is_a("kurta", "yes", "contradiction"),
        Q.pattern("printed", "contradiction"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        gender="Women",
        title="De Moza Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: mint green straight kurta with pink floral embroidery on the yoke only, three-quarter sleeves, V neck,
    # white leggings, white dupatta over the arm; white backdrop. Caption adapter; open: extractive QA; closed:
    # engine.
    case(
        "X1479-032",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        D.details("long length. The dress is of long length. The dress is of long length", "loop"),
        Q.color("green"),
        Q.garment_type("kurta"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Soch Women Mint Green Floral Yoke Embroidered Straight Kurta with Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: navy blue ethnic midi dress with white ikat print, short sleeves, round neck, side pockets; model with
    # hand in pocket; white backdrop. No gender column. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-033",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a "
            "ring.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        D.details("graphic patterns"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("dress"),
        Q.material("cotton"),
        title="Global Desi Women Navy Blue Ikat Printed A-Line Midi Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Photo: coral pink anarkali with white leaf print, sleeveless, round neck, white churidar; pastel backdrop.
    # Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-034",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. The neckline of it is round. The lady "
            "wears a long skirt, with cotton fabric and floral patterns. The lady wears a long pants. The pants are "
            "with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long skirt", "contradiction"),
        D.details("no sleeves"),
        Q.color("coral"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("anarkali kurta"),
        gender="Women",
        title="Libas Women Coral Pink Leaf Printed Anarkali Kurta",
        category="Kurtas",
        color="Coral",
    ),
    # Photo: purple straight kurta with silver foil print, three-quarter sleeves, round neck, over purple leggings;
    # BACK VIEW, hair open. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-035",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "This woman wears a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns and a long leggings"),
        Q.color("purple"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Indo Era Women Purple Foil Printed Cotton Kurta with Leggings",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: cream georgette ethnic maxi dress with a multicoloured floral print, long bell sleeves, V neck; beige
    # backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-036",
        caption(
            "The female is wearing a long-sleeve dress with floral patterns. It has a v-shape neckline. The dress is "
            "of long length and its fabric is chiffon. The female wears a ring. There is an accessory in her wrist. "
            "The female wears a ring. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.color("multi"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Janasya Women Cream-Coloured Floral Printed Georgette Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Multi",
    ),
    # Photo: bottle green straight kurta with gold zari woven stripes, three-quarter sleeves, mandarin collar, over
    # white churidar leggings; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-037",
        caption(
            "Her shirt has medium sleeves, cotton fabric and striped patterns. It has a stand neckline. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.description("medium sleeves, cotton fabric and striped patterns"),
        Q.color("green"),
        Q.pattern("striped"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Biba Women Green & Gold-Toned Woven Design Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: grey anarkali with black and white geometric print, three-quarter sleeves, round neck, black leggings;
    # white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-038",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.color("black", "other_garment_color"),
        Q.pattern("geometric"),
        Q.garment_type("anarkali kurta"),
        is_a("kurta", "yes"),
        gender="Women",
        title="Nayo Women Grey & Black Geometric Printed Anarkali Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: red bridal-style net anarkali gown, heavy gold embroidery, full sheer sleeves, red dupatta on the head;
    # red backdrop curtain. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-039",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. There is a hat on her head. The dress is "
            "with chiffon fabric and its neckline is round. The dress is of long length. There is an accessory on her "
            "wrist. This lady wears a ring on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        D.details("There is a hat on her head", "unsupported"),
        Q.color("red"),
        Q.garment_type("gown"),
        Q.pattern("embroidered"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Mitera Women Red Embroidered Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Photo: yellow kurti, hip length, white floral print, short sleeves, round neck, with blue denim jeans (the
    # catalog styles it so); white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-040",
        caption(
            "Her shirt has short sleeves, cotton fabric and floral patterns. It has a round neckline. The lady wears "
            "a long trousers. The trousers are with denim fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady wears a ring.",
            hit_limit=True,
        ),
        wearing("a long trousers", "contradiction"),
        Q.material("denim", "unsupported"),
        Q.color("yellow"),
        Q.garment_type("kurti"),
        Q.pattern("floral"),
        gender="Women",
        title="Anouk Women Yellow Floral Printed Pure Cotton Kurti",
        category="Kurtis",
        color="Yellow",
    ),
    # Photo: peach straight kurta with peach thread embroidery at the neck, three-quarter sleeves, V neck, matching
    # peach leggings; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-041",
        caption(
            "This woman wears a medium-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is v-shape. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns and a long leggings"),
        Q.color("peach"),
        Q.pattern("solid"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="AKS Women Peach Solid Kurta with Leggings",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: black georgette anarkali gown with a multicoloured floral border at the hem and cuffs, full sleeves,
    # round neck; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-042",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.garment_type("gown"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Ahalyaa Women Black Floral Printed Georgette Anarkali Gown",
        category="Ethnic Dresses",
        color="Black",
    ),
    # Photo: FLAT LAY: mustard yellow kurta set laid out, kurta with white embroidery on the yoke, three-quarter
    # sleeves, white leggings folded beside it; no person. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-043",
        caption(
            "This woman wears a medium-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns and a long leggings"),
        Q.color("yellow"),
        Q.garment_type("kurta set"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        gender="Women",
        title="Juniper Women Mustard Yellow Yoke Design Kurta with Leggings",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: indigo blue straight kurta, dabu print in white, long sleeves rolled to the elbow, round neck, white
    # leggings; model sits on a wooden stool. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-044",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        D.description("The dress", "restated"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.material("cotton"),
        gender="Women",
        title="GERUA Women Indigo Blue Dabu Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: lime green anarkali with pink floral print, three-quarter sleeves, round neck, pink churidar and a pink
    # dupatta draped around the neck; white backdrop. Caption adapter; open: extractive QA; closed: engine.
    case(
        "X1479-045",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady has "
            "neckwear. This lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady", "restated"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("kurta set"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="KALINI Women Lime Green Floral Printed Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
]
