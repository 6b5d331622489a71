"""BLIND_495 (46 products; Myntra women's tops, shirts, kurtis, dresses, jeans, skirts, shorts, jackets): written blind
in the forty-ninth session. Measured blind at 710b8e0 (the session's rules as they stood): 123/133 failures found
(92.5%) and 2/171 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear photographed on models in a studio (plain white, grey or
beige backdrops, a few coloured walls, one chair as a prop): tops, shirts, kurtis, dresses, jeans, skirts, shorts and
jackets, the model always wearing other clothes with the product (jeans under a top, a tee tucked into a skirt, a tee
and jeans under a jacket). Each product has the seller's title, category, color and gender; a few rows miss the
gender or the color, as real feeds do. The questions are the original experiments' own, asked per category: "What is
she wearing?" for every product; "What is the color of the top / jeans / skirt?" for the pieces in the photo;
"Describe the top." and "What are the top details?" for tops, shirts and kurtis (the same two questions with the
garment's own name for dresses, jeans, skirts, shorts and jackets); plus a few of enrich's closed questions
(garment_type, color, pattern, sleeve length, "Is this a ...?") and the material question.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
white top and blue jeans") or from the caption adapter of the original experiments, epoch 1 or epoch 3 (the
DeepFashion template, "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ...";
epoch 1 and epoch 3 write the same template, epoch 3 loops sooner). The caption adapter has no end-of-answer token:
its texts run to the limit (50 new tokens for captions, 30 for answers) and carry hit_limit=True; asked a question, it
returns its template. The VQA adapter (Data3_V3) answers a few open questions, also with no end token: one garment or
hue word repeated to the limit ("white white white ..."), or a sentence of its training answers repeated; its texts
carry hit_limit=True and are stored open. Every other open answer comes from the untuned base model, which stops on
its own (never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color
questions stored closed, "Is this a ...?") are enrich's `--engine reference` answers, one value from a candidate set;
they never loop or hit a limit. The comment above each case says which texts came from an adapter.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, red for maroon, yellow for mustard, purple
  for lavender, green for olive or emerald, pink for peach or blush, orange for coral, white for cream or off white.
  The reference engine picking "orange" for a peach dress is a contradiction (the auditor sees another hue).
- The color of a print or trim (gold foil on a teal kurti, white dots on a navy dress, orange motifs on a navy top)
  given as the garment's color is a contradiction; the color of another garment in the photo (the jeans, the tee
  under a jacket, the tucked-in tee) given to the product, or the product's color given to another piece, is
  other_garment_color. A color that nothing in the photo has but the wall ("pink" for a black top before a pink wall)
  is a contradiction.
- Garment synonyms are correct: shirt or t-shirt for a tee, sweater for a sweatshirt, blouse for a shirt, pants for
  jeans or palazzos, scarf for a dupatta, kurta for a kurti, lace for broderie anglaise, leather for faux leather,
  leather for suede. "dress" for a kurti is a contradiction (the seller says Kurtas), and so is "trousers" from the
  reference engine for wide-leg white jeans (the seller says Jeans).
- Materials: one the title names (linen, satin, denim, suede, cotton, faux leather) is correct; silk for a satin or a
  printed viscose skirt is unsupported. Invented parts or accessories (a belt, a slit, rips, a hood, a necklace, a
  zipper on a back the photo does not show, a mandarin collar and buttons on a round-neck kurti) are unsupported.
- Adapter texts: a text that repeats a sentence or a run of words of the template is loop; one that stops
  mid-sentence without repeating is cut, even where it invents an accessory or a fabric before it is cut (one kind
  per text). The template returned for the material question is restated; the template returned for a color question
  (no hue at all, the DeepFashion template has none) is non_answer. The template answering "What is she wearing?",
  "Describe the ..." or "What are the ... details?" does answer it, so those are cut or loop. Where the template
  calls a kurti a dress and also loops, the loop is labelled (a kurti is long enough for the misnaming to be arguable).
- VQA adapter: "white white white ..." and "The color of the jeans is blue. The color of ..." are loop even where
  the repeated word is right.
- Base answers: an answer cut short by an early stop ("it is made of") is cut without hit_limit; "the top details
  are pink", "the shorts are short", "the jacket has details" and "a top" for "Describe the top." are non_answer;
  an answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right; "he" for a
  woman is pronoun; one color for two garments ("black top and black jeans" for grey jeans) is other_garment_color.
- The reference engine's other wrong closed answers are contradiction: pleats as "striped", flutter or puff sleeves
  as "sleeveless" or "long sleeves", a sleeveless kurti or top with "long" or "short sleeves", "no" to "Is this a
  dress?" for a dress, "graphic" as the pattern of plain shorts (the print is on the tee; a pattern, not a color,
  so not other_garment_color).
- The material question answered with the garment's name ("black jeans", "a green shirt", "it is a pink kurta") is
  restated; a base material answer that runs on into "Question: ... Answer: ..." is leak.
- Two-colored garments: the reference engine's answer of the seller's base color (blue for a navy-and-white Breton
  top sold as Navy Blue, black for a black-and-white striped dress sold as Black) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def top_color(text, failure=None, kind="closed", hit_limit=False):
    return color_of("top", text, failure, kind=kind, hit_limit=hit_limit)


def jeans_color(text, failure=None, kind="closed", hit_limit=False):
    return color_of("jeans", text, failure, kind=kind, hit_limit=hit_limit)


def skirt_color(text, failure=None, kind="closed", hit_limit=False):
    return color_of("skirt", text, failure, kind=kind, hit_limit=hit_limit)


BLIND_495 = [
    # photo: model in a white cotton round-neck top with short puff sleeves, tucked into mid-blue jeans; grey
    # backdrop, front view, cropped at the knees.
    # no adapter texts
    case(
        "X495-001",
        caption("a woman in a white top and blue jeans"),
        she("a white top and jeans"),
        top_color("white"),
        jeans_color("white", "other_garment_color"),
        describe("top", "a white top with puff sleeves"),
        details("top", "puff sleeves and a bow on the back", "unsupported"),
        title="Women White Solid Puff Sleeve Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue checked cotton shirt with roll-up sleeves, worn with white jeans; white backdrop.
    # caption, details: caption adapter, epoch 3
    case(
        "X495-002",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        she("a blue checkered shirt and white jeans"),
        top_color("blue"),
        jeans_color("blue", "other_garment_color"),
        B.pattern("checked"),
        details(
            "top",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        B.material("the shirt is made of", "cut"),
        title="Women Navy Blue Checked Regular Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow straight kurti with a small white floral print, round neck, three-quarter
    # sleeves, worn with white palazzos; beige backdrop.
    # no adapter texts
    case(
        "X495-003",
        caption("a woman in a yellow kurta standing in front of a white wall"),
        she("a yellow kurta and white pants"),
        top_color("yellow"),
        describe("top", "it is a yellow kurta with white flowers"),
        details("top", "the kurta has a mandarin collar and buttons", "unsupported"),
        B.garment_type("kurta"),
        B.material("silk", "unsupported"),
        title="Women Mustard Yellow Floral Printed Straight Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a red floral-print wrap midi dress with short flutter sleeves and a self tie at the waist;
    # white backdrop, full length, white sandals.
    # caption: caption adapter, epoch 1
    case(
        "X495-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress length is medium. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a red floral dress"),
        B.color("red"),
        describe("dress", "a red dress with flowers on it and a black belt", "unsupported"),
        B.garment_type("dress"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Red Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in light blue high-rise skinny jeans with a black tee tucked in; white backdrop, front view.
    # no adapter texts
    case(
        "X495-005",
        caption("a woman in black top and blue jeans"),
        she("jeans"),
        jeans_color("black", "other_garment_color"),
        top_color("black"),
        details("jeans", "they are blue jeans", "non_answer"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black pleated midi skirt with a white short-sleeve tee tucked in; grey backdrop.
    # no adapter texts
    case(
        "X495-006",
        caption("a woman in a white shirt and white skirt", "other_garment_color"),
        she("a black skirt and a white t-shirt"),
        skirt_color("white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        describe("skirt", "a black pleated skirt"),
        details("skirt", "the skirt has pleats and a slit on the side", "unsupported"),
        title="Women Black Solid Accordion Pleated Midi Flared Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in blue denim shorts with a frayed hem, worn with a pink tank top; white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X495-007",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "suspenders neckline. The shorts the lady wears is of short length. The shorts are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a pink top and denim shorts"),
        B.color("blue"),
        top_color("pink"),
        details("shorts", "the shorts are short", "non_answer"),
        B.garment_type("shorts"),
        B.material("blue denim shorts", "restated"),
        title="Women Blue Washed Denim Shorts with Frayed Hem",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an olive green cotton utility jacket worn open over a white tee and black jeans; chest
    # pockets with flaps; white backdrop.
    # details: caption adapter, epoch 3
    case(
        "X495-008",
        caption("a woman in a green jacket and black pants"),
        she("a jacket, a white t-shirt and black jeans"),
        B.color("green"),
        describe(
            "jacket", "a green jacket with pockets Question: what are the jacket details? Answer: pockets", "leak"
        ),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.material("cotton"),
        title="Women Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black ribbed sleeveless crop top with a square neck and blue high-waist jeans, standing
    # against a pink wall.
    # no adapter texts
    case(
        "X495-009",
        caption("a woman in a black top and jeans standing against a pink wall"),
        she("he is wearing a black top and jeans", "pronoun"),
        top_color("pink", "contradiction"),
        jeans_color("blue"),
        B.sleeve_length("sleeveless"),
        details("top", "it has a square neck"),
        B.material("the top is made of", "cut"),
        title="Women Black Ribbed Square Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white long-sleeve cotton shirt, buttoned, worn with blue jeans; grey backdrop.
    # wearing, color of the top: VQA adapter
    case(
        "X495-010",
        caption("a woman wearing a white shirt and jeans"),
        she(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        top_color(
            "white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        jeans_color("blue"),
        describe("top", "a white button down shirt"),
        is_a("shirt", "yes"),
        details(
            "top",
            "the shirt has buttons on the front and a pocket Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Women White Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a teal blue A-line kurti with a gold foil print, round neck, three-quarter sleeves, worn with
    # white leggings; white backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X495-011",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress length is medium. The lady wears a medium-sleeve dress with graphic patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        she("a blue dress and white leggings", "contradiction"),
        top_color("gold", "contradiction"),
        describe("top", "a blue kurta with gold print"),
        details("top", "the kurta is made of silk", "unsupported"),
        B.garment_type("kurta"),
        title="Women Teal Blue Foil Printed A-Line Kurti",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black-and-white striped long-sleeve shirt dress with a matching fabric belt, knee length;
    # grey backdrop.
    # no adapter texts
    case(
        "X495-012",
        caption("a woman in a black and white striped dress"),
        she("a blue and white striped dress", "contradiction"),
        B.color("black"),
        B.pattern("striped"),
        describe("dress", "a black and white striped shirt dress with a belt"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("dress", "the details of the dress", "non_answer"),
        title="Women Black & White Striped Shirt Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in dark blue straight-fit jeans with a white shirt tucked in; white backdrop, full length.
    # color of the jeans: VQA adapter
    case(
        "X495-013",
        caption("a woman in a white shirt and blue jeans"),
        she("a white shirt and blue jeans Question: what is the color of the jeans? Answer: blue", "leak"),
        jeans_color(
            "The color of the jeans is blue. The color of the jeans is blue. The color of the jeans is blue. The",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        top_color("white"),
        details("jeans", "the jeans are blue", "non_answer"),
        B.garment_type("jeans"),
        title="Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a blue flared mini skirt with a white floral print, worn with a white short-sleeve crop tee;
    # white backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X495-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt with floral patterns. "
            "The T-shirt is with cotton fabric. It has a round neckline. The skirt is with chiffon fabric",
            "cut",
            hit_limit=True,
        ),
        she("a white top and a blue skirt"),
        skirt_color("white", "other_garment_color"),
        B.pattern("floral"),
        describe("skirt", "a blue skirt with flowers"),
        B.material("silk", "unsupported"),
        title="Women Blue Floral Print Flared Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon peplum top with three-quarter sleeves, worn with black trousers; grey backdrop.
    # no adapter texts
    case(
        "X495-015",
        caption("a woman in a red top and black pants"),
        she("a red top with black pants Question: what is the color of the top? Answer: red", "leak"),
        top_color("red"),
        describe("top", "it is a peplum top"),
        details("top", "the top is red", "non_answer"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("a red peplum top", "restated"),
        title="Women Maroon Solid Peplum Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a light pink oversized long-sleeve shirt worn with light blue jeans; white backdrop.
    # caption: caption adapter, epoch 1; wearing: VQA adapter
    case(
        "X495-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        she(
            "shirt, denim, shirt, denim, shirt, denim, shirt, denim, shirt, denim, shirt, denim, shirt,",
            "loop",
            hit_limit=True,
        ),
        top_color("pink"),
        jeans_color("pink", "other_garment_color"),
        describe("top", "a pink shirt"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Women Pink Solid Oversized Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white chikankari-embroidered cotton kurti with three-quarter sleeves, worn with white
    # straight pants; grey backdrop.
    # no adapter texts
    case(
        "X495-017",
        caption("a woman in a white kurta and white pants"),
        she("a white kurta"),
        top_color("white"),
        describe("top", "a white kurta with embroidery"),
        details("top", "embroidery on the front and sleeves"),
        B.material("cotton"),
        B.garment_type("kurta"),
        title="Women White Chikankari Embroidered Pure Cotton Straight Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: model in an emerald green satin slip midi dress with thin straps; beige backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X495-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress length is medium. The lady wears a sleeveless dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing a green dress with a slit", "unsupported"),
        B.color("green"),
        describe("dress", "a green satin dress with thin straps"),
        B.material("satin"),
        is_a("dress", "no", "contradiction"),
        title="Women Emerald Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in plain black skinny jeans with a grey sweatshirt; white backdrop.
    # no adapter texts
    case(
        "X495-019",
        caption("a woman in a grey sweatshirt and black jeans"),
        she("a grey sweater and black jeans"),
        jeans_color("grey", "other_garment_color"),
        top_color("grey"),
        details("jeans", "they have rips on the knees", "unsupported"),
        B.garment_type("jeans"),
        B.material("black jeans", "restated"),
        title="Women Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: model in a navy-and-white striped Breton top with long sleeves and a boat neck, worn with white
    # shorts; white backdrop.
    # description: caption adapter, epoch 3
    case(
        "X495-020",
        caption("a woman in a blue and white striped shirt and blue shorts", "other_garment_color"),
        she("a blue and white striped shirt"),
        top_color("blue"),
        B.pattern("striped"),
        describe(
            "top",
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The shorts the lady wears is of short length. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        details("top", "it has stripes"),
        title="Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a blue denim A-line mini skirt with a button front, worn with a black tee; grey backdrop.
    # color of the skirt: VQA adapter
    case(
        "X495-021",
        caption("a woman in a black shirt and a denim skirt"),
        she("he is wearing a black t-shirt and a denim skirt", "pronoun"),
        skirt_color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        top_color("black"),
        describe("skirt", "a denim skirt with buttons"),
        is_a("skirt", "yes"),
        B.material("denim"),
        title="Women Blue Denim A-Line Button Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white linen drawstring shorts, worn with a green-and-white striped shirt; beige backdrop.
    # no adapter texts
    case(
        "X495-022",
        caption("a woman in a green and white striped shirt and white shorts"),
        she("a green striped shirt and green shorts", "other_garment_color"),
        B.color("green", "other_garment_color"),
        B.garment_type("shorts"),
        B.material("linen"),
        details("shorts", "they have a drawstring waist"),
        title="Women White Linen Drawstring Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with zips, worn open over a white tee and blue jeans; grey
    # backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X495-023",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        she("a black leather jacket, white shirt and jeans"),
        B.color("white", "other_garment_color"),
        describe("jacket", "a black leather jacket with zippers"),
        B.material("leather"),
        B.garment_type("jacket"),
        details(
            "jacket",
            "The jacket is with leather fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "leather fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender smocked top with puff sleeves and a square neck, worn with white jeans; white
    # backdrop.
    # no adapter texts
    case(
        "X495-024",
        caption("a woman in a purple top and white jeans"),
        she("a purple top and white pants"),
        top_color("purple"),
        jeans_color("purple", "other_garment_color"),
        describe(
            "top",
            "a purple top with puff sleeves and a square neckline Question: what are the top details? Answer: puff "
            "sleeves",
            "leak",
        ),
        details("top", "puff sleeves and smocking"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Lavender Smocked Puff Sleeve Square Neck Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black kurti with a red-and-white ethnic motif print, worn with blue jeans (Indo-western);
    # white backdrop, no belt.
    # details: caption adapter, epoch 3
    case(
        "X495-025",
        caption("a woman in a black and red kurta and jeans"),
        she("a black kurti with jeans"),
        top_color("red", "contradiction"),
        jeans_color("blue"),
        describe("top", "a black kurta with red flowers and a belt", "unsupported"),
        details(
            "top",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress length is medium. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        title="Women Black & Red Ethnic Motifs Printed Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sleeveless yellow tiered maxi dress with a small white floral print, no slit; white
    # backdrop, full length.
    # no adapter texts
    case(
        "X495-026",
        caption("a woman in a yellow floral dress"),
        she("a yellow dress with flowers"),
        B.color("white", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        describe("dress", "a long yellow dress"),
        details("dress", "it has a tiered skirt and a slit", "unsupported"),
        B.material("cotton"),
        title="Women Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in mid-blue bootcut jeans with a white long-sleeve blouse tucked in; white backdrop. The feed row
    # has no color.
    # wearing: VQA adapter
    case(
        "X495-027",
        caption("a woman wearing a white blouse and blue jeans"),
        she(
            "the woman is wearing a white blouse with long sleeves and a pair of blue jeans with a high waist and a "
            "flared leg and a pair of",
            "cut",
            hit_limit=True,
        ),
        jeans_color("blue"),
        top_color("blue", "other_garment_color"),
        details("jeans", "bootcut"),
        is_a("pair of jeans", "yes"),
        B.garment_type("jeans"),
        title="Women Blue Bootcut High-Rise Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: model in a brown suede A-line midi skirt with a button front, worn with a cream knitted sweater;
    # beige backdrop.
    # caption: caption adapter, epoch 3
    case(
        "X495-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has a round neckline. The skirt is with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a brown skirt and a brown sweater", "other_garment_color"),
        skirt_color("brown"),
        describe("skirt", "a brown leather skirt"),
        details("skirt", "it has pockets and a belt", "unsupported"),
        B.material("suede"),
        title="Women Brown Suede A-Line Button Front Midi Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a coral orange short-sleeve top knotted at the front, worn with blue jeans; white backdrop.
    # no adapter texts
    case(
        "X495-029",
        caption("a woman in an orange top and jeans"),
        she("he is wearing an orange shirt", "pronoun"),
        top_color("orange"),
        jeans_color("orange", "other_garment_color"),
        describe("top", "an orange top"),
        details("top", "a knot in the front"),
        B.sleeve_length("short sleeves"),
        B.material("cotton top Question: what is the color of the top? Answer: orange", "leak"),
        title="Women Coral Solid Front Knot Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in an olive satin long-sleeve shirt worn with black trousers; grey backdrop.
    # caption: caption adapter, epoch 1; color of the top: VQA adapter
    case(
        "X495-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        she("a green shirt and black pants"),
        top_color(
            "green, green, green, green, green, green, green, green, green, green, green, green, green, green,",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("a green shirt", "restated"),
        is_a("shirt", "yes"),
        B.garment_type("shirt"),
        title="Women Olive Green Satin Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a pink straight kurti with a white embroidered yoke, worn with a white churidar and a white
    # dupatta over one shoulder; white backdrop.
    # no adapter texts
    case(
        "X495-031",
        caption("a woman in a pink kurta with a white scarf"),
        she("a pink dress and a white scarf", "contradiction"),
        top_color("pink"),
        describe("top", "a pink kurta with white embroidery"),
        details("top", "the kurta details are pink", "non_answer"),
        B.garment_type("kurta"),
        B.material("it is a pink kurta", "restated"),
        title="Women Pink Yoke Design Straight Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy blue fit-and-flare dress with white polka dots and short sleeves; grey backdrop.
    # description: caption adapter, epoch 3
    case(
        "X495-032",
        caption("a woman in a blue dress with white polka dots"),
        she("a blue and white dress"),
        B.color("white", "contradiction"),
        B.pattern("polka dot"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress length is medium. The lady wears a short-sleeve dress with graphic",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        details("dress", "the dress has white polka dots and a zipper on the back", "unsupported"),
        title="Women Navy Blue Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in white wide-leg jeans with a blue-and-white striped shirt tucked in; white backdrop.
    # no adapter texts
    case(
        "X495-033",
        caption("a woman in a blue striped shirt and white pants"),
        she(
            "she is wearing a blue striped shirt and white pants Question: What is the color of the jeans? Answer: "
            "white",
            "leak",
        ),
        jeans_color("blue", "other_garment_color"),
        details("jeans", "they are wide leg"),
        B.garment_type("trousers", "contradiction"),
        title="Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: model in a red satin slip midi skirt with a black tank top; beige backdrop.
    # caption: caption adapter, epoch 1
    case(
        "X495-034",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "suspenders neckline. The skirt the lady wears is of long length. The skirt is with chiffon fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        she("a black top and a red skirt"),
        skirt_color("red"),
        top_color("red", "other_garment_color"),
        B.material("satin"),
        describe("skirt", "a long red silk skirt", "unsupported"),
        title="Women Red Satin Slip Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in black denim shorts worn with a white graphic tee (a printed sun on the chest); grey backdrop.
    # no adapter texts
    case(
        "X495-035",
        caption("a woman in a white t-shirt and black shorts"),
        she("a white shirt with a picture on it and black shorts"),
        B.color("black"),
        top_color("black", "other_garment_color"),
        details("shorts", "black shorts Question: What are the shorts details? Answer: black", "leak"),
        is_a("pair of shorts", "yes"),
        B.pattern("graphic", "contradiction"),
        title="Women Black Solid Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a blue denim jacket (no hood) worn over a white tee and black jeans; white backdrop.
    # caption: caption adapter, epoch 3; wearing: VQA adapter
    case(
        "X495-036",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        she(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        describe("jacket", "a denim jacket with a hood", "unsupported"),
        B.garment_type("jacket"),
        B.material("denim"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a beige ribbed sleeveless high-neck top with white jeans; white backdrop.
    # no adapter texts
    case(
        "X495-037",
        caption("a woman in a beige top and white jeans"),
        she("a beige top and white pants"),
        top_color("white", "other_garment_color"),
        jeans_color("white"),
        details("top", "it is ribbed with a high neck"),
        describe("top", "a top", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Beige Ribbed High Neck Sleeveless Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a white shirt with thin black pinstripes, long sleeves, tucked into a black midi skirt; grey
    # backdrop.
    # details, color of the skirt: caption adapter, epoch 1
    case(
        "X495-038",
        caption("a woman in a white shirt and black skirt"),
        she("a white shirt and a black skirt"),
        top_color("black", "other_garment_color"),
        B.pattern("striped"),
        skirt_color(
            "The lady wears a long-sleeve shirt with stripe patterns and a medium skirt. The shirt is with cotton "
            "fabric. It has a lapel neckline. The skirt is",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        details(
            "top",
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The skirt the lady wears is of medium length. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        title="Women White & Black Pinstriped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a sleeveless green-and-white leheriya (diagonal stripe) print kurti with white palazzos;
    # white backdrop.
    # color of the top: VQA adapter
    case(
        "X495-039",
        caption("a woman in a green and white striped kurta"),
        she("a green kurta and white pants"),
        top_color(
            "green and white green and white green and white green and white green and white green and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("top", "a sleeveless kurta with green and white stripes"),
        B.garment_type("kurta"),
        details("top", "the kurta is green and white", "non_answer"),
        title="Women Green & White Leheriya Printed Sleeveless Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black knitted long-sleeve bodycon midi dress, no jewellery, sitting on a white wooden chair;
    # grey backdrop.
    # no adapter texts
    case(
        "X495-040",
        caption("a woman in a black dress sitting on a chair"),
        she("he is wearing a black dress", "pronoun"),
        B.color("black"),
        describe("dress", "a black dress with long sleeves and a necklace", "unsupported"),
        B.material("it is made of", "cut"),
        B.garment_type("dress"),
        title="Women Black Solid Knitted Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in grey high-rise mom jeans with a black cropped tank top; white backdrop.
    # no adapter texts
    case(
        "X495-041",
        caption("a woman in a black top and black jeans", "other_garment_color"),
        she("she is wearing a black top and grey jeans"),
        jeans_color("black", "other_garment_color"),
        top_color("black"),
        details("jeans", "grey jeans with a high waist"),
        B.garment_type("jeans"),
        B.material("grey jeans", "restated"),
        title="Women Grey Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a white broderie anglaise (eyelet) mini skirt with a blue off-shoulder top; front view, white
    # backdrop.
    # no adapter texts
    case(
        "X495-042",
        caption("a woman in a blue top and white skirt"),
        she("a blue top and a white skirt Question: What is the color of the skirt? Answer: white", "leak"),
        skirt_color("white"),
        describe("skirt", "a white lace skirt"),
        details("skirt", "it has a zipper on the back", "unsupported"),
        is_a("skirt", "yes"),
        B.material("silk", "unsupported"),
        title="Women White Schiffli Embroidered Mini Skirt",
        category="Skirts",
        color="White",
    ),
    # photo: model in a navy short-sleeve top with a white and orange geometric print, worn with white jeans; grey
    # backdrop.
    # description, color of the top: caption adapter, epoch 1
    case(
        "X495-043",
        caption("a woman in a printed top and white jeans"),
        she("a blue top and white pants"),
        B.color("orange", "contradiction"),
        color_of(
            "top",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("printed"),
        describe(
            "top",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-",
            "loop",
            hit_limit=True,
        ),
        details("top", "the top is blue", "non_answer"),
        title="Women Navy Blue Geometric Print Regular Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a light blue chambray denim shirt with two chest pockets, long sleeves, worn with white jeans,
    # standing against a blue wall.
    # no adapter texts
    case(
        "X495-044",
        caption("a woman in a denim shirt standing against a blue wall"),
        she("a blue denim shirt and white jeans"),
        top_color("blue"),
        jeans_color("blue", "other_garment_color"),
        B.material("denim"),
        details("top", "two pockets on the chest and buttons"),
        describe("top", "he is wearing a denim shirt", "pronoun"),
        title="Women Blue Chambray Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a peach ruffled georgette A-line mini dress with three-quarter sleeves and a v-neck; white
    # backdrop.
    # caption, description, material: caption adapter, epoch 3
    case(
        "X495-045",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress length is short. The lady wears a medium-sleeve dress with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        she("a pink dress"),
        B.color("orange", "contradiction"),
        describe(
            "dress",
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress length is short. There is",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress length",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Peach-Coloured Ruffled Georgette A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a pink quilted puffer jacket with a stand collar (no hood, no fur), zipped halfway over a black
    # turtleneck, with black jeans; white backdrop.
    # no adapter texts
    case(
        "X495-046",
        caption("a woman in a pink puffer jacket and black pants"),
        she("a pink jacket"),
        B.color("black", "other_garment_color"),
        describe("jacket", "a pink puffer jacket with a hood and fur", "unsupported"),
        details("jacket", "the jacket has details", "non_answer"),
        B.garment_type("jacket"),
        is_a("jacket", "no", "contradiction"),
        title="Women Pink Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
]
