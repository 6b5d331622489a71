"""BLIND_508 (46 products; Myntra women's wear, epoch-3 caption adapter + extractive QA beside the base model): written
blind in the forty-ninth session. Measured blind at 0751e14 (the session's rules as they stood): 100/120 failures
found (83.3%) and 8/151 correct texts flagged (5.3%). The writer's notes, verbatim:

Scenario: the original experiments' third setup re-run on a Myntra women's catalog (tops, shirts, dresses, kurtas,
jeans, skirts, jumpsuits). Studio and outdoor model photos, most showing the product worn with another garment (a
top over the jeans, a tee under the pinafore, palazzos under the kurta), some with coloured walls, plants or a
dupatta in the frame. Each product has the seller's title, category, color and gender; a few rows miss the gender.

Who wrote what: every caption comes from the caption-only LoRA adapter (epoch 3), in the DeepFashion template ("The
lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with cotton fabric."),
with no hue names (the template's "color" is a pattern) and no end token: every caption runs to its 50-token limit
and carries hit_limit=True. The default questionnaire's open questions (What is the person wearing? Describe the
garment. What are the details of the garment? What material is the garment made of? and the set's neckline
question) are answered by the extractive QA model, which copies a span of that caption (or returns nothing); those
spans are not generated, so they never carry hit_limit. Beside them the untuned base model answers its own short
questions (What is she wearing? What is the color of the top / dress / jeans / shirt / skirt? Describe the dress.
What are the top / shirt details?), stored open, short and lowercase, stopping on its own (never hit_limit). The
closed questions (garment_type, color, pattern, sleeve_length, "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut. The comment above each case says which texts are whose.

Labeling conventions and judgement calls:
- A caption that runs to the limit and ends on a complete sentence, with nothing wrong in it, is correct even with
  hit_limit=True; one that stops mid-sentence is cut; one that starts the template over is loop.
- One kind per text, the one the auditor sees first: a caption that misnames the product (a jumpsuit as "a tank top
  and a long pants" or as a dress, a pinafore dress as a T-shirt and a skirt, a maxi skirt as long pants, a shirt
  dress as a shirt and a skirt, a kurta as a dress) is contradiction even when it is also cut or loops; a caption
  that calls a woman "the gentleman" is pronoun even though it is also cut. An invented accessory in a caption that
  is then cut is labelled cut; in a caption that ends complete it is unsupported.
- Kurtas: "shirt" or "top" for a kurta is a synonym (correct); "dress" for a straight kurta is contradiction, and so
  is "saree" for a kurta set. "dress" for a floor-length anarkali is correct in an open answer, but the reference
  engine's garment_type "dress" for an anarkali (category Kurtas) is contradiction, since "kurta" was a candidate.
- Shade words count as correct: blue for navy or teal, red for maroon, yellow for mustard, pink for peach, purple for
  lavender, green for olive or teal, white for cream, tan for beige. Navy answered black and mustard answered orange
  are contradiction. A print's color, a wall's or backdrop's color given as the garment's color is contradiction;
  the color of another garment worn in the photo (the jeans, the tucked tee, the palazzos, the dupatta) is
  other_garment_color. "grey" for a black-and-white striped shirt or a white shirt, "brown" for olive and "pink"
  for maroon are contradiction. One color for two garments: "a blue shirt and blue jeans" for a white top over blue
  jeans and "a red top and red jeans" for navy jeans are other_garment_color (the product gets the other piece's
  color); "a black top and black jeans" for a black top over light blue jeans is contradiction (the jeans' color is
  wrong, no piece is black jeans); "a black top and black jeans" where both are black is correct.
- Template patterns: "lattice" for checks, "graphic" for polka dots, prints and bandhani, "floral" for a leaf print
  and "stripe" for stripes are correct; "pure color" for a solid garment is correct.
- Materials: a material the title names, or a plausible one the photo supports (cotton for a cotton-look top,
  chiffon for georgette or a flowy printed dress, denim for jeans or a denim shirt) is correct. A material the
  title or the garment plainly contradicts (chiffon for a satin shirt, furry for velvet, cotton copied from the tee's
  sentence for jeans or a denim pinafore, denim copied from the pants' sentence for a cotton shirt) is
  contradiction. "other" (the template's "other fabric") is non_answer; a garment's name as the material is
  restated.
- Extractive spans inherit the caption: a span that names the wrong garment is contradiction, a span that copies an
  invented accessory or hat is unsupported, a span that ends where the caption was cut is cut, an empty span or a
  span with no content ("The female wears") is non_answer, and so is a span that answers another question (a
  fabric for the neckline question). A span that describes the tee or the tank top for the jeans, the skirt or the
  pinafore is contradiction. The jeans' "a long pants" is a correct (terse) description.
- Base answers that run on into "Question: ... Answer: ..." are leak even when the first words are right; a base
  answer that stops early ("it is a red dress with") is cut without hit_limit; "he" for a woman is pronoun;
  "none" is non_answer; "the details of the top" is restated; a slit, a belt or a hat not in the photo is
  unsupported, and so is a necklace, a collar, a bow on the back or a chest pocket the photo does not show.
- Reference closed answers: navy answered "black", maroon answered "pink", flutter sleeves answered "sleeveless",
  long balloon sleeves answered "short sleeves", three-quarter sleeves answered "long sleeves", pleats or checks
  answered "striped", "no" to "Is this a pair of jeans?" for jeans, and "dress" for a jumpsuit or an anarkali kurta
  are contradiction; the top's or the shirt's color given for the product is other_garment_color; the dots' or
  stripes' color (white for a red polka-dot dress, white for a blue-and-white striped kurta) is contradiction.
  "printed" for bandhani, "embroidered" for chikankari and "polka dots" for a polka-dot dress are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "open")


def she(text, failure=None):
    """The base model's "What is she wearing?"."""
    return wearing(text, failure, who="she")


