"""BLIND_390 (46 products; UK high-street women's tops, dresses and jumpsuits, model shots on plain backdrops): written
blind in the forty-fifth session. Measured blind at dacb731 (the session's rules as they stood): 122/140 failures
found (87.1%) and 6/172 correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: the English catalog feed of a UK high-street retailer's women's tops and dresses: blouses, shirts, knit
tops, t-shirts, camis and vests, midi and maxi dresses, shirt dresses, wrap dresses and jumpsuits. Model shots on
plain studio backdrops (white, grey, beige; one pale pink wall, one blue paper roll, one white brick wall), front
views, often styled with other pieces: jeans, trousers, skirts, a blazer, a leather jacket, a cardigan, a denim shirt
worn open, a white tee under a slip dress. Some photos hold props (a straw bag, a stool, a potted plant). The seller's
colors are UK shade names (Ivory, Sage, Cobalt, Rust, Cerise, Ecru, Stone, Terracotta, Mono, Multi, Grey Marl...).
Each row has title, category, color and gender; one row has no color column and one has no gender, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (DeepFashion
template: "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. ..."). It
was trained with no end-of-answer token, so every caption runs to the 50-token limit (hit_limit=True) and either
repeats its template or is cut mid-sentence; it names no hues (DeepFashion has none). Every answer comes from enrich:
the open questions (wearing, description, details, material, neckline, sleeve style) from the untuned base
`Salesforce/blip2-opt-2.7b`, which writes short lowercase texts and stops on its own (never hit_limit); the closed
questions (garment_type, color, pattern, sleeve_length, the per-piece "What is the color of the jeans?" questions
and the yes/no "Is this a ...?") from `--engine reference`, a value picked from a candidate set (never a loop or a
cut). No answer in this set came from the adapter.

Labeling conventions and judgement calls:
- Adapter captions: a caption that starts over on a sentence it already wrote (even only its first words, "The lady
  wears a short-sleeve") is loop; one that stops mid-sentence without repeating is cut. Where the template misnames
  the product itself (a jumpsuit as "shirt ... long trousers", a shirt dress as "shirt", a dress as "sweater ... long
  skirt" or "shirt ... short skirt"), that misnaming is what the auditor sees first: contradiction, hit_limit kept.
  The template's wrong fabric (cotton for chiffon), its "lapel" for a bow neck and its default "accessory on her
  wrist" before a cut or a repeat do not change the label (cut or loop). A waistcoat as "tank top" and a buttoned
  cropped cardigan as "sweater" are close enough (cut). A caption that describes the outfit's top layer (a blazer or
  a denim shirt over a cami) describes the photo: labelled by its cut or loop only.
- Two captions stopped at the limit exactly at the end of a sentence, with no repeat and nothing wrong in them: they
  are correct (the text is complete and true), hit_limit kept. A third ended at a sentence end too but says "There
  is an accessory on her wrist." of a model with bare wrists: unsupported.
- Shade words are correct: white for ivory, cream for ecru or white for cream, blue for navy, cobalt or pale blue,
  green for sage, khaki, olive or emerald, orange for rust or terracotta, pink for cerise or coral, purple for lilac,
  red for burgundy, brown for chocolate, beige for stone or ecru, grey for grey marl, multicolor for Multi. Wrong
  shades are contradiction: navy as black, mustard as orange, burgundy as purple, cream as yellow, emerald as blue.
- Prints: the ground color of the print is correct (black for a black daisy print, white for a white blouse with a
  blue floral print even though the seller's color is Blue: that blouse is mostly white; I judge the photo). The
  color of the print or logo given as the garment's color (white for a black dress with white spots, pink for a navy
  dress with pink flowers, red for a black band tee with a red logo) is contradiction. The color of the backdrop
  (blue paper behind a coral blouse) given as the garment's color is contradiction too.
- Layers: the color of another piece in the photo (the blazer, the white tee under the slip dress, the open denim
  shirt, the leather jacket, the cardigan, the trousers) given as the product's color is other_garment_color; the
  product's color given to a per-piece question about another piece (grey for the black skirt of a grey tee outfit,
  red for the cream skirt under a red top) is other_garment_color too, and so is an open answer that gives both
  pieces one color. Sleeve length taken from the long-sleeved layer for a sleeveless cami is contradiction.
- Garment synonyms are correct: top, shirt or blouse for a blouse; tank top for a cami or a knitted vest; vest for a
  waistcoat; sweater for a knitted top or a cropped cardigan in the wearing answer; shirt dress or dress for a shirt
  dress. Wrong garment names are contradiction: dress for a jumpsuit, shirt for a shirt dress, "yes" to "Is this a
  blouse?" for a waistcoat, "no" to "Is this a jumpsuit?" for a boilersuit or to "Is this a blouse?" for a blouse.
  Ribbing answered "striped" is contradiction. A wrong neckline or sleeve length is contradiction.
- Materials: one the title names (satin, linen, velvet, chiffon, poplin as cotton) or one plainly visible (knit or
  wool for a visible knit, crochet, chiffon for a sheer blouse, cotton for a jersey tee) is correct; silk for a satin
  or chiffon-look piece whose title does not say silk is unsupported, and so is denim for a cami because the denim
  shirt over it is denim, and denim for a cotton twill boilersuit. A material question answered with the garment's
  name or color ("black", "a white t-shirt", "the tank top is black") is restated; an empty answer is non_answer.
- Invented items not in the photo (a necklace, a belt, a hood, pockets, buttons, a collar, a bow on a back the front
  view does not show, a slit, a heart print) are unsupported.
- "the details of the dress", "the jumpsuit has details", "the neckline of the dress" and "the sleeves of the dress"
  say nothing: non_answer.
- Base answers that run on into "Question: ... Answer: ..." (or start with the echoed prompt) are leak, even where
  the words before the leak are right.
- "he" for a woman is pronoun; "she is wearing ..." is correct (the row without gender shows a woman too, and its
  answers use no pronoun).
- The base model stopping early ("it is made of", "it is made of cotton and", "... tucked into") is cut, without
  hit_limit. A base answer that repeats a word or a list of colors over and over and then stops is loop, without
  hit_limit.
- Props and walls named in an answer (a straw bag, a stool, a pink wall, a plant, a blue background) are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the garment?", "open")
sleeves = question("sleeves", "What style are the sleeves?", "open")

BLIND_390 = [
    # photo: model in an ivory chiffon pussybow blouse with long sleeves, tucked into black wide-leg trousers; plain
    # light grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-001",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and black pants"),
        D.garment_type("blouse"),
        D.color("white"),
        color_of("trousers", "white", "other_garment_color"),
        neckline("a bow at the neck"),
        D.material("silk", "unsupported"),
        title="Ivory Pussybow Long Sleeve Blouse",
        category="Blouses & Shirts",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in a navy and white Breton striped long-sleeve jersey top with a plain round neck, mid-blue
    # straight jeans; plain white backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-002",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long-sleeve T-shirt with striped",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and jeans Question: What is the color of the shirt? Answer: blue", "leak"),
        D.pattern("striped"),
        D.color("blue"),
        D.details("blue and white stripes"),
        color_of("jeans", "blue"),
        D.description("a navy and white striped shirt with a red collar", "unsupported"),
        title="Navy Stripe Breton Top",
        category="Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: model in a black satin cowl-neck cami with thin straps, under an open oversized beige blazer, black
    # tailored trousers; plain grey backdrop, front view.
    # caption: adapter (it describes the blazer)
    case(
        "X390-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a beige blazer"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.garment_type("tank top"),
        D.material("satin"),
        neckline("cowl neck"),
        title="Black Satin Cowl Neck Cami",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white crew-neck cotton t-shirt with "Amour" in small black script on the chest, mid-blue
    # jeans; plain white backdrop, front view, cropped at the hips.
    # caption: adapter
    case(
        "X390-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with the word amour on it"),
        D.color("white"),
        D.pattern("graphic"),
        D.details("a black heart on the front", "unsupported"),
        is_a("t-shirt", "yes"),
        D.material("cotton Question: What is the pattern of the t-shirt? Answer: graphic", "leak"),
        title="White Amour Slogan T-Shirt",
        category="T-Shirts & Vests",
        color="White",
        gender="Women",
    ),
    # photo: model in a sage green jersey wrap midi dress, long sleeves, v-neck, self tie at the waist, white
    # trainers; plain cream backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure "
            "color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.description("a green wrap dress with a tie at the waist"),
        neckline("v neck Question: What is the color of the dress? Answer: green", "leak"),
        D.details("a tie waist and a pocket on the chest", "unsupported"),
        title="Sage Green Wrap Midi Dress",
        category="Dresses",
        color="Sage",
        gender="Women",
    ),
    # photo: model in a black sleeveless wide-leg jumpsuit with a v-neck and a self-tie waist, black sandals; plain
    # grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.material("black", "restated"),
        title="Black Tie Waist Wide Leg Jumpsuit",
        category="Jumpsuits & Playsuits",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cobalt blue cotton poplin midi shirt dress, short sleeves, collar, buttons down the front,
    # self belt; bare neck and wrists; plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "short-sleeve dress with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.details("buttons down the front and a belt"),
        D.material("cotton"),
        D.description("a blue dress with a collar, a belt and a gold necklace", "unsupported"),
        title="Cobalt Poplin Belted Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a brown/tan/black leopard print satin slip midi dress with thin straps, worn over a fitted white
    # short-sleeve t-shirt; plain beige backdrop, front view, full length; the hem is straight, no slit.
    # caption: adapter
    case(
        "X390-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and other patterns. "
            "The lady wears a short-sleeve T",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a leopard print dress and a white t-shirt"),
        D.pattern("animal print"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("satin"),
        D.description("a leopard print dress with a white shirt underneath"),
        D.details("a slit on the side", "unsupported"),
        title="Leopard Print Satin Slip Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a red ribbed knitted short-sleeve top with a round neck, tucked into a cream pleated midi
    # skirt; plain grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-009",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and a white skirt"),
        color_of("top", "red"),
        color_of("skirt", "red", "other_garment_color"),
        D.details("the top is red and the skirt is red", "other_garment_color"),
        D.material("knit"),
        D.sleeve_length("short"),
        neckline("a v neck", "contradiction"),
        title="Red Ribbed Knitted Short Sleeve Top",
        category="Knitwear",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy tiered maxi dress with a pink and yellow floral print, long sleeves, square neck;
    # standing in front of a pale pink painted wall, front view, full length.
    # caption: adapter
    case(
        "X390-010",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has a square",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral dress"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        neckline("the neckline of the dress", "non_answer"),
        D.description("a long blue floral dress in front of a pink wall"),
        D.sleeve_length("long"),
        title="Navy Floral Tiered Maxi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a white cotton broderie anglaise blouse with short puff sleeves and a square neck, light blue
    # jeans; plain white backdrop, front view, cropped at the thighs.
    # caption: adapter
    case(
        "X390-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white blouse and jeans", "pronoun"),
        D.color("white"),
        D.details("white lace with puff sleeves"),
        sleeves("puff sleeves"),
        D.pattern("solid"),
        D.material("cotton"),
        title="White Broderie Puff Sleeve Blouse",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a khaki cotton twill boilersuit, short sleeves, collar, button front, two flap chest pockets,
    # self belt, white trainers; plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a short-sleeve shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit"),
        D.color("green"),
        D.details("the jumpsuit has details", "non_answer"),
        is_a("jumpsuit", "no", "contradiction"),
        D.garment_type("jumpsuit"),
        D.material("denim", "unsupported"),
        title="Khaki Utility Boilersuit",
        category="Jumpsuits & Playsuits",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a black midi dress with small white polka dots, short flutter sleeves, v-neck, no collar;
    # plain grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "short-sleeve dress with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.sleeve_length("short"),
        sleeves("ruffled sleeves"),
        D.description("a black dress with white polka dots and a white collar", "unsupported"),
        title="Mono Spot Flutter Sleeve Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream cable-knit cropped cardigan buttoned up and worn as a top, long sleeves, round neck,
    # mid-blue jeans; plain grey backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and white jeans", "other_garment_color"),
        D.garment_type("cardigan"),
        D.color("yellow", "contradiction"),
        D.details("cable knit and buttons down the front"),
        D.material("wool"),
        color_of("jeans", "blue"),
        title="Cream Cable Knit Cropped Cardigan",
        category="Knitwear",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a cerise pink satin cowl-neck midi slip dress with thin straps, black strappy heels; plain grey
    # backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric. It has a suspenders",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.material("silk", "unsupported"),
        neckline("cowl neck"),
        D.sleeve_length("sleeveless"),
        title="Cerise Satin Cowl Midi Slip Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a rust linen-blend short-sleeve shirt worn open over a white vest top, cream wide-leg trousers;
    # the shirt has a collar, buttons and one chest pocket; plain beige backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt over a white tank top and white pants"),
        D.color("white", "other_garment_color"),
        color_of("shirt", "orange"),
        D.sleeve_length("long", "contradiction"),
        D.material("linen"),
        D.details("a collar, buttons down the front and a pocket on the chest"),
        title="Rust Linen Blend Short Sleeve Shirt",
        category="Blouses & Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a lilac cotton midi dress with a shirred bodice, short puff sleeves and a square neck, holding a
    # straw basket bag; plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure "
            "color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple dress and a straw bag"),
        D.color("purple"),
        D.details("smocking on the top and puffy sleeves"),
        D.material("cotton Question: What is the color of the dress? Answer: purple", "leak"),
        sleeves("the sleeves of the dress", "non_answer"),
        title="Lilac Shirred Puff Sleeve Midi Dress",
        category="Dresses",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a grey marl crew-neck boyfriend t-shirt (no pocket) tucked into a black leather-look mini skirt;
    # plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. The lady wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and a grey skirt", "other_garment_color"),
        D.color("grey"),
        color_of("skirt", "grey", "other_garment_color"),
        D.material("cotton"),
        D.description("a grey t-shirt with a pocket on the chest", "unsupported"),
        title="Grey Marl Boyfriend T-Shirt",
        category="T-Shirts & Vests",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: model in an emerald green satin wrap midi dress with long balloon sleeves and a v-neck; standing in front
    # of a white painted brick wall, front view, full length.
    # caption: adapter
    case(
        "X390-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "chiffon fabric. It has a v-shape",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.sleeve_length("long"),
        sleeves("balloon sleeves"),
        D.details("the details of the dress", "non_answer"),
        D.description("a blue dress with long sleeves", "contradiction"),
        title="Emerald Satin Wrap Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white oversized cotton poplin shirt, long sleeves, collar, buttons, untucked over black
    # straight trousers; plain white backdrop, front view, full length.
    # caption: adapter; it stopped at the limit on a sentence end, no repeat, nothing wrong: correct
    case(
        "X390-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        color_of("pants", "white", "other_garment_color"),
        D.details("a collar, buttons and a pocket on the chest", "unsupported"),
        is_a("shirt", "yes"),
        D.material("cotton"),
        title="White Oversized Poplin Shirt",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a chocolate brown ribbed knit bodycon midi dress, long sleeves, high neck; plain beige
    # backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "standing neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory on "
            "her wrist. This",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown dress"),
        D.color("brown"),
        D.pattern("striped", "contradiction"),
        neckline("high neck"),
        D.material("knit"),
        D.details("ribbed ribbed ribbed ribbed ribbed ribbed", "loop"),
        title="Chocolate Rib Knit Midi Dress",
        category="Dresses",
        color="Chocolate",
        gender="Women",
    ),
    # photo: model in a mustard yellow fine-knit short-sleeve top with a polo collar and three buttons, white jeans;
    # plain grey backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-022",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a yellow sweater and white jeans", "pronoun"),
        D.color("orange", "contradiction"),
        color_of("jeans", "white"),
        D.details("a collar and buttons"),
        D.material("it is made of", "cut"),
        title="Mustard Knitted Polo Collar Top",
        category="Knitwear",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy short-sleeve wrap-front culotte jumpsuit with a v-neck and cropped wide legs; plain
    # white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-023",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure "
            "color patterns. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a navy jumpsuit", "pronoun"),
        D.color("black", "contradiction"),
        D.garment_type("jumpsuit"),
        is_a("dress", "no"),
        D.description("a navy blue jumpsuit with a v neck and wide legs"),
        title="Navy Wrap Front Culotte Jumpsuit",
        category="Jumpsuits & Playsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a white cotton cami with lace trim at the neckline, under a light blue denim shirt worn open
    # with long sleeves, mid-blue jeans; plain white backdrop, front view, cropped at the knees.
    # caption: adapter (it describes the denim shirt)
    case(
        "X390-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top, a denim shirt and jeans"),
        D.color("blue", "other_garment_color"),
        color_of("top", "white"),
        D.details("lace on the neckline"),
        D.garment_type("tank top"),
        D.material("denim", "unsupported"),
        title="White Lace Trim Cami Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a multicolor rainbow striped crew-neck knitted jumper (red, orange, yellow, green, blue
    # stripes), long sleeves, black skinny jeans; plain grey backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-025",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a rainbow striped sweater and black jeans"),
        D.color("multicolor"),
        D.pattern("striped"),
        D.description(
            "a striped sweater with red, orange, yellow, green, blue, red, orange, yellow, green, blue stripes",
            "loop",
        ),
        D.material("wool"),
        title="Rainbow Stripe Crew Neck Jumper",
        category="Knitwear",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a black midi tea dress with a small white daisy print, short sleeves, v-neck, buttons down the
    # front; plain pale pink backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-026",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "short-sleeve dress with floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black floral dress"),
        D.color("black"),
        D.pattern("floral"),
        D.sleeve_length("long", "contradiction"),
        D.description("a black dress with white flowers and buttons down the front"),
        D.details("buttons down the front Question: What is the pattern of the dress? Answer: floral", "leak"),
        title="Black Daisy Print Button Front Midi Tea Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a stone beige sleeveless linen-blend waistcoat buttoned up and worn as a top, with matching
    # wide-leg trousers; plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige vest and pants"),
        D.color("beige"),
        D.garment_type("vest"),
        D.details("buttons down the front and a belt", "unsupported"),
        D.material("linen"),
        is_a("blouse", "yes", "contradiction"),
        title="Stone Linen Blend Waistcoat",
        category="Tops",
        color="Stone",
        gender="Women",
    ),
    # photo: model in a red and white gingham cotton blouse with short sleeves and a sweetheart neck, white jeans;
    # plain white backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-028",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a short-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and white checkered top and white jeans"),
        D.pattern("check"),
        D.color("red"),
        color_of("jeans", "red", "other_garment_color"),
        neckline("a sweetheart neckline"),
        D.material("a red and white checkered blouse", "restated"),
        title="Red Gingham Sweetheart Neck Blouse",
        category="Blouses & Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in an olive khaki cotton utility shirt dress, long sleeves rolled to the elbow, collar, belt,
    # two flap chest pockets, no hood; sitting on a wooden stool, plain grey backdrop, front view.
    # caption: adapter
    case(
        "X390-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green shirt dress sitting on a stool"),
        D.color("green"),
        D.garment_type("dress"),
        D.sleeve_length("long"),
        D.details("a belt and pockets Question: What is the color of the belt? Answer: green", "leak"),
        D.description("a green shirt dress with a hood", "unsupported"),
        title="Khaki Utility Shirt Dress",
        category="Dresses",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a white crew-neck t-shirt with a black Eiffel Tower print and "Paris", tucked into a mid-blue
    # denim mini skirt; plain white backdrop, front view, full length. The feed row has no color column.
    # caption: adapter; it stopped at the limit on a sentence end, no repeat, nothing wrong: correct
    case(
        "X390-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with the eiffel tower on it and a denim skirt"),
        D.color("white"),
        D.details("the eiffel tower and the word paris"),
        is_a("t-shirt", "yes"),
        color_of("skirt", "white", "other_garment_color"),
        D.material("a white t-shirt", "restated"),
        title="White Paris Graphic Tee",
        category="T-Shirts & Vests",
        gender="Women",
    ),
    # photo: model in a black ribbed jersey long-sleeve top with a square neck, plain shoulders, tucked into camel
    # tailored trousers; plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-031",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and brown pants"),
        D.color("black"),
        color_of("trousers", "brown"),
        D.sleeve_length("long"),
        D.details("gold buttons on the shoulder", "unsupported"),
        D.material("cotton Question: What is the neckline of the top? Answer: square", "leak"),
        title="Black Rib Square Neck Long Sleeve Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory chiffon wrap blouse with a blue floral print, ruffled v-neck, three-quarter sleeves,
    # white jeans; a potted plant stands beside her; plain white backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-032",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white and blue floral blouse"),
        D.color("white"),
        D.sleeve_length("long", "contradiction"),
        D.description("a floral blouse with ruffles standing next to a plant"),
        is_a("blouse", "no", "contradiction"),
        title="Blue Floral Ruffle Wrap Blouse",
        category="Blouses & Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a terracotta cotton tiered maxi dress, sleeveless with a halter neck, small gold hoop earrings,
    # no necklace; plain beige backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory "
            "on her wrist. This lady wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing an orange dress", "pronoun"),
        D.color("orange"),
        neckline("halter neck"),
        D.details("a gold necklace", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Terracotta Halter Neck Tiered Maxi Dress",
        category="Dresses",
        color="Terracotta",
        gender="Women",
    ),
    # photo: model in a black oversized band t-shirt with the Rolling Stones red tongue logo and white lettering,
    # light blue jeans; plain grey backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a short-sleeve T-shirt with graphic patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black rolling stones t-shirt and jeans"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.details("a red tongue logo"),
        D.material("cotton"),
        color_of("jeans", "black", "other_garment_color"),
        title="Black Rolling Stones Band T-Shirt",
        category="T-Shirts & Vests",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pale blue satin long-sleeve button-up shirt with a collar, tucked into white wide-leg
    # trousers; plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        D.color("blue"),
        D.details("buttons and a collar"),
        D.material("satin"),
        is_a("blouse", "yes"),
        D.description("a light blue satin shirt tucked into", "cut"),
        title="Blue Satin Long Sleeve Shirt",
        category="Blouses & Shirts",
        color="Pale Blue",
        gender="Women",
    ),
    # photo: model in a red long-sleeve mini dress with a small white ditsy floral print (no buttons), under an open
    # black leather biker jacket, black ankle boots; plain grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with leather fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with chiffon fabric and floral patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red floral dress and a black leather jacket"),
        D.color("black", "other_garment_color"),
        D.pattern("floral"),
        color_of("jacket", "black"),
        D.sleeve_length("long"),
        D.details("buttons down the front", "unsupported"),
        title="Red Ditsy Floral Long Sleeve Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white sleeveless square-neck vest top, beige linen wide trousers; plain white backdrop,
    # front view, full length. The feed row has no gender column.
    # caption: adapter
    case(
        "X390-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The lady wears a sleeveless tank top",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white tank top and beige pants"),
        D.garment_type("tank top"),
        D.color("white"),
        D.sleeve_length("short", "contradiction"),
        neckline("square"),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="White Square Neck Vest Top",
        category="Tops",
        color="White",
    ),
    # photo: model in a coral crinkle chiffon blouse with long sleeves and a tie neck tied in a bow; plain blue
    # paper backdrop, front view, cropped at the hips.
    # caption: adapter
    case(
        "X390-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve shirt with pure "
            "color patterns. The shirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink blouse"),
        D.color("blue", "contradiction"),
        D.material("chiffon"),
        neckline("a tie neck"),
        D.sleeve_length("short", "contradiction"),
        D.description("a pink blouse with a bow on a blue background"),
        title="Coral Tie Neck Chiffon Blouse",
        category="Blouses & Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a burgundy velvet long-sleeve wrap jumpsuit with a tie waist and wide legs, no pockets; plain
    # grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with other fabric and pure color "
            "patterns. The lady wears a long-sleeve shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red jumpsuit", "pronoun"),
        D.color("purple", "contradiction"),
        D.material("velvet"),
        D.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        D.details("a belt and pockets", "unsupported"),
        title="Burgundy Velvet Wrap Jumpsuit",
        category="Jumpsuits & Playsuits",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in an ecru cotton crochet short-sleeve top with a round neck, mid-blue denim shorts; plain white
    # backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-040",
        caption(
            "The lady wears a short-sleeve sweater with other patterns. The sweater is with knitted fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white crochet top and denim shorts"),
        D.color("beige"),
        color_of("shorts", "white", "other_garment_color"),
        D.material("it is made of cotton and", "cut"),
        D.details("crochet"),
        D.description("a white crochet top with long sleeves", "contradiction"),
        title="Ecru Crochet Short Sleeve Top",
        category="Tops",
        color="Ecru",
        gender="Women",
    ),
    # photo: model in a white midi shirt dress with blue vertical stripes, long sleeves, collar, buttons, self belt;
    # plain grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-041",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "long-sleeve dress with striped patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue and white striped dress", "pronoun"),
        D.pattern("striped"),
        D.color("blue"),
        D.details("a belt and buttons"),
        D.garment_type("dress"),
        D.material("a striped shirt dress", "restated"),
        title="Blue Stripe Belted Midi Shirt Dress",
        category="Dresses",
        color="Blue/White",
        gender="Women",
    ),
    # photo: model in a pale pink crew-neck t-shirt with a small red embroidered heart on the chest, black straight
    # trousers, bare wrists; plain white backdrop, front view, full length.
    # caption: adapter; it stopped on a sentence end, but the wrist accessory is invented
    case(
        "X390-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("she is wearing a pink t-shirt and black pants"),
        D.color("pink"),
        D.details("a red heart on the chest and a pocket", "unsupported"),
        color_of("pants", "black"),
        D.material("", "non_answer"),
        title="Pink Heart Embroidered T-Shirt",
        category="T-Shirts & Vests",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white chiffon maxi dress with a green and blue floral print, long sleeves, v-neck, ruffle hem;
    # plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. This lady wears a ring. There is an accessory on "
            "her wrist. This lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral maxi dress"),
        D.color("green"),
        D.pattern("floral"),
        D.details("ruffles on the bottom"),
        D.description(
            "a long white dress with blue and green flowers Question: What are the details of the dress? Answer: "
            "ruffles",
            "leak",
        ),
        title="Green Floral V Neck Ruffle Hem Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black sleeveless ribbed knit vest with a round neck, light blue mom jeans; plain white
    # backdrop, front view, cropped at the knees.
    # caption: adapter
    case(
        "X390-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and jeans"),
        D.garment_type("tank top"),
        D.color("black"),
        color_of("jeans", "black", "other_garment_color"),
        D.material("the tank top is black", "restated"),
        neckline("the neckline of the tank top", "non_answer"),
        title="Black Ribbed Knit Vest",
        category="Knitwear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a black strappy jersey maxi dress under a cropped grey knitted cardigan with long sleeves, no
    # belt; plain grey backdrop, front view, full length.
    # caption: adapter
    case(
        "X390-045",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve sweater",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black dress and a grey cardigan"),
        D.color("grey", "other_garment_color"),
        color_of("cardigan", "grey"),
        D.sleeve_length("sleeveless"),
        D.description("a black dress with a grey cardigan and a black belt", "unsupported"),
        title="Black Strappy Jersey Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow and white gingham cotton mini dress with short puff sleeves and a square neck; plain
    # white backdrop, front view only, full length.
    # caption: adapter
    case(
        "X390-046",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. This lady wears a ring. The lady wears a "
            "short-sleeve dress with lattice patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow and white checkered dress"),
        D.pattern("check"),
        D.color("yellow"),
        sleeves("puffy sleeves"),
        D.details("a bow on the back", "unsupported"),
        D.material("cotton Question: What is the pattern of the dress? Answer: gingham", "leak"),
        title="Yellow Gingham Puff Sleeve Mini Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
]
