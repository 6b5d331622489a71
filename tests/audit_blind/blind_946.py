"""BLIND_946 (46 products; Myntra women's ethnic wear, caption adapter e3): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 107/131 failures found (81.7%) and 19/192 correct texts flagged
(9.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear (Sarees, Lehenga Choli, Kurtas and Kurta Sets for anarkalis,
Ethnic Dresses for gowns). Catalog shots of a model on a white or grey studio backdrop, a few lifestyle shots
(garden, wooden door, staircase, marigold decor). Sarees come with a blouse that often contrasts; lehengas with a
choli and a dupatta in a third color; anarkalis with churidar, leggings, trousers or palazzos and a dupatta; one
gown has a jacket over it. Jewellery (bangles, jhumkas, necklaces) and a clutch or potli bag appear on some photos.

Who wrote what: captions and every open answer come from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b), free generation, greedy, 50 new tokens for
captions and 30 for answers, no end-of-answer token learned. It answers most questions with its DeepFashion
template ("The lady wears a short-sleeve blouse with pure color patterns ... The skirt is with chiffon fabric"),
names patterns rather than hues, maps fabrics onto DeepFashion's set (cotton, chiffon, denim, leather, furry,
knitted, other), throws in template accessories ("There is an accessory on her wrist", "The lady wears a ring"),
sometimes falls back to "The gentleman" / "his", sometimes loops or runs into the next "Question: ... Answer:", and
now and then writes a short plain answer in the base model's style ("a black saree"). Closed answers (garment_type,
color, pattern, sleeve_length, is_a, color_of without kind="open") come from enrich's --engine reference, which
picks one candidate value: they are never cut or looped, but the pick can be wrong.

Labeling conventions and judgement calls:
- Correctness is judged against the photo as described in each "# photo:" line, not against the seller. Where a
  seller's label is off and the text matches the photo, the text is correct.
- A shade in the same color group as the photo is correct (pink for magenta, red or maroon for burgundy, purple for
  mauve or lavender, blue for teal, green for olive or sea green, yellow for mustard, white for off-white).
- other_garment_color is used only for open answers that give the asked garment the color of another garment in the
  photo (blouse, dupatta, churidar, palazzos, jacket, clutch). A closed answer that picks another garment's color, or
  the color of the garment's own border, sequins or print, or a backdrop color, is labeled contradiction.
- A saree called a "dress" or "long dress", or a lehenga called a "saree", is a contradiction (garment type). An
  anarkali kurta or an ethnic gown called a "dress" is correct; a lehenga skirt called a "long skirt" is correct; a
  saree blouse called a "blouse" and a dupatta called a "scarf" are correct.
- DeepFashion fabric names: "chiffon" for georgette, organza or net and "other fabric" for silk, satin or tissue
  are accepted; "furry" for velvet is accepted in a caption. Denim, leather, knitted or furry for a saree, kurta or
  cotton gown is unsupported (invented), as are accessories, pockets, zips, tassels, blouse pieces or backs that the
  photo does not show. A template accessory that the photo does show (bangles = "accessory on her wrist", necklace =
  "neckwear", a belt) is correct.
- "pure color patterns" is correct for a solid-colored garment, also when it has tone-on-tone embroidery. Answering
  a color question with only a pattern ("The dress is with pure color patterns.") is non_answer: no hue at all.
- A one-word or yes/no answer to "Describe ..." or "What are the ... details?" is non_answer. A short garment name
  to "What is she wearing?" ("a black saree", "a dress") is an answer and is correct if right.
- A bare "yes" to "What is she wearing?" is non_answer too.
- Restated: the answer only turns the question's own words back ("The details of the kurta are the kurta details").
  An answer that first repeats the question and then adds the bare garment ("What is the person wearing? The person
  is wearing a kurta.") is labeled restated as well, not leak: there is no "Question:"/"Answer:" marker in it.
- A fabric that the title or the photo rules out (cotton for a silk lehenga or a chiffon saree, chiffon for a
  cotton saree) is contradiction; a fabric no saree, kurta or gown is made of (denim, leather, knitted) is
  unsupported.
- For a saree or lehenga the sleeve length is the blouse's; for the jacket-over-gown product the closed garment
  type "jacket" is a contradiction (the product is the gown).
- The local "work" question (embroidery or work on the garment) is open, free generation like the others.
- A text that loops and is then cut at the token limit is labeled loop (hit_limit=True). A text cut mid-sentence at
  the limit without a loop is labeled cut (hit_limit=True). Two texts ran to the limit yet read as complete and
  right (X946-031's "wearing", X946-038's caption): the adapter learned padding from the unmasked labels and can
  spend the rest of its budget on pad tokens that decode to nothing. They are correct, with hit_limit=True.
- A text that runs into "Question: ... Answer:" is labeled leak even where it also hit the limit or where the part
  before the leak is right.
- "The gentleman", "he" or "his" for a Women product is pronoun; every product here is women's wear, and the row
  without a gender column (X946-017) has no pronoun failure.
- When one text has two faults, it carries the one a reviewer would name first; I avoided writing such texts.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
work = question("work", "What is the embroidery or work on the garment?", "open")

BLIND_946 = [
    # photo: red Banarasi silk saree with a gold zari border and pallu, matching red short-sleeve blouse, gold jhumkas
    # and bangles, white backdrop, front view. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-001",
        caption(
            "The lady wears a red saree with a gold border and a short-sleeve blouse. There is an accessory on her "
            "wrist. She wears earrings."
        ),
        Q.garment_type("saree"),
        Q.color("red"),
        color_of("border", "gold", kind="open"),
        describe(
            "saree",
            "The saree is with silk fabric and lattice patterns. The lady wears a short-sleeve blouse with pure color "
            "patterns. The blouse is with silk fabric and its neckline is",
            failure="cut",
            hit_limit=True,
        ),
        material("The garment is made of denim fabric.", failure="unsupported"),
        work("The saree has zari weaving on the border and the pallu."),
        title="Mitera Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: pink poly-georgette saree with a small floral print, solid navy blue blouse (contrast), model on a white
    # backdrop, front view. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-002",
        caption(
            "The woman is wearing a floral saree with a short-sleeve blouse. The blouse is with cotton fabric and pure "
            "color patterns. The saree is with chiffon fabric and floral patterns."
        ),
        color_of("saree", "navy blue", kind="open", failure="other_garment_color"),
        Q.pattern("floral"),
        Q.color("pink"),
        wearing("She is wearing a pink floral saree with a blue blouse.", who="she"),
        details(
            "saree",
            "The saree has floral patterns. The saree has floral patterns. The saree has floral patterns. The saree "
            "has floral",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long", failure="contradiction"),
        title="Saree mall Pink & Navy Blue Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon velvet lehenga skirt with gold embroidery, maroon choli, beige net dupatta with a scalloped border
    # over one shoulder, gold necklace, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-003",
        caption(
            "The lady wears a long skirt with lattice patterns and a short-sleeve blouse. The skirt is with furry "
            "fabric and its length is long. There is an accessory on her neck. The outfit is",
            failure="cut",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        Q.color("maroon"),
        color_of("dupatta", "maroon", kind="open", failure="other_garment_color"),
        is_a("lehenga", "yes"),
        material("velvet"),
        describe(
            "lehenga", "The lehenga is made of velvet with gold embroidery and a net dupatta with a scalloped border."
        ),
        title="Fabcartz Maroon & Gold Embroidered Velvet Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow cotton anarkali kurta, long sleeves, round neck, small red floral block-print buttis,
    # white churidar, no dupatta, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-004",
        caption(
            "This woman is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length."
        ),
        Q.sleeve_length("long"),
        Q.pattern("solid", failure="contradiction"),
        Q.color("yellow"),
        wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The",
            failure="cut",
            hit_limit=True,
        ),
        details("kurta", "kurta", failure="non_answer"),
        color_of("churidar", "white", kind="open"),
        title="Libas Women Mustard Yellow Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal blue flared georgette gown, full sleeves, round neck, gold foil print on the yoke, no dupatta,
    # plain grey backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-005",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length."
        ),
        Q.color("teal"),
        color_of("dress", "The dress is blue-green with a golden print on the top.", kind="open"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "The gentleman wears a long-sleeve dress with graphic patterns. The dress is of long length.",
            failure="pronoun",
        ),
        material("georgette"),
        wearing(
            "The lady wears a long-sleeve dress with graphic patterns and a pair of black boots. The dress is with "
            "chiffon fabric.",
            failure="unsupported",
        ),
        title="Inddus Teal Blue Foil Printed Georgette Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: black chiffon saree with a sequinned border, black sleeveless blouse, silver clutch in her right hand,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-006",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns and a long dress. The dress is with chiffon "
            "fabric. She is holding a bag in her hand.",
            failure="contradiction",
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        wearing("a black saree", who="the woman"),
        color_of("clutch", "black", kind="open", failure="other_garment_color"),
        details(
            "saree",
            "The saree is with chiffon fabric and sequins on the border. Question: What is the color of the saree? "
            "Answer: black",
            failure="leak",
        ),
        material("The garment is made of cotton fabric.", failure="contradiction"),
        title="Mitera Black Embellished Sequinned Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: peach net lehenga with pastel floral embroidery and sequins, peach blouse with sheer short sleeves, peach
    # dupatta, garden backdrop with green hedges. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-007",
        caption(
            "A woman in a peach lehenga standing in a garden. The lady wears a short-sleeve blouse with floral "
            "patterns and a long skirt. The skirt is with chiffon fabric and floral patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("peach"),
        color_of("lehenga", "green", kind="open", failure="contradiction"),
        Q.pattern("floral"),
        is_a("lehenga", "yes"),
        wearing("She is wearing a peach lehenga with a matching dupatta.", who="she"),
        material("The lehenga is made of net fabric with sequin work."),
        title="Panchhi Peach-Coloured Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue anarkali kurta with a white floral print, long sleeves, V-neck, navy trousers, white dupatta
    # with a navy print, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-008",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is V-shape. She wears long pants with pure color patterns."
        ),
        Q.color("navy blue"),
        color_of("dupatta", "white", kind="open"),
        Q.garment_type("kurta"),
        describe("kurta", "The kurta is a kurta.", failure="restated"),
        details("kurta", "The kurta has a flared hem with white floral print and a V-neckline."),
        color_of("trousers", "white", kind="open", failure="other_garment_color"),
        title="Anouk Women Navy Blue & White Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: Kanjeevaram-style silk saree, green body, pink border and pallu with gold zari, green blouse, temple
    # necklace, white backdrop, front view. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-009",
        caption("The lady wears a green saree with a pink border and a gold necklace."),
        Q.color("pink", failure="contradiction"),
        color_of("border", "pink", kind="open"),
        color_of("blouse", "pink", kind="open", failure="other_garment_color"),
        material("silk"),
        details("saree", "The saree has a woven zari border and a contrast pallu with gold motifs."),
        wearing(
            "The woman is wearing a saree. The woman is wearing a saree. The woman is wearing a saree. The woman is "
            "wearing a",
            who="the woman",
            failure="loop",
            hit_limit=True,
        ),
        title="Sangria Green & Pink Woven Design Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: white georgette gown with white chikankari embroidery, full sleeves, round neck, oxidised silver jhumkas,
    # white backdrop. The feed row has no color. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. The lady wears earrings."
        ),
        Q.color("white"),
        Q.pattern("embroidered"),
        wearing("A white dress.", who="the woman"),
        details(
            "dress",
            "The dress is white. The dress is white. The dress is white. The dress is white. The dress is white. The "
            "dress",
            failure="loop",
            hit_limit=True,
        ),
        material("The garment is made of leather.", failure="unsupported"),
        is_a("dress", "no", failure="contradiction"),
        title="Ada Women White Chikankari Embroidered Georgette Ethnic Gown",
        category="Ethnic Dresses",
        gender="Women",
    ),
    # photo: yellow cotton saree with small orange checks and an orange border, orange short-sleeve blouse, no
    # jewellery, grey studio backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-011",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a saree with lattice patterns. The "
            "saree is with cotton fabric. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.color("yellow"),
        Q.pattern("checked"),
        color_of("saree", "orange", kind="open", failure="other_garment_color"),
        wearing("She is wearing a yellow saree with an orange blouse.", who="she"),
        describe("saree", "The saree is described as a saree.", failure="restated"),
        material("The garment is made of chiffon fabric.", failure="contradiction"),
        title="The Chennai Silks Yellow & Orange Checked Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: royal blue silk lehenga with silver zari stripes, blue short-sleeve blouse, silver-grey organza dupatta,
    # hand on hip, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-012",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt with striped patterns. The "
            "skirt is with other fabric."
        ),
        Q.garment_type("lehenga"),
        Q.color("blue"),
        color_of("dupatta", "silver", kind="open"),
        Q.pattern("striped"),
        describe(
            "lehenga",
            "The lehenga is blue with silver stripes and a grey dupatta. Question: Describe the blouse. Answer: The "
            "blouse is blue with",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        material("The garment is made of cotton fabric.", failure="contradiction"),
        title="Mimosa Blue & Silver-Toned Woven Design Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta silk anarkali with gold gota patti borders at hem and sleeves, magenta dupatta, magenta
    # leggings, lifestyle shot in front of a carved wooden door, front view. Caption and open: adapter e3; closed: ref.
    case(
        "X946-013",
        caption("A woman in a pink dress standing in front of a wooden door."),
        Q.color("pink"),
        wearing(
            "The gentleman wears a long-sleeve dress with pure color patterns. His dress is of long length.",
            failure="pronoun",
        ),
        material("silk"),
        details(
            "kurta",
            "The kurta has a golden border at the hem and sleeves, and a tie-up back with tassels.",
            failure="unsupported",
        ),
        is_a("kurta", "yes"),
        color_of("dupatta", "The dupatta is with pure color patterns.", kind="open", failure="non_answer"),
        title="Biba Magenta Gotta Patti Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey and white striped handloom cotton saree, black short-sleeve blouse, white backdrop, front view.
    # Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-014",
        caption(
            "The lady wears a long dress with striped patterns. The dress is with cotton fabric. She wears a "
            "short-sleeve blouse with pure color patterns.",
            failure="contradiction",
        ),
        Q.color("grey"),
        Q.pattern("striped"),
        color_of("saree", "black", kind="open", failure="other_garment_color"),
        material("cotton"),
        details("saree", "yes", failure="non_answer"),
        wearing("She is wearing a grey and white striped saree with a black blouse.", who="she"),
        title="Fabindia Grey & White Striped Handloom Cotton Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: burgundy velvet gown with a gold embroidered yoke, long sleeves, round neck, beige wall backdrop.
    # Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and its "
            "neckline is round. The dress is of long length."
        ),
        Q.color("maroon"),
        color_of("dress", "The dress is with pure color patterns.", kind="open", failure="non_answer"),
        Q.garment_type("dress"),
        describe("dress", "The dress is of long length with an embroidered yoke and long sleeves."),
        Q.sleeve_length("long"),
        Q.material(
            "The garment is made of velvet. Question: What is the neckline of the dress? Answer: round neckline. "
            "Question: What is",
            failure="leak",
            hit_limit=True,
        ),
        title="Ethnovog Burgundy Embroidered Velvet Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: orange-to-pink ombre chiffon saree with a mirror-work border and a plain pallu, pink short-sleeve
    # blouse, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-016",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The saree is with chiffon fabric and color "
            "block patterns."
        ),
        Q.color("orange"),
        color_of("blouse", "pink", kind="open"),
        wearing(
            "The lady wears a short-sleeve blouse with pure color patterns. The lady wears a short-sleeve blouse with "
            "pure color patterns. The lady",
            failure="loop",
            hit_limit=True,
        ),
        details(
            "saree",
            "The saree has mirror work on the border and a sequined pallu with tassels on the edges.",
            failure="unsupported",
        ),
        is_a("saree", "yes"),
        Q.pattern("solid", failure="contradiction"),
        title="Vishudh Orange & Pink Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: sea green printed lehenga skirt with pink flowers, pink sleeveless blouse, sea green dupatta, necklace,
    # white backdrop. The feed row has no gender. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-017",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric. The woman has neckwear."
        ),
        Q.color("green"),
        color_of("lehenga", "pink", kind="open", failure="other_garment_color"),
        Q.pattern("floral"),
        wearing("She is wearing a lehenga choli.", who="she"),
        material("chiffon"),
        color_of("blouse", "The color of the blouse is the blouse color.", kind="open", failure="restated"),
        title="Kalini Sea Green & Pink Printed Ready to Wear Lehenga Choli",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # photo: rust orange cotton anarkali with a white print, long sleeves, V-neck, white palazzos, rust dupatta,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-018",
        caption(
            "This woman is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. This woman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        color_of("palazzos", "rust", kind="open", failure="other_garment_color"),
        Q.garment_type("kurta"),
        details("kurta", "The details of the kurta are the kurta details.", failure="restated"),
        Q.sleeve_length("long"),
        wearing(
            "The lady wears a long-sleeve dress with graphic patterns and a long pants with pure color patterns. She "
            "wears a hat.",
            failure="unsupported",
        ),
        title="Sangria Women Rust Orange Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender net gown with silver sequin embellishment, sleeveless, V-neck, lavender dupatta over both
    # shoulders, grey backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. She has a scarf "
            "on her shoulders."
        ),
        Q.color("purple"),
        Q.sleeve_length("long", failure="contradiction"),
        color_of("dress", "silver", kind="open", failure="contradiction"),
        is_a("gown", "yes"),
        wearing("The woman is wearing a purple dress with a dupatta.", who="the woman"),
        describe(
            "gown",
            "The gown is sleeveless with silver sequins all over and a V-neckline. Question: Describe the dupatta. "
            "Answer:",
            failure="leak",
        ),
        title="Fusionic Lavender Embellished Net Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: white Bengal tant cotton saree with a red border, red short-sleeve blouse, white backdrop, front view.
    # Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-020",
        caption(
            "The lady wears a white saree with a red border and a short-sleeve blouse. The lady wears a white saree "
            "with a red border and a short-sleeve blouse. The lady wears a white saree",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("border", "red", kind="open"),
        color_of("blouse", "white", kind="open", failure="other_garment_color"),
        material("The garment is made of cotton fabric."),
        is_a("saree", "yes"),
        describe(
            "saree",
            "The saree is white with a red border. Question: What is the color of the blouse? Answer: red",
            failure="leak",
        ),
        title="Nakkashi White & Red Woven Design Tant Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: gold-toned tissue lehenga skirt, red short-sleeve blouse, red net dupatta with a gold border, necklace,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-021",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt with pure color patterns. "
            "The skirt is with other fabric. The woman has neckwear."
        ),
        Q.color("gold"),
        color_of("lehenga", "red", kind="open", failure="other_garment_color"),
        color_of("dupatta", "red", kind="open"),
        describe(
            "lehenga",
            "The gentleman wears a long skirt with pure color patterns. The skirt is of long length.",
            failure="pronoun",
        ),
        material("The garment is made of knitted fabric.", failure="unsupported"),
        Q.garment_type("lehenga"),
        title="Warthy Ent Gold-Toned & Red Embellished Tissue Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: off-white anarkali with a multicolor floral print, long sleeves, off-white dupatta with a pink border,
    # pink churidar, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of long length. The lady wears a long pants. The pants are with",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("white"),
        color_of("kurta", "pink", kind="open", failure="other_garment_color"),
        Q.pattern("floral"),
        wearing("She is wearing a floral anarkali kurta with pink leggings and a dupatta.", who="she"),
        details("kurta", "The kurta has a flared hem with floral patterns and a round neckline."),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="W Women Off-White & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: black flared gown with multicolor floral embroidery at yoke and hem, three-quarter sleeves, a potli bag
    # in her hand, no pockets, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-023",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The dress is "
            "of long length. She is holding a bag."
        ),
        Q.color("black"),
        Q.sleeve_length("three-quarter"),
        color_of("dress", "The color of the dress is the color of the dress.", kind="open", failure="restated"),
        describe(
            "dress",
            "The dress is black with floral embroidery on the yoke and the hem, and it has two side pockets and a back "
            "zip.",
            failure="unsupported",
        ),
        material("cotton"),
        wearing("A black dress with embroidery. He is holding a bag.", failure="pronoun"),
        title="Rangita Women Black Embroidered Flared Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue art silk saree with small gold floral buttis all over and a gold border, navy blouse, bangles,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-024",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The saree is with silk fabric and floral "
            "patterns. There is an accessory on her wrist."
        ),
        Q.color("blue"),
        color_of("saree", "gold", kind="open", failure="contradiction"),
        Q.garment_type("saree"),
        wearing(
            "The lady is wearing a saree. Question: What is the lady wearing? Answer: The lady is wearing a saree. "
            "Question",
            who="the lady",
            failure="leak",
            hit_limit=True,
        ),
        details("saree", "The saree has gold buttis all over and a zari border."),
        color_of("blouse", "gold", kind="open", failure="other_garment_color"),
        title="Kasak Navy Blue & Gold-Toned Woven Design Art Silk Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink cotton lehenga skirt with mirror work, green sleeveless blouse, green dupatta (Rajasthani style),
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-025",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns and a long skirt with graphic patterns. The "
            "skirt is with cotton fabric."
        ),
        Q.color("pink"),
        color_of("blouse", "pink", kind="open", failure="other_garment_color"),
        color_of("dupatta", "green", kind="open"),
        details("lehenga", "lehenga", failure="non_answer"),
        material("cotton"),
        is_a("lehenga", "yes"),
        work(
            "The lady wears a sleeveless blouse with pure color patterns and a long skirt with graphic patterns. The "
            "skirt is with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        title="Studio Rasa Pink & Green Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green georgette anarkali with a gold embroidered yoke, long sheer sleeves, green churidar, gold
    # dupatta over one shoulder, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. She has a scarf on her shoulder."
        ),
        Q.color("green"),
        color_of("dupatta", "green", kind="open", failure="other_garment_color"),
        Q.garment_type("kurta"),
        wearing("She wears a green anarkali kurta with churidar and a golden dupatta.", who="she"),
        describe(
            "kurta",
            "The kurta is green with a gold embroidered yoke, long sheer sleeves and a flared panel hem, and it is "
            "paired with a matching churidar and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Aurelia Women Green Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: powder blue gown with white thread embroidery, long sleeves, V-neck, matching powder blue dupatta, grey
    # backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length."
        ),
        Q.color("white", failure="contradiction"),
        color_of("dress", "light blue", kind="open"),
        Q.sleeve_length("long"),
        material("The garment is made of denim fabric and leather.", failure="unsupported"),
        wearing("She is wearing a blue gown with white embroidery and a dupatta.", who="she"),
        details(
            "dress",
            "The dress has white thread embroidery on the yoke and the sleeves, a V-neckline and a flared hem, and a "
            "matching dupatta with a thread work border and",
            failure="cut",
            hit_limit=True,
        ),
        title="Indya Women Powder Blue Thread Work Ethnic Gown",
        category="Ethnic Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: beige net saree with silver sequins, beige sleeveless blouse, no rings or bangles, she holds the pallu,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-028",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns. The saree is with chiffon fabric and pure "
            "color patterns. The lady wears a ring.",
            failure="unsupported",
        ),
        Q.color("beige"),
        color_of("saree", "beige", kind="open"),
        describe(
            "saree",
            "The saree is beige with silver sequins all over. The saree is beige with silver sequins all over. The "
            "saree is beige with silver",
            failure="loop",
            hit_limit=True,
        ),
        material("net"),
        Q.pattern("embellished"),
        Q.garment_type("dress", failure="contradiction"),
        title="Chhabra 555 Beige Embellished Net Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: yellow haldi lehenga with multicolor thread embroidery, yellow short-sleeve blouse, pink dupatta, orange
    # marigold garland decor behind her. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-029",
        caption(
            "A woman in a yellow lehenga standing in front of a flower decoration. The lady wears a short-sleeve "
            "blouse with floral patterns and a long skirt with floral patterns."
        ),
        Q.color("yellow"),
        color_of("lehenga", "orange", kind="open", failure="contradiction"),
        color_of("dupatta", "pink", kind="open"),
        wearing(
            "The lady wears a short-sleeve blouse with floral patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric and its length",
            failure="cut",
            hit_limit=True,
        ),
        is_a("saree", "no"),
        Q.garment_type("lehenga"),
        title="Inddus Yellow & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: black anarkali with a gold foil print, long sleeves, round neck, black churidar, no dupatta, juttis,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-030",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        Q.color("black"),
        Q.pattern("printed"),
        wearing("a dress", who="the woman"),
        details(
            "kurta",
            "The kurta has gold printed patterns all over and a flared hem. Question: What are the churidar details? "
            "Answer: The",
            failure="leak",
            hit_limit=True,
        ),
        Q.material(
            "The garment is made of cotton fabric. The garment is made of cotton fabric. The garment is made of cotton",
            failure="loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe("kurta", "no", failure="non_answer"),
        title="Vishudh Women Black & Golden Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: mauve satin gown, sleeveless, soft pleats from the waist, a silver sequinned belt at the waist, white
    # backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress is "
            "of long length. There is a belt."
        ),
        Q.color("purple"),
        color_of("belt", "silver", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The dress is sleeveless and long. It is made of satin and has a sequined belt at the waist and soft "
            "pleats falling from the waist to the floor, with a",
            failure="cut",
            hit_limit=True,
        ),
        material("satin"),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length.",
            who="the lady",
            hit_limit=True,
        ),
        title="Ethnovog Mauve Embellished Satin Ethnic Gown",
        category="Ethnic Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: purple Banarasi saree with gold zari weaving and a heavy gold pallu, purple short-sleeve blouse, no
    # blouse piece shown, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-032",
        caption(
            "The gentleman wears a short-sleeve blouse with pure color patterns and a saree with lattice patterns. The "
            "saree is with silk fabric.",
            failure="pronoun",
        ),
        Q.color("purple"),
        color_of("saree", "purple", kind="open"),
        details(
            "saree",
            "The saree has a zari woven border and a rich pallu. It comes with an unstitched blouse piece.",
            failure="unsupported",
        ),
        material("silk"),
        Q.pattern("woven"),
        color_of("blouse", "gold", kind="open", failure="contradiction"),
        title="Saree mall Purple & Gold-Toned Zari Woven Banarasi Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: sky blue lehenga skirt with floral embroidery, blue short-sleeve blouse, pink dupatta, bangles, no
    # necklace, white backdrop. The feed row has no color. Caption and open answers: caption adapter e3; closed: ref.
    case(
        "X946-033",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric. There is an accessory on her wrist. The woman has neckwear.",
            failure="unsupported",
        ),
        Q.color("blue"),
        color_of("dupatta", "pink", kind="open"),
        color_of("lehenga", "pink", kind="open", failure="other_garment_color"),
        details("lehenga", "The lehenga details are floral embroidery on the skirt and a scalloped border on it."),
        is_a("lehenga", "yes"),
        wearing(
            "She is wearing a blue lehenga with a pink dupatta and a pink blouse.",
            who="she",
            failure="other_garment_color",
        ),
        title="Kvsfab Blue & Pink Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: pastel peach georgette anarkali with sequins on the yoke, long sleeves, peach churidar, white backdrop.
    # Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. The lady wears a long pants."
        ),
        Q.color("peach"),
        color_of("kurta", "orange", kind="open", failure="contradiction"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "The kurta is a peach anarkali with sequins on the yoke and flared panels. He wears a matching churidar.",
            failure="pronoun",
        ),
        Q.sleeve_length("long"),
        wearing("What is the person wearing? The person is wearing a kurta.", failure="restated"),
        title="Libas Women Peach-Coloured Embellished Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: multicolor Kalamkari-print cotton gown in red, mustard and black, long sleeves, V-neck, white backdrop.
    # Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is V-shape. The dress is of long length."
        ),
        Q.color("multi"),
        color_of("dress", "It is red, mustard and black.", kind="open"),
        Q.pattern("floral"),
        wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The lady wears",
            failure="cut",
            hit_limit=True,
        ),
        material("cotton"),
        describe("dress", "The dress is a dress.", failure="restated"),
        title="Jaipur Kurti Women Multicoloured Kalamkari Print Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: teal bandhani-print saree with a mustard border, mustard short-sleeve blouse, no jacket, she stands on a
    # staircase (lifestyle shot). Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-036",
        caption(
            "A woman in a saree standing on a staircase. The lady wears a short-sleeve blouse with pure color "
            "patterns. The saree is with chiffon fabric and graphic patterns."
        ),
        Q.color("blue"),
        color_of("saree", "mustard", kind="open", failure="other_garment_color"),
        Q.pattern("printed"),
        describe(
            "saree",
            "The saree is teal with bandhani dots and a mustard border, and she has paired it with a leather jacket.",
            failure="unsupported",
        ),
        wearing("She is wearing a teal saree with a mustard blouse.", who="she"),
        Q.sleeve_length("long", failure="contradiction"),
        title="Mitera Teal & Mustard Bandhani Printed Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold zardozi embroidery, red short-sleeve blouse, red dupatta over her
    # head, bangles and necklace, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-037",
        caption(
            "The lady wears a short-sleeve blouse with lattice patterns and a long skirt with lattice patterns. The "
            "skirt is with other fabric. There is an accessory on her wrist. The woman has neckwear. She wears a",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("red"),
        color_of("dupatta", "red", kind="open"),
        details(
            "lehenga",
            "The lehenga has heavy gold embroidery, a can-can underskirt and detachable latkans with a drawstring "
            "waist.",
            failure="unsupported",
        ),
        is_a("lehenga", "yes"),
        Q.garment_type("saree", failure="contradiction"),
        wearing("She is wearing a red lehenga with a gold embroidered dupatta over her head.", who="she"),
        title="Pratibha Sarees Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: sea green printed anarkali, long sleeves, white straight trousers, multicolor dupatta on her shoulders,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-038",
        caption(
            "This woman is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. This "
            "woman wears a long pants with pure color patterns. She has a scarf on her shoulders.",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("trousers", "green", kind="open", failure="other_garment_color"),
        wearing(
            "The person is wearing a kurta. The person is wearing a kurta. The person is wearing a kurta. The person "
            "is wearing",
            failure="loop",
            hit_limit=True,
        ),
        material("The garment is made of cotton fabric."),
        describe("kurta", "Describe the kurta. The kurta is described.", failure="restated"),
        color_of(
            "dupatta",
            "The dupatta is multicolored with red and yellow prints. Question: What is the color of the trousers? "
            "Answer: white",
            kind="open",
            failure="leak",
            hit_limit=True,
        ),
        title="Anouk Women Sea Green Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: olive green cotton gown with mirror work on the yoke and sleeves, long sleeves, round neck, olive dupatta,
    # white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-039",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. She has a scarf on her shoulders."
        ),
        Q.color("green"),
        color_of("dress", "The dress is green with mirror work.", kind="open"),
        Q.sleeve_length("short", failure="contradiction"),
        details(
            "dress",
            "The dress has mirror work on the yoke and the sleeves. Question: What are the dupatta details? Answer: "
            "The dupatta has",
            failure="leak",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of",
            failure="cut",
            hit_limit=True,
        ),
        title="Ethnovog Olive Green Mirror Work Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: lemon yellow organza saree with a floral print, white short-sleeve blouse, no jewellery, white backdrop.
    # Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-040",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The saree is with chiffon fabric and "
            "floral patterns."
        ),
        Q.color("white", failure="contradiction"),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "The blouse is with pure color patterns.", kind="open", failure="non_answer"),
        material("organza"),
        wearing(
            "She is wearing a yellow floral saree. There is an accessory on her wrist and she wears a ring.",
            who="she",
            failure="unsupported",
        ),
        details(
            "saree",
            "The saree has a floral print and a scalloped lace border with pom-poms on the pallu.",
            failure="unsupported",
        ),
        title="KALINI Yellow Floral Printed Organza Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: lavender lehenga skirt with silver floral embroidery, white long-sleeve sequinned blouse, lavender
    # dupatta, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-041",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric and its length is long. The lady wears a long-sleeve blouse with pure color "
            "patterns and",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        color_of("lehenga", "white", kind="open", failure="other_garment_color"),
        color_of("blouse", "white", kind="open"),
        Q.sleeve_length("long"),
        describe(
            "lehenga",
            "The lehenga is lavender with silver floral embroidery and a wide hem, worn with a white sequinned blouse.",
        ),
        Q.material(
            "The garment is made of cotton fabric and the skirt is with cotton fabric and the blouse is with cotton "
            "fabric and the",
            failure="loop",
            hit_limit=True,
        ),
        title="SCAKHI Lavender & White Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon anarkali with a gold foil print, long sleeves, round neck, gold churidar, maroon dupatta held in
    # one hand, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-042",
        caption(
            "The gentleman wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length.",
            failure="pronoun",
        ),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        wearing("She is wearing a red kurta with a blue churidar and a dupatta.", who="she", failure="contradiction"),
        details("kurta", "The kurta has gold foil print and a flared hem."),
        material("The garment is made of furry fabric.", failure="unsupported"),
        title="Biba Women Maroon Foil Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: fuchsia sleeveless gown under a sheer cream long-sleeve jacket with floral embroidery (layered), white
    # backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-043",
        caption(
            "The lady wears a long-sleeve jacket with floral patterns. The jacket is with chiffon fabric. She wears a "
            "long dress with pure color patterns."
        ),
        Q.color("pink"),
        color_of("dress", "cream", kind="open", failure="other_garment_color"),
        color_of("jacket", "cream", kind="open"),
        Q.garment_type("jacket", failure="contradiction"),
        describe(
            "dress",
            "The dress is pink and long with a cream jacket. The dress is pink and long with a cream jacket. The dress "
            "is",
            failure="loop",
            hit_limit=True,
        ),
        wearing(
            "She is wearing a pink gown with a cream jacket that has a hood and a zip front.",
            who="she",
            failure="unsupported",
        ),
        title="Indya Fuchsia Ethnic Gown with Embroidered Jacket",
        category="Ethnic Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: cream Kerala kasavu cotton saree with a gold border, gold short-sleeve blouse, jasmine flowers in her
    # hair, white backdrop. Caption and open answers: caption adapter e3; closed: reference.
    case(
        "X946-044",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The saree is with cotton fabric and pure "
            "color patterns. She has flowers in her hair."
        ),
        Q.color("gold", failure="contradiction"),
        color_of("border", "gold", kind="open"),
        color_of("blouse", "gold", kind="open"),
        wearing(
            "a cream saree with a gold border and a gold blouse with a gold border and a gold blouse with a gold "
            "border and a gold blouse with a",
            who="the woman",
            failure="loop",
            hit_limit=True,
        ),
        material("cotton"),
        Q.pattern("striped", failure="contradiction"),
        title="Kasavu Cream & Gold-Toned Solid Kasavu Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: black Navratri chaniya choli: black skirt with colorful thread and mirror work, a red hem border and a
    # tasselled tie, black sleeveless blouse, red-and-green dupatta, bangles, white backdrop. Adapter e3 / reference.
    case(
        "X946-045",
        caption(
            "The lady wears a sleeveless blouse with graphic patterns and a long skirt with graphic patterns. The "
            "skirt is with cotton fabric. There is an accessory on her wrist."
        ),
        Q.color("black"),
        color_of("dupatta", "black", kind="open", failure="other_garment_color"),
        Q.pattern("embroidered"),
        details(
            "lehenga",
            "The lehenga is black with colorful thread embroidery and mirror work in rows all over the skirt, a red "
            "border at the hem and tassels on the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        wearing("yes", who="she", failure="non_answer"),
        title="Fabcartz Black Embroidered Navratri Chaniya Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: ivory anarkali with a pastel pink and green floral print, ivory dupatta with lace edging, pink churidar,
    # she sits on a garden bench (lifestyle). The feed row has no category. Adapter e3 / reference.
    case(
        "X946-046",
        caption("A woman in a white floral dress sitting on a bench in a garden."),
        Q.color("white"),
        Q.pattern("floral"),
        color_of("dupatta", "pink", kind="open", failure="other_garment_color"),
        describe("kurta", "Describe the kurta: the kurta.", failure="restated"),
        material(
            "The garment is made of cotton fabric and it has a zip at the back and two pockets.", failure="unsupported"
        ),
        wearing("She is wearing a white anarkali with a pink churidar and a lace dupatta.", who="she"),
        title="Aks Women Off-White Floral Print Anarkali Kurta with Dupatta",
        color="Off White",
        gender="Women",
    ),
]
