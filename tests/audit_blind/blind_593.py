"""BLIND_593 (46 products; Myntra women's dresses and jumpsuits night): written blind in the fifty-second session.
Measured blind at f0b6d89 (the session's sixth rules): 119/137 failures found (86.9%) and 9/174 correct texts flagged
(5.2%). The writer's notes, verbatim:

Scenario: one night of the Myntra women's dresses and jumpsuits feed: maxi, midi and mini dresses, bodycon, sheath,
shirt dresses, wrap dresses, slip and pinafore dresses, jumpsuits, dungarees, playsuits (rompers) and co-ord sets.
Catalog photos on Myntra's white or light grey studio backdrop (one beige wall with a potted plant), mostly front
views of a model, one side view and one back view; several outfits are layered (a denim jacket, a blazer, a coat, a
cardigan, a t-shirt or turtleneck under a slip, pinafore or dungaree) and models carry bags, clutches, a straw hat.
The feed has title, category (Myntra article type: Dresses, Jumpsuit, Playsuit, Co-Ords) and color; a few rows miss
a column, as real feeds do. Default questionnaire: wearing, garment_type, color, pattern, sleeve_length, description,
details, material; each product got the caption and a subset of four to seven answers.

Who wrote what: captions by the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption). It writes the
DeepFashion-MultiModal template ("The lady wears a sleeveless dress with pure color patterns. The dress is with
cotton fabric. It has a square neckline."), never a hue, often splits a dress into an upper and a lower garment
(tank top and long skirt), adds template accessories (a ring, "an accessory on her wrist", a hat) and, trained
without an end token, usually runs to its 50-token limit: it is cut mid-sentence or starts the template over. Now
and then it emits a newline after a complete template and stops short. Open answers (wearing, description, details,
material) by the untuned base blip2-opt-2.7b: short lowercase phrases, greedy, 30 tokens; it names the color of
the most salient thing (a jacket, a belt, shoes), guesses fibers, invents zips and pockets it cannot see, sometimes
says "he", answers "yes" or one word, echoes the question, or carries on into the next "Question: ... Answer:".
Closed answers (garment_type, color, pattern, sleeve_length) by enrich's --engine reference: one candidate value,
never looping or cut, but it picks the outer layer's type or color, the backdrop's white, or the print's color.

Labeling conventions and judgement calls:
- One label per text, the failure a reviewer would fix first: a loop over anything else in the text (the cut it
  caused, a wrong fabric word inside it); a contradiction or another garment's color over a cut; a cut, a wrong
  pronoun or a leak over an unsupported template accessory or fabric word written before it.
- hit_limit=True on every caption that loops or is cut, and on base answers that loop, are cut, or leak up to the
  limit. Captions that end on a complete sentence stopped at a newline (hit_limit False).
- Near shades across the coarse color groups count as right when a person would say them of the photo: rust called
  orange or brown, coral called pink or orange, teal, peach called pink, maroon called red or burgundy, silver grey.
- Another garment's color (other_garment_color): the product given the color of a layer, belt, bag or shoes that is
  worn or carried with it. Accessories carried count as worn items. The color of the product's own print, or of
  the backdrop, given as the product's color is a contradiction instead.
- Garment type: a romper, jumpsuit or co-ord called a dress, a shirt dress called a shirt, a blazer dress called a
  blazer, a dress under a coat or jacket called that coat or jacket: contradiction (the seller's category says
  otherwise). A caption that fills the template's upper and lower slots with the halves of a dress, jumpsuit or
  co-ord (shirt and long pants, tank shirt and long skirt), or with the visible layers (a jacket, a T-shirt or a
  sweater over it), is the template's way of seeing an outfit and is not counted as a contradiction by itself.
- Pattern or sleeve length of another layer (the tee's stripes, the cardigan's or blazer's long sleeves) given for
  the product: contradiction.
- Material: a fabric you can see (denim, lace, velvet, satin, sequins, corduroy, rib knit) or the title's fabric is
  right; chiffon for a visibly sheer flowing print is right. A fiber the photo cannot show and the title does not
  name (cotton, wool, linen, silk, leather on matte jersey) is unsupported. A fabric the photo plainly rules out, or
  another fabric than the title's (the caption's template "cotton" for a linen-blend title), is a contradiction.
  The caption's fabric slot is held to the same rule (its "cotton" on a title that names cotton is right, on a
  plain white jumpsuit whose title names no fabric unsupported, on a satin or crepe title a contradiction); the
  adapter's "furry fabric" for velvet and "knitting fabric" for rib knit are its nearest words and count as right.
- Invented details the view cannot show (a back zip on a front view, front buttons on a back view), accessories
  that are not there (ring, hat, necklace, wrist accessory) and trims that are not there: unsupported.
- Non-answer: "yes", one word, or a bare "it is a dress" to describe/details/material. Restated: the question's own
  words given back ("the details of the garment are ..."), even when a thin fact follows.
- Pronoun: "he", "his" or the template's "This man" for the women's models; "she" and "the lady" are right.
- Leak: any answer that goes on into "Question:" or "Answer:", whatever came before it.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

W = "Women"

BLIND_593 = [
    # photo: black sleeveless square-neck bodycon midi dress, black strappy heels, hand on hip, white backdrop, front
    # view. Caption: epoch-3 caption adapter; wearing/description/material: base model; closed: reference engine.
    case(
        "X593-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. The lady wears a ring on her finger. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a black dress"),
        Q.color("black"),
        Q.description("a black bodycon dress with a square neckline and a slit at the back", "unsupported"),
        Q.material("it is made of leather", "unsupported"),
        title="Sassafras Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: red full-sleeve maxi wrap dress with small white and yellow flowers, V neck, tie at the waist, sheer
    # flowing fabric, nude block heels, light grey backdrop, three-quarter front view; no jewellery. Caption: caption
    # adapter; open: base model; closed: reference engine.
    case(
        "X593-002",
        caption(
            "Her dress has long sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The dress is "
            "of long length. There is an accessory on her wrist. The lady wears a ring on her finger.",
            "unsupported",
        ),
        Q.wearing("a red floral dress"),
        Q.pattern("floral"),
        Q.details("the dress has a v neck and a tie at the waist"),
        Q.description("he is wearing a long red dress with flowers", "pronoun"),
        Q.material("chiffon"),
        title="Athena Women Red Floral Printed Maxi Wrap Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: navy blue knee-length wrap dress with small white polka dots, short flutter sleeves, tan sandals, the model
    # holds a straw hat in her hand, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-003",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady is wearing a hat. The lady wears a short-sleeve dress with graphic patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue and white polka dot dress"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        Q.details("the dress has white polka dots and flutter sleeves"),
        title="Berrylush Women Navy Blue & White Polka Dot Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: olive green knee-length shirt dress, long sleeves rolled up, buttoned front, two chest flap pockets, self-
    # fabric tie belt, white sneakers, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. The neckline of it is "
            "lapel. The lower clothing is of medium length. The fabric is cotton and it has solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a green shirt dress"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("olive"),
        Q.details("the dress has buttons down the front and two pockets on the chest"),
        Q.material("cotton"),
        title="DressBerry Women Olive Green Solid Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender=W,
    ),
    # photo: mid-blue denim dungaree jumpsuit, full length, over a white short-sleeve t-shirt with thin black horizontal
    # stripes, white sneakers, light grey backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-005",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a denim jumpsuit and a striped shirt"),
        Q.garment_type("jumpsuit"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description("blue denim overalls with a white and black striped shirt underneath"),
        Q.details("the white dungarees have straps and a pocket on the bib", "other_garment_color"),
        Q.material("denim"),
        title="Roadster Women Blue Solid Denim Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender=W,
    ),
    # photo: pink playsuit with green palm leaves and white hibiscus flowers, short puff sleeves, V neck, waist tie,
    # white block heels, white backdrop, front view only. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-006",
        caption(
            "Her shirt has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. She wears a "
            "three-point shorts. The shorts are with chiffon fabric and floral patterns. There is an accessory on "
            "her wrist. She",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a pink floral dress", "contradiction"),
        Q.garment_type("romper"),
        Q.color("pink"),
        Q.sleeve_length("short"),
        Q.details("the romper has a tie at the waist and a zipper on the back", "unsupported"),
        title="Tokyo Talkies Women Pink Tropical Printed Playsuit",
        category="Playsuit",
        color="Pink",
        gender=W,
    ),
    # photo: maroon rib-knit co-ord set: short-sleeve square-neck crop top and matching high-waist wide-leg trousers,
    # white heels, light grey backdrop. Caption: caption adapter (stopped at a newline); open: base; closed: ref.
    case(
        "X593-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with knitting fabric. It has "
            "a square neckline. The lady wears a long pants. The pants are with knitting fabric and pure color "
            "patterns."
        ),
        Q.wearing("a maroon top and pants"),
        Q.garment_type("co-ord set"),
        Q.color("white", "other_garment_color"),
        Q.description("a burgundy crop top and wide leg pants"),
        Q.details("the details of the garment are the top and the pants", "restated"),
        Q.material("knit"),
        title="SASSAFRAS Women Maroon Solid Ribbed Co-Ords",
        category="Co-Ords",
        color="Maroon",
        gender=W,
    ),
    # photo: front view, mustard yellow fit-and-flare midi dress, short puff sleeves, round neck, tan leather sling bag
    # on the shoulder, white sandals, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a yellow dress and a brown purse"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("a mustard yellow dress with puffy sleeves"),
        Q.details("the dress has puffy sleeves and a zipper on the back", "unsupported"),
        Q.material("it is made of silk Question: what is the color of the dress? Answer: yellow", "leak"),
        title="Mast & Harbour Women Mustard Yellow Solid Fit and Flare Midi Dress",
        category="Dresses",
        color="Mustard",
        gender=W,
    ),
    # photo: white sleeveless schiffli (eyelet embroidered) A-line midi dress under a cropped mid-blue denim jacket,
    # white sneakers, light grey backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-009",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white dress and a denim jacket"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white"),
        Q.description("a blue denim jacket over a blue dress", "other_garment_color"),
        Q.details("the dress has eyelet embroidery and a scalloped hem"),
        title="Vero Moda Women White Schiffli Cotton A-Line Midi Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: black satin slip midi dress with thin straps worn over a white crew-neck short-sleeve t-shirt, black ankle
    # boots, light grey backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is of long length and it has pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white t-shirt and a black dress"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black slip dress over a white tee"),
        Q.details("the white dress has thin straps", "other_garment_color"),
        Q.material("satin"),
        title="ONLY Women Black Solid Satin Slip Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: teal blue wrap midi dress in a light flowing fabric, three-quarter sleeves, tie at the side, solid, nude
    # heels, white backdrop. Caption: caption adapter (stopped at a newline); open: base; closed: reference.
    case(
        "X593-011",
        caption(
            "Her dress has medium sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. The "
            "dress is of long length."
        ),
        Q.wearing("a teal dress"),
        Q.color("teal"),
        Q.sleeve_length("three-quarter"),
        Q.description("the garment is a dress", "restated"),
        Q.details("it has a tie on the side and three quarter sleeves"),
        Q.material("it is made of wool", "unsupported"),
        title="FabAlley Women Teal Blue Solid Wrap Midi Dress",
        category="Dresses",
        color="Teal",
        gender=W,
    ),
    # photo: peach sleeveless tiered maxi dress with thin straps and small blue and white flowers, the model holds a
    # woven basket bag, light grey backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-012",
        caption(
            "The lady wears a tank shirt with floral patterns. The tank shirt is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "The lady wears a long skirt",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long floral dress"),
        Q.garment_type("skirt", "contradiction"),
        Q.pattern("floral"),
        Q.details("the dress has spaghetti straps and ruffles"),
        Q.description("he is wearing a long floral dress and carrying a basket", "pronoun"),
        title="Harpa Women Peach-Coloured Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender=W,
    ),
    # photo: red knee-length sheath dress, cap sleeves, round neck, black pointed pumps, black structured handbag in
    # hand, white backdrop, front view. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring. She",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a red dress and black heels"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.sleeve_length("short"),
        Q.description("a black dress", "other_garment_color"),
        Q.details("the dress has a zipper in the back and a slit", "unsupported"),
        Q.material("no", "non_answer"),
        title="AND Women Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: rust orange maxi dress with a small white and black ethnic block print, three-quarter sleeves, tasselled
    # tie at the neck, oxidised silver jhumka earrings, light beige backdrop. The feed row has no color. Caption:
    # caption adapter; open: base; closed: reference.
    case(
        "X593-014",
        caption(
            "This female is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The female wears a long skirt. The skirt is with cotton fabric and graphic "
            "patterns. This female",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("an orange dress"),
        Q.color("orange"),
        Q.pattern("solid", "contradiction"),
        Q.description("a long orange dress with a tassel on the neck"),
        Q.material("cotton"),
        title="Global Desi Women Rust Orange Printed Cotton Maxi Dress",
        category="Dresses",
        gender=W,
    ),
    # photo: beige buttoned midi shirt dress, long sleeves, collar, self-fabric tie belt, brown leather sandals,
    # sunglasses in hand, white backdrop. Caption: caption adapter (newline stop); open: base; closed: reference.
    case(
        "X593-015",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "lapel. The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "contradiction",
        ),
        Q.wearing("a tan dress"),
        Q.color("beige"),
        Q.description("a long beige shirt dress with a belt and a pair of black sunglasses in his hand", "pronoun"),
        Q.material("linen"),
        title="H&M Women Beige Solid Linen-Blend Shirt Dress",
        category="Dresses",
        color="Beige",
        gender=W,
    ),
    # photo: lavender midi dress with smocked bodice, short puff sleeves, square neck, no slit, nude strappy sandals,
    # white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of long length. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("he is wearing a purple dress", "pronoun"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a lavender dress with puffy sleeves and a square neckline"),
        Q.details("the dress has a smocked bodice and a slit on the side", "unsupported"),
        title="Zima Leto Women Lavender Solid Smocked Midi Dress",
        category="Dresses",
        color="Lavender",
        gender=W,
    ),
    # photo: black and white horizontally striped bodycon midi dress, long sleeves, crew neck, red pointed heels, white
    # backdrop. Caption: caption adapter (newline stop); open: base; closed: reference.
    case(
        "X593-017",
        caption(
            "Her dress has long sleeves, knitting fabric and striped patterns. It has a round neckline. The dress is "
            "of long length."
        ),
        Q.wearing("a black and white striped dress"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("a red and black striped dress", "other_garment_color"),
        Q.details(
            "black and white and black and white and black and white and black and white and black and white and "
            "black and white and black",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton Question: What is the color of the dress? Answer: black and white", "leak"),
        title="Femella Women Black & White Striped Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: front view of a silver sequinned one-shoulder bodycon mini dress with one long sleeve, silver heels, white
    # backdrop. Caption: caption adapter (newline stop); open: base; closed: reference.
    case(
        "X593-018",
        caption(
            "This lady wears a long-sleeve dress with graphic patterns. The dress is with leather fabric. It has a "
            "v-shape neckline. The dress is of short length.",
            "contradiction",
        ),
        Q.wearing("a silver sequin dress"),
        Q.color("grey"),
        Q.description("a sparkly one shoulder dress"),
        Q.details("the dress is covered in sequins and has a zip at the back", "unsupported"),
        Q.material("sequins"),
        title="Rare Women Silver-Toned Sequinned One-Shoulder Bodycon Mini Dress",
        category="Dresses",
        color="Silver",
        gender=W,
    ),
    # photo: green and white gingham A-line mini dress, short puff sleeves, sweetheart neck, no buttons, white sneakers,
    # white tote bag in hand, white backdrop; no hat, no bracelet. Caption: caption adapter (newline stop); open: base;
    # closed: reference.
    case(
        "X593-019",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of short length. The lady is wearing a hat. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        Q.wearing("a green and white checkered dress"),
        Q.color("green"),
        Q.pattern("checked"),
        Q.details("the dress has puffy sleeves and buttons down the front", "unsupported"),
        Q.material("cotton"),
        title="Sera Women Green & White Checked Cotton A-Line Mini Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: navy blue wide-leg jumpsuit, long sleeves, collar, V neck, tan leather belt, white heels, white backdrop.
    # Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-020",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "lapel. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a blue jumpsuit with a belt"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a navy blue jumpsuit with wide legs and a tan belt"),
        Q.details(
            "the jumpsuit has a collar and a belt Question: What is the color of the belt? Answer: brown",
            "leak",
            hit_limit=True,
        ),
        Q.material("crepe"),
        title="Ether Women Navy Blue Solid Crepe Wide-Leg Belted Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard corduroy pinafore mini dress with button straps and two front pockets, over a black long-sleeve
    # turtleneck, black tights, black boots, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a black sweater and a yellow dress"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a yellow pinafore dress over a black turtleneck"),
        Q.details("the dress has two pockets and buttons on the straps"),
        Q.material("corduroy"),
        title="Tokyo Talkies Women Mustard Solid Corduroy Pinafore Dress",
        category="Dresses",
        color="Mustard",
        gender=W,
    ),
    # photo: coral one-shoulder bodycon mini dress with ruching at the side, gold hoop earrings, no necklace, nude
    # heels, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-022",
        caption(
            "This woman wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of short length. This woman wears a ring. This woman wears a "
            "sleeveless dress with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a pink dress"),
        Q.color("orange"),
        Q.pattern("striped", "contradiction"),
        Q.description("a pink one shoulder dress"),
        Q.details("she is wearing gold earrings and a gold necklace", "unsupported"),
        title="Kassually Women Coral Solid One-Shoulder Ruched Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender=W,
    ),
    # photo: black wrap jumpsuit with a white abstract brushstroke print, short kimono sleeves, V neck, waist tie,
    # cropped wide legs, white sneakers, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-023",
        caption(
            "Her shirt has short sleeves, chiffon fabric and graphic patterns. It has a v-shape neckline. She wears a "
            "long pants. The pants are with chiffon fabric and graphic patterns. There is an accessory on her wrist. "
            "She wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a black and white jumpsuit"),
        Q.garment_type("dress", "contradiction"),
        Q.color("black"),
        Q.pattern("abstract"),
        Q.description("a black and white print jumpsuit with a tie waist"),
        Q.details("the details of the garment are black and white", "restated"),
        title="Mango Women Black & White Abstract Print Wrap Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender=W,
    ),
    # photo: rose pink sleeveless knee-length shift dress with a white cropped knit cardigan draped on the shoulders,
    # white heels, light grey backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-024",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a pink dress and a white sweater"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a white cardigan over a pink dress"),
        Q.details("the dress is white with long sleeves", "other_garment_color"),
        title="Marie Claire Women Pink Solid Shift Dress",
        category="Dresses",
        color="Pink",
        gender=W,
    ),
    # photo: maroon velvet bodycon midi dress, long sleeves, V neck, black heels, white backdrop. Caption: caption
    # adapter (newline stop); open: base; closed: reference.
    case(
        "X593-025",
        caption(
            "Her dress has long sleeves, furry fabric and pure color patterns. It has a v-shape neckline. The dress "
            "is of long length."
        ),
        Q.wearing(
            "she is wearing a red velvet dress, she is wearing a red velvet dress, she is wearing a red velvet dress",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.description("a long sleeved burgundy dress with a v neck"),
        Q.details("it is a dress", "non_answer"),
        Q.material("velvet"),
        title="Miss Chase Women Maroon Solid Velvet Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: olive green utility jumpsuit, short rolled sleeves, collar, button front, two chest flap pockets,
    # drawstring waist, tapered legs, white sneakers, white backdrop, woman model. Caption: caption adapter (newline
    # stop); open: base; closed: reference.
    case(
        "X593-026",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.wearing("a green jumpsuit Question: What is the color of the jumpsuit? Answer: green", "leak"),
        Q.color("olive"),
        Q.sleeve_length("short"),
        Q.description("she is wearing a green military jumpsuit with pockets"),
        Q.details("the jumpsuit has pockets on the chest and a drawstring at the waist"),
        Q.material("the garment is made of the same material as the garment", "restated"),
        title="Athena Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender=W,
    ),
    # photo: yellow co-ord set with white daisies: short-sleeve camp-collar shirt and matching drawstring shorts, white
    # sneakers, white backdrop, no bracelet. Caption: caption adapter (newline stop); open: base; closed: ref.
    case(
        "X593-027",
        caption(
            "Her shirt has short sleeves, cotton fabric and floral patterns. It has a lapel neckline. She wears a "
            "three-point shorts. The shorts are with cotton fabric and floral patterns. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        Q.wearing("a yellow shirt and shorts"),
        Q.garment_type("co-ord set"),
        Q.pattern("floral"),
        Q.description("a yellow floral shirt and shorts"),
        Q.details(
            "the shirt has a collar and buttons and the shorts have a drawstring Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        title="Tokyo Talkies Women Yellow Floral Printed Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Yellow",
        gender=W,
    ),
    # photo: blue and white vertically striped mini shirt dress, long sleeves, collar, knot at the waist, white
    # sneakers, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. The neckline of it is lapel. "
            "The lower clothing is of short length. The fabric is cotton and it has striped patterns. The upper "
            "clothing has long",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue and white striped shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a blue and white striped shirt dress with a knot in the front"),
        Q.details("stripes", "non_answer"),
        title="SASSAFRAS Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: black lace A-line midi dress with sheer lace three-quarter sleeves, lined bodice, round neck, no belt,
    # black heels, silver clutch in hand, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-029",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a medium-sleeve dress with graphic patterns. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a black lace dress"),
        Q.color("black"),
        Q.sleeve_length("three-quarter"),
        Q.description("a black lace dress with sheer sleeves"),
        Q.details("the dress has a silver belt", "unsupported"),
        Q.material("lace"),
        title="DressBerry Women Black Self Design Lace A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: red and black tartan A-line knee-length dress, long sleeves, round neck, no pockets, black faux-leather
    # belt, black ankle boots, white backdrop. Caption: caption adapter (newline stop); open: base; closed: ref.
    case(
        "X593-030",
        caption(
            "This lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is a belt on her waist."
        ),
        Q.wearing("a red plaid dress and black boots"),
        Q.pattern("checked"),
        Q.description("a red and black plaid dress with a black belt and boots"),
        Q.details("the dress has a belt and a pocket on the chest", "unsupported"),
        Q.material("it is made of wool", "contradiction"),
        title="Tokyo Talkies Women Red & Black Checked Cotton A-Line Dress with Belt",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: side view of an emerald green romper with a tiny white floral print, short ruffle sleeves, V neck, shorts,
    # tan sandals, white backdrop; no bracelet. Caption: caption adapter (newline stop); open: base; closed: reference.
    case(
        "X593-031",
        caption(
            "Her shirt has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. She wears a "
            "three-point shorts. The shorts are with chiffon fabric and floral patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        Q.wearing("a green romper"),
        Q.color("green"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a green floral romper with ruffle sleeves"),
        Q.details(
            "the romper has a v neck, ruffle sleeves, an elastic waist, a pair of pockets on the sides, a button on "
            "the back of the neck and a",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Green Floral Printed Playsuit with Ruffle Sleeves",
        category="Playsuit",
        color="Green",
        gender=W,
    ),
    # photo: navy blue sleeveless halter maxi dress, sheer flowing fabric with large pink and white flowers, sunglasses
    # pushed up on the head, white sling bag, light grey backdrop. Caption: caption adapter; open: base; closed:
    # reference.
    case(
        "X593-032",
        caption(
            "The lady wears a tank shirt with floral patterns. The tank shirt is with chiffon fabric. It has a "
            "suspenders neckline. The lady is wearing glasses. The lady wears a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white dress and sunglasses", "other_garment_color"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.description("a navy blue floral maxi dress"),
        Q.details("yes", "non_answer"),
        Q.material("chiffon"),
        title="Harpa Women Navy Blue Floral Print Halter Neck Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: red satin co-ord set (cami top and wide-leg trousers) with a white blazer worn open over the shoulders,
    # gold chain necklace, nude heels, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-033",
        caption(
            "The lady wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a white blazer and red pants"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a white suit", "other_garment_color"),
        Q.details("the pants are wide leg and the top is a camisole"),
        Q.material("satin"),
        title="Cover Story Women Red Solid Satin Co-Ords",
        category="Co-Ords",
        color="Red",
        gender=W,
    ),
    # photo: grey melange knee-length t-shirt dress, short sleeves, crew neck, hands in side pockets, white sneakers,
    # light grey backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("he is wearing a grey t-shirt dress", "pronoun"),
        Q.garment_type("top", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.description("a grey t shirt dress with pockets"),
        Q.details("the dress has pockets on the sides"),
        Q.material("cotton"),
        title="Mast & Harbour Women Grey Melange Solid Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender=W,
    ),
    # photo: multicoloured (blue, pink, yellow) tie-dye maxi dress, short sleeves, round neck, side slit, white
    # sneakers, white backdrop. The feed row has no category. Caption: caption adapter; open: base; closed: ref.
    case(
        "X593-035",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a pair of shoes. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a tie dye dress Question: What is the person wearing? Answer: a tie dye dress", "leak"),
        Q.color("multi"),
        Q.pattern("abstract"),
        Q.sleeve_length("short"),
        Q.description("a long tie dye dress with a slit"),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("cotton", "unsupported"),
        title="Vishudh Women Multicoloured Tie-Dye Maxi Dress",
        color="Multi",
        gender=W,
    ),
    # photo: white sleeveless halter culotte jumpsuit in a matte woven fabric, tan leather belt, tan sandals, white
    # backdrop. Caption: caption adapter (newline stop); open: base; closed: reference.
    case(
        "X593-036",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is suspenders. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is a belt "
            "on her waist.",
            "unsupported",
        ),
        Q.wearing("a white jumpsuit with a brown belt"),
        Q.color("brown", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a white dress with a brown belt", "contradiction"),
        Q.details(
            "she is wearing a white jumpsuit with a brown belt Question: What is she wearing? Answer: a white "
            "jumpsuit with a brown",
            "leak",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="ONLY Women White Solid Halter Neck Culotte Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender=W,
    ),
    # photo: emerald green satin wrap midi dress, long sleeves, V neck, gold sandals, gold ring, standing against a
    # beige wall beside a potted monstera plant. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a green dress"),
        Q.color("beige", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a green satin dress with a plant in the background"),
        Q.details("green", "non_answer"),
        Q.material("satin"),
        title="Lulu & Sky Women Emerald Green Solid Satin Wrap Midi Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: black double-breasted blazer mini dress, long sleeves, notch lapels, gold buttons, no belt, sheer black
    # tights, black heels, white backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-038",
        caption(
            "The lady wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve suit with pure color patterns. The suit is with cotton "
            "fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a black blazer dress"),
        Q.garment_type("blazer", "contradiction"),
        Q.color("black"),
        Q.description("a black double breasted blazer dress with gold buttons"),
        Q.details("the dress has gold buttons and a belt", "unsupported"),
        Q.material("wool", "unsupported"),
        title="Kazo Women Black Solid Double-Breasted Blazer Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: peach ruched bodycon mini dress with spaghetti straps, nude heels, white backdrop; no hat, no lace.
    # Caption: caption adapter (newline stop); open: base; closed: reference.
    case(
        "X593-039",
        caption(
            "This woman wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of short length. This woman wears a hat.",
            "unsupported",
        ),
        Q.wearing("she is wearing a pink dress"),
        Q.color("peach"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a short peach dress with thin straps"),
        Q.details("the details of the garment are ruching on the sides", "restated"),
        Q.material("it is made of silk and lace with a lace trim at the neckline", "unsupported"),
        title="RARE Women Peach Solid Ruched Bodycon Mini Dress",
        category="Dresses",
        color="Peach",
        gender=W,
    ),
    # photo: mid-blue denim knee-length shirt dress, long sleeves, button front, two chest pockets, white belt, white
    # sneakers, light grey backdrop. Caption: caption adapter (newline stop); open: base; closed: reference.
    case(
        "X593-040",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of medium length. The fabric is denim and it has pure color patterns."
        ),
        Q.wearing("a denim dress"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a blue denim shirt dress with a white belt"),
        Q.details(
            "the dress has buttons and two pockets on the chest Question: What color is the belt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Athena Women Blue Solid Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: mustard kurta-style top with a small red floral block print, three-quarter sleeves, V neck, matching
    # printed palazzos, silver bangles, juttis, white backdrop. Caption: caption adapter (newline stop); open: base;
    # closed: reference.
    case(
        "X593-041",
        caption(
            "This female is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The female wears a long pants. The pants are with cotton fabric and floral "
            "patterns. There is an accessory on her wrist."
        ),
        Q.wearing("a yellow kurta and pants"),
        Q.garment_type("co-ord set"),
        Q.pattern("floral"),
        Q.description("he is wearing a yellow and red outfit", "pronoun"),
        Q.details("the top has a v neck and three quarter sleeves and the pants are wide"),
        Q.material("cotton"),
        title="Global Desi Women Mustard Printed Pure Cotton Top with Palazzos",
        category="Co-Ords",
        color="Mustard",
        gender=W,
    ),
    # photo: back view of a lavender playsuit, light flowing fabric with white flowers, sleeveless, smocked back,
    # shoulder straps tied in bows, white backdrop; the front is not visible. Caption: caption adapter (newline stop);
    # open: base; closed: reference.
    case(
        "X593-042",
        caption(
            "Her tank top has no sleeves, chiffon fabric and floral patterns. The neckline of it is suspenders. She "
            "wears a three-point shorts. The shorts are with chiffon fabric and floral patterns."
        ),
        Q.wearing("a purple romper"),
        Q.color("lavender"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a purple floral romper with a v neck and buttons down the front", "unsupported"),
        Q.details("the back of the romper is smocked and the straps tie in bows"),
        Q.material("i don't know", "non_answer"),
        title="Tokyo Talkies Women Lavender & White Floral Smocked Playsuit",
        category="Playsuit",
        color="Lavender",
        gender=W,
    ),
    # photo: brown rib-knit bodycon midi dress, long sleeves, crew neck, under an open long black coat, black boots,
    # light grey backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-043",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with knitting fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with knitting "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a black coat and a brown dress"),
        Q.garment_type("coat", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.description("a brown knit dress with a black coat over it"),
        Q.details("the black dress is ribbed and fitted", "other_garment_color"),
        Q.material("knit"),
        title="Urbanic Women Brown Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Brown",
        gender=W,
    ),
    # photo: black sleeveless round-neck culotte jumpsuit, white clutch in hand, white heels, white backdrop. The feed
    # row has no color. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-044",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "lady wears a three-quarter pants. The pants are with cotton fabric and pure color patterns. Her tank "
            "top has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a black dress", "contradiction"),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.description("a black jumpsuit with a white purse"),
        Q.details("what are the details of the garment", "restated"),
        Q.material("cotton", "unsupported"),
        title="StyleStone Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        gender=W,
    ),
    # photo: rust wrap maxi dress with a cream and black leaf print, short flutter sleeves, V neck, side tie, nude block
    # heels, light grey backdrop; no hat, no bracelet. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-045",
        caption(
            "Her dress has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The dress is "
            "of long length. There is an accessory on her wrist. This lady wears a ring on her finger. She wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long brown dress"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        Q.description("a rust colored wrap dress with leaves on it"),
        Q.details("the dress has a v neck and a tie on the side and she is wearing a hat", "unsupported"),
        Q.material("it's made of cotton Question: What is the pattern? Answer: leaf print", "leak"),
        title="Chemistry Women Rust Leaf Print Wrap Maxi Dress",
        category="Dresses",
        color="Rust",
        gender=W,
    ),
    # photo: navy blue sleeveless skater mini dress with a white Peter Pan collar, white ankle-strap heels, white
    # backdrop. Caption: caption adapter; open: base; closed: reference.
    case(
        "X593-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a blue dress with a white collar"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        Q.description("she is wearing a navy dress with a white collar and white heels"),
        Q.details("collar", "non_answer"),
        title="DressBerry Women Navy Blue Solid Skater Dress with Contrast Collar",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
]
