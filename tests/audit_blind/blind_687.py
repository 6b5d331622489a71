"""BLIND_687 (46 products; kids' winter/nightwear, base BLIP-2 zero-shot): written blind in the fifty-fourth session.
Measured blind at 816d542 (the session's fourth rules): 107/126 failures found (84.9%) and 17/178 correct texts flagged
(9.6%). The writer's notes, verbatim:

Scenario: a Myntra kids' winterwear and nightwear feed: sweatshirts and hoodies, jackets (puffers, parkas, bombers,
denim, rain jackets, a gilet), sweaters and cardigans, night suits, a nightdress and thermals. Catalog shots on a
white or light grey backdrop, mostly worn by a child who also wears other clothes (jeans, joggers, leggings, a
t-shirt under an open jacket, a shirt collar under a sweater); two thermals are flat-lays with no person; a few
children hold a prop (a plush toy, a toy car). Night suits are two pieces, often a top and pants of different colors.

Who wrote what: every text was written by the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot: captions
with no prompt (50 new tokens), open answers freely generated after `Question: ... Answer:` (30 new tokens), closed
answers picked from candidate values by enrich's `--engine reference` (so a closed answer never loops or stops
short, but it can pick the wrong candidate). The base model answers short and lowercase, names colors coarsely
(maroon -> red, khaki -> tan, charcoal -> black), calls most boys "a young boy" and girls "a little girl", often
gives the product the color of the jeans, leggings, t-shirt or pants worn with it, reads a print's color as the
garment's, invents hoods, zips, pockets and trims, and guesses a material. Now and then it does not stop at the
newline: it carries on with a new `Question: ... Answer:` turn or repeats a phrase until the token limit.

Labeling conventions and judgement calls:
- other_garment_color: an open answer that gives the asked garment the color of another garment in the photo (the
  jeans, the t-shirt under an open jacket, the other half of a night suit). For a two-piece night suit, the top and
  the pants each count as "the garment" of a question that names them.
- contradiction: a color, garment type, pattern or sleeve length that the seller's columns or the product's other
  texts contradict, including a closed answer that picked the wrong candidate, a print's or a prop's color given as
  the garment's color, and a garment type across the category (sweatshirt called sweater, thermal called t-shirt).
- Coarse but right colors are correct: red for maroon, white for cream, pink for peach, tan for khaki, dark grey for
  charcoal, blue for navy or teal. Black for a charcoal garment is a contradiction (another color group).
- unsupported: a detail the photo does not show (zip on a pullover, a belt, pockets, trims, a sequin horn) and a
  material claim more specific than the photo or title can support (cashmere, down, silk, "100% organic cotton").
  A generic material typical of the garment and not contradicted by the title (cotton sweatshirt, wool sweater,
  polyester puffer, fleece for a fleece jacket, wool for "Cottswool") is correct. A detail of another garment or
  of a held prop given to the product (a rainbow print from the t-shirt, a hood from the hoodie under a denim
  jacket, a toy car "on" the sweater) is unsupported.
- non_answer: an empty answer, yes/no, "i don't know", or a lone color or noun given to Describe/details/wearing.
  A lone color that is wrong is labeled by what is wrong with it (the jeans' blue given to Describe the sweatshirt
  is other_garment_color); a lone right color to Describe is a non_answer.
  A short answer that still carries the asked information ("a sweater" to what is she wearing, "fringe" to the
  poncho details, "game over" to the night suit details) is correct.
- restated: the question turned back into a statement or a noun phrase with no information ("the sweater details",
  "a description of the jacket", "the sweatshirt is a sweatshirt").
- pronoun: he/his for a girl or she/her for a boy, judged against the child in the photo; on Unisex rows the photo
  decides (a "he" for a girl in a Unisex rain jacket is a pronoun failure). A caption calling a boy "a little girl"
  is labeled pronoun too (the same mistake in a noun). A correct "he"/"she" is not a failure.
- loop and cut: both ran to the 30- or 50-token limit (hit_limit=True). A text that repeats a phrase until the limit
  is a loop even when its first clause is right; a long, non-repeating answer stopped mid-phrase is a cut, even if
  it also invents something. A leak that runs on to the token limit is marked hit_limit too.
- leak: any `Question:` or `Answer:` text in the output, whether or not the answer before it is right.
- One label per text: the most visible failure.
- With no person in the photo (flat-lays), naming the product in answer to "What is the person wearing?" is correct.
- Some rows lack a column, as real feeds do (a missing category, a missing color).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

gtype = Q.garment_type
col = Q.color
pat = Q.pattern
sleeve = Q.sleeve_length
mat = Q.material

BLIND_687 = [
    # photo: boy in a navy blue pullover hoodie with a kangaroo pocket (no zip), grey joggers, white backdrop, front
    # view. All texts base BLIP-2 zero-shot.
    case(
        "X687-001",
        caption("a young boy wearing a navy blue hoodie and grey pants"),
        wearing("she is wearing a blue hoodie", "pronoun", who="the boy"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        gtype("sweatshirt"),
        pat("solid"),
        describe("sweatshirt", "it is a navy blue hoodie with a zipper on the front", "unsupported"),
        title="HRX by Hrithik Roshan Boys Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink crew-neck sweatshirt with a white unicorn print and silver glitter "dream big" text,
    # blue jeans, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X687-002",
        caption("a little girl wearing a pink sweatshirt with a unicorn on it"),
        wearing("he is wearing a pink sweatshirt", "pronoun", who="the girl"),
        col("pink"),
        pat("striped", "contradiction"),
        details("sweatshirt", "a unicorn"),
        describe("sweatshirt", "blue", "other_garment_color"),
        mat("cotton"),
        title="Marks & Spencer Girls Pink Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in an olive green quilted puffer jacket with a hood, zipped to the chin, black track pants, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X687-003",
        caption("a young boy wearing a green jacket and black pants standing in the snow", "unsupported"),
        wearing("a green puffer jacket", who="the child"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        gtype("jacket"),
        details("jacket", "the jacket has a hood and a zipper"),
        mat("leather", "unsupported"),
        title="Gini and Jony Boys Olive Green Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a maroon cable-knit pullover with the white collar of a shirt showing at the neck, black
    # leggings, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X687-004",
        caption("a little girl wearing a red sweater and black leggings"),
        wearing("a sweater", who="the girl"),
        col("maroon"),
        pat("striped", "contradiction"),
        describe("sweater", "a red sweater with a white collar"),
        details(
            "sweater",
            "the sweater has a cable knit pattern, ribbed cuffs and a ribbed hem and a white collar and a small logo on"
            " the chest and a row of buttons on the",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Kids Girls Maroon Cable Knit Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a blue long-sleeve pyjama top with a white-and-orange rocket print and grey melange pyjama pants
    # with small blue stars, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-005",
        caption("a young boy in blue pajamas with a rocket on the shirt"),
        wearing("a blue shirt and blue pants", "other_garment_color", who="the boy"),
        color_of("top", "grey", "other_garment_color", kind="open"),
        color_of("pants", "grey"),
        gtype("night suit"),
        describe(
            "night suit",
            "a blue shirt with a rocket Question: What is the color of the pants? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Mothercare Boys Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink long-sleeve pyjama top with white polka dots and a bunny print, white pyjama pants with
    # pink dots, white backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X687-006",
        caption("a little girl wearing pink pajamas with a bunny on it"),
        wearing("pajamas", who="the girl"),
        col("white", "contradiction"),
        pat("polka dots"),
        describe("night suit", "yes", "non_answer"),
        details("night suit", "a bunny print on the top and polka dots"),
        sleeve("long sleeve"),
        title="Sweet Dreams Girls Pink & White Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a red hooded bomber jacket worn open over a white t-shirt with black text, blue jeans, white
    # backdrop, front view. Base BLIP-2 zero-shot.
    case(
        "X687-007",
        caption("a young boy wearing a red jacket and jeans"),
        wearing("a red jacket and a white t-shirt", who="the boy"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        col("red"),
        details("jacket", "the jacket has a hood and a zipper and a pocket on the sleeve", "unsupported"),
        describe("jacket", "red", "non_answer"),
        title="Pepe Jeans Boys Red Hooded Bomber Jacket",
        category="Jackets",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a navy blue quilted jacket with a faux-fur trimmed hood, zipped, pink leggings, white boots,
    # white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-008",
        caption("a little girl wearing a blue coat and pink leggings"),
        wearing("a blue jacket with a fur hood", who="the girl"),
        color_of("jacket", "pink", "other_garment_color", kind="open"),
        col("navy blue"),
        gtype("jacket"),
        describe("jacket", "it is a blue jacket with a fur hood and a belt", "unsupported"),
        mat("polyester with a fleece lining and a water repellent coating", "unsupported"),
        title="Allen Solly Junior Girls Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a grey melange V-neck pullover over a white collared shirt, navy chinos, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-009",
        caption("a young boy wearing a grey sweater and blue pants"),
        wearing("he is wearing a sweater and a tie", "unsupported", who="the boy"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        col("grey melange"),
        pat("solid"),
        describe("sweater", "a grey sweater with a v-neck"),
        details("sweater", "the sweater details", "restated"),
        title="Mothercare Boys Grey Melange Solid V-Neck Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a lavender crew sweatshirt with a silver sequin heart on the chest, grey leggings, white
    # backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-010",
        caption("a little girl wearing a pink sweatshirt with a heart on it", "contradiction"),
        wearing("she is wearing a purple sweatshirt and grey leggings", who="the girl"),
        col("lavender"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        gtype("sweater", "contradiction"),
        details("sweatshirt", "the sweatshirt has a heart made of sequins on the front"),
        title="Pantaloons Junior Girls Lavender Sweatshirt with Sequin Detail",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in an off-white crew-neck thermal top and matching thermal pants, light grey backdrop, front view.
    # Base BLIP-2 zero-shot.
    case(
        "X687-011",
        caption("a young boy in white long johns standing in front of a grey wall"),
        wearing("long underwear", who="the boy"),
        gtype("t-shirt", "contradiction"),
        col("grey", "contradiction"),
        describe("thermal top", "a white long sleeve shirt"),
        mat("it is made of wool and silk", "unsupported"),
        title="Jockey Boys White Thermal Top",
        category="Thermal Tops",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a pair of pink thermal leggings with a pink elastic waistband on a white background, no
    # person. Base BLIP-2 zero-shot.
    case(
        "X687-012",
        caption("a pair of pink leggings on a white background"),
        wearing("pink leggings"),
        gtype("leggings"),
        col("red", "contradiction"),
        describe("leggings", "a pair of pink leggings with a white waistband and a bow", "unsupported"),
        mat("wool"),
        title="Lux Cottswool Girls Pink Thermal Leggings",
        category="Thermal Bottoms",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a black crew-neck sweatshirt with a large white Puma cat logo and "PUMA" lettering, black
    # joggers, hands in pockets, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-013",
        caption("a young boy wearing a black puma sweatshirt"),
        wearing("the boy is wearing", "restated", who="the boy"),
        col("black"),
        pat("printed"),
        details(
            "sweatshirt",
            "the puma logo on the front of the sweatshirt is white and the puma logo on the front of the sweatshirt"
            " is white and the puma logo on the",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        title="Puma Boys Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow long-sleeve pyjama top with a sleeping-cat print and navy pyjama pants with
    # yellow moons, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-014",
        caption("a little girl wearing yellow pajamas with a cat on the front"),
        wearing("pajamas", who="the girl"),
        color_of("top", "navy blue", "other_garment_color", kind="open"),
        color_of("pants", "yellow", "contradiction"),
        describe("night suit", "a yellow shirt with a cat and blue pants with moons"),
        mat("flannel", "unsupported"),
        title="Tiny Girl Girls Yellow & Navy Printed Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a black hooded windcheater with neon green zip pulls, zipped, blue jeans, white backdrop, turned
    # three-quarters to the side. Base BLIP-2 zero-shot.
    case(
        "X687-015",
        caption("a young boy wearing a black rain jacket"),
        wearing("he is wearing a black jacket and blue jeans", who="the boy"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        col("black"),
        describe("jacket", "the jacket", "non_answer"),
        details(
            "jacket",
            "a hood, a zipper, and a pocket on the chest with a zipper and a pocket on the chest with a zipper and a"
            " pocket on the chest",
            "loop",
            hit_limit=True,
        ),
        mat("nylon"),
        title="Fort Collins Boys Black Solid Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a cream open-front cardigan with pearl buttons over a pink t-shirt, blue denim skirt, white
    # tights, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-016",
        caption(
            "a little girl wearing a white sweater and a pink shirt and a pink shirt and a pink shirt and a pink"
            " shirt and a pink shirt and a pink shirt and a pink shirt and a pink shirt and a pink shirt and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a cardigan and a skirt", who="the girl"),
        color_of("cardigan", "pink", "other_garment_color", kind="open"),
        col("cream"),
        gtype("cardigan"),
        details("cardigan", "the cardigan has buttons and a hood", "unsupported"),
        describe("cardigan", "she is wearing a white cardigan with buttons"),
        title="Gini and Jony Girls Cream-Coloured Self Design Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Girls",
    ),
    # photo: boy in a green-and-grey horizontally striped long-sleeve pyjama top and plain grey pyjama pants, white
    # backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-017",
        caption("a boy in a striped shirt and grey pants"),
        wearing("she is wearing a striped shirt and pants", "pronoun", who="the boy"),
        pat("striped"),
        col("green"),
        color_of("top", "grey and green stripes", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe("night suit", "a green and grey striped shirt and grey pants"),
        title="Bodycare Kids Boys Green & Grey Striped Night Suit",
        category="Night suits",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a light pink hooded puffer jacket, zipped halfway over a white t-shirt, blue jeans, pink
    # sneakers, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-018",
        caption("a little girl wearing a pink jacket and jeans"),
        wearing("pink", "non_answer", who="the girl"),
        color_of("jacket", "pink", kind="open"),
        col("red", "contradiction"),
        describe("jacket", "it is a puffy jacket with a hood and a zipper"),
        details(
            "jacket",
            "the jacket has a hood and a zipper Question: What is the color of the jacket? Answer: pink Question:"
            " What is the",
            "leak",
            hit_limit=True,
        ),
        mat("down", "unsupported"),
        title="Nauti Nati Girls Pink Hooded Puffer Jacket",
        category="Jackets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a grey melange crew-neck thermal top and matching thermal pants, white backdrop. The feed row has
    # no category. Base BLIP-2 zero-shot.
    case(
        "X687-019",
        caption("a young boy in white long underwear", "contradiction"),
        wearing("long johns", who="the boy"),
        gtype("tracksuit", "contradiction"),
        col("grey melange"),
        describe("thermal set", "grey", "non_answer"),
        sleeve("long sleeve"),
        title="Dollar Kids Boys Grey Melange Thermal Set",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a colour-blocked hooded sweatshirt: white body, pink sleeves, purple hood; black leggings,
    # white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-020",
        caption("a little girl wearing a pink and white hoodie"),
        wearing("a hoodie and black leggings", who="the girl"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        col("white"),
        pat("colour block"),
        describe("hoodie", "a hoodie with pink sleeves and a purple hood"),
        details(
            "hoodie",
            "the hood is purple, the sleeves are pink, the body is white, the hood is purple, the sleeves are pink,"
            " the body is white, the hood is",
            "loop",
            hit_limit=True,
        ),
        title="YK Girls Multicoloured Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a navy sweater with thin white horizontal stripes and one red chest stripe, beige chinos, white
    # backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-021",
        caption("a young boy wearing a blue and white striped sweater"),
        wearing("a sweater", who="the boy"),
        col("navy blue"),
        pat("solid", "contradiction"),
        color_of("sweater", "beige", "other_garment_color", kind="open"),
        details("sweater", "a red stripe across the chest and elbow patches", "unsupported"),
        describe("sweater", "he is wearing a blue sweater with white stripes and khaki pants"),
        title="United Colors of Benetton Boys Navy Blue Striped Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a purple long-sleeve knee-length nightdress with a white star print, barefoot, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-022",
        caption("a little girl in a purple long sleeve nightgown"),
        wearing("a nightgown", who="the girl"),
        gtype("nightdress"),
        col("purple"),
        describe("nightdress", "it's a purple dress with stars on it Answer: a purple dress with stars on it", "leak"),
        details("nightdress", "the nightdress has a bow on the neck and lace trim on the hem", "unsupported"),
        sleeve("short sleeve", "contradiction"),
        title="Sweet Dreams Girls Purple Printed Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a grey sleeveless quilted puffer gilet over a red hooded sweatshirt, navy jeans, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-023",
        caption("a young boy wearing a grey vest and a red hoodie"),
        wearing("a vest and a hoodie", who="the boy"),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        sleeve("long sleeve", "contradiction"),
        col("grey"),
        gtype("vest"),
        describe("jacket", "a grey puffer vest with a zipper"),
        details("jacket", "the jacket details are on the jacket", "restated"),
        title="Monte Carlo Boys Grey Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a red Christmas sweater with a white reindeer-and-snowflake jacquard, black jeggings, white
    # backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-024",
        caption("a little girl wearing a red christmas sweater with reindeer on it"),
        wearing("he is wearing a christmas sweater", "pronoun", who="the girl"),
        pat("printed"),
        color_of("sweater", "red and white", kind="open"),
        details("sweater", "reindeer and snowflakes"),
        describe(
            "sweater",
            "it is a red sweater with white reindeer and snowflakes and a white reindeer and snowflakes and a white"
            " reindeer and snowflakes and a white",
            "loop",
            hit_limit=True,
        ),
        mat("cashmere", "unsupported"),
        title="Kids Ville Girls Red Christmas Reindeer Sweater",
        category="Sweaters",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a navy short-sleeve pyjama t-shirt with a red Spider-Man print and navy pyjama pants with a red
    # web print, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-025",
        caption("a young boy wearing a spiderman shirt and pants with a spiderman mask", "unsupported"),
        wearing("spiderman pajamas", who="the boy"),
        col("navy blue"),
        sleeve("short sleeve"),
        color_of("t-shirt", "blue", kind="open"),
        details("night suit", "spiderman"),
        describe("night suit", "a blue shirt with spider-man on it and red pants", "contradiction"),
        title="Marvel by Wear Your Mind Boys Navy Blue Spider-Man Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard teddy-fleece zip jacket worn open over a white t-shirt with a rainbow print, light
    # blue jeans, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-026",
        caption("a little girl in a yellow fuzzy jacket and jeans"),
        wearing("yes", "non_answer", who="the girl"),
        color_of("jacket", "yellow", kind="open"),
        col("brown", "contradiction"),
        mat("fleece"),
        describe("jacket", "a yellow jacket with a rainbow on the front", "unsupported"),
        title="H&M Girls Mustard Teddy Fleece Jacket",
        category="Jackets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a bottle green crew sweatshirt with an orange dinosaur print, navy joggers, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-027",
        caption("a little girl wearing a green sweatshirt with a dinosaur on it", "pronoun"),
        wearing("a green sweatshirt", who="the boy"),
        color_of("sweatshirt", "orange", "contradiction", kind="open"),
        col("green"),
        details("sweatshirt", "yes", "non_answer"),
        pat("graphic"),
        title="Mothercare Boys Green Dinosaur Print Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a black scoop-neck long-sleeve thermal top and matching black thermal leggings, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-028",
        caption("a little girl in a black long sleeve shirt and black leggings"),
        wearing("he is wearing a black shirt and black leggings", "pronoun", who="the girl"),
        gtype("thermal top"),
        col("black"),
        describe("top", "black", "non_answer"),
        mat("the garment is made of material", "restated"),
        sleeve("long sleeve"),
        title="Jockey Girls Black Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a mid-blue washed denim jacket over a grey hooded sweatshirt (hood out over the collar), black
    # jeans, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-029",
        caption("a young boy wearing a jean jacket and a grey hoodie"),
        wearing("a denim jacket", who="the boy"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        mat("denim"),
        col("blue"),
        details("jacket", "the jacket has a hood", "unsupported"),
        describe(
            "jacket",
            "a blue denim jacket Question: What is the boy wearing under the jacket? Answer: a grey hoodie",
            "leak",
        ),
        title="Cherokee Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a peach long-sleeve pyjama top with "sleepy head" text and a sloth print, peach-and-white
    # checked pyjama pants, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-030",
        caption("a little girl wearing pink pajamas with a sloth on it"),
        wearing("pajamas with a sloth", who="the girl"),
        col("peach"),
        describe("night suit", "she is wearing a pink shirt and pink and white plaid pants"),
        details("night suit", "the shirt says sleepy head and has a sloth on it"),
        color_of("pants", "pink and white", kind="open"),
        color_of("top", "white", "other_garment_color", kind="open"),
        mat("silk", "unsupported"),
        title="Clothing Culture Girls Peach-Coloured Printed Night Suit",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in an olive green full-zip knitted sweater with a ribbed collar, worn open over a white t-shirt,
    # dark blue jeans, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-031",
        caption("a young boy wearing a green sweater and a white shirt"),
        wearing("a green cardigan", who="the boy"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        col("olive"),
        gtype("jacket", "contradiction"),
        describe("sweater", "a green sweater with a zipper and a hood", "unsupported"),
        title="Allen Solly Junior Boys Olive Green Zip-Up Sweater",
        category="Sweaters",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a white crew sweatshirt with a blue Elsa-and-Anna print, blue jeggings, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-032",
        caption("a little girl wearing a white sweatshirt with frozen characters on it"),
        wearing("a frozen sweatshirt", who="the girl"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        col("white"),
        details("sweatshirt", "elsa and anna from frozen"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        title="Disney by Wear Your Mind Girls White Frozen Print Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a khaki hooded parka with a faux-fur trimmed hood, zipped, two flap pockets, black jeans, brown
    # boots, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-033",
        caption("a young boy wearing a tan coat with a fur hood"),
        wearing("a jacket with a fur hood", who="the child"),
        col("brown", "contradiction"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        gtype("coat"),
        details(
            "jacket",
            "the jacket has a fur hood, a zipper, two flap pockets on the front, a drawstring at the waist, and a"
            " small patch on the left sleeve with the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Boys Khaki Solid Parka Jacket",
        category="Jackets",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a teal knitted poncho with a fringed hem and a white pom-pom tie, white long-sleeve top under it,
    # black leggings, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-034",
        caption("a little girl wearing a blue poncho"),
        wearing("a poncho and leggings", who="the girl"),
        gtype("sweater"),
        color_of("poncho", "white", "other_garment_color", kind="open"),
        col("teal"),
        describe("poncho", "it's a blue knit poncho with fringe on the bottom and pom poms"),
        details("poncho", "fringe and a hood", "unsupported"),
        title="Pantaloons Junior Girls Teal Blue Knitted Poncho",
        category="Sweaters",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a white thermal top and navy blue thermal bottoms (the product), full length, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-035",
        caption("a young boy in a white shirt and blue leggings"),
        wearing(
            "long johns Question: What is the color of the long johns? Answer: blue Question: What is the color of the"
            " shirt? Answer: white",
            "leak",
            who="the boy",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        col("navy blue"),
        gtype("leggings"),
        describe("pants", "she is wearing a pair of blue long johns", "pronoun"),
        mat("wool"),
        title="Lux Cottswool Boys Navy Blue Thermal Bottoms",
        category="Thermal Bottoms",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a shaggy white faux-fur jacket worn open over a pink party dress, white tights, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-036",
        caption("a little girl wearing a white fur coat and a pink dress"),
        wearing("a fur coat", who="the girl"),
        color_of("jacket", "pink", "other_garment_color", kind="open"),
        col("white"),
        gtype("dress", "contradiction"),
        mat("fur"),
        details("jacket", "the jacket is white and fluffy"),
        describe("jacket", "i don't know", "non_answer"),
        title="Gini and Jony Girls White Faux Fur Jacket",
        category="Jackets",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a grey melange zip-up hoodie zipped halfway over a black t-shirt, black track pants, white
    # backdrop. Unisex row. Base BLIP-2 zero-shot.
    case(
        "X687-037",
        caption("a young boy wearing a grey hoodie"),
        wearing("he is wearing a grey hoodie and black pants", who="the child"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        col("grey melange"),
        describe("hoodie", "a gray zip up hoodie with a hood"),
        details("hoodie", "zipper Question: What is the color of the hoodie? Answer: grey", "leak"),
        pat("solid"),
        title="Bonkids Kids Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: girl in a sky-blue long-sleeve pyjama top with a unicorn face print and white pyjama pants with small
    # blue unicorns, holding a plush unicorn, white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-038",
        caption("a little girl in blue pajamas holding a stuffed unicorn"),
        wearing("she is wearing pajamas", who="the girl"),
        col("white", "contradiction"),
        color_of("pants", "white"),
        describe(
            "night suit",
            "a blue top with a unicorn face on the front and white pants with little blue unicorns all over them and"
            " a blue elastic waistband and blue cuffs on the",
            "cut",
            hit_limit=True,
        ),
        details(
            "night suit",
            "the unicorn has a rainbow mane and a gold horn with sequins on the horn and a pink bow",
            "unsupported",
        ),
        pat("printed"),
        title="Cotton Rich Girls Sky Blue Unicorn Print Night Suit",
        category="Night suits",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a plain mustard crew-neck pullover, blue jeans, holding a red toy car in both hands, white
    # backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-039",
        caption("a young boy in a yellow sweater holding a toy car"),
        wearing("a yellow sweater and jeans", who="the boy"),
        color_of("sweater", "red", "contradiction", kind="open"),
        col("mustard"),
        gtype("sweater"),
        describe("sweater", "it's a yellow sweater with a red car on it", "unsupported"),
        title="Little Kangaroos Boys Mustard Yellow Solid Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a red pullover hoodie with white drawstrings and a kangaroo pocket, blue jeans, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-040",
        caption("a little girl in a red hoodie"),
        wearing("a hoodie", who="the girl"),
        col("orange", "contradiction"),
        color_of("hoodie", "red", kind="open"),
        details("hoodie", "white drawstrings and a front pocket"),
        describe(
            "hoodie",
            "a red hoodie with white drawstrings and a pocket on the front and a white drawstrings and a pocket on"
            " the front and a white",
            "loop",
            hit_limit=True,
        ),
        title="Kids Only Girls Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a maroon quilted bomber jacket with navy rib-knit collar, cuffs and hem, zipped, beige chinos,
    # white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-041",
        caption("a young boy wearing a red jacket and khaki pants"),
        wearing("a red jacket", who="the boy"),
        color_of("jacket", "khaki", "other_garment_color", kind="open"),
        col("maroon"),
        details(
            "jacket",
            "the jacket has a navy blue collar and cuffs and a navy blue hem and a zipper on the front and two pockets"
            " on the sides and a small logo on the left",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a description of the jacket", "restated"),
        mat("polyester"),
        title="U.S. Polo Assn. Kids Boys Maroon Quilted Bomber Jacket",
        category="Jackets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: flat-lay of a skin-coloured (beige) long-sleeve crew-neck thermal top on a white background, no person,
    # no pockets or buttons. Base BLIP-2 zero-shot.
    case(
        "X687-042",
        caption("a beige long sleeve shirt on a white background"),
        wearing("a shirt"),
        col("beige"),
        gtype("thermal top"),
        describe("top", "it is a white shirt with long sleeves", "contradiction"),
        details("top", "a pocket on the chest and buttons down the front", "unsupported"),
        title="Lux Cottswool Girls Skin-Coloured Thermal Top",
        category="Thermal Tops",
        color="Skin",
        gender="Girls",
    ),
    # photo: boy in a grey melange long-sleeve pyjama top with black "GAME OVER" text and a game controller print,
    # black pyjama pants, white backdrop. The feed row has no color. Base BLIP-2 zero-shot.
    case(
        "X687-043",
        caption("a young boy wearing a grey shirt that says game over"),
        wearing("a shirt and pants", who="the boy"),
        color_of("top", "black", "other_garment_color", kind="open"),
        color_of("pants", "black"),
        gtype("t-shirt", "contradiction"),
        details("night suit", "game over"),
        describe(
            "night suit",
            "he is wearing a grey shirt that says game over with a video game controller on it and black pants with a"
            " grey waistband and grey cuffs and a",
            "cut",
            hit_limit=True,
        ),
        title="Doodle Boys Grey & Black Printed Night Suit",
        category="Night suits",
        gender="Boys",
    ),
    # photo: girl in a dusty pink ribbed turtleneck sweater, grey plaid skirt, black tights, white backdrop.
    # Base BLIP-2 zero-shot.
    case(
        "X687-044",
        caption("a little girl wearing a pink turtleneck sweater and a plaid skirt"),
        wearing("a sweater and a skirt", who="the girl"),
        col("purple", "contradiction"),
        pat("checked", "contradiction"),
        color_of("sweater", "grey", "other_garment_color", kind="open"),
        describe("sweater", "a pink ribbed turtleneck"),
        title="Gini and Jony Girls Pink Solid Turtleneck Sweater",
        category="Sweaters",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a bright yellow hooded rain jacket with the hood up, navy jeans, red wellies, white backdrop.
    # Unisex row. Base BLIP-2 zero-shot.
    case(
        "X687-045",
        caption("a little girl in a yellow raincoat and red boots holding an umbrella", "unsupported"),
        wearing("he is wearing a yellow raincoat", "pronoun", who="the child"),
        col("yellow"),
        color_of("jacket", "red", "other_garment_color", kind="open"),
        gtype("raincoat"),
        details("jacket", "the hood is up"),
        title="Wildcraft Kids Yellow Solid Rain Jacket",
        category="Rain Jacket",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: boy in a charcoal grey crew sweatshirt with neon orange "HRX" lettering, black joggers, white sneakers,
    # white backdrop. Base BLIP-2 zero-shot.
    case(
        "X687-046",
        caption("a boy wearing a dark grey sweatshirt with orange letters"),
        wearing("a sweatshirt", who="the boy"),
        col("black", "contradiction"),
        details("sweatshirt", "the sweatshirt says hrx"),
        describe("sweatshirt", "what does the sweatshirt look like", "restated"),
        pat("printed"),
        mat("100% organic cotton", "unsupported"),
        title="HRX Boys Charcoal Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Boys",
    ),
]
