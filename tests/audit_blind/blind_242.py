"""BLIND_242 (46 products; big-box family apparel: tees, pajamas, jeans, hoodies, uniforms, swim, multipacks): written
blind in the forty-first session. Measured blind at 62b08b6 (the session's rules as they stood): 99/127 failures
found (78.0%) and 6/161 correct texts flagged (3.7%). The writer's notes, verbatim:

Scenario: a US big-box retailer's (Target- or Walmart-like) English catalog feed of family apparel: graphic tees,
pajama sets, jeans, hoodies and sweatshirts, kids' school uniforms (polos, khakis, skorts, jumpers, cardigans),
swimwear and multipacks (5pk tees, 3pk leggings, baby bodysuits), with short titles carrying store brand names
("Cub & Kite", "Harbor Basics", "Goodfield & Co", "Wavecrest") and feed colors such as Heather Gray, Medium Wash,
Oatmeal, Khaki, Multi or White/Light Blue. Photos are model shots on white, grey or painted backdrops (a few with
props: a bed, a Christmas tree, a pumpkin, a brick wall, a pool, a beach) and flat-lays with no person in them.
Each row has the seller's title, category, color and gender; a few miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) or, where the
comment says so, from the caption-only LoRA adapter (the DeepFashion template, "The gentleman wears a short-sleeve
T-shirt with graphic patterns ..."). The adapter was never taught to stop: all its texts run to the limit (50 new
tokens for captions, 30 for answers), carry hit_limit=True, and it answers any question with the template. Open
questions (wearing, description, details, material and the set's own open questions: what is printed, how many
pieces, the fit) come from the base model unless the comment names the adapter; the base model stops on its own
and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors) are
enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut, but often the wrong pick.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, dark or medium wash denim; gray for charcoal or heather gray; beige or
  tan for khaki and oatmeal; white for cream; pink or orange for coral; green for sage.
- A color that belongs to a prop or the backdrop (the Christmas tree, the pumpkin, the brick wall, the pool, the
  sky) or to the print or trim of the garment itself (the sherpa lining, the sequin heart, the camo patches, the
  embroidered flowers, the shark print) given as the garment's color is contradiction. A color that belongs to
  another garment worn in the photo (the jeans under a tee, the polo under a jumper) is other_garment_color.
- Multipacks: a color or a pattern that one of the pack's pieces has is correct for the closed color question
  (the reference engine can pick one value only, and the seller says "Multi"). A count that differs from the title's
  "5pk"/"6pk"/"4pc" is contradiction, even where the photo shows only one piece (the 6pk undershirt on a model).
- Synonyms are correct: skirt for a skort, onesie or romper for a bodysuit, bathing suit for a swimsuit, sweatsuit
  for a hoodie-and-jogger set, jacket for a zip-up sherpa hoodie (the category is "Jackets & Hoodies"), round collar
  for a Peter Pan collar, "school uniform" for polo and khakis.
- Flat-lays: "a t-shirt" for "What is the person wearing?" answers it (it names what the photo shows); "nothing"
  and "a baby" are non_answer. The adapter's "The lady wears ..." on a boys' or toddler boys' flat-lay is pronoun:
  the wrong person is the first thing the template says, so it wins over the cut or the loop that follows;
  "The lady" on a girls' or women's product is not a failure.
- Adapter texts: a template sentence repeated is loop; a template that stops mid-sentence without repeating is cut,
  even where it carries a wrong fabric or an invented accessory before the cut. A template that names a garment
  the photo does not have (a tank top and shorts for a bikini, a dress for a one-piece swimsuit) is contradiction,
  hit_limit kept. "sweater" for a hoodie, sweatshirt or cardigan is the template's own word for knit tops and not
  counted; "shirt" for a rash guard or pajama top neither. The adapter answering the material question is
  restated. One adapter caption (X242-043) happens to end on a full stop exactly at its 50-token limit and says
  nothing wrong: correct, with hit_limit=True.
- Base answers that stop mid-phrase ("the jeans are made of") are cut, without hit_limit. "the description of the
  hoodie", "they are shorts", "the jeans are dark" for the details question, an empty answer, "nothing" are
  non_answer. A material question answered with the garment's name, or the print question answered with the
  question's words, is restated.
- Invented details are unsupported: a zipper on a pullover, a pocket or logo that is not there, ripped knees on
  clean jeans, a tie, a necklace, a low back on a front-view photo, side stripes, pockets on flat-lay joggers, an
  elastic waist and drawstring on flat-front chinos. Fibers neither named nor visible (silk for satin, wool for
  fleece or fair isle, denim or cotton for swimwear) are unsupported; a plausible guess (cotton for a tee or
  pajamas, nylon for a swimsuit, polyester for a baseball tee) is correct.
- "he" for a girl or woman, "she" for a man or boy, and "a boy"/"a girl" for the other sex are pronoun. Runs into
  "Question: ... Answer: ..." are leak even where the first words are right.
- One color given to every piece ("a gray shirt and gray pants" for a black tee and red check pants, "pink
  sweatpants" under a pink hoodie, "beige leggings" under a beige hoodie) is contradiction: a piece gets a color it
  does not have. A short base repetition ("a plaid plaid plaid pattern") is loop, though it stops on its own.
- The reference engine's wrong closed picks (dress for a one-piece swimsuit, hoodie for a crew sweatshirt, striped
  for pleats, short sleeves for a sleeveless jumper, hat for a swimsuit set, long sleeves for short-sleeve bodysuits,
  "yes" to "Is this a dress?" for baby bodysuits) are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

printed = question("printed", "What is printed on the garment?", "open")
count = question("count", "How many pieces are in the pack?", "open")
fit = question("fit", "What is the fit of the jeans?", "open")
color_top = question("color_top", "What is the color of the top?", "closed")
color_bottoms = question("color_bottoms", "What is the color of the bottoms?", "closed")

BLIND_242 = [
    # photo: flat-lay on white of a navy crew-neck tee with a green cartoon dinosaur and orange "ROAR" lettering.
    # adapter: none
    case(
        "X242-001",
        caption("a navy blue t-shirt with a green dinosaur on it"),
        D.garment_type("t-shirt"),
        D.color("green", "contradiction"),
        printed("a dinosaur that says roar"),
        D.details("the dinosaur is wearing sunglasses", "unsupported"),
        D.material("the shirt is made of", "cut"),
        title="Boys' Short Sleeve Dino Roar Graphic T-Shirt - Cub & Kite Navy",
        category="Boys' Graphic Tees",
        color="Navy",
        gender="Boys",
    ),
    # photo: woman in a heather grey tee with rainbow "good vibes" lettering, front tucked into light-wash jeans,
    # white sneakers, white studio backdrop, full-length front view.
    # caption: adapter
    case(
        "X242-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim trousers. The T-shirt is "
            "with cotton fabric and its neckline is round. The trousers are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white t-shirt and blue jeans", "contradiction"),
        D.color("gray"),
        D.description("a blue t-shirt that says good vibes", "other_garment_color"),
        D.pattern("graphic"),
        title="Women's Good Vibes Short Sleeve Graphic T-Shirt - Maple Lane Heather Gray",
        category="Women's Graphic Tees",
        color="Heather Gray",
        gender="Women",
    ),
    # photo: man in a black tee with a white "Route 66" shield print, khaki chino shorts, light grey backdrop.
    # adapter: none
    case(
        "X242-003",
        caption("a man wearing a black t-shirt and khaki shorts"),
        D.wearing("she is wearing a black t-shirt", "pronoun"),
        D.color("black"),
        D.description("a black t-shirt with a white print on the front"),
        D.details("the shirt has a route 66 sign on it and a pocket", "unsupported"),
        D.material("cotton. Question: What is the man wearing? Answer: a t-shirt", "leak"),
        title="Men's Route 66 Short Sleeve Graphic T-Shirt - Goodfield & Co Black",
        category="Men's Graphic Tees",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay on white: lavender long-sleeve pajama top with a white unicorn and rainbow, purple jogger pants
    # with small white stars.
    # adapter: none
    case(
        "X242-004",
        caption("a purple pajama set with a unicorn on it"),
        color_top("purple"),
        color_bottoms("pink", "contradiction"),
        D.pattern("graphic"),
        D.description("a pajama set with a unicorn and a rainbow on the shirt and stars on the pants"),
        D.details("the pants have pockets on the side", "unsupported"),
        D.material("pajamas", "restated"),
        title="Girls' 2pc Long Sleeve Unicorn Pajama Set - Cub & Kite Lavender",
        category="Girls' Pajamas",
        color="Purple",
        gender="Girls",
    ),
    # photo: man standing by a bed with a grey upholstered headboard and white bedding, black crew-neck tee, red and
    # black buffalo check flannel pajama pants.
    # details: adapter
    case(
        "X242-005",
        caption("a man standing in front of a bed wearing a black shirt and plaid pants"),
        D.wearing("a gray shirt and gray pants", "contradiction"),
        D.garment_type("pants"),
        D.color("black", "other_garment_color"),
        D.pattern("plaid"),
        D.material("flannel"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The gentleman "
            "wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men's Buffalo Check Flannel Pajama Pants - Harbor Basics Red",
        category="Men's Pajamas & Loungewear",
        color="Red",
        gender="Men",
    ),
    # photo: woman sitting on a bed with white pillows, sage green satin short-sleeve notch-collar button-up top and
    # matching shorts, both with cream piping.
    # details: adapter
    case(
        "X242-006",
        caption("a woman sitting on a bed in green pajamas"),
        D.wearing("a green satin pajama set"),
        D.description("a green satin pajama top and shorts on a white bed"),
        D.color("green"),
        D.material("silk", "unsupported"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns and a short shorts. The lady wears a "
            "short-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women's Satin Short Sleeve Button-Up Top and Shorts Pajama Set - Dreamwell Sage Green",
        category="Women's Pajamas",
        color="Green",
        gender="Women",
    ),
    # photo: flat-lay on white of two toddler pajama sets: a blue long-sleeve top and pants with dump trucks, and a
    # grey long-sleeve top and pants with yellow stars.
    # description: adapter
    case(
        "X242-007",
        caption("two pairs of pajamas with trucks and stars on them"),
        count("three", "contradiction"),
        D.color("blue"),
        D.pattern("graphic"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric. The lady wears a long-sleeve",
            "pronoun",
            hit_limit=True,
        ),
        D.material("the pajamas are made of cotton and they are", "cut"),
        title="Toddler Boys' 4pc Snug Fit Trucks Pajama Set - Cub & Kite Blue/Gray",
        category="Toddler Boys' Pajamas",
        color="Blue/Gray",
        gender="Toddler Boys",
    ),
    # photo: woman in a red and white fair isle long-sleeve pajama top and matching pants (snowflakes and reindeer),
    # standing in front of a green Christmas tree with gold ornaments and wrapped presents.
    # description: adapter
    case(
        "X242-008",
        caption("a woman in red and white pajamas standing in front of a christmas tree"),
        D.wearing("a red and white pajama set"),
        D.color("green", "contradiction"),
        D.details("there are snowflakes and reindeer on the shirt and pants"),
        D.material("wool", "unsupported"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is round. The trousers",
            "cut",
            hit_limit=True,
        ),
        title="Women's Holiday Fair Isle Matching Family Pajama Set - Wondershop Red",
        category="Women's Pajamas",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay on a light wood floor: black long-sleeve top and pants with a white skeleton print, an orange
    # pumpkin beside them.
    # adapter: none
    case(
        "X242-009",
        caption("a black and white skeleton pajama set next to a pumpkin"),
        D.wearing("skeleton pajamas"),
        D.color("orange", "contradiction"),
        color_of("pants", "white", "contradiction"),
        D.details("the bones glow in the dark"),
        D.material("cotton Question: What is the color of the pajamas? Answer: black", "leak"),
        title="Kids' Halloween Skeleton Glow-in-the-Dark Pajama Set - Hyde & Eek Black",
        category="Kids' Pajamas",
        color="Black",
    ),
    # photo: woman in a white ribbed tank tucked into medium-wash high-rise skinny jeans, white sneakers, white
    # backdrop, front view; the jeans are clean, no rips.
    # caption: adapter
    case(
        "X242-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim trousers. The tank top is "
            "with cotton fabric and its neckline is round. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue jeans"),
        D.color("blue"),
        color_of("jeans", "white", "other_garment_color"),
        D.details("the jeans have ripped knees", "unsupported"),
        D.material("denim"),
        title="Women's High-Rise Skinny Jeans - Trueline Medium Wash",
        category="Women's Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man in a white crew tee and dark-wash slim jeans, brown boots, grey backdrop.
    # adapter: none
    case(
        "X242-011",
        caption("a man in a white t-shirt and dark jeans"),
        D.wearing("a gray shirt and gray jeans", "contradiction"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        fit("slim"),
        D.material("denim"),
        D.details("the jeans are dark", "non_answer"),
        title="Men's Slim Fit Jeans - Goodfield & Co Dark Wash",
        category="Men's Jeans",
        color="Dark Wash",
        gender="Men",
    ),
    # photo: girl in a pink tee with white "Be Kind" lettering and light-wash jeggings with torn knees, white
    # sneakers, in front of a pink painted wall.
    # adapter: none
    case(
        "X242-012",
        caption("a little girl standing in front of a pink wall"),
        wearing("a pink shirt and pink jeans", "contradiction", who="the girl"),
        D.color("pink", "other_garment_color"),
        D.details("the jeans have holes in the knees"),
        D.description("he is wearing a pink shirt and ripped jeans", "pronoun"),
        D.material("denim"),
        title="Girls' Distressed Pull-On Jeggings - Cub & Kite Light Wash",
        category="Girls' Jeans",
        color="Light Wash",
        gender="Girls",
    ),
    # photo: flat-lay on white of black-wash straight jeans, five pockets, no rips.
    # caption: adapter
    case(
        "X242-013",
        caption(
            "The gentleman wears a long denim trousers. The trousers are with denim fabric and solid color patterns. "
            "The gentleman wears a long denim trousers. The trousers are with denim fabric and solid color patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("black"),
        is_a("pair of jeans", "yes"),
        D.description("a pair of black jeans"),
        D.details("", "non_answer"),
        D.material("black jeans", "restated"),
        title="Boys' Stretch Straight Fit Jeans - Cub & Kite Black Wash",
        category="Boys' Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: woman in a black cropped tee and light-wash mom jeans with distressed knees, standing in front of a red
    # brick wall.
    # details: adapter
    case(
        "X242-014",
        caption("a woman in a black shirt and jeans standing in front of a brick wall"),
        D.wearing("a black crop top and ripped jeans"),
        D.color("red", "contradiction"),
        color_of("jeans", "blue"),
        D.details(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim trousers. The T-shirt "
            "is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        fit(
            "the jeans are loose Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women's High-Rise 90's Mom Jeans - Wild Bloom Light Wash",
        category="Women's Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: flat-lay on white of toddler medium-wash pull-on jeans with small pink embroidered flowers on the front
    # pockets.
    # caption: adapter
    case(
        "X242-015",
        caption(
            "The lady wears a long denim trousers. The trousers are with denim fabric and floral patterns. The lady "
            "wears a long denim trousers. The trousers are with denim fabric and floral patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("floral"),
        D.details("the jeans have pink flowers embroidered on the pockets"),
        color_of("jeans", "pink", "contradiction"),
        D.material("the jeans are made of", "cut"),
        title="Toddler Girls' Floral Embroidered Pull-On Jeans - Cub & Kite Medium Wash",
        category="Toddler Girls' Jeans",
        gender="Toddler Girls",
    ),
    # photo: man in a charcoal heather fleece pullover hoodie (kangaroo pocket, drawcords, no zipper) with blue
    # jeans, white backdrop.
    # description: adapter
    case(
        "X242-016",
        caption("a man wearing a gray hoodie and jeans"),
        D.garment_type("hoodie"),
        D.color("blue", "other_garment_color"),
        D.details("the hoodie has a zipper and a kangaroo pocket", "unsupported"),
        D.material("fleece"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        title="Men's Fleece Pullover Hoodie - Harbor Basics Charcoal Heather",
        category="Men's Hoodies & Sweatshirts",
        color="Charcoal Heather",
        gender="Men",
    ),
    # photo: woman in an oatmeal heather zip-up hoodie, zipped, black leggings, white sneakers, white backdrop.
    # material: adapter
    case(
        "X242-017",
        caption("a woman wearing a beige hoodie and black leggings"),
        D.wearing("a beige hoodie and beige leggings", "contradiction"),
        D.color("beige"),
        D.description("a black hoodie with a zipper", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric. The leggings are",
            "restated",
            hit_limit=True,
        ),
        title="Women's Fleece Zip-Up Hoodie - Maple Lane Oatmeal Heather",
        category="Women's Hoodies & Sweatshirts",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: boy in a green camouflage pullover hoodie (green, brown and black patches), hands in the front pocket,
    # black joggers, white backdrop.
    # adapter: none
    case(
        "X242-018",
        caption("a boy wearing a camouflage hoodie and black pants"),
        wearing("a camo hoodie", who="the boy"),
        D.pattern("camouflage"),
        D.color("brown", "contradiction"),
        D.description("a green and brown camouflage hoodie with a hood"),
        D.details("she has her hands in the pocket", "pronoun"),
        D.material("wool", "unsupported"),
        title="Boys' Camo Fleece Pullover Hoodie - Athletic Crew Green",
        category="Boys' Hoodies & Sweatshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a pink and purple tie-dye cropped hoodie and grey sweatpants, white backdrop; no bracelet.
    # caption: adapter
    case(
        "X242-019",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns and a long trousers. The sweater is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink and purple hoodie and purple pants", "contradiction"),
        D.pattern("tie dye"),
        D.color("gray", "other_garment_color"),
        D.details("the hoodie is cropped"),
        title="Girls' Tie-Dye Cropped Hoodie - Wild Bloom Pink/Purple",
        category="Girls' Hoodies & Sweatshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay on white of a red zip-up kids' hoodie, hood turned out to show the white sherpa lining.
    # adapter: none
    case(
        "X242-020",
        caption("a red hoodie with a white fuzzy lining"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("jacket"),
        is_a("hoodie", "yes"),
        D.color("white", "contradiction"),
        D.details("the hood is lined with sherpa and it has a zipper"),
        D.material("sherpa"),
        title="Kids' Sherpa Lined Zip-Up Hoodie - Cub & Kite Red",
        category="Kids' Jackets & Hoodies",
        color="Red",
    ),
    # photo: man in a black pullover hoodie with a white and orange "SPACE CAMP" print, grey joggers, in front of a
    # bare concrete wall.
    # details: adapter
    case(
        "X242-021",
        caption("a man wearing a black hoodie that says space camp"),
        D.wearing("a black hoodie and black pants", "contradiction"),
        D.color("black"),
        printed("space camp Question: What is the man wearing? Answer: a hoodie", "leak"),
        D.details(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men's Space Camp Graphic Hoodie - Black",
        category="Men's Graphic Tees & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a navy short-sleeve pique polo (two buttons, no logo), khaki pants, black sneakers, white
    # backdrop.
    # adapter: none
    case(
        "X242-022",
        caption("a boy in a navy polo shirt and khaki pants"),
        D.wearing("a school uniform"),
        D.garment_type("polo shirt"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the shirt has a collar and two buttons and a logo on the chest",
            "unsupported",
        ),
        D.description("the garment is a shirt", "restated"),
        title="Boys' Short Sleeve Pique Uniform Polo Shirt - Cub & Kite Navy",
        category="School Uniforms",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a navy pleated skort with a white short-sleeve polo tucked in, white knee socks, black shoes,
    # white backdrop; no tie.
    # adapter: none
    case(
        "X242-023",
        caption("a girl in a white shirt and a navy skirt"),
        wearing("a school uniform with a tie", "unsupported", who="the girl"),
        D.garment_type("skirt"),
        color_of("skirt", "blue"),
        D.pattern("striped", "contradiction"),
        D.description("a navy blue pleated skirt with shorts underneath"),
        title="Girls' Uniform Pleated Skort - Cub & Kite Navy",
        category="School Uniforms",
        color="Navy",
        gender="Girls",
    ),
    # photo: flat-lay on white of khaki flat-front chino pants with belt loops and slash pockets.
    # caption: adapter
    case(
        "X242-024",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("beige"),
        D.description("a pair of tan pants"),
        D.details("the pants have an elastic waist and a drawstring", "unsupported"),
        D.material("a pair of khaki pants", "restated"),
        title="Boys' Uniform Flat Front Stretch Chino Pants - Cub & Kite Khaki",
        category="School Uniforms",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a white long-sleeve blouse with a rounded Peter Pan collar, tucked into a navy pleated skirt,
    # white backdrop.
    # description: adapter
    case(
        "X242-025",
        caption("a boy wearing a white shirt and a blue skirt", "pronoun"),
        D.garment_type("shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the collar is round"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric and its neckline is lapel.",
            "cut",
            hit_limit=True,
        ),
        title="Girls' Uniform Long Sleeve Peter Pan Collar Blouse - Cub & Kite White",
        category="School Uniforms",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay on white of two short-sleeve pique polos, one white and one light blue, no chest pockets.
    # adapter: none
    case(
        "X242-026",
        caption("two polo shirts, one white and one blue"),
        count("two"),
        D.color("white"),
        D.description("two polo shirts with collars and buttons"),
        D.details("the shirts have a pocket on the chest", "unsupported"),
        D.material("cotton Question: What color are the shirts? Answer: white and blue", "leak"),
        title="Kids' 2pk Short Sleeve Uniform Polo Shirts - Cub & Kite White/Light Blue",
        category="School Uniforms",
        color="White/Light Blue",
        gender="Unisex",
    ),
    # photo: girl in a sleeveless red and navy plaid jumper dress over a white short-sleeve polo, white backdrop.
    # adapter: none
    case(
        "X242-027",
        caption("a girl in a red plaid dress and white shirt"),
        D.wearing("a red and blue plaid jumper and a white shirt"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.pattern("plaid"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has a plaid plaid plaid pattern", "loop"),
        title="Girls' Uniform Plaid Jumper - Cub & Kite Red Plaid",
        category="School Uniforms",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a navy V-neck button cardigan over a white polo, khaki pants, white backdrop.
    # caption: adapter
    case(
        "X242-028",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with cotton fabric and its neckline is V-shape. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweater, white shirt and khaki pants"),
        D.garment_type("cardigan"),
        D.color("navy"),
        color_of("sweater", "white", "other_garment_color"),
        D.details("the sweater has buttons down the front and a school logo", "unsupported"),
        title="Boys' Uniform V-Neck Cardigan Sweater - Cub & Kite Navy",
        category="School Uniforms",
        color="Navy",
        gender="Boys",
    ),
    # photo: woman in a black one-piece swimsuit with a ruched front, standing at the edge of a blue pool, front view.
    # adapter: none
    case(
        "X242-029",
        caption("a woman in a black swimsuit standing by a pool"),
        D.wearing("a black bathing suit"),
        D.garment_type("dress", "contradiction"),
        D.color("blue", "contradiction"),
        D.details("the swimsuit has a ruched front and a low back", "unsupported"),
        D.material("nylon"),
        title="Women's Ruched Front One Piece Swimsuit - Wavecrest Black",
        category="Women's Swimsuits",
        color="Black",
        gender="Women",
    ),
    # photo: girl on a beach backdrop (sand, blue sky) in a coral long-sleeve rash guard with white flowers and
    # matching coral swim shorts.
    # description: adapter
    case(
        "X242-030",
        caption("a little girl in a pink swimsuit on the beach"),
        wearing("a pink and white swimsuit", who="the girl"),
        color_top("orange"),
        color_bottoms("blue", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve shirt with floral patterns and a short shorts. The shirt is with cotton "
            "fabric and its neckline is round. There",
            "cut",
            hit_limit=True,
        ),
        title="Girls' Floral Long Sleeve Rash Guard Swim Set - Cub & Kite Coral",
        category="Girls' Swimwear",
        color="Coral",
        gender="Girls",
    ),
    # photo: shirtless boy in blue swim trunks with a grey shark print, in front of a light blue painted wall.
    # adapter: none
    case(
        "X242-031",
        caption("a young boy wearing blue swim trunks with sharks on them"),
        wearing("swim trunks", who="the boy"),
        D.garment_type("shorts"),
        D.color("gray", "contradiction"),
        D.details("the trunks have sharks and a drawstring"),
        D.material("denim", "unsupported"),
        title="Boys' Shark Print Swim Trunks - Cub & Kite Blue",
        category="Boys' Swimwear",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a navy and white striped triangle bikini top with matching bottoms, white backdrop; no jewelry.
    # details: adapter
    case(
        "X242-032",
        caption("a woman in a blue and white striped bikini"),
        D.wearing("a bikini and a necklace", "unsupported"),
        D.pattern("striped"),
        D.color("blue"),
        D.description("a navy and white striped bikini top with ties"),
        D.details(
            "The lady wears a sleeveless tank top with striped patterns and a short shorts. The tank top is with "
            "cotton fabric. The shorts are",
            "contradiction",
            hit_limit=True,
        ),
        title="Women's Striped Triangle Bikini Top - Wavecrest Navy/White",
        category="Women's Swimsuits",
        color="Navy",
        gender="Women",
    ),
    # photo: flat-lay on white of orange board shorts with green palm leaves and pink hibiscus, drawstring, velcro
    # side pocket.
    # adapter: none
    case(
        "X242-033",
        caption("a pair of orange and green shorts with palm trees on them"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("the shorts have a drawstring and a pocket on the side"),
        D.material("shorts", "restated"),
        D.description("orange shorts with green leaves and pink flowers and a white drawstring"),
        title="Men's 9\" Tropical Print Board Shorts - Goodfield & Co Orange",
        category="Men's Swimwear",
        color="Orange",
        gender="Men",
    ),
    # photo: flat-lay on white of a yellow toddler one-piece swimsuit with a lemon print and ruffled shoulder straps,
    # the matching lemon bucket hat beside it.
    # details: adapter
    case(
        "X242-034",
        caption("a yellow swimsuit and hat with lemons on it"),
        D.wearing("a bathing suit"),
        D.garment_type("hat", "contradiction"),
        D.color("yellow"),
        D.pattern("print"),
        D.details(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. There is a hat "
            "in her head. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        title="Toddler Girls' Lemon Print Ruffle One Piece Swimsuit and Hat Set - Cub & Kite Yellow",
        category="Toddler Girls' Swimwear",
        color="Yellow",
        gender="Toddler Girls",
    ),
    # photo: flat-lay on white of five folded boys' crew tees fanned out: black, heather grey, navy, white and red.
    # adapter: none
    case(
        "X242-035",
        caption("a stack of colorful t-shirts"),
        D.wearing("t-shirts Question: How many t-shirts are there? Answer: 5", "leak"),
        count("four", "contradiction"),
        D.color("black"),
        D.description("five t-shirts in different colors"),
        title="Boys' 5pk Short Sleeve Crew Neck T-Shirt - Cub & Kite Multi",
        category="Boys' T-Shirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: man in one white crew-neck tee from the pack and jeans, grey backdrop.
    # description: adapter
    case(
        "X242-036",
        caption("a man in a white t-shirt"),
        D.wearing("a white t-shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        count("one", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men's 6pk Crew Neck T-Shirt - Goodfield & Co White",
        category="Men's Undershirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay on white of three pairs of girls' leggings: black, pink and heather grey.
    # details: adapter
    case(
        "X242-037",
        caption("three pairs of leggings in black, pink and gray"),
        D.wearing("he is wearing leggings", "pronoun"),
        count("three"),
        D.color("pink"),
        D.details(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings",
            "loop",
            hit_limit=True,
        ),
        D.material("leggings", "restated"),
        title="Girls' 3pk Leggings - Cub & Kite Black/Pink/Gray",
        category="Girls' Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: flat-lay on white of five short-sleeve baby bodysuits: white, yellow, mint, grey stripes, and one with a
    # grey elephant; snap closures visible at the bottom.
    # adapter: none
    case(
        "X242-038",
        caption("five baby onesies in different colors"),
        D.wearing("a baby", "non_answer"),
        D.garment_type("romper"),
        count("five"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.description("five onesies, one with an elephant on it"),
        D.details("the onesies have snaps at the bottom"),
        title="Baby 5pk Short Sleeve Bodysuits - Cloud Island Mint/Yellow",
        category="Baby Bodysuits",
        color="Multi",
        gender="Unisex Baby",
    ),
    # photo: woman in the black ribbed tank from the 2pk with light-wash jeans, white backdrop.
    # caption: adapter
    case(
        "X242-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim trousers. The tank top is "
            "with cotton fabric and its neckline is round. The trousers are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and jeans"),
        D.garment_type("tank top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("the tank top is ribbed"),
        D.material("a black tank top", "restated"),
        title="Women's 2pk Slim Fit Ribbed Tank Top - Time & Grace Black/White",
        category="Women's Tops",
        color="Black/White",
        gender="Women",
    ),
    # photo: flat-lay on white of three pairs of plain mesh athletic shorts, black, navy and red, no side stripes.
    # adapter: none
    case(
        "X242-040",
        caption("three pairs of basketball shorts"),
        D.garment_type("shorts"),
        count("three"),
        D.description("black, navy and red shorts with white stripes on the side", "unsupported"),
        D.material("mesh"),
        D.details("they are shorts", "non_answer"),
        title="Boys' 3pk Mesh Athletic Shorts - Athletic Crew Black/Navy/Red",
        category="Boys' Activewear",
        color="Multi",
        gender="Boys",
    ),
    # photo: woman in an oversized cream sweatshirt with orange "Pumpkin Spice" script and brown leggings, white
    # backdrop, two small orange pumpkins at her feet.
    # adapter: none
    case(
        "X242-041",
        caption("a woman in a white sweatshirt that says pumpkin spice"),
        D.wearing("a sweatshirt and brown leggings"),
        D.garment_type("hoodie", "contradiction"),
        D.color("orange", "contradiction"),
        printed("pumpkin spice"),
        D.description("a white sweatshirt with the words pumpkin spice in orange and a", "cut"),
        title="Women's Pumpkin Spice Graphic Sweatshirt - Maple Lane Cream",
        category="Women's Graphic Tees & Sweatshirts",
        color="Cream",
        gender="Women",
    ),
    # photo: girl in a pink tee with a silver flip-sequin heart and denim shorts, white backdrop. (no gender column)
    # description: adapter
    case(
        "X242-042",
        caption("a little girl wearing a pink shirt with a heart on it"),
        wearing("a pink t-shirt and jean shorts", who="the girl"),
        D.color("silver", "contradiction"),
        D.details("the heart is made of sequins"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short denim shorts. The T-shirt is "
            "with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        printed("what is printed on the shirt", "restated"),
        D.material("cotton"),
        title="Girls' Flip Sequin Heart Short Sleeve T-Shirt - Cub & Kite Pink",
        category="Girls' Graphic Tees",
        color="Pink",
    ),
    # photo: man in a navy and white striped short-sleeve tee with a chest pocket, grey chino shorts, white backdrop.
    # caption: adapter (ends on a full stop exactly at the limit)
    case(
        "X242-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a short shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("she is wearing a striped shirt and shorts", "pronoun"),
        D.pattern("striped"),
        D.color("gray", "other_garment_color"),
        D.details("the shirt has a pocket on the chest"),
        D.description("a blue and white striped t-shirt with a pocket and a", "cut"),
        title="Men's Striped Short Sleeve Pocket T-Shirt - Goodfield & Co Navy",
        category="Men's T-Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: boy in a raglan baseball tee (white body, red 3/4 sleeves, red "ALL-STAR" print) and blue jeans, white
    # backdrop.
    # details: adapter
    case(
        "X242-044",
        caption("a boy in a white and red baseball shirt"),
        D.wearing("a white and red shirt and blue jeans"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white"),
        color_of("sleeves", "red"),
        D.details(
            "The gentleman wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a long-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "polyester Question: What is the boy wearing? Answer: a baseball shirt",
            "leak",
        ),
        title="Kids' Raglan 3/4 Sleeve All-Star Baseball T-Shirt - Cub & Kite White/Red",
        category="Kids' Graphic Tees",
        color="White/Red",
        gender="Boys",
    ),
    # photo: woman in black high-rise fleece joggers (elastic ankle cuffs, side pockets) with a pink cropped hoodie
    # and white sneakers, white backdrop.
    # description: adapter
    case(
        "X242-045",
        caption("a woman in a pink hoodie and pink sweatpants", "contradiction"),
        D.color("pink", "other_garment_color"),
        color_of("pants", "black"),
        D.details("the pants have elastic cuffs at the ankles and pockets"),
        D.material("fleece"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "cotton fabric. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Women's High-Rise Fleece Jogger Pants - Allwell Black",
        category="Women's Activewear",
        color="Black",
        gender="Women",
    ),
    # photo: toddler boy in a heather grey fleece hoodie (green dinosaur on the chest, green felt spikes along the
    # hood) and matching grey joggers, holding a red toy truck, white backdrop.
    # adapter: none
    case(
        "X242-046",
        caption("a little girl in a gray sweatsuit holding a toy truck", "pronoun"),
        wearing("a gray hoodie and sweatpants", who="the boy"),
        color_of("hoodie", "green", "contradiction"),
        color_of("pants", "gray"),
        D.details("the hoodie has a dinosaur on it and the hood has spikes"),
        D.description("the description of the hoodie", "non_answer"),
        title="Toddler Boys' Dino Fleece Hoodie and Jogger Set - Cub & Kite Gray",
        category="Toddler Boys' Outfit Sets",
        color="Gray",
        gender="Toddler Boys",
    ),
]
