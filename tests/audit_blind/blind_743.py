"""BLIND_743 (46 products; Myntra women's ethnic wear, VQA per-piece colors): written blind in the fifty-fifth session.
Measured blind at 77cd110 (the session's third rules): 105/130 failures found (80.8%) and 10/185 correct texts flagged
(5.4%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic wear feed: straight and A-line kurtas, anarkalis, kurta sets (kurta with
palazzos, trousers, churidar or sharara, mostly with a dupatta) and floor-length ethnic gowns. Studio catalog photos,
full length, mostly a plain white backdrop (two on light grey), the model often wearing pieces that are not sold
(white churidar or leggings under a single kurta, a styled dupatta) and jewellery; a few props (a sling bag, a potli
bag, a wooden stool). The questionnaire asks a color question per piece (kurta / gown, bottom, dupatta, jacket).

Who wrote what: batch A (X743-001..030): captions by the untuned blip2-opt-2.7b (short, usually well formed, but it
swaps colors, invents backdrops and props, and once calls the woman a man); open answers by the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA, trained without an end token, so its longer answers loop or run to the 30-token limit,
and it sometimes keeps writing the next "Question: ... Answer:" turn; the per-piece colors, pattern, sleeve length,
garment type and the "Is this a ...?" questions were closed, ranked by enrich's --engine reference over candidates.
Batch B (X743-031..046): the run put the VQA adapter on every prompt, caption included (the caption prompt is empty,
so the caption often leaks the QA format or loops) and asked the per-piece colors open, free-generated; pattern,
sleeve length, garment type and yes/no stayed closed. The adapter knows In-shop words (dress, pants, leggings,
scarf, cardigan) better than kurta, palazzo or dupatta, and tends to give every piece the kurta's color.

Labeling conventions and judgement calls:
- "The garment" in the default questions is the seller's article: for a kurta set, the kurta; for a gown, the gown.
- In-shop vocabulary is not a failure where it fits: "dress" for an anarkali or a gown, "leggings" or "pants" for a
  churidar, palazzos or trousers, "scarf" for a dupatta, "cardigan" for a sheer long ethnic jacket. "Dress",
  "lehenga" or "saree" for a straight kurta set is a contradiction (the seller's category and title say otherwise).
- Shade names count as right when they name the photo's hue: wine/dark red for burgundy, orange for rust, pink or
  orange for coral, purple for lavender and mauve, white for cream and off-white, blue for teal, turquoise and navy,
  yellow for mustard. Navy called "black", lime green called "yellow", magenta called "red" or "purple" and silver
  print called "grey" are contradictions.
- A printed piece has its ground color: a white dupatta with green print answered "green" (the kurta's color) is
  other_garment_color; a navy kurta with pink flowers answered "pink" (the palazzos' color) likewise. A color taken
  from embroidery, a print or the backdrop (not from another piece) is a contradiction, not other_garment_color.
- The seller's color can be wrong: X743-046 is sold as "Brown" but the photo is rust; "rust" answers are correct.
  X743-044's white dupatta is styled, not sold, but it is in the photo, so its color question has a right answer.
- A fabric answer is correct only where the title names it (silk for silk blend, chanderi silk for chanderi); a
  fabric the title contradicts or does not name, or a lining, is unsupported. Invented props, backdrops, shoes hidden
  under a hem, pockets, zips, belts, lace, gota or mirror work not in the photo are unsupported.
- A one-word or yes/no answer to an open question, an empty answer and the question's own words back are
  non_answer ("maroon" for the dupatta details, "gown" to "Describe the gown."). Answers that rephrase the question
  as a sentence ("the details are the kurta details") are restated.
- A loop that reaches the limit is labelled loop (hit_limit set), not cut; a text that runs out mid-phrase without
  repeating is cut. A leak that reaches the limit is labelled leak, with hit_limit set.
- One label per text, the most specific one; a product may hold several failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the VQA training set's own wearing prompt, asked open in batch B
cloth = question("cloth", "What cloth is the woman wearing?", "open")

BLIND_743 = [
    # photo: maroon straight kurta with gold zari yoke embroidery, three-quarter sleeves, side slits, maroon palazzos,
    # maroon dupatta with gold border over the left shoulder, gold jhumkas, plain white backdrop, front full length.
    # Caption: base blip2-opt-2.7b; open answers: VQA adapter; closed: reference engine.
    case(
        "X743-001",
        caption(
            "a woman in a maroon kurta and palazzo pants with a dupatta standing in front of a door", "unsupported"
        ),
        wearing("a maroon kurta with gold embroidery on the neckline and matching palazzo pants", who="the woman"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon"),
        Q.garment_type("saree", "contradiction"),
        details(
            "kurta",
            "the kurta has a gold zari yoke, three-quarter sleeves and side slits, the kurta has a gold zari yoke, "
            "three-quarter sleeves and side",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white block-printed flowers, white straight trousers, white dupatta with a
    # navy printed border over both arms, brown kolhapuri flats, white backdrop, front view.
    # Caption: base; open answers: VQA adapter; closed: reference engine.
    case(
        "X743-002",
        caption("a woman wearing a blue and white printed kurta with white pants"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", "other_garment_color"),
        color_of("dupatta", "white"),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        describe(
            "dupatta", "a white chiffon dupatta with gota patti lace and mirror work on the border", "unsupported"
        ),
        title="AKS Women Navy Blue & White Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow flared anarkali kurta with small red and green ethnic motifs all over, round neck,
    # three-quarter sleeves, worn with a white churidar that is not sold, no dupatta, silver oxidised earrings, white
    # backdrop, front full length. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-003",
        caption("a woman in a yellow anarkali dress with a floral print"),
        wearing("a yellow dress and white leggings", who="she"),
        color_of("kurta", "mustard"),
        color_of("churidar", "mustard", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        describe(
            "kurta", "a yellow anarkali kurta with mirror work on the yoke and a tie-up at the back", "unsupported"
        ),
        details(
            "kurta",
            "the kurta has a round neck and a flared hem with gathers at the waist and a round neck and a flared hem "
            "with gathers at the",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal floor-length georgette gown with silver thread embroidery on the bodice, full sleeves, sheer teal
    # dupatta with a silver border held over the left forearm, white backdrop, front.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-004",
        caption("a woman in a long teal gown with silver embroidery"),
        wearing("he is wearing a long blue dress with a dupatta", "pronoun"),
        color_of("gown", "teal"),
        color_of("dupatta", "teal"),
        describe("gown", "a long teal dress with silver embroidery on the bodice and a flared skirt"),
        Q.material("velvet", "unsupported"),
        title="Inddus Women Teal Embroidered Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white anarkali with a pink floral print, pink churidar, pink dupatta with a small off-white print and
    # no border work, model with a hand on her hip, white backdrop, front.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-005",
        caption("a woman wearing a white and pink floral dress"),
        color_of("kurta", "off white"),
        color_of("churidar", "white", "other_garment_color"),
        color_of("dupatta", "pink"),
        Q.pattern("floral"),
        details("dupatta", "a pink dupatta with gold gota border and mirror work", "unsupported"),
        wearing(
            "a white dress Question: What is the color of the dress? Answer: white Question: What is the color of "
            "the leggings? Answer:",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        title="Biba Women Off-White & Pink Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: bottle-green solid straight kurta, green palazzos, white dupatta with a green and pink floral print over
    # one shoulder, gold earrings, white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-006",
        caption("a woman in a green kurta and palazzos with a floral dupatta"),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.pattern("solid"),
        describe("dupatta", "a white dupatta with a floral print in green and pink"),
        Q.material("the material is the material of the garment", "restated"),
        title="Sangria Women Green Solid Kurta with Palazzos & Floral Print Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: rust straight kurta with a mandarin collar and button placket, three-quarter sleeves, no pockets, cream
    # trousers, cream dupatta with a rust border, tan sling bag over the shoulder, white backdrop, three-quarter view.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-007",
        caption("a woman in an orange kurta holding a bag"),
        wearing("she is wearing an orange kurta with white pants and a scarf", who="she"),
        color_of("kurta", "orange"),
        color_of("trousers", "cream"),
        color_of("dupatta", "cream"),
        Q.color("yellow", "contradiction"),
        details("kurta", "a mandarin collar with a button placket and embroidered pockets", "unsupported"),
        is_a("saree", "no"),
        title="W Women Rust Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: black anarkali with gold foil print on the yoke and the flare, black churidar, no dupatta, gold juttis,
    # white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-008",
        caption("a woman in a black and gold dress"),
        wearing("a black dress with gold print and black leggings", who="the woman"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        Q.pattern("striped", "contradiction"),
        describe("kurta", "yes", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="Vishudh Women Black & Gold-Toned Foil Print Rayon Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: baby pink straight kurta with white thread embroidery on the yoke and sleeves, pink palazzos, pink net
    # dupatta with a scalloped edge, no sunglasses or other accessories, white backdrop, front.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-009",
        caption("a woman wearing a pink suit with a dupatta and a pair of sunglasses", "unsupported"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "white", "contradiction"),
        details("kurta", "white embroidery on the yoke and sleeves, straight hem"),
        wearing(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        title="Indo Era Women Pink Embroidered Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue floor-length flared gown with a gold woven border at the hem, full sleeves, no dupatta, pearl
    # drop earrings, side pose, white backdrop. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-010",
        caption("a woman in a long blue gown with gold trim"),
        color_of("gown", "navy blue"),
        Q.sleeve_length("full sleeves"),
        describe(
            "gown",
            "a long navy blue dress with a gold border at the hem and full sleeves and a gold border at the hem and "
            "full sleeves and a gold",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        wearing("a black gown with a gold border", "contradiction", who="the woman"),
        Q.material("the dress is made of 100% cotton with a silk lining", "unsupported"),
        title="Ishin Women Navy Blue & Gold-Toned Woven Design Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach straight kurta with a small white floral print, V-neck, three-quarter sleeves, plain hem, peach
    # sharara, white dupatta with a peach border, white backdrop, front.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-011",
        caption("a woman wearing a peach colored kurta and a white dupatta"),
        color_of("kurta", "peach"),
        color_of("sharara", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        describe("dupatta", "a white dupatta with a peach border"),
        details(
            "kurta",
            "the kurta has a v-neck and three-quarter sleeves with lace trim on the hem and a side zip",
            "unsupported",
        ),
        Q.garment_type("lehenga", "contradiction"),
        title="Jaipur Kurti Women Peach-Coloured Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: olive A-line kurta with a white geometric print, round neck with a short slit, three-quarter sleeves, worn
    # with white slim trousers that are not sold, no dupatta, tan block heels, white backdrop, front.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-012",
        caption("a man wearing a green kurta and white pants", "pronoun"),
        color_of("kurta", "olive"),
        color_of("trousers", "white"),
        Q.pattern("geometric"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("she is wearing a green printed kurta with white trousers", who="she"),
        details(
            "kurta",
            "the kurta has a round neck with a short slit, three-quarter sleeves, an a-line hem and white geometric "
            "print all over the front and the",
            "cut",
            hit_limit=True,
        ),
        title="Global Desi Women Olive Green Geometric Print A-Line Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta anarkali with gold gota work at the yoke, magenta churidar, magenta dupatta with a gold gota
    # border over both shoulders, white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-013",
        caption("a woman in a red anarkali suit with a dupatta", "contradiction"),
        color_of("kurta", "purple", "contradiction"),
        color_of("churidar", "magenta"),
        color_of("dupatta", "magenta"),
        details(
            "kurta",
            "gota work on the yoke Question: What are the dupatta details? Answer: gold border Question: What are the "
            "churidar details? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Libas Women Magenta Yoke Design Silk Blend Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: white straight kurta with white chikankari embroidery, white palazzos, white mulmul dupatta, light grey
    # studio backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-014",
        caption("a woman in a white kurta standing in front of a grey wall"),
        wearing("a grey kurta", "contradiction", who="the woman"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        Q.pattern("embroidered"),
        describe("dupatta", "the dupatta is described as a dupatta", "restated"),
        Q.material("linen", "unsupported"),
        title="House of Pataudi Women White Chikankari Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: red straight kurta with a gold ethnic print all over, round neck with a keyhole, three-quarter sleeves,
    # mustard palazzos, red dupatta with a mustard border, red bangles, white backdrop, front.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-015",
        caption("a woman in a red kurta with yellow pants and a red scarf"),
        color_of("kurta", "red"),
        color_of("palazzos", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        wearing("a red and yellow printed kurta set with dupatta and bangles", who="the woman"),
        Q.pattern("solid", "contradiction"),
        details(
            "kurta",
            "the kurta has a round neck with a keyhole opening, three-quarter sleeves, gold ethnic print all over the "
            "body and a contrast",
            "cut",
            hit_limit=True,
        ),
        title="Anubhutee Women Red & Mustard Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lavender kurta with sequin embroidery on the yoke and the sleeve hems, straight hem with side slits,
    # lavender trousers, lavender organza dupatta with a sequin border, the model holding a dupatta corner, silver
    # juttis, white backdrop. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-016",
        caption("a woman in a purple outfit with a sheer scarf"),
        color_of("kurta", "lavender"),
        color_of("trousers", "lavender"),
        color_of("dupatta", "pink", "contradiction"),
        describe("dupatta", "a sheer lavender dupatta with a sequin border"),
        Q.material("polyester", "unsupported"),
        details(
            "kurta",
            "sequin embroidery on the yoke and the sleeve hems, straight hem with side slits, the trousers are plain "
            "lavender and the dupatta has a",
            "cut",
            hit_limit=True,
        ),
        title="Ahalyaa Women Lavender Embroidered Kurta with Trousers & Organza Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: bright yellow kurta with white mirror work, white sharara, yellow dupatta with pom-poms along the edges,
    # white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-017",
        caption("a woman wearing a yellow kurta and white sharara"),
        color_of("kurta", "yellow"),
        color_of("sharara", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        details("dupatta", "the dupatta has pom poms on the edges"),
        wearing(
            "yellow kurta and white pants with yellow dupatta and white pants with yellow dupatta and white pants with "
            "yellow dupatta and white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        is_a("lehenga", "yes", "contradiction"),
        title="Varanga Women Yellow Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon floor-length gown with a white and pink floral print, short flutter sleeves, round neck, tiered
    # skirt, no dupatta, the model standing beside a wooden stool, white backdrop.
    # Caption: base; open: VQA adapter; closed: reference engine. The feed row has no category.
    case(
        "X743-018",
        caption("a woman in a red floral dress sitting on a stool", "unsupported"),
        color_of("gown", "maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        wearing("a maroon dress with white flowers", who="the woman"),
        describe(
            "gown",
            "a long maroon dress with white and pink floral print, short flutter sleeves, a round neck and a tiered "
            "skirt with a ruffle at the",
            "cut",
            hit_limit=True,
        ),
        details("gown", "no", "non_answer"),
        title="KALINI Women Maroon Floral Printed Maxi Ethnic Gown",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green kurta with a white floral print, white palazzos with a small sea green print, sea green
    # dupatta, kolhapuri flats, white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-019",
        caption("a woman in a yellow and white printed kurta", "contradiction"),
        color_of("kurta", "sea green"),
        color_of("palazzos", "sea green", "other_garment_color"),
        color_of("dupatta", "sea green"),
        wearing("he is wearing a green kurta with white palazzo pants", "pronoun"),
        Q.pattern("printed"),
        title="Aurelia Women Sea Green & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: beige straight kurta with gold zari embroidery around the neckline, on the cuffs of the three-quarter
    # sleeves and along the side slits, beige trousers, maroon dupatta with a gold border, white backdrop.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-020",
        caption("a woman in a beige kurta with a red dupatta"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("trousers", "beige"),
        color_of("dupatta", "maroon"),
        wearing("a beige kurta, beige trousers and a maroon dupatta with gold border", who="the woman"),
        describe(
            "kurta",
            "a beige straight kurta with gold zari embroidery around the neckline, on the cuffs of the three-quarter "
            "sleeves and along the side slits, paired with",
            "cut",
            hit_limit=True,
        ),
        Q.material("chanderi"),
        details("dupatta", "maroon", "non_answer"),
        title="Soch Women Beige Embroidered Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: cobalt blue anarkali with a white ethnic motif print, three-quarter sleeves, white trousers, blue dupatta
    # with a white print, white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-021",
        caption("a woman in a blue and white anarkali dress"),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        details("kurta", "the details are the kurta details", "restated"),
        wearing("blue anarkali kurta with white trousers and a blue printed dupatta", who="the woman"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Nayo Women Blue Ethnic Motifs Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey solid straight kurta, charcoal palazzos, multicolor ikat dupatta in pink, yellow and green,
    # white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-022",
        caption("a woman in a grey kurta with a colorful scarf"),
        color_of("kurta", "grey"),
        color_of("palazzos", "grey"),
        color_of("dupatta", "multicolor"),
        Q.pattern("solid"),
        describe("dupatta", "a grey dupatta with a printed border", "other_garment_color"),
        wearing("a blue kurta with grey pants and a printed dupatta", "contradiction", who="the woman"),
        title="Janasya Women Charcoal Grey Solid Kurta with Palazzos & Ikat Dupatta",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: mustard kurta with a green leaf print, mandarin collar, three-quarter sleeves, green palazzos, no
    # dupatta, green drop earrings, white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-023",
        caption("a woman in a yellow printed kurta and green pants"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("palazzos", "green"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "the kurta is mustard yellow with a green leaf print, the kurta is mustard yellow with a green leaf print, "
            "the kurta is",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a yellow kurta and green pants", "leak", who="the woman"),
        title="Juniper Women Mustard & Green Leaf Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: purple sleeveless floor-length georgette gown under a sheer purple full-sleeve long jacket with floral
    # embroidery all over, white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-024",
        caption("a woman in a purple gown with a long jacket"),
        color_of("gown", "purple"),
        color_of("jacket", "purple"),
        wearing("a purple dress and a purple cardigan", who="she"),
        details(
            "jacket",
            "the jacket has embroidered flowers all over and the jacket has embroidered flowers all over and the "
            "jacket has embroidered flowers all over and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        describe("gown", "gown", "non_answer"),
        title="Rangmayee Women Purple Embroidered Georgette Ethnic Gown with Jacket",
        category="Ethnic Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: cream kurta with a green floral print, green trousers, green dupatta with cream polka dots, white
    # backdrop, front. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-025",
        caption("a woman in a white kurta with green flowers and green pants"),
        color_of("kurta", "cream"),
        color_of("trousers", "green"),
        color_of("dupatta", "cream", "other_garment_color"),
        describe("dupatta", "a green dupatta with white polka dots"),
        wearing(
            "a white floral kurta and green pants, she is wearing a white floral kurta and green pants, she is wearing "
            "a white floral kurta and",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        title="Vishudh Women Cream-Coloured & Green Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: coral straight kurta with gold foil print on the yoke, round neck, coral churidar, gold tissue dupatta,
    # a woman model, white backdrop, front. Caption: base; open: VQA adapter; closed: reference engine. The feed row
    # has no gender.
    case(
        "X743-026",
        caption("a woman in an orange kurta with a gold dupatta"),
        wearing("a green kurta with a gold dupatta", "contradiction", who="the woman"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink"),
        color_of("dupatta", "gold"),
        describe(
            "dupatta",
            "Question: Describe the dupatta. Answer: a gold dupatta Question: What is the color of the churidar? "
            "Answer: pink Question",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "gold foil print on the yoke and a round neck"),
        title="Biba Coral Foil Print Straight Kurta Churidar Dupatta",
        category="Kurta Sets",
        color="Coral",
    ),
    # photo: black straight kurta with a silver embroidered yoke, black palazzos, red bandhani dupatta with small
    # white dots, silver jhumkas, white backdrop. Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-027",
        caption("a woman in a black kurta with a red dupatta"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        describe("dupatta", "a red bandhani dupatta with small white dots"),
        Q.pattern("embroidered"),
        Q.material("what material is the garment made of", "restated"),
        title="Indya Women Black Yoke Design Kurta with Palazzos & Bandhani Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: pink anarkali with a green floral border print at the hem, V-neck, three-quarter sleeves, green
    # trousers, pink dupatta, white studio backdrop (no garden). Caption: base; open: VQA; closed: reference engine.
    case(
        "X743-028",
        caption("a woman in a pink and green anarkali dress standing in a garden", "unsupported"),
        color_of("kurta", "pink"),
        color_of("trousers", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        wearing("a pink long dress with a green border and green pants and a pink dupatta", who="the woman"),
        details(
            "kurta",
            "the anarkali has a v-neck and flared hem, the anarkali has a v-neck and flared hem, the anarkali has a "
            "v-neck and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Khushal K Women Pink & Green Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: burgundy velvet maxi gown with gold embroidery around the neckline and on the cuffs of the full sleeves,
    # floor-length flared skirt, gold net dupatta over one shoulder, white backdrop.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-029",
        caption("a woman in a long red velvet dress"),
        color_of("gown", "burgundy"),
        color_of("dupatta", "gold"),
        Q.material("velvet"),
        describe("gown", "a long dark red dress with full sleeves"),
        wearing("she is wearing a red dress", who="she"),
        is_a("saree", "yes", "contradiction"),
        details(
            "gown",
            "gold zari embroidery around the neckline and on the cuffs of the full sleeves, a flared skirt that falls "
            "to the floor and a",
            "cut",
            hit_limit=True,
        ),
        title="Zeel Women Burgundy Embroidered Velvet Maxi Gown with Dupatta",
        category="Ethnic Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: turquoise straight kurta with a white block print, turquoise palazzos, white dupatta with turquoise
    # block-printed motifs, a thin turquoise border and small tassels, white backdrop.
    # Caption: base; open: VQA adapter; closed: reference engine.
    case(
        "X743-030",
        caption("a woman wearing a blue kurta and palazzo pants"),
        color_of("kurta", "turquoise"),
        color_of("palazzos", "turquoise"),
        color_of("dupatta", "turquoise", "other_garment_color"),
        wearing("a turquoise blue printed kurta with matching palazzo pants and a white dupatta", who="the woman"),
        describe(
            "dupatta",
            "a white dupatta with turquoise block printed motifs all over, a thin turquoise border running along both "
            "of the long edges and small",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        title="Anouk Women Turquoise Blue Block Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: emerald green straight kurta with a gold zari yoke, green palazzos, green dupatta with a gold border,
    # white backdrop, front. Batch B: caption and open colors by the VQA adapter; closed: reference engine.
    case(
        "X743-031",
        caption(
            "green kurta with gold yoke Question: What is the color of the kurta? Answer: green Question: What is the "
            "color of the palazzo? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", kind="open"),
        color_of("dupatta", "green with a gold border", kind="open"),
        details("kurta", "gold zari work on the yoke"),
        cloth("the woman is wearing a cloth", "restated"),
        title="Libas Women Green Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach solid anarkali, peach net dupatta with a thin scalloped border and small embroidered dots, white
    # leggings that are not sold, white backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-032",
        caption("a woman in a peach anarkali kurta with a net dupatta and white leggings"),
        color_of("kurta", "peach", kind="open"),
        color_of("leggings", "peach", "other_garment_color", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        cloth("yes", "non_answer"),
        Q.pattern("solid"),
        describe(
            "dupatta",
            "a peach net dupatta with a thin scalloped border and small embroidered dots scattered all over the net "
            "and a",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Women Peach-Coloured Solid Anarkali Kurta with Dupatta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: off-white kurta with a black geometric print, no belt or pockets, black palazzos, black dupatta with a
    # white print, white backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-033",
        caption(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "off white", kind="open"),
        color_of("palazzos", "black", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        wearing("a white and black printed kurta with black palazzos", who="the woman"),
        Q.pattern("geometric"),
        details("kurta", "the kurta has a black belt at the waist and two front pockets", "unsupported"),
        title="GERUA Women Off-White & Black Geometric Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: red maxi gown with gold embroidery on the bodice, full sleeves, flared skirt, no dupatta, the model
    # holding a red potli bag, white backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-034",
        caption("a woman in a pink gown holding a potli bag", "contradiction"),
        color_of("gown", "red", kind="open"),
        Q.sleeve_length("full sleeves"),
        describe("gown", "a red dress with gold embroidery on the bodice and a flared skirt, she is holding a red bag"),
        wearing("a red gown with a red dupatta", "unsupported", who="the woman"),
        is_a("gown", "yes"),
        title="Tissu Women Red Embroidered Ethnic Maxi Gown",
        category="Ethnic Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue kurta with a pink floral print, pink palazzos, navy dupatta with a pink border and small
    # tassels, white backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-035",
        caption(
            "a woman in a blue floral kurta and pink palazzo pants with a blue dupatta with pink border and pink "
            "palazzo pants with a blue dupatta with pink border and pink palazzo pants with a blue dupatta",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        color_of("dupatta", "navy blue", kind="open"),
        details("dupatta", "pink border with small tassels"),
        wearing("he is wearing a blue kurta", "pronoun"),
        title="Anubhutee Women Navy Blue & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white chanderi kurta with small gold buttis, white sharara, pink and orange dupatta with a gold border,
    # light grey backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-036",
        caption("a woman in a white kurta and a pink and orange dupatta"),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        describe("dupatta", "a pink and orange dupatta with a gold border"),
        Q.material("chanderi silk"),
        wearing("he is wearing a white kurta with a sharara and a colorful dupatta", "pronoun"),
        is_a("lehenga", "yes", "contradiction"),
        title="Varanga Women White Chanderi Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: maroon straight kurta with a mustard floral print, mustard trousers, no dupatta, white backdrop.
    # Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-037",
        caption(
            "maroon kurta with mustard print and mustard trousers Question: What is the color of the trousers? "
            "Answer: mustard",
            "leak",
        ),
        color_of("kurta", "maroon", kind="open"),
        color_of("trousers", "maroon", "other_garment_color", kind="open"),
        wearing("a maroon kurta and mustard trousers", who="the woman"),
        details("kurta", "the kurta details are the details on the kurta", "restated"),
        Q.pattern("printed"),
        title="Ahika Women Maroon & Mustard Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink ombre georgette anarkali gown fading from light pink at the top to dark pink at the hem, sheer pink
    # dupatta over the right shoulder, white backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-038",
        caption("a woman in a pink gown"),
        color_of("gown", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        Q.pattern("checked", "contradiction"),
        describe(
            "gown",
            "a long pink anarkali dress that fades from light pink at the top to a dark pink at the bottom, with a "
            "sheer dupatta draped over the",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink gown and a pink dupatta Question: Is this a gown? Answer: yes", "leak", who="she"),
        Q.material("cotton", "unsupported"),
        title="Inddus Women Pink Ombre Georgette Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: mauve straight kurta with a silver foil print, mauve palazzos, mauve dupatta with a silver print, white
    # backdrop. Batch B: caption and open colors by the VQA adapter. The feed row has no color.
    case(
        "X743-039",
        caption("a woman in a purple kurta and purple pants"),
        color_of("kurta", "mauve", kind="open"),
        color_of("palazzos", "mauve", kind="open"),
        color_of("dupatta", "grey", "contradiction", kind="open"),
        wearing("the woman is wearing what she is wearing", "restated", who="the woman"),
        Q.material("rayon"),
        describe(
            "dupatta",
            "a mauve dupatta with silver print Question: What is the color of the dupatta? Answer: mauve Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        title="Janasya Women Mauve Foil Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: teal kurta with gold embroidery, teal sharara, gold tissue dupatta, a woman model, white backdrop.
    # Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-040",
        caption("a man in a teal kurta and sharara", "pronoun"),
        color_of("kurta", "teal", kind="open"),
        color_of("sharara", "teal", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        details(
            "dupatta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        cloth("none", "non_answer"),
        title="AKS Couture Women Teal Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: lime green straight kurta with a white print, round neck, three-quarter sleeves, front slit, white
    # churidar, lime green dupatta over the left shoulder, white backdrop. Batch B: VQA adapter caption and colors.
    case(
        "X743-041",
        caption("a woman in a yellow kurta with white churidar and a green dupatta", "contradiction"),
        color_of("kurta", "green", kind="open"),
        color_of("churidar", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "lime green", kind="open"),
        describe(
            "kurta",
            "a lime green kurta with white print, a round neck, three-quarter sleeves, a front slit and a straight "
            "hem, worn with white churidar and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Women Lime Green Printed Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black anarkali gown with a gold print on the flare, full sleeves, no dupatta, feet hidden under the hem,
    # side view, white backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-042",
        caption("a black and gold dress Question: What is the color of the dress? Answer: black", "leak"),
        color_of("gown", "black", kind="open"),
        Q.pattern("printed"),
        describe("gown", "this is a description of the gown", "restated"),
        wearing("a black dress and black heels", "unsupported", who="the woman"),
        is_a("dress", "yes"),
        title="Shae Women Black & Gold-Toned Printed Anarkali Gown",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: orange straight kurta with a pink floral print, round neck with a small keyhole, three-quarter sleeves
    # with pink piping, pink palazzos, pink dupatta with orange tassels, white backdrop.
    # Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-043",
        caption("orange kurta with pink palazzo and pink dupatta"),
        color_of("kurta", "orange", kind="open"),
        color_of("palazzos", "orange", "other_garment_color", kind="open"),
        color_of("dupatta", "orange", "other_garment_color", kind="open"),
        wearing("she is wearing an orange kurta with pink palazzos and a pink dupatta with orange tassels", who="she"),
        details("dupatta", "orange tassels on the ends"),
        describe(
            "kurta",
            "an orange straight kurta with a pink floral print, a round neck with a small keyhole, three-quarter "
            "sleeves with pink piping at the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Orange & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: navy blue solid straight kurta, full sleeves, white churidar, a white printed dupatta styled on the model
    # (not named in the title), no bag, feet out of frame, white backdrop. Batch B: VQA adapter caption and colors.
    case(
        "X743-044",
        caption("a woman wearing a blue kurta and white leggings with a white scarf"),
        color_of("kurta", "navy blue", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("dupatta", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        wearing(
            "a blue kurta and white pants and a white scarf and white shoes and a white bag",
            "unsupported",
            who="the woman",
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="W Women Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard anarkali gown with red thread embroidery at the yoke, three-quarter sleeves, red dupatta with a
    # mustard border, white studio backdrop (no stairs). Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-045",
        caption("a woman in a yellow gown with a red dupatta standing on a staircase", "unsupported"),
        color_of("gown", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe(
            "dupatta",
            "a red dupatta with a mustard border, a red dupatta with a mustard border, a red dupatta with a mustard "
            "border, a red",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a yellow gown with red dupatta", "pronoun"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Indo Era Women Mustard Yellow Embroidered Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: rust kurta (the seller calls it Brown) with a gold print, rust palazzos, beige dupatta with a thin gold
    # printed border, no lace or sequins, white backdrop. Batch B: caption and open colors by the VQA adapter.
    case(
        "X743-046",
        caption("a woman in a rust colored kurta with a beige dupatta"),
        color_of("kurta", "rust", kind="open"),
        color_of("palazzos", "rust", kind="open"),
        color_of("dupatta", "beige", kind="open"),
        wearing(
            "Question: What is the woman wearing? Answer: a rust kurta with palazzo pants and a beige dupatta",
            "leak",
            who="the woman",
        ),
        details("kurta", "", "non_answer"),
        describe("dupatta", "a beige dupatta with a lace border and sequins all over", "unsupported"),
        title="Anouk Women Brown Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
]
