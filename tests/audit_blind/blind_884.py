"""BLIND_884 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the fifty-seventh session.
Measured blind at 61894b1 (the session's first rules): 102/124 failures found (82.3%) and 11/176 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' wear feed (Boys, Girls, a few Unisex rows): t-shirts, polos, shirts, tops, shorts,
dresses, a jumpsuit, and ethnic sets (kurta with pyjama, palazzo, sharara or dhoti; a lehenga choli; a kurta set with
a Nehru jacket). Catalog photos of a child model on a white studio backdrop (one yellow, one light grey), front or
three-quarter view, nearly always with a second garment (tee over the shorts being sold, palazzos under the kurta),
sometimes a prop (teddy bear) or an accessory (hairband, bangles, ribbon belt). Some feed rows lack a column
(color, category), as real feeds do.

Who wrote what: the caption comes from the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3), which writes
the DeepFashion template ("The lady wears a short-sleeve T-shirt with graphic patterns...") with no hue names, calls
every child "lady", "gentleman" or "person", and, trained with no end token, loops or runs to the 50-token limit; a
minority of captions come from the epoch-1 adapter, which still writes base-model style sentences with hues ("a
young boy wearing a yellow t-shirt..."). The open questions describe / details / "What is printed on the t-shirt?"
and the open color question are answered by the extractive QA model over that caption, so their answers are spans
of the caption (or empty when it finds none). "What is the boy/girl wearing?" is asked of the VQA adapter
(Data3_V3_BLIP2_VQA), which answers In-shop class names (tee, graphic tee, denim, blouse/shirt, romper) and, with no
end token either, often loops, runs on until cut, or writes the next "Question: ... Answer:" pair. The material
question is asked of the untuned base blip2-opt-2.7b (free generation, 30 tokens). Closed questions (garment type,
color, color of a named garment, pattern, sleeve length, "Is this a ...?") come from the reference engine, which
picks one candidate, so they never loop or stop short, but may pick the wrong one.

Labeling conventions and judgement calls:
- One label per text; when a text has two faults, I labeled the first it commits in reading order, except that a
  loop or a cut (hit_limit) wins over the content of the looping or cut text.
- Extractive answers inherit their caption's faults: a span cut where the caption was cut is "cut" (hit_limit left
  False, the answer itself did not hit a limit); a span carrying an invented fabric is "unsupported".
- A color question answered with a pattern word ("floral patterns", "pure color") says nothing about hue: non_answer.
  "What is printed on the t-shirt?" answered "graphic patterns" is a non_answer too; an empty span is a non_answer.
- A bare garment name echoing the garment the question is about ("short pants" for the shorts' details) is
  non_answer; a sentence that only restates the question ("the shorts are made of the material") is restated.
  A garment name answering "What is the girl wearing?" ("dress") is an answer, not a non_answer.
- A wrong color that belongs to another garment in the photo (the tee's color for the shorts, the leggings' for the
  kurta, the ribbon belt or sandals for the dress) is other_garment_color; a wrong color that belongs to nothing
  worn (the yellow backdrop, the teddy bear, the leaf print's green for navy shorts) is contradiction.
- Another garment's pattern or sleeves given to the product (the tee's stripes for the shorts, the blouse's short
  sleeves for a sleeveless pinafore) is contradiction, as the kind for other garments is about colors only.
- A kurta named "dress" or "shirt" when it is worn over pyjamas/palazzos/pants is contradiction (the DeepFashion
  template has no kurta); "yes" to "Is this a shirt?" for a kurta likewise. An anarkali named "anarkali suit" is right.
- Fabrics: "cotton" for a jersey tee, cotton dress or cotton kurta is accepted when the title does not say otherwise
  (the common reading of the photo); a fabric the title contradicts (cotton for Dri-FIT or velvet) or that nothing
  shows (chiffon, silk, linen, wool, denim on chinos/cargos, a cotton-polyester blend) is unsupported. Denim is
  right where denim is visible; silk is right where the title says silk blend.
- Invented accessories or parts (a ring, a wrist accessory, a hat, a bow tie, a hairband that is not there) are
  unsupported. A hairband or bangles that are in the photo, named as "an accessory on her head/wrist", are right.
- "Lady", "gentleman", "female", "his/her", "girl/boy" against the gender column is pronoun; "lady" for a girl and
  "gentleman" for a boy are right (adult words for children are not a gender error). Unisex rows have no pronoun
  failure. "she is wearing a cotton dress" for a girl is correct.
- Shades map to their group: "pink" for Peach, "red" for Maroon, "yellow" for Mustard, "purple" for Lavender are
  correct closed answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

printed = question("print", "What is printed on the t-shirt?", "open")

BLIND_884 = [
    # photo: boy in a navy round-neck tee with a white dinosaur print, khaki shorts, white backdrop, front view.
    # caption: caption adapter epoch 3; wearing: VQA adapter; describe: extractive QA; material: base; rest: reference
    case(
        "X884-001",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a short pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("graphic tee", who="the boy"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        color_of("t-shirt", "navy blue"),
        B.pattern("graphic"),
        B.material("cotton"),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink fit-and-flare dress with small white and yellow flowers, white sandals, no
    # jewellery, white backdrop. caption: epoch 3; wearing: VQA adapter; details: extractive; material: base
    case(
        "X884-002",
        caption(
            "The lady wears a tank dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady wears a ring on her finger.",
            "unsupported",
        ),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        details("dress", "It has a round neckline"),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        B.pattern("floral"),
        is_a("dress", "yes"),
        B.material("silk", "unsupported"),
        title="Tiny Girl Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in olive drawstring shorts, a white tee with a small red "GO" print worn untucked, white sneakers,
    # white backdrop. caption: epoch 1 (hues); wearing: VQA adapter; details: extractive; material: base
    case(
        "X884-003",
        caption("a young boy wearing a white t-shirt and olive green shorts standing in front of a white wall"),
        wearing("tee and shorts and sneakers", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "shorts", "non_answer"),
        B.pattern("solid"),
        B.garment_type("shorts"),
        B.material("cotton"),
        title="612 League Boys Olive Solid Regular Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a mustard-yellow straight kurta with a small green block print, three-quarter sleeves, green
    # palazzos, green dupatta over one shoulder, white backdrop. caption: epoch 3; wearing: VQA adapter;
    # describe: extractive; material: base; rest: reference
    case(
        "X884-004",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing(
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: floral",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("yellow"),
        color_of("pants", "green"),
        describe("kurta", "long-sleeve dress with floral patterns", "contradiction"),
        B.material("cotton"),
        title="Biba Girls Yellow & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a red tee with the white Puma cat logo, black track shorts, white backdrop, front view.
    # caption: epoch 3, stopped at the 50-token limit; details: extractive over it; wearing: VQA adapter
    case(
        "X884-005",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a short pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("graphic tee", who="the boy"),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "other_garment_color"),
        details("shorts", "cotton fabric and", "cut"),
        B.sleeve_length("short"),
        title="Puma Boys Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a white cotton top with small pink embroidery at the yoke and flutter sleeves, blue denim jeans,
    # light grey backdrop. caption: epoch 1 (calls her a boy); wearing: VQA; describe: extractive; material: base
    case(
        "X884-006",
        caption("a little boy wearing a white top and blue jeans", "pronoun"),
        wearing("blouse and denim", who="the girl"),
        B.color("blue", "other_garment_color"),
        describe("top", "white top"),
        B.pattern("embroidered"),
        B.material("it is made of cotton"),
        is_a("t-shirt", "no"),
        title="Cherokee Girls White Embroidered Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white checked short-sleeve shirt, navy chino shorts, white backdrop.
    # caption: epoch 3 ("lattice" = checks); wearing: VQA adapter; details: extractive; material: base
    case(
        "X884-007",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel collar. The gentleman wears a short pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, "
            "blouse/shirt,",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        B.pattern("checked"),
        color_of("shirt", "navy blue", "other_garment_color"),
        details("shirt", "It has a lapel collar"),
        B.sleeve_length("short"),
        B.material("linen", "unsupported"),
        title="U.S. Polo Assn. Kids Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless A-line dress with broad horizontal red, yellow and blue stripes, white backdrop.
    # caption: epoch 3; wearing: VQA adapter; describe: extractive; material: base
    case(
        "X884-008",
        caption(
            "The lady wears a tank dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline."
        ),
        wearing("dress", who="the girl"),
        B.color("multicolor"),
        B.pattern("striped"),
        describe("dress", "tank dress with striped patterns"),
        B.material("the dress is made of fabric", "restated"),
        title="Peppermint Girls Multicoloured Striped A-Line Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a cream silk-blend kurta with a mandarin collar and gold buttons, maroon pyjamas, mojaris,
    # white backdrop. caption: epoch 3, cut at the limit; wearing: VQA adapter; material: base; rest: reference
    case(
        "X884-009",
        caption(
            "This person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. This person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt and pants", "contradiction", who="the boy"),
        B.garment_type("kurta"),
        B.color("cream"),
        color_of("pyjamas", "maroon"),
        B.material("silk"),
        is_a("shirt", "yes", "contradiction"),
        title="Aj Dezines Boys Cream & Maroon Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in light-wash blue denim shorts with a frayed hem and a white tee with a pink heart print,
    # white backdrop. caption: epoch 3 ("gentleman", "his"); wearing: VQA; details: extractive; material: base
    case(
        "X884-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short pants. His pants are with denim fabric and solid "
            "color patterns.",
            "pronoun",
        ),
        wearing("graphic tee and denim", who="the girl"),
        color_of("shorts", "blue"),
        details("shorts", "denim fabric and solid color patterns"),
        B.material("denim"),
        B.pattern("graphic", "contradiction"),
        is_a("skirt", "yes", "contradiction"),
        title="Pepe Jeans Kids Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a yellow tee with an orange-and-brown Chhota Bheem cartoon print, blue denim shorts, white
    # backdrop. caption: epoch 1; wearing: VQA adapter; print: extractive; material: base (leaked the next prompt)
    case(
        "X884-011",
        caption("a boy wearing a yellow t-shirt with a cartoon character on it and blue shorts"),
        wearing(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic "
            "tee graphic tee",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        printed("a cartoon character"),
        B.color("yellow"),
        color_of("shorts", "yellow", "other_garment_color"),
        B.material("cotton Question: What is the color of the t-shirt? Answer: yellow", "leak"),
        is_a("t-shirt", "yes"),
        title="Chhota Bheem Kids Boys Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a pink flared net lehenga with a gold zari border, matching sleeveless pink choli, sheer
    # pink dupatta, gold bangles on both wrists, white backdrop. caption: epoch 3, cut at the limit; wearing: VQA;
    # material: base; rest: reference
    case(
        "X884-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a round neckline. The lady wears "
            "a long skirt. The skirt is with other fabric and color block patterns. There is an accessory on her "
            "wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("tank and skirt", who="the girl"),
        B.garment_type("lehenga choli"),
        B.color("pink"),
        B.material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Kids Girls Pink & Gold-Toned Embellished Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler boy in a sky-blue tee with a grey car print, grey melange shorts, white backdrop.
    # caption: epoch 3, looping to the limit; wearing: VQA (adds a hat); describe: extractive; material: base
    case(
        "X884-013",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The person "
            "wears a short pants. The pants are with cotton fabric and pure color patterns. The person wears a short "
            "pants. The pants are with cotton fabric and pure color patterns. The person wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("tee and shorts and a hat", "unsupported", who="the boy"),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_of("shorts", "grey"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        B.material("cotton"),
        title="Babyhug Boys Blue & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender Dri-FIT tee with a small white swoosh, black leggings, white backdrop.
    # caption: epoch 3 (says cotton); wearing: VQA adapter, ran to the limit; material: base; rest: reference
    case(
        "X884-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        wearing(
            "tee and leggings with a round neckline and short sleeves and a small logo on the chest and a pair of "
            "long leggings with a",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        B.color("purple"),
        color_of("leggings", "black"),
        B.material("polyester"),
        B.sleeve_length("short"),
        title="Nike Girls Lavender Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in navy chino shorts with belt loops and slant pockets, a white-and-red striped polo tee, white
    # backdrop. caption: epoch 3; wearing: VQA; details: extractive; material: base (says "she")
    case(
        "X884-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman wears a short pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("polo shirt and shorts", who="the boy"),
        color_of("shorts", "navy blue"),
        B.pattern("striped", "contradiction"),
        details("shorts", "The pants are with cotton fabric and pure color patterns"),
        B.material("she is wearing cotton shorts", "pronoun"),
        is_a("shorts", "yes", article="a pair of"),
        title="Allen Solly Junior Boys Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a red dress with white polka dots, short puff sleeves, white Peter Pan collar, holding a brown
    # teddy bear, white backdrop. caption: epoch 1; wearing: VQA (leaks); describe: extractive; material: base
    case(
        "X884-016",
        caption("a little girl in a red and white polka dot dress holding a teddy bear"),
        wearing(
            "dress Question: What is the color of the dress? Answer: red Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        B.pattern("polka dots"),
        B.color("brown", "contradiction"),
        B.sleeve_length("short"),
        describe("dress", "red and white polka dot dress"),
        B.material("cotton"),
        title="Hopscotch Girls Red Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a green tee with a Hulk print on the front, black shorts, white backdrop.
    # caption: epoch 3 ("lady", "her" for a boy); wearing: VQA; print: extractive; material: base
    case(
        "X884-017",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The lady wears a "
            "short pants. Her pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("graphic tee and shorts", who="the boy"),
        color_of("t-shirt", "green"),
        printed("graphic patterns", "non_answer"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("cotton"),
        title="Marvel by Wear Your Mind Boys Green Hulk Print T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sea-green kurta with gold foil ethnic motifs, matching green sharara, pink dupatta, white
    # backdrop. caption: epoch 1; wearing: VQA; details: extractive (picked the dupatta); material: base
    case(
        "X884-018",
        caption("a girl in a green kurta and sharara with a pink dupatta"),
        wearing("dress", "contradiction", who="the girl"),
        B.color("green"),
        color_of("dupatta", "pink"),
        B.pattern("printed"),
        details("kurta", "pink dupatta", "other_garment_color"),
        B.material("rayon", "unsupported"),
        title="Jashvi Girls Green Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve shirt with rolled sleeves worn open over a navy tee, beige chinos, white
    # backdrop. caption: epoch 3, cut at the limit; wearing: VQA; describe: extractive over it; material: base
    case(
        "X884-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar. The gentleman wears a short-sleeve T-shirt with pure color patterns underneath. The "
            "gentleman wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("shirt and tee", who="the boy"),
        B.color("navy blue", "other_garment_color"),
        B.sleeve_length("long"),
        describe("shirt", "long-sleeve shirt with pure color patterns"),
        B.material("the shirt is made of the material of the shirt", "restated"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Cherokee Boys White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless mustard jumpsuit with culotte legs and a self tie belt, white backdrop.
    # caption: epoch 3 ("romper"); wearing: VQA adapter; details: extractive; material: base
    case(
        "X884-020",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "round neckline. There is a belt on her waist."
        ),
        wearing(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        B.color("yellow"),
        details("jumpsuit", "There is a belt on her waist"),
        B.sleeve_length("short", "contradiction"),
        B.material("the jumpsuit is made of material", "restated"),
        title="YK Girls Mustard Yellow Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a grey melange polo with a navy tipped collar, blue denim jeans, no belt visible (polo untucked),
    # white backdrop. caption: epoch 1; wearing: VQA; details: extractive (found nothing); rest: reference
    case(
        "X884-021",
        caption("a boy wearing a grey polo shirt and blue jeans"),
        wearing("polo shirt and denim with a belt", "unsupported", who="the boy"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "grey", "other_garment_color"),
        details("t-shirt", "", "non_answer"),
        B.pattern("striped", "contradiction"),
        title="United Colors of Benetton Kids Boys Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in pink elastic-waist shorts with a bow, a white tee with a grey unicorn print, white backdrop.
    # caption: epoch 3, looping; wearing: VQA; details: extractive; material: base; rest: reference
    case(
        "X884-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The lady wears a "
            "short pants. Her pants are with cotton fabric and pure color patterns. Her pants are with cotton fabric "
            "and pure color patterns. Her pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("tee and shorts", who="the girl"),
        color_of("shorts", "pink"),
        B.color("white", "other_garment_color"),
        details("shorts", "Her pants are with cotton fabric and pure color patterns"),
        B.material("what is the garment made of", "restated"),
        is_a("skirt", "no"),
        title="Palm Tree Girls Pink Solid Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a navy kurta with white thread embroidery at the placket and a mandarin collar, white pyjamas,
    # white backdrop, three-quarter view. caption: epoch 3; wearing: VQA (leaks); details: extractive; material: base
    case(
        "X884-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing(
            "shirt and pants Question: What is the color of the shirt? Answer: pure color Question: What is the",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("navy blue"),
        color_of("pyjamas", "white"),
        details("kurta", "It has a stand collar"),
        B.material("linen", "unsupported"),
        title="Little Bansi Boys Navy Blue & White Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a white tee with thin black horizontal stripes, red denim shorts, white backdrop.
    # caption: epoch 3; wearing: VQA adapter, ran on to the limit; describe: extractive; rest: reference
    case(
        "X884-024",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short pants. Her pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing(
            "tee and shorts. The tee is with striped patterns and the shorts are with denim fabric and pure color "
            "patterns and the",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        B.color("red", "other_garment_color"),
        B.pattern("striped"),
        describe("t-shirt", "T-shirt", "non_answer"),
        color_of("shorts", "red"),
        title="Doodle Girls White & Black Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a plain orange tee and navy denim shorts in front of a yellow studio backdrop.
    # caption: epoch 1 (calls him a girl); wearing: VQA adapter; describe: extractive; material: base
    case(
        "X884-025",
        caption("a little girl in an orange t-shirt and blue shorts standing in front of a yellow wall", "pronoun"),
        wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        B.color("yellow", "contradiction"),
        B.pattern("solid"),
        B.material("cotton"),
        describe("t-shirt", "orange t-shirt"),
        title="Ant Kids Boys Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a navy A-line dress with a white and pink floral print, cap sleeves, a white hairband, white
    # backdrop. caption: epoch 3; wearing: VQA ("hat"); open color: extractive over the caption; material: base
    case(
        "X884-026",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her head."
        ),
        wearing("dress and hat", "unsupported", who="the girl"),
        B.color("navy blue"),
        B.pattern("floral"),
        color_of("dress", "floral patterns", "non_answer", kind="open"),
        B.sleeve_length("short"),
        B.material("cotton"),
        title="Gini and Jony Girls Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in charcoal-grey dryCELL sports shorts with a white side stripe and logo, a black training tee,
    # white backdrop. caption: epoch 3, cut at the limit; wearing: VQA; details: extractive; material: base
    case(
        "X884-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("tee and shorts", who="the boy"),
        color_of("shorts", "black", "other_garment_color"),
        B.material("polyester"),
        details("shorts", "short pants", "non_answer"),
        B.pattern("solid"),
        title="Puma Boys Grey dryCELL Sports Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in an off-white flared anarkali kurta with a red floral print, red churidar leggings, red dupatta,
    # white backdrop. caption: epoch 1; wearing: VQA; describe: extractive; material: base (leaks)
    case(
        "X884-028",
        caption("a little girl wearing a white and red anarkali suit"),
        wearing("dress", "contradiction", who="the girl"),
        B.garment_type("kurta"),
        B.color("red", "other_garment_color"),
        B.pattern("floral"),
        describe("kurta", "white and red anarkali suit"),
        B.material(
            "cotton Question: What is the pattern of the garment? Answer: floral Question: What is the sleeve length",
            "leak",
        ),
        title="Biba Girls Off-White & Red Printed Anarkali Kurta",
        category="Kurtas",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a black tee with a red, yellow and white Mickey Mouse print, blue jeans, white backdrop.
    # caption: epoch 3; wearing: VQA adapter (leaks); details: extractive; material: base; rest: reference
    case(
        "X884-029",
        caption(
            "This person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This person wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing(
            "graphic tee and denim Question: Is this a graphic tee? Answer: yes Question: What is the color of the",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        details("t-shirt", "It has a round neckline"),
        B.sleeve_length("long", "contradiction"),
        B.material("cotton"),
        title="Disney by Wear Your Mind Boys Black Mickey Mouse Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a sleeveless peach cotton top with tiered ruffles, white shorts, white backdrop.
    # caption: epoch 3 (says chiffon); wearing: VQA; details: extractive over it; rest: reference
    case(
        "X884-030",
        caption(
            "The lady wears a tank shirt with pure color patterns. The shirt is with chiffon fabric. It has a round "
            "neckline. The lady wears a short pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("tank and shorts", who="the girl"),
        B.color("pink"),
        color_of("shorts", "white"),
        details("top", "chiffon fabric", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Mothercare Girls Peach Ruffled Cotton Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a white kurta and white pyjamas under a maroon jacquard Nehru jacket, white backdrop.
    # caption: epoch 3, cut at the limit; wearing: VQA adapter; describe: extractive; material: base
    case(
        "X884-031",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. It has a "
            "stand collar. The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a "
            "long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest vest "
            "vest vest vest vest vest vest vest vest vest",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        color_of("jacket", "maroon"),
        color_of("kurta", "maroon", "other_garment_color"),
        describe("jacket", "sleeveless vest with graphic patterns"),
        B.material("silk", "unsupported"),
        title="Vastramay Boys White Kurta Pyjama with Maroon Jacquard Nehru Jacket",
        category="Clothing Set",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a green-and-white gingham pinafore dress (sleeveless) over a white short-sleeve blouse, no bow
    # tie, white backdrop. caption: epoch 1; wearing: VQA; material: base; rest: reference
    case(
        "X884-032",
        caption(
            "a little girl wearing a green and white checkered dress and a white shirt with a bow tie", "unsupported"
        ),
        wearing("dress and blouse", who="the girl"),
        B.pattern("checked"),
        B.sleeve_length("short", "contradiction"),
        B.color("green"),
        is_a("dress", "yes"),
        B.material("she is wearing a cotton dress"),
        title="Tiny Girl Green & White Checked Pinafore Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a royal blue Dri-FIT tee with a small white swoosh, black shorts, white backdrop (the feed row
    # has no color column). caption: epoch 3 ("female", "her"); wearing: VQA; material: base; rest: reference
    case(
        "X884-033",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. It has a round neckline. The "
            "female wears a short pants. Her pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("tee and shorts", who="the boy"),
        B.color("blue"),
        B.material("cotton", "unsupported"),
        B.garment_type("t-shirt"),
        title="Nike Boys Blue Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: toddler girl in a pink top with a grey bunny print, grey melange shorts with pink piping, white
    # backdrop. caption: epoch 3 ("gentleman", "his"); wearing: VQA adapter (leaks); material: base
    case(
        "X884-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The "
            "gentleman wears a short pants. His pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing(
            "tee and shorts Question: Is this a tee? Answer: yes Question: What cloth is the person wearing? Answer: "
            "tee and",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        color_of("shorts", "pink", "other_garment_color"),
        B.pattern("solid", "contradiction"),
        B.material("cotton"),
        title="Babyhug Girls Pink & Grey Printed Top with Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in khaki cotton-twill cargo shorts with side flap pockets, an olive green tee, white backdrop.
    # caption: epoch 1; wearing: VQA adapter, ran to the limit; details: extractive; material: base
    case(
        "X884-035",
        caption("a boy wearing a green t-shirt and khaki cargo shorts with pockets"),
        wearing(
            "tee and shorts with pockets on the side and a round neckline and short sleeves and the shorts are of "
            "short length and the",
            "cut",
            who="the boy",
            hit_limit=True,
        ),
        color_of("shorts", "green", "other_garment_color"),
        details("shorts", "khaki cargo shorts with pockets"),
        B.material("denim", "unsupported"),
        is_a("shorts", "yes", article="a pair of"),
        title="Cherokee Boys Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a sleeveless lemon-yellow kurta with a pink floral print, pink palazzos, no bangles or watch,
    # white backdrop. caption: epoch 3; wearing: VQA adapter; describe: extractive; rest: reference
    case(
        "X884-036",
        caption(
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her wrist.",
            "contradiction",
        ),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        B.garment_type("kurta"),
        B.color("yellow"),
        color_of("palazzos", "pink"),
        B.sleeve_length("sleeveless"),
        B.pattern("floral"),
        describe("kurta", "tank dress with floral patterns", "contradiction"),
        title="Aks Kids Girls Yellow & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a white tee with black "LITTLE BOSS" lettering, red shorts, white backdrop.
    # caption: epoch 1; wearing: VQA ("denim"); print: extractive; material: base; rest: reference
    case(
        "X884-037",
        caption("a boy wearing a white t-shirt that says little boss and red shorts"),
        wearing("tee and denim", "contradiction", who="the boy"),
        printed("little boss"),
        color_of("t-shirt", "white"),
        B.pattern("typography"),
        B.material("it is made of cotton and polyester", "unsupported"),
        title="Gini and Jony Boys White Typography Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a maroon velvet long-sleeve party dress with a gold sequin waistband, white backdrop.
    # caption: epoch 3 (says cotton); wearing: VQA adapter; describe/details: extractive; material: base
    case(
        "X884-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline.",
            "unsupported",
        ),
        wearing(
            "dress with long sleeves and a sequin belt and a sequin belt and a sequin belt and a sequin belt and a "
            "sequin belt and",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        B.color("red"),
        B.sleeve_length("long"),
        describe("dress", "long-sleeve dress with pure color patterns"),
        B.material("velvet Question: What is the color of the dress? Answer: red", "leak"),
        details("dress", "It has a round neckline"),
        title="Hopscotch Girls Maroon Velvet Party Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a white tee with a blue shark print and matching pocketless blue shorts, white backdrop (the
    # feed row has no category column). caption: epoch 3, looping; wearing: VQA; describe: extractive; material: base
    case(
        "X884-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The T-shirt "
            "is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a round "
            "neckline. The T-shirt is with cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("tee and shorts with pockets", "unsupported", who="the boy"),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("shorts", "blue"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        B.material("cotton"),
        title="Kids Ville Boys White & Blue Shark Printed T-shirt with Shorts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in plain yellow shorts with pom-pom trim, a navy-and-white striped tee, white backdrop.
    # caption: epoch 3 (puts the stripes on the shorts); wearing: VQA; details: extractive; material: base
    case(
        "X884-040",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. It has a round neckline. The lady wears a "
            "short pants. Her pants are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        wearing("tee and shorts", who="the girl"),
        color_of("shorts", "yellow"),
        details("shorts", "cotton fabric and striped patterns", "contradiction"),
        B.pattern("solid"),
        B.material("the shorts are made of the material", "restated"),
        title="612 League Girls Yellow Solid Regular Shorts",
        category="Shorts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a mustard silk-blend kurta and white dhoti pants, white backdrop.
    # caption: epoch 1; wearing: VQA ("yes"); describe: extractive; material: base; rest: reference
    case(
        "X884-041",
        caption("a young boy in a yellow kurta and white dhoti"),
        wearing("yes", "non_answer", who="the boy"),
        B.garment_type("kurta"),
        B.color("yellow"),
        color_of("dhoti", "yellow", "other_garment_color"),
        B.material("silk"),
        describe("kurta", "yellow kurta"),
        is_a("shirt", "no"),
        title="Sethukrishna Boys Mustard Yellow & White Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a pink tee with white "PUMA" lettering and the cat logo, grey leggings, white backdrop, side
    # view. caption: epoch 3; wearing: VQA adapter (leaks); describe: extractive; rest: reference
    case(
        "X884-042",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "tee and leggings Question: What is the color of the tee? Answer: pure color Question: What is",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", "other_garment_color"),
        B.sleeve_length("short"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        title="Puma Girls Pink Graphic Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: child in a red tee with a Spider-Man face print, blue jeans, bare wrists, white backdrop (Unisex row).
    # caption: epoch 3 (invents a wrist accessory); wearing: VQA; print: extractive (empty); material: base
    case(
        "X884-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. It has a round neckline. The gentleman "
            "wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "his wrist.",
            "unsupported",
        ),
        wearing("graphic tee and denim", who="the child"),
        color_of("t-shirt", "red"),
        color_of("jeans", "blue"),
        printed("", "non_answer"),
        B.sleeve_length("short"),
        B.material("what material is the t-shirt made of", "restated"),
        title="Marvel Kids Unisex Red Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Unisex",
    ),
    # photo: girl in a sleeveless white schiffli-embroidered cotton dress with a pink ribbon belt, pink sandals, no
    # hair accessory, white backdrop. caption: epoch 3; wearing: VQA; details: extractive; material: base
    case(
        "X884-044",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is a belt on her waist. There is an accessory on her head.",
            "unsupported",
        ),
        wearing(
            "dress with a belt and a round neckline and the dress is of knee length and the belt is with",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        B.color("pink", "other_garment_color"),
        B.pattern("embroidered"),
        details("dress", "There is a belt on her waist"),
        B.material("cotton"),
        B.sleeve_length("sleeveless"),
        title="Cherokee Girls White Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in navy shorts with a green palm-leaf print, a plain white tee, white backdrop.
    # caption: epoch 3 (leaf print read as floral); wearing: VQA; details: extractive; material: base, looping
    case(
        "X884-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. It has a round neckline. The "
            "gentleman wears a short pants. The pants are with cotton fabric and floral patterns."
        ),
        wearing("clothes", "non_answer", who="the boy"),
        color_of("shorts", "green", "contradiction"),
        B.pattern("tropical"),
        details("shorts", "cotton fabric and floral patterns"),
        B.material(
            "the garment is made of cotton and it is made of cotton and it is made of cotton and it is made of",
            "loop",
            hit_limit=True,
        ),
        title="Ant Kids Boys Navy Blue Tropical Print Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a teal knit top with puff sleeves, white denim jeans, white backdrop.
    # caption: epoch 3 ("gentleman", "his" for a girl); wearing: VQA; describe: extractive; material: base
    case(
        "X884-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long pants. His pants are with denim fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        wearing("tee and denim", who="the girl"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("short"),
        describe("top", "short-sleeve T-shirt with pure color patterns"),
        B.material("wool", "unsupported"),
        title="Pepe Jeans Kids Girls Teal Blue Solid Top",
        category="Tops",
        color="Teal",
        gender="Girls",
    ),
]
