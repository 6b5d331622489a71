"""BLIND_1098 (46 products; Myntra women's western wear, base BLIP-2 zero-shot): written blind in the sixtieth session.
Measured blind at 7cfc313 (the session's first rules): 107/128 failures found (83.6%) and 5/186 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear: dresses, tops (one T-shirt and one shirt among them), jeans,
skirts and jumpsuits. Catalog photos as Myntra shoots them: a model on a white, off-white, grey or beige studio
backdrop, mostly front view, a few back views, one with a potted plant and one with a straw hat as props, the
product usually worn with other clothes (jeans under a top, a tee tucked into a skirt, a denim jacket over a dress).
The seller columns are title, category (Myntra's article type) and color (Myntra's base colour); gender is Women
throughout; one row lacks the category and one lacks the color, as real feeds do.

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot (no adapter).
Captions are its unprompted captions ("a woman in a ... dress standing in front of a white wall"); open answers
are greedy free generation after "Question: ... Answer:" with 30 new tokens; closed answers (garment type, color,
pattern, sleeve length, length, fit, "Is this a ...?") come from enrich's reference engine, which picks one
candidate value, so they never loop or stop short. The base model answers short: lowercase, no final period, often
a bare noun phrase. Its habits: it hands one color to every garment in the photo, gives the product the color of
the jeans or the top worn with it, invents belts, slits, zips, pockets and props, says "he" for the model now and
then, answers an open question with one word or "yes", echoes the question back, and on a few prompts does not
stop at the newline and runs on into the next "Question: ... Answer:" turn. Loops and answers cut at the token
limit are rare for the base model (it was trained with an end token) but happen on the long "Describe" and
"details" prompts, where greedy decoding repeats a phrase until the 30-token limit.

Labeling conventions and judgement calls:
- A color is right when it names the photo's color or its shade family: navy as blue, mustard as yellow, maroon
  and burgundy as red, peach and coral as pink or orange, cream and off-white as white, olive as green, teal as blue
  or dark green, rust as orange or brown, khaki as beige, lavender as purple. Lavender answered "pink", white linen
  answered "beige" and navy answered "black" are contradictions.
- For a two-color stripe, check or print every one of its colors is right ("white" for a blue and white striped
  jumpsuit, "orange" for a multicolor print with orange in it), unless that color is only the other garment's.
- other_garment_color: the product (or the product in a caption or "wearing" answer) is given the color of another
  garment worn in the photo (the jeans, the tee, the jacket), open or closed. When the product is right but the
  other garment gets the product's color ("black top and black jeans" for blue jeans), it is a contradiction.
- A belt's or a collar's color given to the dress is a contradiction, not other_garment_color (not a garment).
- A wrong garment type, pattern, sleeve length, length, fit or yes/no from a closed question is a contradiction; so
  is a pattern or garment word the photo and title contradict in a caption or open answer.
- unsupported: details the photo does not show and the title does not give (belts, slits, zips and buttons on a side
  the view hides, pockets, props, a beach backdrop, a hat she holds called worn), and a fabric the title and photo
  do not bear out ("silk" for a satin slip dress or a matte top, "wool" for a ribbed knit, "denim" or "flannel" taken
  from the other garment). A fabric the photo plainly shows (denim, lace, satin sheen, faux leather called leather)
  or the title names is correct.
- Another garment's pattern or sleeves given to the product ("checked" for jeans worn under a check shirt, "long
  sleeves" for a sleeveless dress under a denim jacket) is a contradiction; only a color counts as
  other_garment_color. Shoes given the dress's color in a caption are a contradiction too.
- non_answer: "yes", "no", an empty answer, a lone color or the bare garment word ("a jumpsuit", "it is a top") to
  an open question. A short answer that says something ("a black skirt" to "Describe the skirt.") is correct.
- restated: the question echoed back ("describe the skirt", "the details of the jumpsuit", "the top is a top",
  "what are the jeans details", "the dress details are the details of the dress").
- pronoun: he/his, or "a man", for the women models; "a girl" for a young woman is not counted.
- leak: the answer runs on into "Question: ... Answer:" or starts with "Answer:"; it is labeled leak even where the
  leaked turn repeats itself. A loop that runs to the limit is labeled loop with hit_limit; a cut answer is labeled
  cut with hit_limit, even where its words before the cut are right.
- One label per text: the failure an editor would fix first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

LENGTH = question("length", "What is the length of the garment?", "closed")
FIT = question("fit", "What is the fit of the jeans?", "closed")

W = "Women"

BLIND_1098 = [
    # photo: navy blue fit-and-flare knee-length dress with small white polka dots, round neck, short sleeves, tan
    # sandals, white backdrop, front view, no belt. All texts: base BLIP-2 zero-shot.
    case(
        "X1098-001",
        caption("a woman in a blue polka dot dress standing in front of a white wall"),
        wearing("a blue and white dress Question: What is the color of the dress? Answer: blue", "leak"),
        color_of("dress", "navy blue"),
        BQ.pattern("polka dots"),
        BQ.sleeve_length("short sleeves"),
        describe("dress", "it is a blue dress with white polka dots and a black belt", "unsupported"),
        details("dress", "the dress has a round neck and short sleeves"),
        title="Roadster Women Navy Blue Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard yellow sleeveless top with a ruffled neckline, tucked into light blue skinny jeans, white
    # backdrop, front view. Base model zero-shot.
    case(
        "X1098-002",
        caption("a woman wearing a yellow top and blue jeans"),
        wearing("she is wearing a yellow top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        BQ.sleeve_length("sleeveless"),
        describe("top", "yellow", "non_answer"),
        details("top", "ruffles around the neck"),
        BQ.material("denim", "unsupported"),
        title="Tokyo Talkies Women Mustard Yellow Solid Ruffled Top",
        category="Tops",
        color="Mustard",
        gender=W,
    ),
    # photo: dark blue high-rise skinny jeans, white crew-neck t-shirt tucked in, white sneakers, white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1098-003",
        caption("a woman in a white t-shirt and blue jeans"),
        wearing("a white shirt and blue jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        BQ.garment_type("jeans"),
        details("jeans", "they are jeans", "non_answer"),
        FIT("skinny"),
        BQ.material("denim"),
        describe(
            "jeans",
            "dark blue skinny jeans with a high waist and a button at the front and two pockets on the front and"
            " the legs are",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Blue Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender=W,
    ),
    # photo: black bodycon mini dress, long sleeves, square neck, black heels, light grey backdrop, front view.
    # Base model zero-shot.
    case(
        "X1098-004",
        caption("a woman in a black dress posing for a photo"),
        wearing("he is wearing a black dress", "pronoun", who="she"),
        BQ.color("black"),
        BQ.sleeve_length("short sleeves", "contradiction"),
        LENGTH("mini"),
        describe("dress", "a black dress with long sleeves and a square neckline"),
        details("dress", "the dress details are the details of the dress", "restated"),
        title="SASSAFRAS Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: pink A-line midi skirt with a white and green floral print on a pink ground, white crop top tucked in,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-005",
        caption("a woman in a pink floral skirt and a pink top", "contradiction"),
        wearing("a white top and a pink skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        BQ.pattern("floral"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt is a floral skirt with a floral print and a floral print and a floral print and a floral print",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Pink Floral Print A-Line Midi Skirt",
        category="Skirts",
        color="Pink",
        gender=W,
    ),
    # photo: olive green sleeveless jumpsuit with a self-fabric tie belt at the waist, wide legs, brown sandals,
    # white backdrop, front view, no pockets visible. Base model zero-shot.
    case(
        "X1098-006",
        caption("a woman in a green jumpsuit with a belt"),
        wearing("a green jumpsuit"),
        BQ.garment_type("dress", "contradiction"),
        BQ.color("olive"),
        describe("jumpsuit", "the jumpsuit is made of linen and has pockets on the side", "unsupported"),
        BQ.sleeve_length("sleeveless"),
        details("jumpsuit", "Answer: the jumpsuit has a belt", "leak"),
        title="Athena Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender=W,
    ),
    # photo: white crop top with black horizontal stripes, short sleeves, round neck, black high-waist trousers,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-007",
        caption("a woman in a black and white striped shirt and black pants"),
        wearing("a striped top and black pants", who="she"),
        color_of("top", "black and white", kind="open"),
        BQ.pattern("striped"),
        details("top", "Question: What are the top details? Answer: The top is a striped top", "leak"),
        BQ.sleeve_length("short sleeves"),
        describe(
            "top",
            "the top is a crop top with black and white stripes and black and white stripes and black and white"
            " stripes and black",
            "loop",
            hit_limit=True,
        ),
        title="FOREVER 21 Women White & Black Striped Crop Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: red wrap maxi dress with a small white floral print, three-quarter sleeves, V-neck, tie at the waist,
    # no slit, beige backdrop with a potted plant beside her, front view. Base model zero-shot.
    case(
        "X1098-008",
        caption("a woman in a red floral dress standing next to a plant"),
        wearing("a red dress with flowers"),
        BQ.color("red"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "a red floral dress with a v neck and a slit on the side", "unsupported"),
        LENGTH("maxi"),
        details("dress", "the dress has a v-neck, three quarter sleeves and a tie at the waist"),
        title="Vero Moda Women Red Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: light blue washed mom-fit jeans with ripped knees, black tank top tucked in, white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1098-009",
        caption("a woman in ripped jeans and a black top"),
        wearing("she is wearing black jeans and a black top", "other_garment_color", who="she"),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "ripped knees"),
        is_a("pair of jeans", "yes"),
        FIT("skinny", "contradiction"),
        describe("jeans", "jeans", "non_answer"),
        title="Kraus Jeans Women Blue Mom Fit High-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: lavender top with short puff sleeves and a square neck, matte fabric, white straight jeans, white
    # backdrop, front view. Base model zero-shot.
    case(
        "X1098-010",
        caption("a woman in a pink top and white pants", "contradiction"),
        wearing("a purple shirt and white jeans"),
        BQ.color("white", "other_garment_color"),
        describe("top", "the top is a light purple top with puffy sleeves and a square neck"),
        BQ.sleeve_length("short sleeves"),
        BQ.material("silk", "unsupported"),
        details("top", "no", "non_answer"),
        title="Trendyol Women Lavender Solid Puff Sleeves Top",
        category="Tops",
        color="Lavender",
        gender=W,
    ),
    # photo: white knee-length shirt dress, button front, long sleeves, brown leather belt at the waist, white
    # backdrop (white on white), front view. Base model zero-shot.
    case(
        "X1098-011",
        caption("a woman in a white shirt dress with a brown belt"),
        wearing("a white dress", who="she"),
        color_of("dress", "brown", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "buttons down the front and a belt at the waist"),
        BQ.sleeve_length("long sleeves"),
        describe("dress", "white dress", "non_answer"),
        title="HERE&NOW Women White Solid Shirt Dress with Belt",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: black faux-leather knee-length pencil skirt, grey melange t-shirt tucked in, black heels, white
    # backdrop, front view, hands empty. Base model zero-shot.
    case(
        "X1098-012",
        caption("a woman in a grey shirt and black skirt holding a purse", "unsupported"),
        wearing("a grey t-shirt and a black leather skirt", who="she"),
        color_of("skirt", "grey", "other_garment_color", kind="open"),
        BQ.material("leather"),
        describe("skirt", "a black skirt"),
        BQ.garment_type("skirt"),
        details("skirt", "the skirt is a black leather skirt with a zipper and a slit at the back", "unsupported"),
        title="AND Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: mid blue chambray jumpsuit, short sleeves, collar, button front, two chest flap pockets, cuffed legs,
    # white sneakers, white backdrop, front view. Base model zero-shot.
    case(
        "X1098-013",
        caption("a woman in a blue denim jumpsuit and white sneakers"),
        wearing("a blue jumpsuit"),
        BQ.material("denim"),
        BQ.garment_type("shirt", "contradiction"),
        details("jumpsuit", "the jumpsuit has a collar, buttons, short sleeves and pockets on the chest"),
        describe("jumpsuit", "Question: Describe the jumpsuit. Answer: a blue jumpsuit", "leak"),
        title="Roadster Women Blue Solid Chambray Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender=W,
    ),
    # photo: black lace top with sheer long sleeves and a round neck, beige trousers, light grey backdrop, front
    # view. Base model zero-shot.
    case(
        "X1098-014",
        caption("a woman in a black lace top and beige pants"),
        wearing("she is wearing a black top and beige pants", who="she"),
        BQ.material("lace"),
        color_of("top", "beige", "other_garment_color"),
        describe("top", "a black lace top with long sheer sleeves"),
        details("top", "he has a black lace top with a round neck", "pronoun"),
        title="Marie Claire Women Black Lace Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: mustard yellow tiered midi dress with a small white and red floral print, thin straps, white
    # backdrop, model holding a straw hat at her side, no sunglasses, front view. Base model zero-shot.
    case(
        "X1098-015",
        caption("a woman in a yellow floral dress holding a straw hat"),
        wearing("she is wearing a yellow dress and a straw hat", "unsupported", who="she"),
        BQ.color("yellow"),
        BQ.sleeve_length("sleeveless"),
        BQ.pattern("floral"),
        describe("dress", "a yellow dress with a floral print and a straw hat and sunglasses", "unsupported"),
        details("dress", "tiered skirt and thin straps"),
        title="Berrylush Women Mustard Yellow Floral Printed Tiered Midi Dress",
        category="Dresses",
        color="Mustard",
        gender=W,
    ),
    # photo: black high-rise straight-fit jeans, white shirt half tucked, black belt with a silver buckle, black
    # ankle boots, white backdrop, front view. Base model zero-shot.
    case(
        "X1098-016",
        caption("a man in black jeans and a white shirt", "pronoun"),
        wearing("white shirt and black pants", who="she"),
        color_of("jeans", "black"),
        FIT("straight"),
        details("jeans", "the jeans details", "restated"),
        is_a("pair of jeans", "no", "contradiction"),
        describe(
            "jeans",
            "black jeans with a white shirt tucked in and black boots and a black belt with a silver buckle and the",
            "cut",
            hit_limit=True,
        ),
        title="Levis Women Black 724 High Rise Straight Fit Jeans",
        category="Jeans",
        color="Black",
        gender=W,
    ),
    # photo: peach crop shirt-style top tied at the front, short sleeves, collar, light blue denim shorts, white
    # backdrop, front view. Base model zero-shot.
    case(
        "X1098-017",
        caption("a woman in a pink shirt and denim shorts on the beach", "unsupported"),
        wearing("a pink shirt and blue shorts"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("top", "a peach crop top tied at the front"),
        BQ.sleeve_length("short sleeves"),
        BQ.garment_type("shirt"),
        details("top", "Answer: a knot at the front", "leak"),
        title="ONLY Women Peach-Coloured Solid Crop Shirt Style Top",
        category="Tops",
        color="Peach",
        gender=W,
    ),
    # photo: emerald green satin slip midi dress, thin straps, cowl neck, gold heels, grey backdrop, front view.
    # Base model zero-shot.
    case(
        "X1098-018",
        caption("a woman in a green satin dress"),
        wearing("he is wearing a green dress and gold shoes", "pronoun", who="she"),
        BQ.material("satin"),
        BQ.color("green"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a green silk dress with thin straps and a cowl neck", "unsupported"),
        details("dress", "green", "non_answer"),
        title="Rare Women Green Solid Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: blue denim A-line mini skirt with a button front and two front patch pockets, white ribbed tank top,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-019",
        caption("a girl in a white tank top and a denim skirt"),
        wearing("a white tank top and a white skirt", "other_garment_color"),
        BQ.garment_type("shorts", "contradiction"),
        color_of("skirt", "blue"),
        details("skirt", "buttons down the front"),
        BQ.material("denim"),
        describe(
            "skirt",
            "the skirt is a short blue denim skirt with buttons down the front and two pockets on the front and belt"
            " loops at the waist and the",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Blue Solid Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender=W,
    ),
    # photo: rust orange culotte jumpsuit with a wrap V-neck and short flutter sleeves, tan heels, white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1098-020",
        caption("a woman in an orange jumpsuit"),
        wearing("she is wearing a brown jumpsuit", who="she"),
        BQ.color("orange"),
        BQ.sleeve_length("short sleeves"),
        describe("jumpsuit", "a jumpsuit", "non_answer"),
        details("jumpsuit", "the jumpsuit has a v neck and ruffled sleeves"),
        is_a("dress", "yes", "contradiction"),
        title="SASSAFRAS Women Rust Orange Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender=W,
    ),
    # photo: white schiffli (eyelet) embroidered cotton top, short flutter sleeves, mid blue jeans, white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1098-021",
        caption("a woman in a white top and blue jeans"),
        wearing("a white blouse and jeans", who="she"),
        color_of("top", "blue", "other_garment_color"),
        details("top", "the top has a lace pattern"),
        BQ.material("cotton"),
        describe("top", "the top is a top", "restated"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        title="Ginger by Lifestyle Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: black and white gingham checked A-line mini dress, short puff sleeves, square neck, white sneakers,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-022",
        caption("a woman in a black and white striped dress", "contradiction"),
        wearing("a black and white plaid dress"),
        BQ.pattern("striped", "contradiction"),
        color_of("dress", "black and white", kind="open"),
        BQ.sleeve_length("short sleeves"),
        describe("dress", "a black and white checkered dress with a square neck and puff sleeves and white shoes"),
        details("dress", "Question: What are the dress details? Answer: puff sleeves", "leak"),
        title="Tokyo Talkies Women Black & White Checked A-Line Mini Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: white high-rise wide-leg jeans, navy and white striped long-sleeve top tucked in, beige backdrop,
    # front view. Base model zero-shot.
    case(
        "X1098-023",
        caption("a woman in a blue and white striped shirt and white pants"),
        wearing("a striped shirt and white jeans", who="she"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        FIT("wide leg"),
        details("jeans", "wide legs and high waist Question: What is the color of the jeans? Answer: white", "leak"),
        BQ.garment_type("jeans"),
        BQ.pattern("striped", "contradiction"),
        title="ONLY Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
        gender=W,
    ),
    # photo: maroon ribbed knit fitted top, long sleeves, high neck, no buttons, black trousers, white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1098-024",
        caption("a woman in a red sweater and black pants"),
        wearing("he is wearing a burgundy turtleneck and black pants", "pronoun"),
        BQ.color("maroon"),
        BQ.garment_type("top"),
        describe("top", "the top is made of wool and has buttons on the sleeves", "unsupported"),
        details("top", "yes", "non_answer"),
        title="Chemistry Women Maroon Ribbed Fitted High Neck Top",
        category="Tops",
        color="Maroon",
        gender=W,
    ),
    # photo: teal A-line midi dress, solid, V-neck, short flutter sleeves, white backdrop, front view, back not
    # seen. Base model zero-shot.
    case(
        "X1098-025",
        caption("a woman in a dark green dress standing against a white wall"),
        wearing("a blue dress", who="she"),
        BQ.color("teal"),
        LENGTH("mini", "contradiction"),
        describe("dress", "a teal dress with a v neck and short sleeves"),
        details("dress", "v-neck, flutter sleeves, a zipper at the back", "unsupported"),
        title="Sera Women Teal Solid A-Line Midi Dress",
        category="Dresses",
        color="Teal",
        gender=W,
    ),
    # photo: beige accordion-pleated midi skirt, black t-shirt tucked in, white sneakers, white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1098-026",
        caption("a woman in a black t-shirt and a beige pleated skirt"),
        wearing("she is wearing a black shirt and a black skirt", "other_garment_color", who="she"),
        BQ.pattern("solid"),
        color_of("skirt", "beige"),
        describe(
            "skirt",
            "the skirt is a pleated skirt with pleats and pleats and pleats and pleats and pleats and pleats and"
            " pleats",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("skirt"),
        title="Marks & Spencer Women Beige Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
        gender=W,
    ),
    # photo: white linen-blend jumpsuit, V-neck, short sleeves, self-tie belt, brown sandals, white backdrop (white
    # on white, low contrast), front view. Base model zero-shot.
    case(
        "X1098-027",
        caption("a woman in a white jumpsuit with a white belt and white sandals", "contradiction"),
        wearing("a white jumpsuit"),
        BQ.material("linen"),
        BQ.color("beige", "contradiction"),
        describe("jumpsuit", "white", "non_answer"),
        details("jumpsuit", "a v-neck, short sleeves and a belt tied at the waist"),
        BQ.garment_type("jumpsuit"),
        title="Mango Women White Solid Linen Blend Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender=W,
    ),
    # photo: white sleeveless top with a green tropical leaf print, round neck, no pocket, black skinny jeans,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-028",
        caption("a woman wearing a tropical print top and black jeans"),
        wearing("a green and white top and black pants", who="she"),
        BQ.pattern("floral"),
        color_of("top", "black", "other_garment_color", kind="open"),
        BQ.sleeve_length("sleeveless"),
        describe("top", "a white top with green leaves and a pocket on the chest", "unsupported"),
        details("top", "the top details", "restated"),
        title="Harpa Women White & Green Tropical Print Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: magenta ruched one-shoulder bodycon midi dress, sleeveless, silver heels, grey backdrop, front view,
    # no ruffles or bow. Base model zero-shot.
    case(
        "X1098-029",
        caption("a woman in a pink dress and pink shoes", "contradiction"),
        wearing("a pink dress", who="she"),
        BQ.color("pink"),
        BQ.sleeve_length("sleeveless"),
        describe("dress", "she is wearing a pink dress with one shoulder and silver shoes"),
        details("dress", "the dress has ruffles at the bottom and a bow on the shoulder", "unsupported"),
        is_a("dress", "yes"),
        title="Athena Women Magenta Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Magenta",
        gender=W,
    ),
    # photo: charcoal grey mid-rise skinny jeans, red and black check flannel shirt worn open over a white t-shirt,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-030",
        caption("a woman in a red plaid shirt and red pants", "other_garment_color"),
        wearing("a red and black checkered shirt and gray jeans"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        BQ.pattern("checked", "contradiction"),
        FIT("skinny"),
        details("jeans", "skinny fit, mid rise, front pockets"),
        BQ.material("flannel", "unsupported"),
        title="Pepe Jeans Women Grey Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender=W,
    ),
    # photo: navy blue peplum top with white polka dots, short sleeves, beige trousers, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X1098-031",
        caption("a woman in a blue polka dot top and blue pants", "contradiction"),
        wearing("a navy blue top with white polka dots and beige pants", who="she"),
        BQ.color("beige", "other_garment_color"),
        BQ.pattern("polka dots"),
        describe("top", "a navy blue top with white dots and a flared hem"),
        details("top", "polka dots Question: What is the color of the top? Answer: blue", "leak"),
        title="Cover Story Women Navy Blue Polka Dot Print Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender=W,
    ),
    # photo: back view of a woman in a powder blue smocked midi dress, short puff sleeves, smocked back with a tie
    # bow at the waist, white backdrop; the front is not seen. Base model zero-shot.
    case(
        "X1098-032",
        caption("the back of a woman in a light blue dress"),
        wearing("a light blue dress"),
        BQ.color("blue"),
        describe("dress", "a blue dress with a v neck and buttons down the front", "unsupported"),
        BQ.sleeve_length("short sleeves"),
        details("dress", "he has a bow in the back", "pronoun"),
        title="Trendyol Women Blue Solid Smocked Midi Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: khaki cargo mini skirt with side cargo pockets, white crop t-shirt, white sneakers, white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1098-033",
        caption("a woman in a white crop top and a khaki skirt"),
        wearing("a white t-shirt and a beige skirt", who="she"),
        color_of("skirt", "white", "other_garment_color"),
        details("skirt", "cargo pockets on the sides"),
        BQ.garment_type("shorts", "contradiction"),
        describe("skirt", "describe the skirt", "restated"),
        title="Roadster Women Khaki Cargo Mini Skirt",
        category="Skirts",
        color="Khaki",
        gender=W,
    ),
    # photo: black sleeveless halter-neck jumpsuit with wide legs, no belt, gold hoop earrings, grey backdrop,
    # front view. Base model zero-shot.
    case(
        "X1098-034",
        caption("a woman in a black dress with gold earrings", "contradiction"),
        wearing("a black jumpsuit", who="she"),
        BQ.sleeve_length("sleeveless"),
        BQ.garment_type("jumpsuit"),
        describe("jumpsuit", "a black jumpsuit with a halter neck and wide legs and a gold belt", "unsupported"),
        details("jumpsuit", "the details of the jumpsuit", "restated"),
        is_a("dress", "yes", "contradiction"),
        title="Street 9 Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: white round-neck t-shirt with "PARIS" printed in black on the chest, short sleeves, blue denim skirt,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-035",
        caption("a woman in a white t-shirt that says paris"),
        wearing("a white t-shirt and a denim skirt"),
        BQ.pattern("printed"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        BQ.sleeve_length("short sleeves"),
        details("t-shirt", "the word paris on the front"),
        describe("t-shirt", "he is wearing a white t-shirt with a print on it", "pronoun"),
        title="Roadster Women White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender=W,
    ),
    # photo: knee-length shift dress with an orange, blue and white geometric print, three-quarter sleeves, round
    # neck, no belt, white backdrop, front view. The feed row has no color. Base model zero-shot.
    case(
        "X1098-036",
        caption("a woman in a colorful dress standing in front of a white wall"),
        wearing("a multicolored dress", who="she"),
        BQ.color("orange"),
        BQ.pattern("geometric"),
        describe("dress", "a dress with a colorful print and a belt", "unsupported"),
        LENGTH("knee length"),
        BQ.sleeve_length("three-quarter sleeves"),
        details("dress", "", "non_answer"),
        title="AKS Women Multicoloured Geometric Print Shift Dress",
        category="Dresses",
        gender=W,
    ),
    # photo: mid blue high-rise bootcut jeans, cream cable-knit sweater, tan heeled boots, white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1098-037",
        caption("a woman in a white sweater and blue jeans"),
        wearing("she is wearing a white sweater and blue jeans and brown boots", who="she"),
        color_of("jeans", "blue"),
        FIT("bootcut"),
        BQ.color("white", "other_garment_color"),
        describe(
            "jeans",
            "the jeans are blue jeans with a blue jeans and a blue jeans and a blue jeans and a blue jeans and a",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        details("jeans", "what are the jeans details", "restated"),
        title="Levis Women Blue 725 High Rise Bootcut Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: coral off-shoulder bardot top in opaque cotton poplin, short ruffled sleeves, mid blue jeans, white
    # backdrop, front view. Base model zero-shot.
    case(
        "X1098-038",
        caption("a woman in an orange off the shoulder top and jeans"),
        wearing("a pink off shoulder top and blue jeans"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        color_of("top", "blue", "other_garment_color"),
        describe("top", "a coral top with ruffles around the shoulders"),
        details("top", "it is a top", "non_answer"),
        BQ.material("chiffon", "unsupported"),
        title="Berrylush Women Coral Solid Off-Shoulder Ruffled Bardot Top",
        category="Tops",
        color="Coral",
        gender=W,
    ),
    # photo: black long-sleeve skater dress with a white Peter Pan collar, black tights, black shoes, white
    # backdrop, front view (back not seen). Base model zero-shot.
    case(
        "X1098-039",
        caption("a woman in a black dress with a white collar"),
        wearing("a black dress and black tights", who="she"),
        color_of("dress", "white", "contradiction"),
        BQ.sleeve_length("long sleeves"),
        details("dress", "a white collar and buttons on the back", "unsupported"),
        is_a("skirt", "no"),
        describe("dress", "his dress is black with a white collar", "pronoun"),
        title="Miss Chase Women Black Solid Skater Dress with Contrast Collar",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: navy blue wrap midi skirt with a white and red floral print and a front wrap slit, white tank top,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-040",
        caption("a woman in a white tank top and a blue floral skirt"),
        wearing("a white top and a floral skirt"),
        BQ.color("white", "other_garment_color"),
        BQ.pattern("floral"),
        describe("skirt", "navy blue skirt with white and red flowers and a slit"),
        details("skirt", "he is wearing a skirt with flowers", "pronoun"),
        LENGTH("mini", "contradiction"),
        title="Sera Women Navy Blue Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: blue and white vertical striped sleeveless jumpsuit with a tie waist, white sneakers, white backdrop,
    # front view (back not seen). Base model zero-shot.
    case(
        "X1098-041",
        caption("a woman in a blue and white striped jumpsuit"),
        wearing("a striped jumpsuit and white shoes", who="she"),
        BQ.pattern("striped"),
        BQ.color("white"),
        describe(
            "jumpsuit",
            "a blue and white striped jumpsuit with a tie at the waist and pockets on the side and a zipper on the"
            " back and a",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("short sleeves", "contradiction"),
        title="Chemistry Women Blue & White Striped Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender=W,
    ),
    # photo: tan and black leopard print blouse with a tie-up neck, long sleeves with plain cuffs, black trousers,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-042",
        caption("a woman in a leopard print top and leopard print pants", "contradiction"),
        wearing("a leopard print shirt and black trousers", who="she"),
        BQ.pattern("printed"),
        color_of("top", "brown and black", kind="open"),
        describe("top", "a leopard print top with a bow at the neck and gold buttons on the cuffs", "unsupported"),
        BQ.sleeve_length("long sleeves"),
        details("top", "the tie neck Question: What is the color of the top? Answer: brown", "leak"),
        title="Zink London Women Brown & Black Animal Print Tie-Up Neck Top",
        category="Tops",
        color="Brown",
        gender=W,
    ),
    # photo: white sleeveless lace midi dress with a scalloped hem, light blue denim jacket worn open over it
    # (its long sleeves cover her arms), white backdrop, front view. Base model zero-shot.
    case(
        "X1098-043",
        caption("a woman in a white dress and a denim jacket"),
        wearing("a white dress and a blue jean jacket"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        BQ.material("lace"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a white lace dress with a jean jacket over it"),
        details("dress", "scalloped hem and lace all over"),
        title="Forever New Women White Lace Sleeveless Midi Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: back view of a woman in light blue clean-look skinny jeans (two back pockets, brown patch on the
    # waistband, no rips) and a white crop top, white backdrop. Base model zero-shot.
    case(
        "X1098-044",
        caption("a woman in white jeans and a white top", "other_garment_color"),
        wearing("white crop top and light blue jeans", who="she"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "two back pockets with a brown patch on the waistband"),
        describe("jeans", "light blue skinny jeans with rips on the knees", "unsupported"),
        FIT("skinny"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: cream oversized cotton shirt, long sleeves, collar, button front, one chest pocket, mid blue jeans,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1098-045",
        caption("a woman in a white shirt and blue jeans"),
        wearing("she's wearing a white button down shirt and jeans", who="she"),
        BQ.garment_type("shirt"),
        color_of("shirt", "white"),
        describe("shirt", "a shirt", "non_answer"),
        details("shirt", "a collar, buttons down the front and a pocket on the chest"),
        BQ.material("denim", "unsupported"),
        title="HERE&NOW Women Cream-Coloured Oversized Casual Shirt",
        category="Shirts",
        color="Cream",
        gender=W,
    ),
    # photo: lavender tiered maxi dress with long puff sleeves, side view, model holding out the skirt, white
    # backdrop, no flowers or field. The feed row has no category. Base model zero-shot.
    case(
        "X1098-046",
        caption("a woman in a purple dress standing in a field of flowers", "unsupported"),
        wearing("a long purple dress"),
        BQ.color("pink", "contradiction"),
        LENGTH("maxi"),
        BQ.sleeve_length("long sleeves"),
        describe("dress", "the dress is a dress", "restated"),
        details("dress", "his dress has puff sleeves and tiers", "pronoun"),
        title="SASSAFRAS Women Lavender Tiered Maxi Dress",
        color="Lavender",
        gender=W,
    ),
]
