"""BLIND_1011 (46 products; Myntra co-ords, jumpsuits, dresses; caption+QA): written blind in the fifty-eighth session.
Measured blind at 37344f5 (the session's sixth rules): 86/118 failures found (72.9%) and 9/169 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of co-ord sets (incl. two kurta/top-with-palazzo sets), jumpsuits and dresses.
Catalog photos: a model on a white, grey or beige studio backdrop, front view, often with other things in frame
(sneakers, heels, a handbag, a jacket or coat over the product, a camisole or shirt under it, a hat or cap).
The job captions each photo, then answers the open questions with an extractive QA model over that caption;
closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine.

Who wrote what:
- Captions: mostly a mixed caption+VQA LoRA adapter on blip2-opt-2.7b, trained on the old unmasked labels without an
  end token. It writes the DeepFashion template ("The lady wears a short-sleeve dress with pure color patterns.",
  "The pants are with cotton fabric.") but still names hues from the base model; it invents a fabric or a pocket,
  calls women "the gentleman"/"the man" now and then, runs to the 50-token limit (cut mid-phrase or looping on one
  sentence) and sometimes runs on into a `Question: ... Answer: ...` pair from its VQA half. Short lowercase
  captions ("a woman in an olive green jumpsuit with a belt and white sneakers") are the untuned base model, used for
  part of the feed; it stops on its own but can loop ("white background white background ...").
- Open answers (wearing, describe, details, color of X asked open, material, neckline): timpal0l/mdeberta-v3-base-
  squad2 over the caption, so every open answer is a span of its own caption or empty. It picks the wrong color
  when the caption names two (the sneakers' "white" for the jumpsuit), returns just the subject ("The woman wears",
  "The jumpsuit"), copies loops, cut tails and leaked "Answer: ..." text, and returns "" when the caption has nothing.
- Closed answers: the reference engine picks one candidate, so they never loop or stop short; their failures are a
  wrong candidate (another garment's color, the camisole's sleeves, a garment type that is not the product).

Labeling conventions and judgement calls:
- One label per text, the most salient: a caption that loops also holds a wrong claim is labelled loop; a caption
  cut at the limit that also invents a slit is labelled cut (the invented part is labelled again in the span taken
  from it); a caption that leaks a Question/Answer pair is labelled leak whatever else it says.
- hit_limit=True only on captions that ran to the 50-token limit. Spans are never at a limit: a span taken from a
  cut caption that ends mid-phrase ("she is wearing a pair of") is labelled cut with hit_limit False.
- Shades: judged against the photo I describe. Maroon called "red", peach called "pink", charcoal called "grey", mauve
  called "purple", teal (a dark blue-green in that photo) called "green", sea green called "green" are correct. The
  magenta dress in 028 is a clear pink, so "purple" is a contradiction.
- Another garment's or accessory's color given for the product (sneakers, bag, belt, cap, jacket, camisole, basket,
  earrings) is other_garment_color, open or closed. A color that belongs to nothing in the photo, or that makes the
  product's print into a single wrong color (the red-printed palazzos called "white"; the dots' "white" for a black
  polka-dot jumpsuit), is contradiction.
- A wrong garment type (seller says co-ords or dress, answer "shirt", "t-shirt", "sweatshirt"), a wrong sleeve length,
  a wrong pattern, a wrong "yes"/"no", an accessory given as the description ("a straw hat") and a material that
  belongs to another garment or that the title contradicts (denim for a cotton dress, chiffon for a "Pure Cotton"
  kurta set) are contradiction.
- A fabric, pocket, zipper, slit, bow or dupatta that neither the photo nor the title supports is unsupported. Visible
  fabrics (denim, satin sheen, ribbed or crochet knit, velvet named in the title, sequins) are correct.
- Empty spans and spans that say nothing about the asked thing ("posing for a photo" as jumpsuit details) are
  non_answer. Spans that are only the question's own words back ("The woman wears", "The jumpsuit", "jumpsuit")
  are restated.
- DeepFashion's "pure color patterns" for a solid garment, "lattice" for checks or crochet openwork, "graphic" for
  abstract or ikat prints, "floral" for a tropical leaf print, and "a long trousers"/"a shorts" grammar are correct.
- "kurta" for a kurta-style top sold as a co-ord top is correct; "co-ord set" is the correct garment type for a set.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
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


def neckline(garment, text, failure=None):
    return question("neckline", f"What is the neckline of the {garment}?", "open")(text, failure)


BLIND_1011 = [
    # photo: navy blue A-line midi dress, small white flower print, short puff sleeves, round neck; white sneakers;
    # white backdrop; front view. Caption: mixed adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X1011-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is navy blue with white flowers and "
            "it is of midi length. She wears a pair of white sneakers."
        ),
        wearing("a short-sleeve dress with floral patterns", who="the lady"),
        color_of("dress", "navy blue", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("", "non_answer"),
        title="SASSAFRAS Women Navy Blue Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green utility jumpsuit, long sleeves buttoned at the wrist, button front, self-tie waist belt,
    # chest flap pockets; white sneakers; white backdrop; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-002",
        caption("a woman in an olive green jumpsuit with a belt and white sneakers"),
        wearing("an olive green jumpsuit with a belt and white sneakers", who="the woman"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        describe("jumpsuit", "olive green jumpsuit with a belt"),
        Q.garment_type("jumpsuit"),
        Q.color("olive"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: rust satin shirt (long sleeves, collar) worn open over a white camisole, matching rust wide-leg
    # trousers; white backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-003",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is made of "
            "satin fabric. There is a white tank top under the shirt. The trousers are white.",
            "other_garment_color",
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        Q.color("rust"),
        Q.material("satin"),
        Q.garment_type("co-ord set"),
        title="KASSUALLY Women Rust Solid Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: black sleeveless square-neck bodycon mini dress under an open beige trench coat that fills half the
    # frame; nude heels; white backdrop; front. Caption: mixed adapter (loops to the limit); open: QA; closed: ref.
    case(
        "X1011-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is black. The coat is beige. The "
            "coat is beige. The coat is beige. The coat is beige. The coat is beige. The coat is beige. The coat is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the lady"),
        color_of("dress", "black", kind="open"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("solid"),
        is_a("dress", "yes"),
        title="Athena Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless halter-neck wide-leg jumpsuit; short-haired woman, gold earrings; white
    # backdrop; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-005",
        caption("a man in a yellow jumpsuit posing for a photo", "pronoun"),
        wearing("a yellow jumpsuit"),
        Q.color("mustard"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "yellow jumpsuit"),
        details("jumpsuit", "posing for a photo", "non_answer"),
        title="Tokyo Talkies Women Mustard Yellow Solid Halter Neck Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: white shirt and shorts with blue vertical stripes, short sleeves, notch collar; white sneakers; white
    # backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-006",
        caption(
            "This woman wears a short-sleeve shirt with stripe patterns and a shorts. The shorts are of short "
            "length. The shirt is made of cotton fabric and the shorts are with cotton fabric.",
            "unsupported",
        ),
        wearing("a short-sleeve shirt with stripe patterns and a shorts"),
        Q.pattern("striped"),
        Q.color("white"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="DressBerry Women White & Blue Striped Shirt with Shorts",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: red wrap maxi dress with a white and yellow floral print, short flutter sleeves, V-neck; beige studio
    # wall with a potted plant beside her; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-007",
        caption("a woman in a red floral dress standing next to a potted plant"),
        wearing("a red floral dress"),
        color_of("dress", "red", kind="open"),
        describe("dress", "a red floral dress"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("floral"),
        title="Sera Women Red Floral Printed Wrap Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black culotte jumpsuit with white polka dots, short sleeves, self belt; black heels; white backdrop;
    # front. Caption: mixed adapter, runs on into a leaked VQA pair; open: QA; closed: reference.
    case(
        "X1011-008",
        caption(
            "The woman is wearing a short-sleeve jumpsuit with dot patterns. It has a belt at the waist. Question: "
            "What is the color of the jumpsuit? Answer: white",
            "leak",
        ),
        wearing("a short-sleeve jumpsuit with dot patterns"),
        color_of("jumpsuit", "white", "contradiction", kind="open"),
        Q.pattern("polka dots"),
        Q.color("black"),
        is_a("jumpsuit", "yes"),
        title="Harpa Women Black & White Polka Dot Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: lavender ribbed-knit sleeveless crop top and matching ribbed midi skirt; white mules; white backdrop;
    # front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-009",
        caption(
            "The lady wears a tank top with pure color patterns and a long skirt. The tank top is lavender and the "
            "skirt is lavender. The tank top is made of knitting fabric."
        ),
        wearing("a tank top with pure color patterns and a long skirt", who="the lady"),
        color_of("skirt", "lavender", kind="open"),
        details("top", "The tank top is made of knitting fabric"),
        Q.material("knitting fabric"),
        Q.garment_type("co-ord set"),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Lavender Ribbed Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal (dark blue-green) knee-length shirt dress, long sleeves, button front, self-tie belt; tan handbag
    # on her arm, brown sandals; white backdrop; front. Caption: mixed adapter, cut at the limit; open: QA; closed: ref.
    case(
        "X1011-010",
        caption(
            "The woman wears a long-sleeve shirt dress with pure color patterns. The dress is green and it has "
            "buttons on the front and a belt at the waist. She is carrying a brown bag and she is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt dress with pure color patterns"),
        color_of("dress", "green", kind="open"),
        details("dress", "it has buttons on the front and a belt at the waist"),
        Q.color("brown", "other_garment_color"),
        describe("dress", "she is wearing a pair of", "cut"),
        title="Vero Moda Women Teal Solid Shirt Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: light blue denim jumpsuit, short sleeves, shirt collar, button front, straight legs; white sneakers;
    # white backdrop; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-011",
        caption("a woman in a denim jumpsuit and white sneakers"),
        wearing("a denim jumpsuit and white sneakers"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        Q.material("denim"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("jumpsuit", "no", "contradiction"),
        title="Roadster Women Blue Denim Shirt-Collar Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white gingham-check blazer (long sleeves) and matching straight trousers, a plain black crop
    # top under the blazer; black heels; white backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-012",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns and a long pants. The jacket is black and "
            "white. There is a black top under the jacket. The pants are with cotton fabric and lattice patterns.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with lattice patterns and a long pants", who="the lady"),
        color_of("jacket", "black and white", kind="open"),
        Q.pattern("checked"),
        Q.garment_type("co-ord set"),
        Q.material("cotton", "unsupported"),
        title="Trendyol Women Black & White Checked Blazer with Trousers",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: plain peach tiered maxi dress, spaghetti straps; she holds a straw hat at her side; white backdrop;
    # front. Caption: mixed adapter, cut at the limit; open: QA; closed: reference.
    case(
        "X1011-013",
        caption(
            "The woman wears a sleeveless dress with pure color patterns. The dress is pink and it is of long "
            "length. She is holding a straw hat in her hand and there is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "pink", kind="open"),
        details("dress", "it is of long length"),
        Q.pattern("solid"),
        Q.garment_type("dress"),
        describe("dress", "a straw hat", "contradiction"),
        title="Berrylush Women Peach-Coloured Solid Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon wrap-front jumpsuit, long sleeves, V-neck, flared legs, thin gold belt; grey backdrop; front.
    # Caption: mixed adapter, loops to the limit; open: QA; closed: reference.
    case(
        "X1011-014",
        caption(
            "The woman wears a long-sleeve jumpsuit with pure color patterns. It has a v-shape neckline. The "
            "jumpsuit is red. The jumpsuit is red. The jumpsuit is red. The jumpsuit is red. The jumpsuit is red. The",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "red", kind="open"),
        Q.color("maroon"),
        details("jumpsuit", "The jumpsuit is red. The jumpsuit is red. The jumpsuit is red", "loop"),
        describe("jumpsuit", "The jumpsuit", "restated"),
        neckline("jumpsuit", "v-shape"),
        Q.sleeve_length("long sleeves"),
        title="SASSAFRAS Women Maroon Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: green kurta-style top with a white and pink floral print, three-quarter sleeves, matching palazzos;
    # silver jhumkas, no dupatta; white backdrop; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-015",
        caption("a woman wearing a green floral print kurta and palazzo pants with a dupatta", "unsupported"),
        wearing("a green floral print kurta and palazzo pants with a dupatta", "unsupported", who="she"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("top", "green floral print kurta"),
        Q.pattern("floral"),
        Q.color("pink", "contradiction"),
        title="Anouk Women Green & Pink Floral Printed Top with Palazzos",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: white cotton eyelet (schiffli) A-line mini dress, short puff sleeves; a light blue denim jacket draped
    # on her shoulders; white backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns and a denim jacket. The dress is blue and "
            "the jacket is blue.",
            "other_garment_color",
        ),
        wearing("a short-sleeve dress with pure color patterns and a denim jacket", who="the lady"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.material("denim", "contradiction"),
        is_a("dress", "yes"),
        title="MANGO Women White Schiffli Pure Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black sequinned halter-neck sleeveless wide-leg jumpsuit, no pockets; grey backdrop; front.
    # Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-017",
        caption(
            "This woman wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is black and it is of "
            "long length. It has sequins all over and a pocket on the left side.",
            "unsupported",
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        details("jumpsuit", "It has sequins all over and a pocket on the left side", "unsupported"),
        Q.pattern("embellished"),
        Q.color("black"),
        Q.material("sequins"),
        is_a("dress", "yes", "contradiction"),
        title="Athena Women Black Embellished Sequinned Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: beige linen-blend short-sleeve shirt and matching shorts; sunglasses held in her hand, none on her
    # head; tan sandals; white backdrop; front. Caption: base model, loops to the limit; open: QA; closed: reference.
    case(
        "X1011-018",
        caption(
            "a woman in a beige shirt and shorts holding a pair of sunglasses in her hand and wearing a pair of brown "
            "sandals on her feet and a pair of sunglasses on her head and a pair of sunglasses on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a beige shirt and shorts"),
        color_of("shorts", "beige", kind="open"),
        Q.material("", "non_answer"),
        Q.garment_type("co-ord set"),
        Q.color("brown", "contradiction"),
        title="Mast & Harbour Women Beige Linen Blend Shirt With Shorts",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: bodycon midi dress in an abstract blue, orange and white print, long sleeves, round neck; white
    # backdrop; front. The feed row has no gender. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-019",
        caption(
            "The woman wears a long-sleeve dress with graphic patterns. The dress is blue and orange. It is made of "
            "polyester fabric and it has a round neckline.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        color_of("dress", "blue and orange", kind="open"),
        Q.pattern("abstract"),
        neckline("dress", "round"),
        Q.material("polyester", "unsupported"),
        is_a("dress", "no", "contradiction"),
        title="Rare Women Multicoloured Abstract Printed Bodycon Midi Dress",
        category="Dresses",
        color="Multi",
    ),
    # photo: white cotton jumpsuit with a blue floral print, sleeveless, smocked waist, wide legs; white backdrop;
    # front. Caption: mixed adapter, runs on into leaked VQA pairs up to the limit; open: QA; closed: reference.
    case(
        "X1011-020",
        caption(
            "The woman wears a sleeveless jumpsuit with floral patterns. The jumpsuit is white and blue. Question: "
            "Is this a jumpsuit? Answer: yes Question: What is the color of the jumpsuit? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with floral patterns", who="she"),
        details("jumpsuit", "Answer: yes", "leak"),
        color_of("jumpsuit", "white and blue", kind="open"),
        Q.pattern("floral"),
        title="Bhama Couture Women White & Blue Floral Printed Pure Cotton Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: plain pink fleece sweatshirt (long sleeves, white piping) and matching joggers; white sneakers; white
    # backdrop; front; long-haired woman. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-021",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. His pants are "
            "with cotton fabric. The sweater is pink.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        details("pants", "His pants are with cotton fabric", "pronoun"),
        Q.color("pink"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Kotty Women Pink Solid Sweatshirt with Joggers",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: sea green satin slip midi dress, sleeveless, cowl neck; gold hoop earrings; white backdrop; front.
    # Caption: base model; open: QA; closed: reference.
    case(
        "X1011-022",
        caption("a woman in a green satin dress with a cowl neck and gold earrings"),
        color_of("dress", "green", kind="open"),
        Q.material("satin"),
        neckline("dress", "a cowl neck"),
        Q.sleeve_length("sleeveless"),
        Q.color("gold", "other_garment_color"),
        title="Label Ritu Kumar Women Sea Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy blue jumpsuit with thin white pinstripes, short sleeves (not rolled), notch collar, self belt, no
    # front pockets; white sneakers; white backdrop; front. Caption: mixed adapter, cut at the limit; open: QA.
    case(
        "X1011-023",
        caption(
            "The lady wears a short-sleeve jumpsuit with stripe patterns. The jumpsuit is navy blue and white. It "
            "has a collar and a belt at the waist and there are two pockets on the front and the sleeves are rolled "
            "up to the",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with stripe patterns", who="the lady"),
        details("jumpsuit", "there are two pockets on the front", "unsupported"),
        color_of("jumpsuit", "navy blue and white", kind="open"),
        Q.pattern("striped"),
        is_a("romper", "no"),
        title="Marks & Spencer Women Navy Blue Pinstriped Belted Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red sleeveless crop top and red flared palazzos, both with a white floral print; white sneakers, small
    # white shoulder bag; white backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-024",
        caption(
            "The woman wears a sleeveless top with floral patterns and a long pants. The pants are white and the "
            "top is red.",
            "contradiction",
        ),
        wearing("a sleeveless top with floral patterns and a long pants"),
        color_of("pants", "white", "contradiction", kind="open"),
        details("pants", "", "non_answer"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("co-ord set"),
        title="Stylecast Women Red & White Floral Printed Crop Top with Palazzos",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: light blue denim pinafore dress (sleeveless, knee length) over a white short-sleeve t-shirt; white
    # sneakers; white backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-025",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns and a denim dress. The T-shirt is "
            "white. The dress is with denim fabric."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a denim dress"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("denim"),
        Q.garment_type("t-shirt", "contradiction"),
        title="ONLY Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: rust orange sleeveless V-neck jumpsuit, tie waist, wide legs; brown block heels; white wall; front.
    # Caption: base model; open: QA; closed: reference.
    case(
        "X1011-026",
        caption("a woman in an orange jumpsuit and brown shoes standing in front of a white wall"),
        wearing("an orange jumpsuit and brown shoes"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        details("jumpsuit", "", "non_answer"),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        title="Vishudh Women Rust Orange Solid Tie-Up Basic Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: off-white crochet sleeveless crop top and matching crochet shorts (openwork grid); straw bucket hat;
    # white backdrop; front. Caption: mixed adapter, runs on into a leaked VQA pair; open: QA; closed: reference.
    case(
        "X1011-027",
        caption(
            "This lady wears a sleeveless top with lattice patterns and a shorts. The top is white. The shorts are "
            "white. The top is made of knitting fabric. Question: What is the color of the shorts? Answer: white",
            "leak",
        ),
        wearing("a sleeveless top with lattice patterns and a shorts", who="the lady"),
        Q.material("knitting fabric"),
        color_of("shorts", "white", kind="open"),
        Q.pattern("checked", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="FabAlley Women Off White Crochet Top with Shorts",
        category="Co-Ords",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta (a clear pink) ruffled fit-and-flare mini dress, long balloon sleeves, front view only (back
    # not shown); silver heels; white backdrop. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-028",
        caption(
            "The woman wears a long-sleeve dress with pure color patterns. The dress is purple and it has ruffles "
            "and a bow at the back. She wears a pair of silver shoes.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color_of("dress", "purple", "contradiction", kind="open"),
        details("dress", "it has ruffles and a bow at the back", "unsupported"),
        Q.color("silver", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="StyleStone Women Magenta Ruffled Fit and Flare Mini Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey melange knit lounge jumpsuit, short sleeves, drawstring waist, jogger cuffs, no zipper; black
    # baseball cap; white sneakers; white backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-029",
        caption(
            "The gentleman wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is grey and it has "
            "a zipper on the front. He wears a black cap.",
            "pronoun",
        ),
        wearing("a short-sleeve jumpsuit with pure color patterns", who="the woman"),
        color_of("jumpsuit", "grey", kind="open"),
        details("jumpsuit", "it has a zipper on the front", "unsupported"),
        describe("jumpsuit", "He wears a black cap", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        title="Jockey Women Grey Melange Solid Lounge Jumpsuit",
        category="Jumpsuit",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: blue and white ikat-print cotton kurta (long sleeves) with matching straight trousers; white backdrop;
    # front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-030",
        caption(
            "The woman wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is blue and "
            "white and the pants are blue and white. The shirt is made of chiffon fabric.",
            "contradiction",
        ),
        wearing("The woman wears", "restated", who="the woman"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("printed"),
        color_of("pants", "blue and white", kind="open"),
        title="Libas Women Blue & White Ikat Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow and white gingham sundress, sleeveless, square neck, midi; wicker basket bag in hand; white
    # backdrop; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-031",
        caption("a woman in a yellow and white checkered dress holding a brown basket"),
        color_of("dress", "yellow and white", kind="open"),
        wearing("a yellow and white checkered dress", who="she"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("brown", "other_garment_color"),
        Q.material("", "non_answer"),
        title="Berrylush Women Yellow & White Checked A-Line Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: emerald green satin wrap jumpsuit, long sleeves, black belt; black heels; white backdrop; front.
    # Caption: mixed adapter, loops to the limit; open: QA; closed: reference.
    case(
        "X1011-032",
        caption(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is green and the belt is "
            "black and the shoes are black and the belt is black and the shoes are black and the belt is black and "
            "the shoes",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "green", kind="open"),
        Q.color("black", "other_garment_color"),
        details(
            "jumpsuit",
            "the belt is black and the shoes are black and the belt is black and the shoes are black",
            "loop",
        ),
        Q.sleeve_length("long sleeves"),
        wearing("a long-sleeve jumpsuit with pure color patterns", who="the lady"),
        title="Athena Women Green Satin Wrap Jumpsuit with Belt",
        category="Jumpsuit",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal grey pinstriped four-button waistcoat and matching trousers over a white long-sleeve shirt;
    # black loafers; white backdrop; front. Caption: mixed adapter, cut at the limit; open: QA; closed: reference.
    case(
        "X1011-033",
        caption(
            "This woman wears a sleeveless vest with stripe patterns and a long pants. There is a white shirt "
            "under the vest. The pants are grey and the vest has four buttons on the front and",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with stripe patterns and a long pants"),
        color_of("vest", "white", "other_garment_color", kind="open"),
        Q.color("charcoal"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("vest", "the vest has four buttons on the front"),
        title="Dennis Lingo Women Charcoal Pinstriped Waistcoat With Trousers",
        category="Co-Ords",
        color="Charcoal",
        gender="Women",
    ),
    # photo: maroon velvet one-shoulder bodycon midi dress, one long sleeve, no slit; grey backdrop; front.
    # Caption: mixed adapter, cut at the limit; open: QA; closed: reference.
    case(
        "X1011-034",
        caption(
            "The woman wears a long-sleeve dress with pure color patterns. The dress is red and it has a "
            "one-shoulder neckline and a slit on the left side. The dress is made of velvet fabric and it has a "
            "zipper on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet"),
        details("dress", "a slit on the left side", "unsupported"),
        color_of("dress", "red", kind="open"),
        neckline("dress", "a one-shoulder neckline"),
        Q.color("maroon"),
        title="SASSAFRAS Women Maroon Velvet One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white crepe belted jumpsuit, sleeveless, wide legs; a blue denim jacket over her shoulders; white
    # backdrop; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-035",
        caption("a woman in a white jumpsuit and a denim jacket"),
        wearing("a white jumpsuit and a denim jacket"),
        Q.color("blue", "other_garment_color"),
        Q.material("denim", "contradiction"),
        details("jumpsuit", "", "non_answer"),
        is_a("jumpsuit", "yes"),
        describe("jumpsuit", "white jumpsuit"),
        title="MANGO Women Off-White Solid Belted Crepe Jumpsuit",
        category="Jumpsuit",
        color="Off White",
        gender="Women",
    ),
    # photo: brown and black leopard-print satin shirt (long sleeves, collar) and matching trousers; black heels;
    # white backdrop; front. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-036",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is brown and "
            "black and the pants are brown and black. The shirt is made of silk fabric and it has a collar.",
            "unsupported",
        ),
        Q.material("silk", "unsupported"),
        Q.pattern("animal print"),
        color_of("pants", "brown and black", kind="open"),
        describe("shirt", "The shirt", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Trendyol Women Brown Leopard Print Satin Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Brown",
        gender="Women",
    ),
    # photo: cream tiered maxi dress with a blue floral print, long sleeves; brown waist belt, brown shoulder bag;
    # white backdrop; front. Caption: mixed adapter, cut at the limit; open: QA; closed: reference.
    case(
        "X1011-037",
        caption(
            "The woman wears a long-sleeve dress with floral patterns. The dress is white and blue. She is wearing "
            "a brown belt and carrying a brown bag on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.color("cream"),
        Q.pattern("floral"),
        wearing("a long-sleeve dress with floral patterns"),
        describe("dress", "a brown belt", "contradiction"),
        title="Global Desi Women Cream-Coloured & Blue Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Cream",
        gender="Women",
    ),
    # photo: black sleeveless square-neck jumpsuit, straight legs, plain side seams (no pockets); white backdrop;
    # front. Caption: mixed adapter, runs on into a leaked VQA pair; open: QA; closed: reference.
    case(
        "X1011-038",
        caption(
            "The woman wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is black. It has two side "
            "pockets. Question: What is the woman wearing? Answer: a black jumpsuit",
            "leak",
        ),
        wearing("Answer: a black jumpsuit", "leak", who="the woman"),
        details("jumpsuit", "It has two side pockets", "unsupported"),
        color_of("jumpsuit", "black", kind="open"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "no"),
        title="Vero Moda Women Black Solid Square Neck Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: mauve pleated short-sleeve top and matching pleated midi skirt; nude heels; white backdrop; front.
    # Caption: base model, loops to the limit; open: QA; closed: reference.
    case(
        "X1011-039",
        caption(
            "a woman in a purple pleated top and skirt with a pleated skirt with a pleated skirt with a pleated "
            "skirt with a pleated skirt with a pleated skirt with a pleated skirt with a",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple pleated top and skirt"),
        describe("skirt", "pleated skirt with a pleated skirt with a pleated skirt", "loop"),
        color_of("skirt", "purple", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        title="Tokyo Talkies Women Mauve Pleated Top with Skirt",
        category="Co-Ords",
        color="Mauve",
        gender="Women",
    ),
    # photo: turquoise blue anarkali-style flared maxi dress with a gold ethnic-motif print, long sleeves, round neck;
    # gold jhumkas; white backdrop; front. Caption: mixed adapter, cut at the limit; open: QA; closed: reference.
    case(
        "X1011-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is blue and gold and it is of long "
            "length. The dress is made of cotton fabric and it has a round neckline and",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears", "restated", who="the lady"),
        Q.material("cotton", "unsupported"),
        color_of("dress", "blue and gold", kind="open"),
        neckline("dress", "a round neckline"),
        Q.garment_type("dress"),
        title="Sangria Women Turquoise Blue Ethnic Motifs Printed Anarkali Maxi Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: khaki cargo jumpsuit, short sleeves, two chest patch pockets and leg pockets; black sneakers; white
    # backdrop; front. The feed row has no category. Caption: mixed adapter, cut at the limit; open: QA.
    case(
        "X1011-041",
        caption(
            "This woman wears a short-sleeve jumpsuit with pure color patterns and a pair of black sneakers. The "
            "jumpsuit is beige and it has pockets on the chest and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with pure color patterns and a pair of black sneakers"),
        color_of("jumpsuit", "black", "other_garment_color", kind="open"),
        details("jumpsuit", "it has pockets on the chest and the", "cut"),
        Q.color("khaki"),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Khaki Solid Cargo Jumpsuit",
        color="Khaki",
        gender="Women",
    ),
    # photo: white cotton shirt and matching white straight trousers; black heels, black handbag in hand; white
    # backdrop; front. Caption: base model; open: QA; closed: reference.
    case(
        "X1011-042",
        caption("a woman in a white shirt and white pants holding a black purse"),
        wearing("a white shirt and white pants", who="she"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "white", kind="open"),
        describe("shirt", "white shirt"),
        Q.garment_type("co-ord set"),
        details("shirt", "", "non_answer"),
        title="KASSUALLY Women White Solid Shirt with Trousers",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: lime green short-sleeve round-neck shift dress, knee length; white handbag; white backdrop; front.
    # Caption: mixed adapter, loops to the limit; open: QA; closed: reference.
    case(
        "X1011-043",
        caption(
            "The man wears a short-sleeve dress with pure color patterns. The dress is green. The man is holding a "
            "white bag. The man is holding a white bag. The man is holding a white bag. The man",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "green", kind="open"),
        wearing("a short-sleeve dress with pure color patterns"),
        details("dress", "The man is holding a white bag", "pronoun"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        title="Chemistry Women Lime Green Solid Shift Dress",
        category="Dresses",
        color="Lime Green",
        gender="Women",
    ),
    # photo: white jumpsuit with a green tropical leaf print, sleeveless tie shoulders, wide legs; white backdrop;
    # front. The feed row has no base colour. Caption: mixed adapter; open: QA; closed: reference.
    case(
        "X1011-044",
        caption(
            "The woman wears a sleeveless jumpsuit with floral patterns. The jumpsuit is green and white. It is made "
            "of chiffon fabric and it is of long length.",
            "unsupported",
        ),
        Q.material("chiffon", "unsupported"),
        Q.pattern("printed"),
        color_of("jumpsuit", "green and white", kind="open"),
        details("jumpsuit", "jumpsuit", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Sassafras Women White & Green Tropical Printed Jumpsuit",
        category="Jumpsuit",
        gender="Women",
    ),
    # photo: mustard yellow cable-knit sweater (long sleeves) and matching knit mini skirt; brown ankle boots; white
    # backdrop; front. Caption: mixed adapter, runs on into a leaked VQA pair to the limit; open: QA; closed: ref.
    case(
        "X1011-045",
        caption(
            "The woman wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is "
            "yellow and the skirt is yellow. She wears a pair of brown boots. Question: What is the woman wearing? "
            "Answer: The woman wears",
            "leak",
            hit_limit=True,
        ),
        wearing("The woman wears", "restated", who="the woman"),
        Q.color("brown", "other_garment_color"),
        color_of("skirt", "yellow", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("co-ord set"),
        title="Marks & Spencer Women Mustard Cable Knit Sweater with Skirt Set",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: black and white horizontal-striped t-shirt dress, short sleeves, knee length; white sneakers; white
    # backdrop; front. Caption: base model, loops to the limit; open: QA; closed: reference.
    case(
        "X1011-046",
        caption(
            "a woman in a black and white striped dress with white sneakers on a white background white background "
            "white background white background white background white background white background",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black and white", kind="open"),
        Q.pattern("striped"),
        wearing("a black and white striped dress with white sneakers"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("t-shirt", "contradiction"),
        title="HERE&NOW Women Black & White Striped T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
]
