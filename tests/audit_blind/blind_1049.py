"""BLIND_1049 (46 products; old Myntra womenswear, captions + extractive QA): written blind in the fifty-ninth session.
Measured blind at d846855 (the session's fourth rules): 101/132 failures found (76.5%) and 12/192 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: an older Myntra catalog feed of women's western wear (tops, tees, shirts, jeans, trousers, shorts, skirts,
dresses, jackets, sweaters, sweatshirts, one jumpsuit, one blazer), short seller titles ("Vero Moda Women Black
Top"). Photos as in the shared set: a model on a white studio backdrop, front view, often cropped at the chin, always
wearing other clothes with the product (jeans under a top, a tee under a jacket), sometimes a bag or heels. The job
captioned every photo, then answered the open questions with the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) over that caption, so every open answer is a span of its caption (or empty);
the closed questions (type, color, pattern, sleeve length, "Is this a ...?") came from `--engine reference`.

Who wrote what: captions of 22 products come from the caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption
(epoch 3): DeepFashion template prose ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt
is with cotton fabric."), no hue names, a fabric and neckline always named (often invented: chiffon, leather), at
times "The gentleman"/"His" from the men's half of its data; with no end token it always runs to the 50-token
limit, so its captions are cut mid-sentence, loop on one sentence, or run on into a new `Question: ... Answer:` pair
(the caption prompt was in the experiments' Question format). Captions of the other 24 come from the untuned
blip2-opt-2.7b: one short line with hues, stops on the newline, but gives one color to two garments, calls a
chin-cropped model "a man", invents a belt, hood or purse, and once loops to the limit. The extractive model
returns empty for "no answer", picks the subject or the question's own garment phrase, picks the wrong garment's
color word, and copies whatever loop, cut or leaked format lies inside its span.

Labeling conventions and judgement calls:
- A text with two faults gets one label, in this order: loop, cut, leak, then the content fault. So an adapter
  caption that is cut and also says "The gentleman" is labeled cut; the content fault is labeled on the answer
  span that carries it.
- Extractive spans are never token-limited: hit_limit is set only on captions that ran to 50 tokens. A span that
  ends where its cut caption ends ("... pure color") is labeled cut; a span that holds a repeated clause is a loop;
  a span holding "Question: ... Answer:" is a leak.
- Colors are judged by the seller's color group: "pink" for Peach, "red" for Maroon, "green" for Olive, "purple" for
  Lavender, "blue" for Navy Blue are correct. "black" for a navy dress is a contradiction. A color that belongs to
  another garment in the photo (the jeans' blue for the top) is other_garment_color, in closed and open answers.
- A caption or answer that gives the product's color to a second garment of another color ("a blue shirt and blue
  pants" when the pants are white) is a contradiction; a pattern read off another garment (the shirt's stripes for
  plain trousers) is a contradiction, as is a material read off another garment (denim for a top worn with shorts).
- Wrong sleeve length, pattern, garment type, or a wrong yes/no to "Is this a ...?" is a contradiction. "top" for a
  Tops product, "sweater" for a sweatshirt inside an open answer, and "pants"/"trousers" for jeans are accepted; a
  closed "shirt" for a knit boat-neck top or a t-shirt, "sweater" for jeans, "cardigan" for a pullover and
  "jacket" for a hoodie are contradictions. The adapter calling a jumpsuit "a tank top" and pants is one too.
- Material: correct when the photo shows it (denim, knit, sheer georgette read as chiffon) or when cotton is the
  usual fabric of a tee, shirt, sweatshirt, sundress or cargo trousers; "chiffon" on crepe or jersey, "leather" on
  cotton twill, "cotton" on shiny running shorts or a tailored blazer are unsupported. Accessories, a hood, a slit,
  buttons, a belt, pockets or a neckline that the photo does not have are unsupported.
- "pure color" or "graphic patterns" given for a color question says nothing about the hue: non_answer, as are an
  empty span, "posing for a photo" for the details, "of short length" for the shorts' details, and a lone color
  word for an open details question. A span that is only the question's garment phrase ("The shorts this lady
  wears", "The trousers") is restated.
- Pronoun: "a man", "his", "The gentleman" inside a caption or answer span for a Women row. One row (040) has no
  gender column and carries no pronoun label.
- No open answer is a bare "yes"/"no": an extractive span cannot hold a word its caption lacks, so the one-word
  non_answers here are lone color words. "khaki" for Beige, "a long-sleeve suit" for the blazer and the adapter's
  "sweater" for the sweatshirt inside open spans are accepted as near enough.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
garment_type, color, pattern, sleeves, material = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_1049 = [
    # photo: black sleeveless round-neck top tucked into light-blue skinny jeans, no belt visible, white backdrop,
    # front, cropped at the chin. Caption by the untuned base; open answers extractive; closed by reference.
    case(
        "X1049-001",
        caption("a woman wearing a black top and blue jeans with a belt", "unsupported"),
        garment_type("top"),
        color("black"),
        sleeves("sleeveless"),
        wearing("a black top and blue jeans with a belt", "unsupported"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        material("", "non_answer"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans with light whiskering, worn with a white crew-neck tee tucked in, white sneakers,
    # white backdrop, front. Caption by the caption adapter (cut at 50 tokens); open answers extractive.
    case(
        "X1049-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The trousers this lady wears is of long length. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        garment_type("jeans"),
        color("white", "other_garment_color"),
        pattern("solid"),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        material("denim"),
        describe("jeans", "The trousers this lady wears", "restated"),
        details("jeans", "The trousers are with denim fabric and pure", "cut"),
        title="Only Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: plain peach sleeveless skater dress, knee length, self-fabric belt, nude heels, white backdrop, front.
    # Caption by the untuned base; open answers extractive; closed by reference.
    case(
        "X1049-003",
        caption("a woman in a pink dress posing for a photo"),
        garment_type("dress"),
        color("pink"),
        pattern("floral", "contradiction"),
        sleeves("sleeveless"),
        describe("dress", "a pink dress"),
        details("dress", "posing for a photo", "non_answer"),
        material("", "non_answer"),
        title="Tokyo Talkies Women Peach Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt, small white logo print on the chest, long sleeves with ribbed cuffs,
    # black track pants, white backdrop, front. Caption by the caption adapter (loops to the limit).
    case(
        "X1049-004",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        garment_type("sweatshirt"),
        color("grey"),
        pattern("graphic"),
        sleeves("long sleeves"),
        wearing("a long-sleeve sweater with graphic patterns"),
        material("cotton"),
        details("sweatshirt", "a round neckline"),
        title="Roadster Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white long-sleeve button-down shirt, sleeves rolled to the elbow, open collar, black cropped trousers,
    # sunglasses in hand, cropped at the chin, white backdrop, front. Caption by the untuned base ("a man").
    case(
        "X1049-005",
        caption("a man in a white shirt and black pants", "pronoun"),
        garment_type("shirt"),
        color("white"),
        sleeves("long sleeves"),
        wearing("a white shirt and black pants"),
        color_of("shirt", "white", kind="open"),
        is_a("shirt", "yes"),
        title="Mango Women White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: beige straight-leg formal trousers, plain; worn with a navy-and-white striped shirt tucked in and a
    # brown belt, white backdrop, front. Caption by the untuned base; closed answers by reference.
    case(
        "X1049-006",
        caption("a woman wearing a striped shirt and khaki pants"),
        garment_type("trousers"),
        color("blue", "other_garment_color"),
        pattern("striped", "contradiction"),
        describe("trousers", "khaki pants"),
        wearing("a striped shirt and khaki pants"),
        title="FNF Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon jersey top, three-quarter sleeves, lace panel at the yoke, round neck, dark blue jeans, white
    # backdrop, front. Caption by the caption adapter (cut), fabric invented; open answers extractive.
    case(
        "X1049-007",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        garment_type("top"),
        color("red"),
        sleeves("three-quarter sleeves"),
        material("chiffon", "unsupported"),
        details("top", "a round neckline"),
        color_of("top", "pure color", "non_answer", kind="open"),
        title="Remanika Women Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: white short-sleeve cotton top with an all-over blue-and-red floral print, worn with mid-blue denim
    # shorts, white backdrop, front. Caption by the untuned base; open answers extractive.
    case(
        "X1049-008",
        caption("a woman wearing a floral top and denim shorts"),
        garment_type("top"),
        color("white"),
        pattern("floral"),
        sleeves("short sleeves"),
        wearing("a floral top and denim shorts"),
        material("denim", "contradiction"),
        title="109F Women Printed White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket worn open over a white tee and black skinny jeans, white backdrop, front.
    # Caption by the caption adapter (loops); the wearing span copies the loop.
    case(
        "X1049-009",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. The "
            "lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. The lady "
            "wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("white", "other_garment_color"),
        pattern("solid"),
        material("denim"),
        wearing(
            "a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. The lady wears a "
            "long-sleeve denim jacket",
            "loop",
        ),
        describe("jacket", "a long-sleeve denim jacket"),
        title="Levis Women Blue Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: red A-line knee-length skirt, black fitted tee tucked in, black pumps, no bag, white backdrop, front.
    # Caption by the untuned base (invents a purse); open answers extractive; closed by reference.
    case(
        "X1049-010",
        caption("a woman in a black top and red skirt holding a purse", "unsupported"),
        garment_type("skirt"),
        color("black", "other_garment_color"),
        pattern("solid"),
        is_a("skirt", "yes"),
        describe("skirt", "red skirt"),
        wearing("a black top and red skirt"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        title="Sisley Women Red Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: olive green cotton utility shirt, pointed collar, two flap chest pockets, long sleeves rolled once, blue
    # jeans, cropped at the chin, white backdrop, front. Caption by the caption adapter (cut, "His" from its data).
    case(
        "X1049-011",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this lady wears is of long length. The pants are with denim fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        garment_type("shirt"),
        color("green"),
        pattern("solid"),
        sleeves("long sleeves"),
        material("cotton"),
        describe("shirt", "His shirt has long sleeves, cotton fabric and pure color patterns", "pronoun"),
        details("shirt", "a lapel neckline"),
        title="Wrangler Women Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard yellow short-sleeve peplum top, round neck, worn with white jeans, white backdrop, front.
    # Caption by the untuned base; open answers extractive; closed by reference.
    case(
        "X1049-012",
        caption("a woman wearing a yellow top and white pants"),
        garment_type("top"),
        color("white", "other_garment_color"),
        sleeves("short sleeves"),
        pattern("striped", "contradiction"),
        wearing("a yellow top and white pants"),
        color_of("top", "yellow", kind="open"),
        details("top", "yellow", "non_answer"),
        title="Harpa Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue crepe sheath dress with small white polka dots, cap sleeves, knee length, red heels, nothing on
    # the wrists, white backdrop, front. Caption by the caption adapter (cut); closed color by reference.
    case(
        "X1049-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of knee length. The dress is with chiffon fabric and graphic patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        garment_type("dress"),
        color("black", "contradiction"),
        pattern("polka dots"),
        material("chiffon", "unsupported"),
        is_a("dress", "yes"),
        describe("dress", "a short-sleeve dress with graphic patterns"),
        details("dress", "an accessory on her", "cut"),
        title="Forever New Women Navy Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: purple short-sleeve crew-neck sports tee with a small white swoosh, black shorts, white backdrop, front.
    # Caption by the untuned base; the open color span picks the shorts' color.
    case(
        "X1049-014",
        caption("a woman in a purple nike shirt and black shorts"),
        garment_type("t-shirt"),
        color("purple"),
        pattern("solid"),
        sleeves("short sleeves"),
        wearing("a purple nike shirt and black shorts"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        title="Nike Women Purple Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: black skinny jeans, grey marl short-sleeve tee, cropped at the shoulders, white backdrop, front.
    # Caption by the caption adapter (loops on the trousers sentence).
    case(
        "X1049-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The trousers are with denim fabric and "
            "pure color patterns. The trousers are with denim fabric and pure color patterns. The trousers are with "
            "denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        garment_type("jeans"),
        color("grey", "other_garment_color"),
        material("denim"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "denim fabric and pure color patterns. The trousers are with denim fabric and pure color patterns",
            "loop",
        ),
        title="Pepe Jeans Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: navy-and-white horizontal-striped knit boat-neck top, three-quarter sleeves, white trousers, white
    # backdrop, front. Caption by the untuned base; closed answers by reference.
    case(
        "X1049-016",
        caption("a woman wearing a striped shirt and white pants"),
        garment_type("shirt", "contradiction"),
        color("blue"),
        pattern("striped"),
        sleeves("long sleeves", "contradiction"),
        wearing("a striped shirt and white pants"),
        title="United Colors of Benetton Women Stripes Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light-wash denim shorts with frayed hems, coral pink tank top, cropped at mid-thigh, white backdrop,
    # front. Caption by the caption adapter (cut); open answers extractive.
    case(
        "X1049-017",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The shorts this lady wears is of short length. The shorts are with denim fabric and "
            "pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        garment_type("shorts"),
        color("pink", "other_garment_color"),
        material("denim"),
        wearing("a tank top with pure color patterns"),
        describe("shorts", "The shorts this lady wears", "restated"),
        details("shorts", "of short length", "non_answer"),
        title="Only Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green long-sleeve wrap maxi dress, V-neck, tie at the waist, gold hoop earrings, white
    # backdrop, front. Caption by the untuned base; closed color by reference.
    case(
        "X1049-018",
        caption("a woman in a green dress with long sleeves"),
        garment_type("dress"),
        color("blue", "contradiction"),
        pattern("solid"),
        sleeves("long sleeves"),
        describe("dress", "a green dress with long sleeves"),
        details("dress", "long sleeves"),
        title="Vero Moda Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: dark indigo straight-leg jeans, mustard cable-knit sweater over them, brown ankle boots, white backdrop,
    # front. Caption by the untuned base; the reference engine and the extractive span both go for the sweater.
    case(
        "X1049-019",
        caption("a woman wearing a yellow sweater and jeans"),
        garment_type("sweater", "contradiction"),
        color("yellow", "other_garment_color"),
        wearing("a yellow sweater and jeans"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Kraus Women Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sheer georgette sleeveless V-neck top, multicolour tribal print (orange, teal, black on cream), black
    # skinny jeans, white backdrop, front. Caption by the caption adapter (cut, neckline wrong).
    case(
        "X1049-020",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with chiffon fabric. It has a round "
            "neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        garment_type("top"),
        color("black", "other_garment_color"),
        pattern("printed"),
        sleeves("sleeveless"),
        material("chiffon"),
        wearing("a tank top with graphic patterns"),
        details("top", "a round neckline", "unsupported"),
        title="Femella Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black zip-up track jacket with three white stripes down each sleeve, stand collar, no hood, black
    # leggings, white backdrop, front. Caption by the untuned base (invents a hood).
    case(
        "X1049-021",
        caption("a woman in a black and white adidas jacket with a hood", "unsupported"),
        garment_type("jacket"),
        color("black"),
        pattern("striped"),
        sleeves("long sleeves"),
        describe("jacket", "black and white adidas jacket with a hood", "unsupported"),
        wearing("a black and white adidas jacket with a hood", "unsupported"),
        material("", "non_answer"),
        title="Adidas Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: red off-shoulder top with short ruffled sleeves, white denim shorts, white backdrop, front.
    # Caption by the caption adapter (loops on the neckline sentence); open answers extractive.
    case(
        "X1049-022",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has an "
            "off-shoulder neckline. It has an off-shoulder neckline. It has an off-shoulder neckline. It has an "
            "off-shoulder neckline. It has",
            "loop",
            hit_limit=True,
        ),
        garment_type("top"),
        color("white", "other_garment_color"),
        sleeves("short sleeves"),
        material("cotton"),
        describe("top", "The top", "restated"),
        details(
            "top", "an off-shoulder neckline. It has an off-shoulder neckline. It has an off-shoulder neckline", "loop"
        ),
        title="Miss Chase Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black short-sleeve crew-neck tee with a red batwing logo print on the chest, blue jeans, cropped at the
    # chin, white backdrop, front. Caption by the untuned base ("a man").
    case(
        "X1049-023",
        caption("a man wearing a black levi's t - shirt", "pronoun"),
        garment_type("t-shirt"),
        color("black"),
        pattern("graphic"),
        sleeves("long sleeves", "contradiction"),
        wearing("a black levi's t - shirt"),
        describe("t-shirt", "black levi's t - shirt"),
        details("t-shirt", "a man wearing a black levi's t - shirt", "pronoun"),
        title="Levis Women Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim mini skirt with a front button placket, white long-sleeve ruffled blouse tucked in, white
    # backdrop, front. Caption by the caption adapter (cut); "Is this a skirt?" answered no by reference.
    case(
        "X1049-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The skirt this lady wears is of short length. The skirt is with denim fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        garment_type("skirt"),
        color("blue"),
        material("denim"),
        describe("skirt", "of short length"),
        details("skirt", "The skirt", "restated"),
        is_a("skirt", "no", "contradiction"),
        title="Jealous 21 Women Blue Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: oatmeal beige cable-knit crew-neck pullover, long sleeves, dark jeans, no scarf, white backdrop, front.
    # Caption by the untuned base (invents a scarf); closed type by reference.
    case(
        "X1049-025",
        caption("a woman in a beige sweater and jeans with a scarf", "unsupported"),
        garment_type("cardigan", "contradiction"),
        color("beige"),
        pattern("solid"),
        wearing("a beige sweater and jeans"),
        describe("sweater", "a beige sweater"),
        title="Sisley Women Beige Sweater",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: black sleeveless crepe wide-leg jumpsuit, V-neck, tie belt, silver heels, white backdrop, front.
    # Caption by the caption adapter (cut; it has no jumpsuit class and splits it into a tank top and pants).
    case(
        "X1049-026",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a V-shape "
            "neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        garment_type("jumpsuit"),
        color("black"),
        wearing("a tank top with pure color patterns", "contradiction"),
        details("jumpsuit", "a V-shape neckline"),
        material("chiffon", "unsupported"),
        title="Tokyo Talkies Women Black Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: light-blue chambray shirt, long sleeves, two chest pockets, white trousers, white backdrop, front.
    # Caption by the untuned base (one blue for both garments).
    case(
        "X1049-027",
        caption("a woman in a blue shirt and blue pants", "contradiction"),
        garment_type("shirt"),
        color("blue"),
        pattern("solid"),
        wearing("a blue shirt and blue pants", "contradiction"),
        color_of("shirt", "blue", kind="open"),
        material("", "non_answer"),
        title="Lee Women Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey long-sleeve rib-knit top with a cowl neck, black trousers, white backdrop, front.
    # Caption by the caption adapter (runs on into a Question/Answer pair); open answers extractive.
    case(
        "X1049-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. Question: What is the color of the sweater? Answer: grey. Question: What is the "
            "color of the pants? Answer",
            "leak",
            hit_limit=True,
        ),
        garment_type("top"),
        color("grey"),
        sleeves("long sleeves"),
        material("knitting fabric"),
        color_of("top", "grey", kind="open"),
        details("top", "a round neckline. Question: What is the color of the sweater? Answer: grey", "leak"),
        title="Only Women Charcoal Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red-and-black buffalo-check flannel shirt, long sleeves, worn open over a black tank top and black
    # jeans, cropped at the chin, white backdrop, front. Caption by the untuned base ("a man").
    case(
        "X1049-029",
        caption("a man wearing a red and black plaid shirt", "pronoun"),
        garment_type("shirt"),
        color("red"),
        pattern("striped", "contradiction"),
        is_a("shirt", "yes"),
        wearing("a red and black plaid shirt"),
        details("shirt", "red and black plaid"),
        title="Roadster Women Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: off-white broderie cotton sundress, thin straps, midi length, tan sandals, straw bag in hand, no hat,
    # white backdrop, front. Caption by the caption adapter (cut, invents a hat); open answers extractive.
    case(
        "X1049-030",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory in her hand. The lady wears a "
            "hat. She",
            "cut",
            hit_limit=True,
        ),
        garment_type("dress"),
        color("white"),
        sleeves("sleeveless"),
        material("cotton"),
        wearing("a hat", "unsupported"),
        describe("dress", "The dress", "restated"),
        title="Mango Women Off White Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: black slim ankle-length trousers, white pussy-bow blouse, black heels, white backdrop, front.
    # Caption by the untuned base; reference color and the extractive color span both take the blouse's white.
    case(
        "X1049-031",
        caption("a woman in a white shirt and black pants"),
        garment_type("trousers"),
        color("white", "other_garment_color"),
        wearing("a white shirt and black pants"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        describe("trousers", "black pants"),
        title="FNF Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: pink short-sleeve tee with a large white cat logo print, grey joggers, white backdrop, front.
    # Caption by the caption adapter (loops); the open color span has no hue to give.
    case(
        "X1049-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        color("grey", "other_garment_color"),
        pattern("graphic"),
        material("cotton"),
        color_of("t-shirt", "graphic patterns", "non_answer", kind="open"),
        title="Puma Women Pink Tshirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: royal blue short-sleeve top with a small white bird print, beige chinos, white backdrop, front.
    # Caption by the untuned base; closed sleeve length by reference.
    case(
        "X1049-033",
        caption("a woman wearing a blue shirt with birds on it"),
        garment_type("top"),
        color("blue"),
        pattern("printed"),
        sleeves("long sleeves", "contradiction"),
        wearing("a blue shirt with birds on it"),
        details("top", "birds on it"),
        title="Vero Moda Women Blue Printed Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: tan cotton-twill field jacket with button-flap pockets, long sleeves, worn open over a white tee and
    # blue jeans, white backdrop, front. Caption by the caption adapter (cut, calls the twill leather).
    case(
        "X1049-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("white", "other_garment_color"),
        sleeves("long sleeves"),
        material("leather", "unsupported"),
        describe("jacket", "a long-sleeve jacket with pure color patterns"),
        details("jacket", "The jacket", "restated"),
        title="Wrangler Women Tan Jacket",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: yellow sleeveless shift dress, above the knee, black-and-white geometric print band at the hem, black
    # handbag, white backdrop, front. Caption by the untuned base, which looped to the 50-token limit.
    case(
        "X1049-035",
        caption(
            "a woman in a yellow dress with a black and white pattern on the bottom of the dress and a black and white "
            "pattern on the bottom of the dress and a black and white pattern on the bottom",
            "loop",
            hit_limit=True,
        ),
        garment_type("dress"),
        color("yellow"),
        pattern("printed"),
        sleeves("short sleeves", "contradiction"),
        describe("dress", "a yellow dress with a black and white pattern on the bottom of the dress"),
        is_a("dress", "yes"),
        wearing(
            "a yellow dress with a black and white pattern on the bottom of the dress and a black and white "
            "pattern on the bottom",
            "loop",
        ),
        title="109F Women Yellow Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: sheer lavender georgette sleeveless top with a pleated front and round neck, white jeans, white
    # backdrop, front, cropped at the chin. Caption by the caption adapter (cut, "His" and "gentleman").
    case(
        "X1049-036",
        caption(
            "His tank top has no sleeves, chiffon fabric and pure color patterns. It has a round neckline. The pants "
            "this gentleman wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        garment_type("top"),
        color("purple"),
        sleeves("sleeveless"),
        material("chiffon"),
        describe("top", "His tank top has no sleeves, chiffon fabric and pure color patterns", "pronoun"),
        color_of("top", "pure color", "non_answer", kind="open"),
        wearing("The pants this gentleman wears", "pronoun"),
        title="Latin Quarters Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black knife-pleated midi skirt without pockets, grey-and-white striped tee tucked in, white sneakers,
    # white backdrop, front. Caption by the untuned base (invents pockets); closed pattern by reference.
    case(
        "X1049-037",
        caption("a woman wearing a striped shirt and a black skirt with pockets", "unsupported"),
        garment_type("skirt"),
        color("black"),
        pattern("striped", "contradiction"),
        wearing("a striped shirt and a black skirt with pockets", "unsupported"),
        describe("skirt", "a black skirt"),
        title="Harpa Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: shiny black polyester running shorts with a white swoosh and white side piping, neon green sports tee,
    # cropped at mid-thigh, white backdrop, front. Caption by the caption adapter (runs on into Q/A pairs).
    case(
        "X1049-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts this lady wears is of short length. Question: What is the color of the shorts? Answer: black. "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        garment_type("shorts"),
        color("green", "other_garment_color"),
        material("cotton", "unsupported"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "of short length. Question: What is the color of the shorts? Answer: black", "leak"),
        title="Nike Women Black Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: pink fine-knit V-neck pullover (no buttons), long sleeves, white shirt collar showing at the neck, grey
    # trousers, white backdrop, front. Caption by the untuned base (invents buttons). The row has no color column.
    case(
        "X1049-039",
        caption("a woman wearing a pink sweater with buttons and grey pants", "unsupported"),
        garment_type("sweater"),
        color("purple", "contradiction"),
        pattern("solid"),
        sleeves("long sleeves"),
        wearing("a pink sweater with buttons and grey pants", "unsupported"),
        details("sweater", "buttons", "unsupported"),
        title="United Colors of Benetton Women Pink Sweater",
        category="Sweaters",
        gender="Women",
    ),
    # photo: light blue distressed boyfriend jeans, ripped knees, rolled hems, black sleeveless crop top, no rings
    # visible, white backdrop, front. Caption by the caption adapter (cut). The row has no gender column.
    case(
        "X1049-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "trousers this lady wears is of long length. The trousers are with denim fabric and pure color patterns. "
            "She wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        garment_type("jeans"),
        color("black", "other_garment_color"),
        material("denim"),
        wearing("a sleeveless tank top with pure color patterns"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "a ring on her", "cut"),
        title="Spykar Women Blue Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: white short-sleeve V-neck tee with a black "WEEKEND" slogan print, olive cargo pants, white backdrop,
    # front. Caption by the untuned base; closed type by reference.
    case(
        "X1049-041",
        caption("a woman wearing a white t - shirt with the word weekend on it"),
        garment_type("shirt", "contradiction"),
        color("white"),
        pattern("graphic"),
        wearing("a white t - shirt with the word weekend on it"),
        details("t-shirt", "the word weekend"),
        color_of("t-shirt", "white", kind="open"),
        material("", "non_answer"),
        title="Only Women White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: olive green cotton cargo trousers with side pockets and drawstring ankles, white tee, white backdrop,
    # front. Caption by the caption adapter (runs on into Q/A pairs). The row has no category column.
    case(
        "X1049-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The trousers are of long length. "
            "Question: What is the color of the pants? Answer: green. Question: What is the color of the shirt? "
            "Answer: white. Question:",
            "leak",
            hit_limit=True,
        ),
        garment_type("trousers"),
        color("green"),
        color_of("trousers", "green. Question: What is the color of the shirt? Answer: white", "leak", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        details("trousers", "of long length"),
        describe("trousers", "The trousers", "restated"),
        title="Kraus Women Olive Cargo Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon velvet bodycon dress, long sleeves, above the knee, no slit, black heels, white backdrop, front.
    # Caption by the untuned base (invents a slit); closed sleeve length by reference.
    case(
        "X1049-043",
        caption("a woman in a red dress with a slit posing for a picture", "unsupported"),
        garment_type("dress"),
        color("red"),
        sleeves("sleeveless", "contradiction"),
        describe("dress", "a red dress"),
        details("dress", "a slit", "unsupported"),
        wearing("a red dress with a slit", "unsupported"),
        title="DressBerry Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy single-button tailored blazer, long sleeves, worn over a white top and blue jeans, cropped at the
    # chin, white backdrop, front. Caption by the caption adapter (cut, "The gentleman", a suit).
    case(
        "X1049-044",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        color("white", "other_garment_color"),
        wearing("The gentleman wears a long-sleeve suit", "pronoun"),
        describe("blazer", "a long-sleeve suit with pure color patterns"),
        material("cotton", "unsupported"),
        title="Vero Moda Women Navy Blue Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black ribbed crop top, short sleeves, square neck, light-blue high-waist mom jeans, white backdrop,
    # front. Caption by the untuned base (gives the jeans the top's black).
    case(
        "X1049-045",
        caption("a woman in a black crop top and black jeans", "contradiction"),
        garment_type("top"),
        color("black"),
        sleeves("short sleeves"),
        wearing("a black crop top and black jeans", "contradiction"),
        describe("top", "black crop top"),
        color_of("top", "black", kind="open"),
        title="Tokyo Talkies Women Black Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy hooded sweatshirt with a white logo print across the chest, kangaroo pocket, long sleeves, grey
    # leggings, white backdrop, front. Caption by the caption adapter (loops on the neckline sentence).
    case(
        "X1049-046",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. It has a hooded neckline. It has a hooded neckline. It has a hooded neckline. It",
            "loop",
            hit_limit=True,
        ),
        garment_type("jacket", "contradiction"),
        color("grey", "other_garment_color"),
        pattern("graphic"),
        material("cotton"),
        describe("sweatshirt", "The sweater", "restated"),
        details("sweatshirt", "a hooded neckline. It has a hooded neckline. It has a hooded neckline", "loop"),
        title="Puma Women Navy Blue Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
]
