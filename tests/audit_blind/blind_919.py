"""BLIND_919 (46 products; In-shop men's shirts/tees/trousers, caption+QA): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 98/129 failures found (76.0%) and 4/185 correct texts flagged
(2.2%). The writer's notes, verbatim:

Scenario: a night run over DeepFashion In-shop MEN photos (Shirts_Polos, Tees_Tanks, Pants, Denim) listed in a
Myntra-like feed: title, category (Shirts, Tshirts, Trousers, Jeans, Track Pants), color (the seller's base colour)
and gender. Studio photos: one model on a white or light grey backdrop, front, side or back view, always wearing a
second garment (a tee under or over, chinos or jeans below, sometimes a belt, jacket or sweatshirt).

Who wrote what: the caption is free generation by the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3),
50 new tokens, greedy. It writes the DeepFashion-MultiModal template ("The man wears a short-sleeve T-shirt with
pure color patterns and a long pants. The T-shirt is with cotton fabric and its neckline is round.") with patterns
instead of hues, often calls the man "the lady", "she" or "her" (the training data is mostly women), invents the
template's accessories (a ring, glasses, a hat, "an accessory on his wrist"), and having no trained end token it
sometimes runs to the limit: cut mid-sentence or looping over its own sentences; a few times it goes on with a new
"Question: ... Answer:" turn. Open answers (wearing, describe, details, the material question and the open
"What is the shirt / t-shirt color?" questions) are spans extracted from that caption by
timpal0l/mdeberta-v3-base-squad2: always a substring of the caption, empty when the model picks no-answer, and they
carry whatever the caption got wrong; a color asked of a hue-less caption comes back as "pure color" or the like.
Closed answers (color_of, pattern, sleeve length, garment type, "Is this a ...?") come from enrich's
`--engine reference`, which ranks a fixed candidate list with the model: always one clean value, but often the
color of the other garment in the photo, or the dominant upper garment's type for a trousers product.

Labeling conventions and judgement calls:
- One label per text. A caption with an invented accessory and nothing else wrong is unsupported; a caption that
  ran to the limit is cut or loop (loop when it repeats a sentence), even if it also says something invented.
- A text with hit_limit=True is always labelled cut, loop or leak: it stopped because of the limit, not by choice.
  Extracted spans never hit the limit themselves.
- A span copied from a broken caption is labelled by what the span itself shows: a span that repeats the caption's
  loop is loop, a span that ends mid-phrase is cut, a span from the leaked turn is leak, a span that is right for
  the photo is correct even when its caption is not.
- other_garment_color: any text (closed or open) giving a garment the color of another garment visible in the
  photo, including the questions about the second garment ("jeans" answered with the tee's white). A wrong color
  that no garment in the photo has (the color of a print on the product itself) is contradiction.
- Colors in the seller's group are correct: "red" for Maroon, "purple" for Lavender, "green" for Olive, "yellow"
  for Mustard, "white" for Off White, "orange" for Rust, "blue" for Teal, "navy" for Navy Blue; "orange" for a
  Multi tee with orange stripes is correct.
- The template's vocabulary is correct where it fits: "lapel neckline" for a shirt or polo collar, "stand
  neckline" for a mandarin collar, "lattice patterns" for checks, "graphic patterns" for prints and polka dots,
  "sweater" for a sweatshirt, "a long pants" for jeans or joggers.
- A fabric that contradicts the title (cotton for a linen or corduroy shirt) or that is another garment's fabric
  (denim for a tee, from the jeans' sentence) is contradiction, not unsupported.
- A partial but true answer to "What is he wearing?" (only the trousers, only the shirt) is correct.
- "pure color", a bare garment word, or an empty span for an open question is non_answer; a whole caption sentence
  that only says the garment again, or echoes the question's words ("the shirt details are ..."), is restated.
- he/she: "the lady", "the woman", "she", "her" for a man are pronoun, also for the one row without a gender
  column (the photo shows a man). "The person" is correct.
- Judged against the photo, not the title: side stripes on "Solid" track pants make "striped" correct; a
  sleeveless tee listed as Tshirts answered "tank top" is correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material
shirt_color = question("shirt_color", "What is the shirt color?", "open")
tee_color = question("tshirt_color", "What is the t-shirt color?", "open")

T_LS = "The man wears a long-sleeve shirt with pure color patterns and a long trousers."

BLIND_919 = [
    # photo: white long-sleeve cotton oxford shirt, button-down collar, untucked over navy chinos; white backdrop,
    # front view. Caption by the caption adapter, spans by the QA model, colors and sleeves by the reference engine.
    case(
        "X919-001",
        caption(
            T_LS + " The shirt is with cotton fabric and it has a lapel neckline. The trousers are with cotton fabric"
            " and solid color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers", who="he"),
        color_of("shirt", "white"),
        details("shirt", "cotton fabric and it has a lapel neckline"),
        sleeves("long"),
        color_of("pants", "navy"),
        title="Roadster Men White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: heather grey crew-neck tee with a small black chest logo print, black jeans, no watch or jewellery;
    # white backdrop, front view. Caption invents a wrist accessory; closed color takes the jeans' black.
    case(
        "X919-002",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is round. The pants are with denim fabric and solid color patterns. There is"
            " an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        color_of("t-shirt", "black", "other_garment_color"),
        pattern("graphic"),
        material("cotton fabric"),
        details("t-shirt", "its neckline is round"),
        sleeves("long", "contradiction"),
        title="HRX by Hrithik Roshan Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: khaki slim chinos, light blue chambray shirt tucked in, brown leather belt, no glasses; white backdrop,
    # full length front view. Caption invents glasses; the reference engine gives the trousers the shirt's blue.
    case(
        "X919-003",
        caption(
            T_LS + " The shirt is with denim fabric. The trousers are with cotton fabric and solid color patterns."
            " There is a belt around his waist. The man wears a pair of glasses.",
            "unsupported",
        ),
        color_of("trousers", "blue", "other_garment_color"),
        color_of("shirt", "blue"),
        describe("trousers", "cotton fabric and solid color patterns"),
        garment("trousers"),
        is_a("pair of jeans", "no"),
        material("cotton fabric"),
        details("trousers", "There is a belt around his waist"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: red and navy tartan flannel shirt worn open over a white crew tee, grey jeans; white backdrop, front.
    # Caption calls him "the lady"; the jeans get the tee's white.
    case(
        "X919-004",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        color_of("shirt", "red"),
        pattern("checked"),
        details("shirt", "cotton fabric and its neckline is lapel"),
        color_of("jeans", "white", "other_garment_color"),
        material("cotton fabric"),
        title="WROGN Men Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: plain black V-neck tee, olive cargo pants, bare hands; light grey backdrop, three-quarter view.
    # Caption invents a ring; the engine answers black for the olive pants too.
    case(
        "X919-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a V-shape neckline. The pants are with cotton fabric and pure color patterns."
            " There is a ring on his finger.",
            "unsupported",
        ),
        color_of("t-shirt", "black"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        color_of("pants", "black", "other_garment_color"),
        sleeves("short"),
        describe("t-shirt", "cotton fabric and it has a V-shape neckline"),
        title="Jack & Jones Men Black Solid V-Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with light fading on the thighs, grey marl hoodie on top, white sneakers; white
    # backdrop, full length. Caption loops on the pants sentence to the limit; the details span copies the loop.
    case(
        "X919-006",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The pants are with denim"
            " fabric and pure color patterns. The pants are with denim fabric and pure color patterns. The pants are"
            " with denim",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "denim fabric and pure color patterns. The pants are with denim fabric and pure color patterns. The"
            " pants are with denim",
            "loop",
        ),
        garment("jeans"),
        is_a("pair of jeans", "yes"),
        material("denim fabric"),
        wearing("a long-sleeve sweater with pure color patterns and a long pants", who="he"),
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy pique polo with white tipping on collar and cuffs, small embroidered logo, beige chinos, no watch;
    # white backdrop, front. Caption invents a wrist accessory; trousers get the polo's navy.
    case(
        "X919-007",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it"
            " has a lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "navy"),
        garment("polo shirt"),
        pattern("solid"),
        describe("t-shirt", "it has a lapel neckline"),
        color_of("trousers", "navy", "other_garment_color"),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white shirt with thin blue vertical stripes, long sleeves rolled to the elbow, dark indigo jeans, no
    # glasses; white backdrop, front. Caption invents glasses; the engine reads the rolled sleeves as short.
    case(
        "X919-008",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man"
            " wears a pair of glasses.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with stripe patterns and a long pants", who="the man"),
        color_of("shirt", "white"),
        pattern("striped"),
        sleeves("short", "contradiction"),
        details("shirt", "cotton fabric and its neckline is lapel"),
        title="Peter England Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: white crew tee with a large red and yellow sunset-and-palms front print, mid-blue jeans; white
    # backdrop, front. Caption cut at the limit; closed color takes the print's red; QA finds no color span.
    case(
        "X919-009",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is crew. The pants this man wears is in long length. The pants are with denim"
            " fabric and solid",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red", "contradiction"),
        pattern("graphic"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        material("cotton fabric"),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        tee_color("", "non_answer"),
        title="Tantra Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green slim chinos with rolled hems, plain white tee, white sneakers, no glasses; white backdrop,
    # full length. Caption invents glasses; the engine gives the chinos the tee's white; the open color span is
    # the pattern phrase.
    case(
        "X919-010",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with"
            " cotton fabric and it has a round neckline. The trousers are with cotton fabric and pure color"
            " patterns. The man wears a pair of glasses.",
            "unsupported",
        ),
        color_of("trousers", "white", "other_garment_color"),
        color_of("pants", "pure color patterns", "non_answer", kind="open"),
        describe("trousers", "cotton fabric and pure color patterns"),
        garment("trousers"),
        is_a("pair of shorts", "no"),
        title="Mast & Harbour Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: light-wash denim shirt, long sleeves, two flap chest pockets, pearl snaps, black trousers, no watch;
    # white backdrop, front. Caption invents a wrist accessory; shirt gets the trousers' black.
    case(
        "X919-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim"
            " fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns. There is"
            " an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shirt", "black", "other_garment_color"),
        material("denim fabric"),
        details("shirt", "denim fabric and it has a lapel neckline"),
        sleeves("long"),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="he"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy and white breton-striped short-sleeve tee, light grey chinos; white backdrop, front. Caption
    # says "her" and "the lady"; the chinos get the tee's navy.
    case(
        "X919-012",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and stripe patterns. It has a round neckline. The lady"
            " wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long pants", who="he"),
        color_of("t-shirt", "navy"),
        pattern("striped"),
        describe("t-shirt", "Her T-shirt has short sleeves", "pronoun"),
        sleeves("short"),
        color_of("pants", "navy", "other_garment_color"),
        title="Tommy Hilfiger Men Navy Blue & White Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers with pressed crease, white formal shirt tucked in, black belt, black
    # shoes; light grey backdrop, full length. The engine answers the shirt for type and color of the trousers.
    case(
        "X919-013",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color"
            " patterns. There is a belt on his waist."
        ),
        color_of("trousers", "white", "other_garment_color"),
        color_of("shirt", "white"),
        garment("shirt", "contradiction"),
        describe("trousers", "cotton fabric and pure color patterns"),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers", who="he"),
        details("trousers", "cotton fabric and pure color patterns. There is a belt on his waist"),
        title="Arrow Men Charcoal Grey Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black short-sleeve camp-collar shirt with white and pink hibiscus print, light beige linen trousers,
    # bareheaded; white backdrop, front. Caption invents a hat; shirt gets the trousers' beige; the material span
    # is the trousers' linen.
    case(
        "X919-014",
        caption(
            "The man wears a short-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton"
            " fabric and its neckline is lapel. The trousers are with linen fabric and pure color patterns. The man"
            " wears a hat.",
            "unsupported",
        ),
        pattern("floral"),
        color_of("shirt", "beige", "other_garment_color"),
        wearing("a short-sleeve shirt with floral patterns and a long trousers"),
        describe("shirt", "short-sleeve shirt with floral patterns"),
        is_a("shirt", "yes"),
        material("linen fabric", "contradiction"),
        title="Highlander Men Black Floral Print Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain olive green henley tee, three-button placket, short sleeves, dark blue jeans; white backdrop,
    # front. Caption loops back to its first sentence; the engine gives the jeans the tee's green.
    case(
        "X919-015",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a round neckline. The pants are with denim fabric and pure color patterns."
            " The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        details("t-shirt", "cotton fabric and it has a round neckline"),
        garment("t-shirt"),
        color_of("jeans", "green", "other_garment_color"),
        pattern("striped", "contradiction"),
        title="Roadster Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black track pants with two white side stripes and elastic cuffs, plain black tee; light grey backdrop,
    # full length side view. Caption cut at the limit; the describe span ends where it was cut.
    case(
        "X919-016",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants this man wears is in long length. The pants are"
            " with cotton fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        pattern("striped"),
        describe("pants", "cotton fabric and stripe", "cut"),
        details("pants", "The pants this man wears is in long length", "restated"),
        garment("pants"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: off-white linen shirt with a band (mandarin) collar, long sleeves, light grey trousers; white backdrop,
    # side view. Caption says cotton for a linen shirt; the trousers get the shirt's white.
    case(
        "X919-017",
        caption(
            T_LS + " The shirt is with cotton fabric and it has a stand neckline. The trousers are with cotton"
            " fabric and pure color patterns.",
            "contradiction",
        ),
        material("cotton fabric", "contradiction"),
        color_of("shirt", "white"),
        details("shirt", "it has a stand neckline"),
        sleeves("long"),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers", who="he"),
        color_of("trousers", "white", "other_garment_color"),
        title="Mango Man Off-White Linen Mandarin Collar Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: plain red crew-neck training tee, black jeans; white backdrop, back view. Caption cut at the limit;
    # the material span is the jeans' denim; the open color span is the pattern phrase; details span ends at the
    # cut.
    case(
        "X919-018",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. Its neckline is round."
            " The pants this man wears is in long length. The pants are with denim fabric and pure color patterns."
            " There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "red"),
        material("denim fabric", "contradiction"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        describe("t-shirt", "Its neckline is round"),
        tee_color("pure color patterns", "non_answer"),
        details("t-shirt", "There is an accessory on his", "cut"),
        title="Nike Men Red Solid Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black skinny jeans ripped at both knees, plain white tee, no sunglasses; white backdrop, full length.
    # Caption invents sunglasses (the details span carries them); the tee is answered black.
    case(
        "X919-019",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The"
            " man wears a pair of sunglasses.",
            "unsupported",
        ),
        color_of("jeans", "black"),
        details("jeans", "denim fabric and pure color patterns. The man wears a pair of sunglasses", "unsupported"),
        color_of("t-shirt", "black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        pattern("solid"),
        title="Flying Machine Men Black Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: blue and white gingham short-sleeve shirt, navy chinos; white backdrop, front. Caption cut at the
    # limit (the details span runs to the cut); the engine says long sleeves.
    case(
        "X919-020",
        caption(
            "The man wears a short-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton"
            " fabric and its neckline is lapel. The trousers this man wears is in long length. The trousers are with"
            " cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        sleeves("long", "contradiction"),
        pattern("checked"),
        describe("shirt", "short-sleeve shirt with lattice patterns"),
        wearing("a short-sleeve shirt with lattice patterns and a long trousers"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "cotton fabric and its neckline is lapel. The trousers this man wears is in long length. The trousers"
            " are with cotton fabric and pure color patterns. There is",
            "cut",
        ),
        title="Indian Terrain Men Blue Checked Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow crew tee with a small white "NYC" chest print, grey joggers, bare hands; white backdrop,
    # front. Caption invents a ring; the joggers get the tee's yellow; the open color span is the pattern.
    case(
        "X919-021",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is a"
            " ring on his finger.",
            "unsupported",
        ),
        color_of("t-shirt", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        pattern("graphic"),
        material("cotton fabric"),
        details("t-shirt", "its neckline is round"),
        tee_color("graphic patterns", "non_answer"),
        title="Bewakoof Men Mustard Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: beige cargo trousers with side flap pockets, black henley tee; white backdrop, full length front.
    # Caption goes on with a leaked Question/Answer turn to the limit; QA picks spans from that turn.
    case(
        "X919-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with"
            " cotton fabric and pure color patterns. Question: what is the color of the pants? Answer: black."
            " Question: what is the",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        describe("pants", "cotton fabric and pure color patterns"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        details("pants", "Question: what is the color of the pants? Answer: black", "leak"),
        garment("trousers"),
        title="Roadster Men Beige Regular Fit Solid Cargos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black slim formal shirt, long sleeves, cutaway collar, mid-grey trousers; white backdrop, front.
    # Caption says short-sleeve (the wearing span repeats it); trousers get the shirt's black.
    case(
        "X919-023",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        color_of("shirt", "black"),
        color_of("trousers", "black", "other_garment_color"),
        sleeves("long"),
        details("shirt", "cotton fabric"),
        wearing("a short-sleeve shirt", "contradiction", who="the man"),
        title="Van Heusen Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain white crew tee on a man, light blue jeans; white backdrop, front. The feed row has no gender.
    # Caption and the details span say "the woman"; the jeans get the tee's white.
    case(
        "X919-024",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "white"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        pattern("solid"),
        color_of("jeans", "white", "other_garment_color"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "The woman wears a short-sleeve T-shirt", "pronoun"),
        title="Levis Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: navy formal trousers with pressed crease, light pink shirt tucked in, brown belt; light grey
    # backdrop, full length. Caption loops to the limit; the trousers get the shirt's pink.
    case(
        "X919-025",
        caption(
            T_LS + " The shirt is with cotton fabric and it has a lapel neckline. The trousers are with cotton fabric"
            " and pure color patterns. There is a belt around his waist. The man wears a long-sleeve shirt with pure"
            " color patterns and",
            "loop",
            hit_limit=True,
        ),
        color_of("trousers", "pink", "other_garment_color"),
        color_of("shirt", "pink"),
        describe("trousers", "cotton fabric and pure color patterns"),
        garment("trousers"),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers"),
        details(
            "trousers",
            "cotton fabric and pure color patterns. There is a belt around his waist. The man wears a long-sleeve"
            " shirt with pure color patterns and",
            "loop",
        ),
        title="Louis Philippe Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon corduroy long-sleeve shirt worn open over a black tee, black jeans; white backdrop, front.
    # Caption calls the corduroy denim; the pants get the shirt's maroon as red; QA finds nothing for "Describe
    # the shirt".
    case(
        "X919-026",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with denim"
            " fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("shirt", "red"),
        material("denim fabric", "contradiction"),
        sleeves("long"),
        color_of("pants", "red", "other_garment_color"),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="he"),
        describe("shirt", "", "non_answer"),
        title="Urbano Fashion Men Maroon Corduroy Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: teal pique polo with a white stripe on the collar, stone chinos; white backdrop, front. Caption
    # repeats its fabric sentence to the limit; the details span runs over the repetition.
    case(
        "X919-027",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " it has a lapel neckline. The person wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. The T-shirt is with cotton fabric and it has a lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue"),
        garment("polo shirt"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        details(
            "t-shirt",
            "cotton fabric and it has a lapel neckline. The person wears a long trousers. The trousers are with"
            " cotton fabric and pure color patterns. The T-shirt is with cotton fabric",
            "loop",
        ),
        color_of("trousers", "beige"),
        pattern("solid"),
        title="Allen Solly Men Teal Solid Polo T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: grey melange joggers with drawstring and ribbed cuffs, navy crew sweatshirt, white sneakers; white
    # backdrop, full length. Caption turns the joggers into a skirt; QA has no pants to describe.
    case(
        "X919-028",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with"
            " cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("pants", "navy", "other_garment_color"),
        wearing("a long-sleeve sweater with pure color patterns and a long skirt", "contradiction", who="he"),
        describe("pants", "", "non_answer"),
        garment("sweater", "contradiction"),
        is_a("pair of pants", "yes"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive utility shirt with two flap chest pockets and epaulettes, sleeves rolled, white tee showing at
    # the neck, black chinos; white backdrop, front. Caption cut at the limit; the open color span is a sentence.
    case(
        "X919-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is lapel. The pants this man wears is in long length. The pants are with"
            " cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        details("shirt", "cotton fabric and its neckline is lapel"),
        color_of("pants", "black"),
        pattern("solid"),
        material("cotton fabric"),
        shirt_color("The shirt is with cotton fabric and its neckline is lapel", "restated"),
        title="Roadster Men Olive Green Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal grey long-sleeve raglan crew tee, dark olive trousers; light grey backdrop, front. Caption
    # cut at the limit; the engine says short sleeves and gives the trousers the tee's grey.
    case(
        "X919-030",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants this man wears is in long length. The pants are"
            " with cotton fabric and solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        sleeves("short", "contradiction"),
        color_of("t-shirt", "grey"),
        wearing("a long-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        details("t-shirt", "its neckline is round"),
        color_of("pants", "grey", "other_garment_color"),
        title="Celio Men Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: plain white slim chinos, navy and white breton-striped tee, brown loafers; white backdrop, full
    # length. Caption gives the chinos the tee's stripes, and the pattern answer and describe span follow it.
    case(
        "X919-031",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns and a long trousers. The T-shirt is with"
            " cotton fabric and its neckline is round. The trousers are with cotton fabric and stripe patterns.",
            "contradiction",
        ),
        color_of("trousers", "white"),
        pattern("striped", "contradiction"),
        describe("trousers", "cotton fabric and stripe patterns", "contradiction"),
        wearing("a short-sleeve T-shirt with stripe patterns and a long trousers"),
        color_of("t-shirt", "navy"),
        title="Marks & Spencer Men White Slim Fit Chinos",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: lavender oxford shirt, long sleeves, button-down collar, untucked over light grey chinos; white
    # backdrop, front. Trousers get the shirt's purple; the open color span is the caption's first sentence.
    case(
        "X919-032",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The"
            " gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "purple"),
        color_of("trousers", "purple", "other_garment_color"),
        wearing("a long trousers", who="the man"),
        describe("shirt", "long sleeves, cotton fabric and pure color patterns"),
        garment("shirt"),
        shirt_color("His shirt has long sleeves, cotton fabric and pure color patterns", "restated"),
        title="Arrow Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: tee with wide horizontal orange, white and navy stripes, black jeans, bare wrists; white backdrop,
    # front. Caption invents a wrist accessory; the engine says shorts, and gives the jeans the tee's orange.
    case(
        "X919-033",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is an"
            " accessory on his wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "orange"),
        pattern("striped"),
        details("t-shirt", "short-sleeve T-shirt with stripe patterns"),
        material("cotton fabric"),
        is_a("pair of shorts", "yes", "contradiction"),
        color_of("jeans", "orange", "other_garment_color"),
        title="United Colors of Benetton Men Multicoloured Striped Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: light grey washed slim jeans, black bomber jacket over a white tee, no jewellery; white backdrop, full
    # length. Caption invents wrist and finger accessories; the engine answers the jacket.
    case(
        "X919-034",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton"
            " fabric and its neckline is stand. The pants are with denim fabric and pure color patterns. There is an"
            " accessory on his wrist. There is a ring on his finger.",
            "unsupported",
        ),
        color_of("jeans", "black", "other_garment_color"),
        wearing("a long-sleeve jacket with pure color patterns and a long pants", who="he"),
        details("jeans", "denim fabric and pure color patterns"),
        garment("jacket", "contradiction"),
        is_a("pair of jeans", "yes"),
        material("cotton fabric", "contradiction"),
        title="Jack & Jones Men Grey Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: white short-sleeve shirt with a small navy anchor print, beige chinos; white backdrop, front.
    # Caption says "the lady"; the describe span keeps it; the chinos get the shirt's white.
    case(
        "X919-035",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="he"),
        color_of("shirt", "white"),
        pattern("printed"),
        sleeves("short"),
        describe("shirt", "The lady wears a short-sleeve shirt with graphic patterns", "pronoun"),
        color_of("trousers", "white", "other_garment_color"),
        title="Dennis Lingo Men White Printed Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: plain burgundy V-neck tee, light blue jeans, hands in pockets (no ring visible); white backdrop,
    # front. Caption invents a ring; tee gets the jeans' blue; the open color span is "pure color".
    case(
        "X919-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a V-shape neckline. The pants are with denim fabric and pure color patterns."
            " There is a ring on his finger.",
            "unsupported",
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        details("t-shirt", "V-shape neckline"),
        pattern("solid"),
        color_of("jeans", "blue"),
        tee_color("pure color", "non_answer"),
        title="Mast & Harbour Men Burgundy Solid V-Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: rust orange slim chinos, white shirt untucked; white backdrop, full length front. Caption goes on
    # with a leaked Question/Answer turn to the limit; the details span is the leaked answer.
    case(
        "X919-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
            " Question: what color are the trousers? Answer: brown. Question: what is",
            "leak",
            hit_limit=True,
        ),
        color_of("trousers", "orange"),
        details("trousers", "Answer: brown", "leak"),
        describe("trousers", "cotton fabric and pure color patterns"),
        garment("trousers"),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers", who="he"),
        title="Celio Men Rust Orange Slim Fit Solid Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: light pink long-sleeve formal shirt tucked into navy trousers, brown belt, open collar with no tie;
    # white backdrop, front. Caption invents a tie (the details span picks it); shirt gets the trousers' navy.
    case(
        "X919-038",
        caption(
            T_LS + " The shirt is with cotton fabric and it has a lapel neckline. The trousers are with cotton fabric"
            " and pure color patterns. There is a belt around his waist. There is a tie around his neck.",
            "unsupported",
        ),
        color_of("shirt", "navy", "other_garment_color"),
        describe("shirt", "cotton fabric and it has a lapel neckline"),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers", who="the man"),
        sleeves("long"),
        material("cotton fabric"),
        details("shirt", "There is a tie around his neck", "unsupported"),
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black tee with a large white skull-and-roses front print, distressed blue jeans; white backdrop,
    # front. Caption loops on the pants sentence; closed color takes the print's white.
    case(
        "X919-039",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The pants"
            " are with denim fabric and pure color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "white", "contradiction"),
        pattern("graphic"),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        color_of("jeans", "blue"),
        describe("t-shirt", "T-shirt", "non_answer"),
        material("denim fabric", "contradiction"),
        title="Bewakoof Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: black formal trousers, light blue formal shirt tucked in, black belt; light grey backdrop, full length
    # side view. The shirt is answered black; the wearing span is "long length".
    case(
        "X919-040",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The"
            " trousers this gentleman wears is in long length. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("trousers", "black"),
        color_of("shirt", "black", "other_garment_color"),
        details("trousers", "The trousers this gentleman wears is in long length", "restated"),
        describe("trousers", "cotton fabric and pure color patterns"),
        garment("trousers"),
        wearing("long length", "non_answer", who="he"),
        title="Park Avenue Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mustard and brown checked flannel shirt, buttoned, long sleeves, dark blue jeans; white backdrop,
    # front. Caption loops back to its first sentence; the engine says solid; describe span is over-long.
    case(
        "X919-041",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The man"
            " wears a long-sleeve shirt with lattice patterns and a long pants. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        pattern("solid", "contradiction"),
        wearing("a long-sleeve shirt with lattice patterns and a long pants", who="he"),
        details("shirt", "cotton fabric and its neckline is lapel"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton fabric and its"
            " neckline is lapel. The pants are with denim fabric",
            "restated",
        ),
        title="U.S. Polo Assn. Men Mustard Checked Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white sleeveless muscle tee with a black "ATHLETIC" chest print, black joggers, bare wrists; white
    # backdrop, front. Caption (and the describe span) invent a wrist accessory; the tee gets the joggers' black.
    case(
        "X919-042",
        caption(
            "The man wears a tank top with graphic patterns and a long pants. The tank top is with cotton fabric and"
            " its neckline is round. The pants are with cotton fabric and pure color patterns. There is an accessory"
            " on his wrist.",
            "unsupported",
        ),
        sleeves("sleeveless"),
        color_of("t-shirt", "black", "other_garment_color"),
        garment("tank top"),
        wearing("a tank top with graphic patterns and a long pants"),
        details("t-shirt", "graphic patterns"),
        material("cotton fabric"),
        describe("t-shirt", "There is an accessory on his wrist", "unsupported"),
        title="HRX by Hrithik Roshan Men White Printed Sleeveless T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: sand beige linen drawstring trousers, white linen shirt with open collar, tan sandals; white
    # backdrop, full length. The trousers get the shirt's white and the shirt the trousers' beige.
    case(
        "X919-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with linen"
            " fabric and it has a lapel neckline. The trousers are with linen fabric and pure color patterns. The"
            " man wears a pair of sandals."
        ),
        color_of("trousers", "white", "other_garment_color"),
        material("linen fabric"),
        describe("trousers", "linen fabric and pure color patterns"),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers"),
        garment("pants"),
        color_of("shirt", "beige", "other_garment_color"),
        title="Fabindia Men Beige Linen Relaxed Fit Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy shirt with small white polka dots, long sleeves, beige chinos; white backdrop, front. Caption
    # leaks a Question/Answer turn to the limit; details span echoes the leaked answer; shirt gets beige.
    case(
        "X919-044",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton"
            " fabric and its neckline is lapel. Question: what are the shirt details? Answer: the shirt details are"
            " the shirt details",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "beige", "other_garment_color"),
        pattern("polka dot"),
        describe("shirt", "", "non_answer"),
        wearing("a long-sleeve shirt with graphic patterns and a long trousers", who="he"),
        sleeves("long"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        title="Mast & Harbour Men Navy Blue Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white polo with a wide navy chest band, short sleeves, navy chinos; white backdrop, front. Caption and
    # the describe span say "she".
    case(
        "X919-045",
        caption(
            "She wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and it has"
            " a lapel neckline. She wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns.",
            "pronoun",
        ),
        color_of("t-shirt", "white"),
        pattern("color block"),
        wearing("a short-sleeve T-shirt with color block patterns", who="he"),
        details("t-shirt", "it has a lapel neckline"),
        color_of("trousers", "navy"),
        describe("t-shirt", "She wears a short-sleeve T-shirt with color block patterns", "pronoun"),
        title="Tommy Hilfiger Men White Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: dark indigo straight jeans, tan leather belt, plain grey crew tee, bare hands; white backdrop, back
    # view showing the back pockets. The feed row has no color. Caption invents a ring; jeans get the tee's grey;
    # the material span is the tee's cotton.
    case(
        "X919-046",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric. The pants are with denim fabric and pure color patterns. There is a belt around his"
            " waist. There is a ring on his finger.",
            "unsupported",
        ),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "denim fabric and pure color patterns"),
        garment("jeans"),
        is_a("pair of jeans", "yes"),
        material("cotton fabric", "contradiction"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        title="Levis Men Navy Blue 511 Slim Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
]
