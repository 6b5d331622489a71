"""BLIND_402 (46 products; women's everyday and ethnic wear, model shots, base answers and adapter captions): written
blind in the forty-sixth session. Measured blind at 5963d24 (the session's rules as they stood): 113/128 failures
found (88.3%) and 5/160 correct texts flagged (3.1%). The writer's notes, verbatim:

Scenario: one catalog drawn at random from a night's run over a Myntra-like women's feed in English: kurtas, kurta
sets (kurta with palazzos or trousers, most with a dupatta), tops, tshirts, dresses, jeans, trousers, palazzos,
leggings, skirts, sweatshirts and jackets. Every photo is a model shot, most on a plain studio backdrop, some against
a colored wall, a brick wall, plants, a street or a gym; bottoms are always shown with a top, and kurtas and jackets
with the rest of the outfit. Each product has the seller's title, category, color and gender; a few rows miss one
column (gender, color or category), as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (DeepFashion
template, "The lady wears a long-sleeve shirt with pure color patterns and a long pants. ..."). It has no
end-of-answer token, so every caption runs to the 50-token limit and carries hit_limit=True; a short template (one
dress, one coat) has room to start over and loops, a two-piece template is cut mid-sentence. Every other text comes
from enrich's default questionnaire in English plus the per-piece color questions (color of the kurta, of the
palazzos, of the jeans...) and the wearing question: the open ones (wearing, description, details, material) from
the untuned base `Salesforce/blip2-opt-2.7b`, short and lowercase, which stops on its own (never hit_limit); the
closed ones (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") from
`--engine reference`, a value picked from a candidate set, never a loop or a cut. No answer here came from the
adapter.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: yellow for mustard, blue for navy or teal, green for olive or teal,
  red for maroon, purple for lavender, pink for peach, orange or brown for rust, white for off white. Pink for
  lavender and black for navy are contradiction. A print's color given as the garment's color (yellow for a black
  dress with yellow sunflowers, gold for a navy kurta with gold foil print) is contradiction; a color no piece in the
  photo has (red from the brick wall behind) is contradiction.
- For a product worn with other pieces, the color of another piece given for the product (the tucked-in tee's
  white for the jeans, the kurta's red trousers for the off white kurta) is other_garment_color, in closed and open
  texts alike. Outfits named piece by piece in their own colors are correct, and so is a wall, a bag or shoes that
  are really in the photo ("in front of a brick wall", "a blue dress and a black bag").
- Garments: shirt, top or tunic for a kurta, pants for trousers or palazzos, hoodie for a hooded sweatshirt, sweater
  for a sweatshirt, coat for a puffer jacket, "outfit" for a kurta set are correct. A kurta or kurta set called a
  dress is contradiction, except the floor-length flared anarkali (X402-004), which is a dress in all but name. A
  sleeveless knee-length kurta called a tank top is contradiction. The adapter's "T-shirt" or "shirt" for the top
  worn over a bottom is correct; its "long pants" for jeans, palazzos or trousers is correct.
- Materials: one the title names is correct (chiffon for georgette too); a plausible guess for a plain fabric the
  title does not name (cotton for a printed kurta, fleece for a sweatshirt, spandex for leggings, chiffon for a
  flowy printed skirt) is correct. A material that contradicts the one the title names (polyester for a pure cotton
  tee, denim for cotton cargo trousers, denim for a ribbed knit top) is contradiction; silk for a kurta whose title
  names no fabric and whose fabric is not silky is unsupported.
- Invented details the photo does not show (a dupatta with a kurta-and-palazzo set, lace, a pocket, a slit, pockets
  on palazzos that have none, buttons on a kurta that has none, a belt, a hood on a crewneck, a necklace, a bow on
  the back in a front view) are unsupported.
- Adapter captions: one that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut; one that misnames the product or its pattern or sleeves (tank top for a kurta, pure color for
  polka dots, long-sleeve for a short-sleeve crop top) is contradiction, the cut being kept as hit_limit. Its
  boilerplate ("There is an accessory on her wrist", "The lady wears a ring") is not labelled on its own; the cut or
  loop is. Two captions happen to end on a full stop at the limit with everything in them right (X402-031, X402-034):
  correct, hit_limit kept.
- Base texts: "he" for the woman is pronoun; a text that runs on into "Question: ... Answer: ..." is leak even where
  its first words are right; an answer that stops on "of", "the" or "with" is cut (no hit_limit); a phrase said
  twice or more in one answer is loop; an empty answer, "it has details", "the details of the pants" and "made of
  fabric" are non_answer; a material question answered with the garment's name or color is restated.
- Closed answers: a wrong value from the candidates is contradiction (pleats as striped, pinstripes as solid, the
  tee's short sleeves for the jacket, "no" to "Is this a pair of jeans?" for jeans, garment_type shirt for the
  trousers), except a color that belongs to another piece in the photo (other_garment_color).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_402 = [
    # photo: model in a mustard yellow straight kurta with a small white floral block print, three-quarter sleeves,
    # round neck, worn with white palazzos; plain white studio backdrop, front view.
    # caption: adapter
    case(
        "X402-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pants"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Mustard Yellow Floral Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue A-line kurta with a gold foil ethnic print, long sleeves, mandarin collar, no
    # buttons, worn with white leggings; pale pink wall behind, front view.
    # caption: adapter
    case(
        "X402-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and gold dress", "contradiction"),
        D.color("gold", "contradiction"),
        color_of("leggings", "white"),
        is_a("kurta", "yes"),
        D.details("gold print on the front and gold buttons", "unsupported"),
        title="Women Navy Blue Ethnic Motifs Foil Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white chikankari (white-on-white) embroidered straight kurta, three-quarter sleeves, V-neck,
    # worn with blue jeans; outdoors, green plants behind.
    # caption: adapter
    case(
        "X402-003",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is V-shape. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        D.color("white"),
        D.pattern("embroidered"),
        D.description("a white kurta with embroidery Question: what is the color of the kurta? Answer: white", "leak"),
        D.details("embroidery on the front and sleeves"),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a floor-length flared maroon anarkali kurta with a golden zari border at the hem, long sleeves,
    # round neck, maroon churidar just visible; plain beige backdrop, front view.
    # caption: adapter
    case(
        "X402-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red and gold dress", "pronoun"),
        D.garment_type("kurta"),
        D.color("red"),
        D.pattern("solid"),
        D.details("gold embroidery on the bottom"),
        D.material("silk", "unsupported"),
        title="Women Maroon Solid Anarkali Kurta with Zari Border",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an olive green sleeveless straight kurta, knee length, round neck, side slits, worn with beige
    # trousers; white wall with a potted plant beside her.
    # caption: adapter
    case(
        "X402-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green top and beige pants"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        color_of("trousers", "green", "other_garment_color"),
        D.details("the kurta has slits on the side"),
        title="Women Olive Green Solid Straight Sleeveless Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a pink and white vertically striped kurta, long sleeves, notched round neck, worn with white
    # palazzos; plain grey backdrop. The feed row has no gender.
    # caption: adapter
    case(
        "X402-006",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink and white striped shirt"),
        D.color("pink"),
        D.pattern("striped"),
        D.description("a pink and white striped shirt with a pink and white striped shirt", "loop"),
        D.material("the garment is a pink and white striped kurta", "restated"),
        title="Women Pink & White Striped Pure Cotton Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # photo: model in a green floral printed kurta with matching green palazzos and a white dupatta with a green
    # print and tasselled ends over both arms; plain white backdrop, front view.
    # caption: adapter
    case(
        "X402-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with floral "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress with a white scarf", "contradiction"),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        color_of("dupatta", "white"),
        is_a("dress", "no"),
        D.details("the dupatta has tassels"),
        title="Women Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in an off white kurta with red thread embroidery on the yoke, red trousers, red dupatta over one
    # shoulder; mustard yellow wall behind.
    # caption: adapter
    case(
        "X402-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and red pants with a red scarf in front of a yellow wall"),
        D.color("white"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        D.details("red embroidery on the neck"),
        D.material("silk", "contradiction"),
        title="Women Off White Yoke Design Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black kurta with small silver mirror work on the neckline and cuffs, black palazzos, sheer
    # black dupatta; plain grey studio backdrop.
    # caption: adapter
    case(
        "X402-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress", "contradiction"),
        D.color("black"),
        D.pattern("embellished"),
        D.details("silver sequins on the neck and sleeves"),
        D.material("it is made of", "cut"),
        title="Women Black Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal blue kurta with a white floral print, white trousers, teal dupatta; outdoors against a
    # red brick wall.
    # caption: adapter
    case(
        "X402-010",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a ring. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral top and white pants standing in front of a brick wall"),
        color_of("kurta", "blue"),
        color_of("pants", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        D.color("red", "contradiction"),
        title="Women Teal Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a plain yellow short-sleeved kurta with white palazzos, no dupatta; plain white backdrop.
    # caption: adapter
    case(
        "X402-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is V-shape. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and white pants"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("a yellow kurta with white palazzo pants and a white dupatta", "unsupported"),
        title="Women Yellow Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a lavender kurta with lavender trousers and a sheer lavender organza dupatta with an
    # embroidered border; plain white backdrop.
    # caption: adapter
    case(
        "X402-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is V-shape. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple outfit"),
        D.color("purple"),
        color_of("dupatta", "purple"),
        D.details("embroidery on the dupatta"),
        D.material("", "non_answer"),
        title="Women Lavender Embroidered Kurta with Trousers & Organza Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white cotton peplum top, short puff sleeves, square neck, worn with blue jeans; white wall
    # behind, front view only.
    # caption: adapter
    case(
        "X402-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is square. The pants are with denim fabric and pure color patterns. The lady "
            "wears a ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and blue jeans"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description("a white top with a bow on the back", "unsupported"),
        D.details("puff sleeves and a square neck"),
        D.material("the top is white", "restated"),
        title="Women White Solid Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black wrap top with white polka dots, long sleeves, V-neck, tie at the waist, black
    # trousers; plain grey backdrop.
    # caption: adapter
    case(
        "X402-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is V-shape. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot shirt and black pants"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.description("he is wearing a black and white polka dot top", "pronoun"),
        D.details("the top has a tie at the waist"),
        title="Women Black & White Polka Dot Print Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rust ribbed sleeveless crop top, round neck, with black high-rise jeans; outdoors in front
    # of a wooden fence.
    # caption: adapter
    case(
        "X402-015",
        caption(
            "This woman wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange tank top and jeans"),
        D.color("brown"),
        D.sleeve_length("sleeveless"),
        color_of("jeans", "black"),
        D.material("denim", "contradiction"),
        title="Women Rust Ribbed Crop Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a sky blue off-shoulder top with a ruffle and small white floral embroidery, short sleeves,
    # worn with white jeans; pink wall behind.
    # caption: adapter
    case(
        "X402-016",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her wrist. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue off the shoulder top and white jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a blue top with ruffles on the", "cut"),
        D.details("ruffles and flowers on the front"),
        is_a("top", "yes"),
        title="Women Blue Embroidered Off-Shoulder Ruffled Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon satin cowl-neck cami top with spaghetti straps, beige trousers; plain white backdrop.
    # caption: adapter
    case(
        "X402-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "chiffon fabric and its neckline is suspenders. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red satin top and beige pants"),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the top has lace on the neckline", "unsupported"),
        D.material("satin"),
        title="Women Maroon Satin Cowl Neck Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white tshirt with "BE KIND" printed in black letters, short sleeves, round neck, blue jeans;
    # plain light grey backdrop.
    # caption: adapter
    case(
        "X402-018",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t - shirt that says be kind"),
        D.color("white"),
        D.pattern("graphic"),
        color_of("jeans", "blue"),
        D.details("black letters on the front"),
        D.material("polyester", "contradiction"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black oversized drop-shoulder tshirt, half sleeves, with grey joggers; bare concrete wall.
    # caption: adapter
    case(
        "X402-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t shirt and grey sweatpants"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("an oversized black t shirt"),
        D.details("it has details", "non_answer"),
        title="Women Black Solid Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender polo tshirt with a collar and a two-button placket, short sleeves, white trousers;
    # plain white backdrop.
    # caption: adapter
    case(
        "X402-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple polo shirt and white pants"),
        D.color("pink", "contradiction"),
        D.details("the details of the polo shirt", "non_answer"),
        D.material("cotton"),
        title="Women Lavender Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a yellow tshirt with a printed cartoon cat, no pocket, blue jeans; outdoors on a street.
    # caption: adapter
    case(
        "X402-021",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a yellow t - shirt with a cat on it"),
        D.color("yellow"),
        D.pattern("graphic"),
        D.description("a yellow shirt Question: what is the color of the shirt? Answer: yellow", "leak"),
        D.details("a cat on the front and a pocket", "unsupported"),
        title="Women Yellow Graphic Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a red floral georgette wrap midi dress, short sleeves, V-neck, self tie at the waist, no slit
    # visible; plain white backdrop.
    # caption: adapter
    case(
        "X402-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red floral dress"),
        D.color("red"),
        D.pattern("floral"),
        D.details("the dress has a v neck and a slit", "unsupported"),
        D.material("chiffon"),
        title="Women Red Floral Georgette Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue knee-length bodycon dress, long sleeves, round neck, holding a black handbag;
    # plain beige backdrop.
    # caption: adapter
    case(
        "X402-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory in her hand. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress and a black bag"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a navy blue dress with long sleeves"),
        D.material("a navy blue dress", "restated"),
        is_a("dress", "yes"),
        title="Women Navy Blue Solid Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a green and white striped shirt dress with a collar, button placket, sleeves rolled to the
    # elbow, a thin self belt; outdoors in a garden. The feed row has no gender.
    # caption: adapter
    case(
        "X402-024",
        caption(
            "The lady wears a short-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt. The lady wears a short-sleeve dress with stripe patterns. The dress is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green and white striped shirt dress"),
        D.color("green"),
        D.pattern("striped"),
        D.details("buttons down the front and a belt"),
        D.material("cotton"),
        title="Striped Shirt Dress with Belt",
        category="Dresses",
        color="Green",
    ),
    # photo: model in a black sleeveless maxi dress with a large yellow sunflower print, round neck; by the sea.
    # caption: adapter
    case(
        "X402-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress with yellow flowers"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has yellow flowers on it"),
        D.material("the dress is made of fabric", "non_answer"),
        title="Women Black & Yellow Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach tiered midi dress with short puff sleeves and a smocked bodice, square neck; plain
    # white backdrop.
    # caption: adapter
    case(
        "X402-026",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.description("a peach colored dress with ruffles"),
        D.details("tiers and puff sleeves"),
        is_a("skirt", "no"),
        title="Women Peach-Coloured Tiered Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in blue skinny mid-rise jeans, no belt, with a plain white tshirt tucked in; plain white backdrop,
    # full length, front view.
    # caption: adapter
    case(
        "X402-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        is_a("pair of jeans", "yes"),
        D.details("the jeans have pockets and a zipper and a belt", "unsupported"),
        title="Women Blue Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black high-rise mom jeans with ripped knees and a red short-sleeved crop top; red brick wall
    # behind.
    # caption: adapter
    case(
        "X402-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The lady "
            "wears",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red top and black jeans Question: what is she wearing? Answer: a red top", "leak"),
        D.color("black"),
        color_of("top", "red"),
        color_of("jeans", "red", "other_garment_color"),
        D.details("ripped knees"),
        title="Women Black Mom Fit High-Rise Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue wide-leg high-waist jeans with a black tank top; plain grey backdrop.
    # caption: adapter
    case(
        "X402-029",
        caption(
            "This woman wears a tank tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing black top and blue jeans", "pronoun"),
        D.color("blue"),
        color_of("top", "black"),
        D.description("light blue wide leg jeans with a high waist"),
        D.material("the jeans are made of", "cut"),
        title="Women Light Blue Wide Leg Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in grey straight jeans, an olive green shirt tucked in, white sneakers; plain white backdrop.
    # caption: adapter
    case(
        "X402-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and grey jeans with white shoes"),
        D.color("green", "other_garment_color"),
        color_of("jeans", "grey"),
        is_a("pair of jeans", "no", "contradiction"),
        D.details("the jeans have a button and pockets"),
        title="Women Grey Straight Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in beige pleated formal trousers with a thin black belt and a white shirt tucked in; plain white
    # backdrop.
    # caption: adapter (ends on a full stop at the limit, everything in it right)
    case(
        "X402-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a belt.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and beige pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("beige"),
        color_of("shirt", "white"),
        color_of("trousers", "white", "other_garment_color"),
        D.details("pleats on the front and a belt"),
        title="Women Beige Pleated Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in olive green cotton cargo trousers with side pockets and a black crop tshirt; on a street.
    # caption: adapter
    case(
        "X402-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and green cargo pants"),
        D.color("black", "other_garment_color"),
        D.details("pockets on the sides"),
        D.material("denim", "contradiction"),
        is_a("pair of trousers", "yes"),
        title="Women Olive Green Cotton Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: model in black tapered trousers with thin white pinstripes and a pink shirt; plain grey backdrop.
    # caption: adapter
    case(
        "X402-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and stripe patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and pink pants", "other_garment_color"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        color_of("pants", "black"),
        D.details("white stripes"),
        title="Women Black Striped Tapered Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in mustard rayon palazzos (no pockets) with a short white kurti and a watch on her wrist; plain
    # white backdrop.
    # caption: adapter (ends on a full stop at the limit, everything in it right)
    case(
        "X402-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a white top and yellow pants"),
        D.color("white", "other_garment_color"),
        color_of("palazzos", "yellow"),
        D.description("wide leg yellow pants with pockets", "unsupported"),
        D.material("rayon"),
        title="Women Mustard Solid Rayon Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in black and white geometric printed palazzos with an elastic waist (no pockets) and a black
    # sleeveless top; plain grey backdrop.
    # caption: adapter
    case(
        "X402-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with chiffon fabric and lattice patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black top and black and white pants"),
        D.color("black"),
        D.pattern("geometric"),
        D.description("black and white pants with a black and white pattern and a black and white pattern", "loop"),
        D.details("the pants have a drawstring and pockets", "unsupported"),
        D.material("the pants are black and white", "restated"),
        title="Women Black & White Geometric Printed Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in pink flared palazzos with a white kurta with a small pink floral print and a pink dupatta;
    # indoors, wooden floor, cream wall.
    # caption: adapter
    case(
        "X402-036",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is V-shape. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white and pink outfit"),
        D.color("white", "other_garment_color"),
        color_of("palazzos", "pink"),
        color_of("kurta", "white"),
        D.details("the details of the pants", "non_answer"),
        title="Women Pink Solid Flared Palazzos",
        category="Palazzos",
        color="Pink",
        gender="Women",
    ),
    # photo: model in white churidar leggings under a knee-length blue kurta; plain white backdrop.
    # caption: adapter
    case(
        "X402-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress and white leggings", "contradiction"),
        D.color("blue", "other_garment_color"),
        color_of("leggings", "white"),
        is_a("pair of leggings", "yes"),
        D.material("the leggings are white", "restated"),
        title="Women White Solid Churidar-Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: model in black ankle-length leggings with a grey crewneck sweatshirt; in a gym, racks of weights
    # behind. The feed row has no color.
    # caption: adapter
    case(
        "X402-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and grey leggings", "other_garment_color"),
        D.color("black"),
        color_of("sweatshirt", "grey"),
        D.description("a pair of black leggings in a gym"),
        D.material("spandex"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: model in a black pleated midi skirt with a white shirt tucked in, no belt; plain white backdrop.
    # caption: adapter
    case(
        "X402-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        D.color("white", "other_garment_color"),
        color_of("skirt", "black"),
        D.pattern("striped", "contradiction"),
        D.description("a black pleated skirt with a gold belt", "unsupported"),
        D.details("pleats"),
        title="Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue denim A-line mini skirt with a button front and a yellow tshirt; outdoors, park.
    # caption: adapter
    case(
        "X402-040",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a yellow shirt and a denim skirt", "pronoun"),
        D.color("blue"),
        D.description("a blue denim skirt Question: what is the skirt made of? Answer: denim", "leak"),
        D.details("buttons on the front"),
        D.material("denim"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a green floral printed flared maxi skirt in a light flowy georgette-look fabric, white
    # sleeveless top; in a sunny garden.
    # caption: adapter
    case(
        "X402-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a green floral skirt"),
        D.color("green"),
        D.pattern("floral"),
        color_of("top", "green", "other_garment_color"),
        D.description("a long green skirt with", "cut"),
        D.material("chiffon"),
        title="Women Green Floral Printed Flared Maxi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in a grey melange hooded sweatshirt (hood down) with a kangaroo pocket, black joggers; plain
    # white backdrop.
    # caption: adapter
    case(
        "X402-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is a hat in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey"),
        D.details("a hood and a pocket in the front and a pocket in the front", "loop"),
        D.material("fleece"),
        title="Women Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a pink crewneck sweatshirt (no hood) with "LOS ANGELES" printed in white, blue jeans; pink wall
    # behind.
    # caption: adapter
    case(
        "X402-043",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink sweatshirt that says los angeles", "pronoun"),
        D.color("pink"),
        D.pattern("graphic"),
        D.description("a pink sweatshirt with the words los angeles on it in front of a pink wall"),
        D.details("white letters on the front and a hood", "unsupported"),
        title="Women Pink Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a blue denim jacket worn open over a white tshirt, black jeans, no jewellery; plain white
    # backdrop.
    # caption: adapter
    case(
        "X402-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. She "
            "wears a long pants. The pants are with denim fabric. The outer clothing is with denim fabric and solid "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket, white t shirt and black jeans"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "blue"),
        is_a("jacket", "yes"),
        D.details("the jacket has buttons and pockets and a necklace", "unsupported"),
        D.material("denim"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with zips on the front and cuffs, worn open over a grey
    # short-sleeved tee, blue jeans; on a street. The feed row has no category.
    # caption: adapter
    case(
        "X402-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The "
            "outer clothing",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and jeans"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a black jacket with a zipper Question: what is", "leak"),
        D.details("zippers on the front and sleeves"),
        D.material("leather"),
        title="Women Black Faux Leather Biker Jacket",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green quilted puffer jacket with a hood and a front zip, zipped up, black leggings;
    # plain white backdrop.
    # caption: adapter
    case(
        "X402-046",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green puffer jacket"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.details("quilted with a hood and a zip"),
        D.material("the jacket is green", "restated"),
        title="Women Olive Green Quilted Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
]
