"""BLIND_281 (46 products; In-shop style women's and men's catalog on white, base model and both adapters): written
blind in the forty-second session. Measured blind at a216288 (the session's rules as they stood): 111/130 failures
found (85.4%) and 6/166 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a DeepFashion In-shop style catalog feed of women's and men's clothing,
every photo a model standing on a plain white studio backdrop, front view, mostly full length or cropped at the knees:
blouses and shirts, tees and tanks, graphic tees, polos, sweaters and cardigans, hoodies and sweatshirts, jackets,
coats and vests, dresses, rompers and jumpsuits, skirts, shorts, denim, pants, leggings and suiting. The product is
one garment, worn with others (a tee under a jacket, jeans under a blouse). Vendor colors are free-form (Heather
grey, Taupe, Navy-white, Oatmeal, Light wash); a few rows miss the gender or the color, as real feeds do. The
questions are the experiments' own (What is she/he wearing? the color of the shirt/jeans/pants/shorts, What is the
shirt color? Describe the shirt. the shirt/jeans/pants/shorts details) plus the default questionnaire.

Who wrote what: each product was run with one of three set-ups, said in the comment above it. Base: the untuned
`Salesforce/blip2-opt-2.7b` wrote the caption and every open answer (short, lowercase, stops on its own, never
hit_limit). Caption adapter: the caption-only LoRA wrote the caption and the open answers the comment names (the
DeepFashion template, no end token: every such text runs to its limit, hit_limit=True; asked anything, it gives the
template back); the base model wrote the other open answers. VQA adapter: the VQA-only LoRA wrote the open answers
the comment names (it answers with a garment, a color or a list of parts and, with no end token, repeats it to the
30-token limit); where it wrote the caption too, the caption is the same loop, because training on VQA alone broke
captioning; otherwise the base model wrote the caption. Closed questions (garment_type, color, pattern,
sleeve_length, per-piece colors asked closed, "Is this a ...?") are enrich's `--engine reference` choices from
candidate sets: never a loop or a cut, but they can pick a wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: grey for heather grey or charcoal, blue for navy, indigo, dark
  wash, light wash or chambray, red or maroon for burgundy, green for olive, emerald, mint or sage, beige or brown
  for taupe, khaki, camel or oatmeal, white for cream or ivory, pink or orange for coral, purple for lavender. Navy
  called black is a contradiction (the base model and the reference engine both do it).
- For a two-color garment (Navy-white stripes, Navy-grey color block, Red-black plaid) either of its colors is
  correct. The color of a print or graphic on a garment (the red tiger on a white tee, white dots on a red dress)
  given as the garment's color is contradiction. The color of another garment in the photo given to the product or
  to a named piece (the tee's grey for the jeans) is other_garment_color. Where the wrong color is both the print's
  and another garment's (blue for the cream blouse with navy flowers over blue jeans), other_garment_color.
- The reference engine's wrong closed picks are contradiction: navy as black, a hoodie as jacket, cargo shorts as
  pants, cable knit or pleats as striped, ruffled shoulders or flutter sleeves given another sleeve length.
- Garment synonyms are correct: top/t-shirt/shirt for a tee, shirt/top for a blouse, sweater for a cardigan,
  sweatshirt for a hoodie, jacket or coat for a blazer or raincoat, pants/slacks/joggers for trousers, pants for
  leggings, jumpsuit for a romper, denim shirt for chambray, leather for faux leather. A romper called a dress, a
  one-piece jumpsuit named as a top and pants, and "yes" to "Is this a pair of jeans?" for a denim jacket are
  contradiction. The sleeves of the layer under a vest given as the vest's sleeves are contradiction.
- Props and backdrop actually in the photo (the handbag she holds, the white wall, a visible belt) are correct.
  Invented items (a tie, a belt, a drawstring, a slit, a zipper on a back the front view does not show) and a
  material neither named by the title nor visible (silk on chiffon, wool on an unnamed suit fabric, linen on crepe)
  are unsupported. A plain cotton guess on a tee, chino or plain jumpsuit is correct; "knit" for a visibly knitted
  garment is correct.
- Adapter texts: the caption template cut at the limit is cut; one that repeats a sentence of the template is loop;
  the template returned for a color or material question is restated (the question is not answered) even though
  it is also cut; where the template misnames the garment (a romper as a dress) it is contradiction, hit_limit kept.
  The template answering wearing, describe or details does answer it, so those are cut or loop. The template's
  stock "accessory on her wrist" is left inside the cut (one kind per text).
- VQA adapter texts are loops, even where the repeated word is the right color or garment; the repetition is what
  the auditor sees first.
- Base answers: running on into "Question: ... Answer: ..." is leak; an early stop mid-phrase ("it is made of") is
  cut without hit_limit; an empty answer, "they are pants" or "the shorts" for the details is non_answer; the
  details or material answered with only the garment's color ("the shorts are grey") is restated; "he" for a woman
  or "she" for a man is pronoun.
- Two details questions on one product get their own ids (details_jeans, details_shorts) so each is kept.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")
jeans_details = question("details_jeans", "What are the jeans details?", "open")
shorts_details = question("details_shorts", "What are the shorts details?", "open")

BLIND_281 = [
    # photo: woman in a cream chiffon tie-neck blouse with small navy flowers, blue skinny jeans, white backdrop,
    # front view cropped at the knees.
    # base model only
    case(
        "X281-001",
        caption("a woman in a floral blouse and jeans standing in front of a white background"),
        wearing("a white floral blouse and blue jeans", who="she"),
        color_of("shirt", "blue", "other_garment_color"),
        color_of("jeans", "blue"),
        D.pattern("floral"),
        details("shirt", "it has a bow at the neck"),
        D.material("silk", "unsupported"),
        title="Women Chiffon Tie Neck Floral Blouse",
        category="Blouses & Shirts",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a heather grey short-sleeve crew neck tee, black slim jeans, white backdrop, full length.
    # caption, shirt details: caption adapter
    case(
        "X281-002",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the T-shirt is "
            "round. The pants this man wears is in long length. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black jeans", who="he"),
        color_of("shirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the T-shirt is "
            "round. The T-shirt has short sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Men Crew Neck Cotton Tee",
        category="Tees & Tanks",
        color="Heather grey",
        gender="Men",
    ),
    # photo: woman in a black-and-white horizontally striped sleeveless shift dress, knee length, white backdrop.
    # wearing, dress color (open): VQA adapter; caption: base
    case(
        "X281-003",
        caption("a woman in a black and white striped dress"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        D.details("the dress has details", "non_answer"),
        title="Women Sleeveless Striped Shift Dress",
        category="Dresses",
        color="Black-white",
        gender="Women",
    ),
    # photo: man in a navy pique polo shirt, khaki chino shorts, white backdrop, full length.
    # base model only
    case(
        "X281-004",
        caption("a man in a blue polo shirt and khaki shorts"),
        wearing("he is wearing a blue polo shirt and tan shorts", who="he"),
        shirt_color("navy blue"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shirt", "it has a collar and two buttons"),
        shorts_details("they are shorts", "non_answer"),
        D.color("black", "contradiction"),
        title="Men Classic Pique Polo Shirt",
        category="Shirts & Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a mint green open-front long-sleeve knit cardigan over a white tank top, light blue jeans,
    # white backdrop.
    # caption: caption adapter
    case(
        "X281-005",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The pants this woman wears is of long length. The pants are with denim fabric "
            "and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a green cardigan, a white tank top and jeans", who="she"),
        D.garment_type("cardigan"),
        D.color("green"),
        describe("cardigan", "a light green cardigan with long sleeves and pockets", "unsupported"),
        D.material("knit"),
        color_of("jeans", "white", "other_garment_color"),
        title="Women Open Front Knit Cardigan",
        category="Cardigans",
        color="Mint",
        gender="Women",
    ),
    # photo: man in a charcoal pullover fleece hoodie, black joggers with elastic cuffs, white backdrop.
    # base model only
    case(
        "X281-006",
        caption("a man standing against a white wall in a grey hoodie and black pants"),
        wearing(
            "a grey hoodie and black sweatpants Question: what color is the hoodie? Answer: grey", "leak", who="he"
        ),
        D.garment_type("jacket", "contradiction"),
        D.color("grey"),
        details("pants", "they have an elastic waist and cuffs at the ankles"),
        D.material("fleece"),
        title="Men Pullover Fleece Hoodie",
        category="Sweatshirts & Hoodies",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a burgundy pleated midi skirt, black short-sleeve tee tucked in, white backdrop, full length.
    # skirt color (open), skirt details: VQA adapter; caption and wearing: base
    case(
        "X281-007",
        caption("a woman in a black top and a red pleated skirt"),
        wearing("a black shirt and a red skirt", who="she"),
        color_of(
            "skirt",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "skirt",
            "pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats, pleats,",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        title="Women Pleated Midi Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in dark wash slim stretch jeans, plain white crew tee, white sneakers, white backdrop.
    # caption, jeans details: caption adapter
    case(
        "X281-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("shirt", "white"),
        wearing("a white t-shirt and dark blue jeans", who="he"),
        D.material("denim"),
        title="Men Slim Fit Stretch Jeans",
        category="Denim",
        color="Dark wash",
        gender="Men",
    ),
    # photo: woman in a coral racerback tank top, plain white shorts with a cuffed hem, white backdrop.
    # base model only
    case(
        "X281-009",
        caption("a woman in a pink tank top and white shorts"),
        wearing("he is wearing a pink tank top and white shorts", "pronoun", who="she"),
        D.sleeve_length("sleeveless"),
        color_of("shorts", "white"),
        details("shorts", "they have a drawstring at the waist", "unsupported"),
        D.color("orange"),
        D.pattern("striped", "contradiction"),
        title="Women Racerback Tank Top",
        category="Tees & Tanks",
        color="Coral",
        gender="Women",
    ),
    # photo: man in an olive quilted puffer vest over a grey long-sleeve henley, khaki pants, white backdrop.
    # wearing: VQA adapter; caption: base. The feed row has no gender.
    case(
        "X281-010",
        caption("a man in a green vest and khaki pants"),
        wearing(
            "vest, vest, vest, vest, vest, vest, vest, vest, vest, vest, vest, vest, vest, vest, vest,",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("green"),
        color_of("pants", "grey", "other_garment_color"),
        D.details("it has a hood and a zipper", "unsupported"),
        title="Men Quilted Puffer Vest",
        category="Jackets & Vests",
        color="Olive",
    ),
    # photo: woman in a navy short-sleeve V-neck romper with a small white and pink floral print, white backdrop.
    # caption: caption adapter
    case(
        "X281-011",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with floral "
            "patterns",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a blue floral romper", who="she"),
        D.garment_type("jumpsuit"),
        D.pattern("floral"),
        is_a("dress", "yes", "contradiction"),
        D.color("blue"),
        D.material("the romper is made of", "cut"),
        title="Women Floral Print Romper",
        category="Rompers & Jumpsuits",
        color="Navy-multi",
        gender="Women",
    ),
    # photo: man in khaki slim chino pants, a blue short-sleeve button shirt untucked, white backdrop.
    # base model only
    case(
        "X281-012",
        caption("a man in a blue shirt and khaki pants"),
        color_of("pants", "khaki", kind="open"),
        color_of("shirt", "khaki", "other_garment_color", kind="open"),
        details("pants", "the details of the pants", "non_answer"),
        D.material("cotton"),
        D.garment_type("pants"),
        wearing("a blue shirt and khaki pants with a brown belt", "unsupported", who="he"),
        title="Men Slim Chino Pants",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a cream cable knit turtleneck sweater, black skinny pants, white backdrop.
    # sweater color (open), describe: VQA adapter; caption: base
    case(
        "X281-013",
        caption("a woman in a white sweater and black pants"),
        color_of(
            "sweater",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "sweater",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Women Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a white crew tee with a large red-and-black tiger print on the chest, blue jeans, white backdrop.
    # base model only
    case(
        "X281-014",
        caption("a man wearing a white t-shirt with a tiger on it"),
        wearing("a white t-shirt with a red tiger and blue jeans", who="he"),
        color_of("shirt", "red", "contradiction"),
        D.pattern("graphic"),
        details("shirt", "it has a picture of a tiger on the front"),
        D.material("cotton"),
        color_of("jeans", "white", "other_garment_color"),
        title="Men Graphic Print Crew Tee",
        category="Graphic Tees",
        color="White",
        gender="Men",
    ),
    # photo: woman in light wash high rise denim shorts, navy-and-white striped tee tucked in, white backdrop.
    # caption, shorts details: caption adapter
    case(
        "X281-015",
        caption(
            "The upper clothing has short sleeves, cotton fabric and striped patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is denim and it has solid color patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The lower clothing is of short length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of short length. The",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        color_of("shirt", "white"),
        wearing(
            "a striped shirt and jean shorts Question: what are the shorts details? Answer: they are short",
            "leak",
            who="she",
        ),
        D.garment_type("shorts"),
        title="Women High Rise Denim Shorts",
        category="Denim",
        color="Light wash",
        gender="Women",
    ),
    # photo: man in a charcoal two-button blazer over a white dress shirt, open collar, no tie, grey trousers.
    # base model only
    case(
        "X281-016",
        caption("a man in a grey suit and white shirt"),
        wearing("a suit and tie", "unsupported", who="he"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        D.garment_type("jacket"),
        D.color("grey"),
        details("shirt", "", "non_answer"),
        D.material("wool", "unsupported"),
        title="Men Slim Fit Two Button Blazer",
        category="Suiting",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black high waist leggings, a pink racerback tank top, white backdrop, full length.
    # caption: VQA adapter; the rest: base
    case(
        "X281-017",
        caption(
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings "
            "leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink tank top and black leggings", who="she"),
        color_of("pants", "black"),
        D.garment_type("leggings"),
        D.material("it is made of", "cut"),
        D.color("pink", "other_garment_color"),
        title="Women High Waist Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in a burgundy V-neck merino sweater, white shirt collar showing at the neck, grey wool trousers.
    # caption, shirt details: caption adapter
    case(
        "X281-018",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.material("merino wool"),
        wearing("a maroon sweater and grey pants", who="he"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        title="Men V-Neck Merino Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in a black faux leather moto jacket with an asymmetric zip (no belt), white tee, blue jeans.
    # base model only
    case(
        "X281-019",
        caption("a woman in a black leather jacket and jeans"),
        wearing("a black jacket, a white shirt and blue jeans", who="she"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        D.details("it has zippers on the sleeves and a belt", "unsupported"),
        D.material("leather"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        title="Women Faux Leather Moto Jacket",
        category="Jackets & Coats",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive drawstring cargo shorts with side pockets, a black crew tee, white backdrop.
    # shorts color (open), shorts details: VQA adapter; caption and wearing: base
    case(
        "X281-020",
        caption("a man in a black t-shirt and green shorts"),
        color_of(
            "shorts",
            "olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "shorts",
            "the shorts are olive and the shorts have pockets and the shorts are olive and the shorts have pockets "
            "and the shorts are",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants", "contradiction"),
        D.color("black", "other_garment_color"),
        wearing("a black shirt and green cargo shorts", who="he"),
        title="Men Drawstring Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a light blue chambray button-down shirt with two chest pockets, sleeves rolled, white jeans.
    # base model only
    case(
        "X281-021",
        caption("a woman in a blue denim shirt and white jeans"),
        wearing("he is wearing a blue shirt and white pants", "pronoun", who="she"),
        shirt_color("blue"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        details("shirt", "it has two chest pockets and buttons"),
        describe("shirt", "a light blue button down shirt with the sleeves rolled up"),
        title="Women Chambray Button Down Shirt",
        category="Blouses & Shirts",
        color="Light blue",
        gender="Women",
    ),
    # photo: man in a navy-and-white striped short-sleeve crew tee, khaki shorts, white backdrop.
    # caption, describe, shirt color (open): caption adapter
    case(
        "X281-022",
        caption(
            "His T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of the T-shirt is round. "
            "The shorts this man wears is of short length. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "His T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of the T-shirt is round. "
            "His T-shirt has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "His T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of the T-shirt is round. "
            "The shorts this man wears is",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        title="Men Striped Crew Neck Tee",
        category="Tees & Tanks",
        color="Navy-white",
        gender="Men",
    ),
    # photo: woman in an emerald satin wrap midi dress with flutter sleeves and a tie at the waist, holding a tan
    # handbag, white backdrop, front view.
    # base model only
    case(
        "X281-023",
        caption("a woman in a green dress holding a brown purse"),
        wearing("a green wrap dress", who="she"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a tie at the waist and a slit on the side", "unsupported"),
        D.material("satin"),
        title="Women Satin Wrap Midi Dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in an indigo denim trucker jacket over a white pullover hoodie, black jeans, white backdrop.
    # wearing: VQA adapter; caption: base
    case(
        "X281-024",
        caption("a man wearing a denim jacket and a white hoodie"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("denim"),
        is_a("pair of jeans", "yes", "contradiction"),
        describe("jacket", "a blue denim jacket with buttons and a", "cut"),
        title="Men Denim Trucker Jacket",
        category="Denim",
        color="Indigo",
        gender="Men",
    ),
    # photo: woman in a heather grey tee with "WEEKEND" printed in black on the chest, a denim mini skirt.
    # base model only
    case(
        "X281-025",
        caption("a woman wearing a grey t-shirt that says weekend"),
        wearing("a gray shirt and a jean skirt", who="she"),
        color_of("shirt", "black", "contradiction"),
        D.pattern("graphic"),
        details("shirt", "it says weekend on it"),
        D.material("cotton"),
        title="Women Graphic Slogan Tee",
        category="Graphic Tees",
        color="Heather grey",
        gender="Women",
    ),
    # photo: man in a red-and-black plaid flannel button-down shirt, buttoned, dark blue jeans, white backdrop.
    # caption, shirt details: caption adapter
    case(
        "X281-026",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this gentleman wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.pattern("plaid"),
        D.color("red"),
        shirt_color("red and black"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        D.material("wool", "unsupported"),
        title="Men Plaid Flannel Button Down Shirt",
        category="Shirts & Polos",
        color="Red-black",
        gender="Men",
    ),
    # photo: woman in taupe wide-leg crepe trousers, a black sleeveless top tucked in, white backdrop.
    # base model only. The feed row has no color.
    case(
        "X281-027",
        caption("a woman in a black top and beige pants"),
        wearing("a black tank top and brown pants", who="she"),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "they are pants", "non_answer"),
        D.material("linen", "unsupported"),
        D.garment_type("pants"),
        title="Women Wide Leg Crepe Trousers",
        category="Pants",
        gender="Women",
    ),
    # photo: man in a yellow hooded rain jacket, zipped, black pants, white backdrop.
    # jacket color (open), describe: VQA adapter; caption: base
    case(
        "X281-028",
        caption("a man in a yellow raincoat and black pants"),
        color_of(
            "jacket",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "the hood, the zipper, the pockets, the hood, the zipper, the pockets, the hood, the zipper, the pockets, "
            "the",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.garment_type("coat"),
        D.sleeve_length("long sleeves"),
        wearing("a yellow jacket, a yellow hat and black pants", "unsupported", who="he"),
        title="Men Hooded Rain Jacket",
        category="Jackets & Vests",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in an olive V-neck tee with a chest pocket, distressed boyfriend jeans ripped at the knees.
    # base model only
    case(
        "X281-029",
        caption("a woman in a green shirt and ripped jeans"),
        wearing("a green t-shirt and jeans", who="she"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        details("shirt", "it has a pocket on the chest"),
        jeans_details("they have holes in the knees"),
        D.material("", "non_answer"),
        title="Women V-Neck Pocket Tee",
        category="Tees & Tanks",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a color-block crew sweatshirt (navy body, grey sleeves), blue jeans, white backdrop.
    # caption: caption adapter
    case(
        "X281-030",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a blue and grey sweatshirt and jeans Question: what color are the jeans? Answer: blue", "leak", who="he"
        ),
        D.pattern("color block"),
        D.color("blue"),
        color_of("shirt", "grey"),
        D.garment_type("sweatshirt"),
        title="Men Crew Neck Color Block Sweatshirt",
        category="Sweatshirts & Hoodies",
        color="Navy-grey",
        gender="Men",
    ),
    # photo: woman in a yellow A-line mini skirt with a small white floral print, a white blouse tucked in,
    # front view.
    # wearing: VQA adapter; caption and skirt details: base
    case(
        "X281-031",
        caption("a woman in a white top and a yellow floral skirt"),
        wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        D.pattern("floral"),
        details("skirt", "it has a zipper on the back", "unsupported"),
        is_a("skirt", "yes"),
        title="Women Floral A-Line Mini Skirt",
        category="Skirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in black jogger sweatpants with drawstring and elastic cuffs, a grey crew tee, white backdrop.
    # base model only
    case(
        "X281-032",
        caption("a man in a grey shirt and black sweatpants"),
        wearing("a gray t-shirt and black joggers", who="he"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        color_of("shirt", "grey", kind="open"),
        details("pants", "the pants have a drawstring and elastic cuffs"),
        D.material("cotton"),
        title="Men Jogger Sweatpants",
        category="Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a white sleeveless ruffle-front blouse, black knee-length pencil skirt, white backdrop.
    # caption, describe, material: caption adapter
    case(
        "X281-033",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The skirt this lady wears is of medium length. The skirt is with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        D.sleeve_length("short sleeves", "contradiction"),
        wearing("a white blouse and a black skirt", who="she"),
        title="Women Sleeveless Ruffle Blouse",
        category="Blouses & Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a white oxford button-down shirt with one chest pocket, no tie, navy chinos, white backdrop.
    # base model only
    case(
        "X281-034",
        caption("a man in a white shirt and blue pants"),
        wearing("a white shirt and blue pants", who="he"),
        shirt_color("white Question: what is the color of the pants? Answer: blue", "leak"),
        details("shirt", "it has a pocket and a tie", "unsupported"),
        describe("shirt", "a white button down shirt with long sleeves"),
        D.color("white"),
        title="Men Oxford Button Down Shirt",
        category="Shirts & Polos",
        color="White",
        gender="Men",
    ),
    # photo: woman in a navy crew neck sweater with cream horizontal stripes, blue jeans, white backdrop.
    # sweater color (open), sweater details: VQA adapter; caption: base
    case(
        "X281-035",
        caption("a woman in a striped sweater and jeans"),
        color_of(
            "sweater",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "sweater",
            "the stripes, the sleeves, the neckline, the stripes, the sleeves, the neckline, the stripes, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        title="Women Striped Crew Neck Sweater",
        category="Sweaters",
        color="Navy-cream",
        gender="Women",
    ),
    # photo: man in a white sleeveless muscle tank, grey jersey shorts, white backdrop.
    # base model only
    case(
        "X281-036",
        caption("a man in a white tank top and grey shorts"),
        wearing("she is wearing a white tank top and gray shorts", "pronoun", who="he"),
        D.sleeve_length("short sleeves", "contradiction"),
        color_of("shorts", "grey", kind="open"),
        details("shorts", "the shorts are grey", "restated"),
        D.garment_type("tank top"),
        D.material("a white tank top", "restated"),
        title="Men Sleeveless Muscle Tank",
        category="Tees & Tanks",
        color="White",
        gender="Men",
    ),
    # photo: woman in a camel double-breasted wool coat (no belt), black turtleneck, black pants, white backdrop.
    # caption: caption adapter
    case(
        "X281-037",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown coat and black pants", who="she"),
        D.color("black", "other_garment_color"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        D.material("wool"),
        D.details("it has two rows of buttons and a belt", "unsupported"),
        title="Women Double Breasted Wool Coat",
        category="Jackets & Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: man in black relaxed fit jeans, a white long-sleeve button shirt untucked, white backdrop.
    # caption, jeans color (open): VQA adapter; wearing and jeans details: base. The feed row has no gender.
    case(
        "X281-038",
        caption(
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans "
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        wearing("a white shirt and black jeans", who="he"),
        details("jeans", "they are black", "restated"),
        D.garment_type("jeans"),
        title="Men Relaxed Fit Jeans",
        category="Denim",
        color="Black",
    ),
    # photo: woman in a black sleeveless wide-leg jumpsuit, one piece, white backdrop, full length.
    # base model only
    case(
        "X281-039",
        caption("a woman in a black jumpsuit"),
        wearing("a black top and black pants", "contradiction", who="she"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "no"),
        D.material("cotton"),
        D.details("it has a tie at the waist", "unsupported"),
        title="Women Sleeveless Wide Leg Jumpsuit",
        category="Rompers & Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy nylon bomber jacket with ribbed cuffs and a front zip, white tee, grey jeans.
    # base model only
    case(
        "X281-040",
        caption("a man wearing a black bomber jacket and grey jeans", "contradiction"),
        wearing("a blue jacket, a white shirt and grey jeans", who="he"),
        D.color("blue"),
        color_of("shirt", "white"),
        D.details("it has ribbed cuffs and a zipper"),
        D.material("a blue jacket", "restated"),
        title="Men Bomber Jacket",
        category="Jackets & Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in sage green linen drawstring shorts, a white tank top, white backdrop.
    # caption, shorts details, shorts color (open): caption adapter
    case(
        "X281-041",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is cotton and it has pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        D.color("green"),
        D.material("linen"),
        wearing("a white tank top and green shorts", who="she"),
        title="Women Linen Drawstring Shorts",
        category="Shorts",
        color="Sage",
        gender="Women",
    ),
    # photo: man in an oatmeal shawl collar knit cardigan, buttoned, over a navy crew tee, dark jeans, white backdrop.
    # wearing: VQA adapter; caption and describe: base
    case(
        "X281-042",
        caption("a man in a beige cardigan and a blue t-shirt"),
        wearing(
            "cardigan, cardigan, cardigan, cardigan, cardigan, cardigan, cardigan, cardigan, cardigan, cardigan, "
            "cardigan, cardigan, cardigan, cardigan, cardigan,",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("blue", "other_garment_color"),
        describe("cardigan", "a beige sweater with a shawl collar and buttons"),
        D.material("knit"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        title="Men Shawl Collar Cardigan",
        category="Sweaters",
        color="Oatmeal",
        gender="Men",
    ),
    # photo: woman in a red fit-and-flare dress with white polka dots, cap sleeves, no belt, white backdrop.
    # base model only
    case(
        "X281-043",
        caption("a woman in a red and white polka dot dress"),
        wearing("a red dress with white polka dots and a black belt", "unsupported", who="she"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        title="Women Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a blue short-sleeve Hawaiian shirt with a white and green hibiscus print, white shorts.
    # caption: caption adapter
    case(
        "X281-044",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shorts this gentleman wears is of short length. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue floral shirt and white shorts", who="he"),
        shirt_color("blue"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "the shorts", "non_answer"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        title="Men Short Sleeve Hawaiian Print Shirt",
        category="Shirts & Polos",
        color="Blue-multi",
        gender="Men",
    ),
    # photo: woman in a lavender cropped zip-front hoodie, black leggings, white backdrop.
    # base model only
    case(
        "X281-045",
        caption("a woman in a purple hoodie and black leggings"),
        wearing("a purple sweatshirt and black pants", who="she"),
        D.color("purple"),
        D.garment_type("hoodie"),
        describe("hoodie", "a purple hoodie with a zipper and a", "cut"),
        D.details("the hoodie is purple and has a hood Question: what is she wearing? Answer:", "leak"),
        title="Women Cropped Zip Hoodie",
        category="Sweatshirts & Hoodies",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in grey flat front dress pants, a white dress shirt tucked in, a black leather belt, white backdrop.
    # pants color (open), pants details: VQA adapter; caption and wearing: base
    case(
        "X281-046",
        caption("a man in a white shirt and gray pants with a black belt"),
        color_of(
            "pants",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "pants",
            "the pockets, the belt loops, the pockets, the belt loops, the pockets, the belt loops, the pockets, the",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        D.garment_type("pants"),
        wearing("a white shirt and gray slacks", who="he"),
        D.material("polyester", "unsupported"),
        title="Men Flat Front Dress Pants",
        category="Suiting",
        color="Grey",
        gender="Men",
    ),
]
