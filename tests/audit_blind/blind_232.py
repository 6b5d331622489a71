"""BLIND_232 (46 products; UK supermarket clothing: school uniform, kidswear, basics, nightwear, multipacks): written
blind in the forty-first session. Measured blind at 10c9c9b (the session's rules as they stood): 95/128 failures
found (74.2%) and 2/159 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a George / F&F / Tu-like English catalog feed of a UK supermarket's clothing range. School uniform (polo
shirts, pinafores, pleated skirts, trousers, shorts, cardigans, jumpers, sweatshirts, gingham summer dresses, shirts),
kidswear (printed tees and sweatshirts, dungarees, leggings, padded jackets, onesies), women's and men's basics (vests,
jeans, jumpers, leggings, tees, polos, joggers, shirts), nightwear (pyjama sets, dressing gown) and multipacks (2, 3
and 5 packs). Photos are either flat lays on white (often several pieces of a multipack fanned out) or child and
adult models, most on white or grey studio backdrops, a few against a coloured or brick wall. The models wear the
product with other clothes (a white polo under a cardigan or pinafore, jeans under a tee), which is where most
colour confusions come from. Each row has the seller's title, category, color and gender; a few rows miss the color
or the gender, as real feeds do. Seller colors are vendor words (Navy, Bottle Green, Stone, Grey Marl, Multi).

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little girl
in a school uniform") or from the caption-only LoRA adapter of the original experiments (the DeepFashion template:
"The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric ..."). The adapter was
trained with no end-of-answer token: every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its caption template. The comment above each case
says which texts came from the adapter; every other open text is the base model's, which stops on its own and never
has hit_limit. Closed questions (garment_type, color, pattern, sleeve length, per-piece colors, "Is this a ...?")
are enrich's `--engine reference` answers, chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, royal blue or mid/dark indigo denim, green for
  bottle green, beige or khaki for stone, white for cream, grey for grey marl or charcoal, purple for lilac, "dark
  jeans" for indigo. Navy given as black, indigo denim as black, or a wall's color as the garment's are
  contradiction.
- A color that belongs to another piece in the photo (the white polo under a navy cardigan or grey pinafore, the
  beige chinos under a navy polo, the pink pyjamas under a grey dressing gown) given to the product, or the
  product's color repeated onto another piece ("grey pants" under a grey sweatshirt when the pants are black, the
  base model's one-color-for-everything failure), is other_garment_color. A color no piece in the photo has is
  contradiction. The color of a print (pink flowers on a black dress) given as the garment's color is contradiction.
- Garment synonyms are correct: dress for a pinafore, sweater for a jumper, sweatshirt for a crew sweatshirt,
  overalls for dungarees, sweatpants for joggers, onesie/romper/jumpsuit for a sleepsuit or an all-in-one, robe or
  bathrobe for a dressing gown, underwear or boxer shorts for trunks, plaid for check, pajamas for pyjamas. A
  reference garment_type that names another garment (coat for a dressing gown, dress for a cami-and-shorts pyjama
  set) is contradiction.
- Multipacks: a count of pieces that disagrees with the title's pack size ("1" for a 2 pack, "4" for a 5 pack) is
  contradiction. "a pair of grey shorts" would be ambiguous, so the captions of multipacks name the count.
- Materials: one the title names (cotton rich, fleece, denim, satin, flannel, jersey) is correct; a plausible guess
  on a plain knit or woven with no fabric in the title (cotton for a polo or sweatshirt, wool for a plain jumper,
  polyester for a pinafore) is correct; a fabric that contradicts the title (wool for a cotton-rich cardigan) is
  contradiction; a fabric neither named nor plausible (leather on a padded jacket, silk on printed cotton pyjamas) is
  unsupported. A material question answered with the garment's name or color is restated.
- Invented details not in the photo (a school logo or badge, a chest pocket on a school polo, a tie, rips on plain
  jeans, lace trim, a hood on a shawl-collar gown, a belt, a turtleneck on a crew neck) are unsupported.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it invents trousers or an accessory before the cut (one kind per text, the cut is
  seen first). The template answering the material question is restated, hit_limit kept. The template answering
  wearing, description or details does answer it: cut or loop. Where the template misnames the garment itself (a
  sweater and pants for a dinosaur onesie) it is contradiction, hit_limit kept. The template's "The lady" or "The
  gentleman" on a flat lay is the template's own person and is not labelled on its own.
- A base answer stopped early ("dark blue jeans with a", "it is made of") is cut, without hit_limit. An empty
  answer, "the details of the sweatshirt", "they are shorts" for the shorts' details, and "i don't know" are
  non_answer; "a collar" for "What kind of collar does the shirt have?" is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "a boy" for a girl, "a little girl" or "she" for a boy, "a woman" for a man, "a man" or "he" for a woman are
  pronoun ("she is wearing a red sweatshirt with a school logo" on a boy is pronoun: the person is seen first).
- Sleeves rolled to the elbow on a long-sleeve shirt answered "short sleeves" is contradiction (the title says long
  sleeve). Cable knit answered "striped", pleats answered "striped" and stars answered "polka dot" are contradiction.
- The photo's wall or backdrop color given to the garment or its print ("pink" for a yellow dress in front of a
  pink wall, "a yellow dress with pink flowers" where the flowers are white) is contradiction; so are "white polka
  dots" for a star print in an open answer and "polo shirt" for a collared school shirt.
- Flat lays: "What is the person wearing?" answered with the garment is correct; an empty answer is non_answer.
- Striped and checked garments: "red" for a red and white gingham dress, "red" for a red and navy check shirt, and
  "blue and white striped" for a navy breton top are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

count = question("count", "How many garments are in the photo?", "open")
collar = question("collar", "What kind of collar does the shirt have?", "open")
print_q = question("print", "What is the print on the garment?", "open")
fit = question("fit", "What is the fit of the trousers?", "open")

BLIND_232 = [
    # photo: flat lay on white, two white short-sleeve school polo shirts side by side, two-button placket, no pocket.
    # adapter: none
    case(
        "X232-001",
        caption("two white polo shirts on a white background"),
        D.color("white"),
        count("2"),
        D.details("a collar and a pocket on the chest", "unsupported"),
        D.material("cotton Question: is this a polo shirt? Answer: yes", "leak"),
        title="Kids 2 Pack White Cotton Rich School Polo Shirts",
        category="School Polo Shirts",
        color="White",
        gender="Unisex",
    ),
    # photo: girl model in a grey box-pleat pinafore dress over a white short-sleeve polo shirt, white socks, black
    # shoes, standing against a white wall. Front view, full length.
    # adapter: caption
    case(
        "X232-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey pinafore dress and a white shirt"),
        color_of("pinafore", "grey"),
        D.color("white", "other_garment_color"),
        D.garment_type("dress"),
        D.description("a grey dress with a white shirt underneath and a red tie", "unsupported"),
        title="Girls Grey Pleated School Pinafore",
        category="School Dresses & Pinafores",
        color="Grey",
        gender="Girls",
    ),
    # photo: flat lay on white, grey school trousers, adjustable waist tab visible, belt loops, two side pockets.
    # adapter: none
    case(
        "X232-003",
        caption("a pair of black trousers on a white background", "contradiction"),
        D.color("grey"),
        details("trousers", "pockets and belt loops"),
        D.material("it is made of", "cut"),
        fit("slim", "contradiction"),
        title="Boys Grey Sturdy Fit School Trousers",
        category="School Trousers",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl model in a navy V-neck school cardigan, buttoned, over a white polo shirt (collar out) and a grey
    # pleated skirt, white wall behind. Three-quarter view.
    # adapter: details
    case(
        "X232-004",
        caption("a little girl in a school uniform standing in front of a white wall"),
        D.wearing("a blue sweater and a blue skirt", "other_garment_color"),
        color_of("cardigan", "navy"),
        D.color("white", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a V-shape",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        title="Girls Navy Cotton Rich School Cardigan",
        category="School Jumpers & Cardigans",
        color="Navy",
        gender="Girls",
    ),
    # photo: boy model in a plain red crew-neck school sweatshirt with a white polo collar showing at the neck, grey
    # trousers, black shoes, light grey studio backdrop. No logo on the sweatshirt.
    # adapter: none
    case(
        "X232-005",
        caption("a boy in a red sweatshirt and grey pants"),
        D.wearing("a red sweater and a white shirt"),
        D.color("red"),
        color_of("trousers", "red", "other_garment_color"),
        D.material("cotton"),
        D.description("she is wearing a red sweatshirt with a school logo on it", "pronoun"),
        D.details("a school badge on the chest", "unsupported"),
        title="Kids Red Crew Neck School Sweatshirt",
        category="School Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat lay on white, two blue and white gingham school summer dresses overlapping, short sleeves, white
    # peter pan collar, buttons down the front.
    # adapter: caption
    case(
        "X232-006",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. The lady wears a short-sleeve dress with lattice",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("blue"),
        count("1", "contradiction"),
        D.details("a white collar and buttons down the front"),
        D.material("polyester", "contradiction"),
        title="Girls 2 Pack Blue Gingham Cotton Rich School Dresses",
        category="School Summer Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat lay on white, two grey knife-pleat school skirts, one laid over the other, button waistband.
    # adapter: none
    case(
        "X232-007",
        caption("two grey pleated skirts on a white background"),
        D.garment_type("skirt"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        describe("skirt", "a grey pleated skirt with a black belt", "unsupported"),
        D.material("the skirt is grey", "restated"),
        title="Girls 2 Pack Grey Pleated School Skirts",
        category="School Skirts",
        color="Grey",
        gender="Girls",
    ),
    # photo: flat lay on white, two white long-sleeve school shirts folded with collars showing, one button cuff
    # visible. No trousers in the photo.
    # adapter: caption
    case(
        "X232-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt", "contradiction"),
        D.color("white"),
        B.sleeve_length("long sleeves"),
        collar("a collar", "restated"),
        is_a("polo shirt", "no"),
        count("2"),
        title="Boys 2 Pack White Long Sleeve Non-Iron School Shirts",
        category="School Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat lay on white, a bottle green V-neck school cardigan, five buttons, ribbed cuffs and hem, no pockets.
    # adapter: none
    case(
        "X232-009",
        caption("a green cardigan on a white background"),
        D.color("green"),
        D.garment_type("cardigan"),
        D.details("it has buttons down the front and two pockets", "unsupported"),
        D.material("wool", "contradiction"),
        D.wearing("a blue sweater", "contradiction"),
        title="Kids Bottle Green Cotton Rich School Cardigan",
        category="School Jumpers & Cardigans",
        color="Bottle Green",
        gender="Unisex",
    ),
    # photo: girl model in black slim-leg school trousers with a white polo shirt tucked in, black shoes, white wall.
    # adapter: none
    case(
        "X232-010",
        caption("a girl wearing black pants and a white shirt standing against a white wall"),
        D.wearing("black pants and a white shirt"),
        D.color("black"),
        fit("slim"),
        details("trousers", "they are pants", "non_answer"),
        color_of("shirt", "black", "other_garment_color"),
        describe(
            "trousers",
            "black school trousers Question: what is the color of the shirt? Answer:",
            "leak",
        ),
        title="Girls Black Slim Leg School Trousers",
        category="School Trousers",
        color="Black",
        gender="Girls",
    ),
    # photo: flat lay on white, a navy pinafore dress, button front, box pleats, square neck, sleeveless.
    # adapter: caption, material
    case(
        "X232-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of knee length. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.garment_type("dress"),
        D.description("a navy blue pinafore dress with buttons"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="Girls Navy Button Front School Pinafore",
        category="School Dresses & Pinafores",
        color="Navy",
        gender="Girls",
    ),
    # photo: boy model in a royal blue V-neck school jumper over a white polo shirt (collar out), grey trousers, grey
    # studio backdrop.
    # adapter: none
    case(
        "X232-012",
        caption("a boy wearing a blue sweater and grey pants"),
        wearing(
            "a blue sweater Question: what is the color of the sweater? Answer: blue",
            "leak",
            who="the boy",
        ),
        D.color("blue"),
        color_of("shirt", "blue", "other_garment_color"),
        D.material("wool"),
        D.details("v neck and ribbed cuffs"),
        title="Kids Royal Blue V Neck School Jumper",
        category="School Jumpers & Cardigans",
        color="Royal Blue",
        gender="Unisex",
    ),
    # photo: flat lay on white, two pairs of grey school shorts side by side, flat front, side pockets.
    # adapter: none
    case(
        "X232-013",
        caption("two pairs of grey shorts on a white background"),
        details("shorts", "they are short", "non_answer"),
        D.color("grey"),
        D.garment_type("shorts"),
        D.description(
            "grey shorts with pockets Question: what is the color of the shorts? Answer: grey",
            "leak",
        ),
        title="Boys 2 Pack Grey School Shorts",
        category="School Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl model in a red and white gingham school summer dress with a white collar, short sleeves, white
    # ankle socks, standing in front of a pale blue wall. No bow, no belt.
    # adapter: none
    case(
        "X232-014",
        caption("a girl in a red and white checkered dress standing in front of a blue wall"),
        D.wearing("a red dress"),
        D.color("red"),
        D.pattern("checked"),
        D.description("a red and white gingham dress with a white collar and a", "cut"),
        D.details("a bow at the neck and a belt", "unsupported"),
        is_a("school uniform", "yes"),
        title="Girls Red Gingham School Summer Dress",
        category="School Summer Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl model in a pink short-sleeve t-shirt with a white and rainbow unicorn print, light blue jeans, white
    # background.
    # adapter: none
    case(
        "X232-015",
        caption("a boy wearing a pink t-shirt with a unicorn on it", "pronoun"),
        D.wearing("a pink shirt and jeans"),
        D.color("pink"),
        print_q("a unicorn"),
        color_of("jeans", "pink", "other_garment_color"),
        D.material("cotton Question: what is the print on the shirt? Answer: a unicorn", "leak"),
        title="Girls Pink Unicorn Print T-Shirt",
        category="Girls T-Shirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy model in a green crew-neck sweatshirt with a large orange dinosaur print, navy joggers, grey studio
    # backdrop.
    # adapter: caption
    case(
        "X232-016",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweatshirt with a dinosaur on it"),
        D.color("green"),
        color_of("pants", "grey", "contradiction"),
        print_q("a dinosaur"),
        D.description("a green sweatshirt with a dinosaur and the words roar on it", "unsupported"),
        title="Boys Green Dinosaur Print Sweatshirt",
        category="Boys Sweatshirts & Hoodies",
        color="Green",
        gender="Boys",
    ),
    # photo: toddler boy model in mid blue denim dungarees over a red and white striped long-sleeve top, white
    # background. Bib pocket, metal buttons on the straps.
    # adapter: none
    case(
        "X232-017",
        caption("a little girl in overalls and a striped shirt", "pronoun"),
        D.wearing("blue overalls and a red and white striped shirt"),
        D.color("blue"),
        color_of("top", "blue", "other_garment_color"),
        D.material("denim"),
        D.details("the overalls have a pocket on the front and buttons on the straps"),
        D.description("blue denim overalls with a red hood", "unsupported"),
        title="Toddler Boys Denim Dungarees and Striped Top Set",
        category="Baby & Toddler Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay on white, three pairs of girls' leggings fanned out: black, pink, grey with small white stars.
    # Plain elastic waists, no pockets.
    # adapter: none
    case(
        "X232-018",
        caption("three pairs of leggings on a white background"),
        D.description("black, pink and grey leggings"),
        count("2", "contradiction"),
        D.material("cotton"),
        D.garment_type("leggings"),
        D.details("the leggings have a drawstring waist and pockets", "unsupported"),
        D.wearing("", "non_answer"),
        title="Girls 3 Pack Cotton Rich Leggings",
        category="Girls Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy model in a navy padded hooded jacket, zipped, with grey joggers, white background.
    # adapter: caption, details
    case(
        "X232-019",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The pants this gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and grey pants"),
        D.color("blue"),
        D.garment_type("jacket"),
        D.material("leather", "unsupported"),
        D.description("a navy blue puffer jacket with a hood"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        title="Boys Navy Showerproof Padded Jacket",
        category="Boys Coats & Jackets",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl model in a yellow tiered dress with small white flowers, short flutter sleeves, round neck, white
    # sandals, standing in front of a pink wall.
    # adapter: none
    case(
        "X232-020",
        caption("a little girl in a yellow dress standing in front of a pink wall"),
        D.wearing("a yellow dress with pink flowers", "contradiction"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.description("she is wearing a yellow dress with white flowers"),
        D.details("ruffles on the sleeves and a white collar", "unsupported"),
        title="Girls Yellow Ditsy Floral Tiered Dress",
        category="Girls Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat lay on white, three baby sleepsuits with feet: plain white, grey with white stars, pale blue and
    # white stripes. Poppers down the front.
    # adapter: description, details
    case(
        "X232-021",
        caption("three baby onesies on a white background"),
        count("3"),
        D.description(
            "The lady wears a long-sleeve romper with striped patterns. The romper is with cotton fabric. It has a "
            "round neckline. The romper is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details(
            "The lady wears a long-sleeve romper with striped patterns. The romper is with cotton fabric. The lady "
            "wears a long-sleeve romper with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "a baby onesie Question: what is the color of the onesie? Answer: white",
            "leak",
        ),
        title="Baby 3 Pack Star and Stripe Cotton Sleepsuits",
        category="Baby Sleepsuits",
        color="Multi",
    ),
    # photo: flat lay on white, two pairs of kids' joggers: grey marl and navy, drawstring waists, cuffed ankles.
    # adapter: none
    case(
        "X232-022",
        caption("two pairs of sweatpants on a white background"),
        D.description("grey and blue sweatpants with drawstrings"),
        count("2"),
        D.material("cotton and", "cut"),
        D.details("the details of the pants", "non_answer"),
        color_of("pants", "black", "contradiction"),
        title="Boys 2 Pack Cotton Rich Joggers",
        category="Boys Joggers",
        color="Grey/Navy",
        gender="Boys",
    ),
    # photo: flat lay on white, a mid blue denim mini skirt, button front, two front patch pockets.
    # adapter: caption, description
    case(
        "X232-023",
        caption(
            "The lady wears a short skirt with denim fabric and solid color patterns. The skirt is of short length. "
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("blue"),
        D.material("denim"),
        D.details("buttons down the front and two front pockets"),
        D.description(
            "The lady wears a short skirt with denim fabric and solid color patterns. The skirt is of short length. "
            "The lady wears a short skirt",
            "loop",
            hit_limit=True,
        ),
        title="Girls Mid Wash Denim Button Front Skirt",
        category="Girls Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman model in a black ribbed scoop-neck vest top with light blue jeans, white background.
    # adapter: none
    case(
        "X232-024",
        caption("a woman wearing a black tank top and jeans"),
        D.wearing("a black tank top and blue jeans"),
        D.color("black"),
        color_of("jeans", "black", "other_garment_color"),
        D.material("cotton"),
        D.details("ribbed fabric and lace trim on the neck", "unsupported"),
        title="Women Black Ribbed Cotton Vest Top",
        category="Womens Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman model in mid blue straight-leg jeans (no rips) with a white t-shirt tucked in, white trainers,
    # white wall.
    # adapter: caption
    case(
        "X232-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("jeans", "light blue straight leg jeans"),
        D.material("denim"),
        details("jeans", "rips on the knees", "unsupported"),
        title="Women Mid Blue Straight Leg Jeans",
        category="Womens Jeans",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: woman model in a cream crew-neck cable knit jumper with blue jeans, front tucked in, grey backdrop.
    # adapter: none
    case(
        "X232-026",
        caption("a woman in a white sweater and jeans"),
        D.wearing("a white sweater and white jeans", "other_garment_color"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        describe("sweater", "a white cable knit sweater with a turtleneck", "unsupported"),
        title="Women Cream Cable Knit Jumper",
        category="Womens Jumpers & Cardigans",
        color="Cream",
        gender="Women",
    ),
    # photo: woman model in black leggings with a grey marl long-sleeve top and white trainers, white background.
    # adapter: none
    case(
        "X232-027",
        caption("a woman wearing black leggings and a grey top"),
        D.wearing("leggings and a grey shirt"),
        D.color("grey", "other_garment_color"),
        D.garment_type("leggings"),
        D.material("the leggings are black", "restated"),
        D.description("he is wearing black leggings", "pronoun"),
        D.details("i don't know", "non_answer"),
        title="Women Black Cotton Stretch Leggings",
        category="Womens Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: woman model in a navy and white breton stripe boat-neck long-sleeve top with beige trousers, white
    # background.
    # adapter: none
    case(
        "X232-028",
        caption("a woman wearing a striped shirt and beige pants"),
        D.wearing("a blue and white striped shirt and blue pants", "other_garment_color"),
        D.color("beige", "other_garment_color"),
        D.pattern("striped"),
        D.material("it is a striped shirt", "restated"),
        D.details("the shirt has a boat neck and stripes"),
        title="Women Navy Breton Stripe Long Sleeve Top",
        category="Womens Tops",
        color="Navy",
        gender="Women",
    ),
    # photo: flat lay on white, a grey marl zip-through hoodie, drawstring hood, two front pockets.
    # adapter: caption, material
    case(
        "X232-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long-sleeve sweater with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.details("a zip and a hood with drawstrings and two pockets"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "a grey hoodie Question: what is the color of the hoodie? Answer: grey Question:",
            "leak",
        ),
        title="Women Grey Marl Zip Through Hoodie",
        category="Womens Hoodies & Sweatshirts",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: woman model in a black midi tea dress with small pink and white flowers, short sleeves, V neck, no belt,
    # white trainers, standing in front of a red brick wall.
    # adapter: none
    case(
        "X232-030",
        caption("a woman in a black floral dress standing in front of a brick wall"),
        D.wearing("a black dress with flowers"),
        D.color("black"),
        D.pattern("floral"),
        color_of("dress", "pink", "contradiction"),
        D.details("a v neck and a belt", "unsupported"),
        title="Women Black Floral Midi Tea Dress",
        category="Womens Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay on white, stone chino shorts, turned-up hems, side pockets, belt loops.
    # adapter: none
    case(
        "X232-031",
        caption("a pair of beige shorts on a white background"),
        D.color("beige"),
        details("shorts", "they are shorts", "non_answer"),
        D.material("cotton"),
        D.description("beige shorts with a", "cut"),
        describe("shorts", "khaki shorts with rolled hems and pockets"),
        title="Women Stone Cotton Chino Shorts",
        category="Womens Shorts",
        color="Stone",
        gender="Women",
    ),
    # photo: flat lay on white, three white crew-neck t-shirts folded in a stack.
    # adapter: caption, material
    case(
        "X232-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a short-sleeve T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        count("3"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        title="Men 3 Pack White Crew Neck T-Shirts",
        category="Mens T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man model in a plain navy pique polo shirt (no logo) with beige chinos, white background.
    # adapter: none
    case(
        "X232-033",
        caption("a woman wearing a blue polo shirt and khaki pants", "pronoun"),
        D.wearing("a blue polo shirt and khaki pants"),
        D.color("navy"),
        color_of("pants", "blue", "other_garment_color"),
        D.material("cotton"),
        D.description("he is wearing a navy polo shirt"),
        D.details("a collar with three buttons and a small logo on the chest", "unsupported"),
        title="Men Navy Pique Polo Shirt",
        category="Mens Polo Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: man model in dark indigo slim-fit jeans with a grey t-shirt and white trainers, white background.
    # adapter: none
    case(
        "X232-034",
        caption("a man in a grey t-shirt and dark jeans"),
        D.wearing("a grey shirt and blue jeans"),
        D.color("grey", "other_garment_color"),
        color_of("jeans", "black", "contradiction"),
        fit("slim"),
        D.material("denim"),
        describe("jeans", "dark blue jeans with a", "cut"),
        title="Men Dark Indigo Slim Fit Stretch Jeans",
        category="Mens Jeans",
        color="Dark Indigo",
        gender="Men",
    ),
    # photo: man model in a grey crew-neck sweatshirt with black joggers, white background.
    # adapter: caption
    case(
        "X232-035",
        caption(
            "This gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and grey pants", "other_garment_color"),
        D.color("grey"),
        D.garment_type("sweatshirt"),
        D.details("the details of the sweatshirt", "non_answer"),
        D.material(
            "cotton and polyester Question: what is the color of the pants? Answer: grey",
            "leak",
        ),
        title="Men Grey Crew Neck Sweatshirt",
        category="Mens Hoodies & Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: man model in a red and navy check brushed flannel shirt worn open over a white t-shirt, blue jeans,
    # sleeves long and buttoned. Two buttoned chest pockets.
    # adapter: details
    case(
        "X232-036",
        caption("a man wearing a red plaid shirt over a white t-shirt"),
        D.wearing("a red and blue plaid shirt and jeans"),
        D.color("red"),
        color_of("shirt", "white", "other_garment_color"),
        D.material("flannel"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Red Check Brushed Flannel Shirt",
        category="Mens Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: flat lay on white, black joggers with drawstring waist and cuffed ankles.
    # adapter: description
    case(
        "X232-037",
        caption("a pair of black sweatpants on a white background"),
        D.garment_type("pants"),
        D.color("black"),
        D.details("elastic waist with drawstring and cuffed ankles"),
        D.material("cotton Question: what is the color of the pants? Answer: black", "leak"),
        D.description(
            "The gentleman wears long pants with pure color patterns. The pants are with cotton fabric. The "
            "gentleman wears a long-sleeve sweater with pure",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Cuffed Joggers",
        category="Mens Joggers",
        color="Black",
        gender="Men",
    ),
    # photo: man model in a light blue button-down oxford shirt with the sleeves rolled to the elbow, navy chinos,
    # grey backdrop.
    # adapter: none
    case(
        "X232-038",
        caption("a man wearing a light blue shirt and navy pants"),
        D.wearing("a blue shirt and blue pants"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.color("blue"),
        collar("a button down collar"),
        color_of("pants", "light blue", "other_garment_color"),
        title="Men Light Blue Long Sleeve Oxford Shirt",
        category="Mens Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman model in a pink pyjama set: long-sleeve top and long bottoms printed with small white stars,
    # white background.
    # adapter: details
    case(
        "X232-039",
        caption("a woman in pink pajamas with white stars"),
        D.wearing("pink pajamas with white polka dots", "contradiction"),
        D.color("pink"),
        D.pattern("polka dot", "contradiction"),
        D.description("a pink pajama set with white stars on the top and bottoms"),
        D.details(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is",
            "cut",
            hit_limit=True,
        ),
        title="Women Pink Star Print Cotton Jersey Pyjama Set",
        category="Womens Nightwear",
        color="Pink",
        gender="Women",
    ),
    # photo: man model in a pyjama set: grey marl short-sleeve t-shirt and navy and grey check long bottoms,
    # white background.
    # adapter: caption
    case(
        "X232-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and plaid pants"),
        color_of("top", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        D.pattern("checked"),
        D.description("a grey t-shirt and blue and grey checkered pajama pants"),
        title="Men Grey Jersey Top and Navy Check Pyjama Set",
        category="Mens Nightwear",
        color="Grey/Navy",
        gender="Men",
    ),
    # photo: flat lay on white, two girls' pyjama sets: a lilac long-sleeve top with a unicorn print and lilac
    # bottoms; a white long-sleeve top with a rainbow print and pink bottoms.
    # adapter: none
    case(
        "X232-041",
        caption("two pairs of pajamas with unicorns on them"),
        count("2"),
        D.description("purple and pink pajamas with unicorns and rainbows"),
        D.color("pink", "other_garment_color"),
        D.material("silk", "unsupported"),
        print_q("a unicorn and a rainbow"),
        title="Girls 2 Pack Unicorn Cotton Pyjamas",
        category="Girls Nightwear",
        color="Lilac",
        gender="Girls",
    ),
    # photo: woman model in a navy satin pyjama set: cami top with thin straps and shorts, white piping on the edges,
    # no lace, white background.
    # adapter: none
    case(
        "X232-042",
        caption("a man in a blue satin pajama set", "pronoun"),
        D.wearing("a blue satin cami and shorts"),
        D.material("satin"),
        D.color("navy"),
        D.details("white piping on the edges"),
        D.description("a dark blue pajama set with lace trim", "unsupported"),
        D.garment_type("dress", "contradiction"),
        title="Women Navy Satin Cami and Shorts Pyjama Set",
        category="Womens Nightwear",
        color="Navy",
        gender="Women",
    ),
    # photo: boy model in a green fleece hooded dinosaur onesie (all-in-one, zip front) with felt spikes on the hood
    # and back and a tail, photographed from the side, grey studio backdrop.
    # adapter: description
    case(
        "X232-043",
        caption("a little girl in a green dinosaur costume", "pronoun"),
        D.wearing("a green dinosaur onesie"),
        D.color("green"),
        D.material("cotton", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants this gentleman",
            "contradiction",
            hit_limit=True,
        ),
        D.details("spikes on the hood and a tail"),
        title="Boys Green Dinosaur Fleece Hooded Onesie",
        category="Boys Nightwear",
        color="Green",
        gender="Boys",
    ),
    # photo: woman model in a grey fleece dressing gown with a shawl collar (no hood), tie belt and two patch
    # pockets, worn over pink pyjamas, white background.
    # adapter: none
    case(
        "X232-044",
        caption("a woman wearing a grey robe and pink pajamas"),
        D.wearing("a grey bathrobe"),
        D.color("pink", "other_garment_color"),
        D.garment_type("coat", "contradiction"),
        D.material("fleece"),
        D.details("a tie belt and two pockets and a hood", "unsupported"),
        title="Women Grey Fleece Dressing Gown",
        category="Womens Nightwear",
        color="Grey",
        gender="Women",
    ),
    # photo: flat lay on white, five white short-sleeve baby bodysuits fanned out, envelope necks, poppers at the
    # crotch.
    # adapter: caption
    case(
        "X232-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        count("4", "contradiction"),
        D.color("white"),
        D.garment_type("romper"),
        D.material("cotton"),
        D.details("snaps at the bottom and a bow on the chest", "unsupported"),
        title="Baby 5 Pack White Short Sleeve Cotton Bodysuits",
        category="Baby Bodysuits",
        color="White",
        gender="Unisex",
    ),
    # photo: flat lay on white, three pairs of plain black trunks with black waistbands with a thin grey stripe,
    # no logo.
    # adapter: none
    case(
        "X232-046",
        caption("three pairs of black underwear on a white background"),
        D.color("black"),
        count("3"),
        D.material("black", "restated"),
        D.details("an elastic waistband with a white logo", "unsupported"),
        D.description("three pairs of black boxer shorts with grey", "cut"),
        D.wearing("", "non_answer"),
        title="Men 3 Pack Black Cotton Stretch Trunks",
        category="Mens Underwear",
        color="Black",
    ),
]
