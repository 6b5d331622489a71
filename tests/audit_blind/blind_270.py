"""BLIND_270 (46 products; women's western wear: dresses, tops, shirts, denim, trousers, skirts, jackets, co-ords):
written blind in the forty-second session. Measured blind at 1dbad66 (the session's rules as they stood): 106/131
failures found (80.9%) and 4/164 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western wear drawn at random: dresses, tops, tshirts, shirts,
jeans, trousers, skirts, shrugs, jackets and co-ord sets. Model shots on studio backdrops (white, grey, beige, a pink
wall, one with a potted plant), mostly front views; bottoms and layers are shot as outfits, so another garment (the
tee under a jacket, the top over the jeans) is always in the photo. Each row has the seller's title, category, color
and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a black floral dress ...") or the caption-only LoRA adapter (the DeepFashion template, "The lady wears a
long-sleeve shirt with pure color patterns ..."), as each case's comment says. The adapter has no end-of-answer
token: its texts run to the limit (50 new tokens for captions, 30 for answers) and carry hit_limit=True, and asked a
question it returns its caption template. Open questions (wearing, description, details, material, neckline, fit)
come from the base model unless the comment names the adapter; the base model stops on its own (never hit_limit).
Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or coral, blue for navy or teal, green for olive
  or teal, purple for lavender or lilac, yellow for mustard, pink for peach, orange for rust, white for off white,
  tan or beige for beige, khaki for beige trousers.
- Garment synonyms are correct: cardigan or sweater for a shrug, kimono for a kimono shrug, coat for a trench in
  Jackets, blouse for a shirt, pants for trousers or jeans, suit for a blazer co-ord, jean jacket for denim jacket,
  flared for bootcut.
- The color of another piece in the photo given as the product's color (the tee under the jacket, the top with the
  jeans) is other_garment_color, for closed answers as well as open ones. A print's or a wall's color given as the
  garment's color (black for a white top with black dots, pink for a lavender top against a pink wall) is
  contradiction.
- The reference engine's wrong candidates are contradiction: navy as black, pleats as striped, an abstract print as
  floral, sleeveless as short sleeves, "yes" to "Is this a jacket?" for a shirt worn open, "shirt" for a shirt dress,
  "dress" for a shrug worn over a dress, "yes" to "Is this a dress?" for a skirt co-ord.
- Materials: a material the title names is correct (chiffon for georgette as well); a plausible "cotton" guess on a
  plain woven fabric is correct; silk or wool neither named nor visible is unsupported (silk on a satin cami too);
  denim for trousers the title calls cotton is contradiction (the seller says otherwise).
- Invented details not in the photo (a hood, a slit, a back bow or zipper the front view cannot show, rips, a belt,
  buttons, a lace trim, a sleeve pocket) are unsupported.
- Adapter texts: a text that repeats the template's opening sentence (even partly, before the cut) is loop; one that
  stops mid-sentence without repeating is cut, even where it mentions a wrong fabric or an accessory first; the
  template returned for the material question is restated (hit_limit kept). The template for "Describe the garment."
  does answer it, so it is cut or loop.
- Base answers: running on into "Question: ... Answer: ..." is leak even when the first words are right; "it is made
  of" (an early stop) is cut without hit_limit; an empty answer, "it is made of fabric", "they are jeans", "a skirt"
  or "the dress has details" for the details are non_answer; the garment's colors given for the material, and "the
  neckline of the dress" for the neckline, are restated; "he" or "a man" for a woman is pronoun.
- Co-ord sets named piece by piece in their own colors are correct; a per-piece color question answered with the
  other piece's color is contradiction when the two pieces share the seller's color, other_garment_color when a
  third garment (the tee under a denim jacket) has it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")

BLIND_270 = [
    # photo: model in a black wrap midi dress with a small pink and white floral print, flutter sleeves, tie at the
    # waist; plain white studio backdrop, front view, full length.
    # caption: base
    case(
        "X270-001",
        caption("a woman in a black floral dress standing in front of a white wall"),
        D.wearing("a black floral dress"),
        B.garment_type("dress"),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        D.details("the dress has a tie at the waist"),
        B.material("silk", "unsupported"),
        title="Women Black Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white solid cotton shirt, long sleeves, tucked into blue straight jeans; beige backdrop, front view.
    # caption: adapter
    case(
        "X270-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The "
            "lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        color_of("shirt", "blue", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        B.material("cotton"),
        title="Women White Solid Cotton Regular Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard sleeveless ribbed crop tank top with blue mom jeans; light grey backdrop, front view.
    # caption: base
    case(
        "X270-003",
        caption("a woman in a yellow top and jeans posing for a photo"),
        D.wearing("a yellow crop top and blue jeans"),
        B.garment_type("top"),
        B.color("yellow"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the top has a button on the front", "unsupported"),
        B.material("yellow", "restated"),
        title="Women Mustard Ribbed Crop Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue high-rise skinny jeans worn with a white crew-neck tshirt and white sneakers; white backdrop,
    # full length.
    # caption: adapter
    case(
        "X270-004",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns and a long denim pants. The "
            "T-shirt is with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details("the jeans have a zipper and a button on the front and a pocket on the back", "unsupported"),
        B.material("denim"),
        title="Women Navy Blue Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green utility jacket with flap pockets, no hood, worn open over a black tee and black jeans;
    # grey backdrop.
    # caption: base
    case(
        "X270-005",
        caption("a woman wearing a green jacket and black pants"),
        D.wearing("a green jacket, black top and black pants"),
        color_of("jacket", "black", "other_garment_color"),
        B.garment_type("jacket"),
        D.details("the jacket has pockets and a hood", "unsupported"),
        B.material("leather", "unsupported"),
        title="Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: pink floral tiered maxi skirt with a white short-sleeve top tucked in; beige backdrop, full length.
    # caption: adapter
    case(
        "X270-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist and a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a white skirt", "contradiction"),
        color_of("skirt", "pink"),
        B.pattern("floral"),
        is_a("skirt", "yes"),
        B.material("chiffon Question: What is the color of the skirt? Answer: pink", "leak"),
        title="Women Pink Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey melange oversized tshirt with a "NEW YORK" graphic print on the chest, black shorts; white backdrop.
    # caption: base
    case(
        "X270-007",
        caption("a woman wearing a grey t - shirt with a graphic print"),
        D.wearing("he is wearing a grey shirt and black shorts", "pronoun"),
        B.garment_type("t-shirt"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeves"),
        D.details("the shirt has a picture of the new york skyline", "unsupported"),
        title="Women Grey Melange Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red sleeveless bodycon mini dress with a square neck; white studio backdrop, front view.
    # caption, description: adapter
    case(
        "X270-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length. There is an accessory on her wrist and a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        B.color("red"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "cut",
            hit_limit=True,
        ),
        neckline("the neckline of the dress", "restated"),
        B.material("the dress is red", "restated"),
        title="Women Red Solid Bodycon Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black high-waist formal trousers with a front pleat, worn with a white blouse tucked in; grey backdrop.
    # caption: base
    case(
        "X270-009",
        caption("a woman in a white shirt and black pants"),
        D.wearing("black pants and a black shirt", "contradiction"),
        color_of("pants", "black"),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        D.details("the pants have a belt", "unsupported"),
        B.material("cotton"),
        title="Women Black Pleated High-Rise Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: light-wash blue denim shirt, long sleeves, two chest pockets, buttoned, worn with beige trousers;
    # white backdrop.
    # caption: base
    case(
        "X270-010",
        caption("a woman wearing a denim shirt and beige pants"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        B.color("blue"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        D.details("the shirt has buttons down the front and two pockets on the", "cut"),
        B.material("denim"),
        title="Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black cropped open-front long-sleeve shrug over a white strappy top and blue jeans; beige backdrop.
    # caption, material: adapter
    case(
        "X270-011",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long denim pants. The cardigan is "
            "with knitting fabric. The pants are with denim fabric and pure color patterns. The lady wears a "
            "long-sleeve cardigan with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black cardigan, white top and jeans"),
        B.color("white", "other_garment_color"),
        B.garment_type("shrug"),
        is_a("jacket", "no"),
        B.material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The pants are with",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Solid Crop Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: beige and white striped co-ord: short-sleeve camp-collar shirt and matching shorts with an elastic
    # waist; white backdrop, full length.
    # caption: adapter
    case(
        "X270-012",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns and a shorts. The shirt is with cotton fabric "
            "and its neckline is lapel. The shorts are with cotton fabric and stripe patterns. The lady wears a "
            "short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige and white striped shirt and shorts"),
        B.pattern("striped"),
        color_of("top", "beige"),
        color_of("shorts", "black", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.details("the shirt has a pocket on the chest and the shorts have a drawstring", "unsupported"),
        title="Women Beige & White Striped Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon ribbed long-sleeve bodycon midi dress, no slit visible; studio, potted plant beside the model.
    # caption: base
    case(
        "X270-013",
        caption("a woman in a maroon dress standing next to a plant"),
        D.wearing("a red dress"),
        B.color("green", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("the dress has a slit on the side", "unsupported"),
        B.material("it is made of fabric", "non_answer"),
        title="Women Maroon Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender square-neck top with short puff sleeves, white jeans; pink painted studio wall behind.
    # caption: base
    case(
        "X270-014",
        caption("a woman in a purple top and white jeans against a pink wall"),
        D.wearing("a purple top and white pants"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        neckline("square neck"),
        B.material("silk", "unsupported"),
        D.description(
            "the top is purple with puff sleeves and a square neckline Question: What is the color of the", "leak"
        ),
        title="Women Lavender Puff Sleeve Square Neck Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: light blue straight-fit jeans, no rips, worn with a black short-sleeve crop tee; white backdrop.
    # caption: adapter
    case(
        "X270-015",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and it has a round neckline. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black jeans", "contradiction"),
        color_of("jeans", "black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details("the jeans have a ripped knee", "unsupported"),
        fit("straight"),
        title="Women Light Blue Straight Fit Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, thin straps, cowl neck, no jewellery; white studio backdrop.
    # caption: base; details: adapter
    case(
        "X270-016",
        caption("a woman in a green satin dress with a necklace", "unsupported"),
        D.wearing("a green dress"),
        B.color("green"),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: brown faux leather zip biker jacket over a white tee and black jeans; grey backdrop.
    # caption: adapter
    case(
        "X270-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, a white shirt and black jeans", "other_garment_color"),
        color_of("jacket", "brown"),
        B.material("leather"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        is_a("jacket", "yes"),
        title="Women Brown Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: mustard knife-pleated midi skirt, fluid polyester, with a black fitted tee tucked in; grey backdrop.
    # caption: base
    case(
        "X270-018",
        caption("a woman in a yellow skirt and black top"),
        D.wearing("a black top and a black skirt", "contradiction"),
        color_of("skirt", "yellow"),
        B.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        D.details("the skirt is pleated"),
        B.material("silk", "unsupported"),
        title="Women Mustard Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: white top with black polka dots, short puff sleeves, ruffle hem, front view; blue jeans; white backdrop.
    # caption: base
    case(
        "X270-019",
        caption("a woman in a white polka dot top and jeans"),
        D.wearing("a white top with black polka dots"),
        B.color("black", "contradiction"),
        B.pattern("polka dots"),
        B.sleeve_length("short sleeves"),
        B.material("the top is white with black dots", "restated"),
        D.details("the top has a ruffle at the bottom and a bow on the back", "unsupported"),
        title="Women White Polka Dot Print Ruffle Hem Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue blazer and trouser co-ord with a white top underneath; light grey backdrop, full length.
    # caption: adapter
    case(
        "X270-020",
        caption(
            "The lady wears a long-sleeve suit with pure color patterns and a long pants. The suit is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long-",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue suit and white shirt"),
        B.color("black", "contradiction"),
        is_a("blazer", "yes"),
        color_of("pants", "blue"),
        B.material("wool", "unsupported"),
        title="Women Navy Blue Solid Blazer & Trousers Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach ruffled tiered mini dress with short flutter sleeves; white backdrop.
    # caption: adapter
    case(
        "X270-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist and a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress with a belt", "unsupported"),
        B.color("pink"),
        B.pattern("solid"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.details("ruffles"),
        title="Women Peach Ruffled Tiered Mini Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: red and black buffalo-check flannel shirt worn open over a black tank top with blue jeans; one chest
    # pocket; white backdrop.
    # caption: base
    case(
        "X270-022",
        caption("a woman in a red and black plaid shirt and jeans"),
        D.wearing("a red shirt and red jeans", "contradiction"),
        B.color("red"),
        B.pattern("checked"),
        is_a("jacket", "yes", "contradiction"),
        D.details("it has a pocket on the chest"),
        B.material("flannel"),
        title="Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: white linen wide-leg trousers with a beige sleeveless crop top; beige backdrop, full length.
    # caption, material: adapter
    case(
        "X270-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with linen fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige top and white pants"),
        color_of("pants", "beige", "other_garment_color"),
        B.color("white"),
        B.garment_type("pants"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton",
            "restated",
            hit_limit=True,
        ),
        title="Women White Linen Wide Leg Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: plain black round-neck tshirt, short sleeves, with blue jeans; white backdrop.
    # caption: base
    case(
        "X270-024",
        caption("a woman wearing a black t - shirt and jeans"),
        D.wearing("a black t-shirt and blue jeans Question: What is the color of the t-shirt? Answer: black", "leak"),
        B.color("blue", "other_garment_color"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeves"),
        B.material("the shirt is black", "restated"),
        title="Women Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive cargo trousers with side flap pockets, white crop tee; grey backdrop.
    # caption: base
    case(
        "X270-025",
        caption("a woman in green cargo pants and a white top"),
        D.wearing("green pants and a white shirt"),
        B.color("green"),
        D.details("the pants have pockets on the side and a drawstring at the bottom", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        B.material("denim", "contradiction"),
        title="Women Olive Cotton Relaxed Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: white kimono-style shrug with blue flowers, three-quarter sleeves, over a blue cami and white jeans;
    # white backdrop.
    # caption, material: adapter
    case(
        "X270-026",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns and a long pants. The cardigan is with "
            "chiffon fabric. The pants are with denim fabric and pure color patterns. The lady wears a long-sleeve "
            "cardigan with floral patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue top and white jeans with a floral kimono"),
        B.color("blue", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        is_a("shrug", "yes"),
        B.material(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Floral Print Kimono Shrug",
        category="Shrugs",
        color="White",
        gender="Women",
    ),
    # photo: teal blue A-line midi dress, v-neck, flutter sleeves, no buttons; white backdrop. Feed row has no gender.
    # caption: base
    case(
        "X270-027",
        caption("a woman in a blue dress posing for the camera"),
        D.wearing("a teal dress"),
        B.color("green"),
        B.pattern("solid"),
        D.details("the dress has buttons down the front", "unsupported"),
        neckline("round neck", "contradiction"),
        B.material("the dress is teal", "restated"),
        title="Teal Blue Solid A-Line Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # photo: black denim mini skirt with a white long-sleeve shirt tucked in; white backdrop.
    # caption: adapter
    case(
        "X270-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric and its neckline is lapel. The skirt is with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        color_of("skirt", "black"),
        B.color("white", "other_garment_color"),
        is_a("skirt", "yes"),
        B.material("denim"),
        D.details("a skirt", "non_answer"),
        title="Women Black Denim A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: rust satin shirt, long sleeves, collar and buttons, with black trousers; beige backdrop.
    # caption: base
    case(
        "X270-029",
        caption("a woman in an orange shirt and black pants"),
        D.wearing("an orange blouse and orange pants", "contradiction"),
        B.color("orange"),
        B.material("satin"),
        D.description(
            "it is a shirt with a collar and buttons down the front and a pocket on the chest", "unsupported"
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Rust Solid Satin Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: yellow and white gingham top with a tie front and short puff sleeves, white shorts; grey backdrop.
    # caption: base
    case(
        "X270-030",
        caption("a woman wearing a yellow and white checkered top and white shorts"),
        D.wearing("a yellow top and yellow shorts", "contradiction"),
        B.pattern("checked"),
        B.color("yellow"),
        D.details("it has a tie at the front and a zipper on the back", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Yellow Gingham Checked Tie-Up Crop Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: green and white abstract-print co-ord: short-sleeve shirt and palazzo trousers; white backdrop.
    # caption: adapter
    case(
        "X270-031",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is lapel. The pants are with chiffon fabric and graphic patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and white printed shirt and pants"),
        B.color("green"),
        B.pattern("floral", "contradiction"),
        color_of("pants", "green"),
        D.description("a green and white shirt and pants with a matching pattern and a belt", "unsupported"),
        title="Women Green Abstract Printed Shirt with Palazzos Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: light-wash blue denim jacket, button front, over a white tee and black jeans; grey backdrop.
    # caption: base
    case(
        "X270-032",
        caption("a man wearing a denim jacket and black jeans", "pronoun"),
        D.wearing("a blue jean jacket, white shirt and black pants"),
        color_of("jacket", "black", "other_garment_color"),
        B.material("denim"),
        is_a("jacket", "yes"),
        D.details(
            "the jacket has a button closure and Question: What is the color of the jacket? Answer: blue", "leak"
        ),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: coral sleeveless halter maxi dress with white flowers, no belt; white backdrop.
    # caption: base
    case(
        "X270-033",
        caption("a woman in a red floral dress"),
        D.wearing("a red floral dress Question: What is the color of the dress? Answer: red", "leak"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        B.material("chiffon"),
        D.details("the dress has a belt at the waist", "unsupported"),
        title="Women Coral Floral Print Georgette Halter Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: beige belted trench coat, buttoned, over a black top and black trousers; white backdrop.
    # caption, material: adapter
    case(
        "X270-034",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve coat with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige trench coat"),
        B.color("black", "other_garment_color"),
        B.garment_type("coat"),
        D.details("the coat has a belt and buttons"),
        B.material(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Women Beige Solid Belted Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: pink oversized tshirt with a cartoon cat print, no pockets, grey joggers; white backdrop.
    # caption: base
    case(
        "X270-035",
        caption("a woman wearing a pink t - shirt with a cat on it"),
        D.wearing("he is wearing a pink shirt with a cat on it", "pronoun"),
        B.color("grey", "other_garment_color"),
        B.pattern("graphic"),
        D.details("the shirt has a picture of a cat on the front and a pocket on the sleeve", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Women Pink Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy and white Breton-striped long-sleeve tshirt, boat neck, white jeans; white backdrop.
    # caption: base; description: adapter
    case(
        "X270-036",
        caption("a woman wearing a blue and white striped shirt"),
        D.wearing("a blue and white striped shirt and blue and white striped pants", "contradiction"),
        B.color("blue"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Women Navy Blue & White Striped Boat Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey pleated wide-leg trousers with a black sleeveless bodysuit; light grey backdrop.
    # caption: adapter
    case(
        "X270-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and grey pants"),
        color_of("pants", "grey"),
        B.color("black", "other_garment_color"),
        is_a("pair of jeans", "no"),
        D.details("the pants have pleats"),
        B.material("", "non_answer"),
        title="Women Grey Pleated Wide Leg Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: off-white cotton shirt dress, knee length, self belt, rolled short sleeves; white backdrop.
    # caption: base
    case(
        "X270-038",
        caption("a woman in a white shirt dress"),
        D.wearing("a white dress with a belt and a white bag", "unsupported"),
        B.garment_type("shirt", "contradiction"),
        B.color("white"),
        D.details(
            "the dress has buttons down the front and a belt at the waist and pockets on the side", "unsupported"
        ),
        B.sleeve_length("short sleeves"),
        title="Women Off White Cotton Belted Shirt Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: black sheer lace top, long sleeves, scalloped hem, black trousers; front view only; white backdrop.
    # caption: base
    case(
        "X270-039",
        caption("a woman in a black lace top and black pants"),
        D.wearing("a black top and pants"),
        B.color("black"),
        B.material("lace"),
        D.details("it has a scalloped hem and a zipper at the back", "unsupported"),
        D.description("he is wearing a black lace top", "pronoun"),
        title="Women Black Lace Sheer Long Sleeve Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white crochet short-sleeve shrug over a pink slip dress; beige backdrop.
    # caption: adapter
    case(
        "X270-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress and a white sweater"),
        B.color("pink", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        B.material("crochet"),
        B.sleeve_length("short sleeves"),
        title="Women White Crochet Crop Shrug",
        category="Shrugs",
        color="White",
        gender="Women",
    ),
    # photo: dark blue bootcut jeans with a pink fitted top; white backdrop. Feed row has no gender.
    # caption: base
    case(
        "X270-041",
        caption("a woman in a pink shirt and blue jeans"),
        D.wearing("pink top and blue jeans"),
        color_of("jeans", "blue"),
        B.color("pink", "other_garment_color"),
        D.details("they are jeans", "non_answer"),
        fit("skinny", "contradiction"),
        title="Dark Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Dark Blue",
    ),
    # photo: lilac satin camisole with spaghetti straps, plain edges, white trousers; grey backdrop.
    # caption: base
    case(
        "X270-042",
        caption("a woman wearing a purple top and white pants"),
        D.wearing("a purple satin top"),
        B.color("purple"),
        B.sleeve_length("sleeveless"),
        B.material("silk", "unsupported"),
        B.garment_type("top"),
        D.description("a purple top with spaghetti straps and a lace trim", "unsupported"),
        title="Women Lilac Satin Camisole Top",
        category="Tops",
        color="Lilac",
        gender="Women",
    ),
    # photo: blue denim co-ord: cropped denim jacket and denim mini skirt, white tee underneath; white backdrop.
    # caption: adapter
    case(
        "X270-043",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a short skirt. The jacket is with "
            "denim fabric. It has a lapel neckline. The skirt is with denim fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and skirt"),
        B.color("blue"),
        color_of("skirt", "white", "other_garment_color"),
        B.material("denim"),
        is_a("dress", "yes", "contradiction"),
        title="Women Blue Denim Jacket with Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: beige ribbed knit bodycon midi dress, long sleeves; white backdrop. Feed row has no color.
    # caption: base
    case(
        "X270-044",
        caption("a woman in a tan dress"),
        D.wearing("a beige dress"),
        B.color("white", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("the dress has details", "non_answer"),
        B.material("it is made of", "cut"),
        title="Women Beige Ribbed Bodycon Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: white shirt with thin blue vertical stripes, long sleeves, with blue jeans; grey backdrop.
    # caption: adapter
    case(
        "X270-045",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The "
            "lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white and blue striped shirt and jeans"),
        B.color("white"),
        B.pattern("striped"),
        is_a("shirt", "yes"),
        D.details(
            "the shirt has buttons and a collar. Question: What is the color of the shirt? Answer: white", "leak"
        ),
        title="Women White & Blue Striped Cotton Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: red co-ord: sleeveless crop top and wide-leg trousers; beige backdrop, full length.
    # caption: base
    case(
        "X270-046",
        caption("a woman in a red top and pants"),
        D.wearing("a red crop top and red pants"),
        B.color("red"),
        color_of("top", "red"),
        color_of("pants", "red"),
        B.sleeve_length("sleeveless"),
        B.material("the top is red and the pants are red", "restated"),
        D.description("he is wearing a red outfit", "pronoun"),
        title="Women Red Solid Crop Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
]
