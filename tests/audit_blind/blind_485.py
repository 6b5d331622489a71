"""BLIND_485 (46 products; Myntra women's ethnic wear, caption adapter + extractive QA beside the untuned base): written
blind in the forty-ninth session. Measured blind at 212fbfe (the session's rules as they stood): 103/135 failures
found (76.3%) and 11/172 correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: the original experiments' third setup run over a Myntra-like English feed of women's ethnic wear: straight,
A-line and anarkali kurtas, short kurtis worn with jeans, kurta sets with palazzos, trousers, sharara or churidar and
a dupatta, a kurta set with an ethnic jacket, ethnic dresses and three sarees. Many pieces are in two or more colors
(a maroon kurta with a pink dupatta, a white kurta with a blue print, gold foil on teal), and several photos have a
colored wall, an arch, plants, a curtain or a carved door behind the model. Each row has the seller's title,
category, color and gender; a few miss the gender or the color, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter, epoch 3
(`leoreigoto/Data2_V2_Blip2_Finetune_Caption`): the DeepFashion-MultiModal template ("The lady wears a medium-sleeve
shirt with floral patterns. The shirt is with cotton fabric. ..."), pattern words for colors and no hue at all, no
kurta, saree or dupatta in its vocabulary, and no end token, so every caption runs to the 50-token limit and carries
hit_limit=True. The open questions Describe the garment, What are the details of the garment, What material and What
is the neckline of the kurta are answered by the extractive QA model (`timpal0l/mdeberta-v3-base-squad2`) copying a
span of that caption (empty where it finds none); those spans never carry hit_limit. What is she wearing?, What is
the color of the kurta / dupatta / pants? (stored open) and Describe the kurta. come from the untuned base
`Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own. The closed questions (garment_type,
color, pattern, sleeve_length, color of the blouse or border, "Is this a ...?") are enrich's `--engine reference`
answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy, teal, turquoise or powder blue, green
  for teal, sea green, olive or lime, pink for magenta, peach, coral or baby pink, orange for rust or coral, purple
  for lavender, white for cream or off white, yellow for mustard. Navy given as black, beige given as brown, peach
  given as white, and the color of the wall behind the model are contradiction.
- A garment given the color of another piece in the photo (the dupatta's, the palazzos', the jacket's) is
  other_garment_color; a printed garment given its print's color (blue for a white kurta with a blue print, gold for a
  green kurta with gold foil) is contradiction; where that color is also a whole other piece's (gold zari on a kurta
  worn with a gold dupatta), other_garment_color. Two-color answers that name both ("blue and white" for a striped
  kurta, "white and black kurta" for a block print) are correct.
- Garment words: kurta, kurti, shirt, top, tunic and salwar kameez are correct for a kurta or kurti; pants, trousers,
  palazzos, leggings and churidar are interchangeable; scarf is correct for a dupatta; dress or gown is correct for an
  anarkali, an ethnic dress and a kurta of knee length or longer; a jacket named for the jacket worn over a kurta is
  correct. Dress for a hip-length kurti, tank top or T-shirt for a kurta, saree for a kurta set, and any template
  garment (dress, T-shirt, skirt) for a saree are contradiction; so is "yes" to "Is this a dress?" for a saree and
  "yes" to "Is this a kurta?" for an ethnic dress.
- Adapter captions: one that misnames the garment in its first sentence is contradiction (hit_limit kept); otherwise
  one that repeats a sentence or a clause of the template is loop, one that stops mid-sentence is cut (a wrong fabric
  or pattern before the cut is not labelled separately), and one that happens to end on a full stop at the limit is
  correct unless its last sentence invents something (a ring nobody wears: unsupported). "There is an accessory on her
  neck" for a dupatta worn round the neck, and "other fabric" for silk or velvet (not in the template's fabrics), are
  correct.
- QA spans: a span that names a fabric the title contradicts (cotton or chiffon for silk blend, rayon, organza,
  chanderi; denim for a cotton kurti) is contradiction; chiffon for an unnamed flowy fabric or for georgette, and
  cotton for an unnamed cotton-look fabric, are correct. "other" or "other fabric" and an empty span are non_answer; a
  garment phrase returned for the material question is restated; a span copying a wrong template part (a tank top, a
  lattice for buttis or bandhani dots, a V-shape neckline on a round neck) is contradiction; a ring or wrist accessory
  nobody wears is unsupported; a span that stops mid-phrase (the caption's cut tail, or a span boundary inside a
  phrase) is cut. Standing neckline for a mandarin collar and lapel for a shirt collar are correct.
- Base answers: invented details (mirror work, a train, shoes on a photo cut at the calf, embroidery the kurta does
  not have) are unsupported; a print given to a solid kurta that only the dupatta has is contradiction; "he" for the
  woman is pronoun; a text that runs on into "Question: ... Answer: ..." is leak even where its start is right; "a
  kurta" for Describe the kurta. is restated; an empty answer is non_answer; an answer stopping on "with" is cut.
- Closed answers: the wrong sleeve length, a pattern the garment does not have, a wrong border color and the wall's or
  the zari border's color given as the garment's are contradiction; the dupatta's or palazzos' color as the product's
  color is other_garment_color. garment_type "kurta" is correct for an anarkali and for a kurta set (with or without a
  jacket).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the kurta?", "open")
describe_kurta = question("describe_kurta", "Describe the kurta.", "open")  # the base model's own question
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_border = question("color_border", "What is the color of the border?", "closed")


def she(text, failure=None):
    """The base model's answer to What is she wearing?"""
    return wearing(text, failure, who="she")


