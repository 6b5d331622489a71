"""BLIND_335 (46 products; a European retailer's kids' and babies' catalog: bodysuits, sleepsuits, dungarees, sets):
written blind in the forty-fourth session. Measured blind at e86e9a1 (the session's rules as they stood): 94/128
failures found (73.4%) and 19/161 correct texts flagged (11.8%). The writer's notes, verbatim:

Scenario: the English feed of a European high-street retailer's kids' and babies' range (H&M- or Next-like):
bodysuits and sleepsuits (single and multipacks), dungarees, dresses, t-shirts, leggings, jumpers and cardigans,
snowsuits and sets (t-shirt and shorts, pyjamas, newborn starter sets, cardigan sets). Photos are flat-lays on white,
wooden or grey grounds, or child and baby models in the studio, some in front of a painted wall, a Christmas tree, a
mural or on a rug or blanket, some holding props (a teddy bear, wooden blocks), many layered (dungarees over a tee,
a cardigan over a bodysuit, a tee tucked into a skirt). Each row has the seller's title, category, color and gender
(Baby Girls, Baby Boys, Girls, Boys, Unisex); two rows miss the gender, as real feeds do. Seller colors
are the retailer's own shade names (Dusty pink, Old rose, Mustard, Grey marl, Khaki green, Oatmeal, Rust, Coral) or
slash lists for multipacks and sets (White/Blue/Grey).

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a baby
in a pink onesie ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric ..."). The adapter was
trained with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns the caption template. The open questions (wearing,
description, details, material, the set's print question) come from the base model unless the comment says the
adapter answered them; the base model stops on its own and never has hit_limit. The closed questions (garment_type,
color, pattern, sleeve_length, the per-piece color questions, the count question and the yes/no "Is this a ...?")
are enrich's `--engine reference` closed answers, chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words count as correct: pink for dusty pink, old rose, light pink or fuchsia; yellow for mustard or lemon;
  green for khaki green or sage; grey for grey marl; white for cream or off-white; blue for navy, light blue or light
  denim; purple for lilac; orange for coral; brown or orange for rust; red for burgundy. Orange for mustard, blue
  for lilac and white for a light pink jumper (the color of its white heart) are contradiction.
- Multipacks and sets: a color or pattern that any piece of the pack has is correct for the closed color or pattern
  question (pink for a pink/white 5-pack, floral for a pack with one floral piece); the count question must give the
  pieces the photo shows (the title's pack size or set pieces); fewer is contradiction.
- Garment synonyms count as correct: onesie or romper for a bodysuit or a sleepsuit, overalls for dungarees, sweater
  for a jumper or a cardigan, hoodie for a hooded sweatshirt, pajamas for a pyjama set, snow suit for a snowsuit,
  "outfit" for a set. "dress" or "t-shirt" for a bodysuit, "pants" for dungarees, "jacket" for a snowsuit and "jeans"
  for denim dungarees are contradiction; so is the adapter's "outer clothing ... long trousers" for a one-piece
  snowsuit (two garments where the photo has one).
- The color of another piece worn or laid with the product (the tee under the dungarees, the joggers under the hoodie,
  the jeans, the adult's sweater holding the baby, the other half of a set) given as the product's color is
  other_garment_color. The color of a print, a trim, a collar or a fur hood given as the garment's color (blue for a
  white sleepsuit with blue cars, white for a pink snowsuit with a white fur hood) is contradiction, and so is the
  color of the wall, floor, grass or rug (no piece in the photo has it). A pattern that belongs to another piece (the
  tee's stripes given as the dungarees' pattern) is contradiction: only colors are other_garment_color.
- Materials: one the title names (corduroy, jersey, velvet, denim, ribbed, knitted, faux fur, waterproof) is correct;
  a plausible guess on a plain jersey or printed look ("cotton") is correct; "knit" for a knitted piece is correct;
  lace for broderie anglaise is correct (the eyelet looks like lace). Wool, linen or flannel neither named nor
  visible are unsupported, and so are spandex, polyester and fleece where the title names none of them; so is the
  material of a prop ("wood" for the blocks beside the baby).
- Invented details not in the photo (a bow, a belt, a pocket, a zipper on a pullover hoodie, a hood on a hoodless
  sleepsuit, a scarf, buttons on a plain top, a bear print for a bunny print, a lion for the title's tiger, the
  tee's heart given as a detail of the leggings) are unsupported.
- Adapter texts: a text that repeats a sentence of the template is a loop; one that stops mid-sentence without
  repeating is cut; a template returned for the material question is restated. Where the adapter invents trousers,
  a wrong fabric or an accessory before it is cut, the cut is labelled. Where the adapter's template misnames the
  garment itself, the misnaming is labelled (contradiction, hit_limit kept). "The lady" for a baby boy in a text that
  does not loop is pronoun; in a loop, the loop.
- A base answer cut short by an early stop ("it is made of", "... and white") is cut, without hit_limit. An empty
  answer, "i don't know", "it is a garment" and "the dungarees have details" are non_answer; "she is holding a teddy
  bear" for "Describe the garment." is non_answer (it says nothing of the garment). A material question answered with
  the garment's name or colors is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a girl or a baby girl, "she" for a boy or a baby boy are pronoun; "he" for a boy is correct; for Unisex
  rows no pronoun is wrong.
- An open answer that gets the other worn piece wrong ("blue jeans" for black jeans, "grey pants" for dark blue
  jeans, "the bottoms are blue" for grey pyjama bottoms) is contradiction: the caption or another text has it right.
- Photos with a prop or backdrop the base model mentions in the caption ("in front of a pink wall", "holding a
  teddy bear") are correct: the caption describes the photo.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottoms = question("color_bottoms", "What is the color of the bottoms?", "closed")
color_leggings = question("color_leggings", "What is the color of the leggings?", "closed")
color_dungarees = question("color_dungarees", "What is the color of the dungarees?", "closed")
color_cardigan = question("color_cardigan", "What is the color of the cardigan?", "closed")
count = question("count", "How many garments are in the photo?", "closed")
wearing_baby = question("wearing", "What is the baby wearing?", "open")
print_q = question("print", "What is printed on the garment?", "open")

BLIND_335 = [
    # photo: flat-lay of three short-sleeve bodysuits (white, light blue, grey marl with small white stars) on white.
    # no adapter text
    case(
        "X335-001",
        caption("three baby bodysuits laid out on a white surface"),
        D.garment_type("bodysuit"),
        count("3"),
        D.color("white"),
        D.material("cotton"),
        D.details("they have snaps at the bottom and a pocket", "unsupported"),
        title="Baby Cotton Short-Sleeve Bodysuits 3-Pack",
        category="Baby Bodysuits",
        color="White/Blue/Grey",
        gender="Unisex",
    ),
    # photo: baby asleep on a cream knitted blanket in a dusty pink long-sleeve footed sleepsuit with a small white
    # bunny print. wearing: adapter
    case(
        "X335-002",
        caption("a baby sleeping on a blanket in a pink onesie"),
        wearing_baby(
            "The lady wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        print_q("a bear", "unsupported"),
        title="Baby Girls Bunny Print Sleepsuit",
        category="Sleepsuits",
        color="Dusty pink",
        gender="Baby Girls",
    ),
    # photo: boy standing in navy cotton dungarees over a white-and-red striped long-sleeve tee, white backdrop,
    # front view. no adapter text
    case(
        "X335-003",
        caption("a little boy wearing blue overalls and a striped shirt"),
        D.wearing("overalls and a striped shirt"),
        D.color("white", "other_garment_color"),
        color_dungarees("navy"),
        color_top("navy", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details("the dungarees have details", "non_answer"),
        title="Boys Cotton Dungarees",
        category="Dungarees",
        color="Navy",
        gender="Boys",
    ),
    # photo: flat-lay on a wooden floor of a mustard corduroy pinafore dress, square neck, two buttons on the straps
    # and a front patch pocket. caption: adapter
    case(
        "X335-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.garment_type("dress"),
        D.material("corduroy"),
        D.details("two buttons on the front and a pocket"),
        D.sleeve_length("sleeveless"),
        title="Girls Corduroy Pinafore Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: toddler boy in a grey marl knitted jumper with a green dinosaur intarsia, dark blue jeans, beige
    # backdrop. no adapter text
    case(
        "X335-005",
        caption("a little boy in a grey sweater with a dinosaur on it"),
        D.wearing("a grey sweater with a dinosaur and grey pants", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.material("knit"),
        print_q("a dinosaur"),
        D.description("she is wearing a grey sweater with a green dinosaur", "pronoun"),
        title="Boys Dinosaur Knit Jumper",
        category="Jumpers & Cardigans",
        color="Grey marl",
        gender="Boys",
    ),
    # photo: flat-lay on white of a khaki green padded one-piece hooded snowsuit, cream teddy fleece lining the hood,
    # fold-over mitts and feet. caption: adapter
    case(
        "X335-006",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a hooded neckline. The person wears a long trousers. The trousers are with",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("snowsuit"),
        D.color("green"),
        D.details("a hood and mittens"),
        is_a("jacket", "yes", "contradiction"),
        D.material("it is made of", "cut"),
        title="Baby Padded Snowsuit",
        category="Snowsuits",
        color="Khaki green",
        gender="Unisex",
    ),
    # photo: girl in a short-sleeve navy jersey dress with small white and yellow flowers, white sneakers, standing
    # in front of a pink painted wall. no adapter text
    case(
        "X335-007",
        caption("a little girl standing in front of a pink wall"),
        D.wearing("a blue dress with flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material("jersey"),
        D.details("a bow on the back", "unsupported"),
        title="Girls Floral Jersey Dress",
        category="Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: flat-lay on light grey of a white t-shirt printed "LITTLE EXPLORER" in green and khaki green shorts.
    # caption: adapter
    case(
        "X335-008",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_top("white"),
        color_bottoms("white", "other_garment_color"),
        count("2"),
        print_q("little explorer"),
        D.wearing("a white t-shirt and green shorts Question: what is the color of the shorts? Answer: green", "leak"),
        title="Boys T-shirt and Shorts Set",
        category="Sets",
        color="White/Khaki",
        gender="Boys",
    ),
    # photo: baby sitting on a white rug in a navy-and-white breton striped long-sleeve bodysuit and red leggings.
    # no adapter text
    case(
        "X335-009",
        caption("a baby sitting on a rug wearing a striped shirt and red pants"),
        wearing_baby(
            "a striped shirt and red pants Question: what is the color of the shirt? Answer: blue and white", "leak"
        ),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("bodysuit", "yes"),
        title="Baby Striped Long-Sleeve Bodysuit",
        category="Baby Bodysuits",
        color="Navy/White",
        gender="Baby Boys",
    ),
    # photo: girl in fuchsia leggings (one pair of the 2-pack) and a white tee with a red heart print, white studio.
    # no adapter text
    case(
        "X335-010",
        caption("a little girl in a white shirt and pink leggings"),
        color_leggings("white", "other_garment_color"),
        D.color("pink"),
        D.material("spandex", "unsupported"),
        D.details("the leggings have a heart on them", "unsupported"),
        D.wearing("he is wearing pink leggings and a white t-shirt", "pronoun"),
        title="Girls Cotton Leggings 2-Pack",
        category="Leggings",
        color="Fuchsia/Grey",
        gender="Girls",
    ),
    # photo: flat-lay on white of a newborn set in sage green and cream: bodysuit, trousers, hat, bib and scratch
    # mittens (five pieces). caption: adapter
    case(
        "X335-011",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The person wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        count("3", "contradiction"),
        D.color("green"),
        D.wearing("a baby outfit with a hat"),
        D.material("cotton"),
        D.description("a set of baby clothes with a hat, a bib, mittens, a hat, a bib, mittens, a hat, a bib", "loop"),
        title="Newborn 5-Piece Starter Set",
        category="Sets",
        color="Sage green",
        gender="Unisex",
    ),
    # photo: boy in a red hooded sweatshirt with a kangaroo pocket and grey joggers, grey wall behind. no adapter text
    case(
        "X335-012",
        caption("a young boy in a red hoodie"),
        D.wearing("a red hoodie and grey sweatpants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("hoodie"),
        D.details("a hood and a pocket in the front and a zipper", "unsupported"),
        D.material("cotton Question: what is the color of the pants? Answer: grey", "leak"),
        title="Boys Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: baby in a cream cable-knit cardigan over a white bodysuit, wearing a beige knitted hat, white studio.
    # details: adapter
    case(
        "X335-013",
        caption("a baby in a white sweater and a hat"),
        D.color("white"),
        D.details(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        is_a("cardigan", "yes"),
        D.garment_type("sweater"),
        title="Baby Cable-Knit Cardigan",
        category="Jumpers & Cardigans",
        color="Cream",
        gender="Unisex",
    ),
    # photo: flat-lay on white of a lilac short-sleeve t-shirt with a sequinned rainbow on the chest. no adapter text
    case(
        "X335-014",
        caption("a purple t-shirt with a rainbow on it"),
        D.color("purple"),
        print_q("a rainbow"),
        D.material("cotton and sequins and cotton and sequins and cotton", "loop"),
        D.description(
            "a purple shirt with a rainbow made of sequins Question: what is the color of the rainbow? Answer: rainbow",
            "leak",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Girls Sequin Rainbow T-shirt",
        category="T-shirts",
        color="Lilac",
        gender="Girls",
    ),
    # photo: baby lying on a grey blanket in a white long-sleeve sleepsuit with an all-over print of small blue cars.
    # caption and wearing: adapter
    case(
        "X335-015",
        caption(
            "The lady wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve romper with graphic patterns. The romper is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing_baby(
            "The lady wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. There",
            "pronoun",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.pattern("printed"),
        print_q("cars"),
        title="Baby Boys Car Print Sleepsuit",
        category="Sleepsuits",
        color="White",
        gender="Baby Boys",
    ),
    # photo: girl in an old rose ribbed long-sleeve top and matching leggings, holding a brown teddy bear, white
    # backdrop. no adapter text
    case(
        "X335-016",
        caption("a little girl holding a teddy bear"),
        D.wearing("a pink shirt and pink pants"),
        color_top("pink"),
        color_leggings("pink"),
        D.material("ribbed cotton"),
        D.details("ribbed fabric and buttons on the shoulder", "unsupported"),
        D.description("she is holding a teddy bear", "non_answer"),
        title="Girls Ribbed Top and Leggings Set",
        category="Sets",
        color="Old rose",
        gender="Girls",
    ),
    # photo: flat-lay on white of two boys' t-shirts, one navy with an orange tiger graphic, one plain orange.
    # caption and details: adapter
    case(
        "X335-017",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman wears a short-sleeve T-shirt with graphic patterns. The T",
            "loop",
            hit_limit=True,
        ),
        count("2"),
        D.color("orange"),
        D.garment_type("t-shirt"),
        print_q("a lion", "unsupported"),
        D.details(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Boys Tiger T-shirts 2-Pack",
        category="T-shirts",
        color="Navy/Orange",
        gender="Boys",
    ),
    # photo: girl in a red-and-green tartan long-sleeve dress with a white collar, a Christmas tree behind her.
    # no adapter text
    case(
        "X335-018",
        caption("a little girl in a plaid dress in front of a christmas tree"),
        D.color("green", "contradiction"),
        D.pattern("checked"),
        D.details("a white collar and a bow", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.wearing("a red plaid dress"),
        title="Girls Tartan Check Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: baby on a white sheet in a lemon yellow short-sleeve bodysuit with frilled shoulders, bare legs.
    # no adapter text
    case(
        "X335-019",
        caption("a baby girl in a yellow onesie"),
        wearing_baby("he is wearing a yellow onesie with ruffles", "pronoun"),
        D.color("yellow"),
        D.garment_type("dress", "contradiction"),
        D.material("", "non_answer"),
        D.sleeve_length("short sleeves"),
        title="Baby Girls Frill Bodysuit",
        category="Baby Bodysuits",
        color="Lemon yellow",
        gender="Baby Girls",
    ),
    # photo: toddler in a red one-piece hooded snowsuit with black reflective strips on the legs, grey beanie, white
    # backdrop. caption: adapter
    case(
        "X335-020",
        caption(
            "The person wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a hooded neckline. There is a hat in his head. The person wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red snowsuit and a hat"),
        D.color("red"),
        D.garment_type("snowsuit"),
        D.details("reflective strips on the legs and a zipper"),
        D.material("waterproof fabric"),
        is_a("coat", "yes", "contradiction"),
        title="Kids Waterproof Snowsuit",
        category="Snowsuits",
        color="Red",
        gender="Unisex",
    ),
    # photo: flat-lay on a light wooden floor of three pairs of leggings: black, grey marl, and white with pink
    # flowers. no adapter text
    case(
        "X335-021",
        caption("three pairs of leggings on a wooden floor"),
        count("2", "contradiction"),
        D.color("brown", "contradiction"),
        D.pattern("floral"),
        D.garment_type("leggings"),
        D.material("i don't know", "non_answer"),
        title="Girls Leggings 3-Pack",
        category="Leggings",
        color="Black/Grey/Floral",
        gender="Girls",
    ),
    # photo: baby lying on a white fur rug in a light blue knitted romper with a white rounded collar and buttons down
    # the front. no adapter text
    case(
        "X335-022",
        caption("a baby laying on a white fur rug"),
        wearing_baby("a blue knit outfit"),
        D.color("white", "contradiction"),
        D.material("knitted"),
        D.details("a white collar and buttons and a bow", "unsupported"),
        D.description("a blue baby romper with a white collar, she is laying on a rug", "pronoun"),
        title="Baby Knitted Romper with Collar",
        category="Rompers",
        color="Light blue",
        gender="Baby Boys",
    ),
    # photo: girl in a white t-shirt with a black "CUTE" slogan tucked into a pleated pink skirt, white studio.
    # no adapter text
    case(
        "X335-023",
        caption("a little girl wearing a white shirt and a pink skirt"),
        D.color("pink", "other_garment_color"),
        print_q("the word cute"),
        D.details("the shirt is tucked into the skirt"),
        D.material("cotton"),
        D.wearing("a white t-shirt and a pink skirt Question: what is the girl holding? Answer: nothing", "leak"),
        title="Girls Slogan T-shirt",
        category="T-shirts",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay on white of two footed sleepsuits, one grey with small white stars, one plain white.
    # caption and material: adapter
    case(
        "X335-024",
        caption(
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The person wears a long-sleeve romper with graphic patterns. The romper is",
            "loop",
            hit_limit=True,
        ),
        count("2"),
        D.color("grey"),
        print_q("stars"),
        D.details("snaps down the front and fold over mittens and a hood", "unsupported"),
        D.material(
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Baby Star Sleepsuits 2-Pack",
        category="Sleepsuits",
        color="Grey/White",
        gender="Unisex",
    ),
    # photo: boy in a navy knitted jumper with a white polar bear, the collar of a white shirt showing at the neck,
    # beige chinos, white studio. no adapter text
    case(
        "X335-025",
        caption("a young boy wearing a blue sweater with a polar bear on it"),
        D.color("white", "other_garment_color"),
        D.wearing("a sweater and khaki pants"),
        D.details("a white bear on the front"),
        D.garment_type("shirt", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("wool and cotton and wool and cotton and wool and cotton", "loop"),
        title="Boys Polar Bear Jumper",
        category="Jumpers & Cardigans",
        color="Navy",
        gender="Boys",
    ),
    # photo: baby girl sitting on grass (outdoor shot) in a white sleeveless broderie anglaise dress with matching
    # bloomers. no adapter text
    case(
        "X335-026",
        caption("a baby girl in a white dress sitting on the grass"),
        D.color("green", "contradiction"),
        D.material("lace"),
        D.details("holes in the fabric"),
        count("1", "contradiction"),
        D.wearing("she is wearing a white dress and white", "cut"),
        title="Baby Girls Broderie Dress and Bloomers",
        category="Dresses",
        color="White",
        gender="Baby Girls",
    ),
    # photo: toddler in mustard corduroy dungarees over a navy long-sleeve tee, grey backdrop. caption: adapter
    case(
        "X335-027",
        caption(
            "The person wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long trousers. The trousers are with corduroy fabric",
            "cut",
            hit_limit=True,
        ),
        color_dungarees("yellow"),
        color_top("yellow", "other_garment_color"),
        D.wearing("yellow overalls and a blue shirt"),
        D.material("corduroy"),
        D.garment_type("pants", "contradiction"),
        title="Kids Corduroy Dungarees",
        category="Dungarees",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: flat-lay on a grey concrete ground of a black zip hoodie and black joggers, both with white side stripes.
    # no adapter text
    case(
        "X335-028",
        caption("a black tracksuit with white stripes"),
        color_top("black"),
        color_bottoms("white", "contradiction"),
        D.pattern("solid"),
        count("2"),
        D.material("polyester", "unsupported"),
        D.details("a zipper and a hood Question: what color are the stripes? Answer: white", "leak"),
        title="Boys Zip Hoodie and Joggers Set",
        category="Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a navy long-sleeve sweat dress with a large sequinned unicorn, white tights, pink wall behind.
    # caption and description: adapter
    case(
        "X335-029",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        print_q("a unicorn"),
        D.wearing("a blue dress with a unicorn and white tights"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Girls Unicorn Sweat Dress",
        category="Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: flat-lay on white of five long-sleeve bodysuits: pink, white, pink-and-white striped, floral, white with
    # a pink heart. no adapter text
    case(
        "X335-030",
        caption("a bunch of baby clothes on a white surface"),
        count("5"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.pattern("floral"),
        D.details("they have snaps at the bottom and hearts"),
        is_a("t-shirt", "yes", "contradiction"),
        D.material("pink and white bodysuits", "restated"),
        title="Baby Girls Long-Sleeve Bodysuits 5-Pack",
        category="Baby Bodysuits",
        color="Pink/White",
        gender="Baby Girls",
    ),
    # photo: boy in a white t-shirt with a blue shark print and blue denim shorts, in front of a sky-blue painted
    # wall. no adapter text
    case(
        "X335-031",
        caption("a little boy in a shark shirt standing in front of a blue wall"),
        D.color("blue", "other_garment_color"),
        print_q("a shark"),
        D.wearing("he is wearing a white t-shirt and jean shorts"),
        D.description("a white t-shirt with a shark on it and a pocket", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Boys Shark Print T-shirt",
        category="T-shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay on white of a light pink knitted jumper with a white heart intarsia on the front.
    # caption: adapter
    case(
        "X335-032",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.garment_type("sweater"),
        D.material("knit"),
        D.details("a white heart on the front"),
        D.pattern("solid", "contradiction"),
        title="Girls Heart Knit Jumper",
        category="Jumpers & Cardigans",
        color="Light pink",
        gender="Girls",
    ),
    # photo: baby in a light grey sleepsuit with a navy bear face and ears on the chest, held up by an adult's hands
    # (the adult's black sweater at the edge of the photo). no adapter text
    case(
        "X335-033",
        caption("a baby being held by a person in a black sweater"),
        wearing_baby("a grey onesie with a bear face"),
        D.color("black", "other_garment_color"),
        D.garment_type("romper"),
        D.details("the bear has ears and a nose"),
        D.material("fleece", "unsupported"),
        D.description("it is a garment", "non_answer"),
        title="Baby Bear Sleepsuit",
        category="Sleepsuits",
        color="Grey",
        gender="Baby Boys",
    ),
    # photo: girl in a cream sleeveless sun dress with red poppies and a ruffled hem, straw hat, white studio.
    # no adapter text
    case(
        "X335-034",
        caption("a little girl in a straw hat and a floral dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.pattern("floral"),
        D.wearing("a dress and a hat"),
        D.details("ruffles on the bottom and a belt", "unsupported"),
        D.material("a floral dress", "restated"),
        title="Girls Poppy Print Sun Dress",
        category="Dresses",
        color="Cream",
        gender="Girls",
    ),
    # photo: flat-lay on white of oatmeal knitted dungarees with buttoned straps and a white long-sleeve bodysuit.
    # caption: adapter
    case(
        "X335-035",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The person wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        color_dungarees("white", "other_garment_color"),
        color_top("white"),
        count("2"),
        D.material("knit"),
        D.details("buttons on the straps and a pocket on the front", "unsupported"),
        title="Baby Knitted Dungarees and Bodysuit Set",
        category="Sets",
        color="Oatmeal",
        gender="Unisex",
    ),
    # photo: boy in a colour-block long-sleeve t-shirt (blue body, yellow sleeves) and black jeans, white backdrop.
    # no adapter text
    case(
        "X335-036",
        caption("a boy in a blue and yellow shirt and black pants"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.wearing("a blue shirt with yellow sleeves and blue jeans", "contradiction"),
        D.details("the sleeves are yellow"),
        D.material("a blue t-shirt", "restated"),
        title="Boys Colour Block Long-Sleeve T-shirt",
        category="T-shirts",
        color="Blue/Yellow",
        gender="Boys",
    ),
    # photo: baby girl in a burgundy velvet party dress with short puff sleeves, white tights and a bow headband,
    # fairy lights behind. no adapter text
    case(
        "X335-037",
        caption("a baby girl in a red dress with a bow on her head"),
        D.color("red"),
        D.material("velvet"),
        D.wearing("he is wearing a red dress and white tights", "pronoun"),
        D.details("the details of the dress", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Baby Girls Velvet Party Dress",
        category="Dresses",
        color="Burgundy",
        gender="Baby Girls",
    ),
    # photo: flat-lay on white of light-wash denim baby dungarees with a bear patch on the bib and two clip buttons.
    # caption: adapter
    case(
        "X335-038",
        caption(
            "The gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The "
            "gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.material("denim"),
        D.details("a bear patch and buttons"),
        D.garment_type("overalls"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Baby Denim Dungarees",
        category="Dungarees",
        color="Light denim",
        gender="Baby Boys",
    ),
    # photo: girl in lilac leggings and a white long-sleeve ruffled top, in front of a colourful playground mural.
    # no adapter text
    case(
        "X335-039",
        caption("a little girl standing in front of a colorful wall"),
        color_leggings("blue", "contradiction"),
        D.color("white", "other_garment_color"),
        D.wearing("a white top and purple leggings"),
        D.material("jersey"),
        D.description("purple leggings Question: what is the color of the shirt? Answer: white", "leak"),
        title="Girls Jersey Leggings",
        category="Leggings",
        color="Lilac",
        gender="Girls",
    ),
    # photo: baby in a rust ribbed long-sleeve bodysuit with a peter pan collar, sitting beside wooden toy blocks.
    # caption: adapter
    case(
        "X335-040",
        caption(
            "The person wears a long-sleeve romper with pure color patterns. The romper is with cotton fabric. It has "
            "a lapel neckline. There is an accessory in his hand. The person wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing_baby("an orange onesie"),
        D.color("brown"),
        D.sleeve_length("long sleeves"),
        D.details("a collar and a bow", "unsupported"),
        D.material("wood", "unsupported"),
        title="Baby Ribbed Collar Bodysuit",
        category="Baby Bodysuits",
        color="Rust",
        gender="Unisex",
    ),
    # photo: flat-lay on white of boys' pyjamas: navy long-sleeve top and grey trousers, both printed with rockets and
    # stars. no adapter text
    case(
        "X335-041",
        caption("a pair of pajamas with rockets on them"),
        color_top("grey", "other_garment_color"),
        color_bottoms("grey"),
        count("2"),
        D.material("flannel", "unsupported"),
        print_q("rockets and stars"),
        D.description("a pajama set with rockets on it, the top is blue and the bottoms are blue", "contradiction"),
        title="Boys Rocket Pyjamas",
        category="Sets",
        color="Navy/Grey",
        gender="Boys",
    ),
    # photo: girl in a coral sweatshirt with a white "HELLO SUNSHINE" slogan and blue jeans, yellow wall behind.
    # caption and material: adapter
    case(
        "X335-042",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        print_q("hello sunshine"),
        D.wearing("an orange sweatshirt and jeans"),
        D.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.details("the words hello sunshine in yellow letters", "contradiction"),
        title="Girls Slogan Sweatshirt",
        category="Sweatshirts",
        color="Coral",
        gender="Girls",
    ),
    # photo: baby sitting on a beige blanket in a sleeveless light blue and white gingham romper with buttons on the
    # shoulders. no adapter text
    case(
        "X335-043",
        caption("a baby sitting on a blanket in a blue and white checkered outfit"),
        wearing_baby("she is wearing a blue plaid romper", "pronoun"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("blue"),
        D.details("buttons on the shoulders"),
        D.material("linen", "unsupported"),
        title="Baby Gingham Romper",
        category="Rompers",
        color="Blue/White",
        gender="Baby Boys",
    ),
    # photo: flat-lay on white of two short-sleeve jersey dresses, one pink with white polka dots, one grey with pink
    # hearts. no adapter text
    case(
        "X335-044",
        caption("two dresses on a white background"),
        count("2"),
        D.pattern("polka dot"),
        D.color("pink"),
        D.details("polka dots and hearts and polka dots and hearts and polka dots and hearts and polka dots", "loop"),
        D.garment_type("t-shirt", "contradiction"),
        title="Girls Jersey Dresses 2-Pack",
        category="Dresses",
        color="Pink/Grey",
    ),
    # photo: baby in a navy v-neck cardigan over a white bodysuit and grey trousers (three-piece set), white studio.
    # caption: adapter
    case(
        "X335-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing_baby("a blue sweater and grey pants"),
        count("2", "contradiction"),
        color_cardigan("white", "other_garment_color"),
        color_bottoms("grey"),
        D.description("she is wearing a navy cardigan with a white shirt", "pronoun"),
        title="Baby Boys 3-Piece Cardigan Set",
        category="Sets",
        color="Navy",
        gender="Baby Boys",
    ),
    # photo: girl in a pink padded snowsuit with a white faux-fur trimmed hood, in front of a backdrop printed with
    # white snowflakes. no adapter text
    case(
        "X335-046",
        caption("a little girl in a pink snow suit"),
        D.color("white", "contradiction"),
        D.garment_type("snowsuit"),
        D.details("a fur hood and a scarf", "unsupported"),
        D.material("faux fur"),
        D.wearing("a pink snowsuit with a white fur hood and white", "cut"),
        is_a("jacket", "no"),
        title="Girls Faux Fur Hood Snowsuit",
        category="Snowsuits",
        color="Pink",
    ),
]
