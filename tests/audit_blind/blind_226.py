"""BLIND_226 (46 products; men's and women's western casual wear, studio model shots, default questionnaire): written
blind in the fortieth session. Measured blind at e5d3b07 (the session's rules as they stood): 87/110 failures found
(79.1%) and 1/135 correct texts flagged (0.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's and women's western casual wear: t-shirts (crew, polo,
henley, graphic), casual shirts (oxford, chambray, checked flannel, linen, tropical print), jeans, chinos, dresses
(wrap, sundress, shirt dress, maxi), tops, skirts and jackets (denim, bomber, biker, utility). Every photo is a model
shot in a studio: the product is worn with other garments (a tee under a jacket, a shirt tucked into chinos), against
plain grey or white backdrops or a colored wall, sometimes with a prop (a stool, a plant, a straw hat, a phone).
Each row has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: the run is nightly with enrich's default questionnaire. Captions and open answers (wearing,
description, details, material and the set's own open questions: fit, neckline) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short, lowercase, stopping on its own, never hit_limit. A few products were run with
the caption-only LoRA adapter for the caption or for one or two open answers (the comment before each case says which):
it writes the DeepFashion template ("The gentleman wears a long-sleeve shirt with pure color patterns. ..."), never
stops (hit_limit=True, 50 new tokens for captions, 30 for answers) and returns its template whatever is asked. The
closed answers (garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") come from
`--engine reference`, a value picked from a candidate set: never a loop or a cut, but it can pick the wrong value.

Labeling conventions and judgement calls:
- The product is the one garment the seller's row names; the photo shows a whole outfit. A closed color that is the
  color of another garment worn in the photo (the white shirt tucked into navy chinos) is other_garment_color; a
  closed garment_type naming another garment in the photo (dress for a denim jacket worn over a dress) is
  contradiction.
- Shade words are correct: blue for navy, indigo or teal, green for olive, sea green or teal, red for maroon, yellow
  for mustard, orange for rust, purple for lavender, khaki or tan or beige for beige chinos, grey for grey melange or
  charcoal. Charcoal chinos answered "black" and dark indigo jeans answered "black" are contradiction (the seller says
  grey / navy); mustard answered "orange" and beige answered "white" are contradiction.
- A print's color given as the garment's color (yellow for a white dress with yellow flowers, white for a navy dress
  with white dots, green for a white shirt with green leaves, yellow for a white tee with a sunflower in front of a
  yellow wall) is contradiction. Two-color garments answered with the seller's dominant color are correct.
- Synonyms are correct: shirt for a t-shirt or polo in a caption, pants for trousers/chinos, khaki pants for beige
  chinos, jean jacket for denim jacket, denim shirt for chambray, plaid/checkered for checked, sweater for a
  sweatshirt, tank top for a sleeveless top, sundress for a strappy dress, flannel for a checked flannel shirt.
  "shirt" as garment_type for a shirt dress is contradiction (the seller's category is Dresses).
- Pattern: ribbed knit answered "striped" and buffalo check answered "striped" are contradiction; a tropical print
  answered "printed" and a self-colored schiffli top answered "solid" are correct.
- Materials: one the title names (linen, flannel, faux leather as "leather", denim) or a plain cotton guess on a
  cotton-look tee, shirt, top or dress is correct; silk, wool, chiffon or denim on a product whose title and photo
  say neither is unsupported. A material question answered with the garment and its color ("a red dress", "black
  t-shirt"), with the garment's name ("jeans") or with its pattern ("red and black plaid") is restated, and so is
  "the details of the top are the details of the top"; an empty answer and "i don't know" are non_answer; "the
  details of the pants", "the skirt" and "the jeans are dark blue" for the details question are non_answer.
- One color given to every garment of the outfit ("a grey shirt and grey shorts" for grey tee and navy shorts, "a
  yellow top and yellow jeans") is contradiction, as is a wrong color for a piece no piece in the photo has.
- Invented details not in the photo (a hood, a logo, a belt, a chest pocket, ripped knees on a clean-look jean, a
  ruffle hem, a print on the back of a front-view shot) are unsupported.
- Adapter texts all carry hit_limit=True. One that repeats a sentence of the template is loop, one that stops
  mid-sentence without repeating is cut (even where it calls a henley's neckline round or guesses chiffon); the
  template returned for the material question is restated. The template answering wearing, description or details
  does answer it, so those are cut or loop.
- A base answer that stops early mid-phrase ("it is made of") is cut without hit_limit. A base answer that runs on
  into "Question: ... Answer: ..." is leak even where the first words are right.
- "he"/"she"/"a woman" for the other gender is pronoun (only on rows whose gender column is set). "Is this a pair of
  jeans?" answered "no" for jeans is contradiction.
- Caption mentions of walls, plants, stools, hats and phones that are in the photo are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
fit = question("fit", "What is the fit of the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_226 = [
    # photo: man in a plain white crew-neck t-shirt tucked out over mid-blue jeans, plain grey backdrop, front view.
    # no adapter texts
    case(
        "X226-001",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        title="Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in navy slim chinos with a white long-sleeve shirt tucked in, brown belt, white backdrop, full length.
    # no adapter texts
    case(
        "X226-002",
        caption("a man in a white shirt and blue pants"),
        D.wearing("a white shirt and blue pants"),
        D.color("white", "other_garment_color"),
        color_pants("navy"),
        D.material("denim", "unsupported"),
        title="Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white midi fit-and-flare dress with small yellow flowers, v-neck, short flutter sleeves, no
    # belt or pockets, against a pale pink wall. no adapter texts
    case(
        "X226-003",
        caption("a woman in a floral dress standing in front of a pink wall"),
        D.wearing("a white floral dress with a yellow belt", "unsupported"),
        D.color("yellow", "contradiction"),
        D.pattern("floral"),
        D.details("the dress has a v neck and a pocket", "unsupported"),
        title="Women White & Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive green long-sleeve shirt worn open over a white crew tee, black jeans, grey backdrop.
    # caption: adapter
    case(
        "X226-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt, a green t-shirt and green pants", "contradiction"),
        D.color("green"),
        color_shirt("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        title="Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in black high-rise skinny jeans (clean, no rips) and a white crop top, grey backdrop, full length.
    # no adapter texts
    case(
        "X226-005",
        caption("a woman in a white top and black jeans"),
        D.wearing("he is wearing a white top and black jeans", "pronoun"),
        D.color("black"),
        D.details("high waist and ripped knees", "unsupported"),
        fit("skinny"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mid-blue washed denim jacket (button front, two flap chest pockets) over a black tee, black
    # jeans, white backdrop. no adapter texts
    case(
        "X226-006",
        caption("a man wearing a denim jacket and black pants"),
        D.wearing("a jean jacket"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details("a collar, buttons, chest pockets and a hood", "unsupported"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow sleeveless round-neck top tucked into light blue jeans, grey backdrop.
    # caption, details: adapter
    case(
        "X226-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. Its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and yellow jeans", "contradiction"),
        D.color("orange", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. Its neckline is round. The tank top is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a navy and white horizontally striped polo (no logo), beige chinos, white wall, front view.
    # no adapter texts
    case(
        "X226-008",
        caption("a man in a striped shirt and khaki pants"),
        D.wearing("a blue and white striped polo shirt"),
        D.color("blue"),
        D.pattern("striped"),
        D.material("it is made of", "cut"),
        D.description(
            "a striped polo with a collar and buttons and a logo on the chest",
            "unsupported",
        ),
        title="Men Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mid-blue button-front denim A-line mini skirt with a white tee tucked in, grey backdrop.
    # no adapter texts
    case(
        "X226-009",
        caption("a woman in a white shirt and denim skirt"),
        D.wearing("a white t-shirt and a blue denim skirt"),
        D.color("white", "other_garment_color"),
        color_skirt("blue"),
        D.details("the skirt", "non_answer"),
        title="Women Blue Solid A-Line Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon crew tee with "BROOKLYN" printed in white across the chest, blue jeans, grey backdrop.
    # no adapter texts
    case(
        "X226-010",
        caption("a man in a red t-shirt with the word brooklyn on it"),
        D.wearing("a red t-shirt and blue jeans and a black cap", "unsupported"),
        D.color("red"),
        D.pattern("graphic"),
        D.description(
            "a red t-shirt with white letters Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Men Maroon Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a lavender square-neck top with short puff sleeves (matte cotton look), white jeans, in front of
    # a beige curtain. wearing: adapter
    case(
        "X226-011",
        caption("a woman in a purple top and white pants"),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        D.details("the details of the top are the details of the top", "restated"),
        D.material("silk", "unsupported"),
        title="Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in beige slim chinos, navy crew tee, white sneakers, white backdrop, full length.
    # no adapter texts
    case(
        "X226-012",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("she is wearing a blue t-shirt and beige pants", "pronoun"),
        D.color("navy", "other_garment_color"),
        color_pants("beige"),
        D.details("the details of the pants", "non_answer"),
        fit("slim fit"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a red long-sleeve wrap midi dress with a v-neck and tie at the waist, grey backdrop.
    # no adapter texts
    case(
        "X226-013",
        caption("a woman in a red dress posing for a photo"),
        D.wearing("a red dress"),
        D.color("red"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a v neck and a tie at the waist"),
        D.material("a red dress", "restated"),
        title="Women Red Solid Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a black zip-up bomber jacket (ribbed collar and cuffs) over a grey tee, black jeans, grey backdrop.
    # caption, material: adapter
    case(
        "X226-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a grey t-shirt"),
        D.color("black"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("a zipper and ribbed cuffs"),
        title="Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized white linen shirt with one chest pocket, sleeves long, beige trousers, white
    # backdrop. no adapter texts
    case(
        "X226-015",
        caption("a woman in a white shirt and tan pants"),
        D.wearing("a white shirt and khaki pants"),
        D.color("white"),
        D.material("linen"),
        D.details(
            "a pocket on the chest and buttons Question: what is the color of the pants? Answer: beige",
            "leak",
        ),
        title="Women White Linen Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in light blue clean-look slim jeans (no rips) with a white shirt untucked, grey backdrop.
    # no adapter texts
    case(
        "X226-016",
        caption("a man wearing a white shirt and jeans"),
        D.wearing("she is wearing a white shirt and blue jeans", "pronoun"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details(
            "the jeans are light blue with a faded wash and a rip on the knee",
            "unsupported",
        ),
        title="Men Light Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a green and white checked knee-length shirt dress, button front, collar, roll-up sleeves, no
    # belt, white backdrop. no adapter texts
    case(
        "X226-017",
        caption("a woman in a green plaid shirt", "contradiction"),
        D.wearing("a green and white checkered shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.pattern("checked"),
        D.details("buttons down the front, a collar and a black belt", "unsupported"),
        title="Women Green & White Checked Shirt Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: man in a teal long-sleeve henley tee (three-button placket), black chinos, grey backdrop.
    # wearing, details: adapter
    case(
        "X226-018",
        caption("a man in a green shirt with buttons"),
        D.wearing(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "Its neckline is round. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details(
            "Its neckline is round. It has long sleeves. Its neckline is round. It has long sleeves. Its neckline is "
            "round. It has",
            "loop",
            hit_limit=True,
        ),
        neckline("a button neck"),
        title="Men Teal Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a white crew tee with a large yellow sunflower print on the front, denim shorts, in front of a
    # yellow wall, front view. no adapter texts
    case(
        "X226-019",
        caption("a woman in a white t-shirt with a sunflower on it standing in front of a yellow wall"),
        D.wearing("a yellow t-shirt and denim shorts", "contradiction"),
        D.color("yellow", "contradiction"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a yellow flower"),
        title="Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a red and black buffalo-check flannel shirt with two flap chest pockets, open over a black tee,
    # blue jeans, grey backdrop. no adapter texts
    case(
        "X226-020",
        caption("a man in a red and black plaid shirt"),
        D.wearing("a plaid shirt and jeans"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.material("red and black plaid", "restated"),
        D.details("a pocket on each side of the chest and buttons on the cuffs"),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a navy A-line knee dress with white polka dots, short sleeves, v-neck, grey backdrop.
    # caption: adapter
    case(
        "X226-021",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with graphic patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a polka dot dress with a white collar", "unsupported"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.material("chiffon", "unsupported"),
        title="Women Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in olive green slim chinos and a black crew tee, holding sunglasses in one hand, white backdrop.
    # no adapter texts
    case(
        "X226-022",
        caption("a man in a black shirt and green pants holding sunglasses"),
        D.wearing("a black t-shirt and black pants", "contradiction"),
        D.color("green"),
        color_pants("black", "other_garment_color"),
        D.details(
            "the pants are made of cotton and have a zipper Question: what is the pattern of the pants? Answer:",
            "leak",
        ),
        fit("slim"),
        title="Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a rust ribbed sleeveless crop top with a square neck, black jeans, grey backdrop.
    # no adapter texts
    case(
        "X226-023",
        caption("a woman in an orange top and black jeans"),
        D.wearing("an orange crop top and black jeans"),
        D.color("orange"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.details("a ribbed texture and a square neckline"),
        title="Women Rust Ribbed Crop Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: man in a light grey melange crew tee (no pocket), navy shorts, white backdrop, front view.
    # no adapter texts
    case(
        "X226-024",
        caption("a man in a gray t-shirt and blue shorts"),
        D.wearing("a grey shirt and grey shorts", "contradiction"),
        D.color("grey"),
        D.description("a grey t-shirt with a pocket on the chest", "unsupported"),
        D.material("", "non_answer"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a light blue cropped denim jacket worn open over a white slip midi dress, grey backdrop.
    # no adapter texts
    case(
        "X226-025",
        caption("a woman in a denim jacket and white dress"),
        D.wearing("a white dress and a jean jacket"),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.material("denim Question: what is the color of the dress? Answer: white", "leak"),
        title="Women Blue Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a white oxford button-down shirt with one chest pocket, tucked into navy chinos, grey backdrop.
    # caption, description: adapter
    case(
        "X226-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        D.description(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.details("a button down collar and a pocket on the chest"),
        title="Men White Solid Oxford Button-Down Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a black faux leather biker jacket (asymmetric zip, zipped pockets, no belt) over a grey tee,
    # blue jeans, white backdrop. the feed row has no gender. no adapter texts
    case(
        "X226-027",
        caption("a woman in a black leather jacket and jeans"),
        D.wearing("a black leather jacket, a black shirt and black jeans", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.material("leather"),
        D.details("a zipper and a belt", "unsupported"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: man sitting on a wooden stool in a blue chambray shirt, long sleeves rolled to the elbow, khaki chinos,
    # white backdrop. no adapter texts
    case(
        "X226-028",
        caption("a man sitting on a stool wearing a blue shirt and khaki pants"),
        D.wearing("she is wearing a blue denim shirt and khaki pants", "pronoun"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("the shirt is made of", "cut"),
        title="Men Blue Chambray Long Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pink floral flared midi skirt with a white tee tucked in, grey backdrop, full length.
    # caption: adapter
    case(
        "X226-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a pink floral skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        color_skirt("pink"),
        D.material("the skirt is made of a", "cut"),
        title="Women Pink Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a black crew tee with a big white and red tiger print on the front, grey jeans, grey backdrop,
    # front view only. no adapter texts
    case(
        "X226-030",
        caption(
            "a man in a black t-shirt with a tiger on it and a gold chain",
            "unsupported",
        ),
        D.wearing("a black t-shirt with a tiger on it and grey jeans"),
        D.color("black"),
        D.description("a black t-shirt with a tiger print on the back", "unsupported"),
        D.material("black t-shirt", "restated"),
        title="Men Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a yellow strappy sundress with a square neck and straight hem, cropped at the knees, holding a
    # straw hat, white backdrop. no adapter texts
    case(
        "X226-031",
        caption("a woman in a yellow dress holding a straw hat"),
        D.wearing("a yellow sundress and sandals", "unsupported"),
        D.color("yellow"),
        D.details("spaghetti straps and a ruffle at the bottom", "unsupported"),
        D.material("cotton"),
        title="Women Yellow Solid Strappy Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in dark indigo straight jeans, a grey crew sweatshirt and white sneakers, grey backdrop.
    # no adapter texts
    case(
        "X226-032",
        caption("a man wearing a grey sweater and dark jeans"),
        D.wearing("a gray sweatshirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("grey", "other_garment_color"),
        color_jeans("black", "contradiction"),
        D.details("the jeans are dark blue", "non_answer"),
        title="Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve boat-neck top with navy breton stripes, white jeans, grey backdrop.
    # caption, material: adapter
    case(
        "X226-033",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and blue jeans", "contradiction"),
        D.pattern("striped"),
        D.color("white"),
        D.material(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Navy Blue Striped Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive utility jacket with four flap pockets, no hood, open over a white tee, black jeans, grey
    # backdrop. no adapter texts
    case(
        "X226-034",
        caption("a man in a green jacket and black pants"),
        D.wearing("a green jacket over a white t-shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details("four pockets on the front and a hood", "unsupported"),
        title="Men Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in light blue high-rise mom jeans and a black tank top, white backdrop, full length. the feed row
    # has no color. no adapter texts
    case(
        "X226-035",
        caption("a woman in a black tank top and blue jeans"),
        D.wearing("she is wearing a black tank top and jeans"),
        D.color("blue"),
        D.details("the jeans have a high waist and a belt", "unsupported"),
        D.material("jeans", "restated"),
        fit("loose"),
        title="Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: man with short hair in a navy polo with white tipping on the collar, white chinos, grey backdrop.
    # no adapter texts
    case(
        "X226-036",
        caption("a woman in a blue polo shirt and white pants", "pronoun"),
        D.wearing("a blue polo shirt and white pants"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("a collar with white stripes and two buttons"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black and white gingham short-sleeve top with a tie front, blue jeans, white backdrop.
    # description, details: adapter
    case(
        "X226-037",
        caption("a woman in a black and white checkered shirt"),
        D.wearing("a checkered top and blue jeans"),
        D.pattern("checked"),
        D.color("black"),
        D.description(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women Black & White Checked Tie-Up Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a beige short-sleeve linen shirt with a camp collar, white shorts, next to a potted palm, white
    # backdrop. no adapter texts
    case(
        "X226-038",
        caption("a man in a white shirt standing next to a plant", "contradiction"),
        D.wearing("a beige shirt and white shorts"),
        D.color("beige"),
        D.sleeve_length("short sleeves"),
        D.material("linen"),
        title="Men Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in a blue and white printed tiered maxi dress with short flutter sleeves, no slit, white backdrop.
    # no adapter texts
    case(
        "X226-039",
        caption("a woman in a blue and white dress"),
        D.wearing("he is wearing a long dress", "pronoun"),
        D.color("blue"),
        D.pattern("printed"),
        D.details(
            "the dress has ruffles and a slit on the side Question: what is the material of the dress? Answer: cotton",
            "leak",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Blue Printed Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black skinny jeans with ripped knees, a white tee and a red checked shirt tied around the waist,
    # grey backdrop. the feed row has no gender. no adapter texts
    case(
        "X226-040",
        caption("a man in a white t-shirt and black jeans with a red shirt tied around his waist"),
        D.wearing("a white shirt, black jeans and a red flannel"),
        D.color("red", "other_garment_color"),
        color_jeans("black"),
        D.details("ripped knees"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: woman in a sea green crew tee and grey joggers, holding a smartphone at her side, white wall.
    # no adapter texts
    case(
        "X226-041",
        caption("a woman in a green shirt holding a cell phone"),
        D.wearing("a green t-shirt and gray pants"),
        D.color("grey", "other_garment_color"),
        D.material("cotton"),
        D.description("a green t-shirt with a round neck and a logo on the chest", "unsupported"),
        title="Women Sea Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a white short-sleeve camp-collar shirt with a green palm leaf print, beige shorts, grey backdrop.
    # caption: adapter
    case(
        "X226-042",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with green leaves"),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.material("cotton Question: what is the pattern of the shirt? Answer: floral", "leak"),
        title="Men White & Green Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: back view of a woman in a black A-line mini skirt with a visible back zip, white shirt tucked in, grey
    # backdrop. no adapter texts
    case(
        "X226-043",
        caption("the back of a woman wearing a white shirt and black skirt"),
        D.wearing("a white shirt and a black skirt"),
        D.color("black"),
        D.details("a zipper on the back"),
        D.description("he is wearing a black skirt", "pronoun"),
        title="Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mustard crew tee with a chest pocket, olive chinos, white backdrop.
    # no adapter texts
    case(
        "X226-044",
        caption("a man in a yellow t-shirt and green pants"),
        D.wearing("a yellow shirt and yellow pants", "contradiction"),
        D.color("green", "other_garment_color"),
        D.details("the t-shirt has a pocket"),
        D.material("i don't know", "non_answer"),
        title="Men Mustard Yellow Solid Pocket T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a white sleeveless schiffli (eyelet) embroidered top with a lace hem, blue denim shorts, grey
    # backdrop. wearing: adapter
    case(
        "X226-045",
        caption("a woman in a white top and blue shorts"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. Its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.details("the top has", "cut"),
        D.material("cotton"),
        title="Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in charcoal grey slim chinos, a light pink long-sleeve shirt tucked in, brown loafers, white
    # backdrop, full length. no adapter texts
    case(
        "X226-046",
        caption("a man in a pink shirt and grey pants"),
        D.wearing("a pink shirt, gray pants, and brown shoes"),
        D.garment_type("shirt", "contradiction"),
        D.color("grey"),
        color_pants("black", "contradiction"),
        D.material("wool", "unsupported"),
        title="Men Charcoal Grey Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
]
