"""BLIND_1075 (46 products; Myntra kurtas and anarkalis, captions then QA): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 89/118 failures found (75.4%) and 7/161 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed (article types Kurtas, Kurta Sets, Kurtis) from Libas, Biba, W,
Anouk, Aurelia, Sangria, Soch, Varanga, Vishudh, Jaipur Kurti, Fabindia, AKS, Global Desi and Rangmanch. Each photo
is a catalog shot on a white studio backdrop: a model in a straight, A-line or flared anarkali kurta worn over
leggings or churidar, often with a dupatta, earrings, sandals; full length or cropped at the calves, front or angled.

Who wrote what: every caption comes from the caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3)
on blip2-opt-2.7b, greedy, at most 50 new tokens, stopped at a newline. It writes either the DeepFashion template
("The lady wears a three-quarter sleeve kurta with floral patterns ... The kurta is with cotton fabric") or a short
base-model sentence ("a woman in a pink kurta and white leggings"); it keeps the base model's hue names and ethnic
words, calls anarkalis "dress" now and then, gives "pure color" as a color, and with no trained end token a third of
its captions run to the limit, looping or stopping mid-phrase; twice it carried on into the Question/Answer format.
The open questions (wearing, description, details, material, color of a named garment) are answered by the
extractive QA model timpal0l/mdeberta-v3-base-squad2 over that caption, so an open answer is a span of the caption
(empty when the no-answer score wins) and inherits whatever the caption got wrong. The closed questions (garment
type, color, pattern, sleeve length, "Is this a kurta?") come from enrich's --engine reference, one candidate each.

Labeling conventions and judgement calls:
- Each text carries one label, the one a reviewer would name first; a span that copies a caption's error gets the
  same label as the caption.
- A caption that ran to 50 tokens is hit_limit=True and labeled loop if it repeats, cut if it stops mid-phrase, or
  leak when it ran on into "Question: ... Answer:"; spans taken from such captions are not hit_limit, but a span
  that itself ends on "and", "of" or "a" is cut, and a span that holds the repetition is loop.
- The seller's category wins over the look: "dress" or "shirt" for a seller's kurta, anarkali or kurti, "leggings"
  as the garment type, or "no" to "Is this a kurta?" are contradictions. "anarkali dress" naming the anarkali,
  "top" for a hip-length Kurtis row, "pants" or "churidar leggings" for the leggings/churidar count as correct.
- Shades and synonyms inside the seller's color group are correct (cream/off-white as white, wine as burgundy,
  light purple for lavender, dusty pink for rose, rust as orange). A color that is the leggings', churidar's,
  dupatta's or the border's is other_garment_color, also when a caption gives two garments one color; a hue that
  is only in the print (red motifs on a green kurta) or nowhere in the photo is contradiction.
- A wrong pattern or sleeve length against the title or the photo is contradiction.
- Material: a fabric the title contradicts (chiffon for georgette, silk for rayon, cotton for velvet or chanderi)
  is unsupported; "cotton" for a matte print whose title names no fabric counts as correct.
- Invented things (a dupatta, pockets, mirror work, heels, a necklace, a garden, a collar) are unsupported.
- Empty spans and spans that carry no attribute ("The lady", "twirling", "pure color" as a color, a garment named
  for the material) are non_answer; a span that only turns the question into a statement ("The kurta is made of
  fabric", "The person is wearing clothes") is restated.
- he/his/man/gentleman for these Women rows is pronoun, in captions and in spans.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_1075 = [
    # photo: pink straight kurta with small white floral print, 3/4 sleeves, white leggings, white backdrop, front
    # view, hands at sides; caption by the caption adapter, open answers mdeberta spans, closed by reference engine
    case(
        "X1075-001",
        caption("a woman wearing a pink floral print kurta and white leggings standing in front of a white wall"),
        Q.wearing("a pink floral print kurta and white leggings"),
        B.color("pink"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter"),
        B.material("", "non_answer"),
        title="Libas Women Pink & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue flared anarkali with white block print, full sleeves, white churidar, white backdrop, front;
    # template caption by the caption adapter calling it a dress, mdeberta spans, reference engine closed answers
    case(
        "X1075-002",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with cotton fabric. She wears "
            "long leggings with pure color patterns.",
            "contradiction",
        ),
        B.garment_type("dress", "contradiction"),
        Q.wearing("a long-sleeve dress with graphic patterns", "contradiction"),
        B.color("navy blue"),
        B.material("cotton"),
        B.sleeve_length("long"),
        title="Anouk Women Navy Blue & White Block Print Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow solid straight kurta, mandarin collar, side slits, 3/4 sleeves, olive green leggings,
    # white backdrop, front; caption adapter caption, mdeberta spans, reference engine closed answers
    case(
        "X1075-003",
        caption("a woman in a mustard yellow kurta and olive green leggings posing on a white background"),
        B.color("green", "other_garment_color"),
        Q.wearing("mustard yellow kurta and olive green leggings"),
        Q.description("mustard yellow kurta"),
        B.pattern("solid"),
        B.material("mustard yellow", "non_answer"),
        is_a("kurta", "yes"),
        title="W Women Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon anarkali with gold zari embroidered yoke, full sleeves, beige churidar, gold dupatta over the left
    # shoulder, white backdrop; caption adapter caption, mdeberta spans, reference engine closed answers
    case(
        "X1075-004",
        caption("a woman wearing a maroon anarkali suit with gold embroidery and a gold dupatta"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        B.color("maroon"),
        B.garment_type("dress", "contradiction"),
        Q.details("gold embroidery"),
        B.pattern("embroidered"),
        title="Biba Women Maroon & Beige Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: bottle green A-line kurta with white geometric print, 3/4 sleeves, white leggings, white backdrop;
    # the caption adapter's template caption looped to the 50-token limit; mdeberta spans; reference engine
    case(
        "X1075-005",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric. The "
            "kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        Q.wearing("a three-quarter sleeve kurta with graphic patterns"),
        Q.details(
            "The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric", "loop"
        ),
        B.color("green"),
        B.sleeve_length("three-quarter"),
        title="Aurelia Women Green & White Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: peach solid anarkali with gold gota-patti border at hem and cuffs, full sleeves, off-white churidar, tan
    # flat sandals, full length, white backdrop; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-006",
        caption(
            "a woman in a peach anarkali kurta with gold lace border, white churidar and a pair of gold heels",
            "unsupported",
        ),
        B.color("peach"),
        Q.wearing(
            "a peach anarkali kurta with gold lace border, white churidar and a pair of gold heels",
            "unsupported",
        ),
        Q.details("gold lace border"),
        B.pattern("floral", "contradiction"),
        B.sleeve_length("long"),
        is_a("kurta", "yes"),
        title="Sangria Women Peach-Coloured Solid Anarkali Kurta with Gotta Patti",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo straight kurta with white dabu floral print, notched neck, 3/4 sleeves, white leggings, white
    # backdrop, front; caption adapter caption (wrong person), mdeberta spans, reference engine
    case(
        "X1075-007",
        caption("a man wearing a blue and white printed kurta and white pants", "pronoun"),
        Q.wearing("a blue and white printed kurta and white pants"),
        B.color("blue"),
        B.pattern("printed"),
        B.material("white pants", "non_answer"),
        title="Jaipur Kurti Women Indigo Blue & White Dabu Print Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: red georgette anarkali with gold foil floral motifs, sheer full sleeves, red churidar, red dupatta with
    # gold border over both arms, white backdrop; template caption cut at the limit; mdeberta spans; reference engine
    case(
        "X1075-008",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The lower "
            "clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("red"),
        B.material("chiffon", "unsupported"),
        Q.description("a long-sleeve dress with floral patterns", "contradiction"),
        B.pattern("printed"),
        title="Soch Women Red & Golden Foil Print Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: teal straight kurta with small mustard leaf print, 3/4 sleeves, mustard yellow leggings, white backdrop,
    # front; caption adapter caption, mdeberta spans, reference engine closed answers
    case(
        "X1075-009",
        caption("a woman in a teal printed kurta and yellow leggings, standing on a white background"),
        color_of("leggings", "yellow", kind="open"),
        B.color("yellow", "other_garment_color"),
        Q.wearing("teal printed kurta and yellow leggings"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.pattern("printed"),
        title="Vishudh Women Teal & Mustard Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white hip-length kurti with black thread embroidery at the v-neck, roll-up full sleeves, black
    # leggings, white backdrop; template caption calling it a shirt, mdeberta spans, reference engine
    case(
        "X1075-010",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. She wears long leggings.",
            "contradiction",
        ),
        B.garment_type("top"),
        B.color("black", "other_garment_color"),
        Q.details("its neckline is v-shape"),
        B.material("cotton"),
        title="Global Desi Women Off-White Solid Kurti with Embroidered Neckline",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: purple flared anarkali with white floral print, 3/4 sleeves, white churidar, white backdrop, front;
    # caption adapter caption looped to the limit, mdeberta spans, reference engine
    case(
        "X1075-011",
        caption(
            "a woman wearing a purple and white floral anarkali dress with white churidar pants and a white churidar "
            "pants and a white churidar pants and a white churidar pants and a white",
            "loop",
            hit_limit=True,
        ),
        Q.wearing(
            "a purple and white floral anarkali dress with white churidar pants and a white churidar pants",
            "loop",
        ),
        B.color("purple"),
        B.garment_type("kurta"),
        B.pattern("floral"),
        title="Libas Women Purple & White Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: lemon yellow straight kurta with pink and green floral print, 3/4 sleeves, pink leggings, white
    # backdrop; caption adapter caption gives both garments the leggings' pink; mdeberta spans; reference engine
    case(
        "X1075-012",
        caption("a woman wearing a pink kurta and pink leggings", "other_garment_color"),
        B.color("yellow"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        Q.wearing("a pink kurta and pink leggings", "other_garment_color"),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        title="AKS Women Yellow & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: black A-line kurta with white geometric print, round neck, 3/4 sleeves, white churidar, silver jhumkas,
    # white backdrop; template caption with the wrong person, mdeberta spans, reference engine
    case(
        "X1075-013",
        caption(
            "The gentleman is wearing a three-quarter sleeve kurta with graphic patterns. The kurta is made of "
            "material. His trousers are of long length. There is an accessory on his ear.",
            "pronoun",
        ),
        Q.wearing("a three-quarter sleeve kurta with graphic patterns"),
        Q.details("There is an accessory on his ear", "pronoun"),
        B.material("The kurta is made of material", "restated"),
        B.color("black"),
        B.sleeve_length("three-quarter"),
        title="W Women Black & White Printed A-Line Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange anarkali with cream floral print, full sleeves, cream churidar, white backdrop; the caption
    # adapter ran on into Question/Answer pairs until the limit; mdeberta spans; reference engine
    case(
        "X1075-014",
        caption(
            "a woman in a rust orange anarkali kurta and cream churidar Question: what is the color of the kurta? "
            "Answer: orange Question: what is the color of the churidar? Answer: cream Question: what is the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("rust orange anarkali kurta and cream churidar"),
        color_of("kurta", "orange", kind="open"),
        B.color("orange"),
        B.pattern("printed"),
        Q.details("Question: what is the color of the churidar? Answer: cream", "leak"),
        title="Biba Women Rust Orange & Cream Printed Anarkali Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: sea green straight kurta with gold foil printed yoke, 3/4 sleeves, white leggings, plain white studio
    # backdrop; caption adapter caption, mdeberta spans, reference engine closed answers
    case(
        "X1075-015",
        caption("a woman in a green kurta with gold print and white leggings standing in a garden", "unsupported"),
        B.color("green"),
        Q.wearing("a green kurta with gold print and white leggings"),
        Q.description("green kurta with gold print"),
        B.pattern("solid", "contradiction"),
        B.material("kurta with gold print", "non_answer"),
        title="Anouk Women Sea Green & Gold-Toned Yoke Design Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: royal blue anarkali with silver thread embroidery at the yoke, full sleeves, matching blue churidar, no
    # dupatta, white backdrop; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-016",
        caption("a woman wearing a blue anarkali with mirror work and a matching dupatta", "unsupported"),
        Q.wearing("a blue anarkali with mirror work and a matching dupatta", "unsupported"),
        Q.details("mirror work", "unsupported"),
        B.color("blue"),
        B.garment_type("kurta"),
        B.sleeve_length("short", "contradiction"),
        title="Varanga Women Royal Blue Embroidered Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: cream straight kurta with white chikankari embroidery, round neck, 3/4 sleeves, white leggings, white
    # backdrop; template caption cut at the 50-token limit, mdeberta spans, reference engine
    case(
        "X1075-017",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns and long leggings. The kurta is with "
            "cotton fabric and its neckline is round. It has embroidery on the front and the",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("embroidered"),
        B.material("cotton"),
        Q.details("embroidery on the front"),
        Q.wearing("a three-quarter sleeve kurta with pure color patterns and long leggings"),
        title="Fabindia Women Cream Chikankari Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: magenta flared rayon anarkali with gold printed hem border, full sleeves, gold-beige churidar, white
    # backdrop; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-018",
        caption("a woman in a pink silk anarkali dress with gold border and gold churidar", "unsupported"),
        B.material("silk", "unsupported"),
        B.color("gold", "other_garment_color"),
        Q.wearing("a pink silk anarkali dress with gold border and gold churidar", "unsupported"),
        B.sleeve_length("long"),
        is_a("kurta", "no", "contradiction"),
        title="Rangmanch by Pantaloons Women Magenta Printed Rayon Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey melange straight kurta with black thread work at the round neck, 3/4 sleeves, black leggings,
    # white backdrop; template caption cut at the limit, mdeberta spans, reference engine
    case(
        "X1075-019",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with pure color patterns. The neckline of it is round "
            "and it has embroidery around the neck. She wears long black leggings. The kurta is made of",
            "cut",
            hit_limit=True,
        ),
        B.color("grey"),
        B.material("The kurta is made of", "cut"),
        color_of("leggings", "black", kind="open"),
        Q.details("embroidery around the neck"),
        B.pattern("solid"),
        title="Libas Women Grey Melange Solid Straight Kurta with Thread Work",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white straight kurta with navy floral print, 3/4 sleeves, navy churidar, white backdrop, front; caption
    # adapter caption gives the kurta the churidar's navy, mdeberta spans, reference engine
    case(
        "X1075-020",
        caption("a woman wearing a blue kurta and blue churidar", "other_garment_color"),
        B.color("blue", "other_garment_color"),
        Q.wearing("a blue kurta and blue churidar", "other_garment_color"),
        Q.description("blue kurta", "other_garment_color"),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        title="Aurelia Women White & Navy Blue Floral Print Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: olive green A-line kurta with self-woven stripes, 3/4 sleeves, beige leggings, white backdrop, body
    # turned slightly; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-021",
        caption("a woman in an olive green striped kurta and beige leggings"),
        Q.wearing("an olive green striped kurta and beige leggings"),
        B.color("olive"),
        B.pattern("striped"),
        B.garment_type("dress", "contradiction"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        Q.details("olive green striped kurta and", "cut"),
        title="W Women Olive Green Self-Striped A-Line Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: baby pink straight kurta with white thread embroidery, full sleeves, pink churidar, white dupatta held
    # in her right hand, white backdrop; template caption, mdeberta spans, reference engine
    case(
        "X1075-022",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. She holds a scarf in her hand. Her pants are "
            "of long length."
        ),
        Q.wearing("The lady", "non_answer"),
        B.color("pink"),
        color_of("dupatta", "pure color", "non_answer", kind="open"),
        B.pattern("embroidered"),
        B.sleeve_length("long"),
        title="Sangria Women Pink Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless anarkali with red and green floral border print at the hem, green churidar,
    # white backdrop; caption adapter caption looped to the limit, mdeberta spans, reference engine
    case(
        "X1075-023",
        caption(
            "a woman wearing a yellow anarkali with a red and green border, the sleeves, the neckline, the border, "
            "the sleeves, the neckline, the border, the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.color("yellow"),
        Q.details("the sleeves, the neckline, the border, the sleeves, the neckline, the border", "loop"),
        B.garment_type("kurta"),
        title="Jaipur Kurti Women Mustard Yellow Printed Sleeveless Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: beige straight kurta with maroon paisley print, plain hem, 3/4 sleeves, maroon leggings, white
    # backdrop; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-024",
        caption("a woman in a beige paisley print kurta with a gold border and maroon leggings", "unsupported"),
        B.color("maroon", "other_garment_color"),
        color_of("leggings", "maroon", kind="open"),
        Q.wearing("a beige paisley print kurta with a gold border and maroon leggings", "unsupported"),
        Q.details("a gold border", "unsupported"),
        B.pattern("paisley"),
        B.sleeve_length("short", "contradiction"),
        title="Anouk Women Beige & Maroon Paisley Print Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: black flared anarkali with a multicolour floral band at the hem, full sleeves, black churidar, hands on
    # hips, white backdrop; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-025",
        caption(
            "a woman wearing a black anarkali with a floral border at the bottom and black churidar. he is standing "
            "with his hands on his hips",
            "pronoun",
        ),
        Q.wearing("a black anarkali with a floral border at the bottom and black churidar"),
        Q.description("he is standing with his hands on his hips", "pronoun"),
        B.color("black"),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        title="Biba Women Black Printed Flared Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: coral orange straight kurta with small white print, 3/4 sleeves, white leggings, white backdrop;
    # caption adapter caption invents jeans, mdeberta spans, reference engine
    case(
        "X1075-026",
        caption("a woman wearing an orange kurta and blue jeans", "unsupported"),
        B.color("red", "contradiction"),
        Q.wearing("an orange kurta and blue jeans", "unsupported"),
        B.pattern("printed"),
        B.sleeve_length("three-quarter"),
        title="Vishudh Women Coral Orange Printed Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: navy blue straight kurta with small white polka dots, round neck, 3/4 sleeves, white leggings, white
    # backdrop; template caption, mdeberta spans, reference engine
    case(
        "X1075-027",
        caption(
            "The lady wears a three-quarter sleeve kurta with dot patterns. The kurta is made of fabric and has a "
            "round neckline. She wears long leggings."
        ),
        B.material("The kurta is made of fabric", "restated"),
        B.color("navy blue"),
        B.pattern("polka dot"),
        Q.details("a round neckline"),
        Q.wearing("a three-quarter sleeve kurta with dot patterns"),
        title="Libas Women Navy Blue & White Polka Dot Print Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender anarkali with silver foil print, full sleeves, white churidar, white backdrop, front; caption
    # adapter caption, mdeberta spans, reference engine
    case(
        "X1075-028",
        caption(
            "a woman in a light purple anarkali kurta with silver print and white churidar leggings, standing against "
            "a white backdrop"
        ),
        B.color("white", "other_garment_color"),
        Q.wearing("a light purple anarkali kurta with silver print and white churidar leggings"),
        color_of("kurta", "light purple", kind="open"),
        B.sleeve_length("long"),
        B.pattern("printed"),
        B.material("", "non_answer"),
        title="W Women Lavender & Silver-Toned Foil Print Anarkali Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: bottle green straight kurta with small red and gold motifs, 3/4 sleeves, gold leggings, white backdrop;
    # caption adapter caption names the motifs' red, mdeberta spans, reference engine
    case(
        "X1075-029",
        caption("a woman wearing a red kurta with gold leggings", "contradiction"),
        B.color("green"),
        Q.wearing("a red kurta with gold leggings", "contradiction"),
        B.pattern("printed"),
        is_a("kurta", "yes"),
        title="AKS Women Green & Red Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: wine velvet anarkali with gold zari embroidered yoke, full sleeves, gold churidar, gold jhumkas and no
    # necklace, white backdrop; template caption, mdeberta spans, reference engine
    case(
        "X1075-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. There is a "
            "gold necklace on her neck.",
            "unsupported",
        ),
        B.material("cotton", "unsupported"),
        B.color("burgundy"),
        B.garment_type("dress", "contradiction"),
        Q.details("a gold necklace on her neck", "unsupported"),
        B.sleeve_length("long"),
        title="Soch Women Burgundy Embroidered Velvet Anarkali Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: turquoise hip-length kurti with white ikat print, cap sleeves, white leggings, white backdrop, front;
    # caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-031",
        caption("a woman in a turquoise ikat print kurti and white leggings"),
        Q.wearing("a turquoise ikat print kurti and white leggings"),
        B.sleeve_length("short"),
        B.color("turquoise blue"),
        color_of("leggings", "turquoise", "other_garment_color", kind="open"),
        Q.details("", "non_answer"),
        B.garment_type("leggings", "contradiction"),
        title="Global Desi Women Turquoise Blue Ikat Print Kurti",
        category="Kurtis",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: orange anarkali with pink and green floral print, full sleeves, pink churidar, white backdrop; caption
    # adapter caption looped on the colors to the limit, mdeberta spans, reference engine
    case(
        "X1075-032",
        caption(
            "a woman wearing an orange and pink and green and pink and green and pink and green and pink and green "
            "and pink and green and pink and green and pink and green",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "orange", kind="open"),
        B.color("pink", "other_garment_color"),
        B.pattern("floral"),
        Q.wearing("an orange and pink and green and pink and green and pink and green", "loop"),
        title="Biba Women Orange & Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: off-white straight kurta with pink thread embroidery at the neck, 3/4 sleeves, pink churidar, pink
    # dupatta draped over one shoulder, white backdrop; template caption cut at the limit, mdeberta, reference
    case(
        "X1075-033",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns and a pink scarf. The kurta is with "
            "cotton fabric. Her pants are pink and of long length. She wears a pair of",
            "cut",
            hit_limit=True,
        ),
        B.color("pink", "other_garment_color"),
        Q.wearing("a three-quarter sleeve kurta with pure color patterns and a pink scarf"),
        B.material("cotton"),
        color_of("churidar", "pink", kind="open"),
        B.garment_type("kurta"),
        title="Anouk Women Off-White & Pink Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: emerald green anarkali with gold print, full sleeves, gold churidar, white backdrop; the caption
    # adapter ran on into a Question/Answer pair to the limit, mdeberta spans, reference engine
    case(
        "X1075-034",
        caption(
            "a woman in a green anarkali with gold print and gold churidar Question: what is the woman wearing? "
            "Answer: a green anarkali with gold print and gold churidar Question: what is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a green anarkali with gold print and gold churidar"),
        Q.description("Answer: a green anarkali with gold print", "leak"),
        B.color("green"),
        B.sleeve_length("long"),
        B.pattern("solid", "contradiction"),
        title="Sangria Women Green & Gold-Toned Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: dusty rose straight kurta with mandarin collar and button placket, 3/4 sleeves, cream leggings, body
    # turned to the side, white backdrop; caption adapter caption ran on into Question/Answer, mdeberta, reference
    case(
        "X1075-035",
        caption(
            "a woman in a dusty pink kurta with a mandarin collar and cream leggings. Question: What is the woman "
            "wearing? Answer: a pink kurta and cream leggings. Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.details("a mandarin collar"),
        B.color("pink"),
        B.pattern("solid"),
        color_of("leggings", "cream", kind="open"),
        Q.description("Question: What is the woman wearing? Answer: a pink kurta", "leak"),
        Q.wearing("a pink kurta and cream leggings"),
        title="W Women Rose Solid Straight Kurta with Mandarin Collar",
        category="Kurtas",
        color="Rose",
        gender="Women",
    ),
    # photo: red pure cotton straight kurta with gold foil print, 3/4 sleeves, white churidar, white backdrop;
    # template caption with the wrong pronoun, mdeberta spans, reference engine
    case(
        "X1075-036",
        caption(
            "The person wears a three-quarter sleeve kurta with graphic patterns. His pants are of long length and "
            "white. The kurta is with cotton fabric.",
            "pronoun",
        ),
        B.color("red"),
        B.material("cotton"),
        color_of("churidar", "white", kind="open"),
        Q.wearing("a three-quarter sleeve kurta with graphic patterns"),
        B.pattern("striped", "contradiction"),
        title="Libas Women Red & Gold-Toned Foil Print Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: sky blue straight kurta with white embroidered yoke, no pockets, 3/4 sleeves, white leggings, white
    # backdrop; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-037",
        caption(
            "a woman in a light blue kurta with white embroidery and two pockets on the sides, white leggings",
            "unsupported",
        ),
        Q.details("two pockets on the sides", "unsupported"),
        B.color("blue"),
        Q.wearing(
            "a light blue kurta with white embroidery and two pockets on the sides, white leggings",
            "unsupported",
        ),
        B.pattern("embroidered"),
        B.sleeve_length("three-quarter"),
        title="Jaipur Kurti Women Blue Embroidered Yoke Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard kurta with maroon floral print, round neck, 3/4 sleeves, maroon churidar, white backdrop;
    # template caption gives the churidar the kurta's yellow, mdeberta spans, reference engine
    case(
        "X1075-038",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with floral patterns. The kurta is yellow and her "
            "leggings are yellow. The kurta is with cotton fabric.",
            "other_garment_color",
        ),
        color_of("leggings", "yellow", "other_garment_color", kind="open"),
        B.color("mustard"),
        B.pattern("floral"),
        B.material("cotton"),
        Q.wearing("a three-quarter sleeve kurta with floral patterns"),
        title="Aurelia Women Mustard Yellow & Maroon Floral Print Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: hot pink anarkali with silver thread embroidery at the neckline, full sleeves, silver-grey churidar,
    # white backdrop; short caption adapter caption calling it a dress, mdeberta spans, reference engine
    case(
        "X1075-039",
        caption("a woman in a pink dress posing for a photo", "contradiction"),
        Q.wearing("a pink dress", "contradiction"),
        B.color("pink"),
        B.garment_type("kurta"),
        Q.details("posing for a photo", "non_answer"),
        B.sleeve_length("long"),
        title="Varanga Women Pink Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: coffee brown straight cotton kurta with cream block print, round neck, 3/4 sleeves, cream churidar,
    # white backdrop; template caption invents a collar, mdeberta spans, reference engine
    case(
        "X1075-040",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns and long leggings. The kurta is brown "
            "and the leggings are cream. The kurta is with cotton fabric and it has a mandarin collar.",
            "unsupported",
        ),
        Q.details("a mandarin collar", "unsupported"),
        B.color("brown"),
        color_of("leggings", "cream", kind="open"),
        B.material("cotton"),
        Q.wearing("a three-quarter sleeve kurta with graphic patterns and", "cut"),
        B.pattern("printed"),
        title="Fabindia Women Brown & Cream Block Print Cotton Straight Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: teal straight kurta with white floral print, 3/4 sleeves, white churidar, white dupatta with teal border
    # over her shoulders, silver jhumkas, white backdrop; caption cut at the limit, mdeberta spans, reference engine
    case(
        "X1075-041",
        caption(
            "a woman wearing a teal blue kurta with white floral print, white churidar and a white dupatta with teal "
            "border draped over her shoulders and a pair of silver earrings and a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a teal blue kurta with white floral print, white churidar and a white dupatta"),
        B.color("white", "other_garment_color"),
        color_of("dupatta", "white", kind="open"),
        B.pattern("floral"),
        Q.details("a pair of silver earrings and a", "cut"),
        title="Rangmanch by Pantaloons Women Teal Floral Print Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: black straight kurta with white chikankari embroidery, 3/4 sleeves, white leggings, white backdrop;
    # template caption, mdeberta spans, reference engine
    case(
        "X1075-042",
        caption(
            "The person is wearing clothes. The lady wears a three-quarter sleeve kurta with pure color patterns and "
            "long leggings."
        ),
        Q.wearing("The person is wearing clothes", "restated"),
        B.color("black"),
        B.pattern("embroidered"),
        B.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        title="Soch Women Black Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach A-line kurta with grey geometric print, 3/4 sleeves, grey leggings, white backdrop; caption
    # adapter caption, mdeberta spans, reference engine
    case(
        "X1075-043",
        caption("a woman in a peach kurta with grey print and grey leggings"),
        B.color("grey", "other_garment_color"),
        Q.wearing("a peach kurta with grey print and grey leggings"),
        color_of("kurta", "peach", kind="open"),
        B.sleeve_length("long", "contradiction"),
        B.pattern("printed"),
        Q.description("a peach kurta with grey print and", "cut"),
        title="W Women Peach-Coloured & Grey Printed A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon solid straight kurta with gold button placket, full sleeves, maroon churidar, white backdrop;
    # caption adapter caption looped on one word to the limit, mdeberta spans, reference engine
    case(
        "X1075-044",
        caption(
            "a woman wearing a maroon kurta with churidar churidar churidar churidar churidar churidar churidar "
            "churidar churidar churidar churidar churidar churidar churidar churidar",
            "loop",
            hit_limit=True,
        ),
        B.color("maroon"),
        Q.wearing("a maroon kurta with churidar"),
        Q.details("churidar churidar churidar churidar churidar", "loop"),
        B.garment_type("kurta"),
        B.sleeve_length("long"),
        title="Anouk Women Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: lemon yellow plain chanderi kurta with a v-neck and gold buttons, 3/4 sleeves, white leggings, white
    # backdrop; template caption calls the chanderi cotton, mdeberta spans, reference engine
    case(
        "X1075-045",
        caption(
            "The lady wears a three-quarter sleeve kurta with pure color patterns and long white leggings. The kurta "
            "is with cotton fabric and has a v-neck. The garment has details.",
            "unsupported",
        ),
        B.material("cotton", "unsupported"),
        B.color("yellow"),
        B.pattern("solid"),
        Q.details("The garment has details", "restated"),
        Q.wearing("a three-quarter sleeve kurta with pure color patterns and long white leggings"),
        title="Libas Women Yellow Solid Chanderi Silk Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: fuchsia flared anarkali with white gota trim at the hem, 3/4 sleeves, white leggings, model twirling,
    # angled view, white backdrop; caption adapter caption, mdeberta spans, reference engine
    case(
        "X1075-046",
        caption("a woman twirling in a pink anarkali kurta with white trim and white leggings"),
        Q.wearing("pink anarkali kurta with white trim and white leggings"),
        B.color("pink"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.description("twirling", "non_answer"),
        B.sleeve_length("three-quarter"),
        is_a("kurta", "no", "contradiction"),
        title="Jaipur Kurti Women Fuchsia Pink Flared Anarkali Kurta with Gota Border",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
]
