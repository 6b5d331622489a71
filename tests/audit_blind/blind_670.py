"""BLIND_670 (46 products; In-shop apparel, base captions, adapter answers): written blind in the fifty-fourth session.
Measured blind at 66d12ac (the session's second rules): 116/128 failures found (90.6%) and 6/186 correct texts flagged
(3.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed (title, category, color, gender) for DeepFashion In-shop studio photos of women's and
men's tops, dresses, pants and outerwear: a model on a white or light grey backdrop, mostly front views, some side,
back and waist-down crops, nearly always wearing a second garment (jeans under a blouse, a tee under a jacket).

Who wrote what: every caption is the untuned base Salesforce/blip2-opt-2.7b (short "a woman in a ... and ..."
phrases, "t - shirt" spacing, the odd "arafed", props and settings it imagines, one color spread over two garments).
Every open answer is the caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption on the same base: it answers in
the DeepFashion-MultiModal template ("The lady wears a long-sleeve blouse with pure color patterns. The blouse is
with chiffon fabric and its neckline is round."), never trained an end token, so it loops or runs to the 30-token
limit unless it happens to emit a newline after a sentence; it echoes the `Question: ... Answer:` format, restates
the question, writes "her wrist" for men, and knows patterns better than hues. Closed answers (garment type, color,
pattern, sleeve length, neckline, "Is this a ...?") are enrich's --engine reference picking one candidate with the
same adapter: never loops or cuts, but often picks the color of the other garment or of the print.

Labeling conventions and judgement calls:
- The photo comment is the truth; the seller's columns are right in this set unless the comment says otherwise.
- A color that belongs to another garment in the photo (the jeans, the tee under the jacket) is other_garment_color,
  also in a caption; a wrong color that belongs to nothing else worn (navy read as black, a print's or dots' color
  given as the garment's color) is contradiction.
- A wrong attribute of the product that the photo or title contradicts (sleeve length, pattern, garment type, a
  yes to "Is this a dress?") is contradiction, also when it was borrowed from the other garment (a vest's sleeves).
- Invented details, props and settings (a tie, a handbag, a hood, a building, an accessory on a bare wrist) are
  unsupported; so is a template fabric that the title contradicts ("cotton" for a wool or linen product), while a
  template fabric the photo allows and the title does not name (cotton for a plain tee) is counted correct.
- Chambray answered as "denim fabric" and faux leather as "leather fabric" are counted correct (they look so).
- A text that stops mid-phrase at the 30-token limit is cut (hit_limit=True); a text that ran to the limit but
  happened to end on a full sentence is correct with hit_limit=True; a loop that ran to the limit is loop only.
- A leak that also loops or restates is labeled leak; one failure per text, the most visible one.
- An open color answer that gives only the template's pattern ("pure color patterns") and no hue is non_answer, as
  are an empty answer, "yes", and a single bare garment word to an open question.
- Where a product has both color questions, the closed "What is the color of the X?" and the open "What is the X
  color?" are separate questions with separate ids.
- Answers that echo the question's words back ("The sweater is a sweater.", "Describe the blouse.") are restated.
- "he/his/she/her" that do not fit the row's gender are pronoun; the template's "The lady"/"The gentleman" are
  only labeled when a pronoun is wrong.
- For a striped white-and-navy polo sold as White, the closed answer "navy blue" (the stripes and collar) is
  counted correct: it is the garment's own color, not another garment's.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")


def color_word(garment: str, text: str, failure: str | None = None):
    """The experiments' other color prompt ("What is the shirt color?"), free generation by the adapter."""
    qid = f"{garment.replace(' ', '_').replace('-', '_')}_color"
    return question(qid, f"What is the {garment} color?", "open")(text, failure)


