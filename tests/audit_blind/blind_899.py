"""BLIND_899 (46 products; Myntra dresses/jumpsuits/co-ords, caption ep. 1): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 113/121 failures found (93.4%) and 11/165 correct texts flagged
(6.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's Dresses, Ethnic Dresses, Jumpsuit (playsuits and dungarees included) and
Co-Ords rows, with the seller's title, category and color as the feed has them (two rows lack the gender column, one
lacks the category). Photos are catalog shots: a model on a white, grey, beige, pale pink or pale blue studio
backdrop, often styled with a second layer (denim or leather jacket, shrug, t-shirt under a pinafore or slip dress,
camisole under a blazer, dupatta, leggings), and with props (stool, cube, clutch, tote, hat).

Who wrote what: the caption and every open answer (wearing, describe, details, material, open color questions) come
from the caption adapter at epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b),
greedy, 50 new tokens for captions and 30 for answers. At epoch 1 it writes the DeepFashion template ("The lady
wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. There is an accessory on her
wrist.") for captions and often for answers, but still names hues and answers short questions on about half the
prompts, and still stops on a newline about half the time; where it does not stop, the text loops or is cut at the
limit. It calls co-ord tops "shirt"/"tank top" and trousers "long pants", and slips into the template's men's
wording ("The gentleman wears...", "He is") on loungewear and shirt-and-shorts sets. The closed answers (garment
type, color, pattern, sleeve length, is-this-a) come from enrich's --engine reference, which ranks a candidate list
with the same adapter and keeps one value: they never loop or stop short, but they pick the color of the jacket, the
print, the belt or the backdrop.

Labeling conventions and judgement calls:
- Each text carries at most one label. Where two faults meet, a loop or a cut wins over what is inside it, and a
  leaked "Question: ... Answer:" wins over a repetition of it; otherwise I wrote the text with one fault only.
- other_garment_color: the product is given the color of another piece of clothing worn in the photo (jacket,
  shrug, t-shirt or camisole under it, dupatta, leggings), closed or open, including "the dress is white and the
  shrug is white". Describing the under-layer as the product ("the dress is white with short sleeves") is this kind.
- The color of an accessory (belt, boots, clutch), of a prop (stool, cube) or of the backdrop given to the product is
  a contradiction, not other_garment_color. So is the color of a print's motifs or of one stripe when the seller's
  color is the ground ("blue" for an off-white dress with blue flowers, "white" for a navy dress with white flowers).
- For a "Multi" product, a closed color that is one of the print's main colors is correct.
- Hues: Olive and Sea Green -> green, Maroon and Burgundy -> red, Peach and Magenta -> pink, Mauve and Lavender ->
  purple, Rust -> orange, Teal -> blue, Charcoal -> grey, Mustard -> yellow are correct; navy called black, lime
  called yellow, white called beige are contradictions.
- Sleeves of an under- or over-layer given as the product's sleeves (a jacket's long sleeves for a sleeveless dress)
  are a contradiction. A template pattern that is wrong ("pure color patterns" for a polka-dot dress) is a
  contradiction; "graphic patterns" for a print, "plaid" for checks, "chiffon" for georgette are correct.
- unsupported: a detail the photo does not show (pockets, zipper, slit, belt, ring, "accessory on her wrist" with bare
  wrists) or a material the photo or title contradicts (denim for a linen dress, cotton for velvet). The template's
  plausible fabric ("cotton" for a cotton-look dress) is left correct.
- non_answer: an empty text, a yes/no, or the garment's name alone for an open question. restated: a longer text that
  only gives the question's words back ("The details of the co-ord set are the details of...").
- pronoun: "he", "his", "the man" or "the gentleman" for a Women row (the title says Women where the column is
  missing); the rest of such a text is right.
- A co-ord set called a dress or a jumpsuit, a playsuit called a dress, a denim jumpsuit called jeans: contradiction.
  A romper or playsuit answered "jumpsuit" is correct (the seller files it as Jumpsuit).
- hit_limit is set on every loop and cut and on the leaks that ran on to the limit; no correct text ran to the limit.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_899 = [
    # photo: black sleeveless bodycon midi dress, round neck, silver hoop earrings, black heels, bare wrists, white
    # backdrop, front view; caption and open answers by the epoch-1 caption adapter, closed by the reference engine.
    case(
        "X899-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "The dress has a round neckline and a bodycon fit. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a black bodycon dress and black heels"),
        title="SASSAFRAS Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line knee-length dress with small white and pink flowers, short puff sleeves, white sneakers, no
    # jewellery, light grey backdrop, front view; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. There is "
            "an accessory on her wrist.",
            "unsupported",
        ),
        color_of("dress", "white", "contradiction"),
        Q.pattern("floral"),
        describe("dress", "The dress is a navy blue a-line dress with white flowers and puff sleeves."),
        details(
            "dress",
            "The dress has puff sleeves, a round neckline and a flared hem. The dress has puff sleeves, "
            "a round neckline and a flared hem. The dress has",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive sleeveless wide-leg jumpsuit with a self-fabric tie belt, v-neck, tan sandals, model lifting her
    # hair with one hand, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-003",
        caption(
            "The woman wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "There is a belt at her waist."
        ),
        Q.garment_type("jumpsuit"),
        Q.color("green"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("She is wearing a green jumpsuit with a belt and brown sandals."),
        details(
            "jumpsuit",
            "The jumpsuit has a v-neck, a tie belt at the waist and wide legs. The waist is gathered with a",
            "cut",
            hit_limit=True,
        ),
        describe("jumpsuit", "the jumpsuit", "non_answer"),
        title="SASSAFRAS Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon co-ord set, short-sleeve crop shirt and wide-leg trousers with a small white geometric print, white
    # heels, white backdrop, front view; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-004",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and graphic patterns."
        ),
        Q.garment_type("co-ord set"),
        Q.color("maroon"),
        wearing("He is wearing a red shirt and red pants.", "pronoun"),
        details("co-ord set", "The shirt has a collar and short sleeves and the pants have a wide leg."),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Berrylush Women Maroon & White Printed Co-Ords",
        category="Co-Ords",
        color="Maroon",
        gender="Women",
    ),
    # photo: white linen button-down shirt dress, long sleeves rolled to the elbow, knee length, tan leather belt,
    # white sneakers, beige backdrop, three-quarter view; caption/open by the epoch-1 adapter, closed by the reference.
    case(
        "X899-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with linen fabric. There is "
            "a belt at her waist."
        ),
        color_of("dress", "brown", "contradiction"),
        material("The dress is made of denim fabric.", "unsupported"),
        describe("dress", "It is a white shirt dress with long sleeves, buttons down the front and a brown belt."),
        Q.sleeve_length("long sleeves"),
        wearing("a white shirt dress and white sneakers", who="the woman"),
        title="Vero Moda Women White Solid Linen Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: bottle-green A-line ethnic dress with gold foil motifs on the yoke, three-quarter sleeves, a pink dupatta
    # draped over both shoulders and hands, gold juttis, white backdrop; epoch-1 adapter for caption/open, reference
    # engine for closed.
    case(
        "X899-006",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. There is "
            "a scarf on her shoulder."
        ),
        Q.color("pink", "other_garment_color"),
        color_of("dress", "The dress is pink.", "other_garment_color", kind="open"),
        wearing("She is wearing a green dress with a pink dupatta."),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "dress",
            "The dress has a round neckline and gold print on the yoke. She wears a ring on her finger.",
            "unsupported",
        ),
        title="Libas Women Green & Gold-Toned Ethnic Motifs Printed A-Line Dress with Dupatta",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: sleeveless culotte jumpsuit, black with thin white vertical stripes, round neck, black belt, black block
    # heels, white backdrop, front view; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-007",
        caption(
            "The woman wears a sleeveless jumpsuit with striped patterns. The jumpsuit is with cotton fabric. "
            "There is a belt at her waist."
        ),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        details(
            "jumpsuit", "The jumpsuit has vertical stripes, a round neckline, a belt at the waist and cropped legs."
        ),
        describe(
            "jumpsuit",
            "black and white black and white black and white black and white black and white black and white black and",
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        title="StyleStone Women Black & White Striped Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: mustard wrap midi dress, long sleeves, v-neck, waist tie, white heels, small white clutch in hand, pale
    # pink wall as backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a v-shape neckline. The lady "
            "holds a bag in her hand."
        ),
        Q.color("yellow"),
        color_of("dress", "The dress is pink.", "contradiction", kind="open"),
        details(
            "dress",
            "The dress has a v-neck, long sleeves and a tie at the waist with a wrap front and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        wearing("Question: What is the person wearing? Answer: a yellow dress", "leak"),
        title="AND Women Mustard Yellow Solid Wrap Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach georgette tiered maxi dress with small cream and green flowers, short flutter sleeves, v-neck, nude
    # flats, straw hat held in one hand, white backdrop, front view; epoch-1 adapter for caption/open, reference
    # engine for closed.
    case(
        "X899-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. There is "
            "a hat in her hand."
        ),
        material("The dress is made of georgette fabric."),
        Q.color("pink"),
        Q.pattern("floral"),
        details(
            "dress",
            "The dress has a v-neck, ruffled sleeves, a tiered skirt, a slit at the side and a zipper at the back.",
            "unsupported",
        ),
        describe(
            "dress",
            "The dress is a long dress with floral patterns. The dress is a long dress with floral "
            "patterns. The dress is a long",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a peach long dress with floral patterns and short ruffled sleeves and she is "
            "holding a straw hat in her",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Peach-Coloured Floral Print Georgette Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue denim pinafore dress with bib pocket and buckled straps over a white short-sleeve t-shirt, white
    # sneakers, no belt or watch, white backdrop; epoch-1 adapter for caption/open, reference engine for closed.
    case(
        "X899-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a denim dress. The dress is with "
            "denim fabric."
        ),
        Q.color("white", "other_garment_color"),
        color_of("dress", "The dress is blue and the shirt is white.", kind="open"),
        describe("dress", "The dress is white with short sleeves and a round neck.", "other_garment_color"),
        Q.garment_type("dress"),
        details("dress", "The dress has a bib pocket, buckles on the straps and a t-shirt under it."),
        material("denim"),
        wearing("She is wearing a blue denim dress with a white t-shirt and a black belt and a watch.", "unsupported"),
        title="Mast & Harbour Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: rust co-ord set, sleeveless crop top and high-waist palazzo trousers, gold bangles on the left wrist, tan
    # heels, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory on her wrist."
        ),
        Q.color("orange"),
        wearing("The man wears a sleeveless tank shirt with pure color patterns and a long trousers.", "pronoun"),
        Q.garment_type("co-ord set"),
        details("co-ord set", "The details are the details of the top and the pants.", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Zima Leto Women Rust Solid Crop Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: teal maxi dress with a white ethnic block print all over, mandarin collar, button placket, three-quarter
    # sleeves, silver jhumkas, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-012",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a stand-up collar."
        ),
        Q.color("blue"),
        describe(
            "dress",
            "The dress is blue with a white print, a mandarin collar and three quarter sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        details("dress", "The dress has a mandarin collar, a button placket and three quarter sleeves."),
        wearing("a long blue dress"),
        material("the garment", "non_answer"),
        title="W Women Teal Blue Ethnic Motifs Printed Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: black satin slip midi dress with thin straps and cowl neck, styled over a white fitted short-sleeve
    # t-shirt, black ankle boots, grey backdrop; epoch-1 adapter for caption/open, reference engine for closed.
    case(
        "X899-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The dress is with satin fabric and "
            "pure color patterns."
        ),
        color_of("dress", "The dress is white.", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("black"),
        material("satin"),
        details("dress", "The dress has thin straps and a cowl neck and it is worn over a white t-shirt."),
        wearing("a white t-shirt and a white dress", "other_garment_color"),
        title="ONLY Women Black Solid Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red fit-and-flare knee dress with white polka dots, short sleeves, sweetheart neck, red heels, model
    # mid-twirl, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-014",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric.",
            "contradiction",
        ),
        Q.pattern("polka dot"),
        Q.color("red"),
        describe("dress", "The dress is red with white polka dots, short sleeves and a flared skirt."),
        details(
            "dress",
            "Answer: The dress has short sleeves and a sweetheart neckline. Question: What is the color "
            "of the dress? Answer: red",
            "leak",
        ),
        title="DressBerry Women Red & White Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: charcoal grey long-sleeve utility boilersuit, zip front, two chest flap pockets, no belt, cuffs rolled,
    # white sneakers, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-015",
        caption(
            "The woman wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "There are pockets on the chest."
        ),
        Q.color("grey"),
        wearing("He is wearing a grey jumpsuit with a zipper and white shoes.", "pronoun"),
        details(
            "jumpsuit",
            "The jumpsuit has a zip front, flap pockets on the chest, a belt at the waist and rolled up cuffs.",
            "unsupported",
        ),
        Q.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Charcoal Grey Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: off-white straight top with blue floral block print, three-quarter sleeves, keyhole neck, matching printed
    # palazzos with a printed border, silver bangles, white backdrop; epoch-1 adapter for caption/open, reference for
    # closed.
    case(
        "X899-016",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and floral patterns. There is an accessory on her wrist."
        ),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        wearing("a white top and white pants with blue flowers"),
        details(
            "co-ord set",
            "The top has three quarter sleeves and a round neck with a keyhole and the palazzo pants "
            "have a printed border at the",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Off White & Blue Floral Printed Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Off White",
        gender="Women",
    ),
    # photo: lavender midi dress, smocked bodice, square neck, long puff sleeves, white strappy heels, white backdrop,
    # front view; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-017",
        caption("The lady wears a long-sleeve dress with pure color patterns. It has a square neckline."),
        Q.color("purple"),
        color_of(
            "dress",
            "The dress is purple and the sleeves are purple and the neckline is purple and the sleeves "
            "are purple and the neckline is",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        material(
            "The dress is made of cotton and polyester and it has a lining and a zipper at the back.", "unsupported"
        ),
        describe("dress", "yes", "non_answer"),
        title="FabAlley Women Lavender Smocked Puff Sleeve Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: pink short playsuit with a ruffled off-shoulder neckline and elasticated waist, white sneakers, model
    # seated on a light-wood stool, white backdrop; epoch-1 adapter for caption/open, reference engine for closed.
    case(
        "X899-018",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with chiffon fabric. The "
            "lady sits on a stool."
        ),
        Q.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        color_of("playsuit", "The playsuit is brown.", "contradiction", kind="open"),
        details("playsuit", "The playsuit has an off-shoulder ruffled neckline, an elasticated waist and short legs."),
        Q.color("pink"),
        title="Miss Chase Women Pink Solid Off-Shoulder Ruffled Playsuit",
        category="Jumpsuit",
        color="Pink",
        gender="Women",
    ),
    # photo: sleeveless tiered maxi dress in a patchwork of orange, blue and yellow prints, brown tassel earrings, brown
    # leather sandals, both hands on the skirt, no rings, white backdrop, side view; epoch-1 adapter for caption/open,
    # reference engine for closed.
    case(
        "X899-019",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. She wears a "
            "ring.",
            "unsupported",
        ),
        Q.color("orange"),
        Q.pattern("printed"),
        wearing("a long colorful dress and brown sandals"),
        describe("dress", "The dress is a dress.", "restated"),
        Q.sleeve_length("sleeveless"),
        details("dress", "Question: What are the dress details? Answer: tiered", "leak"),
        title="Global Desi Women Multicoloured Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black sequinned one-shoulder bodycon mini with one long sleeve, silver clutch, silver heels, white
    # backdrop; the feed row has no gender column; epoch-1 adapter for caption/open, reference engine for closed.
    case(
        "X899-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. She "
            "holds a bag in her hand.",
            "unsupported",
        ),
        Q.color("silver", "contradiction"),
        Q.garment_type("dress"),
        details("dress", "The dress has sequins all over, one long sleeve and a short hem."),
        wearing(
            "The lady is wearing a black dress with sequins. The lady is wearing a black dress with sequins. The "
            "lady is wearing a black",
            "loop",
            hit_limit=True,
        ),
        material("yes", "non_answer"),
        title="Athena Women Black Sequinned One Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: navy and white vertical striped shirt dress, short sleeves, collar, self-fabric belt, white sneakers, no
    # hat, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-021",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline."
        ),
        Q.pattern("checked", "contradiction"),
        Q.color("blue"),
        describe(
            "dress",
            "The dress is a shirt dress with blue and white stripes, short sleeves, a collar and a matching belt.",
        ),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has a collar and buttons. Question: What are the",
            "leak",
            hit_limit=True,
        ),
        wearing("She is wearing a striped shirt dress, a straw hat and brown sandals.", "unsupported"),
        title="HERE&NOW Women Navy Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige co-ord set, single-breasted blazer and straight trousers, black camisole under the open blazer, black
    # heels, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long trousers. The trousers are "
            "with cotton fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("blazer", "The blazer is beige.", kind="open"),
        color_of("trousers", "black", "other_garment_color"),
        wearing("a beige suit with a black top"),
        Q.garment_type("co-ord set"),
        details(
            "co-ord set",
            "The jacket has a notch lapel and one button and the trousers are straight with a "
            "crease. The jacket has a notch lapel and one button and the",
            "loop",
            hit_limit=True,
        ),
        title="U&F Women Beige Solid Blazer with Trousers Co-Ords",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: yellow wrap jumpsuit with a white floral print, short flutter sleeves, v-neck, culotte legs, white
    # sneakers, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-023",
        caption(
            "The lady wears a short-sleeve jumpsuit with floral patterns. The jumpsuit is with chiffon fabric. It "
            "has a v-shape neckline. The pants of the jumpsuit are of",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        color_of("jumpsuit", "The jumpsuit is white with yellow flowers.", "contradiction", kind="open"),
        wearing("a yellow jumpsuit"),
        title="Pannkh Women Yellow & White Floral Printed Wrap Culotte Jumpsuit",
        category="Jumpsuit",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon velvet wrap midi dress, long sleeves, v-neck, gold hoops, black heels, grey backdrop, front view;
    # caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a v-shape neckline. The dress is "
            "of long length."
        ),
        material("The dress is made of cotton fabric.", "unsupported"),
        Q.color("red"),
        details("dress", "The dress details are that the dress has details.", "restated"),
        Q.sleeve_length("long sleeves"),
        wearing("She is wearing a maroon dress and black heels.", who="the woman"),
        title="Trend Arrest Women Maroon Solid Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea-green wide-leg jumpsuit with tie-up shoulder straps, square neck, one hand in a side pocket, beige
    # tote bag on the other arm, white sneakers, pale blue backdrop; epoch-1 adapter for caption/open, reference for
    # closed.
    case(
        "X899-025",
        caption("The lady wears a sleeveless jumpsuit with pure color patterns. The lady holds a bag in her hand."),
        Q.color("blue", "contradiction"),
        color_of("jumpsuit", "green"),
        details(
            "jumpsuit",
            "The jumpsuit has tie up straps, a square neckline, wide legs and pockets on the sides. "
            "The straps are tied in a",
            "cut",
            hit_limit=True,
        ),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Sera Women Sea Green Solid Tie-Up Strap Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black-and-white gingham co-ord set, short-sleeve shirt with chest pocket and drawstring shorts, white
    # sneakers, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-026",
        caption(
            "The lady wears a short-sleeve shirt with plaid patterns and a three-point shorts. The shorts are with "
            "cotton fabric and plaid patterns."
        ),
        Q.pattern("checked"),
        Q.color("black"),
        wearing(
            "The gentleman wears a short-sleeve shirt with plaid patterns and a three-point shorts. The shorts are "
            "with cotton fabric.",
            "pronoun",
        ),
        details(
            "co-ord set",
            "The shirt has a collar, buttons and a chest pocket and the shorts have a drawstring and pockets and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("co-ord set"),
        title="Besiva Women Black & White Checked Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: blue kaftan midi dress with white paisley print, short batwing sleeves, brown flats, bare wrists, white
    # backdrop, front view; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-027",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. There is "
            "an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        color_of(
            "dress",
            "The dress is blue with white paisley print. The dress is blue with white paisley print. "
            "The dress is blue with white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        material("The dress is made of the fabric of the dress.", "restated"),
        title="Libas Women Blue & White Paisley Printed Kaftan Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: olive shirt-style jumpsuit with collar, button front and rolled long sleeves, black leather belt, black
    # ankle boots, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-028",
        caption(
            "The woman wears a long-sleeve jumpsuit with pure color patterns. There is a belt at her waist. The "
            "woman wears a pair of boots."
        ),
        Q.color("black", "contradiction"),
        color_of("jumpsuit", "The jumpsuit is olive green and the belt is black.", kind="open"),
        details(
            "jumpsuit",
            "Question: What are the jumpsuit details? Answer: The jumpsuit has a collar, buttons and rolled up sleeves",
            "leak",
        ),
        Q.sleeve_length("long sleeves"),
        wearing("The woman is wearing a green jumpsuit with a black belt and black boots."),
        material("", "non_answer"),
        title="KASSUALLY Women Olive Green Solid Shirt Style Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: peach linen co-ord set, short-sleeve crop shirt knotted at the front and a midi skirt with a side slit,
    # white heels, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("pink"),
        Q.garment_type("dress", "contradiction"),
        wearing("She is wearing a peach shirt and a peach skirt."),
        details("co-ord set", "The shirt is tied at the front and the skirt has a slit on the side."),
        describe("co-ord set", "The co-ord set is a co-ord set.", "restated"),
        material("The co-ord set is made of denim fabric.", "unsupported"),
        title="SASSAFRAS Women Peach Solid Linen Shirt with Skirt Co-Ords",
        category="Co-Ords",
        color="Peach",
        gender="Women",
    ),
    # photo: green sleeveless mini dress with white flowers under an open light-blue denim jacket, white sneakers,
    # white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-030",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The dress is with chiffon fabric "
            "and floral patterns."
        ),
        color_of("dress", "The dress is blue.", "other_garment_color", kind="open"),
        Q.color("green"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("dress", "The dress has floral patterns and a round neck and it is worn with a denim jacket."),
        wearing("a denim jacket and a green floral dress"),
        describe("dress", "The dress is a blue denim dress with long sleeves and buttons.", "other_garment_color"),
        title="Vero Moda Women Green Floral Print Sleeveless A-Line Mini Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black halter-neck wide-leg jumpsuit with a red and white rose print, keyhole back, no pockets, red heels,
    # white backdrop, three-quarter turn; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-031",
        caption(
            "The lady wears a sleeveless jumpsuit with floral patterns. The jumpsuit is with chiffon fabric. It "
            "has a halter neckline."
        ),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        wearing(
            "She is wearing a black jumpsuit with red flowers and red shoes. She is wearing a black jumpsuit with "
            "red flowers and red",
            "loop",
            hit_limit=True,
        ),
        details(
            "jumpsuit",
            "The jumpsuit has a halter neck, a keyhole at the back and wide legs. There are two pockets on the front.",
            "unsupported",
        ),
        title="Harpa Women Black & Red Floral Printed Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton tiered maxi dress with lace trim, short sleeves, square neck, brown wide-brim hat on her head,
    # brown sandals, beige backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. There "
            "is a hat in her head."
        ),
        Q.color("beige", "contradiction"),
        describe("dress", "The dress is white with lace trim on the tiers, short sleeves and a square neck."),
        material("cotton"),
        details(
            "dress",
            "the dress has a lace trim the dress has a lace trim the dress has a lace trim the dress has "
            "a lace trim the dress",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Zima Leto Women White Solid Cotton Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: mauve ribbed knit long-sleeve bodycon mini dress, black knee boots, black sling bag across the body,
    # white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The "
            "lady wears a pair of boots."
        ),
        Q.color("purple"),
        wearing("The man is wearing a purple dress and black boots.", "pronoun"),
        color_of("dress", "black", "contradiction"),
        details(
            "dress",
            "The dress has a ribbed texture, long sleeves, a round neck and a short hem that ends above the",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Mauve Ribbed Bodycon Mini Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: rust short-sleeve jumpsuit with a tie-up neck and straight legs, tan sandals, bare hands and wrists, model
    # leaning on a white chair, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-034",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "There is an accessory on her wrist. She wears a ring.",
            "unsupported",
        ),
        Q.color("orange"),
        color_of("jumpsuit", "The jumpsuit is rust orange.", kind="open"),
        describe(
            "jumpsuit", "Question: Describe the jumpsuit. Answer: The jumpsuit is orange with short sleeves", "leak"
        ),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("short sleeves"),
        title="Mast & Harbour Women Rust Orange Solid Tie-Up Neck Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: magenta flared anarkali dress with gold foil print and gold hem border, long sleeves, white churidar
    # leggings showing below the hem, gold juttis, white backdrop; epoch-1 adapter for caption/open, reference for
    # closed.
    case(
        "X899-035",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("dress", "The dress is pink with gold print.", kind="open"),
        details(
            "dress",
            "The dress has a round neck, long sleeves, gold print on the yoke and a flared skirt with a "
            "gold border at the",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink anarkali dress and white leggings"),
        Q.pattern("printed"),
        title="Anouk Women Magenta & Gold-Toned Printed Anarkali Dress",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: light-wash blue denim dungaree jumpsuit with bib pocket and buckled straps over a black cropped t-shirt,
    # rolled hems, white sneakers, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a denim jumpsuit. The jumpsuit is "
            "with denim fabric."
        ),
        color_of("jumpsuit", "The jumpsuit is black.", "other_garment_color", kind="open"),
        Q.color("blue"),
        material("denim"),
        details("jumpsuit", "The jumpsuit has a bib pocket, adjustable straps with buckles and rolled up hems."),
        is_a("pair of jeans", "yes", "contradiction"),
        wearing("She is wearing a black jumpsuit and white sneakers.", "other_garment_color"),
        title="Roadster Women Blue Washed Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: red co-ord set with small white flowers, cami crop top and elastic-waist shorts, an open white linen shirt
    # worn over them, white sneakers, white backdrop; the row has no gender column; epoch-1 adapter for caption/open,
    # reference engine for closed.
    case(
        "X899-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a three-point shorts. The shorts are "
            "with cotton fabric and floral patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        wearing("a white shirt over a red floral top and red floral shorts"),
        details(
            "co-ord set",
            "The top has thin straps and the shorts have an elastic waist. The top has thin straps "
            "and the shorts have an elastic waist. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "co-ord set",
            "The co-ord set is red with white flowers and it has a zipper at the back and pockets on the sides.",
            "unsupported",
        ),
        title="ONLY Women Red Floral Print Cami Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Red",
    ),
    # photo: navy ruched midi dress, cap sleeves, square neck, gold watch on the left wrist, nude heels, white
    # backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-038",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. It has a square neckline. There is an "
            "accessory on her wrist."
        ),
        Q.color("black", "contradiction"),
        color_of("dress", "The dress is navy blue.", kind="open"),
        details("dress", "no", "non_answer"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "The dress is blue with ruching on the side and short sleeves."),
        title="Athena Women Navy Blue Solid Ruched Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless cropped culotte jumpsuit, round neck, under a long sheer white shrug, white heels, white
    # backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-039",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a jumpsuit. The jumpsuit is with "
            "cotton fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("jumpsuit", "The jumpsuit is white and the shrug is white.", "other_garment_color", kind="open"),
        Q.garment_type("jumpsuit"),
        wearing("She is wearing a black jumpsuit with a white shrug."),
        details(
            "jumpsuit",
            "Answer: The jumpsuit has wide cropped legs and a round neck. Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="FabAlley Women Black Solid Culotte Jumpsuit with Shrug",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: indigo co-ord set with white dabu print, straight tunic top with three-quarter sleeves, notched round neck
    # and side slits, straight pants, oxidised silver bangles, kolhapuri sandals, white backdrop; epoch-1 adapter for
    # caption/open, reference engine for closed.
    case(
        "X899-040",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and graphic patterns. There is an accessory on her "
            "wrist. She wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        material("cotton"),
        wearing("The lady is wearing a blue top and blue pants with white print."),
        details(
            "co-ord set",
            "The top has a round neck with a notch, three quarter sleeves and side slits and the pants are straight.",
        ),
        Q.garment_type("dress", "contradiction"),
        describe("co-ord set", "co-ord set", "non_answer"),
        title="Global Desi Women Indigo Dabu Printed Pure Cotton Tunic with Trousers Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive long-sleeve tiered midi dress with small white polka dots, v-neck, elastic cuffs, tan suede ankle
    # boots, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a v-shape neckline.", "contradiction"
        ),
        Q.pattern("polka dot"),
        Q.color("green"),
        describe(
            "dress", "The dress is green with white dots, long sleeves and a tiered skirt. She wears brown boots."
        ),
        details(
            "dress",
            "The dress has long sleeves with elastic cuffs, a v-neck and a tiered skirt. The dress has "
            "long sleeves with elastic cuffs, a",
            "loop",
            hit_limit=True,
        ),
        material("The dress is made of leather fabric.", "unsupported"),
        title="Harpa Women Olive Green & White Polka Dot Tiered Midi Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: baby-pink satin slip midi dress with cowl neck, thin straps and a side slit, a cropped black leather
    # jacket over it, black heels, grey backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "dress is with satin fabric."
        ),
        Q.color("black", "other_garment_color"),
        wearing("He is wearing a black leather jacket and a pink dress.", "pronoun"),
        material("satin"),
        details("dress", "The dress has thin straps, a cowl neck and a slit on the side."),
        color_of("dress", "The dress is black and the jacket is black.", "other_garment_color", kind="open"),
        title="DressBerry Women Pink Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: lime-green rib-knit co-ord set, sleeveless round-neck tank top and high-waist bike shorts with no pockets,
    # white sneakers, white backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The shorts "
            "are with knitting fabric and pure color patterns."
        ),
        Q.color("yellow", "contradiction"),
        wearing("a green tank top and green shorts"),
        Q.garment_type("co-ord set"),
        describe(
            "co-ord set",
            "Answer: a green top and green shorts Question: Describe the co-ord set. Answer: a "
            "green top and green shorts Question",
            "leak",
            hit_limit=True,
        ),
        details(
            "co-ord set",
            "The top has a round neck and the shorts have a high waist and a zipper on the back pocket.",
            "unsupported",
        ),
        title="Miss Chase Women Lime Green Ribbed Tank Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: burgundy sleeveless wide-leg jumpsuit with square neck and back zip, gold strappy sandals, model seated
    # on a white cube, white backdrop; the row has no category column; epoch-1 adapter for caption/open, reference
    # engine for closed.
    case(
        "X899-044",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. It has a square neckline. The pants "
            "are of long length."
        ),
        Q.color("red"),
        color_of("jumpsuit", "The jumpsuit is white.", "contradiction", kind="open"),
        wearing("She is wearing a red jumpsuit and gold sandals.", who="the woman"),
        details(
            "jumpsuit",
            "The jumpsuit has a square neck and wide legs and a zip at the back. The jumpsuit has a "
            "square neck and wide legs and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        describe("jumpsuit", "no", "non_answer"),
        title="SASSAFRAS Women Burgundy Solid Square Neck Basic Jumpsuit",
        color="Burgundy",
        gender="Women",
    ),
    # photo: grey melange cotton-terry co-ord set, long-sleeve sweatshirt and joggers, hands in the jogger pockets,
    # white sneakers, short-haired model, white backdrop; caption/open by the epoch-1 adapter, closed by the reference.
    case(
        "X899-045",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.color("grey"),
        wearing("a grey sweatshirt and grey joggers"),
        Q.garment_type("co-ord set"),
        details(
            "co-ord set", "The details of the co-ord set are the details of the sweatshirt and the joggers.", "restated"
        ),
        material("The sweatshirt is made of wool.", "unsupported"),
        title="W Women Grey Melange Cotton Terry Sweatshirt with Joggers Co-Ords",
        category="Co-Ords",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black sleeveless halter-neck maxi dress with a high side slit, silver cuff bracelet, silver heels, white
    # backdrop; caption/open by the epoch-1 adapter, closed by the reference engine.
    case(
        "X899-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. There "
            "is an accessory on her wrist."
        ),
        Q.color("black"),
        describe(
            "dress",
            "The dress is a long black dress with a halter neck, a high slit on the left leg and a "
            "flared hem that falls to the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "The dress has a halter neck and a high slit."),
        Q.sleeve_length("sleeveless"),
        wearing(
            "Question: What is the person wearing? Answer: A black dress. Question: What is the", "leak", hit_limit=True
        ),
        is_a("jumpsuit", "no"),
        title="StyleStone Women Black Solid Halter Neck Maxi Dress with Slit",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
]
