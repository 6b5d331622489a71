"""BLIND_893 (46 products; older Myntra feed, women's dresses, tops and bottoms, base BLIP-2 zero-shot): written blind
in the fifty-seventh session. Measured blind at 5c6e95a (the session's third rules): 105/131 failures found (80.2%) and
10/188 correct texts flagged (5.3%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Mango Women Red Dress"),
article_type as category, base_colour as color, gender "Women". Photos are 3:4 product shots on a white backdrop,
worn by a model, front or three-quarter view, usually with a second garment (a tee with a skirt, a shirt with
trousers), sometimes a bag or a hat in hand. Women's tops, t-shirts, shirts, dresses, skirts, jeans, trousers,
shorts, leggings and track pants. A few rows lack the color or the category column, as the old feed does.

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions
and open answers are free greedy generation (50 and 30 new tokens); closed answers come from enrich's --engine
reference, the same base model ranking candidate values, so they are always one clean candidate. The base model's
habits: short lowercase answers ("a black dress"), one color for every garment in the photo, the other garment's
color given for the product, invented fabrics and hidden details (zips, back pockets), "he" for a woman now and
then, one-word answers to open questions, echoing the question, and, more rarely than the adapters, running on
into a new "Question: ... Answer:" turn or repeating a phrase until the token limit.

Labeling conventions and judgement calls:
- One label per text. Where two kinds apply, the more mechanical one wins: loop, then cut, then leak, then
  pronoun, then the content kinds (a loop that also names a wrong color is a loop).
- other_garment_color: the product (the seller's garment) is given the color of another garment or accessory in the
  photo, in a closed or open answer, or the caption gives the product's garment the other garment's color. When the
  other garment is given the product's color instead, or the product gets a color of its own trim or print that is
  not its main color, it is a contradiction.
- contradiction: a color, pattern, sleeve length, garment type or yes/no that the photo and the seller's columns
  contradict; an accessory (a bag) given as the garment's detail; a print's motif named wrongly (a dog for a cat).
- Shades within one color group are correct: "red" for Maroon, "purple" for Lavender, "pink" for Peach, "white" for
  Cream, "khaki" or "beige" for Beige, "green" for Olive. For a Multi print, naming one of its main colors is correct.
- material: a fabric the photo visibly shows (denim, lace, crochet, ribbed knit, sheer chiffon, satin sheen, eyelet)
  is correct; a fiber content or fabric the photo cannot show and the title does not name (cotton, polyester,
  silk, linen, wool, spandex, nylon, "dri-fit") is unsupported. Invented hidden details (a back zip on a front view,
  pockets or a belt that are not there, a hood) are unsupported.
- non_answer: a one-word or yes/no answer to an open question, an answer to another question (a color for the
  material question, the outfit for the material question), or only the question's own words ("they are jeans" for
  the jeans' description). restated: the question sentence echoed back as the answer ("the details of the garment
  are the details of the garment", "what material is the garment made of").
- pronoun: "he"/"his", or "a man" in a caption, for a model the seller lists as Women. "she" is never a failure here.
- A leak is a new "Question: ... Answer:" turn, or the prompt format echoed, whether or not what follows is true.
- cut: a text that ends mid-phrase; hit_limit marks those that ran to the 30/50-token limit (three of four). Loops
  always ran to the limit.
- Terse but true answers ("a logo", "a long dress", "she is wearing shorts") are correct answers.
- Sleeve questions are not asked for bottoms (the job asks them only for upper-body categories in this feed).
"""

from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

