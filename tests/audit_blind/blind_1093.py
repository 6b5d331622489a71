"""BLIND_1093 (46 products; Myntra women's western wear, untuned BLIP-2): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 109/128 failures found (85.2%) and 15/177 correct texts flagged
(8.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear (Dresses, Tops, Jeans, Skirts, Jumpsuit), 3:4 catalog shots,
mostly a model on a white studio backdrop (a few on a grey wall), front view, wearing other clothes with the product
(jeans under a top, a tee tucked into a skirt, a blazer over a cami, a tee under dungarees). Seller columns: title,
category (article_type), color (base_colour), gender; one row lacks gender, one lacks color.

Who wrote what: every text is from the untuned base Salesforce/blip2-opt-2.7b, no adapter. Captions are free
generation without a prompt (50 new tokens); open answers are free generation on `Question: ... Answer:` (30 new
tokens, newline as terminator); closed answers (garment type, color, pattern, sleeve length, the yes/no garment
question) are the candidate the reference engine ranked first, so they never loop or stop short. The base model
answers short: "a black dress", "denim", often one word; it reads navy as black, takes the color of whatever is
biggest or brightest in the frame (the jeans under a top, the print on a dress), invents details it cannot see
(zips and slits at the back, belts, bags), now and then says "a man" for a short-haired model, and on a few prompts
the newline never came and it looped, ran to the limit, or went on writing the next `Question: ... Answer:`.

Labeling conventions and judgement calls:
- The photo is the truth, not the seller: a "Brown" dress that is plainly maroon is correctly called maroon or red.
- A shade in the same family as the seller's color is correct (olive/green, mustard/yellow, peach/pink, lavender/
  purple, khaki/beige, magenta/pink, navy/blue); teal called green or blue is correct. A different family is a
  contradiction (peach called orange, rust called brown, magenta called purple, navy called black).
- The color of a print on a garment (white flowers on navy, blue flowers on white, white dots on black) given as the
  garment's color is a contradiction; the color of another garment worn in the photo is other_garment_color, open or
  closed (the reference engine ranked the jeans' color first).
- The sleeves, pattern or garment type of another garment in the photo (the blazer's long sleeves for a cami, the
  tee's stripes for a denim skirt, "skirt" for a crop top) is a contradiction.
- An open answer that describes the whole outfit with every color on the right garment is correct, even if it
  names the other garment first.
- A fiber named in neither the title nor visible in the photo, or one the title contradicts (chiffon for georgette,
  wool for a cotton knit, silk, velvet, leather for PU), is unsupported. Denim, lace, satin, sequins named in the
  title or plain to see are correct. A detail that cannot be seen from the front (back zips, back slits, a bow at
  the back), an invented belt, bag or slogan is unsupported.
- An accessory (a straw hat held in the hand) given as the garment's detail is a contradiction.
- Saying that a held prop is worn ("a yellow dress and a straw hat" for "What is she wearing?") is unsupported.
- non_answer: an open answer that says only the garment type or one color ("black", "clothes", "white", "the garment
  is a pair of jeans"), an empty answer, "no", or a material answer that names no material ("made of polka dots").
  A one-word answer that does carry the asked information ("ruffles", "pleats", "bootcut", "denim") is correct.
- restated: the answer only turns the question back ("the details of the garment", "the garment is made of the
  material").
- A text that loops and runs to the limit is loop; one that runs to the limit mid-sentence without looping is cut;
  one that goes on into `Question: ... Answer:` is leak even when it also runs to the limit. hit_limit=True on all
  texts that reached 30 (answers) or 50 (captions) new tokens.
- pronoun: "he", "his" or "a man" for a product whose gender is Women.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, is_a, wearing

W = "Women"


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_1093 = [
    # photo: navy fit-and-flare midi dress with small white flowers, flutter sleeves, white sneakers, white backdrop,
    # front view; all texts by the base model
    case(
        "X1093-001",
        caption("a woman in a blue floral dress standing on a white background"),
        Q.wearing("a blue dress with white flowers"),
        Q.garment_type("dress"),
        Q.color("white", "contradiction"),
        Q.pattern("floral"),
        Q.description(
            "a navy blue dress with white flowers, short flutter sleeves, a fitted waist and a flared skirt that "
            "falls below the knee, she is wearing white sneakers and",
            "cut",
            hit_limit=True,
        ),
        Q.details("the dress has a belt and pockets", "unsupported"),
        title="Roadster Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: white solid round-neck top, short sleeves, tucked half into blue skinny jeans, white backdrop; base model
    case(
        "X1093-002",
        caption("a woman wearing a white top and blue jeans"),
        Q.color("white"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.description("a blue top with short sleeves", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.details("the details of the garment", "restated"),
        title="Harpa Women White Solid Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: mid-blue skinny jeans, clean look, worn with a black tank top and white sneakers, white backdrop; base
    case(
        "X1093-003",
        caption("a woman in a black top and black jeans posing for a picture", "other_garment_color"),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        color_of("jeans", "blue"),
        Q.details("they are jeans", "non_answer"),
        Q.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: black A-line mini skirt, white crew-neck tee tucked in, black block heels, white backdrop, front view;
    # base model
    case(
        "X1093-004",
        caption("a woman in a white t-shirt and black skirt"),
        Q.wearing("a white t - shirt and a black skirt"),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.description("a white shirt", "other_garment_color"),
        Q.details("the skirt has a zipper on the side", "unsupported"),
        title="DressBerry Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: olive sleeveless wide-leg jumpsuit with a self tie belt, tan flat sandals, white backdrop; base model
    case(
        "X1093-005",
        caption("a woman in a green jumpsuit with a belt"),
        Q.garment_type("jumpsuit"),
        Q.color("olive"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a green jumpsuit with a tie waist and wide legs"),
        Q.material("it is made of silk", "unsupported"),
        Q.details(
            "the jumpsuit has a belt at the waist Question: what is the color of the jumpsuit? Answer: green", "leak"
        ),
        title="SASSAFRAS Women Olive Green Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender=W,
    ),
    # photo: long-sleeved bodycon midi dress, plainly maroon (the seller says Brown), nude heels, white backdrop; base
    case(
        "X1093-006",
        caption("a woman in a maroon bodycon dress"),
        Q.wearing("a red dress"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        Q.description("a dress", "non_answer"),
        Q.details("the dress has a slit on the side and a zipper on the back", "unsupported"),
        title="Athena Women Brown Solid Bodycon Dress",
        category="Dresses",
        color="Brown",
        gender=W,
    ),
    # photo: pink peplum top with ruffled short sleeves, white jeans, white backdrop; base model
    case(
        "X1093-007",
        caption("a woman wearing a pink top and white pants"),
        she("he is wearing a pink top and white jeans", "pronoun"),
        Q.garment_type("top"),
        Q.color("pink"),
        Q.description("a pink top with ruffles on the sleeves"),
        Q.details("ruffles"),
        Q.material("the top is made of a material", "restated"),
        title="Berrylush Women Pink Solid Peplum Top",
        category="Tops",
        color="Pink",
        gender=W,
    ),
    # photo: black distressed skinny jeans with rips at both knees, grey melange tee, white sneakers, white backdrop;
    # base model
    case(
        "X1093-008",
        caption("a woman in a grey t-shirt and black ripped jeans"),
        Q.garment_type("jeans"),
        Q.color("grey", "other_garment_color"),
        Q.description("grey ripped jeans", "other_garment_color"),
        Q.details(
            "the jeans have holes in the knees Question: What is the material of the garment? Answer: denim", "leak"
        ),
        Q.material("denim"),
        title="Roadster Women Black Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender=W,
    ),
    # photo: mustard knife-pleated midi skirt, white short-sleeved top tucked in, white backdrop; base model
    case(
        "X1093-009",
        caption("a woman in a yellow pleated skirt and white top"),
        Q.wearing(
            "a yellow skirt and a white shirt and a yellow skirt and a white shirt and a yellow skirt and a white "
            "shirt and a yellow",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.description("a white blouse tucked into a yellow skirt"),
        Q.details("pleats"),
        title="AND Women Mustard Yellow Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender=W,
    ),
    # photo: black sleeveless shift dress with a lace yoke, black heels, no bag, white backdrop, front view; base
    case(
        "X1093-010",
        caption("a black dress with lace on the top"),
        Q.wearing("a black dress and a black handbag", "unsupported"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.description("a dress", "non_answer"),
        Q.details("the dress has lace on the top and a bow on the back", "unsupported"),
        Q.material("lace"),
        title="Vero Moda Women Black Lace Shift Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: navy-and-white Breton striped top, long sleeves, blue jeans, short-haired model, white backdrop; base
    case(
        "X1093-011",
        caption("a man in a striped shirt and jeans", "pronoun"),
        Q.garment_type("top"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a blue and white striped top with long sleeves"),
        title="ONLY Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
        gender=W,
    ),
    # photo: red long-sleeved georgette wrap maxi dress, grey studio wall behind, gold sandals; the row has no gender;
    # base model
    case(
        "X1093-012",
        caption("a woman in a red dress standing in front of a gray wall"),
        Q.wearing("a red dress Question: What is the color of the dress? Answer: red", "leak"),
        Q.color("red"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a long red dress with a v neck"),
        Q.details(
            "the dress is a wrap dress with a tie at the waist and a slit in the front of the dress and a slit in "
            "the front of the dress and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        title="Tokyo Talkies Women Red Solid Georgette Wrap Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: black short-sleeved culotte jumpsuit, model's hands in its side pockets, white sneakers, short hair,
    # white backdrop; base model
    case(
        "X1093-013",
        caption("a man in a black jumpsuit and white sneakers", "pronoun"),
        Q.wearing("a black jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("black", "non_answer"),
        Q.details("the jumpsuit has pockets on the sides"),
        title="StyleStone Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: yellow crop top with short puff sleeves, white high-waisted skirt, white backdrop; base model
    case(
        "X1093-014",
        caption("a woman in a yellow crop top and white skirt"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a white skirt with a yellow top"),
        Q.details("puff sleeves"),
        Q.material("cotton Question: What is the color of the garment? Answer: yellow", "leak"),
        title="FOREVER 21 Women Yellow Solid Crop Top with Puff Sleeves",
        category="Tops",
        color="Yellow",
        gender=W,
    ),
    # photo: light-blue high-rise mom jeans, white crop top, white sneakers, white backdrop; base model
    case(
        "X1093-015",
        caption("a woman in a white top and light blue jeans"),
        Q.wearing("jeans"),
        Q.color("light blue"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.description("high waisted light blue jeans"),
        Q.details(
            "the jeans have a button fly and a zipper fly and a button fly and a zipper fly and a button fly and",
            "loop",
            hit_limit=True,
        ),
        title="Kraus Jeans Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: white schiffli-embroidered cotton A-line dress, no belt, short sleeves, knee length, white backdrop; base
    case(
        "X1093-016",
        caption("a woman wearing a white dress with embroidery"),
        she("she is wearing a white dress"),
        Q.garment_type("top", "contradiction"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.description("a white dress with short sleeves and a belt", "unsupported"),
        Q.details(
            "embroidery on the dress embroidery on the dress embroidery on the dress embroidery on the dress "
            "embroidery on",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Marks & Spencer Women White Schiffli Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: green satin cami (the product) under an open black blazer, black trousers, white backdrop; base model
    case(
        "X1093-017",
        caption("a woman in a black blazer and green top"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("black", "other_garment_color"),
        color_of("top", "green", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a black jacket over a green top"),
        Q.material("satin"),
        title="Mango Women Green Satin Camisole Top",
        category="Tops",
        color="Green",
        gender=W,
    ),
    # photo: blue denim mini skirt with buttons down the front, black-and-white striped tee tucked in, no bag, white
    # backdrop; base model
    case(
        "X1093-018",
        caption("a woman in a striped shirt and denim skirt holding a handbag", "unsupported"),
        Q.wearing("a black and white striped shirt and a denim skirt"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.description("a denim skirt"),
        Q.details("the skirt has buttons down the front"),
        title="Roadster Women Blue Denim A-Line Mini Skirt with Button Detail",
        category="Skirts",
        color="Blue",
        gender=W,
    ),
    # photo: short shift dress in an orange, blue and white geometric print, high neck, short sleeves, white
    # backdrop, front view; base model
    case(
        "X1093-019",
        caption("a woman in a colorful dress"),
        Q.wearing(
            "a dress Question: what is she wearing? Answer: a dress Question: what is she wearing? Answer: a dress",
            "leak",
            hit_limit=True,
        ),
        Q.color("multicolor"),
        Q.pattern("floral", "contradiction"),
        Q.description(
            "a short dress with an orange, blue and white geometric pattern, a high neck, short sleeves and a hem "
            "that is slightly",
            "cut",
            hit_limit=True,
        ),
        Q.details("the dress has a high neck and a keyhole on the back and a tie at the neck", "unsupported"),
        title="Street 9 Women Multicoloured Geometric Print Shift Dress",
        category="Dresses",
        color="Multi",
        gender=W,
    ),
    # photo: lavender off-shoulder top with three-quarter bell sleeves, blue jeans, white backdrop; base model
    case(
        "X1093-020",
        caption("a woman in a purple off the shoulder top and jeans"),
        she("a blue top and blue jeans", "other_garment_color"),
        Q.color("purple"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("an off the shoulder top"),
        Q.details("the top has an elastic neckline and a bow on the back", "unsupported"),
        Q.material("the garment is made of a material that is a garment", "restated"),
        is_a("top", "no", "contradiction"),
        title="Tokyo Talkies Women Lavender Solid Bardot Top",
        category="Tops",
        color="Lavender",
        gender=W,
    ),
    # photo: navy denim dungarees with a bib pocket, white short-sleeved tee underneath, white backdrop; base model
    case(
        "X1093-021",
        caption("a woman in overalls and a white shirt"),
        Q.garment_type("jumpsuit"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a pair of denim overalls"),
        Q.details("the overalls have a pocket on the front"),
        Q.material("denim"),
        title="U&F Women Navy Blue Denim Dungarees",
        category="Jumpsuit",
        color="Navy Blue",
        gender=W,
    ),
    # photo: grey ripped straight jeans, pink sweatshirt, short-haired model, white backdrop; base model
    case(
        "X1093-022",
        caption("a woman in a pink sweatshirt and grey jeans"),
        she("he is wearing a pink sweatshirt and gray jeans", "pronoun"),
        Q.garment_type("jeans"),
        Q.color("grey"),
        Q.description("pink", "other_garment_color"),
        Q.details("ripped"),
        title="Roadster Women Grey Straight Fit Mid-Rise Slash Knee Jeans",
        category="Jeans",
        color="Grey",
        gender=W,
    ),
    # photo: light peach sleeveless crepe skater dress, nude heels, white backdrop; base model
    case(
        "X1093-023",
        caption("a woman in a pink dress"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description("a short dress with a flared skirt"),
        Q.details(
            "the dress has a flared skirt and a flared skirt and a flared skirt and a flared skirt and a flared skirt",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="DressBerry Women Peach-Coloured Solid Crepe Skater Dress",
        category="Dresses",
        color="Peach",
        gender=W,
    ),
    # photo: sheer black button-down shirt-style top over a black camisole, long sleeves, white trousers, white
    # backdrop; base model
    case(
        "X1093-024",
        caption("a woman in a black shirt and white pants"),
        Q.color("black"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.description("the shirt is sheer and has buttons down the front"),
        Q.details("the garment has a collar and buttons"),
        Q.material("the garment is made of the material", "restated"),
        title="Vero Moda Women Black Sheer Shirt Style Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: pink floral maxi skirt, white tank top, white backdrop, front view, no slit visible; base model
    case(
        "X1093-025",
        caption("a woman in a pink floral skirt and white tank top"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.description("a long pink skirt with flowers"),
        Q.details(
            "the skirt has a slit on the side and an elastic waistband, it is made of a soft and flowy fabric that "
            "is perfect for summer and it",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Pink Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="Pink",
        gender=W,
    ),
    # photo: teal wrap midi dress, three-quarter sleeves, tie belt, nude heels, white backdrop, front view; base model
    case(
        "X1093-026",
        caption("a woman in a teal dress"),
        she("a teal wrap dress and nude heels"),
        Q.color("blue"),
        color_of("dress", "green", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description("a blue dress with a belt and a zipper on the back", "unsupported"),
        Q.details("Answer: the dress has a v neckline and a tie belt", "leak"),
        Q.material("", "non_answer"),
        title="Athena Women Teal Blue Solid Wrap Midi Dress",
        category="Dresses",
        color="Teal",
        gender=W,
    ),
    # photo: red-and-white checked georgette shirt-style top knotted at the waist over a white tee, blue jeans, white
    # backdrop; base model
    case(
        "X1093-027",
        caption("a woman wearing a red plaid shirt and jeans"),
        Q.garment_type("shirt"),
        Q.color("red"),
        Q.pattern("checked"),
        Q.description("a white t-shirt", "other_garment_color"),
        Q.details("the shirt is tied at the waist"),
        Q.material("flannel", "unsupported"),
        title="Harpa Women Red & White Checked Georgette Shirt Style Top",
        category="Tops",
        color="Red",
        gender=W,
    ),
    # photo: dark navy high-rise straight jeans with a standard zip fly, beige top tucked in, white backdrop; base
    case(
        "X1093-028",
        caption("a woman in a beige top and blue jeans"),
        Q.wearing("clothes", "non_answer"),
        Q.color("beige", "other_garment_color"),
        color_of("jeans", "dark blue"),
        Q.description("high waisted straight leg jeans in dark blue"),
        Q.details("the jeans have a button fly and a zipper on the side", "unsupported"),
        title="Levis Women Navy Blue High-Rise Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender=W,
    ),
    # photo: beige linen shirt dress with a self belt, two chest pockets, rolled-up short sleeves, white backdrop;
    # base model
    case(
        "X1093-029",
        caption("a woman in a beige shirt dress with a belt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("khaki"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("a khaki dress with a belt and buttons"),
        Q.details("buttons, belt, pockets"),
        Q.material("linen"),
        title="Mango Women Beige Linen Shirt Dress with Belt",
        category="Dresses",
        color="Beige",
        gender=W,
    ),
    # photo: off-white lace top with a scalloped hem, blue denim shorts, white backdrop; base model
    case(
        "X1093-030",
        caption("a woman in a white lace top and denim shorts"),
        she(
            "she is wearing a white lace top and denim shorts and she is wearing a white lace top and denim shorts "
            "and she",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("off white"),
        Q.description("a blue lace top", "other_garment_color"),
        Q.details("the top has lace"),
        Q.material("lace"),
        title="ONLY Women Off-White Lace Top with Scalloped Hem",
        category="Tops",
        color="Off White",
        gender=W,
    ),
    # photo: rust sleeveless wide-leg jumpsuit with a fabric belt, white backdrop; base model
    case(
        "X1093-031",
        caption("a woman in an orange jumpsuit"),
        Q.wearing("a jumpsuit"),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description("a sleeveless jumpsuit with a belt"),
        Q.details("the details of the jumpsuit are the details", "restated"),
        Q.material("it's made of velvet", "unsupported"),
        title="AND Women Rust Solid Sleeveless Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender=W,
    ),
    # photo: grey melange knee-length pencil skirt, black top tucked in, black heels, white backdrop, front view; base
    case(
        "X1093-032",
        caption("a woman in a black top and grey skirt"),
        Q.garment_type("skirt"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.description("a black top", "other_garment_color"),
        Q.details("the skirt has a slit in the back", "unsupported"),
        title="Marks & Spencer Women Grey Melange Pencil Skirt",
        category="Skirts",
        color="Grey Melange",
        gender=W,
    ),
    # photo: mid-blue denim shirt dress, long sleeves with buttoned cuffs, buttons down the front, two flap chest
    # pockets, white backdrop; base model
    case(
        "X1093-033",
        caption("a woman in a denim shirt dress"),
        she("a blue dress"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.description("a denim shirt", "contradiction"),
        Q.details(
            "the dress has buttons down the front, two chest pockets with flaps, long sleeves with buttoned cuffs "
            "and a collar, it is a very nice dress and it",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Roadster Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: orange tie-up front top, short sleeves, white jeans, white backdrop; base model
    case(
        "X1093-034",
        caption("a woman in a white top and white jeans", "other_garment_color"),
        Q.color("red", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("an orange top that ties at the front"),
        Q.details("the top has a knot at the front"),
        Q.material(
            "the material of the garment is cotton Question: What is the pattern of the garment? Answer: solid",
            "leak",
            hit_limit=True,
        ),
        title="Berrylush Women Orange Solid Tie-Up Front Top",
        category="Tops",
        color="Orange",
        gender=W,
    ),
    # photo: black A-line dress with white polka dots, short sleeves, no belt, white backdrop; base model
    case(
        "X1093-035",
        caption("a woman in a black and white polka dot dress with a red belt", "unsupported"),
        Q.wearing("a black and white dress"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dots"),
        Q.description("a polka dot dress with short sleeves"),
        Q.material("it is made of polka dots", "non_answer"),
        title="Tokyo Talkies Women Black & White Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: white skinny jeans, navy blue long-sleeved top, white backdrop, front view; base model
    case(
        "X1093-036",
        caption("a woman in a navy blue top and white jeans"),
        she("a blue shirt and white pants"),
        Q.garment_type("jeans"),
        Q.color("navy blue", "other_garment_color"),
        Q.description("white skinny jeans with silver buttons on the back pockets", "unsupported"),
        Q.details("white", "non_answer"),
        title="Kraus Jeans Women White Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="White",
        gender=W,
    ),
    # photo: magenta long-sleeved wrap top tied at the side, black jeans, white backdrop; base model
    case(
        "X1093-037",
        caption("a woman in a pink wrap top and black jeans"),
        Q.color("magenta"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a purple top with a v-neck", "contradiction"),
        Q.details(
            "the top is a wrap top with a tie on the side and a tie on the side and a tie on the side and a tie on "
            "the side and a",
            "loop",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Magenta Solid Wrap Top",
        category="Tops",
        color="Magenta",
        gender=W,
    ),
    # photo: short gold sequinned party dress on thin straps, gold heels, white backdrop; base model
    case(
        "X1093-038",
        caption("a woman in a gold sequin dress"),
        she("he is wearing a gold dress", "pronoun"),
        Q.color("gold"),
        Q.sleeve_length("sleeveless"),
        Q.description("gold", "non_answer"),
        Q.details(
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, "
            "sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        Q.material("sequins"),
        title="SASSAFRAS Women Gold-Toned Sequinned Bodycon Party Dress",
        category="Dresses",
        color="Gold",
        gender=W,
    ),
    # photo: black PU mini skirt with an exposed front zip, white shirt tucked in, white backdrop; base model
    case(
        "X1093-039",
        caption("a woman in a white shirt and black leather skirt"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.description("a black mini skirt"),
        Q.details("the skirt has a zipper in the front"),
        Q.material("leather", "unsupported"),
        title="StyleStone Women Black Solid PU Mini Skirt with Front Zip",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: mint-green short-sleeved tee-style top printed "GOOD VIBES" in white, blue jeans, white backdrop; base
    case(
        "X1093-040",
        caption("a woman wearing a green t-shirt with a print on it"),
        Q.wearing(
            "a green t-shirt and jeans Question: what is the color of the jeans? Answer: blue Question: what is the "
            "color of",
            "leak",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description("a green t - shirt with the word love on it", "unsupported"),
        Q.details("the details of the top are the details of the top", "restated"),
        title="Tokyo Talkies Women Green Typography Print Top",
        category="Tops",
        color="Green",
        gender=W,
    ),
    # photo: white sleeveless jumpsuit with a blue floral print, V neck, tie belt, wide legs, white backdrop; base
    case(
        "X1093-041",
        caption("a woman in a white and blue floral jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.description("a white jumpsuit with blue flowers"),
        Q.details(
            "it has a v neck, pockets and a belt that ties at the waist, the legs are wide and it is made of a light "
            "fabric that",
            "cut",
            hit_limit=True,
        ),
        Q.material("no", "non_answer"),
        title="SASSAFRAS Women White & Blue Floral Print Basic Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender=W,
    ),
    # photo: yellow strappy sundress with a small white floral print, model holding a straw hat in one hand, white
    # backdrop; base model
    case(
        "X1093-042",
        caption("a woman in a yellow dress holding a straw hat"),
        she("a yellow dress and a straw hat", "unsupported"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.description("a yellow floral dress with thin straps"),
        Q.details("a straw hat", "contradiction"),
        Q.material("the material of the garment is the material", "restated"),
        title="Berrylush Women Yellow Floral Print Strappy Sundress",
        category="Dresses",
        color="Yellow",
        gender=W,
    ),
    # photo: burgundy ribbed cotton knit top, long sleeves, tucked into a black mini skirt, white backdrop; base model
    case(
        "X1093-043",
        caption("a woman in a black top and black skirt", "other_garment_color"),
        Q.garment_type("top"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a burgundy ribbed top with long sleeves"),
        Q.details("ribbed"),
        Q.material("wool", "unsupported"),
        title="Vero Moda Women Burgundy Ribbed Cotton Top",
        category="Tops",
        color="Burgundy",
        gender=W,
    ),
    # photo: mid-blue bootcut jeans, white shirt, short-haired model, white backdrop; base model
    case(
        "X1093-044",
        caption("a man in a white shirt and blue jeans", "pronoun"),
        she("a white shirt and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.description("the garment is a pair of jeans", "non_answer"),
        Q.details("bootcut"),
        title="Levis Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: green three-tiered maxi dress with short puff sleeves, white backdrop; the row has no color; base model
    case(
        "X1093-045",
        caption("a woman in a long green dress"),
        Q.color("green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a long green dress with ruffles"),
        Q.details("the details of the garment are", "restated"),
        Q.material(
            "the dress is made of a light and airy fabric which makes it perfect for the summer season, it is a "
            "great dress for the",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Green Tiered Maxi Dress",
        category="Dresses",
        gender=W,
    ),
    # photo: navy blue tunic-length top with three-quarter sleeves and side slits, white leggings, white backdrop;
    # base model
    case(
        "X1093-046",
        caption("a woman in a black top and white leggings", "contradiction"),
        Q.wearing(
            "the person is wearing a blue top and white leggings Question: What type of garment is this? Answer: top",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("navy blue"),
        Q.description("a long blue top with three quarter sleeves"),
        Q.details("the top has a slit on the sides"),
        title="AND Women Navy Blue Solid Longline Tunic Top",
        category="Tops",
        color="Navy Blue",
        gender=W,
    ),
]
