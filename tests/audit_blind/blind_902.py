"""BLIND_902 (46 products; Myntra kurta sets, anarkalis, caption then QA): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 89/136 failures found (65.4%) and 15/192 correct texts flagged
(7.8%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra-like women's ethnic-wear feed: kurta sets (kurta with trousers, palazzos,
sharara, salwar or dhoti pants, with or without a dupatta), anarkali suits (flared anarkali kurta with churidar and
dupatta) and a few kurta-only listings where the model wears her own leggings or jeans. Catalog photos: the model on
a white or light grey studio backdrop, mostly front, full length; a few lifestyle shots (pastel wall, cane chair,
side table with a vase, potted plant) and one back view. The job captions each photo, then answers its questions;
each piece of the set gets its own color question (kurta, bottom, dupatta), asked of every product whether or not
the listing has that piece.

Who wrote what: captions come from two adapters. Most come from the retrained mixed caption+VQA adapter (masked
labels, stops on the newline): short BLIP-2 style sentences with hue names ("a woman in a maroon kurta with ..."),
which now and then runs on into the `Question: ... Answer:` format it was trained on. One batch (products 2, 4, 6,
9, 11, 14, 17, 19, 22, 24, 26, 30, 33, 36, 38, 41, 44, 46) was captioned with the old published caption adapter
(Data2_V2_Blip2_Finetune_Caption, epoch 3), which learned no end token: DeepFashion template sentences ("the lady
is wearing a medium-sleeve top with floral patterns. the pants ... are of long length"), no kurta, no hue words,
every caption runs to the 50-token limit and either loops or is cut. "What is she wearing?" is free generation by
the untuned base BLIP-2 OPT-2.7b (short, stops on the newline; wrong pronouns, "dress" for any kurta, sometimes
"yes"). "Describe the ..." is free generation by the mixed adapter (30 tokens; invents trims, echoes the question,
sometimes leaks the prompt format or loops). "What are the ... details?", the material question and the few open
color questions are extractive QA (mdeberta-v3-base-squad2) over the caption: each answer is a span copied from the
caption, or empty when the model found no answer, so it inherits the caption's errors, loops and cut ends. Closed
questions (per-piece colors by default, garment type, pattern, sleeve length, "Is this a ...?") are the reference
engine: one candidate value, never looping or cut.

Labeling conventions and judgement calls:
- One label per text. A caption that both loops or is cut and says something wrong is labelled by its form (loop,
  cut), which made it unusable first; every old-adapter caption has hit_limit=True.
- An extractive span inherits the fault it copies: a span that ends where a cut caption ends is "cut" (hit_limit
  False: the QA model did not run out of tokens), a span with the repeated clause is "loop", a span holding
  "Answer: ..." is "leak". A span that copies only the correct part of a faulty caption is correct.
- An empty extractive answer, a one-word or yes/no reply to an open question, a span naming the backdrop view ("the
  back") are non_answer. "restated" is an answer that echoes the question back ("the sharara is a sharara",
  "describe the anarkali kurta").
- "dress" or "gown" in free text for a flared, floor-length anarkali is correct (Myntra itself says anarkali dress);
  "dress" for a straight or A-line kurta worn over trousers, "shirt" for any kurta (even a shirt-collar one), and the
  closed garment type "dress"/"shirt" when "kurta" was a candidate are contradictions. "top", "tunic", "kurta set"
  are correct. A dupatta called a scarf is correct; churidar called leggings is correct.
- Colors: shade words of the same hue are correct (maroon as red, rust as orange, mauve as purple, navy as blue,
  cream or off white as white). A matching bottom given the kurta's color is correct. A piece given the color of
  another piece of the outfit is other_garment_color; a color that belongs to no piece (the wall, a print color for a
  piece that does not have it, a plain wrong hue) is contradiction. For a "Multi" kurta the dominant ground color is
  correct.
- A color or detail for a piece the photo does not show (a dupatta question on a listing without one) is
  unsupported, as are invented trims, pockets, tassels, jewellery, handbags and materials the title does not give. A
  material that contradicts the title's material is contradiction; one the title confirms is correct.
- A prop given as the garment's detail (the vase, the wall) is contradiction, not unsupported: the thing exists.
- Pronoun: "he"/"his"/"a man" for the women's model, in a caption or an answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_902 = [
    # photo: maroon straight kurta with gold foil ethnic-motif print, maroon trousers, maroon dupatta with gold foil
    # print draped on the left shoulder, gold juttis, white backdrop, front full length. Caption: mixed adapter.
    case(
        "X902-001",
        caption("a woman wearing a maroon kurta with gold print, maroon trousers and a dupatta"),
        wearing("a maroon kurta and a maroon scarf", who="she"),
        color_of("kurta", "maroon"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "maroon"),
        details("kurta", "gold print"),
        Q.pattern("solid", failure="contradiction"),
        describe("kurta", "the kurta is a kurta with a kurta", failure="restated"),
        title="Anouk Women Maroon & Gold-Toned Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender=W,
    ),
    # photo: pink floral-print A-line cotton kurta with three-quarter sleeves, white palazzos, pink floral dupatta
    # held out at one edge, white backdrop, front. Caption: old caption adapter (loops).
    case(
        "X902-002",
        caption(
            "the lady is wearing a medium-sleeve dress with floral patterns. the dress is of long length. the pants"
            " are of long length. the pants are of long length. the pants are of long length. the pants are of long",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a pink floral kurta and white pants", who="she"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", failure="other_garment_color"),
        color_of("dupatta", "pink"),
        details("kurta", "floral patterns"),
        Q.material("", failure="non_answer"),
        title="Libas Women Pink Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
    # photo: mustard yellow flared calf-length anarkali kurta, plain yoke, green printed hem border, green churidar,
    # green dupatta with small mustard bootis, jhumkas, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-003",
        caption("a woman in a yellow anarkali dress with green churidar and a green dupatta"),
        wearing("a yellow and green anarkali suit", who="she"),
        color_of("kurta", "green", failure="other_garment_color"),
        color_of("churidar", "green"),
        color_of("dupatta", "green"),
        Q.garment_type("kurta"),
        describe(
            "anarkali kurta",
            "the anarkali kurta is a long flared kurta with a green border and gold embroidery on the yoke",
            failure="unsupported",
        ),
        title="Biba Women Mustard Yellow & Green Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender=W,
    ),
    # photo: navy blue straight kurta with small white geometric print, three-quarter sleeves, round neck; kurta-only
    # listing, the model wears her own white slim trousers and tan flats; white backdrop, front. Old caption adapter.
    case(
        "X902-004",
        caption(
            "the female is wearing a medium-sleeve top with graphic patterns. the top is with cotton fabric and its"
            " neckline is round. the pants the female wears is of long length. the pants are with cotton fabric and"
            " pure",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pants", who="she"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", failure="other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton fabric", failure="unsupported"),
        is_a("kurta", "yes"),
        title="W Women Navy Blue Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender=W,
    ),
    # photo: teal solid straight kurta with gold thread embroidery around the neckline, three-quarter sleeves, teal
    # palazzos, no dupatta, hand on hip, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-005",
        caption("a woman wearing a teal kurta and palazzo pants with a gold embroidered neckline"),
        wearing("yes", who="she", failure="non_answer"),
        color_of("kurta", "teal"),
        color_of("palazzos", "teal"),
        color_of("dupatta", "gold", failure="unsupported"),
        details("kurta", "gold embroidered neckline"),
        Q.pattern("solid"),
        title="Sangria Women Teal Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender=W,
    ),
    # photo: navy blue straight kurta with silver thread embroidery on the yoke, full sleeves, navy trousers, navy
    # net dupatta with silver border, white backdrop, front. Caption: old caption adapter (loops).
    case(
        "X902-006",
        caption(
            "the lady is wearing a long-sleeve dress with embroidered, embroidered, embroidered, embroidered,"
            " embroidered, embroidered, embroidered, embroidered, embroidered, embroidered, embroidered, embroidered",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue dress", who="she", failure="contradiction"),
        color_of("kurta", "navy blue"),
        color_of("dupatta", "navy blue"),
        details("kurta", "embroidered, embroidered, embroidered, embroidered, embroidered", failure="loop"),
        Q.sleeve_length("long sleeves"),
        title="Indo Era Women Navy Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender=W,
    ),
    # photo: off-white cotton kurta with blue floral block print, round neck, no pockets, blue trousers, no dupatta;
    # lifestyle shot on a beige backdrop next to a potted plant, front. Caption: mixed adapter.
    case(
        "X902-007",
        caption("a woman in a white and blue printed kurta with blue pants standing next to a plant"),
        wearing("a white kurta and blue pants", who="she"),
        color_of("kurta", "off white"),
        color_of("trousers", "off white", failure="other_garment_color"),
        details("kurta", "white and blue printed"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "the kurta is white with blue floral print and a mandarin collar and a pocket on the chest",
            failure="unsupported",
        ),
        title="Jaipur Kurti Women Off-White & Blue Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
        gender=W,
    ),
    # photo: green flared floor-length anarkali kurta with pink and white floral print, full sleeves; kurta-only
    # listing, the model wears her own white leggings; no dupatta; white backdrop, front. Caption: mixed adapter.
    case(
        "X902-008",
        caption(
            "a woman wearing a green floral anarkali dress Question: what is the color of the dupatta? Answer: green",
            failure="leak",
        ),
        wearing("a green floral dress", who="she"),
        color_of("kurta", "green"),
        color_of("leggings", "green", failure="other_garment_color"),
        Q.garment_type("dress", failure="contradiction"),
        details("kurta", "green floral"),
        title="KALINI Women Green & Pink Floral Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender=W,
    ),
    # photo: peach V-neck kurta with gota yoke embroidery, three-quarter sleeves, peach trousers, peach dupatta with
    # gota border, model turned three-quarters, white backdrop. Caption: old caption adapter (cut).
    case(
        "X902-009",
        caption(
            "the female is wearing a medium-sleeve top with pure color patterns. the top is with cotton fabric and"
            " its neckline is v-shape. the pants the female wears is of long length. the pants are with cotton"
            " fabric and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a peach kurta with a dupatta", who="she"),
        color_of("kurta", "peach"),
        color_of("dupatta", "white", failure="contradiction"),
        Q.material("cotton fabric", failure="unsupported"),
        details("kurta", "v-shape"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Varanga Women Peach-Coloured Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender=W,
    ),
    # photo: black straight kurta with multicolour floral thread embroidery on the yoke, full sleeves, black
    # palazzos, no dupatta, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-010",
        caption("a man in a black kurta with colorful embroidery and black pants", failure="pronoun"),
        wearing("she is wearing a black kurta with flowers on it", who="she"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        Q.pattern("embroidered"),
        details("kurta", "colorful embroidery"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Ishin Women Black Floral Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender=W,
    ),
    # photo: rust kurta with white vertical stripes, three-quarter sleeves, white trousers, no dupatta, white
    # backdrop, front. Caption: old caption adapter (loops).
    case(
        "X902-011",
        caption(
            "the lady is wearing a medium-sleeve top with striped patterns. the top is with cotton fabric. the pants"
            " are with cotton fabric. the pants are with cotton fabric. the pants are with cotton fabric. the pants"
            " are",
            failure="loop",
            hit_limit=True,
        ),
        wearing("an orange striped kurta and white pants", who="she"),
        color_of("kurta", "rust"),
        color_of("trousers", "rust", failure="other_garment_color"),
        Q.pattern("striped"),
        Q.material("cotton fabric"),
        details("trousers", "the pants are with cotton fabric. the pants are with cotton fabric", failure="loop"),
        title="AHIKA Women Rust & White Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Rust",
        gender=W,
    ),
    # photo: off-white chikankari kurta (white thread embroidery all over), long sleeves, off-white palazzos, pink
    # dupatta with a white lace border, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-012",
        caption("a woman wearing a white kurta with white palazzos and a pink dupatta"),
        wearing("a white kurta and pink scarf", who="she"),
        color_of("kurta", "pink", failure="other_garment_color"),
        color_of("palazzos", "off white"),
        color_of("dupatta", "pink"),
        describe("kurta", "the kurta is white with white embroidery all over and long sleeves"),
        Q.pattern("embroidered"),
        describe(
            "dupatta", "the dupatta is pink with a white border and white pom poms on the edges", failure="unsupported"
        ),
        title="GERUA Women Off-White Chikankari Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender=W,
    ),
    # photo: magenta flared anarkali with gold foil print, magenta churidar, magenta dupatta with gold foil print and
    # border, model mid-twirl, no bag, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-013",
        caption(
            "a woman in a pink anarkali gown with gold print and a pink dupatta holding a clutch",
            failure="unsupported",
        ),
        wearing("a pink dress", who="she"),
        color_of("kurta", "magenta"),
        color_of("churidar", "magenta"),
        color_of("dupatta", "magenta"),
        details("dupatta", "gold print"),
        describe(
            "anarkali kurta",
            "the anarkali kurta is pink with gold print and a flared hem and a flared hem and a flared hem and a"
            " flared hem and a flared",
            failure="loop",
            hit_limit=True,
        ),
        title="Mitera Women Magenta & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender=W,
    ),
    # photo: lavender straight kurta with white floral print, round neck, three-quarter sleeves, white palazzos, no
    # dupatta, no jewellery, light grey backdrop, front. Caption: old caption adapter (cut).
    case(
        "X902-014",
        caption(
            "the lady is wearing a medium-sleeve top with floral patterns. it has a round neckline. the pants this"
            " lady wears is of long length. the pants are with cotton fabric and pure color patterns. there is an"
            " accessory on her",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and white pants", who="she", failure="contradiction"),
        color_of("kurta", "lavender"),
        color_of("palazzos", "white"),
        Q.garment_type("kurta"),
        details("palazzos", "pure color patterns"),
        Q.material("cotton fabric", failure="unsupported"),
        title="Rain & Rainbow Women Lavender Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
        gender=W,
    ),
    # photo: mustard solid straight kurta, three-quarter sleeves, white trousers with lace hem, white dupatta with
    # mustard tassels, no jewellery, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-015",
        caption(
            "a woman in a yellow kurta, white pants and a white dupatta with silver jhumkas", failure="unsupported"
        ),
        wearing("a yellow kurta and white pants", who="she"),
        color_of("kurta", "mustard"),
        color_of("trousers", "mustard", failure="other_garment_color"),
        color_of("dupatta", "white"),
        describe("dupatta", "the dupatta is white with yellow tassels on the edges"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Janasya Women Mustard Yellow Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender=W,
    ),
    # photo: red flared anarkali with gold print all over, round neck, full sleeves, red churidar, gold-toned tissue
    # dupatta with red border, jhumkas, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-016",
        caption("a woman in a red anarkali dress with a gold dupatta and red leggings"),
        wearing("he is wearing a red and gold dress", who="she", failure="pronoun"),
        color_of("kurta", "red"),
        color_of("dupatta", "red", failure="other_garment_color"),
        color_of("churidar", "red"),
        describe("anarkali kurta", "the anarkali is red with gold print all over and a round neck and long sleeves"),
        Q.pattern("printed"),
        title="Khushal K Women Red & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender=W,
    ),
    # photo: sea green straight kurta with white floral print, three-quarter sleeves, white palazzos, no dupatta,
    # model in side view, white backdrop. Caption: old caption adapter (loops).
    case(
        "X902-017",
        caption(
            "the lady is wearing a medium-sleeve top with floral patterns and floral patterns and floral patterns and"
            " floral patterns and floral patterns and floral patterns and floral patterns and floral patterns and"
            " floral",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a green kurta with white pants", who="she"),
        color_of("kurta", "sea green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", failure="unsupported"),
        details("kurta", "floral patterns"),
        describe(
            "kurta",
            "the kurta is green with white flowers Question: Describe the kurta. Answer: the kurta is green with white",
            failure="leak",
            hit_limit=True,
        ),
        title="AURELIA Women Sea Green & White Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
        gender=W,
    ),
    # photo: black and white ikat-print straight kurta, long sleeves, black trousers, no bag, no dupatta, white
    # backdrop, front. Caption: mixed adapter.
    case(
        "X902-018",
        caption(
            "a woman wearing a black and white printed kurta with black pants and a black handbag",
            failure="unsupported",
        ),
        wearing("a black and white kurta", who="she"),
        color_of("kurta", "black"),
        color_of("trousers", "black"),
        Q.pattern("striped", failure="contradiction"),
        describe("kurta", "yes", failure="non_answer"),
        title="Vishudh Women Black & White Ikat Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender=W,
    ),
    # photo: royal blue flared anarkali with white thread-embroidered yoke, full sleeves, white churidar, white
    # dupatta with blue border, glass bangles on one wrist, white backdrop, front. Old caption adapter (cut).
    case(
        "X902-019",
        caption(
            "the female is wearing a long-sleeve dress with pure color patterns. the dress is of long length. the"
            " neckline of it is round. there is an accessory on her wrist. the pants the female wears is of long"
            " length and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue dress and white leggings", who="she"),
        color_of("kurta", "blue"),
        color_of("churidar", "blue", failure="other_garment_color"),
        color_of("dupatta", "white"),
        Q.sleeve_length("long sleeves"),
        describe("anarkali kurta", "the anarkali kurta is the anarkali kurta", failure="restated"),
        title="Nayo Women Royal Blue Yoke Design Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender=W,
    ),
    # photo: olive green solid straight kurta with mirror work at the neckline, olive trousers, pink, orange and
    # yellow bandhani dupatta with gota border and no tassels, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-020",
        caption("a woman in an olive green kurta and pants with a colorful dupatta"),
        wearing("he is wearing a green kurta", who="she", failure="pronoun"),
        color_of("kurta", "olive"),
        color_of("trousers", "pink", failure="other_garment_color"),
        color_of("dupatta", "multi"),
        describe(
            "dupatta",
            "the dupatta is a bandhani print dupatta with a gota border and tassels",
            failure="unsupported",
        ),
        Q.pattern("solid"),
        title="Stylum Women Olive Green Mirror Work Kurta with Trousers & Bandhani Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender=W,
    ),
    # photo: white cotton kurta with pink floral print, three-quarter sleeves, pink trousers, pink mulmul dupatta held
    # in one hand, white backdrop, front. Caption: mixed adapter (ran into the question format).
    case(
        "X902-021",
        caption(
            "a woman wearing a white floral kurta with pink pants and a pink dupatta. Question: what is the color of"
            " the pants? Answer: pink",
            failure="leak",
        ),
        wearing("a white kurta with pink flowers", who="she"),
        color_of("kurta", "white"),
        color_of("trousers", "pink"),
        color_of("dupatta", "pink", kind="open"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Libas Women White & Pink Floral Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="White",
        gender=W,
    ),
    # photo: purple straight V-neck kurta with gold block print, three-quarter sleeves, purple sharara with gold hem
    # print, purple dupatta with gold print, white backdrop, front. Caption: old caption adapter (cut).
    case(
        "X902-022",
        caption(
            "the lady is wearing a medium-sleeve top with graphic patterns. the top is with cotton fabric and its"
            " neckline is v-shape. the pants this lady wears is of long length. the pants are with cotton fabric and"
            " solid color patterns. there is an accessory in her",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a purple dress and a purple scarf", who="she", failure="contradiction"),
        color_of("kurta", "purple"),
        color_of("sharara", "purple"),
        color_of("dupatta", "gold", failure="contradiction"),
        Q.material("cotton fabric", failure="unsupported"),
        describe("sharara", "the sharara is a sharara", failure="restated"),
        title="Anouk Women Purple Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender=W,
    ),
    # photo: cream A-line kurta with red floral print, three-quarter sleeves, red churidar, red chiffon dupatta, white
    # backdrop, front. Caption: mixed adapter.
    case(
        "X902-023",
        caption("a woman in a white kurta with red flowers and red churidar and a red dupatta"),
        wearing("a kurta", who="she"),
        color_of("kurta", "red", failure="other_garment_color"),
        color_of("churidar", "red"),
        color_of("dupatta", "red"),
        describe(
            "kurta",
            "the kurta is white with red floral print and a red floral print and a red floral print and a red"
            " floral print and a red",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("", failure="non_answer"),
        title="Biba Women Cream-Coloured & Red Floral Print A-Line Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender=W,
    ),
    # photo: green silk-blend straight kurta with gold zari woven stripes, round neck, three-quarter sleeves, green
    # trousers, green organza dupatta with gold border, white backdrop, front. Caption: old caption adapter (loops).
    case(
        "X902-024",
        caption(
            "the lady is wearing a medium-sleeve top with striped patterns. the top is with silk fabric and its"
            " neckline is round. the top is with silk fabric and its neckline is round. the top is with silk fabric"
            " and its",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a green kurta and pants", who="she"),
        color_of("kurta", "green"),
        color_of("dupatta", "green"),
        Q.material("silk fabric"),
        Q.pattern("striped"),
        details(
            "kurta",
            "the top is with silk fabric and its neckline is round. the top is with silk fabric",
            failure="loop",
        ),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Indo Era Women Green Silk Blend Striped Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender=W,
    ),
    # photo: peach flared floor-length anarkali with floral print, plain round neck, no mirror work or tassels;
    # kurta-only listing, the model wears her own white churidar and holds the hem out; white backdrop. Mixed adapter.
    case(
        "X902-025",
        caption("a woman in a peach floral anarkali dress holding the hem of her dress"),
        wearing("he is wearing a pink dress", who="she", failure="pronoun"),
        color_of("kurta", "peach"),
        color_of("churidar", "peach", failure="other_garment_color"),
        Q.garment_type("kurta"),
        details("kurta", "peach floral anarkali"),
        describe(
            "kurta",
            "the kurta is peach with floral print, flared, with a mirror work yoke and tassel tie-ups",
            failure="unsupported",
        ),
        title="KALINI Women Peach-Coloured Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender=W,
    ),
    # photo: navy and white checked cotton kurta with a shirt collar and button placket, long sleeves, knee length,
    # navy trousers, no dupatta, white backdrop, front. Caption: old caption adapter (cut).
    case(
        "X902-026",
        caption(
            "the female is wearing a long-sleeve shirt with lattice patterns. the shirt is with cotton fabric and it"
            " has a shirt collar. the pants the female wears is of long length. the pants are with cotton fabric and"
            " pure",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt and blue pants", who="she", failure="contradiction"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "white", failure="other_garment_color"),
        Q.pattern("checked"),
        Q.material("cotton fabric"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "a navy checked kurta with a collar Question: What is the color of the trousers? Answer: navy",
            failure="leak",
        ),
        title="Sangria Women Navy Blue & White Checked Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender=W,
    ),
    # photo: burgundy velvet straight kurta with gold zari embroidery on the yoke, long sleeves, burgundy palazzos,
    # gold tissue dupatta, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-027",
        caption("a woman in a maroon velvet kurta with gold embroidery and a gold dupatta"),
        wearing("a maroon kurta", who="she"),
        color_of("kurta", "burgundy"),
        color_of("palazzos", "gold", failure="other_garment_color"),
        color_of("dupatta", "gold"),
        Q.material("velvet"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: the kurta is maroon with gold embroidery",
            failure="leak",
        ),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Varanga Women Burgundy Embroidered Velvet Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender=W,
    ),
    # photo: yellow kurta with white bandhani print, yellow palazzos, white dupatta with yellow border; lifestyle
    # shot against a pastel pink wall with an arched doorway, front. Caption: mixed adapter.
    case(
        "X902-028",
        caption("a woman in a yellow kurta and palazzo pants standing in front of a pink wall"),
        wearing("a yellow kurta and yellow pants", who="she"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow"),
        color_of("dupatta", "pink", failure="contradiction"),
        Q.pattern("printed"),
        describe("dupatta", "the dupatta is white with a yellow border"),
        details("kurta", "pink wall", failure="contradiction"),
        title="Jaipur Kurti Women Yellow & White Bandhani Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender=W,
    ),
    # photo: indigo blue dabu-print cotton straight kurta; kurta-only listing, the model wears her own blue jeans;
    # white backdrop, front. Caption: mixed adapter (ran into the question format).
    case(
        "X902-029",
        caption(
            "a woman wearing a blue printed kurta and jeans Question: what is the woman wearing? Answer: a blue"
            " printed kurta and jeans",
            failure="leak",
        ),
        wearing("a blue kurta and jeans", who="she"),
        color_of("kurta", "blue"),
        color_of("jeans", "blue"),
        Q.garment_type("kurta"),
        details("kurta", "Answer: a blue printed kurta and jeans", failure="leak"),
        is_a("kurta", "yes"),
        Q.pattern("solid", failure="contradiction"),
        title="AHIKA Women Blue Dabu Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender=W,
    ),
    # photo: pink sleeveless georgette anarkali with self-colour embroidery at the neckline, pink churidar, pink net
    # dupatta over both arms, white backdrop, front. Caption: old caption adapter (loops).
    case(
        "X902-030",
        caption(
            "the female is wearing a sleeveless dress with pure color patterns. the dress is of long length. the"
            " dress is of long length. the dress is of long length. the dress is of long length. the dress is",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a pink dress", who="she"),
        color_of("kurta", "pink"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        Q.material("", failure="non_answer"),
        describe("anarkali kurta", "the anarkali kurta is a sleeveless anarkali kurta", failure="restated"),
        color_of("dupatta", "pink"),
        title="Mirchi Fashion Women Pink Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
    # photo: white straight kurta with black geometric print, keyhole neckline, three-quarter sleeves, black
    # palazzos, no dupatta, white backdrop, front. Caption: mixed adapter. The feed row has no color.
    case(
        "X902-031",
        caption("a woman wearing a white and black kurta with black pants"),
        wearing("a white shirt and black pants", who="the woman", failure="contradiction"),
        color_of("kurta", "black", failure="other_garment_color"),
        color_of("palazzos", "black"),
        Q.pattern("geometric"),
        describe(
            "kurta", "the kurta is white with black geometric print, a keyhole neckline and three-quarter sleeves"
        ),
        title="Anouk Women White & Black Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        gender=W,
    ),
    # photo: rose pink kurta with gota patti lace at the neckline and hem, rose pink trousers, rose pink dupatta,
    # model seated on a cane chair in the studio, no necklace (small studs only). Caption: mixed adapter.
    case(
        "X902-032",
        caption(
            "a woman sitting on a chair wearing a pink kurta and a pink dupatta with a necklace", failure="unsupported"
        ),
        wearing("he is sitting on a chair", who="she", failure="pronoun"),
        color_of("kurta", "pink"),
        color_of("trousers", "pink"),
        color_of("dupatta", "pink"),
        details("kurta", "a necklace", failure="unsupported"),
        Q.garment_type("kurta"),
        title="Libas Women Rose Pink Gotta Patti Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
    # photo: grey straight kurta with pink floral print, three-quarter sleeves, pink solid trousers, no dupatta,
    # white backdrop, front. Caption: old caption adapter (cut).
    case(
        "X902-033",
        caption(
            "the lady is wearing a medium-sleeve top with floral patterns. the top is with cotton fabric. the pants"
            " this lady wears is of long length. the pants are with cotton fabric and pure color patterns. the lady"
            " wears a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("she is wearing what she is wearing", who="she", failure="restated"),
        color_of("kurta", "pink", failure="other_garment_color"),
        color_of("trousers", "grey", failure="other_garment_color"),
        Q.material("cotton fabric", failure="unsupported"),
        details("trousers", "pure color patterns"),
        title="W Women Grey & Pink Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender=W,
    ),
    # photo: green straight kurta with pink thread embroidery on the yoke only, no lace, pink patiala salwar, pink and
    # green leheriya dupatta, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-034",
        caption("a woman wearing a green kurta with pink pants and a pink and green dupatta"),
        wearing("she is wearing a green dress", who="she", failure="contradiction"),
        color_of("kurta", "green"),
        color_of("salwar", "green", failure="other_garment_color"),
        color_of("dupatta", "pink and green", kind="open"),
        describe(
            "kurta",
            "the kurta is green with pink embroidery on the yoke and sleeves and a pink lace at the hem",
            failure="unsupported",
        ),
        Q.pattern("embroidered"),
        title="Biba Women Green & Pink Embroidered Kurta with Patiala Salwar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender=W,
    ),
    # photo: back view: light blue kurta with white floral print and a tie-up dori at the back of the neck, white
    # palazzos, no dupatta, white backdrop. Caption: mixed adapter.
    case(
        "X902-035",
        caption("the back of a woman wearing a light blue kurta and white pants"),
        wearing("she is wearing a blue kurta with white pants and a white dupatta", who="she", failure="unsupported"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", failure="other_garment_color"),
        describe("kurta", "the kurta is light blue with a white floral print and a tie-up at the back of the neck"),
        details("kurta", "the back", failure="non_answer"),
        Q.pattern("solid", failure="contradiction"),
        title="Rain & Rainbow Women Blue & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender=W,
    ),
    # photo: orange flared anarkali with white floral print, round neck, long sleeves, white churidar, orange dupatta,
    # white backdrop, front. Caption: old caption adapter (loops).
    case(
        "X902-036",
        caption(
            "the lady is wearing a long-sleeve dress with floral patterns. the dress is of long length. it has a"
            " round neckline. it has a round neckline. it has a round neckline. it has a round neckline. it has a",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing an orange dress", who="she", failure="pronoun"),
        color_of("kurta", "orange"),
        color_of("churidar", "white"),
        color_of("dupatta", "white", failure="other_garment_color"),
        Q.material("", failure="non_answer"),
        title="Ishin Women Orange & White Printed Pure Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender=W,
    ),
    # photo: black chanderi straight kurta with gold foil print, no lace, no pockets, black trousers, black dupatta
    # with gold print, white backdrop, front. Caption: mixed adapter. The feed row has no color.
    case(
        "X902-037",
        caption("a woman in a black kurta and pants with a gold and black dupatta"),
        wearing("a black kurta and pants", who="she"),
        color_of("kurta", "black"),
        color_of("trousers", "black"),
        color_of("dupatta", "black"),
        Q.garment_type("shirt", failure="contradiction"),
        describe(
            "kurta",
            "the kurta is black with gold print and a gold lace at the hem and pockets on the sides",
            failure="unsupported",
        ),
        Q.material("", failure="non_answer"),
        title="GERUA Women Black & Gold-Toned Printed Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        gender=W,
    ),
    # photo: red straight V-neck kurta with beige block print, three-quarter sleeves, beige palazzos, no dupatta,
    # model mid-stride, white backdrop. Caption: old caption adapter (cut).
    case(
        "X902-038",
        caption(
            "the female is wearing a medium-sleeve top with graphic patterns. the top is with cotton fabric and its"
            " neckline is v-shape. the female wears a long pants. the pants are with cotton fabric and solid color"
            " patterns. there is a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("red", who="she", failure="non_answer"),
        color_of("kurta", "red"),
        color_of("palazzos", "beige"),
        Q.material("cotton fabric", failure="unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "the kurta is the kurta of the woman", failure="restated"),
        title="Stylum Women Red & Beige Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender=W,
    ),
    # photo: sky blue flared anarkali with white chikankari embroidery, white palazzos, sky blue dupatta, light grey
    # backdrop, front. Caption: mixed adapter (ran into the question format).
    case(
        "X902-039",
        caption("a woman in a blue anarkali dress and white pants Question: Answer: a blue", failure="leak"),
        wearing("a light blue dress", who="she"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", failure="other_garment_color"),
        describe("anarkali kurta", "describe the anarkali kurta", failure="restated"),
        Q.pattern("embroidered"),
        title="Nayo Women Sky Blue Chikankari Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender=W,
    ),
    # photo: maroon straight kurta with white floral print, round neck, short sleeves, side slits, beige dhoti pants,
    # no dupatta, white backdrop, front. Caption: mixed adapter.
    case(
        "X902-040",
        caption("a woman in a maroon kurta with white flowers and beige dhoti pants"),
        wearing("a red kurta and beige pants", who="she"),
        color_of("kurta", "maroon"),
        color_of("dhoti pants", "maroon", failure="other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("short sleeves"),
        details("kurta", "white flowers"),
        is_a("dress", "yes", failure="contradiction"),
        describe(
            "kurta",
            "the kurta is maroon with white floral print all over, short sleeves, a round neckline, a straight hem"
            " and side slits and white",
            failure="cut",
            hit_limit=True,
        ),
        title="Janasya Women Maroon Floral Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Maroon",
        gender=W,
    ),
    # photo: mauve straight kurta with self-colour thread embroidery on the yoke only, long sleeves, round neck, mauve
    # palazzos, mauve net dupatta, white backdrop, front. Caption: old caption adapter (loops).
    case(
        "X902-041",
        caption(
            "the lady is wearing a long-sleeve top with pure color patterns. the top is of long length. it has a"
            " round neckline. it has a round neckline. it has a round neckline. it has a round neckline. it has a"
            " round",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue kurta and pants", who="she", failure="contradiction"),
        color_of("kurta", "mauve"),
        color_of("palazzos", "mauve"),
        color_of("dupatta", "mauve"),
        details("kurta", "a round neckline"),
        describe(
            "kurta", "the kurta is purple with silver embroidery on the yoke and the sleeves", failure="unsupported"
        ),
        title="Sangria Women Mauve Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender=W,
    ),
    # photo: white-ground flared anarkali with red and green floral print and a printed hem border, round neck, long
    # sleeves; kurta-only listing, the model wears her own white leggings; white backdrop, front. Mixed adapter.
    case(
        "X902-042",
        caption("a woman in a white floral dress"),
        wearing("she is wearing a floral print dress", who="she"),
        color_of("kurta", "white"),
        color_of("leggings", "red", failure="other_garment_color"),
        Q.pattern("floral"),
        details("kurta", "", failure="non_answer"),
        describe(
            "anarkali kurta",
            "the anarkali kurta is white with red and green flowers, a round neckline, long sleeves, a flared hem"
            " with a printed border in",
            failure="cut",
            hit_limit=True,
        ),
        title="Khushal K Women Multicoloured Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Multi",
        gender=W,
    ),
    # photo: navy blue chanderi kurta with gold embroidery on the yoke, navy trousers, navy chanderi dupatta with a
    # gold border; lifestyle shot on a beige backdrop beside a small wooden side table with a vase of flowers.
    # Caption: mixed adapter. The feed row has no gender.
    case(
        "X902-043",
        caption("a woman in a navy blue kurta set standing next to a table with a vase of flowers"),
        wearing("a blue kurta and pants", who="she"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "gold", failure="contradiction"),
        color_of("dupatta", "navy blue"),
        details("kurta", "a vase of flowers", failure="contradiction"),
        Q.pattern("embroidered"),
        describe("dupatta", "the dupatta is navy blue with gold polka dots", failure="unsupported"),
        title="Libas Women Navy Blue Yoke Design Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # photo: beige straight kurta with brown ethnic-motif print, round neck, long sleeves, brown palazzos, beige
    # dupatta, white backdrop, front. Caption: old caption adapter (cut).
    case(
        "X902-044",
        caption(
            "the lady is wearing a long-sleeve top with graphic patterns. the top is with chiffon fabric and its"
            " neckline is round. the pants this lady wears is of long length. the pants are with chiffon fabric and"
            " solid color",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a beige kurta and brown pants", who="she"),
        color_of("kurta", "brown", failure="other_garment_color"),
        color_of("palazzos", "brown"),
        Q.material("chiffon fabric", failure="contradiction"),
        Q.sleeve_length("long sleeves"),
        color_of("dupatta", "brown", failure="other_garment_color"),
        title="Mitera Women Beige & Brown Ethnic Motifs Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender=W,
    ),
    # photo: coral solid straight kurta, V-neck, short sleeves, coral palazzos, no dupatta, white backdrop, front.
    # Caption: mixed adapter.
    case(
        "X902-045",
        caption("a woman in a coral kurta and palazzo pants with a dupatta", failure="unsupported"),
        wearing("she is wearing an orange dress", who="she", failure="contradiction"),
        color_of("kurta", "coral"),
        color_of("palazzos", "coral"),
        Q.garment_type("kurta set"),
        describe("kurta", "the kurta is a solid coral kurta with a v-neck and short sleeves"),
        color_of("dupatta", "coral", failure="unsupported"),
        title="Vishudh Women Coral Pink Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Coral",
        gender=W,
    ),
    # photo: dark green flared anarkali with gold print, round neck, long sleeves, green trousers, green dupatta with
    # a gold border, white backdrop, front. Caption: old caption adapter (cut).
    case(
        "X902-046",
        caption(
            "the female is wearing a long-sleeve dress with graphic patterns. the dress is of long length. the"
            " neckline of it is round. the female wears a long pants. the pants are with cotton fabric and pure color"
            " patterns. there is an",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green dress", who="she"),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "green"),
        is_a("kurta", "no", failure="contradiction"),
        details("kurta", "graphic patterns"),
        title="AURELIA Women Green & Gold-Toned Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender=W,
    ),
]
