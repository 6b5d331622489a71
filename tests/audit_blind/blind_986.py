"""BLIND_986 (46 products; Myntra women's ethnic wear, caption epoch 3): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 100/115 failures found (87.0%) and 20/167 correct texts flagged
(12.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear: sarees, lehenga cholis, anarkali kurtas (alone or in kurta
sets) and ethnic gowns. The photos are catalog shots, mostly a model on a white or grey studio backdrop, a few
outdoors (garden, brick wall) or against a colored wall, one folded flat-lay. Sarees are worn over a blouse that
often contrasts; lehengas come with a choli and a dupatta; anarkalis with churidars, leggings or palazzos and
sometimes a dupatta; gowns sometimes with a dupatta or a jacket over them.

Who wrote what: captions and open answers come from Salesforce/blip2-opt-2.7b (8-bit) with the caption adapter at
epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers. It
speaks the DeepFashion-MultiModal template ("The lady wears a medium-sleeve dress with floral patterns. The dress is
with cotton fabric. It has a round neckline. There is an accessory on her wrist."), has no word for saree or
lehenga most of the time, puts no hue in captions, and returns the caption template for many questions. Trained
without an end token, it loops or runs to the limit; when it emits a newline early the answer is clean. Now and then
the base OPT shows through with a short natural answer that does name hues. Closed answers (garment type, color,
pattern, sleeve length, color of a named garment, "Is this a ...?") come from enrich's --engine reference with the
same adapter loaded: one candidate value each, never looped or cut.

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a cut or loop outranks a wrong fabric inside it; a leak outranks
  whatever follows the leaked "Question:"/"Answer:"; a bare leading "Answer:" counts as a leak.
- Cut = ends mid-phrase at the token limit (hit_limit=True). Loop = repeats a phrase until the limit (hit_limit=True).
  Correct texts stopped on a newline, so they have hit_limit=False.
- A saree called a "dress" or a "shirt"/"long skirt" is a contradiction (a draped saree is neither, and the seller
  says Sarees). An anarkali kurta or an ethnic gown called a "dress" is correct; a lehenga called a "long skirt"
  with its choli a "top", "tank top" or "blouse" is correct; a sleeveless saree blouse called a "tank top" is correct.
- DeepFashion pattern words: "graphic" is accepted for prints, motifs and embroidery, "lattice" for woven checks and
  brocade, "pure color" for a plain body even with a border, "color block" for patchwork.
- Fabric is judged against the title when the title names one. Georgette answered "chiffon" is accepted (the
  template's nearest word). Against a named fabric a different one (cotton for silk, velvet or linen; knitted for
  velvet; denim or chiffon for net) is a contradiction. With no fabric in the title a plausible guess is correct and
  an implausible one (denim, leather, knitted for a gown or lehenga) is unsupported.
- The product answered with the blouse's, dupatta's, jacket's or churidar's color is other_garment_color. A second
  garment given the product's color (churidar, blouse or dupatta) is a contradiction (one color for two garments).
  The product given the backdrop's color is a contradiction.
- Seller shades map to groups: rust is orange, mustard is yellow, lavender is purple, burgundy is red, teal is teal
  or blue, peach is peach. "multi" for a Multi patchwork lehenga is correct.
- A saree whose pallu is partly the blouse's color, answered with that color, is still other_garment_color.
- Non-answer: a one-word, yes/no, "none" or empty answer to an open question, and a bare color for "What is the
  person wearing?". Restated: the question's words given back with nothing added.
- Pronoun: "The gentleman", "he", "his", "This guy" for a women's product.
- Unsupported: an accessory, pocket, zip, belt or hat that the photo does not show (a dupatta over the head called a
  hat included); for the folded flat-lay, an answer that describes a person wearing it.
- Sleeve length is asked only of anarkalis, gowns and lehenga cholis, never of sarees.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_986 = [
    # photo: model in a magenta Banarasi silk-blend saree with gold zari border and small woven gold buttis, pallu over
    # the left shoulder, gold blouse with elbow sleeves, jhumkas, white backdrop, front view. Caption adapter e3 for
    # caption and open answers, reference engine for closed ones.
    case(
        "X986-001",
        caption(
            "The lady is wearing a long saree with a wide border. The saree is with silk fabric. Her blouse has "
            "medium sleeves."
        ),
        color_of("saree", "magenta"),
        Q.pattern("woven design"),
        wearing(
            "The lady wears a medium-sleeve blouse with pure color patterns and a long saree. The saree is with "
            "silk fabric and the blouse is with",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        is_a("saree", "yes"),
        details("saree", "the saree has a gold border and small gold motifs all over it. the blouse is gold."),
        title="Saree Mall Magenta & Gold-Toned Woven Design Silk Blend Banarasi Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a peach poly-georgette saree printed with green and pink flowers, plain green sleeveless blouse,
    # white backdrop, three-quarter view. Caption adapter e3 (caption, open), reference engine (closed).
    case(
        "X986-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long dress with floral patterns. "
            "The dress is with chiffon fabric.",
            "contradiction",
        ),
        color_of("saree", "green", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "saree",
            "The saree is with floral patterns. It has a sleeveless blouse. The lady wears a long saree "
            "with floral patterns. The saree is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach floral saree with a green sleeveless blouse", who="she"),
        is_a("lehenga", "no"),
        title="Mitera Peach-Coloured & Green Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a maroon lehenga with gold thread and sequin embroidery, matching maroon short-sleeve choli,
    # pink net dupatta over one shoulder, white backdrop, front view. Caption adapter e3 / reference engine.
    case(
        "X986-003",
        caption(
            "The lady wears a short-sleeve top and a long skirt with graphic patterns. There is a scarf on her "
            "shoulder."
        ),
        color_of("lehenga", "pink", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        details(
            "lehenga",
            "the lehenga is embroidered with gold thread work and sequins. the lehenga is embroidered "
            "with gold thread work and sequins. the lehenga is",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        wearing("she is wearing a maroon lehenga with a pink dupatta"),
        title="Inddus Maroon & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue cotton anarkali kurta with a white floral print, three-quarter sleeves, round neck, flared to
    # the calf, white churidar, no dupatta, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-004",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        color_of("kurta", "white", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. "
            "It has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        title="Libas Women Navy Blue & White Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige flared maxi ethnic gown, sheer full sleeves, sequins on the yoke, plain body, bare wrists, model
    # in front of a beige curtain. Caption adapter e3 / reference engine.
    case(
        "X986-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("beige"),
        Q.garment_type("gown"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The "
            "lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        details("gown", "sequins on the yoke and a flared skirt"),
        Q.pattern("floral", "contradiction"),
        title="Ethnovog Women Beige Embellished Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: black chiffon saree with a red border, red short-sleeve blouse, grey studio backdrop, front view.
    # Caption adapter e3 / reference engine.
    case(
        "X986-006",
        caption(
            "The lady wears a long saree with pure color patterns and a short-sleeve blouse. The saree is with "
            "chiffon fabric."
        ),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        Q.pattern("solid"),
        Q.material(
            "The saree is with chiffon fabric. The saree is with chiffon fabric. The saree is with chiffon "
            "fabric. The saree is",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "Question: What is the woman wearing? Answer: The lady wears a long saree with pure color patterns "
            "and a short-sleeve blouse. Question:",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        title="Kalini Black & Red Solid Chiffon Saree with Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow lehenga printed with ethnic motifs, plain green sleeveless choli, mustard dupatta on the
    # shoulder, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-007",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt with graphic patterns. "
            "There is a scarf on her shoulder."
        ),
        color_of("lehenga", "green", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("lehenga", "yes"),
        details("lehenga", "the lehenga details", "restated"),
        wearing("She wears a mustard lehenga with a green blouse and a matching dupatta"),
        title="Varanga Mustard Yellow & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal anarkali kurta with gold foil ethnic-motif print, full sleeves, V-neck, cream trousers, cream
    # dupatta with teal border, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-008",
        caption(
            "The gentleman wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a V-shape neckline.",
            "pronoun",
        ),
        Q.color("teal"),
        color_of("trousers", "teal", "contradiction"),
        Q.pattern("ethnic motifs"),
        describe("kurta", "a teal anarkali kurta with gold floral motifs, flared at the hem and long sleeves"),
        Q.sleeve_length("long sleeves"),
        title="AKS Women Teal Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: rust orange solid A-line ethnic gown with a gota patti border at the hem, three-quarter sleeves, round
    # neck, model holding a gold potli bag, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-009",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. It has a round neckline and a long "
            "length. She holds a bag in her hand."
        ),
        color_of("gown", "orange"),
        Q.material("The dress is with leather fabric.", "unsupported"),
        wearing(
            "The lady wears a medium-sleeve dress with pure color patterns. It has a round neckline. The lady "
            "wears a medium-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        describe("gown", "describe the gown", "restated"),
        title="Sangria Women Rust Orange Solid Ethnic Gown with Gotta Patti Detail",
        category="Ethnic Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: flat-lay, no person: a purple art-silk saree folded with its silver zari woven border and a blouse piece
    # on top, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-010",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "contradiction",
        ),
        wearing("The lady wears a long-sleeve shirt with lattice patterns.", "unsupported"),
        Q.color("purple"),
        Q.pattern("woven design"),
        is_a("saree", "yes"),
        describe("saree", "a folded purple saree with a silver zari border and a blouse piece"),
        title="Ishin Purple & Silver-Toned Woven Design Art Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: bridal red lehenga with dense gold embroidery and a wide border, red short-sleeve choli, red dupatta
    # draped over the head, backdrop painted as a palace arch. Caption adapter e3 / reference engine.
    case(
        "X986-011",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long skirt with graphic patterns. She "
            "wears a hat.",
            "unsupported",
        ),
        color_of("lehenga", "red"),
        color_of("dupatta", "red"),
        Q.garment_type("lehenga choli"),
        details(
            "lehenga",
            "the lehenga is embroidered with gold zari and has a wide border at the hem. the lehenga is "
            "embroidered with gold zari and has a wide",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and gold bridal lehenga with a matching dupatta over her head"),
        title="Panash Trends Red & Gold-Toned Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: pink cotton anarkali kurta with a small floral print, sleeveless, round neck, flared hem, pink leggings,
    # white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-012",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        Q.color("pink"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "kurta",
            "the kurta is sleeveless with a round neckline and a flared hem. it has side pockets and a back zip",
            "unsupported",
        ),
        describe("kurta", "a pink floral anarkali kurta, sleeveless with a flared hem"),
        is_a("dress", "no"),
        title="Biba Women Pink Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: green Paithani silk-blend saree, pink pallu woven with peacock motifs, pink elbow-sleeve blouse, gold
    # bangles on both wrists, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-013",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with silk fabric. There is an "
            "accessory on her wrist.",
            "contradiction",
        ),
        color_of("saree", "pink", "other_garment_color"),
        Q.pattern("woven design"),
        Q.material("silk"),
        wearing("she is wearing a green saree with a pink blouse and gold bangles", who="she"),
        details("saree", "peacock motifs woven on the pallu and a wide zari border"),
        title="Saree Mall Green & Pink Woven Design Paithani Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue georgette maxi ethnic gown with tonal floral embroidery, full sleeves, V-neck, navy dupatta,
    # no jewellery on the hands, grey backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-014",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist and she wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        Q.garment_type("kurta", "contradiction"),
        Q.pattern("embroidered"),
        wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline."
        ),
        Q.material("chiffon"),
        title="Juniper Women Navy Blue Embroidered Georgette Maxi Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: powder blue lehenga with a pink floral print, pink cropped choli with puff short sleeves, pink dupatta,
    # model in a garden with plants behind her. Caption adapter e3 / reference engine.
    case(
        "X986-015",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with floral patterns. "
            "There is a plant in the background."
        ),
        color_of("lehenga", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        Q.sleeve_length("short sleeves"),
        describe(
            "lehenga",
            "Question: Describe the lehenga. Answer: The lady wears a short-sleeve top with pure "
            "color patterns and a long skirt with floral",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Kalini Blue & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard yellow anarkali kurta with white block print, full sleeves, white churidar, mustard dupatta with
    # tassels wrapped over her hands, side view, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-016",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
        ),
        color_of("kurta", "yellow"),
        color_of("churidar", "yellow", "contradiction"),
        Q.pattern("printed"),
        wearing("yellow", "non_answer"),
        details("kurta", "block printed motifs all over, flared panels and a tasselled dupatta"),
        title="Anouk Women Mustard Yellow & White Block Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: white pure-cotton saree with red stripes along its length and a broad red border, red sleeveless
    # blouse, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long saree with striped "
            "patterns. The saree is with cotton fabric."
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("The saree is with cotton fabric."),
        details("saree", "red stripes running along the length and a broad red border at the hem"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long saree with striped "
            "patterns. The saree is with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Mitera White & Red Striped Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: olive green floral printed flared maxi ethnic dress with short sleeves under a long sleeveless off-white
    # cotton jacket, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-018",
        caption(
            "The lady wears a long dress with floral patterns and a sleeveless jacket with pure color patterns over it."
        ),
        color_of("dress", "white", "other_garment_color"),
        color_of("jacket", "off white"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "The lady wears a long dress with floral patterns. The dress is with floral patterns. The "
            "dress is with floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.material("The jacket is with denim fabric.", "unsupported"),
        title="AURELIA Women Olive Green Floral Printed Flared Maxi Ethnic Dress with Jacket",
        category="Ethnic Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: black velvet lehenga with silver embroidery, black long-sleeve choli, grey net dupatta, white backdrop.
    # Caption adapter e3 / reference engine.
    case(
        "X986-019",
        caption(
            "The lady wears a long-sleeve top with graphic patterns and a long skirt with graphic patterns. The "
            "skirt is with knitted fabric.",
            "contradiction",
        ),
        Q.color("black"),
        color_of("dupatta", "black", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing("She wears a black velvet lehenga with silver embroidery and a net dupatta."),
        details(
            "lehenga",
            "the lehenga has silver embroidery and a silver border. it also has a pocket on the side",
            "unsupported",
        ),
        title="Inddus Black & Silver-Toned Embroidered Velvet Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: white georgette anarkali with tone-on-tone chikankari floral embroidery, full sleeves, white palazzos,
    # model against a pastel pink wall. Caption adapter e3 / reference engine.
    case(
        "X986-020",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The background is pink."
        ),
        color_of("kurta", "pink", "contradiction"),
        Q.pattern("embroidered"),
        Q.material("chiffon"),
        wearing("no", "non_answer"),
        is_a("kurta", "yes"),
        describe("kurta", "a white chikankari anarkali kurta with white palazzo pants against a pink wall"),
        title="Shaily Women White Chikankari Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: poly-georgette saree shading from blue to purple with a sequinned border, silver sequinned sleeveless
    # blouse, grey studio backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long dress with color block "
            "patterns. The dress is with chiffon fabric. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "contradiction"),
        Q.pattern("embellished"),
        describe("saree", "The saree is a saree.", "restated"),
        is_a("gown", "no"),
        title="Sangria Blue & Purple Ombre Embellished Poly Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: indigo cotton maxi ethnic dress with small white block-printed buttis, short sleeves, mandarin collar,
    # button placket, brown kolhapuri sandals, brick wall behind. Caption adapter e3 / reference engine.
    case(
        "X986-022",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline."
        ),
        Q.color("blue"),
        Q.material("The dress is with cotton fabric and it has pockets on both sides.", "unsupported"),
        Q.sleeve_length("short sleeves"),
        details("dress", "Answer: the dress has a stand collar and buttons down the front", "leak"),
        wearing("a blue printed cotton maxi dress and brown sandals"),
        title="Fabindia Women Indigo Blue Printed Cotton Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach lehenga covered in mirror work, peach sleeveless choli, gold tissue dupatta over one arm, white
    # backdrop, front view. Caption adapter e3 / reference engine.
    case(
        "X986-023",
        caption("The lady wears a sleeveless top and a long skirt with graphic patterns. There is a scarf on her arm."),
        color_of("lehenga", "gold", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        details("lehenga", "mirror work all over the skirt, the blouse is sleeveless and the dupatta is gold"),
        wearing("The gentleman wears a sleeveless top and a long skirt. There is a scarf on his arm.", "pronoun"),
        Q.material("The skirt is with knitted fabric.", "unsupported"),
        title="Ahalyaa Peach-Coloured Mirror Work Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon velvet anarkali with gold embroidery on the yoke and cuffs, full sleeves, round neck, maroon
    # churidar, front view only, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline.",
            "contradiction",
        ),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe("kurta", "a maroon velvet anarkali with gold embroidery on the yoke and sleeves"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "the kurta has a zipper on the back and two pockets", "unsupported"),
        title="Varanga Women Maroon Embroidered Velvet Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: gold Kanjeevaram saree with small woven checks, red border and red pallu, red short-sleeve blouse,
    # white backdrop, smiling model. Caption adapter e3 / reference engine.
    case(
        "X986-025",
        caption(
            "The lady is wearing a saree with lattice patterns and a short-sleeve blouse. The saree is with silk "
            "fabric."
        ),
        color_of("saree", "gold"),
        color_of("border", "red"),
        Q.material("The saree is with chiffon fabric.", "contradiction"),
        wearing("a gold saree with a red border. Question: What is the color of the saree? Answer: gold", "leak"),
        is_a("saree", "yes"),
        title="Saree Mall Gold-Toned & Red Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: lavender tiered maxi ethnic dress with a small floral print, sleeveless, V-neck, model outdoors among
    # trees. Caption adapter e3 / reference engine.
    case(
        "X986-026",
        caption(
            "The lady wears a sleeveless dress with floral patterns. It has a V-shape neckline. There are trees "
            "in the background."
        ),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The dress is lavender. The dress is lavender. The dress is lavender. The dress is lavender. "
            "The dress is lavender. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("yes", "non_answer"),
        Q.pattern("floral"),
        title="Libas Women Lavender Floral Printed Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: navratri chaniya choli: patchwork skirt in red, green, yellow and blue with mirrors, green mirror-work
    # choli with elbow sleeves, red bandhani dupatta, model holding two dandiya sticks, white backdrop.
    # Caption adapter e3 / reference engine.
    case(
        "X986-027",
        caption(
            "The lady wears a medium-sleeve top with color block patterns and a long skirt with color block "
            "patterns. She holds sticks in her hands."
        ),
        Q.color("multi"),
        Q.pattern("solid", "contradiction"),
        details("lehenga", "the lehenga is embroidered with mirrors and has a red dupatta with a bandhani print."),
        wearing(
            "The lady wears a medium-sleeve top with color block patterns and a long skirt with color block "
            "patterns. She holds sticks in her",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        color_of("dupatta", "green", "contradiction"),
        title="Kvsfab Multicoloured Mirror Work Embroidered Chaniya Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: sky blue anarkali kurta with a white floral print, three-quarter sleeves, round neck, white leggings,
    # white backdrop. The feed row has no gender. Caption adapter e3 / reference engine.
    case(
        "X986-028",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a long leggings with pure color patterns."
        ),
        color_of("kurta", "the kurta is white and the leggings are white", "other_garment_color", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "blue", "non_answer"),
        details("kurta", "floral print in white, a round neck and a flared hem"),
        wearing("", "non_answer"),
        title="W Women Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: plain pink chiffon saree with a lace border, black short-sleeve blouse, model holding a silver clutch,
    # white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-029",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. She holds a "
            "bag in her hand.",
            "contradiction",
        ),
        color_of("saree", "black", "other_garment_color"),
        color_of("blouse", "black"),
        Q.pattern("solid"),
        Q.material("chiffon"),
        wearing("She is wearing a pink chiffon saree with a black blouse and holding a clutch.", who="she"),
        title="Ishin Pink Solid Chiffon Saree with Lace Border",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: burgundy ethnic gown with gold embroidery on the yoke, full sleeves, round neck, pleated flare, no belt,
    # gold dupatta over the arms, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-030",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. It has a round neckline. The lady wears a "
            "long-sleeve dress with graphic patterns. It has a round neckline. The lady wears",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("dupatta", "gold"),
        Q.garment_type("gown"),
        details("gown", "gold embroidery on the yoke and a belt at the waist", "unsupported"),
        wearing("she is wearing a burgundy gown with gold embroidery"),
        title="Indo Era Women Burgundy Embroidered Ethnic Gown",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: sea green net lehenga with sequins, matching sea green sleeveless choli and sea green dupatta, no belt,
    # white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-031",
        caption(
            "The lady wears a sleeveless top with graphic patterns and a long skirt with graphic patterns. There "
            "is a scarf on her shoulder."
        ),
        Q.color("green"),
        color_of("blouse", "green"),
        Q.material("The skirt is with denim fabric.", "contradiction"),
        describe("lehenga", "The lehenga is described as a lehenga.", "restated"),
        is_a("saree", "no"),
        wearing("a sea green net lehenga with a matching blouse, a dupatta and a waist belt", "unsupported"),
        title="Fabcartz Sea Green Embellished Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: orange cotton anarkali with gold foil print, three-quarter sleeves, round neck, white cotton palazzos,
    # white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-032",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants with pure color patterns."
        ),
        Q.color("orange"),
        color_of("pants", "white"),
        Q.pattern("printed"),
        wearing(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "pants are with denim fabric.",
            "unsupported",
        ),
        describe(
            "kurta",
            "The lady wears a medium-sleeve dress with graphic patterns. Question: Describe the kurta. "
            "Answer: The lady wears a medium-sleeve dress",
            "leak",
            hit_limit=True,
        ),
        title="Janasya Women Orange Foil Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: mustard yellow linen saree, plain body with a grey border, grey sleeveless blouse, model mid-stride,
    # white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-033",
        caption("The lady wears a sleeveless blouse and a long saree with pure color patterns. She is walking."),
        color_of("saree", "grey", "other_garment_color"),
        Q.material("cotton", "contradiction"),
        describe("saree", "she is wearing a yellow saree with a grey border"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long dress with pure color "
            "patterns. The dress is with cotton",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Fabindia Mustard Yellow Solid Linen Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal georgette ethnic gown, sequinned yoke, sheer full sleeves, round neck, drop earrings, white
    # backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. She wears earrings."
        ),
        Q.color("teal"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("This guy wears a long-sleeve dress with pure color patterns.", "pronoun"),
        details("gown", "sequins on the yoke and sheer long sleeves"),
        describe(
            "gown",
            "a teal gown. a teal gown. a teal gown. a teal gown. a teal gown. a teal gown. a teal",
            "loop",
            hit_limit=True,
        ),
        title="Soch Women Teal Blue Embellished Georgette Ethnic Gown",
        category="Ethnic Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: purple brocade lehenga with a gold woven lattice, plain gold short-sleeve choli, purple dupatta with a
    # gold border on the shoulder, front view only, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-035",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with lattice patterns. "
            "There is a scarf on her shoulder."
        ),
        color_of("lehenga", "gold", "other_garment_color"),
        color_of("blouse", "gold"),
        Q.pattern("woven design"),
        details(
            "lehenga",
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with lattice "
            "patterns. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.material("The skirt is with silk fabric and it has a zip closure at the back.", "unsupported"),
        title="Mitera Purple & Gold-Toned Woven Design Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
        gender="Women",
    ),
    # photo: bottle green solid anarkali with a gota lace hem, full sleeves, round neck, beige churidar, green dupatta
    # with gota border on the shoulder, white backdrop. The feed row has no color. Caption adapter e3 / reference.
    case(
        "X986-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a round neckline. There is a "
            "scarf on her shoulder."
        ),
        color_of("kurta", "green"),
        color_of("churidar", "green", "contradiction"),
        wearing("A woman wearing a green anarkali kurta with a green dupatta and beige churidar."),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Sangria Women Green Solid Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: navy blue saree with white bandhani dots and a red border, red elbow-sleeve blouse, glass bangles, soft
    # georgette-like drape, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-037",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "There is an accessory on her wrist.",
            "contradiction",
        ),
        color_of("saree", "navy blue"),
        Q.pattern("printed"),
        wearing(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with graphic "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        describe("saree", "The saree is with navy blue with white dots and a red border"),
        Q.material("The saree is with chiffon fabric."),
        title="Kalini Navy Blue & Red Bandhani Printed Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream ethnic gown with a red and green floral print, three-quarter sleeves, V-neck, red dupatta on one
    # shoulder, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-038",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. It has a V-shape neckline. There is a "
            "scarf on her shoulder."
        ),
        color_of("gown", "red", "other_garment_color"),
        Q.pattern("floral"),
        wearing("a cream floral gown with a red dupatta"),
        describe("gown", "gown", "non_answer"),
        is_a("dress", "yes"),
        Q.material("The dress is with leather fabric.", "unsupported"),
        title="Ahalyaa Women Cream-Coloured Floral Printed Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Cream",
        gender="Women",
    ),
    # photo: lime green lehenga with a pink floral print, plain pink three-quarter-sleeve choli, lime green dupatta
    # on the shoulder, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-039",
        caption(
            "The gentleman wears a medium-sleeve top with pure color patterns and a long skirt with floral "
            "patterns. There is a scarf on his shoulder.",
            "pronoun",
        ),
        color_of("lehenga", "green"),
        color_of("blouse", "green", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        details("lehenga", "Question: What are the lehenga details? Answer: pink floral print on the skirt", "leak"),
        wearing("The lady wears a medium-sleeve top with pure color patterns and a long skirt with floral patterns."),
        title="Sangria Lime Green & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black anarkali with gold print on the yoke and hem, full sleeves, round neck, black churidar, light grey
    # backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        Q.color("black"),
        Q.pattern("printed"),
        Q.material(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton "
            "fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="Ishin Women Black & Gold-Toned Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: teal cotton saree with an ajrakh print and a mustard border, mustard short-sleeve blouse, earrings,
    # white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-041",
        caption(
            "The lady wears a short-sleeve blouse and a long saree with graphic patterns. The saree is with cotton "
            "fabric. There is an accessory on her ear."
        ),
        color_of("saree", "teal"),
        Q.pattern("printed"),
        wearing("She is wearing a mustard yellow saree with a mustard blouse.", "other_garment_color"),
        describe("saree", "a teal saree with an ajrakh print and a mustard border, paired with a mustard blouse"),
        details("saree", "none", "non_answer"),
        title="Saree Mall Teal & Mustard Ajrakh Printed Cotton Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: peach sleeveless layered ethnic gown, V-neck, no belt, model beside a wooden stool, white backdrop.
    # Caption adapter e3 / reference engine.
    case(
        "X986-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. There is a belt on her waist.",
            "unsupported",
        ),
        Q.color("peach"),
        Q.sleeve_length("sleeveless"),
        wearing("dress", "non_answer"),
        details("gown", "the gown is layered at the hem and has a round neckline", "contradiction"),
        title="W Women Peach-Coloured Solid Layered Ethnic Gown",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue lehenga with pink floral embroidery and a wide hem border, plain pink short-sleeve choli, navy
    # dupatta, side angle, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-043",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with floral patterns. "
            "There is a scarf on her shoulder. The lady wears a short-sleeve top with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "navy blue"),
        color_of("blouse", "pink"),
        Q.garment_type("lehenga choli"),
        wearing("she is wearing a navy lehenga with pink embroidery, a pink blouse and a navy dupatta"),
        details(
            "lehenga",
            "pink floral embroidery on the skirt and a wide border at the hem. there is a pocket on the "
            "right side of the skirt",
            "unsupported",
        ),
        title="Inddus Navy Blue & Pink Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red anarkali with a white floral print, short sleeves, matching red printed palazzos, model twirling
    # the hem in front of a white brick wall. Caption adapter e3 / reference engine.
    case(
        "X986-044",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a long pants with floral patterns."
        ),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        describe(
            "kurta",
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. "
            "Answer: The lady wears a short-sleeve",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "What are the kurta details? the kurta details", "restated"),
        Q.material("The dress is with denim fabric.", "unsupported"),
        title="Kvsfab Women Red Floral Printed Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: grey net saree with scattered sequins and a sequinned border, pink sleeveless blouse, hand on hip, no
    # rings, white backdrop. Caption adapter e3 / reference engine.
    case(
        "X986-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long dress with graphic "
            "patterns. The dress is with chiffon fabric.",
            "contradiction",
        ),
        color_of("saree", "grey"),
        color_of("blouse", "grey", "contradiction"),
        Q.pattern("embellished"),
        wearing("Question: What is she wearing? Answer: She is wearing a grey saree", "leak", who="she"),
        describe("saree", "a sheer grey net saree with sequins scattered over it and a sequinned border"),
        title="Mitera Grey & Pink Embellished Net Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: off-white ethnic gown with a blue floral print, long sleeves, round neck, blue dupatta held over one arm,
    # white backdrop. The feed row has no category. Caption adapter e3 / reference engine.
    case(
        "X986-046",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. It has a round neckline. There is a scarf "
            "on her arm."
        ),
        color_of("gown", "blue", "other_garment_color"),
        Q.garment_type("gown"),
        wearing("He wears a long-sleeve dress with floral patterns.", "pronoun"),
        details("gown", "blue floral print all over, long sleeves and a round neck"),
        Q.material(
            "The dress is with cotton fabric. It has a round neckline. The lady wears a long-sleeve dress with "
            "floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Aurelia Women Off-White Floral Printed Ethnic Gown with Dupatta",
        color="Off White",
        gender="Women",
    ),
]
