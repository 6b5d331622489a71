"""BLIND_285 (46 products; women's western wear: tops, shirts, tees, dresses, jumpsuits, jeans, trousers, skirts):
written blind in the forty-third session. Measured blind at f8d22e8 (the session's rules as they stood): 105/116
failures found (90.5%) and 2/150 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western wear: tops, shirts, t-shirts, dresses, jumpsuits,
jeans, trousers, skirts, shorts, jackets and sweaters, shot on models against light studio backdrops (white, grey,
beige), a few against a painted or brick wall. Most photos show a whole outfit, so the product is worn with other
pieces (a tee tucked into the jeans on sale, a tank under the jacket on sale). Each row has the seller's title,
category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in
a white shirt and blue jeans") or the caption-only LoRA adapter of the original experiments (the DeepFashion
template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The
caption adapter was trained with no end-of-answer token: every adapter text runs to its limit (50 new tokens for
captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its caption template. The VQA
adapter (also trained with no end token) answered a few of the experiments' open questions (what is she wearing, the
shirt details): it loops over its short answer until the limit, hit_limit=True; the comments say where. Every other
open answer (wearing, description, details, material, the set's own questions) is the base model's: it stops on its
own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color
questions and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets:
they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy, teal or chambray; green for olive, sage, mint or teal; red for maroon;
  yellow for mustard; pink for peach; purple for lavender; white for cream or off white; grey for charcoal or grey
  melange; brown for rust, khaki or beige-brown. Maroon as brown and mustard as orange are contradictions (the
  reference engine picked the neighbour hue, not a shade name), and so is navy as black.
- The color of another piece of the outfit given as the product's color (the black crop top's color for the jeans,
  the white shirt's color for the shorts) is other_garment_color; a per-piece color question answered with another
  piece's color (the skirt's red for the cream top) is other_garment_color too.
- In an open answer, a piece that is not on sale given the product's color or a print's color ("blue jeans" for the
  black jeans under a blue jacket, "white pants" under a black top with white dots) is contradiction.
- The color of a print, stripe, dot or slogan given as the garment's color (white for a black top with white dots,
  black for a pink tee with black lettering) is contradiction, and so is the color of the wall behind the model
  (pink for a teal dress against a pink wall). A wall or a prop named as such in the caption is correct.
- Garment synonyms are correct: pants for jeans or trousers, shirt for a t-shirt or a tee, kimono for a shrug, coat for
  a trench coat, sweater for a cardigan in a caption. A jumpsuit called a dress, or "a tank top and a long pants", is
  contradiction; a sweater dress answered "sweater" to garment_type is contradiction; pleats answered "striped" and
  eyelet embroidery answered "striped" are contradictions.
- Materials: one the title names is correct, and leather for faux leather; a plausible guess that the photo supports
  (cotton for a plain tee, wool for a visible knit, denim for chambray, which looks the same) is correct; silk for a
  satin cami (the title says satin) and leather for a nylon bomber are unsupported. A material answered with the
  garment's name is restated; "it is made of fabric" is non_answer.
- Invented items not in the photo (a hood, a belt, a necklace, a chest pocket, a slit, a back zipper on a front view)
  are unsupported. Items that are in the photo (a straw hat, a belt sold with the jumpsuit, boots) are correct.
- Adapter texts: a template that repeats one of its sentences (or VQA adapter text repeating its answer) is loop; one
  that stops mid-sentence without repeating is cut, even where it invents an accessory or guesses a fabric before it
  is cut; a template returned for the material question is restated. Where the adapter's template misnames the
  garment itself (a jumpsuit as a dress, or as a tank top and pants), the misnaming is what the auditor sees first:
  contradiction, hit_limit kept. The template answering "What is she wearing?" or "Describe the dress." does answer
  it, so those are cut or loop, not restated.
- A base answer that stops short ("the skirt is made of") is cut, without hit_limit. An empty answer, "the details of
  the jeans" and "they are short" for the shorts' details are non_answer. Base answers that run on into
  "Question: ... Answer: ..." are leak, even where their first words are right. "he" for a woman is pronoun.
- An answer that names only some of the pieces ("a black top and white pants" for a cami on sale) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
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

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_285 = [
    # photo: woman in a white cotton shirt, long sleeves, tucked into blue straight jeans; white backdrop, front view.
    # shirt details: VQA adapter
    case(
        "X285-001",
        caption("a woman in a white shirt and blue jeans standing against a white background"),
        wearing("a white shirt and jeans", who="she"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        details(
            "shirt",
            "the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in a black ribbed crop top over light blue high-rise mom jeans; grey backdrop, front view.
    # caption: adapter
    case(
        "X285-002",
        caption(
            "The lady wears a tank top with pure color patterns and a long denim pants. The tank top is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        color_of("jeans", "black", "other_garment_color"),
        color_of("top", "black"),
        is_a("pair of jeans", "yes"),
        B.material("denim"),
        title="Women Blue High-Rise Mom Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a red wrap dress with a small white floral print, knee length, short flutter sleeves; beige
    # backdrop, front view. No adapter text.
    case(
        "X285-003",
        caption("a woman in a red floral dress"),
        describe("dress", "it is a red dress with white flowers"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        B.color("white", "contradiction"),
        B.material("silk", "unsupported"),
        wearing("a pink floral dress", "contradiction", who="she"),
        title="Women Red Floral Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a navy blue denim jacket over a white tee, black jeans; white backdrop, front view.
    # caption: adapter
    case(
        "X285-004",
        caption(
            "The lady wears a long-sleeve shirt with denim patterns and a long pants. The shirt is with denim fabric. "
            "It has a lapel neckline. The pants are with cotton fabric. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue jacket and blue jeans", "contradiction", who="she"),
        color_of("jacket", "blue"),
        B.garment_type("jacket"),
        B.material("denim"),
        D.details("the jacket has buttons and pockets"),
        title="Women Navy Blue Solid Denim Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard ribbed pullover with a mock neck and long sleeves, black trousers; grey backdrop.
    # No adapter text.
    case(
        "X285-005",
        caption("a woman in a yellow sweater and black pants"),
        B.color("orange", "contradiction"),
        B.sleeve_length("long sleeves"),
        wearing("a yellow sweater and black pants", who="she"),
        B.material("wool"),
        D.description("it is a yellow sweater with a high neck and", "cut"),
        title="Women Mustard Ribbed Pullover Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black sleeveless wide-leg jumpsuit with side pockets and a self belt; white backdrop.
    # caption: adapter
    case(
        "X285-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is a belt on her waist. The dress is of long length. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        D.wearing("a black jumpsuit with a belt"),
        B.color("black"),
        D.details("it has a belt and pockets"),
        title="Women Black Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a light pink tee with "BE KIND" printed in black across the chest, blue denim shorts; white
    # backdrop. No adapter text.
    case(
        "X285-007",
        caption("a woman wearing a pink t - shirt that says be kind"),
        B.pattern("graphic"),
        color_of("shorts", "blue"),
        B.color("black", "contradiction"),
        D.description("a pink t - shirt with the words be kind written on it"),
        D.wearing("he is wearing a pink shirt and shorts", "pronoun"),
        title="Women Pink Typography Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in olive green cargo trousers with side pockets and a white tank top; beige backdrop.
    # No adapter text.
    case(
        "X285-008",
        caption("a woman in green pants and a white tank top"),
        color_of("pants", "green"),
        color_of("top", "green", "other_garment_color"),
        wearing("a white tank top and green cargo pants", who="she"),
        D.details(
            "the pants have pockets on the sides Question: what is the color of the pants? Answer: green",
            "leak",
        ),
        B.material("cotton"),
        title="Women Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a blue-and-white vertical striped shirt dress, midi, long buttoned sleeves, tie belt; grey
    # backdrop. caption: adapter
    case(
        "X285-009",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. The dress is of long length. There is a belt on her waist. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("blue"),
        describe("dress", "it is a blue and white striped dress"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a beige open-front knit cardigan over a black tee and blue jeans; white backdrop.
    # No adapter text.
    case(
        "X285-010",
        caption("a woman in a black shirt and a beige cardigan"),
        wearing("a black sweater and jeans", "other_garment_color", who="she"),
        B.color("beige"),
        B.garment_type("cardigan"),
        B.sleeve_length("long sleeves"),
        B.material("a beige cardigan", "restated"),
        D.details("the cardigan has buttons", "unsupported"),
        title="Women Beige Open-Front Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a maroon satin midi slip skirt with a cream knit top tucked in; beige backdrop.
    # caption: adapter
    case(
        "X285-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has a round neckline. The skirt is with satin fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red"),
        color_of("top", "red", "other_garment_color"),
        B.material("satin"),
        wearing("a white sweater and a pink skirt", "contradiction", who="she"),
        title="Women Maroon Satin Midi Slip Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a black faux-leather biker jacket with an asymmetric zip (no belt) over a grey tee, black
    # jeans; white backdrop. No adapter text.
    case(
        "X285-012",
        caption("a woman in a black leather jacket and black pants"),
        B.material("leather"),
        D.details("the jacket has a zipper and a belt", "unsupported"),
        D.wearing("he is wearing a black leather jacket", "pronoun"),
        B.garment_type("jacket"),
        color_of("jacket", "black"),
        title="Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white off-shoulder ruffled bardot top with short ruffle sleeves, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X285-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a suspenders neckline. The lady wears a short-sleeve shirt with pure color "
            "patterns and",
            "loop",
            hit_limit=True,
        ),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        wearing("a white top and jeans", who="she"),
        describe("top", "it is an off the shoulder top"),
        D.material("the top is white", "restated"),
        title="Women White Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a teal blue sleeveless A-line knee-length dress, standing against a pink painted wall, front
    # view. No adapter text.
    case(
        "X285-014",
        caption("a woman in a blue dress standing in front of a pink wall"),
        B.color("pink", "contradiction"),
        wearing("a green dress", who="she"),
        B.sleeve_length("sleeveless"),
        D.details("the dress has a zipper on the back", "unsupported"),
        title="Women Teal Blue Solid A-Line Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in light-wash blue skinny jeans with a grey tee tucked in, white sneakers; grey backdrop.
    # No adapter text.
    case(
        "X285-015",
        caption("a woman in jeans and a grey shirt"),
        color_of("jeans", "grey", "other_garment_color"),
        color_of("shirt", "grey"),
        details("jeans", "the details of the jeans", "non_answer"),
        B.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Women Blue Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a navy tiered maxi skirt with a multicolor floral print, white tee tucked in; white backdrop.
    # caption: adapter
    case(
        "X285-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        B.pattern("floral"),
        wearing("a white shirt and a floral skirt", who="she"),
        describe("skirt", "a long white skirt with flowers on it", "other_garment_color"),
        title="Women Navy Blue Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a lavender crop top with short puff sleeves and white trousers; beige backdrop.
    # wearing: VQA adapter
    case(
        "X285-017",
        caption("a woman in a purple top and white pants"),
        B.color("purple"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing(
            "top, pants, top, pants, top, pants, top, pants, top, pants, top, pants, top, pants, top",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.material("a purple top", "restated"),
        title="Women Lavender Puff Sleeve Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in black high-rise wide-leg trousers and a white shirt tucked in; white backdrop.
    # No adapter text.
    case(
        "X285-018",
        caption("a woman in a white shirt and black pants"),
        color_of("pants", "white", "other_garment_color"),
        wearing("a white shirt and black pants", who="she"),
        D.description(
            "black wide leg pants Question: what color is the shirt? Answer: white",
            "leak",
        ),
        B.garment_type("trousers"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Women Black Solid High-Rise Parallel Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a mid-blue sleeveless denim jumpsuit with a button front and straight legs; white backdrop.
    # caption: adapter
    case(
        "X285-019",
        caption(
            "The lady wears a sleeveless tank top with denim patterns and a long denim pants. The tank top is with "
            "denim fabric. It has a v-shape neckline. The pants are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("pants", "contradiction"),
        is_a("jumpsuit", "yes"),
        D.wearing("a denim jumpsuit"),
        B.material("denim"),
        D.details(
            "the jumpsuit has buttons on the front Question: what is the color of the jumpsuit? Answer: blue",
            "leak",
        ),
        title="Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a red-and-black buffalo check flannel shirt worn open over a black tank, blue jeans; grey
    # backdrop, no hood, no chest pocket. description: adapter
    case(
        "X285-020",
        caption("a woman in a red and black plaid shirt and jeans"),
        B.pattern("checked"),
        shirt_color("red"),
        details("shirt", "the shirt has a pocket on the chest and a hood", "unsupported"),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The lady wears a long-sleeve shirt with lattice patterns",
            "loop",
            hit_limit=True,
        ),
        title="Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: woman in beige linen shorts with a loose white linen shirt; beige backdrop. No adapter text.
    case(
        "X285-021",
        caption("a woman in a white shirt and shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        B.material("linen"),
        is_a("pair of shorts", "yes"),
        wearing("a white shirt and white shorts", "other_garment_color", who="she"),
        title="Women Beige Solid Linen Shorts",
        category="Shorts",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a black long-sleeve wrap top with small white polka dots, black trousers; white backdrop.
    # caption: adapter
    case(
        "X285-022",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a v-shape neckline. The pants are of long length and are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        B.pattern("polka dots"),
        B.color("white", "contradiction"),
        wearing("a black and white top and white pants", "contradiction", who="she"),
        B.sleeve_length("long sleeves"),
        title="Women Black Polka Dot Print Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a rust orange ribbed turtleneck sweater dress, long sleeves, knee-high brown boots; grey
    # backdrop. No adapter text.
    case(
        "X285-023",
        caption("a woman in an orange sweater dress and boots"),
        B.color("brown"),
        B.garment_type("sweater", "contradiction"),
        describe("dress", "a long sleeve orange dress with a turtle neck"),
        B.material("wool"),
        title="Women Rust Orange Ribbed Sweater Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in a white tee with thin navy horizontal stripes, short sleeves, black jeans; white backdrop.
    # No adapter text.
    case(
        "X285-024",
        caption("a woman in a striped shirt and jeans"),
        B.pattern("striped"),
        B.color("blue", "contradiction"),
        wearing("a striped shirt and black jeans", who="she"),
        B.sleeve_length("short sleeves"),
        is_a("t-shirt", "yes"),
        D.details("it is a shirt", "non_answer"),
        title="Women White & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in a peach ruffle-hem mini skirt with a white sleeveless crop top; white backdrop.
    # caption: adapter
    case(
        "X285-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. The "
            "tank top",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        color_of("top", "pink", "other_garment_color"),
        D.details("the skirt has ruffles on the bottom"),
        D.material("the skirt is made of", "cut"),
        title="Women Peach-Coloured Ruffled Mini Skirt",
        category="Skirts",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in an olive green nylon bomber jacket (zip front, ribbed collar, no hood) over a black tee and
    # blue jeans; white backdrop. No adapter text.
    case(
        "X285-026",
        caption("a woman wearing a green jacket and jeans"),
        B.color("green"),
        B.garment_type("jacket"),
        D.wearing("a green jacket and a black shirt"),
        details("jacket", "the jacket has a zipper and a hood", "unsupported"),
        B.material("leather", "unsupported"),
        title="Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # photo: woman in a white sleeveless cotton midi sundress with schiffli (eyelet) embroidery, thin straps; beige
    # backdrop, no jewellery. caption, description: adapter
    case(
        "X285-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is with cotton fabric and pure color patterns. It has a suspenders neckline. There is an "
            "accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        B.pattern("striped", "contradiction"),
        B.color("white"),
        title="Women White Schiffli Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a grey melange round-neck tee and black track pants; white backdrop. No adapter text.
    case(
        "X285-028",
        caption("a woman in a grey t - shirt and black pants"),
        B.color("grey"),
        wearing("a grey shirt and black pants", who="she"),
        B.material("a grey t - shirt", "restated"),
        is_a("t-shirt", "no", "contradiction"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        title="Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a khaki double-breasted belted trench coat over a white shirt and blue jeans; white backdrop.
    # wearing: VQA adapter
    case(
        "X285-029",
        caption("a woman in a trench coat and jeans"),
        B.color("brown"),
        B.garment_type("coat"),
        wearing(
            "coat, jeans, coat, jeans, coat, jeans, coat, jeans, coat, jeans, coat, jeans, coat, jeans, coat",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.details(
            "the coat has buttons and a belt Question: what is the color of the coat? Answer: brown",
            "leak",
        ),
        B.sleeve_length("long sleeves"),
        title="Women Khaki Solid Double-Breasted Trench Coat",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: woman in a black satin camisole with lace trim and spaghetti straps, white wide-leg trousers; grey
    # backdrop. caption: adapter
    case(
        "X285-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "satin fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        B.material("silk", "unsupported"),
        wearing("a black top and white pants", who="she"),
        title="Women Black Lace Trim Satin Camisole Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a light blue chambray shirt, long sleeves, tucked into a black mini skirt; white backdrop.
    # shirt details: VQA adapter
    case(
        "X285-031",
        caption("a woman in a blue shirt and black skirt"),
        shirt_color("black", "other_garment_color"),
        color_of("skirt", "blue", "other_garment_color"),
        describe("shirt", "it is a blue shirt"),
        details(
            "shirt",
            "the sleeves, the collar, the buttons, the pocket, the sleeves, the collar, the buttons, the pocket, the",
            "loop",
            hit_limit=True,
        ),
        B.material("denim"),
        title="Women Blue Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a yellow sleeveless fit-and-flare dress with a white floral print, wearing a straw hat; white
    # backdrop, no jewellery, no belt. No adapter text.
    case(
        "X285-032",
        caption("a woman in a yellow dress and a straw hat"),
        B.pattern("floral"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        B.color("yellow"),
        D.details("the dress has a belt and a necklace", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Women Yellow Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in off-white high-rise flared trousers and a black short-sleeve crop top; white backdrop.
    # caption, material: adapter
    case(
        "X285-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", "other_garment_color"),
        wearing("a black top and white pants", who="she"),
        B.garment_type("trousers"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women White Flared High-Rise Trousers",
        category="Trousers",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a navy blue sleeveless knee-length bodycon dress, no slit, against a white brick wall.
    # No adapter text.
    case(
        "X285-034",
        caption("a woman in a blue dress standing in front of a white brick wall"),
        B.color("black", "contradiction"),
        describe("dress", "a tight fitting dress with a slit on the side", "unsupported"),
        B.sleeve_length("sleeveless"),
        is_a("skirt", "no"),
        wearing("a black dress", "contradiction", who="she"),
        title="Women Navy Blue Solid Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a navy-and-white striped crew-neck pullover, long sleeves, blue jeans; grey backdrop.
    # No adapter text.
    case(
        "X285-035",
        caption("a woman in a blue and white striped sweater"),
        B.pattern("striped"),
        B.garment_type("sweater"),
        wearing(
            "a sweater and jeans Question: what is the color of the sweater? Answer: blue",
            "leak",
            who="she",
        ),
        B.material("it is made of fabric", "non_answer"),
        B.sleeve_length("long sleeves"),
        title="Women Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a sage green satin sleeveless midi slip dress, no jewellery, against a beige wall.
    # caption: adapter
    case(
        "X285-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "suspenders neckline. The dress is of long length. There is a ring on her finger. There is an",
            "cut",
            hit_limit=True,
        ),
        B.material("satin"),
        B.color("green"),
        wearing("a green dress and a necklace", "unsupported", who="she"),
        D.details("", "non_answer"),
        title="Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: woman in black distressed skinny jeans with rips at the knees, white tee; white backdrop.
    # No adapter text.
    case(
        "X285-037",
        caption("a woman in a white shirt and black ripped jeans"),
        color_of("jeans", "black"),
        color_of("shirt", "black", "other_garment_color"),
        details("jeans", "they have holes in the knees"),
        is_a("pair of jeans", "yes"),
        B.material("black jeans", "restated"),
        title="Women Black Skinny Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a light blue denim button-front A-line mini skirt and a pink tee; white backdrop.
    # No adapter text.
    case(
        "X285-038",
        caption("a woman wearing a pink shirt and a denim skirt"),
        color_of("skirt", "pink", "other_garment_color"),
        B.material("denim"),
        is_a("skirt", "yes"),
        describe("skirt", "a short denim skirt with buttons"),
        D.wearing("he is wearing a pink shirt and a skirt", "pronoun"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a white longline kimono shrug with a blue paisley print, elbow sleeves, worn open over a
    # black tank and black shorts; white backdrop. caption: adapter
    case(
        "X285-039",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve cardigan with floral patterns. The cardigan",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        wearing("a white and blue kimono and black shorts", who="she"),
        B.pattern("printed"),
        D.details("the details of the garment", "non_answer"),
        title="Women White & Blue Paisley Print Longline Shrug",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: woman in a red tee with "NYC" printed in white, no pocket, blue denim shorts; white backdrop.
    # No adapter text.
    case(
        "X285-040",
        caption("a woman in a red shirt with the word nyc on it"),
        color_of("shorts", "red", "other_garment_color"),
        wearing("a red shirt and blue shorts", who="she"),
        D.details("the shirt has a pocket on the front", "unsupported"),
        B.garment_type("t-shirt"),
        B.color("white", "contradiction"),
        title="Women Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # photo: woman in a navy sleeveless culotte jumpsuit with a white floral print and a fabric tie belt; beige
    # backdrop. No adapter text.
    case(
        "X285-041",
        caption("a woman in a blue floral dress", "contradiction"),
        B.garment_type("jumpsuit"),
        wearing(
            "a navy blue jumpsuit with flowers Question: what is the color of the jumpsuit? Answer: navy blue",
            "leak",
            who="she",
        ),
        B.color("white", "contradiction"),
        is_a("dress", "no"),
        D.description("a blue and white floral print jumpsuit with a belt"),
        title="Women Navy Blue Floral Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a cream cable-knit pullover, long sleeves, brown trousers; white backdrop.
    # caption: adapter
    case(
        "X285-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        color_of("pants", "white", "other_garment_color"),
        B.material("wool"),
        D.wearing("he is wearing a white sweater", "pronoun"),
        D.details("the sweater has buttons on the front", "unsupported"),
        title="Women Cream-Coloured Cable Knit Pullover",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in black knee-length cotton shorts and a yellow tee; grey backdrop. No adapter text.
    case(
        "X285-043",
        caption("a woman in a yellow shirt and black shorts"),
        color_of("shorts", "black"),
        details(
            "shorts",
            "the shorts are black Question: what are the shorts details? Answer: the shorts are",
            "leak",
        ),
        B.garment_type("shorts"),
        is_a("skirt", "yes", "contradiction"),
        wearing("a yellow shirt and yellow shorts", "other_garment_color", who="she"),
        title="Women Black Solid Regular Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a maroon corduroy shacket with two chest pockets and a button front, over a white tee, blue
    # jeans; white backdrop. wearing: VQA adapter
    case(
        "X285-044",
        caption("a woman in a red jacket and jeans"),
        B.material("corduroy"),
        B.color("brown", "contradiction"),
        D.details("the jacket has two pockets on the chest and buttons"),
        wearing(
            "a jacket and jeans a jacket and jeans a jacket and jeans a jacket and jeans a jacket and jeans a jacket",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        title="Women Maroon Corduroy Shacket",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a pastel blue accordion-pleated midi skirt and a white blouse tucked in; white backdrop.
    # No adapter text.
    case(
        "X285-045",
        caption("a woman in a white shirt and a blue pleated skirt"),
        B.pattern("striped", "contradiction"),
        color_of("skirt", "blue"),
        color_of("top", "blue", "other_garment_color"),
        describe("skirt", "it is a long skirt with pleats"),
        wearing("a white shirt and a blue skirt", who="she"),
        title="Women Blue Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a mint green ribbed sleeveless tank top and white jeans; white backdrop. The feed row has no
    # color. caption: adapter
    case(
        "X285-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The lady wears a sleeveless tank top with pure color patterns "
            "and",
            "loop",
            hit_limit=True,
        ),
        B.color("green"),
        color_of("pants", "green", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        wearing("a green tank top and white jeans", who="she"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Green Ribbed Tank Top",
        category="Tops",
        gender="Women",
    ),
]
