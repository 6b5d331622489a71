"""BLIND_1051 (46 products; Myntra kurta and anarkali sets, caption then QA): written blind in the fifty-ninth session.
Measured blind at d846855 (the session's fourth rules): 89/141 failures found (63.1%) and 5/201 correct texts flagged
(2.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets (article type "Kurta Sets": straight kurtas with palazzos,
trousers or sharara, and anarkali kurtas with churidar, most with a dupatta). Photos are catalog shots on a white
or light grey studio backdrop, a model standing (one seated, one twirling, one flat lay with no model). The job
captions each photo, then answers the open questions with the extractive QA model over the caption, and asks the
color of each piece of the set (kurta or anarkali, bottom, dupatta) separately.

Who wrote what: captions of X1051-001..014 come from the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch
3): DeepFashion template sentences ("The lady wears a long-sleeve dress with floral patterns. The dress is with
cotton fabric."), pattern words instead of hues, kurtas called dress/top/shirt, no end token, so every one runs to
the 50-token limit and is cut mid-sentence or loops. The operator switched the caption model to the untuned base
BLIP-2 OPT-2.7b for X1051-015..046: short lowercase captions that stop by themselves, with hues, but the base's
habits (one color for every piece, a prop or jewellery that is not there, "purple" for magenta, a man now and then).
Open answers (wearing, per-piece colors, describe, details, material) are spans that mdeberta-v3-base-squad2 cut
from the caption, so they inherit the caption's loops, cuts, wrong words and pronouns, and a color question whose
piece the caption never names gets the nearest color in the caption. Where squad2's no-answer won, enrich fell back
to free generation by the VQA adapter (Data3_V3_BLIP2_VQA) with the `Question: ... Answer:` prompt and a 30-token
limit: after a short answer it often stops (it learned the padding that followed the answers), otherwise it loops
("white white white ..."), runs on into the next `Question:`, runs to the limit mid-sentence, echoes the garment
name, says "yes"/"no"/"none", or returns nothing. Closed answers (garment type, color of the garment, pattern,
sleeve length, "Is this a kurta?") come from the reference engine and are one candidate each.

Labeling conventions and judgement calls:
- One label per text, the failure a reader sees first; a caption that ran to the limit is cut or loop unless it
  also puts a man in a women's photo, which I labelled pronoun (hit_limit still set). A wearing span that copies
  the caption's wrong part (a shirt, a purse, a beach, one color for all) gets the caption's label.
- "dress" for an anarkali, and "top" or "kurta" for a straight kurta, are right; "shirt" for a kurta is a
  contradiction (the seller sells a kurta set, and the shopper would not call it a shirt). The closed garment type
  "dress" for a knee-length straight kurta is a contradiction (the candidates held "kurta"); "dress" for a straight
  kurta inside a free caption is loose, and I did not label it on its own.
- The adapter's pattern words are judged as patterns: "graphic" for printed motifs, "lattice" for eyelet
  embroidery, "color block" for a gold yoke on red, "pure color" for a solid or tone-on-tone embroidered piece are
  right. Gold for a gold-toned piece (no color group) is right.
- A hue in the same seller color group is right: peach or coral answered pink/orange, mustard answered yellow, teal
  and turquoise answered blue, rust answered orange, burgundy answered red, sea green and lime green answered green.
  Magenta answered purple is a contradiction (the groups differ).
- A piece's color answered with the color that another piece of the same set has is other_garment_color; a color
  that no piece has (the backdrop's grey, the surface's white, a brown nobody wears) is a contradiction. A caption or
  wearing answer that gives the whole set one color is a contradiction.
- "pure color patterns" as the answer to a color question says nothing about the hue: non_answer. So is "yes" to
  an open question, "none" to the material question, and an empty answer. A bare echo of the piece ("palazzos",
  "it is a kurta", "sharara pants") is restated.
- Fabric: an answer the title contradicts (chiffon for a cotton set), or a fabric claimed where the photo shows
  another look (cotton for a sheen silk blend, silk for a foil tissue), is unsupported; the template's "cotton"
  for a matte printed or chikankari set whose title is silent is taken as right.
- Jewellery, purses, pockets, beaches, sequins that the photo does not show are unsupported; an extracted span that
  repeats a looping caption is loop; a fallback answer that runs into `Question:` or starts with `Answer:` is leak.
- A multi-colored dupatta answered "colorful" is right; answered with the kurta's white it is other_garment_color.
- A fallback answer that is right up to the point where it was cut at the token limit is cut; one that invents a
  detail and says "his"/"he" for the woman is pronoun. For the flat lay (no model), "a red kurta and pants" as the
  answer to "What is she wearing?" is taken as right.
- Row X1051-039 has no color column, X1051-040 no category, X1051-042 no gender, as real feeds sometimes lack them.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
KS = "Kurta Sets"

BLIND_1051 = [
    # photo: model in a maroon anarkali (calf length, flared) with gold printed ethnic motifs, maroon palazzos, maroon
    # dupatta with gold border over both shoulders, juttis; white backdrop, full front view. Caption adapter ep.3,
    # spans by squad2, dupatta color by the VQA adapter fallback, closed by reference.
    case(
        "X1051-001",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns", who="she"),
        color_of("anarkali", "pure color patterns", "non_answer", kind="open"),
        color_of(
            "dupatta",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        title="Anouk Women Maroon Ethnic Motifs Printed Pure Cotton Anarkali Kurta with Palazzos & Dupatta",
        category=KS,
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue knee-length straight kurta with white floral print, white trousers, white dupatta with navy
    # polka dots over one shoulder, model holding the dupatta's end; white backdrop, front view. Caption adapter ep.3;
    # the three piece colors by the VQA fallback (no hue in the caption), the rest squad2 spans and reference.
    case(
        "X1051-002",
        caption(
            "The lady wears a three-quarter sleeve top with floral patterns. The top is with cotton fabric. The "
            "trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve top with floral patterns", who="the woman"),
        color_of("kurta", "navy blue", kind="open"),
        color_of(
            "trousers",
            "white white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "navy blue", "other_garment_color", kind="open"),
        details(
            "trousers",
            "cotton fabric and pure color patterns. The trousers are with cotton fabric and pure color patterns",
            "loop",
        ),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        title="Libas Women Navy Blue Floral Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow straight kurta with a red-and-green gota yoke, green sharara pants, green dupatta with a
    # gold gota border; three-quarter sleeves; white backdrop, front view. Caption adapter ep.3 (a gentleman);
    # colors by the VQA fallback, describe by the fallback, closed by reference.
    case(
        "X1051-003",
        caption(
            "The gentleman wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with color block patterns", "contradiction", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("sharara", "Question: What is the color of the sharara? Answer: green", "leak", kind="open"),
        describe("dupatta", "a dupatta", "restated"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Sangria Women Mustard Yoke Design Kurta with Sharara & Dupatta",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: peach anarkali with white thread embroidery on the yoke and a flared hem, off-white churidar, peach net
    # dupatta, glass bangles on both wrists; white backdrop, three-quarter view. Caption adapter ep.3; colors by the
    # VQA fallback; material a span; closed by reference.
    case(
        "X1051-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        color_of("anarkali", "pink", kind="open"),
        color_of("churidar", "pink", "other_garment_color", kind="open"),
        Q.material("chiffon", "unsupported"),
        Q.pattern("embroidered"),
        is_a("kurta", "yes"),
        title="Biba Women Peach-Coloured Embroidered Cotton Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Peach",
        gender="Women",
    ),
    # photo: teal blue straight kurta with white block print and a v-neck, white palazzos, no dupatta, a tan clutch in
    # her hand; white backdrop, front view. Caption adapter ep.3; colors by the VQA fallback; the rest spans and
    # reference.
    case(
        "X1051-005",
        caption(
            "The lady wears a three-quarter sleeve top with graphic patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve top with graphic patterns", who="the woman"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "blue", "other_garment_color", kind="open"),
        describe("palazzos", "cotton fabric and pure color patterns"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Jaipur Kurti Women Teal Printed Pure Cotton Kurta with Palazzos",
        category=KS,
        color="Teal",
        gender="Women",
    ),
    # photo: black anarkali with a multicolored floral print along the hem, round neck, black churidar, dupatta printed
    # in pink, yellow and green flowers on cream; a watch on her wrist; white backdrop. Caption adapter ep.3; colors by
    # the VQA fallback; details a span; closed by reference.
    case(
        "X1051-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        color_of("anarkali", "black", kind="open"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        details("anarkali", "round neckline"),
        Q.pattern("floral"),
        title="W Women Black Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: off-white chikankari kurta, white-on-white thread embroidery, long sleeves, off-white palazzos, no dupatta,
    # sunglasses in one hand; white backdrop, front view. Caption adapter ep.3; colors by the VQA fallback; material a
    # span; closed by reference.
    case(
        "X1051-007",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants with pure color patterns, pure color patterns, pure color patterns, "
            "pure color patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve top with pure color patterns", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of(
            "palazzos",
            "white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("embroidered"),
        title="Ada Women Off-White Chikankari Embroidered Kurta with Palazzos",
        category=KS,
        color="Off White",
        gender="Women",
    ),
    # photo: red anarkali in a sheeny silk blend with a gold zari yoke and full sleeves, red churidar, gold tissue
    # dupatta, a gold bangle; white backdrop, front view. Caption adapter ep.3; colors by the VQA fallback; material
    # a span; closed by reference.
    case(
        "X1051-008",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with color block patterns", who="she"),
        color_of("anarkali", "red", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Varanga Women Red Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: lavender straight kurta with white schiffli (eyelet) embroidery all over, lavender trousers, white dupatta;
    # white backdrop, side view. Caption adapter ep.3; colors by the VQA fallback (the dupatta one ran on into the
    # next prompt); details a span; closed by reference.
    case(
        "X1051-009",
        caption(
            "The lady wears a three-quarter sleeve top with lattice patterns. The top is with cotton fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve top with lattice patterns", who="she"),
        color_of("kurta", "purple", kind="open"),
        color_of(
            "dupatta",
            "white Question: What is the color of the dupatta? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("trousers", "pure color patterns", "non_answer", kind="open"),
        details("trousers", "long length"),
        is_a("kurta", "yes"),
        title="KALINI Women Lavender Embroidered Kurta with Trousers & Dupatta",
        category=KS,
        color="Lavender",
        gender="Women",
    ),
    # photo: green anarkali with a pink floral print, green leggings, pink dupatta; white backdrop, front view.
    # Caption adapter ep.3; colors by the VQA fallback; describe a span of the looping caption; closed by reference.
    case(
        "X1051-010",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is with cotton fabric. It has a round neckline. The dress is with cotton fabric. It "
            "has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        color_of("anarkali", "green", kind="open"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        describe(
            "anarkali",
            "a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round neckline. The "
            "dress is with cotton fabric",
            "loop",
        ),
        Q.pattern("floral"),
        title="Aurelia Women Green & Pink Floral Printed Anarkali Kurta with Leggings & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: pink straight kurta with gota patti on a v-neck, pink palazzos, pink dupatta, all one pink; white
    # backdrop, front view. Caption adapter ep.3 (a man); wearing and describe spans; colors by the VQA fallback;
    # closed by reference.
    case(
        "X1051-011",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="the woman"),
        describe("kurta", "The man is wearing a long-sleeve shirt", "pronoun"),
        color_of("kurta", "pink", kind="open"),
        color_of("palazzos", "pink", kind="open"),
        color_of(
            "dupatta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("pink"),
        title="Indo Era Women Pink Yoke Design Kurta with Palazzos & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: white straight kurta with a blue floral print, solid blue palazzos, blue dupatta, a potted plant beside
    # her; white backdrop, front view. Caption adapter ep.3; colors by the VQA fallback; describe a span; closed by
    # reference.
    case(
        "X1051-012",
        caption(
            "The lady wears a three-quarter sleeve top with floral patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a plant",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve top with floral patterns", who="the woman"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        color_of("palazzos", "blue", kind="open"),
        color_of("dupatta", "pure color patterns", "non_answer", kind="open"),
        describe("palazzos", "a long pants"),
        Q.color("white"),
        title="Libas Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: rust orange straight kurta with mirror work on the yoke, round neck, full sleeves, cream trousers, rust
    # dupatta with tassels, silver bangles; white backdrop, front view. Caption adapter ep.3; colors by the VQA
    # fallback; details, describe (the caption's cut tail) and material spans; closed by reference.
    case(
        "X1051-013",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The trousers this lady wears is of long length. The "
            "trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve top with graphic patterns", who="she"),
        color_of("kurta", "orange", kind="open"),
        color_of("trousers", "brown", "contradiction", kind="open"),
        details("kurta", "round neckline"),
        describe("trousers", "cotton fabric and", "cut"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        title="GERUA Women Rust Mirror Work Kurta with Trousers & Dupatta",
        category=KS,
        color="Rust",
        gender="Women",
    ),
    # photo: yellow anarkali with a white floral print, plain white churidar, yellow dupatta with pompoms; white
    # backdrop, front view. Caption adapter ep.3; colors by the VQA fallback; describe a span; closed by reference.
    case(
        "X1051-014",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings with floral patterns with floral patterns with floral patterns "
            "with floral patterns with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        color_of("anarkali", "yellow", kind="open"),
        color_of("churidar", "yellow", "other_garment_color", kind="open"),
        describe("churidar", "a long leggings with floral patterns", "unsupported"),
        Q.garment_type("kurta"),
        title="Janasya Women Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Yellow",
        gender="Women",
    ),
    # photo: blue straight kurta with a white floral print, round neck without buttons, no pockets, white palazzos,
    # blue dupatta with a white border; white backdrop, front view. Untuned base caption from here on; open answers
    # squad2 spans, kurta details by the VQA fallback; closed by reference.
    case(
        "X1051-015",
        caption("a woman wearing a blue kurta with white palazzo pants and a blue dupatta"),
        wearing("a blue kurta with white palazzo pants and a blue dupatta", who="the woman"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        details("kurta", "a mandarin collar with wooden buttons and side pockets", "unsupported"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Blue Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: bottle green straight kurta with a gold embroidered yoke, green trousers, golden organza dupatta; white
    # backdrop, front view. Base caption; spans; trousers details and material by the VQA fallback; closed by
    # reference.
    case(
        "X1051-016",
        caption("a woman in a green kurta with gold embroidery and green pants"),
        wearing("a green kurta with gold embroidery and green pants", who="she"),
        color_of("dupatta", "green", "other_garment_color", kind="open"),
        color_of("trousers", "green", kind="open"),
        describe("kurta", "a green kurta with gold embroidery"),
        details("trousers", "yes", "non_answer"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Anouk Women Green Yoke Design Kurta with Trousers & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: pink anarkali with a silver foil print on the flared panels and sleeves, round neck, pink churidar, pink
    # dupatta held open behind her like wings, small stud earrings only (no necklace, no bangles); white backdrop.
    # Base caption; spans; anarkali details by the VQA fallback; closed by reference.
    case(
        "X1051-017",
        caption("a woman in a pink anarkali dress with a gold necklace and bangles", "unsupported"),
        wearing("a pink anarkali dress with a gold necklace and bangles", "unsupported", who="she"),
        color_of("anarkali", "pink", kind="open"),
        color_of("churidar", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details(
            "anarkali",
            "the anarkali has a silver foil print all over the flared panels and the sleeves with a round neck and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Ahalyaa Women Pink Foil Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: cream straight kurta with a maroon block print and a plain round neck (no mirror work), maroon palazzos,
    # maroon dupatta; white backdrop, front view. Base caption (one color for everything); spans; kurta details by the
    # VQA fallback; closed by reference.
    case(
        "X1051-018",
        caption("a woman wearing a maroon kurta and maroon pants with a maroon scarf", "contradiction"),
        wearing("a maroon kurta and maroon pants with a maroon scarf", "contradiction", who="the woman"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("palazzos", "maroon", kind="open"),
        describe("dupatta", "a maroon scarf"),
        details("kurta", "a maroon print with a mirror work yoke", "unsupported"),
        Q.color("cream"),
        title="Rangriti Women Cream-Coloured & Maroon Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Cream",
        gender="Women",
    ),
    # photo: navy blue anarkali with a gold ethnic print, navy churidar, navy dupatta with a gold border, long
    # sleeves; light grey studio wall behind her. Base caption; spans (the churidar got the wall's grey); churidar
    # describe by the VQA fallback; closed by reference.
    case(
        "X1051-019",
        caption("a woman in a navy blue dress with gold print standing in front of a grey wall"),
        wearing("a navy blue dress with gold print", who="the person"),
        color_of("anarkali", "navy blue", kind="open"),
        color_of("churidar", "grey", "contradiction", kind="open"),
        color_of("dupatta", "navy blue", kind="open"),
        describe("churidar", "a churidar", "restated"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeves"),
        title="Libas Women Navy Blue Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea green straight kurta with white chikankari embroidery, white palazzos, no dupatta, hand on hip;
    # white backdrop. Base caption; spans; details and material by the VQA fallback; closed by reference.
    case(
        "X1051-020",
        caption("a woman wearing a green and white outfit"),
        wearing("a green and white outfit", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "green", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta details are the kurta details are the kurta details are the kurta details are the kurta",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What", "leak", hit_limit=True
        ),
        Q.pattern("embroidered"),
        title="Vishudh Women Sea Green Embroidered Kurta with Palazzos",
        category=KS,
        color="Sea Green",
        gender="Women",
    ),
    # photo: black straight kurta with a red-and-gold bandhani print, red palazzos, red dupatta with black bandhani
    # dots; white backdrop, front view. Base caption; spans; dupatta details by the VQA fallback; closed by reference
    # (red, the palazzos' color, for the garment; "no" to the kurta).
    case(
        "X1051-021",
        caption("a woman wearing a black and red outfit with a red dupatta"),
        wearing("a black and red outfit with a red dupatta", who="she"),
        color_of("kurta", "black and red", kind="open"),
        color_of("palazzos", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        details("dupatta", "his dupatta is red with black dots", "pronoun"),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        title="Sangria Women Black & Red Bandhani Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: off-white hip-length kurta with a pink floral print, plain round neck (no tie-up, no tassels), pink
    # sharara, pink dupatta; white backdrop, front view. Base caption; spans; kurta details by the VQA fallback;
    # closed by reference (a shirt for the short kurta).
    case(
        "X1051-022",
        caption("a woman in a white top with pink flowers and pink pants"),
        wearing("a white top with pink flowers and pink pants", who="the woman"),
        color_of("kurta", "white", kind="open"),
        color_of("sharara", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("sharara", "pink pants"),
        details("kurta", "a tie-up neck with tassels and a front slit", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Anouk Women Off-White & Pink Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Off White",
        gender="Women",
    ),
    # photo: mustard yellow solid anarkali in a matte cotton with long sleeves, mustard churidar, green dupatta; white
    # backdrop, front view. Base caption (a man); spans; material by the VQA fallback (silk); closed by reference
    # (the dupatta's green for the garment; sleeveless).
    case(
        "X1051-023",
        caption("a man in a yellow dress with a green scarf", "pronoun"),
        wearing("a yellow dress with a green scarf", who="she"),
        color_of("anarkali", "yellow", kind="open"),
        color_of("churidar", "yellow", kind="open"),
        color_of("dupatta", "green", kind="open"),
        Q.color("green", "other_garment_color"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Biba Women Mustard Yellow Solid Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: charcoal grey straight kurta with a silver-grey print, black palazzos, grey dupatta; white backdrop,
    # front view. Base caption; spans; dupatta color and material by the VQA fallback; closed by reference (a dress
    # for a knee-length straight kurta).
    case(
        "X1051-024",
        caption("a woman wearing a black and grey kurta with black pants"),
        wearing("a black and grey kurta with black pants", who="the woman"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        color_of("palazzos", "black", kind="open"),
        color_of(
            "dupatta",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.garment_type("dress", "contradiction"),
        Q.material(
            "Question: What material is the garment made of? Answer: rayon Question: What material is the garment",
            "leak",
            hit_limit=True,
        ),
        title="W Women Charcoal Grey Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Charcoal",
        gender="Women",
    ),
    # photo: teal anarkali with a gold foil print on the yoke and sleeves, keyhole round neck, flared hem, teal
    # churidar, teal dupatta with a gold border, the model twirling; white backdrop. Base caption (a beach); spans;
    # details by the VQA fallback; closed by reference.
    case(
        "X1051-025",
        caption("a woman in a teal dress twirling on a beach", "unsupported"),
        wearing("a teal dress twirling on a beach", "unsupported", who="she"),
        color_of("anarkali", "teal", kind="open"),
        color_of("churidar", "teal", kind="open"),
        details(
            "anarkali",
            "it has a flared hem with gold foil print on the yoke and the sleeves and a round neckline with a keyhole "
            "and a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Aurelia Women Teal Printed Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Teal",
        gender="Women",
    ),
    # photo: white cotton straight kurta with red thread embroidery at the neck, white trousers, red dupatta; white
    # backdrop, front view. Base caption; spans; material by the VQA fallback; closed by reference (grey for the
    # white kurta).
    case(
        "X1051-026",
        caption("a woman wearing a white kurta with red embroidery and a red dupatta"),
        wearing("a white kurta with red embroidery and a red dupatta", who="she"),
        color_of("kurta", "white", kind="open"),
        color_of("trousers", "white", kind="open"),
        color_of("dupatta", "red", kind="open"),
        describe("dupatta", "a red dupatta"),
        Q.material("cotton"),
        Q.color("grey", "contradiction"),
        title="Vishudh Women White Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: magenta anarkali with gold gota patti trim, gold churidar, magenta dupatta; white backdrop, front view.
    # Base caption (purple for magenta); spans; dupatta describe by the VQA fallback ("no"); closed by reference.
    case(
        "X1051-027",
        caption("a woman in a purple dress with gold trim", "contradiction"),
        wearing("a purple dress with gold trim", "contradiction", who="the woman"),
        color_of("anarkali", "purple", "contradiction", kind="open"),
        color_of("churidar", "gold", kind="open"),
        describe("dupatta", "no", "non_answer"),
        Q.color("magenta"),
        title="Varanga Women Magenta Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Magenta",
        gender="Women",
    ),
    # photo: olive green straight kurta with a black print, black palazzos, olive dupatta, a tan handbag on her arm;
    # white backdrop, front view. Base caption; spans (the dupatta got the palazzos' black); closed by reference.
    case(
        "X1051-028",
        caption("a woman wearing a green top and black pants with his handbag", "pronoun"),
        wearing("a green top and black pants", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("palazzos", "black", kind="open"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        describe("kurta", "a green top"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Indo Era Women Olive Green Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Olive",
        gender="Women",
    ),
    # photo: sky blue anarkali with white chikankari embroidery, white churidar, white dupatta; white backdrop, front
    # view. Base caption; spans; material by the VQA fallback; closed by reference.
    case(
        "X1051-029",
        caption("a woman in a blue and white dress with embroidery on it"),
        wearing("a blue and white dress with embroidery on it", who="she"),
        color_of("anarkali", "blue", kind="open"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        details("anarkali", "embroidery on it"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Ada Women Blue Chikankari Embroidered Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: knee-length straight kurta in red and white vertical stripes, mandarin collar, no pockets, white
    # trousers, no dupatta, a sling bag; white backdrop, front view. Base caption (a shirt); spans; trousers describe
    # and kurta details by the VQA fallback; closed by reference.
    case(
        "X1051-030",
        caption("a woman wearing a red and white striped shirt and white pants", "contradiction"),
        wearing("a red and white striped shirt and white pants", "contradiction", who="the woman"),
        color_of("kurta", "red and white", kind="open"),
        color_of("trousers", "white", kind="open"),
        describe("trousers", "trousers", "restated"),
        details("kurta", "a collar with a pocket on the chest", "unsupported"),
        Q.pattern("striped"),
        Q.garment_type("kurta"),
        title="Sangria Women Red & White Striped Kurta with Trousers",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: lime green straight kurta with mirror work on the yoke only (plain sleeves), lime green sharara, pink
    # dupatta; white backdrop, front view. Base caption (sequins on the sleeves); spans; material by the VQA fallback
    # ("none").
    case(
        "X1051-031",
        caption("a woman in a green outfit with a pink scarf and sequins on the sleeves", "unsupported"),
        wearing("a green outfit with a pink scarf and sequins on the sleeves", "unsupported", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("sharara", "pink", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        details("kurta", "sequins on the sleeves", "unsupported"),
        Q.material("none", "non_answer"),
        title="Aurelia Women Lime Green Mirror Work Kurta with Sharara & Dupatta",
        category=KS,
        color="Lime Green",
        gender="Women",
    ),
    # photo: burgundy velvet anarkali with a gold zari neckline, burgundy churidar, gold dupatta with a zari border and
    # tassels at the corners; white backdrop, front view. Base caption; spans (the churidar got the dupatta's gold);
    # dupatta describe by the VQA fallback; closed by reference.
    case(
        "X1051-032",
        caption("a woman in a red velvet dress with a gold scarf"),
        wearing("a red velvet dress with a gold scarf", who="she"),
        color_of("anarkali", "red", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        describe(
            "dupatta",
            "a gold dupatta with a zari border on both ends and tassels at the corners of the dupatta and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        is_a("kurta", "yes"),
        title="Anouk Women Burgundy Solid Velvet Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Burgundy",
        gender="Women",
    ),
    # photo: beige straight kurta with a brown floral print, brown palazzos, beige dupatta; white backdrop, front view.
    # Base caption (brown for everything); spans; dupatta describe by the VQA fallback; closed by reference (solid for
    # a print).
    case(
        "X1051-033",
        caption("a woman wearing a brown kurta and brown pants", "contradiction"),
        wearing("a brown kurta and brown pants", "contradiction", who="the woman"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        color_of("palazzos", "brown", kind="open"),
        color_of("dupatta", "brown", "other_garment_color", kind="open"),
        describe("dupatta", "beige Question: Describe the dupatta. Answer: beige", "leak"),
        Q.color("beige"),
        Q.pattern("solid", "contradiction"),
        title="Libas Women Beige & Brown Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Beige",
        gender="Women",
    ),
    # photo: coral orange solid anarkali with white lace at the hem, white churidar, no dupatta, juttis; white
    # backdrop, front view. Base caption; spans; all right.
    case(
        "X1051-034",
        caption("a woman in an orange dress with white lace and white leggings"),
        wearing("an orange dress with white lace and white leggings", who="she"),
        color_of("anarkali", "orange", kind="open"),
        color_of("churidar", "white", kind="open"),
        describe("churidar", "white leggings"),
        details("anarkali", "white lace"),
        title="W Women Coral Solid Anarkali Kurta with Churidar",
        category=KS,
        color="Orange",
        gender="Women",
    ),
    # photo: purple straight kurta with silver zari woven stripes, purple trousers, purple dupatta with silver border,
    # hands clasped in front (no pockets); white backdrop. Base caption (pockets); spans; trousers color by the VQA
    # fallback; closed by reference (blue for purple).
    case(
        "X1051-035",
        caption("a woman wearing a purple kurta with her hands in her pockets", "unsupported"),
        wearing("a purple kurta with her hands in her pockets", "unsupported", who="the woman"),
        color_of("kurta", "purple", kind="open"),
        color_of(
            "trousers",
            "purple Question: What is the color of the dupatta? Answer: purple Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "purple", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("blue", "contradiction"),
        title="Varanga Women Purple Woven Design Kurta with Trousers & Dupatta",
        category=KS,
        color="Purple",
        gender="Women",
    ),
    # photo: yellow straight kurta with white gota lace at the neck, plain sleeves (no mirror work), white palazzos,
    # bandhani dupatta in pink, yellow and green; white backdrop, front view. Base caption; spans (the palazzos got
    # the kurta's yellow); describe, details and material by the VQA fallback; closed by reference (the palazzos'
    # white for the garment).
    case(
        "X1051-036",
        caption("a woman in a yellow kurta with a colorful dupatta"),
        wearing("a yellow kurta with a colorful dupatta", who="she"),
        color_of("kurta", "yellow", kind="open"),
        color_of("palazzos", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "colorful", kind="open"),
        describe("palazzos", "palazzos", "restated"),
        details("kurta", "gota lace on the neck and mirror work on the sleeves", "unsupported"),
        Q.color("white", "other_garment_color"),
        Q.material("yes", "non_answer"),
        title="KALINI Women Yellow Gotta Patti Kurta with Palazzos & Dupatta",
        category=KS,
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white polka dots, white trousers, no dupatta; white backdrop, front view.
    # Base caption; spans; describe (started with the prompt's tail) and trousers details by the VQA fallback; closed
    # by reference.
    case(
        "X1051-037",
        caption("a woman wearing a blue polka dot top and white pants"),
        wearing("a blue polka dot top and white pants", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("trousers", "white", kind="open"),
        describe("kurta", "Answer: a blue kurta with white polka dots", "leak"),
        details(
            "trousers",
            "straight fit, straight fit, straight fit, straight fit, straight fit, straight fit, straight fit, "
            "straight",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        Q.garment_type("kurta"),
        title="Janasya Women Navy Blue & White Polka Dot Printed Kurta with Trousers",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: gold-toned foil tissue kurta with a shimmer, green sharara, green dupatta with a gold border; white
    # backdrop, front view. Base caption; spans; sharara describe and material (silk) by the VQA fallback; closed by
    # reference.
    case(
        "X1051-038",
        caption("a woman in a gold and green outfit with a green dupatta"),
        wearing("a gold and green outfit with a green dupatta", who="she"),
        color_of("kurta", "gold", kind="open"),
        color_of("sharara", "gold", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        describe("sharara", "sharara pants", "restated"),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Sangria Women Gold-Toned & Green Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Gold",
        gender="Women",
    ),
    # photo: white straight kurta with multicolored thread embroidery at the neck and hem, white palazzos, dupatta
    # striped in pink, orange and green with a thin gold border; white backdrop, front view. Base caption; spans;
    # dupatta describe by the VQA fallback; closed by reference. The feed row has no color column.
    case(
        "X1051-039",
        caption("a woman wearing a white kurta with colorful embroidery and white pants"),
        wearing("a white kurta with colorful embroidery and white pants", who="the woman"),
        color_of("kurta", "white", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        details("kurta", "colorful embroidery"),
        describe(
            "dupatta",
            "the dupatta is striped in pink and orange and green with a thin gold border along the edges and",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        title="Ada Women White Embroidered Kurta with Palazzos & Dupatta",
        category=KS,
        gender="Women",
    ),
    # photo: maroon anarkali with a mustard ethnic print, long sleeves, maroon churidar, mustard dupatta with plain
    # edges; white backdrop, front view. Base caption; spans; dupatta describe and material (empty) by the VQA
    # fallback; closed by reference. The feed row has no category column.
    case(
        "X1051-040",
        caption("a woman in a maroon dress with a yellow scarf standing on a white background"),
        wearing("a maroon dress with a yellow scarf", who="she"),
        color_of("anarkali", "maroon", kind="open"),
        color_of("churidar", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", kind="open"),
        describe("dupatta", "a yellow dupatta with a pom pom border", "unsupported"),
        Q.material("", "non_answer"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Maroon & Mustard Printed Anarkali Kurta with Churidar & Dupatta",
        color="Maroon",
        gender="Women",
    ),
    # photo: black straight kurta with white embroidery, black palazzos, white dupatta, empty hands; white backdrop,
    # front view. Base caption (a purse); spans (the palazzos got the dupatta's white); closed by reference (a dress
    # for the knee-length kurta).
    case(
        "X1051-041",
        caption("a woman in a black dress with a white scarf and a black purse", "unsupported"),
        wearing("a black dress with a white scarf and a black purse", "unsupported", who="she"),
        color_of("kurta", "black", kind="open"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("dupatta", "white", kind="open"),
        describe("dupatta", "a white scarf"),
        Q.garment_type("dress", "contradiction"),
        title="W Women Black Embroidered Kurta with Palazzos & Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: pastel pink solid anarkali in a matte cotton, white churidar, pink dupatta; white backdrop, front view.
    # Base caption; spans; dupatta details and material (silk) by the VQA fallback; closed by reference (floral for a
    # solid). The feed row has no gender column.
    case(
        "X1051-042",
        caption("a woman in a pink dress with a pink scarf and white pants"),
        wearing("a pink dress with a pink scarf and white pants", who="she"),
        color_of("anarkali", "pink", kind="open"),
        color_of("churidar", "white", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        Q.pattern("floral", "contradiction"),
        details("dupatta", "the dupatta", "restated"),
        Q.material("silk", "unsupported"),
        title="Aurelia Women Pink Solid Anarkali Kurta with Churidar & Dupatta",
        category=KS,
        color="Pink",
    ),
    # photo: turquoise blue straight kurta with a white and pink floral print, plain hem (no lace), no pockets, white
    # palazzos, turquoise dupatta; white backdrop, front view. Base caption; spans; kurta details and material by the
    # VQA fallback; closed by reference (green for turquoise).
    case(
        "X1051-043",
        caption("a woman in a blue floral kurta and white pants with a blue dupatta"),
        wearing("a blue floral kurta and white pants with a blue dupatta", who="she"),
        color_of("kurta", "blue", kind="open"),
        color_of("palazzos", "white", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        describe("kurta", "a blue floral kurta"),
        details("kurta", "a floral print with a lace trim at the hem and side pockets", "unsupported"),
        Q.color("green", "contradiction"),
        Q.material(
            "cotton and the palazzos are white and the palazzos are white and the palazzos are white and the",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Turquoise Blue Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: peach straight kurta with white thread embroidery, peach trousers, peach dupatta draped over her left
    # shoulder, hands resting on her lap, the model seated on a wooden chair; white backdrop. Base caption; spans;
    # describe, material and dupatta details by the VQA fallback; closed by reference (striped for embroidery).
    case(
        "X1051-044",
        caption("a woman sitting on a chair wearing a pink kurta and pink pants"),
        wearing("a pink kurta and pink pants", who="the woman"),
        color_of("kurta", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        describe("kurta", "it is a kurta", "restated"),
        Q.material("Answer: cotton", "leak"),
        details("dupatta", "he is holding the dupatta in his hand", "pronoun"),
        Q.pattern("striped", "contradiction"),
        title="Vishudh Women Peach-Coloured Embroidered Kurta with Trousers & Dupatta",
        category=KS,
        color="Peach",
        gender="Women",
    ),
    # photo: black anarkali with a white print, white palazzos, no dupatta; white backdrop, front view. Base caption
    # (black leggings); spans; palazzos describe by the VQA fallback ("yes"); closed by reference ("no" to the kurta).
    case(
        "X1051-045",
        caption("a woman in a black and white dress with black leggings", "contradiction"),
        wearing("a black and white dress with black leggings", "contradiction", who="she"),
        color_of("anarkali", "black and white", kind="open"),
        color_of("palazzos", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("palazzos", "yes", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Jaipur Kurti Women Black & White Printed Anarkali Kurta with Palazzos",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no model: red solid kurta, red palazzos and red dupatta with a gold border laid out on a white
    # surface, the kurta plain (no embroidery). Base caption; spans (the dupatta got the surface's white); kurta
    # describe by the VQA fallback; closed by reference.
    case(
        "X1051-046",
        caption("a red kurta and pants laid out on a white surface"),
        wearing("a red kurta and pants", who="she"),
        color_of("kurta", "red", kind="open"),
        color_of("palazzos", "red", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        describe("kurta", "a red kurta with gold embroidery on the yoke", "unsupported"),
        Q.garment_type("kurta"),
        title="Indo Era Women Red Solid Kurta with Palazzos & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
]
