"""BLIND_419 (46 products; kids' and teens' fast-fashion basics, sets, tracksuits, jackets and pyjamas): written blind
in the forty-sixth session. Measured blind at dbf17b7 (the session's rules as they stood): 97/115 failures found
(84.3%) and 10/144 correct texts flagged (6.9%). The writer's notes, verbatim:

Scenario: the English catalog feed of a European fast-fashion chain's kids' and teens' range: t-shirts, hoodies,
joggers, jeans, dresses, skirts, matching sets and tracksuits, jackets and pyjamas. Photos are either a child model
on a studio backdrop (white, grey, a pink or a foliage wall, a brick wall, a Christmas tree) wearing the product with
other pieces of the range, or a flat-lay on a white ground or a bed. Each row has the seller's title, category,
color (free-form: Navy, Grey Marl, Light Wash, Sand, Blue/White...) and gender (Boys, Girls, Unisex); one row misses
the gender.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) or from the
caption-only LoRA adapter (the DeepFashion template: "The gentleman wears a long-sleeve sweater with pure color
patterns. The sweater is with cotton fabric ..."); the comment above each case says which texts the adapter wrote.
The adapter has no end-of-answer token: its texts run to the limit (50 tokens for captions, 30 for answers) and carry
hit_limit=True, and asked a question it returns its template. A few open color answers come from the VQA adapter
(Data3_V3_BLIP2_VQA), which has no end token either: they loop to the limit ("purple purple purple ..."), also
hit_limit=True, stored open. Every other open answer (wearing, describe, details, material, the set's own open
questions) is the base model's: short, lowercase, stops on its own, never hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions, "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, cobalt or mid blue; green for khaki, olive, sage or
  mint; purple for lilac; red or maroon for burgundy; yellow for mustard; white for ecru or cream; beige or tan for
  sand; grey for grey marl. For a two-color striped garment (Blue/White, Navy/White) either stripe color alone is
  correct; "multicolor" for a rainbow stripe is correct.
- Garment synonyms are correct: sweatpants or pants for joggers, sweatshirt or sweater for a hoodie (when worn as
  the top of the outfit), sweatsuit for a tracksuit, pajamas for pyjamas, overalls for a denim pinafore, tutu for a
  tulle skirt, jean jacket for a denim jacket, coat for a parka, fur for a borg or faux-fur collar, velvet for velour.
  A hooded sweat dress called a sweatshirt is contradiction (the garment is a dress), and so is "no" to "Is this a
  dress?" for it.
- Walls, props and other pieces of the range named as what they are (a grey wall, a teddy bear, a straw hat held, an
  umbrella, red boots, a surfboard) are correct. A layered outfit named piece by piece in its own colors is correct.
- A color of the backdrop (pink wall, green foliage wall) given as the garment's color is contradiction. A print,
  trim or stripe color given as the garment's color (white for a mint dress with white embroidery, white for black
  pants with white side stripes, brown for an olive parka with a brown fur trim, white for mint shorts with white
  clouds) is contradiction. The color of another piece worn in the photo given to the product (or the product's
  color given to the piece worn with it) is other_garment_color, including one color for two garments ("grey
  sweatshirt and grey jeans" for black jeans under a grey hoodie); where the wrong color is both a print color and
  another piece's color (pink for a cream skirt with pink flowers under a pink top), other_garment_color.
- A hue no piece in the photo has is contradiction, in a closed or an open answer (orange for mustard, purple for
  burgundy or pink velour, navy for black, pink pants in a lilac tracksuit, grey pants in a sage set), and so is a
  piece of a set named as another garment ("a shirt and a skirt" for a tee and leggings set).
- A pattern or sleeve length of the piece worn with the product (striped for a solid pinafore over a striped top,
  long sleeves for a sleeveless pinafore over a long-sleeve tee) is contradiction; pleats answered striped is
  contradiction.
- Invented details not in the photo (a chest pocket, a logo, a belt, a hood, a zipper on a pullover, a slit, rips,
  straps, a unicorn or a palm tree on a print that has neither, a bow, a santa hat) are unsupported. Materials: one
  the title names or the photo plainly shows (denim, fleece, velour as velvet, rubberised as rubber, tulle) is
  correct, a cotton guess on a jersey tee, sweat or pyjama fabric is correct, polyester for a shiny padded puffer is
  correct; wool on a sweat set, leather on a satin-look bomber, silk on a printed viscose-look skirt are unsupported,
  and cotton for a skirt that is plainly tulle is unsupported.
- Adapter texts: a text that repeats a sentence (or a phrase) of the template is loop; one that stops mid-sentence
  without repeating is cut, even where it invented an accessory on the way. The template returned for the material
  question is restated. "The gentleman" for a girl is pronoun (seen before the cut). "The lady" for a girl and "The
  gentleman" for a boy are the template's words for a female or male wearer and are not pronoun failures; "The lady
  wears" on a flat-lay is the template's wording and not judged. One adapter answer (X419-024 details) happens to end
  on a full stop at its 30th token with a right template: labelled correct, hit_limit kept.
- VQA adapter loops ("khaki-khaki-khaki ...", "green jacket is green jacket is ...") are loop even where the color is
  right.
- Base answers: "the details of the shirt", "the dress has details", "they are shorts" (for the shorts' details) and
  an empty answer are non_answer; a material question answered with the garment's name or with the question's words
  back is restated; an answer that stops at "it is made of" or "a pair of navy blue" is cut (no hit_limit); one that
  runs on into "Question: ... Answer: ..." is leak even where its first words are right; "he" for a girl or "she"
  for a boy is pronoun.
- A closed garment_type "tracksuit" for a tracksuit and "pants" for joggers or cargo trousers are correct; "shorts"
  for joggers is contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
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

pieces = question("pieces", "What pieces are in the set?", "open")
printed = question("printed", "What is printed on the shirt?", "open")
written = question("written", "What is written on the shirt?", "open")
details_pants = question("details_pants", "What are the pants details?", "open")

BLIND_419 = [
    # photo: boy in a navy short-sleeve tee with a green dinosaur graphic, grey jeans, white backdrop, front view.
    # adapter: none
    case(
        "X419-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a blue t-shirt and grey jeans", who="the boy"),
        color_of("shirt", "navy"),
        details(
            "shirt",
            "it has a dinosaur on the front and a pocket on the chest",
            "unsupported",
        ),
        B.sleeve_length("short sleeves"),
        title="Boys Dinosaur Graphic T-Shirt",
        category="T-Shirts",
        color="Navy",
        gender="Boys",
    ),
    # photo: flat-lay of a light pink pullover hoodie, white drawstrings, kangaroo pocket, small red heart print on the
    # chest, on white floorboards. adapter: caption, describe
    case(
        "X419-002",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long-sleeve sweater with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink hoodie"),
        B.color("pink"),
        describe(
            "hoodie",
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "white drawstrings and a pocket"),
        B.material("cotton"),
        title="Girls Heart Print Hoodie",
        category="Hoodies & Sweatshirts",
        color="Light Pink",
        gender="Girls",
    ),
    # photo: boy in grey marl cuffed joggers, a black tee, white trainers, plain grey backdrop, full length.
    # adapter: none
    case(
        "X419-003",
        caption("a boy in a black shirt and grey sweatpants standing against a grey wall"),
        wearing("a black shirt and black pants", "other_garment_color", who="the boy"),
        color_of("pants", "grey"),
        details("pants", "they are sweatpants", "non_answer"),
        B.garment_type("pants"),
        title="Boys Cuffed Joggers",
        category="Joggers",
        color="Grey Marl",
        gender="Boys",
    ),
    # photo: girl in light blue skinny jeans (plain, no rips), a white tee tucked in, pink sneakers, white backdrop.
    # adapter: caption
    case(
        "X419-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue jeans", who="the girl"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", "other_garment_color"),
        details("jeans", "ripped knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Girls Skinny Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Girls",
    ),
    # photo: girl in a mustard tiered dress with small white flowers, short puff sleeves, no belt, holding a straw
    # hat, white brick wall. adapter: none
    case(
        "X419-005",
        caption("a little girl in a yellow floral dress holding a straw hat"),
        wearing("a yellow dress with flowers", who="the girl"),
        B.color("orange", "contradiction"),
        B.pattern("floral"),
        describe("dress", "a yellow dress with white flowers and a belt", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Girls Floral Tiered Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl in a black pleated mini skirt, a white tee tucked in, white backdrop, front view. adapter: none
    case(
        "X419-006",
        caption("a girl wearing a white shirt and a black skirt"),
        wearing(
            "a white shirt and a black skirt Question: what color is the skirt? Answer: black",
            "leak",
            who="the girl",
        ),
        color_of("skirt", "white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        details("skirt", "pleats"),
        describe("skirt", "a black skirt with pleats and a white shirt tucked in"),
        title="Girls Pleated Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: flat-lay of a sage green sweatshirt and matching joggers, small tonal embroidered logo on the chest,
    # white ground. adapter: caption
    case(
        "X419-007",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a green sweatshirt and grey sweatpants", "contradiction"),
        color_of("shirt", "green"),
        color_of("pants", "green"),
        pieces("a sweatshirt and pants"),
        B.material("wool", "unsupported"),
        title="Boys Sweatshirt and Joggers Set",
        category="Sets",
        color="Sage Green",
        gender="Boys",
    ),
    # photo: girl in a lilac tracksuit (zip-through jacket with a stand collar, no hood; flared pants), white
    # sneakers, pale grey backdrop. adapter: none; color of the jacket: VQA adapter
    case(
        "X419-008",
        caption("a girl in a purple tracksuit"),
        wearing("a purple jacket and pink pants", "contradiction", who="the girl"),
        color_of(
            "jacket",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "a zipper and a hood", "unsupported"),
        B.garment_type("tracksuit"),
        title="Girls Zip-Through Tracksuit",
        category="Tracksuits",
        color="Lilac",
        gender="Girls",
    ),
    # photo: boy in a navy hooded puffer jacket, blue jeans, a red beanie, white backdrop, three-quarter view.
    # adapter: none
    case(
        "X419-009",
        caption("a boy wearing a blue jacket and a red hat"),
        wearing("a black jacket", "contradiction", who="the boy"),
        color_of("jacket", "navy"),
        describe("jacket", "a puffy jacket with a hood"),
        B.material("polyester"),
        title="Boys Hooded Puffer Jacket",
        category="Jackets & Coats",
        color="Navy",
        gender="Boys",
    ),
    # photo: flat-lay of a mid blue denim jacket, button front, two chest pockets, white ground.
    # adapter: caption, describe
    case(
        "X419-010",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a long-sleeve denim jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a blue denim jacket Question: what is the material of the jacket? Answer: denim",
            "leak",
        ),
        B.color("blue"),
        details("jacket", "buttons and two pockets on the chest"),
        describe(
            "jacket",
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a",
            "cut",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Girls Denim Jacket",
        category="Jackets & Coats",
        color="Mid Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a blue-and-white striped long-sleeve pyjama top and long bottoms with an elastic waist, on a
    # white bed beside a teddy bear. adapter: none
    case(
        "X419-011",
        caption("a pair of blue and white striped pajamas on a bed with a teddy bear"),
        wearing(
            "a blue and white striped shirt and pants Question: what is the pattern of the pajamas? Answer: striped",
            "leak",
        ),
        B.pattern("striped"),
        color_of("shirt", "white"),
        details("pants", "elastic waist and stripes"),
        B.material("cotton"),
        title="Kids Striped Pyjama Set",
        category="Pyjamas",
        color="Blue/White",
        gender="Unisex",
    ),
    # photo: girl sitting on a bed in a pink pyjama set: long-sleeve top with a unicorn print (rainbow mane), pink
    # bottoms with small white stars; no pockets. adapter: caption
    case(
        "X419-012",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing pink pajamas with a unicorn", "pronoun", who="the girl"),
        color_of("shirt", "pink"),
        color_of("pants", "white", "contradiction"),
        details("shirt", "a unicorn with a rainbow mane"),
        describe("pajamas", "pink pajamas with a unicorn and a pocket", "unsupported"),
        title="Girls Unicorn Pyjama Set",
        category="Pyjamas",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a red-and-white striped short-sleeve tee, navy shorts, light blue backdrop. adapter: none
    case(
        "X419-013",
        caption("a boy in a red and white striped shirt standing in front of a blue wall"),
        wearing("a red and white striped shirt and blue shorts", who="the boy"),
        color_of("shirt", "blue", "other_garment_color"),
        B.pattern("striped"),
        details("shirt", "red and white stripes and a round neck"),
        title="Boys Striped T-Shirt",
        category="T-Shirts",
        color="Red/White",
        gender="Boys",
    ),
    # photo: teen girl in a white cropped tee with "GOOD VIBES" in black letters, black wide jeans, pink wall.
    # adapter: none
    case(
        "X419-014",
        caption("a girl wearing a white crop top that says good vibes"),
        wearing("a white t-shirt and white pants", "other_garment_color", who="the girl"),
        color_of("shirt", "pink", "contradiction"),
        written("good vibes"),
        B.sleeve_length("short sleeves"),
        B.material("", "non_answer"),
        title="Teen Girls Cropped Slogan T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Girls",
    ),
    # photo: teen boy in a black pullover hoodie with a white logo print on the chest, grey joggers, red brick wall.
    # adapter: caption, details
    case(
        "X419-015",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a black hoodie and grey pants", who="the boy"),
        color_of("hoodie", "grey", "other_garment_color"),
        describe("hoodie", "a black hoodie with a white logo on the chest"),
        details(
            "hoodie",
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        title="Teen Boys Logo Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a light wash denim mini skirt (button front, frayed hem), a pink sweatshirt, white tights, white
    # backdrop. adapter: material
    case(
        "X419-016",
        caption("a little girl in a pink sweatshirt and a denim skirt"),
        wearing("a pink sweater and a pink skirt", "other_garment_color", who="the girl"),
        color_of("skirt", "blue"),
        details("skirt", "frayed hem and buttons"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Girls Denim Mini Skirt",
        category="Skirts",
        color="Light Wash",
        gender="Girls",
    ),
    # photo: boy in khaki (olive-green) cargo joggers with side pockets, a white tee, grey backdrop.
    # adapter: none; color of the pants: VQA adapter
    case(
        "X419-017",
        caption("a young boy in a white shirt and green pants"),
        wearing("a white t-shirt and khaki pants", who="the boy"),
        color_of(
            "pants",
            "khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki-khaki",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "pockets on the sides"),
        describe(
            "pants",
            "green cargo pants with pockets Question: what color are the pants? Answer: green",
            "leak",
        ),
        B.garment_type("shorts", "contradiction"),
        title="Boys Cargo Joggers",
        category="Joggers",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a mid blue denim pinafore dress (buttoned straps, front pocket) over a red-and-white striped
    # long-sleeve top, white backdrop. adapter: caption, details
    case(
        "X419-018",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a sleeveless dress. The dress is with denim "
            "fabric and pure color patterns. The shirt is with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and overalls", who="the girl"),
        B.color("blue"),
        B.pattern("striped", "contradiction"),
        is_a("dress", "yes"),
        details(
            "dress",
            "The lady wears a long-sleeve shirt with stripe patterns and a sleeveless dress. The dress is with denim "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a mint tiered cotton dress with white broderie embroidery, short flutter sleeves, white
    # ground. adapter: caption
    case(
        "X419-019",
        caption(
            "The gentleman wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of medium length. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green dress"),
        B.color("white", "contradiction"),
        describe("dress", "a light green dress with ruffles"),
        details("dress", "the dress has details", "non_answer"),
        B.material("cotton"),
        title="Girls Broderie Tiered Dress",
        category="Dresses",
        color="Mint",
        gender="Girls",
    ),
    # photo: boy in a plain white pique polo shirt (no logo), navy chino shorts, green foliage backdrop.
    # adapter: none
    case(
        "X419-020",
        caption("a boy in a white polo shirt standing in front of a bush"),
        wearing("a white shirt and blue shorts", who="the boy"),
        color_of("shirt", "white"),
        details("shirt", "a collar and three buttons and a logo on the chest", "unsupported"),
        B.sleeve_length("short sleeves"),
        B.material("it is made of", "cut"),
        title="Boys Pique Polo Shirt",
        category="T-Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: teen girl in ecru high-waisted wide-leg jeans (no belt), a black cropped top, white backdrop.
    # adapter: none
    case(
        "X419-021",
        caption("a girl in a black top and white jeans"),
        wearing("he is wearing a black top and white jeans", "pronoun", who="the girl"),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "wide legs and a high waist"),
        B.material("denim"),
        describe("jeans", "white jeans with a black belt", "unsupported"),
        title="Teen Girls Wide Leg Jeans",
        category="Jeans",
        color="Ecru",
        gender="Girls",
    ),
    # photo: boy in black ripped skinny jeans (rips at both knees), a grey hoodie, grey backdrop.
    # adapter: caption; color of the jeans: VQA adapter
    case(
        "X419-022",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and grey jeans", "other_garment_color", who="the boy"),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jeans", "rips on the knees"),
        B.garment_type("jeans"),
        title="Boys Ripped Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a lilac layered tulle skirt with an elastic satin waistband, a white tee with a glitter star,
    # silver ballet flats, white backdrop. adapter: none
    case(
        "X419-023",
        caption("a little girl in a purple tutu"),
        wearing("a white shirt and a purple tutu", who="the girl"),
        color_of("skirt", "purple"),
        B.material("cotton", "unsupported"),
        details("skirt", "layers of tulle and an elastic waistband"),
        describe(
            "skirt",
            "a purple tutu skirt Question: what is the girl wearing? Answer: a tutu",
            "leak",
        ),
        title="Girls Tulle Skirt",
        category="Skirts",
        color="Lilac",
        gender="Girls",
    ),
    # photo: boy in a black tracksuit (zip jacket with a stand collar, pants), white stripes down the sleeves and the
    # legs, white trainers, grey backdrop. adapter: caption, details of the jacket
    case(
        "X419-024",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white tracksuit", who="the boy"),
        color_of("jacket", "black"),
        color_of("pants", "white", "contradiction"),
        details(
            "jacket",
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline.",
            hit_limit=True,
        ),
        details_pants("white stripes on the sides"),
        is_a("tracksuit", "yes"),
        title="Boys Side Stripe Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a white tee with a rainbow print (nothing else on it) and pink leggings, white backdrop.
    # adapter: none
    case(
        "X419-025",
        caption("a little girl in a white shirt with a rainbow and pink leggings"),
        wearing("a white shirt and pink pants", who="the girl"),
        color_of("shirt", "white"),
        color_of("leggings", "pink"),
        pieces("a shirt and a skirt", "contradiction"),
        details("shirt", "a rainbow and a unicorn", "unsupported"),
        title="Girls Rainbow T-Shirt and Leggings Set",
        category="Sets",
        color="White/Pink",
        gender="Girls",
    ),
    # photo: girl in a yellow rubberised hooded raincoat with press studs, blue jeans, red wellies, holding a clear
    # umbrella, grey backdrop, full length. adapter: caption, details
    case(
        "X419-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "hooded neckline. The lady wears a long pants. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow raincoat and red boots", who="the girl"),
        color_of("jacket", "yellow"),
        B.material("rubber"),
        describe("jacket", "a yellow raincoat with a hood and an umbrella"),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "hooded neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Girls Hooded Raincoat",
        category="Jackets & Coats",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of fleece pyjamas: grey long-sleeve top with a green dinosaur print, green bottoms with small
    # grey dinosaurs, white ground. adapter: caption, describe
    case(
        "X419-027",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a dinosaur pajama"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        B.material("fleece"),
        describe(
            "pajamas",
            "The gentleman wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Boys Dinosaur Fleece Pyjamas",
        category="Pyjamas",
        color="Grey/Green",
        gender="Boys",
    ),
    # photo: teen boy in a sand oversized tee (no pocket), black cargo trousers, green foliage wall. adapter: none
    case(
        "X419-028",
        caption("a young man in a beige t-shirt standing in front of a green wall"),
        wearing("a tan shirt and black pants", who="the boy"),
        color_of("shirt", "green", "contradiction"),
        details("shirt", "it is oversized and has a pocket on the chest", "unsupported"),
        B.material("cotton"),
        title="Teen Boys Oversized T-Shirt",
        category="T-Shirts",
        color="Sand",
        gender="Boys",
    ),
    # photo: girl in a khaki satin-look bomber jacket (zip, ribbed cuffs), white tee, blue jeans, white backdrop.
    # adapter: none; color of the jacket: VQA adapter
    case(
        "X419-029",
        caption("a girl in a green jacket and jeans"),
        wearing("a green jacket, a white shirt and blue jeans", who="the girl"),
        color_of(
            "jacket",
            "green jacket is green jacket is green jacket is green jacket is green jacket is green jacket is green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "ribbed cuffs and a zipper"),
        B.material("leather", "unsupported"),
        B.garment_type("jacket"),
        title="Girls Bomber Jacket",
        category="Jackets & Coats",
        color="Khaki",
        gender="Girls",
    ),
    # photo: girl in a grey marl hooded sweat dress (long sleeves, kangaroo pocket, above the knee), white sneakers,
    # white backdrop. adapter: none
    case(
        "X419-030",
        caption("a little girl in a grey hoodie dress"),
        wearing("a grey sweatshirt", "contradiction", who="the girl"),
        B.color("grey"),
        describe("dress", "a grey dress with a hood and a pocket"),
        is_a("dress", "no", "contradiction"),
        title="Girls Hooded Sweat Dress",
        category="Dresses",
        color="Grey Marl",
        gender="Girls",
    ),
    # photo: boy in a cobalt blue tee and shorts set, the tee printed with a white wave and "SURF CLUB", drawstring
    # shorts, sand-colored backdrop, a surfboard leaning beside him. adapter: caption
    case(
        "X419-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and white shorts", "contradiction", who="the boy"),
        color_of("shorts", "blue"),
        pieces("a t-shirt and shorts"),
        details("shorts", "a drawstring"),
        printed("a palm tree", "unsupported"),
        B.material("a blue shirt and blue shorts", "restated"),
        title="Boys Surf T-Shirt and Shorts Set",
        category="Sets",
        color="Cobalt",
        gender="Boys",
    ),
    # photo: girl in a navy-and-white Breton stripe long-sleeve top (no bow), a red skirt, white backdrop.
    # adapter: none
    case(
        "X419-032",
        caption("a young girl in a striped shirt and a red skirt"),
        wearing("a blue and white striped shirt and a red skirt", who="the girl"),
        color_of("shirt", "red", "other_garment_color"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe("shirt", "a striped shirt with long sleeves and a red bow", "unsupported"),
        title="Girls Breton Stripe Top",
        category="T-Shirts",
        color="Navy/White",
        gender="Girls",
    ),
    # photo: teen girl in a burgundy zip-through hoodie, black leggings, white backdrop, no jewellery.
    # adapter: details, material
    case(
        "X419-033",
        caption("a girl in a maroon hoodie and black leggings"),
        wearing("a red hoodie", who="the girl"),
        B.color("purple", "contradiction"),
        details(
            "hoodie",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded",
            "restated",
            hit_limit=True,
        ),
        title="Teen Girls Zip Through Hoodie",
        category="Hoodies & Sweatshirts",
        color="Burgundy",
    ),
    # photo: boy in a mid blue denim jacket with a cream borg collar, open over a black hoodie, grey joggers, brick
    # wall. adapter: none
    case(
        "X419-034",
        caption("a boy wearing a denim jacket over a black hoodie"),
        wearing("a jean jacket, a black hoodie and grey pants", who="the boy"),
        color_of("jacket", "black", "other_garment_color"),
        details("jacket", "a fur collar and buttons"),
        B.material("denim"),
        title="Boys Borg Collar Denim Jacket",
        category="Jackets & Coats",
        color="Mid Blue",
        gender="Boys",
    ),
    # photo: girl in a pink velour tracksuit (hoodie and flared pants with a drawstring), white backdrop.
    # adapter: none
    case(
        "X419-035",
        caption("a little girl in a pink velvet sweatsuit"),
        wearing("he is wearing a pink sweatsuit", "pronoun", who="the girl"),
        color_of("hoodie", "purple", "contradiction"),
        B.material("velvet"),
        details(
            "pants",
            "a pink sweatsuit with a hood and a drawstring Question: what is the material of the sweatsuit? Answer: "
            "velvet",
            "leak",
        ),
        title="Girls Velour Tracksuit",
        category="Tracksuits",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of navy joggers with a drawstring and a small white logo print on the left leg, white ground.
    # adapter: caption
    case(
        "X419-036",
        caption(
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears a long pants. The pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a pair of blue sweatpants"),
        B.color("navy"),
        details("pants", "a drawstring and a logo on the leg"),
        describe("pants", "a pair of navy blue", "cut"),
        B.garment_type("pants"),
        title="Boys Logo Joggers",
        category="Joggers",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a cream midi skirt with pink flowers, a pink knit top, outdoors in a garden. adapter: none
    case(
        "X419-037",
        caption("a girl in a pink sweater and a floral skirt in a garden"),
        wearing("a pink sweater and a white skirt with pink flowers", who="the girl"),
        color_of("skirt", "pink", "other_garment_color"),
        B.pattern("floral"),
        B.material("silk", "unsupported"),
        details("skirt", "it is a skirt", "non_answer"),
        title="Girls Floral Midi Skirt",
        category="Skirts",
        color="Cream",
        gender="Girls",
    ),
    # photo: teen girl in a black ribbed short-sleeve bodycon dress (knee length, no slit), white sneakers, beige
    # backdrop. adapter: caption
    case(
        "X419-038",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress and white shoes", who="the girl"),
        B.color("navy", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe("dress", "a black dress with a slit on the side", "unsupported"),
        title="Teen Girls Ribbed Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: flat-lay of a short-sleeve tee in rainbow horizontal stripes, white ground. adapter: none
    case(
        "X419-039",
        caption("a rainbow striped t-shirt on a white background"),
        wearing(
            "a rainbow shirt Question: what is the color of the shirt? Answer: rainbow",
            "leak",
        ),
        B.color("multicolor"),
        B.pattern("striped"),
        details("shirt", "the details of the shirt", "non_answer"),
        title="Kids Rainbow Stripe T-Shirt",
        category="T-Shirts",
        color="Multicolour",
        gender="Unisex",
    ),
    # photo: boy in an olive parka with a brown faux-fur trim on the hood, zip and flap pockets, black jeans, snowy
    # studio set. adapter: caption, details
    case(
        "X419-040",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a green coat with a fur hood", who="the boy"),
        color_of("jacket", "brown", "contradiction"),
        details(
            "jacket",
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        title="Boys Parka with Faux Fur Hood",
        category="Jackets & Coats",
        color="Olive",
        gender="Boys",
    ),
    # photo: flat-lay of a short pyjama set: mint tee with a white cloud print, mint shorts with small white clouds.
    # adapter: caption
    case(
        "X419-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts",
            "cut",
            hit_limit=True,
        ),
        wearing("pajamas"),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "they are shorts", "non_answer"),
        B.sleeve_length("short sleeves"),
        title="Girls Cloud Short Pyjamas",
        category="Pyjamas",
        color="Mint",
        gender="Girls",
    ),
    # photo: girl in mid blue mom jeans with a brown belt (no rips), a yellow sweatshirt tucked in, white backdrop.
    # adapter: wearing
    case(
        "X419-042",
        caption("a girl in a yellow shirt and blue jeans with a belt"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. The pants are",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        details("jeans", "a belt and rips on the knees", "unsupported"),
        B.material("a pair of jeans", "restated"),
        title="Girls Mom Jeans with Belt",
        category="Jeans",
        color="Mid Blue",
        gender="Girls",
    ),
    # photo: boy in a red pullover hoodie (no zip) with a game controller print, kangaroo pocket, black joggers, white
    # backdrop. adapter: none
    case(
        "X419-043",
        caption("a boy in a red hoodie with a video game controller on it"),
        wearing("a red sweatshirt and red pants", "other_garment_color", who="the boy"),
        color_of("hoodie", "red"),
        describe(
            "hoodie",
            "a red hoodie with a game controller on the front and a zipper",
            "unsupported",
        ),
        details("hoodie", "a pocket and a drawstring hood"),
        title="Boys Gaming Graphic Hoodie",
        category="Hoodies & Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a red-and-black tartan sleeveless pinafore dress over a white long-sleeve tee, white tights,
    # white backdrop. adapter: none
    case(
        "X419-044",
        caption("a little girl in a red plaid dress"),
        wearing("a red and black plaid dress and a white shirt", who="the girl"),
        B.color("white", "other_garment_color"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="Girls Tartan Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: teen boy in black cargo trousers (side pockets, no straps), a white hoodie, grey concrete wall.
    # adapter: none
    case(
        "X419-045",
        caption("a young man in a white hoodie and black cargo pants"),
        wearing("she is wearing a white hoodie and black pants", "pronoun", who="the boy"),
        color_of("pants", "black"),
        details("pants", "pockets on the sides and straps", "unsupported"),
        B.material("what material is the garment made of", "restated"),
        B.garment_type("pants"),
        title="Teen Boys Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Boys",
    ),
    # photo: child (bare-headed) in a Christmas pyjama set: red top with a white reindeer print, red-and-green tartan
    # bottoms, sitting by a Christmas tree. adapter: caption
    case(
        "X419-046",
        caption(
            "The person wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The person wears a long pants. The pants are with cotton fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and green christmas pajamas", who="the child"),
        color_of("shirt", "green", "other_garment_color"),
        color_of("pants", "red"),
        describe("pajamas", "red pajamas with a reindeer and a santa hat", "unsupported"),
        B.material("cotton"),
        title="Kids Christmas Reindeer Pyjamas",
        category="Pyjamas",
        color="Red",
        gender="Unisex",
    ),
]
