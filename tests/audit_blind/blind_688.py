"""BLIND_688 (46 products; In-shop women's tops, bottoms; caption ep3 + VQA): written blind in the fifty-fourth session.
Measured blind at 816d542 (the session's fourth rules): 109/121 failures found (90.1%) and 6/174 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: DeepFashion In-shop studio photos (white or light grey backdrop, a model, front view unless noted, some
side and back views) of women's blouses and tops, skirts, shorts and jumpsuits/rompers, fed as a Myntra-like catalog
(title, category = the seller's article type, color = the seller's base colour, gender). The product is one garment;
the model always wears at least one other garment (a tee over the shorts, trousers under the blouse, a jacket over
the jumpsuit), sometimes a belt, a bag or jewellery.

Who wrote what: the caption and the "Describe the ..." / "What are the ... details?" answers come from the caption
adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption) or, for short details, the VQA adapter; the
wearing, open color and material answers and every closed answer come from the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA). The caption adapter writes the DeepFashion-MultiModal template ("The lady is
wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric ...") with pattern words
only, no hue names, and its fabric vocabulary (cotton, denim, chiffon, knitting, leather, other). Neither adapter
was trained with an end token: the caption adapter runs on to its 50-token limit on some products (cut mid-sentence
or looping a template sentence), the VQA adapter loops a short answer to 30 tokens or keeps writing the training
format ("Question: ... Answer: ...") after its answer. Closed answers come from enrich's --engine reference, one
candidate value each, so they never loop or stop short; their failures are a wrong value.

Labeling conventions and judgement calls:
- One label per text: the failure a reader would fix first. A loop that also invents a detail is a loop; a caption
  cut mid-sentence after an invented accessory is a cut.
- hit_limit=True on every text that ran to its token limit (all loops that run on, all cuts, leaks that run on);
  a caption that ends at a full stop under the limit is not marked hit_limit.
- other_garment_color: the product's color answered with the color of another garment, belt or bag in the photo.
  A wrong color not seen anywhere in the photo, or a pattern/sleeve length/garment type taken from another garment,
  is a contradiction.
- Colors are judged against the photo: a dusty pink jumpsuit the seller calls Mauve answered "pink" is correct;
  teal answered "blue", khaki answered "beige", cream answered "white" are correct.
- A bicolor product (navy-and-white stripes, black-and-white gingham) answered with its main color is correct.
  Tone-on-tone eyelet, a little neckline embroidery or flower embroidery on denim does not make a pattern answer
  wrong ("solid", "floral" both accepted where the photo supports them).
- Material: a fabric the photo plainly shows (denim, knit, tulle, suede-look) or the title names is correct; a
  fabric the title contradicts is a contradiction; a fabric neither visible nor named and at odds with the look of
  the garment is unsupported. The caption adapter's "leather" for suede and "denim" for chambray are accepted.
- Details invisible in the view (a back zip in a front view, a wrap front in a back view), accessories the model
  does not wear, pockets or belts that are not there: unsupported.
- A bare garment word, "yes"/"no", or nothing at all for a describe, details, wearing or material question is a
  non_answer; a sentence that only gives the question's own words back ("the skirt has skirt details") is restated.
- Pronoun: "he", "his", "the gentleman" for a woman model is a pronoun failure, also on the one row whose gender
  column is empty (the title and the photo say women).
- The caption adapter describes a romper as "a shirt" plus "shorts": labeled a contradiction (a one-piece garment
  given as two). For a jumpsuit worn under a jacket, the caption naming the jacket and "pants" is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_688 = [
    # photo: white sleeveless chiffon V-neck blouse with black skinny pants, white backdrop, front view.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-001",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric "
            "and its neckline is v-shape. The trousers are of long length and pure color patterns."
        ),
        Q.color("white"),
        color_of("pants", "black"),
        Q.garment_type("blouse"),
        is_a("dress", "yes", "contradiction"),
        wearing("a white blouse and black pants"),
        details("blouse", "v-neck, sleeveless, sheer chiffon with a button at the back", "unsupported"),
        title="Forever 21 Women White Solid Chiffon Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy-and-white striped long-sleeve button-up shirt tucked into light-wash denim shorts, grey backdrop.
    # Caption adapter: caption; VQA adapter: the rest.
    case(
        "X688-002",
        caption(
            "The lady is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The shorts this lady wears is of three-point length."
        ),
        Q.color("navy"),
        Q.pattern("striped"),
        color_of("shirt", "light blue", "other_garment_color", kind="open"),
        color_of(
            "shorts",
            "light blue light blue light blue light blue light blue light blue light blue light blue light blue "
            "light blue light blue light blue light blue light blue light",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Forever 21 Women Navy Blue & White Striped Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black pleated faux-leather mini skirt, grey marled crew-neck sweater tucked in, black ankle boots,
    # white backdrop, front view. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-003",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a round neckline. The skirt this lady wears is of short length. The skirt is with leather "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("skirt"),
        wearing("a grey sweater and a black skirt"),
        details("skirt", "pleated, short, with a zipper on the side and two front pockets", "unsupported"),
        Q.material("leather"),
        title="Forever 21 Women Black Pleated Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white denim cut-off shorts with frayed hem, loose coral tank top, no jewellery, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-004",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. Its neckline is round. The shorts are "
            "of three-point length with denim fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("pink", "other_garment_color"),
        color_of("shorts", "white", kind="open"),
        Q.garment_type("shorts"),
        wearing(
            "Question: What is the person wearing? Answer: shorts Question: What is the color of the shorts? Answer: "
            "white",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "frayed raw hem, front pockets and a button closure"),
        title="Roadster Women White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless wide-leg jumpsuit with a V-neck and a self tie at the waist, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-005",
        caption(
            "The lady is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric "
            "and its neckline is v-shape. The jumpsuit is of long length. The jumpsuit is of long length. The "
            "jumpsuit is of long length. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("striped", "contradiction"),
        wearing("a black jumpsuit"),
        describe("jumpsuit", "black sleeveless jumpsuit with wide legs and a tie belt at the waist"),
        title="Vero Moda Women Black Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: blush pink short-sleeve ruffled blouse, round neck, worn with white jeans, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-006",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and "
            "it has a round neckline. The pants this lady wears is of long length."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        wearing("he is wearing a pink shirt and white jeans", "pronoun"),
        details(
            "blouse",
            "ruffles on the sleeves and the hem, ruffles on the sleeves and the hem, ruffles on the sleeves and the "
            "hem, ruffles on",
            "loop",
            hit_limit=True,
        ),
        title="Forever 21 Women Pink Ruffled Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: red-and-white floral-print A-line midi skirt, plain white tee tucked in, white backdrop, side view.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-007",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and it has a round neckline. The skirt this lady wears is of long length with floral patterns."
        ),
        Q.color("red"),
        Q.pattern("floral"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        wearing("a white t shirt and a red flowered skirt"),
        Q.material("", "non_answer"),
        details("skirt", "the details of the skirt are the skirt", "restated"),
        title="Tokyo Talkies Women Red Floral Print A-Line Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: khaki chino shorts with rolled cuffs and slanted side pockets, navy-and-white striped tee, no belt,
    # white backdrop. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-008",
        caption(
            "The lady is wearing a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The shorts this lady wears is of three-point length."
        ),
        Q.color("beige"),
        Q.pattern("striped", "contradiction"),
        color_of("shirt", "navy and white"),
        color_of("shorts", "khaki", kind="open"),
        is_a("skirt", "no"),
        details("shorts", "rolled cuffs and side pockets"),
        wearing("a striped shirt and khaki shorts with a belt", "unsupported"),
        title="Roadster Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: olive green short-sleeve utility jumpsuit, button front, drawstring waist, cotton twill, white sneakers,
    # white backdrop. Caption adapter: caption; VQA adapter: the rest.
    case(
        "X688-009",
        caption(
            "The lady is wearing a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric "
            "and it has a lapel neckline. The pants this lady wears is of long length. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("pants", "contradiction"),
        Q.sleeve_length("short"),
        color_of("jumpsuit", "olive green", kind="open"),
        Q.material("denim", "unsupported"),
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: brown/black leopard print on tan, long-sleeve pussy-bow blouse, black trousers, white backdrop.
    # Caption adapter: caption, description, details; VQA adapter: the rest.
    case(
        "X688-010",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and it "
            "has a v-shape neckline. The trousers this lady wears is of long length."
        ),
        Q.color("brown"),
        Q.pattern("solid", "contradiction"),
        wearing("a leopard print blouse and black pants"),
        describe("blouse", "a brown leopard print blouse with long sleeves and a bow at the neck"),
        details("blouse", "blouse", "non_answer"),
        title="Vero Moda Women Brown Animal Print Bow Neck Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: light-wash denim button-front mini skirt, white short-sleeve off-shoulder top, grey backdrop.
    # Caption adapter: caption; VQA adapter: the rest.
    case(
        "X688-011",
        caption(
            "The lady is wearing a short-sleeve top with pure color patterns. The top is with cotton fabric. The skirt "
            "this lady wears is of short length. The skirt is with denim fabric and pure color patterns. The skirt is "
            "with denim fabric and pure color patterns. The skirt is with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("skirt"),
        Q.material("denim"),
        details("skirt", "button front, frayed hem, front pockets"),
        wearing("she is wearing a white off the shoulder top and a denim skirt"),
        title="Roadster Women Blue Denim Button-Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-waisted paperbag-waist shorts with a self tie belt, white sleeveless blouse, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-012",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric "
            "and its neckline is round. The shorts this lady wears is of three-point length."
        ),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "paper bag waist with a tie belt, pleated front and gold buttons", "unsupported"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a white tank top and black shorts"),
        title="DressBerry Women Black Paperbag Waist Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: navy culotte jumpsuit with small white flowers, spaghetti straps, cropped wide legs, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-013",
        caption(
            "The lady is wearing a sleeveless jumpsuit with floral patterns. The jumpsuit is with chiffon fabric and "
            "it has a suspenders neckline. The pants are of three-quarter length."
        ),
        Q.color("navy"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "yes"),
        wearing("a blue and white floral dress", "contradiction"),
        describe("jumpsuit", "navy blue floral jumpsuit with thin straps and cropped wide legs"),
        title="Tokyo Talkies Women Navy Blue Floral Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow short-sleeve shirt with a tie front knotted at the waist, blue jeans, white backdrop,
    # three-quarter view. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-014",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. The pants are of long length with denim fabric.",
            "pronoun",
        ),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "tie front, buttons down the front, collar"),
        Q.material(
            "linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen linen "
            "linen linen linen linen linen linen linen linen linen linen linen linen linen",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Mustard Yellow Solid Tie-Up Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: burgundy velvet bias-cut midi slip skirt, cream cable-knit sweater, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-015",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a round neckline. The skirt is of long length. The skirt is with cotton fabric.",
            "contradiction",
        ),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "burgundy", kind="open"),
        Q.garment_type("skirt"),
        describe(
            "skirt",
            "a long burgundy velvet skirt with a slight sheen, it falls below the knee and has a smooth waistband "
            "with no",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Maroon Velvet Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: light blue drawstring shorts in a light woven fabric, white tank top, no belt, grey backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-016",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The shorts this lady wears is of three-point length."
        ),
        Q.color("blue"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        wearing("a white tank top and blue shorts with a white belt", "unsupported"),
        details("shorts", "they are short shorts", "non_answer"),
        Q.material("cotton"),
        title="Forever 21 Women Blue Solid Drawstring Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black-and-white gingham short-sleeve peplum top with a square neck and puff sleeves, white shorts,
    # white backdrop. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-017",
        caption(
            "The lady is wearing a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a square neckline. The shorts this lady wears is of three-point length. The shorts are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("plaid"),
        details("top", "square neck, peplum hem, puff sleeves"),
        wearing("a checkered top and white shorts"),
        Q.sleeve_length("long", "contradiction"),
        title="Forever 21 Women Black & White Checked Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: BACK view of a red wrap-front jumpsuit with short flutter sleeves and wide legs, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-018",
        caption(
            "The lady is wearing a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with chiffon "
            "fabric. The pants are of long length."
        ),
        Q.color("red"),
        Q.garment_type("jumpsuit"),
        describe("jumpsuit", "a red jumpsuit with a v neck and a wrap front", "unsupported"),
        wearing(
            "a red jumpsuit red jumpsuit red jumpsuit red jumpsuit red jumpsuit red jumpsuit red jumpsuit red "
            "jumpsuit red jumpsuit red",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        title="DressBerry Women Red Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: white eyelet mini skirt with scalloped hem, light blue chambray shirt tucked in, no belt,
    # white backdrop. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-019",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it "
            "has a lapel neckline. The skirt this lady wears is of short length."
        ),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        color_of("skirt", "white", kind="open"),
        details("skirt", "eyelet embroidery, scalloped hem, and a wide black belt", "unsupported"),
        wearing(
            "Question: What is the person wearing? Answer: a blue shirt and a white skirt. Question: What is the "
            "color of",
            "leak",
            hit_limit=True,
        ),
        title="Forever 21 Women White Eyelet Scalloped Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: white cotton shorts with pink and green roses and a ruffled hem, pink cami, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-020",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric "
            "and it has a suspenders neckline. The shorts are of three-point length with floral patterns."
        ),
        Q.color("white"),
        Q.pattern("floral"),
        color_of(
            "shorts",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("she is wearing a pink tank top and floral shorts"),
        describe("shorts", "white shorts with pink and green flowers and a ruffled hem"),
        Q.material("silk", "unsupported"),
        title="Tokyo Talkies Women White Floral Print Ruffled Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin long-sleeve button-front blouse tucked into a black pencil skirt, gold bangle on
    # her wrist, white backdrop. Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-021",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. It has a lapel neckline. The skirt this "
            "lady wears is of medium length. There is an accessory on her wrist."
        ),
        Q.color("green"),
        Q.garment_type("blouse"),
        color_of("skirt", "black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.material("satin"),
        describe("shirt", "the shirt is a shirt with a shirt", "restated"),
        title="Vero Moda Women Green Satin Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: one-piece chambray (denim) short-sleeve romper, button front, chest pockets, self belt, rolled hems,
    # white backdrop. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-022",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with denim fabric and it "
            "has a lapel neckline. The shorts this lady wears is of three-point length.",
            "contradiction",
        ),
        Q.garment_type("romper"),
        Q.color("blue"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("long", "contradiction"),
        wearing("a denim romper with a belt"),
        details("romper", "button front, chest pockets, a belt at the waist and rolled hems"),
        title="Roadster Women Blue Denim Playsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: cream camisole with lace trim and thin straps under an open black blazer, black trousers, white
    # backdrop. Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-023",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric "
            "and it has a suspenders neckline. This lady wears an outer clothing with cotton fabric."
        ),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        color_of("tank top", "white"),
        wearing("a black blazer over a cream camisole and black pants"),
        describe(
            "camisole",
            "lace trim along the neckline and hem, thin straps, thin straps, thin straps, thin straps, thin straps, "
            "thin",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Cream Lace Trim Camisole",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: grey/black/white tartan A-line mini skirt, black turtleneck, black tights, white backdrop, front view.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-024",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a stand neckline. The skirt is of short length with lattice patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("plaid"),
        color_of("skirt", "grey", kind="open"),
        details(
            "skirt",
            "The skirt has a zipper on the back and two pockets on the front and a zipper on the back and two pockets",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        wearing("he is wearing a black turtleneck and a plaid skirt", "pronoun"),
        title="Forever 21 Women Grey Checked A-Line Mini Skirt",
        category="Skirts",
        color="Grey",
        gender="Women",
    ),
    # photo: heather grey knit drawstring lounge shorts with white side piping, white graphic tee, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-025",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "it has a round neckline. The shorts are of three-point length with knitting fabric."
        ),
        Q.color("grey"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        Q.pattern("graphic", "contradiction"),
        wearing("a t-shirt and shorts"),
        details("shorts", "drawstring waist, white piping on the side seams"),
        Q.material("denim", "unsupported"),
        title="Forever 21 Women Grey Melange Knit Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white sleeveless halter-neck wide-leg jumpsuit with a tan leather belt, no bracelet, light grey
    # backdrop. Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-026",
        caption(
            "The lady is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "The pants are of long length. There is an accessory on her wrist. The lady wears a belt. There is an "
            "accessory on her wrist. The lady wears a belt. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "white", kind="open"),
        wearing("she is wearing a white jumpsuit with a brown belt"),
        describe("jumpsuit", "halter neck, wide legs"),
        title="DressBerry Women White Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: BACK view of a cobalt blue short-sleeve crepe top with a keyhole and button at the nape, white
    # trousers, white backdrop. Caption adapter: caption, description, details; VQA adapter: the rest.
    case(
        "X688-027",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "The pants this lady wears is of long length."
        ),
        Q.color("blue"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        details("top", "keyhole opening with a button at the back of the neck"),
        describe("top", "a blue top with a round neckline and a button placket down the front", "unsupported"),
        wearing("he is wearing a blue shirt and white pants", "pronoun"),
        title="Vero Moda Women Blue Solid Keyhole Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: tan suede-look button-front A-line mini skirt, white ribbed tank top, grey backdrop.
    # Caption adapter: caption; VQA adapter: the rest.
    case(
        "X688-028",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with knitting fabric "
            "and its neckline is round. The skirt is of short length with leather fabric."
        ),
        Q.color("brown"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.garment_type("shorts", "contradiction"),
        details(
            "skirt",
            "Question: What are the skirt details? Answer: buttons down the front Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.material("suede"),
        title="Roadster Women Tan Brown Suede A-Line Mini Skirt",
        category="Skirts",
        color="Tan",
        gender="Women",
    ),
    # photo: medium-wash denim shorts with small embroidered flowers at the hem, off-white long-sleeve peasant
    # blouse, no jewellery, white backdrop. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-029",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. Its neckline is v-shape. The shorts "
            "are of three-point length with denim fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        wearing("shorts", "non_answer"),
        details(
            "shorts",
            "embroidered flowers on the hem, frayed edges, embroidered flowers on the hem, frayed edges, embroidered "
            "flowers on the hem",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Forever 21 Women Blue Embroidered Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black-and-white vertical striped sleeveless jumpsuit, tapered legs, round neck, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-030",
        caption(
            "The lady is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric "
            "and its neckline is round. The pants are of long length.",
            "contradiction",
        ),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        color_of("jumpsuit", "black and white", kind="open"),
        describe("jumpsuit", "jumpsuit", "non_answer"),
        title="Tokyo Talkies Women Black & White Striped Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: lavender off-the-shoulder ruffle top with three-quarter bell sleeves, white jeans, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-031",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and "
            "it has a suspenders neckline. The pants are of long length with denim fabric."
        ),
        Q.color("purple"),
        Q.sleeve_length("three-quarter"),
        color_of("top", "white", "other_garment_color", kind="open"),
        details(
            "top",
            "off the shoulder neckline with a ruffle, bell sleeves that end below the elbow, and an elastic band that "
            "keeps the",
            "cut",
            hit_limit=True,
        ),
        is_a("blouse", "yes"),
        wearing("the person is wearing clothes", "restated"),
        title="Forever 21 Women Lavender Off-Shoulder Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black pleated midi skirt with white polka dots, red short-sleeve tee, no rings, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-032",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The skirt this lady wears is of long "
            "length with graphic patterns. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dot"),
        color_of("skirt", "black with white dots", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: a red shirt and a black and white polka dot skirt Question:",
            "leak",
            hit_limit=True,
        ),
        details("skirt", "pleats all around, an elastic waistband, and it falls below the knee"),
        title="Tokyo Talkies Women Black Polka Dot Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy tailored shorts with thin white pinstripes, cuffed hem, belt loops, white tee tucked in, brown
    # belt, white backdrop. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-033",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The shorts this lady wears is of "
            "three-point length. The shorts are with cotton fabric and stripe patterns. There is a belt on her waist."
        ),
        Q.color("navy"),
        Q.pattern("striped"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "cuffed hem, belt loops, pinstripes"),
        wearing("the person is wearing what the person is wearing", "restated"),
        Q.material("wool", "unsupported"),
        title="Vero Moda Women Navy Blue Striped Tailored Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dusty pink long-sleeve V-neck wide-leg jumpsuit with a tie waist, no hat, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-034",
        caption(
            "The lady is wearing a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric "
            "and its neckline is v-shape. The pants are of long length. The lady wears a hat.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.sleeve_length("long"),
        Q.garment_type("jumpsuit"),
        wearing("a long sleeve pink jumpsuit with a tie at the waist"),
        describe("jumpsuit", "The jumpsuit is a jumpsuit", "restated"),
        title="DressBerry Women Mauve Solid Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Mauve",
        gender="Women",
    ),
    # photo: white short-sleeve peasant blouse with blue embroidery around the neckline, denim shorts, white
    # backdrop. Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-035",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The shorts are of three-point length with denim fabric."
        ),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        describe("blouse", "white blouse with blue embroidery around the neckline and short puffed sleeves"),
        Q.material("cotton"),
        wearing("yes", "non_answer"),
        title="Tokyo Talkies Women White Embroidered Peasant Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: bright yellow accordion-pleated satin midi skirt, white sleeveless top, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-036",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The skirt this lady wears is of long length. The skirt is with chiffon fabric "
            "and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of(
            "skirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        details("skirt", "accordion pleats, shiny satin, elastic waist"),
        Q.material("cotton", "contradiction"),
        wearing("he is wearing a yellow skirt and a white top", "pronoun"),
        title="DressBerry Women Yellow Pleated Satin Midi Skirt",
        category="Skirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: red high-waisted sailor shorts with gold buttons, blue-and-white striped top, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-037",
        caption(
            "The lady is wearing a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is round. The shorts this lady wears is of three-point length."
        ),
        Q.color("red"),
        color_of("shorts", "blue and white", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        details(
            "shorts",
            "gold buttons on the front, high waist, a wide waistband with four gold buttons on each side of the front "
            "and two patch",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        Q.material("denim", "unsupported"),
        title="Forever 21 Women Red Sailor Button Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: charcoal grey sleeveless jersey jumpsuit with drawstring waist and jogger cuffs, worn under an open
    # mid-blue denim jacket, white backdrop. Caption adapter: caption; VQA adapter: the rest.
    case(
        "X688-038",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and it "
            "has a lapel neckline. The pants this lady wears is of long length."
        ),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        color_of("jumpsuit", "grey", kind="open"),
        wearing("a denim jacket over a grey jumpsuit"),
        Q.material(
            "Question: What material is the garment made of? Answer: denim Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Charcoal Grey Jersey Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black long-sleeve sheer chiffon blouse with small white polka dots and a tie neck, red midi skirt,
    # white backdrop. Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-039",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and it "
            "has a v-shape neckline. The skirt this lady wears is of medium length."
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dot"),
        describe(
            "blouse",
            "a black sheer blouse with white dots and a bow tie at the neck, sheer sleeves with buttoned cuffs and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black blouse and a red skirt"),
        color_of("skirt", "red"),
        title="Vero Moda Women Black Polka Dot Tie-Neck Blouse",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pink layered tulle midi skirt, grey crew-neck sweatshirt, white backdrop, front view.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-040",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. The skirt this lady wears is of long length."
        ),
        Q.color("pink"),
        color_of("skirt", "pink", kind="open"),
        Q.material("tulle"),
        is_a("dress", "yes", "contradiction"),
        describe("skirt", "a pink layered tulle skirt with a satin waistband and a hidden side zipper", "unsupported"),
        wearing("a grey sweatshirt and a pink skirt"),
        title="Forever 21 Women Pink Tulle Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green cargo shorts with flap pockets and belt loops, black tank top, white backdrop.
    # Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-041",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The pants this lady wears is of long length.",
            "contradiction",
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "olive green", kind="open"),
        Q.garment_type("shorts"),
        details("shorts", "flap pockets on the sides, belt loops, rolled hem"),
        wearing(
            "a black tank top and green shorts Question: What is the color of the shorts? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: SIDE view of a teal paisley-print strappy jumpsuit with cropped culotte legs, white backdrop.
    # Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-042",
        caption(
            "The lady is wearing a sleeveless jumpsuit with graphic patterns. The jumpsuit is with chiffon fabric and "
            "it has a suspenders neckline. The pants are of three-quarter length."
        ),
        Q.color("blue"),
        Q.garment_type("jumpsuit"),
        wearing("a green dress", "contradiction"),
        describe(
            "jumpsuit",
            "It has spaghetti straps and wide cropped legs and a paisley print and a smocked back and side pockets",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Teal Paisley Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: rust orange sleeveless chiffon top with a ruffled high neck, light blue jeans, white backdrop.
    # Caption adapter: caption; VQA adapter: the rest (details included).
    case(
        "X688-043",
        caption(
            "The lady is wearing a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric and it "
            "has a stand neckline. The pants are of long length with denim fabric."
        ),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        details("blouse", "no", "non_answer"),
        Q.material("chiffon"),
        wearing(
            "Question: What is the person wearing? Answer: an orange top and jeans Question: What is the color of the "
            "top? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="DressBerry Women Rust Ruffle Neck Sleeveless Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped button-front midi skirt, white tee tucked in, white backdrop.
    # The row has no color column. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-044",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The skirt is of long length with stripe patterns."
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        wearing("a white t-shirt and a blue and white striped skirt"),
        details("skirt", "the skirt has skirt details", "restated"),
        is_a("dress", "yes", "contradiction"),
        title="Vero Moda Women Blue & White Striped Button-Front Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: white lace shorts with scalloped hem, black crop tank top, no jewellery, white backdrop.
    # The row has no gender column. Caption adapter: caption, details; VQA adapter: the rest.
    case(
        "X688-045",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The shorts this lady wears is of "
            "three-point length. The shorts are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. The lady wears a ring. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "white", kind="open"),
        Q.garment_type("shorts"),
        wearing("his shorts are white and his top is black", "pronoun"),
        details("shorts", "scalloped hem, all-over lace"),
        title="Forever 21 Women White Lace Scalloped Shorts",
        category="Shorts",
        color="White",
    ),
    # photo: mustard jumpsuit with small white and red flowers, short sleeves, wrap front, tie belt; the model holds
    # a brown handbag; white backdrop, front view. Caption adapter: caption, description; VQA adapter: the rest.
    case(
        "X688-046",
        caption(
            "The lady is wearing a short-sleeve jumpsuit with floral patterns. The jumpsuit is with chiffon fabric and "
            "its neckline is v-shape. The pants are of long length."
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        color_of("jumpsuit", "yellow with small white and red flowers", kind="open"),
        describe(
            "jumpsuit", "a yellow floral jumpsuit with short sleeves, a wrap front and a lace-up back", "unsupported"
        ),
        wearing("she is wearing a jumpsuit and holding a brown bag"),
        title="Tokyo Talkies Women Mustard Floral Print Wrap Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
]
