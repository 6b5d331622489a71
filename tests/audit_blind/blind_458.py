"""BLIND_458 (46 products; UK fashion retailer mixed night: dresses, jumpers, jeans, shirts, coats): written blind in
the forty-seventh session. Measured blind at 4580d70 (the session's rules as they stood): 106/134 failures found
(79.1%) and 3/169 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: one night's feed of a UK high-street fashion retailer, men's and women's: dresses (wrap, slip, shirt, tea,
knitted, tiered maxi, leopard mini), jumpers and cardigans (cable, roll neck, crew, quarter-zip, fair isle), jeans
(slim, skinny, mom, wide leg, relaxed, ripped), shirts and blouses (Oxford, linen, flannel check, denim, satin,
printed revere collar, overshirt) and coats (camel and check wool coats, trench, peacoat, puffer, parka, teddy).
About a third are product shots (flat lay or ghost mannequin on white or light grey); the rest are model shots,
often layered (a jumper over jeans, a coat over a roll neck, a check shirt open over a tee) against studio
backdrops, brick walls, a hedge, a pink wall, a street, a Christmas tree or a chair. Each row has the seller's title,
category, color and gender; a few rows miss the gender or the category, as real feeds do. Seller colors are UK
shade names (Oatmeal, Ecru, Stone, Camel, Khaki, Sage, Charcoal, Mid Wash, Champagne).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
grey coat walking down the street") unless the comment says the caption adapter wrote them (the DeepFashion
template: "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric
..."). The adapter was trained with no end token: every adapter text runs to its limit (hit_limit=True) and,
asked a question, returns its template. The open questions (wearing, description, details, material, neckline,
collar, fit, length) come from the base model unless the comment names the adapter; base texts are short, stop on
their own and never carry hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets:
never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: beige, cream or white for oatmeal, ecru, cream or stone; brown or beige for camel;
  green for khaki, sage or forest green; grey (or black) for charcoal; blue for navy, indigo, mid or light wash;
  red for burgundy; gold or beige for champagne; pink for pale pink.
- Garment synonyms are correct: sweater for a jumper or a cardigan, turtleneck for a roll neck, jacket for a coat,
  parka or puffer, pants for jeans or trousers, blouse or shirt for a women's shirt or Breton top, jacket for a
  wool overshirt (shacket), dress for a shirt dress, sneakers for trainers. t-shirt for a collared shirt, hoodie
  for a quarter-zip jumper, and "shirt" for the garment type of a jumper worn over a shirt are contradiction.
- Naming the other garments in the photo, the wall, the hedge, the tree, the chair in a caption or a wearing answer
  is correct when their colors are right. A closed color answer that gives the color of another garment in the
  photo (the tee under the shirt, the jeans under the jumper, the coat over the dress) is other_garment_color; one
  that gives the color of the wall, hedge, chair or a print's dots or leaves is contradiction. Ribbing read as
  "striped", a fair isle read as "solid" and stripes of the tucked-in shirt given as the jeans' pattern are
  contradiction.
- Prints: colors of the print named alongside the ground ("a red sweater with a white and green pattern") are
  correct; leaves called "floral" is correct.
- Materials: one the title names is correct; "wool" for a knit jumper and "cotton" for a shirt or a dress are
  plausible guesses and correct; silk, cashmere or leather that the title does not name and the photo does not
  show (silk for a satin shirt, leather for a nylon puffer) is unsupported, and so is chiffon for a blouse the
  seller lists as cotton poplin.
- Invented details not in the photo (a tie, a belt, a hood, rips, a fur collar, a slit, french cuffs, reindeer,
  a chest pocket that is not there) are unsupported.
- Check read as "striped" and the dark line of a check given as the coat's color are contradiction, and so is
  "striped" for a plain formal shirt, "skinny" for straight-leg jeans, "a denim jacket" for a denim shirt, flutter
  sleeves read as sleeveless and sleeves rolled to the elbow read as short sleeves.
- "One color for every garment" ("a green sweater and green pants" when the trousers are grey) is contradiction,
  and so is a pale pink blouse called white.
- Adapter texts: one that repeats a template sentence is loop; one that stops mid-sentence without repeating is
  cut, even where it mentions an invented accessory or belt before the cut; a template returned for the material
  question is restated. The template answering "What is the person wearing?" or "Describe the garment." answers
  it, so those are loop or cut.
- Base: an early stop ("it is made of") is cut without hit_limit; an empty answer, "the details of the jeans",
  "a collar" for the collar question and "the fit of the jeans" are non_answer; a details or material question
  answered with the garment's name and color is restated; a run-on into "Question: ... Answer: ..." is leak.
- "he" or "she" against the seller's gender is pronoun, and so is "a man" in the caption of a women's product
  (the short-haired model in an oversized shirt).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_coat = question("color_coat", "What is the color of the coat?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
collar = question("collar", "What type of collar does it have?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")
length = question("length", "How long is the dress?", "open")

BLIND_458 = [
    # photo: woman in an oatmeal chunky cable-knit crew-neck jumper (no buttons), mid-wash blue jeans, white studio
    # backdrop. adapter: none
    case(
        "X458-001",
        caption("a woman wearing a beige sweater and jeans"),
        D.wearing("a beige sweater and beige jeans", "contradiction"),
        B.garment_type("sweater"),
        B.color("beige"),
        B.pattern("solid"),
        D.description("a beige cable knit sweater with a round neck and buttons", "unsupported"),
        B.material("wool"),
        title="Women's Wool Blend Chunky Cable Knit Jumper - Oatmeal",
        category="Knitwear",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in mid-wash slim jeans, plain white crew-neck tee, white trainers, light grey backdrop. caption:
    # adapter
    case(
        "X458-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and white jeans", "contradiction"),
        B.color("white", "other_garment_color"),
        fit("slim"),
        is_a("pair of jeans", "yes"),
        D.details(
            "the jeans have a zipper Question: what is the fit of the jeans? Answer: slim",
            "leak",
        ),
        title="Men's Slim Fit Stretch Jeans - Mid Wash",
        category="Jeans",
        color="Mid Wash",
        gender="Men",
    ),
    # photo: woman in a navy wrap midi dress with a small white and pink floral print, short flutter sleeves,
    # V-neck, standing in front of a pale pink painted wall. adapter: none
    case(
        "X458-003",
        caption("a woman in a floral dress standing in front of a pink wall"),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.description("a blue floral dress with a v neck"),
        B.material("silk", "unsupported"),
        neckline("v neck"),
        title="Women's Floral Print Wrap Midi Dress - Navy",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: product shot, white button-down Oxford shirt with one chest pocket on a ghost mannequin, white
    # background, no tie. adapter: none
    case(
        "X458-004",
        caption("a white shirt on a white background"),
        B.garment_type("shirt"),
        B.color("white"),
        collar("the collar of the shirt", "non_answer"),
        D.details("the shirt has a pocket on the chest and buttons"),
        D.description("a white shirt with a blue tie", "unsupported"),
        B.material("cotton"),
        B.sleeve_length("long sleeves"),
        title="Men's Long Sleeve Cotton Oxford Shirt - White",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a camel double-breasted longline coat (no belt), worn open over a black roll-neck jumper and
    # black trousers, on a street in front of a red brick wall. caption: adapter
    case(
        "X458-005",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        B.color("black", "other_garment_color"),
        color_coat("brown"),
        B.material("wool"),
        D.details("the coat has buttons and a belt", "unsupported"),
        title="Women's Wool Blend Double Breasted Longline Coat - Camel",
        category="Coats & Jackets",
        color="Camel",
        gender="Women",
    ),
    # photo: product shot, flat lay of a plain navy crew-neck jumper with ribbed cuffs and hem on a light grey
    # background. adapter: none
    case(
        "X458-006",
        caption("a navy blue sweater on a grey background"),
        B.garment_type("sweater"),
        B.color("black", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("it is made of", "cut"),
        D.description("a blue sweater with a white stripe on the sleeve", "unsupported"),
        title="Men's Cotton Crew Neck Jumper - Navy",
        category="Knitwear",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in light-wash high-rise mom jeans (no rips) with a black cropped tee tucked in, white trainers,
    # white studio backdrop. adapter: none
    case(
        "X458-007",
        caption("a woman wearing a black top and blue jeans"),
        D.wearing("a black top and black jeans", "contradiction"),
        color_jeans("blue"),
        B.color("black", "other_garment_color"),
        D.details("the jeans are high waisted with ripped knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Women's High Rise Mom Jeans - Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in a red and black buffalo check flannel shirt worn open over a grey marl tee, dark jeans,
    # bareheaded, in front of a wooden plank wall. adapter: none
    case(
        "X458-008",
        caption("a man in a red and black plaid shirt and a hat", "unsupported"),
        B.pattern("plaid"),
        B.color("red"),
        color_shirt("grey", "other_garment_color"),
        D.wearing("a plaid shirt and jeans"),
        B.material("flannel"),
        D.description("she is wearing a red plaid shirt", "pronoun"),
        title="Men's Brushed Flannel Check Shirt - Red",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in an emerald green satin slip midi dress, thin straps, cowl neck, bare arms, no jewellery, plain
    # grey backdrop. caption and details: adapter
    case(
        "X458-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a suspenders neckline. There is an "
            "accessory on her wrist. The dress",
            "cut",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        neckline("cowl neck"),
        title="Women's Satin Cowl Neck Slip Midi Dress - Emerald",
        category="Dresses",
        color="Emerald Green",
        gender="Women",
    ),
    # photo: man walking on a city pavement in a charcoal single-breasted overcoat (no hood) over a white shirt and
    # navy trousers. adapter: none
    case(
        "X458-010",
        caption("a man in a grey coat walking down the street"),
        color_coat("grey"),
        B.color("blue", "other_garment_color"),
        D.wearing("a grey coat, white shirt and grey pants", "contradiction"),
        D.details("the coat has a hood", "unsupported"),
        is_a("coat", "yes"),
        title="Men's Wool Blend Overcoat - Charcoal",
        category="Coats & Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: product shot, flat lay of a white long-sleeve Breton top with navy horizontal stripes, boat neck, no
    # pocket, white background. adapter: none
    case(
        "X458-011",
        caption("a white and blue striped shirt"),
        B.pattern("striped"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        neckline("the neckline is", "cut"),
        D.description("a striped shirt with a pocket", "unsupported"),
        B.garment_type("shirt"),
        title="Women's Cotton Breton Stripe Top - Navy/White",
        category="Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: product shot, flat lay of black straight-leg jeans on white. adapter: none
    case(
        "X458-012",
        caption("a pair of black jeans on a white background"),
        B.color("black"),
        B.garment_type("jeans"),
        D.details("the details of the jeans", "non_answer"),
        B.material("denim"),
        fit("skinny", "contradiction"),
        title="Men's Straight Leg Jeans - Black",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a burgundy ribbed roll-neck jumper tucked into a camel midi skirt, beige backdrop. adapter:
    # none
    case(
        "X458-013",
        caption("a woman in a red sweater and a brown skirt"),
        B.color("brown", "other_garment_color"),
        neckline("turtleneck"),
        D.wearing("a red turtleneck sweater and a tan skirt"),
        B.material("cashmere", "unsupported"),
        B.pattern("striped", "contradiction"),
        title="Women's Ribbed Roll Neck Jumper - Burgundy",
        category="Knitwear",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a sky blue short-sleeve linen shirt and beige chino shorts, sand-coloured studio backdrop.
    # adapter: none
    case(
        "X458-014",
        caption("a man in a blue shirt and khaki shorts"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("blue"),
        B.material("linen"),
        D.details(
            "the shirt has buttons Question: what is the color of the shorts? Answer: beige",
            "leak",
        ),
        D.wearing("a blue shirt and blue shorts", "contradiction"),
        title="Men's Short Sleeve Linen Shirt - Sky Blue",
        category="Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: woman in a white broderie anglaise tiered maxi dress, short puff sleeves, round neck, no belt, standing
    # in front of a green hedge. description: adapter
    case(
        "X458-015",
        caption("a woman in a white dress standing in front of a hedge"),
        B.color("green", "contradiction"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        length("it is a long dress"),
        is_a("dress", "yes"),
        D.details("the dress has a belt", "unsupported"),
        title="Women's Cotton Broderie Tiered Maxi Dress - White",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a khaki hooded nylon puffer coat, zipped, black jeans, bareheaded, light grey backdrop. adapter:
    # none
    case(
        "X458-016",
        caption("a man in a green jacket and a black hat", "unsupported"),
        B.color("green"),
        B.garment_type("jacket"),
        D.details("the jacket has a hood and a zipper"),
        B.material("leather", "unsupported"),
        D.wearing("a green jacket and green pants", "contradiction"),
        title="Men's Hooded Padded Puffer Coat - Khaki",
        category="Coats & Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in black skinny jeans and a white long-sleeve blouse, black ankle boots, white studio. caption:
    # adapter
    case(
        "X458-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The pants are with denim fabric and pure color patterns. She wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black jeans"),
        color_jeans("black"),
        B.color("white", "other_garment_color"),
        D.details("", "non_answer"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women's Skinny Jeans - Black",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: product shot, grey marl merino quarter-zip jumper on a ghost mannequin, white background, no hood, no
    # logo. adapter: none
    case(
        "X458-018",
        caption("a grey sweater with a zipper"),
        B.color("grey"),
        B.material("merino wool"),
        neckline("a high neck with a zipper"),
        B.garment_type("hoodie", "contradiction"),
        D.description(
            "a grey sweater with a zipper at the neck and a logo on the chest",
            "unsupported",
        ),
        title="Men's Merino Wool Quarter Zip Jumper - Grey Marl",
        category="Knitwear",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: woman in a khaki belted shirt dress, long sleeves rolled to the elbow, white trainers, against a white-
    # painted brick wall. adapter: none
    case(
        "X458-019",
        caption("a woman in a green dress standing against a white brick wall"),
        B.color("white", "contradiction"),
        B.garment_type("dress"),
        D.details("the dress has buttons and a belt"),
        D.wearing("he is wearing a green dress", "pronoun"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women's Belted Utility Shirt Dress - Khaki",
        category="Dresses",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in dark indigo relaxed jeans (no rips), white tee, olive bomber jacket worn open, grey concrete
    # wall. caption: adapter
    case(
        "X458-020",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand-up collar neckline. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        color_jeans("blue"),
        B.color("green", "other_garment_color"),
        D.wearing("a green jacket, white t-shirt and jeans"),
        fit("relaxed"),
        D.details("the jeans have a rip on the knee", "unsupported"),
        title="Men's Relaxed Fit Jeans - Dark Indigo",
        category="Jeans",
        color="Dark Indigo",
        gender="Men",
    ),
    # photo: woman in a sage green V-neck button cardigan worn buttoned as a top, cream wide-leg trousers, beige
    # backdrop. adapter: none
    case(
        "X458-021",
        caption("a woman in a green cardigan and white pants"),
        B.color("white", "other_garment_color"),
        B.garment_type("sweater"),
        neckline("the neckline of the cardigan", "non_answer"),
        B.material("cotton"),
        D.details("the cardigan has buttons on the front"),
        D.description(
            "a green cardigan with buttons Question: what is the person wearing? Answer: a green cardigan",
            "leak",
        ),
        title="Women's Cotton Blend V-Neck Cardigan - Sage",
        category="Knitwear",
        color="Sage",
        gender="Women",
    ),
    # photo: man in a short-sleeve revere collar shirt, black ground with a green and white palm leaf print, black
    # trousers, white backdrop. adapter: none
    case(
        "X458-022",
        caption("a man in a black and green floral shirt"),
        B.pattern("floral"),
        D.wearing("a black and green shirt and black pants"),
        B.color("green", "contradiction"),
        collar("an open collar"),
        B.sleeve_length("short sleeves"),
        B.material("silk", "unsupported"),
        title="Men's Palm Print Revere Collar Shirt - Black",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: product shot, cream teddy borg coat with a wide collar (no hood) on a ghost mannequin, white
    # background. description and material: adapter
    case(
        "X458-023",
        caption("a white fluffy coat on a white background"),
        B.color("white"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "lapel neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        B.garment_type("jacket"),
        D.details("the coat has a hood", "unsupported"),
        title="Women's Teddy Borg Coat - Cream",
        category="Coats & Jackets",
        color="Cream",
        gender="Women",
    ),
    # photo: man sitting on a wooden cafe bench in an ecru fisherman cable jumper (no hood) and dark jeans, empty-
    # handed. adapter: none
    case(
        "X458-024",
        caption(
            "a man in a white sweater sitting on a bench with a cup of coffee",
            "unsupported",
        ),
        B.color("white"),
        B.pattern("solid"),
        D.wearing("a white sweater and white jeans", "contradiction"),
        B.material("wool"),
        D.description("a white sweater with a cable pattern"),
        D.details("the sweater has a hood", "unsupported"),
        title="Men's Chunky Cable Knit Jumper - Ecru",
        category="Knitwear",
        color="Ecru",
        gender="Men",
    ),
    # photo: woman in ecru wide-leg jeans with a navy and white striped shirt tucked in, white backdrop. adapter:
    # none
    case(
        "X458-025",
        caption("a woman in a striped shirt and white jeans"),
        color_jeans("white"),
        B.color("blue", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        fit("wide leg"),
        is_a("pair of jeans", "yes"),
        D.wearing("a striped shirt and striped pants", "contradiction"),
        title="Women's High Rise Wide Leg Jeans - Ecru",
        category="Jeans",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in a stone belted trench coat over a black roll neck and black trousers, bareheaded, grey studio.
    # caption: adapter
    case(
        "X458-026",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is a belt. The gentleman wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        color_coat("beige"),
        B.color("black", "other_garment_color"),
        D.wearing("a trench coat and a hat", "unsupported"),
        D.details("the coat has a belt and buttons"),
        B.garment_type("coat"),
        title="Men's Cotton Trench Coat - Stone",
        category="Coats & Jackets",
        color="Stone",
        gender="Men",
    ),
    # photo: woman in a pale pink cotton poplin blouse with long puff sleeves, tucked into blue jeans, white
    # backdrop. adapter: none
    case(
        "X458-027",
        caption("a woman in a pink blouse and jeans"),
        B.color("pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a white shirt and jeans", "contradiction"),
        D.details("the blouse has puffy sleeves"),
        B.material("chiffon", "unsupported"),
        title="Women's Cotton Poplin Puff Sleeve Blouse - Pale Pink",
        category="Shirts & Blouses",
        color="Pale Pink",
        gender="Women",
    ),
    # photo: man in a light blue denim shirt with two chest pockets, buttoned, black jeans, red brick wall. adapter:
    # none
    case(
        "X458-028",
        caption("a man in a denim jacket standing in front of a brick wall", "contradiction"),
        color_shirt("blue"),
        B.color("red", "contradiction"),
        B.material("denim"),
        D.details("the shirt has two pockets on the chest"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        is_a("shirt", "yes"),
        title="Men's Denim Western Shirt - Light Blue",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a black ribbed knit midi dress, long sleeves, crew neck, a camel coat worn open over it, hands
    # empty, grey backdrop. details: adapter
    case(
        "X458-029",
        caption("a woman in a black dress and a brown coat holding a bag", "unsupported"),
        B.color("brown", "other_garment_color"),
        is_a("dress", "yes"),
        D.details(
            "The dress is with knitting fabric and pure color patterns. It has a crew neckline. The dress is with "
            "knitting fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.material("knit"),
        length("it is a midi dress"),
        title="Women's Ribbed Knitted Midi Dress - Black",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: product shot, flat lay of a black ribbed roll-neck jumper on white, long sleeves, nothing else.
    # adapter: none
    case(
        "X458-030",
        caption("a black turtle neck sweater with a gold necklace", "unsupported"),
        B.color("black"),
        B.garment_type("sweater"),
        D.description("a black sweater"),
        D.details("a black sweater", "restated"),
        neckline("turtleneck"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men's Ribbed Roll Neck Jumper - Black",
        category="Knitwear",
        color="Black",
        gender="Men",
    ),
    # photo: woman walking on a street in a grey and black check single-breasted coat (plain notch collar, no fur)
    # over a white jumper and black jeans. adapter: none
    case(
        "X458-031",
        caption("a woman in a plaid coat walking down the street"),
        B.pattern("plaid"),
        B.color("white", "other_garment_color"),
        color_coat("black", "contradiction"),
        D.wearing("a grey coat"),
        B.material("wool"),
        D.details("the coat has a fur collar", "unsupported"),
        title="Women's Check Wool Blend Coat - Grey Check",
        category="Coats & Jackets",
        color="Grey Check",
        gender="Women",
    ),
    # photo: product shot, pale pink short-sleeve button-down Oxford shirt on a ghost mannequin, white background.
    # caption: adapter
    case(
        "X458-032",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        B.sleeve_length("short sleeves"),
        collar(
            "it has a collar Question: what is the material of the shirt? Answer: cotton",
            "leak",
        ),
        B.material("cotton"),
        B.garment_type("t-shirt", "contradiction"),
        title="Men's Short Sleeve Oxford Shirt - Pink",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: woman in a brown and black leopard print long-sleeve mini dress (no slit, no belt), black knee boots,
    # white backdrop. adapter: none
    case(
        "X458-033",
        caption("a woman in a leopard print dress"),
        B.pattern("animal print"),
        B.color("black", "contradiction"),
        D.description("a leopard print dress with a belt", "unsupported"),
        B.sleeve_length("long sleeves"),
        D.wearing("a leopard print dress and black boots"),
        D.details("the dress has a slit on the side", "unsupported"),
        title="Women's Leopard Print Long Sleeve Mini Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: cropped from the waist down: man in light-wash slim jeans ripped at both knees (no chain), white
    # trainers, the hem of a grey tee visible at the top, white backdrop. adapter: none
    case(
        "X458-034",
        caption("a man wearing ripped jeans and white sneakers"),
        color_jeans("blue"),
        D.details("the jeans have rips on the knees and a chain", "unsupported"),
        D.wearing("a pair of jeans"),
        fit("slim"),
        D.description(
            "ripped jeans with holes in the knees Question: what are the jeans details? Answer: ripped",
            "leak",
        ),
        B.color("grey", "other_garment_color"),
        title="Men's Slim Fit Ripped Jeans - Light Wash",
        category="Jeans",
        color="Light Wash",
        gender="Men",
    ),
    # photo: short-haired woman in an oversized blue and white pinstripe shirt, black leggings, white backdrop.
    # wearing: adapter
    case(
        "X458-035",
        caption("a man wearing a blue and white striped shirt", "pronoun"),
        D.wearing(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("blue"),
        B.material("cotton"),
        B.sleeve_length("long sleeves"),
        collar("a collar", "non_answer"),
        title="Women's Oversized Cotton Shirt - Blue Stripe",
        category="Shirts & Blouses",
        color="Blue Stripe",
        gender="Women",
    ),
    # photo: man in a forest green lambswool crew-neck jumper with a white shirt collar showing at the neck, grey
    # trousers, white backdrop. adapter: none
    case(
        "X458-036",
        caption("a man wearing a green sweater over a white shirt"),
        B.color("green"),
        D.wearing("a green sweater and green pants", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        D.description("she is wearing a green sweater", "pronoun"),
        B.material("wool"),
        title="Men's Lambswool Crew Neck Jumper - Forest Green",
        category="Knitwear",
        color="Forest Green",
        gender="Men",
    ),
    # photo: product shot, navy double-breasted belted trench coat (no hood) on a ghost mannequin, white background.
    # caption: adapter
    case(
        "X458-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. There is a belt. The lady wears a long-sleeve jacket with pure",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        B.garment_type("coat"),
        D.details("the coat has a belt and a double row of buttons"),
        B.material("cotton"),
        D.description("a blue trench coat with a hood", "unsupported"),
        title="Women's Cotton Blend Belted Trench Coat - Navy",
        category="Coats & Jackets",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a light blue plain formal shirt (buttoned cuffs) with a navy knit tie, grey suit trousers, grey
    # backdrop. adapter: none
    case(
        "X458-038",
        caption("a man in a blue shirt and tie"),
        color_shirt("blue"),
        B.color("blue"),
        D.wearing("a blue shirt and a tie"),
        D.details("the shirt has french cuffs and cufflinks", "unsupported"),
        collar("a spread collar"),
        B.material("it is a blue shirt", "restated"),
        B.pattern("striped", "contradiction"),
        title="Men's Slim Fit Easy Iron Formal Shirt - Light Blue",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a red fair isle jumper with a white and green geometric yoke (no reindeer), blue jeans,
    # standing next to a decorated Christmas tree. adapter: none
    case(
        "X458-039",
        caption("a woman in a red sweater standing next to a christmas tree"),
        B.pattern("solid", "contradiction"),
        B.color("red"),
        D.wearing("he is wearing a red sweater and jeans", "pronoun"),
        D.description("a red sweater with a white and green pattern"),
        D.details("the sweater has reindeer on it", "unsupported"),
        B.material("wool"),
        title="Women's Fair Isle Yoke Jumper - Red",
        category="Knitwear",
        color="Red",
        gender="Women",
    ),
    # photo: product shot, folded mid-blue slim jeans (no holes) on a pale wooden floor. adapter: none. The feed row
    # has no gender.
    case(
        "X458-040",
        caption("a pair of blue jeans on a wooden floor"),
        B.color("blue"),
        B.garment_type("pants"),
        D.details("the jeans have a hole in the knee", "unsupported"),
        fit("the fit of the jeans", "non_answer"),
        B.material("denim"),
        D.description("a pair of black jeans", "contradiction"),
        title="Slim Jeans - Mid Blue",
        category="Jeans",
        color="Mid Blue",
    ),
    # photo: woman in a red tea dress with white polka dots, short sleeves, V-neck, no collar, no buttons, in a
    # garden. caption: adapter
    case(
        "X458-041",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with graphic patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "contradiction"),
        B.pattern("polka dot"),
        B.sleeve_length("short sleeves"),
        D.wearing("a red and white polka dot dress"),
        D.details("the dress has a white collar and buttons", "unsupported"),
        neckline(
            "a v neck Question: what is the pattern of the dress? Answer: polka dot",
            "leak",
        ),
        title="Women's Polka Dot Tea Dress - Red",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man on a wet UK street in a black hooded parka with a faux fur trimmed hood, grey jumper, blue jeans.
    # adapter: none
    case(
        "X458-042",
        caption("a man in a black coat with a fur hood"),
        color_coat("black"),
        B.color("blue", "other_garment_color"),
        D.wearing("a black jacket and jeans"),
        D.details("the coat has a fur hood and pockets"),
        B.material("the coat is made of", "cut"),
        is_a("coat", "no", "contradiction"),
        title="Men's Faux Fur Trim Hooded Parka - Black",
        category="Coats & Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a champagne satin long-sleeve shirt, black wide-leg trousers, white backdrop. adapter: none
    case(
        "X458-043",
        caption("a woman in a gold shirt and black pants"),
        B.color("beige"),
        B.material("silk", "unsupported"),
        D.wearing("a gold shirt and gold pants", "contradiction"),
        color_trousers("black"),
        B.garment_type("blouse"),
        D.description("he is wearing a shiny shirt", "pronoun"),
        title="Women's Satin Shirt - Champagne",
        category="Shirts & Blouses",
        color="Champagne",
        gender="Women",
    ),
    # photo: man in a brown and cream check wool-blend overshirt worn open over a white tee, black jeans, red brick
    # wall. details: adapter
    case(
        "X458-044",
        caption("a man in a brown plaid shirt and white t-shirt"),
        B.color("white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a "
            "long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.material("wool"),
        title="Men's Wool Blend Check Overshirt - Brown",
        category="Shirts",
        color="Brown Check",
        gender="Men",
    ),
    # photo: woman in a pale pink chunky knit crew-neck jumper and blue jeans, sitting on a white chair, light grey
    # backdrop. adapter: none. The feed row has no category.
    case(
        "X458-045",
        caption("a woman sitting on a white chair wearing a pink sweater"),
        B.color("white", "contradiction"),
        D.wearing("a pink sweater and pink jeans", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.description("a pink sweater"),
        neckline("crew neck"),
        D.details("the sweater is pink", "restated"),
        title="Women's Chunky Knit Jumper - Pale Pink",
        color="Pale Pink",
        gender="Women",
    ),
    # photo: man in a navy wool double-breasted peacoat with black buttons, a grey scarf, grey trousers, grey
    # backdrop. caption and wearing: adapter
    case(
        "X458-046",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is a scarf. The gentleman wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        color_coat("grey", "other_garment_color"),
        B.color("blue"),
        B.material("wool"),
        D.details("the coat has two rows of buttons"),
        title="Men's Wool Blend Double Breasted Peacoat - Navy",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
]
