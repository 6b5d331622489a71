"""BLIND_349 (46 products; men's formal, casual, printed, linen, denim and mandarin-collar shirts, overshirts): written
blind in the forty-fourth session. Measured blind at 9cd3753 (the session's rules as they stood): 93/117 failures
found (79.5%) and 5/147 correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: an Indian marketplace (Myntra/Ajio-like) English feed of men's shirts: formal solid and striped shirts,
casual checked, gingham, tartan and buffalo-check shirts, printed shirts (floral, tropical leaves, paisley, polka
dots, geometric and abstract prints), pure linen and linen-blend shirts, denim and chambray shirts, corduroy and
satin party shirts, mandarin (band) collar and cuban collar shirts, and overshirts worn open over a t-shirt. Model
shots with trousers, chinos or jeans, tucked in, half tucked or untucked, on studio backdrops, coloured walls, a
brick wall, a beach photo, plants and a marigold garland; some models hold a cup or sit on a stool. Each row has
the seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase "a man in a blue
shirt ...") unless the comment says the caption adapter wrote them; the adapter writes the DeepFashion template
("This gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric
...", pattern words only, no hue), has no end token, always runs to its limit (hit_limit=True) and returns the
template to any open question it is given. The open questions (wearing, description, details, material, neckline,
"What is the shirt color?") come from the base model unless the comment names the adapter; the base model stops on
its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece color
questions and "Is this a shirt?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop
or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue, indigo or teal; navy for navy blue; red
  for maroon; purple for lavender; pink for peach or dusty pink; green for olive, sage, mint or teal; brown or
  orange for rust; grey for charcoal or grey melange; white for cream; khaki and beige for each other. Navy called
  black and charcoal called black are contradictions; lavender called blue is a contradiction.
- A two-colour garment (gingham, buffalo check, stripes on white) may be answered with either of its main colours.
  The colour of a contrast collar, of a stripe or of a print given as the shirt's colour is a contradiction; the
  colour of a wall, a garland or a prop given as the shirt's colour is a contradiction too. The colour of another
  piece the model wears (the trousers, the jeans, the t-shirt under an overshirt) given to the piece asked about is
  other_garment_color, whichever of the two pieces was asked about.
- Two pieces of the same colour (black shirt with black jeans, black shirt with black trousers) are correct.
- Garment synonyms: pants, trousers and chinos are the same; "jacket" for an overshirt (a shirt-jacket worn open
  over a t-shirt) is correct, in the caption and as the reference engine's garment_type; "vest" for a shirt worn
  under a waistcoat is a contradiction (the product is the shirt), and so are "t-shirt" for a shirt worn open over
  a tee and "kurta" for a mandarin-collar shirt.
- Patterns: "checked" for tartan, gingham, buffalo or windowpane checks; "floral" for tropical leaves (the candidate
  set has no leaf print); "printed" for polka dots, paisley and geometric prints. "striped" for a check and "solid"
  for a micro print are contradictions.
- Sleeves: long sleeves rolled up to the elbow are still long sleeves; "short sleeves" for them is a contradiction.
- Necklines: "mandarin collar", "band collar", "cuban collar", "open collar" are correct; "round neck" for a mandarin
  collar and "v-neck" for a buttoned spread collar are contradictions. "no" to "Is this a shirt?" is a contradiction.
- Materials: a material the title names is correct; denim for chambray is correct (they look the same); cotton is
  a plausible guess where the title names none; a material that contradicts the title (cotton for linen,
  polyester for pure cotton, denim for a cotton checked shirt) is contradiction; silk for satin, and silk, wool or a
  blend guessed where the title names no material and the photo shows plain woven cotton-look cloth, are unsupported.
  "it is a shirt" for the material is non_answer.
- Invented things not in the photo (a tie, a watch, a belt, a hat, a logo, a tag, a zipper, chest pockets the shirt
  does not have, sneakers on a photo cropped at the knees, a mandarin collar on a spread-collar shirt) are unsupported.
- Adapter texts: a template cut at the limit is cut; one that repeats a sentence is loop; the template given for the
  material question is restated, even where it names a fabric; "The lady wears" for a man is pronoun, seen before the
  cut. The adapter's "pure color"/"lattice" pattern words are not colours. An adapter text that invents an accessory
  before it is cut is labelled cut.
- Base texts: "she", "a woman" for a man is pronoun; a base answer that stops after "it is made of" or "with a" is cut
  (no hit_limit); an empty answer, "the shirt has details", "the details of the shirt" are non_answer; "the shirt is
  a shirt", "the neckline is the neckline" and a material question answered with the shirt's colour are restated; a
  text that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, describe, details, is_a, question, wearing

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
shirt_color = question("shirt_color", "What is the shirt color?", "open")
neckline = question("neckline", "What is the neckline of the shirt?", "open")

BLIND_349 = [
    # photo: man in a white slim-fit formal shirt tucked into charcoal grey trousers, black belt, grey studio
    # backdrop, front view cropped at the knees. No adapter text.
    case(
        "X349-001",
        caption("a man wearing a white shirt and grey pants"),
        D.wearing(
            "he is wearing a white shirt and grey pants Question: what is the color of the shirt? Answer: white", "leak"
        ),
        D.garment_type("shirt"),
        D.color("white"),
        color_trousers("white", "other_garment_color"),
        D.material("cotton"),
        title="Men White Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy blue shirt with small white checks, long sleeves, untucked over light blue jeans, white
    # backdrop. Caption: adapter.
    case(
        "X349-002",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black checked shirt and blue jeans", "contradiction"),
        D.color("navy"),
        D.pattern("checked"),
        color_jeans("blue"),
        D.sleeve_length("long sleeves"),
        title="Men Navy Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an olive green pure linen shirt, mandarin collar, full sleeves rolled up to the elbows, no chest
    # pocket, beige chinos, white backdrop with a potted plant beside him. No adapter text.
    case(
        "X349-003",
        caption("a man in a green shirt standing next to a plant"),
        neckline("mandarin collar"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.details("the shirt has two pockets on the chest", "unsupported"),
        title="Men Olive Green Mandarin Collar Pure Linen Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a black short-sleeve shirt with a small white floral print, no pocket, black jeans, dark grey
    # wall. No adapter text.
    case(
        "X349-004",
        caption("a man in a black shirt with white flowers on it"),
        D.pattern("floral"),
        D.color("black"),
        color_jeans("black"),
        D.wearing("she is wearing a black shirt and black jeans", "pronoun"),
        D.description("a black shirt with white flowers and a pocket on the chest", "unsupported"),
        title="Men Black Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt with two flap pockets, buttoned, untucked over khaki chinos, white
    # backdrop. Details and material: adapter.
    case(
        "X349-005",
        caption("a man wearing a denim shirt and khaki pants"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        color_trousers("blue", "other_garment_color"),
        title="Men Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon solid formal shirt tucked into black trousers, brown belt, blurred office behind him,
    # no tie. Details: adapter.
    case(
        "X349-006",
        caption("a man in a red shirt and black pants"),
        D.color("maroon"),
        color_trousers("maroon", "other_garment_color"),
        shirt_color("red"),
        D.wearing("a red shirt and black pants with a tie", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Men Maroon Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a white shirt with blue vertical stripes, long sleeves, tucked into navy trousers, white
    # backdrop. No adapter text.
    case(
        "X349-007",
        caption("a man in a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("blue"),
        describe("shirt", "a blue and white striped shirt with a collar"),
        details("shirt", "the shirt has details", "non_answer"),
        color_trousers("white", "other_garment_color"),
        title="Men Blue & White Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a mustard yellow corduroy overshirt worn open over a white crew-neck t-shirt, black jeans, beige
    # wall. Caption and description: adapter.
    case(
        "X349-008",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.wearing("a yellow jacket, a white t-shirt and black jeans"),
        D.description(
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.material("corduroy"),
        title="Men Mustard Yellow Solid Corduroy Overshirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a light pink oxford button-down shirt, long sleeves, untucked over mid-blue jeans, grey
    # backdrop. No adapter text.
    case(
        "X349-009",
        caption("a man in a pink shirt and blue jeans"),
        D.color("pink"),
        color_jeans("pink", "other_garment_color"),
        D.description("a pink shirt with a button down collar"),
        D.material("", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Pink Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a green and navy tartan flannel shirt worn open over a grey t-shirt, long sleeves, black jeans,
    # white backdrop. "What is he wearing?": adapter.
    case(
        "X349-010",
        caption("a man wearing a plaid shirt and black jeans"),
        D.pattern("striped", "contradiction"),
        D.color("green"),
        wearing(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. This man wears a long-sleeve shirt with lattice patterns",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.material("flannel"),
        title="Men Green & Navy Tartan Checked Flannel Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a white short-sleeve cuban collar linen-blend shirt, untucked over beige linen trousers, studio
    # with large palm leaves behind him. No adapter text.
    case(
        "X349-011",
        caption("a man in a white shirt standing in front of palm trees"),
        neckline("the shirt has a cuban collar"),
        D.sleeve_length("short sleeves"),
        D.material("cotton", "contradiction"),
        color_trousers("beige"),
        D.wearing("a white shirt and black pants", "contradiction"),
        title="Men White Cuban Collar Linen Blend Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy blue full-sleeve shirt with a small white geometric print and a spread collar, tucked
    # into white trousers, no watch or other accessory, light grey backdrop. No adapter text.
    case(
        "X349-012",
        caption("a man in a blue shirt and white pants"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        details("shirt", "the shirt has a pattern of small white shapes"),
        color_trousers("white"),
        D.wearing("a blue shirt, white pants and a watch", "unsupported"),
        neckline("v-neck", "contradiction"),
        title="Men Navy Blue Geometric Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black solid formal shirt tucked into black trousers, all black outfit, grey backdrop.
    # Caption: adapter.
    case(
        "X349-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns",
            "pronoun",
            hit_limit=True,
        ),
        D.color("black"),
        color_trousers("black"),
        D.garment_type("shirt"),
        D.description("a black shirt with a", "cut"),
        title="Men Black Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a sky blue solid formal shirt tucked into beige trousers, standing in front of a red brick wall.
    # No adapter text.
    case(
        "X349-014",
        caption("a man in a blue shirt standing in front of a brick wall"),
        D.color("red", "contradiction"),
        shirt_color("blue"),
        color_trousers("beige"),
        D.wearing("a blue shirt and khaki pants"),
        D.material("cotton and polyester", "unsupported"),
        title="Men Sky Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a lavender solid shirt, long sleeves, button-down collar, no pocket, untucked over white jeans,
    # white backdrop. No adapter text.
    case(
        "X349-015",
        caption("a man wearing a purple shirt and white jeans"),
        D.color("blue", "contradiction"),
        color_jeans("white"),
        D.description(
            "a purple shirt with a collar and buttons Question: what is the color of the pants? Answer: white", "leak"
        ),
        D.details("the shirt has a pocket on the chest and a logo", "unsupported"),
        title="Men Lavender Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a grey melange mandarin collar shirt, full sleeves, tucked into black jeans, white backdrop.
    # No adapter text.
    case(
        "X349-016",
        caption("a man in a grey shirt and black jeans"),
        neckline("round neck", "contradiction"),
        D.color("grey"),
        color_jeans("grey", "other_garment_color"),
        D.material("it is made of", "cut"),
        title="Men Grey Melange Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white half-sleeve shirt with thin black stripes, tucked into beige chinos, white backdrop.
    # Caption and description: adapter.
    case(
        "X349-017",
        caption(
            "This gentleman wears a short-sleeve shirt with striped patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and solid color patterns. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.color("black", "contradiction"),
        title="Men White & Black Striped Half Sleeve Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a teal blue short-sleeve shirt with a tropical leaf print, one chest pocket, untucked over white
    # trousers, bright yellow wall behind him. No adapter text.
    case(
        "X349-018",
        caption("a man in a shirt with leaves on it standing against a yellow wall"),
        D.pattern("floral"),
        D.color("yellow", "contradiction"),
        color_trousers("white"),
        D.wearing("a green shirt and white pants"),
        D.details("the shirt has a pocket on the chest and a pocket on the back", "unsupported"),
        title="Men Teal Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a beige pure linen shirt, full sleeves, tucked into dark brown trousers, off-white backdrop.
    # No adapter text.
    case(
        "X349-019",
        caption("a man in a beige shirt and brown pants"),
        D.color("brown", "other_garment_color"),
        D.material("it is made of linen and", "cut"),
        D.wearing("a shirt and pants"),
        color_trousers("brown"),
        title="Men Beige Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a red and black buffalo check shirt, long sleeves, untucked over blue jeans, white backdrop.
    # No adapter text.
    case(
        "X349-020",
        caption("a man in a red and black plaid shirt"),
        D.pattern("checked"),
        D.color("red"),
        color_jeans("black", "other_garment_color"),
        D.wearing("a woman in a red and black shirt and blue jeans", "pronoun"),
        D.material("cotton"),
        title="Men Red & Black Buffalo Checked Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white mandarin collar cotton shirt, long sleeves, curved hem, untucked over blue jeans, white
    # backdrop. No adapter text.
    case(
        "X349-021",
        caption("a man in a white shirt and blue jeans"),
        D.garment_type("kurta", "contradiction"),
        is_a("shirt", "no", "contradiction"),
        neckline("mandarin collar"),
        D.details("the shirt has a mandarin collar and a", "cut"),
        title="Men White Mandarin Collar Solid Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a dark indigo denim shirt with snap buttons, tucked into black jeans, grey backdrop. Wearing and
    # material: adapter.
    case(
        "X349-022",
        caption("a man wearing a denim shirt and black jeans"),
        D.wearing(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim "
            "fabric and pure color patterns",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        color_jeans("blue", "other_garment_color"),
        title="Men Indigo Denim Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mint green half-sleeve shirt tucked into white trousers, photo cropped at the knees, white
    # backdrop. No adapter text. The feed row has no gender.
    case(
        "X349-023",
        caption("a man in a green shirt and white pants"),
        D.wearing("a green shirt, white pants and white sneakers", "unsupported"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_trousers("white"),
        title="Mint Green Solid Half Sleeve Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # photo: man in a navy blue solid formal shirt tucked into grey trousers (no belt), holding a white coffee cup,
    # blurred office behind him. No adapter text.
    case(
        "X349-024",
        caption("a man in a blue shirt holding a cup of coffee"),
        D.color("black", "contradiction"),
        color_trousers("grey"),
        D.material("a blue shirt", "restated"),
        D.garment_type("shirt"),
        D.wearing("a blue shirt and grey pants and a black belt", "unsupported"),
        title="Men Navy Blue Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a yellow short-sleeve shirt with small white polka dots, untucked over blue jeans, white
    # backdrop. No adapter text.
    case(
        "X349-025",
        caption("a man in a yellow shirt with white polka dots"),
        D.pattern("printed"),
        D.color("yellow"),
        D.description(
            "a yellow shirt with white polka dots Question: What is the pattern of the garment? Answer: polka dots",
            "leak",
        ),
        color_jeans("yellow", "other_garment_color"),
        D.wearing("he is wearing a yellow shirt and jeans"),
        title="Men Yellow Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a rust corduroy shirt with two flap chest pockets, long sleeves, untucked over beige chinos,
    # white backdrop. Caption: adapter.
    case(
        "X349-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        D.material("corduroy"),
        D.details("the shirt has two pockets on the chest and a zipper", "unsupported"),
        color_trousers("brown", "other_garment_color"),
        title="Men Rust Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a light grey solid formal shirt tucked into black trousers, hands in his pockets, no watch,
    # white backdrop. No adapter text.
    case(
        "X349-027",
        caption("a man in a grey shirt and black pants with his hands in his pockets"),
        D.color("grey"),
        D.wearing("a grey shirt and black pants and a silver watch", "unsupported"),
        D.description(
            "a grey shirt with long sleeves and a pocket on the chest Question: describe the shirt. Answer: a grey "
            "shirt",
            "leak",
        ),
        D.details("the details of the shirt", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Men Grey Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black and white gingham short-sleeve shirt, untucked over black jeans, white backdrop.
    # No adapter text.
    case(
        "X349-028",
        caption("a man in a black and white checkered shirt"),
        D.pattern("striped", "contradiction"),
        D.color("white"),
        color_jeans("black"),
        D.material("silk", "unsupported"),
        D.wearing("a black and white shirt and blue jeans", "contradiction"),
        title="Men Black & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a peach solid slim-fit shirt, long sleeves, untucked over white jeans, light grey backdrop.
    # No adapter text.
    case(
        "X349-029",
        caption("a woman in a pink shirt and white jeans", "pronoun"),
        D.color("pink"),
        color_jeans("white"),
        D.description("a peach colored shirt with a collar"),
        D.material("", "non_answer"),
        title="Men Peach Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: man in an olive utility overshirt with two flap pockets worn open over a black t-shirt, black cargo
    # trousers, concrete wall. Description and details: adapter.
    case(
        "X349-030",
        caption("a man wearing a green jacket and black pants"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline and pockets. There is an "
            "accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("shirt"),
        title="Men Olive Utility Overshirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white pure linen shirt, long sleeves, top two buttons open, half tucked into light blue jeans,
    # sea and sand behind him. No adapter text. The feed row has no gender.
    case(
        "X349-031",
        caption("a man in a white shirt and blue jeans on the beach"),
        D.wearing("a white shirt and blue jeans"),
        color_shirt("blue", "other_garment_color"),
        D.material("linen"),
        neckline("the neckline is the neckline", "restated"),
        title="White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: man in a navy shirt with a white micro dot print, one chest pocket, long sleeves rolled to the elbows,
    # untucked over khaki trousers, white backdrop. No adapter text.
    case(
        "X349-032",
        caption("a man in a navy blue shirt with white dots"),
        D.sleeve_length("long sleeves"),
        D.pattern("solid", "contradiction"),
        D.color("navy"),
        D.wearing("a navy blue shirt and blue jeans", "contradiction"),
        D.details("the shirt has details", "non_answer"),
        title="Men Navy Micro Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a light blue formal shirt with a white contrast collar and white cuffs, tucked into navy
    # trousers, grey backdrop. No adapter text.
    case(
        "X349-033",
        caption("a man in a blue shirt with a white collar"),
        D.color("white", "contradiction"),
        color_trousers("navy"),
        D.description("a light blue shirt with a white collar and white cuffs"),
        D.material("the shirt is made of", "cut"),
        title="Men Light Blue Contrast Collar Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a brown and beige checked cotton shirt, full sleeves, untucked over blue jeans, sitting on a
    # wooden stool, white backdrop. Caption: adapter.
    case(
        "X349-034",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. He wears",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("brown"),
        color_jeans("blue"),
        wearing("he is wearing a brown checkered shirt and blue jeans and is sitting on a stool", who="he"),
        D.details("the shirt has a tag on the sleeve", "unsupported"),
        D.material("denim", "contradiction"),
        title="Men Brown Checked Cotton Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a black satin-finish party shirt, long sleeves, tucked into black trousers, dark backdrop.
    # No adapter text.
    case(
        "X349-035",
        caption("a man in a black shirt"),
        D.material("silk", "unsupported"),
        D.color("black"),
        D.description("a black shiny shirt"),
        is_a("shirt", "yes"),
        D.wearing("a black shirt and black pants Question: what is the man wearing? Answer: a black shirt", "leak"),
        title="Men Black Satin Finish Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a blue and white striped shirt worn open over a white t-shirt, olive chinos, white backdrop.
    # No adapter text.
    case(
        "X349-036",
        caption("a man wearing a blue and white striped shirt over a white t-shirt"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("blue"),
        color_trousers("green"),
        D.pattern("striped"),
        D.wearing("a blue striped shirt, a white t-shirt and", "cut"),
        D.material("it is a shirt", "non_answer"),
        title="Men Blue Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon and navy checked flannel shirt, long sleeves, untucked over khaki trousers, white
    # backdrop. Caption, wearing and material: adapter.
    case(
        "X349-037",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.color("maroon"),
        D.pattern("checked"),
        D.material(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Men Maroon & Navy Checked Flannel Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a white short-sleeve shirt with a black abstract graphic print, untucked over black jeans, no
    # hat, white backdrop. No adapter text.
    case(
        "X349-038",
        caption("a man in a white shirt with black designs on it"),
        D.pattern("printed"),
        D.color("white"),
        color_jeans("white", "other_garment_color"),
        D.description("a white shirt with a black and white print"),
        D.wearing("a white shirt and black jeans and a black hat", "unsupported"),
        title="Men White Abstract Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a dusty pink linen shirt with a mandarin collar, short sleeves, untucked over white trousers,
    # white backdrop. No adapter text.
    case(
        "X349-039",
        caption("a man in a pink shirt and white pants"),
        neckline("the shirt has a band collar"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("linen"),
        color_trousers("pink", "other_garment_color"),
        D.details("", "non_answer"),
        title="Men Dusty Pink Mandarin Collar Linen Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a white formal shirt under a buttoned grey waistcoat, grey trousers, no tie, collar open, grey
    # backdrop. No adapter text.
    case(
        "X349-040",
        caption("a man in a grey vest and white shirt"),
        D.garment_type("vest", "contradiction"),
        D.color("white"),
        color_trousers("grey"),
        D.wearing("a white shirt, a grey vest and grey pants"),
        D.description("a white shirt with a grey vest and a red tie", "unsupported"),
        D.material("wool", "unsupported"),
        title="Men White Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a sage green short-sleeve resort shirt with a cream leaf print, untucked over cream trousers,
    # white backdrop. Caption and material: adapter.
    case(
        "X349-041",
        caption(
            "This gentleman wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("floral"),
        color_trousers("white"),
        D.wearing("she is wearing a green shirt with white leaves", "pronoun"),
        D.material(
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and floral",
            "restated",
            hit_limit=True,
        ),
        title="Men Sage Green Leaf Print Resort Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a dark green solid shirt, long sleeves, tucked into beige trousers with a brown belt, grey
    # backdrop. No adapter text.
    case(
        "X349-042",
        caption("a man wearing a green shirt and beige pants with a brown belt"),
        D.color("green"),
        color_trousers("green", "other_garment_color"),
        D.wearing("a green shirt"),
        D.details("the shirt has a collar and buttons Question: what is the shirt made of? Answer: cotton", "leak"),
        D.material("polyester", "contradiction"),
        title="Men Dark Green Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: man in a blue chambray shirt, long sleeves, tucked into white chinos, leaning on a white wall, no
    # watch. Caption and details: adapter.
    case(
        "X349-043",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His pants are "
            "of long length. The pants are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. There is an accessory on "
            "his wrist. There is an accessory on his wrist. There is",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        color_trousers("white"),
        D.material("denim"),
        D.sleeve_length("long sleeves"),
        title="Men Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a charcoal grey windowpane checked formal shirt, long sleeves, tucked into black trousers, no
    # tie, white backdrop. Wearing: adapter.
    case(
        "X349-044",
        caption("a man in a black shirt and black pants", "contradiction"),
        D.color("grey"),
        D.pattern("checked"),
        D.description("a grey shirt with a checkered pattern and a black tie", "unsupported"),
        color_trousers("black"),
        D.wearing(
            "This man wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Windowpane Checked Formal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: full-length shot of a man in a white solid shirt, long sleeves, untucked over ripped light blue jeans,
    # white sneakers, white backdrop. Caption: adapter. The feed row has no category.
    case(
        "X349-045",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. This gentleman wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt, jeans and white sneakers", who="he"),
        color_jeans("blue"),
        D.description("the shirt is a shirt", "restated"),
        D.material("cotton"),
        D.sleeve_length("long sleeves"),
        title="Men White Solid Casual Shirt",
        color="White",
        gender="Men",
    ),
    # photo: man in a purple paisley printed shirt with a spread collar, full sleeves, tucked into black trousers,
    # orange marigold garlands hanging behind him. No adapter text.
    case(
        "X349-046",
        caption("a man in a purple shirt standing in front of a flower garland"),
        D.pattern("printed"),
        D.color("orange", "contradiction"),
        D.description("a purple shirt with a paisley print"),
        D.details("the shirt has a paisley print and a mandarin collar", "unsupported"),
        color_trousers("black"),
        D.material("silk", "unsupported"),
        title="Men Purple Paisley Printed Casual Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
]
