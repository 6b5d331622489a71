"""BLIND_214 (46 products; US babies' and kids' wear: bodysuits, rompers, sleepers, tees, dresses, sets, hoodies):
written blind in the fortieth session. Measured blind at 16cc4c4 (the session's rules as they stood): 91/142 failures
found (64.1%) and 10/183 correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario: a US retailer's English catalog feed of babies' and kids' clothing: bodysuits ("onesies"), many in 2-, 3- and
5-packs, rompers and shortalls, zip footed sleepers, graphic tees, play and party dresses, tee-and-shorts or
top-and-leggings sets, hoodies, leggings and shorts. Most photos are flat-lays or ghost shots on white; some show a
baby or a child wearing the piece, often with other garments (jeans, a tutu, a tee under a hoodie or overalls) and
props (a crib, a basket, a couch, a rug, a Christmas tree, colored walls). Each row has the seller's title, category,
color and gender ("Baby Boys", "Baby Girls", "Boys", "Girls", "Unisex"); a few rows miss the gender or the category.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a baby girl in a
white dress ...") unless the comment says the caption adapter wrote them (the DeepFashion template, "The person wears
a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric ..."). The adapter has no end token:
its texts run to the limit (50 new tokens for captions, 30 for answers), carry hit_limit=True, and it answers any
question with its template. Open answers (wearing, description, details, material, and this set's print, pieces and
closure questions) come from the base model unless the comment names the adapter; the base model stops on its own
and never has hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, color_top / color_shorts /
color_pants / color_leggings / color_hoodie, "Is this a ...?") are enrich's `--engine reference` picks from candidate
sets: they never loop or get cut, but they pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or light-wash denim, grey for heather grey, green for sage, yellow for
  mustard, purple for lavender, pink or orange for coral, beige for oatmeal, white for cream. A multi-pack or
  multi-color set answered with the color of one of its pieces is correct; "multicolor" for a pack is correct.
- Synonyms are correct: onesie for bodysuit, pajamas or sleeper for a footed sleeper, jacket or sweatshirt for a
  hoodie, sweater in the adapter's template for a hoodie, outfit or dinosaur costume for a novelty romper, lace for
  eyelet, plaid for gingham or buffalo check, "t-shirt" in the adapter's template for a bodysuit (its vocabulary has no
  one-piece top, so that word alone is not labelled). The reference engine's garment_type "t-shirt" for a bodysuit,
  "sweater" for a hoodie or "dress" for a romper is contradiction (the candidate set offers the right one), and so
  is a base answer that calls a romper a sweater, shorts jeans, or overalls a jacket.
- The adapter's template naming a one-piece (a footed sleeper) as "a T-shirt and a long trousers" is contradiction,
  hit_limit kept: the auditor sees two garments where the seller has one. A template that repeats a sentence is loop
  even where it also misnames; a template stopped mid-sentence without repeating is cut, even where it invented an
  accessory ("an accessory on her wrist") before the cut. The template's "lady"/"her" for a baby boy is pronoun, which
  I take to be seen before the cut. The template returned for the material question is restated (hit_limit kept); for
  "What is the person wearing?", "Describe the garment." and the details question it answers, so cut or loop.
- The color of the print (a green dinosaur, a black bow tie, brown bears, a pink rainbow band) given as the garment's
  color is contradiction, and so is the color of a prop or backdrop (pink wall, yellow wall, brown basket, grey couch).
  The color of another garment worn in the photo (jeans, the tutu, the tee under the hoodie or overalls, the adult's
  shirt holding the baby, the other half of a set) is other_garment_color; "a grey shirt and grey pants" for a navy
  top with grey joggers is other_garment_color on the top.
- Invented things not in the photo (pockets, a zipper on a pullover, a hat, a tie, boots on a ghost mannequin, a bow,
  a belt, a tail the front view cannot show, a shirt with a flat-laid pair of pants) are unsupported. A material the
  title does not name and the photo does not show (fleece or polyester for a titled cotton sleeper, linen for a cotton
  sundress, wool for a cotton knit romper) is unsupported; a plausible guess on a plain knit (cotton, fleece on a
  hoodie) is correct.
- Non-answers: an empty answer, "nothing", "i don't know", "a baby" for a flat-lay's wearing question, "the details of
  the dress", "they are shorts" for the shorts' details, "it is made of fabric". A details or material answer that
  only gives the garment's name and color back is restated. A base answer that stops at "the dress has" or "it is made
  of" is cut without hit_limit. A base answer that runs on into "Question: ... Answer: ..." is leak.
- "he" for a girl and "she" for a boy are pronoun; for Unisex rows or missing gender no pronoun is labelled.
- A wrong count in the pieces answer ("three" for a 2-pack) is contradiction; sleeve or pattern picks that the photo
  contradicts (long sleeves on a short-sleeve shirt, polka dot for stars, striped for a plain tee) are contradiction.
- Flat-lays answered "a onesie" or "pajamas" for "What is the person wearing?" are correct: they name the product.
- "Is this a ...?" answered against the photo ("no" for a plain crew-neck tee, "yes" to romper for a sundress, "no"
  for a romper) is contradiction. A misread print ("little brother" for "little sister") is unsupported.
- A description of the scene instead of the garment ("a baby in a crib") is non_answer. A base answer that names the
  wrong garment and an invented detail ("a white shirt with buttons" for a snap bodysuit) is contradiction: the
  garment is seen first. A flat-laid tee described with "a pink skirt" it does not have is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")
print_q = question("print", "What is printed on the garment?", "open")
pieces = question("pieces", "How many pieces are in the pack?", "open")
closure = question("closure", "How does the garment close?", "open")

BLIND_214 = [
    # photo: flat-lay on white of three short-sleeve bodysuits (white, heather grey, light blue), snaps at the crotch.
    # adapter: none
    case(
        "X214-001",
        caption("three baby onesies laid out on a white background"),
        D.wearing("a onesie"),
        B.garment_type("bodysuit"),
        B.color("white"),
        D.details("they have snaps at the bottom"),
        B.material("cotton"),
        D.description("three onesies Question: what is the color of the onesies? Answer: white, grey and blue", "leak"),
        title="Baby Boys 3-Pack Short-Sleeve Cotton Bodysuits",
        category="Bodysuits",
        color="White/Grey/Blue",
        gender="Baby Boys",
    ),
    # photo: baby girl lying on a white blanket in a pink zip-front footed sleeper with small white hearts.
    # adapter: caption
    case(
        "X214-002",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and graphic patterns. The "
            "lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink sleeper with hearts", who="the baby"),
        B.color("pink"),
        B.pattern("graphic"),
        D.details("it has a zipper on the front and feet"),
        B.material("fleece", "unsupported"),
        D.description("a pink footed sleeper Question: what is the baby wearing? Answer: a pink", "leak"),
        title="Baby Girls Heart Print Zip-Front Cotton Footed Sleeper",
        category="Sleepers",
        color="Pink",
        gender="Baby Girls",
    ),
    # photo: toddler boy in front of a light blue wall, navy tee with a green dinosaur and "ROAR", khaki shorts.
    # adapter: none
    case(
        "X214-003",
        caption("a little boy standing in front of a blue wall wearing a dinosaur shirt"),
        wearing("a blue shirt with a dinosaur on it", who="the boy"),
        B.color("navy"),
        D.description("a navy t-shirt with a green dinosaur and khaki shorts"),
        D.details("the shirt has a dinosaur on it and says roar"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        title="Toddler Boys Dinosaur Roar Graphic Tee",
        category="Tops & Tees",
        color="Navy",
        gender="Boys",
    ),
    # photo: flat-lay on white of a yellow dress with a white daisy print and flutter sleeves, front view.
    # adapter: none
    case(
        "X214-004",
        caption("a yellow dress with white flowers on it"),
        D.wearing("a yellow dress"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("the dress has a bow on the back", "unsupported"),
        D.description(
            "a yellow dress with white flowers Question: what is the color of the dress? Answer: yellow", "leak"
        ),
        B.material("cotton"),
        title="Girls Daisy Print Flutter-Sleeve Cotton Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: baby boy sitting on a white floor in a navy-and-white striped short-sleeve romper, a wooden toy beside.
    # adapter: details
    case(
        "X214-005",
        caption("a baby sitting on the floor in a striped romper"),
        wearing("she is wearing a blue and white striped romper", "pronoun", who="the baby"),
        B.color("blue"),
        B.pattern("striped"),
        D.details(
            "The shorts are with cotton fabric and striped patterns. The gentleman wears a short-sleeve T-shirt with "
            "striped patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        B.garment_type("shorts", "contradiction"),
        title="Baby Boys Striped Short-Sleeve Romper",
        category="Rompers",
        color="Navy Stripe",
        gender="Baby Boys",
    ),
    # photo: flat-lay on white of a white tee with a blue shark graphic and navy drawstring shorts without pockets.
    # adapter: none
    case(
        "X214-006",
        caption("a white t-shirt and blue shorts with a shark on it"),
        color_top("white"),
        color_shorts("white", "other_garment_color"),
        D.wearing("a shark shirt and shorts"),
        D.details("the shorts have a drawstring waist and pockets", "unsupported"),
        B.material("cotton"),
        D.description("a white t-shirt with a shark and white shorts", "other_garment_color"),
        title="Toddler Boys Shark Graphic Tee and Shorts Set",
        category="Outfit Sets",
        color="White/Navy",
        gender="Boys",
    ),
    # photo: girl about six on a grey studio backdrop, lavender pullover hoodie with a unicorn print, black leggings.
    # adapter: description
    case(
        "X214-007",
        caption("a little girl in a purple hoodie with a unicorn on it"),
        wearing("a purple hoodie and black leggings", who="the girl"),
        B.color("black", "other_garment_color"),
        B.garment_type("sweater", "contradiction"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns and a long leggings. The sweater is with "
            "cotton fabric and its neckline is round. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        B.material("fleece"),
        title="Girls Unicorn Graphic Fleece Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat-lay on white of a heather grey zip footed sleeper with small white stars.
    # adapter: none
    case(
        "X214-008",
        caption("a grey baby sleeper with white stars"),
        D.wearing("a baby", "non_answer"),
        B.color("grey"),
        B.pattern("graphic"),
        D.details("it has a zipper and footies"),
        B.material("polyester", "unsupported"),
        D.description(
            "The person wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Baby Star Print Cotton Footed Sleeper",
        category="Sleepers",
        color="Heather Grey",
        gender="Unisex",
    ),
    # photo: boy about eight in front of a white brick wall, red crew-neck tee, blue jeans.
    # adapter: none
    case(
        "X214-009",
        caption("a young boy standing in front of a white brick wall"),
        wearing("a red shirt and jeans", who="the boy"),
        B.color("blue", "other_garment_color"),
        D.description("a red t-shirt with a white collar", "unsupported"),
        B.sleeve_length("short sleeves"),
        D.details("it is a red shirt", "restated"),
        is_a("t-shirt", "no", "contradiction"),
        title="Boys Short-Sleeve Crew Neck Tee",
        category="Tops & Tees",
        color="Red",
        gender="Boys",
    ),
    # photo: baby girl sitting on white, white ruffle-sleeve bodysuit printed "little sister" in pink, pink tutu.
    # adapter: none
    case(
        "X214-010",
        caption("a baby girl wearing a little sister shirt and a pink tutu"),
        wearing("he is wearing a white onesie and a pink tutu", "pronoun", who="the baby"),
        B.color("pink", "other_garment_color"),
        print_q("little sister"),
        B.garment_type("bodysuit"),
        D.details("it has ruffles on the sleeves"),
        D.description("a white onesie that says little brother", "unsupported"),
        title="Baby Girls Little Sister Ruffle Bodysuit",
        category="Bodysuits",
        color="White",
        gender="Baby Girls",
    ),
    # photo: flat-lay on white of two leggings, one plain black, one pink with small hearts.
    # adapter: caption
    case(
        "X214-011",
        caption(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric and pure "
            "color patterns. The lady wears a long leggings with pure color patterns. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        color_leggings("black"),
        D.wearing("a pair of leggings Question: what is the color of the leggings? Answer: black", "leak"),
        question("pieces", "How many pairs are in the pack?", "open")("two"),
        D.details("they are leggings", "restated"),
        B.material("cotton and spandex"),
        title="Girls 2-Pack Cotton Spandex Leggings",
        category="Leggings",
        color="Black/Pink",
        gender="Girls",
    ),
    # photo: toddler girl on grass outdoors in a sleeveless red-and-white gingham sundress, white sandals.
    # adapter: none
    case(
        "X214-012",
        caption("a little girl in a red and white checkered dress standing in the grass"),
        B.pattern("plaid"),
        B.sleeve_length("sleeveless"),
        D.wearing("a red dress and white shoes"),
        D.description("a red and white checkered dress with a bow", "unsupported"),
        D.details("the details of the dress", "non_answer"),
        B.material("linen", "unsupported"),
        is_a("romper", "yes", "contradiction"),
        title="Toddler Girls Gingham Cotton Sundress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay on white of five long-sleeve bodysuits: navy, grey, white, green, and one grey-and-white stripe.
    # adapter: caption
    case(
        "X214-013",
        caption(
            "The person wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long-sleeve T-shirt with pure color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        question("pieces", "How many bodysuits are there?", "open")("three", "contradiction"),
        B.color("multicolor"),
        D.details("they have snaps on the bottom and one is striped"),
        B.garment_type("t-shirt", "contradiction"),
        D.wearing("nothing", "non_answer"),
        title="Baby Boys 5-Pack Long-Sleeve Bodysuits",
        category="Bodysuits",
        color="Multi",
        gender="Baby Boys",
    ),
    # photo: flat-lay on white of a white tee with a rainbow, clouds and "Dream Big"; the rainbow's top band is pink.
    # adapter: material
    case(
        "X214-014",
        caption("a white t-shirt with a rainbow on it"),
        B.color("pink", "contradiction"),
        print_q("a rainbow"),
        D.wearing("a white shirt with a rainbow"),
        D.details("the shirt has a rainbow and clouds on it and says dream big"),
        B.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Girls Dream Big Rainbow Graphic Tee",
        category="Tops & Tees",
        color="White",
        gender="Girls",
    ),
    # photo: baby on a cream knit blanket in a mustard ribbed long-sleeve romper with wooden buttons down the front.
    # adapter: none
    case(
        "X214-015",
        caption("a baby laying on a blanket wearing a yellow romper"),
        wearing("a yellow sweater", "contradiction", who="the baby"),
        B.color("yellow"),
        B.garment_type("romper"),
        D.details("it has buttons down the front"),
        D.description("a yellow knit romper Question: what is the baby wearing? Answer: a yellow knit romper", "leak"),
        B.material("wool", "unsupported"),
        is_a("romper", "no", "contradiction"),
        title="Baby Ribbed Knit Cotton Button-Front Romper",
        category="Rompers",
        color="Mustard",
    ),
    # photo: boy about eight on white, black full-zip fleece hoodie open over a grey tee, jeans.
    # adapter: caption
    case(
        "X214-016",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and jeans", who="the boy"),
        B.color("grey", "other_garment_color"),
        B.garment_type("hoodie"),
        D.details("it has a hood and a zipper"),
        D.description("she is wearing a black hoodie", "pronoun"),
        B.material("cotton", "unsupported"),
        title="Boys Full-Zip Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay on white of a pink floral short-sleeve bodysuit, matching floral pants and a pink bow headband.
    # adapter: none
    case(
        "X214-017",
        caption("a baby outfit with pink flowers and a headband"),
        B.pattern("floral"),
        color_pants("pink"),
        D.wearing("a pink floral outfit"),
        D.details("the outfit has a bow headband and a matching hat", "unsupported"),
        B.material("", "non_answer"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Baby Girls 3-Piece Floral Bodysuit, Pant and Headband Set",
        category="Outfit Sets",
        color="Pink",
        gender="Baby Girls",
    ),
    # photo: toddler boy on white, heather grey tee printed "Little Man", green camo shorts.
    # adapter: none
    case(
        "X214-018",
        caption("a little boy wearing a grey shirt and camouflage shorts"),
        color_top("grey"),
        color_shorts("grey", "other_garment_color"),
        print_q("little man"),
        D.details("the shirt says little man Question: what color are the shorts? Answer: green", "leak"),
        wearing("a grey shirt and green shorts", who="the boy"),
        B.material("the shirt is grey and the shorts are green", "restated"),
        title="Toddler Boys Little Man Tee and Camo Shorts Set",
        category="Outfit Sets",
        color="Grey/Green",
        gender="Boys",
    ),
    # photo: navy smocked dress with white polka dots and short puff sleeves on a wooden hanger against a pink wall.
    # adapter: details
    case(
        "X214-019",
        caption("a blue dress with white polka dots hanging on a pink wall"),
        B.color("pink", "contradiction"),
        B.pattern("polka dot"),
        B.sleeve_length("short sleeves"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.description("a navy blue dress with white polka dots and smocking on the chest"),
        B.material("silk", "unsupported"),
        title="Girls Polka Dot Smocked Cotton Dress",
        category="Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: flat-lay on white of a white long-sleeve bodysuit printed with a black bow tie and grey suspenders.
    # adapter: caption
    case(
        "X214-020",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her neck. The lady wears a long-sleeve T-shirt with",
            "pronoun",
            hit_limit=True,
        ),
        B.garment_type("bodysuit"),
        D.wearing("a white shirt with a bow tie"),
        B.color("black", "contradiction"),
        D.details("it has a bow tie and suspenders printed on it"),
        B.material("it is a white shirt", "restated"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Baby Boys Bow Tie Long-Sleeve Bodysuit",
        category="Bodysuits",
        color="White",
        gender="Baby Boys",
    ),
    # photo: girl by a wooden fence outdoors, sleeveless coral tiered ruffle sundress, no belt.
    # adapter: none
    case(
        "X214-021",
        caption("a little girl in an orange dress standing by a fence"),
        wearing("a pink dress", who="the girl"),
        B.color("pink"),
        D.description("a pink dress with ruffles and a white belt", "unsupported"),
        B.sleeve_length("sleeveless"),
        D.details("the dress has", "cut"),
        B.material("chiffon", "unsupported"),
        title="Girls Tiered Ruffle Sundress",
        category="Dresses",
        color="Coral",
        gender="Girls",
    ),
    # photo: flat-lay on white of two zip footed sleepers, one blue with a car print, one plain grey.
    # adapter: caption
    case(
        "X214-022",
        caption(
            "The person wears a long-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        B.color("blue"),
        pieces("two"),
        D.details("they have cars on them and zippers"),
        B.material("the material of the pajamas", "non_answer"),
        title="Baby Boys 2-Pack Car Print Footed Sleepers",
        category="Sleepers",
        color="Blue/Grey",
        gender="Baby Boys",
    ),
    # photo: girl cropped at the chest, white tee tucked into light-wash denim shorts with frayed hems, white backdrop.
    # adapter: none
    case(
        "X214-023",
        caption("a girl wearing a white shirt and denim shorts"),
        color_shorts("blue"),
        B.color("white", "other_garment_color"),
        B.garment_type("shorts"),
        D.details("they are shorts", "non_answer"),
        B.material("denim"),
        D.wearing("a white shirt and blue jeans", "contradiction"),
        title="Girls Frayed Hem Denim Shorts",
        category="Shorts",
        color="Light Wash",
        gender="Girls",
    ),
    # photo: baby girl sitting in a wicker basket, sage green short-sleeve muslin romper with ruffled shoulders.
    # adapter: none
    case(
        "X214-024",
        caption("a baby sitting in a basket wearing a green romper"),
        wearing("a green romper", who="the baby"),
        B.color("brown", "contradiction"),
        B.material("muslin"),
        D.details("it has ruffles on the shoulders"),
        D.description("he is wearing a green romper", "pronoun"),
        B.pattern("floral", "contradiction"),
        title="Baby Girls Ruffle Muslin Romper",
        category="Rompers",
        color="Sage",
        gender="Baby Girls",
    ),
    # photo: ghost shot on white of a pullover hoodie, navy body with grey sleeves and hood, kangaroo pocket.
    # adapter: caption, material
    case(
        "X214-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. It has a round neckline. "
            "The upper clothing has long sleeves, cotton fabric and color block patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        B.pattern("color block"),
        color_hoodie("navy"),
        D.details("it has a pocket in the front and a hood"),
        D.wearing("a hoodie"),
        B.material(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. It has a round neckline. "
            "The upper",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Boys Colorblock Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Navy/Grey",
        gender="Boys",
    ),
    # photo: flat-lay on white of three knit jogger pants (oatmeal, grey, sage) with cuffed ankles, no tops.
    # adapter: none
    case(
        "X214-026",
        caption("three pairs of baby pants on a white background"),
        color_pants("beige"),
        B.garment_type("pants"),
        D.details("they have elastic waistbands and cuffs at the ankles"),
        D.wearing("a pair of pants and a shirt", "unsupported"),
        D.description("baby pants"),
        B.material("they are pants", "restated"),
        B.pattern("striped", "contradiction"),
        title="Baby 3-Pack Knit Jogger Pants",
        category="Pants & Leggings",
        color="Oatmeal/Grey/Sage",
        gender="Unisex",
    ),
    # photo: girl on white, short-sleeve lavender tunic with a butterfly print over purple leggings, no bows.
    # adapter: none
    case(
        "X214-027",
        caption("a little girl wearing a purple shirt with butterflies and purple leggings"),
        color_top("purple"),
        color_leggings("purple"),
        D.wearing("a shirt and leggings"),
        D.details("the shirt has butterflies and a bow on the shoulder", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("it is made of fabric", "non_answer"),
        D.description(
            "a purple shirt with butterflies Question: what is the girl wearing? Answer: a purple shirt and purple "
            "leggings",
            "leak",
        ),
        title="Girls Butterfly Tunic and Leggings Set",
        category="Outfit Sets",
        color="Purple",
        gender="Girls",
    ),
    # photo: adult in a blue button-down holding a baby in a heather grey short-sleeve bodysuit, "Daddy's Little Buddy".
    # adapter: none
    case(
        "X214-028",
        caption("a man holding a baby in a grey onesie"),
        wearing("a grey onesie that says daddy's little buddy", who="the baby"),
        B.color("blue", "other_garment_color"),
        print_q("daddy's little buddy"),
        B.sleeve_length("short sleeves"),
        D.details("the onesie has", "cut"),
        B.garment_type("t-shirt", "contradiction"),
        title="Baby Boys Daddy's Buddy Graphic Bodysuit",
        category="Bodysuits",
        color="Heather Grey",
        gender="Baby Boys",
    ),
    # photo: flat-lay on white of a plain pink short-sleeve tee with a flip-sequin heart on the chest.
    # adapter: caption
    case(
        "X214-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory in her wrist. The lady wears a short-sleeve T-shirt with graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink shirt with a heart"),
        B.color("pink"),
        D.details("the heart is made of sequins"),
        B.material("cotton"),
        B.pattern("striped", "contradiction"),
        D.description("a pink shirt with a sequin heart and a pink skirt", "unsupported"),
        title="Girls Flip Sequin Heart Tee",
        category="Tops & Tees",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby girl on a grey couch, white sleeveless eyelet dress with bloomers, small satin bow at the neckline.
    # adapter: material
    case(
        "X214-030",
        caption("a baby girl sitting on a grey couch in a white dress"),
        wearing("a white dress with lace", who="the baby"),
        B.color("grey", "contradiction"),
        D.details("the dress has eyelet embroidery and a bow"),
        B.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Baby Girls Eyelet Dress and Bloomer Set",
        category="Dresses",
        color="White",
        gender="Baby Girls",
    ),
    # photo: child on a grey studio backdrop, black tee with a white rocket and "Future Astronaut", grey joggers.
    # adapter: none
    case(
        "X214-031",
        caption("a child wearing a black t-shirt with a rocket on it"),
        wearing("a black shirt and grey pants", who="the child"),
        B.color("white", "contradiction"),
        D.details("the shirt says future astronaut and has a rocket ship"),
        B.material("cotton"),
        D.description(
            "a black shirt with a rocket on it Question: what is the child wearing? Answer: a black shirt", "leak"
        ),
        print_q("the shirt", "non_answer"),
        title="Kids Future Astronaut Graphic Tee",
        category="Tops & Tees",
        color="Black",
        gender="Unisex",
    ),
    # photo: ghost shot on white of a blue-and-green plaid short-sleeve button-up shirt with a collar, no tie.
    # adapter: details
    case(
        "X214-032",
        caption("a blue and green plaid shirt"),
        B.pattern("plaid"),
        B.color("blue"),
        B.garment_type("shirt"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a plaid shirt and a tie", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys Plaid Short-Sleeve Button-Up Shirt",
        category="Tops & Tees",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on a playground, pink-and-purple tie-dye crop tee and matching bike shorts, white sneakers.
    # adapter: none
    case(
        "X214-033",
        caption("a little girl standing on a playground in a pink tie dye outfit"),
        wearing("a pink shirt and shorts", who="the girl"),
        color_shorts("purple"),
        D.details("he has a tie dye shirt and shorts", "pronoun"),
        B.material("polyester", "unsupported"),
        D.description("a pink and purple tie dye shirt with matching shorts and sneakers"),
        B.garment_type("dress", "contradiction"),
        title="Girls Tie-Dye Tee and Bike Shorts Set",
        category="Outfit Sets",
        color="Pink Multi",
        gender="Girls",
    ),
    # photo: baby asleep in a white crib, cream zip footed sleeper with small brown bears.
    # adapter: none
    case(
        "X214-034",
        caption("a baby sleeping in a crib"),
        wearing("a white pajama with bears", who="the baby"),
        B.color("brown", "contradiction"),
        D.details("it has feet and a zipper"),
        B.garment_type("pajamas"),
        B.material("the baby is wearing pajamas", "restated"),
        D.description("a baby in a crib", "non_answer"),
        title="Baby Bear Print Zip Footed Sleeper",
        category="Sleepers",
        color="Cream",
        gender="Unisex",
    ),
    # photo: flat-lay on white of two mesh athletic shorts, one black, one red, white side stripes, drawstrings.
    # adapter: caption
    case(
        "X214-035",
        caption(
            "The person wears a shorts with pure color patterns. The shorts are with cotton fabric and pure color "
            "patterns. The person wears a shorts with pure color patterns. The shorts are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        color_shorts("black"),
        D.details("they have a drawstring and a stripe on the side"),
        D.wearing(
            "The person wears a shorts with pure color patterns. The shorts are with cotton fabric and pure color "
            "patterns. The person wears a shorts with",
            "loop",
            hit_limit=True,
        ),
        B.material("mesh"),
        pieces("three", "contradiction"),
        title="Boys 2-Pack Mesh Athletic Shorts",
        category="Shorts",
        color="Black/Red",
        gender="Boys",
    ),
    # photo: girl in front of a decorated Christmas tree, long-sleeve red velvet dress with a black bow sash, white
    # tights. adapter: description
    case(
        "X214-036",
        caption("a little girl in a red dress standing in front of a christmas tree"),
        wearing("a red dress and white tights", who="the girl"),
        B.material("velvet"),
        D.details("the dress has a black bow at the waist"),
        B.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        B.color("green", "contradiction"),
        title="Girls Velvet Holiday Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay on white of three short-sleeve bodysuits (pink, white with small flowers, lavender), lettuce-edge
    # sleeves. adapter: none
    case(
        "X214-037",
        caption("three baby onesies with flowers and a pink one"),
        D.wearing("nothing", "non_answer"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.color("pink"),
        D.details("they have lettuce edge trim on the sleeves"),
        B.material("it is made of", "cut"),
        pieces("four", "contradiction"),
        title="Baby Girls 3-Pack Short-Sleeve Bodysuits",
        category="Bodysuits",
        color="Pink/Purple",
        gender="Baby Girls",
    ),
    # photo: toddler boy on white, medium-wash denim shortalls with a bib pocket and buttoned straps over a
    # red-and-white striped tee. adapter: none
    case(
        "X214-038",
        caption("a toddler boy wearing overalls and a striped shirt"),
        wearing("overalls and a red and white striped shirt", who="the boy"),
        B.color("red", "other_garment_color"),
        B.garment_type("overalls"),
        D.details("the overalls have a pocket on the front and buttons on the straps"),
        B.material("denim"),
        D.description("a blue denim jacket", "contradiction"),
        title="Toddler Boys Denim Shortalls",
        category="Overalls",
        color="Medium Wash",
        gender="Boys",
    ),
    # photo: ghost shot on white (leg form, no feet) of black leggings with a small white star print.
    # adapter: caption
    case(
        "X214-039",
        caption(
            "The lady wears a long leggings with graphic patterns. The leggings are with cotton fabric and graphic "
            "patterns. The lady wears a long leggings with graphic patterns. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("polka dot", "contradiction"),
        D.details("the leggings have stars on them"),
        B.material("it is made of", "cut"),
        D.wearing("a pair of black leggings with white stars and black boots", "unsupported"),
        title="Girls Star Print Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: from above, baby girl on a white fluffy rug, short-sleeve floral romper (pink flowers) with a ruffle
    # collar and a matching headband; no pocket. adapter: material. The row has no category.
    case(
        "X214-040",
        caption("a baby girl laying on a white rug wearing a floral outfit"),
        wearing("a floral romper and a headband", who="the baby"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        D.details("it has a ruffle collar and a pocket", "unsupported"),
        B.garment_type("dress", "contradiction"),
        B.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Baby Girls Floral Romper with Headband",
        color="Multi",
        gender="Baby Girls",
    ),
    # photo: ghost shot on white of a heather grey pullover hoodie printed "Good Vibes", kangaroo pocket, no zipper.
    # adapter: none
    case(
        "X214-041",
        caption("a grey hoodie that says good vibes"),
        B.color("grey"),
        D.wearing("a grey sweatshirt"),
        D.details("the hoodie has a hood, a front pocket and a zipper", "unsupported"),
        D.description("the hoodie is grey"),
        B.material("fleece"),
        is_a("hoodie", "yes"),
        title="Kids Good Vibes Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Heather Grey",
        gender="Unisex",
    ),
    # photo: toddler boy in front of a yellow wall, front view, green short romper with a hood with felt spikes.
    # adapter: none
    case(
        "X214-042",
        caption("a little boy in a dinosaur costume"),
        wearing("a green dinosaur outfit", who="the boy"),
        B.color("yellow", "contradiction"),
        D.details("it has spikes on the hood and a tail", "unsupported"),
        B.garment_type("romper"),
        D.description("a green romper with a hood Question: what is the boy wearing? Answer: a green", "leak"),
        B.material("the romper is green", "restated"),
        title="Toddler Boys Dinosaur Hooded Romper",
        category="Rompers",
        color="Green",
        gender="Boys",
    ),
    # photo: flat-lay on white of two short-sleeve dresses, one navy with white stripes, one plain pink.
    # adapter: caption, wearing
    case(
        "X214-043",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with striped patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("navy"),
        D.details("one is striped and the other is pink"),
        D.wearing(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        pieces("two"),
        B.material("the dresses are navy and pink", "restated"),
        title="Girls 2-Pack Short-Sleeve Play Dresses",
        category="Dresses",
        color="Navy/Pink",
        gender="Girls",
    ),
    # photo: flat-lay on a light wooden table of an oatmeal long-sleeve kimono-wrap bodysuit with side snaps.
    # adapter: none. The row has no gender.
    case(
        "X214-044",
        caption("a beige baby onesie on a wooden table"),
        B.color("beige"),
        D.details("it has snaps on the side"),
        B.material("organic cotton"),
        D.wearing("i don't know", "non_answer"),
        B.sleeve_length("long sleeves"),
        closure("snaps"),
        D.description("a white shirt with buttons", "contradiction"),
        title="Baby Organic Cotton Kimono Bodysuit",
        category="Bodysuits",
        color="Oatmeal",
    ),
    # photo: girl about seven on white, white tee printed "Girls Can Do Anything" tucked into a pink tulle skirt.
    # adapter: none
    case(
        "X214-045",
        caption("a girl wearing a white shirt and a pink tutu"),
        wearing("a white t-shirt tucked into a pink skirt", who="the girl"),
        B.color("pink", "other_garment_color"),
        print_q("girls can do anything"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.description("he is wearing a white shirt and a pink skirt", "pronoun"),
        B.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Girls Can Do Anything Graphic Tee",
        category="Tops & Tees",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay on white of a navy long-sleeve top printed "Little Brother" and grey jogger pants.
    # adapter: caption, details
    case(
        "X214-046",
        caption(
            "The person wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_top("navy"),
        color_pants("navy", "other_garment_color"),
        print_q("little brother"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure "
            "color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        B.material(
            "The T-shirt is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure "
            "color patterns. The",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Baby Boys Little Brother Top and Jogger Set",
        category="Outfit Sets",
        color="Navy/Grey",
        gender="Baby Boys",
    ),
]
