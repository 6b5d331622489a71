"""BLIND_638 (46 products; Myntra kurta sets and anarkalis with dupattas): written blind in the fifty-third session.
Measured blind at c4a3a37 (the session's eleventh rules): 99/129 failures found (76.7%) and 12/181 correct texts flagged
(6.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's three-piece ethnic sets: straight kurtas with palazzos, trousers or sharara,
and anarkalis with churidar or trousers, each sold with a dupatta (two anarkalis are sold with a dupatta only and
worn over leggings that are not part of the product). Catalog photos on a white or light grey studio backdrop,
front view, the dupatta draped over one or both shoulders; a few have a plant, a stool or a clutch as a prop. The
seller's columns are title, category (Kurta Sets, Kurtas), color (the kurta's color) and gender; three rows lack a
column, as real feeds do. The questions are the experiments' per-piece color questions (kurta, the bottom by its
own name, dupatta) plus a few of the VQA data's open questions and closed pattern, sleeve and type questions.

Who wrote what: every caption is the untuned base Salesforce/blip2-opt-2.7b (short, "a woman in a ...", it stops
on its own; it calls an anarkali a dress or gown, a dupatta a scarf, cream white, and sometimes a sari). Every
open answer is the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens: usually it stops on the
newline, but where it does not it loops or is cut at the limit, it sometimes starts or continues with the
"Question: ... Answer:" format, it gives one word to an open question, says "he", or invents embroidery, fabrics
and accessories. Closed answers (color_of, pattern, sleeve length, type, "Is this a kurta?") come from enrich's
reference engine scoring candidate values with the same adapter: one clean value, never a loop or a cut, but often
the color of the dupatta or the bottom instead of the asked piece.

Labeling conventions and judgement calls:
- A piece's color answer that names the color of another piece in the same photo (the dupatta's mustard for the
  kurta) is other_garment_color; a color that no piece in the photo has (grey for an all-white-and-black set,
  pink for a lavender kurta, green for a turquoise kurta, blue for a purple anarkali) is contradiction.
- The color of a dupatta's border or a kurta's print given as the whole piece's color (pink for a black dupatta
  with a pink border) is contradiction, not other_garment_color, unless that color is also another piece's color
  (turquoise for a white dupatta with a turquoise border worn with a turquoise kurta is other_garment_color).
- Captions follow the same rules: a caption that gives the bottom the kurta's color ("brown pants" under a brown
  kurta with beige palazzos) is other_garment_color; a hue outside the seller's group that no piece has (white for
  Beige, yellow for Lime Green, purple for Burgundy) is contradiction.
- Shades in the seller's own color group are correct: maroon or red for Maroon, white for Cream/Off White, pink for
  Magenta, blue for Turquoise Blue/Teal, yellow for Mustard, navy blue for indigo.
- In free text (captions, open answers) an anarkali called a "dress", "long dress" or "gown" is correct (that is
  what it looks like), and a dupatta called a "scarf" is correct; a straight kurta set called a "sari" or an
  anarkali set called a "lehenga" is contradiction. A closed garment-type answer "dress" for a Kurta Sets row is
  contradiction (the closed value must agree with the seller's category); "no" to "Is this a kurta?" likewise.
- A caption that says "a man" for a women's product is labeled pronoun, the same as a wrong "he" in an answer.
- Material: correct when it agrees with the fabric the title names (cotton for "Cotton Blend" too); a different
  fabric than the title's is unsupported. Invented trims, motifs, pockets, bags and fabrics in descriptions are
  unsupported; a wrong sleeve length or neckline against a visible one is contradiction.
- A one-word answer or a bare color ("sky blue") to an open question (describe, details, wearing) is non_answer
  even when it is right; an answer that only gives the question's words back ("the kurta has details") is
  restated.
- Loops and cuts come only from the open answers and always ran to the 30-token limit (hit_limit=True). A text
  that leaks the prompt format is labeled leak even when its answer part is right.
- Thin but right answers ("white kurta", "the person is wearing a kurta", "bandhani print") are correct.
- Each text carries one label, the kind that a reader would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
garment = BLIND_QUESTIONS.garment_type
fabric = BLIND_QUESTIONS.material

W = "Women"
SETS = "Kurta Sets"

BLIND_638 = [
    # photo: pink straight kurta with white floral print, round neck and three-quarter sleeves, plain hem, white
    # palazzos, pink dupatta with white border over both shoulders; white backdrop, front view. Caption base model;
    # answers VQA adapter (open) and reference (closed).
    case(
        "X638-001",
        caption("a woman in a pink kurta and white palazzo pants with a dupatta"),
        color_of("kurta", "pink"),
        color_of("palazzos", "white"),
        color_of("dupatta", "pink"),
        describe(
            "kurta",
            "a pink straight kurta with white floral print, three quarter sleeves and pom pom lace on the hem",
            "unsupported",
        ),
        garment("dress", "contradiction"),
        details(
            "dupatta",
            "the dupatta has a white border, the dupatta has a white border, the dupatta has a white border, the"
            " dupatta has a white",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Pink",
        gender=W,
    ),
    # photo: navy blue flared anarkali with gold foil print, round neck, three-quarter sleeves, gold foil hem border,
    # navy churidar, mustard dupatta with gold border on the left shoulder; white backdrop, front view. Caption base;
    # answers VQA adapter / reference.
    case(
        "X638-002",
        caption("a woman in a blue anarkali dress with a yellow dupatta"),
        color_of("kurta", "mustard", "other_garment_color"),
        color_of("churidar", "navy blue"),
        color_of("dupatta", "mustard"),
        wearing("she is wearing a navy blue anarkali kurta with gold print and a mustard yellow dupatta", who="she"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves and gold foil print on the flared panels, the hem has a"
            " gold foil border and the",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Navy Blue Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard straight kurta with gota lace at the hem, white cotton trousers, white dupatta with small mustard
    # print; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-003",
        caption("a woman in a yellow sari standing in front of a white wall", "contradiction"),
        color_of("kurta", "yellow"),
        color_of("trousers", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        fabric("silk", "unsupported"),
        describe("dupatta", "white", "non_answer"),
        title="Sangria Women Mustard Yellow Gotta Patti Pure Cotton Kurta with Trousers & Dupatta",
        category=SETS,
        color="Mustard",
        gender=W,
    ),
    # photo: bottle green anarkali with gold zari embroidery on the yoke and sleeves, round neck, green trousers, green
    # net dupatta with a thin gold border; light grey backdrop, front view. Caption base; answers VQA adapter /
    # reference.
    case(
        "X638-004",
        caption("a woman in a green dress with gold embroidery"),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "green"),
        details("kurta", "gold zari embroidery on the yoke and sleeves, the kurta has a round neck and a flared hem"),
        wearing("he is wearing a green anarkali kurta with a matching dupatta", "pronoun", who="the person"),
        fabric("velvet", "unsupported"),
        title="Varanga Women Green Yoke Design Zari Anarkali Kurta with Trousers & Dupatta",
        category=SETS,
        color="Green",
        gender=W,
    ),
    # photo: off white straight kurta with blue block print and three-quarter sleeves, blue palazzos, blue dupatta with
    # white tassels; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-005",
        caption("a woman wearing a white kurta with blue print and blue pants"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue"),
        pattern("printed"),
        sleeve("sleeveless", "contradiction"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta has blue block print", "leak"),
        describe("dupatta", "the dupatta is blue with white tassels on the edges"),
        title="W Women Off White & Blue Block Print Straight Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Off White",
        gender=W,
    ),
    # photo: maroon anarkali with gold print and three-quarter sleeves, maroon churidar, peach chiffon dupatta over both
    # arms; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-006",
        caption("a woman in a red dress with a pink scarf"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        sleeve("sleeveless", "contradiction"),
        wearing(
            "a maroon anarkali with gold print and a peach dupatta and a maroon anarkali with gold print and a peach"
            " dupatta and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Biba Women Maroon Printed Anarkali Kurta Churidar Dupatta Set",
        category=SETS,
        color="Maroon",
        gender=W,
    ),
    # photo: teal straight kurta with silver embroidered yoke and mandarin collar, no buttons, teal palazzos, white
    # dupatta with teal print; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-007",
        caption("a woman in a blue kurta and blue palazzo pants with a white dupatta"),
        color_of("kurta", "teal"),
        color_of("palazzos", "teal"),
        color_of("dupatta", "white"),
        details(
            "kurta",
            "the kurta has a yoke with silver embroidery and a mandarin collar with pearl buttons down the front",
            "unsupported",
        ),
        fabric("cotton"),
        describe("kurta", "kurta", "non_answer"),
        title="Indo Era Women Teal Blue Yoke Design Pure Cotton Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Teal",
        gender=W,
    ),
    # photo: black straight kurta with red and white floral print, black trousers, plain red cotton dupatta with a
    # printed border; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-008",
        caption("a woman wearing a black kurta with red flowers and a red dupatta"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("trousers", "black"),
        color_of("dupatta", "red"),
        wearing(
            "she is wearing a black kurta with a red floral print, black trousers and a red dupatta with silver mirror"
            " work",
            "unsupported",
            who="she",
        ),
        details("dupatta", "the dupatta is red with gold sequin work all over", "unsupported"),
        title="GoSriKi Women Black & Red Floral Printed Kurta with Trousers & Dupatta",
        category=SETS,
        color="Black",
        gender=W,
    ),
    # photo: peach anarkali with tonal thread embroidery on the yoke, peach trousers, peach dupatta; white backdrop,
    # front view, feet cropped out of the frame. Caption base; answers VQA adapter / reference.
    case(
        "X638-009",
        caption("a woman in a peach colored dress"),
        color_of("kurta", "peach"),
        color_of("trousers", "peach"),
        color_of("dupatta", "peach"),
        pattern("embroidered"),
        describe(
            "kurta",
            "a peach anarkali kurta with thread embroidery on the yoke and a flared hem, with a white dupatta",
            "contradiction",
        ),
        wearing("she is wearing a peach anarkali suit with a peach dupatta and gold juttis", "unsupported", who="she"),
        details("kurta", "the details are the details of the kurta", "restated"),
        title="Anouk Women Peach-Coloured Embroidered Anarkali Kurta with Trousers & Dupatta",
        category=SETS,
        color="Peach",
        gender=W,
    ),
    # photo: indigo straight kurta with white hand block print of small flowers and leaves, round neck with a keyhole,
    # plain white palazzos, indigo dupatta with white print; white backdrop, front view. Caption base; answers VQA
    # adapter / reference.
    case(
        "X638-010",
        caption("a woman in a blue and white printed kurta"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue", "other_garment_color"),
        color_of("dupatta", "navy blue"),
        fabric("cotton"),
        details(
            "kurta",
            "the kurta has white hand block print of small flowers and leaves all over with a round neck and a keyhole"
            " opening at the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a blue kurta with white print and white pants and a blue dupatta, a blue kurta with white print and"
            " white pants and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Indigo Hand Block Printed Cotton Kurta with Palazzo & Dupatta",
        category=SETS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: yellow straight kurta with pink florals and three-quarter sleeves, yellow sharara, pink dupatta; white
    # backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-011",
        caption("a woman in a yellow outfit with a pink scarf"),
        color_of("kurta", "yellow"),
        color_of("sharara", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        is_a("kurta", "no", "contradiction"),
        sleeve("three-quarter sleeves"),
        details("kurta", "the kurta is yellow with pink floral print, round neck and sleeveless", "contradiction"),
        title="Libas Women Yellow Floral Printed Kurta with Sharara & Dupatta",
        category=SETS,
        color="Yellow",
        gender=W,
    ),
    # photo: white chikankari kurta with a round neck, white palazzos, white dupatta; the model wears silver jhumkas; a
    # potted plant to the left; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-012",
        caption("a woman in a white sari standing next to a plant", "contradiction"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        describe("kurta", "the kurta is white with white chikankari embroidery all over and a round neck"),
        details("dupatta", "the dupatta is white with a pink border", "unsupported"),
        wearing("white kurta", who="she"),
        title="Sangria Women White Chikankari Embroidered Kurta with Palazzos & Dupatta",
        category=SETS,
        color="White",
        gender=W,
    ),
    # photo: rust straight kurta, round neck with rust piping, three-quarter sleeves, side slits, cream trousers, rust
    # dupatta with cream print; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-013",
        caption("a woman in an orange kurta and white pants"),
        color_of("kurta", "orange"),
        color_of("trousers", "orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        pattern("solid"),
        details(
            "kurta",
            "the kurta is plain with a round neck, straight hem and side slits, three quarter sleeves and a rust"
            " colored piping on the neck and the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a rust kurta and cream trousers with a printed dupatta Question: What is the color of the"
            " dupatta?",
            "leak",
            who="she",
        ),
        title="Aurelia Women Rust Solid Kurta with Trousers & Dupatta",
        category=SETS,
        color="Rust",
        gender=W,
    ),
    # photo: purple anarkali with silver foil print, purple churidar, lavender net dupatta; white backdrop, front view.
    # Caption base; answers VQA adapter / reference.
    case(
        "X638-014",
        caption("a woman in a purple gown with a purple scarf"),
        color_of("kurta", "purple"),
        color_of("churidar", "purple"),
        color_of("dupatta", "lavender"),
        describe("kurta", "a blue dress with silver print", "contradiction"),
        details(
            "kurta", "the anarkali has a sweetheart neckline, flared panels and a pocket on the side", "unsupported"
        ),
        title="Biba Women Purple Foil Print Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Purple",
        gender=W,
    ),
    # photo: sea green straight kurta with small white print, white palazzos, plain sea green dupatta; white backdrop,
    # front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-015",
        caption("a man wearing a green kurta and white pants", "pronoun"),
        color_of("kurta", "green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        wearing("green kurta and white palazzo pants with a green dupatta", who="she"),
        details("dupatta", "the dupatta has a silver zari border and tassels with mirror work", "unsupported"),
        title="W Women Sea Green Printed Straight Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Sea Green",
        gender=W,
    ),
    # photo: red kurta with white bandhani dots, red sharara, red and yellow bandhani dupatta; white backdrop, front
    # view. Caption base; answers VQA adapter / reference.
    case(
        "X638-016",
        caption("a woman in a red lehenga with a yellow dupatta", "contradiction"),
        color_of("kurta", "red"),
        color_of("sharara", "red"),
        color_of("dupatta", "red"),
        pattern("printed"),
        details("kurta", "bandhani print"),
        describe(
            "dupatta",
            "red and yellow bandhani dupatta with red and yellow bandhani dupatta with red and yellow bandhani"
            " dupatta with red and yellow bandhani",
            "loop",
            hit_limit=True,
        ),
        title="Ishin Women Red Bandhani Printed Kurta with Sharara & Dupatta",
        category=SETS,
        color="Red",
        gender=W,
    ),
    # photo: lime green straight kurta with gold embroidered yoke, white trousers, white dupatta with green print; white
    # backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-017",
        caption("a woman in a yellow kurta with white pants", "contradiction"),
        color_of("kurta", "green"),
        color_of("trousers", "green", "other_garment_color"),
        color_of("dupatta", "white"),
        details(
            "kurta",
            "the kurta has embroidery on the yoke, the kurta has embroidery on the yoke, the kurta has embroidery on"
            " the",
            "loop",
            hit_limit=True,
        ),
        fabric("georgette", "unsupported"),
        title="Nayo Women Lime Green Embroidered Cotton Blend Kurta with Trousers & Dupatta",
        category=SETS,
        color="Lime Green",
        gender=W,
    ),
    # photo: beige straight kurta with maroon embroidered neckline, maroon palazzos, maroon dupatta with gold border;
    # white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-018",
        caption("a woman in a white kurta and maroon pants", "contradiction"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon"),
        wearing(
            "a beige kurta with maroon embroidery on the neckline and maroon palazzo pants and a maroon dupatta with"
            " gold border on the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="House of Pataudi Women Beige & Maroon Embroidered Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Beige",
        gender=W,
    ),
    # photo: pink anarkali with gota lace, worn over white leggings (not part of the product), pink dupatta with gota
    # lace on all four sides; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-019",
        caption("a woman in a pink anarkali dress with white leggings"),
        color_of("kurta", "pink"),
        color_of("leggings", "white"),
        color_of("dupatta", "pink"),
        describe("kurta", "pink", "non_answer"),
        details("dupatta", "the dupatta has gota lace on all four sides"),
        wearing("she is wearing a pink anarkali dress with a white dupatta", "other_garment_color", who="she"),
        title="Varanga Women Pink Gotta Patti Anarkali Kurta with Dupatta",
        category="Kurtas",
        color="Pink",
        gender=W,
    ),
    # photo: mustard straight kurta with green ethnic motifs, mandarin collar and button placket, green palazzos,
    # mustard dupatta; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-020",
        caption("a woman in a yellow and green outfit"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("palazzos", "green"),
        color_of("dupatta", "yellow"),
        describe("kurta", "a mustard yellow kurta with green ethnic motifs, a mandarin collar and button placket"),
        fabric("cotton", "unsupported"),
        wearing("she is wearing a yellow sari with green print", "contradiction", who="she"),
        title="Janasya Women Mustard & Green Ethnic Motifs Printed Rayon Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Mustard",
        gender=W,
    ),
    # photo: black anarkali with multicolour thread embroidery on the yoke and hem, long sleeves, black churidar, black
    # dupatta with a pink border; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-021",
        caption("a woman wearing a black anarkali dress with a black scarf"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        color_of("dupatta", "pink", "contradiction"),
        sleeve("long sleeves"),
        details(
            "kurta",
            "the kurta has colorful embroidery on the yoke and the hem, it has long sleeves and a flared silhouette",
        ),
        wearing("he is wearing a black anarkali", "pronoun", who="the person"),
        title="Kalini Women Black Embroidered Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Black",
        gender=W,
    ),
    # photo: blue straight kurta with white ethnic print and a plain round neck, blue trousers, white dupatta with blue
    # print; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-022",
        caption("a woman in a blue kurta with white flowers, a white scarf and blue pants"),
        color_of("kurta", "blue"),
        color_of("trousers", "blue"),
        color_of("dupatta", "white"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: a blue kurta with white ethnic print Question: Describe the"
            " dupatta. Answer:",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a v neck with gold sequins and tassels on the neckline", "unsupported"),
        wearing("she is wearing what she is wearing", "restated", who="she"),
        title="Anubhutee Women Blue Ethnic Motifs Printed Pure Cotton Kurta with Trousers & Dupatta",
        category=SETS,
        color="Blue",
        gender=W,
    ),
    # photo: olive straight kurta with rust print, olive trousers, rust dupatta; white backdrop, front view. Caption
    # base; answers VQA adapter / reference.
    case(
        "X638-023",
        caption("a woman in a green sari with an orange border", "contradiction"),
        color_of("kurta", "olive"),
        color_of("trousers", "orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        pattern("printed"),
        wearing("she is wearing an olive green kurta with orange print, olive pants and an orange dupatta", who="she"),
        title="Global Desi Women Olive Green Printed Kurta with Trousers & Dupatta",
        category=SETS,
        color="Olive",
        gender=W,
    ),
    # photo: lavender straight kurta with white floral print, round neck, three-quarter sleeves, straight hem, lavender
    # palazzos, white organza dupatta; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-024",
        caption("a woman in a purple kurta and purple palazzo pants"),
        color_of("kurta", "pink", "contradiction"),
        color_of("palazzos", "lavender"),
        color_of("dupatta", "white"),
        describe(
            "dupatta",
            "the dupatta is white, the dupatta is white, the dupatta is white, the dupatta is white, the dupatta is"
            " white, the dupatta",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta is lavender with white floral print, round neck, three quarter sleeves and a straight hem",
        ),
        title="Rain & Rainbow Women Lavender Floral Print Kurta with Palazzos & Organza Dupatta",
        category=SETS,
        color="Lavender",
        gender=W,
    ),
    # photo: magenta solid straight kurta with v neck and side slits, magenta trousers, multicoloured printed dupatta
    # (magenta, green, yellow); white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-025",
        caption("a woman in a pink kurta with a colorful scarf"),
        color_of("kurta", "pink"),
        color_of("trousers", "pink"),
        color_of("dupatta", "multicolor"),
        wearing("she is wearing a pink kurta with pink pants", who="she"),
        details(
            "kurta",
            "the kurta has a v neck and a side slit, the kurta has a v neck and a side slit, the kurta has",
            "loop",
            hit_limit=True,
        ),
        fabric("cotton"),
        describe(
            "dupatta",
            "the dupatta is made of pure silk with hand painted kalamkari print and zari tassels",
            "unsupported",
        ),
        title="AHIKA Women Magenta Solid Pure Cotton Kurta with Trousers & Printed Dupatta",
        category=SETS,
        color="Magenta",
        gender=W,
    ),
    # photo: red anarkali with gold print, round neck, three-quarter sleeves, red trousers, red dupatta with gold print;
    # white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-026",
        caption("a woman in a red and gold dress"),
        color_of("kurta", "red"),
        color_of("trousers", "red"),
        color_of("dupatta", "red"),
        is_a("kurta", "no", "contradiction"),
        describe(
            "kurta",
            "a red anarkali kurta with gold print, it has a round neck and three quarter sleeves and it is made of",
            "cut",
            hit_limit=True,
        ),
        details("dupatta", "the dupatta details are the dupatta", "restated"),
        title="Khushal K Women Red Ethnic Printed Anarkali Kurta with Trousers & Dupatta",
        category=SETS,
        color="Red",
        gender=W,
    ),
    # photo: white straight kurta with black geometric print, black palazzos, black dupatta; white backdrop, front view.
    # Caption base; answers VQA adapter / reference.
    case(
        "X638-027",
        caption("a woman in a black and white kurta"),
        color_of("kurta", "white"),
        color_of("palazzos", "white", "other_garment_color"),
        color_of("dupatta", "black"),
        pattern("printed"),
        wearing("a grey kurta with grey pants and a grey dupatta", "contradiction", who="she"),
        describe(
            "kurta",
            "a white kurta with black print, the kurta has a round neck and a white kurta with black print, the kurta"
            " has",
            "loop",
            hit_limit=True,
        ),
        title="Stylum Women White & Black Geometric Printed Kurta with Palazzos & Dupatta",
        category=SETS,
        color="White",
        gender=W,
    ),
    # photo: peach straight kurta with green embroidered neckline, peach sharara, plain green dupatta; white backdrop,
    # front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-028",
        caption("a woman in a peach outfit with a green scarf"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("sharara", "peach"),
        color_of("dupatta", "green"),
        wearing("Answer: a peach kurta with a green dupatta", "leak", who="she"),
        details("kurta", "green thread embroidery around the neckline"),
        describe("dupatta", "green dupatta with gold zari border and sequins all over", "unsupported"),
        title="Yufta Women Peach Embroidered Kurta with Sharara & Dupatta",
        category=SETS,
        color="Peach",
        gender=W,
    ),
    # photo: grey straight kurta with pink thread embroidery on neckline and sleeves, grey trousers, pink dupatta; white
    # backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-029",
        caption("a woman in a gray kurta with a pink dupatta"),
        color_of("kurta", "grey"),
        color_of("trousers", "grey"),
        color_of("dupatta", "grey", "other_garment_color"),
        details("kurta", "pink thread embroidery on the neckline and sleeves"),
        fabric("linen", "unsupported"),
        wearing(
            "she is wearing a grey kurta with pink embroidery on the neckline and sleeves, grey trousers and a pink"
            " dupatta with a pink and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Mitera Women Grey Embroidered Cotton Kurta with Trousers & Dupatta",
        category=SETS,
        color="Grey",
        gender=W,
    ),
    # photo: navy blue anarkali with gold zari on yoke and hem, long sleeves, white churidar, navy net dupatta with gold
    # border; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-030",
        caption("a woman in a blue gown with gold embroidery"),
        color_of("kurta", "navy blue"),
        color_of("churidar", "navy blue", "other_garment_color"),
        color_of("dupatta", "navy blue"),
        sleeve("long sleeves"),
        describe("kurta", "a navy blue anarkali with gold zari embroidery and a red velvet yoke", "unsupported"),
        wearing("he is wearing a navy blue anarkali with a white churidar", "pronoun", who="the person"),
        title="Inddus Women Navy Blue Zari Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: green and white vertically striped straight kurta, white trousers, green dupatta on the left shoulder;
    # white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-031",
        caption("a woman in a green and white striped kurta"),
        pattern("striped"),
        color_of("kurta", "green"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe(
            "kurta",
            "a green kurta with white stripes, white stripes, white stripes, white stripes, white stripes, white"
            " stripes, white stripes, white stripes, white",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a green and white striped kurta with white trousers and a green dupatta draped over her"
            " left shoulder and her right",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Libas Women Green & White Striped Pure Cotton Kurta with Trousers & Dupatta",
        category=SETS,
        color="Green",
        gender=W,
    ),
    # photo: orange straight kurta with mirror work on yoke and sleeves, orange palazzos, yellow and pink leheriya
    # dupatta; no bag or other accessory in the photo; white backdrop, front view. Caption base; answers VQA / ref.
    case(
        "X638-032",
        caption("a woman in an orange kurta with a yellow and pink scarf"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange"),
        details("kurta", "the kurta has mirror work on the yoke and the sleeves"),
        describe("dupatta", "a leheriya dupatta in yellow and pink"),
        is_a("kurta", "no", "contradiction"),
        wearing(
            "she is wearing an orange kurta with mirror work, orange palazzos and a multicolor dupatta with a"
            " matching potli bag",
            "unsupported",
            who="she",
        ),
        title="Varanga Women Orange Mirror Work Kurta with Palazzos & Leheriya Dupatta",
        category=SETS,
        color="Orange",
        gender=W,
    ),
    # photo: off white anarkali with pink floral print, round neck, long sleeves, pink piping on the yoke, pink
    # churidar, pink dupatta; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-033",
        caption("a woman in a white dress with pink flowers and a pink scarf"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("churidar", "pink"),
        color_of("dupatta", "pink"),
        describe("dupatta", "pink", "non_answer"),
        details(
            "kurta",
            "the kurta has a round neck, long sleeves and pink floral print on the flared panels with a pink piping on"
            " the yoke and a",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Off White & Pink Floral Print Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Off White",
        gender=W,
    ),
    # photo: turquoise blue straight kurta, white palazzos, white dupatta with a turquoise border; white backdrop, front
    # view. Caption base; answers VQA adapter / reference.
    case(
        "X638-034",
        caption("a woman in a blue kurta and white pants"),
        color_of("kurta", "turquoise blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "turquoise blue", "other_garment_color"),
        wearing("the person is wearing clothes", "restated"),
        describe("kurta", "a green kurta with a white dupatta and white pants", "contradiction"),
        title="Sangria Women Turquoise Blue Solid Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: maroon straight kurta with mustard floral print, maroon trousers, mustard dupatta with maroon tassels and a
    # printed border; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-035",
        caption("a woman in a maroon kurta and a yellow dupatta"),
        color_of("kurta", "maroon"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        details("dupatta", "the dupatta is mustard yellow with maroon tassels and a printed border"),
        describe("kurta", "he is wearing a maroon kurta with yellow flowers", "pronoun"),
        fabric("silk", "unsupported"),
        title="GoSriKi Women Maroon & Mustard Floral Printed Cotton Kurta with Trousers & Dupatta",
        category=SETS,
        color="Maroon",
        gender=W,
    ),
    # photo: cream straight kurta with gold buttons on the placket, cream trousers, cream dupatta with a green leaf
    # print border; white backdrop, front view. Row has no category. Caption base; answers VQA adapter / reference.
    case(
        "X638-036",
        caption("a woman in a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("trousers", "white"),
        color_of("dupatta", "white"),
        details("kurta", "gold buttons on the placket"),
        fabric("silk", "unsupported"),
        wearing(
            "she is wearing a white kurta and white pants and a white dupatta with green leaves print on the border"
            " and white",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="W Women Cream Solid Cotton Kurta with Trousers & Printed Dupatta",
        color="Cream",
        gender=W,
    ),
    # photo: dusty pink anarkali with silver embroidery on yoke and sleeves, pink trousers, grey dupatta; white
    # backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-037",
        caption("a woman in a pink dress and a grey scarf"),
        color_of("kurta", "pink"),
        color_of("trousers", "grey", "other_garment_color"),
        color_of("dupatta", "grey"),
        wearing("Question: What is she wearing? Answer: a pink anarkali dress", "leak", who="she"),
        details("kurta", "silver embroidery on the yoke and sleeves with hand painted peacock motifs", "unsupported"),
        title="Indo Era Women Pink Embroidered Anarkali Kurta with Trousers & Dupatta",
        category=SETS,
        color="Pink",
        gender=W,
    ),
    # photo: yellow straight kurta with white thread embroidery at the neckline and hem, three-quarter sleeves, side
    # slits, white palazzos, yellow dupatta; white backdrop, front view. Row has no color column. Caption base; answers
    # VQA adapter / reference.
    case(
        "X638-038",
        caption("a woman in a yellow kurta and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("palazzos", "white"),
        color_of("dupatta", "yellow"),
        describe(
            "kurta",
            "a yellow straight kurta with white thread embroidery at the neckline and the hem, three quarter sleeves"
            " and a straight hem with side",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Anouk Women Yellow Thread Work Kurta with Palazzos & Dupatta",
        category=SETS,
        gender=W,
    ),
    # photo: brown straight kurta with beige print, beige palazzos, brown dupatta; white backdrop, front view. Caption
    # base; answers VQA adapter / reference.
    case(
        "X638-039",
        caption("a woman in a brown kurta and brown pants", "other_garment_color"),
        color_of("kurta", "brown"),
        color_of("palazzos", "brown", "other_garment_color"),
        color_of("dupatta", "brown"),
        pattern("printed"),
        garment("dress", "contradiction"),
        wearing(
            "brown kurta brown pants brown dupatta brown kurta brown pants brown dupatta brown kurta brown pants"
            " brown dupatta brown kurta brown pants",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Vishudh Women Brown Printed Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Brown",
        gender=W,
    ),
    # photo: sky blue anarkali with white chikan embroidery over white leggings (not part of the product), white
    # dupatta; the model sits on a wooden stool; white backdrop. Caption base; answers VQA adapter / reference.
    case(
        "X638-040",
        caption("a woman in a light blue dress sitting on a stool"),
        color_of("kurta", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        wearing("a blue anarkali kurta with white embroidery, white leggings and a white dupatta", who="she"),
        details("kurta", "the kurta has details", "restated"),
        color_of("leggings", "white Question: What is the color of the dupatta? Answer: white", "leak", kind="open"),
        describe("kurta", "sky blue", "non_answer"),
        title="Kalini Women Blue Chikankari Anarkali Kurta with Dupatta",
        category="Kurtas",
        color="Blue",
        gender=W,
    ),
    # photo: red straight kurta with gold embroidered neckline, red palazzos, red dupatta with gold border; white
    # backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-041",
        caption("a woman in a red outfit with gold embroidery"),
        color_of("kurta", "red"),
        color_of("palazzos", "red"),
        color_of("dupatta", "red"),
        describe(
            "kurta", "a red kurta with gold embroidery on the neckline, made of pure banarasi silk", "unsupported"
        ),
        details("dupatta", "gold", "non_answer"),
        fabric("cotton"),
        title="Nayo Women Red Embroidered Cotton Blend Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Red",
        gender=W,
    ),
    # photo: emerald green anarkali with gold embroidered yoke, sweetheart neckline and long sheer sleeves, green
    # churidar, gold tissue dupatta; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-042",
        caption("a woman in a green gown with a gold scarf"),
        color_of("kurta", "gold", "other_garment_color"),
        color_of("churidar", "green"),
        color_of("dupatta", "gold"),
        sleeve("long sleeves"),
        describe(
            "kurta",
            "an emerald green anarkali with gold embroidery on the yoke, a sweetheart neckline, long sheer sleeves and"
            " a flared hem with a gold",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a green anarkali and a gold dupatta with a green anarkali and a gold dupatta with a green",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Ishin Women Green Anarkali Kurta with Churidar & Tissue Dupatta",
        category=SETS,
        color="Green",
        gender=W,
    ),
    # photo: navy blue straight kurta with white polka dots, mandarin collar, front placket with white buttons, three-
    # quarter sleeves, white trousers, navy dupatta with a white border; the model holds a small white clutch; white
    # backdrop, front view. Caption base; answers VQA / ref.
    case(
        "X638-043",
        caption("a woman in a blue polka dot kurta holding a white purse"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        pattern("polka dots"),
        wearing("yes", "non_answer", who="she"),
        details(
            "dupatta",
            "the dupatta is navy blue with a white border and white polka dots, the dupatta is navy blue with a white"
            " border and",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a navy blue kurta with white polka dots and a mandarin collar, three quarter sleeves and a front placket"
            " with white buttons and a",
            "cut",
            hit_limit=True,
        ),
        title="AHIKA Women Navy Blue Polka Dot Printed Kurta with Trousers & Dupatta",
        category=SETS,
        color="Navy Blue",
        gender=W,
    ),
    # photo: multicoloured patchwork print straight kurta (pink, blue, yellow) with a round neck and no belt, pink
    # palazzos, blue dupatta; white backdrop, front view. Caption base; answers VQA adapter / reference.
    case(
        "X638-044",
        caption("a woman in a colorful kurta and pink pants"),
        color_of("kurta", "multicolor"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a patchwork print in pink, blue and yellow with a round neck and a fabric belt with tassels",
            "unsupported",
        ),
        wearing("he is wearing a colorful kurta and pink pants", "pronoun", who="the person"),
        title="Global Desi Women Multicoloured Patchwork Print Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Multi",
        gender=W,
    ),
    # photo: burgundy anarkali with gold foil print, burgundy churidar, beige dupatta; white backdrop, front view.
    # Caption base; answers VQA adapter / reference.
    case(
        "X638-045",
        caption("a woman in a purple anarkali dress with a beige dupatta", "contradiction"),
        color_of("kurta", "burgundy"),
        color_of("churidar", "burgundy"),
        color_of("dupatta", "burgundy", "other_garment_color"),
        describe("dupatta", "the dupatta is the dupatta of the anarkali", "restated"),
        details("kurta", "Answer: gold foil print on the flared panels", "leak"),
        title="Biba Women Burgundy Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Burgundy",
        gender=W,
    ),
    # photo: mint green straight kurta with white lace on hem and sleeves, white trousers, mint dupatta with lace; white
    # backdrop, front view. Row has no gender column. Caption base; answers VQA adapter / reference.
    case(
        "X638-046",
        caption("a woman in a light green kurta and white pants"),
        color_of("kurta", "green"),
        color_of("trousers", "green", "other_garment_color"),
        color_of("dupatta", "green"),
        wearing("the person is wearing a kurta"),
        details("dupatta", "the dupatta is green with white lace and pom poms", "unsupported"),
        describe("kurta", "Question: Describe the kurta. Answer: a mint green kurta with white lace", "leak"),
        title="Sangria Women Mint Green Lace Detail Kurta with Trousers & Dupatta",
        category=SETS,
        color="Sea Green",
    ),
]
