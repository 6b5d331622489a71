"""BLIND_575 (46 products; Myntra party and occasion wear, women and girls): written blind in the fifty-first session.
Measured blind at 3d5f19d (the session's rules as they stood): 98/134 failures found (73.1%) and 9/189 correct texts
flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's party and occasion wear: sequinned, satin, velvet and lace dresses,
gowns, bodycon and slip dresses, co-ord sets, jumpsuits, embellished tops worn with skirts, ethnic-fusion gowns with
dupattas. Photos are front views on models, some in the studio (white, grey, beige, pink backdrops), some at
event-like sets (flower walls, balloon walls, fairy lights, red carpet step-and-repeat, ballroom drapes, a stage
with spotlights, marigold garlands, a Christmas tree). The seller's columns are title, category (Myntra article
type), color (base colour) and gender; a few rows lack one of them, as real feeds do.

Who wrote what: the untuned base blip2-opt-2.7b (greedy, 50 new tokens for captions, 30 for answers) wrote every
caption and every open answer: What is the woman / girl wearing?, Describe the <garment>., What are the <garment>
details?, What is the color of the shoes / bag / belt / <garment>? (asked free-form), and the material question.
The closed questions (garment type, color, pattern, sleeve length, Is this a gown?) come from enrich's reference
engine, which picks one candidate value: they never loop or stop short, but can pick the wrong candidate. The base
model is short-spoken and usually right about the main garment's hue; its habits here: one color for every garment
(the dress's color given to the shoes or belt), the color of a backdrop or of a layer given to the product, shoes
and bags answered with a color when none is visible, invented fabrics (silk for polyester satin) and invented
details (a back zipper or bow on a front view), greedy repetition on detail questions that runs to the 30-token
limit, long descriptions cut at the limit, "Question: ... Answer:" echoed, a bare word or the question's words back
for Describe / details, and "he" or "a man" for a woman or a girl, most often one in a blazer or a suit.

Labeling conventions and judgement calls:
- A shade or synonym inside the seller's color family is correct: maroon/burgundy called red, rose gold or peach
  called pink, lilac called purple, champagne called beige, teal called blue, off white called white.
- other_garment_color: a free-form (open) color answer or a caption that gives a garment the color of another
  garment or accessory in the photo (shoes answered with the dress's gold, the dress answered with the cardigan's
  white). A closed color that picks another garment's color is labeled contradiction, since the reference engine
  picks a candidate rather than describing a garment.
- contradiction: a color taken from the backdrop or lighting (flower wall, drapes, purple stage light, marigolds),
  a garment type or sleeve length that the photo, the other texts or the seller's category contradict (a closed
  "skirt" for a mini dress, "long sleeves" for a sleeveless dress under a long-sleeved shrug).
- unsupported: a claim about something not visible or not there (a bag or belt that does not exist, shoes hidden
  under a floor-length gown, a zipper or bow at the back on a front view) or a fabric the photo and title do not
  support (silk, cotton, velvet, chiffon for polyester satin, sequinned mesh or silk blend; wool, the knit shrug's
  fabric, for a satin dress).
- non_answer: empty output, a single word ("pink", "dress", "yes", "no") or "it is a set" for an open Describe /
  details question.
  restated: the question's words given back as the answer ("the gown details are the gown details", "a
  description of the dress").
- loop: repetition that runs to the token limit (hit_limit=True); cut: a sentence stopped mid-phrase at the limit
  without repetition (hit_limit=True). A leak that also ran to the limit is labeled leak with hit_limit=True.
- pronoun: "he" / "a man" for a woman or girl, labeled pronoun even where the rest of the text is right.
- Co-ord sets: an answer that names both pieces is correct; the closed garment type is not asked for sets.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gtype, col, pat, sleeve, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material
W, G = "the woman", "the girl"


def shade(garment, text, failure=None, hit_limit=False):
    """the experiments' color question asked free-form of the base model"""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_575 = [
    # photo: gold sequinned sleeveless bodycon mini dress, nude strappy heels, small silver clutch, grey studio
    # backdrop, front view. Caption and open answers by base blip2-opt-2.7b, closed by the reference engine.
    case(
        "X575-001",
        caption("a woman in a gold sequin dress posing for a photo"),
        wearing("a gold sequin mini dress", who=W),
        describe("dress", "it is a short dress with sequins all over it"),
        shade("shoes", "gold", "other_garment_color"),
        shade("bag", "silver"),
        gtype("dress"),
        mat("silk", "unsupported"),
        details("dress", "the dress has details", "restated"),
        title="Sassafras Women Gold-Toned Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: black satin slip midi dress, thin straps, cowl neck, silver heels, no belt, no bag, white studio wall.
    # Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-002",
        caption("a woman in a black slip dress standing in front of a white wall"),
        wearing("a black satin slip dress", who=W),
        details("dress", "the dress has spaghetti straps, a cowl neckline and pockets on the side", "unsupported"),
        shade("shoes", "silver"),
        shade("belt", "black", "unsupported"),
        sleeve("sleeveless"),
        col("black"),
        mat("satin"),
        title="URBANIC Women Black Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin one-shoulder maxi gown with a thigh slit, gold heels, in front of a white rose
    # flower wall at an event. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-003",
        caption("a woman in a green dress standing in front of a flower wall"),
        wearing("she is wearing a green gown", who=W),
        describe("dress", "a long green satin dress with a slit on the side and one shoulder"),
        is_a("gown", "yes"),
        sleeve("long sleeves", "contradiction"),
        shade("shoes", "white", "contradiction"),
        details(
            "dress",
            "the dress is long, the dress is green, the dress is long, the dress is green, the dress is long, the",
            "loop",
            hit_limit=True,
        ),
        title="Forever New Women Emerald Green Satin One-Shoulder Maxi Gown",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a knee-length pink tulle party dress (no bag), sequinned sleeveless bodice, pink satin bow at the
    # waist, silver ballerina shoes, pastel studio backdrop with pink and white balloons. Base model and reference
    # engine.
    case(
        "X575-004",
        caption("a little girl in a pink dress standing in front of balloons"),
        wearing("a pink tutu dress", who=G),
        details("dress", "the dress has a sequin top and a tulle skirt with a bow"),
        shade("shoes", "pink", "other_garment_color"),
        gtype("dress"),
        sleeve("sleeveless"),
        shade("bag", "pink", "unsupported"),
        title="Hopscotch Girls Pink Embellished Fit & Flare Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: navy blue sequinned wide-leg jumpsuit, long sleeves, V-neck, thin silver belt, silver heels, white
    # studio. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-005",
        caption("a woman in a blue sequin jumpsuit"),
        wearing("a dress", "contradiction", who=W),
        describe("jumpsuit", "it is a navy blue jumpsuit with long sleeves and wide legs"),
        details(
            "jumpsuit",
            "the jumpsuit has a v-neck, long sleeves, a belt, and a v-neck, long sleeves, a belt, and a v-neck, long",
            "loop",
            hit_limit=True,
        ),
        shade("belt", "silver"),
        gtype("jumpsuit"),
        col("navy blue"),
        title="DressBerry Women Navy Blue Sequinned Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon velvet square-neck bodycon dress without a belt, long sleeves, black pumps, event backdrop of warm
    # fairy-light bokeh. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-006",
        caption("a woman in a red dress standing in front of lights"),
        wearing("a purple velvet dress", "contradiction", who=W),
        describe("dress", "Question: Describe the dress. Answer: a maroon velvet dress with long sleeves", "leak"),
        shade("shoes", "black"),
        mat("velvet"),
        sleeve("long sleeves"),
        shade("belt", "black", "unsupported"),
        title="Athena Women Maroon Velvet Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: silver metallic co-ord, sleeveless halter crop top and matching mini skirt, black strappy heels, black
    # clutch, grey studio. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-007",
        caption("a woman in a silver top and skirt"),
        wearing("a silver dress", "contradiction", who=W),
        describe("co-ord set", "it is a two piece set with a crop top and a skirt"),
        shade("bag", "black"),
        shade("shoes", "silver", "other_garment_color"),
        pat("solid"),
        sleeve("sleeveless"),
        mat("it is made of metallic fabric"),
        title="Tokyo Talkies Women Silver-Toned Metallic Crop Top & Mini Skirt Co-Ords",
        category="Co-Ords",
        color="Silver",
        gender="Women",
    ),
    # photo: off-white georgette ankle-length anarkali-style gown, gold zari embroidery on the yoke and the hem, sheer
    # off-white dupatta over one shoulder, gold juttis, beige studio, potted plant, wooden floor. Base model; reference.
    case(
        "X575-008",
        caption(
            "a woman in a white and gold anarkali dress with a dupatta draped over her shoulder, standing in"
            " front of a beige wall next to a potted plant with green leaves and a brown pot on a wooden floor"
            " with a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a white dress with a dupatta", who=W),
        describe("gown", "it is a long white gown with gold embroidery on the neck and the bottom"),
        details("gown", "the gown details are the gown details", "restated"),
        shade("shoes", "gold"),
        is_a("gown", "yes"),
        col("gold", "contradiction"),
        mat("georgette"),
        title="Indya Women Off White Embroidered Georgette Anarkali Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: red satin wrap midi dress with a self-fabric red tie belt, long sleeves, V-neck, black heels, on a red
    # carpet in front of a black-and-white logo step-and-repeat. Base model; reference engine.
    case(
        "X575-009",
        caption("a woman in a red dress on the red carpet"),
        wearing("a red wrap dress", who=W),
        describe("dress", "a red dress with a black belt and long sleeves", "other_garment_color"),
        details("dress", "the dress has a tie waist, long sleeves and a v neck"),
        shade("belt", "red"),
        shade("shoes", "red", "other_garment_color"),
        sleeve("long sleeves"),
        title="SASSAFRAS Women Red Satin Wrap Midi Dress with Tie-Up Belt",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a floor-length lavender satin gown with a tulle overlay, floral appliques on the bodice, short
    # puff sleeves, white hairband, white studio. Base model; reference engine.
    case(
        "X575-010",
        caption("a little girl in a purple dress"),
        wearing("a purple gown with flowers", who=G),
        describe("gown", "it is a long lavender gown with puff sleeves and flowers on the front"),
        details("gown", "he is wearing a purple dress with flowers", "pronoun"),
        is_a("gown", "yes"),
        sleeve("short sleeves"),
        mat("silk", "unsupported"),
        title="Toy Balloon Kids Girls Lavender Floral Applique Maxi Gown",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: black sequinned double-breasted blazer dress with black buttons, long sleeves, sheer black tights, black
    # heels, dark grey studio. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-011",
        caption("a man in a black suit standing in front of a gray wall", "pronoun"),
        wearing("a black blazer dress", who=W),
        describe(
            "dress",
            "it is a black sequin blazer dress with long sleeves, gold buttons and two pockets",
            "unsupported",
        ),
        shade("shoes", "black"),
        gtype("jacket", "contradiction"),
        col("black"),
        mat("sequins"),
        title="Rare Women Black Sequinned Double-Breasted Blazer Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: champagne satin slip maxi dress with lace trim at the neckline, worn under an open cream oversized
    # blazer, nude heels, event hall with chandeliers. Base model; reference engine.
    case(
        "X575-012",
        caption("a woman in a beige dress and a white jacket"),
        wearing("a satin slip dress and a white blazer", who=W),
        shade("dress", "white", "other_garment_color"),
        details("dress", "the dress has lace on the top and thin straps"),
        col("white", "contradiction"),
        mat("satin"),
        describe(
            "dress",
            "the dress is a long champagne satin slip dress with lace on the neckline and thin straps, she is"
            " wearing it with a white oversized blazer and",
            "cut",
            hit_limit=True,
        ),
        title="Forever New Women Champagne Satin Lace Trim Slip Maxi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: teal sleeveless top with a bead-embellished neckline (the product), worn with a black high-waist satin
    # midi skirt, black heels, white studio. Base model; reference engine.
    case(
        "X575-013",
        caption("a woman in a blue top and black skirt"),
        wearing("a teal top and a black skirt", who=W),
        shade("top", "black", "other_garment_color"),
        describe("top", "it is a black sleeveless top with beads around the neck", "other_garment_color"),
        details(
            "top",
            "the top has a round neck, beaded neck, beaded neck, beaded neck, beaded neck, beaded neck, beaded neck",
            "loop",
            hit_limit=True,
        ),
        gtype("top"),
        col("teal"),
        title="Kazo Women Teal Embellished Sleeveless Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: rose pink metallic plisse A-line midi dress, long balloon sleeves, thin gold belt, nude heels, pink
    # studio backdrop. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-014",
        caption("a woman in a pink dress with a gold belt"),
        wearing("a pink dress Question: What is the color of the belt? Answer: gold", "leak", who=W),
        shade("belt", "gold"),
        details("dress", "the dress has pleats and long puff sleeves and a belt"),
        describe("dress", "pink", "non_answer"),
        sleeve("long sleeves"),
        pat("solid"),
        mat("it is made of cotton", "unsupported"),
        title="Berrylush Women Pink Metallic Pleated A-Line Midi Dress with Belt",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: white off-shoulder ruched bodycon midi dress, no sleeves, silver heels, event backdrop of a greenery
    # wall with a pink neon "party" sign. Base model; reference engine.
    case(
        "X575-015",
        caption("a woman in a white dress standing in front of a neon sign"),
        wearing("a white off the shoulder dress", who=W),
        describe(
            "dress",
            "it is a white dress with ruffles on the shoulders and a pink flower on the front",
            "unsupported",
        ),
        shade("dress", "pink", "contradiction"),
        sleeve("sleeveless"),
        details(
            "dress",
            "the dress is off the shoulder and has ruching on the side and it is fitted at the waist and the hips"
            " and it is a midi length dress with a",
            "cut",
            hit_limit=True,
        ),
        title="U&F Women White Off-Shoulder Ruched Bodycon Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: purple satin one-shoulder wide-leg jumpsuit with a gold metal chain belt at the waist, gold heels, grey
    # studio. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-016",
        caption("a woman in a purple jumpsuit"),
        wearing("a purple one shoulder jumpsuit", who=W),
        shade("belt", "gold"),
        describe(
            "jumpsuit",
            "it is a purple jumpsuit with one shoulder, a gold belt and wide legs and a purple jumpsuit with one"
            " shoulder, a gold belt",
            "loop",
            hit_limit=True,
        ),
        gtype("jumpsuit"),
        is_a("gown", "yes", "contradiction"),
        details("jumpsuit", "the jumpsuit details", "restated"),
        title="Miss Chase Women Purple Satin One-Shoulder Culotte Jumpsuit",
        category="Jumpsuit",
        color="Purple",
        gender="Women",
    ),
    # photo: girl in a red velvet party frock with a white lace collar, long sleeves, white tights, black patent Mary
    # Janes, in front of a decorated Christmas tree. Base model; reference engine.
    case(
        "X575-017",
        caption("a little girl in a red dress standing in front of a christmas tree"),
        wearing("a red velvet dress with a white collar", who=G),
        shade("shoes", "red", "other_garment_color"),
        details("dress", "the dress has a white collar and long sleeves"),
        col("white", "contradiction"),
        describe(
            "dress",
            "the dress is a red velvet dress with a white lace collar and long sleeves, it has a flared skirt"
            " that ends above the knee and she is wearing white",
            "cut",
            hit_limit=True,
        ),
        title="Cutecumber Girls Red Velvet Fit & Flare Party Dress with Lace Collar",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: black georgette flared floor-length ethnic gown with an all-over gold foil print, full sleeves, gold
    # jhumkas and no necklace, feet hidden under the hem, beige studio. Base model; reference engine.
    case(
        "X575-018",
        caption("a woman in a black and gold dress with a gold necklace", "unsupported"),
        wearing("she is wearing a black gown with gold print", who=W),
        describe("gown", "it is a long black anarkali with gold print and full sleeves"),
        pat("printed"),
        is_a("gown", "yes"),
        shade("shoes", "gold", "unsupported"),
        mat("Answer: georgette", "leak"),
        title="Libas Women Black & Gold-Toned Foil Printed Georgette Ethnic Gown",
        category="Ethnic Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow satin co-ord, long-sleeved satin shirt and matching wide-leg trousers, gold heels, white
    # studio. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-019",
        caption(
            "a woman in a yellow shirt and yellow pants and a yellow shirt and yellow pants and a yellow shirt and"
            " yellow pants and a yellow shirt and yellow pants and a yellow shirt and yellow pants and a yellow",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow shirt and yellow pants", who=W),
        shade("pants", "yellow"),
        describe("co-ord set", "it is a set", "non_answer"),
        sleeve("long sleeves"),
        mat("satin"),
        details("shirt", "yes", "non_answer"),
        title="KASSUALLY Women Mustard Yellow Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: silver sequinned strapless mermaid gown with a fishtail train, silver clutch, on a stage in front of a
    # black curtain with spotlights. Base model; reference engine.
    case(
        "X575-020",
        caption("a woman in a silver dress standing on a stage holding a microphone", "unsupported"),
        wearing("a silver sequin gown", who=W),
        describe(
            "gown",
            "a long silver mermaid gown with sequins, it is strapless and has a train at the back, it is a very"
            " beautiful dress for a party or a wedding or",
            "cut",
            hit_limit=True,
        ),
        sleeve("sleeveless"),
        is_a("gown", "yes"),
        shade("bag", "black", "contradiction"),
        col("silver"),
        title="Label Ritu Kumar Women Silver-Toned Sequinned Strapless Mermaid Gown",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: fuchsia satin sleeveless mini dress with a feather-trimmed hem, fuchsia heels, white studio.
    # Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-021",
        caption("a woman in a red dress with feathers", "contradiction"),
        wearing("a pink feather dress", who=W),
        details("dress", "the dress has feathers at the bottom and a zipper on the back", "unsupported"),
        shade("shoes", "pink"),
        mat("satin and feathers"),
        gtype("skirt", "contradiction"),
        col("pink"),
        title="Cation Women Fuchsia Feather Trim Satin Mini Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: black lace bodycon midi dress on a nude lining, three-quarter sleeves, red clutch held at the hip,
    # black heels, white studio. Base model; reference engine.
    case(
        "X575-022",
        caption("a woman in a black lace dress holding a red purse"),
        wearing("she is wearing a black lace dress", who=W),
        shade("bag", "red"),
        shade("dress", "red", "other_garment_color"),
        sleeve("three-quarter sleeves"),
        pat("lace"),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        title="Sheczzar Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sage green sleeveless tiered ruffle maxi dress (no bag) with a small white and pink floral print, tan
    # sandals, outdoor garden party with string lights. Base model; reference engine.
    case(
        "X575-023",
        caption("a woman in a green floral dress standing in a garden"),
        wearing("a green floral maxi dress", who=W),
        describe("dress", "a green dress with white and pink flowers and ruffles"),
        details(
            "dress",
            "the dress is green, the dress is green, the dress is green, the dress is green, the dress is green, the",
            "loop",
            hit_limit=True,
        ),
        shade("shoes", "green", "other_garment_color"),
        pat("floral"),
        shade("bag", "brown", "unsupported"),
        title="SASSAFRAS Women Sage Green Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: royal blue satin sleeveless corset top with a sweetheart neckline (the product), worn with a black
    # leather mini skirt, black heels, grey studio. Base model; reference engine.
    case(
        "X575-024",
        caption("a woman in a blue top and a black skirt"),
        wearing("a blue corset top and black leather skirt", who=W),
        describe("top", "it is a blue satin corset top with a sweetheart neckline"),
        gtype("skirt", "contradiction"),
        mat("satin"),
        col("blue"),
        sleeve("long sleeves", "contradiction"),
        title="Tokyo Talkies Women Blue Satin Corset Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a party set, gold sequinned sleeveless top and white tulle tutu skirt, gold shoes, backdrop of
    # pink and white balloons. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-025",
        caption("a little girl in a gold and white dress"),
        wearing("a gold sequin top and a white tutu skirt", who=G),
        shade("skirt", "gold", "other_garment_color"),
        shade("shoes", "gold"),
        describe(
            "outfit",
            "she is wearing a gold top and a white skirt and she is wearing a gold top and a white skirt and she is",
            "loop",
            hit_limit=True,
        ),
        sleeve("sleeveless"),
        title="Hopscotch Girls Gold-Toned Sequinned Top with Tulle Skirt",
        category="Clothing Set",
        color="Gold",
        gender="Girls",
    ),
    # photo: burgundy satin cowl-neck maxi slip dress with a leg slit, gold strappy heels, gold clutch, hotel lobby
    # with marble floor. Base model; reference engine.
    case(
        "X575-026",
        caption("a woman in a burgundy dress standing in a hotel lobby"),
        wearing("a long burgundy satin dress", who=W),
        shade("bag", "gold"),
        shade("shoes", "gold"),
        details("dress", "it has a cowl neck and a slit on the leg Question: What", "leak"),
        mat("it is made of silk", "unsupported"),
        describe("dress", "a long gold satin dress with a slit", "other_garment_color"),
        title="Athena Women Burgundy Satin Cowl Neck Maxi Slip Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black velvet co-ord, one-button blazer with flap pockets and straight trousers, white lace camisole
    # underneath, black heels, white studio. Base model; reference engine.
    case(
        "X575-027",
        caption("a man in a black velvet suit and a white shirt", "pronoun"),
        wearing("she is wearing a black velvet blazer and pants with a white lace top", who=W),
        shade("blazer", "white", "other_garment_color"),
        shade("pants", "black"),
        describe("blazer", "he is wearing a black suit", "pronoun"),
        mat("velvet"),
        details(
            "blazer",
            "the blazer has a notched collar, one button at the waist, two flap pockets and long sleeves, and"
            " under it she is wearing a white lace camisole with a",
            "cut",
            hit_limit=True,
        ),
        title="Kazo Women Black Velvet Blazer & Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: peach organza tiered ruffle mini dress with short puff sleeves, white heels, peach studio backdrop.
    # Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-028",
        caption("a woman in a white dress with ruffles", "other_garment_color"),
        wearing("a peach ruffle dress", who=W),
        describe("dress", "it is a short dress with puff sleeves and ruffles"),
        shade("shoes", "white"),
        sleeve("short sleeves"),
        details("dress", "", "non_answer"),
        col("peach"),
        gtype("top", "contradiction"),
        title="Femella Women Peach-Coloured Organza Ruffled Tiered Mini Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: deep green sequinned pre-draped saree gown with a sleeveless blouse and the pallu over the left
    # shoulder, feet hidden, event backdrop of orange and yellow marigold garlands. Base model; reference engine.
    case(
        "X575-029",
        caption("a woman in a green saree standing in front of orange flowers"),
        wearing("a green sequin saree gown", who=W),
        describe("gown", "it is a green gown with a drape on the shoulder and sequins all over"),
        details(
            "gown",
            "the gown has a sleeveless blouse, a pleated skirt, a pleated skirt, a pleated skirt, a pleated skirt, a",
            "loop",
            hit_limit=True,
        ),
        col("orange", "contradiction"),
        is_a("gown", "yes"),
        shade("shoes", "gold", "unsupported"),
        title="Global Desi Women Green Sequinned Pre-Draped Saree Gown",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black one-shoulder bodycon midi dress with a waist cut-out held by a gold ring, no sleeve, black heels,
    # no bag, white studio. Base model; reference engine.
    case(
        "X575-030",
        caption("a woman in a black one shoulder dress"),
        wearing("a black dress", who=W),
        details("dress", "the dress has a cut out on the waist with a gold ring"),
        shade("bag", "black", "unsupported"),
        sleeve("long sleeves", "contradiction"),
        mat("polyester"),
        describe("dress", "dress", "non_answer"),
        title="DressBerry Women Black One-Shoulder Cut-Out Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rust satin halter-neck jumpsuit with flared legs, a black waist belt, black heels, beige studio.
    # Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-031",
        caption("a woman in an orange jumpsuit with a black belt"),
        wearing("Question: What is the woman wearing? Answer: an orange jumpsuit", "leak", who=W),
        shade("belt", "orange", "other_garment_color"),
        describe(
            "jumpsuit",
            "the jumpsuit is orange and has a halter neck and a black belt at the waist, it has wide legs and it is"
            " made of satin, it",
            "cut",
            hit_limit=True,
        ),
        gtype("jumpsuit"),
        col("black", "contradiction"),
        title="Tokyo Talkies Women Rust Satin Halter Neck Flared Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: girl in an off-white ethnic gown with pink floral embroidery, cap sleeves, a pink net dupatta over both
    # shoulders, feet hidden under the hem, white studio. Base model; reference engine.
    case(
        "X575-032",
        caption("a little girl in a white dress with pink flowers"),
        wearing("a white gown and a pink dupatta", who=G),
        describe(
            "gown",
            "Question: Describe the gown. Answer: it is a white gown with pink flowers Question: What are the gown"
            " details? Answer:",
            "leak",
            hit_limit=True,
        ),
        col("pink", "contradiction"),
        sleeve("short sleeves"),
        pat("embroidered"),
        shade("shoes", "pink", "unsupported"),
        title="Aww Hunnie Girls Off White Floral Embroidered Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: gold metallic pleated midi skirt (the product) with a black sequinned long-sleeved crop top, black
    # heels, gold balloon wall at a party. Base model; reference engine.
    case(
        "X575-033",
        caption("a woman in a black top and a gold skirt standing in front of balloons"),
        wearing("a black top and a gold skirt", who=W),
        shade(
            "skirt",
            "gold Question: What is the color of the top? Answer: black Question: What is the color of the"
            " shoes? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        describe("skirt", "it is a long black pleated skirt", "other_garment_color"),
        gtype("top", "contradiction"),
        col("black", "contradiction"),
        pat("solid"),
        title="SASSAFRAS Women Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
        gender="Women",
    ),
    # photo: lilac satin bodycon slip mini dress with crystal-embellished straps, silver heels, white studio.
    # Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-034",
        caption("a woman in a purple dress"),
        wearing("he is wearing a purple dress", "pronoun", who=W),
        details("dress", "the dress has crystal straps"),
        shade("shoes", "purple", "other_garment_color"),
        col("lavender"),
        mat("satin"),
        describe(
            "dress",
            "the dress is purple and the shoes are purple and the straps are purple and the dress is purple and"
            " the shoes are purple and the",
            "loop",
            hit_limit=True,
        ),
        title="Cation Women Lavender Embellished Strap Satin Bodycon Mini Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: navy blue sequinned floor-length gown with a sheer navy cape over the shoulders, silver clutch, white
    # logo step-and-repeat backdrop. Base model; reference engine.
    case(
        "X575-035",
        caption("a woman in a blue dress standing in front of a white wall"),
        wearing("a blue sequin gown with a cape", who=W),
        is_a("gown", "yes"),
        describe(
            "gown",
            "a blue gown with a cape and a cape and a cape and a cape and a cape and a cape and a cape and a cape",
            "loop",
            hit_limit=True,
        ),
        shade("bag", "silver"),
        col("silver", "contradiction"),
        details("gown", "no", "non_answer"),
        title="Label Ritu Kumar Women Navy Blue Sequinned Cape Gown",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black satin midi dress with a large red rose print, square neck, puff sleeves, red heels, white studio,
    # front view only. Base model; reference engine.
    case(
        "X575-036",
        caption("a woman in a black dress with red roses"),
        wearing("a red floral dress", "other_garment_color", who=W),
        shade("shoes", "red"),
        pat("floral"),
        col("red", "contradiction"),
        details("dress", "it has puff sleeves, a square neck and a zipper at the back", "unsupported"),
        title="Berrylush Women Black & Red Floral Print Satin Puff Sleeve Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rose gold sequinned long-sleeved bodycon midi dress, no slit, no belt, nude heels, grey studio. Caption and
    # open answers by the base model, closed by the reference engine.
    case(
        "X575-037",
        caption("a woman in a pink sequin dress"),
        wearing("a rose gold sequin dress", who=W),
        describe("dress", "the dress is a long sleeve sequin dress with a slit and a belt", "unsupported"),
        shade("shoes", "pink", "other_garment_color"),
        mat("sequins"),
        details("dress", "the dress details", "restated"),
        col("pink"),
        title="Sassafras Women Rose Gold Sequinned Bodycon Midi Dress",
        category="Dresses",
        color="Rose",
        gender="Women",
    ),
    # photo: white satin three-piece co-ord, sleeveless bralette, single-button blazer and wide trousers, gold
    # necklace, white heels, beige studio. Base model; reference engine. The feed row has no gender.
    case(
        "X575-038",
        caption("a woman in a white dress and a white jacket", "contradiction"),
        wearing("he is wearing a white blazer, a white top and white pants", "pronoun", who=W),
        shade("pants", "white"),
        describe("blazer", "it is a white satin blazer with a single button"),
        details(
            "blazer",
            "the blazer has a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a",
            "loop",
            hit_limit=True,
        ),
        mat("satin"),
        pat("solid"),
        title="Kazo Women White Satin Three-Piece Blazer Co-Ords",
        category="Co-Ords",
        color="White",
    ),
    # photo: girl in a sleeveless navy blue tulle party dress printed with small silver stars, silver shoes, white
    # studio, front view. Base model; reference engine.
    case(
        "X575-039",
        caption("a little girl in a black dress with stars", "contradiction"),
        wearing("a blue dress with silver stars", who=G),
        pat("printed"),
        shade("shoes", "silver"),
        details("dress", "the dress has stars on the skirt and a bow at the back", "unsupported"),
        col("navy blue"),
        describe("dress", "a description of the dress", "restated"),
        title="Peppermint Girls Navy Blue Star Print Tulle Party Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: black off-shoulder gown with a velvet bodice and a tiered tulle floor-length skirt, feet hidden, ballroom
    # with red drapes behind. Base model; reference engine.
    case(
        "X575-040",
        caption("a woman in a black gown standing in a ballroom"),
        wearing(
            "a black gown with a black gown with a black gown with a black gown with a black gown with a"
            " black gown with a",
            "loop",
            who=W,
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        col("red", "contradiction"),
        describe("gown", "black", "non_answer"),
        mat("tulle"),
        shade("shoes", "red", "unsupported"),
        title="Forever New Women Black Off-Shoulder Tiered Tulle Gown",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: magenta silk-blend maxi ethnic dress with gold embroidery at the neck and the cuffs, three-quarter
    # sleeves, gold embroidered belt, gold juttis, studio with a brass lamp prop. Base model; reference engine.
    case(
        "X575-041",
        caption("a woman in a red dress with a gold belt standing next to a lamp", "contradiction"),
        wearing("a pink maxi dress with a belt", who=W),
        shade("belt", "pink", "other_garment_color"),
        describe("dress", "it is a long pink dress with embroidery on the neck and sleeves and a gold belt"),
        sleeve("three-quarter sleeves"),
        mat("it is made of cotton", "unsupported"),
        title="W Women Magenta Embroidered Silk Blend Maxi Ethnic Dress with Belt",
        category="Ethnic Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: black sequinned halter-neck wide-leg jumpsuit, silver clutch, silver heels, stage lit with purple light.
    # Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-042",
        caption("a woman in a black jumpsuit standing in front of purple lights"),
        wearing("a black sequin jumpsuit", who=W),
        shade("jumpsuit", "purple", "contradiction"),
        shade("bag", "silver"),
        gtype("jumpsuit"),
        details("jumpsuit", "Answer: the jumpsuit has a halter neck and wide legs", "leak"),
        describe(
            "jumpsuit",
            "a black sequin jumpsuit with a halter neck and wide legs, she is holding a silver clutch and"
            " wearing silver heels, she is standing on a stage with",
            "cut",
            hit_limit=True,
        ),
        title="Rare Women Black Sequinned Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: powder blue satin cowl-neck midi dress under a white pearl-button cropped cardigan, white shoulder bag,
    # white heels, white studio. Base model; reference engine.
    case(
        "X575-043",
        caption("a woman in a blue dress and a white cardigan holding a white purse"),
        wearing("a light blue satin dress and a white cardigan", who=W),
        shade("dress", "white", "other_garment_color"),
        shade("bag", "white"),
        describe("dress", "the dress is a blue satin dress with a cowl neck and a white sweater with pearls"),
        mat("chiffon", "unsupported"),
        details("dress", "the details of the dress", "restated"),
        title="DressBerry Women Powder Blue Satin Cowl Neck Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a sleeveless yellow satin party dress with a bow at the waist, under a white long-sleeved knit
    # shrug, white sandals, white studio. Base model; reference engine. The feed row has no color.
    case(
        "X575-044",
        caption("a little girl in a yellow dress and a white sweater"),
        wearing("a yellow dress and a white shrug", who=G),
        shade("dress", "white", "other_garment_color"),
        describe("dress", "he is wearing a yellow dress with a white jacket", "pronoun"),
        sleeve("long sleeves", "contradiction"),
        col("yellow"),
        mat("wool", "unsupported"),
        title="Cutecumber Girls Yellow Satin Bow Detail Party Dress with Shrug",
        category="Dresses",
        gender="Girls",
    ),
    # photo: long-sleeved round-neck bodycon mini dress in rainbow stripes of sequins on mesh, black heels, white
    # studio. Caption and open answers by the base model, closed by the reference engine.
    case(
        "X575-045",
        caption("a woman in a rainbow sequin dress"),
        wearing("a multicolored striped dress", who=W),
        pat("striped"),
        col("multicolor"),
        shade("shoes", "black"),
        details(
            "dress",
            "the dress has stripes of pink, blue, green, yellow, orange, pink, blue, green, yellow, orange, pink, blue,"
            " green, yellow",
            "loop",
            hit_limit=True,
        ),
        mat("velvet", "unsupported"),
        describe(
            "dress",
            "it is a bodycon dress with long sleeves and a round neck and it is covered in sequins in rainbow"
            " stripes of pink, blue, green, yellow and",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Women Multicoloured Sequinned Striped Bodycon Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: nude sheer mesh top with long sleeves and crystal embellishment on the shoulders (the product), worn with
    # a black satin mini skirt, black heels, black clutch, grey studio. Base model; reference engine.
    case(
        "X575-046",
        caption("a woman in a black top and a black skirt", "other_garment_color"),
        wearing("a beige mesh top and a black mini skirt", who=W),
        shade("top", "black", "other_garment_color"),
        describe("top", "it is a sheer beige top with long sleeves and sparkles"),
        gtype("top"),
        sleeve("long sleeves"),
        details(
            "top",
            "the top has sheer long sleeves with embellishments on the shoulders and the cuffs, a round neck and a"
            " lining under the body that is the same color as the",
            "cut",
            hit_limit=True,
        ),
        title="Femella Women Nude-Coloured Embellished Sheer Mesh Top",
        category="Tops",
        color="Nude",
        gender="Women",
    ),
]
