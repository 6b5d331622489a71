"""BLIND_527 (46 products; Myntra kids' and teens' wear: boys' and girls' casual, ethnic and night wear): written blind
in the fiftieth session. Measured blind at d46ce42 (the session's rules as they stood): 102/119 failures found
(85.7%) and 4/151 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for children and teens: boys' t-shirts, shirts, shorts, jeans, joggers,
hoodies and kurta sets; girls' dresses and frocks, tops, skirts, leggings, jumpsuits, lehenga and kurta sets and night
suits. Most photos show a child modelling in a studio (plain or coloured backdrops, a few props: a lamp, a plant, a
teddy bear, a toy car, a marigold wall), often with a second garment worn (a tee over jeans, a top over a skirt); some
are flat-lays on a white surface. Each row has the seller's title, category, color and gender; a few rows miss one.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes the base captions and the open answers (wearing,
description, details, material, the set's "What is printed on the garment?"): short, lowercase, stopping on its own,
never hit_limit. The caption adapter of the original experiments (epoch 1 or epoch 3, named in the comment) writes
some captions and some details, and answers a few other questions where the comment says so: it returns its
DeepFashion template ("The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts.
..."), never stops on its own and always runs to its limit (50 tokens for captions, 30 for answers): hit_limit=True.
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a
...?") are enrich's `--engine reference` answers, a value chosen from a candidate set: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: navy as blue, olive and teal as green, mustard as yellow, lavender and lilac as purple,
  maroon as red, peach as pink, khaki as beige, charcoal or grey melange as grey, cream as white, beige sherwani as
  beige. Olive shorts called brown, mustard called orange, navy called black are contradiction.
- Garment synonyms are correct: tee or shirt for a t-shirt, pants for joggers, leggings or track pants, sweatshirt
  or sweater for a hoodie, jacket for a front-open hoodie, vest for a Nehru jacket, long shirt for a kurta,
  pajamas for a night suit, tutu for a tulle skirt, overall dress for a pinafore, coat for a sherwani (the adapter's
  "coat"). A jumpsuit called a dress, a pinafore called a jumpsuit, a t-shirt dress answered "t-shirt", shorts
  answered "pants" and joggers answered "shorts" are contradiction; so is "no" to "Is this a hoodie?" for a hoodie.
- The adapter calls girls "the lady" and boys "the gentleman": correct for the child's gender. "The lady" for a boy,
  "he" for a girl, "she" or "a girl" for a boy is pronoun; where the adapter's pronoun is wrong, pronoun is labelled,
  not cut (the wrong person is what the auditor sees first), and hit_limit is kept.
- A color of another piece in the photo (the tee over the jeans, the shorts under the tee, the kurta for the
  pyjamas, the other half of a lehenga set) given as the product's or the piece's color is other_garment_color;
  also the base answer that gives two pieces the one color only one of them has. A color that no garment has (the
  backdrop's pink, the marigolds' orange, the print's green, the stripes' white, the embroidery's gold) is
  contradiction, as is a wrong closed pattern (pleats as striped, the tee's stripes for a solid denim pinafore) or a
  wrong sleeve length. The rolled-up long sleeves of the denim shirt answered "long sleeves" are correct.
- Materials: one the title names (denim, velvet, cotton) or a plausible cotton guess on cotton-look knits and prints
  is correct; silk on cotton frocks, kurtas and sherwani sets the title does not call silk, and cotton for a tulle
  skirt, are unsupported. A material question answered with the garment and its color, or with the template, is
  restated.
- Invented items not in the photo (a belt on flat-lay shorts, a zipper on a pullover hoodie, a sleeve logo, cat
  glasses, a necklace, cufflinks, a bow or buttons on an unseen back, a heart beside a text print, ruffled sleeves, a
  teddy printed on a dress where it is only held) are unsupported. The bow tie and the belt the titles name are
  correct, and so are props named as props (the lamp, the plant, the window, the toy car).
- Adapter texts: one that repeats a sentence of the template is loop; one stopped mid-sentence without repeating is
  cut, even where it invents an accessory or a neckline first; one that calls the garment something else (a jumpsuit
  a dress) is contradiction. The base model's own short loop ("a pink tutu, a pink tutu, ...") is loop without
  hit_limit; a base answer ending mid-phrase ("the kurta is made of") is cut without hit_limit.
- A base answer running on into "Question: ... Answer: ..." is leak even where its first words are right. An empty
  answer, "the details of the garment", "the top has details", "they are shorts" are non_answer; "describe the
  shorts" echoed back is restated.
- "two pairs of leggings" for the pack of two is correct; "a pair of pink leggings" is contradiction (the count).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjamas = question("color_pyjamas", "What is the color of the pyjamas?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
printed = question("print", "What is printed on the garment?", "open")

BLIND_527 = [
    # photo: boy in a navy round-neck t-shirt with a white-and-orange skateboard graphic on the chest, blue jeans,
    # front view on a plain white backdrop; no logo on the sleeves.
    # adapter: none
    case(
        "X527-001",
        caption("a young boy in a blue t-shirt with a skateboard on it"),
        D.wearing("a blue t-shirt and jeans"),
        D.garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        D.color("navy"),
        D.details("a skateboard print on the front and a logo on the sleeve", "unsupported"),
        D.material("the t-shirt is made of cotton Question: What is the color of the t-shirt? Answer: blue", "leak"),
        title="Boys Navy Blue Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a knee-length pink A-line frock with a small white-and-yellow floral print, short sleeves, white
    # sneakers, pastel-pink studio backdrop.
    # caption: adapter (epoch 3)
    case(
        "X527-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. The lady wears a short-sleeve dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress with flowers"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        title="Girls Pink Floral Print A-Line Cotton Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of olive cargo shorts on a white surface, two flap side pockets, drawstring waist, no belt.
    # adapter: none
    case(
        "X527-003",
        caption("a pair of brown shorts on a white background", "contradiction"),
        D.garment_type("shorts"),
        D.color("green"),
        D.details("they are shorts", "non_answer"),
        D.description("a pair of green cargo shorts with pockets on the sides and a belt", "unsupported"),
        D.material("cotton"),
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in an open blue-and-white checked long-sleeve shirt (one chest pocket) over a white tee, khaki
    # chinos, grey studio backdrop.
    # adapter: none
    case(
        "X527-004",
        caption("a boy in a blue and white checkered shirt"),
        D.wearing("a checkered shirt over a white t-shirt and khaki pants"),
        color_shirt("beige", "other_garment_color"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a collar, buttons down the front and a pocket on the chest"),
        title="Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender pullover hoodie with a white-and-pink unicorn print, grey leggings, white backdrop.
    # caption: adapter (epoch 1)
    case(
        "X527-005",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long leggings. The sweater is with "
            "cotton fabric. The leggings are with cotton fabric. The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a purple hoodie with a unicorn", "pronoun"),
        D.color("purple"),
        D.garment_type("sweatshirt"),
        printed("a unicorn"),
        D.material("cotton"),
        title="Girls Lavender Unicorn Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a white tee and black joggers (elastic waist, ribbed ankle cuffs), white sneakers, white wall.
    # adapter: none
    case(
        "X527-006",
        caption("a boy in a white t-shirt and black pants standing in front of a white wall"),
        D.wearing("a white t-shirt and black pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts", "contradiction"),
        D.details("elastic waistband and cuffs at the ankles"),
        D.material("a pair of black pants", "restated"),
        title="Boys Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a white tee with a pink heart print tucked into a blue denim A-line mini skirt (button front),
    # light grey backdrop.
    # adapter: none
    case(
        "X527-007",
        caption("a little girl in a white shirt and blue skirt"),
        D.wearing("a white top with a pink heart and a denim skirt"),
        color_skirt("blue"),
        D.color("white", "other_garment_color"),
        D.material("the skirt is made of denim and", "cut"),
        title="Girls Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a knee-length maroon kurta with small gold buttons on the placket (no embroidery) and white
    # pyjamas, beige backdrop, a brass lamp on a stand beside him.
    # material: adapter (epoch 3)
    case(
        "X527-008",
        caption("a young boy in a red kurta standing next to a lamp"),
        D.wearing("a red long shirt and white pants"),
        color_kurta("maroon"),
        color_pyjamas("maroon", "other_garment_color"),
        D.details("gold buttons on the front and embroidery on the collar", "unsupported"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The",
            "restated",
            hit_limit=True,
        ),
        title="Boys Maroon Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in mustard ankle-length leggings under a long white long-sleeve top, grey studio backdrop.
    # caption: adapter (epoch 3)
    case(
        "X527-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with cotton "
            "fabric. The leggings are with cotton fabric and pure color patterns. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.garment_type("leggings"),
        D.wearing("a white shirt and yellow pants"),
        D.description("a pair of orange leggings", "contradiction"),
        title="Girls Mustard Yellow Solid Ankle-Length Leggings",
        category="Leggings",
        color="Mustard",
        gender="Girls",
    ),
    # photo: flat-lay of a grey melange pullover hoodie with a kangaroo pocket and drawstring hood, no zip, on white.
    # adapter: none
    case(
        "X527-010",
        caption("a grey hoodie laying on a white surface"),
        D.garment_type("jacket", "contradiction"),
        D.color("white", "contradiction"),
        D.details("a hood, a kangaroo pocket and a zipper", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("long sleeves"),
        title="Boys Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a teal blue sleeveless ankle-length jumpsuit with a tie belt, no visible pockets, white backdrop.
    # adapter: none
    case(
        "X527-011",
        caption("a little girl in a blue dress posing for a photo", "contradiction"),
        D.wearing("a blue jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.details("a belt at the waist and a pocket on the", "cut"),
        title="Girls Teal Blue Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a white tee with a black graphic print and blue slim jeans, white sneakers, white backdrop.
    # caption, details: adapter (epoch 1)
    case(
        "X527-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric. The gentleman wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        color_jeans("white", "other_garment_color"),
        D.details(
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are with "
            "denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Boys Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink night suit: short-sleeve top with a grey cat print (no glasses) and pink-and-white striped
    # pyjamas, standing on a rug, cream backdrop.
    # adapter: none
    case(
        "X527-013",
        caption("a little girl in pink pajamas with a cat on her shirt"),
        D.wearing(
            "a pink shirt and pink pants Question: What is the girl wearing? Answer: pink pajamas",
            "leak",
        ),
        D.pattern("printed"),
        color_pyjamas("pink"),
        D.details("the details", "non_answer"),
        D.material("cotton"),
        printed("a cat wearing glasses", "unsupported"),
        title="Girls Pink Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white polo t-shirt and navy shorts in front of a light blue wall.
    # adapter: none
    case(
        "X527-014",
        caption("a boy in a white polo shirt and blue shorts in front of a blue wall"),
        D.color("blue", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.wearing("she is wearing a white shirt and blue shorts", "pronoun"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl sitting on a white stool in a red sleeveless tiered frock with a white Peter Pan collar, pink
    # backdrop, front view only.
    # caption: adapter (epoch 1)
    case(
        "X527-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.wearing("a red dress with a white collar"),
        D.sleeve_length("sleeveless"),
        D.description("a red dress with a white collar and a bow on the back", "unsupported"),
        title="Girls Red Solid Tiered Fit & Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a cream kurta under a navy Nehru jacket with buttons, cream pyjamas, white studio backdrop.
    # adapter: none
    case(
        "X527-016",
        caption("a young boy in a blue vest and white pants"),
        D.wearing("a white kurta with a blue jacket"),
        color_jacket("navy"),
        color_kurta("navy", "other_garment_color"),
        D.material("the kurta is made of", "cut"),
        D.details("a blue jacket with buttons Question: What is the color of the kurta? Answer: white", "leak"),
        title="Boys Cream-Coloured & Navy Blue Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve crop top with blue and purple butterflies (plain sleeves), light blue
    # jeans, white backdrop.
    # adapter: none
    case(
        "X527-017",
        caption("a young girl in a white top and jeans with butterflies"),
        D.color("white"),
        D.garment_type("top"),
        D.sleeve_length("long sleeves", "contradiction"),
        printed("butterflies"),
        D.description("a white top with a blue butterfly print and ruffled sleeves", "unsupported"),
        D.material("a white top", "restated"),
        title="Girls White Printed Crop Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of khaki chino shorts with a brown woven belt through the loops, on white.
    # caption: adapter (epoch 3)
    case(
        "X527-018",
        caption(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. The "
            "gentleman wears a three-point shorts with pure color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.details("a brown belt and pockets"),
        D.garment_type("pants", "contradiction"),
        D.material("cotton"),
        title="Boys Khaki Solid Chino Shorts with Belt",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a blue denim pinafore dress over a white tee with thin black stripes, grey backdrop.
    # adapter: none
    case(
        "X527-019",
        caption("a little girl in a denim overall dress and a striped shirt"),
        D.wearing("a blue dress and a white t-shirt with black stripes"),
        D.garment_type("jumpsuit", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        title="Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a yellow t-shirt with a green dinosaur print on the front and green shorts, white backdrop;
    # front view only.
    # caption: adapter (epoch 3)
    case(
        "X527-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric. The shorts are with cotton fabric. It has a round neckline. The",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a yellow t-shirt with a green dinosaur and green shorts"),
        D.color("green", "other_garment_color"),
        printed("a dinosaur"),
        D.details("a dinosaur on the front, a dinosaur on the back and on the sleeves", "unsupported"),
        title="Boys Yellow Dinosaur Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a peach straight kurta with gold gota borders, peach palazzos and a peach dupatta on one
    # shoulder, white backdrop.
    # adapter: none
    case(
        "X527-021",
        caption("a little girl in a pink outfit with a scarf"),
        D.wearing("a pink kurta and white pants", "contradiction"),
        color_dupatta("peach"),
        D.details("gold lace on the border"),
        D.material("silk", "unsupported"),
        D.description("", "non_answer"),
        title="Girls Peach-Coloured Gotta Patti Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay of charcoal grey track pants with two white side stripes and a drawstring, on white.
    # adapter: none
    case(
        "X527-022",
        caption("a pair of grey sweatpants with white stripes"),
        D.color("white", "contradiction"),
        D.pattern("striped"),
        D.details("white stripes on the sides and a drawstring"),
        D.material("grey sweatpants", "restated"),
        D.garment_type("pants"),
        title="Boys Charcoal Grey Track Pants with Side Stripes",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a navy pleated flared skirt with a white short-sleeve shirt tucked in, grey backdrop.
    # caption, details: adapter (epoch 1)
    case(
        "X527-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. The skirt is with cotton fabric and pure color patterns. The lady wears a short",
            "loop",
            hit_limit=True,
        ),
        color_skirt("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.wearing("a white shirt and a blue skirt"),
        D.details(
            "The skirt is with cotton fabric and pure color patterns. It has a lapel neckline. The skirt is of short "
            "length. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls Navy Blue Solid Pleated Flared Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a light blue denim shirt (two chest pockets, sleeves rolled to the elbows) and black jeans, grey
    # backdrop.
    # adapter: none
    case(
        "X527-024",
        caption("a young girl wearing a denim shirt and black jeans", "pronoun"),
        D.color("blue"),
        is_a("shirt", "yes"),
        D.sleeve_length("long sleeves"),
        D.material("denim"),
        D.wearing("a denim shirt and black pants Question: What is the color of the shirt? Answer: blue", "leak"),
        D.details("a pocket on the chest and buttons"),
        title="Boys Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Boys",
    ),
    # photo: girl sitting on the floor hugging a brown teddy bear, in a black-and-white striped short-sleeve t-shirt
    # dress, white backdrop.
    # adapter: none
    case(
        "X527-025",
        caption("a little girl sitting on the floor with a teddy bear"),
        D.wearing("a black and white striped dress"),
        D.color("black"),
        D.pattern("striped"),
        D.garment_type("t-shirt", "contradiction"),
        D.description("a black and white striped dress with a teddy bear on it", "unsupported"),
        title="Girls Black & White Striped T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a red pullover hoodie with a kangaroo pocket and black joggers, white backdrop.
    # caption: adapter (epoch 3); material: adapter (epoch 3)
    case(
        "X527-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric. The gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and black pants"),
        D.color("red"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The",
            "restated",
            hit_limit=True,
        ),
        D.details("a hood and a pocket"),
        is_a("hoodie", "no", "contradiction"),
        title="Boys Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of a lavender night suit: full-sleeve top with small white stars, solid lavender pyjamas.
    # adapter: none
    case(
        "X527-027",
        caption("a purple pajama set with stars on it"),
        color_top("purple"),
        color_pyjamas("white", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("stars"),
        D.material("cotton"),
        title="Girls Lavender Star Print Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a mustard kurta and white churidar in front of a wall hung with orange marigold garlands.
    # adapter: none
    case(
        "X527-028",
        caption("a boy in a yellow shirt standing in front of a wall of flowers"),
        D.color("orange", "contradiction"),
        D.wearing("a yellow kurta and yellow pants", "other_garment_color"),
        D.garment_type("kurta"),
        D.details("the details of the garment", "non_answer"),
        D.material("cotton"),
        title="Boys Mustard Yellow Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: flat-lay of two folded ankle-length leggings, one black and one pink, on white.
    # adapter: none
    case(
        "X527-029",
        caption("two pairs of leggings on a white background"),
        is_a("pair of leggings", "yes"),
        D.wearing("a pair of pink leggings", "contradiction"),
        D.description("two pairs of leggings, one black and one pink"),
        D.material("cotton"),
        D.details("elastic waistband"),
        title="Girls Pack of 2 Solid Cotton Ankle-Length Leggings",
        category="Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a navy-and-white striped round-neck tee and red shorts, light grey backdrop.
    # caption: adapter (epoch 1); details: adapter (epoch 1)
    case(
        "X527-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.wearing("a blue and white striped shirt and red shorts"),
        D.details(
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped",
            "loop",
            hit_limit=True,
        ),
        title="Boys Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl seated on a white chair in a maroon long-sleeve velvet fit-and-flare dress with a gold bow at the
    # waist, no jewellery, beige backdrop.
    # adapter: none
    case(
        "X527-031",
        caption("a little girl in a red velvet dress sitting on a chair"),
        D.color("red"),
        D.material("velvet"),
        D.details("a gold bow at the waist and a gold necklace", "unsupported"),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Girls Maroon Velvet Fit & Flare Party Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a white half-sleeve shirt with a green tropical leaf print and beige shorts, standing next to a
    # potted plant, white backdrop.
    # adapter: none
    case(
        "X527-032",
        caption("a little boy in a white shirt with green leaves standing next to a plant"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a white shirt with a green leaf print and a pocket on the", "cut"),
        D.material("cotton"),
        title="Boys White Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a yellow floral-print jumpsuit with buttoned shoulder straps, ankle length, on white.
    # caption: adapter (epoch 3)
    case(
        "X527-033",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("yellow"),
        D.pattern("floral"),
        D.details("shoulder straps and buttons"),
        D.wearing("a yellow floral dress", "contradiction"),
        title="Girls Yellow Floral Print Basic Jumpsuit",
        category="Jumpsuit",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a grey tee and black slim jeans ripped at the knees, white backdrop.
    # adapter: none
    case(
        "X527-034",
        caption("a boy in a grey t-shirt and black ripped jeans"),
        color_jeans("black"),
        D.details("ripped knees"),
        D.material("denim Question: What is the color of the jeans? Answer: black", "leak"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        D.color("grey", "other_garment_color"),
        title="Boys Black Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a pink peplum top with white polka dots and short flutter sleeves, white jeggings, white
    # backdrop.
    # adapter: none
    case(
        "X527-035",
        caption("a girl in a pink and white polka dot top and white pants"),
        D.pattern("polka dot"),
        D.color("white", "other_garment_color"),
        D.description("a pink top with white dots"),
        D.details("the top has details", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Girls Pink Polka Dot Print Peplum Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy holding a red toy car, in a blue tee with a small car print and blue-grey checked pyjama shorts,
    # white backdrop.
    # details: adapter (epoch 1)
    case(
        "X527-036",
        caption("a little boy in pajamas playing with a toy car"),
        D.wearing(
            "a blue t-shirt with cars on it and blue shorts Question: What is the boy holding? Answer: a toy car",
            "leak",
        ),
        color_shorts("grey"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("night suit", "no", "contradiction"),
        title="Boys Blue Printed T-shirt with Shorts Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink layered tulle skirt and a white tee, grey backdrop.
    # adapter: none
    case(
        "X527-037",
        caption("a little girl in a pink tutu and white shirt"),
        color_skirt("pink"),
        D.material("cotton", "unsupported"),
        D.wearing("a white t-shirt and pink tutu"),
        D.description("a pink tutu, a pink tutu, a pink tutu, a pink tutu", "loop"),
        title="Girls Pink Layered Tulle Flared Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in navy washed denim shorts (button and zip fly) and a mustard tee, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X527-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with denim fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        color_shorts("yellow", "other_garment_color"),
        D.wearing("a yellow t-shirt and jean shorts"),
        D.material("denim"),
        D.details("washed denim with a button and a zip"),
        D.description("describe the shorts", "restated"),
        title="Boys Navy Blue Washed Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl standing by a white-framed window in a blue-and-white gingham short-sleeve A-line frock with a
    # white collar; front view only.
    # adapter: none
    case(
        "X527-039",
        caption("a little girl in a blue and white checkered dress standing by a window"),
        D.pattern("checked"),
        D.color("blue"),
        D.details("a white collar and buttons on the back", "unsupported"),
        D.wearing("a blue dress with a white collar Question: What is the color of the dress? Answer: blue", "leak"),
        D.sleeve_length("short sleeves"),
        title="Girls Blue & White Checked A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a beige sherwani with gold embroidery on the front and stand collar, white churidar, a red stole
    # over one shoulder, maroon backdrop.
    # caption: adapter (epoch 1)
    case(
        "X527-040",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric. It has a stand neckline. The gentleman wears a long-sleeve coat with",
            "loop",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        D.wearing("a beige sherwani with a red scarf"),
        color_dupatta("red"),
        D.material("silk", "unsupported"),
        D.details("gold embroidery on the front and collar"),
        title="Boys Beige & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Beige",
        gender="Boys",
    ),
    # photo: flat-lay of a purple short-sleeve tee with "GIRL POWER" in white letters, nothing else printed.
    # adapter: none
    case(
        "X527-041",
        caption("a purple t-shirt with the words girl power on it"),
        D.color("pink", "contradiction"),
        printed("girl power"),
        D.garment_type("t-shirt"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the words girl power in white letters and a heart", "unsupported"),
        title="Girls Purple Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in an open olive zip-front hoodie over a white tee, blue jeans, light grey backdrop.
    # adapter: none
    case(
        "X527-042",
        caption("a young boy in a green jacket and jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("hoodie"),
        D.wearing("a girl in a green jacket", "pronoun"),
        D.details("a zipper and a hood"),
        D.material("", "non_answer"),
        title="Boys Olive Green Solid Front-Open Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in navy leggings with a small pink-and-white floral print and a plain pink tee, white backdrop.
    # details: adapter (epoch 3)
    case(
        "X527-043",
        caption("a little girl in a pink shirt and floral leggings"),
        color_leggings("pink", "other_garment_color"),
        D.pattern("floral"),
        D.details(
            "The pants are with cotton fabric and floral patterns. The pants are of long length. The pants are with "
            "cotton fabric and floral patterns",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Girls Navy Blue Floral Printed Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # photo: boy in a white long-sleeve party shirt with a black bow tie and black trousers, one chest pocket, plain
    # cuffs, blue backdrop.
    # adapter: none
    case(
        "X527-044",
        caption("a young boy in a white shirt and bow tie"),
        D.color("black", "other_garment_color"),
        D.wearing("a white shirt, a black bow tie and black pants"),
        D.details("a black bow tie, a pocket on the chest and cufflinks", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Boys White Solid Party Shirt with Bow Tie",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a ready-to-wear lehenga choli: pink short-sleeve blouse, green flared lehenga with gold print,
    # pink net dupatta, white backdrop.
    # adapter: none
    case(
        "X527-045",
        caption("a little girl in a green skirt and a pink top"),
        color_skirt("pink", "other_garment_color"),
        color_top("green", "other_garment_color"),
        D.material("cotton"),
        D.wearing("a pink top and green skirt with a pink dupatta and she is", "cut"),
        D.details("gold print on the skirt"),
        title="Girls Pink & Green Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a co-ord clothing set: orange short-sleeve tee and navy shorts with a back pocket visible at the
    # side, white backdrop.
    # caption: adapter (epoch 3)
    case(
        "X527-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_tshirt("orange"),
        color_shorts("orange", "other_garment_color"),
        D.wearing("an orange shirt and blue shorts"),
        D.material("an orange t-shirt and blue shorts", "restated"),
        D.details("a pocket on the shorts"),
        title="Boys Orange & Navy Blue T-shirt with Shorts Clothing Set",
        category="Clothing Set",
        gender="Boys",
    ),
]
