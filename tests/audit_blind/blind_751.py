"""BLIND_751 (46 products; Myntra dresses & jumpsuits, BLIP-2 base zero-shot): written blind in the fifty-fifth session.
Measured blind at 63d1c61 (the session's fourth rules): 121/148 failures found (81.8%) and 1/209 correct texts flagged
(0.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's dresses and jumpsuits (maxi, midi, bodycon, wrap, shirt, slip, sweater and
pinafore dresses; culotte, utility, denim and striped jumpsuits). Studio product shots, mostly on a white or light
grey backdrop, worn by a model, front view unless noted; some are cropped at the chin (no face), one is a back view.
Several are styled with another garment or accessory: a denim jacket, a cardigan, a white shirt under a pinafore, a
white t-shirt under a dungaree jumpsuit, belts, bags, hats, tights and boots.

Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b (8-bit, no adapter),
zero-shot. Captions and open answers (wearing, description, details, material, neckline, some color questions)
are greedy free generation, 50 new tokens for captions and 30 for answers. Closed answers (garment type, color,
pattern, sleeve length, "Is this a ...?") come from enrich's `--engine reference`, which ranks the candidate values
and keeps one, so they never loop, leak or stop short; they fail by picking the wrong candidate. The base model's
habits: short, lower-case answers; the color of whatever is most visible (a jacket, tights, a bag, the print) given
as the dress's color; "a man" on headless or back-view crops; invented fabrics, zippers and pockets; now and then it
does not stop at the newline and runs on into a new "Question: ... Answer:" turn; on long describe/details prompts
it sometimes repeats a phrase until the token limit or is cut there. Loops and cuts are rarer than in the adapters'
outputs because the base model was trained with an end token.

Labeling conventions and judgement calls:
- The product is the catalog row's garment (the dress or jumpsuit). A color that belongs to another worn item (a
  jacket, cardigan, undershirt, tights, belt, bag, shoes) given as the product's color is other_garment_color, also
  when the two colors are swapped ("a white jumpsuit with a khaki tank top") or the product is called "black and
  white" because of white sneakers.
- Any other attribute of the other item given to the product (its long sleeves, its denim or leather, "jacket" as
  the garment type, "yes" to "Is this a shirt?") is contradiction, not other_garment_color.
- A wrong hue that belongs to no other garment (a print motif, a contrast collar of the same dress, sequin shimmer,
  the backdrop's color, a plainly different hue) is contradiction. For prints, the ground color or the seller's
  color is correct; a color present only in the motif, given alone as the garment's color, is contradiction.
- Border shades are judged on the photo: "maroon" or "red" for burgundy, "pink" for peach, "brown" for rust, "khaki"
  for beige, "blue" for teal are correct. "blue" for a clearly green sea-green dress is contradiction.
- Wrong garment (a shirt and a skirt for a shirt dress, "sweater" for a sweater dress, "dress" for a jumpsuit,
  "yes" to a wrong "Is this a ...?") and wrong pattern or sleeve length are contradiction.
- An invented detail the photo does not show (a zipper on the unseen back, pockets, buttons on the unseen front, a
  hood) or a neckline that is not there is unsupported.
- Material: correct when the title names it or the photo shows it beyond doubt (denim, lace, satin, velvet, sequins,
  ribbed knit). A specific fabric with neither is unsupported. A fabric that the title contradicts is contradiction.
- A one-word or yes/no answer to a describe/details question is non_answer, even when the word is true ("lace").
  A garment noun phrase ("a dress") is a valid answer to "What is the person wearing?". "The dress is red" to a
  details question is non_answer: it only repeats what the other questions already ask.
- restated: the answer gives the question's own words back ("the details of the dress", "the garment is a dress"),
  or echoes the question itself ("describe the dress").
  An answer that opens with the question's words and then gives real details is correct.
- leak: any "Question:" or "Answer:" in the output, also when the run-on repeats or reaches the limit; the text is
  labeled leak only.
- loop: a phrase repeated until the token limit (hit_limit=True). cut: stopped mid-phrase; hit_limit=True when it
  ran to 30/50 tokens, False for the one that stopped on a newline mid-phrase.
- pronoun: "a man", "his", "he" for a Women row (mostly on chin-cropped and back-view photos). The row without a
  gender column has no pronoun label. A pronoun text that is otherwise right carries only the pronoun label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neck = question("neckline", "What is the neckline of the dress?", "open")

BLIND_751 = [
    # photo: black sleeveless knee-length bodycon dress, round neck, black heels, white backdrop, front view.
    # base model wrote all texts.
    case(
        "X751-001",
        caption("a woman in a black dress posing for a photo"),
        wearing("a black dress"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        neck("a v neck", "unsupported"),
        describe("garment", "a black bodycon dress with a zipper on the back", "unsupported"),
        Q.material("leather", "unsupported"),
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy maxi dress with small white and pink flowers, short flutter sleeves, tie waist, white sneakers,
    # white backdrop, full length. base model wrote all texts.
    case(
        "X751-002",
        caption("a woman wearing a long blue dress with flowers on it"),
        wearing("a blue floral dress"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        describe("dress", "a blue dress with flowers Question: What is the color of the dress? Answer: blue", "leak"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("dress", "it has a white collar and white buttons down the front", "unsupported"),
        title="Athena Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cropped at the chin, olive sleeveless jumpsuit, self-fabric tie belt, wide legs, no pockets, tan
    # sandals, white backdrop.
    # base model wrote all texts.
    case(
        "X751-003",
        caption("a man in a green jumpsuit standing in front of a white background", "pronoun"),
        wearing("a green jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("olive"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        describe("jumpsuit", "a green jumpsuit with a belt"),
        is_a("dress", "no"),
        details("jumpsuit", "the jumpsuit has a tie belt and pockets on the side", "unsupported"),
        title="Harpa Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon shirt dress, pointed collar, button placket, long sleeves rolled to the elbow, self belt, knee
    # length, white sneakers, white backdrop. base model wrote all texts.
    case(
        "X751-004",
        caption("a woman wearing a red shirt dress with a belt"),
        wearing("she is wearing a maroon shirt dress", who="she"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        describe(
            "dress",
            "a maroon shirt dress with buttons down the front and a belt around the waist and a belt around the "
            "waist and a belt around the",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Tokyo Talkies Women Maroon Solid Shirt Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white wrap midi dress with thin black horizontal stripes, v neck, short sleeves, nude block heels,
    # light grey backdrop. base model wrote all texts.
    case(
        "X751-005",
        caption("a woman in a black and white striped dress"),
        Q.color("white"),
        Q.pattern("striped"),
        wearing("a striped dress"),
        describe("dress", "striped", "non_answer"),
        color_of("dress", "black", "contradiction", kind="open"),
        Q.garment_type("dress"),
        neck("a v neck"),
        details("dress", "the dress has a v neck and a wrap around the waist with a tie on the side"),
        title="Mast & Harbour Women White & Black Striped Wrap Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue washed denim dungaree jumpsuit with straps over a white crew-neck t-shirt, white sneakers,
    # white backdrop. base model wrote all texts.
    case(
        "X751-006",
        caption("a woman in a denim jumpsuit and white t-shirt"),
        wearing("overalls"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        Q.material("denim"),
        details("jumpsuit", "the jumpsuit has white sleeves and a white collar", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("jumpsuit", "a pair of denim overalls with a white shirt"),
        title="Roadster Women Blue Washed Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: pink wrap midi dress with a white and green floral print, three-quarter sleeves, model holds a small
    # white handbag, white backdrop. base model wrote all texts.
    case(
        "X751-007",
        caption("a woman in a pink floral dress holding a white purse"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("a pink dress"),
        describe("dress", "pink", "non_answer"),
        Q.material("silk", "unsupported"),
        title="Berrylush Women Pink Floral Print Wrap Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard sleeveless A-line midi dress, round neck, worn with an open cropped white denim jacket, brown
    # sandals, white backdrop. base model wrote all texts.
    case(
        "X751-008",
        caption("a woman wearing a yellow dress and a white jacket"),
        wearing("a yellow dress and a white jacket"),
        Q.color("white", "other_garment_color"),
        color_of("dress", "yellow"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a white dress with a yellow jacket", "other_garment_color"),
        details("dress", "the dress has a round neck and a flared skirt"),
        title="DressBerry Women Mustard Yellow Solid A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal bodycon midi dress, long sleeves, square neck, light grey backdrop, front view.
    # base model wrote all texts.
    case(
        "X751-009",
        caption("a woman in a teal dress standing against a wall"),
        wearing("a blue dress"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        is_a("jumpsuit", "yes", "contradiction"),
        describe(
            "dress",
            "a blue dress with long sleeves and a square neckline that fits close to the body and ends just "
            "below the knee with a small slit at the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the details of the dress", "restated"),
        Q.material("polyester", "unsupported"),
        title="AND Women Teal Blue Solid Bodycon Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, thin straps, cowl neck, gold hoop earrings, black strappy heels,
    # white backdrop. base model wrote all texts.
    case(
        "X751-010",
        caption("a woman in a green satin dress"),
        Q.material("satin"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        details("dress", "i don't know", "non_answer"),
        describe(
            "dress",
            "a green satin dress with spaghetti straps Question: What color are the shoes? Answer: black",
            "leak",
        ),
        wearing("a green dress and black heels"),
        Q.pattern("solid"),
        title="SASSAFRAS Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: tiered sleeveless maxi dress, indigo ground with orange and white block-print motifs, v neck with
    # tassel ties, white backdrop. base model wrote all texts.
    case(
        "X751-011",
        caption("a woman in a blue and orange maxi dress"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "a long dress with a print and a print and a print and a print and a print and a print and a print and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        details("dress", "it has tassels on the neck"),
        title="Global Desi Women Multicoloured Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: cropped at the chin, front view, black sleeveless culotte jumpsuit with a waist tie, white sneakers,
    # white backdrop. base model wrote all texts.
    case(
        "X751-012",
        caption("a man in a black jumpsuit with white shoes", "pronoun"),
        wearing("a black jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        describe("jumpsuit", "a black and white jumpsuit", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        details("jumpsuit", "it has a tie at the waist and a zipper on the back", "unsupported"),
        title="KASSUALLY Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: red wrap midi dress, long sleeves, tie at the left waist, small front slit, white backdrop.
    # base model wrote all texts.
    case(
        "X751-013",
        caption("a woman in a pink wrap dress", "contradiction"),
        Q.color("red"),
        wearing(
            "she is wearing a red dress with long sleeves and a tie on the side of the waist and a slit in the "
            "front of the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        details("dress", "the dress is red", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="Marie Claire Women Red Solid Wrap Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: peach (light pinkish orange) sleeveless A-line short dress with a ruffled hem, dark-haired model,
    # white backdrop. base model wrote all texts.
    case(
        "X751-014",
        caption("a woman in a pink dress"),
        Q.color("pink"),
        color_of("dress", "peach", kind="open"),
        describe("dress", "a peach dress with ruffles on the bottom"),
        neck("the neckline of the dress", "restated"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a dress"),
        title="Chemistry Women Peach Solid A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy wrap dress with white polka dots, short flutter sleeves, v neck, knee length, red heels, red
    # lipstick, white backdrop. base model wrote all texts.
    case(
        "X751-015",
        caption("a woman in a blue and white polka dot dress with red shoes"),
        Q.pattern("polka dot"),
        Q.color("red", "other_garment_color"),
        wearing("a polka dot dress"),
        describe("dress", "a red polka dot dress", "other_garment_color"),
        Q.material("chiffon", "unsupported"),
        details("dress", "Question: What are the details of the garment? Answer: polka dots", "leak"),
        title="Street 9 Women Navy Blue Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black tiered maxi dress printed with large red and yellow roses, long sleeves, white backdrop.
    # base model wrote all texts.
    case(
        "X751-016",
        caption("a woman wearing a black dress with red and yellow flowers"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing("a black floral dress"),
        describe("dress", "describe the dress", "restated"),
        details("dress", "the dress is made of 100% cotton", "unsupported"),
        color_of("dress", "red", "contradiction", kind="open"),
        title="Qurvii Women Black Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: cropped at the chin, grey melange knit jumpsuit, short sleeves, black belt at the waist, jogger cuffs,
    # black sneakers, white backdrop. base model wrote all texts.
    case(
        "X751-017",
        caption("a man wearing a grey jumpsuit and black shoes", "pronoun"),
        Q.color("grey"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "black", "other_garment_color", kind="open"),
        describe("jumpsuit", "a grey jumpsuit with a black belt"),
        wearing("a black jumpsuit with a grey belt", "other_garment_color"),
        Q.material("wool", "unsupported"),
        title="Zima Leto Women Grey Melange Solid Jumpsuit",
        category="Jumpsuit",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: off-white lace sheath dress, cap sleeves, scalloped knee-length hem, beige backdrop.
    # base model wrote all texts.
    case(
        "X751-018",
        caption("a woman in a white lace dress"),
        Q.color("white"),
        Q.material("lace"),
        color_of("dress", "beige", "contradiction", kind="open"),
        describe(
            "dress",
            "a white lace dress with a scalloped hem and a scalloped hem and a scalloped hem and a scalloped hem and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress", who="she"),
        details("dress", "lace", "non_answer"),
        title="Rare Women Off-White Lace Sheath Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: lavender cotton shirt dress, short sleeves, collar, buttons, fabric belt, knee length, white sneakers,
    # white backdrop. base model wrote all texts.
    case(
        "X751-019",
        caption("a woman in a purple shirt dress"),
        Q.color("purple"),
        wearing("a purple shirt dress with a belt"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("short sleeves"),
        details("dress", "Question: What are the details of the garment? Answer: buttons Question: What", "leak"),
        describe(
            "dress",
            "a purple shirt dress with buttons and a collar and a belt at the waist and two pockets",
            "unsupported",
        ),
        Q.material("cotton"),
        title="FabAlley Women Lavender Solid Cotton Shirt Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: burgundy velvet off-shoulder bodycon mini dress with long sleeves, black heels, white backdrop.
    # base model wrote all texts.
    case(
        "X751-020",
        caption("a woman in a red velvet dress"),
        Q.color("maroon"),
        Q.material("velvet"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        neck("off the shoulder"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a red dress and black shoes"),
        describe(
            "dress",
            "a red velvet dress with long sleeves that is off the shoulder and fits tightly around the body "
            "with a short skirt and a pair of black high heels that",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has a zipper on the side and pockets", "unsupported"),
        title="Trend Arrest Women Burgundy Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white maxi dress with spaghetti straps under an open blue denim jacket, brown felt hat, white
    # backdrop. base model wrote all texts.
    case(
        "X751-021",
        caption("a woman in a white dress and a denim jacket with a brown hat"),
        Q.color("blue", "other_garment_color"),
        color_of("dress", "white"),
        wearing("a blue dress and a jean jacket", "other_garment_color"),
        Q.garment_type("dress"),
        is_a("jacket", "yes", "contradiction"),
        details("dress", "nothing", "non_answer"),
        Q.material("denim", "contradiction"),
        describe("dress", "a long white dress"),
        title="Miss Chase Women White Solid Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow wide-leg jumpsuit with a green leaf print, sleeveless, v neck, nude heels, white
    # backdrop. base model wrote all texts.
    case(
        "X751-022",
        caption("a woman in a yellow jumpsuit with green leaves"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        wearing("a yellow jumpsuit"),
        describe(
            "jumpsuit",
            "a yellow and green jumpsuit Question: What is the pattern of the garment? Answer: floral",
            "leak",
        ),
        is_a("jumpsuit", "yes"),
        details(
            "jumpsuit",
            "the jumpsuit has leaves on it and leaves on it and leaves on it and leaves on it and leaves on it "
            "and leaves",
            "loop",
            hit_limit=True,
        ),
        title="Popnetic Women Yellow & Green Leaf Print Jumpsuit",
        category="Jumpsuit",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust wrap midi dress, long balloon sleeves, v neck, tie waist, white backdrop.
    # base model wrote all texts.
    case(
        "X751-023",
        caption("a woman in an orange dress"),
        Q.color("brown"),
        wearing("a long orange dress"),
        Q.sleeve_length("long sleeves"),
        details("dress", "it has puffy sleeves and a v neck and a tie at the waist"),
        Q.pattern("solid"),
        Q.material("wool", "unsupported"),
        describe("dress", "orange", "non_answer"),
        title="Mast & Harbour Women Rust Solid Wrap Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: black and white gingham shirt dress, collar, long sleeves rolled up, self belt, knee length, black
    # ankle boots, white backdrop. base model wrote all texts.
    case(
        "X751-024",
        caption("a woman in a black and white checkered dress"),
        Q.pattern("checked"),
        Q.color("black"),
        wearing("he is wearing a black and white plaid shirt dress", "pronoun", who="she"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "a black and white checkered shirt dress with a", "cut"),
        details("dress", "the dress has a hood", "unsupported"),
        title="KAZO Women Black & White Checked Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy shift dress with a white contrast peter pan collar (part of the dress), short sleeves, knee
    # length, white backdrop. base model wrote all texts.
    case(
        "X751-025",
        caption("a woman in a navy blue dress with a white collar"),
        Q.color("white", "contradiction"),
        wearing("a navy dress"),
        Q.garment_type("dress"),
        details("dress", "it has a white collar"),
        describe("dress", "no", "non_answer"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Code by Lifestyle Women Navy Blue Solid Shift Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige utility jumpsuit, long sleeves rolled, two chest flap pockets, zip front opened to show a white
    # tank top, self belt, white sneakers, white backdrop. base model wrote all texts.
    case(
        "X751-026",
        caption("a woman in a beige jumpsuit with pockets"),
        Q.color("khaki"),
        wearing("a white jumpsuit with a khaki tank top", "other_garment_color"),
        describe("jumpsuit", "a beige jumpsuit with a zipper in the front and pockets on the chest"),
        Q.material("linen", "unsupported"),
        details("jumpsuit", "the jumpsuit details are on the jumpsuit", "restated"),
        color_of("jumpsuit", "white", "other_garment_color"),
        is_a("jumpsuit", "no", "contradiction"),
        title="U&F Women Beige Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender="Women",
    ),
    # photo: fuchsia ruched one-shoulder bodycon mini dress, no sleeves, silver heels, white backdrop, front view.
    # base model wrote all texts.
    case(
        "X751-027",
        caption("a woman in a pink dress with one shoulder"),
        Q.color("pink"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a pink dress"),
        describe("dress", "a pink dress with ruching on the side"),
        details("dress", "the dress has a slit on the side and a zipper in the back", "unsupported"),
        Q.material("satin", "unsupported"),
        title="Eavan Women Fuchsia Solid Ruched One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: black georgette maxi dress, short flutter sleeves, v neck, smocked waist, white backdrop.
    # base model wrote all texts.
    case(
        "X751-028",
        caption("a woman in a long black dress"),
        Q.material("cotton", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        wearing("she is wearing a black maxi dress", who="she"),
        details("dress", "the details of the garment are on the dress", "restated"),
        describe("dress", "black", "non_answer"),
        title="Ketch Women Black Solid Georgette Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: back view, royal blue sleeveless jumpsuit with a cutout back, hair in a bun, white backdrop.
    # base model wrote all texts.
    case(
        "X751-029",
        caption("a man in a blue jumpsuit with his back to the camera", "pronoun"),
        Q.color("blue"),
        Q.garment_type("jumpsuit"),
        wearing("he is wearing a blue jumpsuit", "pronoun"),
        details("jumpsuit", "it has a cutout in the back"),
        describe("jumpsuit", "a blue jumpsuit with buttons on the front", "unsupported"),
        title="SIRIKIT Women Blue Solid Cut-Out Back Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: white midi dress with a blue paisley print, three-quarter sleeves, round neck, blue drop earrings,
    # white backdrop. The feed row has no color. base model wrote all texts.
    case(
        "X751-030",
        caption("a woman in a white and blue paisley dress"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("a white dress with blue print"),
        neck("round"),
        details("dress", "paisley", "non_answer"),
        describe("garment", "the garment is a dress", "restated"),
        Q.material("rayon", "unsupported"),
        title="StyleStone Women Printed Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: charcoal ribbed knit turtleneck sweater dress, long sleeves, knee length, black opaque tights, black
    # ankle boots, white backdrop. base model wrote all texts.
    case(
        "X751-031",
        caption("a woman wearing a grey sweater dress and black boots"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweater", "contradiction"),
        Q.material("knit"),
        wearing("a grey sweater dress with black tights"),
        neck("turtleneck"),
        describe("dress", "a black dress with long sleeves and a turtleneck", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Charcoal Ribbed Sweater Dress",
        category="Dresses",
        color="Charcoal",
        gender="Women",
    ),
    # photo: red ribbed halter bodycon mini dress, sleeveless, model holds a black clutch, white backdrop.
    # base model wrote all texts.
    case(
        "X751-032",
        caption("a woman in a red dress holding a black purse"),
        wearing("a red halter dress"),
        Q.color("red"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a red dress with a halter neck and a halter neck and a halter neck and a halter neck and a halter "
            "neck and a",
            "loop",
            hit_limit=True,
        ),
        details("dress", "Answer: a red dress", "leak"),
        title="Femella Women Red Ribbed Halter Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: white cotton shirt dress, long sleeves, collar, tie belt, knee length, tan sandals, white backdrop.
    # base model wrote all texts.
    case(
        "X751-033",
        caption("a woman in a white shirt dress"),
        Q.color("white"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        wearing("a white shirt and a white skirt", "contradiction"),
        details("dress", "the dress has buttons down the front and a belt"),
        Q.garment_type("dress"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        describe(
            "dress",
            "a white dress Question: What is the person wearing? Answer: a white dress Question: What is the "
            "person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="AND Women White Solid Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black sequinned long-sleeve bodycon mini dress with a silver shimmer, white backdrop.
    # base model wrote all texts.
    case(
        "X751-034",
        caption("a woman in a sparkly black dress"),
        Q.material("sequins"),
        Q.color("silver", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing("a black sequin dress"),
        details("dress", "what are the details of the dress", "restated"),
        is_a("skirt", "no"),
        describe(
            "dress",
            "a black sequin dress with long sleeves and a short skirt and a short skirt and a short skirt and a short",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: cropped at the chin, maroon culotte jumpsuit with a cream geometric print, short sleeves, tie belt, nude
    # heels, white backdrop. The feed row has no category. base model wrote all texts.
    case(
        "X751-035",
        caption("a man in a red and white printed jumpsuit", "pronoun"),
        Q.garment_type("jumpsuit"),
        Q.pattern("floral", "contradiction"),
        Q.color("maroon"),
        wearing("a red jumpsuit"),
        details(
            "jumpsuit",
            "the jumpsuit has short sleeves and a tie belt at the waist and the pants are cropped at the ankle with "
            "a small slit on the side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        title="Harpa Women Maroon & Cream Printed Culotte Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive utility shirt dress, long sleeves, two chest pockets, belt, black crossbody bag, white
    # sneakers, white backdrop. base model wrote all texts.
    case(
        "X751-036",
        caption("a woman in a green shirt dress with a black bag"),
        Q.color("olive"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        wearing("he is wearing a green dress", "pronoun", who="she"),
        Q.garment_type("dress"),
        details("dress", "the dress has pockets on the chest"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Roadster Women Olive Green Solid Utility Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: sleeveless mauve wrap dress with small white flowers, a cream cardigan draped over the shoulders,
    # white backdrop. base model wrote all texts.
    case(
        "X751-037",
        caption("a woman in a purple floral dress with a white sweater"),
        Q.color("white", "other_garment_color"),
        wearing("a purple dress and a white cardigan"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a purple dress with white flowers"),
        details("dress", "Answer: it has a tie at the waist", "leak"),
        Q.material("cotton", "unsupported"),
        title="Vero Moda Women Mauve Floral Print Wrap Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: sea green smocked midi dress, puff short sleeves, square neck, white sneakers, white backdrop.
    # base model wrote all texts.
    case(
        "X751-038",
        caption("a woman in a green dress with puffy sleeves"),
        Q.color("green"),
        color_of("dress", "blue", "contradiction", kind="open"),
        wearing("a green dress with white shoes"),
        describe("dress", "a white dress with puffy sleeves", "other_garment_color"),
        Q.garment_type("dress"),
        Q.sleeve_length("short sleeves"),
        neck("square"),
        details("dress", "the dress has elastic at the cuffs and a lining", "unsupported"),
        title="Sera Women Sea Green Solid Smocked Midi Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black sleeveless pinafore dress over a white long-sleeve shirt, black loafers, white backdrop.
    # base model wrote all texts.
    case(
        "X751-039",
        caption("a woman in a black dress and white shirt"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("dress"),
        wearing("a black pinafore dress over a white shirt"),
        describe("dress", "a black dress with a white shirt underneath"),
        is_a("shirt", "yes", "contradiction"),
        title="Marie Claire Women Black Solid Pinafore Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: light wash denim shirt dress, short sleeves, collar, snap buttons, brown leather belt, knee length,
    # white backdrop. base model wrote all texts.
    case(
        "X751-040",
        caption("a woman in a denim shirt dress with a brown belt"),
        Q.color("blue"),
        Q.material("denim"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        wearing("a jean dress"),
        details(
            "dress",
            "the dress has snap buttons and a belt and a belt and a belt and a belt and a belt and a belt and a belt "
            "and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Athena Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: dark green wrap midi dress with a small pink floral print, long sleeves, white backdrop.
    # base model wrote all texts.
    case(
        "X751-041",
        caption("a woman in a green floral dress"),
        wearing("he is wearing a green floral wrap dress", "pronoun", who="she"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("satin", "unsupported"),
        describe(
            "dress",
            "a green dress with pink flowers and a wrap and a belt that ties at the waist and a slit in the skirt so "
            "you can see her",
            "cut",
            hit_limit=True,
        ),
        title="Qurvii Women Green Floral Print Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: cropped at the chin, navy sleeveless straight-leg jumpsuit with a tan leather belt, white sneakers, white
    # backdrop.
    # base model wrote all texts.
    case(
        "X751-042",
        caption("a man in a dark blue jumpsuit with a brown belt", "pronoun"),
        Q.color("navy blue"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        wearing("Question: What is the person wearing? Answer: a blue jumpsuit", "leak"),
        Q.garment_type("jumpsuit"),
        details("jumpsuit", "the jumpsuit has details", "restated"),
        Q.material("leather", "contradiction"),
        title="Mast & Harbour Women Navy Blue Solid Belted Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blush pink shirt dress, collar, front buttons, long rolled sleeves, self belt, model holds
    # sunglasses, white backdrop. The feed row has no gender. base model wrote all texts.
    case(
        "X751-043",
        caption("a woman in a pink shirt dress"),
        Q.color("pink"),
        wearing("a pink shirt dress"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "yes", "non_answer"),
        details("dress", "it has buttons down the front and a collar"),
        Q.material("silk", "unsupported"),
        title="Tokyo Talkies Women Pink Solid Shirt Dress",
        category="Dresses",
        color="Pink",
    ),
    # photo: black off-shoulder bodycon midi dress with long sleeves, nude heels, white backdrop, front view.
    # base model wrote all texts.
    case(
        "X751-044",
        caption("a woman in a black off the shoulder dress"),
        wearing("a black dress"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a black dress that is off the shoulder with long sleeves and a long skirt that goes down to the knees "
            "and a slit in the back of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        details("dress", "it is black", "non_answer"),
        is_a("dress", "yes"),
        title="Rare Women Black Solid Off-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white tiered sleeveless maxi dress with a yellow floral print, beige straw hat, white backdrop.
    # base model wrote all texts.
    case(
        "X751-045",
        caption("a woman in a white and yellow floral dress with a hat"),
        Q.color("yellow", "contradiction"),
        wearing("a white floral dress and a straw hat Question: What is the color of the hat? Answer: beige", "leak"),
        Q.pattern("floral"),
        Q.garment_type("dress"),
        describe("dress", "a white dress with yellow flowers"),
        details(
            "dress",
            "the details of the dress are ruffles on the tiers and a thin strap on each shoulder and a wide hem "
            "at the bottom that falls to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("straw", "contradiction"),
        title="DressBerry Women White Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: navy and white vertical striped wide-leg jumpsuit, sleeveless, tie waist, tan sandals, white
    # backdrop. base model wrote all texts.
    case(
        "X751-046",
        caption("a woman in a blue and white striped jumpsuit"),
        Q.color("blue"),
        Q.pattern("striped"),
        wearing("a striped jumpsuit"),
        Q.garment_type("jumpsuit"),
        describe(
            "jumpsuit",
            "a blue and white striped jumpsuit Question: What is the color of the garment? Answer: blue and white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        details("jumpsuit", "the details of the jumpsuit are the details", "restated"),
        title="Harpa Women Blue & White Striped Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
]
