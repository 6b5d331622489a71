"""BLIND_858 (46 products; older Myntra feed, women's dresses, tops and bottoms, base BLIP-2 zero-shot): written blind
in the fifty-sixth session. Measured blind at 2733ff7 (the session's final rules): 119/134 failures found (88.8%) and
16/184 correct texts flagged (8.7%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Vero Moda Women Black
Dress"), article_type as category, base_colour as color, gender mostly Women (two rows lack the gender column, one
lacks the category). Photos are 3:4 studio shots on a white or light grey backdrop, worn by a model who also wears
other clothes (a tee over the jeans, a tank top over the skirt, a cardigan over the camisole), sometimes with a bag,
earrings or shoes in frame; front views except where the comment says back view. Only women's dresses, tops
(tops, t-shirts, shirts, tunics) and bottoms (jeans, jeggings, trousers, track pants, capris, leggings, shorts,
skirts).

Who wrote what: every text is from the untuned Salesforce/blip2-opt-2.7b (zero-shot, no adapter). Captions are the
base model's plain captions ("a woman in a black dress posing for a photo"), free generation, 50 tokens max. Open
answers (wearing, description, details, material, and the odd open color question) are greedy free generation with
the `Question: ... Answer:` prompt, 30 tokens max; the base model usually stops at the newline, so its answers are
short, but now and then it keeps going: it echoes the prompt format (leaks), repeats a phrase until the limit
(loops) or runs a long list into the limit (cuts). Closed answers (garment_type, color, pattern, sleeve_length, the
"Is this a ...?" yes/no) come from enrich's --engine reference ranking the base model's scores over candidate
values, so they are always one clean candidate; their failures are wrong picks: the color of the top instead of the
jeans, the backdrop's grey, the cardigan's sleeves. The base model's habits: one color for two garments, the
other garment's color or pattern for the product, invented belts, zips, pockets and back details it cannot see,
"he" or "a man" for women, one-word answers to open questions, echoing the question.

Labeling conventions and judgement calls:
- Truth is the photo as described in the `# photo:` comment; the seller columns agree with the photo in this set.
- A shade in the same coarse color group as the seller's color is correct (maroon called red, khaki called beige,
  cream called white, olive called green, peach called pink, rust called orange). A color from another group is a
  contradiction (rust called brown, teal called green, red called pink).
- The color of another garment worn in the photo (the top's color for the jeans, the boots' or the handbag's color
  for the dress) is other_garment_color, for closed and open texts alike; the backdrop's color is a contradiction.
- Another garment's pattern (striped for the khaki shorts under a striped top) or sleeves (the cardigan's long
  sleeves for the camisole) and a wrong garment type (jacket, shirt, yes to "Is this a skirt?" for a maxi dress)
  are contradictions; so is a wrong color or garment for a garment that is not the product (jeans for the shorts).
- Details the photo cannot show or does not have (a belt, a back zip on a front view, pockets, a bow, a brand patch
  hidden by the top, sunglasses in the caption) are unsupported; so is a material the photo does not bear out
  (leather for a pleated chiffon skirt, silk or velvet for matte suiting trousers). A plausible material the photo
  shows (denim, chiffon, lace, knit cotton jersey, flannel) is correct.
- A one-word answer to an open question (details "lace", "stripes", "blue"), a yes/no to an open question, an empty
  answer, and an answer that only gives back what the question already knows ("the shorts are short", "the jeans
  are black" for the details) are non_answer. When a one-word answer is also the wrong color, the wrong color wins
  (other_garment_color). An answer that echoes the question's words or says the garment is itself ("the shirt is a
  shirt", "the details of the pants") is restated.
- A text that repeats a phrase to the token limit is a loop (hit_limit=True), not a cut; a text that runs out of
  tokens mid-phrase without repeating is a cut (hit_limit=True).
- Any `Question:` or `Answer:` in an answer is a leak, even when the rest of the text is right.
- "he", "his" or "a man" for a Women row is a pronoun failure; "she" is correct.
- A long kurta called a dress, jeggings called jeans, a tunic called a top or a kurta, capris and track pants called
  trousers are accepted as correct.
- One label per text: the first failure a reader would notice in it.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_858 = [
    # photo: black sleeveless A-line knee-length dress, black heels, silver clutch in hand, white backdrop, front
    # view. Base model wrote every text.
    case(
        "X858-001",
        caption("a woman in a black dress standing in front of a white wall"),
        Q.garment_type("dress"),
        Q.color("black"),
        wearing("a black dress and white shoes", "contradiction", who="she"),
        Q.description("a black dress with a gold belt", "unsupported"),
        Q.details("the dress has a zipper on the back", "unsupported"),
        title="Vero Moda Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red knee-length dress with a small white floral print, round neck, short flutter sleeves, tan sandals,
    # white backdrop, front view. Base model wrote every text.
    case(
        "X858-002",
        caption("a woman in a red and white floral dress"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a red dress with white flowers and short sleeves"),
        Q.details("the dress has a v-neck and a tie at the waist", "unsupported"),
        title="Mango Women Red Printed Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: pink sleeveless peplum top worn with blue skinny jeans, white backdrop, front view. Base model wrote
    # every text.
    case(
        "X858-003",
        caption("a woman in a pink top and blue jeans"),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        Q.description("he is wearing a pink top", "pronoun"),
        Q.details("the top has a peplum at the waist"),
        title="Jealous 21 Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, a white crew-neck t-shirt tucked in, white sneakers, white backdrop, front view.
    # Base model wrote every text.
    case(
        "X858-004",
        caption("a woman in a white shirt and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        Q.wearing("a white shirt and white pants", "other_garment_color"),
        describe("jeans", "a pair of skinny blue jeans with a white top"),
        Q.details("the jeans have ripped knees", "unsupported"),
        Q.material("denim"),
        title="Lee Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black pleated chiffon midi skirt, a grey melange t-shirt tucked in, black pumps, white backdrop, front
    # view. Base model wrote every text.
    case(
        "X858-005",
        caption("a woman wearing a grey shirt and black skirt"),
        Q.garment_type("skirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a grey skirt with pleats", "other_garment_color"),
        details("skirt", "the skirt is pleated"),
        Q.material("leather", "unsupported"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue shift dress with white polka dots, three-quarter sleeves, a brown leather handbag on the arm,
    # white backdrop, front view, no sunglasses. Base model wrote every text.
    case(
        "X858-006",
        caption("a woman in a blue polka dot dress holding a brown purse and sunglasses", "unsupported"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.pattern("polka dot"),
        wearing("she is wearing a blue dress with polka dots", who="she"),
        Q.description("a brown dress with white dots", "other_garment_color"),
        Q.details(
            "polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots polka dots",
            "loop",
            hit_limit=True,
        ),
        title="Femella Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton top with white eyelet embroidery on the front, short sleeves, light wash denim shorts,
    # white backdrop, front view. Base model wrote every text.
    case(
        "X858-007",
        caption("a woman wearing a white top and denim shorts"),
        Q.garment_type("top"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        wearing("a white top and blue jeans", "contradiction", who="she"),
        Q.description("Question: What is the color of the top? Answer: white", "leak"),
        Q.details("the top has embroidery on the front"),
        Q.material("cotton"),
        title="Mango Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: plain black skinny jeans (no studs), a red and black buffalo-check shirt knotted at the waist, black
    # ankle boots, white backdrop, front view. Base model wrote every text.
    case(
        "X858-008",
        caption("a woman in a red and black plaid shirt and black jeans"),
        Q.garment_type("jeans"),
        Q.color("red", "other_garment_color"),
        Q.wearing("a red shirt and red pants", "other_garment_color"),
        Q.description("a pair of black jeans with silver studs on the pockets", "unsupported"),
        Q.details("the jeans are black", "non_answer"),
        Q.material("denim"),
        title="Jealous 21 Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange crew-neck t-shirt with a small white Nike swoosh on the left chest, short sleeves, black
    # track pants, white backdrop, front view. Base model wrote every text.
    case(
        "X858-009",
        caption("a man wearing a grey nike t-shirt and black pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        Q.wearing("he is wearing a grey t-shirt", "pronoun"),
        Q.details("the nike logo is on the back", "unsupported"),
        Q.material("cotton"),
        title="Nike Women Grey T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon bodycon dress, long sleeves, above the knee, no slit, black heels, white backdrop, front view at
    # a slight angle. Base model wrote every text.
    case(
        "X858-010",
        caption("a woman in a red dress posing for a photo"),
        Q.garment_type("dress"),
        Q.color("maroon"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a tight pink dress with long sleeves", "contradiction"),
        Q.details("the dress has a slit on the side and a zipper on the back", "unsupported"),
        title="Avirate Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: beige straight-leg formal trousers, a navy blue shirt tucked in, brown belt, brown loafers, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-011",
        caption("a woman wearing a blue shirt and khaki pants"),
        Q.garment_type("trousers"),
        Q.color("navy blue", "other_garment_color"),
        Q.wearing("a blue shirt and beige pants"),
        Q.description("a pair of beige trousers with a brown belt"),
        details("pants", "the details of the pants", "restated"),
        Q.material("silk", "unsupported"),
        title="Allen Solly Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: royal blue sleeveless top with an orange and yellow geometric print, white trousers, white backdrop,
    # front view. Base model wrote every text.
    case(
        "X858-012",
        caption("a woman in a blue printed top and white pants"),
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.wearing("he is wearing a blue top and white pants", "pronoun"),
        Q.description("a blue top with an orange and yellow print"),
        Q.details("blue", "non_answer"),
        title="Only Women Blue Printed Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: cream A-line knee-length skirt with a pink and green floral print, no belt, a black tank top tucked in,
    # nude sandals, white backdrop, front view. Base model wrote every text.
    case(
        "X858-013",
        caption("a woman wearing a black top and a floral skirt"),
        Q.garment_type("skirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.wearing("a black tank top and a white skirt with flowers"),
        Q.description("a floral skirt with a black belt", "unsupported"),
        details("skirt", "floral", "non_answer"),
        title="Mango Women Printed Skirt",
        category="Skirts",
        color="Cream",
        gender="Women",
    ),
    # photo: emerald green maxi dress with spaghetti straps, no slit, a straw hat held in one hand, barefoot, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-014",
        caption("a woman in a green dress holding a straw hat"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        wearing("a long green dress", who="she"),
        Q.description("a long green dress with thin straps and a slit up the leg", "unsupported"),
        Q.details(
            "the dress has a long green dress with a long green dress with a long green dress with a long green",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        title="Rain & Rainbow Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: light blue denim shorts with a frayed hem, a white t-shirt with black text, white sneakers, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-015",
        caption("a woman wearing a white t-shirt and denim shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.wearing("a white shirt and jeans", "contradiction"),
        Q.description("a pair of light blue denim shorts with a frayed hem"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("denim"),
        title="Roadster Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard yellow tunic with a small white block print, mandarin collar, short button placket, no pockets,
    # three-quarter sleeves, white leggings, white backdrop, front view. Base model wrote every text.
    case(
        "X858-016",
        caption("a woman in a yellow top and white leggings"),
        Q.garment_type("top"),
        Q.color("yellow"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.wearing("a yellow top and white pants Question: What is the color of the top? Answer: yellow", "leak"),
        Q.description("a yellow kurta with a white print"),
        Q.details("a mandarin collar and a button placket, with two pockets at the waist", "unsupported"),
        title="Global Desi Women Yellow Tunic",
        category="Tunics",
        color="Yellow",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans, a black sleeveless top worn untucked over the waistband, back view showing
    # the stitched back pockets, white backdrop. Base model wrote every text.
    case(
        "X858-017",
        caption("the back of a woman wearing a black top and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        Q.wearing("a black top and blue jeans"),
        Q.description("a pair of dark blue jeans with pockets on the back"),
        Q.details("the jeans have a brown leather patch on the waist", "unsupported"),
        title="Levis Women Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white lace sheath dress over a nude lining, cap sleeves, gold sandals, light grey backdrop, front view.
    # Base model wrote every text.
    case(
        "X858-018",
        caption("a woman in a white lace dress"),
        Q.garment_type("dress"),
        Q.color("beige", "contradiction"),
        Q.pattern("lace"),
        Q.description("a white lace dress with a nude lining"),
        Q.details("the dress is white", "non_answer"),
        title="Vero Moda Women White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black off-shoulder top with long bell sleeves, white skinny jeans, white backdrop, front view. Base
    # model wrote every text.
    case(
        "X858-019",
        caption("a woman wearing a black off the shoulder top and white jeans"),
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a black top and white pants", who="the woman"),
        Q.description("an off the shoulder top with bell sleeves and a bow at the front", "unsupported"),
        Q.details("", "non_answer"),
        title="Tokyo Talkies Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: black ankle-length leggings under a long white kurta that reaches the knees, silver flats, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-020",
        caption("a woman in a white kurta and black leggings with a red dupatta", "unsupported"),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.wearing("a white dress and black leggings"),
        Q.description("a pair of black leggings with a white kurta"),
        Q.material("lycra"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Go Colors Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim shirt dress, button front, collar, sleeves rolled to the elbow, a brown belt at the
    # waist, white backdrop, front view. Base model wrote every text.
    case(
        "X858-021",
        caption("a woman wearing a denim shirt dress with a brown belt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        wearing("a blue denim dress", who="she"),
        Q.description("Question: What is she wearing? Answer: a blue dress", "leak"),
        Q.details(
            "buttons down the front, a pointed collar, rolled up sleeves, a brown belt at the waist and two",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Tokyo Talkies Women Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green cargo capris with side flap pockets, a white tank top, white sneakers, white backdrop,
    # front view. Base model wrote every text. The feed row has no gender.
    case(
        "X858-022",
        caption("a woman wearing a white tank top and green cargo pants"),
        Q.garment_type("trousers"),
        Q.color("green"),
        Q.wearing("a white top and brown pants", "contradiction"),
        Q.description("white", "other_garment_color"),
        Q.details("cargo pockets on the sides"),
        title="Jealous 21 Women Olive Capris",
        category="Capris",
        color="Olive",
    ),
    # photo: hot pink crew-neck t-shirt with a large white Puma cat logo printed on the chest, short sleeves, grey
    # track pants, white backdrop, front view. Base model wrote every text.
    case(
        "X858-023",
        caption("a woman in a pink puma t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.wearing("he is wearing a pink shirt and grey pants", "pronoun"),
        Q.description("a pink t-shirt with a white puma logo on the front and a puma logo on the back", "unsupported"),
        Q.details(
            "a puma logo, a puma logo, a puma logo, a puma logo, a puma logo, a puma logo, a puma logo, a",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Pink T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy and white horizontal striped sleeveless dress, no belt, red ballet flats, white backdrop, front
    # view. Base model wrote every text.
    case(
        "X858-024",
        caption("a woman wearing a blue and white striped dress"),
        Q.garment_type("dress"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.description("a navy and white striped dress with a red belt", "unsupported"),
        Q.details("stripes", "non_answer"),
        title="Mango Women Striped Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black formal trousers with a pressed crease, a white shirt under a grey blazer, black heels, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-025",
        caption("a woman in a grey blazer, white shirt and black pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        wearing("she is wearing a grey jacket, a white shirt and black trousers", who="she"),
        Q.description("grey trousers with a white shirt", "other_garment_color"),
        Q.details("the pants have a crease down the front"),
        Q.material("velvet", "unsupported"),
        title="Van Heusen Woman Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: peach chiffon top with a ruffled neckline, short sleeves, dark blue jeans, white backdrop, front view.
    # Base model wrote every text.
    case(
        "X858-026",
        caption("a woman in a pink top and blue jeans"),
        Q.garment_type("top"),
        Q.color("peach"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a peach top with ruffles Question: What is the color of the jeans? Answer: blue", "leak"),
        Q.details("the top has a ruffled neckline and a keyhole button at the back", "unsupported"),
        Q.material("chiffon"),
        title="Sera Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue denim mini skirt with a button front, a black and white striped t-shirt tucked in, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-027",
        caption("a woman wearing a black and white striped shirt and a denim skirt"),
        Q.garment_type("skirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description("a short denim skirt with buttons"),
        Q.details("buttons on the front and two pockets on the back", "unsupported"),
        Q.material("denim"),
        title="Vero Moda Women Blue Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: purple skater dress with a lace yoke, short sleeves, a visible back zip, a black sling bag over the
    # shoulder, back view, white backdrop. Base model wrote every text.
    case(
        "X858-028",
        caption("the back of a woman in a purple dress"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        color_of("dress", "blue", "contradiction", kind="open"),
        Q.wearing("a purple dress and a black purse"),
        Q.description(
            "a purple dress with a lace yoke, short sleeves, a fitted waist and a flared skirt that ends just"
            " above the",
            "cut",
            hit_limit=True,
        ),
        Q.details("lace on the top, a zipper on the back"),
        title="Bwitch Women Purple Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: light wash boyfriend jeans, ripped knees, rolled hems, a mustard yellow sweater, white sneakers, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-029",
        caption("a woman in a yellow sweater and ripped jeans"),
        Q.garment_type("jeans"),
        Q.color("yellow", "other_garment_color"),
        Q.wearing("a yellow sweater and jeans"),
        Q.description(
            "ripped jeans with a yellow sweater and a yellow sweater and a yellow sweater and a yellow sweater and a",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans details", "restated"),
        title="Kraus Women Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red wrap top with a v-neck and a tie at the side of the waist, long sleeves, black trousers, hands on
    # hips, white backdrop, front view. Base model wrote every text.
    case(
        "X858-030",
        caption("a man in a red shirt and black pants", "pronoun"),
        Q.garment_type("top"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        color_of("top", "pink", "contradiction", kind="open"),
        wearing("a red top and black pants", who="she"),
        Q.description("a red top with a tie at the waist"),
        Q.details(
            "the top has a v-neck and a tie on the side, a v-neck and a tie on the side, a v-neck and a tie",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: khaki chino shorts with rolled cuffs and slant pockets, a navy and white striped top, white backdrop,
    # front view. Base model wrote every text.
    case(
        "X858-031",
        caption("a woman in a striped shirt and khaki shorts"),
        Q.garment_type("shorts"),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        Q.description("a pair of navy shorts", "other_garment_color"),
        Q.details("the shorts have rolled up cuffs and pockets"),
        Q.material("leather", "unsupported"),
        title="United Colors of Benetton Women Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: black dress with a white and red floral print, round neck, three-quarter sleeves, a self tie belt at
    # the waist, flared skirt, nude heels, white backdrop, front view. Base model wrote every text.
    case(
        "X858-032",
        caption("a woman in a blue floral dress with a belt", "contradiction"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.wearing("she is wearing a black and white dress"),
        Q.description("a black dress with red and white flowers and a tie at the waist"),
        Q.details(
            "the dress has a round neck, three quarter sleeves, a tie belt at the waist, a flared skirt and a pleated",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Black Printed Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green camisole with lace trim at the neckline, worn under an open beige long-sleeved cardigan,
    # black jeans, white backdrop, front view. Base model wrote every text.
    case(
        "X858-033",
        caption("a woman wearing a beige cardigan over a green top and black jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.wearing("a green top, a cardigan and black pants"),
        Q.description("a green cami with lace on the top"),
        Q.details("lace", "non_answer"),
        title="Only Women Green Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: navy track pants with three white stripes down the sides, elastic waist hidden under a white sports
    # tee, no visible pockets, white backdrop, front view. Base model wrote every text. The feed row has no gender.
    case(
        "X858-034",
        caption("a woman in a white shirt and blue adidas pants"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("navy blue"),
        Q.wearing("the person is wearing", "restated"),
        Q.description("a pair of navy blue track pants with white stripes on the side"),
        Q.details("the pants have a drawstring at the waist and zip pockets", "unsupported"),
        title="Adidas Women Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: rust orange sleeveless maxi dress with a printed border at the hem, silver jhumka earrings, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-035",
        caption("a woman in an orange dress with silver earrings"),
        Q.garment_type("dress"),
        Q.color("brown", "contradiction"),
        Q.pattern("printed"),
        wearing("a long orange dress and gold bangles", "unsupported", who="she"),
        Q.description("an orange dress with a printed border at the bottom"),
        Q.details("silver", "non_answer"),
        title="Global Desi Women Orange Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: white boat-neck top (no buttons) with thin black horizontal stripes, three-quarter sleeves, red
    # trousers, white backdrop, front view. Base model wrote every text.
    case(
        "X858-036",
        caption("a woman wearing a black and white striped shirt and red pants"),
        Q.garment_type("top"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.wearing("a striped top and red pants"),
        Q.description("he is wearing a white top with black stripes", "pronoun"),
        Q.details("the top has a boat neck and buttons on the shoulder", "unsupported"),
        title="Kraus Women White Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue jeggings under a long black tunic top that covers the hips, black flats, white backdrop, front
    # view. Base model wrote every text.
    case(
        "X858-037",
        caption("a woman wearing a black top and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("blue"),
        Q.wearing("a black top and jeans"),
        Q.description("a pair of black jeggings", "other_garment_color"),
        Q.details("no", "non_answer"),
        Q.material("denim"),
        title="Deal Jeans Women Blue Jeggings",
        category="Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: baby pink sleeveless chiffon dress with a pleated skirt, no bow, white sandals, light grey backdrop,
    # front view. Base model wrote every text.
    case(
        "X858-038",
        caption("a woman in a pink dress standing in front of a grey wall"),
        Q.garment_type("dress"),
        Q.color("grey", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.wearing("she is wearing a pink dress"),
        describe("dress", "the dress is a dress", "restated"),
        Q.details("the dress has pleats and a bow on the back", "unsupported"),
        title="Besiva Women Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: red and black buffalo check flannel shirt with two chest pockets, long sleeves rolled to the forearm,
    # worn open over a white t-shirt, blue jeans, white backdrop, front view. Base model wrote every text.
    case(
        "X858-039",
        caption("a woman wearing a red and black plaid shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        wearing(
            "a plaid shirt over a white t-shirt and blue jeans Question: What is the color of the shirt? Answer: red",
            "leak",
            who="the person",
        ),
        Q.description("a red and black checkered shirt with two pockets on the chest"),
        Q.details("the shirt is a shirt", "restated"),
        title="Roadster Women Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: maroon knee-length pencil skirt, a black blouse tucked in, black heels, white backdrop, front view.
    # Base model wrote every text.
    case(
        "X858-040",
        caption("a woman in a black shirt and red skirt"),
        Q.garment_type("skirt"),
        Q.color("maroon"),
        Q.wearing("a black shirt and a maroon skirt"),
        Q.description("a black pencil skirt", "other_garment_color"),
        Q.details("What are the details of the garment?", "restated"),
        is_a("skirt", "no", "contradiction"),
        title="Jealous 21 Women Maroon Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: lemon yellow fit-and-flare dress with a white peter pan collar, short puffed sleeves, a white tote bag
    # in hand, white backdrop, front view. Base model wrote every text.
    case(
        "X858-041",
        caption("a woman in a yellow dress with a white collar holding a white bag"),
        Q.garment_type("dress"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        wearing("he is wearing a yellow dress", "pronoun", who="she"),
        Q.description("a yellow dress with a white peter pan collar"),
        Q.details(
            "the dress has a white collar, short puffed sleeves and a flared skirt that falls just above the",
            "cut",
            hit_limit=True,
        ),
        title="Miss Chase Women Yellow Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: white wide-leg palazzo trousers, a black and white floral print top worn over the waistband, tan
    # heels, white backdrop, front view. Base model wrote every text.
    case(
        "X858-042",
        caption("a woman in a floral top and white pants"),
        Q.garment_type("trousers"),
        Q.color("white"),
        Q.pattern("floral", "contradiction"),
        Q.wearing("he is wearing a black and white top and white pants", "pronoun"),
        Q.description("a pair of wide leg white pants with a drawstring waist", "unsupported"),
        Q.details("the pants are white", "non_answer"),
        title="Mango Women White Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: navy blue crop top with a small white anchor print, short sleeves, a red skater skirt, white backdrop,
    # front view. Base model wrote every text.
    case(
        "X858-043",
        caption("a woman wearing a blue top with anchors and a red skirt"),
        Q.garment_type("top"),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        Q.wearing("Question: What is the person wearing? Answer: a blue shirt and a red skirt", "leak"),
        Q.description("a navy blue crop top with white anchors"),
        Q.details("anchors", "non_answer"),
        title="FOREVER 21 Women Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: long-sleeved shirt-collar dress with a multicolour abstract print (blue, orange, green and white),
    # buttons at the neck, no belt, brown knee boots, white backdrop, front view. Base model wrote every text.
    # The feed row has no category.
    case(
        "X858-044",
        caption("a woman in a colorful dress and brown boots"),
        Q.garment_type("dress"),
        Q.color("multi"),
        Q.pattern("striped", "contradiction"),
        wearing("a dress", who="she"),
        Q.description("a brown dress with a colorful print", "other_garment_color"),
        Q.details("the dress has a collar and buttons at the neck and a belt", "unsupported"),
        title="Vero Moda Women Multi-Coloured Dress",
        color="Multi",
        gender="Women",
    ),
    # photo: black running shorts with a small white Nike swoosh on the left leg and side slits, a neon green
    # sports tank top, grey sneakers, white backdrop, front view. Base model wrote every text.
    case(
        "X858-045",
        caption("a woman in a green tank top and black shorts"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("green", "other_garment_color"),
        Q.wearing("Answer: a green top and black shorts", "leak"),
        Q.description("a pair of black nike shorts with a white logo"),
        Q.details(
            "the shorts have a white nike logo on the left leg, an elastic waistband and side slits at the hem of",
            "cut",
            hit_limit=True,
        ),
        title="Nike Women Black Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: blue sleeveless shift dress (a teal-leaning blue) with a white bird print, white heels, white
    # backdrop, front view. Base model wrote every text.
    case(
        "X858-046",
        caption("a woman in a blue dress with white birds on it"),
        Q.garment_type("dress"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description("a blue dress with white birds"),
        Q.details("he is wearing a blue dress with white birds on it", "pronoun"),
        Q.material("the material of the garment", "restated"),
        title="Femella Women Blue Printed Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
]
