"""BLIND_275 (46 products; value retailer's family basics: multipacks, underwear, socks, pyjamas, school wear): written
blind in the forty-second session. Measured blind at d0333cd (the session's rules as they stood): 86/143 failures
found (60.1%) and 17/179 correct texts flagged (9.5%). The writer's notes, verbatim:

Scenario: the feed of a value retailer's family basics: multipack crew neck tees, strappy and cami vests, briefs,
trunks and boxers, socks in packs of five to ten, leggings, pyjamas and nightdresses, school shirts, polos, blouses
and trousers, baby bodysuits and sleepsuits, kids' two- and four-piece sets. Most photos are flat-lays on a white or
light grey surface (a few on a wooden table), showing every piece of the pack; the rest are model shots of one piece
worn with other clothes (jeans, skirts, joggers), some in front of coloured walls, a hedge, a sofa or a bed. Each row
has the seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: every text was written by the untuned base `Salesforce/blip2-opt-2.7b` or by enrich's reference
engine; no adapter was used in this run, so no text carries hit_limit. The base model wrote the caption and the open
questions of the default questionnaire (wearing, description, details, material) and the set's own open count
question ("How many items are in the photo?"); it writes short lowercase texts and stops on its own, so its loops are
short ("black black black black") and its cuts are early stops ("the socks are made of"). The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions of the sets, the trousers' color and the
yes/no "Is this a ...?") are the reference engine's choices from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Count: the question asks what the photo shows, not the pack size. A model shot of one tee from a 3 pack answered
  "1" is correct, and so is "4" for a flat-lay of two pyjama sets (two tops, two bottoms), "2" for a tee worn with
  pants, and "10" for five pairs of socks laid out. A count that matches no reading of the photo is contradiction;
  "a lot" is non_answer.
- Mixed packs: the closed color or pattern question asks one value; a value one piece of the pack has (pink for a
  pack with a pink pair, striped for a pack with one striped tee, multicolor) is correct; a value no piece has is
  contradiction. The color of a print or trim (the green line of a navy check, the grey heel of a white sock) given
  as the garment's color is contradiction.
- Shade words count as correct: blue for navy or light blue, purple for lilac, beige for nude, grey for grey marl,
  black for a black pair in a black/leopard pack. Navy answered black, mustard answered orange, grey marl answered
  white are contradiction.
- The color of a wall, hedge, sofa, table or backdrop given as the garment's color is contradiction; the color of
  another garment in the photo (the jeans, the trousers under a school shirt, the other half of a pyjama set) is
  other_garment_color. Captions and answers that mention the wall or the other garments correctly are correct.
- Garment synonyms count as correct: tank top for a vest or cami, boxer shorts for trunks, panties for briefs,
  onesie or romper for a bodysuit or sleepsuit, pajamas for a sleepsuit, pants for leggings or trousers, bras for
  seamfree crop tops, shorts for woven boxers, nightgown for a nightdress. Briefs or trunks called shorts, school
  trousers called jeans, a thermal top called a sweater, nightdresses called t-shirts, a cami and shorts set called a
  nightgown, vests called towels and socks called gloves are contradiction.
- Materials: one the title names (cotton, lace, jersey) or a plausible guess for a plain basic (cotton for a tee,
  polyester for a school shirt, nylon for seamfree tops) is correct; one the title contradicts (silk for cotton
  trunks, denim for jersey shorts) is contradiction; one neither named nor likely (silk, satin, fleece, wool, lace
  on plain cotton) is unsupported; the other garment's material (denim for a vest worn with denim shorts) is
  contradiction. A color or the garment's name given for the material is restated; "the pajamas are made of the
  material", "the details of the socks", "the set is made of the set" and an empty answer are non_answer.
- Invented things not in the photo (logos, pockets, lace, bows, a belt, a side stripe, a zip on trunks, buttons on a
  zipped sleepsuit, a rocket, a tiger for a lion, a person for a flat-lay, a hat, padded cups) are unsupported.
- "What is the person wearing?" on a flat-lay answered with the garment ("socks", "he is wearing pajamas") is an
  answer; "he" or "she" against the gender column is pronoun.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- A caption or answer mixing the pieces of a pack (the duck of the yellow bodysuit on the white one, the car of the
  grey tee on the red one) is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

count = question("count", "How many items are in the photo?", "open")
color_top = question("color_top", "What is the color of the top?", "closed")
color_bottoms = question("color_bottoms", "What is the color of the bottoms?", "closed")

BLIND_275 = [
    # photo: flat-lay of five boys' short-sleeve crew neck tees fanned out on white: navy, grey marl, white, red,
    # royal blue. No adapter text.
    case(
        "X275-001",
        caption("a set of five t-shirts in different colors"),
        count("3", "contradiction"),
        D.color("multicolor"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        D.details("the t-shirts have a pocket on the chest", "unsupported"),
        D.material("it is made of", "cut"),
        title="Boys 5 Pack Plain Crew Neck T-Shirts",
        category="Kids T-Shirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: flat-lay of three white women's strappy cotton vests stacked, light grey backdrop. No adapter text.
    case(
        "X275-002",
        caption("three white towels on a grey background", "contradiction"),
        count("2", "contradiction"),
        D.color("grey", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        is_a("vest", "yes"),
        title="Women's 3 Pack Cotton Strappy Vests",
        category="Vests",
        color="White",
        gender="Women",
    ),
    # photo: man wearing black stretch trunks, black waistband with white lettering, cropped at the thighs, white
    # wall. No adapter text.
    case(
        "X275-003",
        caption("a man in black underwear standing in front of a white wall"),
        D.wearing("black boxer shorts"),
        count("one"),
        D.color("black"),
        D.material("silk", "contradiction"),
        D.description("a pair of black boxer shorts with white writing on the waistband"),
        D.details("it has a zipper on the front", "unsupported"),
        title="Men's 4 Pack Stretch Cotton Trunks",
        category="Underwear",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of seven pairs of girls' ankle socks on white: pink, lilac, white, mint, yellow, pink-and-white
    # stripe, white with pink hearts. No adapter text.
    case(
        "X275-004",
        caption("a bunch of socks on a white background"),
        D.wearing("socks"),
        count("six", "contradiction"),
        D.color("pink"),
        D.description("pink and white socks with hearts"),
        D.details("the socks have a frilly lace trim", "unsupported"),
        D.material("pink", "restated"),
        title="Girls 7 Pack Ankle Socks",
        category="Socks",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl wearing black leggings with a white long-sleeve tee and white trainers, white backdrop.
    # No adapter text.
    case(
        "X275-005",
        caption("a little girl in a white shirt and black leggings"),
        D.wearing("he is wearing a white shirt and black pants", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("leggings"),
        count("1"),
        D.details("they have a pocket on the side", "unsupported"),
        title="Girls 2 Pack Cotton Rich Leggings Black",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: flat-lay of two pyjama sets: navy long-sleeve top with green dinosaurs and navy/green striped bottoms;
    # grey marl top with a dinosaur and plain grey bottoms. No adapter text.
    case(
        "X275-006",
        caption("two pairs of pajamas with dinosaurs on them"),
        count("4"),
        D.pattern("graphic"),
        color_top("blue"),
        color_bottoms("black", "contradiction"),
        D.description("a set of pajamas with a dinosaur and a rocket ship", "unsupported"),
        D.material("the pajamas are made of the material", "non_answer"),
        title="Boys 2 Pack Dinosaur Pyjamas",
        category="Nightwear",
        color="Navy/Grey",
        gender="Boys",
    ),
    # photo: boy wearing a plain white short-sleeve school polo, grey trousers, black shoes, blue-grey backdrop.
    # No adapter text.
    case(
        "X275-007",
        caption("a young boy in a white shirt and grey pants"),
        D.wearing("a white polo shirt and gray pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the shirt has a school logo on the chest", "unsupported"),
        count("1"),
        title="Boys 3 Pack School Polo Shirts White",
        category="School Uniform",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of five pairs of men's briefs on white: black, navy, grey, white, burgundy. No adapter text.
    case(
        "X275-008",
        caption("a bunch of underwear laid out on a table"),
        count("5"),
        D.garment_type("shorts", "contradiction"),
        D.color("green", "contradiction"),
        D.material("cotton"),
        D.description("five pairs of briefs in different colors"),
        D.details("black black black black", "loop"),
        title="Men's 5 Pack Cotton Briefs",
        category="Underwear",
        color="Multi",
        gender="Men",
    ),
    # photo: woman sitting on a grey sofa in a pink brushed jersey pyjama set: long-sleeve top with the slogan
    # "Sleepy Head", cuffed joggers. No adapter text.
    case(
        "X275-009",
        caption("a woman sitting on a couch wearing pink pajamas"),
        D.wearing("pink pajamas"),
        D.color("grey", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("long sleeves"),
        D.details("the top has the words sleepy head and a", "cut"),
        D.material("silk", "unsupported"),
        count("2"),
        title="Women's Slogan Jersey Pyjama Set Pink",
        category="Nightwear",
        color="Pink",
        gender="Women",
    ),
    # photo: girl wearing grey slim school trousers with side pockets and a white short-sleeve blouse, flat grey
    # backdrop. No adapter text.
    case(
        "X275-010",
        caption("a girl in a white shirt and gray pants"),
        D.wearing("a white shirt and grey trousers"),
        color_of("trousers", "white", "other_garment_color"),
        D.garment_type("pants"),
        D.description("a pair of grey school pants with a belt", "unsupported"),
        is_a("skirt", "yes", "contradiction"),
        D.details("he has grey pants with pockets", "pronoun"),
        title="Girls 2 Pack Slim Fit School Trousers Grey",
        category="School Uniform",
        color="Grey",
        gender="Girls",
    ),
    # photo: flat-lay of three short-sleeve baby bodysuits on white: plain white, yellow with a duck print, grey and
    # white stripe. No adapter text.
    case(
        "X275-011",
        caption("three baby onesies on a white background"),
        count("2", "contradiction"),
        D.garment_type("romper"),
        D.pattern("striped"),
        D.description("a white onesie with a yellow duck on it", "contradiction"),
        D.material("cotton"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Baby 3 Pack Short Sleeve Bodysuits",
        category="Babywear",
        color="Multi",
        gender="Unisex",
    ),
    # photo: man in a grey marl crew neck tee and blue jeans, white studio backdrop. No adapter text.
    case(
        "X275-012",
        caption("a man in a white t-shirt and blue jeans", "contradiction"),
        D.wearing("a gray t-shirt and jeans"),
        D.color("blue", "other_garment_color"),
        D.description("a grey t-shirt with a v-neck", "contradiction"),
        D.material("the t-shirt is made of", "cut"),
        count("1"),
        D.pattern("solid"),
        title="Men's 3 Pack Crew Neck T-Shirts Grey Marl",
        category="T-Shirts",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: flat-lay of two pairs of girls' leggings: brown and black leopard print, plain black. No adapter text.
    case(
        "X275-013",
        caption("two pairs of leggings with leopard print"),
        count("2"),
        D.pattern("animal print"),
        D.color("brown"),
        D.garment_type("pants"),
        D.description("a pair of leopard print leggings with a bow", "unsupported"),
        D.details("the leggings have a leopard print and a leopard print and a leopard print", "loop"),
        title="Girls 2 Pack Leopard Print Leggings",
        category="Leggings",
        color="Brown/Black",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve school shirt with a navy-and-red striped tie and black trousers, white
    # backdrop. No adapter text.
    case(
        "X275-014",
        caption("a boy in a white shirt and tie"),
        D.wearing("a white shirt and a tie Question: what is the boy wearing? Answer: a white shirt", "leak"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a red and blue striped tie"),
        D.pattern("striped", "contradiction"),
        D.material("polyester"),
        title="Boys 2 Pack Long Sleeve Easy Iron School Shirts White",
        category="School Uniform",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of five pairs of white trainer liner socks with grey toes and heels, on white. No adapter text.
    case(
        "X275-015",
        caption("five white socks on a white surface"),
        count("10"),
        D.color("grey", "contradiction"),
        D.description("white socks with a grey heel"),
        is_a("sock", "yes"),
        D.material("socks", "restated"),
        title="Women's 5 Pack Trainer Liner Socks White",
        category="Socks",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of two short pyjama sets: pink tee with a unicorn (gold horn) and pink/white striped shorts;
    # lilac tee with a rainbow and lilac shorts with stars. No adapter text.
    case(
        "X275-016",
        caption("a pair of pink and purple pajamas with unicorns"),
        count("3", "contradiction"),
        color_top("pink"),
        color_bottoms("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the unicorn has a gold horn and wings", "unsupported"),
        D.wearing("he is wearing pajamas", "pronoun"),
        title="Girls 2 Pack Unicorn Short Pyjamas",
        category="Nightwear",
        color="Pink/Lilac",
        gender="Girls",
    ),
    # photo: man in a plain white sleeveless cotton vest and navy joggers, studio backdrop. No adapter text.
    case(
        "X275-017",
        caption("a man in a white tank top and blue pants"),
        D.wearing("a white tank top"),
        D.garment_type("tank top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a white tank top with a pocket", "unsupported"),
        D.material("cotton"),
        title="Men's 3 Pack Cotton Vests White",
        category="Underwear",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a boys' set: yellow tee with a cartoon lion and khaki cotton shorts. No adapter text.
    case(
        "X275-018",
        caption("a yellow shirt and shorts with a lion on it"),
        color_top("yellow"),
        color_bottoms("yellow", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.description("a yellow t-shirt with a tiger on it", "unsupported"),
        count("2"),
        D.material("denim", "unsupported"),
        title="Boys Lion T-Shirt and Shorts Set",
        category="Kids Sets",
        color="Yellow/Khaki",
        gender="Boys",
    ),
    # photo: woman in black high-waisted leggings, a cropped grey sweatshirt and trainers, white brick wall.
    # No adapter text.
    case(
        "X275-019",
        caption("a woman in black leggings standing in front of a brick wall"),
        D.wearing("a gray sweatshirt and black leggings"),
        D.color("white", "contradiction"),
        D.garment_type("leggings"),
        D.details("the leggings have a white stripe down the side", "unsupported"),
        D.description("he is wearing black leggings", "pronoun"),
        count("1"),
        title="Women's 2 Pack High Waisted Leggings Black",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of five pairs of boys' trunks, front view only, each printed with dinosaurs on green, blue,
    # orange, grey and navy grounds. No adapter text.
    case(
        "X275-020",
        caption("five pairs of boys underwear with dinosaurs"),
        count("five"),
        D.garment_type("shorts", "contradiction"),
        D.pattern("graphic"),
        D.color("multicolor"),
        D.description("dinosaur underwear Question: what color is the underwear? Answer: blue", "leak"),
        D.details("the underwear has a dinosaur on the front and a dinosaur on the back", "unsupported"),
        title="Boys 5 Pack Dinosaur Trunks",
        category="Underwear",
        color="Multi",
        gender="Boys",
    ),
    # photo: flat-lay of three pairs of plain cotton high-leg briefs: black, nude, white, on white. No adapter text.
    case(
        "X275-021",
        caption("three pairs of panties on a white background"),
        count("3"),
        D.color("beige"),
        D.garment_type("shorts", "contradiction"),
        D.material("lace", "unsupported"),
        D.details("", "non_answer"),
        title="Women's 3 Pack Cotton High Leg Briefs",
        category="Lingerie",
        color="Black/Nude/White",
        gender="Women",
    ),
    # photo: boy in a navy long-sleeve jersey pyjama top with rockets and planets and grey cuffed bottoms, standing
    # in front of a blue bedroom wall. No adapter text.
    case(
        "X275-022",
        caption("a little boy in pajamas standing in front of a blue wall"),
        D.wearing("she is wearing a blue pajama shirt and grey pants", "pronoun"),
        D.color("blue"),
        color_bottoms("blue", "other_garment_color"),
        D.pattern("graphic"),
        D.details("the shirt has rockets and planets on it"),
        D.material("fleece", "unsupported"),
        title="Boys Space Print Pyjamas",
        category="Nightwear",
        color="Navy",
        gender="Boys",
    ),
    # photo: two white short-sleeve school blouses with rounded collars laid on a wooden table. No adapter text.
    case(
        "X275-023",
        caption("two white shirts with collars on a wooden table"),
        count("2"),
        D.color("brown", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.garment_type("shirt"),
        D.details("the shirts have a rounded collar and buttons down the front"),
        D.material("white", "restated"),
        title="Girls 2 Pack Short Sleeve School Blouses White",
        category="School Uniform",
        color="White",
        gender="Girls",
    ),
    # photo: man in navy-and-green tartan lounge pants with drawstring and side pockets, plain navy tee, studio.
    # No adapter text.
    case(
        "X275-024",
        caption("a man in a blue shirt and plaid pants"),
        D.wearing("she is wearing plaid pajama pants", "pronoun"),
        D.pattern("plaid"),
        D.garment_type("pants"),
        D.color("green", "contradiction"),
        D.description("a pair of plaid pajama pants with a drawstring and pockets"),
        D.details("the pants have a zipper fly and a belt", "unsupported"),
        title="Men's Check Lounge Pants Navy",
        category="Nightwear",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of seven pairs of black sports socks with grey heels and toes, in a fanned pile on white.
    # No adapter text.
    case(
        "X275-025",
        caption("a pile of black gloves", "contradiction"),
        count("3", "contradiction"),
        D.color("black"),
        is_a("sock", "yes"),
        D.description("black socks with a nike logo", "unsupported"),
        D.material("black socks", "restated"),
        D.details("the details of the socks", "non_answer"),
        title="Boys 7 Pack Sports Socks Black",
        category="Socks",
        color="Black",
        gender="Boys",
    ),
    # photo: woman in a plain white crew neck tee tucked into blue jeans, in front of a pink wall. No adapter text.
    case(
        "X275-026",
        caption("a woman in a white t-shirt standing in front of a pink wall"),
        D.wearing("a white t-shirt and jeans"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a white t-shirt tucked into blue jeans"),
        D.details("it has a small black logo on the chest", "unsupported"),
        D.material("white", "restated"),
        title="Women's 2 Pack Crew Neck T-Shirts White",
        category="T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of two zip-front baby sleepsuits: white with grey stars, grey with white stars. The feed row
    # has no gender. No adapter text.
    case(
        "X275-027",
        caption("two baby onesies with stars on them"),
        count("2"),
        D.pattern("printed"),
        D.color("grey"),
        D.garment_type("dress", "contradiction"),
        D.details("the onesies have buttons down the front", "unsupported"),
        D.description(
            "a white and gray baby onesie with stars Question: what is the baby wearing? Answer: a onesie", "leak"
        ),
        title="Baby 2 Pack Star Sleepsuits",
        category="Babywear",
        color="Grey/White",
    ),
    # photo: boy in black school trousers with side pockets and a white polo, in front of a green wall.
    # No adapter text.
    case(
        "X275-028",
        caption("a boy standing in front of a green wall"),
        D.wearing("a white shirt and black pants"),
        color_of("trousers", "green", "contradiction"),
        D.garment_type("jeans", "contradiction"),
        D.details("she has black pants with pockets on the side", "pronoun"),
        D.material("cotton"),
        title="Boys 2 Pack Regular Fit School Trousers Black",
        category="School Uniform",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay of three girls' cami vests with lace trim at the neck and a small bow at the front: white,
    # pink, lilac. No adapter text.
    case(
        "X275-029",
        caption("three tank tops on a white background"),
        count("3"),
        D.details("the tank tops have lace trim at the neck"),
        D.color("purple"),
        D.material("lace"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("three tank tops in pink, purple and white with little bows"),
        D.wearing("a girl wearing a pink tank top", "unsupported"),
        title="Girls 3 Pack Lace Trim Cami Vests",
        category="Underwear",
        color="Multi",
        gender="Girls",
    ),
    # photo: flat-lay of two grey long-sleeve thermal tops with a waffle texture, on white. No adapter text.
    case(
        "X275-030",
        caption("two gray long sleeved shirts"),
        count("2"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.material("wool", "unsupported"),
        D.garment_type("sweater", "contradiction"),
        title="Men's 2 Pack Long Sleeve Thermal Tops Grey",
        category="Thermals",
        color="Grey",
        gender="Men",
    ),
    # photo: girl in a lilac sweatshirt with a rainbow on the front and grey leggings, yellow wall. No adapter text.
    case(
        "X275-031",
        caption("a little girl in a purple sweatshirt and gray leggings"),
        D.wearing("a purple sweater and grey pants"),
        color_top("yellow", "contradiction"),
        color_bottoms("purple", "other_garment_color"),
        D.details("the sweatshirt has a rainbow on the front"),
        D.description("he is wearing a purple sweatshirt with a rainbow", "pronoun"),
        count("2"),
        title="Girls Rainbow Sweatshirt and Leggings Set",
        category="Kids Sets",
        color="Lilac/Grey",
        gender="Girls",
    ),
    # photo: flat-lay of ten pairs of men's socks fanned out on white: navy, grey and black. No adapter text.
    case(
        "X275-032",
        caption("a bunch of socks in different colors"),
        count("a lot", "non_answer"),
        D.color("blue"),
        D.description("socks in different shades of blue and grey and black"),
        D.material("the socks are made of", "cut"),
        is_a("shoe", "no"),
        D.details("they are socks", "non_answer"),
        title="Men's 10 Pack Cotton Rich Socks",
        category="Socks",
        color="Navy/Grey/Black",
        gender="Men",
    ),
    # photo: woman in a black ribbed strappy vest and light-blue denim shorts, white studio backdrop.
    # No adapter text.
    case(
        "X275-033",
        caption("a woman in a black tank top and denim shorts"),
        D.wearing("a black tank top and shorts"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("denim", "contradiction"),
        D.details("the tank top has thin straps and a ribbed texture"),
        title="Women's 2 Pack Ribbed Strappy Vests Black",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of two light-blue short-sleeve school shirts with a chest pocket, on white. No adapter text.
    case(
        "X275-034",
        caption("two blue shirts on a white background"),
        count("4", "contradiction"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the shirts have a pocket on the left chest"),
        D.description("a blue shirt with a collar and buttons and a tie", "unsupported"),
        D.material("blue shirt", "restated"),
        title="Boys 2 Pack Short Sleeve School Shirts Blue",
        category="School Uniform",
        color="Blue",
        gender="Boys",
    ),
    # photo: man sitting on a bed with grey sheets in a navy jersey pyjama set: long-sleeve top with white piping at
    # the collar and cuffs, matching bottoms. No adapter text.
    case(
        "X275-035",
        caption("a man in blue pajamas sitting on a bed"),
        D.wearing("she is wearing blue pajamas", "pronoun"),
        D.color("black", "contradiction"),
        D.details("the pajamas have white piping on the collar and cuffs"),
        D.sleeve_length("long sleeves"),
        D.material("satin", "unsupported"),
        count("2"),
        title="Men's Piped Jersey Pyjama Set Navy",
        category="Nightwear",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of three pairs of footless baby leggings: grey, navy and white stripe, mustard. No adapter text.
    case(
        "X275-036",
        caption("three pairs of baby pants"),
        count("3"),
        D.color("orange", "contradiction"),
        D.pattern("striped"),
        D.garment_type("leggings"),
        D.description("grey and blue striped pants Question: what is the color of the pants? Answer: grey", "leak"),
        D.details("the pants have feet", "unsupported"),
        title="Baby 3 Pack Leggings",
        category="Babywear",
        color="Grey/Navy/Mustard",
        gender="Unisex",
    ),
    # photo: girl in a red three-button school polo and a grey pleated skirt, white wall. No adapter text.
    case(
        "X275-037",
        caption("a young girl in a red shirt and gray skirt"),
        D.wearing("a red polo shirt and a grey skirt"),
        D.color("grey", "other_garment_color"),
        D.garment_type("polo shirt"),
        is_a("dress", "yes", "contradiction"),
        D.details("the shirt has three buttons and a collar"),
        count("3", "contradiction"),
        D.description("he is wearing a red shirt", "pronoun"),
        title="Girls 2 Pack School Polo Shirts Red",
        category="School Uniform",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of three seamfree crop tops with fixed wide straps and no padding: black, white, nude.
    # No adapter text.
    case(
        "X275-038",
        caption("three bras on a white background"),
        count("two", "contradiction"),
        D.garment_type("tank top"),
        D.color("black"),
        D.material("nylon"),
        D.details("they have padded cups and adjustable straps", "unsupported"),
        D.description("three bras in black, white and beige black, white and beige black", "loop"),
        title="Women's 3 Pack Seamfree Crop Tops",
        category="Lingerie",
        color="Black/White/Nude",
        gender="Women",
    ),
    # photo: flat-lay of a four-piece set: blue tee, white tee with a surf graphic, navy shorts, grey shorts.
    # No adapter text.
    case(
        "X275-039",
        caption("a set of four shirts and shorts"),
        count("4"),
        color_top("blue"),
        color_bottoms("blue", "other_garment_color"),
        D.description("two shirts and two pairs of shorts"),
        D.details("the shirts have a surfing print on them"),
        D.material("the set is made of the set", "non_answer"),
        D.wearing("a boy wearing a blue shirt and shorts", "unsupported"),
        title="Boys 4 Piece T-Shirt and Shorts Set",
        category="Kids Sets",
        color="Blue/White/Navy/Grey",
        gender="Boys",
    ),
    # photo: woman sitting on a bed with white sheets in a white cami with pink flowers, lace trim and thin straps,
    # and matching shorts. No adapter text.
    case(
        "X275-040",
        caption("a woman in a floral pajama set sitting on a bed"),
        D.wearing("a floral nightgown", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("the top has thin straps"),
        count("2"),
        title="Women's Floral Cami Pyjama Set",
        category="Nightwear",
        color="White/Pink",
        gender="Women",
    ),
    # photo: flat-lay of three boys' long-sleeve tees: navy and white stripe, plain red, grey with a car graphic.
    # No adapter text.
    case(
        "X275-041",
        caption("a set of three long sleeve shirts"),
        count("3"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.pattern("striped"),
        D.color("green", "contradiction"),
        D.description("a red shirt with a car on it", "contradiction"),
        D.details("the shirts have a car on the front and a pocket", "unsupported"),
        title="Boys 3 Pack Long Sleeve T-Shirts",
        category="Kids T-Shirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: flat-lay of two pairs of men's jersey lounge shorts with drawstrings and side pockets: grey, navy.
    # No adapter text.
    case(
        "X275-042",
        caption("two pairs of shorts on a white background"),
        count("1", "contradiction"),
        D.color("gray"),
        D.garment_type("shorts"),
        D.details("the shorts have a drawstring waist and side pockets"),
        D.material("denim", "contradiction"),
        D.description(
            "a pair of gray shorts with a white stripe Question: what is the color of the shorts? Answer: gray", "leak"
        ),
        title="Men's 2 Pack Jersey Shorts",
        category="Loungewear",
        color="Grey/Navy",
        gender="Men",
    ),
    # photo: girl in a pink long-sleeve top with a unicorn graphic and blue jeans, in front of a green hedge.
    # No adapter text.
    case(
        "X275-043",
        caption("a little girl standing in front of a hedge"),
        D.wearing("a pink shirt and jeans and a pink hat", "unsupported"),
        D.color("green", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a unicorn on it and the unicorn has", "cut"),
        count("1"),
        D.material("cotton"),
        title="Girls 3 Pack Long Sleeve Tops",
        category="Tops",
        color="Pink/White/Lilac",
        gender="Girls",
    ),
    # photo: flat-lay of three pairs of woven button-fly boxers: blue check, plain navy, blue and white stripe.
    # The feed row has no category. No adapter text.
    case(
        "X275-044",
        caption("three pairs of boxer shorts on a white background"),
        count("2", "contradiction"),
        D.pattern("plaid"),
        D.garment_type("shorts"),
        D.material("", "non_answer"),
        D.details("the shorts have buttons on the front"),
        D.description("blue blue blue blue blue", "loop"),
        title="Men's 3 Pack Woven Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a red tee with a football print and navy shorts, white studio backdrop. No adapter text.
    case(
        "X275-045",
        caption("a young boy in a red shirt and blue shorts"),
        D.wearing("a red shirt and blue shorts"),
        color_top("red"),
        color_bottoms("red", "other_garment_color"),
        D.details("the shirt has a soccer ball on it"),
        D.material("pajamas", "restated"),
        D.description("the pajamas are red and", "cut"),
        is_a("pajama set", "no", "contradiction"),
        title="Boys 2 Pack Football Short Pyjamas",
        category="Nightwear",
        color="Red/Navy",
        gender="Boys",
    ),
    # photo: flat-lay of two knee-length short-sleeve jersey nightdresses: grey with white stars, plain pink.
    # The feed row has no color. No adapter text.
    case(
        "X275-046",
        caption("two t-shirts on a white background", "contradiction"),
        count("2"),
        D.garment_type("dress"),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        D.description("a grey nightgown with white stars and a pink nightgown"),
        D.details("the nightgowns have a bow on the neckline and a pocket", "unsupported"),
        title="Women's 2 Pack Jersey Nightdresses",
        category="Nightwear",
        gender="Women",
    ),
]
