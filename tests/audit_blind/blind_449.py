"""BLIND_449 (46 products; kids' and babies' rompers, bodysuits, frocks, dungarees, sweatshirts, joggers, night suits):
written blind in the forty-seventh session. Measured blind at 496f1cc (the session's rules as they stood): 105/131
failures found (80.2%) and 11/173 correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: an Indian-marketplace-like English catalog feed of kids' and babies' wear: rompers and sleepsuits,
bodysuits (onesies, single and in packs), frocks (cotton, velvet, tutu, maxi, shirt dress), dungarees (denim,
corduroy, printed cotton, dungaree dress) usually styled over a tee that is not sold with them, sweatshirts and
hoodies with prints and slogans, joggers, and two-piece night suits with all-over prints. About half the photos are
flat-lays on white, wooden or pastel backdrops with props (toy car, wooden blocks, straw hat, plush bunny, robot,
flower sprigs); the rest are model shots of babies and children on rugs, beds and blankets or against colored walls,
a brick wall, a hedge, a Christmas tree, one in a parent's arms. Each product has the seller's title, category, color
and gender (Boys, Girls, Baby Boys, Baby Girls, Unisex); a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a baby
boy in a striped onesie ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template,
"The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric ..."). The
adapter was trained with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions,
30 for answers) and carries hit_limit=True; asked a question, it returns its caption template, and it calls the child
"the lady", "the gentleman" or "the person" (its training data has adults only). The open questions (wearing,
description, details, material, and this set's own: print, pieces, closure) come from the base model unless a
comment says the adapter answered them; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are
enrich's `--engine reference` closed answers, chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or teal, green for olive, mint or teal, grey for
  charcoal or grey melange, white for off white, purple for lavender, pink for peach or coral, yellow for mustard,
  red for maroon. Mustard given as orange is a contradiction. "multicolor" for a pack in several colors is correct.
- The color of a print, a side tape, a collar or a check's second color given as the garment's color is a
  contradiction, and so is the color of a wall, rug, Christmas tree or other prop. The color of another garment in
  the photo (the tee under dungarees, the tee over joggers, the other half of a night suit, a parent's shirt) given
  for the product is other_garment_color.
- Garment synonyms count as correct: onesie for bodysuit, romper for a sleepsuit, overalls for dungarees, sweatpants
  or pants for joggers, hoodie or sweater for a sweatshirt, pajamas for a night suit, dress for a frock or a dungaree
  dress, tutu for a tulle frock. A romper called "a dress" or "a shirt and shorts" is a contradiction (one garment),
  and so is a bodysuit called a t-shirt by the reference engine, "yes" to "Is this a dress?" for a bodysuit, and
  joggers called jeans. The adapter's template has no romper, bodysuit or dungaree class: "T-shirt", "shorts",
  "skirt" or "sweater" for the visible parts of a sleepsuit, pinafore or night suit is not counted as a misnaming,
  but "a sleeveless tank top ... shorts" for a one-piece romper is (contradiction, hit_limit kept).
- Sleeves or a pattern that belong to the tee under dungarees, given for the dungarees, are contradiction.
- A piece count that contradicts the title (two for a pack of 3, one for a frock with bloomers, three for a two-piece
  night suit) is contradiction; a headband sold with a bodysuit counts as a piece.
- Materials: one the title names (corduroy, velvet, flannel, denim, fleece, cotton) or one plainly visible (tulle on a
  tutu frock, denim) is correct; a plausible guess for a plain knit (cotton, fleece on a brushed sweatshirt,
  polyester on track joggers) is correct; wool on a cotton sleepsuit, linen on a cotton romper, denim on jersey
  joggers and chiffon on a frock the title calls cotton are unsupported.
- Invented items not in the photo (a hood or zipper on a crew-neck sweatshirt, a belt, a white collar, a side stripe,
  a pocket, a santa hat, slippers, a bow at a back the photo does not show) are unsupported; so is a prop (a toy robot,
  a plush bunny) described as a print on the garment. A misread print (a shark for a whale) is contradiction.
- "he"/"she" or "boy"/"girl" that contradicts the catalog's gender is pronoun, whether the base model or the adapter
  ("The lady wears ..." for a boy) wrote it; for the adapter the wrong subject is the first thing read, so pronoun is
  labelled and hit_limit kept. For rows with Unisex or no gender nothing is a pronoun error.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut (also where it invents an accessory before it is cut); the template returned for the material question is
  restated even though it is cut or loops. The template answering "Describe ..." or the details question does answer
  it, so those are cut or loop.
- The base model sometimes repeats a phrase a few times before it stops ("love love love love love love"): loop,
  without hit_limit.
- A base answer cut short by an early stop ("it is made of", "a cat on the front and the") is cut, without
  hit_limit. An empty answer, "the details of the sweatshirt", "it is made of fabric" and "it is a long dress" for
  the details are non_answer; a material question answered with the garment's name and color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_q = question("print", "What is printed on the garment?", "open")
pieces = question("pieces", "How many pieces are in the set?", "open")
closure = question("closure", "How does the garment fasten?", "open")

BLIND_449 = [
    # photo: flat-lay of a peach cotton romper with frill sleeves and a white bunny applique on the chest, on a white
    # wooden floor, front view.
    # no adapter texts
    case(
        "X449-001",
        caption("a baby romper with a bunny on it laying on a white wooden floor"),
        B.garment_type("romper"),
        B.color("pink"),
        print_q("a bunny"),
        D.details("it has a bunny on the front and ruffles on the", "cut"),
        describe("romper", "a pink romper with a bunny and ruffles on the sleeves and a white collar", "unsupported"),
        B.material("cotton"),
        title="Baby Girls Peach Bunny Applique Cotton Romper",
        category="Rompers",
        color="Peach",
        gender="Baby Girls",
    ),
    # photo: baby boy sitting on a grey blanket in a navy-and-white striped short-sleeve bodysuit with a whale print
    # on the chest.
    # no adapter texts
    case(
        "X449-002",
        caption("a baby boy in a striped onesie with a whale on it"),
        wearing("a blue and white striped onesie", who="the baby"),
        B.color("blue"),
        B.pattern("striped"),
        print_q("a shark", "contradiction"),
        B.garment_type("t-shirt", "contradiction"),
        B.material("cotton Question: what is the pattern of the onesie? Answer: striped", "leak"),
        title="Baby Boys Navy Striped Whale Print Bodysuit",
        category="Bodysuits",
        color="Navy Blue",
        gender="Baby Boys",
    ),
    # photo: girl of about five in a mustard sleeveless cotton frock with white polka dots and white sandals, standing
    # against a pale pink wall, front view.
    # no adapter texts
    case(
        "X449-003",
        caption("a little girl in a yellow polka dot dress standing against a pink wall"),
        wearing("a yellow dress with white polka dots", who="the girl"),
        B.color("pink", "contradiction"),
        B.pattern("polka dot"),
        B.sleeve_length("sleeveless"),
        details("dress", "the dress has a bow at the back and a zipper", "unsupported"),
        B.material("cotton"),
        title="Girls Mustard Polka Dot Fit and Flare Cotton Frock",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in light blue denim dungaree shorts over a red-and-white striped short-sleeve tee (not sold with
    # them), white sneakers, white studio backdrop.
    # caption, material: adapter
    case(
        "X449-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a shorts. The shorts are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and denim overalls", who="the boy"),
        color_of("dungarees", "red", "other_garment_color"),
        B.garment_type("dungarees"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        title="Boys Light Blue Denim Dungaree Shorts",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a grey melange brushed-fleece crew-neck sweatshirt with a green dinosaur print, on white, a
    # small wooden toy car beside it.
    # no adapter texts
    case(
        "X449-005",
        caption("a grey sweatshirt with a green dinosaur on it next to a wooden toy car"),
        B.garment_type("sweatshirt"),
        B.color("green", "contradiction"),
        print_q("a dinosaur"),
        D.details("it has a hood and a zipper", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("fleece"),
        title="Kids Grey Melange Dinosaur Print Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in pink jersey joggers with a white side stripe and elastic cuffs, wearing a white tee with a
    # rainbow print (not sold with them), plain grey backdrop.
    # description: adapter
    case(
        "X449-006",
        caption("a girl in a white t-shirt and pink pants"),
        wearing("a white shirt with a rainbow and pink pants", who="the girl"),
        color_of("joggers", "white", "other_garment_color"),
        B.garment_type("joggers"),
        details("joggers", "they have a white stripe on the side and elastic at the ankles"),
        B.material("denim", "unsupported"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        title="Girls Pink Solid Joggers with Side Stripe",
        category="Joggers",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of a navy night suit: half-sleeve top with a rocket print and navy pajama pants with small
    # stars, on white.
    # caption, material: adapter
    case(
        "X449-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "graphic patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", "contradiction"),
        color_of("pants", "blue"),
        print_q("rockets and stars"),
        pieces("two"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Boys Navy Blue Space Print Night Suit",
        category="Night Suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of three short-sleeve bodysuits (white, pink, lavender) side by side on a light wooden surface.
    # no adapter texts
    case(
        "X449-008",
        caption("three baby onesies laid out on a wooden table"),
        pieces("two", "contradiction"),
        B.color("multicolor"),
        B.garment_type("bodysuit"),
        B.sleeve_length("short sleeves"),
        describe("bodysuits", "three onesies in white, pink and purple with snap buttons at the bottom"),
        D.details("they have snaps on the bottom and a bow on the front", "unsupported"),
        title="Baby Girls Pack of 3 Cotton Bodysuits",
        category="Bodysuits",
        color="Multi",
        gender="Baby Girls",
    ),
    # photo: boy in an olive green hooded sweatshirt with a kangaroo pocket and black joggers, against a white wall.
    # no adapter texts
    case(
        "X449-009",
        caption("a young boy wearing a green hoodie and black pants"),
        wearing("she is wearing a green hoodie", "pronoun", who="the child"),
        B.color("black", "other_garment_color"),
        B.garment_type("sweatshirt"),
        details("sweatshirt", "it has a hood and a front pocket and a zipper", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Boys Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: baby boy lying on a white fluffy rug in a mint green sleeveless romper with a collar and a button
    # placket.
    # caption: adapter
    case(
        "X449-010",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a lapel neckline. The person wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green romper and a white hat", "unsupported", who="the baby"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        closure("buttons on the front"),
        B.material("it is made of", "cut"),
        title="Baby Boys Mint Green Collared Romper",
        category="Rompers",
        color="Mint Green",
        gender="Baby Boys",
    ),
    # photo: flat-lay of a red-and-white gingham frock with puff sleeves and a white peter pan collar, on white, a
    # straw hat beside it.
    # material: adapter
    case(
        "X449-011",
        caption("a red and white checkered dress and a straw hat on a white background"),
        B.pattern("checked"),
        B.color("white", "contradiction"),
        details("dress", "it has puff sleeves and a white collar"),
        B.sleeve_length("short sleeves"),
        describe("dress", "a red and white checkered dress with a straw hat and a belt", "unsupported"),
        B.material(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve",
            "restated",
            hit_limit=True,
        ),
        title="Girls Red Checked Puff Sleeve Cotton Frock",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in charcoal grey joggers with side pockets, a navy tee and white sneakers, against a light blue wall.
    # no adapter texts
    case(
        "X449-012",
        caption("a boy in a blue shirt and grey pants standing in front of a blue wall"),
        color_of("joggers", "grey"),
        wearing(
            "a blue shirt and grey pants Question: what is the color of the shirt? Answer: blue", "leak", "the boy"
        ),
        B.garment_type("joggers"),
        B.pattern("striped", "contradiction"),
        details("joggers", "they have pockets"),
        B.material("cotton Question: what type of garment is this? Answer: pants", "leak"),
        title="Boys Charcoal Grey Solid Joggers",
        category="Joggers",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: toddler girl sitting on a bed with white pillows in a lavender full-sleeve night suit with white unicorn
    # prints on top and pants; feet out of frame.
    # caption: adapter
    case(
        "X449-013",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        color_of("pants", "white", "contradiction"),
        print_q("unicorns"),
        wearing("he is wearing pajamas", "pronoun", who="the child"),
        D.description("a purple pajama set with unicorns on it and pink slippers", "unsupported"),
        title="Girls Lavender Unicorn Print Night Suit",
        category="Night Suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: baby sitting on a beige blanket holding a brown teddy bear, in a white sleeveless bodysuit printed
    # "little sunshine" in yellow.
    # details: adapter
    case(
        "X449-014",
        caption("a baby sitting on a blanket holding a teddy bear"),
        wearing("a white onesie with yellow writing", who="the baby"),
        B.color("white"),
        print_q("little sunshine"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The person wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The person",
            "cut",
            hit_limit=True,
        ),
        B.material("a white onesie", "restated"),
        title="Baby White Printed Sleeveless Bodysuit",
        category="Bodysuits",
        color="White",
        gender="Unisex",
    ),
    # photo: flat-lay of a coral sweatshirt with a sequinned heart on the chest, on white, a pair of white sneakers
    # beside it.
    # caption, description: adapter
    case(
        "X449-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.color("pink"),
        print_q("a heart Question: what is the color of the heart? Answer: silver", "leak"),
        D.details("a heart made of sequins on the front"),
        B.garment_type("sweatshirt"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. There",
            "cut",
            hit_limit=True,
        ),
        title="Girls Coral Sequinned Heart Sweatshirt",
        category="Sweatshirts",
        color="Coral",
        gender="Girls",
    ),
    # photo: toddler boy in olive corduroy full-length dungarees with button straps and a bib pocket, over a
    # white-and-navy striped long-sleeve tee (not sold with them), brown boots, beige wall.
    # no adapter texts
    case(
        "X449-016",
        caption("a little boy in overalls and a striped shirt"),
        color_of("dungarees", "green"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("corduroy"),
        wearing("he is wearing a green overalls and a white and blue striped shirt", who="the boy"),
        details(
            "dungarees",
            "they have two buttons on the straps and a pocket on the front and a zipper on the side",
            "unsupported",
        ),
        title="Boys Olive Corduroy Dungarees",
        category="Dungarees",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl of about eight in a sleeveless romper with ruffled shoulders, white with pink and blue flowers,
    # standing next to a potted plant in a white studio.
    # no adapter texts
    case(
        "X449-017",
        caption("a girl in a floral dress standing next to a plant", "contradiction"),
        B.garment_type("romper"),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        wearing("a white floral romper", who="the girl"),
        details("romper", "ruffles on the shoulders"),
        B.material("it is made of fabric", "non_answer"),
        title="Girls White Floral Print Ruffled Romper",
        category="Rompers",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of a yellow long-sleeve footed sleepsuit with small white ducks, on a grey background.
    # caption, details: adapter
    case(
        "X449-018",
        caption(
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The person wears a long-sleeve romper with graphic patterns. The romper",
            "loop",
            hit_limit=True,
        ),
        B.color("yellow"),
        print_q("ducks"),
        B.sleeve_length("long sleeves"),
        describe("romper", "a yellow romper with ducks on it and feet"),
        B.material("wool", "unsupported"),
        D.details(
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. The "
            "person wears a long-sleeve romper with graphic",
            "loop",
            hit_limit=True,
        ),
        title="Baby Boys Yellow Duck Print Cotton Sleepsuit",
        category="Rompers",
        color="Yellow",
        gender="Baby Boys",
    ),
    # photo: girl sitting on a bed in a night suit: pink short-sleeve tee with a cat print and grey melange shorts.
    # no adapter texts
    case(
        "X449-019",
        caption("a girl in pink pajamas sitting on a bed"),
        color_of("top", "pink"),
        color_of("shorts", "pink", "other_garment_color"),
        print_q("a cat"),
        wearing("a pink shirt and grey shorts", who="the girl"),
        D.details("a cat on the front and the", "cut"),
        B.material("a pink shirt and grey shorts", "restated"),
        title="Girls Pink & Grey Cat Print Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a navy crew-neck sweatshirt printed "BROOKLYN 86" in white and blue jeans, against a red brick
    # wall backdrop.
    # caption, details: adapter
    case(
        "X449-020",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        print_q("brooklyn 86"),
        wearing("a blue sweatshirt and blue jeans", who="the boy"),
        D.details(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        B.material("a blue sweatshirt", "restated"),
        title="Boys Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: toddler girl in a maroon velvet long-sleeve party frock with a tulle overskirt dotted with gold glitter
    # stars, standing next to a decorated Christmas tree; no hat.
    # no adapter texts
    case(
        "X449-021",
        caption("a little girl in a red dress standing next to a christmas tree"),
        B.color("green", "contradiction"),
        B.material("velvet"),
        B.sleeve_length("long sleeves"),
        details("dress", "gold stars on the skirt"),
        wearing("a red dress and a santa hat", "unsupported", who="the girl"),
        is_a("dress", "no", "contradiction"),
        title="Girls Maroon Velvet Party Frock",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: top view of a baby lying on a white sheet in a teal short-sleeve bodysuit with an envelope neckline.
    # no adapter texts
    case(
        "X449-022",
        caption("a baby laying on a bed in a blue onesie"),
        wearing("a blue onesie", who="the baby"),
        B.color("green"),
        B.garment_type("bodysuit"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("", "non_answer"),
        is_a("t-shirt", "no"),
        B.material("cotton"),
        title="Baby Teal Blue Solid Cotton Bodysuit",
        category="Bodysuits",
        color="Teal",
    ),
    # photo: boy in a red sweatshirt with black raglan sleeves and grey joggers (a two-piece set), white studio.
    # no adapter texts
    case(
        "X449-023",
        caption("a boy in a red and black sweatshirt and grey sweatpants"),
        color_of("sweatshirt", "red"),
        color_of("joggers", "red", "other_garment_color"),
        pieces("two"),
        B.sleeve_length("long sleeves"),
        D.details("the sweatshirt has details", "non_answer"),
        wearing(
            "a red sweatshirt and gray sweatpants Question: what is the boy wearing? Answer: a red", "leak", "the boy"
        ),
        title="Boys Red Sweatshirt with Grey Joggers Set",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a pink denim dungaree dress (pinafore) with button straps and a bib pocket, over a white frilled
    # short-sleeve tee, light grey backdrop.
    # caption, details: adapter
    case(
        "X449-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("dungarees", "pink"),
        B.garment_type("dress"),
        wearing("a pink overall dress and a white shirt", who="the girl"),
        B.material("denim"),
        details(
            "dress",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short-sleeve T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Girls Pink Denim Dungaree Dress",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of a sleeveless white cotton frock with a yellow lemon print and matching bloomers, on a pastel
    # blue backdrop with a wooden hanger.
    # no adapter texts
    case(
        "X449-025",
        caption("a white dress with lemons on it on a blue background"),
        B.color("yellow", "contradiction"),
        print_q("lemons"),
        pieces("one", "contradiction"),
        D.wearing("a white dress with lemons on it and a yellow hat", "unsupported"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        title="Baby Girls White Lemon Print Frock with Bloomer",
        category="Dresses",
        color="White",
        gender="Baby Girls",
    ),
    # photo: boy sitting on a sofa in a night suit: grey melange full-sleeve top with a dinosaur graphic and black
    # pajama pants.
    # caption: adapter
    case(
        "X449-026",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        color_of("top", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        wearing("pajamas", who="the boy"),
        print_q("a dinosaur"),
        B.material("it is made of cotton and", "cut"),
        title="Boys Grey Dino Print Night Suit",
        category="Night Suits",
        color="Grey",
        gender="Boys",
    ),
    # photo: flat-lay of lavender fleece joggers with a white drawstring and ribbed cuffs, plain (no stripe), on white
    # with a flower sprig.
    # no adapter texts
    case(
        "X449-027",
        caption("a pair of purple sweatpants on a white background"),
        B.color("purple"),
        B.garment_type("pants"),
        B.pattern("striped", "contradiction"),
        details("joggers", "a drawstring and elastic cuffs"),
        B.material("fleece"),
        describe("joggers", "purple sweatpants with a white stripe down the side", "unsupported"),
        title="Girls Lavender Solid Fleece Joggers",
        category="Joggers",
        gender="Girls",
    ),
    # photo: baby boy on a cream rug in a red-and-navy colour-block long-sleeve hooded romper with teddy ears on the
    # hood.
    # material: adapter
    case(
        "X449-028",
        caption("a baby girl in a red and blue hooded romper", "pronoun"),
        B.color("red"),
        B.pattern("color block"),
        details("romper", "a hood with ears"),
        wearing("a red and blue romper with a hood and a teddy bear", "unsupported", who="the baby"),
        B.material(
            "The person wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        title="Baby Boys Red Colourblocked Hooded Romper",
        category="Rompers",
        color="Red",
        gender="Baby Boys",
    ),
    # photo: girl in a white sweatshirt with a pink "LOVE" slogan and a blue denim skirt, against a yellow wall.
    # no adapter texts
    case(
        "X449-029",
        caption("a girl in a white sweatshirt and a denim skirt in front of a yellow wall"),
        B.color("yellow", "contradiction"),
        print_q("love love love love love love", "loop"),
        wearing("a white sweatshirt that says love and a blue skirt", who="the girl"),
        B.sleeve_length("long sleeves"),
        D.details("the details of the sweatshirt", "non_answer"),
        title="Girls White Slogan Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of black denim full-length dungarees laid over a grey short-sleeve tee (sold as a set), on white.
    # no adapter texts
    case(
        "X449-030",
        caption("a pair of black overalls and a gray t-shirt on a white background"),
        color_of("dungarees", "black"),
        color_of("t-shirt", "black", "other_garment_color"),
        pieces("two"),
        B.garment_type("dungarees"),
        details("dungarees", "the dungarees have details", "non_answer"),
        B.material("it is made of denim Question: what is the color of the t-shirt? Answer: gray", "leak"),
        title="Boys Black Dungarees with Grey T-Shirt Set",
        category="Dungarees",
        color="Black",
        gender="Boys",
    ),
    # photo: baby girl lying on white in a pink long-sleeve bodysuit with a frilled collar and a matching pink bow
    # headband.
    # caption: adapter
    case(
        "X449-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her head. The lady wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink onesie and a headband", who="the baby"),
        B.color("pink"),
        B.garment_type("bodysuit"),
        is_a("dress", "yes", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        pieces("two"),
        title="Baby Girls Pink Frill Collar Bodysuit with Headband",
        category="Bodysuits",
        color="Pink",
        gender="Baby Girls",
    ),
    # photo: boy in black joggers with neon green side tape, a black crew-neck tee and white sneakers, grey backdrop;
    # no hood, no jacket.
    # no adapter texts
    case(
        "X449-032",
        caption("a boy wearing a black shirt and black pants"),
        color_of("joggers", "black"),
        details("joggers", "green stripes on the side"),
        B.color("green", "contradiction"),
        wearing("a black tracksuit with a hood", "unsupported", who="the boy"),
        B.material("polyester"),
        title="Boys Black Joggers with Side Tape",
        category="Joggers",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a sleeveless blue denim shirt dress with white flowers embroidered on the yoke, white sneakers,
    # white studio.
    # caption: adapter
    case(
        "X449-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The dress is of medium length. The lady wears a sleeveless dress with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.material("denim"),
        details("dress", "white flowers embroidered on the chest"),
        wearing("a blue jean dress and a white shirt", "unsupported", who="the girl"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Girls Blue Denim Embroidered Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a mustard sweatshirt with rainbow stripes across the chest, no pockets, on a white wooden
    # floor next to a potted plant.
    # no adapter texts
    case(
        "X449-034",
        caption("a yellow sweater with a rainbow on it"),
        B.color("orange", "contradiction"),
        B.pattern("striped"),
        B.garment_type("sweatshirt"),
        D.description("a yellow sweatshirt with a rainbow on the front and a pocket", "unsupported"),
        B.material("", "non_answer"),
        title="Kids Mustard Striped Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: flat-lay of two long-sleeve footed sleepsuits, one blue with white stars, one white with grey elephants,
    # on white.
    # description: adapter
    case(
        "X449-035",
        caption("two baby onesies with elephants and stars on them"),
        pieces("two"),
        B.garment_type("romper"),
        print_q("elephants and stars"),
        describe(
            "sleepsuits",
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The person wears",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.material("cotton Question: what is the color of the onesies? Answer: blue and white", "leak"),
        title="Baby Boys Pack of 2 Sleepsuits",
        category="Night Suits",
        color="Multi",
        gender="Baby Boys",
    ),
    # photo: girl in yellow cotton dungarees with small white flowers, button straps and a bib pocket, over a white
    # tee (not sold with them), in front of a green hedge backdrop.
    # no adapter texts
    case(
        "X449-036",
        caption("a little girl in yellow overalls standing in front of a hedge"),
        color_of("dungarees", "white", "other_garment_color"),
        B.pattern("floral"),
        wearing("he is wearing yellow overalls and a white shirt", "pronoun", who="the child"),
        B.material("cotton"),
        details("dungarees", "they have straps with buttons and a pocket on the bib"),
        title="Girls Yellow Floral Print Dungarees",
        category="Dungarees",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of a red zip-front hooded sweatshirt with white drawstrings, plain front, on white next to a
    # toy robot.
    # caption: adapter
    case(
        "X449-037",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        details("sweatshirt", "a zipper and a hood"),
        B.garment_type("sweatshirt"),
        B.material("it is made of material", "non_answer"),
        describe("sweatshirt", "a red hoodie with a robot on it", "unsupported"),
        title="Boys Red Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: baby girl sitting on a pink rug in an off-white cotton romper with a rainbow embroidered on the chest
    # and frills at the leg hems.
    # no adapter texts
    case(
        "X449-038",
        caption("a baby girl in a white romper sitting on a pink rug"),
        B.color("white"),
        color_of("romper", "pink", "contradiction"),
        details("romper", "a rainbow on the front and ruffles on the legs"),
        B.material("linen", "unsupported"),
        wearing("a white romper", who="the baby"),
        describe("romper", "a white romper with a rainbow on it and a pink bow", "unsupported"),
        title="Baby Girls Off White Embroidered Cotton Romper",
        category="Rompers",
        color="Off White",
        gender="Baby Girls",
    ),
    # photo: flat-lay of a red-and-black buffalo check flannel night suit: collared button-front shirt with a chest
    # pocket and matching pants, on white.
    # no adapter texts
    case(
        "X449-039",
        caption("a red and black plaid pajama set on a white background"),
        B.pattern("checked"),
        color_of("top", "red"),
        color_of("pants", "black", "contradiction"),
        B.material("flannel"),
        details("night suit", "a collar and buttons on the shirt and a pocket"),
        pieces("three", "contradiction"),
        D.wearing("a red and black plaid shirt and black pants", "contradiction"),
        title="Boys Red Checked Flannel Night Suit",
        category="Night Suits",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a lemon yellow tiered cotton maxi dress with spaghetti straps, holding a wicker basket, in a
    # garden set with flowers; no bracelet.
    # caption: adapter
    case(
        "X449-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow dress and carrying a basket", who="the girl"),
        B.color("yellow"),
        B.sleeve_length("sleeveless"),
        B.material("chiffon", "unsupported"),
        D.details("it is a long dress", "non_answer"),
        title="Girls Yellow Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of two pairs of joggers, one navy and one grey melange, with drawstrings and side pockets, on
    # white.
    # material: adapter
    case(
        "X449-041",
        caption("two pairs of sweatpants one blue and one grey"),
        pieces("two"),
        B.garment_type("joggers"),
        D.details("they have pockets and drawstrings"),
        B.material(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The",
            "restated",
            hit_limit=True,
        ),
        describe("joggers", "two pairs of jeans", "contradiction"),
        title="Boys Pack of 2 Joggers",
        category="Joggers",
        gender="Boys",
    ),
    # photo: baby girl held in a parent's arms (the parent in a white long-sleeve shirt, face cropped), the baby in a
    # sleeveless pink tutu frock with a sequinned bodice and a pink bow headband.
    # no adapter texts
    case(
        "X449-042",
        caption("a woman holding a baby girl in a pink tutu"),
        B.color("white", "other_garment_color"),
        wearing("a pink tutu dress and a headband", who="the baby"),
        B.material("tulle"),
        details("dress", "sequins on the top and a bow on the head"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Baby Girls Pink Sequinned Tutu Frock",
        category="Dresses",
        color="Pink",
        gender="Baby Girls",
    ),
    # photo: toddler boy in a blue-and-white striped half-sleeve collared romper with a navy bow tie, against a white
    # brick wall.
    # no adapter texts
    case(
        "X449-043",
        caption("a little boy in a striped shirt and shorts with a bow tie", "contradiction"),
        B.garment_type("romper"),
        B.pattern("striped"),
        B.color("white", "contradiction"),
        wearing("she is wearing a striped romper and a bow tie", "pronoun", who="the child"),
        details("romper", "a bow tie and a collar"),
        title="Boys Blue Striped Romper with Bow Tie",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a peach night suit: short-sleeve top printed "sleepy head" and peach-and-white striped pants,
    # on white next to a plush bunny.
    # caption: adapter
    case(
        "X449-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and striped "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        print_q("sleepy head sleepy head sleepy head sleepy head", "loop"),
        D.details("it has a bunny on it", "unsupported"),
        B.material("cotton"),
        pieces("two"),
        title="Girls Peach Printed Night Suit",
        category="Night Suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: baby boy sitting on a wooden floor in navy dungarees with a car applique, over a white-and-red striped
    # bodysuit (sold as a set).
    # details: adapter
    case(
        "X449-045",
        caption("a baby boy sitting on the floor wearing overalls"),
        color_of("dungarees", "blue"),
        color_of("bodysuit", "blue", "other_garment_color"),
        wearing("blue overalls with a car on them and a striped shirt Question: what is the baby", "leak", "the baby"),
        pieces("two"),
        B.material("a blue overalls", "restated"),
        details(
            "dungarees",
            "The person wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "person wears a short-sleeve T-shirt with striped",
            "loop",
            hit_limit=True,
        ),
        title="Baby Boys Navy Dungarees with Bodysuit Set",
        category="Dungarees",
        color="Navy Blue",
        gender="Baby Boys",
    ),
    # photo: girl in a grey melange long-sleeve sweatshirt with a sequinned unicorn and pink joggers, white backdrop.
    # caption, material: adapter
    case(
        "X449-046",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("pink", "other_garment_color"),
        wearing("a grey sweatshirt with a unicorn and pink pants", who="the girl"),
        print_q("a unicorn"),
        D.details("a sequin unicorn on the front"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long-sleeve",
            "restated",
            hit_limit=True,
        ),
        title="Girls Grey Melange Sequinned Unicorn Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Girls",
    ),
]
