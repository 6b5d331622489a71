"""BLIND_917 (46 products; Myntra kurtas/anarkalis/sarees; base zero-shot): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 109/136 failures found (80.1%) and 8/187 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed (article types Kurta Sets, Kurtas, Sarees), one catalog photo per
product: a model on the usual white studio backdrop wearing a straight kurta set (kurta, palazzos / trousers /
sharara, often a dupatta), an anarkali (flared kurta over a churidar or leggings, with or without a dupatta) or a
draped saree with its blouse. Besides the caption and the wearing / describe / details questions, every piece of the
outfit gets its own color question ("What is the color of the kurta / palazzos / trousers / churidar / dupatta /
saree / blouse?"), plus a few closed pattern, sleeve, type and yes/no questions and the open material question.

Who wrote what: every text is from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions
and open answers are greedy free generation (50 / 30 new tokens, stopping on the newline); the per-piece color
questions are mostly closed (enrich --engine reference ranks the candidate colors and keeps one), a few were asked
open. The base model's habits: short lowercase answers; one color for every piece (the kurta's color given to the
dupatta or the churidar, the saree's to a contrasting blouse); "dress" for anything long; invented jewelry and
materials (silk and cotton guessed for everything); on longer describe / details / wearing answers it sometimes
never emits the newline and either repeats a phrase until the token limit or is cut mid-phrase there; it sometimes
goes on writing the next "Question: ... Answer:" turn or starts with "Answer:"; now and then "he" or "a man" for a
female model; one word or a bare "yes" to an open question; the question's own words given back.

Labeling conventions and judgement calls:
- A per-piece color answer that gives the piece the color of another piece in the photo (the kurta's maroon for a
  mustard dupatta, the saree's color for a contrasting blouse, "brown" for beige palazzos next to a brown kurta) is
  other_garment_color; a wrong color that no other piece has (black palazzos in an all-olive set) is contradiction.
- An open answer that paints two differently colored pieces one color ("a brown kurta, brown pants and a brown
  scarf") is other_garment_color.
- Wrong garment type, a "no" to "Is this a saree/kurta?" on that very garment, a wrong closed pattern or sleeve
  length, and a caption whose color is plainly not the photo's are contradiction.
- "dress" or "gown" for an anarkali in free text (caption, wearing) is the base model's everyday word and counted
  correct; "dress" picked as the closed garment type while "kurta" was a candidate is contradiction.
- Shades are correct within their family: maroon/wine as red, peach and magenta as pink, teal as blue, rust as
  orange, cream/off white as white. A rust-looking kurta the seller calls Brown may be answered "rust" or "orange"
  (the seller label is not always right); a magenta saree the seller calls Purple answered "magenta" is correct.
- Invented jewelry, bags, veils, shoes, or a material the title contradicts (silk for a cotton saree, satin for
  tissue, velvet for georgette) are unsupported, even when only one item of the answer is invented.
- One word or "yes" / "nothing" / "clothes" to an open describe / details / wearing question, or a bare color
  to a details or describe question, is non_answer; a one-word answer that carries a real detail ("embroidery" for
  the details) is correct.
- The question's words given back ("the kurta details", "it is a saree", "a sharara" for "Describe the sharara.",
  the question itself) is restated.
- Any "Question:" / "Answer:" text in an answer is leak, even when the answer before it is right.
- A phrase repeated until the 30- or 50-token limit is loop (hit_limit); a sentence stopped mid-phrase at the limit
  without repetition is cut (hit_limit). Each failing text carries one label, the one I judged primary.
- "he" or "a man" for a Women row is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_917 = [
    # photo: maroon straight kurta with gold foil print, maroon palazzos, mustard dupatta over one shoulder, gold
    # juttis, white backdrop, front view. All texts: base blip2-opt-2.7b zero-shot.
    case(
        "X917-001",
        caption("a woman in a maroon kurta and palazzo pants with a yellow dupatta"),
        wearing("a red kurta with a yellow scarf", who="she"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "a maroon kurta with gold print on it"),
        Q.pattern("striped", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Anouk Women Maroon & Mustard Foil Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: royal blue art silk saree with a gold zari border, gold-toned blouse, pallu over the left shoulder,
    # jhumkas, white backdrop. All texts: base model zero-shot.
    case(
        "X917-002",
        caption("a woman in a blue saree with a gold border"),
        wearing("a blue saree with a red blouse", "contradiction"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "other_garment_color"),
        details(
            "saree",
            "gold border and gold border and gold border and gold border and gold border and gold border and gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        is_a("saree", "yes"),
        title="Mitera Blue & Gold-Toned Zari Art Silk Banarasi Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: bottle-green georgette anarkali kurta with a gold gota patti yoke, flared to mid-calf, green churidar,
    # no dupatta, hand on hip, white backdrop. All texts: base model zero-shot.
    case(
        "X917-003",
        caption("a woman in a green anarkali dress"),
        wearing(
            "she is wearing a green anarkali Question: What is the color of the churidar? Answer: green",
            "leak",
            who="she",
        ),
        color_of("kurta", "green"),
        color_of("churidar", "gold", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        describe("kurta", "it has a flared skirt and a gold embroidered yoke"),
        Q.material("velvet", "unsupported"),
        title="Sangria Women Green Gotta Patti Georgette Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: white chikankari straight kurta with white thread embroidery, white cigarette trousers, tan kolhapuri
    # sandals, three-quarter view, white backdrop. All texts: base model zero-shot.
    case(
        "X917-004",
        caption("a woman in a white kurta and white pants"),
        wearing("a white kurta with pink embroidery", "unsupported"),
        color_of("kurta", "white"),
        color_of("trousers", "white"),
        details(
            "kurta",
            "embroidered with white thread Question: What are the trousers details? Answer: plain",
            "leak",
        ),
        Q.pattern("embroidered"),
        is_a("kurta", "no", "contradiction"),
        title="Libas Women White Chikankari Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: peach poly georgette saree with a small floral print and a sequinned border, peach sleeveless blouse,
    # model holding the pallu out, white backdrop. All texts: base model zero-shot.
    case(
        "X917-005",
        caption("a woman in a pink saree posing for a photo"),
        wearing(
            "a pink saree and a pink blouse Question: What is the color of the saree? Answer: pink",
            "leak",
        ),
        color_of("saree", "peach"),
        color_of("blouse", "peach"),
        describe("saree", "a pink saree with a flower print"),
        details("saree", "the saree details", "restated"),
        Q.sleeve_length("sleeveless"),
        Q.material("silk", "unsupported"),
        title="Saree mall Peach Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue kurta with a white floral block print, white palazzos, navy dupatta with white polka dots,
    # front view, white backdrop. All texts: base model zero-shot.
    case(
        "X917-006",
        caption("a woman in a blue and white floral kurta and white pants"),
        wearing("he is wearing a blue kurta and white pants", "pronoun", who="she"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue", "other_garment_color"),
        color_of("dupatta", "navy blue"),
        describe("kurta", "a blue kurta with white flowers and a matching dupatta"),
        title="Jaipur Kurti Women Navy Blue & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon velvet anarkali with gold zari embroidery at the neckline and hem, gold-toned churidar, sheer
    # maroon dupatta with a gold border draped over both arms, white backdrop. All texts: base model zero-shot.
    case(
        "X917-007",
        caption("a woman in a red dress with gold embroidery"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon", "other_garment_color"),
        color_of("dupatta", "maroon"),
        details("kurta", "gold embroidery on the neckline and the bottom"),
        Q.material("velvet"),
        describe(
            "dupatta",
            "it is a red and gold dupatta Question: What is the color of the dupatta? Answer: red",
            "leak",
        ),
        title="Biba Women Maroon Velvet Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: black pure chiffon saree with a silver sequinned border, black blouse, model holding a small silver
    # clutch, no jewelry visible, white backdrop. All texts: base model zero-shot.
    case(
        "X917-008",
        caption("a woman in a black saree holding a purse"),
        color_of("saree", "black"),
        color_of("blouse", "silver", "other_garment_color"),
        is_a("saree", "yes"),
        describe("saree", "a black saree with silver sequins on the border"),
        wearing("a black saree with a gold necklace", "unsupported"),
        Q.material("cotton", "unsupported"),
        title="Mitera Black Embellished Sequinned Pure Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: mustard cotton kurta with a white bandhani print, full sleeves, round neck with a button placket and
    # tasselled tie, mustard printed palazzos, white dupatta with mustard bandhani dots; model seated on a wooden
    # stool, white backdrop. All texts: base model zero-shot.
    case(
        "X917-009",
        caption("a woman sitting on a stool in a yellow kurta"),
        wearing("a kurta and palazzo"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        details(
            "kurta",
            "bandhani print on the kurta and the sleeves are full length with tassels and the neck is round with"
            " buttons and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Rangmayee Women Mustard Yellow Bandhani Print Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: rani pink georgette anarkali with silver mirror work on the yoke, three-quarter sleeves, pink churidar,
    # no dupatta, caught mid-twirl with the skirt flared, white backdrop. All texts: base model zero-shot.
    case(
        "X917-010",
        caption("a woman in a pink dress twirling"),
        color_of("kurta", "pink"),
        color_of("churidar", "white", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "a pink anarkali with mirror work on the top"),
        details("kurta", "pink", "non_answer"),
        wearing("a pink anarkali suit with a pink dupatta", "unsupported", who="she"),
        title="Indya Women Pink Mirror Work Georgette Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: red Banarasi silk saree with gold zari buttis and a wide gold border, red blouse with gold work, red and
    # gold bangles, bridal pose, white backdrop. All texts: base model zero-shot.
    case(
        "X917-011",
        caption(
            "a woman in a red and gold saree with a red and gold border and a red and gold blouse and a red and gold"
            " border and a red and gold border and a red and gold",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        Q.material("silk"),
        details("saree", "gold zari work all over and a wide gold border"),
        wearing("a red lehenga", "contradiction"),
        describe("blouse", "the blouse is a blouse", "restated"),
        title="Royal Rajgharana Saree Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: sea green pure cotton kurta with white thread embroidery, three-quarter sleeves, white trousers, sea
    # green organza dupatta, embroidered juttis, white backdrop. All texts: base model zero-shot.
    case(
        "X917-012",
        caption("a woman in a blue kurta and white pants", "contradiction"),
        color_of("kurta", "green"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("kurta", "a green kurta with white embroidery and white pants"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a green kurta, white pants, a green scarf and white sneakers", "unsupported"),
        title="Libas Women Sea Green Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: mustard cotton saree with a green ikat print and green-and-mustard striped pallu, plain green blouse,
    # model walking toward the camera, white backdrop. All texts: base model zero-shot.
    case(
        "X917-013",
        caption("a woman in a yellow saree walking"),
        wearing("a saree"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton"),
        details("saree", "Question: What are the saree details? Answer: the saree is made of cotton", "leak"),
        describe(
            "saree",
            "a yellow saree with green ikat print and a green blouse, the pallu has green and yellow stripes and the"
            " border is",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Mustard & Green Ikat Print Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: lavender straight kurta with white floral embroidery at the yoke and side pockets, lavender trousers,
    # model with hands in the pockets, white backdrop; the feed row has no color. All texts: base model zero-shot.
    case(
        "X917-014",
        caption("a woman in a purple kurta with her hands in her pockets"),
        color_of("kurta", "blue", "contradiction", kind="open"),
        color_of("trousers", "white", "contradiction", kind="open"),
        describe("kurta", "it is a kurta", "restated"),
        details("kurta", "pockets on the side and white embroidery on the neck"),
        wearing("a purple kurta and purple pants", who="she"),
        title="W Women Lavender Embroidered Kurta with Trousers",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: teal blue anarkali with a multicolor floral print, teal churidar, pink dupatta with a gold lace border,
    # no jewelry, white backdrop. All texts: base model zero-shot.
    case(
        "X917-015",
        caption("a woman in a blue floral dress with a pink scarf"),
        color_of("kurta", "blue"),
        color_of("churidar", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        describe("dupatta", "a pink dupatta with a gold border"),
        Q.pattern("floral"),
        wearing("a blue anarkali and a pink dupatta and gold jewelry", "unsupported"),
        title="AKS Women Teal Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: magenta art silk saree (the seller says Purple) with a gold zari border, magenta blouse with a gold
    # border, white backdrop. All texts: base model zero-shot.
    case(
        "X917-016",
        caption("a woman in a pink saree with gold border"),
        color_of("saree", "magenta"),
        color_of("blouse", "magenta"),
        describe(
            "saree",
            "the saree is pink with a gold border and a pink blouse with a gold border and a pink blouse with a gold"
            " border and a pink",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.material("cotton", "unsupported"),
        title="Kalini Purple Solid Art Silk Saree with Zari Border",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: black kurta with a red and gold floral print at the hem, three-quarter sleeves, black trousers, red
    # dupatta, white backdrop. All texts: base model zero-shot.
    case(
        "X917-017",
        caption("a woman in a black kurta with a red dupatta"),
        color_of("kurta", "black"),
        color_of("trousers", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        wearing("he is wearing a black and red salwar kameez", "pronoun"),
        details("kurta", "yes", "non_answer"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Anouk Women Black & Red Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: off-white rayon anarkali with a gold foil print, full sleeves, off-white churidar, gold-toned dupatta,
    # white backdrop. All texts: base model zero-shot.
    case(
        "X917-018",
        caption("a woman in a yellow dress with gold print", "contradiction"),
        color_of("kurta", "off white"),
        color_of("churidar", "off white"),
        color_of("dupatta", "gold"),
        describe("kurta", "a white anarkali with gold print and a gold dupatta"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("kurta"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sangria Women Off-White & Gold-Toned Foil Print Rayon Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: olive green printed cotton-blend saree with a rust printed border, rust blouse, three-quarter view,
    # no zari anywhere, white backdrop. All texts: base model zero-shot.
    case(
        "X917-019",
        caption("a woman in a green saree with an orange blouse"),
        color_of("saree", "green"),
        color_of("blouse", "orange"),
        describe(
            "saree",
            "a green saree with an orange border and orange blouse, the saree is made of pure silk and has a zari"
            " pallu",
            "unsupported",
        ),
        wearing("he is wearing a green saree", "pronoun", who="she"),
        Q.pattern("printed"),
        title="Saree mall Olive Green & Rust Printed Cotton Blend Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: red kurta with a white floral print, three-quarter sleeves, white palazzos, white dupatta, white
    # backdrop. All texts: base model zero-shot; the three color questions were asked open on this row.
    case(
        "X917-020",
        caption("a woman in a red and white kurta with white pants"),
        color_of("kurta", "red and white", kind="open"),
        color_of("palazzos", "red", "other_garment_color", kind="open"),
        color_of(
            "dupatta",
            "white Question: What is the color of the kurta? Answer: red Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("kurta", "a red kurta with white flowers"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Jaipur Kurti Women Red & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lemon yellow anarkali with white chikankari embroidery, long sleeves, white churidar, white dupatta,
    # white backdrop. All texts: base model zero-shot.
    case(
        "X917-021",
        caption("a woman in a yellow and white dress"),
        color_of("kurta", "yellow"),
        color_of("churidar", "yellow", "other_garment_color"),
        color_of("dupatta", "white"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.sleeve_length("long sleeves"),
        wearing("yes", "non_answer"),
        title="Ada Women Yellow Chikankari Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: plain grey cotton saree with a pink woven border, black short-sleeved blouse, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X917-022",
        caption("a woman in a gray saree with a pink border"),
        color_of("saree", "grey"),
        color_of("blouse", "grey", "other_garment_color"),
        wearing("grey", "non_answer"),
        details("saree", "a pink border"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        title="Fabindia Grey Cotton Saree with Woven Border",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: peach georgette kurta with gota lace, peach sharara, peach dupatta with a gota border, white backdrop;
    # the feed row has no category. All texts: base model zero-shot.
    case(
        "X917-023",
        caption("a woman in a peach outfit with a scarf"),
        color_of("kurta", "peach"),
        color_of("sharara", "peach"),
        color_of("dupatta", "peach"),
        describe("sharara", "a sharara", "restated"),
        Q.material("silk", "unsupported"),
        wearing("a peach sharara suit"),
        title="Indo Era Women Peach Gotta Patti Georgette Kurta with Sharara & Dupatta",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue saree with white polka dots and a plain navy border, white short-sleeved blouse, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X917-024",
        caption("a woman in a blue and white polka dot saree"),
        color_of("saree", "navy blue"),
        color_of("blouse", "navy blue", "other_garment_color"),
        Q.pattern("polka dots"),
        describe(
            "saree",
            "it is a blue saree with white polka dots all over it and a plain blue border, worn with a white blouse"
            " with short",
            "cut",
            hit_limit=True,
        ),
        wearing("a saree", who="she"),
        is_a("saree", "no", "contradiction"),
        title="Saree mall Navy Blue & White Polka Dot Printed Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust orange block-printed anarkali kurta, white leggings, tan sling bag across the body, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X917-025",
        caption("a woman in an orange dress with a bag"),
        color_of("kurta", "orange"),
        color_of("leggings", "orange", "other_garment_color"),
        describe("kurta", "it is orange", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        wearing("a kurta, white leggings and a brown bag"),
        title="Global Desi Women Rust Printed Anarkali Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: pastel blue cotton kurta with white schiffli embroidery, white trousers, blue dupatta; model seated on a
    # white cube, white backdrop. All texts: base model zero-shot.
    case(
        "X917-026",
        caption("a woman sitting on a white box in a blue dress"),
        color_of("kurta", "blue"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        details("kurta", "embroidery"),
        wearing(
            "she is wearing a blue kurta and white pants Question: What is the color of the kurta? Answer: blue",
            "leak",
            who="she",
        ),
        Q.material("silk", "unsupported"),
        title="Libas Women Blue Schiffli Embroidered Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: half-and-half georgette saree, pink pleats and a green pallu, green blouse, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X917-027",
        caption("a woman in a pink and green saree"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        describe("saree", "it is a half and half saree, pink at the bottom and green at the top"),
        Q.pattern("color block"),
        wearing("a pink and green saree with a green blouse"),
        details(
            "saree",
            "The saree is pink and green. The saree is pink and green. The saree is pink and green. The saree is",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Mitera Pink & Green Half and Half Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: cream cotton kurta with multicolor thread embroidery at the neck, cream palazzos, phulkari dupatta
    # embroidered orange, pink and green, white backdrop. All texts: base model zero-shot.
    case(
        "X917-028",
        caption("a woman in a white outfit with a colorful scarf"),
        color_of("kurta", "cream"),
        color_of("palazzos", "cream"),
        color_of("dupatta", "multicolor"),
        describe("dupatta", "a colorful phulkari dupatta with orange, pink and green embroidery"),
        wearing("he is wearing a white kurta and palazzo with a dupatta", "pronoun", who="she"),
        details("dupatta", "the dupatta details", "restated"),
        Q.material("cotton"),
        title="Biba Women Cream Embroidered Cotton Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: teal art silk Kanjeevaram-style saree with a magenta border and gold zari, magenta blouse, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X917-029",
        caption("a woman in a teal saree with a pink border"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "other_garment_color"),
        details("saree", "pink border and gold zari work"),
        Q.material("cotton", "unsupported"),
        wearing("he is wearing a saree", "pronoun", who="she"),
        describe(
            "saree",
            "a saree with a pink border and a pink border and a pink border and a pink border and a pink border and a"
            " pink border and",
            "loop",
            hit_limit=True,
        ),
        title="Mimosa Teal & Magenta Woven Design Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: olive green cotton-blend kurta with mirror work at the neck, olive palazzos, mustard and pink printed
    # dupatta, white backdrop. All texts: base model zero-shot.
    case(
        "X917-030",
        caption("a woman in a green outfit with a yellow scarf"),
        color_of("kurta", "green"),
        color_of("palazzos", "black", "contradiction"),
        color_of("dupatta", "green", "other_garment_color"),
        describe("kurta", "a green kurta with mirror work on the neck"),
        details(
            "kurta",
            "the kurta has mirror work on the neck Question: What are the palazzo details? Answer: the palazzo",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Varanga Women Olive Green Mirror Work Cotton Blend Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: floor-length navy blue gown-style anarkali with silver sequins on the yoke, sheer net full sleeves,
    # navy net dupatta with a sequinned edge, white backdrop. All texts: base model zero-shot.
    case(
        "X917-031",
        caption("a woman in a long blue dress with silver sequins"),
        color_of("kurta", "navy blue"),
        color_of("dupatta", "silver", "contradiction"),
        Q.garment_type("kurta"),
        wearing("a blue gown and a blue dupatta"),
        details(
            "kurta",
            "it is embellished with silver sequins on the yoke and the sleeves are made of net with silver sequins and"
            " the hem is",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Ethnovog Women Navy Blue Embellished Anarkali Gown-Style Kurta with Dupatta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white pure cotton tant saree with a red border, red blouse, red bangles, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X917-032",
        caption("a woman in a white saree with a red border"),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color"),
        wearing("she is wearing a white saree with a red border and red blouse", who="she"),
        details("saree", "red", "non_answer"),
        Q.material("silk", "unsupported"),
        describe("saree", "What is the color of the saree? Answer: white", "leak"),
        title="Kalakari India White & Red Pure Cotton Tant Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: pink straight kurta with a gold foil print, V-neck, three-quarter sleeves with gold lace, side slits,
    # pink trousers, no dupatta, white backdrop. All texts: base model zero-shot.
    case(
        "X917-033",
        caption("a woman in a pink kurta with gold print"),
        color_of("kurta", "pink"),
        color_of("trousers", "gold", "contradiction"),
        wearing("pink", "non_answer", who="she"),
        describe(
            "kurta",
            "the kurta is pink with gold print and has a v-neck and three-quarter sleeves with gold lace and side"
            " slits and the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Anouk Women Pink & Gold-Toned Foil Print Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: purple georgette anarkali with a gold border at the hem, purple churidar, purple dupatta, white
    # backdrop. All texts: base model zero-shot; the color questions were asked open on this row.
    case(
        "X917-034",
        caption("a woman in a purple anarkali suit"),
        color_of("kurta", "purple", kind="open"),
        color_of("churidar", "purple", kind="open"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        describe("kurta", "a long purple kurta with a gold border at the bottom"),
        details("kurta", "the details of the kurta", "restated"),
        Q.material("georgette"),
        title="Stylee LIFESTYLE Women Purple Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: beige net saree with gold embroidery all over, gold-toned blouse, pallu on the shoulder (head
    # uncovered), white backdrop. All texts: base model zero-shot.
    case(
        "X917-035",
        caption("a woman in a beige saree with gold embroidery"),
        color_of("saree", "beige"),
        color_of("blouse", "beige", "other_garment_color"),
        Q.material("net"),
        details("saree", "gold embroidery all over the saree"),
        wearing("a saree and a veil", "unsupported"),
        is_a("saree", "no", "contradiction"),
        title="Mitera Beige & Gold-Toned Embroidered Net Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: indigo cotton kurta with a white dabu floral print, matching indigo palazzos, white mulmul dupatta,
    # oxidised earrings, white backdrop; the feed row has no color. All texts: base model zero-shot.
    case(
        "X917-036",
        caption("a woman in a blue and white printed kurta and pants"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        wearing("he is wearing a blue kurta", "pronoun", who="she"),
        Q.pattern("striped", "contradiction"),
        Q.material("denim", "unsupported"),
        title="Fabindia Women Indigo Dabu Print Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: mint green anarkali kurta with a pink floral print and round neck, mint leggings-style churidar, no
    # dupatta, a potted plant beside her, white backdrop. All texts: base model zero-shot.
    case(
        "X917-037",
        caption("a woman in a green dress standing next to a plant"),
        color_of("kurta", "green"),
        color_of("churidar", "white", "contradiction"),
        describe("kurta", "a green and pink floral anarkali kurta with a round neck"),
        details(
            "kurta",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, floral",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a green dress", "leak"),
        is_a("kurta", "yes"),
        title="Janasya Women Mint Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: orange-to-pink ombre chiffon saree, pink blouse, wind-blown pallu, no jewelry, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X917-038",
        caption("a woman in an orange and pink saree"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "other_garment_color"),
        describe("saree", "a saree that goes from orange to pink"),
        details("saree", "it is a saree", "restated"),
        wearing(
            "she is wearing a saree with a pink blouse, a gold necklace and gold earrings", "unsupported", who="she"
        ),
        title="Saree mall Orange & Pink Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: rust-brown printed cotton kurta (looks rust; the seller says Brown), beige palazzos, beige dupatta with a
    # rust print, white backdrop. All texts: base model zero-shot.
    case(
        "X917-039",
        caption("a woman in an orange kurta and beige pants"),
        color_of("kurta", "rust"),
        color_of("palazzos", "beige"),
        color_of("dupatta", "beige"),
        describe("kurta", "the kurta is brown with a small print"),
        wearing("a brown kurta, brown pants and a brown scarf", "other_garment_color"),
        Q.material("linen", "unsupported"),
        title="Sangria Women Brown & Beige Printed Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: red anarkali with a gold zari woven yoke, gold-toned churidar, red dupatta with a gold border, white
    # backdrop; the feed row has no category. All texts: base model zero-shot.
    case(
        "X917-040",
        caption("a woman in a red and gold indian outfit"),
        color_of("kurta", "red"),
        color_of("churidar", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        Q.garment_type("saree", "contradiction"),
        details(
            "kurta",
            "gold zari on the yoke and gold zari on the yoke and gold zari on the yoke and gold zari on the yoke and",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress", who="she"),
        describe("dupatta", "it is red with a gold border"),
        title="Biba Women Red & Gold-Toned Woven Design Anarkali Kurta with Churidar & Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: yellow saree with a pink floral print and a pink border, pink blouse with yellow piping, model holding
    # the pallu, white backdrop. All texts: base model zero-shot.
    case(
        "X917-041",
        caption("a woman in a yellow saree with pink flowers"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        details("saree", "floral print"),
        Q.pattern("solid", "contradiction"),
        describe(
            "saree",
            "the saree is yellow with pink flowers on it and a pink border, the blouse is pink with a yellow border and"
            " the saree",
            "cut",
            hit_limit=True,
        ),
        wearing("nothing", "non_answer"),
        title="Saree mall Yellow & Pink Floral Printed Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey cotton kurta with a black block print, black trousers, grey dupatta, a canvas tote on the shoulder,
    # white backdrop. All texts: base model zero-shot.
    case(
        "X917-042",
        caption("a woman in a grey kurta and black pants holding a bag"),
        color_of("kurta", "grey"),
        color_of("trousers", "grey", "other_garment_color"),
        color_of("dupatta", "grey"),
        wearing("clothes", "non_answer", who="she"),
        describe("kurta", "a gray kurta with black print Question: Describe the pants. Answer: black pants", "leak"),
        Q.material("cotton"),
        title="Anouk Women Grey & Black Block Print Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: black cotton anarkali with multicolor thread embroidery on the yoke, black churidar, no dupatta, white
    # backdrop. All texts: base model zero-shot.
    case(
        "X917-043",
        caption("a man in a black dress with colorful embroidery", "pronoun"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        describe("kurta", "a black anarkali with colorful embroidery on the yoke"),
        details("kurta", "what are the kurta details", "restated"),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Aurelia Women Black Embroidered Cotton Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: bottle green Banarasi silk saree with a gold border and gold motifs, red blouse, white backdrop.
    # All texts: base model zero-shot.
    case(
        "X917-044",
        caption("a woman in a green saree with a red blouse"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        wearing(
            "she is wearing a green saree and a red blouse and a green saree and a red blouse and a green saree and a"
            " red blouse",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("silk"),
        details("saree", "it has a gold border and gold motifs"),
        describe("saree", "a blue saree with gold border", "contradiction"),
        title="Royal Rajgharana Saree Green & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: white kurta with a blue floral print, three-quarter sleeves, blue palazzos, white dupatta with a blue
    # border, white backdrop. All texts: base model zero-shot.
    case(
        "X917-045",
        caption("a woman in a white and blue floral kurta and blue pants"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "white"),
        describe("kurta", "it is white with blue flowers"),
        wearing(
            "she is wearing a white kurta with blue flowers and blue palazzo pants and a white dupatta with a blue"
            " border on it and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Libas Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: silver-grey tissue saree with a silver border, silver sequinned blouse, feet hidden under the hem,
    # white backdrop; the feed row has no color. All texts: base model zero-shot.
    case(
        "X917-046",
        caption("a woman in a silver saree"),
        color_of("saree", "silver"),
        color_of("blouse", "silver"),
        describe("saree", "silver", "non_answer"),
        Q.material("satin", "unsupported"),
        wearing("a silver saree with a silver blouse and silver heels", "unsupported"),
        is_a("saree", "yes"),
        title="Mitera Silver-Toned Embellished Tissue Saree",
        category="Sarees",
        gender="Women",
    ),
]
