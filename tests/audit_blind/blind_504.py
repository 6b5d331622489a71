"""BLIND_504 (46 products; the original experiments re-run on a Myntra women's catalog of kurtis, tops and bottoms):
written blind in the forty-ninth session. Measured blind at 1418e63 (the session's rules as they stood): 103/118
failures found (87.3%) and 3/145 correct texts flagged (2.1%). The writer's notes, verbatim:

Scenario: the original experiments' four models re-run on a Myntra-like English feed of women's wear: kurtis (some
sold as kurta-with-palazzos sets), tops, shirts, dresses, jeans, palazzos, skirts and shrugs, each photographed on a
model who also wears other clothes (a tank top under a shrug, jeans under a top, a kurti over palazzos). Backdrops
are mostly plain studio white or grey, with a few painted or brick walls and plants. The questions are the
experiments' own, put to a woman: "What is she wearing?", "What is the color of the top / kurti / jeans / pants?",
"Describe the top." (asked of every product, dresses included, as the experiments did), "What are the top details?"
(and the kurti / jeans / pants details where the product is one), plus enrich's closed garment_type and color and,
on some products, pattern, sleeve length, material and "Is this a ...?". Each row has the seller's title, category,
color and gender; two rows miss the gender and one the color, as real feeds do.

Who wrote what: four models. (1) The untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase captions
("a woman in a green top standing in front of a brick wall") and short answers, and stops on its own (never
hit_limit); it is the one that invents details, gives one garment's color to another, answers "he", echoes the
question, returns nothing, or runs on into the next "Question: ... Answer:" of the prompt format. (2) and (3) The
caption adapters, epoch 1 and epoch 3, write the DeepFashion-MultiModal template ("The lady wears a short-sleeve
shirt with pure color patterns. The shirt is with cotton fabric. It has a round neckline. ...") with no hue words
and only the template's fabrics (cotton, denim, chiffon, knitting, leather, other) and necklines; trained with no
end token, they run to their limit (50 new tokens for captions, 30 for answers, hit_limit=True) and return the
template to every question; epoch 1 repeats its first sentence sooner. (4) The VQA adapter, trained on unmasked
"Question: ... Answer: ..." labels with no end token, loops its one-word answers to the limit ("red-red-red-...",
"dress dress dress ...") and, asked for a caption with an empty prompt, writes a question of its own first
("Question: What is the color of the shirt? Answer: pink-pink-..."). Which texts came from which adapter is in the
comment above each case; every other open text is the base model's. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece "color of the top / kurti / jeans / pants" when marked closed, and "Is this a
...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or indigo, green for olive, sea green or teal,
  yellow for mustard, pink for peach (the base model calls peach pink), orange for rust or coral, red or maroon for
  burgundy, purple for lavender, white for off white, tan for beige. Mustard answered "orange" and navy answered
  "black" are contradictions.
- A color that another piece worn in the photo has (the jeans under the top, the tank top under the shrug, the kurti
  over the palazzos), given to the product or to another piece, is other_garment_color, closed or open, whichever
  piece was asked about. A color nothing worn has (the yellow wall, the green plants) is contradiction, and so is the
  print's color given as the color of a garment the seller calls White.
- "Describe the top." asked of a shrug product and answered with the tank top under it is correct: the question asked
  for the top. The same for the per-piece color questions: "black" for the top worn under a beige shrug is correct.
- Garment synonyms are correct: kurta or tunic for a kurti, cardigan or jacket for a shrug, sweater for a ribbed knit
  top, pants, trousers or palazzo for palazzos, t-shirt or shirt for a top. A kurti called "dress" and palazzos
  called "skirt" are contradictions, and so are a shirt dress called "shirt", a denim dress called "jeans", a skirt
  called "shorts", a shrug called "top" (the reference engine picked the top under it) and "no" to "Is this a
  kurta?" for a kurti. A wrong closed pattern or sleeve length is contradiction: "striped" for a checked shirt or for
  plain jeans worn under a striped top, "short sleeves" for long sleeves rolled up to the elbows.
- A matching kurta-and-palazzos set (both peach) answered peach for both is correct.
- Invented items or features the photo does not show (a purse, a belt, a necklace, a dupatta the set does not have,
  a zipper or bow on a back the front view hides, ripped knees on plain jeans, lace trim, a tattoo, a misread word on
  a print) are unsupported; so is a material neither the title names nor the photo shows (silk for satin, wool for a
  cotton melange top, lace for a plain jersey top). Chiffon for georgette is correct.
- Adapter texts: one that repeats a sentence or a clause of the template is loop; one that stops mid-sentence without
  repeating is cut (hit_limit kept on both). Where the template misnames the garment itself (a kurti as a "dress"),
  the misnaming is what the auditor sees first: contradiction, hit_limit kept. The template returned for a color
  question has no hue at all: non_answer. The template answering "What is she wearing?", "Describe the top." or
  "What are the top details?" does answer them, so those are cut or loop. Wrong template fabrics or necklines inside a
  loop or a cut text are not labelled separately.
- VQA adapter texts: a one-word loop is loop even where the word is wrong; a caption that starts with "Question:" is
  leak, even though it then loops.
- Base answers: empty, "the details of the kurti", "the top has details" and a bare garment name with nothing
  more ("it is a dress", "they are jeans", "they are pants") are non_answer; the question's own words back ("top
  details", "she is wearing", "the kurti is a kurti") and a material question answered with the garment's color
  are restated; an answer that stops mid-phrase on its own ("they have a print on") is cut, without hit_limit; any
  run-on into "Question: ... Answer: ..." is leak, even where the first words are right; "he" or "a man" for the
  woman is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_504 = [
    # photo: model in a navy blue straight kurti with small white floral motifs, three-quarter sleeves, worn with
    # white palazzos; plain white backdrop, front view, full length.
    # all open texts: base model
    case(
        "X504-001",
        caption("a woman in a blue kurti and white pants"),
        she(
            "she is wearing a blue kurti and white pants Question: what is she wearing? Answer: a blue kurti",
            "leak",
        ),
        color_of("kurti", "navy"),
        color_of("pants", "white"),
        describe("kurti", "it is a blue kurti with white flowers"),
        details("kurti", "the kurti has a pocket on the side", "unsupported"),
        title="Anouk Women Navy Blue Floral Printed Straight Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white cotton top with black polka dots and puff sleeves, tucked into blue skinny jeans; light
    # grey backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X504-002",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers the lady wears is of long length. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        she("a white top and blue jeans"),
        Q.color("blue", "other_garment_color"),
        describe("top", "a white top with black polka dots"),
        details("top", "puff sleeves"),
        Q.material("the top is white", "restated"),
        title="HERE&NOW Women White Polka Dot Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in blue mid-rise skinny jeans with a black tank top; white backdrop, full length.
    # all open texts: base model
    case(
        "X504-003",
        caption("a woman in black top and blue jeans standing against a white wall"),
        she("a black top and black jeans", "other_garment_color"),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        color_of("jeans", "blue"),
        details("jeans", "they are jeans", "non_answer"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mustard A-line midi dress with a small white floral print and short flutter sleeves; studio
    # backdrop with a potted plant at the side.
    # caption: caption adapter, epoch 1; wearing: caption adapter, epoch 1
    case(
        "X504-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        she(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe("top", "it is a dress", "non_answer"),
        title="Sassafras Women Mustard Yellow Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black crochet open-front shrug over a white tank top and blue jeans; white backdrop.
    # all open texts: base model
    case(
        "X504-005",
        caption("a woman wearing a black cardigan and jeans"),
        she("a white top and a black shrug"),
        Q.garment_type("top", "contradiction"),
        Q.color("white", "other_garment_color"),
        describe("top", "it is a white tank top"),
        details("top", "the top is made of lace", "unsupported"),
        title="Tokyo Talkies Women Black Crochet Open Front Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon A-line kurti with gold foil print, three-quarter sleeves, and matching maroon
    # palazzos; beige backdrop.
    # caption, wearing, color of the kurti (open): VQA adapter
    case(
        "X504-006",
        caption(
            "Question: What is the color of the kurta? Answer: red-red-red-red-red-red-red-red-red-red-red-red-"
            "red-red-red-red-red-red-red",
            "leak",
            hit_limit=True,
        ),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            True,
        ),
        color_of(
            "kurti",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            "open",
            True,
        ),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        is_a("kurta", "yes"),
        title="Libas Women Maroon Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a sleeveless teal green peplum top with black trousers, standing in front of a red brick wall.
    # all open texts: base model
    case(
        "X504-007",
        caption("a woman in a green top standing in front of a brick wall"),
        she("a green top and black pants"),
        color_of("top", "green"),
        describe("top", "it is a sleeveless peplum top"),
        details(
            "top",
            "the top has a ruffle at the waist and a bow on the back",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        title="DressBerry Women Teal Green Solid Peplum Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a blue-and-white vertical striped cotton shirt, long sleeves, with beige trousers; white
    # backdrop.
    # caption: caption adapter, epoch 3; description, color of the top (open): caption adapter, epoch 3
    case(
        "X504-008",
        caption(
            "This woman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        describe(
            "top",
            "This woman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. This "
            "woman is wearing a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "top",
            "This woman is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            "non_answer",
            "open",
            True,
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.garment_type("shirt"),
        title="Mast & Harbour Women Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in off-white wide-leg palazzos with a pink straight kurti; white backdrop, full length.
    # all open texts: base model
    case(
        "X504-009",
        caption("a woman in a pink top and white pants"),
        she("a pink kurta and pink pants", "other_garment_color"),
        Q.garment_type("skirt", "contradiction"),
        Q.color("pink", "other_garment_color"),
        color_of("pants", "white"),
        details("pants", "they are pants", "non_answer"),
        title="W Women Off White Solid Flared Palazzos",
        category="Palazzos",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a navy blue ribbed bodycon midi dress with long sleeves; beige backdrop, front view.
    # all open texts: base model
    case(
        "X504-010",
        caption("a woman in a black dress posing for a photo", "contradiction"),
        she("a blue dress"),
        Q.color("black", "contradiction"),
        Q.garment_type("dress"),
        describe("top", "it is a long sleeve dress"),
        details("top", "the top has a zipper in the back", "unsupported"),
        title="Tokyo Talkies Women Navy Blue Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard cotton kurti with white chikankari embroidery, long sleeves, with white leggings; pale
    # pink wall.
    # caption: caption adapter, epoch 1
    case(
        "X504-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing", "restated"),
        color_of("kurti", "mustard"),
        describe("kurti", "a yellow kurta with white embroidery"),
        details("kurti", "the details of the kurti", "non_answer"),
        Q.material("cotton"),
        title="Anouk Women Mustard Yellow Chikankari Embroidered Pure Cotton Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black short-sleeve crop top with a white "NEW YORK" graphic, with light blue high-rise mom
    # jeans; white backdrop.
    # all open texts: base model
    case(
        "X504-012",
        caption("a woman wearing a black t-shirt with the word love on it", "unsupported"),
        she(
            "a black shirt and blue jeans Question: what is the color of the top? Answer: black",
            "leak",
        ),
        color_of("top", "black"),
        color_of("jeans", "black", "other_garment_color"),
        describe("top", "it is a black crop top with a graphic print"),
        details("top", "the top has details", "non_answer"),
        title="Roadster Women Black Typography Printed Crop T-shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a longline sheer georgette shrug, white with pink flowers, over a black camisole and black
    # trousers; grey backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X504-013",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. There is an outer clothing with chiffon fabric and floral patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        she("a black top and a floral jacket"),
        Q.garment_type("shrug"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        title="SASSAFRAS Women White & Pink Floral Print Sheer Longline Shrug",
        category="Shrugs",
        color="White",
        gender="Women",
    ),
    # photo: model in black high-rise straight jeans with a white shirt tucked in; white backdrop, full length.
    # all open texts: base model
    case(
        "X504-014",
        caption("a woman in a white shirt and black pants"),
        she(
            "white shirt and black jeans Question: what is the color of the jeans? Answer: black",
            "leak",
        ),
        color_of("jeans", "black"),
        Q.garment_type("jeans"),
        details("jeans", "they have a ripped knee", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="HERE&NOW Women Black Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green A-line kurti with a mirror-work yoke and three-quarter sleeves, with beige
    # straight pants; white backdrop.
    # all open texts: base model
    case(
        "X504-015",
        caption("a woman in a green dress and white pants", "contradiction"),
        she("an olive green kurta"),
        color_of("kurti", "green"),
        describe("kurti", "the kurti is a kurti", "restated"),
        details("kurti", "it has mirror work on the neck"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Olive Green Mirror Work Yoke Design A-Line Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red-and-white gingham fit-and-flare sleeveless dress with a square neck and a self tie belt;
    # white backdrop.
    # caption, wearing, description: caption adapter, epoch 3
    case(
        "X504-016",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of knee length. There is an accessory on her waist. The lady",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. The lady wears "
            "a sleeveless dress with lattice",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("checked"),
        describe(
            "top",
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Women Red & White Gingham Checked Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a peach sleeveless ruffled top with white jeans; white backdrop.
    # all open texts: base model
    case(
        "X504-017",
        caption("a woman in a pink top and white jeans"),
        she("a pink top Question: what is the color of the top? Answer: pink", "leak"),
        Q.color("white", "other_garment_color"),
        color_of("top", "peach"),
        describe("top", "he is wearing a pink top with ruffles", "pronoun"),
        details("top", "ruffles on the neck and shoulders"),
        title="DressBerry Women Peach Ruffled Sleeveless Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black flared midi skirt with white polka dots, a plain white tee tucked in; white backdrop.
    # all open texts: base model
    case(
        "X504-018",
        caption("a woman wearing a white t-shirt and a black and white polka dot skirt"),
        she(
            "a white shirt and a black skirt with white polka dots and a black belt",
            "unsupported",
        ),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        color_of("top", "white"),
        title="Tokyo Talkies Women Black & White Polka Dot Print Flared Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink kurti with blue ethnic motifs, long sleeves, worn with blue jeans; white backdrop.
    # caption, wearing, color of the jeans (open): VQA adapter
    case(
        "X504-019",
        caption(
            "Question: What is the color of the shirt? Answer: pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-"
            "pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "leak",
            hit_limit=True,
        ),
        she(
            "shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt",
            "loop",
            True,
        ),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            "open",
            True,
        ),
        Q.color("pink"),
        Q.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        title="Anouk Women Pink & Blue Ethnic Motifs Printed Straight Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green utility shirt with two flap chest pockets, long sleeves rolled up to the
    # elbows, with black jeans; white backdrop.
    # all open texts: base model
    case(
        "X504-020",
        caption("a woman in a green shirt and black jeans"),
        she("a green shirt and green pants", "other_garment_color"),
        describe("top", "a green button down shirt with pockets"),
        details("top", "two pockets on the chest and buttons"),
        Q.color("olive"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Women Olive Green Solid Utility Shirt with Long Sleeves",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in navy blue palazzos with a white geometric print, with a plain white kurti; white backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X504-021",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The pants this woman wears is of long length. The pants are with cotton fabric and graphic patterns. This",
            "cut",
            hit_limit=True,
        ),
        she("a white top and blue pants"),
        color_of("pants", "navy"),
        Q.color("white", "other_garment_color"),
        details("pants", "they have a print on", "cut"),
        title="Libas Women Navy Blue Geometric Printed Flared Palazzos",
        category="Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a lavender satin cowl-neck sleeveless top with black trousers, hands empty; grey backdrop.
    # all open texts: base model
    case(
        "X504-022",
        caption("a woman in a purple top and black pants holding a purse", "unsupported"),
        she("purple top and black pants"),
        color_of("top", "purple"),
        describe("top", "a purple satin top with a cowl neck"),
        Q.material("silk", "unsupported"),
        title="DressBerry Women Lavender Solid Satin Cowl Neck Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white shirt dress with a black abstract print, long sleeves, a black waist belt, white
    # sneakers; white backdrop.
    # all open texts: base model
    case(
        "X504-023",
        caption("a woman in a white shirt dress and white sneakers"),
        she("a white dress with a black belt"),
        Q.color("black", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        describe("top", "he is wearing a white dress", "pronoun"),
        details("top", "it has a collar and buttons down the front"),
        title="Mast & Harbour Women White & Black Abstract Print Belted Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a sea green straight kurti with white floral embroidery at the hem and side slits, with white
    # palazzos, against a mustard-yellow painted wall.
    # all open texts: base model
    case(
        "X504-024",
        caption("a woman in a green kurti standing in front of a yellow wall"),
        she("a yellow kurta and white pants", "contradiction"),
        color_of("kurti", "yellow", "contradiction"),
        describe("kurti", "a green kurti with white embroidery at the bottom"),
        details("kurti", "the kurti has a slit on the side"),
        title="W Women Sea Green Floral Embroidered Straight Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in an oversized tie-dye t-shirt style top in pink, blue and yellow, with black leggings; white
    # backdrop.
    # caption, wearing, description: caption adapter, epoch 3; color of the top (open): base model
    case(
        "X504-025",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("top", "pink and blue", kind="open"),
        describe(
            "top",
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Multicoloured Tie and Dye Oversized T-shirt Style Top",
        category="Tops",
        color="Multi",
    ),
    # photo: model in light blue boyfriend jeans with ripped knees and a yellow top; standing, white backdrop.
    # all open texts: base model
    case(
        "X504-026",
        caption("a woman in a yellow top and ripped jeans sitting on a chair", "unsupported"),
        she("yellow shirt and jeans"),
        color_of("jeans", "blue"),
        details("jeans", "they are ripped at the knees"),
        Q.color("yellow", "other_garment_color"),
        title="Roadster Women Light Blue Boyfriend Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white cotton kurti with a dense indigo-blue block print, short sleeves and a v neck, with
    # black jeans; white backdrop.
    # all open texts: base model
    case(
        "X504-027",
        caption("a woman in a white and blue kurti"),
        she("a white kurta and black jeans"),
        color_of("kurti", "blue", "contradiction"),
        describe("kurti", "a white kurti with blue print"),
        color_of("jeans", "black"),
        details(
            "kurti",
            "the kurti has a v neck and short sleeves and a pocket",
            "unsupported",
        ),
        title="Anouk Women White & Blue Block Printed Pure Cotton Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: model in an emerald green velvet wrap dress, long sleeves, knee length, tie at the waist, no jewellery;
    # dark grey backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X504-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of knee length. The lady wears a long-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        she("a green dress and a gold necklace", "unsupported"),
        Q.color("green"),
        Q.material("velvet"),
        describe("top", "a green velvet dress with a belt"),
        title="SASSAFRAS Women Green Velvet Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a mustard ribbed knit top with a square neck and full sleeves, with blue jeans; white backdrop.
    # all open texts: base model
    case(
        "X504-029",
        caption("a woman in a yellow sweater and blue jeans"),
        she("a yellow sweater"),
        color_of("top", "orange", "contradiction"),
        describe(
            "top",
            "a yellow top with a square neck and buttons down the front",
            "unsupported",
        ),
        details("top", "", "non_answer"),
        title="Tokyo Talkies Women Mustard Yellow Ribbed Square Neck Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a beige longline knit shrug with two patch pockets over a black t-shirt and black jeans; white
    # backdrop.
    # all open texts: base model
    case(
        "X504-030",
        caption("a woman wearing a black shirt and a tan sweater"),
        she(
            "a black top and a beige cardigan Question: what color is the cardigan? Answer: beige",
            "leak",
        ),
        Q.garment_type("cardigan"),
        Q.color("black", "other_garment_color"),
        color_of("top", "black"),
        describe("top", "it is a black t-shirt"),
        title="Mast & Harbour Women Beige Longline Open Front Shrug with Pockets",
        category="Shrugs",
        color="Beige",
    ),
    # photo: model in a rust anarkali-style flared kurti with gold print and long sleeves, with white leggings; white
    # backdrop.
    # caption, color of the kurti (open): VQA adapter
    case(
        "X504-031",
        caption(
            "Question: What is she wearing? Answer: dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-"
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "leak",
            hit_limit=True,
        ),
        she("an orange kurta and white leggings"),
        color_of(
            "kurti",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-or",
            "loop",
            "open",
            True,
        ),
        Q.color("orange"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("printed"),
        title="Libas Women Rust Orange Ethnic Printed Anarkali Kurti",
        category="Kurtis",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a white broderie (eyelet) cotton top with short sleeves, with blue jeans; white backdrop.
    # caption, details: caption adapter, epoch 3
    case(
        "X504-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The trousers the lady wears is of long length. The trousers are with denim fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        she("white top and blue jeans"),
        details(
            "top",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.material("cotton"),
        title="HERE&NOW Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink floral tiered maxi dress with spaghetti straps, among green potted plants in the studio.
    # all open texts: base model
    case(
        "X504-033",
        caption("a woman in a pink floral dress standing in front of plants"),
        she("a pink dress with flowers"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("top", "a long pink dress with thin straps"),
        details("top", "the dress has a slit on the side and a belt", "unsupported"),
        title="Sassafras Women Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in black flared palazzo pants with a red crop top; white backdrop, full length.
    # all open texts: base model
    case(
        "X504-034",
        caption("a woman in a red top and black pants"),
        she(
            "she is wearing a red top and black pants Question: what is the color of the pants? Answer: black "
            "Question: what",
            "leak",
        ),
        color_of("pants", "black"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("trousers"),
        details("pants", "they are wide and flowy"),
        title="W Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in an indigo kaftan-style kurti with white shibori tie-dye, short sleeves, v neck, with white
    # straight pants; white backdrop.
    # caption, wearing: caption adapter, epoch 1
    case(
        "X504-035",
        caption(
            "This woman is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. This woman is wearing a short-sleeve shirt with graphic patterns. This woman",
            "loop",
            hit_limit=True,
        ),
        she(
            "This woman is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("kurti", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        Q.garment_type("kurta"),
        title="Anouk Women Indigo Shibori Dyed Kaftan Style Kurti",
        category="Kurtis",
        color="Indigo",
        gender="Women",
    ),
    # photo: model with a short pixie haircut in a grey melange cotton crop top with long sleeves, with black
    # joggers; white backdrop.
    # all open texts: base model
    case(
        "X504-036",
        caption("a man in a grey shirt and black pants", "pronoun"),
        she("a grey sweatshirt and black pants"),
        color_of("top", "grey"),
        color_of("pants", "black"),
        describe("top", "a grey long sleeve crop top"),
        details("top", "it is a top", "non_answer"),
        Q.material("wool", "unsupported"),
        title="HERE&NOW Women Grey Melange Solid Pure Cotton Crop Top",
        category="Tops",
        gender="Women",
    ),
    # photo: model in a blue denim button-front shirt dress with short sleeves and a collar, white sneakers, no belt;
    # white backdrop.
    # all open texts: base model
    case(
        "X504-037",
        caption("a woman in a denim dress and white sneakers"),
        she("a blue jean dress"),
        Q.garment_type("jeans", "contradiction"),
        describe("top", "a blue denim dress with short sleeves and a belt", "unsupported"),
        details("top", "buttons down the front and a collar"),
        Q.material("denim"),
        title="Roadster Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white linen-blend shirt with a mandarin collar and long sleeves, over blue jeans, holding
    # sunglasses; white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X504-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The trousers the lady wears is of long length. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and jeans"),
        describe("top", "a white shirt with a collar"),
        details("top", "top details", "restated"),
        Q.color("white"),
        title="Mast & Harbour Women White Linen Blend Mandarin Collar Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black kurti with red and yellow thread embroidery on the yoke, with red palazzos; white
    # backdrop.
    # wearing, color of the kurti and of the pants (open): VQA adapter
    case(
        "X504-039",
        caption("a woman wearing a black kurta with red pants"),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            True,
        ),
        color_of(
            "kurti",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            "open",
            True,
        ),
        color_of(
            "pants",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            "open",
            True,
        ),
        is_a("kurta", "yes"),
        Q.color("red", "other_garment_color"),
        title="W Women Black Yoke Design Thread Work Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue denim A-line mini skirt with front buttons, a white t-shirt tucked in; white backdrop.
    # all open texts: base model
    case(
        "X504-040",
        caption("a woman in a white shirt and a denim skirt"),
        she("a white shirt and blue shorts", "contradiction"),
        Q.garment_type("skirt"),
        Q.color("blue"),
        describe("top", "a white t-shirt"),
        details("top", "the top is tucked in"),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a coral off-shoulder smocked top with long sleeves, with white jeans; bare arms, no tattoo;
    # white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X504-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        she("an orange top and orange jeans", "other_garment_color"),
        color_of("top", "orange"),
        describe("top", "an off the shoulder top with long sleeves"),
        details("top", "she has a tattoo on her arm", "unsupported"),
        title="DressBerry Women Coral Off-Shoulder Smocked Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a burgundy satin slip midi dress with thin straps and a plain neckline; dark grey backdrop.
    # all open texts: base model
    case(
        "X504-042",
        caption("a woman in a red dress"),
        she("a burgundy slip dress"),
        Q.color("maroon"),
        Q.material("satin"),
        describe("top", "a red dress with a lace trim", "unsupported"),
        details("top", "", "non_answer"),
        title="Tokyo Talkies Women Burgundy Satin Slip Midi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in white skinny jeans with a navy-and-white breton striped top; white backdrop.
    # all open texts: base model
    case(
        "X504-043",
        caption("a woman wearing a striped shirt and white jeans"),
        she("she is wearing a striped shirt and white pants"),
        Q.color("navy", "other_garment_color"),
        color_of("jeans", "white"),
        details("jeans", "jeans details", "restated"),
        Q.pattern("striped", "contradiction"),
        title="HERE&NOW Women White Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in a peach georgette kurti with sequin work at the neck and matching peach palazzos, no dupatta;
    # light grey backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X504-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The pants the lady",
            "contradiction",
            hit_limit=True,
        ),
        she("a pink kurta and pants and a pink dupatta", "unsupported"),
        Q.color("peach"),
        color_of("pants", "peach"),
        details("kurti", "sequins on the neck"),
        title="Libas Women Peach Sequinned Georgette Kurti with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black-and-white checked shirt with long sleeves and one chest pocket, with black trousers,
    # a watch on her wrist; white backdrop.
    # caption, description: VQA adapter
    case(
        "X504-045",
        caption(
            "Question: What is the color of the shirt? Answer: black-white-black-white-black-white-black-white-"
            "black-white-black-white-black-white-black-white-black-white-black",
            "leak",
            hit_limit=True,
        ),
        she("a black and white checkered shirt"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        describe(
            "top",
            "shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt-shirt",
            "loop",
            True,
        ),
        details("top", "it has a pocket and buttons"),
        title="Mast & Harbour Women Black & White Checked Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue wrap top with a waist tie and three-quarter sleeves, with white jeans, in front of
    # a pale blue painted wall.
    # all open texts: base model
    case(
        "X504-046",
        caption("a woman in a blue top standing in front of a blue wall"),
        she("he is wearing a blue top and white jeans", "pronoun"),
        color_of("top", "navy"),
        color_of("jeans", "blue", "other_garment_color"),
        describe("top", "a blue wrap top with three quarter sleeves"),
        details("top", "it has a tie at the waist"),
        title="DressBerry Women Navy Blue Solid Wrap Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
]
