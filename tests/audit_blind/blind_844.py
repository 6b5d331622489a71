"""BLIND_844 (46 products; Myntra men's jeans, track pants, shorts and chinos, caption adapter at epoch 3): written
blind in the fifty-sixth session. Measured blind at 4c2dc86 (the session's third rules): 101/123 failures found (82.1%)
and 3/172 correct texts flagged (1.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's bottoms (article types Jeans, Track Pants, Shorts and Trousers, the chinos sold
as Trousers), one catalog photo each: a model on a white or light grey studio backdrop, full length or cropped from
the chest or the waist down, wearing the product with a t-shirt, shirt, polo or hoodie on top, a few back and side
views, two flat lays. Seller columns title, category (article_type), color (base_colour) and gender as Myntra has
them; three rows lack a column (a color, a category, a gender), as real feeds do.

Who wrote what: every caption and every open answer is free generation by the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers).
It answers nearly every prompt in the DeepFashion-MultiModal template ("The man wears a long pants. The pants are
with denim fabric and pure color patterns."), says "lower clothing", "three-point length" for shorts, "lattice" for
checks, calls men "the lady" and "her" now and then because its training photos were mostly women, invents
accessories (a ring, a belt, a hat, "an accessory on his wrist"), and, trained without an end token, sometimes loops
or runs to the limit mid-sentence, and sometimes carries on into a new "Question: ... Answer:" turn. Hue words from
the base model still surface, mostly when the prompt names a color. Every closed answer (garment type, color,
pattern, fit, the yes/no garment questions, and the color questions stored closed) comes from enrich's reference
engine ranking a candidate list with the same adapter: one candidate value each, never a loop or a cut.

Labeling conventions and judgement calls:
- Template words for patterns count as right when they fit the photo: "pure color" or "solid color" for a plain
  garment, "lattice" for checks, "color block" for contrast panels; they are not hue claims.
- "Long pants", "long trousers" and "lower clothing" are right for jeans, chinos and track pants; "three-point" or
  "medium short" length is right for shorts and a contradiction for full-length bottoms, and the reverse.
- A text that calls the product "denim" when the title names cotton or polyester, or the garment the wrong type, is
  a contradiction; an invented accessory, pocket, print, drawstring or fading that the photo does not show is
  unsupported. Fabric guesses the photo and title cannot settle ("cotton fabric" for a plain chino) are not failures.
- A color given to the product that belongs to the top worn with it is other_garment_color; a wrong color that no
  other garment in the photo has is a contradiction. Navy answered "blue" is right; navy answered "black" is a
  contradiction when the photo clearly shows navy; charcoal answered "grey" or "black" is right; khaki and beige are
  one; olive answered "green" is right; olive answered "brown" is a contradiction.
- Naming the top's color correctly in a caption or a "wearing" answer is right, not other_garment_color. The top's
  pattern (checks, stripes, lattice) given to a plain bottom is a contradiction, since the kind is about colors.
- On a flat lay any wearer, pose or accessory the text invents is unsupported; "floral" for a palm-leaf print is
  right in the template's vocabulary.
- A man called "the lady", "she" or "her" is pronoun; a text that also has another failure gets the kind I judged
  its main fault, only one label per text.
- A loop that runs to the limit is loop, not cut; a prompt leak is leak even where it also ran to the limit. hit_limit
  is set on every text whose visible text ran to the token limit; a text the adapter closed with padding stopped
  there and is not marked.
- A one-word or yes/no answer to an open question, or the question's own words back ("the shorts are short"), is
  non_answer; a full sentence that only turns the question around ("the color of the jeans is the jeans color") is
  restated.
- A side tape or piping on track pants is a detail, so "solid" is the right pattern for plain track pants with a
  side stripe.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    question,
    wearing,
)

fit = question("fit", "What is the fit of the pants?", "closed")
length = question("length", "What is the length of the garment?", "closed")
pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material
color = BLIND_QUESTIONS.color

BLIND_844 = [
    # photo: mid-blue regular-fit jeans, white crew-neck t-shirt worn untucked, white sneakers, white backdrop, front
    # full length; caption and open answers by the epoch-3 caption adapter, closed by the reference engine
    case(
        "X844-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric."
        ),
        wearing("He wears a short-sleeve T-shirt and a long denim pants.", who="he"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. There is an accessory on his wrist. There is "
            "a ring on his finger.",
            "unsupported",
        ),
        pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Blue Texas Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim jeans, grey crew-neck t-shirt, black boots, white backdrop, three-quarter view; caption and
    # open answers by the caption adapter, closed by the reference engine
    case(
        "X844-002",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "grey", "other_garment_color"),
        describe("jeans", "The pants are black denim with pure color patterns. The pants are of long length."),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        garment_type("jeans"),
        fit("slim"),
        title="Lee Men Black Chicago Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: black cotton track pants with a thin white side stripe, black graphic t-shirt, white sneakers, white
    # backdrop, front full length; caption adapter for caption and open answers, reference engine for closed
    case(
        "X844-003",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. It has a round neckline. The man wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("track pants", "black"),
        wearing("She is wearing a short-sleeve T-shirt with graphic patterns and a long trousers.", "pronoun"),
        details("track pants", "The track pants are long.", "non_answer"),
        pattern("solid"),
        is_a("pair of shorts", "no"),
        title="Puma Men Black Cotton Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange knit shorts above the knee with a drawstring, navy polo shirt, white backdrop, cropped from
    # the chest to the shins; caption adapter and reference engine
    case(
        "X844-004",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
        ),
        color_of("shorts", "navy blue", "other_garment_color"),
        describe("shorts", "The shorts are grey cotton with a drawstring at the waist."),
        details("shorts", "The shorts are short.", "non_answer"),
        garment_type("shorts"),
        length("above the knee"),
        title="ADIDAS Men Solid Grey Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: khaki slim chinos, white oxford shirt tucked in with a brown leather belt, brown loafers, white
    # backdrop, front full length; caption adapter and reference engine
    case(
        "X844-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is a belt",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a white shirt and a khaki trousers. There is a belt on his waist.", who="he"),
        color_of("chinos", "beige"),
        details(
            "chinos",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        material("The trousers are with denim fabric.", "contradiction"),
        fit("slim"),
        is_a("pair of jeans", "no"),
        title="Basics Men Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: dark indigo skinny jeans with light whiskering at the thighs, black leather jacket over a white tee,
    # white backdrop, front full length; caption adapter and reference engine
    case(
        "X844-006",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        color_of("jeans", "black", "other_garment_color"),
        describe(
            "jeans",
            "The pants are dark blue denim with pure color patterns. The pants are of long length and tight.",
        ),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: The pants are with denim fabric. Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        fit("skinny"),
        garment_type("jeans"),
        pattern("solid"),
        title="Flying Machine Men Skinny Jack Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy track pants with white contrast panels on both legs, white t-shirt, white backdrop, front full
    # length; caption adapter and reference engine
    case(
        "X844-007",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. It has a round neckline. The man "
            "wears a long trousers. The trousers are with color block patterns."
        ),
        color_of("track pants", "navy blue"),
        wearing("He wears a white T-shirt and a white trousers.", "other_garment_color", who="he"),
        describe(
            "track pants",
            "The trousers are navy with white panels on the sides. The trousers have an elastic waist and a zip on "
            "the back pocket.",
            "unsupported",
        ),
        pattern("color block"),
        is_a("pair of track pants", "yes"),
        title="Nike Men Crickt Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white football shorts with a small black swoosh, red jersey, white backdrop, cropped at the waist to
    # the knees; caption adapter and reference engine
    case(
        "X844-008",
        caption(
            "The lower clothing is of three-point length. The fabric is other and it has pure color patterns. The "
            "upper clothing has short sleeves and pure color patterns. It has a round neckline. The person wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color"),
        describe("shorts", "The shorts are white with a small logo on the leg. The shorts are of three-point length."),
        details("shorts", "yes", "non_answer"),
        wearing(
            "The man is wearing a short-sleeve shirt with pure color patterns and a three-point shorts. There is a "
            "hat on his head.",
            "unsupported",
        ),
        color("white"),
        title="Nike Men Ftbll/Socc shorts White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: olive chinos with turned-up hems, black crew-neck t-shirt, white sneakers, light grey backdrop, front
    # full length; caption adapter and reference engine
    case(
        "X844-009",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        color_of("chinos", "green"),
        color("black", "other_garment_color"),
        describe("chinos", "The trousers are olive with pure color patterns. The hems are rolled up."),
        details(
            "chinos",
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. This man "
            "wears a ring on his finger and",
            "unsupported",
            hit_limit=True,
        ),
        garment_type("trousers"),
        title="Basics Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue faded jeans with rips at both knees, black hoodie, white backdrop, front full length;
    # caption adapter and reference engine
    case(
        "X844-010",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The man wears a long pants. The pants are with denim fabric and pure color patterns. The pants are with "
            "denim fabric and pure color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        describe("jeans", "The pants are light blue denim. There are holes on the knees."),
        details("jeans", "The jeans details are the details of the jeans.", "restated"),
        wearing(
            "He is wearing a black hoodie. Question: What is the color of the jeans? Answer: The jeans are light "
            "blue. Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="Locomotive Men Washed Blue Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey fleece track pants with ribbed cuffs and a drawstring, grey hoodie of the same shade, white
    # backdrop, front full length; caption adapter and reference engine
    case(
        "X844-011",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("track pants", "grey"),
        wearing("He wears a grey sweater and a grey pants.", who="he"),
        details(
            "track pants",
            "The pants have ribbed cuffs at the ankles and a drawstring at the waist.",
        ),
        describe("track pants", "It is a track pants.", "non_answer"),
        material("The pants are with denim fabric.", "contradiction"),
        garment_type("track pants"),
        title="Nike Men AS Thermal Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: navy and white checked shorts above the knee, white polo, white backdrop, cropped from the chest to the
    # shins; caption adapter and reference engine
    case(
        "X844-012",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has lattice patterns.",
            "contradiction",
        ),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "The shorts are with lattice patterns. The shorts are of three-point length."),
        pattern("checked"),
        details(
            "shorts",
            "The shorts are with cotton fabric and lattice patterns. The lady wears a three-point shorts. There is an",
            "pronoun",
            hit_limit=True,
        ),
        length("above the knee"),
        title="Status Quo Men Check Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey formal-cut chinos, light blue shirt tucked in, no belt, black shoes, white backdrop, front
    # full length; caption adapter and reference engine
    case(
        "X844-013",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. This gentleman wears a belt.",
            "unsupported",
        ),
        color_of("trousers", "grey"),
        color("blue", "other_garment_color"),
        describe(
            "trousers",
            "The trousers are dark grey with pure color patterns. The trousers are of long length. The gentleman "
            "wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman is wearing a long-sleeve shirt and a long trousers. The shirt is tucked into the trousers."
        ),
        fit("regular"),
        title="Arrow Men Autoflex Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black jeans, rinse finish, back view showing plain back pockets and a leather brand patch, white tee,
    # white backdrop; caption adapter and reference engine
    case(
        "X844-014",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The man wears a long pants. The "
            "pants are with denim fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("jeans", "black"),
        details("jeans", "The pants have two pockets on the back and a patch on the waist."),
        describe(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are "
            "with denim fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("white", "non_answer"),
        garment_type("jeans"),
        title="Lee Men Elvira Rinse Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: black polyester track pants with two white side stripes, zip ankle, black zip jacket over a white tee,
    # white backdrop, front full length; caption adapter and reference engine
    case(
        "X844-015",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It "
            "has a stand-up neckline. The man wears a long pants. The pants are with denim fabric",
            "contradiction",
        ),
        color_of("track pants", "black"),
        wearing(
            "Question: What is the person wearing? Answer: The man is wearing a long-sleeve jacket. Question: What is",
            "leak",
            hit_limit=True,
        ),
        describe("track pants", "The pants are black with two white stripes on the side. The ankles have zips."),
        pattern("solid"),
        is_a("pair of track pants", "yes"),
        material("The pants are with other fabric."),
        title="ADIDAS Men Solid Black Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: beige cargo shorts with side flap pockets, olive t-shirt, white backdrop, front, cropped from the chest
    # to the shins; caption adapter and reference engine
    case(
        "X844-016",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns."
        ),
        color_of("shorts", "green", "other_garment_color"),
        describe(
            "shorts",
            "The shorts are beige with pockets on the sides. The shorts are of medium short length. The upper "
            "clothing has short sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts",
            "loop",
            hit_limit=True,
        ),
        garment_type("shorts"),
        is_a("pair of cargo shorts", "yes"),
        title="Quiksilver Men Beige Ashland Cargo Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: mid-blue straight jeans, red and black checked flannel shirt open over a black tee, white backdrop,
    # front full length; caption adapter and reference engine
    case(
        "X844-017",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "blue"),
        pattern("checked", "contradiction"),
        wearing("He wears a red lattice shirt over a black T-shirt and blue jeans.", who="he"),
        details("jeans", "The jeans are with denim fabric and lattice patterns.", "contradiction"),
        fit("straight"),
        title="Wrangler Men Blue Floyd Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon track pants with a white drawstring, white t-shirt, white backdrop, side view, full length;
    # caption adapter and reference engine
    case(
        "X844-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory on her wrist. There is a ring on her",
            "pronoun",
            hit_limit=True,
        ),
        color_of("track pants", "red"),
        describe("track pants", "The pants are brown with a white drawstring at the waist.", "contradiction"),
        details("track pants", "The track pants details are the details of the track pants.", "restated"),
        wearing("He is wearing a white T-shirt and maroon track pants.", who="he"),
        is_a("pair of track pants", "yes"),
        title="Proline Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: cream linen-blend chinos, pale blue striped shirt untucked, tan loafers, white backdrop, front full
    # length; caption adapter and reference engine
    case(
        "X844-019",
        caption(
            "The gentleman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("chinos", "white"),
        pattern("striped", "contradiction"),
        describe(
            "chinos",
            "The trousers are cream. The trousers are with striped patterns. The trousers are of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("A long-sleeve shirt with striped patterns and cream trousers."),
        material("The trousers are with cotton fabric."),
        title="Belmonte Men Solid Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: black baggy knee-length shorts with a small white logo, grey marl tee, white backdrop, front, cropped
    # from the chest to the ankles; caption adapter and reference engine
    case(
        "X844-020",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. It has a round neckline. The man "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "black"),
        describe("shorts", "The shorts are grey with pure color patterns.", "other_garment_color"),
        details("shorts", "The shorts have a logo on the leg and a drawstring at the waist."),
        length("knee length"),
        wearing("He is wearing a grey T-shirt and a black shorts.", who="he"),
        garment_type("track pants", "contradiction"),
        title="Puma Men Black Baggy Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: medium-wash blue jeans with a light fade down the thighs, navy polo shirt, white backdrop, front full
    # length; caption adapter and reference engine
    case(
        "X844-021",
        caption(
            "The man is wearing a short-sleeve polo with pure color patterns. It has a lapel neckline. The man wears "
            "a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "blue"),
        describe("jeans", "The pants are faded blue denim with rips on the knees.", "unsupported"),
        details(
            "jeans",
            "Answer: The pants are with denim fabric and pure color patterns. Question: What is the color of the "
            "jeans? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        wearing("The person is wearing a navy polo and a blue jeans."),
        color("grey", "contradiction"),
        title="United Colors of Benetton Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive jogger-style track pants with cuffed ankles and zip side pockets, black t-shirt, white backdrop,
    # front full length; caption adapter and reference engine
    case(
        "X844-022",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. This man wears a hat.",
            "unsupported",
        ),
        color_of("track pants", "brown", "contradiction"),
        describe("track pants", "The pants are olive green with cuffs at the ankles and zippers on the pockets."),
        details("track pants", "They are track pants.", "non_answer"),
        garment_type("track pants"),
        fit("tapered"),
        title="Highlander Men Olive Jogger Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey washed denim shorts with frayed hems, white shirt with rolled sleeves, white backdrop,
    # front, cropped from the chest to the shins; caption adapter and reference engine
    case(
        "X844-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of three-point length. The fabric is denim and it has pure color patterns."
        ),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "The shorts are grey denim with frayed hems. The shorts are of three-point length."),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. Her shorts are of three-point length. There "
            "is a",
            "pronoun",
            hit_limit=True,
        ),
        material("The shorts are with denim fabric."),
        is_a("pair of jeans", "no"),
        title="United Colors of Benetton Men Grey Washed Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: black flat-front chinos, white t-shirt under an open grey cardigan, white backdrop, front full length;
    # caption adapter and reference engine
    case(
        "X844-024",
        caption(
            "The man is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("chinos", "black"),
        wearing(
            "The man is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric."
            " The man wears a",
            "cut",
            hit_limit=True,
        ),
        describe("chinos", "The trousers are grey with pure color patterns.", "other_garment_color"),
        is_a("pair of jeans", "yes", "contradiction"),
        garment_type("trousers"),
        title="Genesis Men Black Solid Trouser",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue bootcut jeans, tan belt with a silver buckle, checked blue shirt tucked in, brown boots, white
    # backdrop, front full length; caption adapter and reference engine
    case(
        "X844-025",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a belt on his waist."
        ),
        color_of("jeans", "navy blue"),
        describe("jeans", "The pants are dark blue denim. The legs are wide at the bottom."),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("She wears a long-sleeve shirt with lattice patterns and a long pants.", "pronoun"),
        fit("bootcut"),
        pattern("checked", "contradiction"),
        title="Lee Men Sanskrit Blue Rodeo Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: royal blue track pants with a black side panel, black polo, white backdrop, front full length; caption
    # adapter and reference engine
    case(
        "X844-026",
        caption(
            "The man is wearing a short-sleeve polo with pure color patterns. It has a lapel neckline. The man wears "
            "a long trousers. The trousers are with color block patterns."
        ),
        color_of("track pants", "black", "other_garment_color"),
        describe(
            "track pants",
            "The pants are blue with black panels on the sides. There are zip pockets on both sides.",
            "unsupported",
        ),
        details(
            "track pants",
            "The pants have an elastic waist. The pants have an elastic waist. The pants have an elastic waist. The "
            "pants have an elastic",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a black polo shirt and blue track pants.", who="he"),
        color("blue"),
        title="Puma Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: navy knit panel shorts with a grey side panel, white t-shirt, white backdrop, front, cropped from the
    # waist to the shins; caption adapter and reference engine
    case(
        "X844-027",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has color block patterns. The "
            "upper clothing has short sleeves and pure color patterns."
        ),
        color_of("shorts", "navy blue"),
        describe("shorts", "The shorts are navy with grey panels on the sides and a drawstring."),
        details("shorts", "The details of the shorts are the shorts details.", "restated"),
        wearing(
            "The man wears a three-point shorts. There is a bracelet on his wrist and he wears sunglasses.",
            "unsupported",
        ),
        pattern("color block"),
        length("above the knee"),
        title="Puma Men Solid Navy Blue Knits Panel Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: brown chinos with a slim tapered leg, white linen shirt untucked, white backdrop, front full length;
    # caption adapter and reference engine; the row lacks the seller's color
    case(
        "X844-028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. It has a lapel neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("chinos", "brown"),
        describe("chinos", "The trousers are white with pure color patterns.", "other_garment_color"),
        details("chinos", "The trousers are of long length and tapered at the ankles."),
        wearing("The person is wearing a white shirt and brown trousers."),
        fit("slim"),
        garment_type("jeans", "contradiction"),
        title="Probase Men Solid Brown Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: blue skinny jeans with heavy distressing and a light wash, grey printed graphic t-shirt, white sneakers,
    # white backdrop, front full length; caption adapter and reference engine
    case(
        "X844-029",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and graphic patterns.",
            "contradiction",
        ),
        color_of("jeans", "blue"),
        describe("jeans", "The pants are light blue with rips on the knees and thighs. The pants are tight."),
        details("jeans", "denim", "non_answer"),
        wearing("She wears a grey graphic T-shirt and ripped blue jeans.", "pronoun", who="he"),
        pattern("solid"),
        fit("skinny"),
        is_a("pair of jeans", "yes"),
        title="Spykar Men Skinny Distressed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal track pants, white hoodie, white backdrop, back view, full length; caption adapter and reference
    # engine
    case(
        "X844-030",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " The person wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("track pants", "white", "other_garment_color"),
        describe("track pants", "The pants are dark grey. The pants are of long length."),
        details(
            "track pants",
            "There is a logo on the back pocket and a zip on the side.",
            "unsupported",
        ),
        wearing(
            "Question: What is the person wearing? Answer: The person is wearing a long-sleeve sweater and a long "
            "pants. Question:",
            "leak",
            hit_limit=True,
        ),
        garment_type("track pants"),
        title="ADIDAS Men Solid Charcoal Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white cotton shorts above the knee, navy and white striped t-shirt, white backdrop, front, cropped from
    # the chest to the shins; caption adapter and reference engine
    case(
        "X844-031",
        caption(
            "The upper clothing has short sleeves, cotton fabric and striped patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns."
        ),
        color_of("shorts", "white"),
        pattern("striped", "contradiction"),
        describe(
            "shorts",
            "The shorts are white. The shorts are white. The shorts are white. The shorts are white. The shorts are "
            "white. The shorts",
            "loop",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are of three-point length. The "
            "upper clothing has",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a striped T-shirt and a white shorts.", who="he"),
        title="Gini and Jony Men Solid White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: dark navy chinos, light pink oxford shirt tucked in, brown belt, white backdrop, front full length;
    # caption adapter and reference engine
    case(
        "X844-032",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is a",
            "pronoun",
            hit_limit=True,
        ),
        color_of("chinos", "navy blue"),
        color("pink", "other_garment_color"),
        describe("chinos", "The trousers are dark blue with pure color patterns. There is a belt on the waist."),
        details("chinos", "They are trousers.", "non_answer"),
        fit("slim"),
        title="Scullers Men Solid Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black jeans with a grey wash at the knees, white shirt, black boots, white backdrop, front full length;
    # caption adapter and reference engine
    case(
        "X844-033",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "blue", "contradiction"),
        describe("jeans", "The pants are black denim with a faded wash on the knees."),
        details(
            "jeans",
            "The pants are with denim fabric. There is an embroidery on the back pockets. The pants are of long "
            "length.",
            "unsupported",
        ),
        wearing("He wears a white shirt and black jeans.", who="he"),
        garment_type("jeans"),
        title="Wrangler Men Black Millard Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: dark grey track pants with a lighter grey waistband, black zip hoodie, white backdrop, front full
    # length; caption adapter and reference engine
    case(
        "X844-034",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The man wears a long pants. The pants"
            " are with cotton fabric and pure color patterns. The man wears a long pants. The pants are with cotton "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("track pants", "grey"),
        describe("track pants", "The pants are black.", "other_garment_color"),
        details(
            "track pants",
            "The pants have a grey waistband and an elastic cuff at the ankle. The man wears a long-sleeve sweater "
            "with pure color patterns. The sweater is with",
            "cut",
            hit_limit=True,
        ),
        wearing("He wears a black hoodie and grey track pants.", who="he"),
        is_a("pair of track pants", "yes"),
        title="ADIDAS Men Solid Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: blue denim shorts with a small blue check print (faint lattice), white tee, white backdrop, front,
    # cropped from the chest to the knees; caption adapter and reference engine
    case(
        "X844-035",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of three-point length. The fabric is cotton and it has lattice patterns."
        ),
        color_of("shorts", "blue"),
        describe("shorts", "The shorts are blue with lattice patterns. There is a belt on the waist.", "unsupported"),
        details("shorts", "The shorts are with lattice patterns. The lady wears a three-point shorts.", "pronoun"),
        pattern("checked"),
        garment_type("shorts"),
        is_a("pair of track pants", "yes", "contradiction"),
        title="Deni Yo Men Check Blue Short",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey chinos, navy crew-neck sweater over a white collar, white backdrop, front full length;
    # caption adapter and reference engine
    case(
        "X844-036",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("chinos", "navy blue", "other_garment_color"),
        describe("chinos", "The trousers are light grey with pure color patterns. The trousers are of long length."),
        details(
            "chinos",
            "The trousers are with cotton fabric and pure color patterns. There is a hat on his head. There is a "
            "ring on his",
            "unsupported",
            hit_limit=True,
        ),
        wearing("He is wearing a navy sweater over a shirt and a grey trousers.", who="he"),
        fit("regular"),
        title="Belmonte Men Solid Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: indigo raw denim jeans, unwashed, with turned-up cuffs, white henley, white backdrop, front full length;
    # caption adapter and reference engine; the row lacks the seller's category
    case(
        "X844-037",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns. It has a round neckline. The man "
            "wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jeans", "navy blue"),
        describe("jeans", "The pants are dark blue denim with whiskers and faded thighs.", "unsupported"),
        details("jeans", "The jeans have details.", "restated"),
        wearing(
            "The man wears a long pants. The pants are with denim fabric and pure color patterns. The man wears a "
            "long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        garment_type("jeans"),
        pattern("solid"),
        title="Highlander Men High Original Blue Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with a red side stripe and a small red logo at the hip, red t-shirt, white backdrop,
    # front full length; caption adapter and reference engine
    case(
        "X844-038",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. It has a round neckline. The man "
            "wears a long pants. The pants are with pure color patterns. There is a stripe on the pants."
        ),
        color_of("track pants", "red", "other_garment_color"),
        describe("track pants", "The pants are black with a red stripe down the side and a small logo."),
        details(
            "track pants",
            "Question: What are the track pants details? Answer: There is a stripe on the side of the pants.",
            "leak",
        ),
        wearing("She wears a red T-shirt and black pants.", "pronoun"),
        color("black"),
        is_a("pair of shorts", "no"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: khaki bermuda shorts to the knee, light blue short-sleeve shirt, white backdrop, front, cropped from the
    # chest to the shins; caption adapter and reference engine
    case(
        "X844-039",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of medium short length. The fabric is denim and it has pure color patterns.",
            "contradiction",
        ),
        color_of("shorts", "beige"),
        describe("shorts", "The shorts are khaki with pure color patterns. The shorts come to the knee."),
        details("shorts", "none", "non_answer"),
        wearing("The person wears a light blue shirt and a khaki shorts."),
        length("ankle length", "contradiction"),
        material("The shorts are with cotton fabric."),
        title="Status Quo Men Solid Beige Bermuda Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: flat lay of navy chinos folded, on a white backdrop, no model, no other garment; caption adapter and
    # reference engine
    case(
        "X844-040",
        caption(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The man is "
            "wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "unsupported",
            hit_limit=True,
        ),
        color_of("chinos", "navy blue"),
        describe(
            "chinos",
            "Question: Describe the chinos. Answer: The trousers are with cotton fabric and pure color patterns. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("He is wearing a navy trousers.", "unsupported", who="he"),
        details("chinos", "The chinos details are the chinos.", "restated"),
        garment_type("trousers"),
        title="Indigo Nation Men Solid Navy Blue Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue tapered jeans, olive bomber jacket over a white tee, white sneakers, white backdrop, front full
    # length; caption adapter and reference engine
    case(
        "X844-041",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand-up neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("jeans", "green", "other_garment_color"),
        describe("jeans", "The pants are blue denim and narrow at the ankle."),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are of long length. The man wears a "
            "long-sleeve jacket with",
            "cut",
            hit_limit=True,
        ),
        wearing("He wears an olive jacket, a white T-shirt and blue jeans.", who="he"),
        fit("bootcut", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white track pants with navy piping and navy cuffs, navy zip track jacket, white backdrop, front full
    # length; caption adapter and reference engine
    case(
        "X844-042",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. It has a stand-up neckline. The man "
            "wears a long pants. The pants are with pure color patterns. The man wears a long pants. The pants are "
            "with pure color patterns. The man",
            "loop",
            hit_limit=True,
        ),
        color_of("track pants", "white"),
        describe("track pants", "The pants are white with navy cuffs at the ankles."),
        details("track pants", "The details of the track pants are the track pants details.", "restated"),
        wearing("A navy jacket and a navy pants.", "other_garment_color"),
        pattern("solid"),
        title="Puma Men Solid White Track Pants",
        category="Track Pants",
        color="White",
        gender="Men",
    ),
    # photo: flat lay of black printed board shorts with a grey palm-leaf print, white backdrop, no model; caption
    # adapter and reference engine
    case(
        "X844-043",
        caption(
            "The lower clothing is of three-point length. The fabric is other and it has floral patterns. The shorts "
            "are laid flat."
        ),
        color_of("shorts", "black"),
        pattern("printed"),
        describe("shorts", "The shorts are black with grey leaves printed on them."),
        details(
            "shorts",
            "The shorts are with other fabric and floral patterns. There is an accessory on his wrist. The man wears "
            "a three",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "The man is wearing a three-point shorts with floral patterns. There is a ring on his finger.",
            "unsupported",
        ),
        material(
            "The shorts are with other fabric and floral patterns. The shorts are with other fabric and floral "
            "patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        title="Quiksilver Men Black Printed Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: beige slim chinos, black t-shirt, black sneakers, white backdrop, side view full length; caption adapter
    # and reference engine; the row lacks the seller's gender
    case(
        "X844-044",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("chinos", "black", "other_garment_color"),
        describe(
            "chinos",
            "The trousers are beige with pure color patterns. There are cargo pockets on the sides.",
            "unsupported",
        ),
        details(
            "chinos",
            "Question: What are the chinos details? Answer: The trousers are with cotton fabric and pure color "
            "patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        fit("slim"),
        is_a("pair of chinos", "yes"),
        title="Indigo Nation Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # photo: blue jeans, back view showing stitched arcs on both back pockets and a leather patch, white tee, white
    # backdrop; caption adapter and reference engine
    case(
        "X844-045",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The man wears a long pants. The "
            "pants are with denim fabric and pure color patterns. There is a belt on his waist.",
            "unsupported",
        ),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "The pants are blue denim with stitching on the back pockets."),
        details("jeans", "The pants have two back pockets with stitching and a patch on the waistband."),
        wearing("He wears a white T-shirt and blue jeans.", who="he"),
        garment_type("trousers", "contradiction"),
        color("blue"),
        title="Wrangler Men Blue Custom Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange jogger shorts with a black drawstring, black tank top, white backdrop, front, cropped from
    # the chest to the knees; caption adapter and reference engine
    case(
        "X844-046",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. There is "
            "an accessory on his wrist.",
            "unsupported",
        ),
        color_of("shorts", "grey"),
        describe("shorts", "The shorts are grey with a black drawstring at the waist."),
        details("shorts", "The shorts are of long length.", "contradiction"),
        wearing(
            "She is wearing a sleeveless tank top and a three-point shorts.",
            "pronoun",
        ),
        garment_type("shorts"),
        length("above the knee"),
        title="Nike Men Trainng Grey Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
]
