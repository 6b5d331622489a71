"""BLIND_1045 (46 products; Myntra girls' and women's dresses, frocks and jumpsuits, caption adapter at epoch 2):
written blind in the fifty-ninth session. Measured blind at ee41834 (the session's third rules): 122/141 failures found
(86.5%) and 7/202 correct texts flagged (3.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of Women's and Girls' dresses, frocks and jumpsuits (article types Dresses and
Jumpsuit). Catalog photos, mostly on a white studio backdrop (a few on light grey, pale blue or beige with a plant
or a stool as props), front or three-quarter view, the model wearing shoes and often another layer: a blazer, a
denim jacket, a trench coat, a crochet shrug, a t-shirt under a pinafore or jumpsuit, tights, leggings, a dupatta,
a belt, a bag or clutch in hand.

Who wrote what: captions and all open answers (wearing, describe, details, material, neckline, open color
questions) are free generation by the caption LoRA adapter at epoch 2 (between the published epoch-1 and epoch-3
checkpoints), on Salesforce/blip2-opt-2.7b with the `Question: ... Answer:` prompt, greedy, 50 new tokens for
captions and 30 for answers. It was trained without an end-of-answer token, so long texts loop or are cut at the
limit. Its habits: the DeepFashion template ("The lady wears a short-sleeve dress with pure color patterns. The
dress is with chiffon fabric. It has a round neckline. There is an accessory on her wrist."), sometimes with a hue
creeping in; the template's fabric and accessory sentences invented; the template spilled into open answers; a
pattern word ("striped") where a hue was asked; echoes of the prompt format; about a third of captions still the
short base-model style ("a woman in a maroon wrap dress holding a brown bag"). Closed answers (garment_type, color,
pattern, sleeve_length, dress length, yes/no "Is this a ...?") come from enrich's `--engine reference`, which ranks
candidate values with the same adapter and returns one; they never loop or get cut, but pick the color of the
blazer, the shoes or the backdrop, a sleeve length of the outer layer, or the wrong garment class.

Labeling conventions and judgement calls:
- One label per text. Where two failures meet in one text the label is, in this order: leak, loop, cut, then the
  content failure. A text that repeats the `Question: ... Answer:` block over and over is a leak, not a loop.
- hit_limit=True only on texts that ran to their token limit (loops, cuts, long leaks); no correct text hit it.
- The template's fabric sentence ("The dress is with cotton fabric") and material answers are correct only when
  the seller's title names that fabric or the photo plainly shows it (denim, lace, velvet, net, satin, ribbed
  knit); otherwise they are unsupported. Accessories the photo lacks (ring, wrist accessory, hat, sunglasses,
  watch, bracelet, handbag) and invented construction (zip or button at the back, side pockets, a slit, a hood,
  a lace hem) are unsupported. The material of another worn garment (denim for the jacket) is unsupported too.
- A color of another worn item (blazer, jacket, shrug, t-shirt underneath, leggings, tights, shoes, belt, bag,
  clutch, dupatta, hairband) given for the product is other_garment_color. A color of the product's own print,
  embroidery or embellishment given as its color, a backdrop color, and a hue of another color group than the
  seller's (black for navy, black for charcoal, brown for rust) are contradiction.
- Shades inside the seller's color group are correct: maroon or red for Burgundy, pink for Peach, purple for
  Lavender and Mauve, pink for Magenta, yellow for Mustard. Teal answered "green" is counted correct (teal sits
  between the two groups). For a Multi product the dress's base color or "multicolour" is correct. An open color
  answer listing the print's colors ("navy blue with white dots") is correct.
- The sleeve length of an outer or under layer (blazer, denim jacket, t-shirt under a sleeveless jumpsuit) given
  for the product is a contradiction, as is the pattern of the t-shirt under a pinafore, the wrong garment class
  (shirt, sweater, t-shirt, kurta, coat, skirt, top for a dress or jumpsuit) and a yes to "Is this a pair of
  jeans / leggings?" or a no to "Is this a jumpsuit / kaftan?" against the title.
- "lady", "woman" or "she" for a girl is not a pronoun failure; "he", "his" or "the gentleman" for any product
  here (all Women or Girls) is.
- non_answer: a one-word or yes/no answer to an open question ("frock", "dress", "jumpsuit", "yes", "no",
  "nothing"), a pattern word or a color where a hue or a material was asked. restated: only the question's words
  back ("the dress details", "a description of the dress", "the garment is made of material").
- Wrong sleeve lengths with no layer to explain them (sleeveless for a short-sleeve frock, long sleeves for a
  short-sleeve dress) are contradictions of the caption and the photo.
- The caption template naming the right garment ("The lady wears a sleeveless jumpsuit with graphic patterns")
  is correct; "graphic patterns" for polka dots, stars or a geometric print is accepted.
- Two rows lack a column, as real feeds do: X1045-037 has no color, X1045-045 has no gender.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
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

NECKLINE = question("neckline", "What is the neckline of the garment?", "open")
LENGTH = question("dress_length", "What is the length of the dress?", "closed")

BLIND_1045 = [
    # photo: front view, white backdrop; a woman in a navy blue knee-length fit-and-flare dress with a small white
    # floral print, short sleeves, round neck; nude heels. Caption and open answers: epoch-2 caption adapter;
    # closed: reference engine.
    case(
        "X1045-001",
        caption(
            "The lady wears a short-sleeve navy dress with floral patterns. The dress is with cotton fabric. "
            "It has a round neckline.",
            "unsupported",
        ),
        wearing("a navy blue dress with white flowers and nude heels"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("the dress is made of cotton fabric", "unsupported"),
        details(
            "dress",
            "The dress has short sleeves, a round neckline and a flared hem. The dress has short sleeves, a round "
            "neckline and a flared",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white backdrop; a girl of about five in a pink sleeveless frock with a three-tier net skirt and a
    # satin bow at the waist; white strappy sandals. Caption and open answers: caption adapter; closed: reference.
    case(
        "X1045-002",
        caption(
            "The girl wears a sleeveless pink dress with pure color patterns and a round neckline. There is a bow at "
            "the waist and the skirt has three layers of net. The girl wears a pair of white sandals with a strap "
            "across the",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink frock with a bow", who="the girl"),
        color_of("frock", "pink", kind="open"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("frock", "a pink sleeveless frock with a satin bow at the waist and a layered net skirt"),
        Q.material(
            "The girl wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric.",
            "unsupported",
        ),
        title="Gini and Jony Girls Pink Solid Tiered Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in an olive green sleeveless wide-leg jumpsuit with a tie belt, worn over a
    # white short-sleeve t-shirt; white sneakers. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-003",
        caption("a woman wearing an olive green jumpsuit over a white t-shirt"),
        Q.garment_type("jumpsuit"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("a sleeveless olive jumpsuit over a white t-shirt and white sneakers", who="she"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        title="Harpa Women Olive Green Solid Cotton Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: three-quarter side pose, white backdrop; a woman in a black long-sleeve crew-neck bodycon midi dress;
    # black heels; no jewellery. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a crew neckline. There is a ring on "
            "her finger.",
            "unsupported",
        ),
        color_of("dress", "black", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        details(
            "dress", "The dress has long sleeves and a round neckline. It is a bodycon dress that ends below the knee."
        ),
        NECKLINE(
            "The lady wears a long-sleeve dress with pure color patterns. It has a crew neckline. The lady wears a "
            "long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a black dress and black heels", "pronoun"),
        title="DressBerry Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a yellow A-line dress with white polka dots, short puff sleeves, round neck;
    # white ankle socks and red shoes. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-005",
        caption(
            "The girl wears a short-sleeve yellow dress with graphic patterns. It has a round neckline. The girl "
            "wears a pair of red shoes."
        ),
        Q.color("yellow"),
        Q.pattern("polka dots"),
        wearing(
            "The girl wears a short-sleeve dress with graphic patterns. The girl wears a short-sleeve dress with "
            "graphic patterns. The girl wears",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dress", "red", "other_garment_color", kind="open"),
        is_a("frock", "yes"),
        Q.material("The dress is with cotton fabric and its neckline is round.", "unsupported"),
        title="Peppermint Girls Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: light grey backdrop; a woman in a maroon wrap midi dress, three-quarter sleeves, V-neck, tie at the
    # waist; she holds a tan sling bag; nude block heels. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-006",
        caption("a woman in a maroon wrap dress holding a brown bag"),
        Q.color("maroon"),
        describe("dress", "a maroon wrap dress with a v-neck, three-quarter sleeves and a tie at the waist"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("silk", "unsupported"),
        details(
            "dress",
            "The dress has a v-shape neckline. The dress has a v-shape neckline. The dress has a v-shape neckline. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        NECKLINE("v-neck"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        title="Sassafras Women Maroon Solid Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a mid-blue denim full-length jumpsuit, short sleeves, notched collar,
    # button front, two chest pockets, self belt; white sneakers. Caption/open: caption adapter; closed: reference.
    case(
        "X1045-007",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with denim fabric. "
            "It has a lapel neckline."
        ),
        Q.material("denim"),
        Q.color("blue"),
        Q.garment_type("jumpsuit"),
        is_a("pair of jeans", "yes", "contradiction"),
        details(
            "jumpsuit",
            "the jumpsuit has buttons on the front and two pockets on the chest. the jumpsuit has buttons on the "
            "front and two",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue denim jumpsuit Question: What is the color of the shoes? Answer: white", "leak"),
        title="Roadster Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a white sleeveless fit-and-flare dress with a multicolour butterfly print;
    # pink hairband and pink ballerina shoes. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-008",
        caption("a little girl wearing a white dress with butterflies on it and pink shoes"),
        Q.color("white"),
        Q.pattern("printed"),
        wearing("a white butterfly print dress, a pink hairband and pink shoes", who="the girl"),
        color_of("dress", "pink", "other_garment_color", kind="open"),
        describe(
            "dress",
            "the dress is sleeveless and has a round neck and a flared skirt with a print of butterflies in many "
            "colors",
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("skirt", "contradiction"),
        title="Cutecumber Girls Multicoloured Butterfly Print Fit and Flare Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a red sleeveless knee-length sheath dress with a black long-sleeve blazer
    # worn open over it; black pumps. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-009",
        caption("a woman in a red dress and black blazer posing for a photo"),
        Q.color("black", "other_garment_color"),
        color_of("dress", "red", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a sleeveless red dress under a black blazer"),
        Q.garment_type("dress"),
        details(
            "dress",
            "The dress is sleeveless with a round neckline and a fitted waist. The lady wears a black blazer with "
            "long sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a peach lace skater dress with cap sleeves, a scalloped hem and a lining;
    # nude heels; bare wrists. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("peach"),
        color_of("dress", "pink", kind="open"),
        Q.material("lace"),
        Q.pattern("solid"),
        details("dress", "scalloped hem, cap sleeves and a lining under the lace"),
        wearing(
            "a peach dress Question: What is she wearing? Answer: a peach dress Question: What is she wearing? "
            "Answer: a peach",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="AND Women Peach-Coloured Lace Skater Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a navy and white horizontal-striped A-line dress, short sleeves, red trim at
    # the collar and hem; red canvas shoes. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-011",
        caption(
            "The girl wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline.",
            "unsupported",
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        color_of("dress", "striped", "non_answer", kind="open"),
        wearing("she is wearing a navy and white striped dress with a red collar and red shoes", who="the girl"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        title="YK Girls Navy Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a black sleeveless culotte jumpsuit with a white geometric print, wide
    # mid-calf legs, black belt; white sneakers. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-012",
        caption(
            "The lady wears a sleeveless jumpsuit with graphic patterns. The jumpsuit is with chiffon fabric. The "
            "lady wears a sleeveless jumpsuit with graphic patterns. The jumpsuit is with chiffon fabric. The lady "
            "wears a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("black"),
        Q.pattern("printed"),
        wearing("a black and white printed jumpsuit and white sneakers"),
        Q.material("chiffon", "unsupported"),
        is_a("jumpsuit", "no", "contradiction"),
        title="Athena Women Black & White Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: beige studio backdrop with a potted plant; a woman in a green maxi dress with pink and white flowers,
    # long sleeves, V-neck, tie waist, plain hem, no slit; bare head; tan sandals. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X1045-013",
        caption("a woman wearing a green floral maxi dress and a green hat standing next to a plant", "unsupported"),
        Q.color("green"),
        color_of("dress", "pink", "contradiction", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "floral print, v-neck, long sleeves, tie-up at the waist, and the dress has floral print, v-neck, long "
            "sleeves, tie-up at the",
            "loop",
            hit_limit=True,
        ),
        LENGTH("maxi"),
        describe("dress", "a green floral maxi dress with a slit on the left side and a ruffled hem", "unsupported"),
        title="Mango Women Green Floral Print Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a red velvet long-sleeve knee-length party dress with a gold sequinned yoke;
    # black tights and black shoes. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-014",
        caption("a little girl in a red velvet dress with gold sequins and black tights"),
        Q.color("red"),
        Q.material("velvet"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        wearing("he is wearing a red dress with gold on top and black tights", "pronoun", who="the girl"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "a description of the dress", "restated"),
        title="Hopscotch Girls Red Velvet Embellished Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a white eyelet-embroidered (schiffli) shirt dress with roll-up elbow
    # sleeves, button front, collar, brown belt; brown sandals; bare wrists. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X1045-015",
        caption("a woman wearing a white shirt dress with a brown belt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        details("dress", "buttons down the front, a collar, eyelet embroidery and a brown belt at the waist"),
        Q.material("cotton"),
        wearing("a white shirt dress, a brown belt and a watch on her wrist", "unsupported", who="she"),
        title="FabAlley Women White Cotton Schiffli Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a mustard yellow jumpsuit, short flutter sleeves, V-neck, self belt,
    # tapered ankle-length legs; white sneakers; bare wrists. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-016",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. It has a v-shape neckline and a belt "
            "at the waist. The trousers of the jumpsuit are ankle length. The lady wears a pair of white sneakers "
            "and the",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("jumpsuit", "mustard yellow", kind="open"),
        Q.sleeve_length("short sleeves"),
        wearing("yes", "non_answer", who="she"),
        describe(
            "jumpsuit",
            "a mustard jumpsuit with flutter sleeves, a v-neck and a belt, worn with white sneakers and a gold "
            "bracelet",
            "unsupported",
        ),
        is_a("jumpsuit", "yes"),
        title="Sassafras Women Mustard Yellow Solid Belted Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a lavender sleeveless party dress with a silver embellished bodice and a
    # layered net skirt; silver shoes. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-017",
        caption("a little girl in a purple dress with a silver top"),
        Q.color("lavender"),
        Q.material("net"),
        details("dress", "the dress has a silver embellished bodice and a layered net skirt"),
        wearing(
            "The girl wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. "
            "Question: What is the color",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.pattern("embellished"),
        color_of("dress", "silver", "contradiction", kind="open"),
        title="Nauti Nati Girls Lavender Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a turquoise blue sleeveless A-line dress with a white geometric print,
    # under an open white crochet shrug with short sleeves; white flats; no bracelet, no bag. Caption/open: caption
    # adapter; closed: reference engine.
    case(
        "X1045-018",
        caption("a woman wearing a blue dress and a white shrug"),
        Q.color("white", "other_garment_color"),
        color_of("dress", "turquoise", kind="open"),
        Q.sleeve_length("sleeveless"),
        wearing("a turquoise printed dress with a white crochet shrug and a white handbag", "unsupported"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        is_a("kurta", "yes", "contradiction"),
        title="Harpa Women Turquoise Blue Printed A-Line Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: light grey backdrop; a woman in a burgundy ruched off-shoulder bodycon mini dress with long sleeves;
    # black heels. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-019",
        caption(
            "The lady wears a long-sleeve burgundy dress with pure color patterns. The dress is with chiffon fabric. "
            "The neckline is off-shoulder.",
            "unsupported",
        ),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        NECKLINE("off-shoulder"),
        details("dress", "the dress details", "restated"),
        color_of("dress", "red", kind="open"),
        wearing(
            "a burgundy dress and black heels. she is wearing a burgundy dress and black heels. she is wearing a "
            "burgundy",
            "loop",
            hit_limit=True,
        ),
        title="Berrylush Women Burgundy Ruched Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white backdrop; a girl in an off-white and blue gingham sleeveless A-line dress worn over a navy
    # short-sleeve t-shirt; white sneakers; front view, no fastening visible. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X1045-020",
        caption("a little girl wearing a blue and white checkered dress over a navy t-shirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("sleeveless"),
        wearing("he is wearing a checkered dress and a navy t-shirt", "pronoun", who="she"),
        is_a("t-shirt", "no"),
        details("dress", "white and blue checks, a round neck and a button at the back", "unsupported"),
        title="UCB Kids Girls Off-White & Blue Checked A-Line Dress",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a navy jumpsuit with white polka dots, short sleeves, collar, button
    # placket, cropped legs, no pockets; red belt and red heels. Caption/open: caption adapter; closed: reference.
    case(
        "X1045-021",
        caption(
            "The lady wears a short-sleeve jumpsuit with graphic patterns. It has a lapel neckline. There is a belt "
            "on her waist."
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dots"),
        Q.garment_type("jumpsuit"),
        wearing("a navy polka dot jumpsuit with a red belt and red shoes"),
        Q.material(
            "The jumpsuit is with cotton fabric. The jumpsuit is with cotton fabric. The jumpsuit is with cotton "
            "fabric. The jumpsuit",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "navy blue with white dots", kind="open"),
        details(
            "jumpsuit",
            "the jumpsuit has a collar, buttons down the front, two side pockets and a zip at the back",
            "unsupported",
        ),
        title="Tokyo Talkies Women Navy Blue Polka Dot Print Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a mauve satin slip maxi dress with thin straps and a cowl neck, a beige
    # trench coat worn open over it; gold sandals. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-022",
        caption("a woman in a purple satin dress and a beige coat"),
        Q.color("beige", "other_garment_color"),
        color_of("dress", "mauve", kind="open"),
        Q.sleeve_length("sleeveless"),
        wearing("a satin slip dress and a trench coat", who="the woman"),
        details(
            "dress",
            "the dress has thin straps and a cowl neckline. The lady wears a long-sleeve coat with pure color "
            "patterns and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.garment_type("coat", "contradiction"),
        title="Femella Women Mauve Satin Slip Maxi Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: white backdrop; a girl in an orange short-sleeve frock with a white bunny print and a white Peter Pan
    # collar; white sandals. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-023",
        caption("a girl in an orange dress with white rabbits on it"),
        Q.color("orange"),
        Q.pattern("printed"),
        wearing("he is wearing an orange dress with a white collar", "pronoun", who="the girl"),
        describe("frock", "frock", "non_answer"),
        is_a("frock", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        color_of("frock", "Answer: orange", "leak", kind="open"),
        title="Doodle Girls Orange Bunny Print Frock",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a teal short-sleeve round-neck shift dress above the knee, holding a white
    # clutch; white heels. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.color("teal"),
        color_of("dress", "green", kind="open"),
        Q.sleeve_length("short sleeves"),
        wearing("a teal dress and white heels Question: What is the person holding? Answer: a white purse", "leak"),
        describe("dress", "a teal shift dress with short sleeves, a round neck and a hem above the knee"),
        title="Vero Moda Women Teal Solid Shift Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: pale blue backdrop; a woman in a white off-shoulder wide-leg jumpsuit with a ruffled neckline and short
    # ruffle sleeves; tan belt; tan wedges. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-025",
        caption("a woman in a white off shoulder jumpsuit against a blue background"),
        Q.color("blue", "contradiction"),
        Q.garment_type("jumpsuit"),
        wearing("a white jumpsuit with ruffles and a brown belt", who="she"),
        is_a("dress", "no"),
        details(
            "jumpsuit",
            "ruffled off-shoulder neckline, wide legs, a tan belt, a tan belt, a tan belt, a tan belt, a tan belt, a",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="AND Women White Solid Off-Shoulder Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a blue denim pinafore dress with metal buttons on the straps, over a red and
    # white striped long-sleeve t-shirt; red shoes. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-026",
        caption("a little girl in a denim dress and a striped shirt"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim"),
        color_of("dress", "red and white", "other_garment_color", kind="open"),
        wearing("a denim pinafore over a red and white striped t-shirt", who="the girl"),
        is_a("dress", "yes"),
        details(
            "dress",
            "The girl wears a sleeveless dress with pure color patterns. The dress is with denim fabric and it has "
            "two buttons on the straps and a",
            "cut",
            hit_limit=True,
        ),
        title="Palm Tree Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a black and white horizontal-striped short-sleeve crew-neck bodycon midi;
    # white sneakers; bare head. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-027",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. It has a crew neckline. There is a hat on "
            "her head.",
            "unsupported",
        ),
        Q.color("black"),
        color_of("dress", "black and white", kind="open"),
        Q.pattern("striped"),
        wearing("he is wearing a striped dress and white sneakers", "pronoun"),
        details(
            "dress",
            "The dress has black and white stripes, short sleeves and a round neck. The dress has black and white "
            "stripes, short sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Only Women Black & White Striped Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a pink tiered maxi dress with small white flowers, short flutter sleeves,
    # V-neck; brown flat sandals; she holds a straw hat in one hand, no sunglasses. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X1045-028",
        caption("a woman in a pink floral dress holding a straw hat"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        LENGTH("maxi"),
        Q.material(
            "the dress is made of cotton and has a floral print on it, the dress is made of cotton and has a floral "
            "print",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a straw hat and sunglasses", "unsupported", who="she"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        title="Sera Women Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a white sleeveless party frock with pink floral embroidery on the bodice, a
    # net skirt and a pink satin bow at the waist; white shoes. Caption/open: caption adapter; closed: reference.
    case(
        "X1045-029",
        caption("The girl wears a sleeveless dress with floral patterns. There is a bow on the dress."),
        Q.color("white"),
        color_of("frock", "pink", "contradiction", kind="open"),
        Q.pattern("embroidered"),
        wearing("a white dress with pink flowers", who="the girl"),
        describe(
            "frock",
            "The girl wears a sleeveless dress with floral patterns. It has a round neckline and a bow at the waist. "
            "The girl wears",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Tiny Girl White Embroidered Net Party Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a maroon round-neck jumpsuit with a gold block print, three-quarter sleeves
    # and wide palazzo legs; gold juttis. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-030",
        caption("a woman in a maroon and gold jumpsuit"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("a maroon jumpsuit with a gold print and wide legs"),
        Q.material("maroon", "non_answer"),
        describe(
            "jumpsuit",
            "The lady wears a three-quarter-sleeve jumpsuit with graphic patterns. It has a round neckline and the "
            "trousers of the jumpsuit are long and wide. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Maroon & Gold-Toned Block Print Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a grey melange short-sleeve t-shirt dress, knee length, no hood; white
    # sneakers; a black crossbody bag. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-031",
        caption("a woman wearing a grey t-shirt dress with a black bag"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has a round neckline, short sleeves and a curved hem. it is a relaxed fit and falls just above "
            "the",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt dress with a hood and a black bag", "unsupported", who="the woman"),
        title="Mast & Harbour Women Grey Melange Solid Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a lime green sleeveless dress with a yellow sunflower print; white sandals.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-032",
        caption(
            "The girl wears a sleeveless dress with floral patterns. The girl wears a sleeveless dress with floral "
            "patterns. The girl wears a sleeveless dress with floral patterns. The girl wears a",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("dress", "yellow", "contradiction", kind="open"),
        wearing("a green dress with yellow flowers and white sandals", who="the girl"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        details("dress", "nothing", "non_answer"),
        title="Little Kangaroos Girls Lime Green Sunflower Print Dress",
        category="Dresses",
        color="Lime Green",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a beige ribbed-knit turtleneck sweater dress with long sleeves, knee length;
    # brown knee-high boots. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-033",
        caption("a woman in a beige sweater dress and brown boots"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("beige"),
        Q.material("knitted"),
        NECKLINE("turtleneck"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "a sweater dress Question: What is the color of the boots? Answer: brown Question: What is the color of "
            "the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        details(
            "dress",
            "the dress has a high neck, long sleeves and a ribbed texture. it is fitted and falls to the knee and it "
            "is worn with a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Marie Claire Women Beige Ribbed Sweater Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a red sleeveless wrap jumpsuit, V-neck, tie belt, wide legs; gold heels.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-034",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. It has a v-shape neckline. The jumpsuit "
            "is with chiffon fabric.",
            "unsupported",
        ),
        Q.color("red"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("sleeveless"),
        wearing("jumpsuit", "non_answer"),
        describe("jumpsuit", "a red sleeveless jumpsuit with a wrap front, a tie at the waist and wide legs"),
        details("jumpsuit", "what are the jumpsuit details", "restated"),
        color_of("jumpsuit", "gold", "other_garment_color", kind="open"),
        title="Miss Chase Women Red Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a magenta long-sleeve knit skater dress with a small silver glitter heart on
    # the chest, plain hem; grey leggings; pink shoes. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-035",
        caption("a little girl in a pink dress and grey leggings"),
        Q.color("grey", "other_garment_color"),
        color_of("dress", "magenta", kind="open"),
        wearing("a pink long sleeved dress with a heart on it and grey leggings", who="the girl"),
        Q.sleeve_length("long sleeves"),
        is_a("pair of leggings", "yes", "contradiction"),
        Q.pattern("solid"),
        describe("dress", "a pink dress with a glitter heart on the chest and lace at the hem", "unsupported"),
        title="Hopscotch Girls Magenta Solid Skater Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a colourblocked shift dress (mustard, navy and white blocks), short sleeves,
    # round neck; white sneakers. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-036",
        caption("The lady wears a short-sleeve dress with color block patterns. It has a round neckline."),
        Q.color("multicolour"),
        Q.pattern("colourblocked"),
        color_of("dress", "mustard, navy blue and white", kind="open"),
        wearing(
            "a colorful dress and white sneakers. she is wearing a colorful dress and white sneakers. she is wearing "
            "a colorful",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment", "restated"),
        Q.garment_type("top", "contradiction"),
        details(
            "dress",
            "the dress has blocks of mustard, navy blue and white with a round neck and short sleeves. it is a "
            "straight shift dress that ends just",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Multicoloured Colourblocked Shift Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a navy blue lace midi dress with sheer long lace sleeves, a scalloped
    # neckline and a navy lining; silver heels; empty hands. Caption/open: caption adapter; closed: reference
    # engine. The row has no color column.
    case(
        "X1045-037",
        caption("a woman in a navy blue lace dress with sheer sleeves"),
        Q.color("black", "contradiction"),
        Q.material("lace"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "sheer lace sleeves, a scalloped neckline and a lining under the lace. the dress falls below the knee and "
            "flares slightly at the",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue lace dress Question: What is the woman holding? Answer: nothing", "leak", who="the woman"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        title="Kassually Women Navy Blue Self Design Lace Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a peach sleeveless ankle-length jumpsuit with a small white star print and
    # ruffles at the shoulders; white sneakers. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-038",
        caption("a little girl wearing a peach jumpsuit with white stars"),
        Q.garment_type("jumpsuit"),
        Q.color("peach"),
        wearing(
            "The girl wears a sleeveless jumpsuit with graphic patterns. The jumpsuit is with cotton fabric and it "
            "has a ruffle on the",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "white", "contradiction", kind="open"),
        describe("jumpsuit", "the jumpsuit is a jumpsuit", "restated"),
        title="YK Girls Peach-Coloured Star Print Cotton Jumpsuit",
        category="Jumpsuit",
        color="Peach",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a rust A-line midi dress with short puff sleeves, a square neck and front
    # buttons; white sneakers; no rings. Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-039",
        caption("a woman in a rust orange dress with puff sleeves"),
        Q.color("brown", "contradiction"),
        NECKLINE("square neck"),
        Q.sleeve_length("short sleeves"),
        describe(
            "dress",
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is a ring on her finger.",
            "unsupported",
        ),
        Q.pattern("solid"),
        wearing("a rust dress and white sneakers Question: Is this a dress? Answer: yes", "leak"),
        title="SASSAFRAS Women Rust Solid A-Line Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a black anarkali-style flared dress with a silver foil print at the hem,
    # round neck, three-quarter sleeves, a gold dupatta draped over her shoulders; gold juttis. Caption/open:
    # caption adapter; closed: reference engine.
    case(
        "X1045-040",
        caption(
            "The girl wears a three-quarter-sleeve black dress with graphic patterns. It has a round neckline and a "
            "flared skirt with a silver border at the hem. There is a scarf on her shoulders and the girl wears a "
            "pair of gold",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("dress"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("she is wearing a black dress and a gold dupatta", who="the girl"),
        Q.material("silk", "unsupported"),
        Q.pattern("printed"),
        title="Biba Girls Black & Silver-Toned Printed Anarkali Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in a charcoal grey long-sleeve utility jumpsuit with a zip front, a stand
    # collar, flap pockets on the chest and thighs, a drawstring waist and cuffed ankles; black boots.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X1045-041",
        caption(
            "The gentleman wears a long-sleeve jumpsuit with pure color patterns. It has a stand neckline.", "pronoun"
        ),
        Q.color("charcoal"),
        color_of("jumpsuit", "black", "contradiction", kind="open"),
        Q.garment_type("jumpsuit"),
        details(
            "jumpsuit", "zip front, flap pockets on the chest and the thighs, a drawstring waist and cuffed ankles"
        ),
        wearing("a grey jumpsuit and black boots"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Charcoal Grey Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a yellow midi sundress with small white and blue flowers, a smocked bodice
    # and spaghetti straps, a light blue denim jacket worn open over it; white sneakers. Caption/open: caption
    # adapter; closed: reference engine.
    case(
        "X1045-042",
        caption("a woman wearing a yellow floral dress and a denim jacket"),
        Q.color("blue", "other_garment_color"),
        color_of("dress", "yellow", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("floral"),
        wearing("a yellow sundress with a light blue denim jacket over it and white sneakers"),
        Q.material("denim", "unsupported"),
        details(
            "dress",
            "The lady wears a long-sleeve denim jacket over a dress with floral patterns. The jacket is with denim "
            "fabric and it has two pockets on the",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Yellow Floral Print Smocked Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: white backdrop; a girl in a red and white gingham fit-and-flare dress with short puff sleeves, a white
    # Peter Pan collar and a red bow; white socks and black Mary Janes. Caption/open: caption adapter; closed:
    # reference engine.
    case(
        "X1045-043",
        caption("a little girl in a red and white checkered dress with a white collar"),
        Q.pattern("checked"),
        Q.color("red"),
        wearing("a red checked dress with a white collar, white socks and black shoes", who="the girl"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        describe("dress", "Question: Describe the dress. Answer: a red and white checkered dress", "leak"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("shirt", "contradiction"),
        title="Peppermint Girls Red & White Checked Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: white backdrop; a woman in an olive green kaftan midi dress with a white paisley print, wide
    # elbow-length kimono sleeves and a V-neck with tassel ties; tan sandals. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X1045-044",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        Q.color("olive"),
        Q.pattern("printed"),
        details("dress", "kimono sleeves, a v-neck with tassels and a paisley print"),
        wearing("she is wearing a green kaftan", who="she"),
        is_a("kaftan", "no", "contradiction"),
        Q.material("The dress is with chiffon fabric.", "unsupported"),
        title="Rangmayee Women Olive Green Paisley Print Kaftan Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: white backdrop; a woman in a black sleeveless halter-neck wide-leg jumpsuit; gold necklace and gold
    # heels; she holds a red clutch. Caption/open: caption adapter; closed: reference engine. The row has no
    # gender column.
    case(
        "X1045-045",
        caption("a woman in a black jumpsuit holding a red clutch"),
        Q.color("red", "other_garment_color"),
        NECKLINE("halter"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("sleeveless"),
        wearing("a black halter jumpsuit, a gold necklace and gold heels"),
        Q.material("the garment is made of material", "restated"),
        describe("jumpsuit", "no", "non_answer"),
        title="Vero Moda Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # photo: white backdrop; a girl sitting on a white stool in a sea green A-line dress with white floral
    # embroidery at the yoke and cap sleeves; white hairband and white shoes. Caption/open: caption adapter;
    # closed: reference engine.
    case(
        "X1045-046",
        caption("a little girl sitting on a stool in a green dress"),
        Q.color("sea green"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        wearing(
            "The girl wears a short-sleeve dress with floral patterns. Question: What is the girl wearing? Answer: "
            "The girl wears a",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        describe("dress", "dress", "non_answer"),
        title="Nauti Nati Girls Sea Green Embroidered A-Line Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
]
