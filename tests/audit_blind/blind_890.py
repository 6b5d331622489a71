"""BLIND_890 (46 products; Myntra lingerie & nightwear, base zero-shot): written blind in the fifty-seventh session.
Measured blind at c1acb3c (the session's second rules): 109/136 failures found (80.1%) and 33/188 correct texts flagged
(17.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of lingerie, nightwear and loungewear (bras, camisoles, shapewear, babydolls, night
suits, nightdresses, robes, lounge pants, shorts and t-shirts), mostly women's, some men's, one unisex bath robe.
Photos are catalog shots on a white backdrop worn by a model who often wears a second garment (briefs in another
color, jeans, leggings, a t-shirt over lounge pants, a slip under a robe); a few are flat lays, a mannequin, a
hanger, or lifestyle shots (on a bed, by a window, on a chair, holding a mug). Catalog columns are title,
category (the seller's article type), color (the seller's base colour) and gender; row 040 lacks category, row 044
lacks color, row 046 lacks gender, as real feeds do.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions are
free generation (short, lowercase, "a woman in a ..."); open answers (wearing, description, details, material) are
free generation with the `Question: ... Answer:` prompt, greedy, 30 new tokens; closed answers (garment type,
color, pattern, sleeve length, "Is this a ...?") come from enrich's `--engine reference`, which picks one candidate,
so they never loop or stop short. The base model stops on its newline most of the time, so its answers are short;
its habits are the ones the experiments saw: the color of the wrong garment (the briefs, the jeans, the t-shirt
over lounge pants, the slip under a robe), invented construction details (hoods, underwire, padding, lace,
zippers, logos), he/she wrong for the person, a bare "yes"/"no" or the garment's bare name to an open question,
the question echoed back, and now and then a run-on: the `Question: ... Answer:` format continued, a phrase
repeated to the token limit, or a long sentence cut at 30 tokens.

Labeling conventions and judgement calls:
- Correctness is judged against the photo described in the `# photo:` comment, not against the seller: row 029's
  seller says Brown for a robe that is plainly maroon velvet, so "maroon" is correct there.
- Shades in the seller's color group are correct: maroon/red, peach/pink, nude or skin/beige, navy/blue, grey
  melange/grey, lavender/purple, sea green/green, teal/blue, mustard/yellow.
- For a two-piece set (night suit) or a pack, the color of either piece counts as the product's color, and so does
  a color the title names ("Pink & Grey"); for a Multi floral, the print's dominant color is correct. A closed
  color that belongs to a garment NOT in the product (briefs sold separately, jeans, the slip under a robe, the
  t-shirt with lounge pants, a cardigan over a camisole) is other_garment_color.
- A color that belongs to no garment at all (a bedsheet, a wall, a hanger's backdrop) or to a small trim or
  embroidery rather than the garment, or simply a wrong hue, is contradiction.
- A caption or open answer that gives the PRODUCT the other garment's color ("a blue bra and jeans" for a nude bra)
  is other_garment_color; one that gives a wrong color nobody wears is contradiction.
- A wrong garment type (closed "swimsuit" for a bra, "jacket" for a robe, "shirt"/"t-shirt" naming one piece of a
  night suit or the over-layer, "skirt" for shorts) is contradiction; "dress" for a nightdress or babydoll, "tank
  top" for a camisole, "pajamas"/"kimono"/"bathrobe"/"dressing gown" for the seller's types are correct.
- Wrong pattern or sleeve length (closed or in an open answer) is contradiction. Wrong construction details that
  the photo does not show (hood, pockets, underwire, padding, lace, zipper, logo, slit, built-in bra, a matching
  eye mask or robe, a v-neck on a crew neck) and props that are not there are unsupported.
- Material: correct when it fits what the photo shows and the title does not contradict it (cotton for a matte
  jersey, satin for sheen, lace, fleece, terry, velvet, flannel); a fibre the title or the photo contradicts
  ("silk" for a titled satin, "cotton" for an all-lace bra, "polyester" for a titled cotton, denim, leather,
  chiffon on jersey) is unsupported.
- non_answer: a bare "yes"/"no", "nothing", "clothing", "i don't know", or an answer to describe/details that only
  names the garment's type or its color with nothing else ("robe", "yellow", "it is a bra"). A one-word answer that
  does answer ("pajamas" to what the person wears, "lace" or "cotton" for material) is correct.
- restated: the question's own words handed back ("the details of the garment", "the garment is made of
  material", "what material is the garment made of"); when it also repeats itself it is still restated as long as
  it stays under the limit.
- leak: any text that contains the `Question:`/`Answer:` format, whatever else it says; a leak that runs to the
  token limit is still leak (hit_limit=True).
- loop: a phrase repeated until the 30-token limit (hit_limit=True); cut: a sentence stopped mid-phrase, at the
  limit (hit_limit=True) or, once (row 031), stopped short by the model itself (hit_limit=False).
- pronoun: "she" for a man or "he" for a woman in an open answer, and a caption's "a man" for a woman's product
  (row 013). Row 046 has no gender column and no pronoun failure; the unisex robe on a hanger has no person.
- One failure kind per text: the most specific one. A description that repeats until the limit is loop even when
  what it repeats is true; a cut sentence is cut only when what it said before the cut is right.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case, is_a

D = DEFAULT_QUESTIONS

BLIND_890 = [
    # photo: model in a black sheer lace bra (non-padded, non-wired) with matching black lace briefs, white
    # backdrop, front view cropped at the thighs; all texts by the base model zero-shot.
    case(
        "X890-001",
        caption("a woman in a black lace bra and panties"),
        D.wearing("she is wearing a black bra and black panties"),
        D.garment_type("bra"),
        D.color("black"),
        D.pattern("polka dot", "contradiction"),
        D.description("a black lace bra with a padded cup", "unsupported"),
        D.details("the bra has underwire", "unsupported"),
        title="Clovia Women Black Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a nude seamless t-shirt bra with mid-blue jeans, white backdrop, front view; base model.
    case(
        "X890-002",
        caption("a woman wearing a blue bra and jeans", "other_garment_color"),
        D.wearing("a bra and jeans"),
        D.garment_type("bra"),
        D.color("blue", "other_garment_color"),
        D.description("a beige bra with a lace trim", "unsupported"),
        D.details("adjustable straps"),
        title="Jockey Women Nude Solid Non-Wired T-Shirt Bra 1722",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a white ribbed cotton camisole with thin straps and grey melange lounge shorts, white
    # backdrop; base model.
    case(
        "X890-003",
        caption("a woman in a grey tank top and grey shorts", "other_garment_color"),
        D.wearing("a white tank top and grey shorts"),
        D.garment_type("shorts", "contradiction"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.description("a white tank top with black stripes", "contradiction"),
        D.material("cotton"),
        title="Marks & Spencer Women White Ribbed Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue short-sleeved notch-collar pyjama shirt with a small white star print, buttons
    # down the front, no pocket, and matching navy star-print pyjama pants; white backdrop; base model.
    case(
        "X890-004",
        caption("a woman in a blue pajama set with stars"),
        D.wearing("the person is wearing", "restated"),
        D.garment_type("night suit"),
        D.color("navy"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short"),
        D.description("navy blue pajamas with white stars and a matching eye mask", "unsupported"),
        D.details("the top has a pocket and the pants have a drawstring", "unsupported"),
        title="Sweet Dreams Women Navy Blue & White Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey melange jersey lounge pants with an elastic waistband, worn with a black crew-neck
    # t-shirt, white backdrop, full length; base model.
    case(
        "X890-005",
        caption("a man in a black t - shirt and grey sweatpants"),
        D.wearing("she is wearing a black shirt and gray pants", "pronoun"),
        D.garment_type("lounge pants"),
        D.color("black", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.description("grey sweatpants with an elastic waistband"),
        D.material("cotton"),
        title="Jockey Men Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a maroon satin robe with wide long sleeves, tied with its belt, a black lace-trimmed slip
    # showing at the neckline; no hood, white backdrop; base model.
    case(
        "X890-006",
        caption("a woman in a red satin robe"),
        D.wearing("a robe"),
        D.garment_type("robe"),
        D.color("black", "other_garment_color"),
        D.description(
            "a maroon satin robe with a belt that ties at the waist and long sleeves that are wide at the wrist"
            " and the",
            "cut",
            hit_limit=True,
        ),
        D.details("the robe has a hood", "unsupported"),
        D.material("satin"),
        title="Clovia Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a knee-length pink cotton nightdress with small white polka dots and short sleeves, white
    # backdrop; base model.
    case(
        "X890-007",
        caption("a woman wearing a pink polka dot nightgown"),
        D.wearing("a pink nightgown"),
        D.garment_type("dress"),
        D.color("pink"),
        D.pattern("polka dot"),
        D.sleeve_length("long", "contradiction"),
        D.description("yes", "non_answer"),
        D.material("cotton Question: What is the color of the garment? Answer: pink", "leak"),
        title="Zivame Women Pink Polka Dot Print Cotton Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: red lace padded underwired bra on a clear mannequin torso, nothing else, light grey backdrop; base
    # model.
    case(
        "X890-008",
        caption("a red bra on a mannequin"),
        D.wearing("a bra and panties", "unsupported"),
        D.garment_type("swimsuit", "contradiction"),
        D.color("red"),
        D.description("a red lace bra with underwire"),
        D.material("cotton", "unsupported"),
        title="Amante Women Red Lace Padded Underwired Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay of two plain cotton camisoles side by side, one black and one white, no trim, no person,
    # white backdrop; base model.
    case(
        "X890-009",
        caption("two tank tops, one black and one white"),
        D.wearing("a tank top"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("black"),
        D.description("two tank tops with lace trim", "unsupported"),
        D.details("the details of the garment", "restated"),
        D.material("cotton"),
        title="Marks & Spencer Women Pack of 2 Cotton Camisoles",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: man in a long-sleeved blue and white checked pyjama shirt with a chest pocket and plain navy pyjama
    # pants, white backdrop; base model.
    case(
        "X890-010",
        caption("a man in blue plaid pajamas"),
        D.wearing("pajamas"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.pattern("checked"),
        D.description(
            "a blue and white plaid shirt and blue pants and a blue and white plaid shirt and blue pants and a blue",
            "loop",
            hit_limit=True,
        ),
        D.details("she has a pocket on her shirt", "pronoun"),
        title="Sweet Dreams Men Blue Checked Cotton Night Suit",
        category="Night suits",
        color="Blue",
        gender="Men",
    ),
    # photo: model in pink lounge pants with a white heart print, elastic waist with drawstring, worn with a plain
    # white t-shirt, white backdrop, full length; base model.
    case(
        "X890-011",
        caption("a woman in a white t - shirt and pink pajama pants"),
        D.wearing("a white shirt and pink pants"),
        D.garment_type("lounge pants"),
        D.color("white", "other_garment_color"),
        D.description("pink pants with white hearts"),
        D.details(
            "the pants have an elastic waistband and a drawstring and the hearts are printed all over the pants in a",
            "cut",
            hit_limit=True,
        ),
        D.material("denim", "unsupported"),
        title="Dreamz by Pantaloons Women Pink Heart Print Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white racerback sports bra (pull-on, no zip) with black leggings, white backdrop, turned
    # three-quarters to show the racerback; base model.
    case(
        "X890-012",
        caption("a woman in a white sports bra and black leggings"),
        D.wearing("Question: What is the person wearing? Answer: a sports bra", "leak"),
        D.garment_type("bra"),
        D.color("black", "other_garment_color"),
        D.description("a white sports bra"),
        D.details("it has a racerback and a zipper in the front", "unsupported"),
        title="Enamor Women White Solid Non-Wired Racerback Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: woman in a white waffle-knit bath robe with shawl collar, two patch pockets and a tied belt, white
    # backdrop; base model.
    case(
        "X890-013",
        caption("a man in a white bathrobe", "pronoun"),
        D.wearing("a bathrobe"),
        D.garment_type("robe"),
        D.color("white"),
        D.description("a white robe with a belt and pockets"),
        D.details("yes", "non_answer"),
        D.material("the garment is made of material", "restated"),
        title="Zivame Women White Waffle Knit Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: model sitting barefoot on a bed with white sheets in a peach satin short-sleeved button-front shirt
    # with thin white piping and matching peach satin shorts; base model.
    case(
        "X890-014",
        caption("a woman in pink pajamas sitting on a bed"),
        D.wearing("pink pajamas and white socks", "unsupported"),
        D.garment_type("night suit"),
        D.color("white", "contradiction"),
        D.sleeve_length("short"),
        D.description("a pink satin pajama set with white piping"),
        D.material("silk", "unsupported"),
        title="Clovia Women Peach Satin Shirt & Shorts Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black sheer babydoll with lace cups and a matching black thong, nothing over it, white
    # backdrop; base model.
    case(
        "X890-015",
        caption("a woman in a red lingerie", "contradiction"),
        D.wearing("lingerie"),
        D.garment_type("dress"),
        D.color("black"),
        D.description("a black lace babydoll with a matching robe", "unsupported"),
        D.details(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        D.material("lace"),
        title="Clovia Women Black Lace Babydoll Nightdress with Thong",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: model in a beige seamless shaper camisole (no cups) with black cycling shorts, white backdrop; base
    # model.
    case(
        "X890-016",
        caption("a woman wearing a beige tank top and black shorts"),
        D.wearing("a tank top and shorts"),
        D.garment_type("camisole"),
        D.color("black", "other_garment_color"),
        D.description("a beige tank top with a built in bra", "unsupported"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("spandex"),
        title="Zivame Women Beige Seamless Tummy Shaper Camisole",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a plain navy crew-neck lounge t-shirt (no logo) with grey lounge shorts, white backdrop;
    # base model.
    case(
        "X890-017",
        caption("a man in a blue t-shirt and grey shorts"),
        D.wearing("a blue shirt and gray shorts"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("short"),
        D.description("a navy blue t - shirt with a logo on the chest", "unsupported"),
        D.details("Answer: a navy blue t - shirt", "leak"),
        title="Jockey Men Navy Blue Solid Crew Neck Lounge T-shirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a long-sleeved white pyjama top with a pink and green floral print and solid pink pyjama
    # pants, white backdrop; base model.
    case(
        "X890-018",
        caption("a woman in a floral pajama set"),
        D.garment_type("night suit"),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a white shirt with pink flowers and pink pants"),
        D.details("floral print Question: What is the color of the garment? Answer: pink", "leak"),
        title="Dreamz by Pantaloons Women Multicoloured Floral Print Night Suit",
        category="Night suits",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a navy fleece hooded dressing gown with a belt and two front pockets, holding a white coffee
    # mug, beige wall behind; base model.
    case(
        "X890-019",
        caption("a woman in a blue robe holding a cup of coffee"),
        D.garment_type("jacket", "contradiction"),
        is_a("robe", "yes"),
        D.color("navy"),
        D.description("robe", "non_answer"),
        D.details(
            "it has a hood and a belt and two pockets on the front of the robe and it is very soft and",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Marks & Spencer Women Navy Fleece Hooded Dressing Gown",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink floral lace balconette bra with plain white cotton briefs, white backdrop; base model.
    case(
        "X890-020",
        caption("a woman in a pink bra and white panties"),
        D.wearing("she is wearing a white bra", "other_garment_color"),
        D.garment_type("bra"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a pink bra"),
        D.details("nothing", "non_answer"),
        D.material("lace"),
        title="Triumph Women Pink Floral Lace Balconette Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck t-shirt and black pyjama pants with a white drawstring, white
    # backdrop; base model.
    case(
        "X890-021",
        caption("a man in a grey t - shirt and black pants"),
        D.wearing("a grey shirt and black pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("grey"),
        D.description("grey t - shirt and black pants with a drawstring"),
        D.details("the t - shirt has a v - neck", "unsupported"),
        D.material("the material of the garment", "restated"),
        title="Jockey Men Grey Melange & Black Cotton Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a lavender satin camisole with lace trim at the neckline and matching lavender satin shorts,
    # white backdrop; base model.
    case(
        "X890-022",
        caption("a woman in a purple satin camisole and shorts"),
        D.wearing("he is wearing a purple camisole and shorts", "pronoun"),
        D.garment_type("camisole"),
        D.color("purple"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "a purple satin camisole with lace trim and a matching pair of shorts with lace trim and a matching "
            "pair of shorts with lace",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Zivame Women Lavender Satin Camisole with Lace Trim",
        category="Camisoles",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in red and black buffalo-check flannel pyjamas, long-sleeved button-front shirt and long pants,
    # white backdrop; base model.
    case(
        "X890-023",
        caption("a woman in red and black plaid pajamas"),
        D.wearing("pajamas"),
        D.garment_type("night suit"),
        D.color("red"),
        D.pattern("checked"),
        D.description("the garment is a red and black plaid pajama"),
        D.material("flannel"),
        title="Sweet Dreams Women Red & Black Checked Flannel Pyjama Set",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay of a maroon matte cotton non-padded bra alone on a white backdrop, front view; base model.
    case(
        "X890-024",
        caption("a maroon bra on a white background"),
        D.wearing("a bra"),
        D.garment_type("bra"),
        D.color("purple", "contradiction"),
        D.description("it is a bra", "non_answer"),
        D.material("Question: What material is the bra made of? Answer: cotton", "leak"),
        title="Jockey Women Maroon Solid Non-Padded Cotton Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in olive green cotton lounge shorts with a drawstring and side pockets, with a white t-shirt,
    # white backdrop, cropped at the chest; base model.
    case(
        "X890-025",
        caption("a man wearing green shorts and a white t - shirt"),
        D.wearing("white shorts", "other_garment_color"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description("green shorts with a drawstring"),
        D.details("she has pockets on the side", "pronoun"),
        D.material("cotton"),
        title="Jockey Men Olive Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a long sleeveless teal jersey maxi nightdress without a slit, standing by a window with sheer
    # white curtains; base model.
    case(
        "X890-026",
        caption("a woman in a blue dress standing by a window"),
        D.wearing("clothes", "non_answer"),
        D.garment_type("dress"),
        is_a("dress", "yes"),
        D.color("blue"),
        D.sleeve_length("sleeveless"),
        D.description("a long blue dress with a slit on the side", "unsupported"),
        D.material("chiffon", "unsupported"),
        title="Lady Lyka Women Teal Solid Jersey Maxi Nightdress",
        category="Nightdress",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black padded bra with white polka dots and a small bow at the centre, with plain black
    # briefs, white backdrop; base model.
    case(
        "X890-027",
        caption("a woman in a black and white polka dot bra"),
        D.garment_type("bra"),
        D.color("black"),
        D.pattern("polka dot"),
        D.description("a black and white polka dot bra with a bow in the middle"),
        D.details(
            "polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the material", "restated"),
        title="Amante Women Black Polka Dot Print Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a grey melange short-sleeved t-shirt printed "SLEEPY HEAD" in white letters, with black
    # lounge pants, white backdrop; base model.
    case(
        "X890-028",
        caption("a woman wearing a gray t - shirt that says sleepy head"),
        D.wearing("a t - shirt and pants"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.description("he is wearing a grey t - shirt with the words sleepy head on it", "pronoun"),
        D.details(
            "the words sleepy head are written on the front of the shirt in white letters with a",
            "cut",
            hit_limit=True,
        ),
        title="Huetrap Women Grey Melange Sleepy Head Print Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a wine-maroon velvet robe with shawl collar and tied belt, no hood, no pockets, white
    # backdrop (seller calls it Brown, it is maroon); base model.
    case(
        "X890-029",
        caption("a woman in a maroon velvet robe"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("robe"),
        is_a("robe", "no", "contradiction"),
        D.color("maroon"),
        D.description("a velvet robe with a shawl collar and a belt"),
        D.details("the robe has a hood and pockets", "unsupported"),
        D.material("velvet"),
        title="PrettySecrets Women Brown Velvet Shawl Collar Robe",
        category="Robe",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a mustard yellow t-shirt with a cartoon sloth holding a coffee cup, and mustard and white
    # striped shorts, white backdrop; base model.
    case(
        "X890-030",
        caption("a woman in a yellow t - shirt with a sloth on it and striped shorts"),
        D.wearing("a yellow shirt and shorts"),
        D.garment_type("night suit"),
        D.color("yellow"),
        D.pattern("floral", "contradiction"),
        D.description("yellow", "non_answer"),
        D.details(
            "the sloth is holding a coffee cup and the sloth is holding a coffee cup and the sloth is holding a coffee",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Mustard Yellow Sloth Print Shorts Night Suit",
        category="Night suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a skin-colored full-coverage minimizer bra with wide straps and back hooks, with grey track
    # pants, white backdrop; base model.
    case(
        "X890-031",
        caption("a woman in a bra and gray pants"),
        D.wearing("a bra"),
        D.garment_type("bra"),
        D.color("grey", "other_garment_color"),
        D.description("a skin colored bra with wide straps"),
        D.details("the bra has a front hook closure and a racerback", "unsupported"),
        D.material("the material is", "cut"),
        title="Jockey Women Skin Solid Full Coverage Minimizer Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: grey terry cotton hooded bath robe with a belt, hanging on a wooden hanger against a white wall, no
    # person; base model.
    case(
        "X890-032",
        caption("a gray bathrobe hanging on a hanger"),
        D.wearing("a bathrobe"),
        D.garment_type("robe"),
        D.color("white", "contradiction"),
        D.description("a grey bathrobe with a hood"),
        D.details("a man wearing a gray bathrobe with a hood and a belt and a pair of slippers", "unsupported"),
        D.material("terry cloth"),
        title="Spaces Unisex Grey Cotton Terry Hooded Bath Robe",
        category="Bath Robe",
        color="Grey",
        gender="Unisex",
    ),
    # photo: model in a red satin camisole with lace trim worn under an open black cardigan, with blue jeans,
    # white backdrop; base model.
    case(
        "X890-033",
        caption("a woman in a black top and a black cardigan", "other_garment_color"),
        D.wearing("a red top, a black cardigan and jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("black", "other_garment_color"),
        D.description("a red lace camisole"),
        D.details("lace trim"),
        D.material("satin"),
        title="Clovia Women Red Satin Camisole with Lace Trim",
        category="Camisoles",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink short-sleeved pyjama top with a grey bunny print and a bunny on the pocket, with grey
    # pyjama pants, white backdrop; base model.
    case(
        "X890-034",
        caption("a woman wearing pink and grey pajamas with bunnies on them"),
        D.wearing("pajamas Question: What is the person wearing? Answer: pajamas", "leak"),
        D.garment_type("dress", "contradiction"),
        D.color("grey"),
        D.pattern("printed"),
        D.description(
            "pink and gray pajamas with bunnies and a bunny on the pocket and a bunny on the pocket and a bunny on the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Dreamz by Pantaloons Women Pink & Grey Bunny Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a purple lace bralette under an open white linen shirt, with blue denim shorts, white
    # backdrop; base model.
    case(
        "X890-035",
        caption("a woman in a purple bra and a white shirt"),
        D.wearing("a white shirt and a purple bra and shorts"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.description("a purple lace bralette"),
        D.details(
            "Question: What are the details of the garment? Answer: purple lace Question: What are the details of",
            "leak",
            hit_limit=True,
        ),
        D.material("lace"),
        title="Hunkemoller Women Purple Lace Non-Padded Bralette",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: man in solid navy long-sleeved button-front pyjamas with white piping on the collar and chest pocket,
    # sitting in a chair reading a book, white backdrop; base model.
    case(
        "X890-036",
        caption("a man in blue pajamas sitting in a chair reading a book"),
        D.wearing("she is wearing pajamas", "pronoun"),
        D.garment_type("night suit"),
        D.color("blue"),
        D.pattern("checked", "contradiction"),
        D.description("navy blue pajamas with white piping"),
        D.details("white piping on the collar and pocket"),
        D.material("what material is the garment made of", "restated"),
        title="Van Heusen Men Navy Blue Solid Piped Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white cotton nightdress with cap sleeves and small blue embroidered flowers on the yoke,
    # white backdrop; base model.
    case(
        "X890-037",
        caption("a woman in a white nightgown"),
        D.wearing("a white dress"),
        D.garment_type("dress"),
        D.color("blue", "contradiction"),
        D.description("a white nightgown with blue embroidery"),
        D.details("no", "non_answer"),
        D.material("polyester", "unsupported"),
        title="Marks & Spencer Women White Embroidered Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: model in black jogger lounge pants with white drawcords and elastic ankle cuffs, a pink sweatshirt
    # and white sneakers, white backdrop; base model.
    case(
        "X890-038",
        caption("a woman in a pink sweatshirt and black pants"),
        D.wearing("a pink sweatshirt and black sweatpants"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.description("black jogger pants with white drawstrings"),
        D.details("elastic cuffs at the ankles"),
        D.material("leather", "unsupported"),
        title="Kryptic Women Black Solid Jogger Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a model in a plain sea green camisole with thin straps and white pyjama pants, white
    # backdrop; base model.
    case(
        "X890-039",
        caption("the back of a woman in a green tank top and white pants"),
        D.wearing("a green dress", "contradiction"),
        D.garment_type("camisole"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("a green tank top with a lace back", "unsupported"),
        D.details("the garment has details", "restated"),
        title="Marks & Spencer Women Sea Green Solid Camisole",
        category="Camisoles",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a navy blue padded push-up bra with matching navy briefs, white backdrop (the row has no
    # category); base model.
    case(
        "X890-040",
        caption("a woman in a black bra and black panties", "contradiction"),
        D.wearing("a bra and panties"),
        D.garment_type("bra"),
        D.color("navy"),
        D.description("a blue push up bra"),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        D.material(
            "it is made of a soft and stretchy material that is comfortable to wear and it is also very easy to clean"
            " and it",
            "cut",
            hit_limit=True,
        ),
        title="Enamor Women Navy Blue Padded Push-Up Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink kimono robe with a red cherry blossom print, three-quarter sleeves and a sash, over a
    # white camisole and white shorts, white backdrop; base model.
    case(
        "X890-041",
        caption("a woman in a pink floral kimono"),
        D.wearing("a kimono"),
        D.garment_type("robe"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("kimono", "non_answer"),
        D.details(
            "the kimono has a belt that ties at the waist and wide sleeves with red flowers printed on the",
            "cut",
            hit_limit=True,
        ),
        title="Clovia Women Pink Cherry Blossom Print Kimono Robe",
        category="Robe",
        color="Pink",
        gender="Women",
    ),
    # photo: man in navy and green tartan flannel lounge pants with a white ribbed vest, white backdrop; base
    # model.
    case(
        "X890-042",
        caption("a man in plaid pajama pants and a white tank top"),
        D.wearing("she is wearing plaid pants and a white tank top", "pronoun"),
        D.garment_type("lounge pants"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description("plaid pajama pants"),
        D.material("flannel"),
        title="U.S. Polo Assn. Men Navy & Green Checked Flannel Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model sitting on a bed against a grey upholstered headboard in white and blue striped cotton pyjamas,
    # collared button-down shirt with a chest pocket, long pants; nothing in her hands; base model.
    case(
        "X890-043",
        caption("a woman sitting on a bed reading a book in striped pajamas", "unsupported"),
        D.wearing(
            "Question: What is the person wearing? Answer: pajamas Question: What is the person wearing? "
            "Answer: pajamas",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("night suit"),
        D.color("blue"),
        D.pattern("striped"),
        D.description("blue and white striped pajamas with a collar"),
        D.details("i don't know", "non_answer"),
        title="Sweet Dreams Women Blue & White Striped Cotton Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: flat lay of three plain seamless t-shirt bras, black, white and nude, on a white backdrop, no trim (the
    # row has no color); base model.
    case(
        "X890-044",
        caption("three bras on a white background"),
        D.wearing("a woman wearing a black bra", "unsupported"),
        D.garment_type("bra"),
        D.color("black"),
        D.description("three bras in black, white and beige"),
        D.details("the bras have lace trim", "unsupported"),
        D.material("the garment is made of fabric", "restated"),
        title="Jockey Women Pack of 3 Seamless T-Shirt Bras",
        category="Bra",
        gender="Women",
    ),
    # photo: model sitting on a floor cushion in green lounge shorts with a white palm-leaf print and a white
    # crop tank top, white backdrop; base model.
    case(
        "X890-045",
        caption("a woman sitting on the floor in green shorts and a white tank top"),
        D.wearing("shorts and a tank top"),
        D.garment_type("skirt", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.description(
            "green shorts with white leaves and white leaves and white leaves and white leaves and white leaves and",
            "loop",
            hit_limit=True,
        ),
        D.details("he is wearing green shorts with white leaves on them", "pronoun"),
        title="Dreamz by Pantaloons Women Green Leaf Print Lounge Shorts",
        category="Lounge Shorts",
        color="Green",
        gender="Women",
    ),
    # photo: man in a black satin robe with grey piping and a tied belt, no hood, over grey pyjama pants, white
    # backdrop (the row has no gender); base model.
    case(
        "X890-046",
        caption("a man in a black robe"),
        D.wearing("clothing", "non_answer"),
        D.garment_type("robe"),
        D.color("grey", "other_garment_color"),
        D.description("a black satin robe with grey trim"),
        D.details("the robe has a belt and a hood", "unsupported"),
        D.material("satin"),
        title="XYXX Men Black Satin Robe with Contrast Piping",
        category="Robe",
        color="Black",
    ),
]
