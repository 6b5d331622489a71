"""BLIND_235 (46 products; European kidswear and babywear: dresses, dungarees, knitwear, sleepsuits, sets, coats):
written blind in the forty-first session. Measured blind at bb6341b (the session's rules as they stood): 103/136
failures found (75.7%) and 9/161 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: a Next or Zara Kids-like English catalog feed of children's and baby clothes: dresses (broderie, floral
jersey, tiered poplin, velvet party), dungarees and pinafores (denim, cord), knitwear (cable jumpers, cardigans,
knitted rompers), rompers and playsuits, sleepsuits (single and multipacks), two-piece sets (tee and shorts, hoodie
and joggers, blouse and leggings) and coats (padded, parka, smart wool, pramsuits). Photos are either child models
(studio backdrops, brick walls, parks, snow, a Christmas tree) or flat-lays on wooden floors, bed sheets and coloured
paper with props (wooden toys, straw hats, pine cones, boots). Seller colors use the brand's shade names: Ecru,
Oatmeal, Sage, Rust, Mustard, Khaki, Stone, Navy. Each row has the seller's title, category, color and gender
(Girls, Boys, Unisex); a few rows miss the color or the gender, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little
girl in a green dress ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template,
"The lady wears a long-sleeve sweater with pure color patterns. ..."). The adapter never learnt an end token, so
every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked
any question it returns its template. The open questions (wearing, description, details, material, print, count)
come from the base model unless the comment names the adapter; the base model stops on its own (never hit_limit),
sometimes too early, sometimes after running on into a new "Question: ... Answer:". The closed questions
(garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference`
answers, one candidate from a set; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: white, cream or beige for Ecru; beige or brown for Oatmeal and
  Stone; green for Sage and Khaki; orange, brown or red for Rust (the shade sits between them and the base model
  says all three); yellow for Mustard; brown, beige or tan for Camel; blue for Navy and Mid Blue. Navy given as
  black is a contradiction.
- A color of the photo that is not the product's (the backdrop, a brick wall, a Christmas tree, a prop, a print or
  slogan on the garment) given as the product's color is contradiction; the color of another garment worn with it
  (the tee under the dungarees, the tartan dress under the coat, the other half of a set) is other_garment_color.
- Synonyms are correct: overalls for dungarees, onesie or romper for a sleepsuit, jumpsuit or romper for a
  pramsuit or a playsuit, sweater for a jumper, jacket for a coat or parka, sweatshirt for a hoodie, pants for
  joggers or chinos, shorts for dungaree shorts. "jeans" for dungarees, "dress" for a playsuit and "a white teddy
  bear" for a fleece pramsuit with ears are contradictions. A cardigan answered "sweater" by the adapter template is
  tolerated (the template has no cardigan); the reference engine answers "cardigan" where it is right.
- Multipacks: a count that disagrees with the title ("3 Pack") is contradiction.
- Materials: a fabric the title names (cord, velvet, broderie cotton, fleece, denim, jersey) or one plainly visible
  (knit as wool, a plain tee as cotton, a padded shell as polyester) is correct; "denim" for cord dungarees or
  "silk" for a cotton dress is unsupported. A material question answered with the garment and its color is
  restated; the adapter's template returned for the material question is restated (hit_limit kept).
- Invented things not in the photo (fur trim, a zip, a hood, a bow on an unseen back, a teddy bear on the print, a
  backpack, a velvet collar) are unsupported.
- Pronouns: "he"/"boy"/"gentleman" for a Girls product, or "she"/"girl"/"lady" for a Boys product, is pronoun; for
  Unisex baby products any pronoun is tolerated. The adapter's "The lady wears" on a girl's dress is correct.
- Adapter texts: one repeating a sentence (or the start of one) is loop; one stopping mid-sentence without
  repeating is cut; where the template misnames the garment (a playsuit as a dress) or the gender (the gentleman
  for a girl), that is what the auditor sees first: contradiction or pronoun, hit_limit kept. The template answering
  wearing, description or details does answer them, so those are cut or loop, not restated.
- A base answer stopped short ("it is made of", "the top has ruffles on the sleeves and the shorts have") is cut
  without hit_limit. An empty answer, "nothing" or "a baby" for what a flat-lay shows, and "the details of the
  dress" are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- The reference engine's "long sleeves" for a pinafore worn over a long-sleeve top, "striped" for cable knit or for
  plain cord dungarees over a striped tee, "checked" for a plain coat worn over a tartan dress (the pattern of
  another garment: no pattern kind of its own) and "short sleeves" for a sleeveless dress are contradiction.
- A base list that repeats a word but names real, distinct parts ("a ruffle on the neck and a ruffle on the sleeves
  and a ruffle on the bottom" for a dress frilled at all three) stops on its own and is correct, not a loop.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
print_q = question("print", "What is printed on the garment?", "open")
count_q = question("count", "How many garments are in the photo?", "open")

BLIND_235 = [
    # photo: girl model in an ecru broderie anglaise sleeveless dress with frilled shoulders, white trainers, beige
    # plaster wall behind her, full length front view.
    # adapter: none
    case(
        "X235-001",
        caption("a little girl in a white dress standing in front of a wall"),
        D.wearing(
            "a white dress Question: What is the girl wearing? Answer: a white dress",
            "leak",
        ),
        D.color("white"),
        D.pattern("solid"),
        D.details("it has ruffles on the shoulders and holes in the fabric"),
        D.material("silk", "unsupported"),
        title="Ecru Broderie Frill Sleeve Dress (3-12yrs)",
        category="Dresses",
        color="Ecru",
        gender="Girls",
    ),
    # photo: boy model in mustard cord dungarees over a navy and white striped long-sleeve tee, white studio.
    # adapter: details
    case(
        "X235-002",
        caption("a little boy wearing yellow overalls and a striped shirt"),
        D.wearing("yellow overalls and a blue and white striped shirt"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with "
            "cotton fabric. The gentleman wears a long-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("denim", "unsupported"),
        title="Mustard Cord Dungarees (3mths-7yrs)",
        category="Dungarees",
        color="Mustard",
        gender="Boys",
    ),
    # photo: flat-lay of a sage green sleepsuit with a small white star print and poppers down the front, on white
    # painted floorboards.
    # adapter: caption
    case(
        "X235-003",
        caption(
            "The lady wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve romper with graphic patterns. The romper",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("romper"),
        D.color("green"),
        D.pattern("polka dot", "contradiction"),
        D.description("a green baby onesie with white stars on it"),
        D.details("it has snaps down the front"),
        D.material("", "non_answer"),
        title="Sage Star Print Sleepsuit (0-18mths)",
        category="Sleepsuits",
        color="Sage",
        gender="Unisex",
    ),
    # photo: girl model in a rust cable-knit cardigan worn open over a white tee and blue jeans, autumn park with
    # fallen leaves behind her.
    # adapter: none
    case(
        "X235-004",
        caption("a young girl wearing an orange sweater and jeans in the park"),
        D.garment_type("cardigan"),
        D.color("orange"),
        color_of("cardigan", "white", "other_garment_color"),
        D.details("the sweater has buttons and a zipper on the front", "unsupported"),
        D.material("wool"),
        title="Rust Cable Knit Cardigan (3-16yrs)",
        category="Knitwear",
        color="Rust",
        gender="Girls",
    ),
    # photo: boy model in a navy padded hooded coat, zipped, grey joggers, black wellies, plain white studio.
    # adapter: none
    case(
        "X235-005",
        caption("a little boy wearing a blue jacket and grey pants"),
        D.wearing("a black jacket and grey pants", "contradiction"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.details("it has a hood with fur trim and a zipper", "unsupported"),
        D.material("it is made of", "cut"),
        title="Navy Shower Resistant Padded Coat (3-16yrs)",
        category="Coats & Jackets",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl model in a pink jersey dress with a small white and yellow flower print, long sleeves, white
    # tights, pale grey studio backdrop.
    # adapter: caption, details
    case(
        "X235-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. The lady wears a pair of tights and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a pink dress with white flowers and white tights Question: What is the color of the dress? Answer: pink",
            "leak",
        ),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        title="Pink Ditsy Floral Jersey Dress (3mths-7yrs)",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of an oatmeal knitted romper with wooden buttons on the shoulders, on a white bed sheet, a
    # wooden teether ring beside it.
    # adapter: none
    case(
        "X235-007",
        caption("a baby romper and a wooden toy on a bed"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("romper"),
        D.color("beige"),
        D.description(
            "a beige knitted baby romper with buttons on the shoulders and a hood",
            "unsupported",
        ),
        D.material("wool"),
        title="Oatmeal Knitted Romper (0-2yrs)",
        category="Rompers",
        color="Oatmeal",
        gender="Unisex",
    ),
    # photo: girl model in a white tee with a rainbow print and mustard cycling shorts, pink paper backdrop.
    # adapter: none
    case(
        "X235-008",
        caption("a little girl in a white shirt and yellow shorts"),
        D.wearing("a white t-shirt with a rainbow on it and yellow shorts"),
        color_top("white"),
        color_shorts("white", "other_garment_color"),
        print_q("a rainbow and a unicorn", "unsupported"),
        D.material("a white t-shirt and yellow shorts", "restated"),
        is_a("t-shirt", "yes"),
        title="Rainbow T-Shirt and Cycling Shorts Set (3-16yrs)",
        category="Two-Piece Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy model in mid blue denim dungarees over a red and white gingham shirt, brown boots, white studio.
    # adapter: caption
    case(
        "X235-009",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with denim fabric and solid color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a boy in overalls and a red plaid shirt"),
        D.garment_type("jeans", "contradiction"),
        D.color("red", "other_garment_color"),
        color_of("shirt", "red"),
        D.details("the overalls have two buttons on the straps and a pocket on the front"),
        title="Mid Blue Denim Dungarees (3mths-7yrs)",
        category="Dungarees",
        color="Mid Blue",
        gender="Boys",
    ),
    # photo: girl model in a sage green sleeveless tiered poplin dress, standing in a meadow of yellow flowers,
    # front view.
    # adapter: none
    case(
        "X235-010",
        caption("a little girl in a green dress standing in a field of flowers"),
        D.wearing("she is wearing a green dress"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has ruffles at the bottom and a bow on the back", "unsupported"),
        D.material("cotton"),
        title="Sage Tiered Poplin Dress (3-16yrs)",
        category="Dresses",
        color="Sage",
        gender="Girls",
    ),
    # photo: boy model in a grey marl hoodie and matching joggers, white trainers, light grey studio.
    # adapter: none
    case(
        "X235-011",
        caption("a young girl wearing a grey sweatshirt and grey sweatpants", "pronoun"),
        D.wearing("a grey hoodie and grey sweatpants"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        color_pants("black", "contradiction"),
        D.material("it's made of cotton and", "cut"),
        title="Grey Marl Hoodie and Joggers Set (3-16yrs)",
        category="Two-Piece Sets",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl model in a navy wool-blend coat with gold buttons and a plain notch collar, worn open over a red
    # tartan dress, white tights, grey studio.
    # adapter: none
    case(
        "X235-012",
        caption("a little girl wearing a blue coat and a red plaid dress"),
        D.wearing("a navy blue coat"),
        D.garment_type("coat"),
        D.color("red", "other_garment_color"),
        D.details("the coat has gold buttons and a velvet collar", "unsupported"),
        D.pattern("checked", "contradiction"),
        D.material("a blue coat", "restated"),
        title="Navy Smart Coat with Gold Buttons (3-16yrs)",
        category="Coats & Jackets",
        color="Navy",
        gender="Girls",
    ),
    # photo: baby girl sitting on a cream rug in a pink floral blouse with a Peter Pan collar and plain pink
    # leggings, front view.
    # adapter: caption, details, material
    case(
        "X235-013",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and it has a lapel neckline. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink floral shirt and pink pants", who="the baby"),
        color_top("pink"),
        color_of("leggings", "pink"),
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and it has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and it has a",
            "restated",
            hit_limit=True,
        ),
        title="Floral Blouse and Leggings Set (0mths-3yrs)",
        category="Two-Piece Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy model in a rust crew-neck knitted jumper and stone chinos, white studio, three-quarter view.
    # adapter: none
    case(
        "X235-014",
        caption("a young boy wearing a red sweater and khaki pants"),
        D.wearing(
            "a red sweater and khaki pants Question: What is the boy wearing? Answer: a red sweater and",
            "leak",
        ),
        D.garment_type("cardigan", "contradiction"),
        D.color("brown"),
        color_pants("brown", "other_garment_color"),
        D.description("a red sweater with a crew neck"),
        D.material("cotton"),
        title="Rust Crew Neck Jumper (3-16yrs)",
        category="Knitwear",
        color="Rust",
        gender="Boys",
    ),
    # photo: flat-lay of an ecru cable-knit jumper on pale wooden floorboards, a pair of brown lace-up boots beside it.
    # adapter: details
    case(
        "X235-015",
        caption("a white sweater and a pair of brown boots on a wooden floor"),
        D.garment_type("sweater"),
        D.color("brown", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Ecru Cable Knit Jumper (3-16yrs)",
        category="Knitwear",
        color="Ecru",
        gender="Girls",
    ),
    # photo: flat-lay of three baby sleepsuits side by side: pale blue, white with blue stripes, navy with a green
    # dinosaur print, on a white background.
    # adapter: none
    case(
        "X235-016",
        caption("three baby onesies with dinosaurs on them"),
        D.wearing("a baby", "non_answer"),
        D.garment_type("romper"),
        D.color("blue"),
        count_q("2", "contradiction"),
        D.description("a blue baby onesie with a dinosaur on it"),
        D.material("cotton Question: What is the color of the garment? Answer: blue", "leak"),
        title="3 Pack Dinosaur Sleepsuits (0-2yrs)",
        category="Sleepsuits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl model in a black velvet party dress with a tulle skirt, short puff sleeves and a satin bow at the
    # waist, in front of a lit green Christmas tree.
    # adapter: none
    case(
        "X235-017",
        caption("a little girl in a black dress in front of a christmas tree"),
        D.wearing(
            "a black dress Question: What is the color of the dress? Answer: black",
            "leak",
        ),
        D.color("green", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a tulle skirt and a bow at the waist"),
        D.material("velvet"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a short-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Black Velvet Tulle Party Dress (3-16yrs)",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy model sitting on stone steps outdoors, navy polo shirt and stone cotton shorts, white trainers.
    # adapter: material
    case(
        "X235-018",
        caption("a little boy sitting on the steps wearing a blue shirt and shorts"),
        D.wearing("a blue polo shirt and khaki shorts"),
        color_top("blue"),
        color_shorts("blue", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.details("the shirt has details", "non_answer"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with "
            "cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        title="Navy Polo Shirt and Stone Shorts Set (3-16yrs)",
        category="Two-Piece Sets",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl model in a mustard cord pinafore dress over a cream long-sleeve ribbed top, brown ankle boots,
    # white studio.
    # adapter: none
    case(
        "X235-019",
        caption("a little girl wearing a yellow dress and a white shirt"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.color("yellow"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "the dress has two buttons on the front and a pocket and a belt",
            "unsupported",
        ),
        D.material("corduroy"),
        title="Mustard Cord Pinafore Dress (3mths-7yrs)",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: flat-lay of an ecru sherpa fleece hooded pramsuit with bear ears on the hood and a front zip, on white.
    # adapter: caption
    case(
        "X235-020",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long-sleeve romper with pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jumpsuit"),
        D.color("cream"),
        D.description("a white teddy bear", "contradiction"),
        D.details("it has a hood with bear ears and a zipper"),
        D.material("fleece"),
        title="Ecru Fleece Pramsuit with Ears (0-18mths)",
        category="Coats & Pramsuits",
        color="Ecru",
        gender="Unisex",
    ),
    # photo: girl model in denim dungaree shorts with a pink embroidered heart on the bib, over a pink and white
    # striped tee, white trainers, blue sky outdoors.
    # adapter: none
    case(
        "X235-021",
        caption("a little boy wearing overalls and a pink striped shirt", "pronoun"),
        D.wearing(
            "denim overalls with a pink heart on the front and a pink and white striped shirt and a pink backpack",
            "unsupported",
        ),
        D.garment_type("shorts"),
        D.color("pink", "other_garment_color"),
        D.details("the overalls have a heart on the front"),
        D.material("denim"),
        title="Denim Heart Dungaree Shorts (3-16yrs)",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy model in an oatmeal zip-neck knitted jumper and blue jeans, red brick wall behind him.
    # adapter: details
    case(
        "X235-022",
        caption("a young boy standing in front of a brick wall wearing a beige sweater"),
        D.garment_type("sweater"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.material("cashmere", "unsupported"),
        title="Oatmeal Zip Neck Jumper (3-16yrs)",
        category="Knitwear",
        color="Oatmeal",
        gender="Boys",
    ),
    # photo: flat-lay of a sage broderie top and matching shorts on pale pink paper, a straw sun hat as a prop.
    # adapter: none
    case(
        "X235-023",
        caption("a green top and shorts and a straw hat on a pink background"),
        D.wearing("a green top and shorts"),
        color_top("green"),
        color_shorts("pink", "contradiction"),
        D.pattern("solid"),
        D.details("the top has ruffles on the sleeves and the shorts have", "cut"),
        D.material("linen", "unsupported"),
        title="Sage Broderie Top and Shorts Set (3-16yrs)",
        category="Two-Piece Sets",
        color="Sage",
        gender="Girls",
    ),
    # photo: boy model in a khaki parka with a faux fur trimmed hood, zip and popper placket, black jeans, snowy
    # park behind him.
    # adapter: material
    case(
        "X235-024",
        caption("a little girl in a green jacket standing in the snow", "pronoun"),
        D.wearing("a green jacket and black pants"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.details("the jacket has a fur lined hood and a zipper and buttons on the front"),
        color_pants("black"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        title="Khaki Parka with Faux Fur Hood (3-16yrs)",
        category="Coats & Jackets",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl model in a pink floral sleeveless playsuit with frilled shorts, in a garden with a green hedge.
    # adapter: caption
    case(
        "X235-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink floral jumpsuit"),
        D.garment_type("romper"),
        D.color("pink"),
        D.pattern("floral"),
        is_a("dress", "yes", "contradiction"),
        D.details(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The lady wears "
            "a sleeveless dress with floral patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        title="Pink Floral Frill Playsuit (3-16yrs)",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby boy lying on a grey blanket in a white sleepsuit with thin navy stripes and "little brother" in
    # navy letters on the chest.
    # adapter: none
    case(
        "X235-026",
        caption("a baby boy lying on a blanket wearing a striped onesie"),
        wearing("a striped onesie that says little brother", who="the baby"),
        D.color("white"),
        D.pattern("striped"),
        print_q("little brother"),
        D.description(
            "a white and blue striped onesie with the words little brother on the front and a teddy bear",
            "unsupported",
        ),
        D.details("the onesie has", "cut"),
        title="Little Brother Striped Sleepsuit (0-18mths)",
        category="Sleepsuits",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of an ecru knitted cardigan with small embroidered flowers and pearl buttons, on a dark wooden
    # table with pine cones around it.
    # adapter: caption
    case(
        "X235-027",
        caption(
            "The lady wears a long-sleeve sweater with floral patterns. The sweater is with knitting fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve sweater with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("brown", "contradiction"),
        D.details("it has flowers embroidered on the front and buttons"),
        D.description(
            "a white cardigan with flowers Question: What is the color of the cardigan? Answer: white",
            "leak",
        ),
        D.material("cotton"),
        title="Ecru Embroidered Cardigan (3mths-7yrs)",
        category="Knitwear",
        color="Ecru",
        gender="Girls",
    ),
    # photo: boy model in a sage sweatshirt with "ADVENTURE" printed in white across the chest and matching sage
    # joggers, white studio.
    # adapter: details
    case(
        "X235-028",
        caption("a young boy wearing a green sweatshirt that says adventure"),
        D.wearing("a green sweatshirt and grey sweatpants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("white", "contradiction"),
        print_q("adventure"),
        D.details(
            "The gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with "
            "cotton fabric and it has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Sage Adventure Sweatshirt and Joggers Set (3-16yrs)",
        category="Two-Piece Sets",
        color="Sage",
        gender="Boys",
    ),
    # photo: girl model in a navy smocked dress with a white Peter Pan collar and short puff sleeves, on a sandy beach
    # with blue sea behind her.
    # adapter: material
    case(
        "X235-029",
        caption("a little girl in a blue dress with a white collar on the beach"),
        D.wearing("a blue dress with a white collar"),
        D.color("black", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "the dress has smocking on the chest and a white collar and pockets",
            "unsupported",
        ),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Navy Smocked Collar Dress (3-12yrs)",
        category="Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: baby sitting on a grey sofa in an oatmeal ribbed long-sleeve top and matching ribbed leggings.
    # adapter: caption
    case(
        "X235-030",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. The leggings are with cotton fabric. The lady wears a long-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a beige shirt and pants", who="the baby"),
        color_top("beige"),
        color_pants("white", "contradiction"),
        D.details("the shirt and the pants", "non_answer"),
        D.material("cotton"),
        title="Oatmeal Ribbed Top and Leggings Set (0mths-3yrs)",
        category="Two-Piece Sets",
        color="Oatmeal",
    ),
    # photo: girl model in rust cord dungarees over a cream blouse with a frilled collar, brown boots, beige studio.
    # adapter: details
    case(
        "X235-031",
        caption("a little girl in brown overalls and a white shirt"),
        D.wearing("brown overalls and a white shirt and a brown hat", "unsupported"),
        D.color("white", "other_garment_color"),
        is_a("pair of dungarees", "no", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "corduroy fabric. The lady wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("corduroy"),
        title="Rust Cord Dungarees (3mths-7yrs)",
        category="Dungarees",
        color="Rust",
        gender="Girls",
    ),
    # photo: boy model in a navy Fair Isle jumper with a red and white snowflake band across the chest, blue jeans,
    # white studio.
    # adapter: none
    case(
        "X235-032",
        caption("a young boy wearing a christmas sweater"),
        D.wearing("a red sweater and blue jeans", "contradiction"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.details("the sweater has a snowflake pattern and reindeer on it", "unsupported"),
        D.material("wool"),
        is_a("sweater", "yes"),
        title="Navy Fair Isle Jumper (3-16yrs)",
        category="Knitwear",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl model in a pink padded jacket with the hood up, grey leggings, white studio.
    # adapter: caption
    case(
        "X235-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "a pink coat and grey leggings Question: What is the girl wearing? Answer: a pink coat",
            "leak",
        ),
        D.garment_type("coat"),
        D.color("pink"),
        D.details("the details of the jacket", "non_answer"),
        D.material("polyester"),
        title="Pink Padded Jacket (3mths-7yrs)",
        category="Coats & Jackets",
        gender="Girls",
    ),
    # photo: flat-lay of two sleepsuits on white: one plain mustard, one cream with a small bee print.
    # adapter: none
    case(
        "X235-034",
        caption("two baby onesies with bees on them"),
        count_q("two"),
        D.color("yellow"),
        D.pattern("graphic"),
        print_q("bees"),
        D.description("a yellow baby onesie with bees on it and a yellow hat", "unsupported"),
        D.material("a yellow onesie", "restated"),
        title="2 Pack Bee Sleepsuits (0-18mths)",
        category="Sleepsuits",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: girl model sitting on a wooden garden bench in a sage knitted cardigan over a white dress with a small
    # pink floral print.
    # adapter: none
    case(
        "X235-035",
        caption("a little girl sitting on a bench wearing a green sweater and a white dress"),
        D.wearing("a green cardigan and a green dress", "other_garment_color"),
        color_of("cardigan", "green"),
        color_of("dress", "green", "other_garment_color"),
        D.details(
            "the cardigan has buttons and the dress has flowers on it Question: What is the girl wearing? Answer:",
            "leak",
        ),
        D.material("wool and cotton"),
        title="Sage Cardigan and Floral Dress Set (3mths-7yrs)",
        category="Two-Piece Sets",
        color="Sage",
        gender="Girls",
    ),
    # photo: boy model in a mid blue denim jacket with a cream borg collar over a white tee, black jeans, grey
    # backdrop.
    # adapter: caption
    case(
        "X235-036",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "denim fabric. The gentleman wears a long-sleeve jacket with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a white shirt and blue jeans", "contradiction"),
        D.garment_type("jacket"),
        D.color("blue"),
        color_of("shirt", "white"),
        D.details("the jacket has a fur collar and buttons on the front"),
        D.material("leather", "unsupported"),
        title="Mid Blue Denim Jacket with Borg Collar (3-16yrs)",
        category="Coats & Jackets",
        color="Mid Blue",
        gender="Boys",
    ),
    # photo: girl model in a rust woven dress with a cream floral print, long sleeves, frills at the neck, cuffs and
    # hem, in a pumpkin patch.
    # adapter: none
    case(
        "X235-037",
        caption("a little girl in an orange dress with white flowers"),
        D.wearing("he is wearing a dress", "pronoun"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has a ruffle on the neck and a ruffle on the sleeves and a ruffle on the bottom"),
        D.material("it is made of fabric", "non_answer"),
        title="Rust Floral Ruffle Dress (3-16yrs)",
        category="Dresses",
        color="Rust",
        gender="Girls",
    ),
    # photo: baby boy standing holding a white crib rail in khaki twill dungarees over a white and navy striped
    # bodysuit.
    # adapter: details
    case(
        "X235-038",
        caption("a baby girl wearing a green overall and a striped shirt", "pronoun"),
        wearing(
            "green overalls and a striped shirt Question: What is the baby wearing? Answer: green overalls",
            "leak",
            who="the baby",
        ),
        color_of("dungarees", "white", "other_garment_color"),
        color_top("white"),
        D.details(
            "The gentleman wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It "
            "has a suspenders neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Khaki Dungarees and Striped Bodysuit Set (0mths-3yrs)",
        category="Two-Piece Sets",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl model in an ecru bridesmaid dress with a lace bodice and tulle skirt, sleeveless, holding a bouquet
    # of pink roses, white studio.
    # adapter: none
    case(
        "X235-039",
        caption("a little girl in a white dress holding a bouquet of flowers"),
        D.wearing("he is wearing a white dress", "pronoun"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details(
            "the dress has a lace top and a tulle skirt and a pearl necklace",
            "unsupported",
        ),
        D.material("tulle"),
        title="Ecru Lace and Tulle Bridesmaid Dress (3-12yrs)",
        category="Dresses",
        color="Ecru",
        gender="Girls",
    ),
    # photo: flat-lay of navy pyjamas (long-sleeve top and long bottoms) with a rocket, star and planet print, on
    # grey felt with a plush toy rocket beside them.
    # adapter: material
    case(
        "X235-040",
        caption("a pair of blue pajamas with rockets and stars on them"),
        D.wearing("pajamas"),
        D.color("blue"),
        D.pattern("graphic"),
        color_pants("grey", "contradiction"),
        print_q("rockets and stars and planets"),
        D.details(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The gentleman wears a long-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        title="Navy Space Print Pyjamas (9mths-8yrs)",
        category="Nightwear",
        color="Navy",
        gender="Boys",
    ),
    # photo: baby girl lying on a white blanket in a pink sleepsuit with a white bunny appliqué on the chest, no hood.
    # adapter: caption
    case(
        "X235-041",
        caption(
            "The lady wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "round neckline. There is a ring on her finger. The lady also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink onesie with a bunny on it", who="the baby"),
        D.color("pink"),
        print_q("a bunny"),
        D.details(
            "the onesie has a bunny on the front and a hood with bunny ears",
            "unsupported",
        ),
        D.material("a pink onesie", "restated"),
        title="Pink Bunny Sleepsuit (0-18mths)",
        category="Sleepsuits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy model in a camel wool-blend single-breasted coat over a white shirt and navy trousers, grey studio.
    # adapter: wearing
    case(
        "X235-042",
        caption("a young boy in a brown coat and blue pants"),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with wool fabric. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("coat"),
        D.color("blue", "other_garment_color"),
        D.details("the coat has buttons on the front and a belt", "unsupported"),
        D.material("wool"),
        title="Camel Wool Blend Smart Coat (3-16yrs)",
        category="Coats & Jackets",
        color="Camel",
        gender="Boys",
    ),
    # photo: girl model in a mustard knitted jumper and matching knitted mini skirt, brown tights, white studio.
    # adapter: details
    case(
        "X235-043",
        caption("a little girl in a yellow sweater and skirt"),
        D.wearing("a yellow sweater and a yellow skirt and brown tights"),
        color_top("orange", "contradiction"),
        color_of("skirt", "brown", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Mustard Knitted Jumper and Skirt Set (3mths-7yrs)",
        category="Two-Piece Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl model in a black and white gingham dress with a small red cherry print, short sleeves, round neck
    # without collar, red trainers, white wall.
    # adapter: none
    case(
        "X235-044",
        caption("a little girl in a black and white checkered dress"),
        D.wearing("a black and white plaid dress and red shoes"),
        D.color("red", "contradiction"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has cherries on it and a red collar", "unsupported"),
        D.material("it is made of cotton and", "cut"),
        title="Gingham Cherry Print Dress (3-16yrs)",
        category="Dresses",
        gender="Girls",
    ),
    # photo: boy model sitting on a park bench in an oatmeal hooded teddy fleece zip-through jacket and blue jeans,
    # no hat.
    # adapter: none
    case(
        "X235-045",
        caption("a little boy in a white fleece jacket sitting on a bench"),
        D.wearing("a white jacket and blue jeans and a blue hat", "unsupported"),
        D.garment_type("sweater", "contradiction"),
        D.color("beige"),
        D.details("the jacket", "non_answer"),
        color_pants("blue"),
        D.material("fleece"),
        title="Oatmeal Teddy Fleece Hooded Jacket (3-16yrs)",
        category="Coats & Jackets",
        color="Oatmeal",
        gender="Boys",
    ),
    # photo: flat-lay of a pink knitted romper with a frilled collar on a white sheepskin rug, a wooden rattle beside.
    # adapter: caption, material
    case(
        "X235-046",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with knitting fabric. It has "
            "a lapel neckline. The romper is with knitting fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink sweater", "contradiction"),
        D.garment_type("romper"),
        D.color("pink"),
        D.description("a pink knitted romper with a frill collar"),
        D.material(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with knitting fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        title="Pink Frill Collar Knitted Romper (0-18mths)",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
]
