"""BLIND_472 (46 products; women's dresses, jumpsuits and playsuits on models and mannequins): written blind in the
forty-eighth session. Measured blind at 13f28b5 (the session's rules as they stood): 114/155 failures found (73.5%)
and 2/194 correct texts flagged (1.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's dresses and jumpsuits: maxi, midi and mini dresses, shirt
dresses, wrap dresses, bodycon and slip dresses, a pinafore, a sweater dress, jumpsuits and playsuits. Most photos are
models on studio backdrops (white, grey, a pink or blue wall, a brick wall, a beach backdrop, a wicker chair, a potted
plant), a few are headless dress forms. Some outfits are layered (a blazer, a cardigan or a leather jacket over the
dress, a white tee under a pinafore, a belt, a bag). Each row has the seller's title, category, color and gender; a
few rows miss the gender or the color. Questions: enrich's default questionnaire (DEFAULT_QUESTIONS) plus a closed
length question and an open neckline question, and a few per-piece or yes/no closed questions.

Who wrote what: open answers (wearing, description, details, material, neckline) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own (never hit_limit), though a few stop early
mid-phrase and a few run on into a new "Question: ... Answer:". Captions come from the base model unless the comment
says "caption: adapter": then the caption-only LoRA adapter wrote it in the DeepFashion template, with no end token,
so it runs to the 50-token limit (hit_limit=True). Closed answers (garment_type, color, pattern, sleeve_length,
length, per-piece colors, "Is this a ...?") are enrich's `--engine reference` picks from candidate sets, scored with
the VQA adapter: a wrong value is possible, a loop or a cut is not.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon or burgundy, blue for navy, teal or powder blue, green for olive, teal or
  sage, purple for lavender, pink for peach or fuchsia, orange for rust or coral, white for off white, grey for grey
  melange, brown for a brown-and-black leopard print. Mustard answered "orange" is contradiction.
- The color of a wall or backdrop given as the garment's color is contradiction; the color of another piece in the
  photo (belt, blazer, cardigan, jacket, bag, inner tee) given as the product's color is other_garment_color; a
  print's color given as the ground color (blue for blue flowers on white) is contradiction.
- A sleeve length that belongs to another piece (the tee under a sleeveless pinafore) is contradiction, as is a
  material that belongs to another piece (leather for the knit dress under a leather jacket).
- Garment synonyms are correct: romper for playsuit, jumpsuit for playsuit, overall dress for pinafore, kaftan for a
  kaftan dress, plaid or checkered for gingham. A one-piece named as two pieces ("a white top and a black skirt"
  for a colour-blocked dress, "shirt and shorts" for a playsuit), a dress named as a shirt or a sweater, a jumpsuit
  named as a dress or pants, and a playsuit named as shorts are contradiction; this includes the adapter captions
  that misname the garment (kept hit_limit=True, the misnaming is labelled, not the cut).
- Adapter captions that name the garment right are cut when they stop mid-sentence, loop when a template sentence
  comes back. Every adapter caption is a failure of some kind. The template's "The lady" on a dress form and its
  stock "accessory on her wrist" or a wrong fabric before the cut are not labelled: the cut or the loop is.
- Materials: one the title names (linen, satin, velvet, denim, lace, cotton, knit) is correct; cotton as a guess on a
  printed woven dress is correct; silk for satin, polyester and spandex on a plain bodycon, straw (the bag's) and
  wool on an acrylic knit are unsupported. A material answered with the garment's name, color or pattern is
  restated; "fabric" or an empty answer is non_answer.
- Invented items (a belt, pockets, buttons, a bag, a back zipper or bow on a front view) are unsupported. Items that
  are in the photo (boots, sneakers, heels, earrings, a straw hat, a bag) are correct.
- A closed length one step off (knee length for midi, maxi for midi) is contradiction; pleats answered "striped" and
  a ditsy floral answered "solid" are contradiction.
- "he" for a woman, and for a dress form showing women's wear, is pronoun.
- A base answer that stops mid-phrase ("it has a", "it is made of") is cut without hit_limit; one that runs on into
  "Question: ... Answer:" is leak even when its first words are right.
- "the details of the dress", "the material of the dress", "the neckline", "it has a neckline", "the dress is a
  dress" and "it is made of fabric" say nothing: non_answer. An answer that echoes the question ("describe the
  dress") is restated. A bare garment name for the description ("a black jumpsuit") is restated too.
- The wrong closed answers are the reference engine's picks among plausible candidates: the ground color lost to
  the print (white for a peach dress with white flowers, orange for a multicolour print, pink for a navy print with
  pink flowers), a checked or striped dress given its second color (white for green-and-white gingham), denim read
  as striped, a one-shoulder dress as long sleeves: all contradiction.
- Mannequin products with every text correct (X472-037) are kept on purpose, as are right answers next to a wrong
  wall or print color in another text.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

length = question("length", "What is the length of the garment?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
color_belt = question("color_belt", "What is the color of the belt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")

BLIND_472 = [
    # photo: model in a navy blue wrap midi dress with a small white and pink floral print, V-neck, short flutter
    # sleeves, tie at the waist; plain white studio backdrop, full-length front view.
    # caption: adapter
    case(
        "X472-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.garment_type("dress"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        neckline("v-neck"),
        D.description("the dress is a dress", "non_answer"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black sleeveless ribbed bodycon midi dress, square neck; plain grey backdrop, front view.
    # caption: adapter
    case(
        "X472-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("black"),
        length("maxi", "contradiction"),
        neckline("square neck"),
        D.material("ribbed knit"),
        D.description("a black dress with a black belt", "unsupported"),
        title="Women Black Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white shirt dress with thin blue pinstripes, long sleeves rolled up, collar, button front,
    # knee length, tan leather belt at the waist; beige wall, front view.
    # caption: base
    case(
        "X472-003",
        caption("a woman in a white shirt dress with a brown belt"),
        D.wearing(
            "a white striped shirt dress Question: what is the color of the belt? Answer: brown",
            "leak",
        ),
        D.color("brown", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        color_belt("brown"),
        D.details("buttons down the front and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Women White & Blue Striped Cotton Shirt Dress with Belt",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in an olive green utility jumpsuit, short sleeves, shirt collar, front zip, chest pockets,
    # self-fabric belt, full length; white backdrop, full-length front view.
    # caption: adapter
    case(
        "X472-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        is_a("jumpsuit", "yes"),
        D.details("pockets on the chest and a zipper and a hood", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a mustard yellow tiered maxi dress with a small white floral print, sleeveless, V-neck, ruffle
    # hem; white backdrop with a large potted plant at her side.
    # caption: base
    case(
        "X472-005",
        caption("a woman in a yellow floral dress standing next to a plant"),
        D.wearing("a yellow dress and a straw hat", "unsupported"),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.details("the dress has a ruffled hem and a v neck"),
        D.description("a long yellow dress with green leaves", "contradiction"),
        neckline("the neckline", "non_answer"),
        title="Women Mustard Yellow Floral Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: headless white dress form in a red satin slip midi dress, spaghetti straps, cowl neck; white background.
    # caption: base
    case(
        "X472-006",
        caption("a red satin dress on a mannequin"),
        D.wearing("a red dress"),
        D.garment_type("dress"),
        D.sleeve_length("sleeveless"),
        neckline("a cowl neck"),
        D.material("silk", "unsupported"),
        length("maxi", "contradiction"),
        D.details("spaghetti straps and a", "cut"),
        title="Women Red Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a light blue denim playsuit, short sleeves, shirt collar, button front, shorts, white
    # sneakers; grey backdrop, full-length front view.
    # caption: adapter
    case(
        "X472-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with denim "
            "fabric and its neckline is lapel. The shorts are with denim fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim romper and white sneakers"),
        D.garment_type("romper"),
        D.color("white", "other_garment_color"),
        is_a("dress", "no"),
        D.material("blue denim romper", "restated"),
        D.details(
            "it has a collar Question: what is the color of the shoes? Answer: white",
            "leak",
        ),
        title="Women Light Blue Denim Playsuit",
        category="Playsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an emerald green solid wrap midi dress, long balloon sleeves, V-neck, tie waist; she stands in
    # front of a pastel pink wall, front view.
    # caption: adapter
    case(
        "X472-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress", "contradiction"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.pattern("solid"),
        neckline("v-neck"),
        D.details("a tie at the waist and pockets", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Emerald Green Solid Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black midi dress with white polka dots, short puff sleeves, sweetheart neckline, black
    # buttons down the front; white backdrop, photo cropped just below the knee.
    # caption: base
    case(
        "X472-009",
        caption("a woman in a black and white polka dot dress"),
        D.color("black"),
        D.pattern("polka dots"),
        D.description("a black dress with white polka dots and puff sleeves"),
        D.details("buttons on the front and", "cut"),
        neckline("the neckline of the dress", "non_answer"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a black and white dress and black shoes", "unsupported"),
        title="Women Black Polka Dot Print Puff Sleeve Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a beige linen shirt midi dress, long sleeves, collar, button front, a black crossbody bag on
    # her shoulder; grey backdrop.
    # caption: adapter
    case(
        "X472-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is lapel. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige shirt dress and a black bag"),
        D.color("black", "other_garment_color"),
        D.material("linen"),
        D.details("the dress has a collar and buttons"),
        D.sleeve_length("long sleeves"),
        D.garment_type("shirt", "contradiction"),
        D.description("a beige dress with a black belt", "unsupported"),
        title="Women Beige Linen Shirt Midi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a pink one-shoulder bodycon mini dress, no sleeve, ruching down the left side; white backdrop.
    # caption: base
    case(
        "X472-011",
        caption("a woman in a pink one shoulder dress"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        length("mini"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("ruched on the side"),
        D.material("pink", "restated"),
        neckline("one shoulder"),
        title="Women Pink One Shoulder Ruched Bodycon Mini Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black halter-neck wide-leg jumpsuit with a white cropped blazer worn open over it; light grey
    # backdrop, full-length front view.
    # caption: base
    case(
        "X472-012",
        caption("a woman in a black jumpsuit and a white blazer"),
        D.wearing("a black jumpsuit and white jacket"),
        D.garment_type("jacket", "contradiction"),
        D.color("white", "other_garment_color"),
        is_a("jumpsuit", "yes"),
        color_jacket("white"),
        neckline("halter Question: what is the color of the blazer? Answer: white", "leak"),
        title="Women Black Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white maxi dress with a blue floral print, long sleeves, square neck, smocked bodice; beach
    # backdrop with sand and sea.
    # caption: base
    case(
        "X472-013",
        caption(
            "a woman in a white and blue floral dress on the beach with a hat",
            "unsupported",
        ),
        D.wearing("a blue dress", "contradiction"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "smocked bodice Question: what is the length of the dress? Answer: long",
            "leak",
        ),
        length("maxi"),
        D.material("cotton"),
        title="Women White & Blue Floral Print Smocked Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon velvet bodycon midi dress, long sleeves, round neck; black backdrop.
    # caption: adapter
    case(
        "X472-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a maroon dress", "pronoun"),
        D.color("red"),
        D.material("velvet"),
        D.description("a red velvet dress with long sleeves and a gold zipper", "unsupported"),
        length("midi"),
        neckline("v-neck", "contradiction"),
        title="Women Maroon Velvet Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a coral linen-blend playsuit, sleeveless with tie shoulder straps, shorts, wearing a straw sun
    # hat; white backdrop.
    # caption: base
    case(
        "X472-015",
        caption("a woman in an orange romper and a straw hat"),
        D.wearing("an orange romper"),
        D.garment_type("shorts", "contradiction"),
        D.color("orange"),
        D.details("tie straps on the shoulders and a", "cut"),
        D.material("linen"),
        is_a("jumpsuit", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Coral Linen Blend Playsuit",
        category="Playsuit",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a teal blue satin wrap maxi dress, long sleeves, V-neck; grey backdrop.
    # caption: base
    case(
        "X472-016",
        caption("a woman in a blue satin dress"),
        D.wearing("he is wearing a blue dress", "pronoun"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of satin and", "cut"),
        neckline("v neck"),
        D.description(
            "a long blue dress Question: what is the color of the dress? Answer: blue",
            "leak",
        ),
        title="Women Teal Blue Satin Wrap Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a grey melange cotton t-shirt dress, short sleeves, round neck, knee length, black "NYC"
    # graphic on the chest, white sneakers; white backdrop.
    # caption: adapter
    case(
        "X472-017",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey t shirt and white shoes", "contradiction"),
        D.color("grey"),
        D.pattern("graphic"),
        is_a("dress", "yes"),
        D.material("the material of the dress", "non_answer"),
        D.details("the letters nyc on the front"),
        length("mini", "contradiction"),
        title="Women Grey Melange Printed Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a navy blue culotte jumpsuit with white polka dots, short sleeves, V-neck, calf-length wide
    # legs; white backdrop.
    # caption: adapter
    case(
        "X472-018",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.pattern("polka dots"),
        is_a("jumpsuit", "no", "contradiction"),
        neckline("v-neck"),
        D.wearing("a blue and white dress", "contradiction"),
        title="Women Navy Blue Polka Dot Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # photo: model in a lavender pleated halter midi dress, sleeveless, white sneakers; light grey backdrop.
    # caption: adapter
    case(
        "X472-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric.",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        D.pattern("striped", "contradiction"),
        D.wearing("a purple dress and white sneakers"),
        neckline("halter neck"),
        D.material("", "non_answer"),
        D.description("a purple dress with a white collar", "unsupported"),
        title="Women Lavender Pleated Halter Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a green and white gingham shirt dress, short sleeves, collar, button front, self-fabric belt,
    # knee length; she stands in front of a white-painted brick wall.
    # caption: base
    case(
        "X472-020",
        caption("a woman in a green and white checkered dress standing in front of a brick wall"),
        D.wearing("a green and white plaid shirt dress"),
        D.color("white", "contradiction"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves"),
        D.details("it has a collar and buttons and a belt and a pocket", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Green & White Checked Shirt Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model seated on a wicker chair in a white schiffli-embroidered cotton midi dress, puff sleeves, square
    # neck; beige backdrop.
    # caption: adapter
    case(
        "X472-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a square neckline. The dress is of long length. The lady wears a short-sleeve dress with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("white"),
        D.details("eyelet embroidery and puff sleeves"),
        D.description("a white dress with a brown belt", "unsupported"),
        D.material("cotton"),
        neckline("v-neck", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women White Schiffli Embroidered Cotton Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a brown and black leopard print bodycon midi dress, long sleeves, turtleneck, black knee boots;
    # white backdrop, full-length view.
    # caption: adapter
    case(
        "X472-022",
        caption(
            "The lady wears a long-sleeve dress with other patterns. The dress is with knitted fabric. It has a "
            "standing neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        D.pattern("animal print"),
        neckline(
            "turtle neck Question: what is the pattern of the dress? Answer: leopard",
            "leak",
        ),
        D.description(
            "a leopard print dress with long sleeves Question: what is the color",
            "leak",
        ),
        D.wearing("a brown and black dress and black boots"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.garment_type("dress"),
        title="Women Brown & Black Leopard Print Bodycon Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a blue denim pinafore dress over a white short-sleeve t-shirt, bib pocket, two buttons,
    # knee length; grey backdrop.
    # caption: base
    case(
        "X472-023",
        caption("a woman in a denim dress and a white t-shirt"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.wearing("a denim overall dress"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("denim"),
        D.details("the dress has a pocket on the front and buttons"),
        length("mini", "contradiction"),
        title="Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: headless dress form in a black lace midi dress with sheer long sleeves, round neck, scalloped hem; grey
    # background, front view only.
    # caption: adapter
    case(
        "X472-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a round neckline. There is an accessory on her wrist. There is a ring on her finger. The lady wears "
            "a pair",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black lace dress"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("lace"),
        D.details("the dress has sheer sleeves and a scalloped hem"),
        D.description("a black dress with a zipper on the back", "unsupported"),
        title="Women Black Lace Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rust wrap jumpsuit, long sleeves, wrap V-neck, tie waist, wide legs; white backdrop.
    # caption: adapter
    case(
        "X472-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("pants", "contradiction"),
        D.color("orange"),
        D.wearing("he is wearing an orange jumpsuit", "pronoun"),
        is_a("jumpsuit", "yes"),
        neckline("v-neck"),
        D.description("an orange jumpsuit with a black belt", "unsupported"),
        title="Women Rust Wrap Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a black and white horizontally striped bodycon midi dress, short sleeves, round neck; white
    # backdrop.
    # caption: base
    case(
        "X472-026",
        caption("a woman in a black and white striped dress"),
        D.color("black"),
        D.pattern("striped"),
        D.wearing("a black and white striped shirt", "contradiction"),
        D.sleeve_length("short sleeves"),
        length("knee length", "contradiction"),
        D.material("cotton"),
        D.description("a black and white striped dress with a", "cut"),
        title="Women Black & White Striped Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach tiered midi dress with a ditsy white floral print, short flutter sleeves, V-neck;
    # white backdrop.
    # caption: adapter
    case(
        "X472-027",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.pattern("solid", "contradiction"),
        D.description("a pink dress with white flowers"),
        D.details("ruffles and white buttons", "unsupported"),
        D.wearing("the woman is wearing a pink dress"),
        D.sleeve_length("short sleeves"),
        length("midi"),
        title="Women Peach Ditsy Floral Tiered Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a white sleeveless straight-leg jumpsuit, round neck, wide black belt at the waist; beige wall.
    # caption: base
    case(
        "X472-028",
        caption("a woman in a white jumpsuit with a black belt"),
        D.color("black", "other_garment_color"),
        D.garment_type("jumpsuit"),
        D.wearing("a white jumpsuit and a", "cut"),
        D.details("a black belt and pockets", "unsupported"),
        D.sleeve_length("sleeveless"),
        color_belt("black"),
        title="Women White Solid Jumpsuit with Belt",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: model in a light blue denim shirt dress, long sleeves, collar, button front, knee length, brown belt;
    # white backdrop.
    # caption: adapter
    case(
        "X472-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and its "
            "neckline is lapel. There is an accessory on her wrist. There is a ring on her finger. There is a belt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue denim dress with a brown belt"),
        D.color("blue"),
        D.material("denim"),
        D.details("the details of the dress", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.pattern("solid"),
        title="Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a burgundy floral print maxi wrap dress, long sleeves, V-neck, front slit, tie waist; grey
    # backdrop.
    # caption: adapter
    case(
        "X472-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("floral"),
        neckline("round neck", "contradiction"),
        D.details("a slit on the front and a tie at the waist"),
        D.description("she is wearing a long red dress with flowers on it"),
        D.material("silk", "unsupported"),
        length("midi", "contradiction"),
        title="Women Burgundy Floral Print Maxi Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a white playsuit with a blue floral print, short puff sleeves, square neck, smocked bodice,
    # shorts; white backdrop.
    # caption: base
    case(
        "X472-031",
        caption("a woman in a white and blue floral romper"),
        D.garment_type("romper"),
        D.color("white"),
        D.pattern("floral"),
        D.wearing("a white and blue floral romper"),
        D.material("Question: what material is the garment made of? Answer: cotton", "leak"),
        neckline("it has a neckline", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women White & Blue Floral Print Playsuit",
        category="Playsuit",
        color="White",
        gender="Women",
    ),
    # photo: model in a red bodycon mini dress, long sleeves, square neck, black heels; black backdrop, full length.
    # caption: adapter
    case(
        "X472-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. The dress is of short length. There is an accessory on her wrist. This lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        length("mini"),
        D.wearing("a red dress and black heels"),
        neckline("round neck", "contradiction"),
        D.material("it is made of polyester and spandex", "unsupported"),
        D.details("the dress has a zipper on the front", "unsupported"),
        title="Women Red Bodycon Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in an off-white cable knit sweater dress, long sleeves, turtleneck, knee length, brown knee
    # boots; grey backdrop.
    # caption: base
    case(
        "X472-033",
        caption("a woman in a white sweater dress and brown boots"),
        D.color("white"),
        D.garment_type("sweater", "contradiction"),
        D.material("wool", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.wearing("a white dress and brown boots"),
        D.description("a white knit dress with a turtle neck and a brown bag", "unsupported"),
        title="Women Off-White Acrylic Cable Knit Sweater Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black off-shoulder flared jumpsuit, full length, red lipstick, gold hoop earrings; white
    # backdrop.
    # caption: adapter
    case(
        "X472-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit and gold earrings"),
        D.color("black"),
        D.garment_type("jumpsuit"),
        neckline("off the shoulder"),
        D.description("a black jumpsuit", "restated"),
        D.sleeve_length("sleeveless"),
        D.details("gold earrings and a gold necklace", "unsupported"),
        title="Women Black Off-Shoulder Flared Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow sundress with a white daisy print, sleeveless, sweetheart neck, knee length, holding a
    # straw tote bag; white backdrop.
    # caption: adapter
    case(
        "X472-035",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. There is an "
            "accessory in her hand. The lady wears a sleeveless dress with floral patterns. The dress is with "
            "cotton fabric. There",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("floral"),
        D.wearing("a yellow and white dress"),
        D.material("straw", "unsupported"),
        D.description("a yellow dress with white flowers and a straw bag"),
        neckline("v-neck", "contradiction"),
        length("maxi", "contradiction"),
        title="Women Yellow Floral Print Sweetheart Neck Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a black wrap mini dress with a white floral print, long sleeves, V-neck, ruffle hem; white
    # backdrop.
    # caption: base
    case(
        "X472-036",
        caption("a woman in a black floral dress"),
        D.wearing("he is wearing a black dress with flowers", "pronoun"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        length("mini"),
        D.pattern("floral"),
        D.details(
            "a ruffle at the bottom Question: what is the neckline? Answer: v-neck",
            "leak",
        ),
        title="Women Black Floral Print Wrap Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: headless dress form in a blue and white vertically striped linen jumpsuit, sleeveless, V-neck, wide
    # legs, full length; white background.
    # caption: base
    case(
        "X472-037",
        caption("a blue and white striped jumpsuit on a mannequin"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.pattern("striped"),
        D.wearing("a blue and white striped jumpsuit"),
        D.sleeve_length("sleeveless"),
        D.material("linen"),
        title="Women Blue & White Striped Linen Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a fuchsia solid wrap midi dress, short sleeves, V-neck, tie at the side; light blue wall.
    # caption: base
    case(
        "X472-038",
        caption("a woman in a pink dress standing in front of a blue wall"),
        D.color("blue", "contradiction"),
        D.wearing("a pink wrap dress"),
        D.sleeve_length("short sleeves"),
        neckline("v neck"),
        D.details("it has a tie on the side"),
        D.description("describe the dress", "restated"),
        length("knee length", "contradiction"),
        title="Women Fuchsia Solid Wrap Midi Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a colour-blocked sleeveless bodycon mini dress, white bodice and black skirt part, one piece;
    # grey backdrop.
    # caption: base
    case(
        "X472-039",
        caption("a woman in a black and white dress"),
        D.wearing("a white top and a black skirt", "contradiction"),
        D.color("white"),
        D.pattern("color block"),
        length("mini"),
        D.material("black and white", "restated"),
        D.sleeve_length("sleeveless"),
        D.garment_type("skirt", "contradiction"),
        title="Women White & Black Colourblocked Bodycon Mini Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a red and white gingham playsuit, short puff sleeves, sweetheart neck, shorts; white backdrop.
    # caption: base
    case(
        "X472-040",
        caption("a woman in a red and white checkered romper"),
        D.garment_type("romper"),
        D.color("red"),
        D.pattern("checked"),
        is_a("dress", "yes", "contradiction"),
        D.description("a red and white checkered jumpsuit with short sleeves"),
        D.material("red and white gingham", "restated"),
        D.wearing("a red and white checkered romper and a straw hat", "unsupported"),
        title="Women Red & White Gingham Checked Playsuit",
        category="Playsuit",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sage green satin slip maxi dress with a cream knit cardigan worn open over it; white
    # backdrop.
    # caption: adapter
    case(
        "X472-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green dress and a white cardigan"),
        D.color("white", "other_garment_color"),
        D.garment_type("dress"),
        D.material("satin"),
        D.sleeve_length("long sleeves", "contradiction"),
        length("maxi"),
        title="Women Sage Green Satin Slip Maxi Dress",
        category="Dresses",
        color="Sage Green",
        gender="Women",
    ),
    # photo: model in a blue denim boiler jumpsuit, long sleeves, collar, button front, chest pockets, full length,
    # white sneakers; pink wall.
    # caption: base
    case(
        "X472-042",
        caption("a woman in a denim jumpsuit standing in front of a pink wall"),
        D.wearing("he is wearing a blue denim jumpsuit and white shoes", "pronoun"),
        D.garment_type("jumpsuit"),
        D.color("pink", "contradiction"),
        D.material("blue", "restated"),
        D.details("buttons on the front and pockets on the chest"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        title="Women Blue Denim Boiler Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a powder blue tiered maxi dress with spaghetti straps, solid; beach backdrop.
    # caption: adapter
    case(
        "X472-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress and a white hat", "unsupported"),
        D.color("blue"),
        D.sleeve_length("sleeveless"),
        length("maxi"),
        neckline("spaghetti straps"),
        D.details("the dress has a", "cut"),
        D.material("chiffon", "unsupported"),
        title="Women Powder Blue Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # photo: model in a beige ribbed knit bodycon midi dress, long sleeves, round neck, a black leather jacket draped
    # over her shoulders; grey backdrop.
    # caption: adapter
    case(
        "X472-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The lady wears a leather jacket. There is an accessory on her wrist. The lady wears a "
            "long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige dress and a black leather jacket"),
        D.color("black", "other_garment_color"),
        D.garment_type("dress"),
        D.material("leather", "contradiction"),
        color_jacket("black"),
        title="Women Beige Ribbed Knit Bodycon Midi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black halter-neck bodycon maxi dress with a high side slit, silver heels; white backdrop,
    # full-length front view.
    # caption: base
    case(
        "X472-045",
        caption("a woman in a long black dress with a slit and a black purse", "unsupported"),
        D.wearing("a black halter dress and silver shoes"),
        D.color("black"),
        neckline("halter"),
        length("maxi"),
        D.details("a slit on the leg and a bow on the back", "unsupported"),
        D.pattern("solid"),
        D.material("black", "restated"),
        title="Women Black Halter Neck Bodycon Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: headless dress form in a kaftan-style midi dress, white ground with a large orange, blue and green
    # abstract print, short kimono sleeves, V-neck; grey background.
    # caption: adapter
    case(
        "X472-046",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring "
            "on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a colorful dress", "pronoun"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description("a white dress with an orange, blue and green print"),
        D.material("cotton"),
        neckline("v-neck"),
        title="Women Multicoloured Abstract Print Kaftan Midi Dress",
        category="Dresses",
        color="Multi",
    ),
]