BLIND_508 = [
    # photo: white short-sleeve round-neck top tucked into blue jeans, plain white studio backdrop, front view.
    # caption: adapter; material: extractive span; wearing, color_top: base
    case(
        "X508-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        she("a blue shirt and blue jeans", "other_garment_color"),
        color_of("top", "white", kind="open"),
        D.material("cotton"),
        Q.sleeve_length("short sleeves"),
        title="Women White Solid Regular Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black ribbed sleeveless square-neck crop top with high-waist light blue mom jeans, grey backdrop.
    # caption: adapter; description: extractive span; color_top, wearing: base
    case(
        "X508-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric. The lady wears a sleeveless tank top with pure color "
            "patterns and",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "blue", "other_garment_color", kind="open"),
        she("a black top and black jeans", "contradiction"),
        D.description("a sleeveless tank top with pure color patterns"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="Women Black Solid Ribbed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mustard peplum top with a small white floral print, three-quarter sleeves, white jeans; cream wall with
    # a potted plant. caption: adapter; material, details: extractive spans; wearing, color_top: base
    case(
        "X508-003",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a round neckline. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a yellow top and white pants"),
        color_of("top", "yellow", kind="open"),
        D.material("chiffon"),
        D.details("There is an accessory on her", "cut"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Women Mustard Yellow Floral Print Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy top with thin white horizontal stripes, boat neck, long sleeves, black trousers, a wristwatch;
    # plain white backdrop. caption: adapter; neckline: extractive span; color_top, top details: base
    case(
        "X508-004",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a round neckline. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("top", "blue and white", kind="open"),
        details("top", "stripes"),
        neckline("a round neckline"),
        Q.pattern("striped"),
        Q.color("black", "contradiction"),
        title="Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon satin wrap top, V-neck, long balloon sleeves, tie at the waist, black mini skirt; beige backdrop.
    # caption: adapter; material: extractive span; wearing, top details: base
    case(
        "X508-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with other "
            "fabric. It has a V-shape neckline. The skirt is with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        she("a red top and a black skirt"),
        details("top", "the top has a v neck and a tie at the waist"),
        D.material("other", "non_answer"),
        Q.color("red"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Women Maroon Solid Satin Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach sleeveless top with a ruffled neckline, white denim shorts, no jewellery; outdoors, green trees.
    # caption: adapter; details: extractive span; wearing, color_top: base
    case(
        "X508-006",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns and a short pants. The tank top is with "
            "chiffon fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. This woman",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "pink", kind="open"),
        she("a pink top, white shorts and a necklace", "unsupported"),
        D.details("There is an accessory on her wrist", "unsupported"),
        Q.garment_type("top"),
        title="Women Peach-Coloured Solid Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: white short-sleeve top with a black "PARIS" text print, blue denim shorts; pink painted wall behind.
    # caption: adapter; description: extractive span; color_top, top details: base
    case(
        "X508-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. It has a round neckline. The "
            "lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "pink", "contradiction", kind="open"),
        details("top", "the word paris on the front"),
        D.description("a short-sleeve T-shirt with graphic patterns"),
        Q.pattern("printed"),
        Q.color("white"),
        title="Women White Typography Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive green top with a lace panel at the yoke, short flutter sleeves, black jeans; grey backdrop.
    # caption: adapter; details: extractive span; wearing, color_top: base
    case(
        "X508-008",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. It has a round neckline. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a green top and black jeans"),
        color_of("top", "black", "other_garment_color", kind="open"),
        D.details("There is an accessory on", "cut"),
        Q.color("green"),
        title="Women Olive Green Lace Insert Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender square-neck puff-sleeve top, white jeans, no rings on her hands; white brick wall behind.
    # caption: adapter; material: extractive span; color_top, top details: base
    case(
        "X508-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a square neckline. The pants are with denim fabric and pure color patterns. This "
            "lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        color_of("top", "purple", kind="open"),
        details("top", "the top has a bow on the back", "unsupported"),
        D.material("cotton"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("top"),
        title="Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white long-sleeve button-down collared shirt, sleeves rolled, black trousers; plain grey backdrop.
    # caption: adapter; details: extractive span; wearing, color_shirt: base
    case(
        "X508-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and black pants"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        D.details("a lapel neckline"),
        Q.garment_type("shirt"),
        Q.pattern("solid"),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: blue-and-white gingham check shirt, long sleeves, collar, tucked into beige trousers; white backdrop.
    # caption: adapter; description: extractive span; wearing, color_shirt, shirt details: base
    case(
        "X508-011",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        she("a blue and white checkered shirt and khaki pants"),
        details("shirt", "none", "non_answer"),
        D.description("a long-sleeve shirt with lattice patterns"),
        Q.pattern("striped", "contradiction"),
        title="Women Blue & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: short-haired woman in an oversized black-and-white vertical striped shirt, long sleeves, black jeans;
    # grey backdrop. caption: adapter; material: extractive span; wearing, color_shirt: base
    case(
        "X508-012",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        she("a black and white striped shirt and black pants"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        D.material("denim", "contradiction"),
        Q.pattern("striped"),
        Q.color("black"),
        title="Women Black & White Striped Oversized Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink satin shirt, long sleeves, collar, white wide-leg pants, gold bracelet; pink painted wall behind.
    # caption: adapter; material, neckline: extractive spans; color_shirt, wearing, shirt details: base
    case(
        "X508-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        she("he is wearing a pink shirt and white pants", "pronoun"),
        details("shirt", "buttons down the front"),
        D.material("chiffon", "contradiction"),
        neckline("chiffon", "non_answer"),
        Q.garment_type("shirt"),
        title="Women Pink Solid Satin Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: light blue washed denim shirt, long sleeves, two chest pockets, white jeans; beige backdrop.
    # caption: adapter; material: extractive span; wearing, color_shirt, shirt details: base
    case(
        "X508-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The lady wears "
            "a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        she("a denim shirt and white jeans"),
        details("shirt", "pockets on the chest"),
        color_of("shirt", "blue", kind="open"),
        D.material("denim"),
        Q.color("white", "other_garment_color"),
        title="Women Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow short-sleeve shirt with a green tropical leaf print, knotted at the waist, white shorts; white
    # backdrop. caption: adapter; description: extractive span; wearing, color_shirt, shirt details: base
    case(
        "X508-015",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a short pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", "contradiction", kind="open"),
        she("a yellow shirt and white shorts"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        D.description("a short-sleeve shirt with floral patterns"),
        Q.pattern("floral"),
        title="Women Yellow Tropical Printed Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black long-sleeve shirt worn open at the collar, blue jeans, a silver ring; white backdrop.
    # caption: adapter; details: extractive span (empty); wearing, color_shirt: base
    case(
        "X508-016",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. This woman "
            "wears a ring.",
            hit_limit=True,
        ),
        she(
            "a black shirt and jeans Question: what is the color of the shirt? Answer: black",
            "leak",
        ),
        color_of("shirt", "black", kind="open"),
        D.details("", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Women Black Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy midi fit-and-flare dress with small white and pink flowers, short sleeves, V-neck, front view,
    # white backdrop. caption: adapter; material: extractive span; color_dress, describe the dress: base
    case(
        "X508-017",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "white", "contradiction", kind="open"),
        describe("dress", "a navy blue dress with white flowers"),
        D.material("chiffon"),
        Q.color("black", "contradiction"),
        Q.pattern("floral"),
        title="Women Navy Blue Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless square-neck bodycon midi dress, no jewellery visible; grey backdrop.
    # caption: adapter; details: extractive span; color_dress, describe the dress: base
    case(
        "X508-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring.",
            "unsupported",
            hit_limit=True,
        ),
        describe("dress", "it is a black dress with a square neck"),
        color_of("dress", "black", kind="open"),
        D.details("This lady wears a ring", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red knee-length wrap dress with white polka dots, short sleeves, V-neck; white backdrop.
    # caption: adapter; neckline: extractive span; color_dress, describe the dress: base
    case(
        "X508-019",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red and white", kind="open"),
        describe("dress", "it is a red dress with", "cut"),
        neckline("a V-shape neckline"),
        Q.pattern("polka dots"),
        Q.color("white", "contradiction"),
        title="Women Red & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: teal sleeveless halter-neck maxi dress, no slit, standing by a white wall with a green plant.
    # caption: adapter; material: extractive span; color_dress, wearing, describe the dress: base
    case(
        "X508-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "green", kind="open"),
        she("a blue dress and a necklace", "unsupported"),
        describe("dress", "a long blue dress with a slit", "unsupported"),
        D.material("chiffon"),
        Q.color("blue"),
        Q.garment_type("dress"),
        title="Women Teal Blue Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: white pure cotton midi A-line dress with eyelet (schiffli) embroidery, short puff sleeves, round neck;
    # light blue backdrop. caption: adapter; details, material: extractive spans; color_dress, describe: base
    case(
        "X508-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue", "contradiction", kind="open"),
        describe("dress", "a white dress with lace"),
        D.details("a round neckline"),
        D.material("cotton"),
        Q.color("white"),
        title="Women White Pure Cotton Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: green shirt dress with a white floral print, collar, button placket, long sleeves, self-tie belt,
    # knee length; white backdrop. caption: adapter; description: extractive span; wearing, color_dress: base
    case(
        "X508-022",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a short skirt. The shirt is with cotton "
            "fabric. It has a lapel neckline. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        she("a green dress with a belt"),
        color_of("dress", "white", "contradiction", kind="open"),
        D.description(
            "a long-sleeve shirt with floral patterns and a short skirt",
            "contradiction",
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        title="Women Green & White Floral Printed Shirt Dress with Belt",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: mustard tiered maxi dress, thin straps, smocked bodice, no hat; outdoors in a grass field, full length.
    # caption: adapter; details: extractive span; color_dress, describe the dress: base
    case(
        "X508-023",
        caption(
            "This lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is a hat in her head. This lady wears a "
            "sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "orange", "contradiction", kind="open"),
        describe("dress", "a yellow maxi dress"),
        D.details("a hat in her head", "unsupported"),
        Q.color("yellow"),
        title="Women Mustard Yellow Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue denim pinafore dress worn over a white short-sleeve T-shirt; white backdrop, front view.
    # caption: adapter; material, description: extractive spans; wearing, color_dress: base
    case(
        "X508-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        she("a denim dress and a white t-shirt"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        D.material("cotton", "contradiction"),
        D.description("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.color("blue"),
        is_a("dress", "yes"),
        title="Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: pink midi wrap dress with blue and white flowers, flutter sleeves, V-neck, a bracelet and a ring;
    # grey backdrop. caption: adapter; details: extractive span; color_dress, describe the dress: base
    case(
        "X508-025",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring.",
            hit_limit=True,
        ),
        describe("dress", "a pink floral dress"),
        color_of("dress", "blue", "contradiction", kind="open"),
        D.details("a V-shape neckline"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("floral"),
        title="Women Pink Floral Print Georgette Wrap Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon velvet long-sleeve round-neck bodycon mini dress; dark grey studio backdrop. No gender column.
    # caption: adapter; material: extractive span; color_dress, describe the dress: base
    case(
        "X508-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red", kind="open"),
        describe("dress", "a red velvet dress with long sleeves"),
        D.material("furry", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.color("pink", "contradiction"),
        title="Maroon Solid Velvet Bodycon Mini Dress",
        category="Dresses",
        color="Maroon",
    ),
    # photo: navy straight knee-length kurta with white ethnic motifs, three-quarter sleeves, white palazzos; white
    # backdrop. caption: adapter; description: extractive span; wearing, color of the dress: base
    case(
        "X508-027",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long pants. The pants are with cotton "
            "fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue and white dress", "contradiction"),
        color_of("dress", "blue", kind="open"),
        D.description("a long-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("kurta"),
        is_a("kurta", "yes"),
        title="Women Navy Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow kurta with an embroidered yoke, matching yellow palazzos, green dupatta over the shoulders;
    # beige wall. caption: adapter; material: extractive span; wearing, color of the dress: base
    case(
        "X508-028",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her neck. The",
            "cut",
            hit_limit=True,
        ),
        she("a yellow saree", "contradiction"),
        color_of("dress", "green", "other_garment_color", kind="open"),
        D.material("cotton"),
        Q.color("yellow"),
        title="Women Yellow Floral Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: white straight kurta with white-thread chikankari embroidery, three-quarter sleeves, white leggings,
    # bangles on the wrist; pastel pink backdrop. caption: adapter; neckline: extractive span; color_top, top
    # details: base
    case(
        "X508-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        details("top", "embroidery"),
        neckline("a round neckline"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: olive green floor-length georgette anarkali kurta with a gold print, long sleeves, churidar; white
    # backdrop. caption: adapter; material: extractive span; wearing, color of the dress: base
    case(
        "X508-030",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic patterns. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        she("a green dress"),
        color_of("dress", "gold", "contradiction", kind="open"),
        D.material("chiffon"),
        Q.garment_type("dress", "contradiction"),
        title="Women Olive Green Georgette Printed Anarkali Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: blue kurta with white vertical stripes, mandarin collar, roll-up sleeves, worn with blue jeans; grey
    # backdrop. caption: adapter; description: extractive span; wearing, top details: base
    case(
        "X508-031",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a blue and white striped shirt and jeans"),
        details("top", "the details of the top", "restated"),
        D.description("a long-sleeve shirt with stripe patterns"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        title="Women Blue & White Striped Mandarin Collar Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: pink A-line kurta with green leaves and white flowers, short sleeves, V-neck, green straight pants;
    # white backdrop. caption: adapter; material: extractive span; wearing, color_top, top details: base
    case(
        "X508-032",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The pants are with cotton fabric and pure color patterns. This lady "
            "wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "green", "other_garment_color", kind="open"),
        she("a pink floral top and green pants"),
        details("top", "the top has a collar", "unsupported"),
        D.material("cotton"),
        Q.sleeve_length("short sleeves"),
        Q.color("pink"),
        title="Women Pink & Green Floral Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: black straight kurta with gold zari embroidery at the yoke, long sleeves, cream leggings, gold bangles;
    # carved wooden door behind. No gender column. caption: adapter; neckline: extractive span; wearing, color_top,
    # top details: base
    case(
        "X508-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        she("a black top and white pants"),
        color_of("top", "black", kind="open"),
        details("top", "gold embroidery on the neck"),
        neckline("a round neckline"),
        is_a("kurta", "yes"),
        title="Black Yoke Design Zari Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # photo: red kurta with a white bandhani dot print, three-quarter sleeves, V-neck with tassels, white palazzos;
    # white backdrop. caption: adapter; details: extractive span; wearing, color_top: base
    case(
        "X508-034",
        caption(
            "The female wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The female wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The female wears",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red", kind="open"),
        she("he is wearing a red kurta and white pants", "pronoun"),
        D.details("The female wears", "non_answer"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Women Red & White Bandhani Printed Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: medium blue skinny jeans, white tee tucked in, white sneakers; white backdrop, full length.
    # caption: adapter; material: extractive span; wearing, color_jeans: base
    case(
        "X508-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The "
            "lady wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        she("a white shirt and blue jeans"),
        D.material("cotton", "contradiction"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-rise straight jeans with a black crop top, a wristwatch; grey backdrop, full length.
    # caption: adapter; material: extractive span; wearing, color_jeans: base
    case(
        "X508-036",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. It has a round neckline. There "
            "is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("jeans", "black", kind="open"),
        she("a black top and black jeans"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Women Black High-Rise Straight Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: light blue ripped boyfriend jeans with rolled hems, black short-sleeve tee; white backdrop.
    # caption: adapter; description, details: extractive spans; wearing, color_jeans: base
    case(
        "X508-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        she("a black t-shirt and ripped jeans"),
        D.description("a long pants"),
        D.details("an accessory on", "cut"),
        Q.color("blue"),
        Q.pattern("solid"),
        title="Women Light Blue Boyfriend Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white wide-leg jeans with a tucked navy-and-white striped shirt; beige backdrop.
    # caption: adapter; material: extractive span; wearing, color_jeans: base
    case(
        "X508-038",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The lady wears "
            "a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        she("a blue and white striped shirt and white pants"),
        D.material("denim"),
        Q.color("white"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: dark navy slim jeans with a red long-sleeve V-neck top, a wristwatch; white backdrop. No gender column.
    # caption: adapter; description: extractive span; wearing, color_jeans: base
    case(
        "X508-039",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a V-shape neckline. The pants are with denim fabric and solid color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("jeans", "black", "contradiction", kind="open"),
        she("a red top and red jeans", "other_garment_color"),
        D.description("a long-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.color("blue"),
        title="Navy Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: grey washed mom-fit jeans with a white crop top, no rings; red brick wall behind.
    # caption: adapter; material: extractive span; wearing, color_jeans: base
    case(
        "X508-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. It has a round neckline. The "
            "lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "grey Question: what is the color of the top? Answer: white",
            "leak",
            kind="open",
        ),
        she("a white crop top and grey jeans"),
        D.material("denim"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        title="Women Grey Mom Fit High-Rise Light Fade Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: black knife-pleated midi skirt with a white tee tucked in; grey backdrop.
    # caption: adapter; material, description: extractive spans; wearing, color_skirt: base
    case(
        "X508-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. The "
            "lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        she("a white t-shirt and a black skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        D.material("chiffon"),
        D.description("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.pattern("striped", "contradiction"),
        title="Women Black Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim A-line mini skirt with a button front, white sleeveless top, a bracelet, no belt; white
    # backdrop. caption: adapter; details (empty), material: extractive spans; wearing, color_skirt: base
    case(
        "X508-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. The skirt is with denim fabric and pure color patterns. It has a round neckline. There is "
            "an accessory on her wrist.",
            hit_limit=True,
        ),
        color_of("skirt", "blue", kind="open"),
        she("a white top, a denim skirt and a brown belt", "unsupported"),
        D.details("", "non_answer"),
        D.material("cotton", "contradiction"),
        Q.garment_type("skirt"),
        title="Women Blue Denim A-Line Button Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: green flared maxi skirt with a pink floral print, black tank top; outdoors by a hedge.
    # caption: adapter; description: extractive span; wearing, color_skirt: base
    case(
        "X508-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        she("a black top and a floral skirt"),
        D.description("a long pants", "contradiction"),
        Q.pattern("floral"),
        Q.color("black", "other_garment_color"),
        title="Women Green Floral Print Flared Maxi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: beige knee-length pencil skirt with a white long-sleeve shirt tucked in; grey backdrop.
    # caption: adapter; material: extractive span; wearing, color_skirt: base
    case(
        "X508-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. It has a lapel neckline. The skirt is with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "tan", kind="open"),
        she(
            "a white shirt and a tan skirt. Question: what is the color of the skirt? Answer: tan",
            "leak",
        ),
        D.material("a short skirt", "restated"),
        Q.color("beige"),
        title="Women Beige Solid Pencil Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: olive sleeveless V-neck wide-leg jumpsuit with a self belt; white backdrop, full length.
    # caption: adapter; description: extractive span; wearing, color of the dress: base
    case(
        "X508-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a V-shape neckline. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        she("a green jumpsuit"),
        color_of("dress", "brown", "contradiction", kind="open"),
        D.description("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        title="Women Olive Green Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: navy culotte jumpsuit with a white geometric print, short sleeves, round neck, a wristwatch; plain
    # white backdrop. caption: adapter; material: extractive span; wearing, color of the dress: base
    case(
        "X508-046",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue and white dress", "contradiction"),
        color_of("dress", "blue", kind="open"),
        D.material("chiffon"),
        Q.garment_type("dress", "contradiction"),
        Q.color("blue"),
        title="Women Navy Blue & White Geometric Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
]
