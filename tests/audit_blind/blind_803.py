"""BLIND_803 (46 products; Myntra kurta sets, VQA adapter, per-piece colors): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 102/134 failures found (76.1%) and 6/194 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets (article type "Kurta Sets"): a kurta worn with palazzos, a
sharara, a churidar or straight trousers, most with a dupatta draped over a shoulder or held in the hand. Catalog
photos: one model, full length, on a white or light grey studio backdrop, usually front view, sometimes turned to
the side; juttis or sandals, earrings and bangles; now and then a clutch or tote as a prop. The seller's base_colour
is the kurta's color (the set's main piece); the bottom and dupatta often differ.

Who wrote what: captions come from the untuned Salesforce/blip2-opt-2.7b (the job picks no adapter for captions,
since the VQA adapter broke them): short, "a woman in a ... kurta with ... pants", sometimes a wrong hue or an
invented prop. Every question goes through leoreigoto/Data3_V3_BLIP2_VQA. Closed questions (per-piece colors
"What is the color of the kurta / palazzos / sharara / churidar / trousers / dupatta?", pattern, sleeve length,
garment type, "Is this a kurta?") come from enrich's reference engine, which ranks the candidate values with the
adapter and keeps one, so they never loop or stop short; their failure is the adapter's habit of giving one color
to every piece (the kurta's color for the bottom, the dupatta's color for the kurta) or a plainly wrong hue. Open
questions ("What is the woman / person wearing?", "Describe the kurta.", "What are the kurta details?", the material
question, and a few per-piece colors asked open) are free generation with the adapter, trained without an end
token: it loops on phrases or colors, runs to the 30-token limit mid-phrase, continues the
"Question: ... Answer:" format, answers an open question with one word or with the question's own words, and
sometimes says "he". Its In-shop vocabulary shows: palazzos become "pants", a churidar "leggings".

Labeling conventions and judgement calls:
- "pants", "trousers", "wide pants" for palazzos, "leggings" or "tight pants" for a churidar, "top", "tunic" or
  "long top" for a kurta, "scarf" or "stole" for a dupatta, "salwar suit" or "suit" for the whole set: all correct.
  "dress" for a straight kurta is a contradiction (seller and photo say a kurta set); "anarkali dress" for a
  floor-length anarkali kurta, which does look like a gown, is counted correct (X803-037).
- Shades within the seller's color family are correct (maroon or wine for Maroon, dark blue for Navy Blue, off
  white or cream for Off White, mustard or yellow for Mustard, peach or light orange for Peach). A hue from another
  family that no piece in the photo has is a contradiction (black for a navy kurta, green for a teal one, red for
  a rust one, purple for a pink one).
- A piece given the color that really belongs to another piece in the same photo is other_garment_color, whether
  the answer is closed (reference engine) or open, and also in a caption that puts the bottom's or the dupatta's
  color on the kurta. If that color also matches no piece it would be contradiction; I always chose the
  most specific kind.
- For a print or a two-tone piece, naming either its ground or its print color is correct ("white" for a white
  kurta with a blue print, "blue and white" as well); the kurta's print color for a plain bottom is
  other_garment_color.
- A sleeve length, neckline, pattern or garment that the photo contradicts is a contradiction; a detail the photo
  does not show at all (pockets, mirror work, tassels, a handbag, a belt, sequins, a bindi, a door behind her) is
  unsupported.
- Material: when the title names a fabric, another fabric is a contradiction; when the title names none, a
  confident fabric is unsupported, and "cotton" for a visibly matte cotton-look kurta is counted correct only where
  the title says cotton.
- A text that loops and also runs to the limit is labeled loop (hit_limit=True); a text that leaks the prompt
  format and runs to the limit is labeled leak (hit_limit=True); cut is used only where the text ends mid-phrase
  without repeating itself or leaking.
- "yes", "no", one bare garment word, "none" or an empty string for an open question is non_answer; an answer made
  of the question's own words ("the kurta details are the details of the kurta") is restated.
- "he"/"his"/"man" for the woman in the photo is pronoun, even when the rest of the answer is right.
- The closed "What is the pattern of the garment?" and sleeve questions are about the kurta (the set's main piece).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type

SETS = "Kurta Sets"

BLIND_803 = [
    # photo: navy blue straight kurta with white floral block print, round neck with keyhole, three-quarter sleeves;
    # plain white palazzos; white dupatta with navy border over the left shoulder; white backdrop,
    # silver jhumkas, tan juttis, front view. Caption: base BLIP-2; answers: VQA adapter.
    case(
        "X803-001",
        caption("a woman in a blue and white printed kurta with white pants holding a purse", "unsupported"),
        wearing("a blue kurta with white palazzo pants and a white dupatta", who="the woman"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue", "other_garment_color"),
        color_of("dupatta", "white"),
        describe(
            "kurta",
            "the kurta is blue with white flowers, the kurta is blue with white flowers, the kurta is blue with white",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "round neck with a keyhole opening and three quarter sleeves"),
        title="Libas Women Navy Blue & White Printed Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow cotton kurta, round neck, gold gota trim at hem and sleeve cuffs, side slits; mustard
    # sharara with gota trim; magenta dupatta with gold border draped over both arms; light grey backdrop, gold
    # earrings, body turned slightly to the left. Caption: base; answers: VQA adapter.
    case(
        "X803-002",
        caption("a woman in a yellow outfit with a pink dupatta"),
        wearing(
            "yellow kurta and sharara with a pink dupatta and a matching potli bag", "unsupported", who="the woman"
        ),
        color_of("kurta", "mustard"),
        color_of("sharara", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        describe(
            "kurta",
            "the kurta is yellow with gold lace at the hem and the sleeves, it has a round neck and a slit on the",
            "cut",
            hit_limit=True,
        ),
        material("silk", "contradiction"),
        title="Anouk Women Mustard Yellow Solid Cotton Kurta with Sharara & Dupatta",
        category=SETS,
        color="Mustard",
        gender="Women",
    ),
    # photo: pink A-line kurta with white thread embroidery on the yoke, three-quarter sleeves; off-white churidar
    # gathered at the ankle; pink chiffon dupatta with white dots held in her right hand; white backdrop, left hand on
    # hip, pink juttis. Caption: base; answers: VQA adapter.
    case(
        "X803-003",
        caption("a woman in a pink kurta and white leggings"),
        wearing("he is wearing a pink kurta with white churidar", "pronoun", who="the person"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        details("kurta", "white embroidery on the yoke and gold sequins on the sleeves", "unsupported"),
        pattern("embroidered"),
        title="Biba Women Pink & Off-White Embroidered Kurta with Churidar & Dupatta",
        category=SETS,
        color="Pink",
        gender="Women",
    ),
    # photo: olive green solid straight kurta with a mandarin collar and a short button placket, full sleeves rolled
    # to the elbow; cream palazzos; no dupatta; light grey backdrop; she holds a tan tote bag in her left hand;
    # brown flats. Caption: base; answers: VQA adapter.
    case(
        "X803-004",
        caption("a woman in a green kurta and white pants holding a bag"),
        wearing("a green top and white pants", who="the woman"),
        color_of("kurta", "olive"),
        color_of("palazzos", "olive", "other_garment_color"),
        color_of(
            "palazzos",
            "green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("kurta", "mandarin collar with buttons"),
        sleeves("sleeveless", "contradiction"),
        title="W Women Olive Green Solid Kurta with Palazzos",
        category=SETS,
        color="Olive",
        gender="Women",
    ),
    # photo: maroon kurta with gold foil floral print, sweetheart yoke, three-quarter sleeves; maroon sharara with
    # gold foil border; maroon net dupatta with gold border over one shoulder; white backdrop, gold jhumkas, front
    # view. Caption: base; answers: VQA adapter.
    case(
        "X803-005",
        caption("a woman in a red and gold salwar suit"),
        wearing("maroon kurta with sharara and dupatta", who="the woman"),
        color_of("kurta", "maroon"),
        color_of("sharara", "maroon"),
        color_of("dupatta", "black", "contradiction"),
        describe("kurta", "the kurta is maroon with gold print and has mirror work on the yoke", "unsupported"),
        details(
            "kurta",
            "gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold print, gold",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Maroon Foil Print Kurta with Sharara & Dupatta",
        category=SETS,
        color="Maroon",
        gender="Women",
    ),
    # photo: teal blue A-line kurta with white thread work on the neckline, full sleeves; white churidar; teal dupatta
    # with white polka dots over the right shoulder; white backdrop, silver earrings, side view, turned right.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-006",
        caption("a woman in a green kurta with white pants", "contradiction"),
        wearing("a teal kurta with white leggings and a dotted dupatta", who="the woman"),
        color_of("kurta", "teal"),
        color_of("churidar", "white"),
        color_of("dupatta", "teal"),
        details("kurta", "white embroidery on the neckline and long sleeves"),
        describe("kurta", "teal kurta with white embroidery and a white lace border on the dupatta", "unsupported"),
        title="Jaipur Kurti Women Teal Blue Embroidered Kurta with Churidar & Dupatta",
        category=SETS,
        color="Teal",
        gender="Women",
    ),
    # photo: black straight kurta with a red floral print, V-neck, three-quarter sleeves; black palazzos; red
    # dupatta with black tassels at the ends, held in the left hand; white backdrop, oxidised silver earrings.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-007",
        caption("a woman in a black and red floral kurta"),
        wearing("a black kurta with red flowers and black pants and a red dupatta", who="the woman"),
        color_of("kurta", "black"),
        color_of("palazzos", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        describe(
            "kurta",
            "black kurta with red flowers Question: What is the color of the palazzos? Answer: black",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "v neck and tassels on the dupatta"),
        title="Vishudh Women Black & Red Floral Printed Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Black",
        gender="Women",
    ),
    # photo: white straight kurta with a blue floral print, round neck, short sleeves; solid blue palazzos; no
    # dupatta; white backdrop, blue juttis, front view, hands at her sides. Caption: base; answers: VQA adapter.
    case(
        "X803-008",
        caption("a woman wearing a white top with blue flowers and blue pants"),
        wearing("clothing", "non_answer", who="the woman"),
        color_of("kurta", "white"),
        color_of("palazzos", "blue"),
        describe("kurta", "the kurta is white with blue flowers and has two pockets on the side", "unsupported"),
        sleeves("long", "contradiction"),
        pattern("floral"),
        title="AKS Women White & Blue Floral Print Kurta with Palazzos",
        category=SETS,
        color="White",
        gender="Women",
    ),
    # photo: peach georgette kurta with peach and silver thread embroidery on the yoke, flared sleeves; peach sharara;
    # peach organza dupatta with a scalloped border over the left shoulder; light grey backdrop, silver jhumkas,
    # front view. Caption: base; answers: VQA adapter.
    case(
        "X803-009",
        caption("a woman in a peach outfit with a sheer dupatta holding a clutch", "unsupported"),
        wearing("a light orange kurta and sharara with a sheer dupatta", who="the woman"),
        color_of("kurta", "peach"),
        color_of("sharara", "peach"),
        color_of("dupatta", "peach"),
        describe(
            "kurta",
            "the kurta is peach with silver embroidery on the yoke and the sleeves are flared and the kurta has a",
            "cut",
            hit_limit=True,
        ),
        material("cotton", "contradiction"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        title="Indo Era Women Peach Embroidered Georgette Kurta with Sharara & Dupatta",
        category=SETS,
        color="Peach",
        gender="Women",
    ),
    # photo: lavender straight kurta with silver zari stripes at the hem, round neck, three-quarter sleeves; white
    # churidar; lavender dupatta with silver border over both shoulders; white backdrop, silver bangles, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-010",
        caption("a woman in a purple kurta and white leggings"),
        wearing("a lavender kurta with white leggings and a lavender dupatta", who="the woman"),
        color_of("kurta", "lavender"),
        color_of("churidar", "lavender", "other_garment_color"),
        color_of("dupatta", "white", "other_garment_color"),
        details(
            "kurta",
            "silver zari stripes at the hem, a round neck, three quarter sleeves, white churidar and a lavender "
            "dupatta with",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe(
            "kurta", "lavender kurta with silver stripes at the hem and mirror work on the sleeves", "unsupported"
        ),
        title="Varanga Women Lavender Zari Detail Kurta with Churidar & Dupatta",
        category=SETS,
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange straight kurta with a small white buta print, notched neck, three-quarter sleeves; rust
    # palazzos; beige cotton dupatta with self tassels over the left shoulder; white backdrop, side view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-011",
        caption("a woman in a red kurta and red pants", "contradiction"),
        wearing("an orange kurta with orange pants and a beige scarf", who="the woman"),
        color_of("kurta", "rust"),
        color_of("palazzos", "rust"),
        color_of("dupatta", "rust", "other_garment_color"),
        describe("kurta", "kurta", "non_answer"),
        details("kurta", "notched neck, small white print all over"),
        color_of("dupatta", "beige Question: What is the color of the palazzos? Answer: rust", "leak", kind="open"),
        title="Janasya Women Rust Printed Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Rust",
        gender="Women",
    ),
    # photo: red kurta with white bandhani dots, round neck, three-quarter sleeves; solid white palazzos; red
    # bandhani dupatta over the right shoulder; white backdrop, gold bangles, front view. Caption: base;
    # answers: VQA adapter.
    case(
        "X803-012",
        caption("a woman in a red and white polka dot kurta"),
        wearing(
            "red kurta white pants red dupatta red kurta white pants red dupatta red kurta white pants red dupatta",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        color_of("palazzos", "white"),
        pattern("polka dots"),
        describe("kurta", "the red kurta is decorated with white dots and it has a belt at the waist", "unsupported"),
        title="Ishin Women Red & White Bandhani Print Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Red",
        gender="Women",
    ),
    # photo: yellow kurta with a small white buta print, square neck, sleeveless; solid green palazzos; green chiffon
    # dupatta held over the right arm; white backdrop, green earrings, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-013",
        caption("a woman in a yellow kurta with green pants"),
        wearing("a yellow sleeveless kurta with green palazzos", who="the woman"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("palazzos", "green"),
        color_of("dupatta", "green"),
        sleeves("three-quarter", "contradiction"),
        describe("kurta", "yes", "non_answer"),
        title="Kalini Women Yellow Printed Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Yellow",
        gender="Women",
    ),
    # photo: sea green floor-length anarkali kurta with white thread embroidery on the bodice, full sleeves; white
    # churidar just visible at the ankles; sea green dupatta with white lace border over both arms; light grey
    # backdrop, silver jhumkas, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-014",
        caption("a woman in a long blue anarkali with a blue dupatta", "contradiction"),
        wearing("a green anarkali kurta and a green dupatta", who="the woman"),
        color_of("kurta", "sea green"),
        color_of("churidar", "green", "other_garment_color"),
        color_of("dupatta", "sea green"),
        details(
            "kurta",
            "white embroidery on the bodice Question: What is the color of the dupatta? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        sleeves("long"),
        title="Inddus Women Sea Green Embroidered Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Sea Green",
        gender="Women",
    ),
    # photo: grey chikankari straight kurta with white thread work all over, round neck, three-quarter sleeves; grey
    # straight trousers; white dupatta over the left shoulder; white backdrop, silver studs, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-015",
        caption("a woman in a grey embroidered kurta and grey pants"),
        wearing("a grey kurta with grey trousers and a white dupatta", who="the woman"),
        color_of("kurta", "grey"),
        color_of("trousers", "white", "other_garment_color"),
        material("cotton"),
        details("kurta", "the kurta has details", "restated"),
        describe(
            "kurta",
            "the kurta is grey with white chikankari embroidery all over and three quarter sleeves and a round neck "
            "and",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Women Grey Chikankari Cotton Kurta with Trousers & Dupatta",
        category=SETS,
        color="Grey",
        gender="Women",
    ),
    # photo: beige straight kurta with a maroon block print, V-neck, three-quarter sleeves; solid maroon trousers;
    # no dupatta; white backdrop, maroon potli bag in her right hand, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-016",
        caption("a woman in a beige and maroon printed kurta holding a small bag"),
        wearing("beige kurta with maroon print and maroon trousers", who="the woman"),
        color_of("kurta", "beige"),
        color_of("trousers", "beige", "other_garment_color"),
        describe("kurta", "beige kurta with maroon print with a v neck"),
        details("kurta", "he has a potli bag in his hand", "pronoun"),
        pattern("printed"),
        title="Aurelia Women Beige & Maroon Printed Kurta with Trousers",
        category=SETS,
        color="Beige",
        gender="Women",
    ),
    # photo: magenta pink silk-blend kurta with gold zari border at the hem, round neck, three-quarter sleeves;
    # magenta sharara; gold tissue dupatta over the left shoulder; light grey backdrop, gold jhumkas, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-017",
        caption("a woman in a pink kurta with a gold dupatta"),
        wearing("a pink kurta and sharara with a golden dupatta", who="the woman"),
        color_of("kurta", "purple", "contradiction"),
        color_of("sharara", "magenta"),
        color_of("dupatta", "magenta", "other_garment_color"),
        color_of(
            "dupatta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("cotton", "contradiction"),
        title="Libas Women Magenta Silk Blend Kurta with Sharara & Dupatta",
        category=SETS,
        color="Magenta",
        gender="Women",
    ),
    # photo: blue kurta with a white ikat print, band collar, three-quarter sleeves; solid blue palazzos; white
    # dupatta with blue ikat border over the right shoulder; white backdrop, front view, white sneakers-style juttis.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-018",
        caption("a woman in a blue and white ikat kurta with blue pants"),
        wearing("blue kurta with blue pants and a white dupatta", who="the woman"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        details("kurta", "band collar"),
        describe("kurta", "Describe the kurta. Answer: blue kurta with white print", "leak"),
        title="Khushal K Women Blue Ikat Print Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Blue",
        gender="Women",
    ),
    # photo: dark green kurta with a gold foil buta print, round neck with a yoke, three-quarter sleeves; dark green
    # palazzos; mustard dupatta with green border over the left arm; white backdrop, gold earrings, side view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-019",
        caption("a woman in a green kurta with a yellow dupatta"),
        wearing("a dark green kurta with green pants and a mustard dupatta", who="the woman"),
        color_of("kurta", "green"),
        color_of("palazzos", "mustard", "other_garment_color"),
        color_of("dupatta", "mustard"),
        describe("kurta", "the kurta is green with gold print and sequins on the sleeves", "unsupported"),
        details(
            "kurta",
            "gold print on the yoke, gold print on the yoke, gold print on the yoke, gold print on the",
            "loop",
            hit_limit=True,
        ),
        title="Anubhutee Women Green Foil Print Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Green",
        gender="Women",
    ),
    # photo: off-white chikankari kurta with white thread work, round neck, three-quarter sleeves; off-white
    # palazzos; off-white chiffon dupatta over both arms; white backdrop, silver jhumkas, white juttis, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-020",
        caption("a woman in an all white outfit with a white dupatta"),
        wearing("an off white chikankari kurta with palazzos and dupatta", who="the woman"),
        color_of("kurta", "off white"),
        color_of("palazzos", "grey", "contradiction"),
        color_of("dupatta", "white"),
        describe("kurta", "the kurta is white with white embroidery all over"),
        details("kurta", "white", "non_answer"),
        material("silk", "unsupported"),
        title="Sangria Women Off White Chikankari Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue solid long straight kurta with a round neck and side slits, three-quarter sleeves; navy slim
    # trousers; no dupatta; white backdrop, silver hoops, front view, hands in front. Caption: base; answers: VQA
    # adapter.
    case(
        "X803-021",
        caption("a woman in a black kurta and black pants", "contradiction"),
        wearing("a dark blue kurta and pants", who="the woman"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "black", "contradiction"),
        describe("kurta", "a long kurta with slits on the sides"),
        sleeves("three-quarter"),
        material("rayon", "unsupported"),
        title="W Women Navy Blue Solid Kurta with Trousers",
        category=SETS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral orange kurta with a white floral print, round neck, three-quarter sleeves; off-white churidar;
    # coral dupatta with white print over the right shoulder; white backdrop, white earrings, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-022",
        caption("a woman in an orange floral kurta with white leggings"),
        wearing("an orange kurta with white leggings", who="the woman"),
        color_of("kurta", "orange"),
        color_of("churidar", "orange", "other_garment_color"),
        color_of("churidar", "white", kind="open"),
        details("kurta", "the kurta details", "restated"),
        describe(
            "kurta",
            "orange kurta with white flowers orange kurta with white flowers orange kurta with white",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Coral Orange Printed Kurta with Churidar & Dupatta",
        category=SETS,
        color="Orange",
        gender="Women",
    ),
    # photo: patchwork kurta in red, yellow, green and blue block-printed panels, round neck, three-quarter sleeves;
    # black palazzos; black dupatta with a red border over the left shoulder; white backdrop, oxidised jhumkas.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-023",
        caption("a woman in a colorful patchwork kurta and black pants"),
        wearing("multi colored kurta with black pants and black dupatta", who="the woman"),
        color_of("kurta", "multi"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black"),
        describe("kurta", "the kurta is made of different colored patches with prints"),
        details("kurta", "the details of the kurta are", "restated"),
        pattern("solid", "contradiction"),
        title="Jaipur Kurti Women Multicoloured Patchwork Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Multi",
        gender="Women",
    ),
    # photo: lime green kurta with lime thread embroidery at the neckline, three-quarter sleeves; lime green sharara;
    # pink dupatta with lime border over the right shoulder; light grey backdrop, pink earrings, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-024",
        caption("a woman in a lime green suit with a pink dupatta"),
        wearing("green kurta sharara and pink dupatta", who="the woman"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("sharara", "lime green"),
        color_of("dupatta", "pink"),
        describe("kurta", "the kurta is green with embroidery on the neck and has a mirror work border", "unsupported"),
        details("kurta", "thread embroidery on the neckline"),
        title="Indo Era Women Lime Green Embroidered Kurta with Sharara & Dupatta",
        category=SETS,
        color="Lime Green",
        gender="Women",
    ),
    # photo: black sleeveless kurta with gold foil print, round neck; black sharara with gold border; black net
    # dupatta with gold border over both arms; white backdrop, gold earrings, front view. Caption: base; answers: VQA
    # adapter.
    case(
        "X803-025",
        caption("a woman in a black and gold outfit"),
        wearing("a black kurta with gold print and black sharara", who="the woman"),
        color_of("kurta", "black"),
        color_of("sharara", "black"),
        color_of("dupatta", "black"),
        sleeves("long", "contradiction"),
        describe(
            "kurta",
            "black sleeveless kurta with gold print Question: Describe the sharara. Answer: black sharara",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "gold print all over and no sleeves"),
        title="Anouk Women Black Foil Print Kurta with Sharara & Dupatta",
        category=SETS,
        color="Black",
        gender="Women",
    ),
    # photo: light blue chambray straight kurta with white embroidery at the placket, band collar, roll-up sleeves;
    # white palazzos; no dupatta; white backdrop, white sneakers, front view, sunglasses pushed up on her head.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-026",
        caption("a woman in a light blue kurta and white pants with sunglasses on her head"),
        wearing("a blue kurta and white pants", who="the woman"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", "other_garment_color"),
        material("denim", "contradiction"),
        describe("kurta", "the kurta is light blue with white embroidery on the placket"),
        garment_type("shirt", "contradiction"),
        details(
            "kurta",
            "white embroidery on the placket and a band collar and the sleeves are rolled up and held with a tab and "
            "the",
            "cut",
            hit_limit=True,
        ),
        title="Kalini Women Blue Chambray Kurta with Palazzos",
        category=SETS,
        color="Blue",
        gender="Women",
    ),
    # photo: white kurta with a small blue floral print, V-neck, three-quarter sleeves; solid pink palazzos; pink
    # dupatta over the left shoulder; white backdrop, pink juttis, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-027",
        caption("a woman in a pink kurta with pink pants", "other_garment_color"),
        wearing("a white floral kurta with pink palazzos and a pink dupatta", who="the woman"),
        color_of("kurta", "white"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink"),
        details("kurta", "v neck and blue flowers"),
        describe(
            "kurta",
            "a white kurta with small blue flowers and a v neck and three quarter sleeves, it is paired with pink",
            "cut",
            hit_limit=True,
        ),
        title="Varanga Women White & Blue Floral Print Kurta with Pink Palazzos & Dupatta",
        category=SETS,
        color="White",
        gender="Women",
    ),
    # photo: purple straight kurta with a small silver buta print, round neck, full sleeves; purple churidar; purple
    # dupatta with printed border held in the right hand; white backdrop, front view. Caption: base; answers: VQA
    # adapter.
    case(
        "X803-028",
        caption("a woman in a purple salwar suit"),
        wearing("he is wearing a purple kurta and churidar", "pronoun", who="the person"),
        color_of("kurta", "purple"),
        color_of("churidar", "purple"),
        color_of("dupatta", "purple"),
        details(
            "kurta",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        garment_type("dress", "contradiction"),
        title="Libas Women Purple Printed Kurta with Churidar & Dupatta",
        category=SETS,
        color="Purple",
        gender="Women",
    ),
    # photo: cream straight kurta with a green floral print, round neck, three-quarter sleeves; solid green
    # straight trousers; no dupatta; light grey backdrop, gold studs, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-029",
        caption("a woman in a green dress", "contradiction"),
        wearing("a cream kurta with green flowers and green pants", who="the woman"),
        color_of("kurta", "cream"),
        color_of("trousers", "cream", "other_garment_color"),
        describe("kurta", "cream colored with green flowers and a lace border at the hem", "unsupported"),
        details("kurta", "round neck"),
        title="GoSriKi Women Cream & Green Floral Print Kurta with Trousers",
        category=SETS,
        color="Cream",
        gender="Women",
    ),
    # photo: burgundy velvet kurta with gold zari embroidery at the neckline, full sleeves; burgundy palazzos; gold
    # tissue dupatta over the left shoulder; white backdrop, gold jhumkas, front view. Caption: base; answers: VQA
    # adapter.
    case(
        "X803-030",
        caption("a woman in a maroon velvet kurta with a gold dupatta"),
        wearing("a wine colored kurta with pants and a golden dupatta", who="the woman"),
        color_of("kurta", "burgundy"),
        color_of("palazzos", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        material("cotton", "contradiction"),
        details("kurta", "gold embroidery around the neck"),
        describe("kurta", "it is a kurta", "restated"),
        title="Indo Era Women Burgundy Velvet Embroidered Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Burgundy",
        gender="Women",
    ),
    # photo: turquoise blue A-line kurta with white thread embroidery on the yoke, three-quarter sleeves; white
    # churidar; turquoise dupatta with white border over the right shoulder; white backdrop, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-031",
        caption("a woman in a turquoise kurta and white leggings"),
        wearing("turquoise kurta white churidar and a blue dupatta", who="the woman"),
        color_of("kurta", "green", "contradiction"),
        color_of("churidar", "white"),
        color_of("dupatta", "turquoise"),
        describe(
            "kurta",
            "blue kurta with white embroidery on the yoke and the sleeves and the hem and the neckline and the",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "white embroidery on the yoke with sequins and mirrors", "unsupported"),
        title="Biba Women Turquoise Blue Embroidered Kurta with Churidar & Dupatta",
        category=SETS,
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: coral pink kurta with mirror work and thread embroidery on the yoke, three-quarter sleeves; coral
    # sharara; white net dupatta with coral border over both arms; light grey backdrop, silver jhumkas, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-032",
        caption("a woman in a pink kurta with mirror work and a white dupatta"),
        wearing("a coral kurta and sharara with a white dupatta", who="the woman"),
        color_of("kurta", "pink"),
        color_of("sharara", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        details("kurta", "mirror work on the yoke"),
        describe("kurta", "pink", "non_answer"),
        material("silk", "unsupported"),
        title="Anouk Women Coral Pink Mirror Work Kurta with Sharara & Dupatta",
        category=SETS,
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange straight kurta with a round neck and side pockets visible at the hips, short
    # sleeves; black palazzos; no dupatta; white backdrop, white sneakers, front view. Caption: base; answers: VQA
    # adapter.
    case(
        "X803-033",
        caption("a woman in a grey top and black pants"),
        wearing("a grey kurta with black palazzo pants", who="the woman"),
        color_of("kurta", "grey"),
        color_of("palazzos", "grey", "other_garment_color"),
        details("kurta", "pockets on the side"),
        sleeves("short"),
        describe(
            "kurta",
            "grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta grey kurta",
            "loop",
            hit_limit=True,
        ),
        title="W Women Grey Melange Solid Kurta with Palazzos",
        category=SETS,
        color="Grey Melange",
        gender="Women",
    ),
    # photo: tan brown kurta with a white geometric print, V-neck, three-quarter sleeves; white palazzos; brown
    # dupatta with white print over the left shoulder; white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-034",
        caption("a woman in a maroon printed kurta with white pants", "contradiction"),
        wearing("brown kurta with white pants and brown dupatta", who="the woman"),
        color_of("kurta", "brown"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("kurta", "brown with white print"),
        details("kurta", "v neck with a lace trim", "unsupported"),
        title="Sangria Women Brown Geometric Print Kurta with Palazzos & Dupatta",
        category=SETS,
        gender="Women",
    ),
    # photo: navy blue kurta with a white block print, round neck, three-quarter sleeves; solid orange palazzos;
    # orange dupatta with navy border over the right shoulder; white backdrop, front view. Caption: base; answers:
    # VQA adapter.
    case(
        "X803-035",
        caption("a woman in an orange kurta and orange pants", "other_garment_color"),
        wearing("navy kurta with white print, orange pants and orange dupatta", who="the woman"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "orange"),
        color_of("dupatta", "orange"),
        describe("kurta", "the kurta is navy blue with white print Answer: navy blue", "leak"),
        title="Jaipur Kurti Women Navy Blue Printed Kurta with Orange Palazzos & Dupatta",
        category=SETS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow solid straight kurta, round neck, three-quarter sleeves; white palazzos; yellow and white
    # leheriya-striped dupatta over the left shoulder; white backdrop, front view, yellow bangles. Caption: base;
    # answers: VQA adapter.
    case(
        "X803-036",
        caption("a woman in a yellow kurta and white pants with a striped dupatta"),
        wearing("she is wearing a yellow kurta with white palazzos", who="the person"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "other_garment_color"),
        pattern("striped", "contradiction"),
        details("kurta", "round neck and three quarter sleeves"),
        describe("kurta", "yellow kurta with gota patti work on the neckline", "unsupported"),
        title="Ishin Women Yellow Solid Kurta with Palazzos & Leheriya Dupatta",
        category=SETS,
        color="Yellow",
        gender="Women",
    ),
    # photo: red floor-length anarkali kurta with gold zari embroidery on the bodice, full sleeves; red churidar; red
    # dupatta with gold border over both arms; light grey backdrop, gold jhumkas, front view. Caption: base;
    # answers: VQA adapter.
    case(
        "X803-037",
        caption("a woman in a red anarkali dress with a red dupatta"),
        wearing("a red anarkali with gold embroidery and a red dupatta", who="the woman"),
        color_of("kurta", "red"),
        color_of("churidar", "red"),
        color_of("dupatta", "pink", "contradiction"),
        describe(
            "kurta",
            "the kurta is red with gold embroidery on the bodice and it is a long anarkali with a flared skirt and "
            "full",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "gold zari on the bodice Question: What is the color of the churidar? Answer: red Question",
            "leak",
            hit_limit=True,
        ),
        title="Mitera Women Red Zari Anarkali Kurta with Churidar & Dupatta",
        category=SETS,
        color="Red",
        gender="Women",
    ),
    # photo: pink kurta with a blue floral print, round neck, three-quarter sleeves; solid blue palazzos; pink
    # dupatta over the left shoulder; white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-038",
        caption("a woman in a pink printed kurta with blue pants and a pink scarf"),
        wearing("pink kurta and blue pants", who="the woman"),
        color_of("kurta", "pink"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        describe("kurta", "the kurta is pink with blue flowers and a high slit up to the waist", "unsupported"),
        details("kurta", "floral print"),
        title="Khushal K Women Pink & Blue Floral Print Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Pink",
        gender="Women",
    ),
    # photo: white straight kurta with a black geometric print, mandarin collar, three-quarter sleeves; solid black
    # palazzos; no dupatta; white backdrop, black juttis, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-039",
        caption("a woman in a black and white kurta and black pants"),
        wearing("a white and black kurta with black pants", who="the woman"),
        color_of("kurta", "white"),
        color_of("palazzos", "white", "other_garment_color"),
        describe("kurta", "white kurta with black print and mandarin collar and a front pocket", "unsupported"),
        details("kurta", "what are the kurta details", "restated"),
        is_a("kurta", "no", "contradiction"),
        title="Janasya Women White & Black Printed Kurta with Palazzos",
        category=SETS,
        color="White",
        gender="Women",
    ),
    # photo: mauve straight kurta with tonal thread embroidery at the neckline, three-quarter sleeves, side slits; mauve
    # trousers; mauve organza dupatta over both arms; light grey backdrop, pearl earrings, front view. Caption: base;
    # answers: VQA adapter.
    case(
        "X803-040",
        caption("a woman in a light purple kurta and pants with a sheer dupatta"),
        wearing("a mauve kurta and trousers with an organza dupatta", who="the woman"),
        color_of("kurta", "blue", "contradiction"),
        color_of("trousers", "mauve"),
        color_of("dupatta", "mauve"),
        describe("kurta", "the kurta is mauve with embroidery on the neckline and he has pearl earrings", "pronoun"),
        material("organza"),
        details(
            "kurta",
            "tonal thread embroidery around the neckline, three quarter sleeves, straight hem and side slits, the "
            "dupatta is sheer organza with a",
            "cut",
            hit_limit=True,
        ),
        title="Indo Era Women Mauve Embroidered Kurta with Trousers & Dupatta",
        category=SETS,
        color="Mauve",
        gender="Women",
    ),
    # photo: green leheriya-striped kurta in green and white waves, round neck, three-quarter sleeves; green sharara;
    # green leheriya dupatta over the right shoulder; white backdrop, gold earrings, front view. Caption: base;
    # answers: VQA adapter.
    case(
        "X803-041",
        caption("a woman in a green and white striped kurta with green pants"),
        wearing("green kurta and sharara and green dupatta", who="the woman"),
        color_of("kurta", "green"),
        color_of("dupatta", "green"),
        pattern("striped"),
        describe(
            "kurta",
            "green and white green and white green and white green and white green and white green and",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has white tassels at the hem and a potli bag", "unsupported"),
        title="Libas Women Green Leheriya Print Kurta with Sharara & Dupatta",
        category=SETS,
        color="Green",
        gender="Women",
    ),
    # photo: mustard kurta with a small white floral print, round neck, three-quarter sleeves; white churidar; no
    # dupatta; white backdrop, front view, white juttis. Caption: base; answers: VQA adapter.
    case(
        "X803-042",
        caption("a woman in a mustard printed kurta and white leggings"),
        wearing("he is wearing a mustard kurta with white churidar", "pronoun", who="the person"),
        color_of("kurta", "mustard"),
        color_of("churidar", "white"),
        describe("kurta", "yellow with small white flowers"),
        details("kurta", "none", "non_answer"),
        color_of(
            "churidar",
            "white Question: What is the color of the kurta? Answer: mustard Question: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="AKS Women Mustard Printed Kurta with Churidar",
        category=SETS,
        color="Mustard",
        gender="Women",
    ),
    # photo: peach kurta with a white lace border at the hem, round neck, three-quarter sleeves; cream palazzos; peach
    # dupatta over the left shoulder; white backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-043",
        caption("a woman in a peach kurta with cream pants"),
        wearing(
            "a peach kurta with white pants and a peach dupatta and a peach kurta with white pants and a peach dupatta "
            "and a",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("palazzos", "peach", "other_garment_color"),
        color_of("dupatta", "peach"),
        details("kurta", "white lace at the hem"),
        describe("kurta", "a peach kurta with lace at the hem and a belt", "unsupported"),
        title="Varanga Women Peach Kurta with Palazzos & Dupatta",
        color="Peach",
        gender="Women",
    ),
    # photo: royal blue straight kurta with a gold foil print, round neck, three-quarter sleeves; white churidar;
    # royal blue dupatta with gold border over the right shoulder; white backdrop, gold earrings, front view.
    # Caption: base; answers: VQA adapter.
    case(
        "X803-044",
        caption("a man in a blue and gold kurta with white pants", "pronoun"),
        wearing("a blue dress with white leggings", "contradiction", who="the woman"),
        color_of("kurta", "blue"),
        color_of("churidar", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        describe(
            "kurta",
            "blue kurta with gold print blue kurta with gold print blue kurta with gold print blue kurta",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Blue Foil Print Kurta with Churidar & Dupatta",
        category=SETS,
        color="Blue",
        gender="Women",
    ),
    # photo: teal kurta with a mustard thread embroidery at the neckline, three-quarter sleeves; teal palazzos;
    # mustard dupatta over the left shoulder; light grey backdrop, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-045",
        caption("a woman in a teal kurta with a yellow dupatta standing in front of a wooden door", "unsupported"),
        wearing("a teal kurta with teal pants and a mustard dupatta", who="the woman"),
        color_of("kurta", "teal"),
        color_of("palazzos", "mustard", "other_garment_color"),
        color_of("dupatta", "mustard"),
        details(
            "kurta",
            "mustard embroidery around the round neck and three quarter sleeves, the palazzos are teal "
            "and the dupatta is",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "describe the kurta", "restated"),
        title="Anouk Women Teal Embroidered Kurta with Palazzos & Dupatta",
        category=SETS,
        color="Teal",
        gender="Women",
    ),
    # photo: white kurta with thin lavender vertical stripes, band collar, three-quarter sleeves; solid white
    # palazzos; no dupatta; white backdrop, silver studs, front view. Caption: base; answers: VQA adapter.
    case(
        "X803-046",
        caption("a woman in a white and purple striped kurta and white pants"),
        wearing("a striped kurta and white pants", who="the woman"),
        color_of("kurta", "lavender"),
        color_of("palazzos", "white"),
        pattern("checked", "contradiction"),
        describe("kurta", "the kurta", "non_answer"),
        details(
            "kurta",
            "band collar, thin lavender stripes running down the whole kurta, three quarter sleeves and a straight hem "
            "with",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women White & Lavender Striped Kurta with Palazzos",
        category=SETS,
        color="White",
    ),
]
