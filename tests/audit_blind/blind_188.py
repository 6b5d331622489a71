"""BLIND_188 (46 products; children's ethnic and festive wear, Indian marketplace, English): written blind in the
thirty-seventh session. Measured blind at 8729563 (the session's final rules): 122/140 failures found (87.1%) and
12/143 correct texts flagged (8.4%). The writer's notes, verbatim:

Scenario: a Myntra-like catalog of kids' ethnic wear: boys' kurta pyjama sets, sherwanis, nehru jackets over kurtas,
dhoti kurtas and a veshti set; girls' lehenga cholis, anarkali kurtas, sharara sets, pattu pavadai, ethnic gowns and a
dupatta sold alone. Photos are child models on white backdrops; seven are flat-lays (six sets, one dupatta). Catalog
columns: title, category, seller color (Cream, Maroon, Mustard, Peach, Gold, Off White...) and gender (Boys /
Girls); a few products lack category, color or gender, as real feeds do.

Who wrote what (written from ../shared/CONTEXT.md only, not from the audits or the other sets):
- untuned base blip2-opt-2.7b: short lowercase texts ("a boy in a red kurta and white pants"). Mostly right, but
  gives one color to every garment, the wrong pronoun for the child, invents details, and sometimes says nothing
  ("the garment", "they are pyjamas"), restates the question, or echoes the prompt format ("Answer: ...").
- caption adapters (epoch 1 and 3): the DeepFashion-MultiModal template ("The gentleman wears a long-sleeve shirt
  with pure color patterns...") for every open prompt, no hue names, no end token, so hit_limit=True on every one of
  their texts: cut mid-sentence or looping a sentence; "lady"/"gentleman" guessed wrongly; "an accessory on her
  wrist" invented; a shirt invented for a dupatta sold alone.
- VQA adapter: a one-word answer that never stops: repeats the word ("gold gold gold...") or continues the prompt
  format ("white Question: What is the color of the pyjamas? Answer: white Question: ..."), hit_limit=True.
- reference engine (closed questions: garment_type, color, pattern, sleeve_length, is_a, closed color_of): picks one
  candidate, never loops, no hit_limit; sometimes picks the dupatta's / jacket's / stole's / pyjamas' color, or the
  wrong piece of the set as the garment type ("dupatta", "dhoti", "nehru jacket").

Labeling conventions and judgement calls:
- Exactly one TARGETS key per failure text, the one an auditor looking at the photo would see first.
- Every caption-adapter and VQA-adapter text hit the limit (hit_limit=True); a base or reference text never does.
  A template that stops mid-phrase is "cut" unless something plainer is wrong in it: a sentence repeated ("loop"),
  "lady" for a boy or "gentleman" for a girl ("pronoun"), an invented accessory ("unsupported"), a garment that is
  not there at all for a dupatta sold alone ("contradiction"), or the template given to a color question, where it
  names no hue ("non_answer").
- VQA text that repeats its one word: "loop"; VQA text that runs into "Question: ... Answer:": "leak" (even though it
  also repeats). A base text that starts with "Answer:" is also "leak".
- "other_garment_color": a color that belongs to another piece of the same product (dupatta, choli, jacket, stole,
  pyjamas, dhoti) given for the garment asked about, in open or closed answers. A wrong color that belongs to nothing
  in the photo, or a wrong garment type / wrong yes-no / wrong sleeve length, is "contradiction". A pattu pavadai
  answered "gold" (its zari border, not another garment) is "contradiction" with the seller's "Purple".
- "non_answer": empty, content-free ("the garment", "fabric", "nothing" for a flat-lay), or only the question's
  words back ("they are pyjamas" for the pyjamas' details). "restated": the answer rephrases the question itself
  ("the details of the garment are the details", "the person is wearing clothes").
- "unsupported": details not in the photo or title (a zipper on a buttoned sherwani, mirror work that is gota,
  a bow on the unseen back, a girl invented on a flat-lay, pink embroidery on white chikankari, sleeves on a dupatta).
- Correct texts include the hard ones: sets named piece by piece with their different colors, mustard read as
  yellow, maroon as red, cream/off-white as white, lavender as purple, a nehru jacket called a vest, an anarkali
  called a dress, a pattu pavadai called a dress or skirt, zari borders, gota, sequins, chikankari the title names.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_shirt = question("color_shirt", "What is the shirt color?", "open")
details_pyjamas = question("details_pyjamas", "What are the pyjamas details?", "open")
details_lehenga = question("details_lehenga", "What are the lehenga details?", "open")

BLIND_188 = [
    # Boy (~6) on white: cream straight kurta, mandarin collar, tonal thread embroidery on the placket, maroon pyjamas,
    # tan mojris.
    case(
        "KB188-001",
        caption("a young boy wearing a cream kurta and maroon pants"),
        D.wearing("she is wearing a kurta and pajamas", "pronoun"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. "
            "The shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured & Maroon Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Girl on white: pink lehenga with a wide gold zari embroidered hem border, pink short-sleeve choli with gold trim,
    # gold net dupatta over one shoulder.
    case(
        "KG188-002",
        caption("a little girl in a pink lehenga with a gold dupatta"),
        D.wearing("a pink and gold lehenga"),
        D.garment_type("lehenga choli"),
        D.color("gold", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery embroidery "
            "embroidery embroidery embroidery embroidery embroidery embroidery",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of fabric", "non_answer"),
        gender="Girls",
        title="BownBee Girls Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Boy on white: navy blue knee-length sherwani with a row of gold-tone buttons, cream churidar, a maroon stole
    # draped over the left shoulder.
    case(
        "KB188-003",
        caption("a boy in a navy blue sherwani with gold buttons"),
        D.wearing("a sherwani"),
        D.garment_type("sherwani"),
        D.color("maroon", "other_garment_color"),
        D.description(
            "navy blue Question: Describe the garment. Answer: navy blue Question: Describe the garment. Answer: navy",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a zipper on the front", "unsupported"),
        gender="Boys",
        title="Aj DEZInES Boys Navy Blue Solid Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Girl on white: mustard yellow flared anarkali kurta, small red-and-green block-printed motifs, three-quarter
    # sleeves, round neck, white churidar leggings below.
    case(
        "KG188-004",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow printed kurta"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("gold mirror work on the yoke", "unsupported"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Flat-lay on white: off-white silk-blend kurta with a gold zari border at hem and cuffs, gold pleated dhoti pants
    # folded beside it. No person.
    case(
        "KB188-005",
        caption("a white shirt and gold pants on a white background"),
        D.wearing(
            "kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta "
            "kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta kurta",
            "loop",
            hit_limit=True,
        ),
        D.color("gold", "other_garment_color"),
        D.description("a white kurta with a gold border and gold dhoti"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Boys",
        title="Vastramay Boys Off-White & Gold-Toned Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Off White",
    ),
    # Boy on white: black nehru jacket with small silver-thread woven paisley motifs, over a long cream kurta that
    # shows below the jacket, cream pyjamas.
    case(
        "KB188-006",
        caption("a young boy wearing a black vest and white pants"),
        wearing("a black jacket and white pants", who="he"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("pyjamas", "cream"),
        is_a(
            "kurta",
            "yes Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        details(
            "jacket",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve "
            "shirt with pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Kisah Boys Black Nehru Jacket with Cream Kurta & Pyjama Set",
        category="Kurta Sets",
        color="Black",
    ),
    # Girl on white: peach short kurti with a sequinned yoke, peach flared sharara pants, peach dupatta with a gold
    # gota border.
    case(
        "KG188-007",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "The gentleman wears a long pants. The pants are with chiffon fabric and pure color patterns. There is "
            "an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a peach kurta and sharara pants"),
        D.color("peach"),
        D.description("a peach dress", "contradiction"),
        D.details("sequins on the neckline and a gota border on the dupatta"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sangria Girls Peach-Coloured Sharara Set with Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Girl on white: pattu pavadai: green silk blouse with puff sleeves, pink silk ankle-length skirt with a wide gold
    # zari border and a green edge at the hem.
    case(
        "KG188-008",
        caption("a little girl in a pink and green dress"),
        D.wearing("a pink skirt and green top"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.details("gold border at the bottom of the skirt"),
        gender="Girls",
        title="Sethukrishna Girls Green & Pink Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Green",
    ),
    # Boy on white: yellow cotton kurta with small white printed butis, plain white pyjamas (not part of the product).
    case(
        "KB188-009",
        caption("a little girl in a yellow kurta", "pronoun"),
        D.wearing("a yellow shirt and white pants"),
        D.color("yellow"),
        D.description("a yellow kurta with small white flowers"),
        D.details(
            "yellow Question: What are the details of the garment? Answer: yellow Question: What are the details of",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Fabindia Boys Yellow Printed Cotton Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Boy on white: cream brocade sherwani with gold woven motifs, matching cream churidar, a maroon stole, gold
    # mojris.
    case(
        "KB188-010",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sherwani"),
        D.color("cream"),
        D.description("a white suit with gold buttons and a red scarf"),
        D.details(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of silk and real gold thread", "unsupported"),
        gender="Boys",
        title="Manyavar Boys Cream Woven Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Boy on white: maroon kurta with small gold-thread embroidery around the neck placket, white pyjamas.
    case(
        "KB188-011",
        caption("a boy in a red kurta and white pants"),
        wearing("a red shirt and white pants", who="he"),
        color_of("kurta", "red", kind="open"),
        color_of("pyjamas", "red", "other_garment_color", kind="open"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "maroon kurta with embroidery Question: Describe the kurta. Answer: maroon kurta with embroidery "
            "Question: Describe",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="YK Boys Maroon & White Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Girl on white: lavender floor-length sleeveless net gown, sequinned bodice, silver embroidery at the waist.
    case(
        "KG188-012",
        caption("a little girl in a purple dress"),
        D.wearing("a purple gown"),
        D.color("purple"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is with chiffon fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a bow on the back", "unsupported"),
        D.material(
            "chiffon Question: What material is the garment made of? Answer: chiffon Question: What material is",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pink Chick Girls Lavender Embellished Net Ethnic Gown",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # Boy on white: red cotton angrakha-style kurta tied at the side, white dhoti. No category column in this feed.
    case(
        "KB188-013",
        caption("a boy in a red shirt and white dhoti"),
        D.wearing("a red kurta and a white dhoti"),
        D.color("white", "other_garment_color"),
        D.description("a red kurta and white dhoti with a tie at the side"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment", "restated"),
        gender="Boys",
        title="Little Bansi Boys Red & White Angrakha Dhoti Kurta Set",
        color="Red",
    ),
    # Girl on white: red lehenga with gold foil print, gold short-sleeve choli, red net dupatta with a gold border.
    case(
        "KG188-014",
        caption("a girl in a red and gold dress"),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dupatta", "contradiction"),
        D.color("red"),
        D.description("a red skirt with gold print and a gold top"),
        D.details("", "non_answer"),
        gender="Girls",
        title="Kinder Kids Girls Red & Gold-Toned Foil Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Flat-lay on white: bottle-green anarkali kurta with white floral print, green churidar, mustard dupatta with a
    # small green print. No person.
    case(
        "KG188-015",
        caption("a green dress with white flowers on a white background"),
        D.wearing("a green dress"),
        D.color("mustard", "other_garment_color"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Readiprint Girls Green Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Girl on white: royal blue lehenga with a pink border, pink choli, pink dupatta.
    case(
        "KG188-016",
        caption("a young girl wearing a blue and pink lehenga"),
        wearing("a blue skirt and pink top", who="she"),
        color_of("lehenga", "blue", kind="open"),
        color_of("choli", "blue", "other_garment_color", kind="open"),
        color_of("dupatta", "pink"),
        is_a(
            "lehenga",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        details(
            "lehenga",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutiekins Girls Blue & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Boy on white: navy blue printed nehru jacket with a welt pocket and front buttons, over a plain mustard kurta,
    # white pyjamas.
    case(
        "KB188-017",
        caption("a young boy in a blue vest and yellow shirt"),
        D.wearing("a blue jacket and yellow kurta"),
        D.garment_type("nehru jacket", "contradiction"),
        D.color("navy blue", "other_garment_color"),
        D.description(
            "yellow Question: Describe the garment. Answer: yellow Question: Describe the garment. Answer: yellow "
            "Question: Describe",
            "leak",
            hit_limit=True,
        ),
        D.details("the jacket has a pocket on the left and buttons on the front"),
        gender="Boys",
        title="SOJANYA Boys Mustard & White Kurta Pyjama with Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Girl on white: off-white chikankari kurta, white-on-white thread embroidery all over, off-white sharara.
    case(
        "KG188-018",
        caption("a little girl in a white dress with embroidery"),
        D.wearing("a white kurta and pants"),
        D.color("white"),
        D.description("a white kurta with pink embroidery", "unsupported"),
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender="Girls",
        title="Tiber Taber Girls Off-White Chikankari Embroidered Kurta with Sharara",
        category="Kurta Sets",
        color="Off White",
    ),
    # Boy on white: maroon velvet sherwani with gold zari embroidery at the collar and cuffs, off-white churidar,
    # gold mojris.
    case(
        "KB188-019",
        caption("a young girl in a red and gold outfit", "pronoun"),
        D.wearing("a red sherwani"),
        D.color("maroon"),
        D.description("the garment is described as a garment", "restated"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is stand.",
            "contradiction",
            hit_limit=True,
        ),
        D.material("velvet"),
        gender="Boys",
        title="Jeetethnics Boys Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
    ),
    # Dupatta sold alone, folded on white: gold net dupatta with scattered sequins and a gota border. No person.
    case(
        "KG188-020",
        caption("a gold scarf on a white background"),
        D.wearing(
            "scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf "
            "scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf scarf",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dupatta"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "unsupported"),
        D.material("net"),
        gender="Girls",
        title="Bitiya by Bhama Girls Gold-Toned Embellished Net Dupatta",
        category="Dupatta",
        color="Gold",
    ),
    # Girl on white: teal kurta with white and gold foil-printed bands, teal palazzos.
    case(
        "KG188-021",
        caption("a little girl in a blue dress"),
        D.wearing("a blue kurta and blue pants"),
        D.color("teal"),
        D.description("a garment", "non_answer"),
        D.details("the details of the garment are the details", "restated"),
        D.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Peppermint Girls Teal Blue Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Boy on white: blue floral-printed nehru jacket over a peach kurta, white pyjamas.
    case(
        "KB188-022",
        caption("a little boy wearing a blue jacket and white pants"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("pyjamas", "white"),
        color_of("jacket", "blue"),
        describe(
            "kurta",
            "The gentleman wears a vest with floral patterns. The vest is with cotton fabric. The gentleman wears a "
            "long-sleeve shirt with pure color",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Hangup Kids Boys Peach Kurta with White Pyjamas & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Peach",
    ),
    # Flat-lay on white: pattu pavadai: mustard silk blouse with maroon zari border on the sleeves, maroon silk skirt
    # with gold zari motifs and a wide gold border. No person.
    case(
        "KG188-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns. The lady wears a short-sleeve shirt with pure color patterns and a long "
            "skirt. The",
            "loop",
            hit_limit=True,
        ),
        D.color("maroon"),
        D.description(
            "mustard Question: Describe the garment. Answer: mustard and maroon Question: Describe the garment. "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("a gold border on the skirt and on the sleeves"),
        D.material("silk"),
        gender="Girls",
        title="Sethukrishna Girls Mustard & Maroon Woven Design Pure Silk Pattu Pavadai",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Girl on white: pink anarkali kurta with a small floral print, full sleeves, gold lace at the hem, white
    # leggings.
    case(
        "KG188-024",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "She",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("pink"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. It has a round neckline. It has a round "
            "neckline. It has a round",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Boy on white: indigo blue kurta with white dabu block-printed leaves, white pyjamas.
    case(
        "KB188-025",
        caption("a boy in a blue and white shirt"),
        D.wearing("a girl in a blue kurta", "pronoun"),
        D.color("white", "other_garment_color"),
        D.description("a blue shirt with white polka dots on it", "unsupported"),
        D.details(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        title="Fabindia Boys Indigo Dabu Printed Cotton Kurta Pyjama",
        category="Kurta Sets",
        color="Indigo",
    ),
    # Girl on white: green lehenga with a pink zari border, pink choli with gold embroidery, green dupatta.
    case(
        "KG188-026",
        caption("a girl in a green skirt and pink top"),
        wearing("a green lehenga", who="she"),
        color_of("lehenga", "green", kind="open"),
        color_of("choli", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        details(
            "choli",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt",
            "cut",
            hit_limit=True,
        ),
        details_lehenga("the lehenga", "non_answer"),
        gender="Girls",
        title="Ahalyaa Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Boy on white: gold-toned jacquard sherwani with a stand collar, cream churidar, red stole over the shoulder.
    case(
        "KB188-027",
        caption("a boy in a gold sherwani with a red scarf"),
        D.wearing(
            "sherwani Question: What is the person wearing? Answer: sherwani Question: What is the person wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("sherwani"),
        D.color("red", "other_garment_color"),
        D.description(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "yes Question: What are the details of the garment? Answer: yes Question: What are the details of the",
            "leak",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        gender="Boys",
        title="Kinder Kids Boys Gold-Toned Jacquard Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Boy on white: bright yellow kurta with white thread embroidery at the neck, white dhoti pants.
    case(
        "KB188-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white dhoti"),
        D.color("yellow"),
        D.description("he is wearing a yellow kurta and a white dhoti"),
        D.details("white embroidery on the neck"),
        D.material("the garment is made of the material", "restated"),
        gender="Boys",
        title="Ahhaaaa Kids Boys Yellow Embroidered Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Girl on white: red layered net gown, full sheer sleeves, gold embroidered yoke.
    case(
        "KG188-029",
        caption("a young boy in a red dress", "pronoun"),
        D.wearing("a red gown"),
        D.color("red"),
        D.description(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        D.details("gold embroidery on the top"),
        D.material(
            "net Question: What material is the garment made of? Answer: net Question: What material is the garment",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="the magic wand Girls Red Embroidered Layered Net Gown",
        category="Ethnic Dresses",
        color="Red",
    ),
    # Flat-lay on white: sea green self-design kurta and white pyjamas, folded. No person.
    case(
        "KB188-030",
        caption("a green shirt and white pants"),
        D.wearing("nothing", "non_answer"),
        D.color("green"),
        D.description("a green kurta and white pajamas"),
        D.details("the kurta has details", "restated"),
        D.material("cotton"),
        gender="Boys",
        title="Jashvi Boys Sea Green Self Design Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Boy on white: orange kurta with tonal thread embroidery at the yoke, mandarin collar, white pyjamas.
    case(
        "KB188-031",
        caption("a little boy wearing an orange kurta"),
        wearing("orange kurta and white pants", who="he"),
        color_of(
            "kurta",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "pyjamas",
            "white Question: What is the color of the pyjamas? Answer: white Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar and buttons"),
        describe("kurta", "the kurta is a kurta", "restated"),
        gender="Boys",
        title="BownBee Boys Orange & White Kurta Pyjama Set",
        category="Kurta Sets",
        color="Orange",
    ),
    # Girl on white: yellow lehenga with a pink floral print, pink sleeveless choli, pink dupatta with a gota border.
    case(
        "KG188-032",
        caption("a little girl in a yellow and pink lehenga"),
        D.wearing("a yellow skirt and pink blouse"),
        D.garment_type("lehenga choli"),
        D.color("pink", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("mirror work on the skirt and tassels on the dupatta", "unsupported"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        gender="Girls",
        title="YK Girls Yellow & Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Boy on white: peach asymmetric indo-western sherwani with an embroidered placket, cream dhoti-style pants.
    case(
        "KB188-033",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a peach sherwani"),
        D.garment_type("kurta", "contradiction"),
        D.description("she is wearing a peach sherwani with embroidery", "pronoun"),
        D.color("peach"),
        D.details("the sherwani has embroidery on the front"),
        D.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Aj DEZInES Boys Peach Embroidered Indo Western Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Girl on white: pink short kurti with a green gota border, green sharara pants, pink dupatta.
    case(
        "KG188-034",
        caption("a little girl in a pink top and green pants"),
        D.wearing("a pink kurta and green sharara"),
        D.garment_type("sharara set"),
        D.color("green", "other_garment_color"),
        D.description("Answer: a pink kurta", "leak"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a short-sleeve shirt with "
            "pure color patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Pspeaches Girls Pink & Green Gotta Patti Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Boy on white: mustard brocade nehru jacket over a cream kurta, cream churidar.
    case(
        "KB188-035",
        caption("a little boy in a yellow vest and white pants"),
        wearing("a yellow jacket", who="he"),
        color_of("kurta", "mustard", "other_garment_color"),
        color_of("jacket", "mustard"),
        is_a("kurta", "no", "contradiction"),
        details(
            "jacket",
            "mustard Question: What are the jacket details? Answer: mustard Question: What are the jacket details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The gentleman wears a vest with lattice patterns. The vest is with cotton fabric. The gentleman wears a "
            "long-sleeve shirt with pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Little Bansi Boys Cream Kurta with Churidar & Mustard Brocade Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Girl on white: navy blue floor-length gown with silver zari motifs, full sleeves, silver embroidered yoke; no
    # bracelet or jewelry on her wrists.
    case(
        "KG188-036",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. She wears a ring. The lady wears a long",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue dress", who="she"),
        color_of(
            "gown",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        details("gown", "silver embroidery on the top and at the bottom"),
        describe("gown", "a long blue dress with silver flowers"),
        gender="Girls",
        title="Kinder Kids Girls Navy Blue Zari Woven Ethnic Gown",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # Flat-lay on white: cream silk half-sleeve shirt and a cream veshti with a gold zari border. No person, no gender
    # column in this feed.
    case(
        "KB188-037",
        caption("a white shirt and a white cloth with gold trim"),
        D.wearing(
            "shirt Question: What is the person wearing? Answer: shirt Question: What is the person wearing? Answer: "
            "shirt",
            "leak",
            hit_limit=True,
        ),
        D.color("cream"),
        D.description("the garment", "non_answer"),
        D.details("a gold zari border on the veshti"),
        D.material("the garment material is material", "restated"),
        title="Sethukrishna Boys Cream Silk Shirt with Gold Zari Border Veshti Set",
        category="Kurta Sets",
        color="Cream",
    ),
    # Girl on white: off-white anarkali with a red floral print, red churidar, red dupatta with an off-white border.
    case(
        "KG188-038",
        caption("a little girl in a white dress with red flowers"),
        D.wearing("a white and red dress"),
        D.color("red", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a red dupatta with a white border"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Off-White & Red Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Boy on white: bottle green kurta, white pyjamas. The experiments' prompt asks "she" of a boy.
    case(
        "KB188-039",
        caption("a young boy in a green kurta and white pyjamas"),
        wearing("she is wearing a green kurta and white pants", "pronoun", who="she"),
        color_of("kurta", "green", kind="open"),
        color_of("pyjamas", "green", "other_garment_color", kind="open"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The shirt is with cotton fabric and its neckline is stand. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a green kurta"),
        gender="Boys",
        title="YK Boys Green & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
    ),
    # Girl on white: orange lehenga with a green gota patti border, green choli, orange dupatta.
    case(
        "KG188-040",
        caption("a girl in an orange and green lehenga"),
        wearing(
            "skirt Question: What is she wearing? Answer: skirt Question: What is she wearing? Answer: skirt Question:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("lehenga", "orange"),
        color_of("choli", "orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        details("lehenga", "green border"),
        describe("lehenga", "he is wearing an orange lehenga", "pronoun"),
        gender="Girls",
        title="Bitiya by Bhama Girls Orange & Green Gotta Patti Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Boy on white: grey jacquard sherwani with silver buttons, white churidar, grey stole.
    case(
        "KB188-041",
        caption("a little boy in a grey suit"),
        D.wearing("the person is wearing clothes", "restated"),
        D.color("grey"),
        D.description(
            "grey Question: Describe the garment. Answer: grey Question: Describe the garment. Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("it has a zipper and a hood", "unsupported"),
        gender="Boys",
        title="Aj DEZInES Boys Grey Self Design Sherwani Set",
        category="Sherwani",
        color="Grey",
    ),
    # Girl on white: pattu pavadai: purple silk skirt with a broad gold zari border, purple blouse with gold borders
    # on the sleeves.
    case(
        "KG188-042",
        caption("a little boy in a purple and gold dress", "pronoun"),
        D.wearing("a purple silk skirt"),
        D.garment_type("lehenga choli"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The lady wears a long "
            "skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Sethukrishna Girls Purple & Gold-Toned Zari Pattu Pavadai",
        category="Lehenga Choli",
        color="Purple",
    ),
    # Boy on white: black kurta with gold sequin embroidery on the yoke, gold churidar pyjamas.
    case(
        "KB188-043",
        caption("a boy in a black and gold kurta"),
        wearing("a black kurta and gold pants", who="he"),
        color_shirt("black"),
        color_of("pyjamas", "black", "other_garment_color", kind="open"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is",
            "cut",
            hit_limit=True,
        ),
        details_pyjamas("they are pyjamas", "non_answer"),
        gender="Boys",
        title="Jashvi Boys Black & Gold-Toned Sequinned Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Girl on white: sky blue anarkali kurta with a white floral print, white leggings. No seller color column.
    case(
        "KG188-044",
        caption("a little girl in a blue dress"),
        D.wearing("a pink dress", "contradiction"),
        D.color("blue"),
        D.description("a blue dress with white flowers"),
        D.details(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Aks Kids Girls Blue Floral Printed Anarkali Kurta with Leggings",
        category="Kurta Sets",
    ),
    # Boy on white: maroon silk-blend kurta with gold zari buttons, gold dhoti pants.
    case(
        "KB188-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a maroon kurta and a gold dhoti"),
        D.garment_type("dhoti", "contradiction"),
        D.color("maroon"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants.",
            "pronoun",
            hit_limit=True,
        ),
        D.details("gold buttons on the kurta"),
        D.material("silk"),
        gender="Boys",
        title="Vastramay Boys Maroon & Gold-Toned Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Flat-lay on white: peach lehenga with scattered sequins, peach choli, peach net dupatta with a scalloped border.
    # No person.
    case(
        "KG188-046",
        caption("a peach skirt and top on a white background"),
        D.wearing("a little girl is wearing a peach lehenga", "unsupported"),
        D.garment_type("lehenga choli"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The lady wears a "
            "sleeveless tank top with pure",
            "loop",
            hit_limit=True,
        ),
        D.details("sequins on the skirt and a scalloped border on the dupatta"),
        D.material(
            "no Question: What material is the garment made of? Answer: no Question: What material is the garment",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutiekins Girls Peach Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
]
