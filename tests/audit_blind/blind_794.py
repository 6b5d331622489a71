"""BLIND_794 (46 products; Myntra dresses/jumpsuits/co-ords, caption epoch 1): written blind in the fifty-fifth session.
Measured blind at 48d5375 (the session's tenth rules): 111/124 failures found (89.5%) and 9/180 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra women's feed of dresses, jumpsuits, playsuits, dungarees and co-ord sets (article types Dresses,
Jumpsuit, Playsuit, Dungarees, Co-Ords). Catalog photos on a white studio backdrop, one model per photo, front or
three-quarter view, often styled with something that is not the product: a denim jacket, a cardigan or blazer thrown
over, a tee under a pinafore or jumpsuit, a contrast belt, a bag, sneakers, boots, a cap. Co-ords are shot as the
full set. Seller columns as the feed has them: title, category (article type), color (base colour), gender; a few
rows lack gender or category, as real feeds do.

Who wrote what: the caption and every open answer (wearing, describe, details, material, open color questions) come
from Salesforce/blip2-opt-2.7b with leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy, 50 new tokens
for captions and 30 for answers. At epoch 1 it writes the DeepFashion-MultiModal template ("The lady wears a
sleeveless dress with pure color patterns. The dress is of long length.") with a hue word now and then left over
from the base model; it calls jumpsuits "romper" sometimes, prints "graphic" or "lattice", and it has no end token,
so captions often run to 50 tokens and either repeat the template or stop mid-sentence. Open answers half-keep the
base model's question answering: short ones usually stop on a newline, longer ones repeat, run on into a new
"Question: ... Answer:" turn, or just return the caption template. Closed answers (garment_type, color, pattern,
sleeve_length, is_a and closed color_of) come from enrich's --engine reference, which picks one candidate value;
they never loop or stop short, but they pick up the color of the jacket, belt, bag or inner tee, or of the print.

Labeling conventions and judgement calls:
- One label per text. A text that runs into a new "Question: ... Answer:" turn is a leak even when it also hit the
  limit or repeats; a text that repeats a clause to the limit is a loop, not a cut; a cut is a text stopped
  mid-clause at the token limit with no repetition.
- Correct texts can have hit_limit=True when the 50/30 tokens ran out exactly at the end of a sentence and
  everything said is right (two captions here).
- Colors are judged against the photo, with shades folded into the README's color groups: "red" for maroon or
  burgundy, "orange" for rust or coral, "pink" for peach or magenta, "purple" for lavender or mauve, "blue" for
  navy, teal or turquoise, "white" for cream or off-white, "grey" for charcoal. A multicolor garment answered
  with its dominant color is correct.
- The color of a print, dots, embroidery or sequins given as the garment's color is a contradiction (same garment);
  the color of another worn item (jacket, cardigan, inner tee, belt, bag, shoes, boots) is other_garment_color,
  also when an open "describe" answer describes the other item's color as the product's.
- Patterns: the template's "graphic" for dots or an ethnic print, "lattice" for checks or lace, "pure color" for
  solid, and "solid" for a one-color sequinned dress are accepted; a pattern the photo does not show ("striped" for
  dots or for a ribbed knit, "floral" for a plain smocked dress) is a contradiction.
- Sleeves or pattern of a layered item given as the product's (tee sleeves for a sleeveless jumpsuit, tee stripes
  for dungarees) are contradictions; so is "yes" to "Is this a shirt?" for a pinafore worn over a shirt.
- A shirt dress named "shirt" in the caption is a contradiction (the seller says dress). "romper" for a full-length
  jumpsuit is accepted: the In-shop class is romper/jumpsuit. For co-ords the closed garment_type was not asked.
- Fabric: a common fabric that neither the title nor the photo contradicts is correct (it cannot be judged from
  the photo); a fabric the title or the visible texture contradicts (cotton for velvet, lace or linen, denim for a
  flowing crepe, silk for matte cotton) is unsupported. Invented accessories or features not in the photo
  (a bracelet, a hat, a necklace, a side slit, a hood, a back zip on a front view) are unsupported.
- The caption template returned for an open color question, a single word or "yes" for a describe or details
  question, and an empty answer are non_answer; an answer made of the question's own words ("the jumpsuit is a
  jumpsuit") is restated.
- Pronoun: every model is a woman; "he", "his" or "the gentleman" is a pronoun failure.
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

length = question("length", "What is the length of the dress?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_794 = [
    # photo: black solid sleeveless bodycon midi dress, square neck, black block heels, white backdrop, front view.
    # Caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X794-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. Its neckline is square. The dress is of"
            " medium length. This lady wears a pair of heels."
        ),
        wearing("a black sleeveless bodycon dress", who="she"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The dress is with cotton fabric and pure color patterns. The neckline of it is square. The dress is"
            " with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "dress",
            "The dress is black and fitted with a square neckline and thin straps, a slit at the back and a zip.",
            "unsupported",
        ),
        title="SASSAFRAS Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue fit-and-flare dress with small white flowers, short puff sleeves, round neck, knee length;
    # she holds a tan leather sling bag; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of medium length and the"
            " neckline of it is round. There is an accessory in her hand. The dress is with floral patterns and"
            " it has a flared",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue floral dress and a brown bag"),
        color_of("dress", "brown", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        details("dress", "The dress has short puff sleeves, a round neckline and a flared skirt with white flowers."),
        Q.material("cotton Question: What is the pattern of the dress? Answer: floral", "leak"),
        title="Berrylush Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon solid maxi dress, long sleeves, V-neck, self-fabric tie belt, matte crepe; three-quarter view,
    # white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-003",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The neckline of it is v-shape."
            " The dress is of long length. The female is wearing a long-sleeve dress with pure color patterns."
            " The neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon maxi dress with long sleeves"),
        Q.color("red"),
        Q.garment_type("dress"),
        describe("dress", "The dress is long with long sleeves and a v-neck. It has a belt at the waist."),
        Q.material("silk", "unsupported"),
        details(
            "dress",
            "The dress has long sleeves, a v neck and a tie belt at the waist, and the sleeves have buttoned cuffs"
            " and the skirt is pleated from the waist down to",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Maroon Solid Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow A-line dress with a small black-and-white geometric print, worn under an open
    # light-blue denim jacket; white sneakers, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X794-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a dress. The jacket is with denim"
            " fabric. The dress is with graphic patterns and it is of medium length."
        ),
        wearing("a denim jacket over a yellow dress"),
        color_of("dress", "blue", "other_garment_color"),
        Q.pattern("printed"),
        describe("dress", "The dress is blue denim with long sleeves and buttons on the front.", "other_garment_color"),
        is_a("dress", "yes"),
        title="DressBerry Women Mustard Yellow Printed A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: green wrap midi dress with a white leaf print, short flutter sleeves, V-neck, tie at the waist; the
    # model has short cropped hair; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-005",
        caption(
            "The gentleman wears a short-sleeve dress with floral patterns. The dress is of medium length and its"
            " neckline is v-shape.",
            "pronoun",
        ),
        wearing("a green and white wrap dress", who="she"),
        Q.color("green"),
        Q.pattern("floral"),
        details("dress", "The dress has a tie at the waist, flutter sleeves and a v-neck."),
        Q.sleeve_length("short sleeves"),
        title="Harpa Women Green Printed Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white crisp cotton poplin shirt dress, long sleeves rolled to the elbow, button placket, knee length,
    # tan leather belt; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. There is a belt on her waist.",
            "contradiction",
        ),
        wearing("a white shirt dress with a brown belt"),
        Q.color("white"),
        Q.garment_type("dress"),
        describe("dress", "The dress is brown with a belt at the waist.", "other_garment_color"),
        Q.material("cotton"),
        details(
            "dress",
            "The dress has a collar, buttons down the front, rolled sleeves and a belt at the waist with two pockets at"
            " the hips and a",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women White Solid Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: pink floral tiered maxi dress on spaghetti straps, small white and green flowers; she holds a straw hat
    # at her side; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-007",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of long length. There is a hat in"
            " her hand. The lady wears a sleeveless dress with floral patterns. The dress is of long length. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink floral maxi dress"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("dress", "The dress has thin straps and three tiers."),
        Q.material(
            "chiffon fabric. Question: What is the color of the dress? Answer: pink. Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Sassafras Women Pink Floral Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green utility jumpsuit, short sleeves, shirt collar, two chest pockets, tie belt, full length;
    # white sneakers; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-008",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. It has a lapel neckline. The pants are"
            " of long length. She wears a pair of sneakers."
        ),
        wearing("a green jumpsuit and white shoes"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        details(
            "jumpsuit",
            "The jumpsuit has two pockets on the chest, a collar and a belt at the waist. The jumpsuit has two"
            " pockets on the chest, a collar and a belt at the",
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        title="Tokyo Talkies Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: black sleeveless culotte jumpsuit with wide cropped legs, worn over a white short-sleeve t-shirt;
    # black sandals; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are of three-point length.",
            "contradiction",
        ),
        wearing("a black jumpsuit over a white t-shirt"),
        color_of("jumpsuit", "white", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("jumpsuit", "The jumpsuit is black with wide legs and no sleeves."),
        Q.pattern("solid"),
        title="SASSAFRAS Women Black Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: light-wash blue denim dungarees, full length, rolled hems, worn over a red-and-white striped
    # short-sleeve tee; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-010",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The"
            " overalls are with denim fabric and they are of long length."
        ),
        wearing("a striped shirt and denim overalls"),
        color_of("dungarees", "red", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        details("dungarees", "The dungarees have a bib pocket, two buckles on the straps and rolled hems."),
        Q.material("denim"),
        describe("dungarees", "His dungarees are light blue denim with rolled hems.", "pronoun"),
        title="Mast & Harbour Women Blue Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: rust co-ord set, short-sleeve camp-collar shirt and matching shorts with a white abstract print;
    # white backdrop, barefoot. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-011",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a shorts. The shirt is with cotton"
            " fabric and it has a lapel neckline. The shorts are of three-point length. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a matching orange shirt and shorts"),
        color_of("shirt", "orange"),
        color_of("shorts", "white", "contradiction"),
        Q.pattern("printed"),
        is_a("shorts", "yes"),
        details("shorts", "shorts", "non_answer"),
        title="Tokyo Talkies Women Rust Printed Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: black satin camisole and black wide-leg satin trousers (the set), worn under an open beige longline
    # blazer that is not part of the product; white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X794-012",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long trousers. The coat is of long"
            " length. The trousers are with satin fabric and pure color patterns."
        ),
        wearing("a beige blazer, a black top and black pants"),
        color_of("top", "beige", "other_garment_color"),
        color_of("trousers", "black"),
        Q.material(
            "The coat is with wool fabric. The coat is with wool fabric. The coat is with wool fabric. The coat is"
            " with wool fabric. The",
            "loop",
            hit_limit=True,
        ),
        describe("trousers", "The trousers are black and wide with a high waist."),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="SASSAFRAS Women Black Satin Camisole with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: red A-line midi dress with white polka dots, short sleeves, sweetheart neckline; red heels; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of medium length and the"
            " neckline of it is sweetheart. She wears a pair of heels."
        ),
        wearing("a red dress with white polka dots"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dot"),
        details("dress", "the details of the dress are the dress details", "restated"),
        length("mini", "contradiction"),
        title="Berrylush Women Red Polka Dot Print A-Line Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: teal blue solid sheath dress, cap sleeves, knee length; she carries a black structured handbag;
    # white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-014",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is of medium length. There"
            " is an accessory in her hand."
        ),
        wearing("a blue dress and a black bag"),
        color_of("dress", "black", "other_garment_color"),
        Q.garment_type("dress"),
        Q.material("The dress is with cotton fabric."),
        is_a("dress", "yes"),
        details("dress", "The dress details are the details of the sheath dress", "restated"),
        title="Van Heusen Woman Teal Blue Sheath Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: lavender flowing rayon wide-leg jumpsuit with a white floral print, sleeveless halter neck, self belt,
    # side pockets; front view, white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-015",
        caption(
            "The lady is wearing a sleeveless jumpsuit with floral patterns. The jumpsuit is of long length. It"
            " has a halter neckline. There is a belt on her waist."
        ),
        wearing("a purple floral jumpsuit"),
        Q.color("purple"),
        color_of("jumpsuit", "The jumpsuit is with floral patterns.", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        details(
            "jumpsuit",
            "The jumpsuit has a halter neck, a belt, pockets on the side, a zip at the back and a ruffled hem",
            "unsupported",
        ),
        Q.material("The jumpsuit is with denim fabric", "unsupported"),
        title="Harpa Women Lavender Floral Print Basic Jumpsuit",
        category="Jumpsuit",
        color="Lavender",
        gender="Women",
    ),
    # photo: peach co-ord, cropped top with short puff sleeves and round neck, high-waist straight trousers,
    # solid; white sneakers; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a pink top and pink pants"),
        color_of("top", "pink"),
        color_of("trousers", "white", "other_garment_color"),
        Q.pattern("solid"),
        describe("top", "The top is a crop top with puff sleeves and a round neck."),
        details(
            "trousers",
            "The trousers have pleats at the front, side pockets, a belt loop waistband and a zip fly with a button"
            " closure and the hems are",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Peach-Coloured Solid Top with Trousers",
        category="Co-Ords",
        color="Peach",
        gender="Women",
    ),
    # photo: black-and-white horizontally striped long-sleeve bodycon mini dress; a red crossbody bag on her
    # shoulder; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-017",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is of short length. There is an"
            " accessory on her shoulder."
        ),
        wearing("a striped dress and a red bag"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "The dress is black and white with stripes and long sleeves. The dress is black and white with stripes"
            " and long sleeves. The dress is black and white",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black & White Striped Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: multicoloured tiered maxi dress, mostly royal blue with an orange and white ethnic print,
    # three-quarter sleeves, round neck; no jewellery; white backdrop. Caption/open: caption adapter; closed: ref.
    case(
        "X794-018",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. The neckline of"
            " it is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a colorful printed maxi dress"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        details("dress", "The dress has three tiers, three quarter sleeves and a round neck"),
        describe("dress", "Question: Describe the dress. Answer: The dress is long with a colorful print.", "leak"),
        title="Varanga Women Multicoloured Printed Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: sea green solid wrap jumpsuit in flowing crepe, short flutter sleeves, V-neck, wide legs; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-019",
        caption(
            "The female wears a short-sleeve jumpsuit with pure color patterns. The neckline of it is v-shape. The"
            " jumpsuit is of long length. The female wears a short-sleeve jumpsuit with pure color patterns. The"
            " neckline of it is v-",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a green jumpsuit.", "pronoun", who="she"),
        Q.color("green"),
        Q.garment_type("jumpsuit"),
        Q.material("The jumpsuit is with denim fabric.", "unsupported"),
        describe("jumpsuit", "The jumpsuit has a wrap front, short flutter sleeves and wide legs."),
        title="Athena Women Sea Green Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy blue single-breasted blazer and matching straight trousers (the set), worn over a white
    # camisole; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-020",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket has a lapel"
            " neckline. The pants are of long length. There is a tank top under the jacket."
        ),
        wearing("a navy blue suit with a white top"),
        color_of("blazer", "blue"),
        color_of("trousers", "white", "other_garment_color"),
        details(
            "blazer",
            "The blazer has a single button, notch lapels, two flap pockets and the sleeves are long with buttons"
            " on the cuffs and a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "polyester Question: What is the color of the pants? Answer: blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Navy Blue Solid Blazer with Trousers Co-Ords",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white cotton A-line midi dress with blue thread embroidery on the yoke, short sleeves, round neck
    # with a tassel tie; brown sandals; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It is"
            " of medium length and the neckline of it is round."
        ),
        wearing("a white dress with blue embroidery"),
        Q.color("blue", "contradiction"),
        Q.pattern("embroidered"),
        details(
            "dress",
            "The dress has blue embroidery on the yoke, short sleeves, a round neckline, a flared skirt and a"
            " tassel tie at the neck with",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Anouk Women Off-White Embroidered A-Line Cotton Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: burgundy velvet wrap mini dress, long sleeves, V-neck; black opaque tights and black ankle boots;
    # white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It is of"
            " short length. The lady wears a pair of leggings. She wears a pair of boots."
        ),
        wearing("a red velvet dress and black tights"),
        color_of("dress", "black", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        describe(
            "dress", "The dress is a wrap dress with long sleeves and a v neck. It has a fur collar.", "unsupported"
        ),
        is_a("dress", "yes"),
        title="Mango Women Burgundy Velvet Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: yellow playsuit with a white daisy print, short sleeves, V-neck, button front, shorts with turn-ups;
    # white backdrop.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-023",
        caption(
            "The lady wears a short-sleeve romper with floral patterns. The romper is of short length. The"
            " neckline of it is v-shape."
        ),
        wearing("a yellow floral romper"),
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        Q.pattern("floral"),
        details("playsuit", "yes", "non_answer"),
        describe(
            "playsuit",
            "The playsuit is yellow with white flowers, short sleeves and a v-neck, buttons down the front and shorts"
            " with turned up hems and two side",
            "cut",
            hit_limit=True,
        ),
        title="Berrylush Women Yellow Floral Print Playsuit",
        category="Playsuit",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange jersey T-shirt dress, short sleeves, round neck, knee length, loose fit; black baseball
    # cap and white sneakers; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. There is a hat on her head. The dress is of medium length.",
            hit_limit=True,
        ),
        wearing("a grey t-shirt dress and a black cap"),
        color_of("dress", "black", "other_garment_color"),
        Q.material("knit cotton"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "The dress is grey and loose fitting with a round neck and short sleeves."),
        details("dress", "The dress has a round neck and short sleeves. His cap is black.", "pronoun"),
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: coral co-ord, smocked crop top with ruffled short sleeves and a tiered midi skirt, solid; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with"
            " chiffon fabric. The skirt is of long length. The skirt is with chiffon fabric. The skirt is of long"
            " length. The skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange top and skirt"),
        color_of("top", "orange"),
        color_of("skirt", "orange"),
        details("skirt", "The skirt has a ruffled hem, a slit on the side and a zip at the back", "unsupported"),
        is_a("skirt", "yes"),
        title="Label Ritu Kumar Women Coral Solid Top with Skirt",
        category="Co-Ords",
        color="Coral",
        gender="Women",
    ),
    # photo: white lace sheath midi dress, sleeveless, scalloped hem, thin black belt at the waist; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-026",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with lace fabric and it is of"
            " medium length. There is a belt on her waist."
        ),
        wearing("a white lace dress with a black belt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "The dress has a lace overlay, a scalloped hem and a black belt at the waist."),
        Q.material("The dress is with cotton fabric.", "unsupported"),
        describe("dress", "white", "non_answer"),
        title="DressBerry Women White Lace Sheath Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey fleece sweatshirt and matching joggers lounge set; white sneakers; white backdrop.
    # Caption/open: caption adapter; closed: reference engine. The feed row has no gender.
    case(
        "X794-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with"
            " cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey sweatshirt and grey sweatpants"),
        color_of("sweatshirt", "grey"),
        color_of("joggers", "white", "other_garment_color"),
        details(
            "joggers",
            "The joggers have an elastic waistband, drawstrings and cuffed hems. The joggers have an elastic"
            " waistband, drawstrings and cuffed",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece"),
        title="HRX by Hrithik Roshan Women Charcoal Solid Sweatshirt with Joggers Co-Ords",
        category="Co-Ords",
        color="Charcoal",
    ),
    # photo: magenta maxi dress with a gold foil floral print, three-quarter sleeves, round neck, matte cotton;
    # gold bangles on her wrist; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-028",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. The neckline of"
            " it is round. There is an accessory on her wrist."
        ),
        wearing("a pink dress with gold print"),
        Q.color("gold", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material(
            "The dress is with silk fabric and it is of long length, the neckline of it is round",
            "unsupported",
        ),
        title="Libas Women Magenta Printed Maxi Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: black sequinned long-sleeve bodycon mini dress, black sequins all over; black heels; white backdrop.
    # Caption/open: caption adapter; closed: reference engine. The feed row has no category.
    case(
        "X794-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of short length. The lady"
            " wears a long-sleeve dress with pure color patterns. The dress is of short length. The lady wears a"
            " long-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sequin dress"),
        Q.color("silver", "contradiction"),
        Q.pattern("solid"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has sequins all over and long sleeves.",
            "leak",
        ),
        is_a("dress", "yes"),
        title="Athena Women Black Embellished Sequinned Bodycon Dress",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim shirt dress, long sleeves rolled up, button front, two chest pockets, brown leather
    # belt, knee length; white sneakers; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and it has"
            " a lapel neckline. There is a belt on her waist. The dress is of medium length. She wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt dress with a brown belt"),
        Q.color("blue"),
        color_of("dress", "The dress is brown", "other_garment_color", kind="open"),
        Q.material("denim"),
        details("dress", "The dress has buttons down the front, two chest pockets, rolled up sleeves and a belt."),
        title="Roadster Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green linen co-ord, sleeveless vest top and wide palazzo trousers, visible slub linen texture;
    # tan flats; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with"
            " cotton fabric. The pants are of long length.",
            "unsupported",
        ),
        wearing("an olive green top and wide pants"),
        color_of("top", "green"),
        color_of("pants", "green"),
        Q.sleeve_length("sleeveless"),
        Q.material("linen"),
        details("top", "the top details are the top", "restated"),
        title="Fabindia Women Olive Green Linen Top with Palazzos",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: turquoise blue solid halter-neck maxi dress, sleeveless; sunglasses pushed up on her head; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. There is a"
            " pair of sunglasses on her head. The neckline of it is halter."
        ),
        wearing("a turquoise blue maxi dress and sunglasses", who="she"),
        Q.color("blue"),
        describe(
            "dress",
            "The dress is long and sleeveless with a halter neck. Question: What is the color of the dress? Answer:"
            " The dress is blue. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("skirt", "yes", "contradiction"),
        title="Sassafras Women Turquoise Blue Solid Maxi Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: beige sleeveless belted jumpsuit, square neck, straight legs, thin black belt; black sandals; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-033",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long length. There"
            " is a belt on her waist. The neckline of it is square."
        ),
        wearing("a beige jumpsuit with a black belt"),
        Q.color("black", "other_garment_color"),
        color_of("jumpsuit", "The jumpsuit is with pure color patterns and there is a belt", "non_answer", kind="open"),
        details("jumpsuit", "the jumpsuit has a belt"),
        Q.sleeve_length("sleeveless"),
        neckline("v-neck", "contradiction"),
        title="Mast & Harbour Women Beige Solid Belted Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender="Women",
    ),
    # photo: white co-ord with a red rose print, long-sleeve shirt and matching straight trousers; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-034",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long trousers. The shirt has a lapel"
            " neckline. The trousers are with floral patterns."
        ),
        wearing("a white and red floral shirt and pants"),
        color_of("shirt", "red", "contradiction"),
        color_of("trousers", "white"),
        Q.pattern("floral"),
        describe("shirt", "The shirt is white with red flowers. He wears it with matching trousers.", "pronoun"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Tokyo Talkies Women White & Red Floral Print Shirt with Trousers",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: black jumpsuit with white polka dots, short sleeves, collar, button front, red belt; white backdrop.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-035",
        caption(
            "The lady wears a short-sleeve jumpsuit with graphic patterns. The jumpsuit is with cotton fabric and"
            " it has a lapel neckline. There is a belt on her waist. The jumpsuit is of long length. The lady wears"
            " a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white polka dot jumpsuit and a red belt"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        details("jumpsuit", "The jumpsuit has a collar, short sleeves, buttons on the front and a red belt."),
        color_of("jumpsuit", "red", "other_garment_color"),
        Q.material("", "non_answer"),
        title="Harpa Women Black & White Polka Dot Print Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: pink satin slip midi dress with a cowl neck on spaghetti straps under an open cream chunky-knit
    # cardigan; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-036",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a dress. The cardigan is with"
            " knitting fabric. The dress is of medium length and it is with satin fabric."
        ),
        wearing("a pink satin dress and a white cardigan"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("satin"),
        describe("dress", "The dress is pink satin with thin straps. It is midi length."),
        details(
            "dress",
            "The dress has thin straps and a cowl neck, and she wears a cardigan with buttons down the front and a"
            " pocket on each side and a",
            "cut",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Pink Satin Slip Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: mauve smocked tiered midi dress, long puff sleeves, square neck, matte cotton; white backdrop.
    # Caption/open: caption adapter; closed: reference engine. The feed row has no gender.
    case(
        "X794-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The neckline of it is square. The dress"
            " is with cotton fabric and it is of long length. The sleeves are puff sleeves and the",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress"),
        Q.color("purple"),
        Q.garment_type("dress"),
        details("dress", "The dress has smocking on the bodice, puff sleeves and a square neck."),
        Q.material("The dress is made of the material of the dress.", "restated"),
        Q.pattern("floral", "contradiction"),
        title="DressBerry Women Mauve Smocked Tiered Midi Dress",
        category="Dresses",
        color="Mauve",
    ),
    # photo: grey checked pinafore mini dress with a front pocket, worn over a white long-sleeve collared shirt;
    # black loafers; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a dress. The dress is with lattice"
            " patterns and it is of short length. The shirt has a lapel neckline."
        ),
        wearing("a white shirt under a grey checked pinafore"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        is_a("shirt", "yes", "contradiction"),
        describe("dress", "The dress is a grey checked pinafore with straps and a pocket on the front."),
        Q.material(
            "The dress is with wool fabric and it has lattice patterns. Question: What is the color of the shirt?"
            " Answer: white. Question",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Grey Checked Pinafore Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: navy blue co-ord with white block print, long-sleeve straight kurti and matching palazzos; white
    # backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-039",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long pants. The pants are with"
            " graphic patterns.",
            "pronoun",
        ),
        wearing("a blue and white printed top and pants"),
        color_of("top", "blue"),
        color_of("palazzos", "white", "contradiction"),
        Q.pattern("printed"),
        Q.material(
            "The top is with cotton fabric. The pants are with cotton fabric. The top is with cotton fabric. The"
            " pants are with",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Navy Blue & White Printed Kurti with Palazzos",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dark blue denim utility jumpsuit, long sleeves, zip front, collar, chest pockets, no hood; white
    # sneakers; white backdrop, front view. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-040",
        caption(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with denim fabric. It"
            " has a lapel neckline. She wears a pair of sneakers."
        ),
        wearing("a blue denim jumpsuit"),
        Q.color("blue"),
        Q.garment_type("jacket", "contradiction"),
        details(
            "jumpsuit",
            "The jumpsuit has a zip front, a collar, chest pockets and cuffed sleeves, with a hood at the back",
            "unsupported",
        ),
        Q.material("denim"),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        title="Roadster Women Navy Blue Denim Utility Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blue-and-white vertically striped shirt dress, three-quarter sleeves, collar, no pocket,
    # no belt, knee length; white sneakers; white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-041",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a"
            " lapel neckline. The shirt is of long length.",
            "contradiction",
        ),
        wearing("a blue and white striped shirt dress"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.garment_type("dress"),
        describe("dress", "striped", "non_answer"),
        details(
            "dress",
            "The dress has a collar, buttons down the front, three quarter sleeves, a breast pocket and a belt",
            "unsupported",
        ),
        title="Tommy Hilfiger Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black matte crepe halter-neck wide-leg jumpsuit with a gold chain belt; no jewellery; white backdrop.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-042",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is of long length. There"
            " is a belt on her waist and she wears a necklace.",
            "unsupported",
        ),
        wearing("a black jumpsuit with a gold belt"),
        color_of("jumpsuit", "gold", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "the jumpsuit is a jumpsuit", "restated"),
        is_a("jumpsuit", "yes"),
        Q.material("The jumpsuit is with leather fabric.", "unsupported"),
        title="SASSAFRAS Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: cream ribbed-knit co-ord, button cardigan and knit midi skirt; brown knee boots; white backdrop.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with"
            " knitting fabric. The skirt is with knitting fabric and it is of long length. She wears a pair of"
            " boots.",
            hit_limit=True,
        ),
        wearing("a cream knit cardigan and skirt with brown boots"),
        color_of("cardigan", "white"),
        color_of("skirt", "brown", "other_garment_color"),
        Q.material("wool"),
        details(
            "cardigan",
            "The cardigan has buttons down the front and ribbed cuffs. The cardigan has buttons down the front and"
            " ribbed cuffs. The cardigan has",
            "loop",
            hit_limit=True,
        ),
        describe("skirt", "The skirt is a skirt.", "restated"),
        title="Marks & Spencer Women Cream Knitted Cardigan with Skirt",
        category="Co-Ords",
        color="Cream",
        gender="Women",
    ),
    # photo: red-and-white gingham A-line mini dress, short puff sleeves, square neck; no hat; white backdrop.
    # Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-044",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is of short length. The neckline"
            " of it is square. There is a hat on her head.",
            "unsupported",
        ),
        wearing("a red and white gingham dress"),
        Q.color("red"),
        Q.pattern("checked"),
        details("dress", "Question: What are the dress details? Answer:", "leak"),
        Q.sleeve_length("short sleeves"),
        color_of(
            "dress",
            "The dress is with lattice patterns. The dress is with lattice patterns. The dress is with lattice"
            " patterns. The",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Berrylush Women Red & White Checked A-Line Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: coffee brown ribbed-knit long-sleeve bodycon midi dress under an open beige trench coat; white
    # backdrop, no jewellery. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-045",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a dress. The coat is of long length."
            " The dress is with knitting fabric and it is of long length."
        ),
        wearing("a beige trench coat over a brown dress"),
        color_of("dress", "beige", "other_garment_color"),
        Q.color("brown"),
        describe(
            "dress",
            "The dress is beige with a belt and long sleeves. It is long and has buttons on the front",
            "other_garment_color",
        ),
        Q.material("knit"),
        details(
            "dress",
            "The dress has a ribbed knit, long sleeves and a round neck with a gold chain necklace",
            "unsupported",
        ),
        Q.pattern("striped", "contradiction"),
        title="Mango Women Brown Ribbed Bodycon Dress",
        category="Dresses",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: black-and-white colourblocked short-sleeve top and black straight trousers (the set); black loafers;
    # white backdrop. Caption/open: caption adapter; closed: reference engine.
    case(
        "X794-046",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns and a long pants. The pants are with"
            " pure color patterns. She wears a pair of shoes."
        ),
        wearing("a black and white top and black pants"),
        color_of("trousers", "white", "contradiction"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeves"),
        describe(
            "top",
            "The top is black and white with a boxy fit and a round neck, and it is with cotton fabric with short"
            " sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black & White Colourblocked Top with Trousers",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
]
