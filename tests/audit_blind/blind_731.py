"""BLIND_731 (46 products; Myntra kurtas & sets, caption e2, piece colors): written blind in the fifty-fifth session.
Measured blind at 28a922c (the session's first rules): 97/126 failures found (77.0%) and 9/179 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's kurtas (Kurtas) and kurta sets (Kurta Sets: kurta with trousers, palazzos,
churidar or sharara, most with a dupatta). Catalog photos on a white backdrop, front view, the model wearing the
whole set; a kurta sold alone is worn over leggings, jeans, palazzos or trousers that are not for sale. The job
asks a caption, then per-piece color questions (kurta, bottom, dupatta), plus a few of: what she is wearing,
describe / details of the kurta, pattern, sleeve length, material, garment type, "Is this a kurta?".

Who wrote what: every caption and every open answer is free generation by the Data2_V2 caption adapter at its
epoch-2 checkpoint (between the published epoch-1 and epoch-3 adapters) on blip2-opt-2.7b, greedy, 50 new tokens
for captions, 30 for answers. It writes the DeepFashion template ("The lady wears a three-quarter-sleeve kurta
with floral patterns ... The kurta is with cotton fabric and its neckline is round"), sometimes a short base-model
caption ("a woman in a red kurta ..."); it has no trained end token, so about a fifth of its texts run to the limit,
looping a clause or cut mid-sentence; it sometimes returns the caption template to a question, sometimes continues
with the "Question: ... Answer:" format, and now and then calls the woman "he"/"his" (the template's gentleman
captions). Its template has no hue names, so hues in its texts come from the base model. Every closed answer
(per-piece colors, pattern, sleeve length, garment type, yes/no) is enrich's `--engine reference` ranking the
candidate values with the same adapter: always one clean candidate, never looped or cut, but often the kurta's
color given to the bottom or dupatta (the "one color for every garment" habit) or a wrong candidate.

Labeling conventions and judgement calls:
- Every product is for a woman; he/his/him or "the man" for the model is `pronoun` (only when that is the text's
  one failure; "the lady", "she", "her" are right).
- Shade names within the seller's color group count as right: teal or blue for Teal, pink for Magenta or Peach,
  purple for Lavender or Mauve, yellow for Mustard, red for Maroon, white for Off White, green for Olive/Sea Green.
- A piece given the color that another piece in the photo has (the kurta's color for the palazzos, the trousers'
  color for the dupatta) is `other_garment_color`; a hue that no piece in the photo has, or a wrong hue for the
  piece itself, is `contradiction`. A color answer naming only a print's or border's color is avoided.
- Calling the kurta a "dress" or a "shirt"/"blouse" (caption or closed garment type) is `contradiction` with the
  seller's category; "top", "tunic", "upper clothing" and "kurta" are right. A sharara called a "long skirt" and a
  churidar called "leggings" are read as right (that is what they look like).
- Template phrases are read literally: "pure color patterns" = solid, "lattice" = geometric/check, "graphic" =
  a non-floral print, "neckline is stand" = mandarin collar, "scarf" = the dupatta. "There is an accessory on
  her wrist" is right only where the photo shows a bangle or watch.
- Wrong sleeve length, wrong pattern or a closed "no" to "Is this a kurta?" is `contradiction`.
- Invented things the photo cannot show or does not have (pockets, zips at the back, belts, rings, hats, sandals on
  a photo cropped above the feet, an elasticated waistband hidden under the kurta, lace or embroidery on a plain
  kurta) are `unsupported`; so is a fabric the title contradicts (denim or chiffon for a "Cotton" kurta).
- One word or "yes"/"pure color" to an open question is `non_answer`; a text that only gives the question's own
  words back ("The kurta details are the details of the kurta.", "What is she wearing?") is `restated`.
- A text that runs to its limit while repeating a clause or a word is `loop`; one that stops mid-sentence at the
  limit is `cut`; both have hit_limit=True. A text that prints "Question:" or "Answer:" is `leak`, even when it
  also loops (hit_limit=True where it ran to the limit).
- A text with two faults gets the one a reader would notice first; I mostly avoided writing such texts.
- Two correct captions stop exactly at a full stop at the 50-token limit; they are marked hit_limit=True and
  left correct, since their words are complete and right.
- The caption's omissions (no dupatta named, no hue) are not failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
garment_type = BLIND_QUESTIONS.garment_type

BLIND_731 = [
    # photo: maroon straight kurta, small gold-toned floral block print, three-quarter sleeves, round neck, over white
    # leggings, brown flat juttis; white backdrop, front view. Caption adapter e2 wrote caption and open answers;
    # reference engine (same adapter) the closed ones.
    case(
        "X731-001",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of leggings. The kurta is"
            " with cotton fabric and its neckline is round. The leggings are of long length."
        ),
        color_of("kurta", "maroon"),
        color_of("leggings", "maroon", "other_garment_color"),
        wearing("a maroon kurta with white leggings", who="she"),
        details(
            "kurta",
            "The kurta has a round neckline, three-quarter sleeves and a side slit with a zipper on the back.",
            "unsupported",
        ),
        pattern("floral"),
        title="Libas Women Maroon Printed Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy kurta with white ethnic-motif print, long sleeves, V-neck, no pockets; solid navy palazzos; white
    # dupatta with a navy border over both shoulders; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-002",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns and a pair of long pants. The kurta is with"
            " cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
            " The lady also wears a scarf on her",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        is_a("kurta", "yes"),
        wearing("She is wearing a navy blue kurta with white print, palazzo pants and a white dupatta.", who="she"),
        details(
            "kurta",
            "The kurta has a V-neck, long sleeves, a white print and a patch pocket on the left side.",
            "unsupported",
        ),
        title="Anouk Women Navy Blue & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard cotton kurta with white floral screen print, short sleeves, round neck; solid mustard palazzos; no
    # dupatta; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-003",
        caption(
            "The lady wears a short-sleeve kurta with floral patterns and a pair of palazzo pants with pure color"
            " patterns. The kurta is with cotton fabric. The palazzo pants are with cotton fabric. The palazzo pants"
            " are with cotton fabric. The palazzo pants are with",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("palazzos", "mustard"),
        material("cotton"),
        describe(
            "kurta",
            "The kurta is a mustard yellow cotton kurta with a white floral print, short sleeves and a round neck.",
        ),
        sleeves("short sleeves"),
        title="Jaipur Kurti Women Mustard Yellow Floral Print Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white kurta with pink floral print, long sleeves, round neck; solid pink trousers; pink dupatta with
    # off-white polka dots over one arm; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-004",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns, a pair of long trousers and a scarf. The kurta"
            " is with cotton fabric and its neckline is round. The trousers are with pure color patterns."
        ),
        color_of("kurta", "off white"),
        color_of("trousers", "off white", "other_garment_color"),
        color_of("dupatta", "pink"),
        wearing(
            "The lady wears a long-sleeve kurta with floral patterns, a pair of long trousers and a scarf. The kurta"
            " is with cotton fabric and its",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Sangria Women Off-White & Pink Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: teal solid A-line kurta, long sleeves, mandarin collar, no jewellery; beige cigarette trousers; white
    # backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-005",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a pair of long trousers. The kurta is"
            " with cotton fabric and its neckline is stand. This lady wears a ring on her finger.",
            "unsupported",
        ),
        color_of("kurta", "teal"),
        color_of("trousers", "black", "contradiction"),
        pattern("solid"),
        details("kurta", "the kurta has a mandarin collar and long sleeves"),
        is_a("kurta", "yes"),
        title="W Women Teal Solid A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: peach flared kurta with gold thread embroidery on the yoke, long sleeves; peach churidar; peach net
    # dupatta with a gold border; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-006",
        caption(
            "The lady wears a long-sleeve dress with embroidery patterns. The dress is of long length. The neckline"
            " of it is round. The lady also wears a scarf.",
            "contradiction",
        ),
        color_of("kurta", "peach"),
        color_of("churidar", "peach"),
        color_of("dupatta", "peach"),
        describe("kurta", "He is wearing a peach kurta with gold embroidery on the yoke.", "pronoun"),
        pattern("embroidered"),
        title="Biba Women Peach-Coloured Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: bottle-green straight kurta with white geometric print, three-quarter sleeves, round neck, no pockets;
    # white palazzos; white backdrop, slight side angle. Caption adapter e2; reference (closed).
    case(
        "X731-007",
        caption(
            "The lady wears a three-quarter-sleeve kurta with lattice patterns and a pair of long pants. The kurta is"
            " with cotton fabric and its neckline is round. The pants are with pure color patterns. The pants are"
            " with pure color patterns. The pants are with pure",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("palazzos", "green", "other_garment_color"),
        wearing("a green kurta and white pants", who="she"),
        details(
            "kurta",
            "the kurta has a round neck, three quarter sleeves, a geometric print and two pockets on the front",
            "unsupported",
        ),
        pattern("geometric"),
        is_a("kurta", "yes"),
        title="AURELIA Women Green Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: red kurta with gold foil print, long sleeves; red trousers with a gold-printed hem; red dupatta with gold
    # print; white backdrop, front. Caption adapter e2 (base-style caption); reference (closed).
    case(
        "X731-008",
        caption("a woman in a red kurta with gold print and a red dupatta"),
        color_of("kurta", "red"),
        color_of("trousers", "red"),
        color_of("dupatta", "red"),
        wearing(
            "Question: What is she wearing? Answer: a red kurta Question: What is she wearing? Answer: a red kurta"
            " Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        describe("kurta", "red", "non_answer"),
        details(
            "kurta",
            "The kurta has a round neck, long sleeves and gold print all over. The trousers have a gold print on the",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Red & Gold-Toned Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: pink kurta with silver-toned embroidered yoke, three-quarter sleeves, round neck, straight hem; pink
    # palazzos; pink dupatta with thin white stripes; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-009",
        caption(
            "The lady wears a sleeveless kurta with pure color patterns and a pair of palazzo pants.", "contradiction"
        ),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink"),
        sleeves("three-quarter sleeves"),
        details(
            "kurta",
            "the kurta has a yoke with embroidery, three-quarter sleeves, a round neck and a straight hem",
        ),
        title="Libas Women Pink Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black A-line kurta with a multicolor floral print (red, yellow, green), long sleeves, round neck; black
    # leggings; white backdrop, hand on hip. Caption adapter e2; reference (closed). Feed row has no category.
    case(
        "X731-010",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a pair of leggings. The kurta is with cotton"
            " fabric and its neckline is round. The leggings are of long length."
        ),
        color_of("kurta", "black"),
        color_of("leggings", "black"),
        wearing("He is wearing a black kurta with flowers and black leggings.", "pronoun", who="she"),
        describe(
            "kurta", "The kurta is navy blue with red, yellow and green flowers and long sleeves.", "contradiction"
        ),
        details(
            "kurta",
            "The kurta has a round neckline, long sleeves and a floral print in red, yellow and green on a black"
            " base. The hem is",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Global Desi Women Black Floral Printed A-Line Kurta",
        color="Black",
        gender="Women",
    ),
    # photo: royal-blue kurta with white thread embroidery of ethnic motifs, long sleeves, V-neck, no belt; white
    # trousers; blue dupatta with white tassels; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-011",
        caption(
            "The lady wears a long-sleeve kurta with embroidery and a pair of white trousers. She also wears a blue"
            " scarf with tassels."
        ),
        color_of("kurta", "blue"),
        color_of("trousers", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        describe(
            "kurta",
            "The kurta is blue with white embroidery on the neckline and the sleeves. It has a V-neck, long sleeves"
            " and a belt at the waist.",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        wearing("yes", "non_answer", who="she"),
        title="Indo Era Women Blue Ethnic Motifs Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white cotton kurta with indigo floral block print, three-quarter sleeves, round neck with keyhole,
    # side slits; indigo palazzos; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-012",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of long pants. The pants are"
            " with pure color patterns."
        ),
        color_of("kurta", "white"),
        color_of("palazzos", "blue"),
        sleeves("sleeveless", "contradiction"),
        details(
            "kurta",
            "The kurta has a floral print in blue, three-quarter sleeves, a round neck with a keyhole opening and"
            " side slits.",
        ),
        wearing(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of long pants. The kurta is"
            " with cotton fabric and its neckline is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe("kurta", "no", "non_answer"),
        title="Rain & Rainbow Women Off-White & Blue Floral Block Print Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard kurta with maroon floral print, three-quarter sleeves, round neck; maroon trousers; maroon dupatta
    # with a mustard border; photo cropped at the shins; white backdrop. Caption adapter e2; reference (closed).
    case(
        "X731-013",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of long trousers. The kurta"
            " is with cotton fabric and its neckline is round. The lady also wears a scarf."
        ),
        color_of("kurta", "yellow"),
        color_of("trousers", "mustard", "other_garment_color"),
        color_of("dupatta", "maroon"),
        describe(
            "kurta",
            "mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard"
            " mustard mustard",
            "loop",
            hit_limit=True,
        ),
        sleeves("three-quarter sleeves"),
        wearing(
            "She is wearing a mustard kurta with maroon trousers, a maroon dupatta and a pair of gold heels.",
            "unsupported",
            who="she",
        ),
        title="Varanga Women Mustard & Maroon Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: black kurta with a gold ethnic print, long sleeves; black palazzos with a gold border; sheer black
    # dupatta with small gold motifs; white backdrop, front. Caption adapter e2 (base-style caption); reference.
    case(
        "X731-014",
        caption("a woman wearing a black and gold kurta with palazzo pants and a dupatta"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black"),
        wearing("a black kurta, black palazzo pants and a black dupatta", who="she"),
        details("kurta", "The kurta details are the details of the kurta.", "restated"),
        sleeves("sleeveless", "contradiction"),
        title="Khushal K Women Black & Gold-Toned Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lavender straight kurta with white chikankari-style embroidery, three-quarter sleeves; white straight
    # trousers; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-015",
        caption(
            "The lady wears a three-quarter-sleeve kurta with embroidery and a pair of white trousers. The kurta is"
            " lavender."
        ),
        color_of("kurta", "purple"),
        color_of("trousers", "white"),
        pattern("embroidered"),
        describe(
            "kurta", "The kurta is a pink kurta with white embroidery and three-quarter sleeves.", "contradiction"
        ),
        is_a("kurta", "yes"),
        wearing("Answer: a lavender kurta and white trousers", "leak", who="she"),
        title="Ahalyaa Women Lavender Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: navy kurta with red floral print, long sleeves; red trousers; no dupatta, no hat; white backdrop, front.
    # Caption adapter e2; reference (closed).
    case(
        "X731-016",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a pair of long pants. The kurta is with"
            " cotton fabric. The pants are with pure color patterns. This lady wears a hat.",
            "unsupported",
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", "other_garment_color"),
        wearing("a blue kurta with red flowers and red pants", who="she"),
        details(
            "kurta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red"
            " red red red red",
            "loop",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        title="Kalini Women Navy Blue & Red Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lemon-yellow solid kurta with white lace at the hem and cuffs, three-quarter sleeves; white palazzos with
    # yellow lace; white dupatta with a yellow border; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-017",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns and a pair of palazzo pants. She"
            " also wears a white scarf."
        ),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "other_garment_color"),
        color_of("dupatta", "white"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is yellow with lace on the sleeves. Question: Describe"
            " the palazzo",
            "leak",
            hit_limit=True,
        ),
        pattern("solid"),
        sleeves("three-quarter sleeves"),
        title="Nayo Women Yellow Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: indigo cotton kurta with white dabu print, long sleeves, mandarin collar, button placket; white churidar;
    # no jewellery; white backdrop, front. Caption adapter e2 (base-style caption); reference (closed).
    case(
        "X731-018",
        caption("a woman in a blue and white kurta"),
        color_of("kurta", "blue"),
        color_of("churidar", "white"),
        material("cotton"),
        details("kurta", "The kurta has long sleeves, a mandarin collar, a front button placket and a white print."),
        wearing(
            "she is wearing a blue kurta and white churidar with silver jhumkas and a watch", "unsupported", who="she"
        ),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Women Indigo Cotton Dabu Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon sleeveless kurta with small cream buti print, V-neck; cream palazzos with maroon print; thin gold
    # bangle on the right wrist; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-019",
        caption(
            "The lady wears a sleeveless kurta with floral patterns and a pair of palazzo pants. The kurta is with"
            " cotton fabric and its neckline is v-shape. There is an accessory on her wrist."
        ),
        color_of("kurta", "maroon"),
        color_of("palazzos", "cream"),
        wearing("she is wearing a maroon kurta and cream palazzo pants", who="she"),
        sleeves("sleeveless"),
        describe("kurta", "The kurta is described as a kurta.", "restated"),
        pattern("striped", "contradiction"),
        title="Shree Women Maroon & Cream Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: rust-orange A-line kurta with cream and black tribal print, three-quarter sleeves, round neck; black
    # leggings; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-020",
        caption(
            "The lady wears a three-quarter-sleeve kurta with graphic patterns and a pair of leggings. The kurta is"
            " with cotton fabric and its neckline is round. The leggings are of long length. The leggings are with"
            " pure color patterns. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        color_of("leggings", "orange", "other_garment_color"),
        details(
            "kurta",
            "the neckline, the sleeves, the hem, the neckline, the sleeves, the hem, the neckline, the sleeves, the"
            " hem, the neckline",
            "loop",
            hit_limit=True,
        ),
        pattern("printed"),
        wearing("She is wearing an orange kurta with black leggings and a black dupatta.", "unsupported", who="she"),
        title="Anouk Women Rust Orange Tribal Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: sea-green kurta with pink floral print, long sleeves; pink trousers; sea-green dupatta; white backdrop,
    # front. Caption adapter e2; reference (closed).
    case(
        "X731-021",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns, a pair of long trousers and a scarf. The kurta"
            " is green and the trousers are green.",
            "other_garment_color",
        ),
        color_of("kurta", "green"),
        color_of("trousers", "pink"),
        color_of("dupatta", "green"),
        wearing("a green floral kurta, pink trousers and a green dupatta", who="she"),
        is_a("kurta", "yes"),
        describe("kurta", "The kurta is blue with pink flowers and long sleeves.", "contradiction"),
        title="Sangria Women Sea Green & Pink Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: white cotton kurta with white chikankari embroidery, long sleeves, round neck; light-blue jeans; white
    # backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-022",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a pair of jeans. The kurta is with cotton"
            " fabric and its neckline is round. The jeans are with denim fabric."
        ),
        color_of("kurta", "white"),
        color_of("jeans", "white", "other_garment_color"),
        describe("kurta", "white", "non_answer"),
        material("The kurta is with denim fabric.", "unsupported"),
        sleeves("three-quarter sleeves", "contradiction"),
        wearing(
            "a white kurta and blue jeans, a white kurta and blue jeans, a white kurta and blue jeans, a white kurta"
            " and blue",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Biba Women White Chikankari Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: purple kurta with silver foil print, long sleeves, round neck; purple palazzos; no dupatta or scarf;
    # white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-023",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns and a pair of palazzo pants. The lady also wears"
            " a scarf.",
            "unsupported",
        ),
        color_of("kurta", "purple"),
        color_of("palazzos", "purple"),
        wearing("She is wearing a purple kurta and purple palazzo pants.", who="she"),
        details("kurta", "The kurta has a round neck, long sleeves and silver print all over."),
        sleeves("long sleeves"),
        garment_type("dress", "contradiction"),
        title="Libas Women Purple Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: grey kurta with pink floral print, three-quarter sleeves, round neck; solid pink trousers; white
    # backdrop, front. Caption adapter e2 (caption stops at a full stop exactly at the limit); reference (closed).
    # The feed row has no color.
    case(
        "X731-024",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of long trousers. The kurta"
            " is with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color"
            " patterns.",
            hit_limit=True,
        ),
        color_of("kurta", "grey"),
        color_of("trousers", "grey", "other_garment_color"),
        describe("kurta", "Question: Describe the kurta. Answer:", "leak"),
        wearing(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of long trousers. The kurta"
            " is with cotton fabric and its neckline is round. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        sleeves("three-quarter sleeves"),
        title="Vishudh Women Grey & Pink Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: teal chanderi kurta with gold zari butis, three-quarter sleeves, V-neck with gold lace; teal trousers;
    # mustard dupatta; white backdrop, front. Caption adapter e2 (base-style caption); reference (closed).
    case(
        "X731-025",
        caption("a woman in a teal kurta with gold motifs and a mustard dupatta standing in front of a white wall"),
        color_of("kurta", "blue"),
        color_of("trousers", "teal"),
        color_of("dupatta", "teal", "other_garment_color"),
        details("kurta", "The kurta has gold butis all over, a V-neck with gold lace and three-quarter sleeves."),
        wearing("he is wearing a teal kurta and a yellow scarf", "pronoun", who="she"),
        describe(
            "kurta",
            "The kurta is teal with small gold motifs all over. It has a V-neck with gold lace and three-quarter"
            " sleeves. The",
            "cut",
            hit_limit=True,
        ),
        title="GERUA Women Teal Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: dusty-pink solid straight kurta, three-quarter sleeves, mandarin collar with gold buttons, plain hem;
    # off-white palazzos; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-026",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns and a pair of palazzo pants. The"
            " kurta is with cotton fabric and its neckline is stand. The palazzo pants are with cotton fabric and"
            " pure color patterns. The palazzo pants are of long",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("palazzos", "white"),
        details(
            "kurta",
            "The kurta has a mandarin collar, gold buttons, three-quarter sleeves and embroidered flowers on the hem.",
            "unsupported",
        ),
        pattern("solid"),
        is_a("kurta", "yes"),
        garment_type("blouse", "contradiction"),
        describe("kurta", "Describe the kurta.", "restated"),
        title="AURELIA Women Pink Solid Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: sleeveless kurta in blue and white vertical stripes; white palazzos; white backdrop, front.
    # Caption adapter e2; reference (closed).
    case(
        "X731-027",
        caption(
            "The lady wears a sleeveless kurta with stripe patterns and a pair of palazzo pants. The kurta is with"
            " cotton fabric. The palazzo pants are with pure color patterns."
        ),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        pattern("floral", "contradiction"),
        wearing("He wears a blue and white striped kurta with white palazzo pants.", "pronoun", who="she"),
        details(
            "kurta",
            "The kurta has blue and white stripes, a round neck, short sleeves and a side slit.",
            "contradiction",
        ),
        title="Jaipur Kurti Women Blue & White Striped Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: olive kurta with orange and white floral block print, long sleeves, round neck; black jeggings; white
    # backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-028",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a pair of leggings. The leggings are of long"
            " length."
        ),
        color_of("kurta", "olive"),
        color_of("leggings", "olive", "other_garment_color"),
        describe("kurta", "The kurta is olive green with orange and white flowers, long sleeves and a round neck."),
        details(
            "kurta",
            "The kurta has a round neck, long sleeves and a floral print. The kurta has a round neck, long sleeves"
            " and a floral print. The kurta has a",
            "loop",
            hit_limit=True,
        ),
        garment_type("kurta"),
        title="Global Desi Women Olive Green Floral Printed Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: red cotton kurta with gold embroidery at the neckline, long sleeves, no zip visible; red palazzos; red
    # and gold bandhani dupatta; hands joined in front; white backdrop. Caption adapter e2; reference (closed).
    case(
        "X731-029",
        caption("a woman in a red kurta and palazzo pants with a red and gold dupatta"),
        color_of("kurta", "red"),
        color_of("palazzos", "red"),
        color_of("dupatta", "red"),
        describe(
            "kurta",
            "The kurta is red with gold embroidery around the neckline and long sleeves. It is made of silk and has"
            " a zip at the back.",
            "unsupported",
        ),
        wearing("red", "non_answer", who="she"),
        details("kurta", "What are the kurta details?", "restated"),
        title="Varanga Women Red Embroidered Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: beige kurta with black geometric print, three-quarter sleeves, round neck, no belt; black trousers;
    # black dupatta with beige print; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-030",
        caption(
            "The lady wears a three-quarter-sleeve kurta with lattice patterns, a pair of long trousers and a scarf."
            " The kurta is beige and the trousers are black."
        ),
        color_of("kurta", "beige"),
        color_of("trousers", "black"),
        color_of("dupatta", "beige", "other_garment_color"),
        wearing(
            "Question: What is she wearing? Answer: She is wearing a beige kurta with black trousers and a black"
            " dupatta.",
            "leak",
            who="she",
        ),
        pattern("geometric"),
        describe(
            "kurta",
            "The beige kurta has a black geometric print, three-quarter sleeves, a round neck and a tie-up belt at the"
            " waist.",
            "unsupported",
        ),
        title="Anouk Women Beige & Black Geometric Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: navy kurta with a gold embroidered yoke, long sleeves, V-neck; navy trousers; navy dupatta with a gold
    # border draped round the neck; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-031",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a pair of long pants. The kurta is with"
            " cotton fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns."
            " The lady also wears a scarf around her neck and",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue"),
        color_of("dupatta", "black", "contradiction"),
        details("kurta", "The kurta has a V-neck with a gold embroidered yoke and long sleeves."),
        is_a("kurta", "yes"),
        title="Libas Women Navy Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach cotton kurta with green leaf print, three-quarter sleeves, round neck; white leggings; white
    # backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-032",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of leggings. The kurta is"
            " with chiffon fabric and its neckline is round.",
            "unsupported",
        ),
        color_of("kurta", "pink"),
        color_of("leggings", "white"),
        describe("kurta", "She is wearing a peach kurta with a green leaf print and white leggings."),
        sleeves("long sleeves", "contradiction"),
        details("kurta", "The kurta has kurta details.", "restated"),
        title="Rain & Rainbow Women Peach Cotton Leaf Printed Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: magenta flared anarkali kurta with a gold print at the hem, long sleeves, round neck; magenta churidar;
    # gold jhumka earrings; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-033",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. The neckline of"
            " it is round.",
            "contradiction",
        ),
        color_of("kurta", "pink"),
        color_of("churidar", "pink"),
        is_a("kurta", "yes"),
        garment_type("kurta"),
        wearing(
            "She is wearing a pink anarkali kurta with a pink churidar and a pair of gold earrings. She is wearing a"
            " pink anarkali kurta with a pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Khushal K Women Magenta Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: white kurta with blue floral print, three-quarter sleeves, round neck; solid blue trousers (waistband
    # hidden under the kurta); white dupatta with blue print; white backdrop, front. Caption adapter e2; reference.
    case(
        "X731-034",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns, a pair of long trousers and a scarf."
            " The kurta is with cotton fabric and its neckline is round. The trousers are with cotton fabric and"
            " pure color patterns. The scarf is with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("trousers", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        details("trousers", "The trousers are blue with a straight fit and an elasticated waistband.", "unsupported"),
        wearing("she is wearing a white kurta with blue flowers, blue trousers and a white dupatta", who="she"),
        describe(
            "kurta",
            "The kurta is blue with white flowers, three-quarter sleeves and a round neck.",
            "other_garment_color",
        ),
        title="Ahalyaa Women White & Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: black solid straight kurta with white embroidery round the neckline, long sleeves, straight hem; white
    # palazzos; white backdrop, front. Caption adapter e2 (base-style caption); reference. Feed row has no gender.
    case(
        "X731-035",
        caption("a woman in a black kurta and white palazzo pants"),
        color_of("kurta", "black"),
        color_of("palazzos", "black", "other_garment_color"),
        describe(
            "kurta", "The kurta is black with white embroidery around the neck. It has long sleeves and a straight hem."
        ),
        pattern("solid"),
        wearing("What is she wearing?", "restated", who="she"),
        details(
            "kurta",
            "white embroidery, white embroidery, white embroidery, white embroidery, white embroidery, white"
            " embroidery, white embroidery",
            "loop",
            hit_limit=True,
        ),
        title="Nayo Women Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # photo: emerald-green kurta with gold print, long sleeves; green churidar; pink dupatta with a gold border;
    # white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-036",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns, a pair of leggings and a scarf. The scarf is"
            " pink."
        ),
        color_of("kurta", "green"),
        color_of("churidar", "green"),
        color_of("dupatta", "green", "other_garment_color"),
        describe("dupatta", "The dupatta is the dupatta that she wears.", "restated"),
        is_a("kurta", "yes"),
        sleeves("long sleeves"),
        title="Biba Women Green & Gold-Toned Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: sea-green kurta with white floral print, long sleeves, round neck; white palazzos with sea-green
    # print; sea-green dupatta; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-037",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a pair of palazzo pants. The kurta is with"
            " cotton fabric and its neckline is round. The palazzo pants are with cotton fabric and floral patterns."
            " The lady also wears a scarf. The scarf",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        wearing(
            "Question: What is she wearing? Answer: Question: What is she wearing? Answer: Question: What is she"
            " wearing? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        sleeves("short sleeves", "contradiction"),
        title="Kalini Women Sea Green & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: coffee-brown kurta with cream floral print, three-quarter sleeves, V-neck, no pockets; cream leggings;
    # white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-038",
        caption("The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of leggings."),
        color_of("kurta", "brown"),
        color_of("leggings", "yellow", "contradiction"),
        describe(
            "kurta",
            "The kurta is brown and has a floral print. It has a V-neck, three-quarter sleeves and two side pockets.",
            "unsupported",
        ),
        details(
            "kurta",
            "His kurta has three-quarter sleeves, cotton fabric and floral patterns. It has a V-shape neckline.",
            "pronoun",
        ),
        pattern("floral"),
        wearing("the lady", "non_answer", who="she"),
        title="Shree Women Coffee Brown Floral Printed Straight Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: bright-orange solid kurta, long sleeves, round neck, side slits; orange trousers; white backdrop, front.
    # Caption adapter e2 (caption stops at a full stop exactly at the limit); reference (closed).
    case(
        "X731-039",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a pair of long trousers. The kurta is"
            " with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color"
            " patterns.",
            hit_limit=True,
        ),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        color_of("trousers", "orange"),
        wearing("an orange kurta and orange trousers", who="she"),
        details("kurta", "The kurta has a round neck, long sleeves and side slits."),
        sleeves("short sleeves", "contradiction"),
        describe(
            "kurta",
            "His kurta has long sleeves, cotton fabric and pure color patterns. Its neckline is round.",
            "pronoun",
        ),
        title="W Women Orange Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: short yellow kurta with green floral print, three-quarter sleeves, round neck; flared green sharara;
    # yellow dupatta with a green border; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-040",
        caption(
            "The lady wears a three-quarter-sleeve top with floral patterns and a long skirt. The lady also wears a"
            " scarf."
        ),
        color_of("kurta", "yellow"),
        color_of("sharara", "yellow", "other_garment_color"),
        color_of("dupatta", "yellow"),
        wearing("She is wearing a yellow kurta with green flowers, a green sharara and a yellow dupatta.", who="she"),
        describe(
            "kurta",
            "The kurta is yellow with green flowers and three-quarter sleeves. It has a back zip and tassel tie-ups.",
            "unsupported",
        ),
        details(
            "kurta",
            "The kurta has a round neck, three-quarter sleeves and a green floral print all over. The sleeves have a"
            " green",
            "cut",
            hit_limit=True,
        ),
        title="Indo Era Women Yellow & Green Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: sky-blue kurta with white floral print, three-quarter sleeves, round neck with keyhole, side slits;
    # sky-blue palazzos; a small white clutch in her hand; white backdrop, front. Caption adapter e2; reference.
    case(
        "X731-041",
        caption("a woman in a blue kurta and palazzo pants holding a white purse"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        wearing("She is wearing a blue kurta with white flowers and blue palazzo pants.", who="she"),
        details(
            "kurta", "The kurta has three-quarter sleeves, a round neck with a keyhole, a floral print and side slits."
        ),
        describe(
            "kurta",
            "The kurta is blue. The kurta is blue. The kurta is blue. The kurta is blue. The kurta is blue. The kurta"
            " is blue. The kurta",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Blue & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon silk-cotton kurta with a gold zari border at the hem, long sleeves, round neck; cream churidar;
    # white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-042",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a pair of leggings. The kurta is with"
            " silk fabric and its neckline is round."
        ),
        color_of("kurta", "red"),
        color_of("churidar", "maroon", "other_garment_color"),
        material("denim", "unsupported"),
        is_a("kurta", "yes"),
        details("kurta", "The kurta has a gold border at the hem and long sleeves."),
        wearing(
            "She is wearing a maroon kurta. Question: What is the color of the kurta? Answer: maroon",
            "leak",
            who="she",
        ),
        title="Fabindia Women Maroon Silk Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: mauve kurta with mirror work on the yoke, long sleeves; mauve palazzos; mauve dupatta with a silver
    # border; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-043",
        caption(
            "The lady wears a long-sleeve kurta with embroidery patterns and a pair of palazzo pants. The lady also"
            " wears a scarf. The lady also wears a scarf. The lady also wears a scarf. The lady also wears a scarf."
            " The lady also",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "purple"),
        color_of("palazzos", "purple"),
        color_of("dupatta", "purple"),
        describe(
            "kurta",
            "The kurta is a mauve kurta with mirror work on the yoke. She is wearing it with mauve palazzo pants.",
        ),
        wearing("He is wearing a purple kurta with palazzo pants and a dupatta.", "pronoun", who="she"),
        title="Sangria Women Mauve Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: pink kurta with green floral print and green piping at the neckline, three-quarter sleeves, plain yoke;
    # blue jeans; white backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-044",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns and a pair of jeans. The kurta is with"
            " cotton fabric and its neckline is round. The jeans are with denim fabric and pure color patterns."
        ),
        color_of("kurta", "pink"),
        color_of("jeans", "pink", "other_garment_color"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: pink Question: Describe the kurta. Answer: pink Question: Describe"
            " the kurta.",
            "leak",
            hit_limit=True,
        ),
        pattern("floral"),
        sleeves("three-quarter sleeves"),
        details(
            "kurta",
            "The kurta has green piping on the neckline, three-quarter sleeves and mirror work on the yoke.",
            "unsupported",
        ),
        wearing("He is wearing a pink kurta with a pair of blue jeans.", "pronoun", who="she"),
        title="Jaipur Kurti Women Pink & Green Floral Printed Cotton Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: off-white kurta with multicolor thread embroidery, long sleeves; off-white trousers; dupatta printed
    # in pink, green and yellow; photo cropped at mid-shin, no feet; white backdrop. Caption adapter e2; reference.
    case(
        "X731-045",
        caption(
            "The lady wears a long-sleeve kurta with embroidery and a pair of long trousers. She also wears a"
            " colorful scarf."
        ),
        color_of("kurta", "white"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        wearing(
            "She is wearing a white kurta and white trousers with a multicolored dupatta and a pair of white sandals.",
            "unsupported",
            who="she",
        ),
        details("kurta", "The details of the kurta are the kurta details.", "restated"),
        title="Varanga Women Off-White Thread Work Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: charcoal-grey straight kurta with white geometric print, long sleeves, round neck; white trousers; white
    # backdrop, front. Caption adapter e2; reference (closed).
    case(
        "X731-046",
        caption(
            "The lady wears a long-sleeve kurta with lattice patterns and a pair of long pants. The kurta is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The"
            " pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "grey"),
        color_of("trousers", "grey", "other_garment_color"),
        wearing("a grey kurta with white print and white pants", who="she"),
        garment_type("shirt", "contradiction"),
        pattern("geometric"),
        describe("kurta", "grey", "non_answer"),
        title="Anouk Women Charcoal Grey Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
]
