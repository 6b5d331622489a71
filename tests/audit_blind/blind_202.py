"""BLIND_202 (46 products; Myntra-like kids' wear catalog, English feed): written blind in the
thirty-ninth session. Measured blind at 613c74d (the session's rules as they stood): 79/93 failures found (84.9%) and
8/107 correct texts flagged (7.5%). The writer's notes, verbatim:

Scenario:
A Myntra-like kids' catalog in English: boys' and girls' t-shirts, shirts, shorts, jeans, frocks and party dresses,
dungarees, clothing sets (t-shirt or shirt with shorts), night suits, sweatshirts and jackets. Most photos show a
child (toddler to about twelve) wearing the product on a studio background, a few outdoors; three sets are shot as
flat lays with no child. The feed gives title, category (Myntra article types: Tshirts, Shirts, Shorts, Jeans,
Dresses, Dungarees, Clothing Set, Night suits, Sweatshirts, Jackets), the seller's base colour (Navy Blue, Mustard,
Grey Melange, Off White, Coral, Peach, Teal...) and gender (Boys / Girls). As in real feeds a few rows lack a column:
two have no gender, one no category, one no colour.

Who wrote what:
- Captions: the base Salesforce/blip2-opt-2.7b for most products (short lowercase phrases, "a little girl in a pink
  dress"), stopping on its own (never hit_limit). For six products the caption comes from the fine-tuned caption
  adapter instead (DeepFashion-MultiModal template: "This gentleman wears a long-sleeve sweater with color block
  patterns..."), which has no end token and always runs to its 50-token limit (hit_limit=True).
- Open questions: "What is the person wearing?", "What material...?", the `print` question and the open per-garment
  color questions (color_of(..., kind="open")) were answered by the base model, except K202-038's sweatshirt colour,
  sent to the adapter (it returned its caption template, to the limit). "Describe the garment." and "What are
  the details of the garment?" were answered by the base model for some products and by the caption adapter for others
  (the experiments found the adapter gives richer details); every adapter answer runs to its 30-token limit
  (hit_limit=True), so it loops, is cut mid-sentence, or repeats the prompt format it was trained on.
- Closed questions (garment_type, color, pattern, sleeve_length, the `neckline` and `child` questions, and the yes/no
  is_a questions) come from enrich's --engine reference, which ranks a candidate list: one short candidate, never cut,
  never looping, never hit_limit. Its errors are picking the wrong candidate: another visible garment's colour, the
  undershirt's sleeves, the top's pattern on a shorts product, black for navy.

Labeling conventions and judgement calls:
- One kind per failing text, the one an auditor comparing text and photo notices first. An adapter text that repeats a
  sentence and is then cut is `loop` when a full sentence or more comes back; `cut` when it simply stops mid-phrase.
  An adapter answer that replays "Question: ... Answer:" is `leak` even though it also hit the limit.
- An adapter text that hit the limit but happens to end on a full stop with every claim true is correct (K202-024's
  details). Hit_limit alone is not a failure to someone reading the text against the photo.
- The adapter calls every girl "the lady" and every boy "this gentleman" (its training data are adults): the sex is
  right, so that is not `pronoun`. `pronoun` is reserved for the wrong sex: "a young boy" for a short-haired girl,
  "a little girl" / "the lady" for a long-haired boy.
- Shade words are correct: "purple" for Lavender, "green" for Olive, "gray" for Charcoal and Grey Melange, "red" for
  Maroon, "pink" for Coral and Peach, "green" and "blue" for the same Teal tee, "white" and "cream" for Off White.
  Black for a navy velvet dress is a wrong colour (`contradiction`): the caption and the photo say blue.
- Garment synonyms are correct: overalls for dungarees, pajamas for a night suit, hoodie or sweater for a sweatshirt,
  plaid for checked, polo shirt for a polo t-shirt, tee / shirt for a t-shirt, dress for a frock. A corduroy pinafore
  listed as Dungarees answered "dress" is correct (a pinafore is a dress). A shirt dress captioned "striped shirt" is
  `contradiction` (the product is a dress). White shorts called "white pants" is `contradiction`.
- Materials the title names are correct (cotton, linen, velvet, net, corduroy, denim); "cotton" for stretch jeans is
  correct (denim is cotton); "knit" for a ribbed dress is correct (visible). Silk for a tulle dress, leather for a
  nylon bomber, a puffer or black jeans are `unsupported` (invented, not supported by photo or title).
- A ribbed knit dress answered "striped" by the closed pattern question is `contradiction` (the caption and seller
  say solid); "orange" for a red polo and "purple" for a pink bomber are wrong colours (`contradiction`).
- The closed `child` question answered with the wrong sex is `pronoun`, like the captions.
- Sets: named piece by piece in their own colours is correct. The closed colour answer is judged against the seller's
  colour, which is the main piece's; an answer with the other piece's colour is `other_garment_color`, and so is the
  open color question of the bottoms answered with the top's colour, and "pink shirt and pink shorts" when the shorts
  are white. On a single-garment product, the colour of the other visible garment (the tee over the jeans) is
  `other_garment_color`; the pattern or sleeves of the other garment is `contradiction`.
- Flat lays: "What is the person wearing?" answered with the pieces ("a t-shirt and shorts") is correct; "nothing" is
  also literally true there, so it is not asked.
- Details answers that give only the garment back ("they are jeans", "blue jeans") or nothing ("none") are
  `non_answer`; answers that echo the question's own words or the caption verbatim are `restated`. An open colour
  question answered with the caption template and no colour is `non_answer`.
- A misread print ("game over" for GAME ON) is `unsupported`; a detail moved from another garment (the sweatshirt's
  bunny put on the jeans) is `unsupported`; details not visible from the photo's angle (a bow or print on the back)
  are `unsupported`.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

PRINT = question("print", "What is printed on the t-shirt?", "open")
NECK = question("neckline", "What type of neckline does the garment have?", "closed")
CHILD = question("child", "Is the child a boy or a girl?", "closed")

BLIND_202 = [
    # boy in a navy tee with white "ADVENTURE AWAITS" print, grey joggers, white studio background
    case(
        "K202-001",
        caption("a young boy wearing a navy blue t-shirt that says adventure awaits"),
        D.color("navy blue"),
        D.material("cotton"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants"
            " this person wears is of",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Navy Blue Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # girl, front view, sleeveless pink fit-and-flare dress with small white flowers, white sandals
    case(
        "K202-002",
        caption("a little girl in a pink dress standing in front of a white wall"),
        D.sleeve_length("sleeveless"),
        D.details("the dress has a bow on the back", "unsupported"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The lady wears a"
            " sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Pink & White Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # flat lay: mustard-yellow tee with a green dinosaur print, navy drawstring shorts beside it
    case(
        "K202-003",
        caption("a yellow t-shirt with a dinosaur on it and a pair of blue shorts"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        D.wearing("a t-shirt and shorts"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The shorts are of short length. The"
            " fabric is cotton and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Yellow & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Yellow",
    ),
    # girl in light-blue slim jeans with a plain white tee tucked in, face cropped at the chin
    case(
        "K202-004",
        caption("a girl wearing a white shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("they are jeans", "non_answer"),
        gender="Girls",
        title="Girls Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # boy in a green-and-white gingham long-sleeve shirt with sleeves rolled to the elbow, beige chinos
    case(
        "K202-005",
        caption("a young boy wearing a green and white checkered shirt"),
        D.sleeve_length("long sleeves"),
        D.wearing("a plaid shirt and khaki pants"),
        D.description(
            "The shirt has long sleeves, cotton fabric and lattice patterns. The shirt has long sleeves, cotton fabric"
            " and lattice patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the garment", "restated"),
        gender="Boys",
        title="Boys Green & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # girl in pink denim dungaree shorts over a white tee with a small red heart print
    case(
        "K202-006",
        caption("a little girl in pink overalls and a white shirt"),
        is_a("dress", "yes", "contradiction"),
        D.details(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The"
            " person wears a romper with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Pink Denim Dungarees with Printed T-shirt",
        category="Dungarees",
        color="Pink",
    ),
    # boy in a blue tee with a rocket print and grey pyjama pants with small rockets, barefoot, studio
    case(
        "K202-007",
        caption("a young boy in pajamas standing on a white background"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        D.details("the pajamas have a rocket on the front and a rocket on the back", "unsupported"),
        D.description(
            "The person wears a short-sleeve T-shirt with graphic patterns. The person wears a long pants with graphic"
            " patterns. The person wears a",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # girl in a lavender pullover hoodie with a kangaroo pocket (no zip), black leggings
    case(
        "K202-008",
        caption("a little girl wearing a purple hoodie and black leggings"),
        D.color("purple"),
        D.details("the hoodie has a zipper on the front", "unsupported"),
        D.wearing("a purple hoodie and purple pants", "other_garment_color"),
        gender="Girls",
        title="Girls Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
    ),
    # boy in an olive-green hooded puffer jacket, zipped to the chin, blue jeans, outdoors in a park
    case(
        "K202-009",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It"
            " has a hooded neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.wearing("a green jacket and blue jeans"),
        D.material("leather", "unsupported"),
        gender="Boys",
        title="Boys Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # girl in a sleeveless red net party dress: sequinned bodice, layered tulle skirt, red satin bow at the waist
    case(
        "K202-010",
        caption("a little girl in a red dress with a bow"),
        D.material("net"),
        D.details(
            "The dress has no sleeves, chiffon fabric and pure color patterns. The dress has no sleeves, chiffon fabric"
            " and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        gender="Girls",
        title="Girls Red Embellished Sequinned Net Fit & Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # boy in khaki chino shorts with side pockets and a white polo tee, cropped at the chest
    case(
        "K202-011",
        caption("a boy wearing khaki shorts and a white shirt"),
        D.color("white", "other_garment_color"),
        D.details("the shorts have pockets on the side"),
        D.description(
            "The shorts are of short length. The fabric is cotton and it has pure color patterns. The T-shirt this"
            " person wears has",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Khaki Solid Regular Fit Cotton Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # girl in a white tee with a peach unicorn and "dream big" print, light denim shorts
    case(
        "K202-012",
        caption("a little girl wearing a white shirt with a unicorn on it"),
        D.wearing("a unicorn shirt and jean shorts"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. Question: What are the details of the"
            " garment? Answer: The",
            "leak",
            hit_limit=True,
        ),
        D.pattern("solid", "contradiction"),
        gender="Girls",
        title="Girls White & Peach Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # boy in a charcoal long-sleeve crew sweatshirt with red-and-white "NYC 87" print, black joggers
    case(
        "K202-013",
        caption("a young boy wearing a gray sweatshirt with nyc on it"),
        D.color("grey"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("it is a sweatshirt", "non_answer"),
        D.wearing("a gray sweatshirt and gray pants", "other_garment_color"),
        gender="Boys",
        title="Boys Charcoal Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # girl in a coral-pink tee and white shorts with coral polka dots, white background
    case(
        "K202-014",
        caption("a little girl in a pink shirt and white polka dot shorts"),
        D.color("coral"),
        color_of("shorts", "white with pink polka dots", kind="open"),
        D.wearing("a pink shirt and pink shorts", "other_garment_color"),
        D.details(
            "The person wears a short-sleeve T-shirt with pure color patterns. The person wears a short-sleeve T-shirt"
            " with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Coral T-shirt with Printed Shorts",
        category="Clothing Set",
        color="Coral",
    ),
    # boy in black slim jeans with small rips at the knees, red pullover hoodie, white sneakers
    case(
        "K202-015",
        caption("a little boy in a red hoodie and black jeans"),
        D.color("red", "other_garment_color"),
        D.details("ripped knees"),
        CHILD("girl", "pronoun"),
        D.material("leather", "unsupported"),
        gender="Boys",
        title="Boys Black Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # girl in a yellow cotton A-line frock with small blue flowers, puff sleeves and a white Peter Pan collar
    case(
        "K202-016",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a lapel"
            " neckline. The dress is of knee length. The lady also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.material("cotton"),
        D.description("a yellow dress with blue flowers and a white collar"),
        gender="Girls",
        title="Girls Yellow Floral Print Cotton A-Line Frock",
        category="Dresses",
        color="Yellow",
    ),
    # boy in a maroon long-sleeve cotton shirt, buttoned, no chest pocket, black trousers
    case(
        "K202-017",
        caption("a young boy wearing a red shirt and black pants"),
        D.color("maroon"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.wearing("a red shirt and black pants Question: What is the color of the shirt? Answer: red", "leak"),
        gender="Boys",
        title="Boys Maroon Solid Cotton Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # girl in light-wash denim shorts with a frayed hem and a navy-and-white striped top
    case(
        "K202-018",
        caption("a girl in a striped shirt and denim shorts"),
        D.pattern("striped", "contradiction"),
        D.material("denim"),
        D.details(
            "The shorts are of short length. The fabric is denim and it has solid color patterns. The shorts are of"
            " short length. The fabric",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # boy in a red polo t-shirt with a two-button placket, blue jeans, smiling
    case(
        "K202-019",
        caption("a little boy wearing a red polo shirt and jeans"),
        D.garment_type("t-shirt"),
        NECK("polo collar"),
        D.description("the garment is a garment", "restated"),
        D.color("orange", "contradiction"),
        gender="Boys",
        title="Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # girl in a pink long-sleeve top with a cat-face print and grey pyjama bottoms with small cats
    case(
        "K202-020",
        caption("a little girl in pajamas with cats on them"),
        D.wearing("a pink top and gray pajama pants"),
        D.details(
            "The person wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its"
            " neckline is",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        gender="Girls",
        title="Girls Pink & Grey Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # boy in a mid-blue denim jacket worn open over a white tee, black jeans; no hood
    case(
        "K202-021",
        caption("a young boy wearing a denim jacket and a white t-shirt"),
        D.material("denim"),
        D.details("the jacket has a hood", "unsupported"),
        D.wearing("a jean jacket, white shirt and black jeans"),
        D.sleeve_length("short sleeves", "contradiction"),
        gender="Boys",
        title="Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # short-haired girl in a pink quilted bomber jacket, zipped, black leggings
    case(
        "K202-022",
        caption("a young boy wearing a pink jacket", "pronoun"),
        D.wearing("a pink jacket and black pants"),
        D.description(
            "The jacket has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The pants"
            " are of",
            "cut",
            hit_limit=True,
        ),
        D.color("purple", "contradiction"),
        gender="Girls",
        title="Girls Pink Solid Quilted Bomber Jacket",
        category="Jackets",
        color="Pink",
    ),
    # toddler boy in full-length blue denim dungarees over a red-and-white striped tee
    case(
        "K202-023",
        caption("a little boy in overalls and a striped shirt"),
        D.color("red", "other_garment_color"),
        D.garment_type("dungarees"),
        D.details("the overalls have buttons on the straps"),
        D.material("denim"),
        gender="Boys",
        title="Boys Blue Denim Dungarees with T-shirt",
        category="Dungarees",
        color="Blue",
    ),
    # girl in a plain teal short-sleeve round-neck tee and white shorts (feed has no gender)
    case(
        "K202-024",
        caption("a girl wearing a green shirt and white shorts"),
        D.color("teal"),
        D.material("cotton"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of the T-shirt is"
            " round.",
            hit_limit=True,
        ),
        D.wearing("a blue shirt"),
        title="Teal Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # flat lay: white tee with navy horizontal stripes and an anchor badge, solid navy shorts
    case(
        "K202-025",
        caption("a white and blue striped shirt and blue shorts"),
        color_of("shorts", "navy blue", kind="open"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and striped patterns. The neckline of it is round. The"
            " T-shirt has short sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("Answer: cotton Question: What is the color of the shorts? Answer: blue", "leak"),
        gender="Boys",
        title="Boys White & Navy Blue Striped T-shirt with Shorts",
        category="Clothing Set",
        color="White",
    ),
    # girl in a navy velvet party dress: long sleeves, silver glitter tulle skirt
    case(
        "K202-026",
        caption("a little girl in a blue velvet dress with a sparkly skirt"),
        D.material("velvet"),
        D.color("black", "contradiction"),
        D.details("a little girl in a blue velvet dress with a sparkly skirt", "restated"),
        gender="Girls",
        title="Girls Navy Blue Velvet Party Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # boy in a grey melange tee with a Captain America shield print, blue shorts
    case(
        "K202-027",
        caption("a boy wearing a gray shirt with a captain america shield on it"),
        D.color("grey"),
        PRINT("captain america"),
        D.description(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric."
            " This gentleman wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a gray shirt and gray shorts", "other_garment_color"),
        gender="Boys",
        title="Boys Grey Melange Marvel Avengers Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # boy in a navy sweatshirt with grey sleeves and a red chest stripe (colourblocked), blue jeans
    case(
        "K202-028",
        caption(
            "This gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric."
            " It has a round neckline. This gentleman wears a long trousers. The trousers are with denim fabric and"
            " solid",
            "cut",
            hit_limit=True,
        ),
        D.pattern("colourblocked"),
        D.wearing("a blue and grey sweatshirt"),
        D.garment_type("jacket", "contradiction"),
        D.details("the details of the garment are the sleeves", "restated"),
        gender="Boys",
        title="Boys Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # flat lay: peach tee with a rainbow and "Sunshine" lettering, mint-green shorts
    case(
        "K202-029",
        caption("a peach t-shirt and green shorts on a white background"),
        D.color("peach"),
        color_of("shorts", "peach", "other_garment_color", kind="open"),
        D.details("none", "non_answer"),
        D.description("a t-shirt and shorts set for girls Question: Describe the garment. Answer: a t-shirt", "leak"),
        gender="Girls",
        title="Girls Peach-Coloured Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Peach",
    ),
    # boy in a blue-and-white vertically striped short-sleeve shirt with a mandarin collar, white shorts
    case(
        "K202-030",
        caption("a young boy wearing a blue and white striped shirt"),
        NECK("mandarin collar"),
        D.description(
            "The shirt has short sleeves, cotton fabric and striped patterns. It has a stand neckline. The shorts are"
            " of short length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white shirt and white pants", "contradiction"),
        gender="Boys",
        title="Boys Blue & White Striped Mandarin Collar Shirt",
        category="Shirts",
        color="Blue",
    ),
    # girl in black skinny jeans and a pink sweatshirt with a white bunny print, sneakers
    case(
        "K202-031",
        caption("a girl in a pink sweatshirt and black pants"),
        D.wearing("a pink sweatshirt and black jeans"),
        D.details("the jeans have a bunny on them", "unsupported"),
        D.material("jeans", "non_answer"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The pants"
            " are of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # boy in navy drawstring cotton shorts and a plain white tee, cropped at the shoulders (feed has no category)
    case(
        "K202-032",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The shorts are of short length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.details("they have a drawstring"),
        gender="Boys",
        title="Boys Navy Blue Solid Cotton Regular Shorts",
        color="Navy Blue",
    ),
    # girl in a mustard ribbed-knit short-sleeve A-line dress and white sneakers, outdoors on a sidewalk
    case(
        "K202-033",
        caption("a little girl in a yellow dress standing on a sidewalk"),
        D.color("mustard"),
        D.details(
            "The dress has short sleeves, knitting fabric and pure color patterns. The dress has short sleeves,"
            " knitting fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("knit"),
        D.wearing("a yellow dress and white shoes"),
        D.pattern("striped", "contradiction"),
        gender="Girls",
        title="Girls Mustard Yellow Solid Ribbed A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # boy in a navy tee with "GAME ON" print and navy-and-green checked pyjama pants
    case(
        "K202-034",
        caption("a young boy wearing a blue shirt and plaid pants"),
        D.wearing("a t-shirt and pajama pants"),
        D.description(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The"
            " person wears a long trousers with lattice",
            "cut",
            hit_limit=True,
        ),
        PRINT("game over", "unsupported"),
        gender="Boys",
        title="Boys Navy Blue Printed T-shirt with Pyjamas",
        category="Night suits",
        color="Navy Blue",
    ),
    # girl with a short bob in a purple tee with a butterfly print, blue jeans
    case(
        "K202-035",
        caption("a young boy wearing a purple shirt with a butterfly on it", "pronoun"),
        D.wearing("a purple shirt and jeans"),
        D.details("a butterfly"),
        CHILD("boy", "pronoun"),
        gender="Girls",
        title="Girls Purple Printed Round Neck T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # boy with shoulder-length curly hair in an off-white long-sleeve linen shirt, beige trousers
    case(
        "K202-036",
        caption("a little girl in a white shirt and tan pants", "pronoun"),
        D.color("white"),
        D.material("linen"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The",
            "pronoun",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Off White Solid Linen Casual Shirt",
        category="Shirts",
        color="Off White",
    ),
    # girl in a sleeveless mustard corduroy pinafore over a white long-sleeve tee with a frilled collar
    case(
        "K202-037",
        caption("a little girl in a yellow dress and a white shirt"),
        D.garment_type("dress"),
        D.material("corduroy"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("yellow", "non_answer"),
        gender="Girls",
        title="Girls Mustard Yellow Corduroy Pinafore Dungaree Dress",
        category="Dungarees",
        color="Mustard",
    ),
    # boy in a red zip-up hoodie zipped halfway over a grey tee, blue jeans
    case(
        "K202-038",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The person wears a long-sleeve sweater"
            " with pure color patterns. The person wears a long-sleeve sweater with pure color patterns. The person",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.details("a zipper and a hood"),
        color_of(
            "sweatshirt",
            "The sweater is with cotton fabric. It has a hooded neckline. This gentleman wears a long trousers. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Red Solid Hooded Sweatshirt with Zip",
        category="Sweatshirts",
        color="Red",
    ),
    # girl in a white tee with a pink strawberry print and pink gingham shorts (feed has no gender)
    case(
        "K202-039",
        caption("a little girl wearing a white shirt and pink shorts"),
        D.color("pink", "other_garment_color"),
        color_of("shorts", "pink", kind="open"),
        D.details(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. The shorts are of short length."
            " Question: What are the",
            "leak",
            hit_limit=True,
        ),
        PRINT("strawberries"),
        title="White & Pink Printed T-shirt with Shorts Set",
        category="Clothing Set",
        color="White",
    ),
    # boy in mid-blue regular jeans and a yellow tee, standing
    case(
        "K202-040",
        caption("a young boy wearing a yellow shirt and blue jeans"),
        D.wearing("jeans"),
        D.details("blue jeans", "non_answer"),
        D.material("cotton"),
        D.description("a yellow shirt", "contradiction"),
        gender="Boys",
        title="Boys Blue Regular Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # girl in a peach tiered tulle party dress with a floral-embroidered bodice, cap sleeves, and a hairband
    case(
        "K202-041",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The dress is of long length. There is an accessory on her head. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("a princess dress"),
        D.material("silk", "unsupported"),
        gender="Girls",
        title="Girls Peach-Coloured Embroidered Layered Party Dress",
        category="Dresses",
        color="Peach",
    ),
    # boy in a black nylon bomber jacket with orange lining at the collar, grey tee, jeans
    case(
        "K202-042",
        caption("a young boy wearing a black jacket and jeans"),
        D.details("the jacket has a zipper"),
        D.wearing("a leather jacket", "unsupported"),
        D.description("a black jacket with a black jacket", "restated"),
        gender="Boys",
        title="Boys Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # girl in a cream sweatshirt with pink "BE KIND" lettering, blue jeans
    case(
        "K202-043",
        caption("a little girl wearing a white sweater that says be kind"),
        D.color("cream"),
        D.details(
            "The sweater has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The pants"
            " are of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and white pants", "other_garment_color"),
        gender="Girls",
        title="Girls Off-White Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # boy in a mustard long-sleeve henley tee with three buttons, olive cargo pants
    case(
        "K202-044",
        caption("a young boy wearing a yellow shirt and green pants"),
        D.color("olive", "other_garment_color"),
        NECK("henley"),
        D.description("describe the garment", "restated"),
        gender="Boys",
        title="Boys Mustard Yellow Solid Henley T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # girl in a blue-and-white striped cotton shirt dress with a collar, button front and tie belt, short sleeves
    case(
        "K202-045",
        caption("a little girl in a blue and white striped shirt", "contradiction"),
        D.garment_type("dress"),
        D.wearing("a striped dress"),
        D.material("cotton"),
        D.details(
            "The dress has short sleeves, cotton fabric and striped patterns. It has a lapel neckline. The dress has"
            " short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Blue & White Striped Cotton Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # boy in a light-blue short-sleeve shirt with a tropical leaf print and white shorts (feed has no colour)
    case(
        "K202-046",
        caption("a young boy wearing a blue shirt with palm trees on it"),
        D.wearing("a hawaiian shirt and white shorts"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        D.details(
            "Question: What are the details of the garment? Answer: The shirt has short sleeves, cotton fabric and"
            " floral patterns. Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Blue Tropical Printed Shirt with Shorts",
        category="Clothing Set",
    ),
]