BLIND_893 = [
    # photo: sleeveless navy blue round-neck top tucked into white wide trousers, white backdrop, front view, waist up
    # to knees; base BLIP-2 wrote the caption and open answers, the reference engine the closed ones
    case(
        "X893-001",
        caption("a woman in a white top and white pants", "other_garment_color"),
        D.wearing("a blue top and white pants"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        D.description("a sleeveless blue top with a round neck"),
        D.material("silk", "unsupported"),
        title="Vero Moda Women Navy Blue Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red knee-length sheath dress with short sleeves, black heels, white backdrop, full-length front view;
    # base BLIP-2 free generation throughout except the closed color and yes/no (reference engine)
    case(
        "X893-002",
        caption("a woman in a red dress standing in front of a white wall"),
        wearing("a red dress and black heels Question: what color are her shoes? Answer: black", "leak", who="she"),
        color_of("dress", "red"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        is_a("dress", "yes"),
        material("a red dress", "non_answer"),
        title="Mango Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange crew-neck t-shirt with a small white Nike swoosh on the chest, black track pants, white
    # backdrop, three-quarter view; base BLIP-2 open answers, reference engine closed answers
    case(
        "X893-003",
        caption("a woman wearing a grey nike t - shirt and black pants"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("short"),
        D.details("nike logo on the chest"),
        D.description("he is wearing a grey t-shirt with a nike logo", "pronoun"),
        title="Nike Women Grey T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black pleated midi skirt, white t-shirt tucked in, white sneakers, white backdrop, full-length front;
    # base BLIP-2 captions and open answers (the skirt description ran to the limit), reference engine closed ones
    case(
        "X893-004",
        caption("a woman in a black skirt and white shirt"),
        wearing("a white shirt and a black skirt"),
        color_of("skirt", "white", "other_garment_color"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is pleated"),
        describe(
            "skirt",
            "a black pleated skirt that falls below the knee and is worn with a white t-shirt tucked into the "
            "waistband and white sneakers on the feet and",
            "cut",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        title="Only Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans with light fading on the thighs, black sleeveless top, tan ankle boots, white
    # backdrop, full-length front; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-005",
        caption("a woman in black top and blue jeans"),
        D.wearing("a black top and blue jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jeans"),
        details("jeans", "the jeans are skinny"),
        describe("jeans", "they are jeans", "non_answer"),
        D.material("denim"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white top with a pink and green floral print and short flutter sleeves, blue jeans, white backdrop,
    # front view waist up; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-006",
        caption("a woman wearing a floral top and jeans"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long", "contradiction"),
        D.description("a white blouse with pink flowers on it"),
        D.details("the details of the garment are the details of the garment", "restated"),
        title="Forever New Women Floral Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: royal blue sleeveless maxi dress with small white polka dots and a tie at the waist, white backdrop,
    # full-length front; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-007",
        caption("a woman in a blue and white polka dot dress"),
        D.wearing("a long dress"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long", "contradiction"),
        D.color("blue"),
        D.details("it has a tie at the waist"),
        D.description("a blue dress with white polka dots and a slit on the side", "unsupported"),
        title="Harpa Women Printed Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black ribbed long-sleeved crop top, high-waisted light blue mom jeans, white backdrop, front view;
    # base BLIP-2 open answers (the description ran on into a new turn), reference engine closed ones
    case(
        "X893-008",
        caption("a woman in a black crop top and jeans"),
        D.garment_type("top"),
        D.color("light blue", "other_garment_color"),
        D.sleeve_length("short", "contradiction"),
        D.wearing("a black top and blue jeans"),
        D.material("ribbed knit"),
        D.description(
            "a black crop top with long sleeves and a high waist Question: what is the color of the pants? Answer: "
            "blue",
            "leak",
        ),
        title="Tokyo Talkies Women Black Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: beige high-waisted wide-leg trousers, white shirt tucked in, brown belt, white backdrop, full-length;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-009",
        caption("a woman in a white shirt and beige pants"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "wide legs and a high waist"),
        D.garment_type("shirt", "contradiction"),
        D.pattern("solid"),
        describe("pants", "the pants are khaki"),
        D.material("linen", "unsupported"),
        title="Marks & Spencer Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: light-wash denim shorts with a frayed hem, white tank top, white backdrop, front view mid-body;
    # base BLIP-2 open answers, reference engine closed ones (yes/no garment question included)
    case(
        "X893-010",
        caption("a woman in white tank top and denim shorts"),
        is_a("skirt", "yes", "contradiction"),
        D.color("white", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        D.material("denim"),
        D.wearing("he is wearing a white tank top and denim shorts", "pronoun"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: white button-down shirt, long sleeves rolled to the elbow, no chest pocket, black trousers, white
    # backdrop, front view; base BLIP-2 open answers (description looped to the limit), reference engine closed ones
    case(
        "X893-011",
        caption("a woman in a white shirt and black pants"),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("long"),
        D.details("the shirt has buttons down the front and a pocket on the chest", "unsupported"),
        D.description(
            "a white shirt with black pants and black pants and black pants and black pants and black pants and "
            "black pants and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        title="Arrow Woman White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon bodycon dress, three-quarter sleeves, square neck, above the knee, black block heels, white
    # backdrop, full-length; base BLIP-2 open answers (description cut at the limit), reference engine closed ones
    case(
        "X893-012",
        caption("a woman in a red dress posing for a picture"),
        D.color("purple", "contradiction"),
        D.sleeve_length("three-quarter"),
        D.garment_type("dress"),
        D.description(
            "a maroon dress with three quarter sleeves and a square neckline that is fitted at the waist and falls "
            "just above the knee with a",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has a slit in the back and a zipper", "unsupported"),
        title="Tokyo Talkies Women Maroon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white t-shirt with black "BROOKLYN" lettering on the chest, rolled short sleeves, blue ripped jeans,
    # white backdrop; base BLIP-2 open answers (description ran into new turns), reference engine closed ones
    case(
        "X893-013",
        caption("a woman wearing a white t - shirt with the word brooklyn on it"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.wearing("a t-shirt and jeans"),
        D.details("the word brooklyn"),
        D.description(
            "a white t-shirt with black lettering Question: what is the color of the jeans? Answer: blue Question: "
            "what is the",
            "leak",
            hit_limit=True,
        ),
        D.material("100% cotton", "unsupported"),
        title="Roadster Women Printed White T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: baby pink off-shoulder top with a ruffle over the upper arms, white shorts, white backdrop, waist up;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-014",
        caption("a woman in a pink off the shoulder top"),
        D.garment_type("top"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("pink", "non_answer"),
        D.details("ruffles on the shoulders"),
        D.material("lace", "unsupported"),
        wearing("a pink top and white shorts", who="she"),
        title="Only Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black skinny jeans, no rips, grey marl sweatshirt, white sneakers, white backdrop, full-length front;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-015",
        caption("a woman in grey sweater and grey jeans", "other_garment_color"),
        color_of("jeans", "black"),
        D.wearing("a grey sweatshirt and black jeans"),
        describe("jeans", "grey jeans with a high waist", "other_garment_color"),
        details("jeans", "rips on the knees", "unsupported"),
        is_a("jeans", "yes", article="a pair of"),
        title="Jealous 21 Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: olive long-sleeved shirt dress buttoned down the front with a self belt, no pockets, white backdrop,
    # full-length; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-016",
        caption("a woman wearing a green shirt dress with a belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("olive"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a long sleeved shirt dress in olive green"),
        D.details("buttons down the front, a belt at the waist and two pockets on the chest", "unsupported"),
        D.material("she is wearing a green dress", "non_answer"),
        title="Vero Moda Women Green Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: white and navy horizontal-striped boat-neck top, three-quarter sleeves, red trousers, white backdrop,
    # front view; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-017",
        caption("a woman in a striped shirt and red pants"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("three-quarter"),
        D.description("a navy and white striped top with a boat neck"),
        D.wearing("a striped shirt and red pants"),
        D.details("the details are on the garment", "restated"),
        title="Deal Jeans Women Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mustard A-line mini skirt with a small white floral print, no buttons, black t-shirt tucked in, white
    # backdrop, front view; the feed row has no color; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-018",
        caption("a woman wearing a yellow skirt and black top"),
        D.color("black", "other_garment_color"),
        D.pattern("polka dot", "contradiction"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a floral print and buttons down the front", "unsupported"),
        wearing("a black t-shirt and a yellow floral skirt", who="she"),
        D.description("yes", "non_answer"),
        title="Mango Women Printed Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: black track pants with a white stripe down each side, grey hoodie, white sneakers, white backdrop,
    # side-angled full-length; base BLIP-2 open answers (pants description looped), reference engine closed ones
    case(
        "X893-019",
        caption("a woman wearing black track pants and a grey hoodie"),
        D.garment_type("track pants"),
        D.color("grey", "other_garment_color"),
        details("pants", "white stripes down the sides"),
        describe(
            "pants",
            "black pants with white stripes on the side and a white stripe on the side and a white stripe on the "
            "side and a",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Puma Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: peach sleeveless top in sheer chiffon with a keyhole neck, loose fit, white trousers, white backdrop,
    # front view; base BLIP-2 open answers (details ran to the limit), reference engine closed ones
    case(
        "X893-020",
        caption("a woman in a pink top and white pants"),
        D.color("peach"),
        D.sleeve_length("sleeveless"),
        D.material("chiffon"),
        D.description("the top is a peach color and has a keyhole at the neck"),
        D.details(
            "the top has a keyhole at the neck, a round neckline, no sleeves and a loose fit that falls below the "
            "waist with a straight hem and a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a peach top and white pants", "pronoun"),
        title="Sera Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: dark indigo straight jeans with turned-up hems, white blouse, white backdrop, full-length front;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-021",
        caption("a woman in a white blouse and dark blue jeans"),
        D.color("navy blue"),
        D.wearing("a white shirt and jeans"),
        details("jeans", "rolled up Question: what is the color of the shirt? Answer: white", "leak"),
        D.material("denim"),
        describe("jeans", "white jeans with a cuff at the hem", "other_garment_color"),
        D.garment_type("jeans"),
        title="Levis Women Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black lace-overlay skater dress, short sleeves, scalloped hem, round neck without a collar, nude heels,
    # white backdrop, full-length; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-022",
        caption("a woman in a black lace dress"),
        D.material("lace"),
        D.color("black"),
        D.sleeve_length("short"),
        D.description("a black dress with a white collar", "unsupported"),
        D.details("the details of the dress are lace"),
        D.wearing("he is wearing a black dress", "pronoun"),
        title="Athena Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: lavender v-neck sports t-shirt, black leggings, white backdrop, three-quarter view;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-023",
        caption("a woman in a purple shirt and black leggings"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short"),
        D.garment_type("t-shirt"),
        D.description("a purple t-shirt with a v neck"),
        D.material("nike dri-fit fabric", "unsupported"),
        D.details("the t-shirt is a t-shirt", "restated"),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black high-waisted tailored shorts with a tie belt in a bow, cream blouse tucked in, white backdrop,
    # front view; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-024",
        caption("a woman in a white shirt and black shorts"),
        color_of("shorts", "black"),
        details("shorts", "they have a bow at the waist"),
        D.wearing("a white blouse and black shorts Question: what is the color of the shorts? Answer: black", "leak"),
        D.garment_type("skirt", "contradiction"),
        D.material("cotton", "unsupported"),
        title="FOREVER 21 Women Black Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow short-sleeved peplum top, black skinny jeans, white backdrop, front view;
    # base BLIP-2 caption and open answers, reference engine closed ones
    case(
        "X893-025",
        caption("a man in a yellow top and black pants", "pronoun"),
        D.color("yellow"),
        D.garment_type("top"),
        D.description("a yellow top with a peplum"),
        D.details("the top has a ruffle at the bottom"),
        D.pattern("solid"),
        wearing("a yellow shirt and black jeans", who="she"),
        D.material("yellow", "non_answer"),
        title="Harpa Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: sleeveless shift dress with a geometric print of orange, teal and white triangles, white backdrop,
    # full-length; base BLIP-2 open answers (material looped), reference engine closed ones
    case(
        "X893-026",
        caption("a woman in a colorful dress"),
        D.color("orange"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("dress", "non_answer"),
        D.details("the dress has a pattern of orange, blue and white triangles"),
        D.material(
            "the dress is made of a material that is made of a material that is made of a material that is made of "
            "a material",
            "loop",
            hit_limit=True,
        ),
        title="Femella Women Printed Multi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black slim formal trousers with a pressed crease, pink shirt, black pumps, white backdrop, full-length;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-027",
        caption("a woman wearing a pink shirt and black pants"),
        D.color("pink", "other_garment_color"),
        D.garment_type("trousers"),
        D.pattern("solid"),
        D.description("he is wearing black pants and a pink shirt", "pronoun"),
        details("pants", "the details of the pants are the pants", "restated"),
        D.wearing("black pants"),
        title="Van Heusen Woman Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: red long-sleeved wrap top with a v neck and a side tie, white jeans, white backdrop, front view;
    # base BLIP-2 caption and open answers, reference engine closed ones
    case(
        "X893-028",
        caption("a woman in a pink top and white jeans", "contradiction"),
        D.color("red"),
        D.sleeve_length("long"),
        D.description("a wrap top with a v neck in red"),
        D.details("a tie on the side"),
        D.material("satin", "unsupported"),
        D.garment_type("dress", "contradiction"),
        title="Vero Moda Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: light blue denim mini skirt with buttons down the front, white t-shirt with a red print, white
    # backdrop, front view; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-029",
        caption("a woman in a blue denim skirt and white t - shirt"),
        color_of("skirt", "white", "other_garment_color"),
        D.material("denim"),
        details("skirt", "buttons down the front"),
        describe("skirt", "the skirt is a skirt", "restated"),
        D.wearing("a white t shirt with red print and a denim skirt"),
        is_a("skirt", "no", "contradiction"),
        title="Vero Moda Women Blue Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: cream short-sleeved top with a crochet lace yoke and sleeves, tan trousers, white backdrop, front view;
    # base BLIP-2 open answers (details stopped mid-phrase before the limit), reference engine closed ones
    case(
        "X893-030",
        caption("a woman wearing a white top with lace sleeves"),
        D.color("white"),
        D.description("a cream colored top with crochet lace on the sleeves"),
        D.material("crochet lace"),
        D.details("the details of the garment are", "cut"),
        D.wearing("she is wearing a white top and brown pants"),
        D.garment_type("sweater", "contradiction"),
        title="Mango Women Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: grey-wash skinny jeans with ripped knees, black leather jacket over a white t-shirt, white backdrop,
    # full-length; base BLIP-2 open answers (jeans description looped), reference engine closed ones
    case(
        "X893-031",
        caption("a woman in black leather jacket and grey jeans"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        details("jeans", "ripped knees"),
        D.wearing("a leather jacket, a white t-shirt and grey jeans"),
        describe(
            "jeans",
            "grey skinny jeans with ripped knees and a black jacket and a black jacket and a black jacket and a "
            "black jacket",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Roadster Women Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: dusty pink midi dress with a pleated skirt and short flutter sleeves, no belt, the model holds a small
    # white clutch, white backdrop, full-length; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-032",
        caption("a woman in a pink dress holding a white purse"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short"),
        D.pattern("solid"),
        D.description("a pink dress with a pleated skirt and a white belt", "unsupported"),
        D.details("a white bag", "contradiction"),
        D.wearing("a pink dress"),
        title="DressBerry Women Pink Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: navy t-shirt with a white Puma cat logo on the chest, white shorts, white backdrop, front view;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-033",
        caption("a woman in a blue t - shirt with a puma logo"),
        D.color("white", "other_garment_color"),
        D.description("a navy blue t-shirt with a white puma logo on the chest"),
        D.wearing("he is wearing a blue shirt and white shorts", "pronoun"),
        D.details("a logo"),
        D.material("cotton jersey", "unsupported"),
        title="Puma Women Navy T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black blouse with white polka dots, elbow-length sleeves, a tie bow at the collar, blue jeans, white
    # backdrop, front view; base BLIP-2 open answers (description looped), reference engine closed ones
    case(
        "X893-034",
        caption("a woman in a black and white polka dot blouse"),
        D.pattern("polka dot"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long", "contradiction"),
        D.details("a bow at the neck"),
        D.description(
            "a black blouse with white polka dots and a bow at the neck and white polka dots and a bow at the neck "
            "and white polka dots and a bow at the",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white top and jeans"),
        title="Kraus Women Black Printed Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive cotton-twill chinos with slant side pockets and cuffed hems, white t-shirt, brown loafers, white
    # backdrop, full-length; base BLIP-2 open answers (wearing echoed the prompt), reference engine closed ones
    case(
        "X893-035",
        caption("a woman wearing green pants and a white t - shirt"),
        D.color("green"),
        D.garment_type("trousers"),
        D.details("pockets on the side"),
        D.material("corduroy", "unsupported"),
        describe("pants", "the pants are brown", "contradiction"),
        D.wearing("Question: what is the person wearing? Answer: green pants", "leak"),
        title="Allen Solly Woman Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: white eyelet (broderie anglaise) knee-length sundress with thin straps, no belt, a straw hat held in
    # one hand, white backdrop, full-length; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-036",
        caption("a woman in a white dress holding a straw hat"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.material("cotton", "unsupported"),
        D.description("she is wearing a white dress"),
        D.details("the dress has a black belt", "unsupported"),
        D.garment_type("dress"),
        title="Mango Women White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: blue tunic top with a white paisley block print, three-quarter sleeves, mandarin collar and a short
    # button placket, white leggings, white backdrop; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-037",
        caption("a woman wearing a blue and white printed top"),
        D.pattern("printed"),
        D.color("blue"),
        D.sleeve_length("three-quarter"),
        D.description("a blue tunic top with a white print and a mandarin collar"),
        D.details("a collar, buttons and sleeves"),
        D.material("khadi silk", "unsupported"),
        D.wearing("a blue top and pink pants", "contradiction"),
        title="Rain & Rainbow Women Printed Blue Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon ankle-length leggings, long white kurti over them, white backdrop, full-length front;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-038",
        caption("a woman in a white top and red leggings"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        describe("leggings", "maroon leggings that go to the ankle"),
        D.material("spandex", "unsupported"),
        title="Go Colors Women Maroon Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: red and black buffalo-check long-sleeved shirt worn open over a black tank top, blue jeans, no hood,
    # white backdrop, front view; base BLIP-2 open answers (material ran into a new turn), reference engine closed
    case(
        "X893-039",
        caption("a woman in a red and black plaid shirt"),
        D.pattern("checked"),
        D.color("red"),
        D.sleeve_length("long"),
        D.wearing("a plaid shirt over a black tank top and jeans"),
        D.description("he is wearing a red and black checkered shirt", "pronoun"),
        D.details("the shirt has a hood", "unsupported"),
        D.material("flannel Question: what is the pattern of the shirt? Answer: plaid", "leak"),
        title="Wrangler Women Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: emerald green satin midi skirt with a visible sheen, black turtleneck, white backdrop, full-length;
    # base BLIP-2 open answers (skirt description ran into new turns), reference engine closed ones
    case(
        "X893-040",
        caption("a woman in a black sweater and green skirt"),
        color_of("skirt", "black", "other_garment_color"),
        D.material("satin"),
        details("skirt", "the skirt details", "restated"),
        describe(
            "skirt",
            "a green satin skirt Question: what is the skirt made of? Answer: satin Question: what is the skirt "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a black turtleneck and a green skirt", who="she"),
        is_a("skirt", "yes"),
        title="Vero Moda Women Green Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: yellow t-shirt with a black cartoon cat print on the front, grey joggers, white backdrop, front view;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-041",
        caption("a woman wearing a yellow t - shirt with a cat on it"),
        D.color("grey", "other_garment_color"),
        D.pattern("graphic"),
        D.details("a picture of a dog", "contradiction"),
        D.wearing("yellow", "non_answer"),
        D.description("a yellow t-shirt with a black cat printed on the front"),
        title="Tantra Women Printed Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy A-line dress with a white peter pan collar and white cuffs, long sleeves, white backdrop,
    # full-length; base BLIP-2 open answers (details looped), reference engine closed ones
    case(
        "X893-042",
        caption("a woman in a navy blue dress with a white collar"),
        D.color("white", "contradiction"),
        D.garment_type("dress"),
        D.sleeve_length("long"),
        D.description("a dark blue dress with a white peter pan collar"),
        D.details(
            "a white collar and white cuffs and a white collar and white cuffs and a white collar and white cuffs "
            "and a white",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Besiva Women Navy Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: khaki sleeveless top with a knot tied at the front, black shorts, black sling bag across the body,
    # white backdrop, front view; base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-043",
        caption("a woman in a khaki top and black shorts with a black bag"),
        D.color("black", "other_garment_color"),
        D.garment_type("top"),
        D.details("knot at the front"),
        D.description("khaki", "non_answer"),
        D.sleeve_length("sleeveless"),
        D.wearing("a beige tank top and black shorts"),
        D.material("what material is the garment made of", "restated"),
        title="Mast & Harbour Women Khaki Top",
        category="Tops",
        color="Khaki",
        gender="Women",
    ),
    # photo: hot pink running shorts with white piping, front view only, white sports t-shirt, white backdrop;
    # base BLIP-2 open answers, reference engine closed ones
    case(
        "X893-044",
        caption("a woman in pink shorts and pink t - shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts"),
        details("shorts", "white piping along the sides"),
        describe("shorts", "the shorts are pink with white trim and a zip pocket on the back", "unsupported"),
        D.wearing("she is wearing shorts"),
        D.material("nylon", "unsupported"),
        title="Puma Women Pink Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: light-wash flared jeans, cropped white top, white backdrop, full-length front; the feed row has no
    # color; base BLIP-2 open answers (wearing ran into a new turn), reference engine closed ones
    case(
        "X893-045",
        caption("a woman in a white crop top and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        describe("jeans", "light blue flared jeans"),
        details("jeans", "they are jeans", "non_answer"),
        D.material("denim"),
        D.wearing(
            "she is wearing a pair of jeans and a crop top Question: what is she wearing? Answer: a pair of jeans "
            "and a crop top",
            "leak",
            hit_limit=True,
        ),
        title="Kraus Women Light Blue Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: black long-sleeved maxi dress with a small red rose print and a front slit, white backdrop,
    # full-length; the feed row has no category; base BLIP-2 open answers (details looped), reference engine closed
    case(
        "X893-046",
        caption("a woman in a black floral dress with long sleeves"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.description("a long black dress with red roses on it and a slit up the front"),
        D.details(
            "the dress has a slit in the front and a slit in the back and a slit in the side and a slit in",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress with red flowers"),
        D.material("chiffon", "unsupported"),
        title="Vero Moda Women Black Printed Dress",
        color="Black",
        gender="Women",
    ),
]
