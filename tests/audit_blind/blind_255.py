"""BLIND_255 (46 products; US women's and men's casual catalog: tees, henleys, flannels, hoodies, denim, dresses):
written blind in the forty-second session. Measured blind at bed60cf (the session's rules as they stood): 118/145
failures found (81.4%) and 2/182 correct texts flagged (1.1%). The writer's notes, verbatim:

Scenario: a US online retailer's women's and men's casual catalog feed: graphic tees, henleys, flannel shirts,
hoodies, denim jackets, jeans, chinos, sundresses and cardigans, shot on models in lifestyle settings (cafes, parks,
beaches, brick and painted walls, trucks, bikes, skate parks), usually worn with other garments (a tee under a
jacket, jeans under a hoodie, a tank under a cardigan). Each row has the seller's title, category, color and gender;
the seller's colors are retail words (Heather Grey, Light Wash, Oatmeal, Rust, Sage, Khaki, Washed Black), and a few
rows miss the gender or the color, as real feeds do.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` answered the default questionnaire (short lowercase texts that
stop on their own, never hit_limit). For every third item (003, 006, ... 045) the caption came from the caption-only
LoRA adapter (DeepFashion template: "The gentleman wears a long-sleeve shirt with lattice patterns ..."), and for
those items the adapter also answered one or two open questions, named in the comment; with no end token it runs
to its limit (50 tokens for captions, 30 for answers) and every adapter text has hit_limit=True. Closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets: never a loop or a cut. The set adds two open questions of
its own: the print on a graphic tee and the fit of jeans and pants.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's retail color: blue for navy, indigo, light/medium/dark wash; grey for
  heather grey and charcoal; green for olive, sage and forest green; purple for lavender and lilac; beige or tan for
  khaki and oatmeal; white or cream for cream; red for burgundy; orange or brown for rust; yellow for mustard; grey
  for washed black denim (it is faded to charcoal). Pink for lavender and orange for mustard are contradiction.
- The color of the print, the stripes of a tartan or the trim (a pink slogan on a white tee, a yellow surf logo, the
  cream sherpa collar of an indigo jacket, the thin yellow lines of a green tartan, the white dots of a navy dress,
  the white half of red gingham) given as the garment's color is contradiction. A color of the backdrop or a prop
  (a green hedge, a pink wall, a blue house, a red truck) given to the garment is contradiction. The color of another
  garment worn in the photo (the tee under the jacket, the jeans under the tee, one color for every garment) given
  to the product is other_garment_color; the product's color given to another piece ("grey jeans" under a grey
  plaid shirt, when the jeans are black) is contradiction.
- Garment synonyms are correct: tee and t-shirt for a henley, sweatshirt for a hoodie, sweater for a cardigan,
  trousers, khakis or pants for chinos, jean jacket for denim jacket, coat for a sherpa jacket, lace for eyelet,
  plaid for gingham or tartan. The reference engine's "yes" to "Is this a hoodie?" for a denim jacket worn over a
  hoodie, "no" to "Is this a cardigan?" for a cardigan, "dress" for a jacket worn over a dress, striped for plaid,
  and the pattern of another piece (striped or floral for the plain product) are contradiction, and so are "polo
  shirt" for a henley, "skirt" for a tiered sundress, "skinny" for boyfriend jeans, "sleeveless" for flutter
  sleeves and "sweater" or "jacket" for chinos or jeans worn under a sweater or a jacket.
- Materials: one the title names (flannel, linen, fleece, denim, sherpa) or that is plainly visible (denim, knit) is
  correct, and so is cotton for a plain tee, sundress or chino; wool, cashmere, silk or polyester neither named nor
  visible is unsupported; denim for khaki chinos is unsupported; leather (the jacket's) for jeans is contradiction.
- Invented details (a chest pocket on a plain tee, a slit, a belt, pockets, a tie back on a seated front view, ripped
  sleeves) are unsupported.
- "she" for a man, "he" for a woman, and "a woman" for a man or "a man" for a woman in a caption are pronoun.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even when its first words are right. A base
  answer stopped early ("it is made of", "the pants are made of a") is cut without hit_limit. An empty answer, "the
  dress has details", "the hoodie has a hood" and "the details of the cardigan" are non_answer; a material
  question answered with the garment's name or color is restated.
- Adapter texts: a repeated template sentence is loop; otherwise a text stopped mid-sentence is cut, even where it
  invents an accessory ("an accessory on his wrist") or calls a hoodie or henley a sweater; the template returned to
  the material question is restated. Where the template misnames the garment (leggings for black skinny jeans) the
  misnaming is contradiction, hit_limit kept.
- Captions that only describe the scene ("a man holding a surfboard on the beach") are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

printed = question("print", "What is printed on the shirt?", "open")
fit = question("fit", "What is the fit of the garment?", "open")

BLIND_255 = [
    # photo: man in a black tee with a white and orange mountain-sunset print, blue jeans, outdoor cafe table in front
    # of a red brick wall, front view to the thighs. No adapter text.
    case(
        "X255-001",
        caption("a man in a black t-shirt with a mountain graphic standing in front of a brick wall"),
        D.wearing("a black t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("black"),
        printed("a mountain and a sunset"),
        D.details("a black t-shirt with a pocket on the chest", "unsupported"),
        D.material("a black t-shirt", "restated"),
        D.sleeve_length("short sleeves"),
        title="Men's Black Vintage Mountain Graphic Tee",
        category="Graphic Tees",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a yellow sundress with small white flowers, thin tie straps, knee length, in a garden with
    # green hedges, straw hat in her hand. No adapter text.
    case(
        "X255-002",
        caption("a woman in a white dress standing in a garden", "contradiction"),
        D.wearing("a yellow floral dress"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("spaghetti straps with ties on the shoulders"),
        D.material("cotton"),
        title="Women's Yellow Floral Tie-Strap Midi Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in a red and black buffalo check flannel shirt worn open over a grey tee, dark jeans, in a cabin with
    # wooden log walls. Caption and details: adapter.
    case(
        "X255-003",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt"),
        D.color("red"),
        D.pattern("plaid"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel. The shirt is with cotton "
            "fabric and lattice patterns. Its",
            "loop",
            hit_limit=True,
        ),
        D.material("the shirt is red and black", "restated"),
        is_a("flannel shirt", "yes"),
        title="Men's Red and Black Buffalo Plaid Flannel Shirt",
        category="Flannel Shirts",
        color="Red/Black",
        gender="Men",
    ),
    # photo: woman in an oatmeal chunky-knit button cardigan, open over a white tank, light blue jeans, seated in a
    # coffee shop holding a mug. No adapter text.
    case(
        "X255-004",
        caption("a woman sitting in a coffee shop holding a cup of coffee"),
        D.wearing("a beige cardigan and blue jeans"),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.description("a chunky knit cardigan with buttons"),
        D.material("it is made of wool and cashmere", "unsupported"),
        title="Women's Oatmeal Chunky Knit Button Cardigan",
        category="Cardigans",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in a heather grey long-sleeve henley with a three-button placket, sleeves pushed up, khaki chinos,
    # standing in a kitchen. No adapter text.
    case(
        "X255-005",
        caption("a man standing in a kitchen wearing a grey shirt"),
        D.wearing("a grey henley shirt and khaki pants"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a grey long sleeve shirt Question: what color are his pants? Answer: khaki",
            "leak",
        ),
        D.details("three buttons at the neck and a chest pocket", "unsupported"),
        D.material("cotton"),
        title="Men's Heather Grey Long Sleeve Henley",
        category="Henleys",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: woman in a light wash denim jacket over a white graphic tee and a black mini skirt, city sidewalk by a
    # brick wall. Caption, description and material: adapter.
    case(
        "X255-006",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a short skirt. The skirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a black skirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel",
            "restated",
            hit_limit=True,
        ),
        is_a("denim jacket", "yes"),
        title="Women's Classic Light Wash Denim Jacket",
        category="Denim Jackets",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in dark indigo slim jeans, a plain white tee, white sneakers, full body against a white wall.
    # No adapter text.
    case(
        "X255-007",
        caption("a man in a white t-shirt and jeans standing against a white wall"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.garment_type("jeans"),
        color_of("jeans", "white", "other_garment_color"),
        fit("slim fit"),
        D.details("the jeans have a button and a zipper"),
        D.material("denim"),
        D.pattern("solid"),
        title="Men's Slim Fit Dark Wash Jeans",
        category="Jeans",
        color="Dark Wash",
        gender="Men",
    ),
    # photo: woman in a navy sundress with white polka dots, smocked bodice, short flutter sleeves, on a wooden beach
    # boardwalk. No adapter text.
    case(
        "X255-008",
        caption("a woman in a blue and white polka dot dress on a boardwalk"),
        D.wearing("a black dress with white polka dots", "contradiction"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeves"),
        D.details("a smocked bodice and ruffled sleeves"),
        D.material("polyester", "unsupported"),
        title="Women's Navy Polka Dot Smocked Sundress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a forest green pullover hoodie, hood down, kangaroo pocket, grey joggers, park with trees.
    # Caption and details: adapter.
    case(
        "X255-009",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green hoodie and grey sweatpants"),
        D.garment_type("hoodie"),
        D.color("grey", "other_garment_color"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a hooded neckline. The sweater is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("hoodie", "yes"),
        title="Men's Forest Green Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Forest Green",
        gender="Men",
    ),
    # photo: woman in medium wash high-rise mom jeans, a red and white striped tee tucked in, white sneakers, walking
    # on a sidewalk. No adapter text.
    case(
        "X255-010",
        caption(
            "a woman in a red shirt and red jeans walking down the street",
            "other_garment_color",
        ),
        D.wearing("a red and white striped shirt and blue jeans"),
        color_of("jeans", "red", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        fit("high waisted"),
        D.description("the jeans are high waisted and have a relaxed fit"),
        D.material("denim"),
        title="Women's High Rise Mom Jeans",
        category="Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man in khaki stretch chinos, a navy button-down shirt tucked in, brown belt, brown loafers, office lobby.
    # No adapter text. The feed row has no gender.
    case(
        "X255-011",
        caption("a man in a blue shirt and blue pants", "other_garment_color"),
        D.wearing("a blue shirt and tan pants"),
        D.garment_type("pants"),
        D.color("blue", "other_garment_color"),
        D.details("a belt and pockets"),
        D.material("cotton"),
        is_a("pair of jeans", "no"),
        fit("slim fit"),
        title="Men's Khaki Stretch Chino Pants",
        category="Chinos",
        color="Khaki",
    ),
    # photo: woman in a white tee with a pink and orange "good vibes" slogan over a sun, tucked into light denim
    # shorts, on a beach. Caption and description: adapter.
    case(
        "X255-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and denim shorts"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        printed("good vibes Question: what is the woman wearing? Answer: a t-shirt", "leak"),
        D.description(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        title="Women's White Good Vibes Graphic Tee",
        category="Graphic Tees",
        color="White",
        gender="Women",
    ),
    # photo: man in a medium blue denim trucker jacket over a black hoodie (hood out over the collar), black jeans,
    # in a parking garage. No adapter text.
    case(
        "X255-013",
        caption("a man wearing a denim jacket and a black hoodie"),
        D.wearing("a black jacket and black pants", "other_garment_color"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.details("buttons and two chest pockets"),
        D.material("denim"),
        is_a("hoodie", "yes", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men's Vintage Wash Denim Trucker Jacket",
        category="Denim Jackets",
        color="Medium Blue",
        gender="Men",
    ),
    # photo: woman in a sage green cropped v-neck cardigan buttoned as a top, pearl-look buttons, white wide-leg
    # pants, in front of a pink painted wall. No adapter text.
    case(
        "X255-014",
        caption("a woman standing in front of a pink wall"),
        D.wearing("a green sweater and white pants"),
        D.color("green"),
        D.description("a pink cardigan with buttons", "contradiction"),
        D.details("a v neck and pearl buttons"),
        D.material("the sweater is green", "restated"),
        title="Women's Sage Green V-Neck Cropped Cardigan",
        category="Cardigans",
        color="Sage",
        gender="Women",
    ),
    # photo: man in a navy short-sleeve henley with a two-button placket, grey shorts, backyard with a wooden fence.
    # Caption and material: adapter.
    case(
        "X255-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a medium-length shorts. The "
            "T-shirt is with cotton fabric. It has a round neckline. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey shorts"),
        D.garment_type("polo shirt", "contradiction"),
        D.color("black", "contradiction"),
        D.details("two buttons at the collar"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men's Navy Short Sleeve Henley Tee",
        category="Henleys",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a red and white gingham sundress, square neck, wide straps, sitting on a white picnic blanket
    # in a park with a wicker basket, front view. No adapter text.
    case(
        "X255-016",
        caption("a woman sitting on a blanket in a park with a picnic basket"),
        D.wearing("a red and white checkered dress"),
        D.color("white", "contradiction"),
        D.pattern("plaid"),
        D.sleeve_length("sleeveless"),
        D.details("a square neckline and a tie in the back", "unsupported"),
        D.material("cotton"),
        is_a("dress", "yes"),
        title="Women's Red Gingham Sleeveless Sundress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: man in a heather navy tee with a yellow and orange wave and "PACIFIC SURF CO." print, beige shorts,
    # holding a surfboard on a beach. No adapter text.
    case(
        "X255-017",
        caption("a woman holding a surfboard on the beach", "pronoun"),
        D.wearing("a blue t-shirt with a yellow logo and shorts"),
        D.color("yellow", "contradiction"),
        printed("a wave and the words pacific surf co"),
        D.details("a pocket on the chest and a surfboard", "unsupported"),
        D.material("cotton"),
        D.garment_type("t-shirt"),
        title="Men's Heather Navy Retro Surf Graphic T-Shirt",
        category="Graphic Tees",
        color="Heather Navy",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, a cream oversized knit sweater, black ankle boots, street with autumn leaves.
    # Caption: adapter.
    case(
        "X255-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "knitting fabric. The leggings are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white sweater and white pants", "other_garment_color"),
        D.garment_type("jeans"),
        color_of("jeans", "black"),
        D.details("the jeans are skinny and have zippers at the ankles", "unsupported"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Women's Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in a blue and green plaid flannel button-down with two chest pockets, buttoned, a white undershirt
    # collar showing, khaki chinos, leaning on a red pickup truck. No adapter text.
    case(
        "X255-019",
        caption("a man leaning against a red truck"),
        D.wearing("a red plaid shirt and khaki pants", "contradiction"),
        D.color("blue"),
        D.pattern("plaid"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a blue and green plaid flannel shirt Question: what is he leaning on? Answer: a truck",
            "leak",
        ),
        D.material("flannel"),
        is_a("flannel shirt", "yes"),
        title="Men's Blue and Green Plaid Flannel Button-Down",
        category="Flannel Shirts",
        color="Blue/Green",
        gender="Men",
    ),
    # photo: woman in a lavender cropped hoodie with drawstrings, black leggings, yoga studio with a wooden floor.
    # No adapter text.
    case(
        "X255-020",
        caption("a woman in a purple hoodie and black leggings"),
        D.wearing("a pink sweatshirt and black leggings", "contradiction"),
        D.garment_type("hoodie"),
        D.color("black", "other_garment_color"),
        D.details("a hood with drawstrings and a cropped hem"),
        D.material("it is made of", "cut"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women's Lavender Cropped Hoodie",
        category="Hoodies & Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in olive slim chinos, a white oxford shirt with rolled sleeves, white sneakers, rooftop with a city
    # skyline. Caption and details: adapter.
    case(
        "X255-021",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and green pants"),
        D.color("green"),
        color_of("pants", "white", "other_garment_color"),
        fit("slim fit Question: what color is his shirt? Answer: white", "leak"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. This gentleman wears a long-sleeve shirt "
            "with pure color patterns and a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men's Olive Slim Chino Pants",
        category="Chinos",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a blue wrap maxi dress with white and pink flowers, short flutter sleeves, v neck, tie at the
    # waist, in a vineyard at sunset; the skirt falls closed to the ankles. No adapter text.
    case(
        "X255-022",
        caption("a woman in a blue floral dress standing in a vineyard"),
        D.wearing("a long blue dress with flowers"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a blue floral maxi dress with a v neck"),
        D.details("a wrap front with a tie at the waist and a slit on the side", "unsupported"),
        D.material("silk", "unsupported"),
        D.color("white", "contradiction"),
        title="Women's Blue Floral Wrap Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a grey tee with a black and red "BROOKLYN NYC 1898" print, black jeans, subway station with white
    # tiles. No adapter text.
    case(
        "X255-023",
        caption("a man standing in a subway station wearing a grey t-shirt"),
        D.wearing("she is wearing a grey t-shirt that says brooklyn", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("red", "contradiction"),
        printed("brooklyn nyc"),
        D.material("the t-shirt is grey", "restated"),
        title="Men's Grey Brooklyn NYC Graphic Tee",
        category="Graphic Tees",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in an oversized black denim jacket over a yellow floral midi sundress, white sneakers, flower
    # market stalls. Caption and description: adapter.
    case(
        "X255-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long dress. The dress is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a yellow floral dress"),
        D.garment_type("dress", "contradiction"),
        D.color("yellow", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        is_a("denim jacket", "yes"),
        D.pattern("floral", "contradiction"),
        title="Women's Oversized Black Denim Jacket",
        category="Denim Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a black zip-up hoodie worn open over a white tee, grey jeans, sitting on a skateboard in a skate
    # park. No adapter text.
    case(
        "X255-025",
        caption("a man sitting on a skateboard at a skate park"),
        D.wearing("a black hoodie, a white t-shirt and grey jeans"),
        D.garment_type("hoodie"),
        D.color("white", "other_garment_color"),
        D.description(
            "a black zip up hoodie with a hood Question: what is the man sitting on? Answer: a skateboard",
            "leak",
        ),
        D.details("a zipper and two pockets"),
        D.material("a black hoodie", "restated"),
        title="Men's Black Zip-Up Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a knee-length burgundy cable-knit cardigan with patch pockets, a black turtleneck, blue jeans,
    # sitting on a park bench in autumn. No adapter text.
    case(
        "X255-026",
        caption("a woman in a red sweater sitting on a bench in a park"),
        D.wearing("a black cardigan, a black top and jeans", "other_garment_color"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the details of the cardigan", "non_answer"),
        D.material("knit"),
        D.garment_type("cardigan"),
        title="Women's Burgundy Cable Knit Long Cardigan",
        category="Cardigans",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a rust waffle-knit long-sleeve henley, dark jeans, by a campfire at dusk.
    # Caption and material: adapter.
    case(
        "X255-027",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with cotton fabric. It has a round neckline. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt and jeans"),
        D.garment_type("shirt"),
        D.color("brown"),
        D.details("a waffle knit texture and a hood", "unsupported"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men's Burnt Orange Waffle Knit Henley",
        category="Henleys",
        color="Rust",
        gender="Men",
    ),
    # photo: woman in light blue wide-leg jeans, a black fitted tank, gold hoop earrings, white sneakers, beige studio
    # backdrop; no belt. No adapter text.
    case(
        "X255-028",
        caption("a woman in a black top and blue jeans"),
        D.wearing("a black tank top and wide leg jeans"),
        D.color("black", "other_garment_color"),
        color_of("jeans", "blue"),
        fit("wide leg"),
        D.details("the jeans have a high waist and a belt", "unsupported"),
        D.material("denim"),
        D.description("a pair of blue jeans with a black top and a gold necklace", "unsupported"),
        title="Women's Light Blue Wide Leg Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a dark indigo denim jacket with a cream sherpa collar and lining, a grey hoodie under it, black
    # jeans, snowy street. No adapter text. The feed row has no color.
    case(
        "X255-029",
        caption("a man in a denim jacket standing in the snow"),
        D.wearing("a blue denim jacket with a white collar"),
        D.garment_type("coat"),
        D.color("white", "contradiction"),
        D.details("a fur collar and a zipper", "unsupported"),
        D.material("denim and fleece"),
        is_a("denim jacket", "yes"),
        title="Men's Sherpa Lined Denim Jacket",
        category="Denim Jackets",
        gender="Men",
    ),
    # photo: woman in a black tee with a colorful butterfly print, knotted at the waist, high-waist blue jeans, in
    # front of a colorful painted mural. Caption and details: adapter.
    case(
        "X255-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("floral"),
        printed("a butterfly"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women's Black Floral Butterfly Graphic Tee",
        category="Graphic Tees",
        color="Black",
        gender="Women",
    ),
    # photo: man in straight light wash jeans with ripped knees, a black leather jacket over a white tee, sitting on a
    # motorcycle in a garage. No adapter text.
    case(
        "X255-031",
        caption("a man sitting on a motorcycle in a garage"),
        D.wearing("a black leather jacket and jeans"),
        color_of("jeans", "black", "other_garment_color"),
        fit("skinny", "contradiction"),
        D.details("ripped knees"),
        D.material("leather", "contradiction"),
        D.garment_type("jacket", "contradiction"),
        title="Men's Straight Fit Light Wash Jeans",
        category="Jeans",
        color="Light Wash",
        gender="Men",
    ),
    # photo: woman in a white eyelet sundress with straps and a tiered skirt, on the front porch of a blue painted
    # house. No adapter text.
    case(
        "X255-032",
        caption("a woman standing on the porch of a blue house"),
        D.wearing("a white dress"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a white sundress with lace"),
        D.details("the dress has details", "non_answer"),
        D.material("cotton"),
        D.garment_type("skirt", "contradiction"),
        title="Women's White Eyelet Tiered Sundress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: man in a charcoal and black plaid flannel shirt open over a black tee, black jeans, in a brewery with
    # wooden barrels. Caption and details: adapter.
    case(
        "X255-033",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The gentleman wears a long pants. The gentleman wears a long pants. "
            "The pants are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey plaid shirt and grey jeans", "contradiction"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. Its neckline is lapel. There is an accessory on his "
            "wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Men's Charcoal Plaid Flannel Shirt",
        category="Flannel Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a dusty pink oversized fleece hoodie with the hood up, white sweatpants, sitting on a white bed
    # holding a mug. No adapter text.
    case(
        "X255-034",
        caption("a woman in a pink hoodie sitting on a bed"),
        D.wearing("she is wearing a pink hoodie and white pants"),
        D.garment_type("sweatshirt"),
        D.color("white", "other_garment_color"),
        D.details("the hoodie has a hood", "non_answer"),
        D.material("fleece"),
        title="Women's Dusty Pink Oversized Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: man in navy tapered chinos with cuffed hems, a grey crewneck sweater, brown boots, in a bookstore with
    # wooden shelves. No adapter text.
    case(
        "X255-035",
        caption("a man in a grey sweater standing in a bookstore"),
        D.wearing("a grey sweater and grey pants", "other_garment_color"),
        D.garment_type("sweater", "contradiction"),
        D.color("blue"),
        fit("tapered"),
        D.details("cuffed hems"),
        D.material("the pants are made of a", "cut"),
        D.pattern("striped", "contradiction"),
        title="Men's Navy Tapered Chinos",
        category="Chinos",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a cream cardigan with navy horizontal stripes, v neck, over a white tee, blue jeans, at the
    # seaside. Caption and description: adapter.
    case(
        "X255-036",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns and a long pants. The sweater is with knitting "
            "fabric. It has a V-shape neckline. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped sweater and jeans"),
        D.color("blue", "contradiction"),
        D.pattern("striped"),
        D.description(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a V-shape neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("knit"),
        is_a("cardigan", "no", "contradiction"),
        title="Women's Cream Striped V-Neck Cardigan",
        category="Cardigans",
        color="Cream/Navy",
        gender="Women",
    ),
    # photo: man in a white tee with a black skull and "MIDNIGHT RIDERS TOUR 1987" print, plain hemmed sleeves, black
    # jeans, in front of a stage with purple lights. No adapter text.
    case(
        "X255-037",
        caption("a man standing in front of a stage with purple lights"),
        D.wearing("a white t-shirt with a skull"),
        D.color("black", "contradiction"),
        printed("a skull and the words midnight riders"),
        D.description(
            "a white band t-shirt with a skull on the front and ripped sleeves",
            "unsupported",
        ),
        D.material("it is a white t-shirt", "restated"),
        D.garment_type("t-shirt"),
        title="Men's White Band Tour Graphic Tee",
        category="Graphic Tees",
        color="White",
        gender="Men",
    ),
    # photo: woman in medium blue boyfriend jeans with rolled cuffs and ripped knees, an olive utility jacket over a
    # white tee, standing next to a bicycle. No adapter text.
    case(
        "X255-038",
        caption("a man standing next to a bicycle", "pronoun"),
        D.wearing("a green jacket, a white shirt and ripped jeans"),
        D.garment_type("jeans"),
        color_of("jeans", "green", "other_garment_color"),
        D.details("rolled cuffs and rips on the knees"),
        D.material("denim Question: what color is the jacket? Answer: green", "leak"),
        fit("skinny", "contradiction"),
        D.pattern("solid"),
        title="Women's Distressed Boyfriend Jeans",
        category="Jeans",
        color="Medium Blue",
        gender="Women",
    ),
    # photo: man in a colorblock hoodie (navy body, grey chest panel and sleeves), black joggers, in a gym.
    # Caption and details: adapter.
    case(
        "X255-039",
        caption(
            "This gentleman wears a long-sleeve sweater with color block patterns and a long pants. The sweater is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue and grey hoodie and black pants", "pronoun"),
        D.color("blue"),
        D.pattern("color block"),
        D.details(
            "The sweater is with cotton fabric and color block patterns. The sweater is with cotton fabric and color "
            "block patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Men's Navy Colorblock Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Navy/Grey",
        gender="Men",
    ),
    # photo: woman in a sage green linen button-front midi dress with short sleeves, no pockets visible, carrying a
    # woven basket bag at a farmers market fruit stand. No adapter text. The feed row has no gender.
    case(
        "X255-040",
        caption("a woman carrying a basket at a farmers market"),
        D.wearing("a green dress"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a light green button front midi dress"),
        D.details("buttons down the front and two pockets", "unsupported"),
        D.material("linen"),
        D.garment_type("dress"),
        title="Women's Sage Green Linen Button-Front Midi Dress",
        category="Dresses",
        color="Sage Green",
    ),
    # photo: man in a faded washed black denim jacket over a white hoodie, blue jeans, in front of a graffiti wall.
    # No adapter text.
    case(
        "X255-041",
        caption("a man in a denim jacket standing in front of a wall with graffiti"),
        D.wearing("a grey jacket, a white hoodie and blue jeans"),
        D.garment_type("jacket"),
        D.color("blue", "other_garment_color"),
        D.details("", "non_answer"),
        D.material("denim"),
        D.description("a denim jacket with a fur collar", "unsupported"),
        title="Men's Washed Black Denim Jacket",
        category="Denim Jackets",
        color="Washed Black",
        gender="Men",
    ),
    # photo: woman in a lilac cropped tee with a white script "sunday mood" slogan, grey sweat shorts, on a sofa in a
    # living room. Caption and material: adapter.
    case(
        "X255-042",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The lady wears a short shorts. The lady wears a short shorts",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink t-shirt and grey shorts", "contradiction"),
        D.color("grey", "other_garment_color"),
        printed("sunday mood"),
        D.description("a purple shirt that says sunday mood"),
        D.material(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The lady wears a short "
            "shorts. The shorts",
            "restated",
            hit_limit=True,
        ),
        title="Women's Lilac Sunday Mood Slogan Tee",
        category="Graphic Tees",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in a green and navy tartan flannel with thin yellow lines, buttoned, button-down collar, two chest
    # pockets, brown canvas pants, backpack, forest trail. No adapter text.
    case(
        "X255-043",
        caption("a man with a backpack hiking in the woods"),
        D.wearing("a green plaid shirt and brown pants"),
        D.color("yellow", "contradiction"),
        D.pattern("plaid"),
        D.details("a button down collar and chest pockets"),
        D.material("flannel Question: is he wearing a backpack? Answer: yes", "leak"),
        is_a("shirt", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men's Green Tartan Flannel Shirt",
        category="Flannel Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in khaki pleated wide-leg chinos, a black and white striped tee tucked in, black sandals, cafe
    # terrace. No adapter text.
    case(
        "X255-044",
        caption("a woman sitting at a table outside a cafe"),
        D.wearing("a striped shirt and khaki pants"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("beige wide leg pants with a high waist and pleats"),
        D.material("the pants are made of denim", "unsupported"),
        title="Women's Khaki Pleated Wide Leg Chinos",
        category="Pants",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in a white long-sleeve henley, blue jeans, sitting on a wooden dock by a lake.
    # Caption and description: adapter.
    case(
        "X255-045",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("buttons on the front and a chest pocket", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men's White Long Sleeve Henley",
        category="Henleys",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mustard cropped cardigan with ribbed cuffs, over a white tee, a white midi skirt with pink
    # flowers, street with orange autumn leaves. No adapter text.
    case(
        "X255-046",
        caption("a woman in a yellow cardigan and a floral skirt"),
        D.wearing("he is wearing a yellow sweater and a skirt", "pronoun"),
        D.color("orange", "contradiction"),
        D.pattern("floral", "contradiction"),
        D.details("buttons and ribbed cuffs"),
        D.material("knit"),
        is_a("cardigan", "yes"),
        title="Women's Mustard Cropped Cardigan",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
]
