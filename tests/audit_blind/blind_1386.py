"""BLIND_1386 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 86/116 failures found (74.1%) and
24/147 correct texts flagged (16.3%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed (kurtas, kurta sets, tunics, dresses, maternity dresses,
jeggings, one top). Photos are the catalog's usual shots: a model on a plain grey, white or beige backdrop wearing the
product with other clothes (palazzos, churidars, leggings, jeans, tees under jeggings), some pregnant models for the
maternity lines, a few back views, waist-down crops for jeggings, flat lays, and props (a straw hat held in the hand,
a coffee cup, a clutch). Catalog columns as the feed has them: title (brand first), category (Myntra article type),
color (Myntra base colour), gender; one product has no gender, two no colour, one no category.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption, so an
answer is a span of the caption or empty (SQuAD2 no-answer). The caption adapter speaks only the DeepFashion-MultiModal
template: upper/lower clothing, shirt, T-shirt, tank top, dress, pants, trousers, leggings, sleeves, fabric, neckline,
and pattern words (pure color, floral, graphic, striped, lattice, color block) where a hue would be; no hue name ever
appears in a caption, and no word kurta, tunic or jeggings.
Labeling conventions and judgement calls:
- No stop token was trained, so every caption ran to the 50-token limit: all captions carry hit_limit=True. A caption
  that ends mid-sentence is `cut`; one that repeats a sentence is `loop` (even when its last sentence is also cut). Five
  captions happen to end on a full stop at the 50th token; four of those say nothing false and are left unmarked.
- One label per text, the most serious fault first: a wrong or invented claim about the product itself (garment word,
  sleeves, fabric against the title, wrong person) beats loop, loop beats cut, and cut beats an invented accessory
  ("There is an accessory on her wrist" with bare wrists, a hat held in the hand said to be worn).
- A caption that calls a man ("The gentleman", "His", "this guy") a plus-size woman model is `pronoun`.
- Garment words: a kurta or an anarkali called "dress" or "shirt" is `contradiction` (the title says kurta); a
  button-front shirt-style tunic called "shirt" and a tee-like tunic called "T-shirt" are counted right; a T-shirt
  dress called "T-shirt" is wrong. "upper clothing" as the answer to what garment it is, or what she wears, says
  nothing: `non_answer`.
- Color questions: the QA can only return a pattern word ("pure color", "floral", "graphic") or nothing. The product's
  own pattern word, or an empty answer, is `non_answer` (it names no colour); a pattern word that belongs to the other
  garment in the photo (the leggings' "pure color" for a striped tunic, the tee's "graphic" for the jeggings) is
  `other_garment_color`.
- Pattern answers: DeepFashion's closed set is judged as a closed set: ethnic-motif, bandhani and geometric prints
  count as "graphic"; tone-on-tone chikankari and schiffli embroidery count as "pure color".
- Yes/no questions ("Is this a maternity dress?"): an extractive model cannot say yes, so a span or an empty answer is
  `non_answer`.
- "long length" for the jeggings' or trousers' details only restates what the garment is: `restated`.
- A wrong fabric or sleeve length that only the photo or title shows is `unsupported` (a rayon kurta said chiffon, a
  velvet tunic said cotton, 3/4 sleeves said long); a sleeve length against the title ("Sleeveless") is
  `contradiction`; an answer that gives the product another garment's fabric or pattern from the caption is
  `contradiction`.
- Answers that take the right span from a truncated caption's last, unfinished sentence are `cut` (no hit_limit: the
  QA does not generate). Answers that are true of the photo but name the other garment ("a long pants" to what she is
  wearing, for a tunic) are left unmarked.
- No `leak` anywhere: the captions have no prompt and the QA cannot write the "Question: ... Answer:" frame.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as P,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    wearing,
)

W = "Women"


def she(text, failure=None):
    return wearing(text, failure, who="she")


def col(garment, text, failure=None):
    return color_of(garment, text, failure, kind="open")


BLIND_1386 = [
    # Photo: model in a navy blue kurta with a small white floral print, 3/4 sleeves, round neck, calf length, white
    # palazzos, small studs, bare wrists; grey backdrop. Caption: epoch-3 adapter (cut; the wrist accessory is
    # invented too). Answers: extractive QA over the caption.
    case(
        "X1386-001",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        she("medium sleeves, cotton fabric and floral patterns"),
        col("kurta", "floral", "non_answer"),
        P.pattern("floral"),
        P.sleeve_length("medium sleeves"),
        P.material("cotton"),
        gender=W,
        title="Sztori Women Plus Size Navy Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard button-front shirt-style tunic, long sleeves with roll-up tabs, mandarin collar, worn with blue
    # jeans; white backdrop. Caption: epoch-3 adapter (cut). Answers: extractive QA.
    case(
        "X1386-002",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a standing neckline. The pants this female wears is of long length. The pants are with denim fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        col("tunic", "pure color", "non_answer"),
        garment_type("shirt"),
        details("tunic", "It has a standing neckline"),
        P.material("cotton"),
        gender=W,
        title="Instafab Plus Women Mustard Yellow Solid Shirt-Style Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: mid-blue denim-look skinny jeggings, plain white short-sleeve tee half tucked, white sneakers. Caption:
    # epoch-3 adapter (cut). Answers: extractive QA.
    case(
        "X1386-003",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The person",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        col("jeggings", "pure color", "non_answer"),
        P.material("denim"),
        details("jeggings", "denim fabric and pure color patterns"),
        describe("jeggings", "a long trousers"),
        gender=W,
        title="Sassafras Curve Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model, side view, hand on the bump; maroon solid wrap dress, V-neck, short sleeves, knee length,
    # self tie belt. Caption: epoch-3 adapter (loop). Answers: extractive QA.
    case(
        "X1386-004",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is V-shape. There is a belt. The lady is wearing a short-sleeve dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve dress with pure color patterns"),
        col("dress", "", "non_answer"),
        P.sleeve_length("short-sleeve"),
        details("dress", "its neckline is V-shape"),
        P.pattern("pure color"),
        is_a("maternity dress", "a short-sleeve dress", "non_answer"),
        gender=W,
        title="MomToBe Women Plus Size Maroon Solid Maternity Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: teal straight kurta with gold foil ethnic motifs, 3/4 sleeves, round neck with keyhole, knee length,
    # white churidar, gold bangles on the left wrist. Caption: epoch-3 adapter; calls the kurta a dress (and is cut).
    case(
        "X1386-005",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. The pants this woman wears is of long length. The "
            "pants are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with graphic patterns", "contradiction"),
        garment_type("dress", "contradiction"),
        P.pattern("graphic"),
        P.sleeve_length("medium-sleeve"),
        col("kurta", "graphic", "non_answer"),
        gender=W,
        title="Amydus Women Plus Size Teal Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: black-and-white horizontal striped tunic, long sleeves, boat neck, black leggings, grey backdrop.
    # Caption: epoch-3 adapter (loop). Answers: extractive QA; the colour answer takes the leggings' "pure color".
    case(
        "X1386-006",
        caption(
            "Her shirt has long sleeves, cotton fabric and striped patterns. The neckline of the shirt is round. The "
            "lady wears a long leggings, with cotton fabric and pure color patterns. The lady wears a long leggings, "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        she("a long leggings"),
        col("tunic", "pure color", "other_garment_color"),
        P.pattern("striped"),
        describe("tunic", "long sleeves, cotton fabric and striped patterns"),
        P.material("cotton"),
        gender=W,
        title="FASHOR Plus Women Black & White Striped Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: green tiered maxi dress with pink florals, flutter short sleeves, V-neck; the model holds a straw hat in
    # her hand (not worn); beige backdrop. Caption: epoch-3 adapter (cut; "wears a hat" is wrong too).
    case(
        "X1386-007",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has floral patterns. This person wears a "
            "hat. There is",
            "cut",
            hit_limit=True,
        ),
        she("a hat", "contradiction"),
        P.pattern("floral"),
        P.sleeve_length("short sleeves"),
        P.material("chiffon"),
        details("dress", "V-shape neckline"),
        gender=W,
        title="Sztori Women Plus Size Green Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black mid-rise denim jeggings, white tee with a black graphic print tucked in, flats. Caption: epoch-3
    # adapter; the 50th token happens to be the full stop, and everything in it is true.
    case(
        "X1386-008",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The trousers the person wears is of long length. The trousers are with denim fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        col("jeggings", "graphic", "other_garment_color"),
        P.material("denim"),
        details("jeggings", "long length", "restated"),
        P.pattern("pure color"),
        gender=W,
        title="Instafab Plus Women Black Mid-Rise Stretchable Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: pink kurta with an embroidered yoke, 3/4 sleeves, pink palazzos, matching dupatta draped round the neck
    # and shoulders. Caption: epoch-3 adapter (loop; "shirt" for the kurta as well).
    case(
        "X1386-009",
        caption(
            "This lady wears a medium-sleeve shirt with pure color patterns. There is an accessory on her neck. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. This "
            "lady wears a medium-sleeve",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns", "contradiction"),
        garment_type("shirt", "contradiction"),
        P.sleeve_length("medium-sleeve"),
        details("kurta", "", "non_answer"),
        P.material("cotton"),
        gender=W,
        title="Anouk Curve Women Plus Size Pink Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: back view; off-white cotton tunic with tone-on-tone schiffli embroidery, short sleeves, light blue jeans.
    # Caption: epoch-3 adapter (loop). Answers: extractive QA; the material answer takes the jeans' denim.
    case(
        "X1386-010",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has pure color patterns. The upper clothing has short sleeves, "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        she("The upper clothing", "non_answer"),
        P.pattern("pure color"),
        P.sleeve_length("short sleeves"),
        col("tunic", "pure color", "non_answer"),
        P.material("denim", "contradiction"),
        gender=W,
        title="Sassafras Curve Women Plus Size Off White Schiffli Embroidered Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: pregnant model; navy dress with a small white geometric print, short puff sleeves, round neck with a
    # concealed nursing zip, knee length. Caption: epoch-3 adapter (loop).
    case(
        "X1386-011",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady is wearing a short-sleeve dress with graphic patterns. The dress is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve dress with graphic patterns"),
        P.pattern("graphic"),
        details("dress", "its neckline is round"),
        is_a("nursing dress", "", "non_answer"),
        col("dress", "graphic", "non_answer"),
        gender=W,
        title="Mine4Nine Women Plus Size Navy Blue Geometric Print Maternity & Nursing Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model with short cropped hair; black solid straight kurta, long sleeves, mandarin collar, side slits,
    # white straight pants; grey backdrop. Caption: epoch-3 adapter calls her "the gentleman" (and is cut).
    case(
        "X1386-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is standing. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        she("a long-sleeve shirt", "contradiction"),
        P.sleeve_length("long-sleeve"),
        P.pattern("pure color"),
        details("kurta", "its neckline is standing"),
        gender=W,
        title="Amydus Women Plus Size Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: flat lay on white: blue maternity jeggings with a grey over-belly band. Caption: epoch-3 adapter (loop).
    case(
        "X1386-013",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower clothing is of "
            "long length. The",
            "loop",
            hit_limit=True,
        ),
        she("The lower clothing", "non_answer"),
        P.material("denim"),
        details("jeggings", "long length", "restated"),
        col("jeggings", "pure color", "non_answer"),
        P.pattern("pure color"),
        gender=W,
        title="MomToBe Women Blue Maternity Jeggings with Belly Band",
        category="Jeggings",
    ),
    # Photo: rust tunic with a white block print, 3/4 sleeves, V-neck with tassel tie-up, high-low hem, black
    # jeggings; bare wrists. Caption: epoch-3 adapter (cut; the wrist accessory is invented).
    case(
        "X1386-014",
        caption(
            "Her shirt has medium sleeves, cotton fabric and graphic patterns. The neckline of the shirt is V-shape. "
            "The lady wears a long pants, with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. Her",
            "cut",
            hit_limit=True,
        ),
        she("a long pants"),
        col("tunic", "graphic", "non_answer"),
        P.sleeve_length("medium sleeves"),
        describe("tunic", "medium sleeves, cotton fabric and graphic patterns"),
        details("tunic", "V-shape"),
        garment_type("shirt", "contradiction"),
        gender=W,
        title="Instafab Plus Women Rust Block Printed High-Low Tunic",
        category="Tunics",
        color="Rust",
    ),
    # Photo: black solid sleeveless bodycon midi dress, round neck, no jewellery; white backdrop. Caption: epoch-3
    # adapter (cut).
    case(
        "X1386-015",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has pure color patterns. This lady's "
            "navel is covered. The",
            "cut",
            hit_limit=True,
        ),
        she("no sleeves, cotton fabric and pure color patterns"),
        P.sleeve_length("no sleeves"),
        P.pattern("pure color"),
        col("dress", "pure color", "non_answer"),
        P.material("cotton"),
        gender=W,
        title="Sztori Women Plus Size Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: yellow flared kurta with a green floral print, sleeveless, round neck, solid green palazzos, a bangle.
    # Caption: epoch-3 adapter (cut; it also gives the palazzos floral patterns).
    case(
        "X1386-016",
        caption(
            "The upper clothing has no sleeves, cotton fabric and floral patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has floral patterns. There is an accessory on her "
            "wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        she("no sleeves, cotton fabric and floral patterns"),
        P.sleeve_length("no sleeves"),
        col("kurta", "floral", "non_answer"),
        P.pattern("floral"),
        details("palazzos", "floral patterns", "unsupported"),
        gender=W,
        title="Anouk Curve Women Plus Size Yellow & Green Floral Printed Flared Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: model in a long white chikankari kurti over navy slim jeggings; only the lower legs show the product.
    # Caption: epoch-3 adapter (loop; the kurti becomes a dress).
    case(
        "X1386-017",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is V-shape. This woman wears leggings. This woman is wearing a long-sleeve dress with pure "
            "color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns", "contradiction"),
        garment_type("dress", "contradiction"),
        col("jeggings", "pure color", "non_answer"),
        details("jeggings", "", "non_answer"),
        P.material("cotton"),
        title="Sassafras Curve Women Plus Size Navy Blue Slim Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: flat lay on white: lavender solid A-line midi dress, short sleeves, square neck. Caption: epoch-3 adapter
    # (cut; a wrist in a flat lay).
    case(
        "X1386-018",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a square neckline. "
            "The lower clothing is of medium length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "short sleeves, cotton fabric and pure color patterns"),
        P.sleeve_length("short sleeves"),
        details("dress", "square neckline"),
        P.pattern("pure color"),
        col("dress", "pure color", "non_answer"),
        gender=W,
        title="FASHOR Plus Women Lavender Solid A-Line Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: maroon solid pure cotton straight kurta, 3/4 sleeves, V-neck, side pockets, calf length, beige trousers.
    # Caption: epoch-3 adapter (loop). All answers right.
    case(
        "X1386-019",
        caption(
            "Her shirt has medium sleeves, cotton fabric and pure color patterns. The neckline of the shirt is "
            "V-shape. The lady wears a long pants, with cotton fabric and pure color patterns. Her shirt has medium "
            "sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        P.material("cotton"),
        P.sleeve_length("medium sleeves"),
        details("kurta", "V-shape"),
        P.pattern("pure color"),
        describe("kurta", "medium sleeves, cotton fabric and pure color patterns"),
        gender=W,
        title="Sztori Women Plus Size Maroon Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: olive shirt-collar tunic, long sleeves rolled up, black jeggings; the model holds a coffee cup. Caption:
    # epoch-3 adapter (cut).
    case(
        "X1386-020",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this female wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        P.sleeve_length("long-sleeve"),
        col("tunic", "pure color", "non_answer"),
        details("tunic", "lapel neckline"),
        P.material("cotton"),
        gender=W,
        title="Instafab Plus Women Olive Green Solid Longline Shirt Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: pregnant model; red-and-white gingham maternity shirt dress, long sleeves rolled to the elbow, collar,
    # button front, knee length, fabric tie belt. Caption: epoch-3 adapter (loop).
    case(
        "X1386-021",
        caption(
            "The lady is wearing a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is lapel. There is a belt. The lady is wearing a long-sleeve dress with lattice patterns. The "
            "dress is with",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with lattice patterns"),
        P.pattern("lattice"),
        col("dress", "lattice", "non_answer"),
        is_a("maternity dress", "a long-sleeve dress", "non_answer"),
        details("dress", "There is a belt"),
        gender=W,
        title="MomToBe Women Red & White Checked Maternity Shirt Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: grey denim skinny jeggings, black sleeveless top tucked in, front view. Caption: epoch-3 adapter; ends on
    # the full stop at the 50th token, all of it true.
    case(
        "X1386-022",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of the tank top is "
            "round. The lady wears a long trousers, with denim fabric and pure color patterns. Her navel is covered.",
            hit_limit=True,
        ),
        she("a long trousers"),
        P.material("denim"),
        P.pattern("pure color"),
        P.color("pure color", "non_answer"),
        describe("jeggings", "a long trousers, with denim fabric and pure color patterns"),
        gender=W,
        title="Instafab Plus Women Grey Skinny Fit Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: blue bandhani-print A-line kurta, 3/4 sleeves, round neck, white leggings, glass bangles. Caption: epoch-3
    # adapter; complete at the 50th token, but the sleeves are 3/4, not long.
    case(
        "X1386-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        P.sleeve_length("long sleeves", "unsupported"),
        P.pattern("graphic"),
        she("long sleeves, cotton fabric and graphic patterns", "unsupported"),
        col("kurta", "", "non_answer"),
        gender=W,
        title="Amydus Women Plus Size Blue Bandhani Printed A-Line Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: white solid cotton tunic cut like a long tee, short sleeves, round neck, lace trim at the hem, light
    # blue jeans. Caption: epoch-3 adapter (cut).
    case(
        "X1386-024",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The person wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The person",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        P.sleeve_length("short-sleeve"),
        P.material("cotton"),
        details("tunic", "its neckline is round"),
        P.pattern("pure color"),
        gender=W,
        title="Sassafras Curve Women Plus Size White Solid Lace Trim Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: model with short hair; charcoal grey T-shirt dress, short sleeves, round neck, knee length, white
    # sneakers, sunglasses pushed up on her head. Caption: epoch-3 adapter: "His", "This guy" (and it loops).
    case(
        "X1386-025",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the T-shirt is "
            "round. This guy wears glasses. His T-shirt has short sleeves, cotton fabric and pure color patterns. The "
            "neckline of the",
            "pronoun",
            hit_limit=True,
        ),
        she("T-shirt", "contradiction"),
        garment_type("T-shirt", "contradiction"),
        P.sleeve_length("short sleeves"),
        col("dress", "pure color", "non_answer"),
        gender=W,
        title="Sztori Women Plus Size Charcoal Grey Solid T-shirt Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: mustard kurta with thread embroidery on the yoke, 3/4 sleeves, V-neck, matching trousers, dupatta with a
    # gota border over one arm, jhumkas. Caption: epoch-3 adapter (cut; "shirt" for the kurta is also wrong).
    case(
        "X1386-026",
        caption(
            "This woman wears a medium-sleeve shirt with pure color patterns. It has a V-shape neckline. The pants "
            "this woman wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns", "contradiction"),
        P.sleeve_length("medium-sleeve"),
        details("kurta", "V-shape neckline"),
        describe("trousers", "long length", "restated"),
        col("kurta", "", "non_answer"),
        P.material("cotton"),
        gender=W,
        title="Indo Era Plus Women Mustard Yellow Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: light blue clean-look jeggings, pink floral chiffon top with short sleeves, sandals. Caption: epoch-3
    # adapter (loop). Answers: extractive QA; material and colour taken from the top's sentence.
    case(
        "X1386-027",
        caption(
            "Her shirt has short sleeves, chiffon fabric and floral patterns. The neckline of the shirt is V-shape. "
            "The lady wears a long pants, with denim fabric and pure color patterns. Her shirt has short sleeves, "
            "chiffon fabric and floral",
            "loop",
            hit_limit=True,
        ),
        she("a long pants"),
        P.material("chiffon", "contradiction"),
        P.pattern("pure color"),
        col("jeggings", "floral", "other_garment_color"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender=W,
        title="Sassafras Curve Women Plus Size Light Blue Clean Look Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: blue fit-and-flare dress with white florals, 3/4 sleeves, V-neck, knee length; she wears a ring and holds
    # a small clutch. Caption: epoch-3 adapter; ends on the full stop at the 50th token, all of it true.
    case(
        "X1386-028",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a V-shape neckline. The "
            "lower clothing is of medium length. The fabric is cotton and it has floral patterns. This lady wears a "
            "ring.",
            hit_limit=True,
        ),
        she("medium sleeves, cotton fabric and floral patterns"),
        P.pattern("floral"),
        P.sleeve_length("medium sleeves"),
        details("dress", "V-shape neckline"),
        P.material("cotton"),
        col("dress", "floral", "non_answer"),
        gender=W,
        title="FASHOR Plus Women Blue Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: back view; teal solid asymmetric-hem tunic, long sleeves, black leggings. Caption: epoch-3 adapter
    # (loop). The feed row has no category.
    case(
        "X1386-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. The upper clothing has long sleeves, cotton "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        P.sleeve_length("long sleeves"),
        P.pattern("pure color"),
        details("tunic", "", "non_answer"),
        describe("tunic", "long sleeves, cotton fabric and pure color patterns"),
        gender=W,
        title="Amydus Women Plus Size Teal Blue Solid Asymmetric Tunic",
        color="Teal",
    ),
    # Photo: pink rayon kurta with a floral print, 3/4 sleeves, round neck, calf length, white palazzos. Caption:
    # epoch-3 adapter: chiffon for a rayon kurta (and cut).
    case(
        "X1386-030",
        caption(
            "The upper clothing has medium sleeves, chiffon fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The upper",
            "unsupported",
            hit_limit=True,
        ),
        P.material("chiffon", "unsupported"),
        P.pattern("floral"),
        P.sleeve_length("medium sleeves"),
        col("kurta", "floral", "non_answer"),
        gender=W,
        title="Anouk Curve Women Plus Size Pink Floral Printed Rayon Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: pregnant model; olive sleeveless maternity maxi dress, V-neck, ruched bust; white backdrop. Caption:
    # epoch-3 adapter, one sentence over and over.
    case(
        "X1386-031",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The lady is wearing a sleeveless dress "
            "with pure color patterns. The lady is wearing a sleeveless dress with pure color patterns. The lady is "
            "wearing a",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        P.sleeve_length("sleeveless"),
        P.material("", "non_answer"),
        details("dress", "a sleeveless dress with pure color patterns"),
        is_a("maternity dress", "sleeveless dress", "non_answer"),
        gender=W,
        title="Mine4Nine Women Plus Size Olive Green Solid Maternity Maxi Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: green-and-white vertical striped straight kurta, long sleeves, round neck, white pants, a silver bangle.
    # Caption: epoch-3 adapter (cut).
    case(
        "X1386-032",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        P.pattern("striped"),
        P.sleeve_length("long sleeves"),
        col("kurta", "striped", "non_answer"),
        details("kurta", "round neckline"),
        garment_type("upper clothing", "non_answer"),
        gender=W,
        title="Sztori Women Plus Size Green & White Striped Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: black georgette top with white florals, flutter short sleeves, round neck, blue jeans, bare wrists.
    # Caption: epoch-3 adapter (cut).
    case(
        "X1386-033",
        caption(
            "Her shirt has short sleeves, chiffon fabric and floral patterns. The neckline of the shirt is round. The "
            "lady wears a long pants, with denim fabric and pure color patterns. There is an accessory on her wrist. "
            "Her",
            "cut",
            hit_limit=True,
        ),
        she("short sleeves, chiffon fabric and floral patterns"),
        col("top", "floral", "non_answer"),
        P.material("chiffon"),
        P.pattern("floral"),
        gender=W,
        title="Instafab Plus Women Black Floral Print Georgette Top",
        category="Tops",
        color="Black",
    ),
    # Photo: navy shift dress with red side panels, short sleeves, round neck, knee length. Caption: epoch-3 adapter
    # (loop).
    case(
        "X1386-034",
        caption(
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a round neckline. "
            "The lower clothing is of medium length. The fabric is cotton and it has color block patterns. The upper "
            "clothing has short",
            "loop",
            hit_limit=True,
        ),
        P.pattern("color block"),
        col("dress", "color block", "non_answer"),
        she("short sleeves, cotton fabric and color block patterns"),
        P.sleeve_length("short sleeves"),
        describe("dress", "medium length"),
        gender=W,
        title="Sztori Women Plus Size Navy Blue & Red Colourblocked Shift Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: mid-blue mid-rise jeggings under a white long-sleeve kurti with a blue print. Caption: epoch-3 adapter,
    # cut in the jeggings' sentence; the details answer is the unfinished span.
    case(
        "X1386-035",
        caption(
            "This woman is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The pants this woman wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        details("jeggings", "denim fabric and pure", "cut"),
        P.material("denim"),
        col("jeggings", "graphic", "other_garment_color"),
        she("a long-sleeve shirt with graphic patterns"),
        gender=W,
        title="FASHOR Plus Women Blue Mid-Rise Stretchable Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: white chikankari kurta, 3/4 sleeves, round neck, white palazzos, a pendant necklace and jhumkas. Caption:
    # epoch-3 adapter (cut).
    case(
        "X1386-036",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her neck. This",
            "cut",
            hit_limit=True,
        ),
        P.pattern("pure color"),
        P.sleeve_length("medium sleeves"),
        details("kurta", "round neckline"),
        P.material("cotton"),
        col("kurta", "pure color", "non_answer"),
        gender=W,
        title="Amydus Women Plus Size White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: maroon velvet tunic, long sleeves, round neck, black leggings. Caption: epoch-3 adapter: cotton for a
    # velvet tunic (and it loops).
    case(
        "X1386-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper clothing "
            "has long sleeves",
            "unsupported",
            hit_limit=True,
        ),
        P.material("cotton", "unsupported"),
        P.sleeve_length("long sleeves"),
        P.pattern("pure color"),
        details("tunic", "round neckline"),
        gender=W,
        title="Sassafras Curve Women Plus Size Maroon Solid Velvet Tunic",
        category="Tunics",
        color="Maroon",
    ),
    # Photo: pregnant model; peach kaftan-style maternity dress, wide elbow batwing sleeves, V-neck with embroidery,
    # calf length, a thin bracelet. Caption: epoch-3 adapter (loop).
    case(
        "X1386-038",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is V-shape. There is an accessory on her wrist. The lady is wearing a short-sleeve dress "
            "with pure",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve dress with pure color patterns"),
        P.sleeve_length("short-sleeve"),
        details("dress", "its neckline is V-shape"),
        P.material("chiffon"),
        is_a("kaftan", "", "non_answer"),
        gender=W,
        title="MomToBe Women Plus Size Peach Solid Maternity Kaftan Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: orange printed anarkali kurta, flared to the ankle, 3/4 sleeves, V-neck, churidar, bangles and a ring.
    # Caption: epoch-3 adapter calls the anarkali a dress (and loops).
    case(
        "X1386-039",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. This woman wears a ring. This woman wears a "
            "medium-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        she("a ring", "contradiction"),
        garment_type("dress", "contradiction"),
        P.sleeve_length("medium-sleeve"),
        P.pattern("graphic"),
        gender=W,
        title="Anouk Curve Women Plus Size Orange Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Orange",
    ),
    # Photo: waist-down crop (no face), black high-rise jeggings, black ballerinas. Caption: epoch-3 adapter: "this
    # guy" for a women's product (and it loops).
    case(
        "X1386-040",
        caption(
            "The trousers this guy wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The trousers this guy wears is of long length. The trousers are with denim fabric and pure "
            "color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        she("The trousers"),
        P.material("denim"),
        details("jeggings", "long length", "restated"),
        P.pattern("pure color"),
        gender=W,
        title="Instafab Plus Women Black High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: magenta sleeveless empire-waist dress, V-neck, knee length, georgette. Caption: epoch-3 adapter; ends on
    # the full stop at the 50th token, all of it true.
    case(
        "X1386-041",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of medium length. The fabric is chiffon and it has pure color patterns. Her navel is "
            "covered.",
            hit_limit=True,
        ),
        she("no sleeves, chiffon fabric and pure color patterns"),
        col("dress", "pure color", "non_answer"),
        P.sleeve_length("no sleeves"),
        details("dress", "V-shape neckline"),
        garment_type("upper clothing", "non_answer"),
        gender=W,
        title="Sztori Women Plus Size Magenta Solid Empire Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: flat lay on white: blue tunic with a white geometric print, 3/4 sleeves, notched round neck. Caption:
    # epoch-3 adapter invents a lower garment and a wrist for a flat lay (and is cut). No colour in the feed row.
    case(
        "X1386-042",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        describe("tunic", "medium sleeves, cotton fabric and graphic patterns"),
        P.pattern("graphic"),
        col("tunic", "pure color", "other_garment_color"),
        details("tunic", "round neckline"),
        gender=W,
        title="FASHOR Plus Women Blue & White Geometric Printed Tunic",
        category="Tunics",
    ),
    # Photo: sea green straight kurta with a gota yoke, 3/4 sleeves, round neck, matching pants, bare wrists.
    # Caption: epoch-3 adapter (cut).
    case(
        "X1386-043",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        P.sleeve_length("medium sleeves"),
        P.pattern("pure color"),
        col("kurta", "pure color", "non_answer"),
        P.material("cotton"),
        describe("kurta", "medium sleeves, cotton fabric and pure color patterns"),
        gender=W,
        title="Indo Era Plus Women Sea Green Yoke Design Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: pregnant model in profile; black maternity midi dress with small yellow florals, long sleeves, round
    # neck. Caption: epoch-3 adapter (loop).
    case(
        "X1386-044",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady is wearing a long-sleeve dress with floral patterns. The dress is with "
            "chiffon fabric and its",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with floral patterns"),
        P.pattern("floral"),
        P.sleeve_length("long-sleeve"),
        col("dress", "floral", "non_answer"),
        is_a("maternity dress", "a long-sleeve dress", "non_answer"),
        gender=W,
        title="Mine4Nine Women Plus Size Black Floral Print Maternity Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: pink solid sleeveless tunic (wide shoulder straps), round neck, white jeggings. Caption: epoch-3 adapter
    # gives it short sleeves against the title (and loops).
    case(
        "X1386-045",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the shirt is round. "
            "The lady wears a long pants, with cotton fabric and pure color patterns. Her shirt has short sleeves, "
            "cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        P.sleeve_length("short sleeves", "contradiction"),
        P.pattern("pure color"),
        she("a long pants"),
        details("tunic", "round"),
        col("tunic", "pure color", "non_answer"),
        gender=W,
        title="Sassafras Curve Women Plus Size Pink Solid Sleeveless Tunic",
        category="Tunics",
        color="Pink",
    ),
]
