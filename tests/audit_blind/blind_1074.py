"""BLIND_1074 (46 products; Myntra ethnic wear, epoch-3 caption adapter): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 110/125 failures found (88.0%) and 21/183 correct texts flagged
(11.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's and girls' ethnic wear: sarees (silk, georgette, chiffon, organza, tissue,
cotton), lehenga cholis, anarkali kurtas and kurta sets, ethnic gowns and maxi dresses. Catalog photos, mostly on a
white studio backdrop, a few on a grey, beige or pink wall, in a garden or under an arch, some with a prop (chair,
plant, clutch). Almost every photo is layered: a saree over a contrast blouse, a lehenga with a choli and a dupatta,
an anarkali over churidar, leggings or palazzos with a dupatta, a gown under a shrug or a long jacket. The seller's
columns are title, category (Sarees, Lehenga Choli, Kurtas, Kurta Sets, Ethnic Dresses), color and gender; one row
lacks gender and one lacks color, as real feeds do.

Who wrote what: every caption and every open answer comes from blip2-opt-2.7b with the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers, stopped on the
newline. The adapter writes the DeepFashion template ("The lady wears a long-sleeve dress with pure color patterns.
The dress is of long length.") and returns it for many questions; it has no word for saree, lehenga or dupatta in
the template, so it says dress, long skirt, scarf, outer clothing; it names patterns (pure color, floral, graphic,
lattice, color block) rather than hues in captions, and invents template accessories (hat, necklace, wrist
accessory). Under the Question/Answer prompt some base-model answering survives, so open answers are a mix of
template sentences and short phrases with hue names. Without a trained end token it sometimes runs on: loops of a
template sentence or a phrase, or a cut at the limit, and it sometimes writes the next "Question: ... Answer:" turn
itself. Closed answers (garment type, color, pattern, sleeve length, yes/no) come from enrich's --engine reference,
which picks one candidate, so they never loop or stop short; when wrong they are contradictions.

Labeling conventions and judgement calls:
- A saree called a "dress" (caption or closed garment type) is a contradiction with the seller's category; a
  lehenga called a "long skirt" and an anarkali or gown called a "dress" are correct (that is what they are).
- A contrast blouse, choli, dupatta, leggings or jacket color given by an open answer as the product's color is
  other_garment_color; the same mistake from a closed answer is a contradiction. A backdrop or print color given
  as the product's color, or another garment's pattern given to the product, is a contradiction.
- "chiffon" for georgette or organza is counted correct (the template's nearest sheer fabric); a material that the
  title contradicts is a contradiction; a material or detail that neither the title nor the photo supports
  (pockets, zips, belts, slits, a hat or necklace that is not there, a back that is not shown) is unsupported.
- A loop that runs to the token limit is labeled loop (hit_limit=True), not cut; a text that stops mid-phrase, at
  the limit or (once) before it, is cut.
- A text that starts or continues the "Question: ... Answer:" format is a leak even if its answer part is right.
- A yes, a single garment word, a backdrop color alone, or a tautology ("the lehenga is long") to an open question
  is non_answer; an answer built from the question's own words ("the details of the saree are the saree details")
  is restated.
- "the man" / "he" / "the gentleman" for a Women or Girls row is pronoun; on the row without gender I wrote only
  correct pronouns.
- Seller shades are matched by group (peach = pink, cream = white, teal = blue, lavender = purple); where the
  seller's color is wrong for the photo (a "Brown" saree that is maroon) the answer true to the photo is correct.
- Short but true answers ("she is wearing a saree") are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

border = question("border", "What is the border of the saree like?", "open")
neckline = question("neckline", "What is the neckline of the blouse?", "closed")

BLIND_1074 = [
    # photo: magenta georgette saree with a gold zari border, gold brocade blouse with elbow sleeves, pallu over the
    # left shoulder, white backdrop, front view. Caption and open answers: epoch-3 caption adapter; closed: reference.
    case(
        "X1074-001",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "it has a V-shape neckline.",
            "contradiction",
        ),
        wearing("a pink saree with a gold border and a gold blouse", who="she"),
        color_of("saree", "magenta"),
        details(
            "saree",
            "The saree has a golden border along the pallu and the hem, and the blouse is gold brocade with "
            "elbow-length sleeves.",
        ),
        B.pattern("solid"),
        describe("blouse", "The blouse is gold with pink flowers on it and a deep back with tassels.", "unsupported"),
        B.material("pure silk", "contradiction"),
        title="Mitera Magenta & Gold-Toned Zari Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy blue velvet lehenga skirt with a gold embroidered hem, navy choli with short sleeves, pink net dupatta
    # over one shoulder, gold bangles on both wrists, white backdrop. Adapter + reference.
    case(
        "X1074-002",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt. The skirt is of long "
            "length. There is an accessory on her wrist."
        ),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        B.color("navy blue"),
        wearing("a blue lehenga with a pink dupatta and a matching blouse"),
        details(
            "lehenga",
            "gold embroidery on the hem, gold embroidery on the hem, gold embroidery on the hem, gold embroidery "
            "on the",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        B.material("velvet"),
        title="Inddus Navy Blue & Pink Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow cotton anarkali kurta with a small white floral block print, three-quarter sleeves, white
    # churidar leggings, white dupatta held in one hand, white backdrop. Adapter + reference.
    case(
        "X1074-003",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The pants the lady wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        wearing("she is wearing a yellow kurta with white flowers and white leggings", who="the woman"),
        describe("kurta", "The kurta is white and it has a flared hem.", "other_garment_color"),
        B.sleeve_length("three-quarter"),
        B.pattern("floral"),
        title="Libas Women Mustard Yellow Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: red Banarasi silk-blend saree with small gold woven motifs and a gold border, red blouse, side pose, white
    # backdrop. Adapter + reference.
    case(
        "X1074-004",
        caption(
            "The lady is wearing a long dress with graphic patterns. The dress is with silk fabric. The lady is "
            "wearing a long dress with graphic patterns. The dress is with silk fabric. The lady is",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a red saree with gold motifs and a red blouse.", who="she"),
        B.garment_type("saree"),
        B.color("red"),
        details(
            "saree",
            "Question: What are the saree details? Answer: gold border Question: What are the saree details? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.material("silk blend woven with gold zari"),
        is_a("saree", "yes"),
        title="Saree mall Red & Gold-Toned Ethnic Motifs Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: bottle green georgette floor-length gown with a gold sequinned yoke, full sleeves, worn alone, white
    # backdrop, front view. Adapter + reference.
    case(
        "X1074-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. The dress is "
            "with chiffon fabric and it has a round neckline."
        ),
        wearing("a green gown"),
        color_of("gown", "green"),
        describe(
            "gown", "The gown is green with a gold embroidered yoke, full sleeves and a flared skirt to the floor."
        ),
        details("gown", "the gown has a zipper on the back and two side pockets", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Ahalyaa Women Green Embroidered Georgette Ethnic Gown",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: a young girl in a peach lehenga with rows of small silver mirrors, peach short-sleeve choli, plain
    # off-white net dupatta with no border, white backdrop. Adapter + reference.
    case(
        "X1074-006",
        caption(
            "The girl is wearing a short-sleeve top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric."
        ),
        wearing("he is wearing a pink dress", "pronoun", who="the girl"),
        color_of("lehenga", "peach"),
        details("lehenga", "small round mirrors sewn in rows on the skirt and on the border of the blouse"),
        describe(
            "dupatta",
            "The dupatta is off white net with a gold lace border and pom poms along the edge.",
            "unsupported",
        ),
        B.pattern("embellished"),
        title="Aarika Girls Peach-Coloured Mirror Work Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: white crepe saree with a black geometric print and plain edges (no border, no tassels), black sleeveless
    # blouse, white wall behind, front view. Adapter + reference.
    case(
        "X1074-007",
        caption(
            "The lady wears a sleeveless blouse and a long saree with lattice patterns. She is standing in front of "
            "a white wall."
        ),
        color_of("saree", "the saree is black", "other_garment_color", kind="open"),
        B.color("white"),
        B.pattern("geometric"),
        describe("saree", "saree", "non_answer"),
        details(
            "saree",
            "The saree has a black border, and the pallu is black with white tassels at the end.",
            "unsupported",
        ),
        wearing("She is wearing a white saree with a black geometric print and a black sleeveless blouse.", who="she"),
        title="Anouk Black & White Geometric Printed Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: maroon velvet anarkali with gold gota lace at the hem and sleeve ends, maroon churidar, gold dupatta on the
    # shoulders, white backdrop. Adapter + reference.
    case(
        "X1074-008",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is of long length.",
            "pronoun",
        ),
        wearing("a maroon anarkali with a gold border and a gold dupatta"),
        color_of("dupatta", "gold"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        B.material("velvet"),
        details(
            "kurta",
            "gold lace along the hem, gold lace on the sleeve ends, a round neckline, an embroidered yoke and a flared "
            "hem that falls to the",
            "cut",
            hit_limit=True,
        ),
        title="Indo Era Women Maroon Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal organza saree with pink and white flowers and a pink border, teal short-sleeve blouse, in a garden
    # with plants behind. Adapter + reference.
    case(
        "X1074-009",
        caption(
            "The lady is wearing a long saree with floral patterns. The saree is with chiffon fabric. There is a "
            "plant behind her."
        ),
        wearing("she is wearing a blue saree with pink flowers and a pink border", who="she"),
        B.color("pink", "contradiction"),
        B.material("organza"),
        B.pattern("solid", "contradiction"),
        describe("saree", "The saree is teal with pink and white flowers and a pink border."),
        details("saree", "The details of the saree are the saree details.", "restated"),
        title="KALINI Teal & Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: sleeveless black maxi gown with a multicolour floral print, sheer plain black long-sleeve shrug over it,
    # white backdrop. Adapter + reference.
    case(
        "X1074-010",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of long length. The lady wears a "
            "long-sleeve outer clothing with pure color patterns."
        ),
        wearing("The lady wears a black dress and a black jacket."),
        color_of("gown", "black"),
        B.pattern("floral"),
        details("gown", "the gown has a red belt at the waist and gold buttons down the front", "unsupported"),
        describe("shrug", "The shrug is floral.", "contradiction"),
        title="Inddus Women Black Floral Printed Maxi Ethnic Gown with Shrug",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard art silk saree with gold buttis in the body and a narrow green-and-gold temple border, green
    # blouse, white backdrop. Adapter + reference.
    case(
        "X1074-011",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with silk fabric.", "contradiction"
        ),
        wearing("She wears a mustard silk saree with a green border and a green blouse.", who="she"),
        color_of("saree", "green", "other_garment_color", kind="open"),
        B.color("mustard"),
        details(
            "saree",
            "a temple border in green and gold, gold buttis woven in the body and a contrast pallu with gold stripes "
            "and a",
            "cut",
            hit_limit=True,
        ),
        B.material("art silk"),
        title="Mimosa Mustard Art Silk Kanjeevaram Saree with Green Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: white chikankari anarkali with full sleeves, white palazzos, white dupatta, light pink wall behind. Adapter
    # + reference.
    case(
        "X1074-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. She is "
            "standing in front of a pink wall."
        ),
        color_of("kurta", "white"),
        wearing("a white kurta and white pants with a white scarf"),
        describe("kurta", "The kurta is pink.", "contradiction"),
        details(
            "kurta",
            "white thread embroidery, white thread embroidery, white thread embroidery, white thread embroidery, white "
            "thread",
            "loop",
            hit_limit=True,
        ),
        B.pattern("embroidered"),
        B.sleeve_length("long"),
        title="Ada Women White Chikankari Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold zardozi, red short-sleeve choli, red net dupatta over the head with a
    # gold scalloped border, gold necklace and earrings, white backdrop. Adapter + reference.
    case(
        "X1074-013",
        caption(
            "The lady is wearing a short-sleeve top and a long skirt with graphic patterns. There is an accessory on "
            "her neck."
        ),
        wearing(
            "She wears a red lehenga with heavy gold embroidery, a red dupatta over her head and gold jewellery.",
            who="she",
        ),
        color_of("lehenga", "red"),
        is_a("lehenga", "no", "contradiction"),
        details("lehenga", "Answer: gold zari work on the skirt", "leak"),
        describe("dupatta", "The dupatta is red net with a gold scalloped border."),
        title="Fabcartz Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: pastel lavender chiffon saree with a silver sequin border, sleeveless silver blouse, side-back view, white
    # backdrop. Adapter + reference.
    case(
        "X1074-014",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. The lady wears a sleeveless top with pure color patterns and a long "
            "skirt. The skirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "purple"),
        wearing("a light purple saree with a silver blouse"),
        describe("saree", "The saree is silver with lavender sequins.", "other_garment_color"),
        B.material("chiffon"),
        B.sleeve_length("sleeveless"),
        details("saree", "silver sequin border Question: What is the color of the blouse? Answer: silver", "leak"),
        title="Sangria Lavender Sequinned Chiffon Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange anarkali kurta with a gold foil print, three-quarter sleeves, beige leggings, white backdrop.
    # Adapter + reference.
    case(
        "X1074-015",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange kurta with gold print and beige leggings", who="the woman"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        B.color("orange"),
        B.pattern("printed"),
        details("kurta", "The kurta is a kurta.", "restated"),
        title="Biba Women Rust Orange Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: green georgette bandhani saree with small white tie-dye dots and a wide pink pallu border, pink
    # short-sleeve blouse, white backdrop. Adapter + reference.
    case(
        "X1074-016",
        caption(
            "The lady wears a long saree with graphic patterns. The saree is with chiffon fabric. She is wearing a "
            "pink blouse with short sleeves."
        ),
        wearing("He is wearing a green saree with pink dots.", "pronoun", who="she"),
        color_of("saree", "green"),
        B.pattern("bandhani"),
        color_of("blouse", "green", "contradiction"),
        describe("saree", "The saree is green with small white dots in a tie-dye pattern and a wide pink border."),
        B.material("cotton", "contradiction"),
        title="Mitera Green & Pink Bandhani Printed Georgette Saree",
        category="Sarees",
        gender="Women",
        color="Green",
    ),
    # photo: peach net gown with gold sequins on the bodice and cap sleeves, beige wall behind, a wooden chair beside
    # her. The feed row has no color. Adapter + reference.
    case(
        "X1074-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of long length. There is a "
            "chair behind her."
        ),
        wearing("a peach gown"),
        color_of("gown", "pink"),
        details(
            "gown",
            "sequins on the bodice, sequins on the bodice, sequins on the bodice, sequins on the bodice, sequins on",
            "loop",
            hit_limit=True,
        ),
        describe("gown", "The gown is a peach net gown with gold sequins on the bodice and short cap sleeves."),
        B.sleeve_length("long", "contradiction"),
        B.material("net"),
        is_a("gown", "yes"),
        title="Ethnovog Peach-Coloured Embellished Net Ethnic Gown",
        category="Ethnic Dresses",
        gender="Women",
    ),
    # photo: mustard cotton lehenga with a small white floral print and a gota hem, sleeveless white choli with mirror
    # work, multicolour dupatta over the arms, white backdrop. Adapter + reference.
    case(
        "X1074-018",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with cotton fabric."
        ),
        color_of("lehenga", "white", "other_garment_color", kind="open"),
        color_of("choli", "white"),
        B.color("white", "contradiction"),
        wearing("she is wearing", "cut", who="she"),
        details(
            "lehenga",
            "The lehenga has small printed flowers all over, a gota border at the hem and two side pockets.",
            "unsupported",
        ),
        B.pattern("printed"),
        title="Studio Rasa Mustard & White Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: black georgette party saree with scattered silver sequins and a sequinned border, black sleeveless blouse,
    # white backdrop. Adapter + reference.
    case(
        "X1074-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length.", "contradiction"
        ),
        wearing("A black saree with sequins and a black sleeveless blouse."),
        B.color("black"),
        describe("saree", "The saree is black with silver sequins scattered all over and a sequinned border."),
        details("saree", "the saree has a gold zari pallu with peacock motifs", "unsupported"),
        B.garment_type("dress", "contradiction"),
        title="Mitera Black Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue anarkali kurta with a white floral print and full sleeves, white straight trousers, white
    # backdrop. Adapter + reference.
    case(
        "X1074-020",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("She is wearing a navy blue floral kurta with white pants.", who="she"),
        color_of("kurta", "navy blue"),
        color_of("pants", "navy blue", "contradiction"),
        describe("trousers", "they are long", "non_answer"),
        B.sleeve_length("long"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: floral print, round neck, long sleeves Question:",
            "leak",
        ),
        title="Libas Women Navy Blue Floral Printed Anarkali Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream handloom cotton saree with a wide red woven border and red stripes on the pallu, red short-sleeve
    # blouse, white backdrop. Adapter + reference.
    case(
        "X1074-021",
        caption(
            "The lady wears a long saree with pure color patterns and a short-sleeve red blouse. The saree is with "
            "cotton fabric."
        ),
        color_of("saree", "red", "other_garment_color", kind="open"),
        B.color("white"),
        border("a wide red border with woven motifs and red stripes on the pallu"),
        is_a("saree", "no", "contradiction"),
        wearing("The man is wearing a white saree with a red border.", "pronoun"),
        B.material("cotton"),
        title="Tant Cream-Coloured & Red Woven Design Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: patchwork lehenga in pink, green, blue and yellow panels with mirror work and black piping, black
    # short-sleeve choli, pink dupatta, white backdrop. Adapter + reference.
    case(
        "X1074-022",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with color block patterns."
        ),
        color_of("lehenga", "multicolor"),
        wearing("a colorful lehenga with a black blouse and a pink dupatta"),
        describe("lehenga", "The lehenga is black with colorful panels.", "other_garment_color"),
        details(
            "lehenga",
            "patchwork panels of pink, green, blue and yellow with mirror work, patchwork panels of pink, green, blue "
            "and yellow with mirror",
            "loop",
            hit_limit=True,
        ),
        B.pattern("color block"),
        B.material("the garment is made of a material", "restated"),
        title="Geroo Jaipur Multicoloured Patchwork Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: wine red velvet maxi dress with gold embroidery at the neckline and cuffs, full sleeves, worn alone with no
    # dupatta, grey wall behind. Adapter + reference.
    case(
        "X1074-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length and it has a "
            "round neckline. She is standing in front of a grey wall."
        ),
        color_of("dress", "wine red", kind="open"),
        B.material("velvet"),
        details(
            "dress",
            "gold embroidery around the neckline and the cuffs of the sleeves, a flared skirt with panels and a gold "
            "border at the hem with small",
            "cut",
            hit_limit=True,
        ),
        wearing("grey", "non_answer", who="she"),
        describe("dress", "The dress has a slit at the front and comes with a gold dupatta.", "unsupported"),
        B.sleeve_length("long"),
        title="Aks Women Burgundy Embroidered Velvet Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: pink-to-orange ombre chiffon saree with a thin gold gota edge and small tassels on the pallu, orange
    # short-sleeve blouse, white backdrop. Adapter + reference.
    case(
        "X1074-024",
        caption(
            "The lady wears a long saree with color block patterns. The saree is with chiffon fabric. She has an "
            "orange blouse with short sleeves."
        ),
        color_of("saree", "pink fading into orange", kind="open"),
        wearing("a pink and orange saree", who="she"),
        B.pattern("ombre"),
        describe(
            "saree",
            "The saree is pink at the top and orange at the bottom with a thin gold gota border along the edge and "
            "small tassels hanging from the",
            "cut",
            hit_limit=True,
        ),
        details("saree", "yes", "non_answer"),
        B.material("silk", "contradiction"),
        title="Satrani Pink & Orange Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: sleeveless emerald green silk anarkali with a gold brocade border, gold churidar, white backdrop. Adapter +
    # reference.
    case(
        "X1074-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with silk fabric. The dress is "
            "of long length. The lady wears a sleeveless dress with pure color patterns. The dress is with silk "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        B.sleeve_length("sleeveless"),
        wearing("a green silk anarkali with a gold border and gold leggings", who="the woman"),
        color_of("leggings", "green", "contradiction"),
        details("kurta", "the kurta has long sleeves with gold cuffs", "contradiction"),
        title="Sangria Women Green Solid Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: grey tissue saree with a silver sheen and a thin silver border, round-neck short-sleeve silver blouse, a
    # silver clutch in her hand, white backdrop. Adapter + reference.
    case(
        "X1074-026",
        caption("The lady is wearing a long saree with pure color patterns. She is holding a bag in her hand."),
        wearing("a grey saree and a silver blouse, and she holds a silver clutch"),
        color_of("saree", "silver"),
        B.material("tissue"),
        describe("blouse", "The blouse is silver with a halter neck and a tie at the back.", "unsupported"),
        border(
            "a thin silver border, a thin silver border, a thin silver border, a thin silver border, a thin silver",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Soch Grey Tissue Saree with Blouse Piece",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: powder blue lehenga with pink floral embroidery, blue choli with puff sleeves, white organza dupatta, no
    # jewellery, white backdrop. Adapter + reference.
    case(
        "X1074-027",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long skirt with floral patterns. The skirt "
            "is with chiffon fabric. She is wearing a necklace.",
            "unsupported",
        ),
        wearing("she is wearing a light blue lehenga with pink flowers and a white dupatta", who="she"),
        color_of("lehenga", "white", "other_garment_color", kind="open"),
        B.color("blue"),
        B.sleeve_length("short"),
        details("lehenga", "the details of the lehenga", "restated"),
        describe(
            "lehenga",
            "The lehenga is light blue with pink flowers, the lehenga is light blue with pink flowers, the lehenga is "
            "light blue with",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Blue Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender crepe maxi dress with a white floral print, V neckline, full sleeves, ruffled hem, side view,
    # white backdrop. Adapter + reference.
    case(
        "X1074-028",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length and its neckline "
            "is V-shape."
        ),
        wearing("a purple floral maxi dress", who="she"),
        color_of("dress", "lavender"),
        B.material("crepe"),
        describe(
            "dress",
            "The dress is purple with white flowers, a V neckline, full sleeves and a ruffled hem. The dress is purple "
            "with white flowers, a V",
            "loop",
            hit_limit=True,
        ),
        details("dress", "a belt at the waist with a gold buckle", "unsupported"),
        B.pattern("striped", "contradiction"),
        title="Janasya Women Lavender Floral Printed Crepe Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: navy blue saree with a gold foil print, gold short-sleeve blouse, white backdrop. Adapter + reference.
    case(
        "X1074-029",
        caption(
            "The lady is wearing a long-sleeve top with pure color patterns and a long skirt with graphic patterns.",
            "contradiction",
        ),
        B.sleeve_length("short"),
        color_of("saree", "gold", "other_garment_color", kind="open"),
        B.color("navy blue"),
        wearing("Question: What is she wearing? Answer: a blue saree", "leak", who="she"),
        B.pattern("printed"),
        title="Mitera Navy Blue & Gold-Toned Foil Print Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white matte cotton anarkali with multicolour thread embroidery and tiny mirrors on the yoke, sleeves
    # and hem, off-white churidar, red dupatta with a gold border around the neck and shoulders, white backdrop. Adapter
    # + reference.
    case(
        "X1074-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. There is a "
            "scarf around her neck."
        ),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        B.color("off white"),
        wearing("an off white kurta with colorful embroidery, white churidar and a red dupatta", who="she"),
        describe("dupatta", "The dupatta is red with a gold border."),
        B.material("silk", "unsupported"),
        details(
            "kurta",
            "multicolour thread embroidery on the yoke, on the sleeves and along the hem, with tiny mirrors set "
            "between the flowers and a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Anouk Women Off-White Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: black net lehenga with scattered silver sequins and a sequinned hem, black sleeveless choli, black net
    # dupatta, white backdrop. Adapter + reference.
    case(
        "X1074-031",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The skirt is of long length."
        ),
        wearing("A black lehenga with silver sequins, a black sleeveless blouse and a black net dupatta", who="she"),
        B.color("silver", "contradiction"),
        describe("lehenga", "The lehenga is black net with scattered silver sequins and a wide sequinned border."),
        details("lehenga", "the lehenga has a slit on the side", "unsupported"),
        B.material("net"),
        title="Zeel Clothing Black Sequinned Net Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: bright orange georgette saree with a gold border, magenta short-sleeve blouse, white backdrop. Adapter +
    # reference.
    case(
        "X1074-032",
        caption(
            "The lady wears a long saree with pure color patterns. The saree is with chiffon fabric. Her blouse is "
            "with pure color patterns and short sleeves."
        ),
        wearing("she is wearing a pink saree", "other_garment_color", who="she"),
        color_of("saree", "orange"),
        color_of("blouse", "magenta"),
        details("saree", "The saree is a saree with a border.", "restated"),
        B.material("georgette"),
        title="Saree Mall Orange & Magenta Embellished Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: pink anarkali kurta with a white floral print and full sleeves, an attached short black sleeveless jacket
    # with gold embroidered edges, white backdrop. Adapter + reference.
    case(
        "X1074-033",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a sleeveless outer clothing "
            "with pure color patterns."
        ),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        B.color("pink"),
        wearing("a pink floral kurta with a black jacket over it", who="the woman"),
        describe("jacket", "The jacket is black and sleeveless with gold embroidery at the edges."),
        details("kurta", "the kurta has a hood", "unsupported"),
        B.material("denim", "unsupported"),
        B.sleeve_length("long"),
        title="W Women Pink Printed Anarkali Kurta with Attached Jacket",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: sleeveless teal georgette gown with mirror work on the bodice and hem, a potted plant beside her, white
    # backdrop. Adapter + reference.
    case(
        "X1074-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. There is a "
            "plant next to her. The lady wears a sleeveless dress with pure color patterns. The dress is of long "
            "length. There is a",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a teal gown with mirror work.", who="she"),
        B.color("blue"),
        details("gown", "small round mirrors on the bodice and along the hem, with thread embroidery around each"),
        B.sleeve_length("sleeveless"),
        describe("gown", "a gown", "non_answer"),
        B.material("cotton", "contradiction"),
        title="Inddus Teal Blue Mirror Work Georgette Ethnic Gown",
        category="Ethnic Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon silk-blend saree with a gold border, maroon blouse with gold-bordered short sleeves, front view,
    # white backdrop. The seller calls it Brown. Adapter + reference.
    case(
        "X1074-035",
        caption("The lady is wearing a long saree with pure color patterns. The saree is with silk fabric."),
        wearing("she is wearing a maroon silk saree with a gold border", who="she"),
        color_of("saree", "maroon"),
        border(
            "a gold border, a gold border, a gold border, a gold border, a gold border, a gold border, a gold",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        describe(
            "blouse",
            "The blouse is maroon with gold borders on the short sleeves and a round neckline at the front, and at "
            "the back it has a",
            "cut",
            hit_limit=True,
        ),
        title="Kanchi Brown Silk Blend Saree",
        category="Sarees",
        color="Brown",
        gender="Women",
    ),
    # photo: green raw silk lehenga with gold embroidery, orange short-sleeve choli, orange dupatta, white backdrop.
    # Adapter + reference.
    case(
        "X1074-036",
        caption(
            "The lady wears a short-sleeve top and a long skirt with pure color patterns. The skirt is with silk "
            "fabric. The lady wears a short-sleeve top and a long skirt with pure color patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "orange", "other_garment_color", kind="open"),
        B.color("green"),
        wearing("a green lehenga, an orange blouse and an orange dupatta", who="she"),
        B.garment_type("lehenga"),
        details("lehenga", "the lehenga has cancan underneath for volume and a drawstring", "unsupported"),
        describe(
            "choli",
            "The choli is orange with short sleeves and gold embroidery on the neckline and the sleeve borders, and it "
            "is tied with",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Green & Orange Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: lime green anarkali with a pink floral print, round neck and full sleeves, white leggings, pink dupatta,
    # white backdrop. The feed row has no gender. Adapter + reference.
    case(
        "X1074-037",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The pants are "
            "of long length."
        ),
        wearing("a green kurta with pink flowers, white leggings and a pink dupatta", who="she"),
        color_of("kurta", "green"),
        color_of("leggings", "white"),
        describe("kurta", "The kurta is pink.", "other_garment_color"),
        details("kurta", "the kurta has a mandarin collar and a button placket with gold buttons", "unsupported"),
        B.pattern("floral"),
        title="Aurelia Women Lime Green Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # photo: brown cotton kalamkari saree printed with red, mustard and green elephants and peacocks and a wide border,
    # black short-sleeve blouse, white backdrop. Adapter + reference.
    case(
        "X1074-038",
        caption(
            "The lady is wearing a long saree with graphic patterns and a short-sleeve top with pure color patterns. "
            "The saree is with cotton fabric."
        ),
        wearing(
            "She is wearing a brown printed saree with a black blouse. She is wearing a brown printed saree with a "
            "black blouse. She is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.color("multi"),
        B.pattern("printed"),
        details(
            "saree",
            "The saree has elephants and peacocks printed in red, mustard and green on a brown base, and a wide border",
        ),
        describe("blouse", "The blouse is brown.", "other_garment_color"),
        title="Sharda Creation Multicoloured Kalamkari Printed Cotton Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: red cotton anarkali with gold printed motifs on the yoke and hem, full sleeves, red churidar, white
    # backdrop. Adapter + reference.
    case(
        "X1074-039",
        caption("The man is wearing a long-sleeve dress with graphic patterns.", "pronoun"),
        wearing("a red kurta with gold print and red pants", who="she"),
        color_of("kurta", "red"),
        details("kurta", "gold printed motifs on the yoke and along the flared hem, a round neckline and full sleeves"),
        B.material("silk", "unsupported"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("long"),
        title="Biba Women Red Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: a girl in a pink lehenga with a gold printed hem, gold sleeveless choli, no hat or headwear, white
    # backdrop. Adapter + reference.
    case(
        "X1074-040",
        caption(
            "The girl wears a sleeveless top with pure color patterns and a long skirt with graphic patterns. She is "
            "wearing a hat.",
            "unsupported",
        ),
        wearing("a pink lehenga with a gold top", who="the girl"),
        color_of("lehenga", "gold", "other_garment_color", kind="open"),
        B.color("pink"),
        details("lehenga", "Answer: gold print", "leak"),
        is_a("lehenga", "yes"),
        title="Bitiya by Bhama Girls Pink & Gold-Toned Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: navy blue gown with pink and white flowers, round keyhole neck, full sleeves with elastic cuffs, pink
    # dupatta on one arm, white backdrop. Adapter + reference.
    case(
        "X1074-041",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The lady also "
            "wears a scarf with pure color patterns."
        ),
        wearing("She wears a navy blue floral gown and a pink dupatta.", who="she"),
        color_of("gown", "pink", "contradiction"),
        describe("gown", "The gown is navy blue with pink and white flowers and a gathered skirt to the floor."),
        details(
            "gown",
            "The gown has a navy blue base with pink flowers, a round neck with a keyhole, full sleeves with elastic "
            "cuffs, a flared",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        title="Ishin Women Navy Blue Floral Printed Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow silk-look zari saree with gold buttis, a pink border with gold zari and a paisley pallu, pink
    # short-sleeve blouse, white backdrop. Adapter + reference.
    case(
        "X1074-042",
        caption(
            "The lady is wearing a long saree with pure color patterns. The saree is with silk fabric. She has a "
            "short-sleeve top."
        ),
        color_of("saree", "pink", "other_garment_color", kind="open"),
        B.color("yellow"),
        wearing("she is wearing a saree", who="she"),
        details("saree", "The saree has a pink border with gold zari, a woven pallu with paisleys and gold buttis."),
        B.material("polyester", "unsupported"),
        B.sleeve_length("long", "contradiction"),
        title="Pothys Yellow & Pink Woven Design Zari Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: sleeveless plain olive green maxi dress under a long open jacket printed with rust and cream flowers,
    # three-quarter jacket sleeves, white backdrop. Adapter + reference.
    case(
        "X1074-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns and a long-sleeve outer clothing with floral "
            "patterns. The dress is of long length."
        ),
        wearing("an olive green dress with a long floral jacket", who="she"),
        color_of("dress", "olive"),
        describe("dress", "The dress is floral.", "contradiction"),
        B.color("rust", "contradiction"),
        details(
            "jacket",
            "The jacket is long and open at the front with a floral print in rust and cream, three-quarter sleeves "
            "with a border and it has",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        title="Juniper Women Olive Green Printed Ethnic Maxi Dress with Jacket",
        category="Ethnic Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: dark green Paithani silk saree with a magenta and gold border, a magenta pallu with gold peacocks, magenta
    # blouse, white backdrop. Adapter + reference.
    case(
        "X1074-044",
        caption("The gentleman is wearing a long saree with graphic patterns.", "pronoun"),
        wearing("A green silk saree with a magenta border and pallu, and a magenta blouse.", who="she"),
        color_of("saree", "magenta", "contradiction"),
        details("saree", "a peacock motif pallu in magenta and gold and a wide woven border"),
        B.material("paithani silk"),
        describe(
            "saree",
            "Question: Describe the saree. Answer: The saree is green. Question: Describe the blouse. Answer: The "
            "blouse is",
            "leak",
            hit_limit=True,
        ),
        title="Royal Rajgharana Saree Green & Magenta Woven Design Paithani Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: cream matte cotton lehenga with pastel pink and green flowers and a thin gold border, cream short-sleeve
    # choli, pink dupatta, standing under a stone arch outdoors. Adapter + reference.
    case(
        "X1074-045",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long skirt with floral patterns. She is "
            "standing in front of an arch."
        ),
        wearing("a cream floral lehenga with a pink dupatta", who="she"),
        color_of("lehenga", "cream"),
        describe("lehenga", "The lehenga is cream with pastel pink and green flowers and a thin gold border."),
        details("lehenga", "the lehenga is long", "non_answer"),
        B.material("satin", "unsupported"),
        B.pattern("floral"),
        color_of("dupatta", "cream", "other_garment_color", kind="open"),
        title="Kalini Cream-Coloured & Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
        gender="Women",
    ),
    # photo: black cotton anarkali with a gold yoke and border, full sleeves, black churidar, gold dupatta, white
    # backdrop. Adapter + reference.
    case(
        "X1074-046",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        wearing("She wears a black anarkali with a gold border, black churidar and a gold dupatta.", who="she"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        B.pattern("yoke design"),
        details("kurta", "the kurta details are gold", "restated"),
        neckline("round"),
        title="Libas Women Black Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
]
