"""BLIND_996 (46 products; In-shop dresses/blouses/skirts, caption epoch 3): written blind in the fifty-eighth session.
Measured blind at 6094d3e (the session's fourth rules): 129/139 failures found (92.8%) and 10/195 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: a women's catalog of dresses, blouses/tops/shirts and skirts photographed DeepFashion In-shop style (model
on a plain white, grey or beige studio backdrop, front, side or back view, one flat lay), fed with Myntra-like seller
columns (title, category = article_type, color = base_colour, gender). The job ran the attribute questionnaire
(wearing, garment type, color, pattern, sleeve length, description, details, material); sleeve length was asked only
for dresses and tops.

Who wrote what: captions and every open answer (wearing, description, details, material) come from the caption
adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b), free greedy generation, 50 new
tokens for captions and 30 for answers. It writes the DeepFashion-MultiModal template ("The lady wears a short-sleeve
shirt with pure color patterns. The shirt is with cotton fabric and its neckline is round.") for most prompts,
with no hue names in captions, but names hues in some answers to question prompts, where it often takes the color
of the other garment in the outfit. Trained without an end token, it loops or runs to the limit and is cut; it
also echoes the `Question: ... Answer:` format, invents accessories and trims (a ring, an accessory on the wrist,
pockets, a slit), and sometimes answers with one word or with the question itself. The closed answers (garment
type, color, pattern, sleeve length) come from enrich's reference engine choosing one candidate value: they never
loop or stop short, but pick the other garment's or the print's color, the top's pattern, or the wrong sleeve.

Labeling conventions and judgement calls:
- The photo decides. Where the seller column and the photo agree a text that disagrees is a failure; a shade the
  seller would name differently but in the same family (cream for "white", maroon for Burgundy, teal as "blue",
  lavender as "purple") is correct.
- A closed color or pattern that belongs to another garment, to the print's accents or to the backdrop is labeled
  contradiction (the closed engine cannot "describe" another garment); an open answer that gives the product the
  color of another garment worn or held in the photo is labeled other_garment_color.
- The template's fabric words are its whole vocabulary (cotton, chiffon, denim, knitted, leather, furry, other):
  "cotton" for a cotton-linen blend, "denim" for chambray, "other" for lace, satin, sequins or tulle are correct;
  "furry" for velvet is unsupported. A wrong fabric is unsupported, except denim or leather that another garment in
  the photo visibly has, which is labeled contradiction (the fabric was taken from that garment).
- A pattern or length that the template gives a garment but that belongs to another one (the T-shirt's graphic
  given to the skirt) is a contradiction, as is calling the product another garment (a dress called a sweater).
- A caption or answer that reached the token limit: when it ends mid-phrase and does not repeat, cut; when it
  repeats a phrase or a sentence (ending mid-repetition or not), loop only; when it ran to the limit and happens to
  end at a full stop, hit_limit=True with no failure if its content is right.
- Text after "Question:" or "Answer:" in an answer is a leak, even when the leaked answer happens to be right.
- A one-word answer or a bare "yes" to the wearing, description or details question is non_answer; a one-word
  answer to the material question ("cotton", "satin") is an answer. A template reply to the material question that
  never mentions a fabric is non_answer. An answer that only echoes the question, or wraps it around itself
  ("The material of the garment is the garment's material"), is restated.
- "He", "his" or "the man/gentleman" for a Women row is pronoun, even when the garments named are right.
- "The lady wears ..." on the flat lay is the template's subject, not a claim: correct if the garment is right;
  accessories "on her wrist" there are unsupported.
- Invented accessories or trims (a ring, a wrist accessory, a belt, pockets, a slit, a back zipper not visible) are
  unsupported; a held bag described as carried is correct.
- Short but right answers ("a white sweatshirt and a grey skirt", "The skirt is made of corduroy.") are correct.
- Not every closed answer is listed for every product (a pattern or garment type is left out here and there to keep
  four to eight answers a product); sleeve length appears only for dresses and tops.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

Q = DEFAULT_QUESTIONS

BLIND_996 = [
    # photo: navy blue sleeveless knee-length chiffon skater dress with small white polka dots, round neck; nude heels,
    # no jewelry; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X996-001",
        caption(
            "The lady wears a sleeveless dress with other patterns. The dress is with chiffon fabric and its neckline"
            " is round. The dress is of medium length."
        ),
        Q.wearing("The lady wears a sleeveless dress with dots. It is of knee length."),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        Q.details("The dress has a round neckline and no sleeves. There is an accessory on her wrist.", "unsupported"),
        Q.material(
            "The dress is with chiffon fabric and its neckline is round. The dress is with chiffon fabric and its"
            " neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        title="Closet Women Navy Blue Polka Dot Skater Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white short-sleeve cotton blouse, round neck, tucked into black high-waisted cotton trousers; front view,
    # light grey backdrop, no jewelry. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        Q.wearing("The lady wears a white shirt, black pants and a necklace.", "unsupported"),
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.description("The shirt is black with short sleeves and a round neckline.", "other_garment_color"),
        Q.details(
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long trousers. The trousers"
            " are with cotton",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Vero Moda Women Solid White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: red-and-white gingham flared cotton mini skirt, worn with a white cotton tank top tucked in and brown
    # sandals; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-003",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The"
            " skirt this lady wears is of short length. The skirt is with cotton fabric and lattice patterns."
        ),
        Q.wearing("The lady wears a tank top and a short skirt."),
        Q.garment_type("skirt"),
        Q.color("red"),
        Q.pattern("striped", "contradiction"),
        Q.description("no", "non_answer"),
        Q.details(
            "The skirt is of short length. The skirt is with cotton fabric and lattice patterns. The skirt is of"
            " short length. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        title="Dressberry Women Red Checked A-Line Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: black long-sleeve knit jersey bodycon midi dress, square neck; black heels, gold hoop earrings; side view,
    # light grey backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its"
            " neckline is square. The dress is of three-quarter length. The lady has an earring."
        ),
        Q.wearing("He wears a long-sleeve dress with pure color patterns.", "pronoun"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "The dress is with knitted fabric. The dress is with knitted fabric. The dress is with knitted fabric. The"
            " dress is with knitted",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "Question: What are the details of the garment? Answer: The dress is of three-quarter length. Question:"
            " What",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sky-blue and white vertical striped cotton button-down shirt, long sleeves rolled to the elbow, point
    # collar, no pocket, worn with light-wash blue jeans; front view, white backdrop. Caption and open answers: caption
    # adapter epoch 3; closed: reference engine.
    case(
        "X996-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and solid color"
            " patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a striped shirt and jeans."),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description("The shirt is with denim fabric and solid color patterns.", "contradiction"),
        Q.details("The shirt has a lapel neckline, buttons down the front and a pocket on the chest.", "unsupported"),
        title="Roadster Women Blue & White Striped Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux-leather knee-length pencil skirt, worn with a grey marl crew-neck sweater tucked in and black
    # ankle boots; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X996-006",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It"
            " has a round neckline. The skirt this lady wears is of medium length. The skirt is with leather fabric"
            " and pure color patterns.",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a grey sweater and a black leather skirt."),
        Q.garment_type("skirt"),
        Q.color("grey", "contradiction"),
        Q.pattern("solid"),
        Q.material("The skirt is with leather fabric."),
        Q.description("The skirt is grey and of medium length.", "other_garment_color"),
        title="ONLY Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white chiffon maxi dress printed with pink roses and green leaves, spaghetti straps, ankle length, ruffled
    # hem, no belt; full-length front view, beige backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X996-007",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is suspenders. The dress is of long length."
        ),
        Q.wearing("The lady wears a long floral dress."),
        Q.garment_type("dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details("The dress has thin straps and a ruffled hem. It has a belt at the waist.", "unsupported"),
        Q.material(
            "The dress is with chiffon fabric and floral patterns. The dress is with chiffon fabric and floral"
            " patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Sassafras Women White Floral Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: blush pink satin camisole with lace trim at the V neckline, thin straps, worn with white jeans; front view,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-008",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a v-shape neckline. The pants"
            " this lady wears is of long length. The pants are with denim fabric and pure color patterns. The lady"
            " wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a pink tank top and white jeans."),
        Q.garment_type("tank top"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("The tank top is white with a v-shape neckline.", "other_garment_color"),
        Q.material("The tank top is with cotton fabric.", "unsupported"),
        title="FOREVER 21 Women Pink Satin Lace Trim Cami Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow wrap dress, short flutter sleeves, V neck, above the knee, self-fabric tie belt at the
    # waist; white sneakers; front view, light grey backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X996-009",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its"
            " neckline is v-shape. The dress is of short length. The lady wears a belt."
        ),
        Q.wearing("The lady wears a short-sleeve dress with pure color patterns and white shoes."),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        Q.description("dress", "non_answer"),
        Q.details(
            "The dress has a v-shape neckline, a belt, and short sleeves. The dress has a v-shape neckline, a belt,"
            " and short sleeves. The dress",
            "loop",
            hit_limit=True,
        ),
        title="Berrylush Women Mustard Yellow Solid Wrap Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: mid-blue denim mini skirt, button front, frayed hem, no belt, worn with a white cotton T-shirt with a black
    # graphic print; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X996-010",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The skirt this lady wears is of short length. The skirt is with denim fabric and"
            " pure color patterns."
        ),
        Q.wearing("a white t-shirt and a denim skirt"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("blue"),
        Q.pattern("graphic", "contradiction"),
        Q.details("The skirt has buttons on the front, a frayed hem and a belt.", "unsupported"),
        Q.material("The skirt is made of the material of the skirt.", "restated"),
        title="Roadster Women Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin long-sleeve blouse with a tie-neck bow on a stand collar, worn with black wide-leg
    # cotton trousers; front view, light grey backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X996-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its"
            " neckline is stand. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The man wears a long-sleeve shirt and trousers.", "pronoun"),
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.description("The shirt is black and long-sleeve, with a bow at the neck.", "other_garment_color"),
        Q.material("satin"),
        title="Marks & Spencer Women Green Satin Tie-Neck Blouse",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: navy and white horizontal striped cotton T-shirt dress, short sleeves, crew neck, knee length, no pockets;
    # white sneakers; side view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X996-012",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric and its"
            " neckline is round. The dress is of medium length. The dress is of medium length. The dress is of medium"
            " length. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a striped dress. Question: Is this a dress? Answer: yes", "leak"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("The dress has a round neckline, short sleeves and two pockets on the front.", "unsupported"),
        title="Tommy Hilfiger Women Navy Blue Striped T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige satin-look pleated midi skirt with an elastic waist, no belt, worn with a black short-sleeve cotton
    # tee tucked in; back view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X996-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The"
            " skirt this lady wears is of three-quarter length. The skirt is with other fabric and pure color"
            " patterns."
        ),
        Q.wearing("The lady wears a black t-shirt and a beige skirt."),
        Q.garment_type("skirt"),
        Q.color("black", "contradiction"),
        Q.pattern("striped", "contradiction"),
        Q.description("The skirt is pleated and falls below the knee. It has a belt.", "unsupported"),
        Q.details(
            "The skirt this lady wears is of three-quarter length. The skirt is with other fabric and pure color"
            " patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Beige Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: white cotton broderie-anglaise off-shoulder top with short puff sleeves, worn with mid-blue denim shorts;
    # front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants"
            " this lady wears is of three-point length. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing("The lady wears a white top and blue denim shorts."),
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.description("The top is blue with short sleeves.", "other_garment_color"),
        Q.details("The top is off the shoulder with puff sleeves and eyelet embroidery."),
        Q.material("denim", "contradiction"),
        title="Dorothy Perkins Women White Broderie Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: red sleeveless lace sheath dress, round neck, knee length, visible back zipper, no bow; back view, light
    # grey backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-015",
        caption(
            "The lady wears a sleeveless dress with other patterns. The dress is with other fabric. The dress is of"
            " medium length."
        ),
        Q.wearing("She is wearing a red dress."),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("The dress has a zipper on the back and a bow at the waist.", "unsupported"),
        Q.material(
            "Question: What material is the garment made of? Answer: The dress is with other fabric. Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        title="Kazo Women Red Lace Sheath Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black chiffon blouse with white polka dots, long sleeves, V neck, worn with a red cotton knee-length pencil
    # skirt; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-016",
        caption(
            "The lady wears a long-sleeve shirt with other patterns. The shirt is with chiffon fabric and its"
            " neckline is v-shape. The skirt this lady wears is of medium length. The skirt is with cotton fabric and"
            " pure color patterns."
        ),
        Q.wearing("The lady wears a polka dot blouse and a red skirt."),
        Q.garment_type("blouse"),
        Q.color("red", "contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long sleeves"),
        Q.description("The blouse is red with black polka dots.", "other_garment_color"),
        Q.details(
            "The blouse has long sleeves and a v-shape neckline. The skirt this lady wears is of medium length. The"
            " skirt is with",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Black Polka Dot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive green cotton twill cargo midi skirt with patch pockets on the sides and a front slit, worn with a
    # cream ribbed-knit tank; no jewelry; side view, white backdrop. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X996-017",
        caption(
            "Her tank top has no sleeves, knitted fabric and pure color patterns. The skirt this lady wears is of"
            " three-quarter length. The skirt is with cotton fabric and pure color patterns. There is an accessory on"
            " her wrist.",
            "unsupported",
        ),
        Q.wearing("a cream tank top and a cream skirt", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.details("The skirt has pockets on the sides and a slit."),
        Q.description("The skirt is cream-colored and of three-quarter length.", "other_garment_color"),
        title="Only Women Olive Cargo Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender chiffon tiered midi dress, short puff sleeves, square neck; white block heels; front view, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is square. The dress is of three-quarter length. The lady wears a short-sleeve dress with pure"
            " color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a purple dress."),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "The dress is of three-quarter length. Question: What is the sleeve length of the dress? Answer:"
            " short-sleeve. Question",
            "leak",
            hit_limit=True,
        ),
        Q.material("The dress is with cotton fabric.", "unsupported"),
        title="Athena Women Lavender Tiered Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: cream crochet-lace short-sleeve top, round neck, worn with tan wide-leg cotton trousers; front view, beige
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-019",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with other fabric and its neckline"
            " is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
            " The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a white lace top and brown pants."),
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.description("The top is tan with short sleeves.", "other_garment_color"),
        Q.details("yes", "non_answer"),
        title="Vero Moda Women Cream Lace Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: mid-blue denim shirt dress, long sleeves, point collar, button front, knee length, brown leather belt;
    # front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and its"
            " neckline is lapel. The dress is of medium length. The lady wears a belt. The lady wears a belt. The lady"
            " wears a belt. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a denim shirt and jeans.", "contradiction"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("The dress has buttons down the front, a collar and a brown belt."),
        Q.material("denim"),
        title="Levis Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black-and-white houndstooth wool-blend A-line mini skirt, worn with a black long-sleeve turtleneck sweater
    # and black tights; front view, light grey backdrop. The feed has no color for this row. Caption and open answers:
    # caption adapter epoch 3; closed: reference engine.
    case(
        "X996-021",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It"
            " has a stand neckline. The skirt this lady wears is of short length. The skirt is with other fabric and"
            " lattice patterns."
        ),
        Q.wearing("The lady is wearing a black sweater and a black and white skirt."),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        Q.description(
            "The skirt this lady wears is of short length. The skirt is with other fabric and lattice patterns. The"
            " skirt this lady wears is of short",
            "loop",
            hit_limit=True,
        ),
        Q.material("The skirt is with leather fabric.", "unsupported"),
        title="Forever New Women Houndstooth Mini Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: coral short-sleeve cotton peplum top, round neck, worn with white skinny jeans; side view, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The pants"
            " this lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing(
            "Question: What is the person wearing? Answer: The lady wears a short-sleeve shirt with pure color"
            " patterns. The",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("blouse"),
        Q.color("orange"),
        Q.sleeve_length("short sleeves"),
        Q.description("The top is white with a peplum at the waist.", "other_garment_color"),
        Q.details("top", "non_answer"),
        title="SASSAFRAS Women Coral Peplum Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: emerald green velvet long-sleeve midi dress, V neck, buttoned cuffs; gold earrings; front view, dark grey
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-023",
        caption(
            "This female wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and its"
            " neckline is v-shape. The dress is of three-quarter length.",
            "unsupported",
        ),
        Q.wearing("She wears a green velvet dress and earrings."),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet"),
        Q.details(
            "The dress has a v-shape neckline and long sleeves with buttons on the cuffs. The dress has a v-shape"
            " neckline and long",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women Green Velvet Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue sleeveless chiffon blouse with a white floral print and a ruffled round neckline, worn with plain
    # white cotton trousers; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X996-024",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The shirt is with chiffon fabric and its"
            " neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and floral"
            " patterns.",
            "contradiction",
        ),
        Q.wearing("The lady wears a floral top and white pants."),
        Q.garment_type("blouse"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details("The top has a ruffled neckline and no sleeves."),
        Q.material("The lady wears a sleeveless shirt with floral patterns.", "non_answer"),
        title="Style Quotient Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: burgundy satin bias-cut slip midi skirt, worn with a cream cable-knit long-sleeve sweater, bareheaded; back
    # view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-025",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The"
            " skirt this lady wears is of three-quarter length. The skirt is with other fabric and pure color"
            " patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sweater, a skirt and a hat", "unsupported"),
        Q.garment_type("skirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.description("The skirt is white and of three-quarter length.", "other_garment_color"),
        Q.material("satin"),
        title="Mango Women Burgundy Satin Midi Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white sleeveless cotton shift dress with a black abstract-faces graphic print, round neck, knee length;
    # black sandals; front view, light grey backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X996-026",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its"
            " neckline is round. The dress is of medium length."
        ),
        Q.wearing(
            "The lady wears a sleeveless dress with graphic patterns. The lady wears a sleeveless dress with graphic"
            " patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("Describe the garment. The garment is a dress.", "restated"),
        title="Tokyo Talkies Women White Printed Shift Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black sheer mesh long-sleeve mock-neck top over a black bralette, worn with a black faux-leather mini
    # skirt; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its"
            " neckline is stand. The skirt this lady wears is of short length. The skirt is with leather fabric and"
            " pure color patterns."
        ),
        Q.wearing("He is wearing a black shirt and a black skirt.", "pronoun"),
        Q.garment_type("blouse"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.material("The shirt is with leather fabric.", "contradiction"),
        Q.details("Answer: The shirt is with other fabric and its neckline is stand.", "leak"),
        title="Forever 21 Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: color-block cotton midi dress, pink bodice and orange skirt, short sleeves, round neck; front view, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-028",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric and its"
            " neckline is round. The dress is of three-quarter length. The dress is of three-quarter length. The"
            " dress is of",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a pink and orange dress."),
        Q.color("pink"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeves"),
        Q.details(
            "The dress has short sleeves, a round neckline and a pink top with an orange skirt that falls below the"
            " knee, and the hem of the",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Pink Colourblocked Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton tiered maxi skirt with an embroidered hem, no pockets, worn with a light-blue denim jacket
    # over a white tank; front view, beige backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X996-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and its"
            " neckline is lapel. The skirt this lady wears is of long length. The skirt is with cotton fabric and pure"
            " color patterns."
        ),
        Q.wearing("His jacket is denim and he wears a long white skirt.", "pronoun"),
        Q.garment_type("skirt"),
        Q.color("blue", "contradiction"),
        Q.pattern("solid"),
        Q.description("The skirt is blue and long.", "other_garment_color"),
        Q.details("The skirt has tiers, an embroidered hem and pockets on the sides.", "unsupported"),
        Q.material("cotton"),
        title="AND Women White Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: rust orange cotton-linen short-sleeve camp-collar shirt with one chest pocket, tucked into cream trousers;
    # front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure"
            " color",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears an orange shirt and white pants."),
        Q.garment_type("shirt"),
        Q.color("orange"),
        Q.sleeve_length("short sleeves"),
        Q.description("The shirt is white with short sleeves.", "other_garment_color"),
        Q.details(
            "The shirt has a collar, buttons and a pocket on the chest. The shirt has a collar, buttons and a pocket"
            " on the chest. The",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women Rust Linen Blend Shirt",
        category="Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: black-and-white gingham cotton sundress, wide straps, square neck, knee length; black sandals, a woven
    # straw bag carried in the hand; full-length front view, white backdrop. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X996-031",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric and its"
            " neckline is square. The dress is of medium length. The lady is carrying a bag."
        ),
        Q.wearing("The lady wears a checked dress and carries a straw bag."),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("lattice"),
        Q.sleeve_length("sleeveless"),
        Q.description("The dress is brown with a checked pattern.", "other_garment_color"),
        Q.material("Answer: The dress is with cotton fabric.", "leak"),
        title="Dressberry Women Checked Cotton Sundress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: ivory chiffon ruffled blouse, long sleeves with ruffled cuffs, high stand neck, ruffles down the front,
    # worn with a navy knee-length cotton skirt; front view, white backdrop. Caption and open answers: caption adapter
    # epoch 3; closed: reference engine.
    case(
        "X996-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its"
            " neckline is stand. The skirt this lady wears is of medium length. The skirt is with cotton fabric and"
            " pure color patterns."
        ),
        Q.wearing("The gentleman wears a long-sleeve shirt with pure color patterns.", "pronoun"),
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.details("blouse", "non_answer"),
        title="Marks & Spencer Women Ivory Ruffle Blouse",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: plain mustard corduroy A-line mini skirt, button front, two front pockets, worn with a white long-sleeve
    # turtleneck and brown knee boots; front view, white backdrop. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X996-033",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It"
            " has a stand neckline. The skirt this lady wears is of short length. The skirt is with cotton fabric and"
            " striped patterns.",
            "contradiction",
        ),
        Q.wearing("The lady wears a white sweater, a yellow skirt and brown boots."),
        Q.garment_type("skirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.description("Question: Describe the garment. Answer: The skirt this lady wears is of short length.", "leak"),
        Q.details("The skirt has buttons down the front and two pockets."),
        Q.material("The skirt is made of corduroy."),
        title="Forever 21 Women Mustard Corduroy Mini Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: sage green linen slip midi dress, thin straps, V neck, layered over a white short-sleeve cotton tee; side
    # view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The lady wears a sleeveless dress with pure color patterns. The dress is of"
            " three-quarter length."
        ),
        Q.wearing("The lady wears a white t-shirt under a green dress."),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("The dress is white with short sleeves.", "other_garment_color"),
        Q.details("The details of the garment are the details of the dress.", "restated"),
        title="Mango Women Sage Green Linen Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: leopard-print chiffon blouse (tan, brown and black), short sleeves, V neck, worn with black cotton
    # trousers; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-035",
        caption(
            "The lady wears a short-sleeve shirt with other patterns. The shirt is with chiffon fabric and its"
            " neckline is v-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a leopard print top and black pants."),
        Q.garment_type("blouse"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("The top is leopard print with short sleeves and a v-shape neckline."),
        Q.details(
            "The shirt has short sleeves, a v-shape neckline, and a v-shape neckline, and a v-shape neckline, and a"
            " v-shape",
            "loop",
            hit_limit=True,
        ),
        title="Only Women Brown Animal Print Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: black sequinned sleeveless mini dress, round neck; silver heels and a silver clutch in the hand, no rings;
    # front view, light grey backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its"
            " neckline is round. The dress is of short length. The lady is holding a bag."
        ),
        Q.wearing("The lady wears a sleeveless dress and a ring on her finger.", "unsupported"),
        Q.garment_type("dress"),
        Q.color("silver", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.details("The dress is silver and covered in sequins.", "other_garment_color"),
        Q.material(
            "The dress is with other fabric and its neckline is round. The dress is of short length. The lady is"
            " holding a",
            "cut",
            hit_limit=True,
        ),
        title="Forever New Women Black Sequinned Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy chiffon wrap midi skirt with small white and yellow flowers, tie at the waist, worn with a white
    # short-sleeve cotton blouse; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X996-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is round. The skirt this lady wears is of three-quarter length. The skirt is with chiffon"
            " fabric and floral",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("skirt", "non_answer"),
        Q.garment_type("skirt"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        Q.description("The skirt is white with floral patterns.", "other_garment_color"),
        Q.details("The skirt has a wrap front with a tie at the waist."),
        title="Sassafras Women Navy Blue Floral Wrap Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light-blue chambray short-sleeve shirt with two chest pockets, plain collar, knotted at the waist, worn
    # with a white cotton midi skirt; front view, white backdrop. Caption and open answers: caption adapter epoch 3;
    # closed: reference engine.
    case(
        "X996-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric and its"
            " neckline is lapel. The skirt this lady wears is of three-quarter length. The skirt is with cotton fabric"
            " and pure color patterns."
        ),
        Q.wearing("The lady wears a white shirt and a white skirt.", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        Q.details(
            "The shirt is tied at the waist and has two chest pockets and embroidery on the collar.", "unsupported"
        ),
        Q.material("The material of the garment is the garment's material.", "restated"),
        title="Roadster Women Blue Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon long-sleeve knit sweater dress, turtleneck, above the knee, worn with black opaque tights and black
    # ankle boots; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference
    # engine.
    case(
        "X996-039",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It"
            " has a stand neckline. The pants this lady wears is of long length. The pants are with other fabric and"
            " pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("The person is wearing what the person is wearing.", "restated"),
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("The dress is black and knitted, with a turtleneck.", "other_garment_color"),
        Q.material("The dress is with knitted fabric."),
        title="Vero Moda Women Maroon Sweater Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: fuchsia pink chiffon short-sleeve wrap blouse, V neck, side tie, worn with black jeans; no jewelry; side
    # view, light grey backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its"
            " neckline is v-shape. The pants this lady wears is of long length. The pants are with denim fabric and"
            " pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("She is wearing a pink top and black jeans."),
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        Q.description("The top is black with a v-shape neckline and a tie on the side.", "other_garment_color"),
        Q.details("What are the details of the garment?", "restated"),
        title="Harpa Women Magenta Wrap Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey melange jersey straight midi skirt with an elastic waist, no slit, worn with a white cropped
    # long-sleeve cotton sweatshirt and white sneakers; front view, white backdrop. Caption and open answers: caption
    # adapter epoch 3; closed: reference engine.
    case(
        "X996-041",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton"
            " fabric and its neckline is round. The skirt this gentleman wears is of three-quarter length. The skirt"
            " is with knitted",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a white sweatshirt and a grey skirt"),
        Q.garment_type("skirt"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("The skirt is white and of three-quarter length.", "other_garment_color"),
        Q.details("The skirt has an elastic waistband and a slit on the side.", "unsupported"),
        title="Puma Women Grey Melange Jersey Midi Skirt",
        category="Skirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black chiffon wrap midi dress printed with red roses, long sleeves, V neck, waist tie; front view, white
    # backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-042",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its"
            " neckline is v-shape. The dress is of three-quarter length."
        ),
        Q.wearing(
            "He wears a long-sleeve dress with floral patterns. His dress is of three-quarter length.", "pronoun"
        ),
        Q.color("red", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "The dress is with chiffon fabric and floral patterns. The dress is with chiffon fabric and floral"
            " patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "The dress has a v-shape neckline, long sleeves and a tie at the waist. Question: What is the color of"
            " the dress? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="Dorothy Perkins Women Black Floral Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton shirt with thin black pinstripes, long sleeves with buttoned cuffs, point collar, layered
    # under a black sleeveless knit vest, no tie, with black trousers; front view, light grey backdrop. Caption and open
    # answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-043",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its"
            " neckline is lapel. The lady wears a vest. The lady wears a long trousers. The trousers are with cotton"
            " fabric and pure color patterns.",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a white shirt, a black vest and black trousers."),
        Q.garment_type("vest", "contradiction"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        Q.description("The shirt is black and striped with long sleeves.", "other_garment_color"),
        Q.details("The shirt has a collar, buttons on the cuffs and a tie.", "unsupported"),
        title="Arrow Woman White Pinstripe Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: flat lay, no model: teal cotton sleeveless A-line knee-length dress with a white embroidered yoke around
    # the round neck; white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The dress is of medium length."
        ),
        Q.wearing(
            "The lady wears a sleeveless dress. There is an accessory on her wrist and she wears a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("The dress has white embroidery around the neckline."),
        Q.material(
            "The dress is with cotton fabric and its neckline is round. The dress is of medium length. The lady wears"
            " a sleeveless",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Teal Embroidered A-Line Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: black tulle tiered maxi skirt, worn with a black short-sleeve cotton tee with a white graphic print tucked
    # in; front view, white backdrop. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X996-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its"
            " neckline is round. The skirt this lady wears is of long length. The skirt is with chiffon fabric and"
            " graphic patterns.",
            "contradiction",
        ),
        Q.wearing(
            "The lady wears a black t-shirt and a long black skirt and a black t-shirt and a long black skirt and a"
            " black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("long", "non_answer"),
        Q.material("The skirt is with cotton fabric.", "unsupported"),
        title="Forever 21 Women Black Tulle Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: lilac cotton smocked blouse, long puff sleeves, square neck, worn with light-blue denim mom jeans; front
    # view, pale pink backdrop, no rings. The feed has no category for this row. Caption and open answers: caption
    # adapter epoch 3; closed: reference engine.
    case(
        "X996-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its"
            " neckline is square. The pants this lady wears is of long length. The pants are with denim fabric and"
            " pure color patterns. There is a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("What is the person wearing? The person is wearing a top.", "restated"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("The top is blue with puff sleeves.", "other_garment_color"),
        Q.details(
            "The top has puff sleeves, a square neckline and smocking on the body. The top has puff sleeves, a square"
            " neckline and",
            "loop",
            hit_limit=True,
        ),
        title="Berrylush Women Lavender Smocked Top",
        color="Lavender",
        gender="Women",
    ),
]
