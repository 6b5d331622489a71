"""BLIND_579 (46 products; older Myntra feed, the experiments' four models): written blind in the fifty-first session.
Measured blind at b5c78a9 (the session's final rules): 111/128 failures found (86.7%) and 9/176 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: the older Myntra 'Fashion Product Images' feed (short free-form titles, article types Tshirts to Kurtas,
base colours such as Navy Blue, Olive, Maroon, Charcoal, Cream, Khaki), 46 products photographed front-on against a
white backdrop, almost always worn by a model who also wears other clothes (jeans under a tee, a white shirt under a
sweater, churidar under a kurta), sometimes with a prop (a handbag, a dupatta, bangles).

Who wrote what: the experiments' own models answer their own questions. The base blip2-opt-2.7b (B) writes short,
plain captions and answers; it repeats one color for every garment, picks up the other garment's color, invents
details it cannot see (backs, zips, logos) and now and then gets he/she wrong. The caption adapter at epoch 3 (C3)
answers every prompt with the DeepFashion caption template ("The gentleman wears a long-sleeve shirt with pure color
patterns...") and, trained without an end token, runs to the limit: cut mid-sentence or looping. The epoch-1 caption
adapter (C1) writes the same template but still stops on a newline more often than not. The VQA adapter (V) gives
one or two words, loops them ("navy navy navy...") or runs on into the "Question: ... Answer:" format it was trained
on. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference
engine: one candidate value, never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- A closed answer that gives the product the color of another garment or prop is labelled contradiction (the
  other_garment_color kind is kept for open answers, as its definition says); an open answer that gives a garment
  that is not the product the product's color ("black" for the grey track pants under a black hoodie) is a
  contradiction too (one color for two garments).
- Shade synonyms count as correct: red or dark red for Maroon, green for Olive, purple for Lavender, white for Cream,
  tan for Beige, grey for Charcoal, yellow for Mustard, dark blue for Navy Blue, orange for a rust kurta.
- The caption template's fabric claim ("The shirt is with cotton fabric") is correct when the fabric is plausible for
  what is seen (cotton tee, denim jeans, knitting for a sweater) and unsupported when the photo or the title says
  otherwise (leather skirt for a denim skirt, denim for jersey joggers). "There is an accessory on her wrist" is
  correct only where the photo shows bangles or a watch.
- Naming a kurta a dress or a shirt is a contradiction (of the seller's category) wherever it happens; the template's
  neutral "upper clothing" is not. A tank top called "tank top" for a sleeveless top is correct.
- A one-word answer to "Describe the ..." or "What are the ... details?" is a non_answer; a one-garment answer to
  "What is she wearing?" that names the product rightly ("skirt", "tank top") answers the question and is correct.
- The caption template returned for a color question, with no color in it, is a non_answer even when it ran to
  the limit; it is labelled cut only where it stops mid-phrase and loop only where it repeats.
- A text that ran to its token limit and repeats is a loop, one that stops mid-phrase is a cut; hit_limit is set on
  both, and on a leak that ran to the limit. A leak is labelled leak even when its first words are right.
- Where one text carries two failures the label is the first a reader meets (a loop whose repeated sentence also
  invents a ring is a loop).
- "Is this a ...?" for a pair (jeans, shorts, track pants) is asked as "Is this a pair of ...?".
- Pronoun failures are only he/she/his/her against the catalog gender; Unisex rows are asked about "the person".
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_579 = [
    # photo: man in a yellow crew-neck tee with a small black Puma cat logo on the left chest, mid-blue jeans, white
    # backdrop, front view. Caption, wearing, describe: B; details: C3; closed: reference engine.
    case(
        "X579-001",
        caption("a man in a yellow t-shirt and blue jeans standing in front of a white background"),
        wearing("a yellow t-shirt and jeans", who="he"),
        color_of("shirt", "yellow"),
        describe("shirt", "a plain yellow t-shirt with a small black puma logo on the chest"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. There is an accessory"
            " on his wrist.",
            "unsupported",
        ),
        BQ.garment_type("t-shirt"),
        title="Puma Men Core Logo Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a peach short-sleeve tee tucked into white jeans, white backdrop, front view. Caption: C1;
    # wearing, color of the shirt: V; closed: reference engine.
    case(
        "X579-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and it has a round neckline. The pants are with denim fabric and pure color patterns."
            " There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt"
            " t-shirt t-shirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        BQ.pattern("solid"),
        BQ.sleeve_length("short sleeve"),
        title="United Colors of Benetton Women Solid Peach T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black crew-neck tee with a large white-and-red print of a motorbike and the text "FM 1980",
    # grey chinos, white backdrop. Caption, wearing, color, describe, details: B; closed: reference engine.
    case(
        "X579-003",
        caption("a man wearing a black t-shirt with a motorcycle on it"),
        wearing("a black t-shirt and grey pants", who="he"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "it's a black t-shirt with a picture of a motorcycle"),
        details("shirt", "the shirt has a motorcycle on it and the words harley davidson", "unsupported"),
        BQ.pattern("printed"),
        BQ.garment_type("t-shirt"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: boy in an orange tee with a cartoon print of Bheem on the front, blue denim shorts, white backdrop.
    # Caption, describe: C3; wearing: V; closed: reference engine.
    case(
        "X579-004",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. He wears a"
            " three-point shorts. The shorts are with denim fabric and pure color patterns. His shorts has",
            "cut",
            hit_limit=True,
        ),
        wearing("t-shirt Question: What is the color of the t-shirt? Answer: orange", "leak", who="he"),
        color_of("shirt", "orange"),
        color_of("shorts", "orange", "contradiction"),
        describe(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The T-shirt"
            " has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Chhota Bheem Kids Boys Dholakpur Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: woman in a lavender training tee with a white swoosh, black leggings, running shoes, turned half to the
    # side, white backdrop. Caption, wearing, colors, details: B; describe: C1; closed: reference engine.
    case(
        "X579-005",
        caption("a woman in a purple shirt and black leggings"),
        wearing("he is wearing a purple t-shirt and black leggings", "pronoun", who="she"),
        color_of("shirt", "purple", kind="open"),
        color_of("pants", "purple", "contradiction", kind="open"),
        describe(
            "shirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline.",
        ),
        details("shirt", "the shirt has a nike logo on the chest and mesh panels on the back", "unsupported"),
        BQ.sleeve_length("short sleeve"),
        title="Nike Women Training Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white shirt with big navy and red checks, button-down collar, one chest pocket, long sleeves,
    # over dark jeans, white backdrop. Caption, details: C3; wearing, describe: B; closed: reference engine.
    case(
        "X579-006",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. This gentleman wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white and blue checkered shirt and jeans", who="he"),
        color_of("shirt", "white"),
        BQ.pattern("checked"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton"
            " fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is a plaid shirt with a pocket on the front and a button down collar"),
        title="Wrangler Men Urban Check White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy shirt with thin white vertical stripes, long sleeves, tucked into beige chinos, brown
    # belt, white backdrop. Caption, wearing, colors, details: B; pattern: reference engine.
    case(
        "X579-007",
        caption("a man in a blue striped shirt and khaki pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        color_of("pants", "khaki", kind="open"),
        BQ.pattern("solid", "contradiction"),
        details("shirt", "the shirt has a white collar and white cuffs", "unsupported"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an olive utility shirt, sleeves rolled up with button tabs, untucked, no belt, white skinny
    # jeans, white backdrop. Caption, describe: C1; wearing, color: V; closed: reference engine.
    case(
        "X579-008",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt"
            " shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        is_a("shirt", "yes"),
        BQ.garment_type("jacket", "contradiction"),
        BQ.sleeve_length("long sleeve"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. There is a belt in her"
            " waist.",
            "unsupported",
        ),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a solid maroon full-sleeve shirt over black trousers, hands in pockets, white backdrop. Caption,
    # wearing, color of the pants: B; describe, details: V; closed: reference engine.
    case(
        "X579-009",
        caption("a man in a red shirt and black pants with his hands in his pockets"),
        wearing("a black shirt and black pants", "other_garment_color", who="he"),
        BQ.color("maroon"),
        color_of("pants", "the color of the pants is the color of the pants", "restated", kind="open"),
        describe("shirt", "red", "non_answer"),
        details(
            "shirt",
            "red Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeve"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a grey washed denim shirt with two flap chest pockets and snap buttons, buttoned, over blue
    # jeans, white backdrop. Caption, wearing, color, details: C3; material, describe: B; type: reference engine.
    case(
        "X579-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a"
            " lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has"
            " a lapel",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The gentleman wears a"
            " long trousers.",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with denim"
            " fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        BQ.material("denim"),
        describe("shirt", "a grey denim shirt with two pockets and snap buttons"),
        BQ.garment_type("shirt"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a cream sleeveless top with lace trim at the neckline, navy blue jeans, white backdrop, front
    # view only. Caption, wearing, color of the top, describe: B; closed: reference engine.
    case(
        "X579-011",
        caption("a woman wearing a white top and blue jeans"),
        wearing("a white tank top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        color_of("jeans", "navy blue"),
        describe("top", "the top is white with lace on the neckline and it has a bow on the back", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        BQ.pattern("solid"),
        title="Flying Machine Women Solid Cream Tops",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a navy top with small white and pink flowers, three-quarter sleeves, round neck, white
    # trousers, white backdrop. Caption, details: C1; wearing, color of the top: B; closed: reference engine.
    case(
        "X579-012",
        caption(
            "The lady wears a three-quarter-sleeve upper clothing with floral patterns. The upper clothing is with"
            " chiffon fabric. It has a round neckline. The lady wears a long pants. The pants are with cotton fabric."
        ),
        wearing("a floral top and white pants", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        details(
            "top",
            "The top has a round neckline, three-quarter sleeves and floral patterns all over. The top is with chiffon"
            " fabric. The",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Floral Print Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black short-sleeve peplum top, red skinny jeans, white backdrop. Caption, wearing, color of
    # the pants, describe, details, material: B; closed: reference engine.
    case(
        "X579-013",
        caption("a woman in a black top and red pants"),
        wearing("she is wearing a black top and red pants", who="she"),
        color_of("top", "red", "contradiction"),
        color_of("pants", "red", kind="open"),
        BQ.garment_type("top"),
        describe("top", "a black peplum top with short sleeves"),
        details("top", "the top details are the details of the top", "restated"),
        BQ.material("leather", "unsupported"),
        title="ONLY Women Black Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a mustard yellow sleeveless top with pleats at the neckline, blue denim shorts, no jewellery,
    # white backdrop. Caption, describe: C3; wearing, color: V; is-a: reference engine.
    case(
        "X579-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is"
            " with cotton fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns."
            " The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top", who="she"),
        color_of(
            "top",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        describe(
            "top",
            "The tank top is with cotton fabric and pure color patterns. It has a round neckline. There is a necklace"
            " on her neck.",
            "unsupported",
        ),
        title="Vero Moda Women Mustard Yellow Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in mid-blue slim jeans with light whiskering, white tee untucked, white backdrop, cropped at the
    # chest, front view only. Caption, wearing, colors, details, describe: B; closed: reference engine.
    case(
        "X579-015",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("blue jeans and a white shirt", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        describe("jeans", "the jeans have a brown leather patch on the back and copper rivets", "unsupported"),
        is_a("pair of jeans", "yes"),
        BQ.garment_type("jeans"),
        title="Wrangler Men Skanders Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, a grey melange tee, white sneakers, no rings, full-length shot, white
    # backdrop. Caption, details: C1; wearing, colors: V; is-a: reference engine.
    case(
        "X579-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is with"
            " cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("jeans", who="she"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. There is a ring on her finger. The pants are with"
            " denim fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Levis Women Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark indigo jeans with a red-and-white checked shirt untucked over them, brown shoes, white
    # backdrop. Caption, wearing, color of the shirt, describe, details: B; closed: reference engine.
    case(
        "X579-017",
        caption("a man wearing a red plaid shirt and dark blue jeans"),
        wearing("a red shirt and jeans", who="he"),
        color_of("jeans", "navy blue"),
        color_of("shirt", "red and white", kind="open"),
        describe("jeans", "the jeans are red", "other_garment_color"),
        details("jeans", "they are light blue with a faded wash", "contradiction"),
        BQ.pattern("solid"),
        title="Flying Machine Men Dark Wash Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light-wash ripped boyfriend jeans rolled at the ankle, a pink top, white backdrop. Caption,
    # wearing, describe: B; color, details: V; is-a: reference engine.
    case(
        "X579-018",
        caption("a woman wearing a pink top and ripped jeans"),
        wearing("she's wearing a pink top and jeans", who="she"),
        color_of("jeans", "blue Question: What is the color of the top? Answer: pink", "leak", kind="open"),
        details("jeans", "denim", "non_answer"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "the jeans are light blue with holes in the knees and rolled up at the bottom"),
        title="Kraus Women Light Wash Blue Boyfriend Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in khaki slim chinos, a navy polo tee tucked in, brown belt, white backdrop. Caption, details: C3;
    # wearing, color of the shirt, describe, material: B; closed: reference engine.
    case(
        "X579-019",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton fabric."
            " It has a lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns."
        ),
        wearing("he is wearing khaki pants and a blue shirt", who="he"),
        color_of("pants", "khaki"),
        color_of("shirt", "khaki", "contradiction", kind="open"),
        describe("pants", "the pants are blue", "other_garment_color"),
        details(
            "pants",
            "The trousers are with denim fabric and pure color patterns. There is a belt in his waist.",
            "unsupported",
        ),
        BQ.garment_type("trousers"),
        BQ.material("cotton"),
        title="Basics Men Khaki Slim Fit Chinos Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in black straight-leg formal trousers with a pressed crease, a white shirt tucked in, black heels,
    # white backdrop, front view only. Caption, wearing, color of the pants, describe, details: B; closed: reference.
    case(
        "X579-020",
        caption("a woman in a white shirt and black pants"),
        wearing("a white blouse and black pants", who="she"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white"),
        describe("pants", "black dress pants with a crease down the front"),
        details("pants", "they have pockets on the back and a zipper on the side", "unsupported"),
        title="Van Heusen Women Black Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in charcoal flat-front trousers, a sky blue shirt tucked in, black belt, white backdrop. Caption,
    # wearing, color, details: C1; closed: reference engine.
    case(
        "X579-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("The gentleman wears a long-sleeve shirt and a long trousers.", who="he"),
        color_of("pants", "The trousers are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details("pants", "The trousers are with cotton fabric and pure color patterns. There is a belt in his waist."),
        BQ.pattern("solid"),
        BQ.color("grey"),
        title="Arrow Men Charcoal Grey Flat Front Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in olive cargo shorts with side flap pockets, a black tee, white backdrop. Caption, wearing, color,
    # details: B; describe: V; is-a: reference engine.
    case(
        "X579-022",
        caption("a man in a black t-shirt and brown shorts", "contradiction"),
        wearing("black shirt and green cargo shorts", who="he"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        describe(
            "shorts",
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Roadster Men Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in white denim shorts with a frayed hem, a navy-and-white striped tee, no watch or bangles, white
    # backdrop. Caption: C3; wearing, details, describe: B; closed: reference engine.
    case(
        "X579-023",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is with"
            " cotton fabric. The shorts are with denim fabric and pure color patterns. There is an accessory on her"
            " wrist.",
            "unsupported",
        ),
        wearing("a striped shirt and white shorts", who="she"),
        color_of("shorts", "white"),
        BQ.pattern("striped", "contradiction"),
        details("shorts", "the shorts have frayed edges"),
        describe("shorts", "the shorts are blue and white striped", "other_garment_color"),
        title="Forever 21 Women White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: man in navy running shorts with a white swoosh on the left leg and white side piping, a grey tee, white
    # backdrop. Caption, wearing, material: B; colors, details: V.
    case(
        "X579-024",
        caption("a man in a grey t-shirt and blue shorts"),
        wearing("she is wearing a grey shirt and blue shorts", "pronoun", who="he"),
        color_of(
            "shorts",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy"
            " navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "grey", kind="open"),
        details("shorts", "white stripe Question: What is the color of the shirt? Answer: grey", "leak"),
        BQ.material("polyester"),
        title="Nike Men Navy Blue Running Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink knee-length pleated skirt, a white blouse tucked in, white backdrop. Caption, wearing,
    # color, describe: B; details: C1; closed: reference engine.
    case(
        "X579-025",
        caption("a woman wearing a white blouse and a pink pleated skirt"),
        wearing("a white shirt and pink skirt", who="she"),
        color_of("skirt", "pink", kind="open"),
        describe("skirt", "the skirt is a pink skirt", "restated"),
        details(
            "skirt",
            "The skirt is with chiffon fabric and pure color patterns. The lower clothing is of knee length. The skirt"
            " is with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("dress", "contradiction"),
        BQ.pattern("solid"),
        title="Mango Women Pink Pleated Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a black denim mini skirt with a button front, a mustard knit sweater, white backdrop. Caption,
    # describe: C1; wearing, color of the sweater: V; closed: reference engine.
    case(
        "X579-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with"
            " knitting fabric. The skirt is with denim fabric and pure color patterns."
        ),
        wearing("skirt", who="she"),
        color_of("skirt", "black"),
        color_of("sweater", "yellow", kind="open"),
        is_a("skirt", "no", "contradiction"),
        describe(
            "skirt",
            "The skirt is with leather fabric and pure color patterns. The lower clothing is of short length.",
            "unsupported",
        ),
        title="Only Women Black Denim Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a red sleeveless V-neck maxi dress with a white floral print and a thin self-fabric waist belt,
    # white backdrop, front view only. Caption, details: C3; wearing, color, describe: B; closed: reference engine.
    case(
        "X579-027",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The dress is of long length. There is a belt in her waist. The lady is wearing a"
            " sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress with white flowers", who="she"),
        color_of("dress", "red and white", kind="open"),
        BQ.pattern("floral"),
        BQ.sleeve_length("sleeveless"),
        details(
            "dress",
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. There is a belt in her"
            " waist.",
        ),
        describe("dress", "it is a long red dress with a slit on the side and a zipper in the back", "unsupported"),
        title="Sera Women Red Printed Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a solid navy blue short-sleeve shift dress, knee length, nude heels, holding a tan handbag,
    # white backdrop. Caption, wearing, material: B; describe, details: V; closed: reference engine.
    case(
        "X579-028",
        caption("a woman in a blue dress holding a brown purse"),
        wearing("a dark blue dress", who="she"),
        color_of("dress", "brown", "contradiction"),
        BQ.garment_type("dress"),
        describe("dress", "dress", "non_answer"),
        details("dress", "Answer: blue Question: Is this a dress? Answer: yes", "leak"),
        BQ.material("it is made of cotton"),
        title="Mast & Harbour Women Navy Blue Shift Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck knit sweater with ribbed cuffs and hem, a white shirt collar showing at
    # the neck, dark blue jeans, white backdrop. Caption, details: C1; the rest: B; is-a: reference engine.
    case(
        "X579-029",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric."
            " It has a round neckline. This gentleman wears a long trousers. The trousers are with denim fabric and"
            " pure color patterns."
        ),
        wearing("a grey sweater and jeans", who="he"),
        color_of("sweater", "grey", kind="open"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        describe("sweater", "the sweater is a sweater", "restated"),
        details(
            "sweater",
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is with"
            " knitting fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        BQ.material("wool"),
        is_a("sweater", "yes"),
        title="Wrangler Men Grey Melange Crew Neck Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a maroon cable-knit crew-neck sweater with long sleeves, black skinny jeans, white backdrop.
    # Caption, wearing, describe, details: B; closed: reference engine.
    case(
        "X579-030",
        caption("a woman in a maroon sweater and black jeans"),
        wearing("he is wearing a red sweater and black pants", "pronoun", who="she"),
        color_of("sweater", "maroon"),
        BQ.pattern("solid"),
        describe("sweater", "the sweater is a red sweater with a cable knit pattern on the front and the sleeves"),
        details("sweater", "the sweater has a hood and a zipper on the front", "unsupported"),
        title="Vero Moda Women Maroon Cable Knit Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a navy V-neck sweater over a white collared shirt, khaki chinos, bareheaded, white backdrop.
    # Caption, details: C3; wearing, color of the sweater: V; closed: reference engine.
    case(
        "X579-031",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric."
            " It has a v-shape neckline. This gentleman wears a long trousers. The trousers are with cotton fabric and"
            " pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("cardigan", "contradiction", who="he"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white"),
        is_a("sweater", "yes"),
        details(
            "sweater",
            "The sweater is with knitting fabric and pure color patterns. It has a v-shape neckline. There is a hat on"
            " his head.",
            "unsupported",
        ),
        title="United Colors of Benetton Men Navy Blue V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie (no zip) with a white Puma logo on the chest and a kangaroo pocket, hood
    # down, grey track pants, white backdrop. Caption, wearing, colors, details: B; describe: C1; type: reference.
    case(
        "X579-032",
        caption("a man in a black hoodie and grey sweatpants"),
        wearing("a black hoodie with a puma logo", who="he"),
        color_of("hoodie", "black", kind="open"),
        color_of("pants", "black", "contradiction", kind="open"),
        BQ.garment_type("jacket", "contradiction"),
        details("hoodie", "the hoodie has a zipper on the front and a puma logo", "unsupported"),
        describe(
            "sweatshirt",
            "His sweatshirt has long sleeves, cotton fabric and graphic patterns. It has a hooded neckline.",
        ),
        title="Puma Men Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink crew-neck sweatshirt with a white "BROOKLYN NYC" slogan print, blue jeans, white
    # backdrop. Caption, details: C1; wearing: V; describe: B; closed: reference engine.
    case(
        "X579-033",
        caption(
            "The female wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a"
            " round neckline. The female wears a long denim pants. The pants are with denim fabric and pure color"
            " patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("sweater", who="she"),
        color_of("sweatshirt", "pink"),
        BQ.pattern("printed"),
        details("sweatshirt", "The sweater has graphic patterns. The letters on it read los angeles.", "unsupported"),
        describe("sweatshirt", "the sweatshirt is blue with white writing on it", "other_garment_color"),
        title="Roadster Women Pink Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: boy in a green crew-neck sweatshirt with navy shoulder patches and a ribbed hem, long sleeves, navy
    # joggers, white backdrop. Caption, wearing, color, details, material: B; describe: V; sleeve: reference engine.
    case(
        "X579-034",
        caption("a young boy wearing a green sweatshirt and blue pants"),
        wearing("a green sweater and navy pants", who="he"),
        color_of("sweatshirt", "green and blue", kind="open"),
        details("sweatshirt", "the sweatshirt has blue shoulder patches and a ribbed hem"),
        describe("sweatshirt", "sweatshirt Question: What is the color of the sweatshirt? Answer: green", "leak"),
        BQ.sleeve_length("short sleeve", "contradiction"),
        BQ.material("fleece"),
        title="United Colors of Benetton Kids Boys Green Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: man in a black faux-leather biker jacket with an asymmetric silver zip, worn open over a white tee, dark
    # blue jeans, white backdrop. Caption, wearing, color, material, describe: B; details: C3; closed: reference.
    case(
        "X579-035",
        caption("a man wearing a black leather jacket and a white t-shirt"),
        wearing("a black leather jacket, white t-shirt and jeans", who="he"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color_of("shirt", "white"),
        BQ.material("leather"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details(
            "jacket",
            "The jacket is with leather fabric and pure color patterns. It has a lapel neckline. The gentleman wears a"
            " short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        BQ.garment_type("jacket"),
        title="Roadster Men Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim jacket with chest flap pockets, worn open over a black top, black jeans, no
    # bangles or watch, white backdrop. Caption, wearing, color, details: C3; closed: reference engine.
    case(
        "X579-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a"
            " lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
            " The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a"
            " lapel neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "jacket",
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline.",
            "non_answer",
            kind="open",
        ),
        details(
            "jacket",
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. There is an accessory on"
            " her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        BQ.color("blue"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in an olive quilted puffer jacket with an attached hood (no fur), zipped up, blue jeans, white
    # backdrop. Caption, details, describe, material: B; wearing, color: V; pattern: reference engine.
    case(
        "X579-037",
        caption("a man in a green puffer jacket and blue jeans"),
        wearing("jacket Question: Is this a jacket? Answer: yes", "leak", who="he"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        details("jacket", "the jacket has a hood and a zipper"),
        describe("jacket", "it is a green jacket with a hood and a fur collar", "unsupported"),
        BQ.material("nylon"),
        BQ.pattern("solid"),
        title="Wildcraft Men Olive Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a beige double-breasted belted trench jacket over a white top, blue jeans, white backdrop.
    # Caption, describe: C1; wearing, color of the jacket, details: B; color: reference engine.
    case(
        "X579-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " lapel neckline. There is a belt in her waist. The lady wears a long denim pants."
        ),
        wearing("a tan coat and jeans", who="she"),
        color_of("jacket", "tan", kind="open"),
        BQ.color("white", "contradiction"),
        describe(
            "jacket",
            "The jacket has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The jacket"
            " has long sleeves, cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "his coat has a belt and buttons on the front", "pronoun"),
        title="Vero Moda Women Beige Trench Jacket",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: man in black track pants with three white side stripes, elastic cuffs and a small white Adidas logo on
    # the left thigh, a red tee, white backdrop. Caption, wearing, color, describe: B; details: V; closed: reference.
    case(
        "X579-039",
        caption("a man in a red shirt and black track pants with white stripes"),
        wearing("red shirt and black sweatpants", who="he"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        BQ.garment_type("track pants"),
        details(
            "pants",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes"
            " stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        describe("pants", "the pants are black with white stripes down the side and an adidas logo on the thigh"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey melange jersey joggers with a drawstring waist and ribbed cuffs, a white tank top, white
    # backdrop. Caption, details: C3; wearing, describe, material: B; color: reference engine.
    case(
        "X579-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has"
            " a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
            " The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("he's wearing a white tank top and grey sweatpants", "pronoun", who="she"),
        color_of("pants", "grey"),
        details("pants", "The pants are with denim fabric and pure color patterns.", "unsupported"),
        describe("pants", "white sweatpants with a drawstring", "other_garment_color"),
        BQ.material("cotton"),
        title="Nike Women Grey Melange Joggers Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: male model in navy track pants with white side piping and an elastic waistband, a white tee, white
    # backdrop. Caption, wearing, details: B; colors: V; type: reference engine.
    case(
        "X579-041",
        caption("a man in a white shirt and blue pants"),
        wearing("a white t-shirt and navy pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "the pants have white piping on the side and an elastic waistband"),
        BQ.garment_type("trousers", "contradiction"),
        title="Decathlon Unisex Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Unisex",
    ),
    # photo: woman in a green straight kurta with a small gold block print, three-quarter sleeves and a mandarin
    # collar, white churidar leggings, gold bangles on her wrist, white backdrop. Caption, wearing, color: B;
    # describe, details: C1; closed: reference engine.
    case(
        "X579-042",
        caption("a woman in a green kurta and white leggings"),
        wearing("a green dress and white leggings", "contradiction", who="she"),
        color_of("kurta", "green", kind="open"),
        BQ.pattern("printed"),
        describe(
            "kurta",
            "The lady wears a three-quarter-sleeve upper clothing with graphic patterns. The upper clothing is with"
            " cotton fabric. It has a stand",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "There is an accessory on her wrist. The upper clothing is with cotton fabric."),
        BQ.garment_type("kurta"),
        title="W Women Printed Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a white cotton kurta with white chikankari embroidery and long sleeves, pink palazzo pants, a
    # pink dupatta over one shoulder, white backdrop. Caption, wearing, color of the pants, describe, material: B;
    # details: V; color of the kurta: reference engine.
    case(
        "X579-043",
        caption("a woman wearing a white embroidered kurta and pink pants with a pink scarf"),
        wearing("a white kurta and pink pants", who="she"),
        color_of("kurta", "pink", "contradiction"),
        color_of("pants", "pink", kind="open"),
        describe("kurta", "the kurta is white with embroidery on it"),
        details("kurta", "yes", "non_answer"),
        BQ.material("silk", "unsupported"),
        title="Biba Women White Chikankari Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: man in a cream long cotton kurta with full sleeves, a mandarin collar and wooden placket buttons, white
    # churidar, white backdrop. Caption, describe: C3; wearing, color, details, material: B; type: reference engine.
    case(
        "X579-044",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand neckline. This gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and white pants", who="he"),
        color_of("kurta", "white", kind="open"),
        BQ.garment_type("shirt", "contradiction"),
        details("kurta", "it has wooden buttons and a mandarin collar"),
        describe(
            "kurta",
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand neckline.",
            "contradiction",
        ),
        BQ.material("cotton"),
        title="Fabindia Men Cream Cotton Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a rust-orange sleeveless A-line kurta with a navy blue ethnic print along the hem, navy
    # leggings, white backdrop. Caption: C1; wearing, color of the kurta: V; details, describe: B; closed: reference.
    case(
        "X579-045",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress"
            " dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        color_of("leggings", "navy blue"),
        BQ.sleeve_length("sleeveless"),
        details("kurta", "the kurta has a blue print at the bottom"),
        describe("kurta", "an orange kurta with blue print"),
        title="Global Desi Women Rust Orange Printed Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: man in a royal blue silk-blend kurta with a tone-on-tone woven paisley, full sleeves and a plain
    # mandarin collar, cream churidar, a cream stole, white backdrop. Caption, wearing, color, material, details: B;
    # describe: V; type: reference engine. The feed row has no colour.
    case(
        "X579-046",
        caption("a man in a blue kurta and white pants"),
        wearing("a blue kurta with gold embroidery on the collar", "unsupported", who="he"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        BQ.material("silk"),
        details("kurta", "the kurta has a paisley pattern woven into the fabric and a mandarin collar"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: blue Question: Describe the kurta. Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        BQ.garment_type("kurta"),
        title="Manyavar Men Blue Silk Kurta",
        category="Kurtas",
        gender="Men",
    ),
]
