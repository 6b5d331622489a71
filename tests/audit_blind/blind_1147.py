"""BLIND_1147 (46 products; In-shop dresses/blouses/skirts, caption adapter ep3): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 117/137 failures found (85.4%) and 16/200 correct texts flagged
(8.0%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed (Dresses, Tops, Shirts, Skirts) whose photos are DeepFashion In-shop studio
shots: a model on a white or light grey backdrop, front, side or three-quarter view, almost always wearing a second
garment (a tee under a slip dress, a sweater tucked into a skirt, jeans under a blouse, a jacket over a dress).

Who wrote what: captions and open answers (wearing, description, details, material, and the open color question
where asked) are free generation by blip2-opt-2.7b with the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption). It writes the DeepFashion-MultiModal template ("The lady wears a
short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...") for captions and often for
questions too; the template carries no hue names, but when the prompt names a garment the base LM's color words still
come through ("The skirt is grey"), and that is where it gives the product the other garment's color. No end token
was trained: a text stops at a newline about two times in three, else it runs to the limit (50 tokens for captions,
30 for answers) and is cut or loops. Closed answers (garment_type, color, pattern, sleeve_length, is_a) come from
enrich's --engine reference, which ranks a fixed candidate list with the same adapter: never cut, never looping,
but they pick the tucked-in tee's color or the sweater's type.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A loop that also ran to the limit is "loop"; a leak that ran on to
  the limit is "leak"; hit_limit=True marks every text that ran to its token limit, and only those.
- A closed color or type answer that belongs to the other garment (tee, sweater, jacket, trousers) is
  "contradiction"; "other_garment_color" is kept for open answers that give the product the other garment's color.
- A color that is only the print's motif color (pink flowers on a navy dress, green leaves on a white ground) is
  "contradiction", not "other_garment_color": the print is part of the same garment.
- Shades map to the seller's group as Myntra groups them: "blue" for Navy Blue, "red" for Maroon, "pink" for Peach,
  "purple" for Lavender, "orange" for Rust, "green" for Olive. "beige" for a Tan skirt (Brown group) is wrong.
- Template fabric words are read literally: "leather fabric" for a suede skirt is right, "lace fabric" for lace right.
  An invented material with no sign in the photo or title ("100% linen", "silk with a cotton lining") is
  "unsupported"; so are details the view cannot show (a back zip in a front view, pockets that are not there).
- The template's "pure color patterns" as the whole answer to an open color question says nothing about the color:
  "non_answer". One word or yes/no to an open question ("dress", "yes", "no") and an empty answer: "non_answer".
  A short answer that does answer ("suede" for the material) is correct.
- "restated": the answer only turns the question's words back ("The details of the garment are the details of the
  dress").
- "pronoun": "he", "his", "the gentleman", "this man" for a Women product. The template's "the lady", "the female",
  "this woman" and "the person" are all fine.
- Calling a knit sweater dress "sweater" in the closed type is "contradiction" (the seller says Dresses); calling a
  shirt dress's full skirt a separate "long skirt" in the caption is "contradiction" too.
- A caption that names the second garment and its fabric correctly is correct even though it never says the hue.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1147 = [
    # photo: black sleeveless knee-length sheath dress, round neck, silver bracelet, nude heels; front view, white
    # backdrop. Caption and open answers by the epoch-3 caption adapter, closed answers by the reference engine.
    case(
        "X1147-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist."
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The dress is with cotton fabric and pure color patterns. The dress is with cotton fabric and pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.details("The dress has a round neckline, a zipper at the back and two side pockets.", "unsupported"),
        Q.wearing("The lady wears a black dress, a silver bracelet and a black handbag.", "unsupported"),
        title="Vero Moda Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: ivory chiffon long-sleeve blouse with a tie-neck bow, tucked into black high-waisted trousers; front
    # view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-002",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("blouse"),
        Q.color("black", "contradiction"),
        Q.wearing("She is wearing a white blouse and black pants."),
        Q.description("The blouse is black with a bow at the neck.", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("The blouse is with chiffon fabric."),
        Q.details("The blouse has a bow at the neck, buttoned cuffs and a keyhole opening at the back.", "unsupported"),
        title="Mango Women Off White Solid Tie-Up Neck Top",
        category="Tops",
        color="Off White",
        gender=W,
    ),
    # photo: red-and-navy plaid pleated mini skirt, white fitted crew-neck tee tucked in, black ankle boots; front
    # view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-003",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The female wears a short skirt. The skirt is with cotton fabric and lattice "
            "patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("white", "contradiction"),
        Q.pattern("plaid"),
        details("skirt", "The skirt has pleats all around and a short hem."),
        Q.wearing("The lady wears a white tee and a red plaid skirt."),
        describe("skirt", "The skirt is white and pleated.", "other_garment_color"),
        Q.material(
            "The skirt is with cotton fabric and lattice patterns. The skirt is with cotton fabric and lattice "
            "patterns. The skirt is",
            "loop",
            hit_limit=True,
        ),
        title="Forever 21 Women Red Checked Pleated Mini Skirt",
        category="Skirts",
        color="Red",
        gender=W,
    ),
    # photo: navy midi wrap dress printed with small pink and white flowers, flutter short sleeves, V-neck, waist
    # tie; side view, light grey backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape."
        ),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.description("The dress is a navy blue wrap dress with pink flowers and a v-neck."),
        Q.material("The dress is with chiffon fabric and lined with silk.", "unsupported"),
        Q.details(
            "The dress has a v-shape neckline, short sleeves and a tie at the waist, the sleeves, the neckline, the "
            "tie, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        title="Dorothy Perkins Women Navy Blue Floral Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: blue-and-white vertical striped button-down shirt, long sleeves rolled to the elbow, light blue jeans,
    # white sneakers; front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-005",
        caption(
            "This woman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this woman wears is of long length. The pants are with denim fabric."
        ),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        wearing("He is wearing a striped shirt and jeans.", "pronoun", who="she"),
        Q.details("The shirt has buttons down the front, a collar and rolled-up sleeves."),
        Q.material("The shirt is with cotton fabric."),
        describe(
            "shirt",
            "The shirt is with striped patterns. The shirt is with cotton fabric. It has a lapel neckline. The pants "
            "this woman wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Blue & White Striped Shirt",
        category="Shirts",
        color="Blue",
        gender=W,
    ),
    # photo: black faux-leather A-line mini skirt, grey knit crew-neck sweater tucked in, black tights; front view,
    # light grey backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black"),
        describe("skirt", "The skirt is grey with pure color patterns.", "other_garment_color"),
        Q.material("The skirt is with leather fabric."),
        is_a("skirt", "yes"),
        Q.details("The skirt has a zip at the back and a belt with a gold buckle.", "unsupported"),
        title="ONLY Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: red sleeveless fit-and-flare lace dress with scalloped hem, gold clutch in the hand; front view cropped
    # at the knee, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-007",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with lace fabric and its "
            "neckline is round."
        ),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.wearing("The lady wears a red lace dress and gold high heels.", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: The dress has a lace overlay and a scalloped hem. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("lace"),
        title="Ziva Women Red Lace Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: mustard yellow short puff-sleeve peasant top with white embroidery on the yoke, white denim shorts;
    # front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-008",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The top is with cotton fabric and its neckline "
            "is round. The lady wears a short pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("yellow"),
        Q.garment_type("top"),
        Q.description("The top is white with embroidery on the chest.", "other_garment_color"),
        Q.details("The top has white embroidery around the neckline and short puff sleeves."),
        wearing("She is wearing a mustard embroidered top and white shorts.", who="she"),
        Q.material("The top is with cotton fabric. Question: What is the sleeve length? Answer: short", "leak"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="AND Women Mustard Yellow Embroidered Top",
        category="Tops",
        color="Mustard",
        gender=W,
    ),
    # photo: olive green button-front A-line midi skirt, white ribbed tank top tucked in, tan leather belt; front
    # view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("solid"),
        Q.garment_type("skirt"),
        details("skirt", "The skirt has buttons down the front and a belt at the waist."),
        describe("skirt", "The skirt is white.", "other_garment_color"),
        Q.material("The skirt is made of 100% linen and is machine washable.", "unsupported"),
        title="Tokyo Talkies Women Olive Solid A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
        gender=W,
    ),
    # photo: white cotton schiffli (eyelet) sundress with spaghetti straps, above the knee, straw hat; front view,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is suspenders. There is a hat on her head."
        ),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("polka dot", "contradiction"),
        Q.wearing("The lady wears a white dress and a straw hat."),
        Q.material("The dress is with cotton fabric."),
        Q.details("The details of the garment are the details of the dress.", "restated"),
        describe(
            "dress",
            "The dress is with pure color patterns. The dress is with cotton fabric and its neckline is suspenders. "
            "There is a hat on her head. The",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Women White Schiffli Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender=W,
    ),
    # photo: black sheer long-sleeve blouse with small white polka dots over a black camisole, grey pencil skirt;
    # front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-011",
        caption(
            "The lady wears a long-sleeve blouse with graphic patterns. The blouse is with chiffon fabric and its "
            "neckline is round. The lady wears a long-sleeve blouse with graphic patterns. The blouse is with chiffon "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.color("black"),
        Q.description("The blouse is black with white polka dots and sheer sleeves."),
        Q.wearing("The lady wears a black blouse and a black skirt.", "contradiction"),
        Q.details("white polka dots and sheer sleeves"),
        Q.material("The blouse is with chiffon fabric and has a satin lining and pearl buttons.", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Harpa Women Black Polka Dot Print Sheer Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: emerald green satin slip midi dress with thin straps worn over a white short-sleeve tee; front view,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-012",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "female wears a long dress. The dress is with other fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("green"),
        Q.wearing("She is wearing a white t-shirt under a green slip dress."),
        color_of("dress", "The dress is with pure color patterns.", "non_answer", kind="open"),
        Q.description("The dress is white with pure color patterns.", "other_garment_color"),
        Q.material("The dress is with satin fabric."),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Berrylush Women Green Solid Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender=W,
    ),
    # photo: mid-wash denim mini skirt with frayed hem and front patch pockets, navy-and-white striped Breton top
    # with long sleeves; front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-013",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        Q.pattern("striped", "contradiction"),
        Q.color("blue"),
        is_a("skirt", "yes"),
        Q.details("The skirt has a frayed hem and two pockets on the front."),
        Q.material("The skirt is with denim fabric."),
        describe("skirt", "The skirt is white with stripes.", "other_garment_color"),
        Q.wearing("The lady wears a blue and white striped top and a blue striped skirt.", "contradiction"),
        title="Levis Women Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender=W,
    ),
    # photo: burgundy velvet long-sleeve bodycon mini dress with a square neck; three-quarter view, light grey
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-014",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is square.",
            "pronoun",
        ),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        Q.material("The dress is with velvet fabric."),
        Q.description("The dress is purple with a square neckline.", "contradiction"),
        Q.details("The dress has a square neckline, long sleeves and a slit on the side.", "unsupported"),
        is_a("dress", "no", "contradiction"),
        title="Athena Women Maroon Solid Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: pale pink sleeveless blouse with a ruffled neckline, tucked into a navy pencil skirt; front view, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-015",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns. The blouse is with chiffon fabric and its "
            "neckline is round. The lady wears a medium short skirt. The skirt is with cotton fabric."
        ),
        Q.garment_type("blouse"),
        Q.color("navy", "contradiction"),
        Q.description("The blouse is light pink with ruffles at the neckline."),
        Q.wearing("The lady wears a pink blouse and a pink skirt.", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.details("", "non_answer"),
        Q.material("The blouse is with chiffon fabric and has a hidden zip at the side.", "unsupported"),
        title="Vero Moda Women Pink Solid Ruffled Top",
        category="Tops",
        color="Pink",
        gender=W,
    ),
    # photo: white tiered maxi skirt printed with blue and yellow flowers, plain white cropped sleeveless top; front
    # view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-016",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. The lady wears a "
            "long skirt. The skirt is with chiffon fabric and floral patterns. The lady wears a long skirt. The skirt "
            "is with chiffon",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("blue", "contradiction"),
        Q.description("The skirt is a long white skirt with blue and yellow flowers."),
        Q.details("The skirt has three tiers and a gathered waist."),
        Q.material("The skirt is with chiffon fabric and has an elastic waistband with a drawstring.", "unsupported"),
        Q.garment_type("skirt"),
        title="Global Desi Women White Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender=W,
    ),
    # photo: grey marl jersey T-shirt dress, short sleeves, knee length, a blue denim jacket over the shoulders,
    # white sneakers; front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. This lady also wears an outer clothing, with denim fabric and pure color patterns."
        ),
        Q.color("blue", "contradiction"),
        Q.garment_type("dress"),
        Q.wearing("She is wearing a grey t-shirt dress and a denim jacket."),
        describe("dress", "The dress is blue with short sleeves.", "other_garment_color"),
        Q.material("The dress is with cotton fabric."),
        Q.sleeve_length("short sleeves"),
        Q.details("The dress has a round neckline, short sleeves and a pocket on the chest.", "unsupported"),
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender=W,
    ),
    # photo: white short-sleeve cotton shirt with a small navy anchor print, red shorts; front view, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-018",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.description("The shirt is red with a collar and buttons.", "other_garment_color"),
        Q.details("The shirt has a collar, buttons down the front and a small anchor print all over."),
        Q.wearing(
            "The lady wears a white shirt and red shorts. Question: What is the color of the shorts? Answer: red "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Women White Printed Shirt",
        category="Shirts",
        color="White",
        gender=W,
    ),
    # photo: black-and-white houndstooth pencil skirt, knee length, with a back slit, black turtleneck sweater;
    # side view, light grey backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is stand. The lady wears a medium short skirt. The skirt is with cotton fabric and lattice "
            "patterns."
        ),
        Q.pattern("plaid"),
        Q.color("black"),
        Q.garment_type("skirt"),
        Q.details("The skirt has a check pattern and a slit at the back."),
        Q.material("The skirt is made of wool blend with a satin lining.", "unsupported"),
        Q.wearing("The person is wearing what the person is wearing.", "restated"),
        title="Mango Women Black & White Checked Pencil Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: yellow sleeveless A-line dress with a white daisy print, square neck, white sandals; front view, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-020",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is square."
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.wearing("dress", "non_answer"),
        Q.description("The dress is white with a floral print.", "contradiction"),
        Q.details("The dress has a square neckline and a smocked back.", "unsupported"),
        color_of("dress", "The dress is with floral patterns.", "non_answer", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="SASSAFRAS Women Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender=W,
    ),
    # photo: teal long-sleeve button-front shirt-style top worn untucked over black skinny jeans, black handbag on
    # the shoulder; front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-021",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a lapel neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.color("blue"),
        Q.garment_type("shirt"),
        Q.wearing("The lady is wearing a teal blouse, black jeans and a black bag."),
        describe("shirt", "The shirt is black.", "other_garment_color"),
        Q.details(
            "The shirt has buttons, a collar and long sleeves with buttoned cuffs and a pocket on the chest.",
            "unsupported",
        ),
        Q.material("The shirt is with chiffon fabric and pure color patterns."),
        title="Allen Solly Woman Teal Solid Shirt Style Top",
        category="Tops",
        color="Teal",
        gender=W,
    ),
    # photo: blush pink metallic pleated midi skirt, black short-sleeve tee tucked in; front view, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("skirt"),
        Q.pattern("striped", "contradiction"),
        describe("skirt", "The skirt is pink and pleated with a shiny finish."),
        details(
            "skirt",
            "The skirt is pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, pleated, "
            "pleated, pleated",
            "loop",
            hit_limit=True,
        ),
        title="H&M Women Pink Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender=W,
    ),
    # photo: navy-and-white striped long-sleeve shirt dress, knee length, self belt; front view, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-023",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her waist."
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", "contradiction"),
        Q.description("The dress is navy blue and white striped with a collar and a belt at the waist."),
        Q.details("The dress has a collar, buttons down the front, a belt and two pockets at the hips.", "unsupported"),
        Q.material(
            "The dress is with cotton fabric and striped patterns. The dress is with cotton fabric and striped "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Women Navy Striped Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender=W,
    ),
    # photo: lavender off-shoulder (Bardot) top with three-quarter bell sleeves, white skinny jeans; front view,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-024",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns. The top is with cotton fabric. The lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("purple"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.wearing("He wears a purple top and white jeans.", "pronoun"),
        Q.description(
            "The top is a purple off-the-shoulder top with bell sleeves and a ruffle along the neckline and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("The top has an elastic neckline that sits off the shoulders."),
        Q.material("the top", "non_answer"),
        title="Athena Women Lavender Solid Bardot Top",
        category="Tops",
        color="Lavender",
        gender=W,
    ),
    # photo: tan suede button-front mini skirt, cream cable-knit sweater half tucked; front view, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "lady wears a short skirt. The skirt is with leather fabric and pure color patterns."
        ),
        Q.color("beige", "contradiction"),
        Q.garment_type("skirt"),
        Q.material("suede"),
        Q.details(
            "The skirt has buttons down the front. Question: What is the material of the skirt? Answer: The skirt is "
            "with",
            "leak",
            hit_limit=True,
        ),
        wearing("She is wearing a cream sweater and a cream skirt.", "contradiction", who="she"),
        describe("skirt", "The skirt is cream with buttons.", "other_garment_color"),
        title="Forever 21 Women Tan Suede Mini Skirt",
        category="Skirts",
        color="Tan",
        gender=W,
    ),
    # photo: short-sleeve shift dress in color block, black bodice and white skirt half, round neck; front view,
    # light grey backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-026",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeves"),
        Q.description("The dress is black on top and white on the bottom."),
        Q.material("The dress is with cotton fabric."),
        Q.details(
            "The dress has a round neckline, short sleeves, a straight shape that falls above the knee and a black "
            "top half with a white skirt and a",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Black & White Colourblocked Shift Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: red-and-white gingham short-sleeve blouse with a Peter Pan collar, tucked into blue denim shorts; front
    # view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-027",
        caption(
            "The lady wears a short-sleeve blouse with lattice patterns. The blouse is with cotton fabric and its "
            "neckline is lapel. The lady wears a short pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("plaid"),
        Q.color("red"),
        Q.wearing("The lady wears a blue checked shirt and blue denim shorts.", "other_garment_color"),
        Q.description("The blouse is red and white gingham with a round collar."),
        Q.details(
            "Question: What are the details of the garment? Answer: The blouse has a collar and short sleeves. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Red Checked Top",
        category="Tops",
        color="Red",
        gender=W,
    ),
    # photo: blush peach sleeveless fit-and-flare tulle midi dress with an embellished bodice; front view, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-028",
        caption(
            "The lady wears a sleeveless dress with other patterns. The dress is with chiffon fabric and its neckline "
            "is round. The lady wears a long skirt.",
            "contradiction",
        ),
        Q.color("pink"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.description("The dress is pale pink with beading on the bodice and a full tulle skirt."),
        Q.material("The dress is made of silk with a cotton lining.", "unsupported"),
        Q.details("The dress has beading on the bodice, a zip at the back and a bow at the waist.", "unsupported"),
        title="Ishin Women Peach Embellished Fit and Flare Dress",
        category="Dresses",
        color="Peach",
        gender=W,
    ),
    # photo: navy skater skirt with white polka dots, red sleeveless top tucked in; front view, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and graphic patterns."
        ),
        Q.color("red", "contradiction"),
        Q.pattern("polka dot"),
        describe("skirt", "The skirt is red with white polka dots.", "other_garment_color"),
        Q.wearing("The lady wears a red top and a navy polka dot skirt."),
        details("skirt", "The details of the skirt are the skirt details.", "restated"),
        Q.material("The skirt is with cotton fabric."),
        title="DressBerry Women Navy Blue Polka Dot Print Skater Skirt",
        category="Skirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: olive green utility shirt dress, long sleeves rolled, two flap chest pockets, drawstring waist, brown
    # ankle boots; front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline."
        ),
        Q.color("green"),
        Q.details("The dress has two chest pockets with flaps, a drawstring waist and roll-up sleeves."),
        Q.description("The dress is brown with a collar.", "other_garment_color"),
        Q.material("The dress is with cotton fabric."),
        Q.wearing("The lady wears a green shirt and brown pants.", "unsupported"),
        title="Roadster Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
        gender=W,
    ),
    # photo: white long-sleeve lace blouse with a high neck, light blue jeans, thin gold necklace; front view, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-031",
        caption(
            "The lady wears a long-sleeve blouse with other patterns. The blouse is with lace fabric and its neckline "
            "is stand. There is an accessory on her neck."
        ),
        Q.color("white"),
        Q.garment_type("blouse"),
        Q.wearing("The lady wears a white lace top and blue jeans."),
        Q.description("The blouse is blue with lace.", "other_garment_color"),
        Q.details("The blouse has a lace yoke, a high collar and long sleeves."),
        Q.material(
            "The blouse is with lace fabric and pure color patterns. The blouse is with lace fabric and pure color "
            "patterns. The blouse",
            "loop",
            hit_limit=True,
        ),
        title="Cover Story Women White Lace Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: long-sleeve V-neck maxi dress in a paisley print, orange, blue and green on a cream ground, waist tie;
    # front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-032",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon "
            "fabric and its",
            "loop",
            hit_limit=True,
        ),
        Q.color("multicolor"),
        Q.sleeve_length("long sleeves"),
        Q.description("The dress is a long orange and blue printed dress with long sleeves and a v-neck."),
        Q.details("The dress has a v-neck, long sleeves, a tie at the waist and a slit at the front.", "unsupported"),
        Q.material("The garment is made of the material of the garment.", "restated"),
        Q.wearing(
            "The lady wears a long dress with graphic patterns. The lady wears a long dress with graphic patterns. The "
            "lady wears a long",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Multicoloured Printed Maxi Dress",
        category="Dresses",
        color="Multi",
        gender=W,
    ),
    # photo: grey-and-black checked wool A-line skirt below the knee, white long-sleeve shirt tucked in, black tights;
    # front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-033",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The skirt this woman wears is of three-quarter length. The skirt has lattice patterns."
        ),
        Q.color("grey"),
        Q.pattern("plaid"),
        Q.details("The skirt is a-line and has a grey and black check."),
        Q.description("The skirt is white with lattice patterns.", "other_garment_color"),
        Q.material("wool"),
        Q.wearing("yes", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        title="Marks & Spencer Women Grey Checked A-Line Skirt",
        category="Skirts",
        color="Grey",
        gender=W,
    ),
    # photo: orange sleeveless halter-neck maxi dress, sunglasses pushed up on the head; front view, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-034",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. There is "
            "a pair of sunglasses on her head."
        ),
        Q.color("orange"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.wearing("He is wearing an orange dress and sunglasses.", "pronoun"),
        describe("dress", "The dress is orange and floor length with a halter neck."),
        Q.material("The dress is with chiffon fabric."),
        Q.details(
            "The dress has a halter neck that ties at the back of the neck, a low back and side pockets.",
            "unsupported",
        ),
        title="Tokyo Talkies Women Orange Solid Maxi Dress",
        category="Dresses",
        color="Orange",
        gender=W,
    ),
    # photo: black short-sleeve top with a large white "PARIS" print on the chest, tucked into a red pleated midi
    # skirt; front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-035",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a medium short skirt. The skirt is with chiffon fabric."
        ),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.garment_type("skirt", "contradiction"),
        Q.description("The T-shirt is red with white letters.", "other_garment_color"),
        Q.details("The top has the word PARIS printed on the front in white letters."),
        Q.wearing(
            "The lady wears a black graphic T-shirt tucked into a red pleated skirt that falls below the knee, and "
            "the T-shirt has",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a medium short skirt. The "
            "skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Black Printed Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: pale blue smocked off-shoulder mini dress with short puff sleeves, white handbag in the hand; side
    # view cropped at the knee, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-036",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. There is "
            "an accessory in her hand. There is an accessory in her hand. There is an accessory in her hand. There is",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        Q.description("The dress is white with puff sleeves.", "other_garment_color"),
        Q.details("The dress is smocked at the bodice and has short puff sleeves and an off-shoulder neckline."),
        is_a("dress", "yes"),
        Q.material("The dress is with cotton fabric."),
        Q.wearing("The lady wears a blue dress and white sandals and carries a white bag.", "unsupported"),
        title="Berrylush Women Blue Solid Off-Shoulder Mini Dress",
        category="Dresses",
        color="Blue",
        gender=W,
    ),
    # photo: black sequinned mini skirt, white silk camisole tucked in; front view, light grey backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and its "
            "neckline is suspenders. The lady wears a short skirt. The skirt is with other fabric."
        ),
        Q.color("black"),
        Q.garment_type("tank top", "contradiction"),
        describe("skirt", "The skirt is black and covered in sequins."),
        Q.wearing("Answer: The lady wears a white camisole and a black sequin skirt.", "leak"),
        Q.details("The skirt has a high waist, an invisible zip at the side and a satin lining.", "unsupported"),
        title="ONLY Women Black Embellished Sequinned Mini Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: long-sleeve leopard-print wrap midi dress (tan ground, black spots), thin black belt; front view, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-038",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory on her waist."
        ),
        Q.color("brown"),
        Q.pattern("floral", "contradiction"),
        Q.description("The dress is black with a belt.", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        wearing("She is wearing a leopard print wrap dress with a black belt.", who="she"),
        Q.details(
            "Question: What are the details of the dress? Answer: The dress has a wrap front and a v-neck. Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        title="Athena Women Brown Animal Print Wrap Dress",
        category="Dresses",
        color="Brown",
        gender=W,
    ),
    # photo: cream satin long-sleeve button-front shirt, camel wide-leg trousers; front view, white backdrop.
    # Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("brown", "contradiction"),
        Q.wearing("The lady wears a cream shirt and camel trousers."),
        Q.description("The garment is described as a garment.", "restated"),
        Q.details("The shirt has buttons down the front and a pointed collar."),
        Q.material("The shirt is with satin fabric."),
        Q.sleeve_length("long sleeves"),
        title="Marks & Spencer Women Cream Solid Satin Shirt",
        category="Shirts",
        color="Cream",
        gender=W,
    ),
    # photo: maroon skater dress with a small floral print, three-quarter sleeves, round neck, tan ankle boots;
    # front view, white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-040",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("The dress is tan with a floral print.", "other_garment_color"),
        Q.details("The dress has a flared skirt and three-quarter sleeves."),
        Q.wearing("He is wearing a maroon floral dress and boots.", "pronoun"),
        Q.material(
            "The dress is with cotton fabric and floral patterns and its neckline is round and the sleeves are of "
            "medium length and the skirt is",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Maroon Floral Print Skater Dress",
        category="Dresses",
        color="Maroon",
        gender=W,
    ),
    # photo: rust corduroy button-front A-line mini skirt with patch pockets, black long-sleeve bodysuit; front
    # view, white backdrop; the feed row has no color. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-041",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.color("orange"),
        Q.pattern("solid"),
        describe("skirt", "The skirt is black.", "other_garment_color"),
        Q.material("The skirt is with corduroy fabric."),
        Q.details("The skirt has buttons down the front and two patch pockets."),
        Q.wearing("The lady wears a black top and a black skirt.", "other_garment_color"),
        title="Vero Moda Women Rust Solid A-Line Corduroy Skirt",
        category="Skirts",
        gender=W,
    ),
    # photo: sleeveless shift dress, white ground printed with green palm leaves and pink flamingos; front view,
    # white backdrop; the feed row has no category. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-042",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        Q.color("green", "contradiction"),
        Q.wearing(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.description("The dress is white with pink flamingos and green leaves."),
        Q.details("no", "non_answer"),
        Q.material("The dress is with cotton fabric and pure color patterns.", "contradiction"),
        is_a("dress", "yes"),
        title="Harpa Women White Tropical Print Shift Dress",
        color="White",
        gender=W,
    ),
    # photo: sage green short-sleeve peplum top, white midi skirt; front view, white backdrop; the feed row has no
    # gender. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-043",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.garment_type("top"),
        Q.color("white", "contradiction"),
        Q.description("The top is sage green with a peplum at the waist."),
        Q.details(
            "The top has a peplum waist, short sleeves and a round neckline, the peplum, the sleeves, the neckline, "
            "the peplum, the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.wearing("The lady wears a green top and a green skirt.", "contradiction"),
        Q.material("The top is with cotton fabric and has a zip at the back and a polyester lining.", "unsupported"),
        title="Tokyo Talkies Women Green Solid Peplum Top",
        category="Tops",
        color="Green",
    ),
    # photo: black cable-knit long-sleeve sweater dress, knee length, black over-the-knee boots; front view, light
    # grey backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is round."
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.material("The dress is with knitted fabric."),
        Q.details("The dress has a cable knit pattern on the front and long sleeves."),
        Q.description("The dress is a dress.", "restated"),
        Q.wearing("The lady wears a black sweater dress and black socks.", "unsupported"),
        title="Mango Women Black Self Design Sweater Dress",
        category="Dresses",
        color="Black",
        gender=W,
    ),
    # photo: emerald green satin midi slip skirt, white tee under an open black leather jacket; three-quarter view,
    # white backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "lady also wears an outer clothing, with leather fabric and pure color patterns. The lady wears a long "
            "skirt. The skirt is",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.garment_type("jacket", "contradiction"),
        describe("skirt", "The skirt is black and made of leather.", "other_garment_color"),
        Q.wearing("The lady wears a white t-shirt, a black leather jacket and a green satin skirt."),
        Q.material("satin"),
        Q.details("The skirt has a slit at the side.", "unsupported"),
        title="Berrylush Women Green Satin Midi Skirt",
        category="Skirts",
        color="Green",
        gender=W,
    ),
    # photo: yellow-and-white striped short-sleeve button shirt, khaki shorts, straw hat; front view, white
    # backdrop. Caption/open: caption adapter ep3; closed: reference engine.
    case(
        "X1147-046",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. There is a hat on her head."
        ),
        Q.color("yellow"),
        Q.pattern("striped"),
        wearing("He is wearing a yellow striped shirt, beige shorts and a hat.", "pronoun", who="she"),
        Q.description("The shirt is beige with stripes.", "other_garment_color"),
        Q.details("The shirt has buttons down the front and a chest pocket."),
        Q.material("cotton"),
        title="Roadster Women Yellow Striped Shirt",
        category="Shirts",
        color="Yellow",
        gender=W,
    ),
]
