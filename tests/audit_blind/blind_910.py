"""BLIND_910 (46 products; Myntra women's winterwear, epoch-1 caption LoRA): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 119/139 failures found (85.6%) and 9/194 correct texts flagged
(4.6%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed: sweaters and pullovers, cardigans, jackets (puffers, bombers, denim,
sherpa, biker, quilted vests), coats (trench, peacoat, overcoat) and shrugs. Catalog photos on a white backdrop, a
model wearing the product with other clothes (a tee or top under an open layer, jeans, trousers, skirts, leggings,
a dress under a shrug), now and then a prop (handbag, tote, watch, pendant). Seller columns as the feed has them:
title, category (Myntra's article type), color (base colour), gender; three rows lack one column.

Who wrote what: captions and every open answer (wearing, description, details, material, open color questions)
come from BLIP-2 OPT-2.7b with the caption adapter at epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch),
greedy, 50 new tokens for captions and 30 for answers. Its captions follow the DeepFashion-MultiModal template
("The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric...") with
pattern words and no hues, and call a shrug a shirt or cardigan, since the template has no shrug or vest. At epoch 1
it still keeps some of the base model's short answers with hue names and it often stops at a newline, but when it
does not it loops on a template sentence or a list, is cut mid-sentence at the limit, or runs on into a new
"Question: ... Answer:" turn. It sometimes answers an open question with the caption template, slips into
"gentleman"/"his"/"he" for a woman, and gives the inner tee's or the jeans' color for the product. Closed answers
(garment type, color, pattern, sleeve length, neckline, "Is this a ...?") come from enrich's reference engine,
which picks one candidate value: never cut or looped, but sometimes the candidate of the layer underneath.

Labeling conventions and judgement calls:
- One label per text, the failure a reader sees first. A text that repeats itself to the limit is a loop; one that
  runs into "Question:"/"Answer:" is a leak even if it then repeats; a template answer that stops on its own and
  names no color or material for a color or material question is a non_answer, and the same template cut at the
  limit is a cut. hit_limit=True on every loop and cut and on leaks that ran to the limit, never on a text that
  ended by itself.
- A wrong color, pattern, sleeve length or garment type picked by a closed question is a contradiction, even when
  it is the color or pattern of the tee or dress underneath; other_garment_color is kept for open answers that give
  the product the color of another visible garment or prop.
- Shades within the seller's color group count as correct (maroon for Burgundy, white for Cream, purple for
  Lavender, pink for Peach, orange for Rust, grey for Charcoal or Grey Melange, green for Lime Green). A hue from
  another group (brown for Rust, olive for Khaki, pink for a dusty Mauve) is a contradiction.
- DeepFashion pattern words are read as patterns: "pure color" is solid, "graphic" for a Fair Isle yoke and "color
  block" for a colour-blocked pullover are correct. A "striped" caption for a solid cardigan over a striped tee is
  a contradiction.
- A shrug called a cardigan, an open shirt-jacket (shacket) called a shirt, and a zip hoodie jacket called a hoodie
  are correct; a shrug or a sweater vest called a long-sleeve shirt is a contradiction (garment, and sleeves for
  the vest). A caption that describes the layer underneath instead of the product is a contradiction.
- A feature the photo lacks (hood, belt, hat, tassels, reindeer, zipper on the shoulder) is unsupported; so is a
  feature of the garment underneath attributed to the product (the hoodie's hood on a denim jacket, a lace top's
  trim on a cardigan). A material the photo rules out (wool for a nylon puffer, leather for denim or a parka,
  cashmere for a mass-market knit, lace for a crepe shrug) is unsupported; a material is correct where the title
  or the photo shows it (fleece, sherpa, faux leather, denim, faux fur, flannel).
- DeepFashion fabric words in captions: "cotton" for a cotton trench or utility jacket is correct; captions that
  call a puffer's, a satin bomber's or a wool coat's fabric cotton are only written where the text already
  carries another failure (cut, loop, pronoun or a hat), and are labeled with that one.
- One-word or yes/no answers to open questions, and answers that only name the garment, are non_answers; answers
  that only turn the question around ("the details of the garment are the details of the cardigan") are restated.
- A "he", "his", "gentleman" or "man" for these women's rows is a pronoun failure even when the rest is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_910 = [
    # photo: navy button-front cardigan worn open over a white crew tee, light blue jeans, white backdrop, front view.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-001",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns."
        ),
        wearing("a navy blue cardigan over a white t-shirt and blue jeans"),
        Q.color("navy blue"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        D.details(
            "buttons down the front, ribbed cuffs and hem, the buttons, the cuffs, the hem, the buttons, the cuffs, "
            "the hem, the buttons",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("cardigan"),
        describe("cardigan", "a grey cardigan with buttons", "contradiction"),
        title="Roadster Women Navy Blue Solid Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive quilted puffer jacket zipped to a high collar, hands in pockets, black skinny jeans, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-002",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive green puffer jacket and black jeans"),
        Q.color("olive"),
        Q.material("wool", "unsupported"),
        is_a("jacket", "yes"),
        D.details(
            "quilted, zip front, high neck Question: What is the color of the jacket? Answer: olive green Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        D.description("no", "non_answer"),
        title="Mast & Harbour Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon cable-knit crew-neck pullover, black trousers, white backdrop, front view.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-003",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The neckline of the sweater is round. The lady wears a long pants. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a maroon sweater and black pants"),
        Q.pattern("self-design"),
        color_of("sweater", "burgundy", kind="open"),
        D.description("She is wearing a maroon sweater with a cable knit pattern on the front and ribbed cuffs."),
        Q.material("knit fabric"),
        details("sweater", "the sweater details are the sweater details", "restated"),
        title="Vero Moda Women Maroon Self-Design Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with an asymmetric zip, worn open over a grey marl tee, ripped blue jeans,
    # white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-004",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The lady wears a long trousers. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a black leather jacket, a grey t-shirt and ripped blue jeans"),
        Q.color("grey", "contradiction"),
        Q.material("faux leather"),
        D.details(
            "zipper, zipper pockets, zipper cuffs, zipper, zipper pockets, zipper cuffs, zipper, zipper pockets, "
            "zipper",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="HERE&NOW Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: light pink open-front cropped shrug with three-quarter sleeves over a black sleeveless dress, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-005",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a pink shrug over a black dress"),
        Q.garment_type("shrug"),
        Q.sleeve_length("three-quarter sleeves"),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        D.description("a light pink open front shrug"),
        Q.material("lace", "unsupported"),
        title="DressBerry Women Pink Solid Open Front Crop Shrug",
        category="Shrug",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard ribbed turtleneck pullover, grey jeans, no jewellery, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-006",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The neckline of it is stand. The lady wears a long trousers. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a yellow turtleneck sweater and grey jeans"),
        Q.color("mustard"),
        color_of("sweater", "grey", "other_garment_color", kind="open"),
        D.details("ribbed knit, turtleneck"),
        Q.pattern("striped", "contradiction"),
        title="Harpa Women Mustard Yellow Solid Turtleneck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: camel wool-blend longline overcoat with notch lapels and flap pockets, no belt, worn open over a black
    # turtleneck and black trousers, ankle boots, white backdrop, three-quarter view.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-007",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. Its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown coat over a black top and black pants"),
        Q.color("brown"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        D.details("notch lapels, two flap pockets and a belt at the waist", "unsupported"),
        is_a("coat", "yes"),
        Q.material("wool blend"),
        title="ONLY Women Camel Brown Solid Wool Blend Longline Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: grey melange fleece zip-up hooded jacket, zipped halfway over a white tee, black joggers, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-008",
        caption(
            "The lady is wearing a long-sleeve hoodie with pure color patterns. The hoodie is with cotton fabric. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a grey hoodie, a white t-shirt and black pants.", who="she"),
        Q.garment_type("jacket"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details("hood with drawstrings, zip front and two pockets"),
        Q.material("fleece"),
        D.description(
            "a grey hoodie Question: What is the color of the hoodie? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Grey Melange Solid Hooded Fleece Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red and white horizontally striped crew-neck pullover, blue jeans, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-009",
        caption(
            "The lady is wearing a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a red and white striped sweater and jeans"),
        Q.pattern("striped"),
        Q.color("red"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        D.details(
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        D.description("yes", "non_answer"),
        is_a("cardigan", "no"),
        title="Mast & Harbour Women Red & White Striped Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: beige longline open-front cardigan with two patch pockets, no hood, over a black top and black jeans, a
    # watch on the left wrist, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference
    case(
        "X910-010",
        caption(
            "The female is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The female wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist."
        ),
        wearing("she is wearing a beige cardigan, a black top, black jeans and a watch"),
        Q.color("beige"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        D.details("open front, two patch pockets, and a hood", "unsupported"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "The cardigan is with knitting fabric. The cardigan is with knitting fabric. The cardigan is with knitting",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Beige Solid Longline Open Front Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: off-white chunky cable-knit pullover with puff sleeves, light blue mom jeans, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-011",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and blue jeans"),
        Q.color("off white"),
        color_of(
            "sweater",
            "the sweater is off white with a cable knit pattern on the front and the sleeves are puffed at the "
            "shoulders and the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.description("a white cable knit sweater with puff sleeves"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("sweater"),
        title="Tokyo Talkies Women Off White Self Design Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: teal fine-knit v-neck sweater over a white collared shirt (collar showing), beige trousers, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine. The feed row has no color.
    case(
        "X910-012",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        wearing(
            "a teal sweater over a white shirt Question: What is the color of the pants? Answer: beige",
            "leak",
        ),
        Q.color("white", "contradiction"),
        color_of("sweater", "teal", kind="open"),
        D.details("v-neck with ribbed trim"),
        Q.material("cashmere", "unsupported"),
        neckline("v-neck"),
        title="United Colors of Benetton Women Teal Blue Solid V-Neck Sweater",
        category="Sweaters",
        gender="Women",
    ),
    # photo: black hooded parka with a faux-fur trimmed hood (hood down), zipped, blue jeans, black boots, white
    # backdrop; a woman. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-013",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a black parka with a fur hood and blue jeans"),
        Q.color("black"),
        is_a("jacket", "yes"),
        D.details(
            "fur trimmed hood, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, "
            "zipper, zipper",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        describe("parka", "a navy blue parka with a fur hood", "contradiction"),
        title="Fort Collins Women Black Solid Hooded Parka Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: lavender cropped long-sleeve button cardigan worn buttoned as a top, white wide-leg trousers, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-014",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple sweater and white pants"),
        Q.color("lavender"),
        Q.garment_type("cardigan"),
        D.details("buttons, crop length, short sleeves", "contradiction"),
        D.description("a lavender cardigan with pearl buttons and a peter pan collar", "unsupported"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        title="Madame Women Lavender Solid Crop Cardigan",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: navy and green checked flannel shacket worn open over a black tank top, black jeans, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-015",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a plaid shirt jacket over a black top and black jeans"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.details(
            "Question: What are the details of the garment? Answer: checked shirt with two chest pockets Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        Q.material("flannel"),
        title="Roadster Women Navy Blue & Green Checked Flannel Shacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust sherpa fleece jacket with a zip and high collar, worn open over a cream ribbed top, blue jeans,
    # white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-016",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. "
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("an orange fleece jacket and blue jeans"),
        Q.color("brown", "contradiction"),
        D.description("He is wearing a rust colored sherpa jacket with a zipper and a high collar.", "pronoun"),
        Q.material("sherpa fleece"),
        D.details(
            "The jacket has long sleeves and a zipper. The jacket has long sleeves and a zipper. The jacket has "
            "long sleeves and",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Rust Solid Sherpa Teddy Jacket",
        category="Jackets",
        color="Rust",
        gender="Women",
    ),
    # photo: navy crew-neck sweater with a white and red Fair Isle snowflake band on the yoke (no reindeer, no zip),
    # grey jeans, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-017",
        caption(
            "The lady is wearing a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a navy blue fair isle sweater and grey jeans"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        color_of("sweater", "grey", "other_garment_color", kind="open"),
        D.details("a snowflake pattern on the yoke with reindeer and a zip collar", "unsupported"),
        describe("sweater", "the sweater is described as a sweater", "restated"),
        title="Chemistry Women Navy Blue & White Fair Isle Patterned Sweater",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: black sheer georgette longline shrug with long sleeves over a white tank top and blue jeans, white
    # backdrop, a thin bracelet. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-018",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black shrug, a white top and blue jeans"),
        Q.garment_type("top", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        D.description("shrug", "non_answer"),
        title="Vero Moda Women Black Solid Sheer Longline Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: baby pink hooded puffer jacket, zipped, small Puma logo on the chest, black leggings, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-019",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink puffer jacket and black leggings"),
        Q.color("pink"),
        color_of("jacket", "pink", kind="open"),
        D.details("hooded, zip closure, quilted, logo on the chest"),
        D.description("a pink puffer jacket with a fur trimmed hood and a belt", "unsupported"),
        Q.material("polyester"),
        is_a("sweater", "no"),
        title="Puma Women Pink Solid Hooded Padded Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green v-neck pointelle-knit button cardigan, buttoned, cream trousers, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-020",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a green cardigan and white pants"),
        Q.color("green"),
        D.description(
            "The cardigan is green with buttons. Question: Describe the cardigan. Answer: The cardigan is green "
            "with buttons.",
            "leak",
            hit_limit=True,
        ),
        D.details("v neck, buttons, pointelle knit"),
        Q.material("wool"),
        Q.pattern("self-design"),
        is_a("cardigan", "no", "contradiction"),
        title="Monte Carlo Women Green Self Design Woollen Cardigan",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: maroon quilted bomber jacket with rib-knit collar and cuffs, zip front, two pockets, over a black tee,
    # black jeans, white backdrop; a woman with short hair. caption and open answers: caption adapter epoch 1;
    # closed: reference engine
    case(
        "X910-021",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. His jacket is with cotton "
            "fabric. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a red jacket and black jeans"),
        Q.color("maroon"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.details("quilted, rib-knit collar and cuffs, zip front, two pockets"),
        is_a("coat", "yes", "contradiction"),
        Q.material("leather", "unsupported"),
        title="Qube By Fort Collins Women Maroon Solid Quilted Bomber Jacket",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: cream open-front crochet shrug with elbow-length sleeves and a scalloped hem over a blue denim dress,
    # white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-022",
        caption(
            "The lady is wearing a medium-sleeve cardigan with lattice patterns. The cardigan is with knitting "
            "fabric. The lady wears a short-sleeve dress. The dress is with denim fabric and pure color patterns."
        ),
        wearing("a cream crochet shrug over a denim dress"),
        Q.color("cream"),
        color_of("shrug", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless", "contradiction"),
        D.details("crochet, open front, scalloped hem"),
        Q.material("cotton"),
        title="Harpa Women Cream-Coloured Crochet Cotton Shrug",
        category="Shrug",
        color="Cream",
        gender="Women",
    ),
    # photo: mid-blue washed denim trucker jacket (no hood) over a white hoodie with the hood out, black jeans,
    # white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-023",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. "
            "It has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a denim jacket over a white hoodie and black jeans"),
        Q.color("blue"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details("buttons, chest pockets, and a hood", "unsupported"),
        Q.material("denim"),
        Q.garment_type("jacket"),
        D.description("a light grey denim jacket", "contradiction"),
        title="Roadster Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: light grey ribbed turtleneck tucked into a black faux-leather mini skirt, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-024",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The neckline of it is stand. The lady wears a short skirt. The skirt is with leather fabric "
            "and pure color patterns."
        ),
        wearing("a grey sweater and a black skirt"),
        Q.color("black", "contradiction"),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        D.description("the garment is a garment", "restated"),
        D.details("ribbed turtleneck with gold buttons on the shoulder", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Pepe Jeans Women Grey Solid Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: peach button cardigan worn open over a white lace top (the lace is the top's), blue jeans, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-025",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "The lady wears a long trousers. The trousers are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach cardigan over a white top with blue jeans"),
        Q.color("peach"),
        color_of("cardigan", "pink", kind="open"),
        D.details("lace trim, buttons", "unsupported"),
        Q.material("the garment", "non_answer"),
        Q.pattern("solid"),
        title="Mast & Harbour Women Peach-Coloured Solid Acrylic Cardigan",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: black knee-length hooded puffer coat (hood down), zipped, blue jeans, white sneakers, no hat, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-026",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns. There is a hat "
            "on her head.",
            "unsupported",
        ),
        wearing("a long black puffer coat, jeans and white sneakers"),
        Q.garment_type("jacket"),
        Q.color("black"),
        D.details(
            "hood, zipper, quilted, the hood, the zipper, the quilted, the hood, the zipper, the quilted, the hood",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "coat",
            "black Question: What is the color of the shoes? Answer: white Question: What is the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Duke Women Black Solid Longline Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: black cardigan with thin white horizontal stripes, buttoned, red midi skirt, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine. The feed row has no gender.
    case(
        "X910-027",
        caption(
            "The lady is wearing a long-sleeve cardigan with striped patterns. The cardigan is with knitting "
            "fabric. It has a round neckline. The lady wears a long skirt with pure color patterns."
        ),
        wearing("a black and white striped cardigan and a red skirt"),
        Q.color("black"),
        color_of("cardigan", "red", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        D.description(
            "a black and white striped cardigan with a red skirt. A black and white striped cardigan with a red "
            "skirt. A black and white",
            "loop",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        title="Tokyo Talkies Women Black & White Striped Cardigan",
        category="Sweaters",
        color="Black",
    ),
    # photo: navy satin bomber jacket with striped rib trim at collar and cuffs, worn open over a white graphic tee,
    # light blue jeans, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-028",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue bomber jacket over a white t-shirt and jeans"),
        Q.color("navy blue"),
        Q.pattern("graphic", "contradiction"),
        D.details("ribbed collar with stripes, zip front, side pockets"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.material("satin"),
        D.description("jacket", "non_answer"),
        title="Fort Collins Women Navy Blue Solid Satin Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red v-neck pullover with a small embroidered logo on the chest, navy trousers, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-029",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("he is wearing a red sweater and blue pants", "pronoun"),
        Q.color("red"),
        color_of("sweater", "red", kind="open"),
        D.details("v-neck, small logo embroidered on the chest"),
        D.description("a red v neck sweater with a front pocket", "unsupported"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Women Red Solid Cotton V-Neck Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: mid-grey double-breasted wool-blend coat, buttoned, six buttons, notch lapels, flap pockets, black tights
    # and black ankle boots, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference
    case(
        "X910-030",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey coat and black boots"),
        Q.color("grey"),
        color_of("coat", "grey", kind="open"),
        D.details("double breasted with six buttons, notch lapels and flap pockets"),
        D.description("The garment is a coat.", "restated"),
        Q.garment_type("coat"),
        Q.material("wool blend"),
        is_a("coat", "no", "contradiction"),
        title="Trend Arrest Women Grey Solid Double-Breasted Wool Blend Coat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
    # photo: pastel pink fuzzy crew-neck sweater, slightly cropped, no collar or buttons, white jeans, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-031",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. "
            "It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a pink fuzzy sweater and white jeans"),
        Q.color("white", "contradiction"),
        color_of("sweater", "pink", kind="open"),
        D.description("a pink sweater with a fur collar and pearl buttons", "unsupported"),
        D.details(
            "fuzzy knit, round neck, ribbed cuffs and a slightly cropped hem that sits above the waist of the white "
            "jeans and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="ONLY Women Pink Solid Fuzzy Knit Sweater",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: grey melange longline shawl-collar cardigan with a self-tie belt, tied, black leggings, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-032",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a grey long cardigan with a belt and black leggings.", who="she"),
        Q.color("grey"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        D.details("The details of the garment are the details of the cardigan.", "restated"),
        Q.garment_type("coat", "contradiction"),
        is_a("cardigan", "yes"),
        title="Mast & Harbour Women Grey Melange Solid Belted Longline Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: burgundy faux-fur cropped jacket worn open over a black bodysuit, black trousers, white backdrop.
    # caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-033",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. "
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long trousers. The trousers are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon fur jacket and black pants"),
        Q.color("burgundy"),
        Q.material("faux fur"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        describe("jacket", "a jacket", "non_answer"),
        title="FabAlley Women Burgundy Solid Faux Fur Cropped Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: coffee-brown chunky-knit cardigan with large buttons and patch pockets, open over a cream turtleneck,
    # blue jeans, a tan tote bag on her shoulder, white backdrop. caption and open answers: caption adapter epoch 1;
    # closed: reference engine
    case(
        "X910-034",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is a bag in her",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a brown cardigan, a white turtleneck and jeans", "pronoun"),
        Q.color("brown"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        D.details("chunky knit, big brown buttons, patch pockets"),
        describe("cardigan", "a brown cardigan with a shawl collar and a belt", "unsupported"),
        Q.pattern("solid"),
        Q.garment_type("cardigan"),
        title="Femella Women Coffee Brown Solid Chunky Knit Cardigan",
        category="Sweaters",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: royal blue quilted sleeveless puffer vest, zipped, stand collar, over a grey long-sleeve sweater, black
    # jeans, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-035",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns.",
            "contradiction",
        ),
        wearing("a blue puffer vest over a grey sweater with black jeans"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("blue"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        D.details("quilted, zip front, stand collar, sleeveless"),
        D.description(
            "The lady is wearing a blue quilted vest over a grey sweater. The vest has a stand collar, a zip front "
            "and two side pockets with",
            "cut",
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        title="Wrangler Women Blue Solid Quilted Puffer Vest",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: rust kimono-style shrug with a white floral print and three-quarter sleeves, no tassels, over a white
    # tank top and blue jeans, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference
    case(
        "X910-036",
        caption(
            "The lady is wearing a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a floral kimono over a white top and jeans"),
        Q.pattern("floral"),
        Q.color("rust"),
        color_of("shrug", "blue", "other_garment_color", kind="open"),
        D.description("a rust colored kimono with white flowers and tassels on the hem", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        details("shrug", "the shrug details are the details of the shrug", "restated"),
        title="ONLY Women Rust & White Floral Print Kimono Shrug",
        category="Shrug",
        color="Rust",
        gender="Women",
    ),
    # photo: lime green knitted sleeveless v-neck sweater vest over a white puff-sleeve shirt, black trousers, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-037",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a green sweater vest over a white shirt and black pants"),
        Q.sleeve_length("sleeveless"),
        Q.color("green"),
        color_of("vest", "white", "other_garment_color", kind="open"),
        D.details("v neck, sleeveless, ribbed trim"),
        Q.garment_type("sweater"),
        D.description("the sweater", "non_answer"),
        Q.material("cashmere", "unsupported"),
        title="HERE&NOW Women Lime Green Solid Sweater Vest",
        category="Sweaters",
        color="Lime Green",
        gender="Women",
    ),
    # photo: dark indigo denim jacket with a cream sherpa collar and chest flap pockets, buttoned, black jeans, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-038",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. "
            "It has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a dark blue denim jacket with a white fur collar and black jeans"),
        Q.color("navy blue"),
        color_of(
            "jacket",
            "dark blue Question: What is the color of the collar? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details("sherpa collar, button front, chest flap pockets"),
        describe(
            "jacket",
            "a dark blue denim jacket with a white sherpa collar, two chest pockets with flaps, buttons down the "
            "front and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="Lee Women Navy Blue Washed Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: colour-blocked pullover: sky blue body, white chest band, navy sleeves, round neck, no zip; white
    # jeans, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-039",
        caption(
            "The lady is wearing a long-sleeve sweater with color block patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns."
        ),
        wearing("he is wearing a blue and white sweater and white jeans", "pronoun"),
        Q.pattern("colour block"),
        Q.color("blue"),
        D.description(
            "The lady is wearing a long-sleeve sweater with color block patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The lady wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.details("color block design with a zipper on the shoulder", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Blue Colourblocked Pullover",
        category="Sweaters",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki cotton utility jacket with four flap pockets, drawstring waist and zip, open over a black tee,
    # blue jeans, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-040",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a khaki jacket over a black t-shirt and blue jeans"),
        Q.color("olive", "contradiction"),
        color_of(
            "jacket", "khaki green Question: What is the color of the t-shirt? Answer: black", "leak", kind="open"
        ),
        D.details("four flap pockets, drawstring waist, zip and snap buttons"),
        Q.material("cotton"),
        is_a("jacket", "yes"),
        title="Roadster Women Khaki Solid Cotton Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: white crepe longline open shrug with long sleeves over a black sleeveless bodycon dress, black heels,
    # white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. Her outer "
            "clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        wearing("a white shrug over a black dress"),
        Q.color("black", "contradiction"),
        color_of("shrug", "white", kind="open"),
        Q.garment_type("dress", "contradiction"),
        D.description(
            "A white shrug. A white shrug. A white shrug. A white shrug. A white shrug. A white shrug. A white shrug.",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Harpa Women White Solid Longline Open Front Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: plum purple oversized chunky crew-neck sweater with dropped shoulders, blue jeans, white sneakers, white
    # backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-042",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The lady wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns."
        ),
        wearing("a purple sweater and blue jeans"),
        Q.color("purple"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        D.details(
            "ribbed cuffs and hem, dropped shoulders, ribbed cuffs and hem, dropped shoulders, ribbed cuffs and "
            "hem, dropped",
            "loop",
            hit_limit=True,
        ),
        Q.material("The lady is wearing a long-sleeve sweater with pure color patterns.", "non_answer"),
        neckline("round neck"),
        title="Okane Women Purple Solid Oversized Pullover",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
    # photo: beige double-breasted belted cotton trench coat, no hood, buttoned, black trousers, a brown handbag in
    # her hand, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine.
    # The feed row has no category.
    case(
        "X910-043",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. There is a bag in her hand."
        ),
        wearing("a beige trench coat with a belt and black pants"),
        Q.color("beige"),
        color_of("coat", "black", "other_garment_color", kind="open"),
        D.details("belted waist, double breasted buttons, epaulettes and a detachable hood", "unsupported"),
        is_a("coat", "yes"),
        Q.pattern("solid"),
        title="Mast & Harbour Women Beige Solid Belted Cotton Trench Coat",
        color="Beige",
        gender="Women",
    ),
    # photo: dusty mauve (grey-purple) mock-neck pullover with side slits, half-tucked into light blue jeans, a gold
    # pendant necklace, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-044",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The neckline of it is stand. The lady wears a long trousers. There is an accessory on her neck."
        ),
        wearing("a pink sweater and jeans", "contradiction"),
        Q.color("mauve"),
        D.details("mock neck, side slits, ribbed"),
        D.description(
            "a mauve sweater with a high neck and slits on the sides of the hem, the sleeves are long and the "
            "sweater is tucked into the",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: knit Question: What material is the garment",
            "leak",
        ),
        is_a("sweater", "yes"),
        title="Roadster Women Mauve Solid Mock Neck Pullover",
        category="Sweaters",
        color="Mauve",
        gender="Women",
    ),
    # photo: cream cable-knit cardigan with wooden buttons, open over a navy and white striped Breton tee, dark blue
    # jeans, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-045",
        caption(
            "The lady is wearing a long-sleeve cardigan with striped patterns. The cardigan is with knitting "
            "fabric. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a cream cardigan over a navy striped t-shirt and dark jeans"),
        Q.color("cream"),
        Q.pattern("striped", "contradiction"),
        color_of("cardigan", "navy blue", "other_garment_color", kind="open"),
        D.details("cable knit, wooden buttons"),
        is_a("cardigan", "yes"),
        title="United Colors of Benetton Women Cream Cable Knit Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: red wool-blend double-breasted peacoat with black buttons, buttoned, hands in pockets, black tights and
    # black boots, white backdrop. caption and open answers: caption adapter epoch 1; closed: reference engine
    case(
        "X910-046",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
            "has a lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a red coat with black buttons and black boots", who="she"),
        Q.color("red"),
        color_of("coat", "red", kind="open"),
        D.details(
            "The details of the garment are double breasted, black buttons, The details of the garment are double "
            "breasted, black buttons, The details",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool"),
        Q.garment_type("coat"),
        D.description("a red coat with a fur collar and gold buttons", "unsupported"),
        title="Madame Women Red Solid Wool Blend Double-Breasted Peacoat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
]
