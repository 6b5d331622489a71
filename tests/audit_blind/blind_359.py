"""BLIND_359 (46 products; women's activewear and swimwear, model shots on grey studio backdrops): written blind in the
forty-fifth session. Measured blind at 91a1dfb (the session's rules as they stood): 98/136 failures found (72.1%) and
10/169 correct texts flagged (5.9%). The writer's notes, verbatim:

Scenario: the English catalog feed of a global sports retailer, women's activewear and swimwear: sports bras,
leggings, bike and running shorts, running tops, track jackets, hoodies and sweatshirts, one-piece swimsuits,
bikinis, a tankini, rash guards and cover-ups (kimono, crochet dress, sarong). Every photo is a model shot on a plain
grey studio backdrop (one with a wooden stool), front, side, three-quarter or back view, most cropped at the knees.
Almost every product is worn with another garment (a bra with leggings, shorts with a tee, a cover-up over a bikini),
often in another color. Each row has the seller's title, category, color and gender; a few miss the gender or the
color, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (the DeepFashion
template: "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric ...").
It was trained with no end-of-answer token, so every caption runs to its 50-token limit and carries hit_limit=True:
it is cut mid-sentence or starts the template over. The template knows no sports bra, swimsuit or bikini: it calls
them tank tops, shorts, rompers or dresses. The open questions (wearing, description, details, material and the
set's own straps question) come from the untuned base `Salesforce/blip2-opt-2.7b` with the default questionnaire:
short lowercase texts that stop on their own (never hit_limit), sometimes stopping too early, sometimes running on
into a new "Question: ... Answer:" turn, sometimes saying "he". The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers chosen from
candidate sets: never a loop or a cut, but wrong where the grey backdrop or a pale shade misleads it, or where it
picks the color of the other garment in the photo.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy, cobalt, royal, sky blue or turquoise; green for teal, mint, sage or
  olive (blue too for teal); red for burgundy; pink or orange for coral; purple for lilac; grey for heather grey,
  grey melange; grey or black for charcoal; white for off white and cream; brown for chocolate; velvet for velour.
  Navy answered black, olive answered brown, sage answered grey, black or off white answered grey (the grey
  backdrop) and mint or sky blue answered white are contradiction: the reference engine's color has another hue.
- A print's ground color for a multi-color or printed garment is correct (white for a floral bikini on white); the
  print's or trim's color as the garment's color (white for black leggings with a white leaf print, white for a blue
  swimsuit with white piping) is contradiction. A print called floral for a leaf print is correct; a rib knit
  answered "striped", and neon color-block shoulders answered "striped", are contradiction.
- The color of another garment in the photo (the leggings under a sports bra, the bikini under a cover-up, the tee
  over running shorts) given as the product's color is other_garment_color, even where the grey backdrop has the
  same color. An open answer giving the other garment the product's color ("red pants" for black joggers under a
  red jacket) is contradiction: the product's own color is right.
- Garment synonyms count as correct: shirt or t-shirt for a rash guard or a running top, wetsuit for a long-sleeve
  zip swimsuit, sweater for a fleece pullover, kimono or cardigan for an open-front cover-up, dress for a crochet
  cover-up dress, skirt for a sarong, tank top for a tankini ("Is this a tank top?" yes is correct there),
  tracksuit for a jacket worn with its matching pants. "tank top" for a sports bra, a bikini top or a swimsuit,
  "shorts" for a bikini bottom, and "romper" or "dress" for a swimsuit are contradiction.
- Adapter captions: where the template misnames the product itself (a tank top for the sports bra being sold, a
  tank top and shorts for a bikini, a romper for a swimsuit), the misnaming is what the auditor sees first:
  contradiction, hit_limit kept, even if the template also loops or is cut. Where it misnames only the other
  garment (shorts for the bikini bottom under a kimono), the product is named right and the text is cut. Otherwise
  a caption that starts a sentence of the template again is loop, and one that stops mid-sentence is cut. The
  template's "cotton fabric" and "accessory on her wrist" are not labelled apart: one kind per text.
- Materials: one the title names (cotton, mesh, fleece, chiffon, velour as "velvet") is correct; a generic
  synthetic (polyester, nylon, spandex, lycra) on sportswear or swimwear is correct (the fabric looks like it);
  cotton on swimwear or on a top or shorts the title calls quick-dry or nylon is unsupported, and so is neoprene for
  a swimsuit that only looks like a wetsuit. A material question answered with the garment's color, name or pattern
  is restated; "it is made of a material that is very soft" and an empty answer are non_answer; "it is made of"
  and "it is made of nylon and" (stopped early) are cut, without hit_limit.
- Invented details not in the photo (a hood on a stand-collar jacket, a logo on a plain top, a back pocket on a
  front view, a zip on the back of a rash guard seen from the front, a bow on a plain bandeau, a hat, a belt on an
  open kimono, white stripes on a plain velour jacket) are unsupported.
  Details the photo does show (a side pocket, white piping, thumb holes, a gold ring between the cups, a liner at
  the hem) are correct, and so are mentions of the grey backdrop or the stool.
- Short base loops that stop before the limit ("spandex and spandex and spandex") are loop, without hit_limit.
- "he" for a woman is pronoun, even where the rest of the answer is right.
- "the shorts are short" and "the shorts are brown" for the details, and "the details of the bikini", are
  non_answer. A base answer that stops on "with a" or "with a black" is cut, without hit_limit.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_bottom = question("color_bikini_bottom", "What is the color of the bikini bottom?", "closed")
straps = question("straps", "What kind of straps does it have?", "open")

BLIND_359 = [
    # photo: model in a black racerback medium-support sports bra and matching black leggings, grey backdrop,
    # front view cropped at the hips. caption: adapter
    case(
        "X359-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black sports bra and black leggings"),
        D.garment_type("sports bra"),
        D.color("grey", "contradiction"),
        D.description("a black sports bra with a white logo", "unsupported"),
        D.details("racerback straps"),
        D.material("polyester"),
        title="Women Black Racerback Medium-Support Sports Bra",
        category="Sports Bras",
        color="Black",
        gender="Women",
    ),
    # photo: heather grey high-rise full-length leggings, model in a white cropped tee, grey backdrop, side view.
    # caption: adapter
    case(
        "X359-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white t-shirt and grey leggings", "pronoun"),
        D.color("grey"),
        color_leggings("white", "other_garment_color"),
        D.details("high waist"),
        D.material("cotton"),
        title="Women Grey Heather High-Rise Cotton Stretch Leggings",
        category="Leggings",
        color="Grey Heather",
        gender="Women",
    ),
    # photo: navy 8-inch bike shorts with a side phone pocket, model in a white sports bra, grey backdrop, front.
    # caption: adapter
    case(
        "X359-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. Its "
            "neckline is round. This lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sports bra and white shorts", "other_garment_color"),
        D.garment_type("shorts"),
        D.color("black", "contradiction"),
        D.details("the shorts have a pocket on the side"),
        D.material("spandex"),
        title='Women Navy 8" Bike Shorts with Side Pocket',
        category="Shorts",
        color="Navy",
        gender="Women",
    ),
    # photo: coral loose racerback running tank, plain (no logo), model in black running shorts, grey backdrop, front.
    # caption: adapter
    case(
        "X359-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink tank top and black shorts"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.description("a pink tank top with a", "cut"),
        D.details("the tank top has a logo on the front", "unsupported"),
        D.material("polyester"),
        title="Women Coral Racerback Running Tank",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: black full-zip track jacket with white stripes down the sleeves, stand collar, no hood; model in black
    # leggings, grey backdrop, front. caption: adapter
    case(
        "X359-005",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket with white stripes and black leggings"),
        D.color("black"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.details("the jacket has a zipper and a hood", "unsupported"),
        D.material("polyester and cotton and polyester and cotton", "loop"),
        title="Women Black/White Striped Full-Zip Track Jacket",
        category="Jackets",
        color="Black/White",
        gender="Women",
    ),
    # photo: oversized grey melange pullover hoodie with kangaroo pocket, model in black bike shorts, grey backdrop,
    # front. caption: adapter
    case(
        "X359-006",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black shorts"),
        D.color("grey"),
        color_shorts("grey", "other_garment_color"),
        D.description("a grey hoodie with a white logo on the front", "unsupported"),
        D.material("cotton"),
        is_a("hoodie", "yes"),
        title="Women Grey Melange Oversized Cotton Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black one-piece swimsuit, high-leg cut, thin straps, low scoop back; back three-quarter view, grey
    # backdrop. caption: adapter
    case(
        "X359-007",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a sleeveless romper with pure "
            "color patterns. The romper",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black swimsuit"),
        D.garment_type("swimsuit"),
        D.color("black"),
        D.details("the back is open"),
        D.material("it is made of nylon and", "cut"),
        straps("thin straps and thin straps and thin straps", "loop"),
        title="Women Black Scoop-Back High-Leg Swimsuit",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: triangle bikini top with pink and orange flowers on white, solid pink tie-side bottom, grey backdrop,
    # front. caption: adapter
    case(
        "X359-008",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and floral "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a floral bikini"),
        D.color("white"),
        D.pattern("floral"),
        color_bottom("pink"),
        D.details("the bikini has ties on the sides"),
        D.material("cotton", "unsupported"),
        title="Women Floral Triangle Bikini Set with Tie-Side Bottom",
        category="Bikinis",
        color="Multi",
        gender="Women",
    ),
    # photo: turquoise long-sleeve rash guard with a navy side panel and a quarter zip at the neck, model in navy
    # swim shorts, grey backdrop, front. caption: adapter
    case(
        "X359-009",
        caption(
            "The lady wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a standing neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue shorts"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        is_a("rash guard", "no", "contradiction"),
        D.details("the shirt has a zipper on the front"),
        D.material("it is made of", "cut"),
        title="Women Turquoise UPF 50+ Quarter-Zip Long Sleeve Rash Guard",
        category="Rash Guards",
        color="Turquoise",
        gender="Women",
    ),
    # photo: white short-sleeve crochet cover-up dress, see-through, worn over a black bikini, grey backdrop, front.
    # caption: adapter
    case(
        "X359-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a V-shape neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with "
            "knitting fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white crochet dress over a black bikini"),
        D.color("black", "other_garment_color"),
        D.description("a white lace dress"),
        D.details("it is see through"),
        D.material("crochet"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women White Crochet Cover-Up Dress",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: lilac seamless ribbed high-waist leggings with the matching lilac sports bra, grey backdrop, front.
    # caption: adapter
    case(
        "X359-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple sports bra and purple leggings"),
        D.color("purple"),
        D.pattern("striped", "contradiction"),
        D.details("the leggings are high waisted"),
        D.description("he is wearing a purple leggings", "pronoun"),
        title="Women Lilac Seamless Ribbed High-Waist Leggings",
        category="Leggings",
        color="Lilac",
        gender="Women",
    ),
    # photo: black woven running shorts with white side piping and a built-in brief, model in a neon yellow running
    # tee, grey backdrop, front. caption: adapter
    case(
        "X359-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and black shorts"),
        D.garment_type("shorts"),
        D.color("yellow", "other_garment_color"),
        color_shorts("black"),
        D.details("the shorts have a white stripe on the side"),
        D.material("black shorts", "restated"),
        title="Women Black 3-Inch Running Shorts with Brief",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy full-zip track jacket with side zip pockets, model in black joggers, grey backdrop, front.
    # caption: adapter
    case(
        "X359-013",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red jacket and red pants", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("the jacket has a zipper and two pockets"),
        D.material("polyester"),
        title="Women Burgundy Tricot Track Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: teal longline V-neck sports bra, model in black leggings, grey backdrop, front. caption: adapter
    case(
        "X359-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green sports bra and black leggings"),
        D.garment_type("tank top", "contradiction"),
        D.color("blue"),
        color_leggings("black"),
        D.details("the sports bra has a v neck"),
        D.material("spandex and spandex and spandex", "loop"),
        title="Women Teal Longline V-Neck Sports Bra",
        category="Sports Bras",
        color="Teal",
        gender="Women",
    ),
    # photo: black leggings with a white palm-leaf print, model in a black crop top, grey backdrop, front view.
    # caption: adapter
    case(
        "X359-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and floral "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and black and white leggings"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.description("black leggings with white leaves"),
        D.details("the leggings have a pocket on the back", "unsupported"),
        title="Women Black Palm Print High-Waist Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: red halter one-piece swimsuit with a cut-out at the waist, grey backdrop, front. caption: adapter
    case(
        "X359-016",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a sleeveless romper with pure "
            "color patterns. The romper",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red bikini", "contradiction"),
        D.color("red"),
        D.details("the swimsuit has a cut out in the middle"),
        straps("halter"),
        D.material("", "non_answer"),
        is_a("bikini", "no"),
        title="Women Red Halter Cut-Out Swimsuit",
        category="Swimsuits",
        color="Red",
        gender="Women",
    ),
    # photo: navy and white striped long-sleeve rash guard, crew neck, with a navy bikini bottom, grey backdrop,
    # front view. caption: adapter
    case(
        "X359-017",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and a blue bikini bottom"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a zipper on the back", "unsupported"),
        title="Women Navy/White Stripe Long Sleeve Rash Guard",
        category="Rash Guards",
        color="Navy/White",
        gender="Women",
    ),
    # photo: mint green short-sleeve running tee with mesh side panels, model in black leggings, grey backdrop,
    # front. caption: adapter
    case(
        "X359-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and black leggings"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("mesh panels on the sides"),
        D.material("mesh"),
        D.description(
            "a green t - shirt with a black leggings Question: what is the color of the leggings? Answer: black",
            "leak",
        ),
        title="Women Mint Mesh-Panel Running T-Shirt",
        category="Tops",
        color="Mint",
        gender="Women",
    ),
    # photo: black high-neck bikini top and black high-waist bikini bottom, grey backdrop, front. caption: adapter
    case(
        "X359-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with other fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black bikini"),
        D.garment_type("bikini"),
        D.color("black"),
        color_bottom("black"),
        D.details("the details of the bikini", "non_answer"),
        D.material("it is made of a material that is very soft", "non_answer"),
        title="Women Black High-Neck High-Waist Bikini Set",
        category="Bikinis",
        color="Black",
        gender="Women",
    ),
    # photo: olive green full-zip hoodie with drawstring hood, matching olive joggers, grey backdrop, front.
    # caption: adapter
    case(
        "X359-020",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green hoodie and green pants"),
        D.color("brown", "contradiction"),
        D.description("a green hoodie with a zipper"),
        D.details("the hoodie has a drawstring hood"),
        is_a("hoodie", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Olive Full-Zip Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: pink strappy sports bra with straps crossing at the back, model in grey leggings, grey backdrop,
    # back three-quarter view. caption: adapter
    case(
        "X359-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink sports bra and pink leggings", "contradiction"),
        D.color("grey", "other_garment_color"),
        straps("the straps cross in the back"),
        D.details("criss cross straps"),
        D.material("nylon"),
        title="Women Pink Strappy Cross-Back Sports Bra",
        category="Sports Bras",
        color="Pink",
        gender="Women",
    ),
    # photo: white long-sleeve running top with thumb holes, model in black tights, grey backdrop, front.
    # caption: adapter
    case(
        "X359-022",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white leggings", "contradiction"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.details("thumb holes in the sleeves"),
        D.material("a white shirt", "restated"),
        D.description("a white long sleeve shirt with a grey background"),
        title="Women White Long Sleeve Running Top with Thumbholes",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: cobalt blue 5-inch bike shorts with the matching cobalt sports bra, grey backdrop, front.
    # caption: adapter
    case(
        "X359-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a blue sports bra and blue shorts Question: what are the details of the shorts? Answer:",
            "leak",
        ),
        D.garment_type("shorts"),
        D.color("blue"),
        D.details("the shorts are short", "non_answer"),
        D.material("spandex"),
        title='Women Cobalt Blue 5" Bike Shorts',
        category="Shorts",
        color="Cobalt Blue",
        gender="Women",
    ),
    # photo: white cropped track jacket with three black stripes down each sleeve, model in black bike shorts,
    # grey backdrop, front. caption: adapter
    case(
        "X359-024",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white jacket and black shorts"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.details("three black stripes on the sleeves"),
        D.description("a white jacket with a hood", "unsupported"),
        title="Women White Cropped 3-Stripe Track Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: oversized crew-neck tie-dye sweatshirt (pink, purple, blue), model in white bike shorts, grey backdrop,
    # front. No gender in the row. caption: adapter
    case(
        "X359-025",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tie dye sweatshirt and purple shorts", "contradiction"),
        D.color("purple"),
        D.pattern("tie dye"),
        D.description("a pink and purple tie dye sweatshirt"),
        D.details("the sweatshirt has a hood", "unsupported"),
        D.material("cotton"),
        is_a("sweatshirt", "yes"),
        title="Tie-Dye Oversized Crew Sweatshirt",
        category="Hoodies & Sweatshirts",
        color="Multi",
    ),
    # photo: black long-sleeve zip-front one-piece swimsuit (surf suit look), grey backdrop, front.
    # caption: adapter
    case(
        "X359-026",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with other fabric. It has a "
            "standing neckline. There is an accessory on her wrist. The lady wears a long-sleeve romper with pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black wetsuit"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details("the wetsuit has a zipper on the front"),
        D.material("neoprene", "unsupported"),
        is_a("swimsuit", "no", "contradiction"),
        title="Women Black Long Sleeve Zip-Front Swimsuit",
        category="Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: leopard print bikini (brown and black on tan), gold ring between the cups, grey backdrop, front.
    # caption: adapter
    case(
        "X359-027",
        caption(
            "The lady wears a sleeveless tank top with other patterns. The tank top is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and other "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "a leopard print bikini Question: what is the color of the bikini? Answer: brown",
            "leak",
        ),
        D.color("brown"),
        D.pattern("animal print"),
        D.details("the bikini has a gold ring in the middle"),
        D.material("leopard print", "restated"),
        D.description("a brown leopard print bikini"),
        title="Women Leopard Print Ring-Front Bikini Set",
        category="Bikinis",
        color="Brown",
        gender="Women",
    ),
    # photo: black 7/8 high-waist leggings with mesh panels at the calves, model in a white sports bra, grey
    # backdrop, front. caption: adapter
    case(
        "X359-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sports bra and black leggings"),
        D.color("white", "other_garment_color"),
        color_leggings("black"),
        D.details("mesh panels on the legs"),
        D.material("the leggings are made of", "cut"),
        title="Women Black Mesh-Panel 7/8 Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: orange hooded packable running jacket, full zip, model in black leggings, grey backdrop, front.
    # caption: adapter
    case(
        "X359-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing an orange jacket and black leggings", "pronoun"),
        D.color("orange"),
        D.details("the jacket has a hood and a zipper"),
        D.description("a orange jacket with a hood and a zipper and a hood and a zipper", "loop"),
        D.material("nylon"),
        title="Women Orange Packable Hooded Running Jacket",
        category="Jackets",
        color="Orange",
        gender="Women",
    ),
    # photo: royal blue racerback competition swimsuit with white piping down the sides, grey backdrop, front.
    # caption: adapter
    case(
        "X359-030",
        caption(
            "The lady wears a sleeveless tank top with color block patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue swimsuit"),
        D.color("white", "contradiction"),
        straps("racerback"),
        D.details("white piping on the sides"),
        D.material("lycra"),
        title="Women Royal Blue Piped Racerback Swimsuit",
        category="Swimsuits",
        color="Royal Blue",
        gender="Women",
    ),
    # photo: sheer black mesh kimono with long wide sleeves, open front, over a red bikini, grey backdrop, front.
    # caption: adapter
    case(
        "X359-031",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black kimono and a red bikini"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a black sheer kimono"),
        D.material("mesh"),
        D.details("the kimono has a belt", "unsupported"),
        title="Women Black Sheer Mesh Kimono Cover-Up",
        category="Cover-Ups",
        color="Black",
        gender="Women",
    ),
    # photo: white high-support zip-front sports bra, model in black leggings, grey backdrop, front.
    # caption: adapter
    case(
        "X359-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white sports bra and black leggings", "pronoun"),
        D.garment_type("sports bra"),
        D.color("white"),
        D.details("the bra has a zipper on the front"),
        is_a("tank top", "yes", "contradiction"),
        title="Women White High-Support Zip-Front Sports Bra",
        category="Sports Bras",
        color="White",
        gender="Women",
    ),
    # photo: sage green sports bra and bike shorts sold as a set, grey backdrop, front. caption: adapter
    case(
        "X359-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green sports bra and green shorts"),
        D.color("grey", "contradiction"),
        color_top("green"),
        color_shorts("grey", "contradiction"),
        D.details("a sports bra and shorts"),
        D.material("nylon"),
        title="Women Sage Green Sports Bra and Bike Shorts Set",
        category="Activewear Sets",
        color="Sage",
        gender="Women",
    ),
    # photo: hot pink underwire bikini top with a black bikini bottom, grey backdrop, front. caption: adapter
    case(
        "X359-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a sleeveless tank top with pure color patterns. The tank top is "
            "with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink bikini top and black bikini bottoms"),
        D.color("pink"),
        color_bottom("pink", "other_garment_color"),
        D.details("underwire"),
        D.material("it is made of a material", "non_answer"),
        title="Women Hot Pink Underwire Bikini Top",
        category="Bikinis",
        color="Pink",
        gender="Women",
    ),
    # photo: black long-sleeve half-zip running top with neon yellow color-block shoulders, model in black leggings,
    # grey backdrop, front. caption: adapter
    case(
        "X359-035",
        caption(
            "The lady wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and yellow shirt and black leggings"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("a zipper on the front"),
        D.material("cotton", "unsupported"),
        title="Women Black Neon Colourblock Quick-Dry Half-Zip Running Top",
        category="Tops",
        color="Black/Neon Yellow",
        gender="Women",
    ),
    # photo: chocolate brown bike shorts with the matching brown sports bra, model seated on a wooden stool, grey
    # backdrop, front. caption: adapter
    case(
        "X359-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. She sits on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown sports bra and brown shorts sitting on a stool"),
        D.color("brown"),
        D.description("a pair of brown bike shorts"),
        D.details("the shorts are brown", "non_answer"),
        D.material("cotton", "unsupported"),
        title="Women Chocolate Nylon-Spandex Bike Shorts",
        category="Shorts",
        color="Chocolate",
        gender="Women",
    ),
    # photo: black cropped full-zip hoodie with black drawstrings, model in black leggings, grey backdrop, front.
    # caption: adapter
    case(
        "X359-037",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a black hoodie and black leggings Question: what is the color of the hoodie? Answer: black",
            "leak",
        ),
        D.color("black"),
        D.details("the hoodie has a zipper and a hood"),
        D.description("a black cropped hoodie"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Black Cropped Full-Zip Cotton Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy tankini top with a white floral print, navy bikini bottom, grey backdrop, front. caption: adapter
    case(
        "X359-038",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral tank top"),
        D.color("black", "contradiction"),
        D.pattern("floral"),
        is_a("tank top", "yes"),
        D.details("the top has a white flower print"),
        D.material("cotton", "unsupported"),
        title="Women Navy Floral V-Neck Tankini Top",
        category="Tankinis",
        color="Navy",
        gender="Women",
    ),
    # photo: off-white half-zip fleece pullover with stand collar, model in black leggings, grey backdrop, front.
    # caption: adapter
    case(
        "X359-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. It has "
            "a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and black leggings"),
        D.color("grey", "contradiction"),
        D.material("fleece"),
        D.details("a zipper on the collar"),
        D.description(
            "a white fleece sweater with a black leggings Question: what is the color of the sweater? Answer: white",
            "leak",
        ),
        title="Women Off White Half-Zip Fleece Pullover",
        category="Hoodies & Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: purple V-back one-piece swimsuit with ruched sides and thin straps, back view, grey backdrop. No gender
    # in the row. caption: adapter
    case(
        "X359-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton "
            "fabric. It",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple swimsuit"),
        D.color("purple"),
        D.details("ruched sides and a v back"),
        straps("thin straps"),
        D.material("the swimsuit is purple", "restated"),
        D.garment_type("dress", "contradiction"),
        title="Purple Ruched V-Back Swimsuit",
        category="Swimsuits",
        color="Purple",
    ),
    # photo: black capri leggings with a white logo print down the side of the leg, model in a grey tank, grey
    # backdrop, side view. caption: adapter
    case(
        "X359-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-quarter leggings. The leggings are with cotton fabric and "
            "graphic patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey tank top and black leggings"),
        D.color("grey", "other_garment_color"),
        color_leggings("black"),
        D.details("the leggings have a white logo on the side and a pocket", "unsupported"),
        D.material("the leggings are black", "restated"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Black Logo Capri Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: plain yellow strapless bandeau bikini, no knot or bow, grey backdrop, front. caption: adapter
    case(
        "X359-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. There is an accessory on her wrist. The lady wears a three-point shorts. The "
            "shorts are with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow bikini and a yellow hat", "unsupported"),
        D.color("yellow"),
        straps("no straps"),
        D.details("the bikini has a bow in the front", "unsupported"),
        D.material("nylon"),
        is_a("bikini", "yes"),
        title="Women Yellow Bandeau Bikini Set",
        category="Bikinis",
        color="Yellow",
        gender="Women",
    ),
    # photo: sky blue padded sports bra with a mesh back, model in navy leggings, grey backdrop, back three-quarter
    # view. No gender in the row. caption: adapter
    case(
        "X359-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue sports bra and blue leggings"),
        D.color("white", "contradiction"),
        color_leggings("black", "contradiction"),
        D.description("a blue sports bra with a mesh back"),
        D.material("polyester"),
        title="Sky Blue Padded Mesh-Back Sports Bra",
        category="Sports Bras",
        color="Sky Blue",
    ),
    # photo: charcoal 2-in-1 running shorts with a black compression liner showing at the hem, model in a white
    # tank, grey backdrop, front. caption: adapter
    case(
        "X359-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and grey shorts"),
        D.color("black"),
        color_shorts("white", "other_garment_color"),
        D.details("the shorts have a black liner underneath"),
        D.material("polyester"),
        D.description("grey shorts with a black", "cut"),
        title="Women Charcoal 2-in-1 Running Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy velour track jacket with stand collar (no hood), worn with the matching navy velour pants, grey
    # backdrop, front. caption: adapter
    case(
        "X359-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with furry fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue track suit"),
        D.color("blue"),
        D.material("velvet"),
        D.details("the jacket has a zipper and a hood", "unsupported"),
        is_a("jacket", "yes"),
        D.description("a blue velvet jacket with white stripes", "unsupported"),
        title="Women Navy Velour Zip Track Jacket",
        category="Jackets",
        color="Navy",
        gender="Women",
    ),
    # photo: pink and orange floral chiffon sarong tied at the hip, open at the side, over a black bikini, grey
    # backdrop, front. The row has no color. caption: adapter
    case(
        "X359-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black bikini and a floral sarong"),
        D.color("black", "other_garment_color"),
        D.pattern("floral"),
        D.description("a floral skirt tied at the side"),
        D.material("chiffon"),
        D.details("the skirt has a slit on the side"),
        title="Women Floral Chiffon Sarong Wrap Cover-Up",
        category="Cover-Ups",
        gender="Women",
    ),
]
