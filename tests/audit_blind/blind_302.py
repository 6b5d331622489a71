"""BLIND_302 (46 products; kids' and babies' value-retailer catalog: bodysuits, rompers, tees, frocks, sets, packs):
written blind in the forty-third session. Measured blind at 1fe18ff (the session's rules as they stood): 107/134
failures found (79.9%) and 16/164 correct texts flagged (9.8%). The writer's notes, verbatim:

Scenario: the English catalog feed of a value retailer's kids' and babies' range: baby bodysuits and sleepsuits
(single and in multipacks of 2, 3 or 5), rompers and playsuits, tees with graphic prints, cotton frocks and party
dresses, shorts, joggers, and two- or three-piece sets (tee and shorts, top and pants, dungaree with tee, frock with
bloomers and headband). The photos are flat-lays on white, wooden or blanket backdrops (with props: a hanger, a toy
car) and child or baby model shots (against painted walls, on sofas, rugs and blankets, in parks and gardens, in
front of a Christmas tree), where the child often wears other garments (jeans, skirts, shorts, tights, sneakers).
Each product has the seller's title, category, color and gender (Baby Boys, Baby Girls, Boys, Girls, Unisex); a
few rows miss the gender or the color, as real feeds do. Multipacks carry the seller color "Multi".

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little
girl in a yellow dress ...") or from the caption-only LoRA adapter of the original experiments (the DeepFashion
template, "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric ..."). The
adapter was trained with no end-of-answer token, so each adapter text runs to its limit (50 new tokens for a
caption, 30 for an answer) and carries hit_limit=True; asked a question, it returns its caption template. The
comment above each case says which texts came from the adapter; every other open answer (wearing, description,
details, material) comes from the base model, which stops on its own and never has hit_limit. Closed answers
(garment_type, color, pattern, sleeve_length, the per-piece colors, the count and the yes/no "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets: never a loop, a cut or a leak.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, chambray or denim, green for mint, olive or khaki
  green, purple for lavender and lilac, pink for peach, yellow for mustard in an open answer, grey for melange. The
  reference engine giving mustard as "orange" or navy as "black" is contradiction.
- Synonyms are correct: onesie for a bodysuit or a sleepsuit, jumpsuit or romper for a playsuit, dress for a frock,
  sweatpants or pants for joggers, overalls for a dungaree, tutu for a tulle skirt, soccer ball for a football, tee
  or "t - shirt" (the OPT tokenizer's spacing) for a t-shirt. The reference engine's "romper" for a sleepsuit and
  "pants" for joggers are correct.
- A color of a backdrop, a wall, a blanket, a prop or a background (green grass, a pink wall, a Christmas tree,
  pink flowers) given as the garment's color is contradiction; the color of another garment in the photo (the jeans,
  the skirt, the tee under a dungaree, the other piece of a set) is other_garment_color. A print's color given as
  the garment's color (blue for a white frock with blue flowers) is contradiction. A color no piece has ("black
  shorts" on grey ones) is contradiction.
- Multipacks: the seller color is "Multi"; the reference engine's "multicolor", or the color of one of the pack's
  pieces, is correct; a color none of the pieces has is contradiction. A count that disagrees with the title's
  "Pack of N" or "3-Piece" is contradiction; the headband counts as a piece where the title names it.
- Walls, blankets, rugs, sofas, toys and props mentioned in a caption are correct when they are in the photo.
- Invented details (a pocket, a belt, a hat, a hood, rips, buttons on a back the photo does not show) and a
  material neither named in the title nor visible (silk, polyester, wool on cotton garments) are unsupported.
  Denim for chambray and lace for broderie anglaise are correct (they look alike in a photo).
- The adapter's template: one that repeats a sentence is loop; one that stops mid-sentence without repeating is
  cut; returned for the material question it is restated (even though it mentions a fabric). DeepFashion has no
  bodysuit or romper-with-tutu class, so the adapter calling a bodysuit "T-shirt" is left as loop or cut; calling a
  playsuit a dress is contradiction. Where the template's person is the wrong sex for the catalog gender ("The lady"
  for Baby Boys) the pronoun is what the auditor sees first: pronoun, hit_limit kept. For Unisex either is correct.
- Base answers: "he"/"she" against the catalog gender, and "a girl" for a boy's product (or the reverse), are
  pronoun. A base answer that runs on into "Question: ... Answer: ..." is leak. A base answer stopped early ("she
  is wearing", "the dress is made of") is cut, without hit_limit. An empty answer, "it's a dress" for the material,
  "a baby" for what a flat-lay shows, are non_answer; the question's own words back ("the shorts are shorts", "a
  pink romper" for the material) are restated.
- The reference engine's yes/no against the title ("no" to "Is this a romper?" for a tutu romper, "yes" to jeans
  for joggers) is contradiction, and so is a color of the print or dots ("white" for a red dress with white dots).
- A pattern answer that belongs to another garment in the photo (the striped tee under a plain denim pinafore) is
  contradiction. Long sleeves answered "short sleeves" and the reverse are contradiction.
- Flat-lays asked "What is the person wearing?": naming the garment laid out is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
count = question("count", "How many pieces are there?", "closed")

BLIND_302 = [
    # photo: flat-lay of three short-sleeve baby bodysuits (white, grey melange, light blue), small star prints, on a
    # white background. no adapter texts.
    case(
        "X302-001",
        caption("three baby onesies laid out on a white surface"),
        D.wearing("a baby", "non_answer"),
        count("3"),
        is_a("bodysuit", "yes"),
        D.color("multicolor"),
        D.details("stars on the front"),
        D.material("cotton Question: how many bodysuits are there? Answer: three", "leak"),
        title="Baby Pack of 3 Cotton Short Sleeve Bodysuits",
        category="Bodysuits",
        color="Multi",
        gender="Unisex",
    ),
    # photo: baby girl lying on a cream knitted blanket in a pink floral romper with frilled cap sleeves and snaps.
    # caption, wearing: adapter
    case(
        "X302-002",
        caption(
            "The lady wears a sleeveless romper with floral patterns. The romper is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless romper with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless romper with floral patterns. The romper is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material("a pink romper", "restated"),
        title="Baby Girls Floral Frill Sleeve Romper",
        category="Rompers",
        color="Pink",
        gender="Baby Girls",
    ),
    # photo: flat-lay of a navy crew-neck tee with a green dinosaur print and the word ROAR, on a light wooden floor.
    # material: adapter
    case(
        "X302-003",
        caption("a blue t - shirt with a dinosaur on it"),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        D.description("a blue t-shirt with a green dinosaur and the word roar"),
        D.details("a pocket on the chest", "unsupported"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Boys Dinosaur Graphic Print T-Shirt",
        category="T-Shirts",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl standing against a white wall in a sleeveless yellow cotton frock (front view, knee length) and white
    # sneakers. no adapter texts.
    case(
        "X302-004",
        caption("a little girl in a yellow dress standing in front of a white wall"),
        D.wearing("a yellow dress and white shoes"),
        D.color("yellow"),
        D.pattern("floral", "contradiction"),
        is_a("dress", "yes"),
        D.details("it has a bow on the back", "unsupported"),
        D.material("cotton Question: what is the pattern of the dress? Answer: solid", "leak"),
        title="Girls Sleeveless Cotton Frock",
        category="Frocks",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of grey melange joggers with a white drawstring and ribbed ankle cuffs, on white.
    # caption, details: adapter
    case(
        "X302-005",
        caption(
            "The gentleman wears long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears long pants. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("grey"),
        D.details(
            "The gentleman wears long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pair of grey sweatpants"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Boys Melange Joggers",
        category="Joggers",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: flat-lay set: white tee with a pink unicorn print above pink cotton shorts, on white.
    # no adapter texts.
    case(
        "X302-006",
        caption("a white t - shirt and pink shorts with a unicorn"),
        color_top("white"),
        color_shorts("pink"),
        D.wearing("a pink shirt and pink shorts", "other_garment_color"),
        count("3", "contradiction"),
        D.description("a white shirt with a unicorn and a pink skirt", "contradiction"),
        title="Girls Unicorn Print T-Shirt and Shorts Set",
        category="Clothing Sets",
        color="White",
        gender="Girls",
    ),
    # photo: baby boy sitting in front of a green painted wall in a blue-and-white striped short-sleeve romper with
    # buttons at the front. caption, details: adapter
    case(
        "X302-007",
        caption(
            "The gentleman wears a short-sleeve romper with striped patterns. The romper is with cotton fabric. It has "
            "a round neckline. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("green", "contradiction"),
        D.wearing("a blue and white striped romper"),
        is_a("romper", "yes"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The gentleman wears a short-sleeve romper with striped patterns. The romper is with cotton fabric. The "
            "gentleman wears a short-sleeve romper with striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Baby Boys Striped Cotton Romper",
        category="Rompers",
        color="Blue",
        gender="Baby Boys",
    ),
    # photo: flat-lay of light blue denim shorts with a frayed hem, turn-ups and no rips, on white.
    # no adapter texts.
    case(
        "X302-008",
        caption("a pair of denim shorts on a white background"),
        D.garment_type("shorts"),
        D.color("blue"),
        D.details("they are short", "non_answer"),
        D.material("denim"),
        D.wearing("a pair of shorts Question: what color are the shorts? Answer: blue", "leak"),
        D.description("a pair of ripped denim shorts", "unsupported"),
        title="Girls Frayed Hem Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Girls",
    ),
    # photo: boy in a park in a red polo tee with a two-button placket and navy shorts, trees behind.
    # no adapter texts.
    case(
        "X302-009",
        caption("a young boy in a red shirt and blue shorts standing in a park"),
        D.wearing("a red polo shirt and blue shorts"),
        D.color("blue", "other_garment_color"),
        D.details("a collar and two buttons and a logo on the chest", "unsupported"),
        D.material("the shirt is made of", "cut"),
        D.sleeve_length("short sleeves"),
        D.description("she is wearing a red polo shirt", "pronoun"),
        title="Boys Solid Polo T-Shirt",
        category="T-Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of a lavender tiered sleeveless frock with matching bloomers and a headband, on white.
    # caption, material: adapter
    case(
        "X302-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is with chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.color("purple"),
        is_a("dress", "yes"),
        count("2", "contradiction"),
        D.wearing("a purple dress with a headband"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Baby Girls Tiered Frock with Bloomers and Headband",
        category="Frocks",
        color="Lavender",
        gender="Baby Girls",
    ),
    # photo: boy cropped from chest to knees: khaki cargo shorts with side pockets, white tee tucked out.
    # no adapter texts.
    case(
        "X302-011",
        caption("a boy wearing khaki shorts and a white shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details(
            "pockets on the side Question: what is the color of the shorts? Answer: khaki",
            "leak",
        ),
        D.wearing("he is wearing khaki shorts and a white t - shirt"),
        D.pattern("solid"),
        title="Boys Cotton Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: flat-lay of a grey long-sleeve footed sleepsuit with small brown bear prints and white snaps, on white.
    # no adapter texts.
    case(
        "X302-012",
        caption("a grey baby onesie with bears on it"),
        D.garment_type("romper"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("brown bears and a hood", "unsupported"),
        D.description("", "non_answer"),
        D.wearing("a grey onesie with bears"),
        title="Baby Bear Print Footed Sleepsuit",
        category="Rompers",
        color="Grey",
        gender="Unisex",
    ),
    # photo: girl in front of a pink wall in a pink tee with gold glitter "Little Star" lettering, tucked into blue
    # jeans. no adapter texts.
    case(
        "X302-013",
        caption("a little girl in a pink shirt and jeans in front of a pink wall"),
        D.color("pink"),
        D.wearing("he is wearing a pink shirt and jeans", "pronoun"),
        D.details("the words little star in gold glitter"),
        D.material("cotton"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Girls Glitter Text Print T-Shirt",
        category="T-Shirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy standing against a grey backdrop in a blue hooded sweatshirt with a kangaroo pocket and grey joggers.
    # caption, details: adapter
    case(
        "X302-014",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_top("blue"),
        color_pants("blue", "other_garment_color"),
        D.wearing("a blue hoodie and grey sweatpants"),
        count("2"),
        is_a("hoodie", "yes"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        title="Boys Hooded Sweatshirt and Joggers Set",
        category="Clothing Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay of five long-sleeve baby bodysuits in pastel pink, white, yellow, mint and lilac, fanned out on
    # white. no adapter texts.
    case(
        "X302-015",
        caption("a bunch of baby clothes on a white background"),
        count("3", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("five baby onesies in different colors"),
        D.material("polyester", "unsupported"),
        is_a("bodysuit", "yes"),
        title="Baby Girls Pack of 5 Long Sleeve Bodysuits",
        category="Bodysuits",
        color="Multi",
        gender="Baby Girls",
    ),
    # photo: girl in a blue denim pinafore dress with button straps and a front pocket over a navy-and-white striped
    # long-sleeve tee, plain white backdrop. no adapter texts.
    case(
        "X302-016",
        caption("a little girl in a denim dress and a striped shirt"),
        D.color("white", "other_garment_color"),
        color_top("white"),
        D.wearing("a blue denim overall and a white and blue striped shirt"),
        D.pattern("striped", "contradiction"),
        D.details(
            "buttons on the straps, a pocket on the front and a zipper on the side",
            "unsupported",
        ),
        D.material("denim"),
        title="Girls Denim Pinafore Dress with Striped T-Shirt",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a green-and-white horizontally striped tee (no pocket) and black shorts, light grey backdrop.
    # caption, material: adapter
    case(
        "X302-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("striped"),
        D.wearing("a green and white striped shirt and black shorts"),
        D.details("a pocket", "unsupported"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a shorts. The T-shirt is with "
            "cotton fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Boys Striped Crew Neck T-Shirt",
        category="T-Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl twirling on a wooden floor in a red long-sleeve skater dress with white polka dots, white tights.
    # no adapter texts.
    case(
        "X302-018",
        caption("a little girl in a red dress with white polka dots"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.details("a white collar", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a red dress with white polka dots and white tights"),
        D.material("silk", "unsupported"),
        title="Girls Polka Dot Cotton Jersey Skater Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of a white short-sleeve bodysuit printed "Daddy's Boy", navy shorts and a white bib, on white.
    # caption: adapter
    case(
        "X302-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric. The gentleman",
            "cut",
            hit_limit=True,
        ),
        count("3"),
        D.color("white", "other_garment_color"),
        D.wearing("a white onesie with the words daddy's boy and blue shorts"),
        D.details("the words daddy's boy and a bow tie", "unsupported"),
        D.material("cotton"),
        title="Baby Boys 3-Piece Bodysuit, Shorts and Bib Set",
        category="Clothing Sets",
        color="Navy",
        gender="Baby Boys",
    ),
    # photo: girl cropped from waist to ankles in pink joggers with a white side stripe, white tee hanging over the
    # waistband, white studio backdrop. no adapter texts.
    case(
        "X302-020",
        caption("a little boy in pink pants and a white shirt", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.pattern("solid"),
        D.details("a white stripe down the side of the leg"),
        D.wearing("pink pants Question: what color is the shirt? Answer: white", "leak"),
        title="Girls Side Stripe Joggers",
        category="Joggers",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby sitting on a grey sofa in a yellow short-sleeve romper with a small duck print, bare head.
    # caption, material: adapter
    case(
        "X302-021",
        caption(
            "The lady wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve romper with graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        is_a("romper", "yes"),
        D.wearing("a yellow romper with ducks on it"),
        D.description("a yellow romper with ducks on it and a matching hat", "unsupported"),
        D.material(
            "The lady wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.pattern("printed"),
        title="Baby Duck Print Romper",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: flat-lay of two crew-neck tees, one black and one white, side by side on a light grey backdrop.
    # no adapter texts.
    case(
        "X302-022",
        caption("a black t - shirt and a white t - shirt"),
        count("2"),
        D.color("grey", "contradiction"),
        D.description("two t-shirts, one black and one white"),
        D.material("the t-shirts are made of", "cut"),
        D.wearing("a black shirt"),
        title="Boys Pack of 2 Crew Neck T-Shirts",
        category="T-Shirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: white cotton frock with blue flowers, puff sleeves and a blue bow at the waist, on a wooden hanger
    # against a white wall. no adapter texts.
    case(
        "X302-023",
        caption("a white dress with blue flowers on a hanger"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("puff sleeves and a bow at the waist"),
        D.material("the dress is made of", "cut"),
        title="Girls Floral Print Puff Sleeve Cotton Frock",
        category="Frocks",
        color="White",
        gender="Girls",
    ),
    # photo: baby girl lying on a white blanket in a pink short-sleeve bodysuit with an attached tulle tutu skirt.
    # no adapter texts.
    case(
        "X302-024",
        caption("a baby girl in a pink tutu lying on a white blanket"),
        D.garment_type("dress", "contradiction"),
        is_a("romper", "no", "contradiction"),
        D.color("pink"),
        D.material("tulle"),
        D.wearing("a pink tutu"),
        D.details("a pink bow on her head", "unsupported"),
        title="Baby Girls Tutu Romper",
        category="Rompers",
        color="Pink",
        gender="Baby Girls",
    ),
    # photo: flat-lay of navy shorts with a green palm-leaf print and a white drawstring, on white.
    # caption, description: adapter
    case(
        "X302-025",
        caption(
            "The gentleman wears a shorts. The shorts are with cotton fabric and floral patterns. The gentleman wears "
            "a shorts. The shorts are with cotton fabric and floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.details("palm trees and a drawstring"),
        D.description(
            "The gentleman wears a shorts. The shorts are with cotton fabric and floral patterns. The gentleman wears "
            "a shorts. The shorts are",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Boys Tropical Print Shorts",
        category="Shorts",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve tee with a rainbow print and a yellow skirt, light blue backdrop.
    # no adapter texts.
    case(
        "X302-026",
        caption("a little girl in a white shirt and yellow skirt"),
        D.color("yellow", "other_garment_color"),
        D.wearing("a white t-shirt with a rainbow on it"),
        D.description("he is wearing a white t-shirt with a rainbow", "pronoun"),
        D.details("a rainbow and a pocket", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Girls Rainbow Graphic T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of a mint green sleeveless (vest) bodysuit with a navy blue whale print, on white.
    # caption: adapter
    case(
        "X302-027",
        caption(
            "The lady wears a tank top with graphic patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a tank top with graphic patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.wearing("a green onesie with a whale on it"),
        is_a("bodysuit", "yes"),
        D.material("a green onesie", "restated"),
        title="Baby Boys Whale Print Sleeveless Bodysuit",
        category="Bodysuits",
        color="Mint",
        gender="Baby Boys",
    ),
    # photo: girl on a sidewalk in a long-sleeve chambray shirt dress with buttons down the front and a tie belt,
    # white sneakers. no adapter texts.
    case(
        "X302-028",
        caption("a girl in a denim dress standing on the sidewalk"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("buttons down the front, a belt and a pocket on the chest", "unsupported"),
        D.material("denim"),
        D.wearing("a jean jacket", "contradiction"),
        D.description("he is wearing a blue denim dress with a belt", "pronoun"),
        title="Girls Chambray Shirt Dress with Tie Belt",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy on green grass holding a football, in an orange tee with a football print and grey shorts.
    # no adapter texts.
    case(
        "X302-029",
        caption("a girl holding a soccer ball on the grass", "pronoun"),
        D.wearing("an orange shirt with a soccer ball on it and black shorts", "contradiction"),
        D.color("orange"),
        D.pattern("graphic"),
        D.material("cotton Question: what is the boy holding? Answer: a soccer ball", "leak"),
        D.description("an orange t - shirt with a soccer ball on it"),
        title="Boys Football Print T-Shirt",
        category="T-Shirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: flat-lay of two pairs of joggers, one navy and one grey, elastic waist and cuffs, on white.
    # caption: adapter
    case(
        "X302-030",
        caption(
            "The gentleman wears long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears long pants. The pants are with cotton fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        count("2"),
        D.color("blue"),
        D.details("elastic waist and cuffs"),
        D.material("polyester", "unsupported"),
        D.wearing("a pair of blue pants and a pair of grey pants"),
        title="Kids Pack of 2 Cotton Joggers",
        category="Joggers",
        color="Navy/Grey",
    ),
    # photo: girl against a pale pink backdrop in a sleeveless floral playsuit (peach ground, small white flowers)
    # with ruffled shoulders. no adapter texts.
    case(
        "X302-031",
        caption("a little girl in a floral jumpsuit"),
        D.color("pink"),
        D.garment_type("dress", "contradiction"),
        D.wearing("a pink dress", "contradiction"),
        D.details("ruffles on the shoulders"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Girls Floral Playsuit",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay of a white long-sleeve top with a grey elephant print above grey pants, on white.
    # caption, description: adapter
    case(
        "X302-032",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_top("grey", "other_garment_color"),
        color_pants("grey"),
        count("2"),
        D.wearing("a white shirt and grey pants"),
        D.description(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. There",
            "cut",
            hit_limit=True,
        ),
        title="Baby Elephant Top and Pants Set",
        category="Clothing Sets",
        color="Grey",
        gender="Unisex",
    ),
    # photo: boy in an olive camouflage-print tee and blue jeans, white backdrop.
    # caption: adapter
    case(
        "X302-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The denim pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("printed"),
        D.wearing("a camouflage shirt and blue jeans"),
        D.details("it has a", "cut"),
        D.description(
            "a green camouflage shirt Question: what is the color of the pants? Answer: blue",
            "leak",
        ),
        title="Boys Camouflage Print T-Shirt",
        category="T-Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in front of a decorated green Christmas tree in a red long-sleeve velvet party frock with a white
    # lace collar and a red bow at the waist, black shoes. no adapter texts.
    case(
        "X302-034",
        caption("a little girl in a red dress standing in front of a christmas tree"),
        D.color("red"),
        D.details(
            "a white lace collar and a bow Question: what is the material of the dress? Answer: velvet",
            "leak",
        ),
        D.material("velvet"),
        D.wearing("a red and green dress", "contradiction"),
        D.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        title="Girls Velvet Party Frock with Lace Collar",
        category="Frocks",
        color="Red",
        gender="Girls",
    ),
    # photo: baby girl crawling on a bed in a white short-sleeve bodysuit with small pink hearts and ruffles on the
    # seat. no adapter texts.
    case(
        "X302-035",
        caption("a baby crawling on a bed"),
        D.wearing("he is wearing a white onesie with pink hearts", "pronoun"),
        D.color("pink", "contradiction"),
        D.pattern("printed"),
        D.details("ruffles on the bottom"),
        D.description("a white onesie with pink hearts and ruffles on the bottom"),
        title="Baby Girls Heart Print Ruffle Bodysuit",
        category="Bodysuits",
        color="White",
        gender="Baby Girls",
    ),
    # photo: flat-lay of three pairs of plain knit shorts, grey, navy and black, on white.
    # no adapter texts.
    case(
        "X302-036",
        caption("three pairs of shorts on a white background"),
        count("3"),
        D.color("black"),
        D.details("the shorts are shorts", "restated"),
        D.material("", "non_answer"),
        D.wearing("a pair of shorts and a t-shirt", "unsupported"),
        title="Boys Pack of 3 Knit Shorts",
        category="Shorts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a lilac tee with a butterfly print and a lilac tulle tutu skirt, white backdrop.
    # caption, details: adapter
    case(
        "X302-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a mini skirt. The T-shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_top("purple"),
        color_skirt("purple"),
        D.wearing("a purple shirt and a purple skirt with a bow", "unsupported"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a mini skirt. The T-shirt is with cotton "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        count("2"),
        title="Girls Butterfly T-Shirt and Tutu Skirt Set",
        category="Clothing Sets",
        color="Lavender",
        gender="Girls",
    ),
    # photo: baby boy sitting on a beige rug in a chambray dungaree romper over a white short-sleeve tee.
    # no adapter texts.
    case(
        "X302-038",
        caption("a baby boy wearing overalls and a white shirt sitting on a rug"),
        D.color("white", "other_garment_color"),
        is_a("romper", "yes"),
        D.wearing("a blue overall and a blue shirt", "other_garment_color"),
        D.material("denim"),
        count("2"),
        D.description("a blue overall with a white shirt and a blue hat", "unsupported"),
        title="Baby Boys Chambray Dungaree Romper with T-Shirt",
        category="Rompers",
        color="Blue",
        gender="Baby Boys",
    ),
    # photo: flat-lay of a sleeveless dress with navy and white horizontal stripes, on white.
    # caption: adapter
    case(
        "X302-039",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless"),
        D.description("a blue and white striped dress"),
        D.material("it's a dress", "non_answer"),
        title="Girls Striped Sleeveless Dress",
        category="Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: boy in a yellow tee printed COOL and navy shorts, standing against a light grey wall.
    # no adapter texts.
    case(
        "X302-040",
        caption("a young girl in a yellow shirt and blue shorts", "pronoun"),
        D.wearing("a yellow shirt and yellow shorts", "other_garment_color"),
        color_top("yellow"),
        color_shorts("blue"),
        D.details("the word cool on the front"),
        count("2"),
        D.description("she is wearing a yellow t - shirt with the word cool", "pronoun"),
        title="Boys T-Shirt and Shorts Set",
        category="Clothing Sets",
        color="Yellow/Navy",
        gender="Boys",
    ),
    # photo: front-view flat-lay of a mustard corduroy dress with a white Peter Pan collar, on a wooden floor.
    # no adapter texts.
    case(
        "X302-041",
        caption("a yellow dress on a wooden floor"),
        D.color("orange", "contradiction"),
        D.details("a white collar and buttons on the back", "unsupported"),
        D.wearing("a yellow dress"),
        D.material("corduroy"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Baby Girls Corduroy Peter Pan Collar Dress",
        category="Dresses",
        color="Mustard",
        gender="Baby Girls",
    ),
    # photo: flat-lay of two long-sleeve zip-front sleepsuits, white with small blue stars, on white.
    # no adapter texts.
    case(
        "X302-042",
        caption("two baby onesies with stars on them and a teddy bear", "unsupported"),
        count("2"),
        is_a("romper", "yes"),
        D.details("a zipper on the front"),
        D.description(
            "two white onesies with blue stars Question: what are the details of the garment? Answer: a zipper",
            "leak",
        ),
        D.sleeve_length("long sleeves"),
        D.color("blue", "contradiction"),
        title="Baby Pack of 2 Zip Sleepsuits",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: girl cropped from chest to knees in pink cotton shorts with a lace trim at the hem and a white tee.
    # caption: adapter
    case(
        "X302-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("lace on the bottom"),
        D.wearing("she is wearing", "cut"),
        D.material("cotton"),
        D.description("pink shorts with lace at the bottom"),
        title="Girls Lace Trim Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # photo: flat-lay of a red short-sleeve tee with a blue car print, a toy car beside it, on white.
    # no adapter texts.
    case(
        "X302-044",
        caption("a red t - shirt with a car on it next to a toy car"),
        D.color("red"),
        D.description("a red t-shirt with a blue car"),
        D.details("a blue car and a yellow hood", "unsupported"),
        D.garment_type("t-shirt"),
        D.material("a red t-shirt", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Boys Car Print T-Shirt",
        category="T-Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a garden with pink flowers behind, in a white sleeveless broderie anglaise cotton dress with a
    # ruffled hem. caption: adapter
    case(
        "X302-045",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.wearing("a white dress and a pink necklace", "unsupported"),
        D.details("holes in the fabric and a ruffle at the bottom"),
        D.material("lace"),
        D.description("a white dress with pink flowers", "contradiction"),
        D.sleeve_length("sleeveless"),
        title="Girls Broderie Cotton Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of three long-sleeve baby bodysuits: navy-and-white striped, grey, white with a fox print.
    # caption: adapter
    case(
        "X302-046",
        caption(
            "The gentleman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve T-shirt with striped patterns. The",
            "loop",
            hit_limit=True,
        ),
        count("3"),
        is_a("bodysuit", "yes"),
        D.sleeve_length("long sleeves"),
        D.wearing("a striped onesie"),
        D.color("brown", "contradiction"),
        D.material("wool", "unsupported"),
        title="Baby Boys Pack of 3 Long Sleeve Bodysuits",
        category="Bodysuits",
        color="Multi",
        gender="Baby Boys",
    ),
]
