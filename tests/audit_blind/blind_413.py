"""BLIND_413 (46 products; women's kurtas, sets, tops, bottoms, sarees and shrugs, model shots): written blind in the
forty-sixth session. Measured blind at 1291946 (the session's rules as they stood): 108/124 failures found (87.1%)
and 3/155 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog drawn at random from a night's run: kurtas, kurta sets (kurta with palazzos,
trousers, churidar or sharara, most with a dupatta), tops, tshirts, dresses, jeans, trousers, leggings, palazzos,
sarees, shrugs and sweatshirts, all model shots, mostly on plain studio backdrops, a few against a brick wall, a
pink wall, a wooden door, a garden or a beach, some with props (a stool, a potted plant, sunglasses, a handbag).
Bottoms are shot with a top (often tucked in), leggings under a kurta, shrugs over a tank top or a dress, so most
photos hold two or three garments of different colors. Each row has the seller's title, category, color and gender;
two rows miss the gender and one misses the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, stops on its own, never hit_limit) unless the comment above the case names the caption adapter of the
original experiments. The adapter writes the DeepFashion template ("The lady wears a long-sleeve shirt with pure
color patterns and a long pants. The shirt is with cotton fabric. ..."), was trained with no end token, so it runs
to its limit (50 new tokens for captions, 30 for answers: hit_limit=True) and returns the template to any question.
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a
...?") are enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, blue for navy, teal or indigo, green for teal or olive, yellow for
  mustard, purple for lavender or lilac, pink for peach, white or cream for off white, grey for grey melange.
  Brown for maroon (the reference engine on a velvet dress) is contradiction.
- The color of another piece in the photo (the tucked-in top, the kurta over leggings, the dress under a shrug, the
  blouse of a saree) given to the garment asked about is other_garment_color, also when the piece asked about is
  the styling piece and not the product (the shorts under the tshirt, the shirt over grey jeans). The color of the
  print, of the border or of the wall behind given as the garment's color is contradiction.
- Garment synonyms are correct: top or tunic for a kurta, scarf for a dupatta, pants or trousers for palazzos and
  trousers, cardigan or sweater for a shrug, sweater or hoodie for a sweatshirt (the hoodie has a hood), shirt for a
  tshirt in free text, sari for saree, dress for an anarkali (a frock-style kurta). The adapter's "shirt" for a
  kurta is correct (kurta means shirt and the template has no other word for it); a kurta or a kurta set called
  "dress" is contradiction, and so is a saree called dress, palazzos called skirt, a shirt dress called shirt, a
  satin top called dress, a tshirt called tank top.
- Leggings: "leggings" or, in free text, "pants" is correct; the reference engine's closed garment_type "pants",
  with "leggings" among its candidates, is contradiction.
- Closed garment_type of a shrug answered "tank top" or "dress" (the piece worn under it) is contradiction.
- Pleats answered "striped" and ruffle caps on a sleeveless top answered "short sleeves" are contradiction; flutter
  sleeves answered "long sleeves" likewise.
- Materials: one the title names, or its plain synonym (spandex for lycra, chiffon for georgette, crochet, lace,
  satin, velvet seen on the photo) is correct; "cotton" on a plain or printed cotton-look fabric the title leaves
  unnamed is correct; silk on a cotton kurta set, wool on a cotton sweatshirt or a crochet shrug is unsupported. A
  material question answered with the garment's name or color ("a blue kurta", "red leggings", "a white dress") or
  with the question's words ("the material of the garment") is restated; "the dress is made of material" is
  non_answer; "it is made of" (an early stop) is cut without hit_limit.
- Invented things not in the photo (a handbag, a bow on a back the front view does not show, rips in clean jeans,
  pockets on a kurta or a tshirt, a zipper on a pullover, a dupatta or scarf with a kurta worn without one, sneakers
  or shoes on a photo cropped above the feet, a watch, a necklace on a model without jewellery, a slit) are
  unsupported. Jewellery that is in the photo (044), a belt that is in the photo (017, 023), rips that are really
  there (042) are correct.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut; on the material question it is restated; where the template misnames the product itself (saree as dress,
  palazzos as skirt, shirt dress as shirt) that is what the auditor sees first: contradiction, hit_limit kept. The
  adapter naming the kurta worn over leggings "dress" (043) does not misname the product: labelled cut.
- "he" for the woman, or "a man" in a caption, is pronoun.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right. An empty
  answer, "the top has details", "the details of the saree", "they are jeans" for the jeans' description are
  non_answer; "the border of the saree" for what is on the border is restated.
- A kurta set named piece by piece in each piece's color is correct; the set's own per-piece color questions use
  "pants" for palazzos, trousers, churidar and sharara alike.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
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
border = question("border", "What is on the border of the saree?", "open")

BLIND_413 = [
    # photo: navy blue straight cotton kurta with white floral block print, three-quarter sleeves, white trousers,
    # plain white backdrop, front view. No adapter texts.
    case(
        "X413-001",
        caption("a woman wearing a blue kurta with white flowers"),
        wearing("a blue kurta and white pants", who="she"),
        B.garment_type("kurta"),
        B.color("blue"),
        B.pattern("floral"),
        B.material("cotton"),
        title="Women Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon kurta with gold zari yoke embroidery, maroon palazzos, maroon dupatta with a gold border over one
    # shoulder, beige backdrop, front view. caption: adapter
    case(
        "X413-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red kurta with gold embroidery"),
        color_of("kurta", "red"),
        color_of("pants", "red"),
        color_of("dupatta", "gold", "contradiction"),
        D.details("gold embroidery on the neck and a matching dupatta"),
        B.material("silk", "unsupported"),
        title="Women Maroon Yoke Design Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless top with ruffle caps at the shoulders, tucked into blue jeans, white wall with
    # a potted plant beside her, front view (the back is not visible). No adapter texts.
    case(
        "X413-003",
        caption("a woman in a yellow top and jeans standing next to a plant"),
        wearing("a yellow top and blue jeans", who="she"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("ruffles on the neckline and a bow on the back", "unsupported"),
        is_a("top", "yes"),
        title="Women Mustard Yellow Solid Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white crew-neck short-sleeve tshirt with a black "BROOKLYN" text print, black joggers, grey backdrop.
    # caption: adapter
    case(
        "X413-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white t-shirt and black pants", "pronoun"),
        B.color("white"),
        B.pattern("graphic"),
        color_of("pants", "grey", "contradiction"),
        D.details("the word brooklyn on the front"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: green floral A-line midi dress with flutter sleeves, V-neck, self-fabric tie belt, garden backdrop,
    # empty hands. No adapter texts.
    case(
        "X413-005",
        caption("a woman in a green floral dress holding a bag", "unsupported"),
        B.garment_type("dress"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.description("a green dress with white flowers and a belt"),
        B.material("the dress is made of material", "non_answer"),
        title="Women Green Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: light blue high-rise skinny jeans with mild fading (no rips), white tshirt, white sneakers, full length,
    # white backdrop. description: adapter
    case(
        "X413-006",
        caption("a woman in a white t-shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color"),
        describe(
            "jeans",
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "they are ripped at the knees", "unsupported"),
        B.garment_type("jeans"),
        B.material("denim"),
        title="Women Light Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black formal straight trousers, tucked-in white long-sleeve shirt, plain grey backdrop, front view.
    # caption and the pants' details: adapter
    case(
        "X413-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and solid color patterns. The lady "
            "wears a long-sleeve shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        B.color("black"),
        color_of("pants", "white", "other_garment_color"),
        details(
            "pants",
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        title="Women Black Solid Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: off-white churidar leggings under a pink printed knee-length kurta, full length, white backdrop.
    # material: adapter
    case(
        "X413-008",
        caption("a woman in a pink top and white leggings"),
        color_of("leggings", "pink", "other_garment_color"),
        B.color("cream"),
        B.garment_type("leggings"),
        B.material(
            "The lady wears a long-sleeve shirt with floral patterns and a leggings. The shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "they are white Question: what is the color of the top? Answer: pink",
            "leak",
        ),
        title="Women Off-White Solid Cotton Lycra Churidar Leggings",
        category="Leggings",
        color="Off White",
        gender="Women",
    ),
    # photo: rust orange wide-leg flared palazzos, black sleeveless top, white backdrop, full length.
    # caption: adapter (palazzos as "a long skirt")
    case(
        "X413-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black top and orange pants"),
        B.garment_type("skirt", "contradiction"),
        B.color("orange"),
        color_of("top", "orange", "other_garment_color"),
        B.material("rayon"),
        title="Women Rust Solid Flared Rayon Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: red Banarasi silk saree with a gold zari border and small gold motifs, red blouse, no jewellery, beige
    # studio backdrop. No adapter texts.
    case(
        "X413-010",
        caption("a woman in a red sari with gold trim"),
        D.wearing("a red and gold saree"),
        B.color("red"),
        border("the border of the saree", "restated"),
        B.material("silk"),
        D.details("she is wearing a gold necklace and earrings", "unsupported"),
        title="Women Red & Gold-Toned Zari Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: black sheer longline open-front shrug with long sleeves over a white tank top and blue jeans, white
    # backdrop. wearing: adapter
    case(
        "X413-011",
        caption("a woman in a black cardigan and white tank top"),
        D.wearing(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "It has a round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        color_of("shrug", "black"),
        B.garment_type("tank top", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Women Black Solid Longline Open Front Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: lavender pullover hooded sweatshirt with a kangaroo pocket and white drawstrings, black leggings,
    # photo cropped at the knees, grey backdrop. No adapter texts.
    case(
        "X413-012",
        caption("a woman in a purple hoodie and black leggings"),
        D.wearing(
            "she is wearing a purple sweatshirt and black leggings and white sneakers",
            "unsupported",
        ),
        B.color("purple"),
        B.garment_type("sweatshirt"),
        D.details("a hood and a zipper", "unsupported"),
        B.material("wool", "unsupported"),
        title="Women Lavender Solid Hooded Cotton Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: yellow straight kurta with white chikankari (floral thread) embroidery, three-quarter sleeves, white
    # palazzos, pink wall behind her. caption: adapter
    case(
        "X413-013",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "she is wearing a yellow kurta and white pants Question: what is the color of the kurta? Answer: yellow",
            "leak",
            who="she",
        ),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        D.details("white embroidery on the front"),
        D.description("a yellow kurta with white embroidery"),
        title="Women Yellow Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal kurta with small white printed motifs, matching teal trousers, white dupatta with teal print over
    # both shoulders, grey backdrop. No adapter texts.
    case(
        "X413-014",
        caption("a woman in a blue kurta and pants with a white scarf"),
        color_of("kurta", "green"),
        color_of("pants", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        D.wearing("he is wearing a blue kurta", "pronoun"),
        B.material("a blue kurta", "restated"),
        title="Women Teal Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: black and white striped boat-neck top, three-quarter sleeves, white trousers, white backdrop.
    # details: adapter
    case(
        "X413-015",
        caption("a woman wearing a black and white striped shirt"),
        B.pattern("striped"),
        B.color("black"),
        color_of("pants", "black", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a round neckline. The shirt is with cotton "
            "fabric and striped",
            "loop",
            hit_limit=True,
        ),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue bodycon knee-length dress with white polka dots, short sleeves, red heels, white backdrop.
    # details and material: adapter
    case(
        "X413-016",
        caption("a woman in a blue polka dot dress and red shoes"),
        B.color("white", "contradiction"),
        B.pattern("polka dot"),
        D.details(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Women Navy Blue Polka Dot Print Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black mom-fit high-rise jeans, grey tshirt tucked in, brown leather belt, white sneakers, white
    # backdrop. No adapter texts.
    case(
        "X413-017",
        caption("a man in a grey shirt and black jeans", "pronoun"),
        color_of("jeans", "black"),
        color_of("shirt", "grey"),
        describe("jeans", "black jeans with a brown belt"),
        details("jeans", "grey jeans with a belt", "contradiction"),
        B.garment_type("jeans"),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: beige pleated wide-leg trousers, black sleeveless top, tan handbag on her shoulder, white backdrop.
    # caption: adapter
    case(
        "X413-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady holds",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and beige pants with a bag"),
        B.color("black", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        B.material("cotton"),
        is_a("pants", "yes", article="a pair of"),
        title="Women Beige Pleated Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: white palazzos with a blue floral print, blue short kurti on top, white backdrop, full length.
    # No adapter texts.
    case(
        "X413-019",
        caption("a woman in a blue top and white floral pants"),
        color_of("pants", "white"),
        B.pattern("floral"),
        D.wearing("he is wearing a blue shirt and white pants", "pronoun"),
        D.description(
            "white pants with blue flowers Question: what is she wearing? Answer: a blue shirt",
            "leak",
        ),
        B.garment_type("skirt", "contradiction"),
        title="Women White & Blue Floral Printed Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: peach georgette saree with a sequinned border, peach sleeveless blouse, she holds the pallu, pastel
    # backdrop. caption: adapter (the saree as "a sleeveless dress")
    case(
        "X413-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink saree"),
        B.color("pink"),
        B.material("chiffon"),
        B.garment_type("dress", "contradiction"),
        D.details("", "non_answer"),
        title="Women Peach-Coloured Embellished Georgette Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: olive green A-line kurta with mirror work at the yoke, long sleeves, no pockets, beige trousers,
    # slight three-quarter view, white backdrop. caption: adapter
    case(
        "X413-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and beige pants"),
        B.color("green"),
        D.details("mirror work on the neck"),
        describe("kurta", "it is a green kurta with a pocket", "unsupported"),
        B.garment_type("dress", "contradiction"),
        title="Women Olive Green Mirror Work A-Line Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: red oversized drop-shoulder tshirt with a small white logo on the chest, no pocket, black cycling
    # shorts, white backdrop. wearing: adapter
    case(
        "X413-022",
        caption("a woman wearing a red t - shirt and black shorts"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        color_of("shorts", "red", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.details("a white logo on the chest and a pocket", "unsupported"),
        title="Women Red Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: black and white checked shirt dress, collar, buttons down the front, long sleeves rolled to the
    # elbow, black belt at the waist, white backdrop. caption: adapter (the dress as "a long-sleeve shirt")
    case(
        "X413-023",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.garment_type("shirt", "contradiction"),
        D.details(
            "buttons down the front and a belt Question: what is the color of the belt? Answer: black",
            "leak",
        ),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        title="Women Black & White Checked Shirt Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pink flared anarkali kurta with gold ethnic print, pink churidar, pink net dupatta, white backdrop.
    # caption and details: adapter
    case(
        "X413-024",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress with a pink scarf"),
        color_of("kurta", "pink"),
        color_of("dupatta", "pink"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a round neckline. The dress is with chiffon "
            "fabric and floral",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Women Pink Ethnic Motifs Printed Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black ankle-length leggings, loose grey tshirt over them, white sneakers, no watch or jewellery, grey
    # backdrop. No adapter texts. The feed row has no gender.
    case(
        "X413-025",
        caption("a woman in a grey shirt and black leggings"),
        D.wearing("black leggings and a grey shirt and a black watch", "unsupported"),
        B.garment_type("pants", "contradiction"),
        B.color("black"),
        color_of("leggings", "grey", "other_garment_color"),
        B.material("spandex"),
        title="Women Black Solid Ankle-Length Cotton Lycra Leggings",
        category="Leggings",
        color="Black",
    ),
    # photo: off-white lace top with short puff sleeves, blue jeans, she leans against a red brick wall.
    # No adapter texts.
    case(
        "X413-026",
        caption("a woman in a white lace top leaning against a brick wall"),
        B.color("red", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("lace"),
        D.wearing("a white top and jeans"),
        D.details("the top has details", "non_answer"),
        title="Women Off-White Lace Puff Sleeve Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: dark navy straight-fit clean jeans with front pockets, white long-sleeve shirt tucked in, black belt,
    # white backdrop. caption: adapter
    case(
        "X413-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and solid color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "dark blue jeans"),
        details("jeans", "they have pockets"),
        color_of("shirt", "blue", "other_garment_color"),
        wearing("she is wearing a white shirt and blue jeans", who="she"),
        title="Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with "CALIFORNIA" printed in navy, ribbed cuffs, black joggers,
    # white backdrop. description: adapter
    case(
        "X413-028",
        caption("a woman in a grey sweater with the word california on it"),
        B.color("blue", "contradiction"),
        B.pattern("graphic"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        title="Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue cotton saree with a white geometric printed border, navy blouse, grey backdrop.
    # No adapter texts.
    case(
        "X413-029",
        caption("a woman in a blue and white sari"),
        D.wearing("a blue saree with a white border"),
        B.color("white", "contradiction"),
        B.material("cotton"),
        is_a("saree", "no", "contradiction"),
        D.details("the details of the saree", "non_answer"),
        title="Women Navy Blue & White Printed Cotton Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white crochet open-front shrug with three-quarter sleeves over a navy blue sleeveless dress, sand-colored
    # wall. caption: adapter
    case(
        "X413-030",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress and a white sweater"),
        B.color("blue", "other_garment_color"),
        color_of("shrug", "white"),
        B.garment_type("cardigan"),
        B.material("wool", "unsupported"),
        title="Women White Crochet Open Front Shrug",
        category="Shrugs",
        color="White",
        gender="Women",
    ),
    # photo: white straight cotton kurta with blue thread embroidery at the neckline, side slits, blue palazzos, no
    # dupatta, seated on a wooden stool beside a potted plant, white backdrop. details: adapter
    case(
        "X413-031",
        caption("a woman in a white kurta sitting on a stool"),
        D.wearing("a white kurta and blue pants"),
        B.color("white"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        describe(
            "kurta",
            "a white kurta with blue embroidery and a blue dupatta",
            "unsupported",
        ),
        title="Women White Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow kurta with a white floral print, three-quarter sleeves, white palazzos, no dupatta,
    # white backdrop. caption: adapter
    case(
        "X413-032",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and floral patterns. The lady wears a "
            "long",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow and white dress", "contradiction", who="she"),
        color_of("kurta", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        B.material("cotton"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Mustard Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: black fitted V-neck short-sleeve tshirt (no pocket), blue jeans, sunglasses in her hand, white
    # backdrop. No adapter texts.
    case(
        "X413-033",
        caption("a woman in a black t-shirt holding sunglasses"),
        D.wearing("a black shirt and jeans"),
        B.color("black"),
        neckline("v-neck"),
        D.details("a pocket on the chest", "unsupported"),
        B.garment_type("tank top", "contradiction"),
        title="Women Black Solid V-Neck Slim Fit T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: maroon velvet wrap midi dress, long sleeves, black heels, dark grey backdrop.
    # caption and material: adapter
    case(
        "X413-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress and black shoes"),
        B.color("brown", "contradiction"),
        B.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        D.description("a red velvet dress with a wrap front"),
        title="Women Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green cargo trousers with side pockets, white tank top, white sneakers, white backdrop.
    # caption: adapter
    case(
        "X413-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green"),
        B.color("white", "other_garment_color"),
        D.details("pockets on the sides"),
        D.wearing("he is wearing a white tank top and green pants", "pronoun"),
        B.garment_type("pants"),
        title="Women Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black and white geometric printed palazzos, black top, photo cropped at mid-calf (no shoes in frame),
    # white backdrop. No adapter texts. The feed row has no gender.
    case(
        "X413-036",
        caption("a woman in black and white pants"),
        B.pattern("geometric"),
        color_of("pants", "black"),
        D.description("black and white pants with a black top and black shoes", "unsupported"),
        B.material("the material of the garment", "restated"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Black & White Geometric Printed Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # photo: pink cropped crew-neck sweatshirt with "LOVE" embroidered in white, long sleeves, grey sweatpants,
    # white backdrop. No adapter texts.
    case(
        "X413-037",
        caption("a woman in a pink sweatshirt that says love"),
        B.color("pink"),
        D.wearing("a pink sweatshirt and grey pants"),
        color_of("pants", "pink", "other_garment_color"),
        D.details("the word love on the front"),
        B.material("a pink sweatshirt", "restated"),
        title="Women Pink Typography Embroidered Crop Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: indigo kurta with white dabu print, mandarin collar, sleeves rolled up, white trousers, no dupatta,
    # side view, old wooden door behind her. caption and details: adapter
    case(
        "X413-038",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a stand neckline. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta with a blue scarf", "unsupported"),
        B.color("blue"),
        B.pattern("printed"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a stand neckline. The shirt is with cotton "
            "fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        neckline("collar"),
        title="Women Indigo Dabu Printed Mandarin Collar Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: lilac kurta with silver gota lace at the neck and sleeves, lilac sharara, silver-white organza dupatta,
    # white backdrop. No adapter texts.
    case(
        "X413-039",
        caption("a woman in a purple outfit with a white scarf"),
        color_of("kurta", "purple"),
        color_of("pants", "purple"),
        color_of("dupatta", "purple", "other_garment_color"),
        D.details("silver lace on the neck and sleeves"),
        D.wearing("a purple dress", "contradiction"),
        B.material("it is made of", "cut"),
        title="Women Lavender Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: emerald green satin sleeveless cowl-neck top, black trousers, white backdrop. No adapter texts.
    case(
        "X413-040",
        caption("a woman in a green dress", "contradiction"),
        B.color("green"),
        B.material("satin"),
        B.sleeve_length("sleeveless"),
        D.details(
            "a cowl neck Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        neckline("cowl"),
        title="Women Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white tiered cotton maxi dress with lace trims, spaghetti straps, no slit, straw hat, bare wrists,
    # beach. caption: adapter
    case(
        "X413-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a hat. There is an accessory on her wrist. The lady wears a "
            "sleeveless",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress and a straw hat"),
        B.color("white"),
        B.sleeve_length("sleeveless"),
        D.details("lace trim on the bottom and a slit on the side", "unsupported"),
        B.material("a white dress", "restated"),
        title="Women White Solid Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: grey skinny jeans, really ripped at both knees, black crop top, white backdrop. No adapter texts.
    case(
        "X413-042",
        caption("a woman in ripped jeans and a black top"),
        color_of("jeans", "grey"),
        details("jeans", "they are ripped at the knees"),
        describe("jeans", "they are jeans", "non_answer"),
        color_of("shirt", "grey", "other_garment_color"),
        B.garment_type("jeans"),
        title="Women Grey Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: maroon ankle-length leggings under a beige printed calf-length kurta, white backdrop.
    # caption: adapter (the kurta over the leggings as "a long-sleeve dress")
    case(
        "X413-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns and a leggings. The dress is with cotton fabric. "
            "It has a round neckline. The leggings are with cotton fabric and pure color patterns. The lady wears a "
            "long-",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "red"),
        B.color("beige", "other_garment_color"),
        D.wearing("a beige kurta with red leggings"),
        B.material("red leggings", "restated"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Maroon Solid Ankle Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: green Kanjeevaram silk saree with a wide pink zari border, pink blouse, gold temple necklace and
    # earrings, carved temple door behind her. No adapter texts.
    case(
        "X413-044",
        caption("a woman in a green and pink sari with gold jewelry"),
        B.color("pink", "other_garment_color"),
        D.wearing("a green saree and a pink blouse"),
        B.material("silk"),
        D.details("a gold necklace and earrings"),
        border("pink"),
        title="Women Green & Pink Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: mustard knitted cropped shrug with puff sleeves over a black bodycon dress, white backdrop.
    # No adapter texts.
    case(
        "X413-045",
        caption("a woman in a yellow sweater and black dress"),
        B.color("black", "other_garment_color"),
        color_of("shrug", "yellow"),
        D.wearing("a yellow cardigan over a black dress"),
        B.garment_type("dress", "contradiction"),
        D.description("a yellow sweater with puff sleeves"),
        B.material("the garment is made of", "cut"),
        title="Women Mustard Solid Crop Shrug",
        category="Shrugs",
        color="Mustard",
        gender="Women",
    ),
    # photo: black A-line kurta with a red and gold floral print at the hem and sleeves, three-quarter sleeves,
    # black leggings, white backdrop. No adapter texts. The feed row has no color.
    case(
        "X413-046",
        caption("a woman in a black and red floral dress", "contradiction"),
        D.wearing("a black kurta with red flowers"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        D.details("red flowers on the bottom and the sleeves"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Black Floral Printed A-Line Kurta",
        category="Kurtas",
        gender="Women",
    ),
]