BLIND_670 = [
    # photo: cream sheer chiffon peasant blouse, long sleeves, with dark blue skinny jeans and tan sandals; white
    # backdrop, full-length front view. Caption: base; open answers: caption adapter; closed: reference engine.
    case(
        "X670-001",
        caption("a woman in a white blouse and blue jeans"),
        wearing("The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric."),
        color_of("blouse", "blue", "other_garment_color"),
        describe(
            "blouse",
            "The blouse is with chiffon fabric and pure color patterns. Its neckline is round. The lady wears a long"
            " pants, with denim",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        title="Women Sheer Chiffon Peasant Blouse",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: heather grey crew-neck tee with black jogger pants, white sneakers, a black watch on the left wrist;
    # white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-002",
        caption("a man in a grey t - shirt and black pants"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is crew.",
            who="he",
        ),
        color_of("t-shirt", "grey"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "pronoun",
        ),
        Q.garment_type("t-shirt"),
        Q.material("The T-shirt is with cotton fabric."),
        is_a("polo shirt", "yes", "contradiction"),
        title="Men Heathered Crew Neck Tee",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy sleeveless knee-length skater dress with a small white-and-pink floral print, nude heels, no belt,
    # no pockets; white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-003",
        caption("a woman in a blue floral dress"),
        wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline"
            " is round.",
            who="she",
        ),
        color_of("dress", "white", "contradiction"),
        describe(
            "dress",
            "The dress is with floral patterns and it has a belt at the waist and two side pockets.",
            "unsupported",
        ),
        details(
            "dress",
            "The dress is with floral patterns. The dress is with cotton fabric and its neckline is round. The lady"
            " wears a high heels. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("What material is the dress made of? The dress is made of material.", "restated"),
        is_a("dress", "yes"),
        title="Women Floral Print Skater Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cotton utility field jacket with four flap pockets and a point collar, half zipped over a white
    # tee, khaki chinos; white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-004",
        caption("a man in a green jacket and khaki pants"),
        wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and"
            " its neckline is lapel.",
            who="he",
        ),
        color_of("jacket", "white", "other_garment_color"),
        details(
            "jacket",
            "The jacket has pockets, the pockets, the pockets, the pockets, the pockets, the pockets, the pockets, the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.material("The jacket is with leather fabric.", "unsupported"),
        title="Men Utility Field Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black high-rise pleated wide-leg trousers with a tucked-in white short-sleeve blouse and black heels;
    # light grey backdrop, full-length front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-005",
        caption("a woman in a white shirt and black pants"),
        color_of("pants", "The pants are white.", "other_garment_color", kind="open"),
        describe("pants", "The pants are of long length. The pants are with cotton fabric and pure color patterns."),
        details("pants", "they are long", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        is_a("skirt", "no"),
        title="Women High-Rise Pleated Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: red-and-white horizontal striped knit tank top with light-wash denim shorts; white backdrop, front view.
    # Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-006",
        caption("a woman in a red and white striped tank top and denim shorts"),
        wearing(
            "The lady wears a tank top with striped patterns. The tank top is with knitted fabric and its neckline is"
            " round.",
            who="she",
        ),
        color_of("tank top", "blue", "other_garment_color"),
        describe("tank top", "Describe the tank top. The tank top is a tank top with a tank top.", "restated"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped"),
        title="Women Striped Knit Tank Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: light blue chambray long-sleeve shirt, two buttoned chest pockets, no logo, sleeves rolled to the elbow,
    # untucked over dark grey chinos; white backdrop, front view. Caption: base; open: caption adapter; closed:
    # reference engine.
    case(
        "X670-007",
        caption("a man wearing a blue shirt and grey pants"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. The gentleman wears a long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        details(
            "shirt", "The shirt has a chest pocket with a zipper and a logo embroidered on the pocket.", "unsupported"
        ),
        Q.material("The shirt is with denim fabric."),
        Q.garment_type("shirt"),
        Q.pattern("checked", "contradiction"),
        title="Men Chambray Button-Down Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: burgundy cable-knit turtleneck sweater, long sleeves, with black leggings; white backdrop, three-quarter
    # view. Caption: base (gives the sweater the leggings' black); open: caption adapter; closed: reference engine.
    case(
        "X670-008",
        caption("a woman in a black sweater and black leggings", "other_garment_color"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its"
            " neckline is standing.",
            who="she",
        ),
        color_of("sweater", "red"),
        describe(
            "sweater",
            "The sweater is with knitted fabric, the sweater is with knitted fabric, the sweater is with knitted"
            " fabric, the sweater is with",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        title="Women Cable Knit Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: khaki slim chinos with a navy polo shirt and brown loafers; white backdrop, full-length front view.
    # Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-009",
        caption("a man in a blue polo shirt and khaki pants"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe(
            "pants", "The trousers are of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is lapel. The gentleman wears a long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details(
            "pants",
            "Question: What are the pants details? Answer: The pants details are the pants details. Question: What"
            " are the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Men Slim Fit Chino Pants",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black faux-leather moto jacket with an asymmetric silver zipper and zipped cuffs and pockets, no hood,
    # open over a grey marl tee, black skinny jeans; white backdrop, front view. Caption: base; open: caption
    # adapter; closed: reference engine.
    case(
        "X670-010",
        caption("a woman in a black leather jacket and black jeans"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its"
            " neckline is lapel.",
            who="she",
        ),
        color_of("jacket", "black"),
        describe("jacket", "The jacket is with leather fabric and it has a hood and a fur lining.", "unsupported"),
        Q.material("The jacket is with leather fabric."),
        details(
            "jacket",
            "The jacket has a zipper on the front, a zipper on the sleeves, a zipper on the pockets, a zipper on the"
            " sleeves, a zipper on",
            "loop",
            hit_limit=True,
        ),
        title="Women Faux Leather Moto Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: mustard maxi dress with a smocked bodice and short flutter sleeves, brown sandals, no hat; white
    # backdrop, side view. Caption: base (imagines a hat); open: caption adapter; closed: reference engine.
    case(
        "X670-011",
        caption("a woman in a yellow dress with a hat", "unsupported"),
        wearing("He is wearing a long yellow dress.", "pronoun", who="she"),
        color_of("dress", "orange", "contradiction"),
        describe(
            "dress",
            "The dress is of long length. The dress is with cotton fabric and pure color patterns. The lady wears a"
            " sandals.",
        ),
        details(
            "dress",
            "The dress is with cotton fabric and pure color patterns. The dress is of long length. Its neckline is"
            " round and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.garment_type("dress"),
        title="Women Smocked Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: charcoal pullover fleece hoodie, kangaroo pocket, white drawstrings, with light blue jeans; white
    # backdrop, front view. Caption: base (the jeans' blue on the hoodie); open: caption adapter; closed: reference.
    case(
        "X670-012",
        caption("a man in a blue hoodie and jeans", "other_garment_color"),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " The gentleman wears a long pants. The pants are with",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("hoodie", "The hoodie is grey.", kind="open"),
        details("hoodie", "The hoodie has a kangaroo pocket and drawstrings at the hood."),
        Q.color("grey"),
        Q.pattern("solid"),
        is_a("hoodie", "yes"),
        title="Men Pullover Fleece Hoodie",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white satin cami with lace trim at the neckline and thin straps, no bow, no pocket, with a pale pink
    # pleated midi skirt; white backdrop, front view cropped at the knee. Caption: base; open: caption adapter;
    # closed: reference engine.
    case(
        "X670-013",
        caption("a woman in a white top and pink skirt"),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with chiffon fabric and its neckline"
            " is suspenders. The lady wears a long skirt.",
            who="she",
        ),
        color_of("top", "pink", "other_garment_color"),
        describe(
            "top",
            "Question: Describe the top. Answer: The top is with chiffon fabric and its neckline is suspenders."
            " Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        details("top", "The top has a lace trim, a bow at the front and a pocket on the chest.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.material("The top is with satin fabric."),
        title="Women Lace Trim Satin Cami Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: white oxford shirt, buttoned, no tie, tucked into navy suit trousers with a brown belt; white
    # backdrop, front view. Caption: base (imagines a tie); open: caption adapter; closed: reference engine.
    # The feed row has no color.
    case(
        "X670-014",
        caption("a man in a white shirt and tie", "unsupported"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel.",
            who="he",
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        describe("shirt", "The shirt is white and the gentleman wears a striped tie.", "unsupported"),
        Q.garment_type("shirt"),
        Q.pattern("solid"),
        title="Men Oxford Long Sleeve Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: medium-wash distressed boyfriend jeans, ripped knees, rolled cuffs, with a black crop tee and white
    # sneakers; white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-015",
        caption("a woman in a black top and ripped jeans"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long pants. The pants"
            " are with denim fabric.",
            who="she",
        ),
        color_of("jeans", "black", "other_garment_color"),
        describe(
            "jeans",
            "The jeans are of long length. The jeans are with denim fabric and pure color patterns. The jeans are of"
            " long length. The jeans are",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "The jeans have ripped knees and rolled up hems."),
        Q.material("The jeans are with denim fabric."),
        is_a("jeans", "yes", article="a pair of"),
        title="Women Distressed Boyfriend Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: short-sleeve peplum top, red, pink and green floral print on a white ground, with white skinny jeans;
    # white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-016",
        caption("a woman in a floral top and white jeans"),
        wearing(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long pants.",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "multicolor"),
        describe("top", "The top has floral patterns and a peplum hem. The sleeves are short."),
        details("top", "top", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        title="Women Floral Print Peplum Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: navy quilted puffer jacket zipped to a high standing collar, no hood, with grey sweatpants; white
    # backdrop, front view. Caption: base (navy read as black); open: caption adapter; closed: reference engine.
    case(
        "X670-017",
        caption("a man wearing a black puffer jacket", "contradiction"),
        wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and"
            " its neckline is standing.",
            who="he",
        ),
        color_of("jacket", "navy blue"),
        describe("jacket", "The jacket is quilted and it is zipped up to the collar."),
        details(
            "jacket",
            "The jacket has a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        title="Men Quilted Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red long-sleeve bodycon midi dress with a square neck, black heels, gold hoop earrings; light grey
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-018",
        caption("arafed woman in a red dress posing for a picture"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is square.",
            who="she",
        ),
        color_of("dress", "red"),
        describe(
            "dress",
            "The dress is long-sleeve and it is with cotton fabric. There is an accessory on his ears.",
            "pronoun",
        ),
        Q.sleeve_length("short", "contradiction"),
        neckline("square"),
        Q.pattern("solid"),
        title="Women Square Neck Bodycon Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black crew tee with a large white-and-orange sunset graphic on the chest, olive cargo shorts; white
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-019",
        caption("a man in a black t - shirt with a graphic"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and"
            " its neckline is crew.",
            who="he",
        ),
        color_of("t-shirt", "orange", "contradiction"),
        describe("t-shirt", "The T-shirt has a graphic of a skull on the front.", "unsupported"),
        details(
            "t-shirt",
            "The T-shirt is with graphic patterns. The gentleman wears a three-point shorts. The shorts are with cotton"
            " fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.material("The T-shirt is with cotton fabric."),
        title="Men Graphic Print Crew Tee",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange longline open-front cardigan, no buttons, over a black tank and blue skinny jeans; white
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-020",
        caption("a woman in a grey cardigan and jeans"),
        wearing(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. The"
            " lady wears a long pants. The pants are with denim fabric.",
            who="she",
            hit_limit=True,
        ),
        color_of("cardigan", "black", "other_garment_color"),
        color_word("cardigan", "The cardigan is beige.", "contradiction"),
        describe(
            "cardigan",
            "The cardigan is with knitted fabric. Its neckline is V-shape and it has six buttons down the front.",
            "unsupported",
        ),
        details(
            "cardigan",
            "The cardigan is long and open at the front. Question: What is the color of the cardigan? Answer: grey",
            "leak",
        ),
        Q.garment_type("cardigan"),
        is_a("cardigan", "yes"),
        title="Women Longline Open Front Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black skinny stretch jeans with a white long-sleeve henley and black boots; white backdrop, full-length
    # front view. Caption: base; open: caption adapter; closed: reference engine. The feed row has no category.
    case(
        "X670-021",
        caption("a man in a white shirt and black jeans"),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "The jeans are of long length. The jeans are with denim fabric and pure color patterns."),
        details(
            "jeans",
            "The jeans are black with five pockets and a button fly. The jeans are black with five pockets and a button"
            " fly. The jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        wearing(
            "She wears a long-sleeve shirt and a long pants. The pants are with denim fabric.", "pronoun", who="he"
        ),
        title="Men Skinny Fit Stretch Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: beige double-breasted trench coat, belted, knee length, black ankle boots, no bag; white backdrop, front
    # view. Caption: base (imagines a handbag); open: caption adapter; closed: reference engine.
    case(
        "X670-022",
        caption("a woman in a trench coat holding a handbag", "unsupported"),
        wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its"
            " neckline is lapel.",
            who="she",
        ),
        color_of("coat", "beige"),
        describe("coat", "The coat is double-breasted with a belt at the waist."),
        details(
            "coat",
            "Question: What are the coat details? Answer: The coat is with cotton fabric. Question: What is the color"
            " of the coat? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("long"),
        title="Women Double-Breasted Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: navy V-neck merino sweater over a light blue collared shirt (collar showing), grey trousers; white
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-023",
        caption("a man in a blue sweater and grey pants"),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric"
            " and its neckline is V-shape.",
            who="he",
        ),
        color_of("sweater", "grey", "other_garment_color"),
        describe("sweater", "The sweater is a sweater.", "restated"),
        Q.material("The sweater is with knitted fabric."),
        neckline("v-neck"),
        title="Men V-Neck Merino Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black off-shoulder top with a ruffle layer and short ruffle sleeves, white wide-leg pants; white
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-024",
        caption("a woman in a black off the shoulder top and white pants"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its"
            " neckline is other. The lady wears a long",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color"),
        describe("top", "The top is off the shoulder with a ruffle at the neckline."),
        details(
            "top",
            "The top has a ruffle. Question: What is the color of the top? Answer: black Question: What is the color"
            " of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Women Off-Shoulder Ruffle Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red-and-black buffalo check flannel shirt with two flap chest pockets, open over a grey tee, blue jeans;
    # white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-025",
        caption("a man in a red plaid shirt and jeans"),
        wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its"
            " neckline is lapel.",
            who="he",
        ),
        color_of("shirt", "grey", "other_garment_color"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "The shirt is with lattice patterns. The shirt is with lattice patterns. The shirt is with lattice"
            " patterns. The shirt is with lattice",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "The shirt has two chest pockets with buttoned flaps."),
        title="Men Buffalo Check Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: olive cargo jogger pants with side pockets and elastic ankle cuffs, white crop tank, white sneakers, no
    # jewelry; white backdrop, side view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-026",
        caption("a woman in green pants and a white tank top"),
        wearing("The lady is wearing what the lady is wearing.", "restated", who="she"),
        color_of("pants", "The pants are with pure color patterns.", "non_answer", kind="open"),
        describe(
            "pants",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. There is an"
            " accessory on her wrist.",
            "unsupported",
        ),
        details("pants", "The pants have cargo pockets on the sides and elastic cuffs at the ankles."),
        Q.garment_type("pants"),
        Q.color("olive"),
        title="Women Cargo Jogger Pants",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: medium-wash denim trucker jacket over a black hoodie with the hood out, black jeans; white backdrop,
    # front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-027",
        caption("a man in a denim jacket and black hoodie"),
        wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and"
            " its neckline is lapel. The gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color"),
        describe(
            "jacket",
            "The jacket is a denim jacket with a denim jacket with a denim jacket with a denim jacket with a denim"
            " jacket with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("The jacket is with denim fabric."),
        Q.garment_type("jacket"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: white cotton eyelet shirt dress, short sleeves, buttons down the front, tie belt, above the knee, tan
    # wedge sandals, a thin gold bracelet; white backdrop, front view. Caption: base; open: caption adapter; closed:
    # reference engine.
    case(
        "X670-028",
        caption("a woman in a white dress standing in front of a white wall"),
        wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is lapel. There is an accessory on her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        describe("dress", "The dress is blue and white striped with buttons down the front.", "contradiction"),
        details("dress", "The dress has buttons down the front and a belt at the waist."),
        Q.pattern("solid"),
        title="Women Eyelet Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: mid-grey wool-blend suit trousers with a pressed crease and belt loops, white shirt tucked in, black
    # belt and shoes; white backdrop, waist-down crop. Caption: base; open: caption adapter; closed: reference.
    case(
        "X670-029",
        caption("a pair of grey pants and black shoes"),
        color_of("pants", "grey"),
        describe(
            "pants",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        details("pants", "The pants have a crease down the front and belt loops."),
        wearing(
            "The person is wearing a pair of pants. The person is wearing a pair of pants. The person is wearing a"
            " pair of pants. The person",
            "loop",
            hit_limit=True,
        ),
        Q.material("The pants are with wool fabric."),
        Q.color("black", "contradiction"),
        is_a("pants", "yes", article="a pair of"),
        title="Men Wool Blend Suit Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: dusty pink cropped crewneck sweatshirt with "BROOKLYN" printed in white, black leggings; white backdrop,
    # front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-030",
        caption("a woman in a pink sweatshirt with the word brooklyn on it"),
        wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its"
            " neckline is round. The lady wears a leggings.",
            who="she",
        ),
        color_of("sweatshirt", "white", "contradiction"),
        describe(
            "sweatshirt",
            "The sweatshirt is pink with a white graphic on the front. He wears it with black leggings.",
            "pronoun",
        ),
        Q.pattern("graphic"),
        details("sweatshirt", "The sweatshirt details are the details of the sweatshirt.", "restated"),
        title="Women Cropped Crewneck Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: white polo shirt with thin navy horizontal stripes and a navy collar, beige chinos; white backdrop,
    # front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-031",
        caption("a man in a striped polo shirt and khaki pants"),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and"
            " its neckline is lapel.",
            who="he",
        ),
        color_of("polo shirt", "navy blue"),
        describe("polo shirt", "The polo shirt is white with navy stripes and a navy collar."),
        details("polo shirt", "yes", "non_answer"),
        Q.sleeve_length("short"),
        Q.color("beige", "other_garment_color"),
        title="Men Striped Pique Polo Shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: pink-and-white boucle tweed cropped jacket, gold buttons, frayed fringed edges, over a white tee, black
    # flared pants; white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-032",
        caption("a woman in a pink jacket and black pants"),
        wearing(
            "The lady wears a long-sleeve jacket with other patterns. The jacket is with other fabric and its neckline"
            " is round. The lady wears a long pants. The pants are",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("jacket", "pink"),
        describe("jacket", "The jacket is with leather fabric and it has a zipper on the front.", "unsupported"),
        details("jacket", "The jacket has gold buttons down the front and fringed edges."),
        Q.garment_type("jacket"),
        is_a("dress", "yes", "contradiction"),
        title="Women Cropped Tweed Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: camel single-breasted knee-length wool overcoat over a black turtleneck and black trousers; plain white
    # studio backdrop, front view. Caption: base (imagines a building); open: caption adapter; closed: reference.
    case(
        "X670-033",
        caption("a man in a brown coat and black pants standing in front of a building", "unsupported"),
        wearing(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with woolen fabric and its"
            " neckline is lapel.",
            who="he",
        ),
        color_of("coat", "black", "other_garment_color"),
        describe(
            "coat",
            "The coat is a long coat with a long coat and a long coat and a long coat and a long coat and a long",
            "loop",
            hit_limit=True,
        ),
        details("coat", "The coat.", "non_answer"),
        Q.color("brown"),
        Q.material("The coat is with leather fabric.", "unsupported"),
        Q.sleeve_length("long"),
        title="Men Single-Breasted Wool Overcoat",
        category="Jackets",
        color="Camel Brown",
        gender="Men",
    ),
    # photo: emerald green satin wrap blouse, long sleeves, side tie, tucked into black cigarette pants; white
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-034",
        caption("a woman in a green blouse and black pants"),
        wearing(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric and its"
            " neckline is V-shape. The lady wears a long pants.",
            who="she",
        ),
        color_of("blouse", "The blouse is green.", kind="open"),
        describe("blouse", "Describe the blouse.", "restated"),
        details("blouse", "The blouse has a wrap front and a tie at the side."),
        Q.pattern("solid"),
        neckline("v-neck"),
        is_a("dress", "no"),
        title="Women Satin Wrap Blouse",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: maroon full-zip hooded sweatshirt, unzipped over a white tee, grey joggers; white backdrop, front view.
    # Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-035",
        caption("a man in a maroon hoodie and grey sweatpants"),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric.",
            who="he",
        ),
        color_of("hoodie", "grey", "other_garment_color"),
        color_word("hoodie", "The hoodie is red."),
        describe("hoodie", "The hoodie has a zipper and a hood. It is open over a white T-shirt."),
        Q.garment_type("sweatshirt"),
        details(
            "hoodie",
            "Question: What are the hoodie details? Answer: zipper Question: What are the hoodie details? Answer:"
            " zipper Question:",
            "leak",
            hit_limit=True,
        ),
        title="Men Full Zip Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black wrap midi dress with small white polka dots, short ruffled flutter sleeves, tie waist, no slit,
    # no sequins, red heels, no bag; white backdrop, front view. Caption: base (imagines a purse); open: caption
    # adapter; closed: reference engine.
    case(
        "X670-036",
        caption("a woman in a black and white polka dot dress holding a red purse", "unsupported"),
        wearing(
            "The lady wears a short-sleeve dress with other patterns. The dress is with chiffon fabric and its neckline"
            " is V-shape.",
            who="she",
        ),
        color_of("dress", "white", "contradiction"),
        Q.pattern("polka dot"),
        describe(
            "dress",
            "The dress is with chiffon fabric and it has a high slit and sequins on the sleeves.",
            "unsupported",
        ),
        details("dress", "The dress has a wrap front with a tie at the waist and ruffled sleeves."),
        is_a("dress", "yes"),
        title="Women Polka Dot Wrap Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: blue short-sleeve camp-collar shirt with a white hibiscus and green leaf print (no palms, no birds),
    # buttoned, white chinos; white backdrop, front view. Caption: base; open: caption adapter; closed: reference
    # engine. The feed row has no color.
    case(
        "X670-037",
        caption("a man in a blue hawaiian shirt and white pants"),
        wearing(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The gentleman wears a long trousers.",
            who="he",
        ),
        color_of("shirt", "blue"),
        describe("shirt", "The shirt has a floral print of palm trees and parrots.", "unsupported"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt", "contradiction"),
        details(
            "shirt", "She wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric.", "pronoun"
        ),
        title="Men Hibiscus Print Camp Collar Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: off-white linen wide-leg pants with a drawstring waist, a tucked-in navy-and-white striped tee; white
    # backdrop, full-length front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-038",
        caption("a woman in a striped shirt and white pants"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe("pants", "The pants are of long length, with other fabric and pure color patterns."),
        details("pants", "The pants have a drawstring at the waist and wide legs."),
        Q.pattern("striped", "contradiction"),
        Q.material("The pants are with linen fabric."),
        wearing(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is round. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Women Wide Leg Linen Pants",
        category="Trousers",
        color="Off White",
        gender="Women",
    ),
    # photo: black quilted puffer vest zipped over a red-and-navy plaid flannel shirt, dark jeans; white backdrop,
    # front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-039",
        caption("a man in a black vest and plaid shirt"),
        wearing(
            "The gentleman wears a vest with pure color patterns. The vest is with other fabric. The gentleman wears a"
            " long-sleeve shirt with lattice patterns.",
            who="he",
        ),
        color_of("vest", "red", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("vest"),
        describe("vest", "The vest is quilted and it is zipped up."),
        title="Men Quilted Puffer Vest",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: lavender slub V-neck tee, short sleeves, grey skinny jeans; white backdrop, front view. Caption: base
    # (one grey for both garments); open: caption adapter; closed: reference engine.
    case(
        "X670-040",
        caption("a woman in a gray shirt and gray jeans", "other_garment_color"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its"
            " neckline is V-shape.",
            who="she",
        ),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_word("t-shirt", "The T-shirt is pink.", "contradiction"),
        describe("t-shirt", "The T-shirt is with cotton fabric and pure color patterns."),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and its neckline is V-shape. The lady wears a long pants. The pants are"
            " with denim",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="Women V-Neck Slub Tee",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: mustard long-sleeve henley with a three-button placket, no pocket, dark indigo jeans, a brown leather
    # watch; white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-041",
        caption("a man in a yellow shirt and jeans"),
        wearing(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. There is an accessory on her wrist.",
            "pronoun",
            who="he",
        ),
        color_of("shirt", "yellow"),
        details("shirt", "The shirt has buttons at the neckline."),
        describe("shirt", "The shirt is a long-sleeve T-shirt with a V-neck and a chest pocket.", "unsupported"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        title="Men Long Sleeve Henley Tee",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: green-and-white vertical striped sleeveless shift dress, knee length, plain hem, white sneakers; white
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-042",
        caption("a woman in a green and white striped dress"),
        wearing(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric and its neckline"
            " is round.",
            who="she",
        ),
        color_of("dress", "green"),
        Q.pattern("striped"),
        describe(
            "dress", "The dress is with striped patterns and it has a lace hem and a bow at the back.", "unsupported"
        ),
        details(
            "dress",
            "The dress is of knee length. The dress is of knee length. The dress is of knee length. The dress is of"
            " knee length. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt", "contradiction"),
        title="Women Striped Sleeveless Shift Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: navy jogger pants with a white drawstring and ribbed ankle cuffs, white crewneck sweatshirt, white
    # sneakers; white backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-043",
        caption("a man in a white sweatshirt and blue pants"),
        color_of("pants", "white", "other_garment_color"),
        describe("pants", "The pants are of long length. The pants are with cotton fabric and pure color patterns."),
        details("pants", "The pants have a drawstring waist and ribbed cuffs at the ankles."),
        wearing(
            "Question: What is the person wearing? Answer: The gentleman wears a long-sleeve sweater with pure color"
            " patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        title="Men Drawstring Jogger Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red nylon hooded windbreaker, full zip, white drawstrings, plain unlined hood, black leggings; white
    # backdrop, front view. Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-044",
        caption("a woman in a red raincoat and black leggings"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its"
            " neckline is standing. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("jacket", "red"),
        describe("jacket", "The jacket is with knitted fabric and it has a fur-trimmed hood.", "unsupported"),
        details("jacket", "", "non_answer"),
        Q.material("The jacket is with nylon fabric."),
        title="Women Hooded Windbreaker Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: pale pink linen long-sleeve shirt, top button open, tucked into light grey trousers; white backdrop,
    # front view. Caption: base (pale pink read as white); open: caption adapter; closed: reference engine.
    case(
        "X670-045",
        caption("a man in a white shirt and grey pants", "contradiction"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel.",
            "unsupported",
            who="he",
        ),
        color_of("shirt", "pink"),
        describe("shirt", "The shirt is pink with long sleeves and a collar."),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        details("shirt", "What are the shirt details? The shirt details are the shirt.", "restated"),
        title="Men Slim Fit Linen Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: cream chunky rib-knit pullover, long sleeves, camel wide-leg trousers; white backdrop, back view (the
    # model turned away, no logo visible). Caption: base; open: caption adapter; closed: reference engine.
    case(
        "X670-046",
        caption("the back of a woman in a white sweater and brown pants"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The"
            " lady wears a long pants.",
            who="she",
        ),
        color_of("sweater", "brown", "other_garment_color"),
        color_word("sweater", "The sweater is with pure color patterns.", "non_answer"),
        describe("sweater", "The sweater has a cable knit and a logo on the chest.", "unsupported"),
        details(
            "sweater",
            "The sweater is with knitted fabric. The sweater is with knitted fabric. The sweater is with knitted"
            " fabric. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.garment_type("cardigan", "contradiction"),
        title="Women Chunky Knit Pullover",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
]
