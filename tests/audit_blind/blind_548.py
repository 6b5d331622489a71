"""BLIND_548 (46 products; Myntra men's everyday wear night on the default questionnaire, models and flat-lays): written
blind in the fifty-first session. Measured blind at 1c9a51d (the session's first rules): 121/144 failures found (84.0%)
and 11/202 correct texts flagged (5.4%). The writer's notes, verbatim:

Scenario: a Myntra-like men's catalog feed (title, category, color, gender; a few rows lack a column, one seller color
is wrong) run through enrich's default questionnaire. Photos are 3:4 catalog shots on white or light grey studio
backdrops: tees, polos, shirts, jeans, chinos and trousers, track pants, shorts, sweatshirts and jackets, mostly on a
male model who wears other clothes beside the product (jeans under a tee, a tee under an open shirt or jacket), and
four flat-lays (a pack of three tees, folded jeans, track pants, a hoodie).

Who wrote what: captions by the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3, 50 new tokens,
greedy): the DeepFashion-MultiModal template ("The shirt this gentleman wears has short sleeves, cotton fabric and
pure color patterns"), no hue names, patterns as "pure color / lattice / graphic / striped / floral / color block",
a habit of inventing accessories ("There is an accessory on his wrist"), of calling the man "the lady", and of running
to 50 tokens and stopping mid-sentence or repeating a sentence. Open answers (wearing, description, details,
material) by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 30 new tokens, greedy):
short In-shop style answers when it stops, otherwise loops, cuts at 30 tokens, or runs on into a new
"Question: ... Answer:" pair; it often gives the product the color of the other garment in the photo and invents
pockets, logos and hoods. Closed answers (garment_type, color, pattern, sleeve_length) by enrich's --engine reference,
one candidate value each: never a loop or a cut, but sometimes the inner tee's type, the jeans' color, the backdrop's
white, or "striped" for quilting.

Labeling conventions and judgement calls:
- Every label is judged against the photo as described in the "# photo:" comment, not against the seller columns: the
  maroon polo the seller lists as "Brown" is right when called maroon.
- other_garment_color: the product (the labelled garment) is given a color that belongs to another garment worn in
  the photo, in an open answer or in the closed color answer alike. When the product keeps its own color but the
  other garment gets it too ("navy t-shirt and navy jeans" for light blue jeans), or the color comes from the
  product's own print or from the backdrop, the label is contradiction.
- contradiction also covers a wrong garment type (the inner tee's "t-shirt" for the open shirt, "jeans" for chinos or
  denim shorts), a wrong pattern or sleeve length, another garment's pattern given to the product, a single color
  for a three-color pack, and a caption fabric that contradicts a fabric named in the title (cotton for linen).
- unsupported: something the photo does not show (a logo, a hood, a kangaroo pocket, a back pocket in a front view,
  an accessory on a bare wrist, a person and jeans invented for a flat-lay) or a material the photo visibly rules out
  (leather tee, denim formal trousers, silk office shirt). The usual fabric of the garment type (cotton tee, denim
  jeans, polyester track pants, fleece joggers, nylon puffer) counts as correct.
- The caption adapter's template subject ("The gentleman wears ...") on a flat-lay is not labelled when it says only
  true things about the garment; it is unsupported when it adds a garment that is not there.
- One label per text, the most telling: loop before leak before cut. A loop or leak that ran to the token limit has
  hit_limit=True as well. A caption that ran to 50 tokens but ended on a complete sentence carries hit_limit=True
  and no failure.
- non_answer: an empty answer, "yes"/"no", a bare color, or "it is a jacket" to an open question. restated: a
  sentence made of the question's words ("the garment is made of a material", the question echoed back). A bare
  garment name to "What is the person wearing?" is accepted as an answer.
- pronoun: she/her/lady for the male model, in a caption or an answer.
- A polo called "t-shirt" by the closed engine is correct (Myntra files polos under Tshirts); "sweatshirt" for a
  hooded sweatshirt is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

W = DEFAULT_QUESTIONS.wearing
GT = DEFAULT_QUESTIONS.garment_type
CO = DEFAULT_QUESTIONS.color
PA = DEFAULT_QUESTIONS.pattern
SL = DEFAULT_QUESTIONS.sleeve_length
DE = DEFAULT_QUESTIONS.description
DT = DEFAULT_QUESTIONS.details
MA = DEFAULT_QUESTIONS.material

BLIND_548 = [
    # photo: plain navy blue crew-neck tee, short sleeves, on a male model with light blue jeans, white backdrop,
    # front view. Caption: caption adapter; open answers: VQA adapter; closed: reference engine.
    case(
        "X548-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. The gentleman wears long denim trousers with solid color patterns."
        ),
        W("a navy blue t-shirt and navy blue jeans", "contradiction"),
        GT("t-shirt"),
        CO("navy blue"),
        PA("solid"),
        SL("short"),
        DE("a navy blue t-shirt with a round neck and short sleeves"),
        DT("the t-shirt has a small logo on the chest", "unsupported"),
        MA("cotton"),
        title="Proline Men Solid Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white pique polo with navy collar tipping, two-button placket, small embroidered logo on the left chest,
    # worn with khaki chinos, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-002",
        caption(
            "The man wears a short-sleeve polo shirt with pure color patterns and a lapel neckline. The polo shirt "
            "is with cotton fabric. The trousers this man wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        W("he is wearing a white polo shirt and beige pants"),
        GT("polo shirt"),
        CO("beige", "other_garment_color"),
        DE(
            "a white polo shirt with a navy blue collar and a navy blue collar and a navy blue collar and a navy "
            "blue collar and a",
            "loop",
            hit_limit=True,
        ),
        DT("the collar has navy blue tipping and there are two buttons on the placket"),
        MA("cotton pique"),
        title="U.S. Polo Assn. Men White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black tee with a large white skull print on the front, short sleeves, worn with grey distressed jeans,
    # white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-003",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears long denim pants with pure color patterns.",
            "contradiction",
        ),
        W("black tee and grey jeans"),
        GT("t-shirt"),
        CO("black"),
        PA("graphic"),
        DE("a grey t-shirt with a skull print on the front", "other_garment_color"),
        DT("skull print on the front, short sleeves, round neck"),
        MA("leather", "unsupported"),
        title="Tantra Men Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red and white horizontal striped (breton) tee, short sleeves, worn with navy cotton shorts, white
    # backdrop, full-length front view. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-004",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "pants this lady wears is of three-point length. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        W("a red and white striped t-shirt and navy shorts"),
        GT("t-shirt"),
        CO("red"),
        PA("solid", "contradiction"),
        SL("short"),
        DE("red and white stripes"),
        DT(
            "stripes Question: What is the color of the shorts? Answer: navy blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        MA("wool", "unsupported"),
        title="United Colors of Benetton Men Striped Red T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of a pack of three plain crew-neck tees (grey melange, black, white) side by side on a white
    # backdrop, no person. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The trousers this gentleman wears is of long length.",
            "unsupported",
        ),
        W("three t-shirts"),
        GT("t-shirt"),
        CO("grey", "contradiction"),
        DE("three t-shirts in grey, black and white with round necks"),
        DT("a man wearing a grey t-shirt and blue jeans", "unsupported"),
        MA("cotton"),
        title="Campbell Men Pack of 3 Solid T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: olive crew-neck tee with a patch pocket on the left chest, short sleeves, black jeans, white sneakers,
    # light grey backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The gentleman wears long pants. The pants are with denim fabric."
        ),
        W("she is wearing an olive t-shirt and black jeans", "pronoun"),
        GT("t-shirt"),
        CO("green"),
        SL("long", "contradiction"),
        DE("olive green t-shirt with a pocket on the chest"),
        DT("chest pocket"),
        MA("cotton"),
        title="Locomotive Men Olive Pocket T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange long-sleeve henley tee with a three-button placket and ribbed cuffs, dark indigo jeans,
    # bare wrists, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-007",
        caption(
            "The man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears long denim pants. There is an accessory on his wrist.",
            "unsupported",
        ),
        W("grey henley and dark blue jeans"),
        GT("t-shirt"),
        CO("grey"),
        SL("short", "contradiction"),
        DE("a dark blue long sleeve t-shirt with buttons", "other_garment_color"),
        DT("three buttons on the placket, long sleeves, ribbed cuffs"),
        MA("cotton Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Flying Machine Men Grey Melange Henley T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: yellow tee with a big blue "NYC 1986" text print on the chest, short sleeves, no sleeve logo, worn with
    # light grey track pants, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        W("a yellow t-shirt with blue letters and grey track pants"),
        GT("t-shirt"),
        CO("blue", "contradiction"),
        PA("printed"),
        DE(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow",
            "loop",
            hit_limit=True,
        ),
        DT("a blue nyc print on the front and a small puma logo on the sleeve", "unsupported"),
        MA("cotton"),
        title="Puma Men Printed Yellow T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: plain maroon polo, two-button placket, no logo, short sleeves, mid-blue jeans, white backdrop; the
    # seller lists it as Brown. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-009",
        caption(
            "The shirt this man wears has short sleeves, cotton fabric and pure color patterns. It has a lapel "
            "neckline. The man wears long pants. The pants are with denim fabric and solid color patterns."
        ),
        W("a maroon polo shirt and maroon jeans", "contradiction"),
        GT("polo shirt"),
        CO("maroon"),
        DE("a maroon polo shirt with a collar, two buttons and a white embroidered logo on the chest", "unsupported"),
        DT("yes", "non_answer"),
        MA("cotton"),
        title="Basics Men Brown Polo T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: sky blue polo with a single navy stripe across the chest, ribbed collar, white cotton shorts, light grey
    # backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-010",
        caption(
            "The shirt this gentleman wears has short sleeves, cotton fabric and striped patterns. It has a lapel "
            "neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        W("a blue polo shirt and white shorts"),
        GT("polo shirt"),
        CO("white", "other_garment_color"),
        PA("striped"),
        DE("light blue polo shirt with a navy stripe across the chest"),
        DT(
            "navy stripe across the chest, navy stripe across the chest, navy stripe across the chest, navy stripe "
            "across the chest, navy",
            "loop",
            hit_limit=True,
        ),
        MA("denim", "unsupported"),
        title="Classic Polo Men Striped Blue Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black polo with red tipping on collar and sleeve hems, small white swoosh on the chest, grey chinos,
    # no watch or bracelet, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-011",
        caption(
            "The shirt this man wears has short sleeves, cotton fabric and pure color patterns. It has a lapel "
            "neckline. The man wears long pants. The pants are with cotton fabric. There is an accessory on his "
            "wrist.",
            "unsupported",
        ),
        W("black polo shirt and grey pants"),
        GT("polo shirt"),
        CO("grey", "other_garment_color"),
        SL("short"),
        DE("a black polo shirt with white collar", "contradiction"),
        DT("red tipping on the collar and sleeves, small white swoosh on the chest"),
        MA("", "non_answer"),
        title="Nike Men Black Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain mustard yellow polo, short sleeves, three-button placket, worn with dark navy jeans, white
    # backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-012",
        caption(
            "The shirt this gentleman wears has short sleeves, cotton fabric and pure color patterns. It has a "
            "lapel neckline. The pants this gentleman wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        W("a dark blue polo shirt and jeans", "other_garment_color"),
        GT("t-shirt"),
        CO("yellow"),
        PA("solid"),
        DE(
            "a yellow polo shirt Question: What is the color of the jeans? Answer: blue Question: What is the color "
            "of the",
            "leak",
            hit_limit=True,
        ),
        MA("cotton"),
        title="U.S. Polo Assn. Men Solid Mustard Polo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white polo with green and navy color-block panels across the chest, short sleeves, buttoned placket,
    # navy track pants, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-013",
        caption(
            "The shirt this man wears has short sleeves, cotton fabric and color block patterns. It has a lapel "
            "neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        W("white polo shirt and navy pants"),
        GT("polo shirt"),
        CO("white"),
        PA("color block"),
        SL("long", "contradiction"),
        DE("a white polo shirt with a green and navy panel on the chest"),
        DT("the shirt has a zip on the collar and zip pockets on the sides", "unsupported"),
        MA(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Lotto Men Colourblocked White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue and white checked casual shirt, long sleeves, button-down collar, one chest pocket, buttoned and
    # untucked over beige chinos, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference.
    case(
        "X548-014",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        W("a blue checked shirt and beige chinos"),
        GT("shirt"),
        CO("blue"),
        PA("checked"),
        SL("short", "contradiction"),
        DE("a beige shirt with long sleeves", "other_garment_color"),
        DT(
            "button down collar, one chest pocket, blue and white checks, long sleeves with buttoned cuffs and a "
            "curved hem at the",
            "cut",
            hit_limit=True,
        ),
        MA("cotton"),
        title="Wrangler Men Checked Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white formal shirt, long sleeves, one chest pocket, tucked into charcoal grey trousers with a black belt,
    # white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-015",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The man wears long trousers. There is an accessory in his waist."
        ),
        W("a white shirt and grey trousers with a black belt"),
        GT("shirt"),
        CO("grey", "other_garment_color"),
        PA("solid"),
        DE("the garment is a garment that is worn by a man", "restated"),
        DT("she is wearing a white shirt with a pocket", "pronoun"),
        title="Peter England Men Solid White Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy linen shirt with a mandarin collar, long sleeves rolled to the elbow, white trousers, white
    # backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        W("a white shirt and white pants", "other_garment_color"),
        GT("shirt"),
        CO("navy blue"),
        SL("long"),
        DE("a navy shirt with a mandarin collar and rolled up sleeves"),
        DT(
            "the sleeves are rolled up, the collar is a mandarin collar, the sleeves are rolled up, the collar is a "
            "mandarin collar, the",
            "loop",
            hit_limit=True,
        ),
        MA("linen"),
        title="Indigo Nation Men Navy Blue Linen Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel shirt with two flap chest pockets, worn open over a plain white tee,
    # blue jeans, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-017",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. This "
            "gentleman also wears a T-shirt with pure color patterns. The gentleman wears long denim pants."
        ),
        W("a red and black checked shirt over a white t-shirt and blue jeans"),
        GT("t-shirt", "contradiction"),
        CO("white", "other_garment_color"),
        PA("checked"),
        DE("a red and black plaid flannel shirt worn open"),
        DT("the shirt is open with buttons down the front and two flap pockets on the chest"),
        MA(
            "flannel Question: Is this a shirt? Answer: yes Question: Is this a t-shirt? Answer: no Question: Is this",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: light pink slim-fit office shirt, long sleeves, plain cotton poplin, navy chinos, white backdrop; the
    # row has no gender. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The lady wears long trousers.",
            "pronoun",
        ),
        W("pink shirt and blue pants"),
        GT("shirt"),
        CO("pink"),
        SL("long"),
        DE("pink", "non_answer"),
        MA("silk", "unsupported"),
        title="Arrow Men Solid Pink Shirt",
        category="Shirts",
        color="Pink",
    ),
    # photo: olive utility shirt with two flap chest pockets, epaulettes and metal snap buttons, long sleeves, black
    # jeans, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        W("a green shirt and black jeans"),
        GT("jacket", "contradiction"),
        CO("olive"),
        PA("solid"),
        DE("an olive shirt with two pockets on the chest and epaulettes on the shoulders"),
        DT("two flap pockets, epaulettes, metal buttons"),
        title="Mufti Men Olive Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white short-sleeve casual shirt with a small black dot print, light blue denim shorts, white backdrop.
    # Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-020",
        caption(
            "The shirt this man wears has long sleeves, cotton fabric and graphic patterns. It has a lapel "
            "neckline. The man wears a three-point shorts. The shorts are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        W("a white printed shirt and denim shorts"),
        GT("shirt"),
        CO("blue", "other_garment_color"),
        PA("printed"),
        SL("short"),
        DE("white short sleeve shirt with a small black dot print"),
        DT(
            "it has a it has a it has a it has a it has a it has a it has a it has a it has a it has a",
            "loop",
            hit_limit=True,
        ),
        title="Highlander Men Printed White Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: plain charcoal grey shirt, long sleeves, pointed collar, no pockets, black trousers, black shoes, dark
    # grey studio backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-021",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        W("a grey shirt and black pants"),
        GT("shirt"),
        CO("black", "other_garment_color"),
        DE(
            "a dark grey button up shirt with long sleeves and a pointed collar, worn with black pants and black "
            "shoes against a dark grey backdrop in a",
            "cut",
            hit_limit=True,
        ),
        DT("a pocket on the chest with a flap and epaulettes", "unsupported"),
        MA("cotton"),
        title="United Colors of Benetton Men Charcoal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with light fading on thighs and knees, white crew tee, white sneakers, white
    # backdrop, front view only. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with denim fabric and solid color "
            "patterns."
        ),
        W("a white t-shirt and blue jeans"),
        GT("jeans"),
        CO("white", "other_garment_color"),
        PA("striped", "contradiction"),
        DE(
            "blue slim fit jeans with a light wash on the thighs and knees, worn with a white t-shirt and white "
            "sneakers on a white",
            "cut",
            hit_limit=True,
        ),
        DT("five pockets, light fading on the thighs, brown leather patch on the back", "unsupported"),
        MA("denim"),
        title="Locomotive Men Washed Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, worn with a plain grey crew sweatshirt, white backdrop. Caption: caption adapter;
    # open: VQA adapter; closed: reference engine.
    case(
        "X548-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns."
        ),
        W("he is wearing a grey sweatshirt and black jeans"),
        GT("jeans"),
        CO("grey", "other_garment_color"),
        DE("blue skinny jeans", "contradiction"),
        DT("What are the details of the garment?", "restated"),
        MA("denim"),
        title="Spykar Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: dark indigo straight jeans with a zip fly, worn with an untucked light blue chambray shirt, white
    # backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it "
            "has a lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        W("light blue denim shirt and dark blue jeans"),
        GT("shirt", "contradiction"),
        CO("blue"),
        DE("light blue jeans with a straight fit", "other_garment_color"),
        DT("five pocket jeans with a zip fly"),
        MA("yes", "non_answer"),
        title="Lee Men Dark Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey faded jeans with ripped knees, worn with a black tee, no chains or belt visible, white backdrop.
    # Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-025",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        W("she is wearing a black top and grey ripped jeans", "pronoun"),
        GT("jeans"),
        CO("grey"),
        DE(
            "grey jeans with rips on the knees and rips on the knees and rips on the knees and rips on the knees and "
            "rips on",
            "loop",
            hit_limit=True,
        ),
        DT("ripped knees, faded thighs and a chain on the belt loop", "unsupported"),
        MA("denim"),
        title="Killer Men Grey Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of folded light blue stonewash jeans showing the button fly, five pockets and copper rivets,
    # white backdrop, no person. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-026",
        caption(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        W("a man wearing a white shirt and light blue jeans", "unsupported"),
        GT("jeans"),
        CO("white", "contradiction"),
        DE("a pair of light blue jeans folded on a white background"),
        DT("light wash, five pockets, copper rivets, button fly"),
        MA("denim"),
        title="Wrangler Men Light Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos with slant pockets and belt loops, worn with a navy polo, white backdrop. Caption:
    # caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-027",
        caption(
            "The shirt this gentleman wears has short sleeves, cotton fabric and pure color patterns. It has a "
            "lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        W("she is wearing a navy polo shirt and khaki pants", "pronoun"),
        GT("polo shirt", "contradiction"),
        CO("navy blue", "other_garment_color"),
        DE("khaki chinos with slant pockets"),
        DT("slant pockets on the front, belt loops, button closure"),
        MA("cotton"),
        title="Basics Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy chinos with rolled hems, worn with a white shirt with sleeves rolled up, white backdrop. Caption:
    # caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-028",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a lapel neckline. The trousers this man "
            "wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        W("a white shirt and navy blue chinos"),
        GT("jeans", "contradiction"),
        CO("white", "other_garment_color"),
        DE("navy chinos with rolled up hems"),
        DT("there are details on the garment", "restated"),
        MA("cotton"),
        title="United Colors of Benetton Men Navy Blue Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige flat-front formal trousers with a pressed crease, light blue shirt tucked in, brown leather belt,
    # white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory in his waist.",
            hit_limit=True,
        ),
        W("a light blue shirt and beige trousers with a brown belt"),
        GT("trousers"),
        CO("blue", "other_garment_color"),
        PA("solid"),
        DE("beige trousers with a crease down the front"),
        DT("no", "non_answer"),
        MA("denim", "unsupported"),
        title="Arrow Men Beige Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: olive cargo trousers with flap side pockets, worn with a black tee, white backdrop. Caption: caption
    # adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        W(
            "a black t-shirt and olive pants and a black t-shirt and olive pants and a black t-shirt and olive "
            "pants and a black",
            "loop",
            hit_limit=True,
        ),
        GT("track pants", "contradiction"),
        CO("green"),
        DE("olive green cargo pants with side pockets"),
        DT("Question: What is the color of the t-shirt? Answer: black", "leak"),
        MA("cotton"),
        title="Roadster Men Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black track pants with three white side stripes, drawstring waist and zip pockets, white tee, white
    # sneakers, white backdrop; no gender in the row. Caption: caption adapter; open: VQA adapter; closed: reference.
    case(
        "X548-031",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants this man wears is of three-point length. The pants are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        W("white t-shirt and black track pants"),
        GT("track pants"),
        CO("black"),
        DE("black track pants with three white stripes down the side"),
        DT("three white stripes on the sides, elastic waistband with drawstring, zip pockets"),
        MA("the material of the garment", "restated"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # photo: navy track pants with white piping down the sides and a drawstring waist, red crew tee, white backdrop.
    # Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        W("a red t-shirt and navy blue track pants"),
        GT("track pants"),
        CO("red", "other_garment_color"),
        DE(
            "navy blue track pants with white piping on the sides and a drawstring waist and a drawstring waist and "
            "a drawstring waist and a",
            "loop",
            hit_limit=True,
        ),
        MA("polyester"),
        title="Puma Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange joggers with cuffed ankles, drawstring waist and side pockets, black hoodie, front view,
    # white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-033",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        W("a black hoodie and black sweatpants", "contradiction"),
        GT("track pants"),
        CO("black", "other_garment_color"),
        DE("grey joggers with cuffs at the ankles"),
        DT("cuffed ankles, drawstring waist, side pockets and a zip pocket on the back", "unsupported"),
        MA("fleece Answer: fleece", "leak"),
        title="Proline Men Grey Melange Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay of maroon track pants with a white stripe down each side, white logo on the left thigh and
    # zipped ankles, white backdrop, no person. Caption: caption adapter; open: VQA adapter; closed: reference.
    case(
        "X548-034",
        caption("The pants this man wears is of long length. The pants are with cotton fabric and striped patterns."),
        W("the person is wearing a garment", "restated"),
        GT("track pants"),
        CO("red"),
        DE("maroon track pants with a white stripe down each side"),
        DT(
            "maroon track pants with a white stripe down each side and a white logo on the left thigh and a zip on "
            "each ankle, a",
            "cut",
            hit_limit=True,
        ),
        MA("polyester"),
        title="Lotto Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: khaki cargo shorts with side pockets, plain white tee, no hat, white backdrop. Caption: caption adapter;
    # open: VQA adapter; closed: reference engine.
    case(
        "X548-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The shorts this gentleman wears is of three-point length. The gentleman wears a hat.",
            "unsupported",
        ),
        W("white t-shirt and khaki shorts"),
        GT("shorts"),
        CO("white", "other_garment_color"),
        DE(
            "khaki cargo shorts with pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets "
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets",
            "loop",
            hit_limit=True,
        ),
        DT("the shorts are short", "non_answer"),
        MA("cotton"),
        title="Basics Men Khaki Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy board shorts with a white palm-leaf print and drawstring waist, white tank top, front view, white
    # backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-036",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of the tank top "
            "is round. The shorts this man wears is of short length. The shorts are with cotton fabric and floral "
            "patterns."
        ),
        W("a white tank top and navy shorts with palm leaves"),
        GT("shorts"),
        CO("navy blue"),
        PA("solid", "contradiction"),
        DE("white shorts with a palm print", "other_garment_color"),
        DT("white palm leaf print, drawstring waist, velcro pocket at the back", "unsupported"),
        MA("the garment is made of the material of the garment", "restated"),
        title="Quiksilver Men Printed Navy Blue Board Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black sports shorts with a white swoosh on the left leg and an elastic waistband, no pockets, grey tee,
    # white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The shorts this gentleman wears is of three-point length."
        ),
        W("a grey t-shirt and black shorts"),
        GT("track pants", "contradiction"),
        CO("black"),
        DE("grey shorts with a white logo", "other_garment_color"),
        DT("white swoosh logo on the left leg, elastic waistband, zip pockets on both sides", "unsupported"),
        MA("polyester"),
        title="Nike Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue denim shorts with frayed hems, worn with a navy and white striped tee, white backdrop.
    # Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. "
            "The shorts this gentleman wears is of three-point length. The shorts are with denim fabric and pure "
            "color patterns."
        ),
        W("he is wearing a striped t-shirt and denim shorts"),
        GT("jeans", "contradiction"),
        CO("blue"),
        PA("striped", "contradiction"),
        DE("navy blue denim shorts with frayed hems", "other_garment_color"),
        MA("denim"),
        title="Flying Machine Men Light Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt with "BROOKLYN" in navy letters on the chest, no hood, ribbed cuffs and
    # hem, black jeans, white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-039",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and "
            "it has a round neckline. The gentleman wears long pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        W(
            "a grey sweatshirt with navy blue brooklyn letters on the front and black jeans with white sneakers, "
            "standing against a white wall with his",
            "cut",
            hit_limit=True,
        ),
        GT("sweatshirt"),
        CO("grey"),
        PA("solid", "contradiction"),
        SL("long"),
        DE("grey sweatshirt with brooklyn written on the front in navy blue letters and a hood", "unsupported"),
        DT("ribbed cuffs and hem, navy brooklyn print on the chest"),
        MA("cotton"),
        title="Proline Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy full-zip hooded sweatshirt with two side pockets, worn open over a white tee, blue jeans, white
    # backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "This gentleman also wears a T-shirt with pure color patterns. The pants this gentleman wears is of "
            "long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        W("she is wearing a navy blue hoodie, a white t-shirt and blue jeans", "pronoun"),
        GT("sweatshirt"),
        CO("white", "other_garment_color"),
        DE(
            "a navy blue hoodie with a zip and a hood and a zip and a hood and a zip and a hood and a zip and a hood",
            "loop",
            hit_limit=True,
        ),
        DT("full zip, hood with drawstrings, kangaroo pocket", "unsupported"),
        MA("cotton"),
        title="Puma Men Navy Blue Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain maroon crew-neck sweatshirt, no pocket, ribbed cuffs, beige chinos, white backdrop. Caption:
    # caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-041",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting "
            "fabric. The sweater",
            "loop",
            hit_limit=True,
        ),
        W("a maroon sweater and maroon pants", "contradiction"),
        GT("sweatshirt"),
        CO("red"),
        DE("maroon sweatshirt with a round neck, ribbed cuffs and a kangaroo pocket", "unsupported"),
        DT(
            "Question: What is the color of the pants? Answer: beige Question: What is the color of the sweatshirt? "
            "Answer: maroon",
            "leak",
            hit_limit=True,
        ),
        MA("cotton"),
        title="United Colors of Benetton Men Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay of a black hooded sweatshirt with a large white tiger-face print and hood drawstrings, white
    # backdrop, no person; the row has no color. Caption: caption adapter; open: VQA adapter; closed: reference.
    case(
        "X548-042",
        caption("The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric."),
        W("a black hoodie with a tiger on it"),
        GT("sweatshirt"),
        CO("white", "contradiction"),
        PA("graphic"),
        DE("a black hoodie with a white tiger print on the front, laid flat on a white background"),
        DT("tiger print on the front and drawstrings on the hood"),
        MA("the garment is made of a material", "restated"),
        title="Jack & Jones Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: olive nylon bomber jacket with ribbed collar, cuffs and hem and a zip pocket on the left sleeve, worn
    # open over a white tee, black jeans, white backdrop. Caption: caption adapter; open: VQA adapter; closed: ref.
    case(
        "X548-043",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. This gentleman also wears a T-shirt with pure color patterns. The gentleman wears long "
            "denim pants."
        ),
        W("a green jacket, a white t-shirt and black jeans"),
        GT("jacket"),
        CO("black", "other_garment_color"),
        SL("long"),
        DE(
            "an olive green bomber jacket with ribbed cuffs and a ribbed collar worn open over a white t-shirt with "
            "black jeans and",
            "cut",
            hit_limit=True,
        ),
        DT("zip front, ribbed collar, cuffs and hem, zip pocket on the left sleeve"),
        MA("leather", "unsupported"),
        title="Roadster Men Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black leather biker jacket with asymmetric zip, zip pockets and snap collar, grey tee, blue jeans,
    # white backdrop. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-044",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric. This gentleman also wears a T-shirt with pure color patterns. The gentleman wears long "
            "pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        W("a black leather jacket, grey t-shirt and jeans"),
        GT("jacket"),
        CO("grey", "other_garment_color"),
        DE(
            "a black leather jacket with a zipper and a zipper and a zipper and a zipper and a zipper and a zipper "
            "and a zipper and",
            "loop",
            hit_limit=True,
        ),
        DT("asymmetric zip, zip pockets, snap collar"),
        MA("leather"),
        title="Fort Collins Men Black Leather Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy quilted puffer jacket with stand collar and two zip pockets, zipped up, grey trousers, white
    # backdrop; the row has no category. Caption: caption adapter; open: VQA adapter; closed: reference engine.
    case(
        "X548-045",
        caption(
            "The man wears a long-sleeve outer clothing with pure color patterns and a stand neckline. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        W("a grey puffer jacket and grey pants", "other_garment_color"),
        GT("jacket"),
        CO("navy blue"),
        PA("striped", "contradiction"),
        DE("it is a jacket", "non_answer"),
        DT("quilted panels, stand collar, zip front with two zip pockets"),
        MA("nylon"),
        title="Wildcraft Men Navy Blue Padded Jacket",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light wash blue denim trucker jacket with button front and two flap chest pockets, plain collar, worn
    # open over a black tee, black jeans, white backdrop. Caption: caption adapter; open: VQA adapter; closed: ref.
    case(
        "X548-046",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "denim fabric. This gentleman also wears a T-shirt with pure color patterns. The gentleman wears long "
            "denim pants."
        ),
        W("Answer: a denim jacket and black jeans", "leak"),
        GT("jeans", "contradiction"),
        CO("black", "other_garment_color"),
        DE("light blue denim jacket with button front and two chest pockets"),
        DT("the jacket has buttons on the front, two flap pockets on the chest and a sherpa collar", "unsupported"),
        MA("denim"),
        title="Levis Men Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
]
