"""BLIND_248 (46 products; baby and toddler wear: bodysuits, sleepsuits, dungarees, sets, dresses, knits, hats, bibs):
written blind in the forty-first session. Measured blind at bd8551b (the session's rules as they stood): 78/115
failures found (67.8%) and 14/147 correct texts flagged (9.5%). The writer's notes, verbatim:

Scenario: a Carter's- or Mothercare-like English catalog feed for babies and toddlers (0-3 years): bodysuits and
sleepsuits (single and multipacks), dungarees and pinafores worn over tees and bodysuits, two- and three-piece sets,
dresses, cardigans and jumpers, pramsuits, hats and bibs. Photos are flat-lays on white, wood or pink backdrops, or
baby models sitting on blankets, sofas and rugs, lying in cots and baskets, with soft toys, balloons, a Christmas
tree or painted walls around them. Each row has the seller's title, category, color and gender; a few rows miss the
gender (unisex items), and multipacks carry the color "Multi".

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a baby
girl sitting on a white blanket wearing a pink onesie") or the caption-only LoRA adapter of the original experiments
(the DeepFashion template, "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton
fabric ..."; it knows no babies, so a baby is "the lady", "the gentleman" or "the person"). The adapter was trained
with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers)
and carries hit_limit=True; asked a question, it returns the caption template. The open questions (wearing,
description, details, material) come from the base model unless the comment says the adapter answered them; the
base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions, the pack count and the yes/no "Is this a ...?") are enrich's
`--engine reference` closed answers, chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Garment synonyms count as correct: onesie for a bodysuit or an all-in-one, pajamas, sleeper or onesie for a
  sleepsuit, overalls for dungarees, romper for dungarees or a sleepsuit (the adapter's word), sweater for a cardigan
  or a jumper, bear costume for a pramsuit with bear ears, pants for leggings, tutu for a tulle-skirted dress, shirt
  for the tee or top of a set. Calling a bodysuit a "T-shirt", "shirt" or "tank top" where the product is the
  bodysuit (seller category Bodysuits) is a contradiction; in a set, the adapter's "T-shirt" for the set's top piece
  is not. Dungarees as "pants", a bib as a "tank top" or "scarf", a playsuit as a dress are contradictions.
- Shade words count as correct: blue for navy, white for ivory or cream, yellow for mustard, orange for rust, green for
  sage or olive, purple for lilac, grey for marl, tan for beige, pink for dusty pink, and pink or orange for coral.
  Brown for rust (an orange-brown) is taken as correct. Pink for lilac is a contradiction.
- Multipacks (seller color Multi or two colors): a color one of the pieces has is correct; a count other than the
  title's is a contradiction.
- The color of the print (grey stars on white, red hearts on pink, white whales on blue, pink flowers on cream
  leggings), of the wall, sofa, blanket or baubles, given as the garment's color is a contradiction. The color of
  another garment in the photo (the tee under the dungarees, the dress under the cardigan, the adult's jumper, the
  shirt's color given to the trousers) is other_garment_color.
- A pattern or sleeve length that belongs to the garment worn under the product (long sleeves of the top under a
  pinafore, stripes of the top under a denim pinafore) is a contradiction, as is cable knit answered "striped".
- Invented items or details (a hood, a bow on the back of a front-view photo, a bow tie, pearls, a pom-pom, a
  matching skirt, a red bow) are unsupported; a material other than the one the title names (wool for a cotton knit,
  straw for a cotton hat) is unsupported. A plausible "cotton" on a jersey or knit whose title names no fiber is
  correct.
- One color repeated for every piece (the base model's habit): where the repeated color is the other piece's
  own ("a pink dress and a pink cardigan" for an ivory cardigan, "red pants" under a red shirt) it is
  other_garment_color; where no piece has it ("a blue shirt" for a white and red striped tee, "blue shorts" from
  the toy truck, "a purple skirt" for leggings) it is a contradiction.
- A description answered with only the garment's name ("they are leggings") is non_answer; a material answered
  with the product's name ("two bibs") is restated. Details the front-view photo cannot show (a tail, a bow on the
  back) are unsupported.
- Adapter texts: a text that repeats a sentence of the template is a loop; one that stops mid-sentence without
  repeating is cut; a template returned for the material question is restated. Where the template misnames the
  product's garment itself, the misnaming is what the auditor sees first: contradiction, hit_limit kept. The template
  answering the details question does answer it, so it is cut or loop, not restated.
- A base answer cut short by an early stop ("it is made of") is cut, without hit_limit. An empty answer, "the details
  of the pajamas", "the dress has details" and "it is made of fabric" are non_answer; a material question answered
  with the garment's name and color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she", "he", "baby girl" or "boy" against the row's gender is pronoun; the adapter's "the lady" or "the gentleman"
  inside a cut or looping template is not labelled apart (one kind per text).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_hat = question("color_hat", "What is the color of the hat?", "closed")
pack_count = question("pack_count", "How many items are in the pack?", "closed")

BLIND_248 = [
    # photo: baby girl sitting on a white fluffy blanket in a pale pink short-sleeve bodysuit with a grey bunny print on
    # the chest, bare legs, white studio wall, front view.
    # adapter: none
    case(
        "X248-001",
        caption("a baby boy sitting on a white blanket wearing a pink onesie", "pronoun"),
        D.wearing("a pink onesie with a bunny on it"),
        D.color("pink"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Baby Girls Bunny Print Short Sleeve Cotton Bodysuit",
        category="Bodysuits",
        color="Pale Pink",
        gender="Girls",
    ),
    # photo: flat-lay on white of three long-sleeve bodysuits: white with a blue car print, plain light blue, grey and
    # white stripes.
    # caption: adapter
    case(
        "X248-002",
        caption(
            "The gentleman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve T-shirt with striped patterns. The T-shirt is "
            "with cotton",
            "contradiction",
            hit_limit=True,
        ),
        pack_count("3"),
        D.color("white"),
        D.description("three baby onesies with matching hats", "unsupported"),
        D.material("cotton"),
        title="Baby Boys 3-Pack Long Sleeve Bodysuits",
        category="Bodysuits",
        color="Multi",
        gender="Boys",
    ),
    # photo: flat-lay on a light wood floor of a white footed zip sleepsuit with small grey stars all over.
    # adapter: none
    case(
        "X248-003",
        caption("a white baby pajama with stars on it laying on a wooden floor"),
        D.description("a white sleeper with grey stars and a zipper"),
        D.color("grey", "contradiction"),
        D.details(
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The person",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Unisex Baby Star Print Cotton Zip Sleepsuit",
        category="Sleepsuits",
        color="White",
    ),
    # photo: toddler boy standing against a light grey wall in navy denim dungarees over a white and red striped
    # long-sleeve tee, white sneakers, full length, front view.
    # adapter: none
    case(
        "X248-004",
        caption("a little boy in overalls standing in front of a wall"),
        D.wearing("a blue shirt and blue overalls", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants", "contradiction"),
        D.details("it has two pockets on the front and buttons on the straps"),
        D.material("denim"),
        title="Toddler Boys Navy Denim Dungarees",
        category="Dungarees",
        color="Navy",
        gender="Boys",
    ),
    # photo: toddler girl sitting on a beige rug with potted plants behind, mustard corduroy pinafore dress with two
    # buttons on the straps, worn over a white long-sleeve top with a frilled collar.
    # caption: adapter
    case(
        "X248-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.wearing("a yellow dress and a white shirt"),
        D.description("a yellow pinafore dress with two buttons and a heart pocket", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("corduroy"),
        title="Girls Mustard Corduroy Pinafore Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: baby girl sitting on a grey sofa in an ivory chunky-knit cardigan with pearl buttons, open over a pink
    # floral dress, white tights.
    # adapter: none
    case(
        "X248-006",
        caption("a baby girl sitting on a couch in a white sweater"),
        D.wearing("a pink dress and a pink cardigan", "other_garment_color"),
        D.color("pink", "other_garment_color"),
        D.details("it has pearl buttons and a hood", "unsupported"),
        D.material("knit"),
        title="Baby Girls Chunky Knit Cardigan",
        category="Cardigans",
        color="Ivory",
        gender="Girls",
    ),
    # photo: toddler boy on a white backdrop holding a blue toy truck, sage green short-sleeve tee with a dinosaur
    # graphic and matching sage shorts.
    # adapter: none
    case(
        "X248-007",
        caption("a little boy in a green shirt and shorts holding a toy truck"),
        D.wearing("a green t - shirt with a dinosaur on it and blue shorts", "contradiction"),
        color_top("green"),
        color_shorts("blue", "contradiction"),
        D.details("there is a dinosaur on the shirt"),
        D.material("a green shirt and shorts", "restated"),
        title="Baby Boys Dinosaur Tee and Shorts Set",
        category="Sets",
        color="Sage Green",
        gender="Boys",
    ),
    # photo: flat-lay on white of a pink knitted bobble hat with a pink pom-pom, turned-up brim.
    # adapter: none
    case(
        "X248-008",
        caption("a pink knitted hat with a pom pom"),
        D.garment_type("hat"),
        D.color("pink"),
        D.description("a pink knit hat with a white pom pom on top", "contradiction"),
        D.material("it is made of", "cut"),
        is_a("hat", "yes"),
        title="Baby Girls Knitted Bobble Hat",
        category="Hats",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay on white of three white terry bibs with grey, mint and yellow piped edges, popper closures.
    # caption: adapter
    case(
        "X248-009",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The person wears a sleeveless tank top with pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("bib"),
        pack_count("3"),
        D.description("three white bibs with", "cut"),
        is_a("scarf", "no"),
        title="Baby 3-Pack Terry Bibs",
        category="Bibs",
        color="Multi",
        gender="Unisex",
    ),
    # photo: toddler girl standing on grass in a garden, green hedge behind, red short-sleeve dress with small white
    # flowers, front view.
    # adapter: none
    case(
        "X248-010",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red dress with white flowers"),
        D.color("red"),
        D.pattern("floral"),
        D.details("the dress has a bow on the back and a zipper", "unsupported"),
        D.material("cotton"),
        title="Toddler Girls Ditsy Floral Cotton Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: baby boy asleep on a white sheet next to a grey elephant soft toy, blue and white striped long-sleeve
    # footed sleepsuit with poppers.
    # adapter: none
    case(
        "X248-011",
        caption("a baby girl sleeping on a bed next to a stuffed elephant", "pronoun"),
        D.wearing("a striped pajamas"),
        D.color("blue"),
        D.pattern("striped"),
        D.description("a blue and white striped sleeper"),
        D.details("the details of the pajamas", "non_answer"),
        title="Baby Boys Striped Sleepsuit",
        category="Sleepsuits",
        color="Blue",
        gender="Boys",
    ),
    # photo: toddler girl in front of a white wall with pink and gold balloons, sleeveless lilac tutu dress, jersey
    # bodice with a silver sequinned star, layered tulle skirt.
    # caption: adapter
    case(
        "X248-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        D.wearing("a purple tutu"),
        D.details("a silver star on the front and a tulle skirt"),
        D.description("a pink dress with a tutu", "contradiction"),
        D.material("silk", "unsupported"),
        title="Girls Lilac Star Tutu Party Dress",
        category="Dresses",
        color="Lilac",
        gender="Girls",
    ),
    # photo: toddler boy standing on white in a grey marl hoodie (hood down, kangaroo pocket) and matching grey
    # joggers, white sneakers.
    # adapter: none
    case(
        "X248-013",
        caption("a little boy in a gray sweatsuit"),
        D.wearing("a grey hoodie and grey sweatpants"),
        color_pants("black", "contradiction"),
        D.details("it has a hood and a pocket in the front"),
        D.material("a grey hoodie and pants", "restated"),
        title="Toddler Boys Marl Fleece Hoodie and Joggers Set",
        category="Sets",
        color="Grey Marl",
        gender="Boys",
    ),
    # photo: baby lying on a grey sofa in a yellow long-sleeve sleepsuit with a white duck print, a knitted toy beside.
    # adapter: none
    case(
        "X248-014",
        caption("a baby laying on a couch in a yellow onesie"),
        D.wearing("a yellow and white pajama"),
        D.color("grey", "contradiction"),
        D.details(
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. The "
            "person wears a long-sleeve romper with graphic",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a yellow onesie with ducks on it Question: What is the color of the onesie? Answer: yellow", "leak"
        ),
        title="Baby Duck Print Sleepsuit",
        category="Sleepsuits",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: flat-lay on a pale pink background of a white long-sleeve broderie anglaise bodysuit with a frilled collar.
    # caption: adapter
    case(
        "X248-015",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The person wears a long-sleeve shirt with pure color patterns. The shirt is",
            "contradiction",
            hit_limit=True,
        ),
        D.color("white"),
        D.description("a white baby bodysuit with a ruffled collar and pink buttons", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Baby Girls Broderie Frill Collar Bodysuit",
        category="Bodysuits",
        color="White",
        gender="Girls",
    ),
    # photo: toddler boy sitting on a wooden bench against a white wall, red and navy checked long-sleeve shirt and
    # navy chinos, brown boots.
    # adapter: none
    case(
        "X248-016",
        caption("a little boy sitting on a bench wearing a plaid shirt"),
        D.wearing("a red plaid shirt and red pants", "other_garment_color"),
        color_top("red"),
        color_pants("red", "other_garment_color"),
        D.pattern("checked"),
        D.details("the shirt has a pocket on the chest and a bow tie", "unsupported"),
        title="Toddler Boys Check Shirt and Chinos Set",
        category="Sets",
        color="Red/Navy",
        gender="Boys",
    ),
    # photo: baby girl sitting on a white rug with wooden toys, dusty pink corduroy dungarees over a white long-sleeve
    # bodysuit with a frilled collar.
    # caption and details: adapter
    case(
        "X248-017",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long-sleeve shirt with pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink overalls and a white shirt"),
        D.color("white", "other_garment_color"),
        D.details(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "suspenders",
            "restated",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Baby Girls Dusty Pink Cord Dungarees",
        category="Dungarees",
        color="Dusty Pink",
        gender="Girls",
    ),
    # photo: baby boy sitting in a white cot with grey bedding, navy cotton cardigan with wooden buttons over a white
    # bodysuit.
    # adapter: none
    case(
        "X248-018",
        caption("a baby boy in a crib wearing a blue sweater"),
        D.wearing("she is wearing a blue sweater and a white shirt", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("cardigan"),
        D.details("it has buttons on the front"),
        D.material("cotton"),
        title="Baby Boys Navy Cotton Cardigan",
        category="Cardigans",
        color="Navy",
        gender="Boys",
    ),
    # photo: flat-lay on white of two long-sleeve footed sleepsuits: one pink with white hearts, one white with pink
    # stripes.
    # adapter: none
    case(
        "X248-019",
        caption("two baby pajamas on a white background"),
        pack_count("2"),
        D.color("pink"),
        D.pattern("floral", "contradiction"),
        D.description("two pink and white baby onesies Question: How many onesies are there? Answer: two", "leak"),
        title="Baby Girls 2-Pack Hearts and Stripes Sleepsuits",
        category="Sleepsuits",
        color="Pink/White",
        gender="Girls",
    ),
    # photo: baby boy sitting on a sand-colored rug in a light blue short-sleeve shortie romper with a palm tree print,
    # popper legs.
    # caption and material: adapter
    case(
        "X248-020",
        caption(
            "The gentleman wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric. It has "
            "a round neckline. The gentleman wears a short-sleeve romper with graphic patterns. The romper",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue romper with palm trees"),
        D.color("blue"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("palm trees"),
        D.material(
            "The gentleman wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric. It "
            "has a round neckline",
            "restated",
            hit_limit=True,
        ),
        title="Baby Boys Palm Print Shortie Romper",
        category="Rompers",
        color="Light Blue",
        gender="Boys",
    ),
    # photo: baby sitting outdoors in soft sunlight wearing a beige cotton bucket sun hat with a chin strap and a
    # plain white tee.
    # adapter: none
    case(
        "X248-021",
        caption("a baby wearing a hat and a white shirt sitting in the sun"),
        D.garment_type("hat"),
        D.color("white", "other_garment_color"),
        D.description("a tan hat with a strap under the chin"),
        D.wearing("a hat and a pair of sunglasses", "unsupported"),
        D.material("straw", "unsupported"),
        title="Baby Cotton Bucket Sun Hat",
        category="Hats",
        color="Beige",
    ),
    # photo: toddler girl in front of a Christmas tree with red baubles, emerald green velvet long-sleeve party dress
    # with a white lace Peter Pan collar.
    # adapter: none
    case(
        "X248-022",
        caption("a little girl in a green dress standing in front of a christmas tree"),
        D.wearing("a green velvet dress"),
        D.color("red", "contradiction"),
        D.details("it has a white collar Question: What is the color of the collar? Answer: white", "leak"),
        D.description("a green dress with a red bow", "unsupported"),
        D.material("velvet"),
        title="Toddler Girls Velvet Party Dress with Lace Collar",
        category="Dresses",
        color="Emerald Green",
        gender="Girls",
    ),
    # photo: baby boy sitting on white in a rust cable-knit crew-neck jumper and beige trousers.
    # caption: adapter
    case(
        "X248-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.garment_type("sweater"),
        D.wearing("a brown sweater and khaki pants"),
        D.pattern("striped", "contradiction"),
        D.material("wool", "unsupported"),
        title="Baby Boys Cotton Cable Knit Jumper",
        category="Jumpers & Cardigans",
        color="Rust",
        gender="Boys",
    ),
    # photo: toddler girl standing on white, purple long-sleeve tunic top with a butterfly print and purple and white
    # striped leggings.
    # adapter: none
    case(
        "X248-024",
        caption("a little girl in a purple shirt and striped leggings"),
        color_top("purple"),
        color_leggings("purple"),
        D.wearing("a purple shirt and a purple skirt", "contradiction"),
        D.details("the details of the set", "non_answer"),
        D.material("cotton"),
        title="Toddler Girls Butterfly Tunic and Leggings Set",
        category="Sets",
        color="Purple",
        gender="Girls",
    ),
    # photo: toddler boy standing in front of a blue painted door, light blue denim dungaree shorts over a yellow
    # short-sleeve tee.
    # adapter: none
    case(
        "X248-025",
        caption("a little boy standing in front of a blue door"),
        D.wearing("a yellow shirt and blue jean shorts"),
        D.color("yellow", "other_garment_color"),
        D.description("a pair of blue overalls with shorts"),
        D.details("it has a pocket on the front and buttons on the side"),
        D.material("denim Question: What is the material of the shirt? Answer: cotton", "leak"),
        title="Toddler Boys Denim Dungaree Shorts",
        category="Dungarees",
        color="Light Blue",
        gender="Boys",
    ),
    # photo: flat-lay on a beige knit blanket of a cream knitted long-sleeve all-in-one with pom-pom buttons.
    # caption and details: adapter
    case(
        "X248-026",
        caption(
            "The person wears a long-sleeve romper with pure color patterns. The romper is with knitting fabric. It "
            "has a round neckline. The person wears a long-sleeve romper with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.description("a white knitted baby onesie with buttons"),
        D.material("knitted"),
        D.details(
            "The person wears a long-sleeve romper with pure color patterns. The romper is with knitting fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        title="Baby Knitted Pom Pom All-in-One",
        category="All-in-ones",
        color="Cream",
    ),
    # photo: flat-lay on a light wood floor of a black short puff-sleeve dress with white polka dots, a pair of red
    # shoes placed beside it.
    # adapter: none
    case(
        "X248-027",
        caption("a black and white polka dot dress and a pair of red shoes"),
        D.color("black"),
        D.pattern("polka dot"),
        D.description("a black and white dress with red shoes"),
        D.details("it has a red bow on the collar", "unsupported"),
        D.material("a black and white dress", "restated"),
        title="Girls Polka Dot Puff Sleeve Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: baby boy lying on a white sheet in a blue sleeveless bodysuit with a white whale print.
    # adapter: none
    case(
        "X248-028",
        caption("a baby laying on a bed wearing a blue onesie with whales"),
        D.wearing("a blue onesie"),
        D.garment_type("tank top", "contradiction"),
        D.pattern("graphic"),
        D.color("white", "contradiction"),
        D.details("it has whales and an octopus on it", "unsupported"),
        title="Baby Boys Whale Print Sleeveless Bodysuit",
        category="Bodysuits",
        color="Blue",
        gender="Boys",
    ),
    # photo: baby girl sitting on a white rug in a pink sleeveless bodysuit with frilled shoulders, pink bow headband.
    # adapter: none
    case(
        "X248-029",
        caption("a baby girl in a pink onesie with a headband"),
        D.wearing("he is wearing a pink onesie and a headband", "pronoun"),
        D.color("pink"),
        D.details("it has ruffles on the shoulders"),
        D.description("a pink bodysuit with ruffles and a matching skirt", "unsupported"),
        D.material("", "non_answer"),
        title="Baby Girls Frill Shoulder Bodysuit",
        category="Bodysuits",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby boy held by an adult in a grey jumper (only arms and torso shown), brown fleece pramsuit with bear
    # ears on the hood, zip front, grey backdrop.
    # adapter: none
    case(
        "X248-030",
        caption("a person holding a baby in a bear costume"),
        D.wearing("a brown bear costume with a tail", "unsupported"),
        D.color("grey", "other_garment_color"),
        D.details("it has ears on the hood"),
        D.material("fleece"),
        is_a("jacket", "no"),
        title="Baby Boys Bear Ears Fleece Pramsuit",
        category="Pramsuits",
        color="Brown",
        gender="Boys",
    ),
    # photo: flat-lay on white of two bandana bibs: one plain grey marl, one mustard with small white stars.
    # adapter: none
    case(
        "X248-031",
        caption("two bandana bibs on a white background"),
        D.garment_type("scarf", "contradiction"),
        D.color("yellow"),
        pack_count("2"),
        D.description("two bibs, one grey and one yellow with stars"),
        D.material("two bibs", "restated"),
        title="Baby 2-Pack Bandana Bibs",
        category="Bibs",
        color="Grey/Mustard",
        gender="Unisex",
    ),
    # photo: flat-lay on white of a pink long-sleeve button-front cardigan with a small red heart print.
    # caption: adapter
    case(
        "X248-032",
        caption(
            "The lady wears a long-sleeve cardigan with graphic patterns. The cardigan is with cotton fabric. It has "
            "a V-shape neckline. The lady wears a long-sleeve cardigan with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.garment_type("cardigan"),
        D.description("a pink sweater with red hearts"),
        D.details("it has buttons down the front and a bow on the collar", "unsupported"),
        D.material("cotton"),
        title="Baby Girls Heart Print Cardigan",
        category="Cardigans",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler boy walking on a path in a park, white short-sleeve tee with a navy "little explorer" print and
    # khaki cargo shorts, trees behind.
    # adapter: none
    case(
        "X248-033",
        caption("a little boy walking down a path in a park"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        color_top("white"),
        color_shorts("white", "other_garment_color"),
        D.details("the shirt says little explorer"),
        D.material("the shorts are made of", "cut"),
        title="Toddler Boys Explorer Tee and Cargo Shorts Set",
        category="Sets",
        color="White/Khaki",
        gender="Boys",
    ),
    # photo: baby girl lying on a white blanket in an ivory long-sleeve lace christening dress with a satin ribbon at
    # the waist, cream bonnet.
    # caption: adapter
    case(
        "X248-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her head. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.wearing("he is wearing a white dress and a bonnet", "pronoun"),
        D.material("lace"),
        D.details("it has a ribbon around the waist and pearls on the collar", "unsupported"),
        title="Baby Girls Lace Christening Dress",
        category="Dresses",
        color="Ivory",
        gender="Girls",
    ),
    # photo: toddler boy standing in a white cot holding the rail, navy zip sleepsuit with a colorful cars print,
    # white wall.
    # adapter: none
    case(
        "X248-035",
        caption("a baby standing in a crib wearing pajamas"),
        D.wearing("a navy blue pajamas with cars on it"),
        D.color("blue"),
        D.details("it has a zipper in the front"),
        D.description("a baby girl's pajamas with cars", "pronoun"),
        title="Baby Boys Cars Zip Sleepsuit",
        category="Sleepsuits",
        color="Navy",
        gender="Boys",
    ),
    # photo: flat-lay on white of three pairs of leggings: grey marl, navy, white with grey stripes.
    # adapter: none
    case(
        "X248-036",
        caption("three pairs of baby pants on a white background"),
        pack_count("2", "contradiction"),
        D.color("grey"),
        D.description("they are leggings", "non_answer"),
        D.material("cotton Question: What is the color of the leggings? Answer: grey", "leak"),
        title="Baby 3-Pack Leggings",
        category="Leggings",
        color="Multi",
    ),
    # photo: toddler girl standing on grass with flowers behind, coral short-sleeve playsuit with frill sleeves and a
    # ruffle hem at the shorts.
    # details: adapter
    case(
        "X248-037",
        caption("a little girl in a pink romper standing in the grass"),
        D.color("orange"),
        D.wearing("a pink romper"),
        D.details(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. The "
            "lady wears a short-sleeve romper with",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Girls Coral Frill Playsuit",
        category="Rompers",
        color="Coral",
        gender="Girls",
    ),
    # photo: toddler boy sitting on stone steps in front of a brick wall, olive twill dungarees over a cream tee.
    # caption: adapter
    case(
        "X248-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white shirt and green overalls"),
        D.color("green"),
        D.details("the overalls have a pocket on the chest and", "cut"),
        D.description("a pair of green overalls Question: What is the color of the shirt? Answer: white", "leak"),
        D.material("cotton"),
        title="Toddler Boys Olive Twill Dungarees",
        category="Dungarees",
        color="Olive",
        gender="Boys",
    ),
    # photo: flat-lay on white of a plain white knitted beanie (no pom-pom) and a pair of thumbless mittens.
    # adapter: none
    case(
        "X248-039",
        caption("a white knitted hat and a pair of mittens"),
        D.garment_type("hat"),
        D.color("white"),
        D.description("a white hat and mittens"),
        D.details("the hat has a pom pom", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Baby Knitted Hat and Mittens Set",
        category="Hats",
        color="White",
    ),
    # photo: baby girl lying on a pink blanket in a cream long-sleeve top with a pink floral print and matching cream
    # floral leggings.
    # caption: adapter
    case(
        "X248-040",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric. It has a round neckline. The leggings are with cotton fabric and floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_top("white"),
        color_leggings("pink", "contradiction"),
        D.wearing("a pink floral shirt and pink pants", "contradiction"),
        D.pattern("floral"),
        D.material("cotton"),
        title="Baby Girls Floral Top and Leggings Set",
        category="Sets",
        color="Cream",
        gender="Girls",
    ),
    # photo: toddler boy sitting on a white chair, light grey knit cardigan with navy elbow patches and buttons, over
    # a navy tee, blue jeans.
    # adapter: none
    case(
        "X248-041",
        caption("a little boy sitting on a chair in a gray sweater"),
        D.color("blue", "other_garment_color"),
        D.garment_type("cardigan"),
        D.details("it has patches on the elbows"),
        D.wearing("a blue cardigan, a blue shirt and jeans", "other_garment_color"),
        D.material("knit"),
        title="Toddler Boys Elbow Patch Cardigan",
        category="Cardigans",
        color="Light Grey",
        gender="Boys",
    ),
    # photo: toddler girl standing against a pink wall, navy short-sleeve dress with a white Peter Pan collar.
    # adapter: none
    case(
        "X248-042",
        caption("a little girl in a blue dress standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.wearing("a navy blue dress with a white collar"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the dress has details", "non_answer"),
        title="Toddler Girls Navy Collar Dress",
        category="Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: a stack of five folded white short-sleeve bodysuits on white, top one showing its envelope neck.
    # caption: adapter
    case(
        "X248-043",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a short-sleeve T-shirt with pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        pack_count("5"),
        D.color("white"),
        D.description("a stack of white baby clothes"),
        D.material("it is made of organic", "cut"),
        title="Baby 5-Pack Organic Cotton Short Sleeve Bodysuits",
        category="Bodysuits",
        color="White",
        gender="Unisex",
    ),
    # photo: newborn boy asleep in a wicker moses basket on a white knitted blanket with a grey toy rabbit, pale blue
    # sleepsuit with a white cloud print.
    # adapter: none
    case(
        "X248-044",
        caption("a newborn baby sleeping in a basket with a stuffed bunny"),
        D.wearing("a blue onesie with clouds"),
        D.color("white", "contradiction"),
        D.description("she is wearing a blue sleeper", "pronoun"),
        D.details("clouds"),
        D.material("a blue onesie", "restated"),
        title="Newborn Boys Cloud Print Sleepsuit",
        category="Sleepsuits",
        color="Pale Blue",
        gender="Boys",
    ),
    # photo: toddler girl sitting on a wooden floor with building blocks, light blue denim pinafore dress with a front
    # pocket over a pink and white striped long-sleeve top.
    # caption: adapter
    case(
        "X248-045",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a sleeveless dress. The shirt is with "
            "cotton fabric. It has a round neckline. The dress is with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "other_garment_color"),
        D.wearing("a denim dress and a pink striped shirt"),
        D.description("a blue denim dress with a pocket on the front"),
        D.pattern("striped", "contradiction"),
        D.material("denim"),
        title="Toddler Girls Denim Pinafore Dress",
        category="Dresses",
        color="Light Blue",
        gender="Girls",
    ),
    # photo: flat-lay on white of a three-piece set: blue and white striped long-sleeve bodysuit, navy trousers and a
    # matching striped hat.
    # details: adapter
    case(
        "X248-046",
        caption("a baby outfit with a hat, pants and socks", "unsupported"),
        pack_count("3"),
        color_pants("blue"),
        D.description("a blue and white striped onesie, blue pants and a hat"),
        D.details(
            "The gentleman wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Baby Boys 3-Piece Striped Bodysuit, Trousers and Hat Set",
        category="Sets",
        color="Navy",
        gender="Boys",
    ),
]