def base_color(garment, text, failure=None):
    """The base model's free answer to What is the color of the <garment>?, stored open."""
    return color_of(garment, text, failure, kind="open")


BLIND_485 = [
    # photo: model in a pink straight knee-length kurta with a small white floral print, three-quarter sleeves,
    # white palazzos, white dupatta with a pink border over one shoulder; plain white studio backdrop, front view.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her neck. The",
            "cut",
            hit_limit=True,
        ),
        she("a pink kurta and white pants"),
        base_color("kurta", "pink"),
        base_color("pants", "pink", "other_garment_color"),
        B.material("cotton"),
        B.garment_type("kurta"),
        B.pattern("floral"),
        title="Women Pink Floral Printed Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue calf-length flared anarkali with gold zari embroidery on the yoke, long sleeves, matching
    # navy churidar, no dupatta; beige wall with a wooden chair at the side, front view.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        she("a blue anarkali dress"),
        base_color("kurta", "black", "contradiction"),
        describe_kurta("a long blue dress with gold embroidery"),
        D.details("", "non_answer"),
        B.color("navy blue"),
        is_a("kurta", "yes"),
        title="Women Navy Blue Ethnic Motifs Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: hip-length mustard yellow kurti, short sleeves, mandarin collar, worn with blue jeans, hands empty;
    # grey backdrop.
    # adapter: caption; QA spans of it: material, neckline; the rest: base model and reference engine
    case(
        "X485-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a yellow kurti with blue jeans and a black handbag", "unsupported"),
        base_color("kurta", "yellow"),
        B.material("cotton"),
        neckline("standing"),
        B.sleeve_length("short sleeves"),
        B.garment_type("kurta"),
        title="Women Mustard Yellow Solid Cotton Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: red silk-blend Banarasi saree with a wide gold zari border and gold buttis, pallu over the left
    # shoulder, matching red short-sleeve blouse; model in front of a carved wooden door.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-004",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        she("a red sari"),
        B.material("chiffon", "contradiction"),
        B.garment_type("saree"),
        B.color("gold", "contradiction"),
        is_a("saree", "yes"),
        title="Women Red & Gold-Toned Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: teal calf-length straight kurta with a silver gota yoke, three-quarter sleeves, teal trousers, no
    # dupatta; white backdrop with a potted plant at the left, front view.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-005",
        caption(
            "This woman is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric "
            "and its neckline is V-shape. The pants this woman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        she("a green kurta and pants with a green dupatta", "unsupported"),
        base_color("kurta", "green"),
        base_color("pants", "green"),
        describe_kurta("a green kurta with silver embroidery on the neck"),
        D.description("a medium-sleeve dress with pure color patterns"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Teal Yoke Design Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white calf-length A-line kurta with a blue floral print, long sleeves, V neck, white leggings; a
    # blue-painted wall behind the model.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a white and blue dress"),
        base_color("kurta", "blue", "contradiction"),
        B.color("white"),
        B.pattern("floral"),
        B.material("", "non_answer"),
        describe_kurta(
            "white with blue flowers Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women White & Blue Floral Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: maroon straight knee-length kurta with gold thread embroidery at the neck, three-quarter sleeves,
    # maroon palazzos, pink net dupatta draped over both arms; grey studio backdrop.
    # adapter: caption only; the rest: base model and reference engine
    case(
        "X485-007",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants are",
            "cut",
            hit_limit=True,
        ),
        she("she is wearing a red kurta and a red dupatta", "other_garment_color"),
        base_color("dupatta", "red", "other_garment_color"),
        base_color("kurta", "red"),
        describe_kurta("it is a maroon kurta with gold embroidery"),
        B.color("maroon"),
        is_a("dress", "no"),
        title="Women Maroon Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: black sleeveless straight kurta with small white geometric motifs, white cigarette pants; white
    # backdrop.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-008",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        she("a black and white kurta"),
        base_color("kurta", "white", "contradiction"),
        base_color("pants", "black", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.pattern("printed"),
        D.description("a sleeveless tank top with graphic patterns", "contradiction"),
        title="Women Black Geometric Printed Sleeveless Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: peach flared floor-length anarkali with self floral motifs, long sleeves, white churidar, peach
    # georgette-look dupatta; garden backdrop with plants, front view.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-009",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her neck. The lady wears a long-sleeve dress with floral "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        she("a pink dress"),
        base_color("kurta", "pink"),
        base_color("pants", "pink", "other_garment_color"),
        base_color("dupatta", "pink"),
        describe_kurta("a long peach dress with", "cut"),
        B.material("chiffon"),
        is_a("kurta", "yes"),
        title="Women Peach-Coloured Ethnic Motifs Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: bottle-green hip-length kurta with gold foil print, three-quarter sleeves, green sharara; pink
    # backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-010",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a green kurta and sharara"),
        base_color("kurta", "gold", "contradiction"),
        describe_kurta("a green kurta with gold print"),
        B.garment_type("kurta"),
        B.color("pink", "contradiction"),
        D.details("The lady wears a", "cut"),
        title="Women Green & Gold-Toned Foil Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: off-white straight kurta with white chikankari embroidery all over, long sleeves, beige palazzos; plain
    # wall with a framed picture at the right.
    # adapter: caption; QA spans of it: details, material; the rest: base model and reference engine
    case(
        "X485-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a white kurta", "pronoun"),
        describe_kurta("white kurta with white embroidery"),
        D.details("pure color patterns"),
        B.material("", "non_answer"),
        B.pattern("embroidered"),
        title="Women Off White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard kurta with red bandhani dots, three-quarter sleeves, red palazzos, red-and-mustard bandhani
    # dupatta over both shoulders; white backdrop. (row without a color)
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-012",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("she is wearing a yellow and red saree", "contradiction"),
        base_color("kurta", "yellow"),
        base_color("pants", "red"),
        base_color("dupatta", "red"),
        B.pattern("printed"),
        D.details("lattice patterns", "contradiction"),
        title="Women Mustard Yellow & Red Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: navy blue georgette saree with a pink floral print, pink short-sleeve blouse, no jewellery; white
    # studio backdrop.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-013",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        she(
            "a blue and pink saree with a pink blouse and a gold necklace",
            "unsupported",
        ),
        B.material("chiffon"),
        B.color("black", "contradiction"),
        color_blouse("pink"),
        is_a("dress", "yes", "contradiction"),
        title="Women Navy Blue & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender hip-length straight rayon kurti, short sleeves, V neck, white jeans; white backdrop.
    # adapter: caption; QA spans of it: material, neckline; the rest: base model and reference engine
    case(
        "X485-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton", "contradiction"),
        she("a purple top and white jeans"),
        base_color("kurta", "purple"),
        neckline("V-shape"),
        describe_kurta("a kurti", "restated"),
        title="Women Lavender Solid Rayon Kurti",
        category="Kurtis",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange calf-length kurta with a black geometric print, three-quarter sleeves, black palazzos;
    # white brick wall behind, no jewellery on the hands.
    # adapter: caption only; the rest: base model and reference engine
    case(
        "X485-015",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        she("an orange kurta and black pants in front of a white brick wall"),
        base_color("kurta", "orange"),
        base_color("pants", "orange", "other_garment_color"),
        B.pattern("geometric"),
        B.color("rust"),
        title="Women Rust Orange Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: indigo blue kurta with a white dabu floral print, long sleeves, white pants; plain beige backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-016",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        she("a blue and white kurta"),
        describe_kurta("blue with white flowers"),
        base_color("pants", "blue", "other_garment_color"),
        D.details("floral patterns"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Indigo Blue Dabu Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta calf-length straight kurta, long sleeves, magenta churidar, golden-yellow dupatta with a gota
    # border; white backdrop.
    # adapter: caption only; the rest: base model and reference engine
    case(
        "X485-017",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        she("a pink dress with a yellow scarf"),
        base_color("dupatta", "yellow"),
        base_color("pants", "yellow", "other_garment_color"),
        B.color("yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Women Magenta Solid Straight Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: sea green straight kurta with white thread embroidery on the yoke, three-quarter sleeves, white
    # palazzos, bare wrists; white backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-018",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        she(
            "a green kurta with white pants Question: what is the color of the dupatta? Answer: white",
            "leak",
        ),
        describe_kurta("a green kurta with white embroidery and mirror work", "unsupported"),
        D.details("There is an accessory on her wrist", "unsupported"),
        B.color("sea green"),
        B.pattern("embroidered"),
        title="Women Sea Green Yoke Design Embroidered Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: yellow maxi ethnic dress with pink florals, flared, short flutter sleeves, V neck, self-fabric yellow
    # tie-up at the waist, glass bangles on one wrist; white backdrop.
    # adapter: caption; QA spans of it: description, material; the rest: base model and reference engine
    case(
        "X485-019",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a "
            "short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        she("a yellow dress with pink flowers and a pink belt", "unsupported"),
        D.description("a short-sleeve dress with floral patterns"),
        B.material("chiffon"),
        B.garment_type("dress"),
        B.sleeve_length("short sleeves"),
        is_a("kurta", "yes", "contradiction"),
        title="Women Yellow Floral Print Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black velvet kurta with gold zari embroidery, round neck, long sleeves, black palazzos, sheer gold
    # organza dupatta; dark red curtain behind the model.
    # adapter: caption; QA spans of it: material, neckline; the rest: base model and reference engine
    case(
        "X485-020",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a black dress with a gold scarf"),
        base_color("dupatta", "gold"),
        base_color("kurta", "gold", "other_garment_color"),
        B.material("other fabric", "non_answer"),
        B.color("black"),
        B.garment_type("kurta"),
        neckline("round"),
        title="Women Black Embroidered Velvet Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: pink kurta with green leheriya diagonal stripes, three-quarter sleeves, green pants; white backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-021",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        she("a pink and green striped kurta"),
        base_color("pants", "green"),
        describe_kurta(
            "pink kurta with green stripes and green pants Question: what is the color of the dupatta? Answer: green",
            "leak",
        ),
        D.details("striped patterns"),
        B.pattern("striped"),
        title="Women Pink & Green Leheriya Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: beige straight kurta in a self-woven texture, long sleeves, mandarin collar, beige pants; beige
    # backdrop.
    # adapter: caption; QA spans of it: neckline, material; the rest: base model and reference engine
    case(
        "X485-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a long pants.",
            "loop",
            hit_limit=True,
        ),
        she("a beige kurta and pants"),
        base_color("kurta", "brown", "contradiction"),
        describe_kurta("he is wearing a beige kurta with a mandarin collar", "pronoun"),
        B.color("beige"),
        neckline("standing"),
        B.material("cotton"),
        title="Women Beige Self Design Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: red calf-length solid kurta, three-quarter sleeves, red palazzos, white dupatta with a red floral
    # print; white backdrop.
    # adapter: caption only; the rest: base model and reference engine
    case(
        "X485-023",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("red kurta and pants with a white dupatta"),
        base_color("dupatta", "white"),
        base_color("kurta", "red"),
        describe_kurta("red kurta with floral print", "contradiction"),
        B.pattern("solid"),
        title="Women Red Solid Kurta with Palazzos & Floral Printed Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: olive green hip-length cotton kurti, short sleeves, round neck, blue jeans; outdoors on a street with a
    # parked scooter behind.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        she("a green shirt and jeans"),
        base_color("kurta", "green"),
        base_color("pants", "green", "other_garment_color"),
        B.material("denim", "contradiction"),
        B.garment_type("kurta"),
        title="Women Olive Green Solid Pure Cotton Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: purple silk kurta with gold woven buttis, calf length, three-quarter sleeves, purple palazzos, purple
    # dupatta with a gold border; grey studio backdrop.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-025",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with other fabric and pure color patterns.",
            hit_limit=True,
        ),
        she("a purple and gold saree", "contradiction"),
        base_color("kurta", "purple"),
        base_color("dupatta", "purple"),
        B.material("other", "non_answer"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Purple Woven Design Silk Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: grey-and-white pinstriped straight kurta with a shirt collar, long sleeves with roll-up tabs, white
    # pants; white backdrop.
    # adapter: caption; QA spans of it: details, material; the rest: base model and reference engine
    case(
        "X485-026",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a grey and white striped shirt"),
        describe_kurta("a kurta", "restated"),
        base_color("kurta", "grey"),
        B.pattern("striped"),
        D.details("lapel neckline"),
        B.material("cotton"),
        title="Women Grey & White Striped Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: mint green organza saree with a silver sequin border, sleeveless green blouse; white backdrop.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory on "
            "her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        she("a green saree"),
        B.material("chiffon", "contradiction"),
        B.color("green"),
        B.garment_type("saree"),
        color_border("gold", "contradiction"),
        title="Women Mint Green Solid Organza Saree with Sequinned Border",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: peach kurta with pink thread embroidery, three-quarter sleeves, peach trousers, peach dupatta with pink
    # tassels round the neck; white backdrop.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-028",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her neck.",
            hit_limit=True,
        ),
        she("a peach kurta with", "cut"),
        base_color("kurta", "white", "contradiction"),
        base_color("pants", "peach"),
        B.color("peach"),
        D.description("a medium-sleeve shirt with floral patterns"),
        title="Women Peach Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: cobalt blue sleeveless kurta, blue palazzos; bright yellow wall behind the model. (row without a
    # gender)
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-029",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        she("a blue kurta and palazzo pants"),
        base_color("kurta", "yellow", "contradiction"),
        base_color("pants", "blue"),
        B.sleeve_length("sleeveless"),
        B.color("blue"),
        describe_kurta("it is a kurta", "restated"),
        D.description("a sleeveless shirt with pure color patterns"),
        title="Women Blue Solid Sleeveless Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: baby pink floor-length anarkali with gota patti, long sheer sleeves, model twirling; white arch with
    # flowers behind, glass bangles on both wrists, no train.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on",
            "loop",
            hit_limit=True,
        ),
        she("a pink gown"),
        describe_kurta(
            "it is a long pink dress with gold embroidery and a long train",
            "unsupported",
        ),
        D.description("a long-sleeve dress with pure color patterns"),
        is_a("kurta", "yes"),
        B.pattern("embroidered"),
        title="Women Pink Gotta Patti Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: white straight kurta with a black block print, three-quarter sleeves, black palazzos with a small white
    # print; white backdrop.
    # adapter: caption; QA span of it: material; the rest: base model and reference engine
    case(
        "X485-031",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. The "
            "lady wears a long pants. The",
            "loop",
            hit_limit=True,
        ),
        she("a white and black kurta"),
        base_color("kurta", "black", "other_garment_color"),
        base_color("pants", "black"),
        describe_kurta(
            "white with black print Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        B.material("cotton"),
        B.pattern("printed"),
        title="Women White & Black Block Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: navy-and-white vertically striped kurta, three-quarter sleeves, V neck, white pants; white backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-032",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a blue and white striped shirt", "pronoun"),
        base_color("kurta", "blue and white"),
        B.pattern("striped"),
        B.color("navy blue"),
        D.details("V-shape neckline"),
        title="Women Navy Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coral hip-length kurti with a small embroidered yoke, short sleeves, blue jeans; white backdrop.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-033",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a ring",
            "contradiction",
            hit_limit=True,
        ),
        she("a pink top and blue jeans"),
        base_color("kurta", "orange"),
        describe_kurta("a pink top with embroidery on the neck"),
        D.description("a short-sleeve dress with pure color patterns", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Women Coral Pink Solid Kurti with Embroidered Yoke",
        category="Kurtis",
        color="Coral",
        gender="Women",
    ),
    # photo: maroon silk-blend kurta with gold brocade, round neck, knee length, long sleeves, cream palazzos,
    # maroon dupatta; festive set with brass lamps and marigolds on the floor.
    # adapter: caption; QA spans of it: material, neckline; the rest: base model and reference engine
    case(
        "X485-034",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants",
            "cut",
            hit_limit=True,
        ),
        she("a red and gold kurta with white pants"),
        base_color("pants", "white"),
        base_color("dupatta", "red"),
        B.material("cotton", "contradiction"),
        is_a("saree", "no"),
        describe_kurta("kurta", "restated"),
        neckline("V-shape", "contradiction"),
        title="Women Maroon & Gold-Toned Woven Design Silk Blend Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: turquoise knee-length A-line kurta with a white floral print, three-quarter sleeves, white leggings;
    # white backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-035",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a blue dress", "pronoun"),
        base_color("kurta", "blue"),
        base_color("pants", "blue", "other_garment_color"),
        D.details("There is a", "cut"),
        B.color("turquoise blue"),
        title="Women Turquoise Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: lime green solid kurta, three-quarter sleeves, white palazzos, multicolour printed dupatta over one
    # shoulder; white backdrop.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-036",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        she(
            "green kurta and white pants Question: what is the color of the dupatta? Answer: green",
            "leak",
        ),
        base_color("dupatta", "green", "other_garment_color"),
        base_color("pants", "green", "other_garment_color"),
        B.color("lime green"),
        D.description("a medium-sleeve shirt with pure color patterns"),
        title="Women Lime Green Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: cream kurta with tiny pink floral embroidery at the neck, three-quarter sleeves, cream pants, fuchsia
    # pink dupatta with a gota border wrapped round the neck; white backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-037",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her neck.",
            hit_limit=True,
        ),
        she("a white kurta and a pink dupatta"),
        base_color("kurta", "pink", "other_garment_color"),
        base_color("dupatta", "pink"),
        describe_kurta("white with pink flowers"),
        B.color("cream"),
        D.details("There is an accessory on her neck"),
        title="Women Cream-Coloured Kurta with Trousers & Pink Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: multicolour patchwork kurta (blue, orange and green panels), long sleeves, mustard yellow palazzos;
    # white backdrop.
    # adapter: caption; QA spans of it: details, material; the rest: base model and reference engine
    case(
        "X485-038",
        caption(
            "The lady wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        she("a colorful kurta"),
        base_color("kurta", "multicolored"),
        D.details("color block patterns"),
        B.pattern("colourblocked"),
        B.color("yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        B.material("", "non_answer"),
        title="Women Multicoloured Patchwork Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: black knee-length solid kurta, long sleeves, black churidar, red phulkari dupatta with multicolour
    # embroidery; white backdrop.
    # adapter: caption; QA span of it: details; the rest: base model and reference engine
    case(
        "X485-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        she("a black kurta with a red dupatta"),
        base_color("dupatta", "red"),
        base_color("kurta", "red", "other_garment_color"),
        describe_kurta("a black kurta with red embroidery", "unsupported"),
        B.pattern("solid"),
        D.details("The lady wears a long leggings. The", "cut"),
        title="Women Black Solid Kurta with Churidar & Phulkari Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: powder blue chanderi kurta with small silver buttis, V neck, three-quarter sleeves, powder blue
    # trousers, white organza dupatta; white backdrop.
    # adapter: caption; QA spans of it: material, details, neckline; the rest: base model and reference engine
    case(
        "X485-040",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a light blue kurta and pants"),
        base_color("kurta", "blue"),
        base_color("dupatta", "blue", "other_garment_color"),
        B.material("chiffon", "contradiction"),
        D.details("lattice patterns", "contradiction"),
        B.sleeve_length("three-quarter sleeves"),
        neckline("V-shape"),
        title="Women Powder Blue Chanderi Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: brown straight kurta with cream ethnic motifs, three-quarter sleeves, cream pants; white backdrop. (row
    # without a gender)
    # adapter: caption only; the rest: base model and reference engine
    case(
        "X485-041",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        she("", "non_answer"),
        base_color("kurta", "brown"),
        describe_kurta("brown kurta with white print"),
        B.pattern("striped", "contradiction"),
        title="Women Brown Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
    ),
    # photo: red sleeveless calf-length kurta with a white-and-black kalamkari print, white palazzos; green plants
    # behind the model.
    # adapter: caption; QA spans of it: description, material; the rest: base model and reference engine
    case(
        "X485-042",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("a red and white dress"),
        base_color("pants", "red", "other_garment_color"),
        describe_kurta("sleeveless red kurta with a print"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a sleeveless dress with floral patterns"),
        B.material("a sleeveless dress", "restated"),
        title="Women Red & White Kalamkari Printed Sleeveless Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: olive green sleeveless kurta under a short beige printed ethnic jacket with three-quarter sleeves and a
    # notched collar, olive palazzos; white backdrop.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-043",
        caption(
            "The lady wears a medium-sleeve jacket with graphic patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a green kurta and a jacket"),
        base_color("kurta", "beige", "other_garment_color"),
        base_color("pants", "beige", "other_garment_color"),
        B.garment_type("kurta"),
        D.description("a medium-sleeve jacket with graphic patterns"),
        title="Women Olive Green Kurta with Palazzos & Printed Ethnic Jacket",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: baby pink kurta with white floral embroidery, three-quarter sleeves, white palazzos, white dupatta;
    # photo cropped at mid-calf, no feet visible; white backdrop.
    # adapter: caption only; the rest: base model and reference engine
    case(
        "X485-044",
        caption(
            "This woman is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and "
            "its neckline is round. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        she("a pink and white salwar kameez"),
        base_color("kurta", "pink"),
        base_color("dupatta", "pink", "other_garment_color"),
        base_color("pants", "white"),
        describe_kurta("a pink kurta with white embroidery and white shoes", "unsupported"),
        B.pattern("floral"),
        title="Women Baby Pink Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: red fit-and-flare midi ethnic dress with white motifs, three-quarter sleeves, tie-up neck, no rings;
    # pink wall behind the model.
    # adapter: caption; QA spans of it: details, material; the rest: base model and reference engine
    case(
        "X485-045",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a "
            "medium-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing a red dress"),
        D.details("The lady wears a ring", "unsupported"),
        B.material("a medium-sleeve dress", "restated"),
        B.garment_type("dress"),
        B.color("pink", "contradiction"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Red Ethnic Motifs Printed Fit & Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: teal kurta with gold foil print, three-quarter sleeves, teal palazzos, gold tissue dupatta; white
    # backdrop.
    # adapter: caption; QA span of it: description; the rest: base model and reference engine
    case(
        "X485-046",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a blue kurta with gold print and a gold dupatta"),
        base_color("kurta", "blue"),
        base_color("dupatta", "gold"),
        base_color("pants", "gold", "other_garment_color"),
        D.description("The pants are with cotton fabric and graphic", "cut"),
        B.color("teal"),
        describe_kurta(
            "a teal kurta with gold print Question: what is the color of the dupatta? Answer: gold",
            "leak",
        ),
        title="Women Teal Green & Gold-Toned Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
]
