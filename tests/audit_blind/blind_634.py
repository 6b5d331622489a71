"""BLIND_634 (46 products; In-shop tops, dresses, pants, jackets; ep3 + VQA): written blind in the fifty-third session.
Measured blind at 1bb707c (the session's eighth rules): 109/129 failures found (84.5%) and 8/186 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog of women's and men's tops, dresses, pants and jackets. Studio photos of a
model on a plain white or light grey backdrop, front, side, back or full-body views, the model wearing other clothes
with the listed product (jeans under a blouse, a tee under a jacket). The feed's category column holds the In-shop
class names (Blouses_Shirts, Tees_Tanks, Graphic_Tees, Dresses, Pants, Denim, Jackets_Coats, Jackets_Vests,
Shirts_Polos, Sweaters, Cardigans, Sweatshirts_Hoodies, Rompers_Jumpsuits, Leggings); the color column holds the
In-shop seller colors (Coral, Heather grey, Navy-white, Ivory-black...); titles are In-shop item names. Some rows lack
a color or a category, as real feeds do.

Who wrote what: the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption) wrote every caption and
the open "Describe the ..." and "What are the ... details?" answers. It returns the DeepFashion-MultiModal template
("The lady wears a ... with pure color patterns. The ... is with cotton fabric ..."), has no hue words of its own, says
"pure color" for prints now and then, invents accessories (a hat, a ring, a belt), swaps the person's sex in the
template now and then, and, trained without an end token, runs on until the 50-token (caption) or 30-token (answer)
limit, cut mid-phrase or looping over "the sleeves, the neckline, the collar". The VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) wrote the open "What is the person wearing?", the open color questions and the
material answers: short In-shop style answers, sometimes followed by the next "Question: ... Answer:" it saw in
training, sometimes a color repeated to the limit, sometimes the color of the garment next to the one asked about.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference
scoring the candidate values with the VQA adapter: always one clean candidate, but sometimes the wrong one.

Labeling conventions and judgement calls:
- One label per text, the one a reviewer would name first: a loop that also ran to the limit is "loop"; a leak that
  ran to the limit is "leak"; an invented detail or a wrong color followed by the cut is labelled by the invention
  or the color; "cut" is for a text whose only fault is that it stops mid-phrase at the limit.
- hit_limit=True on every text that ran to its token limit (all cuts, loops to the limit, long leaks); a text that
  stopped on its own on a newline is False even when it is long.
- A color that belongs to another garment in the photo (the jeans' blue given for the blouse) is other_garment_color;
  a color that belongs to nothing in the photo, a wrong garment type, "yes" to the wrong garment, or a pattern or
  sleeve length that the photo and the other texts contradict is contradiction.
- The template's "pure color patterns" for a printed or striped product is contradiction (the photo and the title
  say otherwise); "pure color" for a solid product is correct, as is "graphic patterns" for a graphic tee.
- An invented accessory, pocket, belt, zipper, lining or a fabric the photo and the title do not show is unsupported;
  the template's "cotton fabric" on a plain tee or sweatshirt is taken as correct (it looks like cotton and is sold so).
- A one-word garment name or a bare yes/no to an open question is non_answer; an answer that only returns the
  question's words ("the shirt details are the details of the shirt") is restated.
- A he/she, his/her, man/lady wrong for the catalog gender is pronoun, even where the rest of the text is right.
- A closed color answer that names a true shade of a two-tone seller color (navy for Navy-white stripes) is correct;
  naming the seller color's second tone alone for a mostly-first-tone garment is still correct when that tone is
  clearly in the garment. Heather grey answered "grey", camel answered "brown" or "beige" are correct.
- Back views: an answer about the front (a graphic, buttons) that the back view cannot show is unsupported.
- The color of a print on the garment given as the garment's color (pink for a grey tee with a pink rose, white for a
  black sweatshirt with white letters) is contradiction: the seller's color and the other answers say otherwise.
- A closed sleeve length read off the garment under or over the product (long sleeves for a vest over a shirt) is
  contradiction; only colors make other_garment_color.
- "it has a hood" for a hoodie's details, "they are cropped" for culottes' details: a fact the garment's name already
  holds is non_answer. A bare garment name ("pants", "sweater") for Describe or details is non_answer too.
- Closed color answers use the garment question ("What is the color of the garment?"); the open color answers use the
  VQA data's "What is the color of the {garment}?" wording, so no product asks the same question twice.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
gtype = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
material = BLIND_QUESTIONS.material
neckline = question("neckline", "What is the neckline of the garment?", "closed")
wearing_she = question("wearing", "What is she wearing?", "open")
wearing_he = question("wearing", "What is he wearing?", "open")

BLIND_634 = [
    # photo: woman, front view, coral sleeveless chiffon blouse with a pleated front tucked into white skinny jeans,
    # thin gold bracelet, light grey backdrop. Caption and details: caption adapter; the rest: VQA adapter/reference.
    case(
        "X634-001",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns and a long pants. The blouse is with chiffon "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There"
            " is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless blouse and white jeans"),
        color("coral"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        details("blouse", "The blouse has pleats on the front and no sleeves."),
        sleeves("sleeveless"),
        gtype("blouse"),
        title="Pleated Chiffon Blouse",
        category="Blouses_Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: woman, full body, navy-and-white horizontal striped knit midi dress, short sleeves, white sneakers, white
    # backdrop. Caption and describe: caption adapter; others: VQA adapter and reference engine.
    case(
        "X634-002",
        caption(
            "The woman is wearing a short-sleeve dress with pure color patterns. The dress is with knitting fabric and"
            " it has a crew neckline. The dress is of long length.",
            "contradiction",
        ),
        wearing("a striped dress"),
        color_of("dress", "navy"),
        pattern("striped"),
        describe(
            "dress",
            "The dress is with knitting fabric and stripe patterns. It has short sleeves and a round neckline. There "
            "is a belt around her waist.",
            "unsupported",
        ),
        sleeves("short sleeve"),
        title="Striped Knit Midi Dress",
        category="Dresses",
        color="Navy-white",
        gender="Women",
    ),
    # photo: woman, front view, heather grey scoop-neck tank, black leggings, grey backdrop. All answers: VQA adapter
    # and reference engine; caption from the caption adapter.
    case(
        "X634-003",
        caption(
            "The lady wears a tank top with pure color patterns and a long leggings. The tank top is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a grey tank top and black leggings"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        color("grey"),
        is_a("tank top", "yes"),
        material("cotton"),
        details(
            "tank top",
            "The tank top has a scoop neck and thin straps Question: What is the color of the leggings? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="Scoop Neck Jersey Tank",
        category="Tees_Tanks",
        color="Heather grey",
        gender="Women",
    ),
    # photo: man, front view, olive crew-neck tee, khaki chino shorts, white sneakers, white backdrop. Caption and
    # details: caption adapter; the rest VQA adapter and reference engine.
    case(
        "X634-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. He wears a three-point shorts, with cotton fabric and pure color patterns."
        ),
        wearing_he("a t-shirt and khaki shorts"),
        color_of(
            "shirt",
            "olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive "
            "olive olive olive olive olive olive olive olive olive olive olive olive olive",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color("brown", "contradiction"),
        details(
            "shirt",
            "the shirt details are the details of the shirt",
            "restated",
        ),
        gtype("tee"),
        title="Crew Neck Pocketless Tee",
        category="Tees_Tanks",
        color="Olive",
        gender="Men",
    ),
    # photo: man, three-quarter view, navy pique polo with white collar tipping, grey chinos, white backdrop. Caption
    # and describe: caption adapter; others VQA adapter / reference engine.
    case(
        "X634-005",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. He wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "a navy polo shirt and grey pants Question: What is the color of the pants? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "navy"),
        color_of("pants", "black", "contradiction"),
        describe("shirt", "The shirt is a polo with a white trim on the collar and short sleeves."),
        is_a("polo shirt", "yes"),
        neckline("collared"),
        title="Tipped Pique Polo",
        category="Shirts_Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: woman, front view, black faux-leather moto jacket worn open with silver zippers over a white crew tee,
    # medium-blue skinny jeans, white backdrop. Caption and details: caption adapter; others VQA / reference.
    case(
        "X634-006",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it "
            "has a lapel neckline. She wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black leather jacket, a white t-shirt and blue jeans"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        color("black"),
        details(
            "jacket",
            "The jacket has zippers on the front and the sleeves, the sleeves, the sleeves, the sleeves, the sleeves, "
            "the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        material("leather"),
        gtype("jacket"),
        title="Faux Leather Moto Jacket",
        category="Jackets_Coats",
        color="Black",
        gender="Women",
    ),
    # photo: woman, full body, black high-waisted wide-leg trousers, cream silk-look blouse tucked in, nude heels,
    # grey backdrop. Caption: caption adapter; all answers VQA adapter or reference engine.
    case(
        "X634-007",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. There is a ring on her finger. The blouse is with chiffon fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing_she("a blouse and black pants"),
        color("cream", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        gtype("pants"),
        is_a("dress", "no"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        title="High-Waisted Wide-Leg Trousers",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, khaki slim chinos, white oxford button-down shirt untucked, brown loafers, white
    # backdrop. Caption and describe: caption adapter; the rest VQA adapter / reference engine.
    case(
        "X634-008",
        caption(
            "The guy wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt and khaki pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        color("beige"),
        describe("pants", "pants", "non_answer"),
        material("cotton"),
        details(
            "pants",
            "The pants have two pockets on the back and a button and a zipper on the front, the pockets, the button, "
            "the zipper, the pockets,",
            "loop",
            hit_limit=True,
        ),
        title="Slim Fit Stretch Chinos",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman, front view, white crew tee with black "PARIS" lettering and an Eiffel tower print, light-wash
    # denim shorts, white backdrop. Caption and details: caption adapter; others VQA / reference.
    case(
        "X634-009",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a white graphic t-shirt and denim shorts"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        pattern("graphic"),
        details("shirt", "The shirt has a black print of the Eiffel tower and the word Paris on the front."),
        is_a("graphic tee", "yes"),
        material("denim", "unsupported"),
        title="Paris Graphic Tee",
        category="Graphic_Tees",
        color="White",
        gender="Women",
    ),
    # photo: woman, full body, red skater dress with a small white and pink floral print, short flutter sleeves, black
    # ankle boots, white backdrop. Caption and describe: caption adapter; others VQA / reference.
    case(
        "X634-010",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has"
            " a V-shape neckline. The dress is of short length. The lady also wears boots."
        ),
        wearing("a red floral dress and black boots"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        color("red"),
        pattern("solid", "contradiction"),
        describe(
            "dress",
            "The dress is with chiffon fabric and floral patterns. It has short sleeves and a V-shape neckline, a "
            "zipper on the back and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        title="Floral Print Skater Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man, front view, charcoal quilted puffer vest zipped half way over a red-and-navy plaid flannel shirt,
    # dark indigo jeans, grey backdrop. Caption: caption adapter; answers VQA adapter / reference engine.
    case(
        "X634-011",
        caption(
            "The man wears a long-sleeve shirt with plaid patterns and a long pants. The shirt is with cotton fabric "
            "and it has a lapel neckline. He wears a vest over the shirt. The pants are with denim fabric and"
            " pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a vest, a plaid shirt and jeans"),
        color_of("vest", "red", "other_garment_color", kind="open"),
        color("grey"),
        gtype("vest"),
        sleeves("long sleeve", "contradiction"),
        material("nylon"),
        describe("vest", "the vest is a vest", "restated"),
        title="Quilted Puffer Vest",
        category="Jackets_Vests",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman, front view, cream chunky cable-knit crew sweater, olive skinny pants, grey backdrop. Caption and
    # details: caption adapter; the rest VQA adapter / reference engine.
    case(
        "X634-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and its"
            " neckline is round. She wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a cream sweater and green pants"),
        color("cream"),
        color_of("sweater", "green", "other_garment_color"),
        details(
            "sweater",
            "The sweater has cable knit on the front and the sleeves, ribbed cuffs and hem. There is a hat on her "
            "head.",
            "unsupported",
        ),
        sleeves("long sleeve"),
        title="Chunky Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: woman, full body, long mauve open-front cardigan to the knee over a black cami, grey skinny jeans, white
    # backdrop. Caption and describe: caption adapter; others VQA adapter / reference.
    case(
        "X634-013",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. She "
            "wears a tank top under it and a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a cardigan, a black top and grey jeans"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        color("purple"),
        describe("cardigan", "The cardigan is long and open at the front, with long sleeves and no buttons."),
        gtype("sweater", "contradiction"),
        is_a("cardigan", "yes"),
        details(
            "cardigan",
            "The cardigan has long sleeves and it falls to the knee, it is open at the front with no buttons and the "
            "edges of the",
            "cut",
            hit_limit=True,
        ),
        title="Longline Open Cardigan",
        category="Cardigans",
        color="Mauve",
        gender="Women",
    ),
    # photo: man, front view, heather grey pullover hoodie with a kangaroo pocket and white drawcords, black joggers,
    # white backdrop. Caption: caption adapter; answers VQA adapter / reference.
    case(
        "X634-014",
        caption(
            "His sweatshirt has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey hoodie, black pants and a black cap", "unsupported"),
        color_of("hoodie", "grey"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        gtype("hoodie"),
        material("cotton"),
        details("hoodie", "it has a hood", "non_answer"),
        title="Fleece Pullover Hoodie",
        category="Sweatshirts_Hoodies",
        color="Heather grey",
        gender="Men",
    ),
    # photo: woman, front view, black romper with white polka dots, short sleeves, tie belt at the waist, tan sandals,
    # white backdrop. Caption and details: caption adapter; the rest VQA / reference.
    case(
        "X634-015",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with chiffon fabric and its "
            "neckline is V-shape. There is a belt around her waist.",
            "contradiction",
        ),
        wearing("a polka dot romper"),
        color_of("romper", "black"),
        pattern("polka dot"),
        details(
            "romper",
            "The romper has a tie at the waist, short sleeves, a V neck and buttons down the front.",
            "unsupported",
        ),
        is_a("dress", "yes", "contradiction"),
        title="Polka Dot Tie-Waist Romper",
        category="Rompers_Jumpsuits",
        color="Black-white",
        gender="Women",
    ),
    # photo: woman, front view, mint green short-sleeve blouse with white lace trim at the hem and sleeves, black pencil
    # skirt, grey backdrop. Caption and describe: caption adapter; others VQA / reference.
    case(
        "X634-016",
        caption(
            "The man wears a short-sleeve blouse with lace patterns and a skirt. The blouse is with chiffon fabric and "
            "its neckline is round. The skirt is with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a green blouse and a black skirt"),
        color_of("blouse", "mint"),
        describe(
            "blouse",
            "The blouse has lace on the hem, the sleeves, the hem, the sleeves, the hem, the sleeves, the hem, the "
            "sleeves, the hem,",
            "loop",
            hit_limit=True,
        ),
        color("green"),
        sleeves("long sleeve", "contradiction"),
        title="Lace Trim Woven Blouse",
        category="Blouses_Shirts",
        color="Mint",
        gender="Women",
    ),
    # photo: woman, back view, black long-sleeve lace bodycon dress, knee length, back zipper visible, black heels,
    # white backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-017",
        caption(
            "The lady wears a long-sleeve dress with lace patterns. The dress is with lace fabric. The dress is of "
            "medium length. The lady also wears heels."
        ),
        wearing("a black lace dress"),
        color_of("dress", "black"),
        details(
            "dress",
            "The dress has a zipper on the back and a V neckline on the front.",
            "unsupported",
        ),
        sleeves("long sleeve"),
        material("lace"),
        title="Long Sleeve Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, dark indigo slim jeans, plain grey crew tee, white sneakers, white backdrop. Caption and
    # details: caption adapter; the rest VQA / reference. Row has no color column.
    case(
        "X634-018",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. He wears a long denim pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a grey t-shirt and jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color("dark blue"),
        details(
            "jeans",
            "The jeans have five pockets, a zip fly and a slim leg. There is a belt on his waist and a watch on his "
            "wrist and",
            "cut",
            hit_limit=True,
        ),
        gtype("jeans"),
        title="Slim Fit Dark Rinse Jeans",
        category="Denim",
        gender="Men",
    ),
    # photo: woman, full body, camel wool-blend single-breasted coat, knee length, over a black turtleneck, black
    # skinny pants, black ankle boots, grey backdrop. Caption and describe: caption adapter; others VQA / reference.
    case(
        "X634-019",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and it has a "
            "lapel neckline. She wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a brown coat and black pants"),
        color("brown"),
        color_of("coat", "black", "other_garment_color"),
        describe(
            "coat",
            "The coat is with wool fabric and pure color patterns. It has a belt around the waist and two pockets on "
            "the chest and a hood",
            "unsupported",
            hit_limit=True,
        ),
        gtype("coat"),
        material("wool"),
        title="Wool Blend Car Coat",
        category="Jackets_Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: man, front view, burgundy long-sleeve henley with a three-button placket, medium-wash jeans, white
    # backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-020",
        caption(
            "Her T-shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a red shirt and jeans"),
        color("red"),
        color_of(
            "shirt",
            "burgundy Question: What is the color of the jeans? Answer: blue Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        sleeves("long sleeve"),
        gtype("tee"),
        title="Long Sleeve Henley",
        category="Tees_Tanks",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman, front view, light blue chambray button-down shirt with rolled sleeves tied at the waist, white
    # denim shorts, straw hat, white backdrop. Caption and details: caption adapter; others VQA / reference.
    case(
        "X634-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with denim fabric "
            "and it has a lapel neckline. There is a hat in her head."
        ),
        wearing("a blue shirt, white shorts and a hat"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        color("blue"),
        details("shirt", "the shirt is a shirt", "restated"),
        material("denim"),
        describe(
            "shirt",
            "The shirt is with denim fabric and it has two chest pockets and a zipper on the front.",
            "unsupported",
        ),
        is_a("shirt", "yes"),
        title="Tie-Front Chambray Shirt",
        category="Blouses_Shirts",
        color="Light blue",
        gender="Women",
    ),
    # photo: woman, front view, olive cargo joggers with side pockets and ankle cuffs, white tank top, white sneakers,
    # grey backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on"
            " her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a white tank top and green pants"),
        color("olive"),
        color_of("pants", "white", "other_garment_color"),
        gtype("leggings", "contradiction"),
        describe("pants", "What are the pants? The pants are pants.", "restated"),
        title="Cargo Jogger Pants",
        category="Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: woman, full body, blush pink sleeveless chiffon maxi dress with a gathered waist, white backdrop. Caption
    # and describe: caption adapter; answers VQA / reference.
    case(
        "X634-023",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it "
            "has a V-shape neckline. The dress is of long length."
        ),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        describe("dress", "yes", "non_answer"),
        sleeves("sleeveless"),
        material("silk", "unsupported"),
        pattern("solid"),
        details("dress", "His dress is long with a gathered waist and thin straps.", "pronoun"),
        title="Chiffon Maxi Dress",
        category="Dresses",
        color="Blush",
        gender="Women",
    ),
    # photo: man, front view, red-and-navy tartan plaid button-down shirt, sleeves rolled, khaki chinos, white
    # backdrop. Caption and details: caption adapter; others VQA / reference.
    case(
        "X634-024",
        caption(
            "The gentleman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. He wears a long trousers. There is a hat in his head.",
            "unsupported",
        ),
        wearing("a plaid shirt and khaki pants"),
        color_of("shirt", "red"),
        pattern("plaid"),
        details(
            "shirt",
            "The shirt has buttons on the front, a pocket on the chest, the collar, the sleeves, the collar, the "
            "sleeves, the collar, the",
            "loop",
            hit_limit=True,
        ),
        color("beige", "other_garment_color"),
        title="Tartan Plaid Button-Down Shirt",
        category="Shirts_Polos",
        color="Red-navy",
        gender="Men",
    ),
    # photo: woman, front view, grey heather tee with a large pink-and-yellow rose graphic, black mini skirt, white
    # backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-025",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short skirt. The T-shirt is with cotton "
            "fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a t-shirt and a skirt"),
        color("grey"),
        color_of("shirt", "pink", "contradiction", kind="open"),
        pattern("floral"),
        details(
            "shirt",
            "The shirt has a rose on the front, a rose on the front, a rose on the front, a rose on the front, a rose",
            "loop",
            hit_limit=True,
        ),
        is_a("graphic tee", "yes"),
        gtype("blouse", "contradiction"),
        title="Rose Graphic Tee",
        category="Graphic_Tees",
        color="Grey",
        gender="Women",
    ),
    # photo: man, front view, navy nylon bomber jacket zipped open over a white tee, black jeans, white backdrop.
    # Caption: caption adapter; answers VQA / reference.
    case(
        "X634-026",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric and it has a "
            "stand neckline. He wears a T-shirt inside and a long pants. The pants are with denim fabric and"
            " pure color pattern",
            "cut",
            hit_limit=True,
        ),
        wearing_he("she is wearing a jacket and black pants", "pronoun"),
        color("navy"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        gtype("jacket"),
        describe(
            "jacket",
            "The jacket is a bomber with ribbed cuffs, collar and hem, a zip front and a patch on the sleeve.",
            "unsupported",
        ),
        title="Nylon Bomber Jacket",
        category="Jackets_Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: woman, front view, mustard-and-white horizontal striped short-sleeve tee, blue denim mini skirt, white
    # backdrop. Caption and details: caption adapter; answers VQA / reference.
    case(
        "X634-027",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short skirt. The T-shirt is with cotton "
            "fabric and its neckline is round. The skirt is with denim fabric and pure color patterns."
        ),
        wearing("a striped t-shirt and a denim skirt"),
        color("yellow"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        pattern("striped"),
        is_a("tank top", "yes", "contradiction"),
        details(
            "shirt",
            "The shirt has stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        title="Striped Boatneck Tee",
        category="Tees_Tanks",
        color="Mustard-white",
        gender="Women",
    ),
    # photo: woman, front view, color-block sweater: black body with a wide white band across the chest and white
    # sleeves, black leggings, grey backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-028",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric and "
            "its neckline is round. She wears a long leggings. The leggings are with cotton fabric and"
            " pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white sweater and black leggings"),
        color("black and white"),
        pattern("color block"),
        color_of(
            "sweater",
            "black Question: What is the pattern of the sweater? Answer: color block Question: What is",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        is_a("sweater", "yes"),
        title="Colorblock Crew Sweater",
        category="Sweaters",
        color="Black-white",
        gender="Women",
    ),
    # photo: man, front view, navy merino V-neck sweater over a light blue collared shirt, grey wool trousers, white
    # backdrop. Caption and describe: caption adapter; answers VQA / reference.
    case(
        "X634-029",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and its "
            "neckline is V-shape. He wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy sweater, a blue shirt and grey pants"),
        color_of("sweater", "light blue", "other_garment_color", kind="open"),
        color("blue"),
        details("sweater", "sweater", "non_answer"),
        neckline("collared", "contradiction"),
        describe("sweater", "The sweater is with knitting fabric and a V neckline, worn over a collared shirt."),
        material("merino wool"),
        title="Merino V-Neck Sweater",
        category="Sweaters",
        color="Navy",
        gender="Men",
    ),
    # photo: woman, full body, solid teal short-sleeve crepe shift dress, above the knee, nude pumps, grey backdrop.
    # Caption: caption adapter; answers VQA / reference.
    case(
        "X634-030",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a round neckline. The dress is of short length. There is a necklace on her neck and a ring on her"
            " finger and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        color("teal"),
        color_of(
            "dress",
            "teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal teal "
            "teal teal teal teal teal teal teal teal teal",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("floral", "contradiction"),
        sleeves("short sleeve"),
        is_a("dress", "yes"),
        title="Crepe Shift Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: woman, front view, light blue denim jacket worn open over a navy dress with a small white floral print,
    # brown belt, white backdrop. Caption and details: caption adapter; answers VQA / reference.
    case(
        "X634-031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a dress. The jacket is with denim fabric "
            "and it has a lapel neckline. The dress is with chiffon fabric and floral patterns."
        ),
        wearing("a denim jacket and a floral dress"),
        color_of("jacket", "navy", "other_garment_color", kind="open"),
        color("blue"),
        details(
            "jacket",
            "The jacket has buttons on the front, two chest pockets with flaps and a fur collar.",
            "unsupported",
        ),
        gtype("dress", "contradiction"),
        material("denim"),
        title="Classic Denim Jacket",
        category="Jackets_Coats",
        color="Light blue",
        gender="Women",
    ),
    # photo: man, front view, grey fleece jogger sweatpants with drawstring and ribbed cuffs, navy crew tee, white
    # sneakers, white backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-032",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a navy t-shirt and grey sweatpants"),
        color_of("pants", "navy", "other_garment_color", kind="open"),
        color("grey"),
        details(
            "pants",
            "The pants have a drawstring at the waist and cuffs at the ankles. He is also wearing a cap Question: What"
            " is the color of",
            "leak",
            hit_limit=True,
        ),
        gtype("pants"),
        title="Fleece Jogger Sweatpants",
        category="Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, front view, white cotton peasant blouse with blue embroidery at the neckline and elbow-length
    # sleeves, light-wash denim shorts, white backdrop. Caption and describe: caption adapter; answers VQA / reference.
    case(
        "X634-033",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a shorts. The blouse is with cotton "
            "fabric and its neckline is round. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a white blouse and denim shorts"),
        color_of("blouse", "white"),
        describe(
            "blouse",
            "The blouse is with cotton fabric and pure color patterns. It has short sleeves and embroidery on the"
            " neckline and the",
            "cut",
            hit_limit=True,
        ),
        color("blue", "other_garment_color"),
        is_a("blouse", "yes"),
        material("cotton"),
        title="Embroidered Peasant Blouse",
        category="Blouses_Shirts",
        color="White",
        gender="Women",
    ),
    # photo: woman, full body, black faux-leather leggings, oversized heather grey knit sweater, black ankle boots,
    # grey backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. She "
            "wears a long leggings. The leggings are with leather fabric and pure color patterns."
        ),
        wearing("a grey sweater and black leggings"),
        color("grey", "other_garment_color"),
        color_of("leggings", "black", kind="open"),
        gtype("sweater", "contradiction"),
        is_a("pair of leggings", "yes"),
        material("leather"),
        details(
            "leggings",
            "The leggings are with leather fabric and pure color patterns. They have an elastic waist and a seam down "
            "the front of the",
            "cut",
            hit_limit=True,
        ),
        title="Faux Leather Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, black ribbed tank top, olive-and-tan camo cargo shorts, white backdrop. Caption:
    # caption adapter; answers VQA / reference.
    case(
        "X634-035",
        caption(
            "The man wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline is "
            "round. He wears a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black tank top and camo shorts"),
        color("black"),
        color_of("tank top", "green", "other_garment_color", kind="open"),
        sleeves("sleeveless"),
        details("tank top", "The tank top has a pocket on the chest and a logo on the front.", "unsupported"),
        describe("tank top", "tank top", "non_answer"),
        title="Ribbed Muscle Tank",
        category="Tees_Tanks",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, color-block sheath dress: cream bodice and black skirt, sleeveless, black pumps, white
    # backdrop. Caption and details: caption adapter; answers VQA / reference.
    case(
        "X634-036",
        caption(
            "The lady is wearing a sleeveless dress with color block patterns. The dress is with cotton fabric and it "
            "has a round neckline. The dress is of medium length."
        ),
        wearing("a black and white dress"),
        color("white"),
        color_of("dress", "cream Question: Is this a dress? Answer: yes", "leak", kind="open"),
        details(
            "dress",
            "The dress has a cream top and a black skirt, black skirt, black skirt, black skirt, black skirt, black "
            "skirt, black",
            "loop",
            hit_limit=True,
        ),
        pattern("color block"),
        sleeves("short sleeve", "contradiction"),
        material("satin", "unsupported"),
        title="Colorblock Sheath Dress",
        category="Dresses",
        color="Cream-black",
        gender="Women",
    ),
    # photo: man, front view, white oxford button-down shirt tucked into navy suit trousers, brown belt, white
    # backdrop. Caption: caption adapter; answers VQA / reference. Row has no color column.
    case(
        "X634-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. He wears a long trousers. There is a belt around his waist."
        ),
        wearing("a white shirt and navy pants"),
        color("white"),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes", "contradiction"),
        describe(
            "shirt",
            "Her shirt is with cotton fabric and pure color patterns, with a lapel collar and long sleeves.",
            "pronoun",
        ),
        title="Oxford Button-Down Shirt",
        category="Shirts_Polos",
        gender="Men",
    ),
    # photo: woman, front view, rust ribbed short-sleeve crop top, high-waist white straight jeans, gold hoop earrings,
    # white backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There"
            " is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange top and white jeans"),
        color("orange"),
        color_of("top", "rust Question: What is the color of the pants? Answer: white", "leak", kind="open"),
        gtype("tee"),
        sleeves("short sleeve"),
        material("knit"),
        title="Ribbed Crop Tee",
        category="Tees_Tanks",
        color="Rust",
        gender="Women",
    ),
    # photo: woman, full body, navy sleeveless wide-leg jumpsuit with a V neck and a self-tie belt, white backdrop.
    # Caption and describe: caption adapter; answers VQA / reference.
    case(
        "X634-039",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric and its"
            " neckline is V-shape. There is a belt around her waist."
        ),
        wearing("a navy jumpsuit"),
        color_of("jumpsuit", "navy"),
        describe(
            "jumpsuit",
            "the jumpsuit the jumpsuit the jumpsuit the jumpsuit the jumpsuit the jumpsuit the jumpsuit the "
            "jumpsuit the jumpsuit the",
            "loop",
            hit_limit=True,
        ),
        gtype("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        title="Wide-Leg Jumpsuit",
        category="Rompers_Jumpsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: man, front view, olive cotton utility jacket with four flap pockets worn open over a black tee, khaki
    # pants, grey backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-040",
        caption(
            "His jacket has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a green jacket, a black t-shirt and khaki pants"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        color("green"),
        details(
            "jacket",
            "The jacket has four pockets with flaps, a button front and a hood on the back and a fur lining inside",
            "unsupported",
            hit_limit=True,
        ),
        gtype("jacket"),
        title="Utility Field Jacket",
        category="Jackets_Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front view, red cropped wide-leg culottes, black fitted short-sleeve top tucked in, black sandals,
    # white backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black top and red pants"),
        color("black", "other_garment_color"),
        color_of(
            "pants",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gtype("skirt", "contradiction"),
        details("pants", "they are cropped", "non_answer"),
        title="Cropped Wide-Leg Culottes",
        category="Pants",
        color="Red",
        gender="Women",
    ),
    # photo: woman, back view, sheer black button-down blouse over a black cami, long sleeves, black trousers, grey
    # backdrop. Caption and describe: caption adapter; answers VQA / reference.
    case(
        "X634-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black shirt and black pants"),
        color_of("blouse", "black"),
        describe(
            "blouse",
            "The blouse has a pocket on the chest and six buttons on the front with a bow at the",
            "unsupported",
            hit_limit=True,
        ),
        sleeves("sleeveless", "contradiction"),
        material("chiffon"),
        is_a("blouse", "yes"),
        title="Sheer Button-Down Blouse",
        category="Blouses_Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, black crewneck sweatshirt with "BROOKLYN" in white varsity letters, grey jeans, white
    # backdrop. Caption: caption adapter; answers VQA / reference.
    case(
        "X634-043",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric and "
            "its neckline is round. She wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a black sweatshirt and grey jeans"),
        color("black"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        pattern("graphic"),
        details("sweatshirt", "The sweatshirt details are the sweatshirt.", "restated"),
        gtype("sweatshirt"),
        material("cotton"),
        title="Brooklyn Varsity Sweatshirt",
        category="Sweatshirts_Hoodies",
        color="Black",
        gender="Men",
    ),
    # photo: woman, full body, emerald green jersey wrap dress with three-quarter sleeves, knee length, nude heels,
    # white backdrop. Caption and details: caption adapter; answers VQA / reference.
    case(
        "X634-044",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it "
            "has a V-shape neckline. The dress is of medium length. The lady also wears heels."
        ),
        wearing_she("a green dress"),
        color("green"),
        color_of("dress", "green Question: What is the color of the shoes? Answer: nude", "leak", kind="open"),
        details(
            "dress",
            "The dress wraps at the front and ties at the side, with three-quarter sleeves and lace on the hem.",
            "unsupported",
        ),
        sleeves("short sleeve", "contradiction"),
        pattern("solid"),
        material("jersey"),
        title="Jersey Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: man, front view, heather blue crew tee with a chest pocket, tan chino shorts, white backdrop. Caption:
    # caption adapter; answers VQA / reference. Row has no category column.
    case(
        "X634-045",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. He wears a three-point shorts. The shorts are with cotton fabric and pure"
            " color patterns. There",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        color("blue"),
        wearing_he("yes", "non_answer"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        details("shirt", "The shirt has a pocket on the chest."),
        gtype("polo shirt", "contradiction"),
        title="Heathered Pocket Tee",
        color="Heather blue",
        gender="Men",
    ),
    # photo: woman, front view, grey single-button blazer worn open over a white tee, black skinny pants, black pumps,
    # white backdrop. Caption and describe: caption adapter; answers VQA / reference.
    case(
        "X634-046",
        caption(
            "The lady wears a long-sleeve blazer with pure color patterns and a long pants. The blazer is with cotton "
            "fabric and it has a lapel neckline. She wears a T-shirt inside. The pants are with cotton fabric and"
            " pure",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a grey blazer, a white shirt and black pants", "pronoun"),
        color("grey"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        describe("blazer", "Describe the blazer. The blazer is a blazer.", "restated"),
        gtype("blazer"),
        is_a("jacket", "yes"),
        title="One-Button Blazer",
        category="Jackets_Coats",
        color="Grey",
        gender="Women",
    ),
]
