"""BLIND_497 (46 products; kids' ethnic and western wear night: frocks, lehenga cholis, kurta sets, tops, shorts):
written blind in the forty-ninth session. Measured blind at 710b8e0 (the session's rules as they stood): 112/125
failures found (89.6%) and 12/159 correct texts flagged (7.5%). The writer's notes, verbatim:

Scenario: a Myntra kids' catalog feed shot in a studio, one child per photo in a full outfit: girls' frocks (floral,
polka dot, gingham, velvet party frocks), lehenga cholis (often with a contrast dupatta or choli), girls' kurta sets
(kurta with palazzos, sharara or leggings), tops worn with shorts, skirts or jeggings, jeggings, skirts; boys' kurta
pyjamas (some with a Nehru jacket or a stole), shirts worn with shorts or trousers, and shorts worn with tees. Some
photos have a coloured wall or a garland behind the child, or a prop (a teddy bear, a chair, a lamp, a dholak, a
flower basket, a straw hat). Each product has the seller's title, category, color and gender; a few rows miss one.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) or, where the
comment says so, from the caption-only LoRA adapter (the DeepFashion template, "The lady wears a sleeveless dress
with floral patterns ...", with "The gentleman" for boys, no hue names, only DeepFashion fabrics). The adapter has no
end-of-answer token, so its texts run to the 50/30 token limit (hit_limit=True) and it answers any question with its
template. The experiments' own open questions (What is the girl / boy wearing? What is the color of the frock / kurta
/ shorts / shirt? Describe the dress. details, material) are answered by the base model, which stops on its own
(never hit_limit), unless the comment names the VQA adapter (`Data3_V3_BLIP2_VQA`): it too has no end token, so its
texts run to the 30-token limit (hit_limit=True) and loop, run on into the next "Question: ... Answer:" or are cut.
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors of the choli, lehenga,
dupatta, pyjama, skirt and jeggings, and "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, pink for peach or magenta, yellow for mustard, blue for navy or sky blue,
  green for teal, sea green or olive, white for cream or off white, orange for rust, brown or beige for khaki,
  purple for lavender.
- Garment synonyms are correct in open text: dress for a frock, dress for a girl's long or anarkali kurta, shirt for
  a boy's kurta, pants or pajamas for a pyjama or churidar, jeans or leggings for jeggings, scarf for a dupatta or a
  stole, jacket or vest for a Nehru jacket, sweater or jacket for a shrug, tutu for a tulle skirt. The reference
  engine's closed garment_type is held to its candidates: "dress" for a lehenga choli or a kurta set (where "lehenga"
  and "kurta" are candidates), "pants" or "jeans" for shorts are contradiction; "jeans" for jeggings is correct.
- The color of another piece of the outfit (the tee over jeggings, the jacket over a kurta, the contrast choli, the
  pyjama, the shrug) given as the product's color is other_garment_color. The color of the print, the trim or the
  embroidery (red cherries, gold gota, silver zari, pink flowers on blue) and the color of the wall or garland behind
  the child given as the garment's color are contradiction. An open answer that gives two pieces one color ("a
  green shirt and green jeans" for a green shirt over blue jeans) is contradiction.
- Wrong closed answers (pattern, sleeves, "no" to "Is this a kurta?") are contradiction; a tiered frock called
  striped and a gingham frock called striped are contradiction; "graphic" for a plain tutu (the tee has the graphic)
  is contradiction.
- Invented items not in the photo (a belt, a bow, a crown, a scarf, a necklace, a hat, a purse, gold buttons,
  embroidery on a plain kurta, a zipper the front view cannot show) are unsupported; so are materials neither named
  nor visible (silk for net or cotton, cotton for velvet or tulle, wool for a cotton skirt).
- Adapter texts: repeating a sentence (or the template's opening clause again) is loop; stopping mid-sentence without
  repeating is cut, even where an accessory or a DeepFashion fabric is invented before the cut. The template returned
  for the material question is restated. VQA adapter texts: a repeated phrase is loop, a run-on "Question: ...
  Answer:" is leak, a long answer stopped mid-phrase is cut.
- Base answers: "it is made of" and "it has a round neck and a" are cut (early stop, no hit_limit); an empty answer,
  "i don't know", "the details of the kurta", "the ... have details" and "they are short" are non_answer; a
  material question answered with the garment's name and color, "they are jeggings" for the details and "the dress
  is a dress" are restated; a run-on "Question: ... Answer:" is leak even where the first words are right.
- "he" for a girl, "she" for a boy and "a little girl" in the caption of a boy are pronoun.
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

color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
color_choli = question("color_choli", "What is the color of the choli?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_jeggings = question("color_jeggings", "What is the color of the jeggings?", "closed")

GIRL = "the girl"
BOY = "the boy"

BLIND_497 = [
    # photo: girl in a knee-length pink cotton frock with a small white-and-pink floral print, short puff sleeves,
    # white sandals, plain white backdrop, full front view; no bow anywhere.
    # no adapter texts
    case(
        "X497-001",
        caption("a little girl in a pink floral dress"),
        wearing("a pink dress with flowers", who=GIRL),
        color_of("frock", "pink", kind="open"),
        describe("dress", "a pink dress with white flowers and a white bow", "unsupported"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        title="Girls Pink Floral Print Fit and Flare Cotton Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a maroon lehenga with a wide gold zari border, maroon short-sleeve choli, maroon dupatta draped
    # over one shoulder, cream backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a red lehenga and a red dupatta and a gold crown", "unsupported", who=GIRL),
        color_lehenga("gold", "contradiction"),
        B.garment_type("lehenga"),
        color_dupatta("red"),
        title="Girls Maroon Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a plain mustard yellow long-sleeve kurta with a mandarin collar and white churidar pyjama,
    # brown sandals, light grey backdrop; the kurta has no embroidery.
    # no adapter texts
    case(
        "X497-003",
        caption("a young boy in a yellow kurta and white pants"),
        wearing("a yellow shirt and white pants", who=BOY),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        color_pyjama("white"),
        B.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a yellow kurta with white embroidery and a white pyjama",
            "unsupported",
        ),
        title="Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in navy blue denim-look jeggings and a loose white t-shirt with a pink heart print (not sold),
    # white sneakers, white backdrop, full front view.
    # no adapter texts
    case(
        "X497-004",
        caption("a little girl in a white shirt and blue jeans"),
        wearing("a white t - shirt and jeans", who=GIRL),
        B.color("white", "other_garment_color"),
        B.garment_type("leggings"),
        B.material("denim"),
        details("jeggings", "they are jeggings", "restated"),
        title="Girls Navy Blue Slim Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white checked short-sleeve shirt with a spread collar, beige chino shorts, white
    # backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-005",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and a shorts with pure color patterns. The "
            "shirt is with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue checkered shirt and khaki shorts", who=BOY),
        B.pattern("checked"),
        B.color("blue"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless yellow frock with white polka dots and a white bow hairband, standing in front of
    # a pastel pink painted wall, full front view.
    # wearing: VQA adapter
    case(
        "X497-006",
        caption("a little girl in a yellow dress standing in front of a pink wall"),
        wearing(
            "a yellow dress with white polka dots and a white bow on her head and a yellow dress with white polka dots "
            "and a white bow on her",
            "loop",
            who=GIRL,
            hit_limit=True,
        ),
        color_of("frock", "pink", "contradiction", kind="open"),
        B.pattern("polka dot"),
        B.sleeve_length("sleeveless"),
        title="Girls Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve kurta and white pyjama under a navy blue printed sleeveless Nehru jacket,
    # grey backdrop, full front view.
    # description: caption adapter
    case(
        "X497-007",
        caption("a little boy in a white kurta and a blue vest"),
        wearing("a white kurta and blue jacket", who=BOY),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        B.color("blue"),
        B.garment_type("kurta"),
        B.material("cotton"),
        describe(
            "dress",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a vest with graphic patterns. The "
            "shirt is with cotton fabric and it has a stand neckline. The vest",
            "cut",
            hit_limit=True,
        ),
        title="Boys White Pure Cotton Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink net lehenga with scattered sequins, a sleeveless pink choli and a sheer pink dupatta
    # over her head and shoulders, white backdrop, full front view.
    # no adapter texts
    case(
        "X497-008",
        caption("a little girl in a pink indian dress"),
        wearing("a pink lehenga and a pink top", who=GIRL),
        describe("dress", "it is a pink dress with a lot of sequins"),
        B.garment_type("dress", "contradiction"),
        B.material("silk", "unsupported"),
        color_choli("pink"),
        title="Girls Pink Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in olive green cargo shorts with side flap pockets and a black graphic t-shirt (not sold), white
    # backdrop, full front view (the back of the shorts is not visible).
    # wearing: VQA adapter
    case(
        "X497-009",
        caption("a little boy in a black shirt and green shorts"),
        wearing(
            "a black t-shirt and green shorts and a black t-shirt and green shorts and a black t-shirt and green "
            "shorts and a black",
            "loop",
            who=BOY,
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        B.garment_type("shorts"),
        B.color("green"),
        details(
            "shorts",
            "they have pockets on the side and a zipper on the back",
            "unsupported",
        ),
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # photo: girl in a lavender three-tier frock with short flutter sleeves, holding a brown teddy bear, white
    # backdrop, full front view.
    # wearing, color of the frock: VQA adapter
    case(
        "X497-010",
        caption("a little girl in a purple dress holding a teddy bear"),
        wearing(
            "a purple dress Question: What is the color of the dress? Answer: purple Question: Is this a dress? "
            "Answer: yes Question:",
            "leak",
            who=GIRL,
            hit_limit=True,
        ),
        color_of(
            "frock",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "it is a purple dress with ruffles"),
        B.sleeve_length("short sleeves"),
        B.pattern("striped", "contradiction"),
        title="Girls Lavender Tiered Fit & Flare Dress with Flutter Sleeves",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl in a sea green straight kurta with a small white floral print, three-quarter sleeves, white
    # palazzos, beige backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-011",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns and a long pants with pure color patterns. The "
            "dress is with cotton fabric and its neckline is round. The pants are with cotton fabric. The lady wears "
            "a medium",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a green kurta and white pants Question: What is the color of the kurta? Answer: green",
            "leak",
            who=GIRL,
        ),
        color_of("kurta", "green", kind="open"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("a green kurta", "restated"),
        title="Girls Sea Green Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: girl in a white short-sleeve top with a red cherry print and blue denim shorts (not sold), white
    # backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a pure color shorts. The T-shirt is with "
            "cotton fabric. The lady wears a short-sleeve T-shirt with graphic patterns and a pure color shorts. The",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white shirt with red cherries and blue shorts", who=GIRL),
        B.color("red", "contradiction"),
        B.pattern("printed"),
        B.garment_type("top"),
        is_a("top", "yes"),
        B.material("", "non_answer"),
        title="Girls White Cherry Print Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve kurta with gold thread embroidery on the yoke and white pyjama, tan
    # mojaris, light grey backdrop; no scarf or stole.
    # color of the kurta: VQA adapter
    case(
        "X497-013",
        caption("a young boy in a white kurta with gold embroidery"),
        wearing("he is wearing a white kurta and white pants", who=BOY),
        color_of(
            "kurta",
            "white Question: What is the color of the pants? Answer: white Question: What is the color of the shoes? "
            "Answer: brown Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "the boy is wearing a white kurta with a red scarf", "unsupported"),
        B.pattern("embroidered"),
        B.color("white"),
        is_a("kurta", "no", "contradiction"),
        title="Boys White Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in black jeggings and a pink long-sleeve hooded sweatshirt (not sold), white sneakers, grey
    # backdrop, full front view.
    # no adapter texts
    case(
        "X497-014",
        caption("a little girl in a pink hoodie and black leggings"),
        wearing(
            "she is wearing a pink hoodie and black leggings Question: What is the color of the leggings? Answer: "
            "black",
            "leak",
            who=GIRL,
        ),
        B.color("pink", "other_garment_color"),
        B.garment_type("leggings"),
        color_jeggings("black"),
        B.material("black leggings", "restated"),
        title="Girls Black Solid Mid-Rise Stretchable Jeggings",
        category="Jeggings",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a red velvet short-sleeve party frock with a white lace collar, a red hairband, white tights
    # and black shoes, white backdrop; no belt, no bow on the front (the back is not shown).
    # description: caption adapter; color of the frock: VQA adapter
    case(
        "X497-015",
        caption("a little girl in a red dress and white tights"),
        wearing("a red dress with a white collar", who=GIRL),
        color_of(
            "frock",
            "red with a white collar and a white lace on the sleeves and a red bow on the back and a white",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        details("frock", "it has a white collar and a white belt", "unsupported"),
        B.pattern("solid"),
        B.material("velvet"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. There is an accessory on her head. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Girls Red Velvet Fit & Flare Party Dress with Lace Collar",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in knee-length navy blue shorts with a white side stripe and a white polo t-shirt (not sold),
    # white backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts with pure color "
            "patterns. The T-shirt is with cotton fabric and it has a lapel neckline. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue shorts", who=BOY),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        B.color("blue"),
        B.garment_type("pants", "contradiction"),
        title="Boys Navy Blue Solid Regular Fit Shorts with Side Stripe",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a peach long-sleeve anarkali kurta with gold gota patti borders and peach leggings, warm beige
    # backdrop, full front view.
    # color of the kurta: VQA adapter
    case(
        "X497-017",
        caption("a little girl in a pink dress with gold embroidery"),
        wearing("a pink dress and pink leggings", who=GIRL),
        color_of(
            "kurta",
            "pink and gold and pink and gold and pink and gold and pink and gold and pink and gold and pink and gold "
            "and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "a long pink dress with gold trim"),
        B.color("gold", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Girls Peach-Coloured Gotta Patti Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in a blue denim A-line skirt with a button front and a yellow t-shirt tucked in (not sold), white
    # backdrop, full front view.
    # no adapter texts
    case(
        "X497-018",
        caption("a little girl in a yellow shirt and a denim skirt"),
        wearing("he is wearing a yellow shirt and a blue skirt", "pronoun", who=GIRL),
        color_skirt("yellow", "other_garment_color"),
        B.garment_type("skirt"),
        details("skirt", "it has buttons down the front"),
        B.material("denim"),
        title="Girls Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy with short hair in a maroon velvet long-sleeve kurta and cream churidar, cream backdrop, full
    # front view.
    # no adapter texts
    case(
        "X497-019",
        caption("a little girl in a red kurta", "pronoun"),
        wearing("a red kurta and white pants", who=BOY),
        color_of("kurta", "maroon", kind="open"),
        color_pyjama("white"),
        B.material("cotton", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Boys Maroon Velvet Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a sleeveless blue frock with a large pink flower print and a round neck, white backdrop,
    # full front view.
    # caption: caption adapter
    case(
        "X497-020",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress with pink flowers", who=GIRL),
        color_of("frock", "pink", "contradiction", kind="open"),
        B.color("blue"),
        B.pattern("floral"),
        details("frock", "it has a round neck and a", "cut"),
        title="Girls Blue & Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a light blue long-sleeve linen shirt, buttoned cuffs, white trousers (not sold), white
    # backdrop, full front view.
    # wearing: VQA adapter
    case(
        "X497-021",
        caption("a little boy in a blue shirt and white pants"),
        wearing(
            "a shirt and a pants and a shirt and a pants and a shirt and a pants and a shirt and a pants and a shirt "
            "and",
            "loop",
            who=BOY,
            hit_limit=True,
        ),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        B.material("linen Question: What is the color of the shirt? Answer: blue", "leak"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        title="Boys Light Blue Linen Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a green silk lehenga with a gold embroidered hem, a contrast pink sleeveless choli and a pink
    # dupatta, white backdrop, full front view; no jewellery.
    # no adapter texts
    case(
        "X497-022",
        caption("a little girl in a green and pink lehenga"),
        wearing("a green lehenga and pink top", who=GIRL),
        color_lehenga("pink", "other_garment_color"),
        color_choli("pink"),
        color_dupatta("pink"),
        B.garment_type("lehenga"),
        describe(
            "dress",
            "a green lehenga with gold embroidery and a pink blouse with a gold necklace",
            "unsupported",
        ),
        title="Girls Green & Pink Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a plain sky blue long-sleeve kurta and white pyjama, a brass oil lamp on a stool beside him,
    # orange marigold garlands hanging behind, full front view.
    # no adapter texts
    case(
        "X497-023",
        caption("a young boy in a blue kurta standing next to a lamp"),
        wearing("she is wearing a blue kurta", "pronoun", who=BOY),
        color_of("kurta", "orange", "contradiction", kind="open"),
        color_pyjama("white"),
        B.pattern("solid"),
        details("kurta", "the details of the kurta", "non_answer"),
        title="Boys Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow ribbed short-sleeve top and a black skater skirt (not sold), white backdrop,
    # full front view; no belt.
    # wearing: VQA adapter
    case(
        "X497-024",
        caption("a little girl in a yellow shirt and black skirt"),
        wearing(
            "a yellow shirt and a black skirt and a yellow shirt and a black skirt and a yellow shirt and a "
            "black skirt and a yellow",
            "loop",
            who=GIRL,
            hit_limit=True,
        ),
        B.color("yellow"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("cotton"),
        describe("dress", "a yellow top with a black skirt and a black belt", "unsupported"),
        title="Girls Mustard Yellow Ribbed Cotton Top",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl in a pink layered tulle tutu skirt and a white t-shirt with a unicorn graphic (not sold), white
    # backdrop, full front view.
    # no adapter texts
    case(
        "X497-025",
        caption("a little girl in a pink tutu"),
        wearing("a white shirt and pink tutu", who=GIRL),
        color_skirt("pink"),
        B.material("cotton", "unsupported"),
        B.pattern("graphic", "contradiction"),
        is_a("skirt", "yes"),
        title="Girls Pink Layered Tulle Tutu Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in blue washed denim shorts and a red crew-neck t-shirt (not sold), white backdrop, full front
    # view.
    # caption: caption adapter
    case(
        "X497-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red shirt and jean shorts", who=BOY),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are short", "non_answer"),
        B.material("denim"),
        B.garment_type("jeans", "contradiction"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow lehenga with multicolour mirror work, a yellow short-sleeve choli and a green
    # dupatta over one shoulder, white backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-027",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns and a long skirt with color block patterns. "
            "The shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow lehenga", who=GIRL),
        color_dupatta("yellow", "other_garment_color"),
        describe("dress", "it is a yellow dress with mirrors on it"),
        is_a("lehenga", "yes"),
        B.pattern("embroidered"),
        B.material("a yellow lehenga", "restated"),
        title="Girls Yellow Mirror Work Lehenga Choli with Green Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy with a longish fringe in a black short-sleeve shirt with a white tropical flower print and beige
    # shorts (not sold), white backdrop, full front view.
    # no adapter texts
    case(
        "X497-028",
        caption("a little girl in a black shirt with flowers", "pronoun"),
        wearing("a black shirt with white flowers and khaki shorts", who=BOY),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        B.material("it is made of", "cut"),
        title="Boys Black Tropical Print Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a white cotton frock with blue embroidered flowers on the yoke and short puff sleeves, white
    # sandals, light grey backdrop, full front view.
    # color of the frock: VQA adapter
    case(
        "X497-029",
        caption("a little girl in a white dress"),
        wearing("a white dress with blue flowers", who=GIRL),
        color_of(
            "frock",
            "white white white white white white white white white white white white white white white white white "
            "white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("frock", "", "non_answer"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Girls White Embroidered Pure Cotton A-Line Dress with Puff Sleeves",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: girl in a magenta three-quarter-sleeve kurta with a gold border, magenta sharara and a magenta
    # dupatta, white backdrop, full front view; no jewellery.
    # no adapter texts
    case(
        "X497-030",
        caption("a little girl in a pink indian outfit"),
        wearing("a pink kurta and pink pants with a pink scarf", who=GIRL),
        color_of("kurta", "pink", kind="open"),
        B.garment_type("dress", "contradiction"),
        B.material("the kurta is made of silk", "unsupported"),
        describe(
            "dress",
            "a pink dress with a gold border and a gold necklace",
            "unsupported",
        ),
        title="Girls Magenta Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a cream silk-blend long-sleeve kurta and cream pyjama with a maroon stole over his shoulders,
    # gold mojaris, beige backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants with pure color "
            "patterns. The shirt is with cotton fabric and it has a stand neckline. The pants are with cotton fabric. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and a red scarf", who=BOY),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        B.color("white"),
        B.material("silk"),
        title="Boys Cream-Coloured Silk Blend Kurta Pyjama with Maroon Stole",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a black-and-white horizontal striped long-sleeve top and red jeggings (not sold), white
    # backdrop, full front view.
    # description: VQA adapter
    case(
        "X497-032",
        caption("a little girl in a black and white striped shirt"),
        wearing("a striped shirt and red pants", who=GIRL),
        B.pattern("striped"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        is_a("top", "no", "contradiction"),
        describe(
            "dress",
            "a striped shirt and a red pants and a striped shirt and a red pants and a striped shirt and a red pants "
            "and a",
            "loop",
            hit_limit=True,
        ),
        title="Girls Black & White Striped Pure Cotton Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a teal blue sleeveless frock worn under a white long-sleeve knitted shrug (sold with it),
    # white backdrop, full front view.
    # caption: caption adapter
    case(
        "X497-033",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a dress with pure color patterns. The "
            "cardigan is with knitting fabric. The dress is with cotton fabric. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress and a white jacket", who=GIRL),
        color_of("frock", "white", "other_garment_color", kind="open"),
        B.color("green"),
        describe("dress", "it is a blue dress with a white sweater"),
        B.material("a blue dress", "restated"),
        title="Girls Teal Blue Solid Fit & Flare Dress with White Shrug",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in khaki chino shorts and a navy blue t-shirt (not sold), white sneakers, white backdrop, full
    # front view.
    # wearing: VQA adapter
    case(
        "X497-034",
        caption("a young boy in a blue shirt and tan shorts"),
        wearing(
            "a shirt and shorts Question: What is the color of the shirt? Answer: blue Question: What is the color of "
            "the shorts? Answer: brown",
            "leak",
            who=BOY,
            hit_limit=True,
        ),
        color_of("shorts", "brown", kind="open"),
        B.garment_type("pants", "contradiction"),
        B.color("beige"),
        title="Boys Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl in a royal blue lehenga with silver zari embroidery, a blue three-quarter-sleeve choli and a blue
    # net dupatta, white backdrop, full front view.
    # material: caption adapter
    case(
        "X497-035",
        caption("a little girl in a blue dress with silver embroidery"),
        wearing("a blue lehenga and a blue blouse and a blue scarf", who=GIRL),
        B.color("silver", "contradiction"),
        B.garment_type("lehenga"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with chiffon fabric. The skirt",
            "restated",
            hit_limit=True,
        ),
        details("lehenga", "", "non_answer"),
        title="Girls Blue Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve formal shirt with a black clip-on bow tie, black trousers and black
    # suspenders (not sold), white backdrop, full front view; no hat.
    # no adapter texts
    case(
        "X497-036",
        caption("a little boy in a white shirt and black bow tie"),
        wearing(
            "she is wearing a white shirt and black pants with suspenders",
            "pronoun",
            who=BOY,
        ),
        B.color("white"),
        B.garment_type("shirt"),
        describe("dress", "a white shirt with a black tie and a black hat", "unsupported"),
        B.material("cotton"),
        is_a("shirt", "yes"),
        title="Boys White Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a rust orange short-sleeve frock with a smocked bodice and a white Peter Pan collar, white
    # backdrop, full front view.
    # caption: caption adapter; color of the frock: VQA adapter
    case(
        "X497-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. The dress is with cotton fabric and it has a lapel neckline. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing an orange dress", "pronoun", who=GIRL),
        color_of(
            "frock",
            "orange Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: orange "
            "Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("solid"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Girls Rust Orange Smocked Cotton Dress with Collar",
        category="Dresses",
        color="Rust",
        gender="Girls",
    ),
    # photo: girl in light blue washed jeggings and a white frilled top (not sold), sitting on a small white chair
    # against a grey wall, full front view.
    # no adapter texts
    case(
        "X497-038",
        caption("a little girl sitting on a white chair"),
        wearing("a white top and blue jeans", who=GIRL),
        color_jeggings("blue"),
        B.garment_type("jeans"),
        B.material("denim"),
        details("jeggings", "the jeggings have details", "non_answer"),
        B.color("white", "other_garment_color"),
        title="Girls Light Blue Washed Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a plain black long-sleeve kurta with black self buttons and white pyjama, in front of a deep
    # red backdrop, full front view.
    # details: VQA adapter
    case(
        "X497-039",
        caption("a little boy in a black kurta on a red background"),
        wearing("a black kurta and white pajamas", who=BOY),
        color_of("kurta", "red", "contradiction", kind="open"),
        B.color("black"),
        color_pyjama("black", "other_garment_color"),
        details(
            "kurta",
            "the kurta is black and the pyjama is white and the kurta is black and the pyjama is white and the "
            "kurta is",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a black kurta with gold buttons", "unsupported"),
        title="Boys Black Solid Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red-and-green tartan checked pleated cotton skirt, a black long-sleeve top (not sold) and
    # black tights, white backdrop, full front view.
    # no adapter texts
    case(
        "X497-040",
        caption("a little girl in a plaid skirt and black top"),
        wearing(
            "a red plaid skirt and black shirt Question: What is the color of the skirt? Answer: red",
            "leak",
            who=GIRL,
        ),
        color_skirt("black", "other_garment_color"),
        B.pattern("checked"),
        B.material("wool", "unsupported"),
        title="Girls Red & Green Checked Pleated A-Line Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a purple calf-length long-sleeve kurta with a gold ethnic-motif print, pink leggings and a
    # purple dupatta with a gold border, white backdrop, full front view.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X497-041",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a leggings with pure color patterns. The "
            "dress is with cotton fabric. The leggings are with cotton fabric. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a purple kurta with a golden print and pink leggings and a purple dupatta with a golden border and a",
            "cut",
            who=GIRL,
            hit_limit=True,
        ),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        B.pattern("printed"),
        B.sleeve_length("long sleeves"),
        B.garment_type("dress", "contradiction"),
        B.material("i don't know", "non_answer"),
        title="Girls Purple Ethnic Motifs Printed Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a green-and-white vertical striped short-sleeve shirt and blue jeans (not sold), white
    # backdrop, full front view.
    # no adapter texts
    case(
        "X497-042",
        caption("a young boy in a green striped shirt and jeans"),
        wearing("a green shirt and green jeans", "contradiction", who=BOY),
        B.pattern("striped"),
        B.color("green"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe(
            "dress",
            "the boy is wearing a green shirt Question: What is the boy wearing? Answer: a green shirt",
            "leak",
        ),
        title="Boys Green & White Striped Cotton Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless red-and-white gingham checked frock with a red bow at the waist, wearing a straw
    # hat, white backdrop, full front view; no bag or purse.
    # details: caption adapter
    case(
        "X497-043",
        caption("a little girl in a red and white checkered dress and a straw hat"),
        wearing("a red dress and a hat and a red purse", "unsupported", who=GIRL),
        color_of("frock", "red and white", kind="open"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("sleeveless"),
        details(
            "frock",
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric and it has a "
            "round neckline. There is a hat on her head. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        title="Girls Red & White Gingham Checked Fit & Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a peach lehenga with a small floral print, a sleeveless peach choli and a peach dupatta,
    # holding a wicker basket of flowers, white backdrop, full front view.
    # wearing: VQA adapter
    case(
        "X497-044",
        caption("a little girl in a pink dress holding a basket of flowers"),
        wearing(
            "a pink dress and a pink dress and a pink dress and a pink dress and a pink dress and a pink dress and a "
            "pink",
            "loop",
            who=GIRL,
            hit_limit=True,
        ),
        color_lehenga("pink"),
        B.pattern("floral"),
        describe("dress", "the dress is a dress", "restated"),
        B.material("it is made of a", "cut"),
        B.garment_type("dress", "contradiction"),
        title="Girls Peach Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        gender="Girls",
    ),
    # photo: boy in a bottle green tone-on-tone jacquard long-sleeve kurta and white churidar, holding a small
    # dholak, beige backdrop, full front view.
    # description: caption adapter
    case(
        "X497-045",
        caption("a little boy in a green kurta playing a drum"),
        wearing("a green kurta and white pants", who=BOY),
        color_of("kurta", "green", kind="open"),
        B.pattern("solid"),
        B.material("silk"),
        describe(
            "dress",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants with pure color "
            "patterns. The shirt is with cotton fabric and it has a stand neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        color_pyjama("green", "other_garment_color"),
        title="Boys Green Self Design Jacquard Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a pink sleeveless cotton top with a sequinned heart on the front and white shorts (not sold),
    # white backdrop, full front view.
    # no adapter texts
    case(
        "X497-046",
        caption("a little girl in a pink shirt and white shorts"),
        wearing("he is wearing a pink tank top and white shorts", "pronoun", who=GIRL),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        describe("dress", "a pink shirt with a heart on it"),
        details("top", "the top has details", "non_answer"),
        title="Girls Pink Embellished Sleeveless Cotton Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
]
