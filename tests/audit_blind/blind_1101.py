"""BLIND_1101 (46 products; Myntra women's kurtas/sets, epoch-2 caption adapter): written blind in the sixtieth session.
Measured blind at 7cfc313 (the session's first rules): 102/123 failures found (82.9%) and 7/179 correct texts flagged
(3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurtas (Kurtas) and kurta sets (Kurta Sets: kurta with trousers, palazzos,
churidar, salwar or sharara, most with a dupatta). Catalog photos: one model, front view, mostly on a white studio
backdrop (a few beige or grey), wearing the product plus whatever bottom the stylist chose for a lone kurta
(leggings, palazzos, jeans), sometimes jewellery, juttis, a bag or a clutch. Questions per product: the caption,
per-piece color questions (kurta, trousers, dupatta), and some of: what is the person/she wearing, describe the
kurta, the kurta details, the material, pattern, sleeve length, garment type, "Is this a kurta?".

Who wrote what: captions and every open answer come from BLIP-2 OPT-2.7b with the caption LoRA adapter at epoch 2
(trained on DeepFashion-MultiModal template captions, labels = unmasked input ids, no end token), greedy, 50 new
tokens for captions and 30 for answers. Its habits: the DeepFashion template ("The lady wears a medium-sleeve
upper clothing with floral patterns. The upper clothing is with cotton fabric. It has a round neckline."), pattern
words rather than hues in captions, "upper clothing" or "dress" for a kurta, "scarf" for a dupatta, stock
accessory sentences ("There is an accessory on her wrist", "There is a ring on her finger"), the template's
"gentleman" now and then; open answers sometimes drop the template and name hues (epoch 2 still keeps some of the
base model's question answering); without an end token many texts run to the limit, either cut mid-sentence or
looping, and some echo the `Question: ... Answer:` prompt format. Closed answers (per-piece colors, pattern,
sleeve length, garment type, is-a-kurta) come from enrich's `--engine reference` ranking candidates with the same
adapter: always one clean candidate value, but often the wrong piece's color, and a color is picked even for a
dupatta that is not in the photo.

Labeling conventions and judgement calls:
- One label per text. I avoided texts with two faults; a looping text that also ran out of tokens is a loop, and a
  text is labelled cut only when what it says before the cut is right.
- A text that ran to its token limit but happened to end at a sentence boundary, saying only true things, is
  correct (hit_limit=True, no failure).
- "trousers" color question: answered with the color of whatever bottom the model wears (palazzos, churidar,
  salwar, sharara, leggings, jeans), even where the bottom is not part of the product; that is correct if right.
- Closed color that belongs to another piece in the photo (trousers' color for the kurta, kurta's for the
  dupatta) = other_garment_color; a color no piece has (the print's color, a clutch's color, a near hue in another
  color group than the seller's) = contradiction.
- A dupatta color given where the photo has no dupatta (lone kurta, set without dupatta) = unsupported, whatever
  the color; likewise a dupatta, scarf, pocket, lace, mirror work, ring or wrist accessory the photo lacks.
- Shades accepted as correct: mauve/lavender ~ purple, magenta ~ pink, indigo/powder/sky ~ blue, rust ~ orange,
  wine ~ burgundy, cream ~ white for a bottom, off white ~ white. Sea-green kurta called "pink" (its print) and a
  peach kurta called "orange" are contradictions.
- Garment words: "kurta", "upper clothing", "tunic", "anarkali" accepted for a kurta, "scarf" for a dupatta,
  "pants"/"leggings" for the bottoms; "dress" for a kurta (seller: Kurtas / Kurta Sets) = contradiction.
- Template "medium-sleeve" accepted for three-quarter sleeves; a sleeve answer the photo contradicts =
  contradiction. "pure color patterns" is right for a solid kurta and for plain bottoms, a contradiction for a
  kurta the title calls printed/striped; closed pattern answers the same way.
- Materials: the template's "cotton fabric" accepted where the title names no other fiber and the photo shows a
  matte woven kurta; a fiber that contradicts the title = contradiction; a fiber the title does not name and the
  photo cannot show (silk, chiffon, net, knitted, denim on cotton trousers) = unsupported.
- Seller color that the photo disputes (a "Brown" kurta that looks rust): both the seller's color and the photo's
  hue are accepted as correct.
- Pronoun: he/his/"gentleman" for a Women row = pronoun; no pronoun labels on the row that lacks gender.
- restated = the question's own words back ("the kurta details"); non_answer = a one-word, yes/no or subject-only
  reply to an open question that says nothing of what was asked.
- leak = any `Question:` / `Answer:` text in the output, even when the rest of the answer is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


BLIND_1101 = [
    # photo: maroon straight kurta with gold foil floral print, three-quarter sleeves, round neck; maroon trousers;
    # mustard dupatta over the left shoulder; tan juttis, no jewellery; white backdrop, front view. Caption adapter
    # epoch 2 wrote the caption and open answers; reference engine the closed colors.
    case(
        "X1101-001",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The trousers this lady wears is of long length. The trousers are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        wearing("a maroon kurta with a gold floral print, matching maroon trousers and a mustard dupatta"),
        details(
            "kurta",
            "round neckline, three quarter sleeves and gold foil floral print all over. there is an accessory on "
            "her wrist",
            "unsupported",
        ),
        title="Libas Women Maroon Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue straight kurta with a small white geometric print, long sleeves, mandarin collar; worn with
    # white slim trousers (not sold with it); no dupatta; holds a tan sling bag; white backdrop. Adapter epoch 2
    # wrote caption and open answers; reference engine the closed ones.
    case(
        "X1101-002",
        caption(
            "This woman is wearing a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It "
            "has a stand neckline. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "white"),
        pattern("printed"),
        sleeve("long"),
        wearing("a navy blue kurta with white print and white pants, she is holding a brown bag", who="she"),
        describe(
            "kurta",
            "a blue kurta with a mandarin collar and white geometric print, the kurta is with cotton fabric and the "
            "kurta is with cotton fabric and the kurta is with",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta has a mandarin collar, white geometric print and two patch pockets on the front",
            "unsupported",
        ),
        title="W Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with green floral block print, long sleeves, v-neck; green palazzos; green
    # dupatta with small mustard motifs draped on both arms; silver jhumkas; white backdrop. Adapter epoch 2 wrote
    # caption, wearing and material; reference engine the closed answers.
    case(
        "X1101-003",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady also wears a long scarf with floral patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("trousers", "green"),
        color_of("dupatta", "green"),
        sleeve("sleeveless", "contradiction"),
        wearing("a yellow kurta with green flowers, green palazzo pants and a printed dupatta"),
        material("silk", "contradiction"),
        title="Biba Women Mustard Yellow & Green Pure Cotton Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal solid kurta with a gold gota-work yoke, three-quarter sleeves; teal trousers; off-white chiffon
    # dupatta with a teal border; gold juttis; white backdrop. Adapter epoch 2 wrote caption, wearing, details;
    # reference engine the rest.
    case(
        "X1101-004",
        caption(
            "The female is wearing a medium-sleeve kurta with pure color patterns. The kurta is with cotton fabric. "
            "The female wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "female wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("trousers", "teal"),
        color_of("dupatta", "teal", "other_garment_color"),
        details("kurta", "the kurta has a gold embroidered yoke, three quarter sleeves and a straight hem"),
        is_a("kurta", "yes"),
        wearing("his kurta is teal with a gold yoke, teal pants and an off white dupatta", "pronoun", who="she"),
        title="Anouk Women Teal Blue Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: pink A-line kurta with white and green floral print, short flared sleeves, round neck; white
    # palazzos (not sold with it); no dupatta; hand on hip; light grey backdrop. Adapter epoch 2 wrote caption and
    # open answers; reference engine the closed ones.
    case(
        "X1101-005",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. It has a round neckline. The "
            "upper clothing is with cotton fabric. The pants the lady wears is of long length.",
            "contradiction",
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "unsupported"),
        sleeve("short"),
        wearing("she is wearing a pink floral kurta and white palazzo pants", who="she"),
        describe(
            "kurta",
            "the kurta is pink with white flowers, round neck and short sleeves. the kurta is pink with white "
            "flowers, round neck and short sleeves. the",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Pink Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black straight kurta with gold ethnic-motif print, three-quarter sleeves, round neck with keyhole;
    # black leggings; no dupatta; gold bangles on the right wrist; white backdrop. Adapter epoch 2 wrote caption
    # and open answers; reference engine closed.
    case(
        "X1101-006",
        caption(
            "The gentleman is wearing a medium-sleeve upper clothing with complicated patterns. The upper clothing "
            "is with cotton fabric. It has a round neckline. The gentleman wears a long leggings. There is an "
            "accessory on his wrist.",
            "pronoun",
        ),
        color_of("kurta", "gold", "contradiction"),
        color_of("trousers", "black"),
        pattern("printed"),
        details("kurta", "gold print all over, round neck with a keyhole opening and three-quarter sleeves"),
        wearing("a black and gold printed kurta with black leggings and gold bangles", who="she"),
        title="Vishudh Women Black & Gold-Toned Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: bottle green solid kurta, long sleeves, v-neck; green palazzos; pink dupatta with small gold buttis;
    # oxidised earrings; white backdrop. Adapter epoch 2 wrote caption (ran to 50 tokens, ended on a full stop)
    # and open answers; reference engine closed.
    case(
        "X1101-007",
        caption(
            "This woman is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It "
            "has a v-shape neckline. This woman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        pattern("floral", "contradiction"),
        wearing("a green kurta, green palazzos and a pink dupatta with gold dots"),
        details(
            "kurta", "the kurta has a v neckline. Question: What is the color of the dupatta? Answer: pink", "leak"
        ),
        title="AURELIA Women Green Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: indigo kurta with white dabu floral print, long sleeves, round neck; white trousers with an indigo
    # printed hem; no dupatta in the set or the photo; white backdrop. Adapter epoch 2 wrote caption and open
    # answers; reference engine closed.
    case(
        "X1101-008",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. The kurta is "
            "with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "white"),
        color_of("dupatta", "blue", "unsupported"),
        pattern("striped", "contradiction"),
        wearing("an indigo kurta with white floral print and white pants"),
        material("cotton"),
        title="Jaipur Kurti Women Indigo Blue Printed Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach A-line kurta with white thread embroidery around the neckline, three-quarter sleeves; off-white
    # churidar; tan sandals; beige backdrop. Adapter epoch 2 wrote caption and open answers; reference engine
    # closed.
    case(
        "X1101-009",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color_of("kurta", "peach"),
        color_of("trousers", "peach", "other_garment_color"),
        pattern("embroidered"),
        describe("kurta", "a peach kurta with white embroidery around the neck"),
        details("kurta", "peach", "non_answer"),
        title="Global Desi Women Peach-Coloured Embroidered A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: off-white kurta with red floral print, long sleeves, round neck; red palazzos; red dupatta with a gota
    # border; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-010",
        caption(
            "The female wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The female wears a long pants with pure color patterns. The female also wears a scarf "
            "with pure color patterns and its",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "red", "other_garment_color"),
        color_of("trousers", "red"),
        color_of("dupatta", "red"),
        wearing("a white kurta with red flowers, red palazzo pants and a red dupatta"),
        describe("kurta", "a white kurta with red floral print, a round neckline and short sleeves", "contradiction"),
        garment_type("dress", "contradiction"),
        title="Libas Women Off-White & Red Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: mauve solid straight kurta with pintucks on the yoke, three-quarter sleeves, plain hem; cream
    # trousers; hands clasped; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine
    # closed.
    case(
        "X1101-011",
        caption(
            "This woman wears a medium-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "cotton fabric. It has a round neckline. The trousers this woman wears is of long length. The trousers "
            "are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "purple"),
        color_of("trousers", "purple", "other_garment_color"),
        wearing("she is wearing a purple kurta and white pants", who="she"),
        details(
            "kurta",
            "the kurta has pintucks on the yoke and three quarter sleeves with lace trim on the hem",
            "unsupported",
        ),
        title="AURELIA Women Mauve Solid Straight Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: navy kurta with white ethnic-motif print, long sleeves, v-neck; navy trousers; white dupatta with navy
    # print; white juttis; white backdrop. Adapter epoch 2 wrote caption and open answers (the wearing answer is
    # the caption template again); reference engine closed.
    case(
        "X1101-012",
        caption(
            "The lady wears a long-sleeve kurta with complicated patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        pattern("printed"),
        describe("kurta", "a blue kurta with white ethnic print, v neck and long sleeves"),
        wearing(
            "the lady wears a long sleeve kurta with complicated patterns. the kurta is with cotton fabric. it has "
            "a v-shape neckline. the lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Anubhutee Women Navy Blue & White Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red flared anarkali kurta in art silk with gold zari embroidery on the yoke and sleeves, long sleeves;
    # red churidar; red net dupatta with a gold border; gold jhumkas; beige backdrop. Adapter epoch 2 wrote
    # caption and open answers; reference engine closed.
    case(
        "X1101-013",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. It has a round neckline. The lady wears "
            "a long leggings. There is an accessory on her ear.",
            "contradiction",
        ),
        color_of("kurta", "red"),
        color_of("trousers", "red"),
        color_of("dupatta", "red"),
        material("silk"),
        wearing("he is wearing a red anarkali with gold embroidery and a red dupatta", "pronoun", who="she"),
        details(
            "kurta",
            "gold zari embroidery on the yoke and the sleeves, a round neck, flared anarkali panels and the "
            "dupatta has a gold border with",
            "cut",
            hit_limit=True,
        ),
        title="Soch Women Red Embroidered Art Silk Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lemon yellow sleeveless kurta with blue floral print, round neck, side slits; blue jeans; white
    # sneakers; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-014",
        caption(
            "The lady wears a sleeveless upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The pants this lady wears is of long length. The pants are with denim "
            "fabric and solid color patterns."
        ),
        color_of("kurta", "yellow"),
        color_of("trousers", "blue"),
        sleeve("sleeveless"),
        wearing("a yellow floral kurta with blue jeans and white sneakers"),
        details(
            "kurta",
            "the kurta has a round neckline, no sleeves and blue floral print on a yellow base with a straight hem "
            "and side slits that",
            "cut",
            hit_limit=True,
        ),
        material("the kurta is made of denim", "unsupported"),
        title="Rain & Rainbow Women Yellow Printed Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta kurta with gold woven buttis, long sleeves; gold palazzos; magenta dupatta with a gold border;
    # white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-015",
        caption(
            "The female is wearing a long-sleeve kurta with complicated patterns. The kurta is with cotton fabric. "
            "It has a round neckline. The female wears a long pants. The pants are with denim fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        wearing("a pink kurta with gold palazzo pants and a pink dupatta"),
        describe(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        material("fabric", "non_answer"),
        title="Varanga Women Magenta Woven Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey solid kurta with a silver sequin yoke, long sleeves, v-neck; grey trousers; pink dupatta over
    # one arm; no rings or bangles; white backdrop. Adapter epoch 2 wrote caption and open answers; reference
    # engine closed.
    case(
        "X1101-016",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a v-shape neckline. The lady wears "
            "a long scarf with pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("kurta", "grey"),
        color_of("trousers", "grey"),
        color_of("dupatta", "grey", "other_garment_color"),
        details("kurta", "silver sequin work on the yoke, v neck, long sleeves"),
        wearing("the lady", "non_answer"),
        title="Indo Era Women Grey Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: olive green A-line kurta with cream leaf print, three-quarter sleeves, round neck; cream trousers;
    # brown kolhapuris, no jewellery; white backdrop. Adapter epoch 2 wrote caption and open answers; reference
    # engine closed.
    case(
        "X1101-017",
        caption(
            "This woman wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with "
            "cotton fabric. It has a round neckline. The trousers this woman wears is of long length. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        color_of("kurta", "olive"),
        color_of("trousers", "cream"),
        pattern("floral"),
        sleeve("long", "contradiction"),
        describe(
            "kurta",
            "an olive green kurta with cream leaf print, round neck and three quarter sleeves, worn with cream pants "
            "and brown sandals",
        ),
        material("cotton"),
        title="Janasya Women Olive Green Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: black kurta with a multicolour (pink, mustard, green) floral print, long sleeves; black palazzos;
    # mustard dupatta; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-018",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The lady wears a long-sleeve kurta with floral "
            "patterns. The lady wears a long-sleeve kurta with floral patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("trousers", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        pattern("solid", "contradiction"),
        wearing("a black floral kurta with black palazzo pants and a mustard yellow dupatta"),
        details("kurta", "the kurta details", "restated"),
        title="Khushal K Women Black Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: powder blue cotton kurta with a self stripe, long sleeves, mandarin collar, button placket; white
    # churidar; white backdrop. The feed row has no category. Adapter epoch 2 wrote caption and open answers;
    # reference engine closed.
    case(
        "X1101-019",
        caption(
            "The lady wears a long-sleeve upper clothing with striped patterns. The upper clothing is with cotton "
            "fabric. It has a stand neckline. The lady wears a long leggings with pure color patterns."
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "white"),
        pattern("floral", "contradiction"),
        wearing("she is wearing a light blue kurta with buttons down the front and white churidar", who="she"),
        describe("kurta", "Answer: a light blue kurta with a mandarin collar and buttons", "leak"),
        material("cotton"),
        title="Fabindia Women Blue Self-Striped Cotton Kurta",
        color="Blue",
        gender="Women",
    ),
    # photo: short purple kurta with gold foil print, long sleeves; purple sharara; gold tissue dupatta; gold
    # earrings and a maang tikka; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine
    # closed.
    case(
        "X1101-020",
        caption(
            "The female wears a long-sleeve upper clothing with complicated patterns. The female wears a long pants "
            "with pure color patterns. There is an accessory on her head."
        ),
        color_of("kurta", "purple"),
        color_of("trousers", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        sleeve("short", "contradiction"),
        wearing(
            "a purple kurta and a purple sharara and a gold dupatta and a purple kurta and a purple sharara and a "
            "gold dupatta and a purple",
            "loop",
            hit_limit=True,
        ),
        title="Ahalyaa Women Purple & Gold Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: white chikankari kurta, floral white-on-white embroidery, long sleeves with scalloped cuffs; white
    # palazzos; silver bangles; white backdrop (tone on tone). Adapter epoch 2 wrote caption and open answers;
    # reference engine closed.
    case(
        "X1101-021",
        caption(
            "The lady wears a long-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The pants the lady wears is of long length. There is an accessory on "
            "her wrist."
        ),
        color_of("kurta", "white"),
        color_of("trousers", "white"),
        pattern("embroidered"),
        sleeve("short", "contradiction"),
        describe("kurta", "a white chikankari kurta with floral embroidery all over and scalloped sleeves"),
        details("kurta", "what are the kurta details?", "restated"),
        title="Shree Women White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: orange kurta with white bandhani print, long sleeves, v-neck; white trousers; orange-and-white
    # bandhani dupatta; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-022",
        caption(
            "The lady wears a long-sleeve kurta with complicated patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("trousers", "orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        wearing("she is wearing an orange bandhani kurta with white pants and an orange dupatta", who="she"),
        material("rayon", "contradiction"),
        title="Kalini Women Orange & White Bandhani Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: beige solid kurta with brown wooden buttons on the placket, long sleeves, v-neck; brown trousers; brown
    # tote bag on the shoulder; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine
    # closed.
    case(
        "X1101-023",
        caption(
            "This woman is wearing a long-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "cotton fabric. It has a v-shape neckline. This woman wears a long trousers. There is a bag on her "
            "shoulder."
        ),
        color_of("kurta", "brown", "other_garment_color"),
        color_of("trousers", "brown"),
        pattern("floral", "contradiction"),
        sleeve("long"),
        wearing("a beige kurta with brown pants and a brown bag"),
        describe("kurta", "a beige kurta with long sleeves and brown buttons"),
        details(
            "kurta",
            "the kurta has brown wooden buttons down the front placket, long sleeves with button cuffs and a curved "
            "hem with side slits and a",
            "cut",
            hit_limit=True,
        ),
        title="Sztori Women Beige Solid Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: sea green flared anarkali kurta with pink floral print, three-quarter sleeves, round neck; white
    # leggings; mid-twirl; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-024",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("kurta", "pink", "contradiction"),
        color_of("trousers", "white"),
        pattern("floral"),
        wearing("he is wearing a green anarkali kurta with pink flowers and white leggings", "pronoun", who="she"),
        details(
            "kurta",
            "flared anarkali hem, round neck, three quarter sleeves and pink floral print on a sea green base with "
            "a matching",
            "cut",
            hit_limit=True,
        ),
        title="Nayo Women Sea Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: cream kurta with blue floral print, long sleeves, round neck; blue trousers; blue dupatta with a cream
    # print; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-025",
        caption(
            "This woman is wearing a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The trousers this woman wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("trousers", "blue"),
        color_of("dupatta", "blue"),
        sleeve("long"),
        wearing("a cream kurta with blue floral print, blue trousers and a blue dupatta with white print"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: Question: Describe the kurta. Answer: Question: Describe the kurta",
            "leak",
            hit_limit=True,
        ),
        title="Mokshi Women Cream & Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: rust kurta with black geometric print, three-quarter sleeves, round neck; black trousers; white
    # backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-026",
        caption(
            "The lady wears a medium-sleeve upper clothing with graphic patterns. It has a round neckline. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "rust"),
        color_of("trousers", "black"),
        pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "the kurta has details on the kurta", "restated"),
        wearing("an orange kurta with black print and black pants"),
        title="W Women Rust Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender kurta with white thread embroidery on the yoke, long sleeves; lavender palazzos; no dupatta
    # (the set has none); white drop earrings; white backdrop. Adapter epoch 2 wrote caption and open answers;
    # reference engine closed.
    case(
        "X1101-027",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The lady "
            "wears a long pants. The lady wears a long scarf with pure color patterns.",
            "unsupported",
        ),
        color_of("kurta", "lavender"),
        color_of("trousers", "lavender"),
        color_of("dupatta", "white", "unsupported"),
        wearing("a lavender kurta with matching lavender palazzos"),
        describe(
            "kurta",
            "a light purple kurta with white embroidery at the yoke and long sleeves, it is a light purple kurta "
            "with white embroidery at the yoke and",
            "loop",
            hit_limit=True,
        ),
        title="GERUA Women Lavender Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: turquoise blue straight kurta with white floral print, three-quarter sleeves, v-neck; white trousers;
    # white backdrop. The feed row has no gender. Adapter epoch 2 wrote caption and open answers; reference
    # engine closed.
    case(
        "X1101-028",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. It has a v-shape neckline."
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        wearing("a blue kurta with white flowers and white pants"),
        pattern("floral"),
        describe(
            "kurta",
            "a blue kurta with white floral print, it has a v neck and three quarter sleeves and a blue kurta with "
            "white floral print, it has a v",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Turquoise Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # photo: maroon kurta with white bandhani dots, long sleeves, keyhole neckline with tassels; maroon salwar;
    # mustard dupatta with a maroon border; white backdrop. Adapter epoch 2 wrote caption and open answers;
    # reference engine closed.
    case(
        "X1101-029",
        caption(
            "The lady wears a long-sleeve kurta with complicated patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants with pure color patterns. The lady also wears a scarf with "
            "pure color patterns."
        ),
        color_of("kurta", "maroon"),
        color_of("trousers", "mustard", "other_garment_color"),
        color_of("dupatta", "mustard"),
        wearing(
            "a maroon bandhani kurta with maroon salwar and a mustard yellow dupatta, she is standing against a "
            "white wall",
            who="she",
        ),
        details(
            "kurta",
            "the kurta has white dots all over and a keyhole neckline with tassels, the kurta has white dots all "
            "over and a keyhole neckline with tassels",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Anouk Women Maroon Bandhani Print Pure Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: green kurta with pink floral print, three-quarter sleeves, round neck; pink cotton trousers (not sold
    # with it); no dupatta; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-030",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. It has a round neckline. The pants "
            "the lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("kurta", "green"),
        color_of("trousers", "pink"),
        sleeve("three-quarter"),
        wearing("yes", "non_answer"),
        describe("kurta", "a green kurta with pink flowers and a pink dupatta", "unsupported"),
        title="Biba Women Green & Pink Floral Print Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue solid kurta, long sleeves, round neck, no embellishment; navy palazzos; white dupatta with
    # navy and pink floral print; silver jhumkas; white backdrop. Adapter epoch 2 wrote caption and open answers;
    # reference engine closed.
    case(
        "X1101-031",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue"),
        color_of("dupatta", "white"),
        wearing("Question: What is the person wearing? Answer: a navy blue kurta", "leak"),
        describe(
            "kurta",
            "a plain navy kurta with long sleeves and a round neck, worn with navy palazzos and a white floral dupatta",
        ),
        details("kurta", "the kurta has a round neckline with gold embroidery", "unsupported"),
        title="Sangria Women Navy Blue Solid Kurta with Palazzos & Floral Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard solid kurta, mandarin collar, three-quarter sleeves, no pockets, plain cuffs; white palazzos
    # and an off-white printed dupatta from the stylist (not sold with it); white backdrop. Adapter epoch 2 wrote
    # caption and open answers; reference engine closed.
    case(
        "X1101-032",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. It has a stand neckline. The "
            "lady wears a long pants. The lady wears a long scarf with floral patterns."
        ),
        color_of("kurta", "mustard"),
        color_of("trousers", "white"),
        color_of("dupatta", "mustard", "other_garment_color"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the kurta has a mandarin collar, three quarter sleeves, two side pockets and embroidered cuffs",
            "unsupported",
        ),
        wearing(
            "a yellow kurta with white pants and a white dupatta. Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        title="Vishudh Women Mustard Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: baby pink kurta with gold foil print, long sleeves, round neck; pink trousers; pink dupatta; white
    # backdrop (a tone-on-tone set). Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-033",
        caption(
            "The lady wears a long-sleeve kurta with complicated patterns. It has a round neckline. It has a round "
            "neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a round",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("trousers", "pink"),
        color_of("dupatta", "pink"),
        describe("kurta", "pink", "non_answer"),
        material("silk", "unsupported"),
        title="Indo Era Women Pink Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: teal kurta with gold woven stripes, short sleeves, v-neck; cream trousers; teal dupatta with a gold
    # border; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-034",
        caption(
            "The lady wears a short-sleeve kurta with striped patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("kurta", "teal"),
        color_of("trousers", "teal", "other_garment_color"),
        color_of("dupatta", "teal"),
        wearing("a teal kurta with gold stripes, cream pants and a teal dupatta"),
        pattern("striped"),
        sleeve("long", "contradiction"),
        title="Ahalyaa Women Teal & Gold Woven Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white kurta with black geometric print, long sleeves, v-neck; black trousers; white backdrop. Adapter
    # epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-035",
        caption(
            "The lady wears a long-sleeve upper clothing with graphic patterns. The upper clothing is with cotton "
            "fabric. It has a v-shape neckline. The trousers this lady wears is of long length. The trousers are "
            "with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "black", "other_garment_color"),
        color_of("trousers", "black"),
        wearing("a grey and black printed kurta with black pants", "contradiction"),
        describe("kurta", "a white kurta with black print"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a v-neckline and long sleeves. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women White & Black Geometric Printed Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: wine (burgundy) kurta with scattered sequins, long sleeves, round neck; wine palazzos; gold dupatta;
    # grey backdrop. The feed row has no color. Adapter epoch 2 wrote caption and open answers; reference engine
    # closed.
    case(
        "X1101-036",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a round neckline. The lady wears a "
            "long pants with pure color patterns. The lady also wears a scarf with complicated patterns."
        ),
        color_of("kurta", "burgundy"),
        color_of("trousers", "burgundy"),
        color_of("dupatta", "burgundy", "other_garment_color"),
        wearing("the person is wearing", "restated"),
        material("the kurta is made of chiffon fabric", "unsupported"),
        title="Soch Women Wine Sequinned Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: black kurta with white vertical stripes, three-quarter sleeves, round neck; white trousers; white
    # backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-037",
        caption(
            "The lady wears a medium-sleeve upper clothing with striped patterns. It has a round neckline. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "black"),
        color_of("trousers", "white"),
        pattern("striped"),
        wearing("she is wearing a black and white striped kurta and white pants", who="she"),
        details("kurta", "black and white vertical stripes, round neck and three quarter sleeves"),
        title="Jaipur Kurti Women Black & White Striped Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: red kurta with white floral print, long sleeves, round neck; white palazzos with a red print; no
    # dupatta (the set has none); white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine
    # closed.
    case(
        "X1101-038",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and floral "
            "patterns. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        color_of("trousers", "white"),
        wearing("a red floral kurta with white printed palazzos"),
        describe("kurta", "a red kurta with white flowers and a yellow dupatta", "unsupported"),
        details("kurta", "yes", "non_answer"),
        title="Global Desi Women Red Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: yellow kurta with blue ethnic motifs, three-quarter sleeves, round neck, plain sleeve hems; blue
    # trousers; blue dupatta; blue glass bangles; white backdrop. Adapter epoch 2 wrote caption and open answers;
    # reference engine closed.
    case(
        "X1101-039",
        caption(
            "The gentleman wears a medium-sleeve kurta with complicated patterns. The kurta is with cotton fabric. "
            "The gentleman wears a long pants. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("kurta", "yellow"),
        color_of("trousers", "blue"),
        color_of("dupatta", "yellow", "other_garment_color"),
        wearing("a yellow kurta with blue print, blue pants and a blue dupatta"),
        details(
            "kurta",
            "the kurta has a round neckline with blue ethnic motifs, three quarter sleeves, a straight hem and the "
            "side slits are finished with",
            "cut",
            hit_limit=True,
        ),
        title="Anubhutee Women Yellow & Blue Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: peach (leaning coral) straight kurta with a lace hem, long sleeves, round neck; white leggings; white
    # backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-040",
        caption(
            "This woman is wearing a long-sleeve upper clothing with pure color patterns. It has a round neckline. "
            "This woman wears a long leggings."
        ),
        color_of("kurta", "orange", "contradiction"),
        color_of("trousers", "white"),
        sleeve("long"),
        describe("kurta", "a peach kurta with lace at the hem and long sleeves"),
        material("the kurta is made of knitted fabric", "unsupported"),
        title="AURELIA Women Peach Solid Straight Kurta with Lace Detail",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: royal blue kurta with white floral print, long sleeves, round neck; white palazzos; plain blue cotton
    # dupatta; white backdrop. Adapter epoch 2 wrote caption and open answers (wearing is the caption template,
    # which fits); reference engine closed.
    case(
        "X1101-041",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants with pure color patterns. The lady also wears a scarf with "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        wearing(
            "the lady wears a long-sleeve kurta with floral patterns. the kurta is with cotton fabric. it has a "
            "round neckline."
        ),
        material("the kurta is made of cotton fabric and the dupatta is made of net fabric", "unsupported"),
        title="Libas Women Blue & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: green bandhani kurta, no mirror work, long sleeves, round neck; green trousers; red bandhani dupatta
    # with a green border; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-042",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady also wears a scarf with complicated patterns.",
            "contradiction",
        ),
        color_of("kurta", "green"),
        color_of("trousers", "green"),
        color_of("dupatta", "red"),
        describe("kurta", "green bandhani kurta with mirror work on the yoke", "unsupported"),
        details("kurta", "the details of the kurta are the details", "restated"),
        title="Kalini Women Green Bandhani Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: off-white cotton kurta with lace inserts, three-quarter sleeves, v-neck; pink palazzos and a pink
    # dupatta from the stylist (not sold with it); off-white on a white backdrop. Adapter epoch 2 wrote caption and
    # open answers; reference engine closed.
    case(
        "X1101-043",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "cotton fabric. It has a v-shape neckline. The lady wears a long pants with pure color patterns. The "
            "lady also wears a scarf."
        ),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("trousers", "pink"),
        color_of("dupatta", "pink"),
        wearing("an off white kurta with lace details and pink palazzos with a pink dupatta"),
        sleeve("three-quarter"),
        material("linen", "contradiction"),
        title="Sangria Women Off-White Solid Straight Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: charcoal grey kurta with red and mustard floral print, long sleeves, round neck, side slits; black
    # leggings; holds a red clutch; white backdrop. Adapter epoch 2 wrote caption and open answers; reference
    # engine closed.
    case(
        "X1101-044",
        caption(
            "The lady wears a long-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. It has a round neckline. The lady wears a long leggings. The lady is holding a bag."
        ),
        color_of("kurta", "red", "contradiction"),
        color_of("trousers", "black"),
        pattern("solid", "contradiction"),
        wearing("a grey floral kurta with black leggings and a red clutch"),
        details("kurta", "red floral print on a grey base, round neck, long sleeves and side slits"),
        material("cotton"),
        title="W Women Charcoal Grey Floral Printed Cotton Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: sky blue kurta with white thread embroidery on the yoke and sleeves, long sleeves, v-neck; white
    # trousers; sheer white organza dupatta; white backdrop. Adapter epoch 2 wrote caption and open answers;
    # reference engine closed.
    case(
        "X1101-045",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The lady also wears a scarf with pure color patterns. "
            "The lady wears a long trousers. The lady also wears a scarf",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "white"),
        color_of("dupatta", "white"),
        pattern("striped", "contradiction"),
        wearing(
            "she is wearing a light blue kurta with white embroidery, white pants and a sheer white dupatta",
            who="she",
        ),
        details(
            "kurta",
            "white thread embroidery on the yoke and sleeves, a v neckline, straight hem with side slits, and the "
            "sleeves are finished with a scalloped",
            "cut",
            hit_limit=True,
        ),
        title="Varanga Women Sky Blue Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: kurta that looks rust though the seller says Brown, cream print, long sleeves, round neck; cream
    # palazzos; white backdrop. Adapter epoch 2 wrote caption and open answers; reference engine closed.
    case(
        "X1101-046",
        caption(
            "This woman wears a long-sleeve upper clothing with complicated patterns. It has a round neckline. This "
            "woman wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("kurta", "brown"),
        color_of("trousers", "cream"),
        wearing("his kurta is rust with cream print and he wears cream palazzos", "pronoun"),
        describe("kurta", "a rust orange kurta with cream print and long sleeves"),
        material("silk", "unsupported"),
        title="Anouk Women Brown Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
]
