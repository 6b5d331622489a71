"""BLIND_1021 (46 products; women's kurtas, base model, per-piece colors): written blind in the fifty-eighth session.
Measured blind at 955f328 (the session's final rules): 108/138 failures found (78.3%) and 16/202 correct texts flagged
(7.9%). The writer's notes, verbatim:

Scenario: a Myntra-like ethnic-wear feed of women's kurtas, kurtis and tunics (article types Kurtas, Kurtis, Tunics),
one catalog photo each: a model on a white studio backdrop, mostly front view (a few side, three-quarter and back
views), the kurta worn over leggings, churidar, palazzos, straight pants or jeans, sometimes with a dupatta, a
sleeveless ethnic jacket, earrings, a clutch, a tote or sunglasses. The job asks a per-piece color question for
every piece the questionnaire names for that row (kurta / kurti / tunic, and the bottom, the dupatta, the jacket),
plus a mix of the open questions (wearing, describe, details, material) and closed ones (pattern, sleeve length,
garment type, "Is this a kurta?").

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, no adapter.
Captions are free generation (50 new tokens), open answers free generation (30 new tokens); closed answers come
from enrich's --engine reference, which picks one candidate value (coarse color names, pattern, sleeve length,
garment type, yes/no), so they never loop, leak or stop short. The base model's habits: short lowercase answers with
no final period; it often gives one color to every piece of the outfit (the kurta's color for the leggings or the
reverse); it calls a knee-length kurta a "dress"; it invents embroidery, pockets, dupattas and fabrics; asked to
"Describe the kurta" it sometimes recites an encyclopedia definition until the token limit; now and then it goes on
with the prompt's own format ("... Question: ... Answer: ...") or repeats a phrase until the limit. It rarely gets
the person's gender wrong, but does so on a few short-haired models or when the shot is cropped.

Labeling conventions and judgement calls:
- Truth is the photo as described in the "# photo:" comment, not the seller's columns. Where the seller's color is
  wrong (X1021-021: "Brown" for a rust-orange kurta), answers that match the photo are correct.
- Color names are judged at the coarse level of the candidate set: magenta, peach and rose count as pink; maroon as
  red; teal and turquoise as blue (teal also accepted as green in free text); cream and off-white as white; mustard
  and gold as yellow; olive and sea green as green; mauve and lavender as purple.
- A per-piece color answer that gives the color of another piece visible in the photo (the kurta's color for the
  leggings, the leggings' color for the kurta, the dupatta's for the kurta, in either direction), or a free
  text that swaps the colors of two pieces (X1021-044), is other_garment_color. A color that no piece in the photo
  has is contradiction.
- For a printed or multi-colored kurta, a closed color naming its ground color or one dominant color of the print is
  correct, unless that color belongs only to another piece (X1021-024: "white" for a cream kurta with navy print is
  correct; "white" for the navy pants is other_garment_color).
- "dress" (free text or closed) for a kurta or anarkali worn over bottoms is contradiction (the seller says Kurtas);
  "top" for a hip-length kurti or tunic is correct; "shirt" is correct only for a collared, buttoned shirt-style
  tunic (X1021-031) and contradiction otherwise (X1021-017).
- A border, piping or trim does not break "solid"; a printed yoke does (X1021-020 is "printed").
- Sleeve length: the closed answer is judged against the product's own sleeves; the sleeveless jacket's "sleeveless"
  given for a kurta with three-quarter sleeves is contradiction.
- Material: correct when the title names that fabric or it is plainly visible (denim); a fabric the title does not
  name and the photo cannot show is unsupported; a fabric other than the one the title names is contradiction.
- Invented parts (pockets, belts, dupattas, shawls, tassels, zippers on an unseen back, necklaces) are unsupported,
  also when the rest of the sentence is right. An encyclopedia definition that runs into the limit is labelled cut
  (its cut is the failure that ends it), even though it also states an unsupported fabric.
  Likewise the caption of X1021-015 that lists invented jewelry until the 50-token limit is labelled cut.
- A text with two failures carries the one that dominates: a loop is labelled loop even when its repeated phrase
  is right; a leak is labelled leak even when the part before "Question:" is right.
- non_answer: a bare color, a bare garment word ("a kurta", "it's a kurta"), "yes", "i don't know" to an open
  question. A short answer that names a real detail ("red embroidery on the neck") is correct. restated: a sentence
  made of the question's own words with nothing added ("the details of the kurta", "made of material").
- pronoun: "he", "his" or "a man" in a text about a product whose gender column is Women. X1021-037 has no gender
  column; "she" there is correct for the photo.
- hit_limit=True on every loop and every cut that ran to 30 (answers) or 50 (captions) new tokens.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1021 = [
    # photo: front view, pink straight kurta with a small white floral block print, round neck, three-quarter
    # sleeves, white churidar leggings, silver studs, white backdrop. Base model wrote all texts.
    case(
        "X1021-001",
        caption("a woman in a pink kurta with white leggings"),
        color_of("kurta", "pink"),
        color_of("leggings", "pink", "other_garment_color"),
        wearing("a pink kurta"),
        Q.pattern("floral"),
        details("kurta", "the kurta is made of silk and has gold embroidery on the neckline", "unsupported"),
        describe(
            "kurta",
            "the kurta is a traditional indian garment that is worn by women. it is usually made of cotton or silk "
            "and is worn with a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Pink Printed Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: three-quarter view, navy blue solid kurta with white thread embroidery on the yoke, three-quarter
    # sleeves, white palazzo pants, white backdrop. Base model wrote all texts.
    case(
        "X1021-002",
        caption("a woman in a blue kurta and white pants standing in front of a white wall"),
        color_of("kurta", "blue"),
        color_of("palazzo pants", "white"),
        describe("kurta", "a long blue kurta with white embroidery on the neck"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("cotton"),
        details("kurta", "the kurta has white embroidery on the yoke and gold buttons", "unsupported"),
        title="W Women Navy Blue Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, orange sleeveless A-line tunic with a black geometric print, hip length, over blue skinny
    # jeans, brown flat sandals, white backdrop. Base model wrote all texts.
    case(
        "X1021-003",
        caption("a woman wearing an orange top and blue jeans"),
        color_of("tunic", "orange"),
        color_of("jeans", "orange", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        details("tunic", "the tunic has a black print and a round neck"),
        wearing(
            "she is wearing an orange tunic and jeans Question: what is she wearing on her feet? Answer: sandals",
            "leak",
            who="she",
        ),
        title="Global Desi Women Orange Printed Tunic",
        category="Tunics",
        color="Orange",
        gender="Women",
    ),
    # photo: front view, bottle green solid kurta, mandarin collar, wooden buttons on a half placket, full
    # sleeves, beige churidar, no jewelry, white backdrop. Base model wrote all texts.
    case(
        "X1021-004",
        caption("a woman in a green kurta with a necklace and earrings", "unsupported"),
        color_of("kurta", "green"),
        color_of("churidar", "green", "other_garment_color"),
        describe("kurta", "a green kurta with buttons down the front"),
        Q.material("cotton"),
        Q.pattern("solid"),
        wearing(
            "a green kurta and a green kurta and a green kurta and a green kurta and a green kurta and a green",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are on the kurta", "restated"),
        title="Fabindia Women Green Cotton Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: front view, mustard straight kurta with a white and blue floral print, round neck, three-quarter
    # sleeves, plain hem, white palazzos, white backdrop. Base model wrote all texts.
    case(
        "X1021-005",
        caption("a woman in a yellow kurta with white pants"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("palazzo pants", "white"),
        Q.pattern("floral"),
        describe("kurta", "a yellow kurta with a floral print"),
        details(
            "kurta",
            "the kurta has a round neck and three quarter sleeves and a lace trim on the hem",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        title="Anouk Women Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: front view, maroon flared anarkali kurta with gold foil print on yoke and hem, full sleeves, maroon
    # churidar, beige dupatta with a gold border over both shoulders, white backdrop. Base model wrote all texts.
    case(
        "X1021-006",
        caption("a woman in a red and gold indian outfit"),
        color_of("kurta", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        color_of("churidar", "red"),
        wearing("a red and gold anarkali"),
        details(
            "kurta",
            "the kurta has gold embroidery and mirror work on the sleeves and a zipper on the back",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        describe(
            "kurta",
            "the kurta is a long, flared garment that is traditionally worn by women in north india and pakistan. "
            "it is often",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Maroon Foil Print Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, teal kurta with a white ikat print, three-quarter sleeves, white straight pants, the
    # model holds a brown clutch, white backdrop. Base model wrote all texts.
    case(
        "X1021-007",
        caption("a woman in a blue and white kurta holding a purse"),
        color_of("kurta", "blue"),
        color_of("pants", "white"),
        Q.pattern("solid", "contradiction"),
        describe("kurta", "a blue kurta with white print"),
        Q.material("silk", "unsupported"),
        details(
            "kurta",
            "the kurta has a white print on the front and a white print on the back and a white print on the front "
            "and a white print on the",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women Teal Blue Printed Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: front view, off-white kurta with small red floral embroidery on the yoke, three-quarter sleeves, red
    # churidar, red dupatta with tassels draped on one shoulder, white backdrop. Base model wrote all texts.
    case(
        "X1021-008",
        caption("a woman in a white kurta and red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("churidar", "red"),
        color_of("dupatta", "red"),
        wearing("she is wearing a white kurta with red pants and a red dupatta", who="she"),
        details("kurta", "red embroidery on the neck"),
        Q.garment_type("dress", "contradiction"),
        title="Aurelia Women Off-White Embroidered Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: front view, black hip-length kurti with a white geometric print, mandarin collar, short sleeves, blue
    # jeans, white sneakers, white backdrop. Base model wrote all texts.
    case(
        "X1021-009",
        caption("a woman in a black and white top and jeans"),
        color_of("kurti", "black"),
        color_of("jeans", "black", "other_garment_color"),
        Q.sleeve_length("short"),
        describe(
            "kurti",
            "it is a black kurti with a white print and a mandarin collar and a pocket on the chest",
            "unsupported",
        ),
        wearing("a kurti Question: what is the color of the kurti? Answer: black", "leak"),
        title="Sangria Women Black Printed Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: front view, red straight kurta with a gold zari border at the hem and sleeve ends, three-quarter
    # sleeves, cream palazzo pants, white backdrop. Base model wrote all texts.
    case(
        "X1021-010",
        caption("a woman in a red kurta and white pants"),
        color_of("kurta", "red"),
        color_of("palazzo pants", "red", "other_garment_color"),
        Q.pattern("solid"),
        describe("kurta", "a red kurta with a gold border on the sleeves and hem"),
        details("kurta", "the details of the kurta", "restated"),
        is_a("kurta", "no", "contradiction"),
        title="Rangriti Women Red Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: front view, kurta with a multicolor paisley print (pink, green and yellow on a cream ground),
    # three-quarter sleeves, green churidar, white backdrop. Base model wrote all texts.
    case(
        "X1021-011",
        caption("a woman in a colorful kurta and green leggings"),
        color_of("kurta", "pink"),
        color_of("leggings", "green"),
        Q.pattern("printed"),
        wearing("a kurta and leggings"),
        details(
            "kurta",
            "the kurta has a paisley print and a round neck with a keyhole and tassels at the back",
            "unsupported",
        ),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Biba Women Multi Coloured Printed Cotton Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: front view, purple solid flared kurti, short cap sleeves, black leggings, hand on hip, model with a
    # short bob, white backdrop. Base model wrote all texts.
    case(
        "X1021-012",
        caption("a woman in a purple top and black leggings"),
        color_of("kurti", "black", "other_garment_color"),
        color_of("leggings", "black"),
        Q.sleeve_length("short"),
        describe("kurti", "a purple top"),
        is_a("kurti", "yes"),
        wearing("he is wearing a purple shirt and black pants", "pronoun", who="she"),
        Q.pattern("striped", "contradiction"),
        title="Span Women Purple Kurti",
        category="Kurtis",
        color="Purple",
        gender="Women",
    ),
    # photo: front view, indigo blue kurta with a white dabu floral print, three-quarter sleeves, matching indigo
    # printed palazzos, white backdrop. Base model wrote all texts.
    case(
        "X1021-013",
        caption("a woman in a blue and white printed dress", "contradiction"),
        color_of("kurta", "blue"),
        color_of("palazzo pants", "blue"),
        Q.pattern("floral"),
        Q.material("cotton Question: what is the pattern of the kurta? Answer: floral", "leak"),
        describe("kurta", "a blue kurta with white flowers on it"),
        details("kurta", "the kurta has a tassel tie at the neck and a lining", "unsupported"),
        title="Jaipur Kurti Women Indigo Cotton Printed Kurta with Palazzos",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, peach straight kurta, solid, with a thin lace band at the hem, three-quarter sleeves,
    # white churidar, white backdrop. Base model wrote all texts.
    case(
        "X1021-014",
        caption("a woman in a pink kurta"),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "lace on the hem"),
        Q.material("chiffon", "unsupported"),
        wearing("pink", "non_answer"),
        Q.pattern("striped", "contradiction"),
        title="W Women Peach Solid Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: front view, magenta art-silk kurta with gold thread embroidery on the yoke, full sleeves, beige
    # churidar, gold jhumka earrings, no dupatta, bangles or necklace, white backdrop. Base model wrote all texts.
    case(
        "X1021-015",
        caption(
            "a woman in a pink and gold kurta with gold earrings and a pink and gold dupatta with gold embroidery on "
            "the border and a pair of gold bangles on her wrists and a gold necklace around her neck and a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("churidar", "pink", "other_garment_color"),
        Q.pattern("embroidered"),
        describe("kurta", "a pink kurta with gold embroidery on the neck"),
        wearing(
            "she is wearing a pink kurta with gold embroidery and a pink kurta with gold embroidery and a pink "
            "kurta with gold",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Soch Women Magenta Art Silk Embroidered Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: front view, white cotton kurta with white chikankari embroidery all over, three-quarter sleeves,
    # white churidar, white backdrop. Base model wrote all texts.
    case(
        "X1021-016",
        caption("a woman in a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("churidar", "white"),
        Q.pattern("embroidered"),
        details("kurta", "the kurta has white embroidery all over it"),
        Q.material("linen", "contradiction"),
        describe("kurta", "white", "non_answer"),
        wearing("a white kurta Question: what is the color of the churidar? Answer: white", "leak"),
        title="Fabindia Women White Cotton Chikan Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: front view, turquoise blue tunic with a white embroidered yoke, no collar, short sleeves, white
    # leggings, the model holds a tan tote bag, white backdrop. Base model wrote all texts.
    case(
        "X1021-017",
        caption("a woman in a blue top holding a brown bag"),
        color_of("tunic", "blue"),
        color_of("leggings", "white"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a blue tunic and white leggings"),
        details("tunic", "the tunic has a button placket and two pockets", "unsupported"),
        is_a("tunic", "yes"),
        title="Global Desi Women Turquoise Blue Embroidered Tunic",
        category="Tunics",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: front view, olive green kurta with a small black block print, mandarin collar, full sleeves rolled up
    # with tabs, black palazzos, white backdrop. Base model wrote all texts.
    case(
        "X1021-018",
        caption("a woman in a green kurta and black pants"),
        color_of("kurta", "blue", "contradiction"),
        color_of("palazzo pants", "black"),
        Q.sleeve_length("long"),
        describe("kurta", "a green kurta with a mandarin collar and rolled up sleeves"),
        details("kurta", "the kurta has a collar"),
        Q.material("the garment is made of material", "restated"),
        wearing("he is wearing a green kurta and black pants", "pronoun"),
        title="Anouk Women Olive Green Printed Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: front view, yellow sleeveless A-line kurta with a green and pink floral print, green palazzos, no
    # dupatta, white backdrop. Base model wrote all texts.
    case(
        "X1021-019",
        caption("a woman in a yellow dress with flowers on it and green pants", "contradiction"),
        color_of("kurta", "yellow"),
        color_of("palazzo pants", "yellow", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        wearing("a yellow kurta with green palazzo pants and a green dupatta", "unsupported"),
        details(
            "kurta",
            "the kurta has a floral print and a floral print and a floral print and a floral print and a floral "
            "print and",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Yellow Printed A-Line Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: front view, grey melange straight kurta with a black printed yoke, three-quarter sleeves, black
    # leggings, white backdrop; the model's hair is tied back tightly. Base model wrote all texts.
    case(
        "X1021-020",
        caption("a woman in a grey kurta and black leggings"),
        color_of("kurta", "grey"),
        color_of("leggings", "grey", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is a long, loose-fitting garment that is worn by women in india, pakistan and bangladesh. "
            "it is usually made of cotton",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        details("kurta", "his kurta has a black print on the yoke", "pronoun"),
        title="Vishudh Women Grey Melange Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: front view, rust-orange straight kurta with a white block print (the seller calls it Brown),
    # three-quarter sleeves, white palazzos, white backdrop. Base model wrote all texts.
    case(
        "X1021-021",
        caption("a woman in an orange kurta and white pants"),
        color_of("kurta", "orange"),
        color_of("palazzo pants", "white"),
        Q.pattern("printed"),
        wearing("an orange and white kurta"),
        Q.material("rayon", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        details(
            "kurta",
            "white flowers, white flowers, white flowers, white flowers, white flowers, white flowers, white "
            "flowers, white",
            "loop",
            hit_limit=True,
        ),
        title="Shree Women Brown Printed Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: front view, black kurta with a gold foil print, three-quarter sleeves, red churidar, red dupatta
    # over the left shoulder, bare wrists, white backdrop. Base model wrote all texts.
    case(
        "X1021-022",
        caption("a woman in a black and gold kurta with a red scarf"),
        color_of("kurta", "black"),
        color_of("churidar", "black", "other_garment_color"),
        color_of("dupatta", "red"),
        describe("kurta", "a black kurta with gold print and red pants"),
        details("kurta", "yes", "non_answer"),
        Q.sleeve_length("three-quarter"),
        wearing("a black kurta with red pants and a red dupatta and gold bangles", "unsupported"),
        title="AKS Women Black Foil Print Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: front view, lavender kurta with white thread embroidery on the neckline, three-quarter sleeves, white
    # leggings, the model has a short pixie cut, white backdrop. Base model wrote all texts.
    case(
        "X1021-023",
        caption("a man in a purple shirt and white pants", "pronoun"),
        color_of("kurta", "purple"),
        color_of("leggings", "white"),
        wearing("she is wearing a purple kurta", who="she"),
        describe("kurta", "a purple kurta with white embroidery on the neckline"),
        Q.pattern("embroidered"),
        title="Biba Women Lavender Embroidered Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: front view, cream kurta with a navy blue floral print, three-quarter sleeves, no belt, navy blue
    # straight pants, white backdrop. Base model wrote all texts.
    case(
        "X1021-024",
        caption("a woman in a white and blue kurta"),
        color_of("kurta", "white"),
        color_of("pants", "white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        describe("kurta", "a white kurta with blue flowers on it and a blue belt", "unsupported"),
        Q.material("cotton"),
        is_a("kurta", "yes"),
        wearing("a white and blue kurta Question: what is the color of the pants? Answer: blue", "leak", who="she"),
        title="W Women Cream Printed Cotton Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: front view, sea green hip-length kurti with mirror work at the neckline, short sleeves, white
    # jeggings, white backdrop. Base model wrote all texts.
    case(
        "X1021-025",
        caption("a woman in a green top and white pants"),
        color_of("kurti", "green"),
        color_of("jeans", "green", "other_garment_color"),
        details("kurti", "mirror work on the neckline"),
        describe(
            "kurti",
            "the kurti is green and has a mirror work on the neckline and a mirror work on the neckline and a mirror "
            "work on the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        wearing("she is wearing a green kurti with white jeans", who="she"),
        Q.material("the kurti is made of fabric", "restated"),
        title="Folklore Women Sea Green Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: front view, beige kurta with a brown block print of birds, three-quarter sleeves, brown churidar, no
    # shawl or dupatta, hands folded in front, white backdrop. Base model wrote all texts.
    case(
        "X1021-026",
        caption("a woman in a beige kurta with birds on it"),
        color_of("kurta", "beige"),
        color_of("churidar", "beige", "other_garment_color"),
        Q.pattern("printed"),
        wearing("a beige kurta with brown leggings and a brown shawl", "unsupported"),
        describe("kurta", "a kurta", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="Mother Earth Women Beige Printed Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: front view, hot pink tunic with black lace panels at the shoulders, long sleeves, black leggings,
    # white backdrop. Base model wrote all texts.
    case(
        "X1021-027",
        caption("a woman in a pink top with black lace on the shoulders"),
        color_of("tunic", "pink"),
        color_of("leggings", "pink", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("long"),
        details(
            "tunic",
            "the tunic has black lace on the shoulders Question: what are the leggings details? Answer: black",
            "leak",
        ),
        is_a("tunic", "no", "contradiction"),
        describe(
            "tunic",
            "the tunic is a long top that is worn over leggings or jeans. it is usually made of cotton and has long "
            "sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Avirate Women Pink Lace Tunic",
        category="Tunics",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, navy kurta with a white and red floral print, three-quarter sleeves, white palazzos,
    # white backdrop. The feed row has no color column. Base model wrote all texts.
    case(
        "X1021-028",
        caption("a woman wearing a blue floral kurta with white pants"),
        color_of("kurta", "blue"),
        color_of("palazzo pants", "white"),
        Q.pattern("floral"),
        wearing("a purple kurta and white pants", "contradiction"),
        details("kurta", "the kurta has a floral print on it"),
        Q.material("polyester", "unsupported"),
        title="Rangriti Women Navy Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: front view, red hip-length kurti with white polka dots, round neck, curved hem, short sleeves, blue
    # jeans, white backdrop. Base model wrote all texts.
    case(
        "X1021-029",
        caption("a woman in a red and white polka dot top and blue jeans"),
        color_of("kurti", "red"),
        color_of("jeans", "red", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        describe("kurti", "a red top with white dots"),
        wearing(
            "she is wearing a red top with white polka dots and blue jeans and a red top with white polka dots and "
            "blue",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details(
            "kurti",
            "the kurti has white polka dots all over it and a round neck and a curved hem that falls just below the "
            "hips and is slightly longer at the",
            "cut",
            hit_limit=True,
        ),
        title="Diva Women Red Polka Dot Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: front view, maroon straight kurta with gold buttons on the placket, full sleeves, beige churidar,
    # maroon dupatta with a gold border, white backdrop. Base model wrote all texts.
    case(
        "X1021-030",
        caption("a woman in a maroon kurta with a maroon scarf"),
        color_of("kurta", "red"),
        color_of("churidar", "blue", "contradiction"),
        color_of("dupatta", "red"),
        describe("kurta", "the kurta is red"),
        details("kurta", "his kurta has gold buttons on the front", "pronoun"),
        Q.material("velvet", "unsupported"),
        wearing(
            "a red kurta with a red scarf and a red kurta with a red scarf and a red kurta with a red scarf and",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, light blue denim shirt-style tunic with a collar, full button placket and white
    # embroidery, sleeves rolled to the elbow with tabs, white leggings, white backdrop. Base model wrote all texts.
    case(
        "X1021-031",
        caption("a woman in a blue denim shirt and white leggings"),
        color_of("tunic", "blue"),
        color_of("leggings", "blue", "other_garment_color"),
        Q.material("denim"),
        describe("tunic", "a blue denim tunic with white embroidery"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("tunic", "yes"),
        title="Jealous 21 Women Blue Denim Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: back view, mint green solid kurta with a tie-up keyhole at the back neck, three-quarter sleeves,
    # white leggings, white backdrop; the front is not visible. Base model wrote all texts.
    case(
        "X1021-032",
        caption("a woman in a green kurta with her back to the camera"),
        color_of("kurta", "green"),
        color_of("leggings", "white"),
        details("kurta", "the kurta has a tie at the back of the neck"),
        describe("kurta", "a green kurta with a v-neck and embroidery on the front", "unsupported"),
        wearing("the person is wearing a kurta"),
        Q.pattern("solid"),
        title="Aurelia Women Mint Green Solid Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: front view, black and white vertical striped straight kurta, three-quarter sleeves, black palazzos,
    # white backdrop. Base model wrote all texts.
    case(
        "X1021-033",
        caption("a woman in a black and white striped kurta standing in front of a brick wall", "unsupported"),
        color_of("kurta", "black"),
        color_of("palazzo pants", "black"),
        Q.pattern("striped"),
        wearing("a black and white striped dress", "contradiction"),
        details("kurta", "the stripes are black and white"),
        describe("kurta", "a striped kurta Question: describe the pants. Answer: black pants", "leak"),
        title="Libas Women Black & White Striped Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: front view, light pink kurta with three-quarter sleeves under a navy white-printed sleeveless ethnic
    # jacket, white churidar, white backdrop. The product is the kurta set. Base model wrote all texts.
    case(
        "X1021-034",
        caption("a woman in a pink kurta and a blue vest"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("jacket", "blue"),
        color_of("churidar", "white"),
        wearing("a pink kurta with a blue jacket and white pants"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("kurta", "the kurta has a round neck"),
        describe(
            "kurta",
            "the kurta is pink and the jacket is blue with a white print on it. the jacket is sleeveless and it has "
            "a round neck and the",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Pink Kurta with Ethnic Jacket",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: three-quarter view, mustard cotton tunic with a tassel tie at the neck, three-quarter sleeves, white
    # jeans, the model holds sunglasses in one hand, white backdrop. Base model wrote all texts.
    case(
        "X1021-035",
        caption("a woman in a yellow top holding sunglasses"),
        color_of("tunic", "yellow"),
        color_of("jeans", "yellow", "other_garment_color"),
        details("tunic", "tassels on the neck"),
        Q.material("cotton Question: what is the pattern of the garment? Answer: solid", "leak"),
        wearing("a yellow top and white jeans"),
        is_a("tunic", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Global Desi Women Mustard Cotton Tunic",
        category="Tunics",
        color="Mustard",
        gender="Women",
    ),
    # photo: front view, indigo kurta with a white shibori tie-dye pattern, mandarin collar, wooden buttons, no
    # pockets, full sleeves, white straight cotton pants, white backdrop. Base model wrote all texts.
    case(
        "X1021-036",
        caption(
            "a woman in a blue tie dye kurta and white pants and a blue tie dye kurta and white pants and a blue "
            "tie dye kurta and white pants and a blue tie dye kurta and white pants and a blue",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        describe("kurta", "a blue kurta with white patterns"),
        details("kurta", "the kurta has a mandarin collar and wooden buttons and two side pockets", "unsupported"),
        Q.material("cotton"),
        title="Fabindia Women Indigo Cotton Shibori Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, deep purple kurta with a gold print on yoke and sleeves, three-quarter sleeves, gold
    # churidar, white backdrop. The feed row has no gender column. Base model wrote all texts.
    case(
        "X1021-037",
        caption("a woman in a purple and gold kurta"),
        color_of("kurta", "purple"),
        color_of("churidar", "yellow"),
        wearing("she is wearing a purple kurta", who="she"),
        details("kurta", "the kurta has gold print on the yoke and sleeves"),
        describe("kurta", "it's a kurta", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Biba Purple Printed Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # photo: front view, white kurta with a red floral print and a red border at the hem, three-quarter sleeves,
    # worn over blue jeans, white backdrop. Base model wrote all texts.
    case(
        "X1021-038",
        caption("a woman in a white and red kurta and jeans"),
        color_of("kurta", "white"),
        color_of("jeans", "white", "other_garment_color"),
        wearing("a white kurta and blue jeans"),
        describe("kurta", "the kurta is white with red flowers on it and a red border at the bottom"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.material("silk", "unsupported"),
        title="Anouk Women White Floral Print Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: front view, orange solid sleeveless kurta, green leggings, green dupatta over both arms, white
    # backdrop. Base model wrote all texts.
    case(
        "X1021-039",
        caption("a woman in an orange kurta and green pants"),
        color_of("kurta", "orange"),
        color_of("leggings", "orange", "other_garment_color"),
        color_of("dupatta", "green"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("georgette", "unsupported"),
        wearing("orange", "non_answer"),
        details("kurta", "the kurta is plain Question: what are the leggings details? Answer: green", "leak"),
        title="Span Women Orange Solid Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: front view, teal kurta with silver thread embroidery on neck and sleeves, full sleeves, white
    # churidar, white dupatta, the model has cropped hair, white backdrop. Base model wrote all texts.
    case(
        "X1021-040",
        caption("a woman in a green kurta with a white scarf"),
        color_of("kurta", "blue"),
        color_of("churidar", "white"),
        color_of("dupatta", "blue", "other_garment_color"),
        describe("kurta", "a teal kurta with silver embroidery"),
        details("kurta", "silver embroidery on the neck and sleeves"),
        wearing("he is wearing a green kurta", "pronoun", who="she"),
        Q.material("the material of the garment", "restated"),
        title="Soch Women Teal Embroidered Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: front view, mauve solid kurta with pleats at the front yoke, three-quarter sleeves, cream palazzos,
    # white backdrop. Base model wrote all texts.
    case(
        "X1021-041",
        caption("a woman in a pink dress and white pants", "contradiction"),
        color_of("kurta", "purple"),
        color_of("palazzo pants", "purple", "other_garment_color"),
        Q.pattern("solid"),
        describe("kurta", "the kurta is purple and it is made of cotton", "unsupported"),
        details("kurta", "pleats on the front"),
        title="Rangriti Women Mauve Pleated Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: side view, beige kurta with a small red print and side slits, three-quarter sleeves, red churidar,
    # no dupatta, white backdrop. Base model wrote all texts.
    case(
        "X1021-042",
        caption("a woman in a beige kurta and red pants"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("churidar", "red"),
        Q.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has slits on the side"),
        wearing(
            "a woman wearing a beige kurta and red pants Question: what is the woman wearing? Answer: a beige", "leak"
        ),
        describe("kurta", "a beige kurta with red print and a red dupatta", "unsupported"),
        title="Aurelia Women Beige Printed Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: front view, black floor-length flared anarkali kurta with red, green, yellow and pink thread
    # embroidery and small mirrors on the yoke, full sleeves, black churidar, white backdrop. Base model wrote all
    # texts.
    case(
        "X1021-043",
        caption("a woman in a black dress with colorful embroidery", "contradiction"),
        color_of("kurta", "black"),
        color_of("churidar", "black"),
        Q.pattern("embroidered"),
        describe("kurta", "a long black anarkali with colorful embroidery on the top"),
        Q.material("silk", "unsupported"),
        wearing("black", "non_answer"),
        details(
            "kurta",
            "the kurta has colorful embroidery on the yoke in red, green, yellow and pink thread with small mirrors "
            "sewn in between the flowers and the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Black Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: front view, lime green sleeveless kurta with a white block print, white palazzos, no dupatta or
    # scarf, white backdrop. Base model wrote all texts.
    case(
        "X1021-044",
        caption("a woman in a green kurta with white pants and a white scarf", "unsupported"),
        color_of("kurta", "green"),
        color_of("palazzo pants", "white"),
        Q.sleeve_length("sleeveless"),
        wearing("a white kurta and green pants", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is a long garment that is worn by women in india and pakistan. it is usually made of cotton "
            "or silk and is worn with a",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Lime Green Printed Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: front view, baby pink hip-length kurti, short sleeves, white lace at the sleeve ends and hem, blue
    # jeans, the model holds a white handbag, white backdrop. Base model wrote all texts.
    case(
        "X1021-045",
        caption("a woman in a pink top and blue jeans holding a white purse"),
        color_of("kurti", "pink"),
        color_of("jeans", "blue"),
        Q.garment_type("top"),
        details(
            "kurti",
            "the kurti has lace on the sleeves and the hem and the neckline and the sleeves and the hem and the "
            "neckline and the",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a pink kurti and blue jeans", who="she"),
        is_a("kurti", "yes"),
        Q.sleeve_length("long", "contradiction"),
        title="W Women Pink Lace Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, navy kurta with a red color-block yoke and red piping on the sleeves, three-quarter
    # sleeves, red leggings, white backdrop. Base model wrote all texts.
    case(
        "X1021-046",
        caption("a woman in a blue and red kurta with red leggings"),
        color_of("kurta", "blue"),
        color_of("leggings", "blue", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        describe("kurta", "a blue kurta with a red yoke"),
        Q.material("i don't know", "non_answer"),
        details("kurta", "the kurta has a red yoke and red piping on the sleeves"),
        wearing("a blue kurta with red leggings Question: what is the color of the leggings? Answer: red", "leak"),
        title="Sangria Women Navy Blue Colourblocked Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
]
