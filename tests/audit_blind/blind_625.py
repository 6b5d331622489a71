"""BLIND_625 (46 products; Myntra women's dresses and jumpsuits night): written blind in the fifty-third session.
Measured blind at 39c4af8 (the session's fourth rules): 114/131 failures found (87.0%) and 11/187 correct texts flagged
(5.9%). The writer's notes, verbatim:

Scenario: a Myntra women's dresses and jumpsuits feed (maxi, midi, mini, shirt dresses, wrap dresses, slip and
sweater dresses, jumpsuits, dungarees, playsuits), catalog model shots, mostly full length from the front on a white,
grey, beige or pastel studio backdrop. Many models wear a second garment (a denim or leather jacket, a blazer, a
trench coat, a shrug, a t-shirt under a slip or pinafore dress) and shoes, bags or hats that have colors of their own.
The seller files playsuits and dungarees under "Jumpsuit", as Myntra does.

Who wrote what: every caption comes from the caption adapter after epoch 1
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch). It writes the DeepFashion template ("The lady is wearing a
short-sleeve dress with floral patterns. The dress is with chiffon fabric ..."), names no hues, calls jumpsuits and
playsuits "romper", sometimes reads a dress as a shirt and a skirt, adds accessories it did not see, and, trained
without an end token, often runs to the 50-token limit (cut mid-sentence, or repeating its first sentence). Every
answer comes from the VQA adapter (Data3_V3_BLIP2_VQA): open answers are free generation (30 tokens), short and
In-shop flavoured when they stop, looping or cut when they do not, sometimes replaying the "Question: ... Answer:"
format or the question itself, sometimes "he" for a woman. Closed answers (garment type, color, pattern, sleeve
length, the yes/no garment question, and the color question where marked closed) come from the reference engine,
which picks one candidate, so they never loop or stop short but can pick the wrong candidate.

Labeling conventions and judgement calls:
- One label per text. A caption or answer that ran to its token limit and stopped mid-word or mid-clause is "cut"
  (hit_limit=True); one that ran to its limit repeating itself is "loop" (hit_limit=True). I wrote the runaway texts
  so that what they say before the break is right, except where noted in the photo comment.
- Color shades count as right when they fall in the seller color's group: red for Burgundy/Maroon, green for
  Olive, pink for Peach/Magenta, purple for Mauve/Lavender, orange for Rust, beige for Khaki, white or cream for
  Off White, teal or blue for Turquoise Blue, grey for Charcoal/Grey Melange, navy for Navy Blue.
- A print's second color counts as right when the seller's title names it ("Black & Red Floral", "Pink & Blue
  Tie-Dye", "White & Blue Floral"); for a "Multi" product the dominant print color is right. A color taken from the
  print's dots, embroidery or pleats that the title does not name, or from the backdrop, is a contradiction.
- An open answer that gives the product the color of another thing the model wears or holds (jacket, coat, blazer,
  shrug, t-shirt underneath, shoes, bag, hat, belt) is other_garment_color; I count shoes, bags, hats and belts as
  "another garment" here. A closed answer that does the same is labeled contradiction (the closed pick contradicts
  the seller and the text that has it right). A closed sleeve length or pattern taken from the other garment
  (the jacket's long sleeves, the t-shirt's stripes) is a contradiction.
- A caption that names the product as another garment class (shirt + skirt for a shirt dress, shirt + pants for a
  denim jumpsuit, sweater for a sweater dress, a skirt for a pinafore, pants for a jumpsuit under a blazer) is a
  contradiction of the seller's category. "Romper" for a jumpsuit or playsuit, "outer clothing" for a jacket and
  "jumpsuit" for a playsuit are right.
- Caption fabrics: the template's "chiffon" for georgette/viscose, "cotton" for cotton or chambray, "other" for
  crepe, satin, velvet, sequins are right; "knitting" for a knit. A material answer that the title contradicts
  ("silk" for a satin title, "cotton" for a crepe or georgette title) or that the photo cannot support ("denim" for a
  jersey t-shirt dress, "leather" for a crepe jumpsuit, the jacket's leather for the dress) is unsupported. Where the
  title names no material, a plausible material for the look is counted right.
- Invented things (a ring, a watch, a necklace, a hood, a hat, a belt, pockets or a back zip in a front view) are
  unsupported. The caption's "accessory on her wrist" is right only where the photo shows bangles or a watch.
- A one-word garment name, a bare color or "yes"/"no" to an open describe/details/wearing question is a
  non_answer; an answer that only turns the question back ("the jumpsuit details are the jumpsuit", "the garment is
  made of material", "describe the jumpsuit") is restated.
- Pronoun: "he", "his", "the man", "the gentleman" for a model in a Women row. The one row without a gender column
  (X625-022) has no pronoun failure.
- Leaks: any "Question:" or "Answer:" inside a text is a leak, even where the answer before it is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_625 = [
    # photo: navy blue georgette maxi dress with a small white floral print, V-neck, short flutter sleeves, front,
    # full length, tan flat sandals, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-001",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it "
            "has a v-shape neckline. The dress is of long length. The lady wears sandals on her feet and she",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue floral maxi dress"),
        color_of("dress", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        Q.material("cotton", "unsupported"),
        details(
            "dress",
            "the dress has a v-neckline, short sleeves, a v-neckline, short sleeves, a v-neckline, short sleeves, a "
            "v-neckline",
            "loop",
            hit_limit=True,
        ),
        title="Sassafras Women Navy Blue Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black jersey bodycon midi dress, long sleeves, round neck, under an open beige trench coat, nude heels,
    # grey backdrop, front. Caption adapter caption, VQA answers.
    case(
        "X625-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of medium length. The lady "
            "also wears an outer clothing with pure color patterns. The neckline of the dress is round."
        ),
        wearing("a beige coat over a beige dress", "other_garment_color"),
        color_of("dress", "beige", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("coat", "contradiction"),
        describe(
            "dress",
            "the dress is a black dress with a black dress with a black dress with a black dress with a black dress "
            "with a",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow cotton shirt dress, spread collar, button placket, sleeves rolled to the elbow, fabric tie
    # belt, knee length, no pockets on the chest, white sneakers, white backdrop. Caption adapter, VQA answers.
    case(
        "X625-003",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The lady wears a short skirt.",
            "contradiction",
        ),
        wearing("a yellow shirt dress with a belt"),
        Q.garment_type("dress"),
        color_of("dress", "mustard"),
        Q.material("cotton"),
        describe(
            "dress",
            "a mustard shirt dress with a collar, buttons, rolled sleeves, a belt and two chest pockets",
            "unsupported",
        ),
        details("dress", "collar, buttons down the front, rolled up sleeves and a tie belt at the waist"),
        title="Roadster Women Mustard Yellow Solid Cotton Shirt Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon satin wrap midi dress, V-neck, three-quarter sleeves, side tie; she holds a small gold clutch, no
    # rings visible, beige backdrop, front. Caption adapter caption, VQA answers.
    case(
        "X625-004",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with other fabric and it "
            "has a v-shape neckline. The dress is of long length. The lady is wearing a ring on her finger.",
            "unsupported",
        ),
        wearing("he is wearing a red wrap dress", "pronoun"),
        color_of("dress", "maroon"),
        Q.sleeve_length("three-quarter sleeve"),
        Q.material("silk", "unsupported"),
        describe(
            "dress",
            "a maroon wrap dress with a v neckline and a tie at the waist, the sleeves are three quarter and the hem "
            "falls below the",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Maroon Solid Satin Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green cotton twill utility jumpsuit, short sleeves, collar, two flap chest pockets, drawstring
    # waist, full length, white sneakers, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-005",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It has a "
            "lapel neckline. The romper is of long length. The lady wears a pair of sneakers and the romper has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("green"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("solid"),
        describe(
            "jumpsuit",
            "olive green utility jumpsuit Question: Describe the jumpsuit. Answer: olive green utility jumpsuit "
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        details("jumpsuit", "pockets on the chest, a collar, a drawstring waist and short sleeves"),
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: white cotton schiffli (broderie) tiered midi dress, sleeveless, square neck; a natural straw hat on her
    # head, brown sandals, white backdrop, front. Caption adapter caption, VQA answers.
    case(
        "X625-006",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "lady wears a hat. The dress is of medium length."
        ),
        wearing("a white dress and a straw hat"),
        color_of("dress", "white"),
        color_of("dress", "beige", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        describe(
            "dress",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the details of the dress are the details", "restated"),
        title="AND Women White Schiffli Cotton Tiered Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: teal blue A-line midi dress with white polka dots, puff short sleeves, round neck, smocked waist, white
    # sneakers, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-007",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        wearing("a blue and white polka dot dress"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short sleeve"),
        details(
            "dress",
            "Question: What are the dress details? Answer: puff sleeves Question: What are the dress details? Answer: "
            "puff sleeves Question:",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Teal Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: black crepe halter-neck culotte jumpsuit, sleeveless, wide legs, thin gold belt, black heels, nothing
    # on her wrists, grey backdrop, front. Caption adapter caption, VQA answers.
    case(
        "X625-008",
        caption(
            "The lady is wearing a sleeveless romper with pure color patterns. The romper is with other fabric. There "
            "is a belt in the romper. The romper is of long length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black jumpsuit with a gold belt"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "black"),
        color_of("jumpsuit", "gold", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        Q.material("leather", "unsupported"),
        title="StyleStone Women Black Solid Halter Neck Crepe Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: peach viscose playsuit with a white and green floral print, V-neck, short flutter sleeves, elasticated
    # waist, shorts, front view only (back not visible), white sandals, white backdrop. Caption adapter, VQA answers.
    case(
        "X625-009",
        caption(
            "The lady wears a short-sleeve romper with floral patterns. The romper is with chiffon fabric and it has a "
            "v-shape neckline. The pants are of short length."
        ),
        wearing("a pink floral romper"),
        Q.color("peach"),
        is_a("romper", "yes"),
        Q.pattern("floral"),
        details(
            "playsuit", "a v neck, flutter sleeves, an elasticated waist and two pockets on the back", "unsupported"
        ),
        title="Harpa Women Peach-Coloured Floral Print Playsuit",
        category="Jumpsuit",
        color="Peach",
        gender="Women",
    ),
    # photo: red sleeveless V-neck maxi dress with a front slit, a light blue denim jacket worn open over it (long
    # sleeves), white backdrop, front. Caption adapter caption, VQA answers.
    case(
        "X625-010",
        caption(
            "The lady wears a long-sleeve outer clothing with denim fabric and pure color patterns. The lady wears a "
            "long dress. The dress is with pure color patterns."
        ),
        wearing("a blue denim jacket and a red dress"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long sleeve", "contradiction"),
        details("dress", "the dress has a v-neck and a slit at the front"),
        title="Athena Women Red Solid Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: lavender chiffon pleated fit and flare midi dress, long sleeves, pussy-bow neck, self belt, silver heels,
    # white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-011",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a lapel neckline. The dress is of long length. The lady is wearing a long-sleeve dress with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        Q.color("purple"),
        color_of("dress", "pink", "contradiction", kind="open"),
        details("dress", "a bow at the neck, pleats, a belt at the waist and long sleeves"),
        Q.pattern("striped", "contradiction"),
        title="DressBerry Women Lavender Solid Pleated Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: mid blue denim pinafore (dungaree) dress, knee length, bib pocket, buckled straps, over a white
    # short-sleeve crew-neck t-shirt, white sneakers, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-012",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The lady wears a denim skirt. The skirt is of short length.",
            "contradiction",
        ),
        wearing("a white shirt and blue denim overalls"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.material("denim"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details(
            "dress",
            "it has a pocket on the chest, buckled straps and a pocket on the chest, buckled straps and a pocket on "
            "the chest, buckled straps",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: rust orange linen-blend wide-leg jumpsuit, sleeveless, square neck, tie belt, tan flats, she holds a
    # brown wicker bag, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-013",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with other fabric and its "
            "neckline is square. The pants are of long length. The lady carries a bag."
        ),
        wearing("she is wearing an orange jumpsuit and holding a bag"),
        Q.color("orange"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        Q.garment_type("jumpsuit"),
        Q.material("linen"),
        describe(
            "jumpsuit",
            "the jumpsuit is a rust colored jumpsuit with a square neck, wide legs and a tie belt at the waist, it is "
            "made of linen and",
            "cut",
            hit_limit=True,
        ),
        details("jumpsuit", "yes", "non_answer"),
        title="Mast & Harbour Women Rust Solid Linen Blend Basic Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: green and white tropical leaf print tiered maxi dress, spaghetti straps, front view only, white
    # sneakers, pale pink wall as backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-014",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady is wearing a pair of sneakers."
        ),
        wearing("a green and white leaf print dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        details("dress", "spaghetti straps, a tiered skirt, a tie at the back and a side zip", "unsupported"),
        title="Sassafras Women Green & White Tropical Print Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black and white vertical striped cotton shirt dress, collar, long sleeves, self belt, knee length, black
    # loafers, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-015",
        caption(
            "The lady is wearing a long-sleeve dress with striped patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. The dress is of medium length. There is a belt in the dress."
        ),
        wearing("a black and white striped dress"),
        Q.color("grey", "contradiction"),
        Q.pattern("striped"),
        describe("shirt dress", "the shirt dress is a shirt dress", "restated"),
        Q.sleeve_length("long sleeve"),
        title="ONLY Women Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue sequinned one-shoulder bodycon mini dress, silver heels, black backdrop, front; nothing at the
    # back is visible. Caption adapter caption, VQA answers.
    case(
        "X625-016",
        caption(
            "The man wears a sleeveless dress with pure color patterns. The dress is with other fabric and it is of "
            "short length.",
            "pronoun",
        ),
        wearing("a navy blue sequin dress"),
        Q.color("black", "contradiction"),
        color_of("dress", "dark blue", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequins"),
        describe(
            "dress",
            "a short navy dress covered in sequins with one shoulder and a fitted shape that ends above the knee and "
            "the shoulder strap is",
            "cut",
            hit_limit=True,
        ),
        details("dress", "one shoulder, sequins all over and a bow at the back", "unsupported"),
        title="Athena Women Navy Blue Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta (fuchsia) ruffled cold-shoulder midi dress, V-neck, short ruffle sleeves, no belt, gold hoop
    # earrings, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-017",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "it has a v-shape neckline. The dress is of medium length. The lady wears earrings."
        ),
        wearing("a pink dress and earrings"),
        Q.color("pink"),
        color_of(
            "dress",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        describe(
            "dress",
            "the dress is pink with ruffles on the sleeves and the hem and it has a belt with a gold buckle",
            "unsupported",
        ),
        title="Berrylush Women Magenta Solid Ruffled Cold-Shoulder Midi Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: light blue washed denim jumpsuit, long sleeves, collar, button front, straight legs, white sneakers,
    # white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-018",
        caption(
            "The lady wears a long-sleeve shirt with denim fabric and solid color patterns. The pants this lady wears "
            "is of long length. The pants are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        wearing("a denim jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("blue"),
        Q.material("denim"),
        is_a("jumpsuit", "yes"),
        details("jumpsuit", "the jumpsuit details are the jumpsuit", "restated"),
        title="Roadster Women Blue Denim Utility Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white cotton A-line maxi dress with yellow thread embroidery on the yoke, three-quarter sleeves,
    # round neck, thin gold bangles on one wrist, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-019",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress"),
        Q.color("yellow", "contradiction"),
        color_of("dress", "cream"),
        describe("dress", "white", "non_answer"),
        details("dress", "yellow embroidery on the yoke, three-quarter sleeves and a flared hem"),
        Q.pattern("embroidered"),
        title="Sangria Women Off-White Embroidered A-Line Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: grey melange jersey t-shirt dress, short sleeves, round neck, knee length, under an open black leather
    # biker jacket, black ankle boots, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-020",
        caption(
            "The lady wears a long-sleeve outer clothing with leather fabric and pure color patterns. The lady also "
            "wears a short-sleeve dress with cotton fabric. The dress is of medium length."
        ),
        wearing("a black leather jacket over a grey dress"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.material("leather", "unsupported"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("dress", "he is wearing a grey t-shirt dress with a black jacket", "pronoun"),
        details(
            "dress",
            "round neck Question: What are the dress details? Answer: round neck, short sleeves Question: What is the "
            "color",
            "leak",
            hit_limit=True,
        ),
        title="Vero Moda Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: yellow wrap playsuit with a white floral print, short sleeves, tie waist, shorts, white backdrop.
    # Caption adapter caption, VQA answers.
    case(
        "X625-021",
        caption(
            "The lady wears a short-sleeve romper with floral patterns. The romper is with chiffon fabric and it has a "
            "v-shape neckline. The romper is of short length."
        ),
        wearing("yes", "non_answer"),
        Q.color("yellow"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        Q.material("denim", "unsupported"),
        details("playsuit", "the playsuit has a wrap front, a tie at the waist, short sleeves and shorts"),
        title="Tokyo Talkies Women Yellow Floral Print Wrap Playsuit",
        category="Jumpsuit",
        color="Yellow",
        gender="Women",
    ),
    # photo: burgundy velvet midi sheath dress, long puff sleeves, square neck, no slit, front view, black heels, white
    # backdrop. The feed row has no gender column. Caption adapter caption, VQA answers.
    case(
        "X625-022",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is square. The dress is of medium length."
        ),
        wearing("a maroon velvet dress"),
        Q.color("red"),
        Q.material("velvet"),
        describe(
            "dress",
            "a burgundy velvet dress with puff sleeves, a square neckline, a side slit and pockets",
            "unsupported",
        ),
        color_of("dress", "brown", "contradiction", kind="open"),
        title="FabAlley Women Burgundy Solid Velvet Midi Sheath Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # photo: pink tiered smocked mini dress with a tiny white floral print, puff short sleeves, square neck, a white
    # sling bag across the body, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-023",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of short length. The lady carries a bag."
        ),
        wearing("Question: What is the person wearing? Answer: a pink dress", "leak"),
        color_of("dress", "pink"),
        Q.sleeve_length("short sleeve"),
        details(
            "dress",
            "puff sleeves, a smocked bodice, tiers and a pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="SASSAFRAS Women Pink Floral Print Tiered Smocked Mini Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: khaki linen shirt-style jumpsuit, short roll-up sleeves, collar, tie belt, straight legs, brown sandals,
    # white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-024",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and it "
            "has a lapel neckline. The romper is of long length. There is a belt in the romper. The lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige jumpsuit"),
        Q.color("beige"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        Q.garment_type("jumpsuit"),
        describe("jumpsuit", "a khaki jumpsuit with a collar, short rolled sleeves, a tie belt and straight legs"),
        details("jumpsuit", "the details of the jumpsuit are the jumpsuit details", "restated"),
        title="Mast & Harbour Women Khaki Solid Shirt-Style Jumpsuit",
        category="Jumpsuit",
        color="Khaki",
        gender="Women",
    ),
    # photo: black chiffon maxi dress with a red and pink rose print, long sleeves, V-neck, hands empty, white
    # backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-025",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The dress is of long length."
        ),
        wearing("a black floral dress"),
        Q.color("red"),
        color_of("dress", "black"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details(
            "dress",
            "the dress has a v neck, long sleeves and a red rose print and she is holding a red rose in her hand",
            "unsupported",
        ),
        title="Athena Women Black & Red Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sea green satin slip midi dress, thin straps, cowl neck, worn over a white short-sleeve t-shirt, white
    # sneakers, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-026",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The lady wears a long dress. The "
            "dress is with other fabric and pure color patterns."
        ),
        wearing("a white t-shirt under a green slip dress"),
        Q.color("white", "contradiction"),
        describe("dress", "the dress is white with short sleeves and a round neck", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        is_a("dress", "yes"),
        details(
            "dress",
            "a cowl neckline, thin straps, a bias cut and it is worn over a white t-shirt with short sleeves and the "
            "hem is",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Sea Green Satin Slip Midi Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: mauve crepe wide-leg jumpsuit, sleeveless with ruffled shoulders, self belt, nude heels, white backdrop.
    # Caption adapter caption, VQA answers.
    case(
        "X625-027",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with chiffon fabric. The "
            "romper is of long length. There is a belt in the romper."
        ),
        wearing("a mauve jumpsuit with a belt"),
        Q.color("purple"),
        details(
            "jumpsuit",
            "the jumpsuit has ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, ruffles, "
            "ruffles, ruffles, ruffles, ruffles,",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.material("cotton", "unsupported"),
        title="Harpa Women Mauve Solid Crepe Ruffled Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Mauve",
        gender="Women",
    ),
    # photo: blue and white gingham checked cotton A-line dress, sleeveless, V-neck, button front, tie waist, she
    # carries a straw tote, no hat, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-028",
        caption(
            "The lady is wearing a sleeveless dress with lattice patterns. The dress is with cotton fabric and it has "
            "a v-shape neckline. The dress is of medium length. The lady carries a bag."
        ),
        wearing("a blue checked dress"),
        Q.pattern("checked"),
        Q.color("blue"),
        describe("dress", "no", "non_answer"),
        details("dress", "buttons down the front, a tie waist and a straw hat", "unsupported"),
        title="DressBerry Women Blue & White Checked Cotton A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: white crepe sleeveless V-neck wide-leg jumpsuit with a black belt, under an open black blazer (long
    # sleeves), white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-029",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The lady wears a long pants. The "
            "pants are with pure color patterns.",
            "contradiction",
        ),
        wearing("a black blazer and a white jumpsuit"),
        color_of("jumpsuit", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("jumpsuit", "a white jumpsuit with a v neck and wide legs, worn with a black blazer and a black belt"),
        title="StyleStone Women White Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: multicoloured abstract print kaftan maxi dress, mostly orange with blue and green, three-quarter kimono
    # sleeves, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-030",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with other fabric. The "
            "dress is of long length."
        ),
        wearing(
            "a colorful kaftan dress Question: What is the color of the dress? Answer: orange Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.pattern("graphic"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "the dress is a kaftan with a kaftan with a kaftan with a kaftan with a kaftan with a kaftan with a kaftan "
            "with a kaftan",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Global Desi Women Multicoloured Printed Kaftan Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: turquoise blue ribbed knit bodycon midi dress, long sleeves, high neck, no pockets, white sneakers,
    # white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-031",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with knitting fabric and "
            "its neckline is stand. The dress is of long length."
        ),
        wearing("he is wearing a blue dress", "pronoun"),
        Q.color("blue"),
        color_of("dress", "teal", kind="open"),
        Q.sleeve_length("long sleeve"),
        Q.material("knit"),
        details("dress", "ribbed knit, a high neck, long sleeves and two side pockets", "unsupported"),
        title="Roadster Women Turquoise Blue Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black playsuit with white polka dots, tie-up neck, short sleeves, shorts, red heels, white backdrop.
    # Caption adapter caption, VQA answers.
    case(
        "X625-032",
        caption(
            "The lady wears a short-sleeve romper with graphic patterns. The romper is with chiffon fabric. The romper "
            "is of short length."
        ),
        wearing("a black and white polka dot romper and red shoes"),
        color_of("playsuit", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.pattern("polka dot"),
        is_a("dress", "no"),
        Q.garment_type("playsuit"),
        describe(
            "playsuit",
            "a black playsuit with small white dots, a tie at the neck, short sleeves and shorts, she wears it with "
            "red high heels and a",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Black & White Polka Dot Print Playsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: beige knitted turtleneck sweater dress, long sleeves, knee length, thin brown belt, brown knee boots,
    # white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-033",
        caption(
            "The lady is wearing a long-sleeve sweater with knitting fabric and pure color patterns. The neckline of "
            "the sweater is turtleneck. The lady wears a pair of boots.",
            "contradiction",
        ),
        wearing("a beige sweater dress and brown boots"),
        Q.color("brown", "contradiction"),
        describe("dress", "a brown knit dress with a turtleneck and long sleeves", "other_garment_color"),
        Q.material("wool"),
        Q.sleeve_length("long sleeve"),
        details("dress", "no", "non_answer"),
        title="Vero Moda Women Beige Solid Sweater Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: navy blue and white striped cotton culotte jumpsuit, sleeveless, round neck, white backdrop.
    # Caption adapter caption, VQA answers.
    case(
        "X625-034",
        caption(
            "The lady wears a sleeveless romper with striped patterns. The romper is with cotton fabric and its "
            "neckline is round. The romper is of medium length. The lady wears a sleeveless romper with striped "
            "patterns. The romper is",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped jumpsuit"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        details("jumpsuit", "stripes, culotte legs, no sleeves and a round neck"),
        describe(
            "jumpsuit",
            "The jumpsuit is navy and white stripes. Question: Describe the jumpsuit. Answer: The jumpsuit is navy "
            "and white stripes",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue & White Striped Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: coffee brown tiered maxi dress with a white ditsy floral print, V-neck, short flutter sleeves; she holds a
    # white sun hat in one hand, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-035",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it "
            "has a v-shape neckline. The dress is of long length. The lady is holding a hat."
        ),
        wearing("a brown floral dress and a hat"),
        Q.color("brown"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("solid", "contradiction"),
        describe("dress", "a brown dress with white flowers on it and a white hat"),
        details(
            "dress",
            "v-neck, flutter sleeves, tiers Question: What is the color of the hat? Answer: white Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Sassafras Women Coffee Brown Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: charcoal grey pinstriped double-breasted blazer dress, long sleeves, lapels, two hip flap pockets, mini,
    # black heels, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-036",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric and it has a "
            "lapel neckline. The dress is of short length. The lady wears a pair of heels."
        ),
        wearing("a grey blazer dress"),
        Q.color("grey"),
        Q.garment_type("blazer", "contradiction"),
        Q.pattern("striped"),
        Q.material("leather", "unsupported"),
        details(
            "dress",
            "double breasted buttons, lapels, long sleeves and a pocket on the hip and a pocket on the hip and a "
            "pocket on the hip and",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Charcoal Grey Striped Blazer Dress",
        category="Dresses",
        color="Charcoal",
        gender="Women",
    ),
    # photo: emerald green satin one-shoulder ruched maxi dress with a thigh slit, gold heels, gold clutch in hand,
    # grey backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-037",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress is of long length. The lady holds a bag in her hand and she wears a pair of heels on her feet. The "
            "neckline of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a green dress"),
        Q.color("green"),
        color_of("dress", "gold", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        details("dress", "his dress has one shoulder, ruching at the waist and a high slit", "pronoun"),
        title="Athena Women Green Solid Satin One-Shoulder Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: pink and blue tie-dye cotton jersey t-shirt dress, short sleeves, round neck, knee length, white
    # sneakers, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-038",
        caption(
            "The lady is wearing a short-sleeve dress with color block patterns. The dress is with cotton fabric and "
            "its neckline is round. The dress is of medium length. The lady wears sneakers."
        ),
        wearing("he is wearing a pink and blue tie dye dress", "pronoun"),
        Q.color("blue"),
        Q.pattern("tie-dye"),
        describe(
            "dress",
            "a tie dye t-shirt dress with short sleeves and a round neck and a tie dye t-shirt dress with short "
            "sleeves and a round neck and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Roadster Women Pink & Blue Tie-Dye T-shirt Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: purple cotton sleeveless tiered maxi dress with white lace trims, under a white cropped long-sleeve
    # shrug, no necklace, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-039",
        caption(
            "The lady is wearing a long-sleeve outer clothing with pure color patterns. The lady wears a long dress. "
            "The dress is with cotton fabric and pure color patterns. There is an accessory on her neck.",
            "unsupported",
        ),
        wearing("a purple dress with a white shrug"),
        Q.color("purple"),
        Q.sleeve_length("long sleeve", "contradiction"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        details("dress", "dress", "non_answer"),
        title="Sangria Women Purple Solid Tiered Maxi Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: light blue chambray shirt dress, collar, button front, long sleeves, self belt, white sneakers, a tan
    # leather tote on her shoulder, white backdrop. The feed row has no color column. Caption adapter, VQA answers.
    case(
        "X625-040",
        caption(
            "The lady is wearing a long-sleeve shirt with denim fabric and pure color patterns. The lady wears a "
            "long-sleeve shirt with denim fabric and pure color patterns. The lady wears a long-sleeve shirt with "
            "denim fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a light blue shirt dress and white shoes"),
        Q.color("blue"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("cotton"),
        describe("shirt dress", "the shirt dress is tan with a collar and long sleeves", "other_garment_color"),
        details("shirt dress", "a collar, buttons, a belt, long sleeves and the person is holding a bag"),
        title="Mast & Harbour Women Blue Chambray Shirt Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: maroon jumpsuit with a white floral print, V-neck, three-quarter sleeves, tie waist, cropped wide legs,
    # tan sandals, white backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-041",
        caption(
            "The lady wears a medium-sleeve romper with floral patterns. The romper is with chiffon fabric and it has "
            "a v-shape neckline. The romper is of long length. The lady wears a pair of sandals."
        ),
        wearing("a maroon floral jumpsuit"),
        Q.color("maroon"),
        Q.sleeve_length("three-quarter sleeve"),
        Q.garment_type("dress", "contradiction"),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        details(
            "jumpsuit",
            "the jumpsuit has a v-neck, three-quarter sleeves, a floral print all over, a tie at the waist and cropped "
            "wide legs with a",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Maroon & White Floral Print Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: black lace fit and flare midi dress, sheer long sleeves, round neck, lined skirt, no jewellery, black
    # heels, beige backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-042",
        caption(
            "The lady is wearing a long-sleeve dress with lattice patterns. The dress is with other fabric. The dress "
            "is of medium length. She wears a necklace.",
            "unsupported",
        ),
        wearing("a black lace dress"),
        Q.color("black"),
        Q.pattern("lace"),
        describe("dress", "she is wearing a black lace dress with sheer long sleeves and a flared skirt"),
        Q.material("lace"),
        color_of("dress", "the color of the dress is the color of the dress", "restated", kind="open"),
        details(
            "dress",
            "sheer lace sleeves, a round neck, a fitted bodice and a flared skirt that falls to the middle of the calf "
            "and the lining is",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women Black Lace Fit & Flare Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: orange linen playsuit, collar, white buttons down the front, short sleeves, self belt, shorts, white
    # backdrop. Caption adapter caption, VQA answers.
    case(
        "X625-043",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and it "
            "has a lapel neckline. The romper is of short length. The lady wears a short-sleeve romper with pure "
            "color patterns. The romper is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange romper"),
        Q.color("red", "contradiction"),
        Q.garment_type("playsuit"),
        is_a("romper", "yes"),
        details("playsuit", "a collar, white buttons down the front, short sleeves and a belt"),
        Q.material("the garment is made of material", "restated"),
        title="Tokyo Talkies Women Orange Solid Playsuit",
        category="Jumpsuit",
        color="Orange",
        gender="Women",
    ),
    # photo: white chiffon wrap maxi dress with a blue floral print, V-neck, long sleeves, tie waist, front slit, light
    # blue backdrop, no other garments. Caption adapter caption, VQA answers.
    case(
        "X625-044",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The dress is of long length."
        ),
        wearing("a white and blue floral wrap dress"),
        Q.color("white"),
        color_of(
            "dress",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        describe("dress", "He is wearing a white dress with blue flowers.", "pronoun"),
        details("dress", "wrap front, tie at the waist, long sleeves, slit at the front"),
        title="Sassafras Women White & Blue Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: red corduroy dungaree jumpsuit (bib, buckled straps, full length) over a black and white striped
    # long-sleeve t-shirt, white sneakers, white backdrop, no hood. Caption adapter caption, VQA answers.
    case(
        "X625-045",
        caption(
            "The lady is wearing a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with other fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped t-shirt and red overalls"),
        color_of("jumpsuit", "black and white stripes", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("striped", "contradiction"),
        Q.material("corduroy"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "describe the jumpsuit", "restated"),
        details("jumpsuit", "buckled straps, a bib pocket and a hood", "unsupported"),
        title="Roadster Women Red Solid Corduroy Dungarees",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: royal blue off-shoulder ruffled mini dress, fitted waist without a belt, white sneakers, white backdrop.
    # The feed row has no category column. Caption adapter caption, VQA answers.
    case(
        "X625-046",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "dress is of short length. The lady wears a pair of sneakers."
        ),
        wearing("a blue off shoulder dress and white sneakers"),
        Q.color("blue"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        describe(
            "dress",
            "blue dress Question: What is the color of the shoes? Answer: white Question: What is the color of the "
            "dress? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        details("dress", "off-shoulder ruffles, a fitted waist with a thin gold belt", "unsupported"),
        title="ONLY Women Blue Off-Shoulder Ruffled Mini Dress",
        color="Blue",
        gender="Women",
    ),
]
